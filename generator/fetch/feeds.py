"""RSS and Atom feeds, read with feedparser: what each item links to and says about itself.

Pure: the feed's bytes in, frozen records out. feedparser is always handed the bytes as a
stream, never a string, because a string is taken for an address or a file name to open.
"""

from __future__ import annotations

import html
import io
import re
import time
from dataclasses import dataclass
from typing import Any

MAX_ITEMS = 500  # items read from one feed; news feeds list 10 to 100, a longer one is an archive


class FeedError(ValueError):
    """The document is not a feed that can be read; the message says why."""


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed. ``link`` is as the feed gives it (checked by the caller)."""

    link: str
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD
    author: str | None = None


@dataclass(frozen=True)
class Feed:
    """A parsed feed: its own title (the outlet, when a page does not name one) and its items."""

    title: str | None
    items: tuple[FeedItem, ...]
    more: int = 0  # items past MAX_ITEMS, not read


_TAG = re.compile(r"<[^>]{0,2000}>")


def _text(value: Any) -> str | None:
    """A feed's text field as plain text (feedparser leaves HTML in some)."""
    if not isinstance(value, str):
        return None
    plain = " ".join(html.unescape(_TAG.sub(" ", value)).split())
    return plain or None


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if isinstance(parsed, time.struct_time):
            return time.strftime("%Y-%m-%d", parsed)
    return None


def looks_like_html(data: bytes) -> bool:
    """Whether a document is a web page rather than a feed (its first tag is ``<html``)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (head.startswith(b"<!--") and b"<html" in head)


def parse_feed(data: bytes, base_url: str | None = None) -> Feed:
    """The items of an RSS or Atom feed. Raises :class:`FeedError` if ``data`` is none.

    ``base_url`` (the feed's own address) resolves relative item links.
    """
    import feedparser  # imported here: only `briefing import` needs it

    headers = {"content-location": base_url} if base_url else {}
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers, sanitize_html=True,
                              resolve_relative_uris=True)
    entries = parsed.get("entries") or []
    error = parsed.get("bozo_exception")
    why = f": {str(error).splitlines()[0][:120]}" if error else ""
    if not parsed.get("version") and not entries:
        raise FeedError(f"not an RSS or Atom feed{why}")
    # feedparser reads a malformed feed as far as it can; one from which no item with a link
    # came out is broken, not empty.
    if parsed.get("bozo") and not any(isinstance(e.get("link"), str) and e.get("link").strip() for e in entries):
        raise FeedError(f"malformed feed, no item with a link could be read{why}")
    items = []
    for entry in entries[:MAX_ITEMS]:
        link = entry.get("link")
        if not isinstance(link, str) or not link.strip():
            link = ""
        items.append(FeedItem(link=link.strip(), title=_text(entry.get("title")), date=_date(entry),
                              author=_text(entry.get("author"))))
    return Feed(title=_text(parsed.get("feed", {}).get("title")), items=tuple(items),
                more=max(0, len(entries) - MAX_ITEMS))
