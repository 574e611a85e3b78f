"""Fetch one feed or page over http(s): bounded in time, in size and in where it may lead.

The only module of the import that opens a connection. A redirect may lead only to another
http(s) address (never ``file:`` or ``ftp:``), at most ``MAX_REDIRECTS`` times; a response
bigger than the limit is refused rather than cut, so a page is never imported half. Unless
``allow_private`` is given, an address whose host resolves to a loopback, private or
link-local address (the runner itself, the local network, a cloud's metadata service at
169.254.169.254) is refused, before connecting and at every redirect: a feed on the internet
must not lead the import there and publish what it finds. (The check resolves the name once
more than the connection does, so a name that changes its answer in between is not caught.)
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import IO
from urllib.parse import urlsplit

from .urls import is_http

TIMEOUT = 20.0  # seconds for connecting and for each read; a news site answers in one or two
# The whole body must arrive within this many times TIMEOUT: a server that sends a byte now and
# then would otherwise hold the import for ever, each read within the timeout.
TOTAL_FACTOR = 3
MAX_REDIRECTS = 5
READ_CHUNK = 65_536


class FetchError(Exception):
    """The address could not be fetched; the message says why, for the report."""


@dataclass(frozen=True)
class Fetched:
    """What an address returned: the final address (after redirects), the body, its type."""

    url: str
    data: bytes
    content_type: str  # lower case, without parameters ("text/html"); "" if the server gave none
    charset: str | None


def non_public_address(url: str) -> str | None:
    """The first loopback, private, link-local or otherwise non-public address ``url``'s host
    resolves to, or ``None`` if all are public. Raises :class:`FetchError` if it does not resolve."""
    host = urlsplit(url).hostname or ""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot find the host '{host[:80]}': {getattr(exc, 'strerror', None) or exc}") from None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if not address.is_global:
            return str(address)
    return None


def _check_public(url: str) -> None:
    address = non_public_address(url)
    if address is not None:
        raise FetchError(f"'{url[:80]}' leads to {address}, a loopback, private or link-local address: not fetched "
                         "for a feed on the internet")


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to an http(s) address (a public one unless private ones are
    allowed), at most MAX_REDIRECTS times."""

    max_redirections = MAX_REDIRECTS

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                         headers: http.client.HTTPMessage, newurl: str) -> urllib.request.Request | None:
        if not is_http(newurl):
            raise FetchError(f"redirected to '{newurl[:80]}', which is not an http(s) address")
        if not self.allow_private:
            _check_public(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, limit: int, *, user_agent: str, timeout: float = TIMEOUT, allow_private: bool = True) -> Fetched:
    """GET ``url`` and return its body, at most ``limit`` bytes. Raises :class:`FetchError`.

    ``allow_private`` false refuses hosts on loopback, private or link-local addresses.
    """
    if not is_http(url):
        raise FetchError(f"'{url[:80]}' is not an http(s) address")
    if not allow_private:
        _check_public(url)
    # Only the handlers http(s) needs: no file:, ftp: or data: handler exists to be led to.
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), urllib.request.HTTPHandler(), urllib.request.HTTPSHandler(),
                    urllib.request.HTTPDefaultErrorHandler(), urllib.request.HTTPErrorProcessor(),
                    _HttpOnlyRedirects(allow_private)):
        opener.add_handler(handler)
    request = urllib.request.Request(url, headers={"User-Agent": user_agent, "Accept-Encoding": "identity"})
    try:
        with opener.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise FetchError(f"the server announces {int(length):,} bytes, over the limit of {limit:,}")
            chunks: list[bytes] = []
            size = 0
            deadline = time.monotonic() + TOTAL_FACTOR * timeout
            read = getattr(response, "read1", response.read)  # read1: what has arrived, not a full chunk
            while chunk := read(READ_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise FetchError(f"more than {limit:,} bytes, over the limit")
                if time.monotonic() > deadline:
                    raise FetchError(f"not received whole within {TOTAL_FACTOR * timeout:g} s")
                chunks.append(chunk)
            final = response.geturl()
            content_type = response.headers.get_content_type() if response.headers.get("Content-Type") else ""
            charset = response.headers.get_content_charset()
    except urllib.error.HTTPError as exc:
        raise FetchError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise FetchError(f"cannot connect: {exc.reason}") from None
    except TimeoutError:
        raise FetchError(f"no answer within {timeout:g} s") from None
    except (OSError, ValueError, http.client.HTTPException) as exc:  # reset, malformed response or address
        raise FetchError(f"failed: {type(exc).__name__}: {exc}") from None
    return Fetched(final, b"".join(chunks), content_type.lower(), charset)
