"""Saved web pages: the article's main text and its metadata, extracted with trafilatura.

We do not parse HTML ourselves. trafilatura drops navigation, scripts, comments and page
furniture; what it returns is plain text, which then goes through the same cleaning and the
same escaping as any text file, so nothing of the page's markup can reach the site.
"""

from __future__ import annotations

import logging
import re

from .decode import normalise

# Page metadata → Briefing metadata. Author and outlet are as the page states them.
_FIELDS = (("title", "title"), ("sitename", "outlet"), ("url", "url"), ("date", "date"), ("author", "author"))
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_-]{1,40})""", re.IGNORECASE)


MIN_WORDS = 15


class ExtractionError(ValueError):
    """No article text could be found in the page."""


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its start, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def extract(page: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Return (main text, metadata pairs) of a saved HTML page.

    Raises :class:`ExtractionError` when the page has no article text.
    """
    import trafilatura  # imported here: it takes a moment and only HTML pages need it

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    doc = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,  # reader comments are not the article
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,  # no cache shared between files: the same input gives the same output
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or isinstance(doc, dict):
        raise ExtractionError("no article text found in the page")
    text = normalise(doc.text or "")
    words = len(text.split())
    if words < MIN_WORDS:  # what is left is menus and buttons, not an article
        raise ExtractionError(f"no article text found in the page (only {words} words outside "
                              "menus and page furniture)")
    found = []
    for attr, key in _FIELDS:
        value = getattr(doc, attr, None)
        if isinstance(value, str) and value.strip():
            found.append((key, " ".join(normalise(value).split())))
    meta = dict(found)
    lines = text.split("\n")
    # trafilatura keeps the page's <h1> as the first line; the title says it already.
    if meta.get("title") and lines and lines[0].strip() == meta["title"]:
        text = "\n".join(lines[1:])
    return text, tuple(found)
