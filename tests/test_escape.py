"""md() and safe_url(): untrusted text renders as exactly its characters, never as markup."""

from __future__ import annotations

import html as html_lib
import re

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.render.escape import md, safe_url

# The extensions of mkdocs.yml: what MkDocs will run on the generated pages.
EXTENSIONS = ["tables", "toc"]


def render(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


@pytest.mark.parametrize("payload", [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
    "![x](data:text/html,hi)", "<!-- comment -->", "{{ config }}", "{% include 'x' %}", "--8<-- \"mkdocs.yml\"",
    "text {: onclick=alert(1) }", "# heading", "- list", "1. list", "> quote", "| a | b |", "`code`",
    "**bold** _em_", "<http://auto.link>", "&lt;script&gt;", "\x02wzxhzdk:0\x03", "a\n\n<div>block</div>",
    "line  \nbreak", "[ref]: http://x", "    indented", "---", "===", "\\", "&#x3C;b&#x3E;",
])
def test_payload_renders_as_text(payload: str) -> None:
    html = render(md(payload))
    expected = " ".join(payload.replace("\x02", "").replace("\x03", "").split())
    text = html_lib.unescape(re.sub(r"<[^>]+>", "", html)).strip()
    assert text == expected
    assert re.sub(r"</?p>", "", html).count("<") == 0, html


def test_escaped_cell_stays_in_its_table_cell() -> None:
    html = render("| a | b |\n|---|---|\n| " + md("x | y\n| z") + " | c |")
    assert html.count("<td>") == 2


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.com/a?b=1&c=2", "https://example.com/a?b=1&c=2"),
    ("HTTP://EXAMPLE.COM/", "HTTP://EXAMPLE.COM/"),
    ("https://example.com/wiki/Foo_(bar)", "https://example.com/wiki/Foo_%28bar%29"),
    ("https://example.com/ü", "https://example.com/%C3%BC"),
    ("javascript:alert(1)", None), ("JaVaScRiPt:alert(1)", None), (" javascript:alert(1)", None),
    ("data:text/html,<script>", None), ("vbscript:x", None), ("//evil.example/x", None), ("/relative", None),
    ("https://", None), ("https://a.example/\" onmouseover=\"x", None), ("https://a.example/<x>", None),
    ("https://a.example/a b", None), ("ftp://a.example/", None), ("", None), (None, None),
])
def test_only_http_urls_are_links(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_url_link_cannot_break_out() -> None:
    html = render(f"[{md('x')}]({safe_url('https://a.example/x)y](javascript:alert(1))')})")
    assert html.count("<a ") == 1 and "javascript" not in html.split('href="')[1].split('"')[0].split(":", 1)[0]



def _md_the_long_way(text: str) -> str:
    """md() as it was before its quick path: remove, collapse, escape, then the line-start rule."""
    from generator.render.escape import _LINE_START, _TABLE, _inline
    escaped = _inline(text).translate(_TABLE)
    m = _LINE_START.match(escaped)
    return escaped[: m.end() - 1] + "\\" + escaped[m.end() - 1:] if m else escaped


@given(st.text(st.characters(exclude_categories=()), max_size=40)
       | st.text(" \t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u2029\u3000\u202e\u200f\ufdd0\ufffe\x00\x7f\ud800ab1.-*_[<&|",
                 max_size=14)
       | st.text(" ab1.-*(", max_size=12))  # printable: the quick path, with runs of spaces
@settings(max_examples=500, deadline=None)
def test_the_quick_path_of_md_gives_what_the_long_way_gives(text: str) -> None:
    assert md(text) == _md_the_long_way(text)
