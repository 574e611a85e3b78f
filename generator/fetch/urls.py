"""Addresses of imported articles: which are the same page, and the file name each gets.

Pure functions; nothing here opens a connection or a file.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

# Query parameters that only say where a reader came from (the same article with or without
# them): Google Analytics' utm_*, and the click ids of Facebook, Google, Microsoft, Yandex,
# Mailchimp, Instagram, HubSpot and Marketo.
TRACKING_PREFIXES = ("utm_", "mtm_", "pk_")
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
    "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "ocid", "cmpid", "smid",
})
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SLUG = re.compile(r"[^a-z0-9]+")
MAX_SLUG = 60  # characters of the address kept in a file name, for a person to recognise it
HASH_CHARS = 16  # hex digits of the address's sha256: 64 bits, no two addresses share a name in practice


class BadAddress(ValueError):
    """Not an http(s) address we can fetch or compare."""


def is_http(url: str) -> bool:
    """Whether ``url`` is an absolute http:// or https:// address with a host."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in _DEFAULT_PORTS and bool(parts.hostname)


def _is_tracking(name: str) -> bool:
    lower = name.lower()
    return lower in TRACKING_PARAMS or lower.startswith(TRACKING_PREFIXES)


def clean_url(url: str) -> str:
    """``url`` without its tracking parameters and fragment: the address written into an article.

    Raises :class:`BadAddress` if it is not an http(s) address.
    """
    if not is_http(url):
        raise BadAddress(f"'{url[:80]}' is not an http(s) address")
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    # Spaces, quotes, angle brackets and non-ASCII letters percent-encoded: the address is then
    # one token that the article loader links (it refuses an address holding ' " < > ` \).
    path = quote(parts.path or "/", safe="/%:@!$&()*+,;=-._~")
    return urlunsplit((parts.scheme.lower(), parts.netloc, path, urlencode(query), ""))


def normalise_url(url: str) -> str:
    """The form two addresses of one page share: scheme and host in lower case, no default port,
    no tracking parameters, no fragment, the other parameters sorted, no trailing slash.

    Raises :class:`BadAddress` if it is not an http(s) address.
    """
    parts = urlsplit(clean_url(url))
    host = (parts.hostname or "").lower().rstrip(".")
    if parts.port and parts.port != _DEFAULT_PORTS[parts.scheme]:
        host = f"{host}:{parts.port}"
    if host.startswith("www."):  # one site served under both names
        host = host[4:]
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    path = parts.path.rstrip("/")
    return urlunsplit((parts.scheme, host, path, query, ""))


def file_name(url: str) -> str:
    """The article file name for the page at ``url``: deterministic, safe on every file system.

    Readable part (host and the end of the path, ``a-z 0-9 -`` only, at most ``MAX_SLUG``
    characters) and the sha256 of the normalised address, so two addresses of one page get one
    name and no address can name a folder (no ``/``, no ``..``) or a hidden file.
    """
    normal = normalise_url(url)
    digest = hashlib.sha256(normal.encode("utf-8")).hexdigest()[:HASH_CHARS]
    parts = urlsplit(normal)
    tail = [s for s in parts.path.split("/") if s][-2:]
    readable = unicodedata.normalize("NFKD", " ".join([parts.hostname or "", *tail]))
    slug = _SLUG.sub("-", readable.encode("ascii", "ignore").decode("ascii").lower()).strip("-")
    slug = slug[:MAX_SLUG].rstrip("-")
    return f"{slug}-{digest}.txt" if slug else f"article-{digest}.txt"
