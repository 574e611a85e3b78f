"""Make untrusted article text inert in Markdown, HTML and link contexts.

Everything an article or its metadata says reaches a page through :func:`md` (text) or
:func:`safe_url` (a link target). ``md`` leaves no character that Markdown or HTML could
read as markup: the Markdown punctuation is backslash-escaped, ``& < > |`` become entities,
and whitespace (line breaks included) collapses to one space, so a value can never start a
new block (heading, list, HTML block, table row, front matter) or leave its table cell. Jinja,
pymdown snippet (``--8<--``) and attribute-list (``{: …}``) syntax are inert twice over: none of
those extensions is enabled in ``mkdocs.yml``, and their characters are escaped anyway.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote, urlsplit

# Backslash escapes Python-Markdown understands, and entities for what it has no escape for.
_BACKSLASH = set("\\`*_{}[]()#!")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;"}
# One table, applied by str.translate in C: escaping is a large share of rendering time.
_TABLE = str.maketrans({**{ch: "\\" + ch for ch in _BACKSLASH}, **_ENTITIES})
_LINE_START = re.compile(r"^([-+*]|\d+[.)])")
_WS = re.compile(r"\s+")
# Control characters have no business on a page, and Python-Markdown uses STX/ETX (\x02, \x03)
# to mark its own placeholders: text must never be able to forge one.
# Bidirectional embeddings, overrides, isolates and marks would reorder what a title or a file
# name shows ("gpj.exe" read as "exe.jpg"): removed too.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
                      r"\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_SAFE_URL = re.compile(r"^https?://[^\s<>\"'`\\]+$", re.IGNORECASE)
# Python-Markdown's backslash escapes (markdown.Markdown.ESCAPED_CHARS): what md() and the line-start
# rule put a backslash before. md() escapes every backslash of the text itself, so in its output a
# backslash before one of these is always an escape.
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()>#+\-.!])")
_FRONT_MATTER = re.compile(r"---\n(.*?\n)?---\n", re.DOTALL)
_HEADING = re.compile(r"^# (.+)$", re.MULTILINE)


def md(text: object) -> str:
    """Escape text for inline Markdown: it renders as exactly these characters, never markup."""
    s = str(text)
    # Most text has nothing to remove or collapse: every character _CONTROL removes, and every
    # whitespace but the plain space, is unprintable, so printable text with no double space
    # goes straight to the table.
    escaped = (s.strip() if s.isprintable() and "  " not in s else _inline(s)).translate(_TABLE)
    m = _LINE_START.match(escaped)
    if m:  # a sentence that starts like a list item must not become one
        escaped = escaped[: m.end() - 1] + "\\" + escaped[m.end() - 1 :]
    return escaped


def _inline(text: str) -> str:
    """Text on one line: control and direction characters removed, whitespace collapsed."""
    return _WS.sub(" ", _CONTROL.sub("", text)).strip()


def nav_title(text: object) -> str:
    """A title for the navigation (``docs/.briefing/nav.yml``): MkDocs, Zensical and the theme put
    it into the HTML of every page as it is, so it is HTML-escaped here, on one line, bounded.
    Quotes stay as they are: the theme puts a title into an attribute only through ``|e``, where
    "&#x27;" would be read out as written."""
    s = _WS.sub(" ", _CONTROL.sub("", str(text))).strip()[:200]
    return html.escape(s, quote=False) or "Untitled"


def shown(markdown_text: str) -> str:
    """The characters a reader sees for inline Markdown that :func:`md` wrote (or a template's
    literal text): backslash escapes and entities undone. ``shown(md(s))`` is ``s`` on one line."""
    return html.unescape(_MD_ESCAPE.sub(r"\1", markdown_text))


def page_title(page: str) -> str | None:
    """The title of a generated page, HTML-escaped, from its first ``# heading``; ``None`` without one.

    MkDocs takes a page's title from its first heading and Material writes it into ``<title>``
    through Jinja's ``striptags``, which turns the heading's "&lt;" back into "<": a headline
    "</title><script>…" would close the title and run (Zensical does the same). A ``title:`` in
    the front matter is written there as it is, so this escaped copy keeps ``<title>`` inert with
    no hook or plugin of ours running."""
    body = page
    fm = _FRONT_MATTER.match(page)
    if fm:
        body = page[fm.end():]
    m = _HEADING.search(body)
    if not m:
        return None
    return html.escape(" ".join(_CONTROL.sub("", shown(m.group(1))).split()), quote=False) or None


# A YAML double-quoted scalar: JSON's escapes, which YAML reads the same, for the quote, the
# backslash and every character YAML would not carry as it is (controls) or would read as a line
# break (NEL, LS, PS) and fold.
_YAML_QUOTED = str.maketrans({**{chr(c): f"\\u{c:04x}" for c in (*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029,
                                                                   0xFFFE, 0xFFFF)},
                              **{chr(c): "\ufffd" for c in range(0xD800, 0xE000)},  # lone surrogates
                              '"': '\\"', "\\": "\\\\"})
_TITLE_KEY = re.compile(r"^[\"']?title[\"']?[ \t]*:", re.MULTILINE)


def yaml_string(text: str) -> str:
    """``text`` as a double-quoted YAML scalar: read back, it is ``text``, a string, whatever it
    holds (a value cannot end the front matter, add a key or become a number or a date)."""
    return '"' + text.translate(_YAML_QUOTED) + '"'


def with_title(page: str) -> str:
    """``page`` with its :func:`page_title` as ``title:`` in its front matter (added to the page's
    block if it has one and no title yet, or as a new block)."""
    title = page_title(page)
    if title is None:
        return page
    line = f"title: {yaml_string(title)}\n"
    fm = _FRONT_MATTER.match(page)
    if fm is None:
        return f"---\n{line}---\n\n{page}"
    if _TITLE_KEY.search(fm.group(1) or ""):
        return page
    return f"---\n{line}{page[4:]}"


def safe_url(url: object) -> str | None:
    """The url, percent-encoded for a Markdown link, if it is http(s); else ``None``."""
    s = str(url or "").strip()
    if not _SAFE_URL.match(s):
        return None
    parts = urlsplit(s)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(s, safe="/:?&=#%@+,;~!$*-._")  # brackets and quotes get encoded
