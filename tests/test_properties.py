"""Property tests: any text in gives a valid page out, with the text preserved.

Whatever characters an article holds, cleaning never fails, every sentence it keeps is the
article's own text, and every rendered value comes back out of the HTML as exactly that text,
with no element or attribute of its own.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.clean import article_id, clean_article
from generator.config import load_config
from generator.load.decode import decode_bytes, normalise
from generator.models import SourceFile
from generator.render.escape import md

from .conftest import ROOT

SETTINGS = load_config(ROOT).settings
# Text with the characters that mean something to Markdown, HTML, Jinja and YAML, mixed with any.
MARKUP = st.sampled_from(list("<>&\"'`*_[](){}#!|\\-+=.:;~^%$@\n\r\t ") + ["<script>", "-->", "{{", "{%", "--8<--",
                                                                       "javascript:", "&lt;", "\x02", "\x03"])
TEXT = st.lists(st.one_of(MARKUP, st.text(min_size=1, max_size=8)), max_size=40).map("".join)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


class Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def expected_text(text: str) -> str:
    return " ".join(_CONTROL.sub("", text).split())


@given(TEXT)
@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
def test_md_renders_any_text_as_exactly_that_text(text: str) -> None:
    for wrapper in ("{}", "# {}", "- {}", "| {} | x |\n|---|---|\n| {} | y |", '<span class="sentence" id="s0">{}</span>'):
        page = markdown.markdown(wrapper.format(md(text), md(text)), extensions=["tables", "toc"])
        parsed = Collect()
        parsed.feed(page)
        allowed = {"p", "h1", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "span"}
        assert set(parsed.tags) <= allowed, (text, page)
        assert all(name in ("id", "class") for name, _ in parsed.attrs), (text, page)
        body = "".join(parsed.text)
        if expected_text(text):
            assert expected_text(text) in " ".join(body.split()), (text, page)


@given(TEXT, st.sampled_from(["a.txt", "b.md"]))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_cleaning_any_text_keeps_only_its_own_words(text: str, name: str) -> None:
    text = normalise(text)
    article, problems = clean_article(SourceFile(name, text), SETTINGS)
    assert all(p.hint and p.message for p in problems)
    if article is None:
        assert problems, "a refused article always says why"
        return
    words = set(re.findall(r"[^\W_]+", text))  # Markdown emphasis (*, _) may be taken off
    for s in article.sentences:
        assert s.text.strip()
        assert set(re.findall(r"[^\W_]+", s.text)) <= words  # nothing invented
    assert article.meta.title


@given(st.binary(max_size=300))
@settings(max_examples=300)
def test_any_bytes_decode_or_are_refused_with_a_reason(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except ValueError as exc:
        assert str(exc)
        return
    assert "\r" not in decoded.text and not _CONTROL.search(decoded.text)


@given(st.text(max_size=60))
def test_article_ids_never_leave_their_folder(name: str) -> None:
    slug = article_id(name + ".txt")
    assert re.fullmatch(r"[a-z0-9][a-z0-9_-]*|[a-z0-9_-]+", slug) and ".." not in slug and "/" not in slug
    assert len(slug) <= 80


@given(TEXT)
@settings(max_examples=300)
def test_a_sentence_comes_back_verbatim_from_its_page(text: str) -> None:
    """Exactly the sentence's characters, whitespace collapsed: nothing added, nothing lost."""
    sentence = expected_text(text)
    page = markdown.markdown(f'<span class="sentence" id="s0">{md(sentence)}</span>', extensions=["tables", "toc"])
    parsed = Collect()
    parsed.feed(page)
    assert " ".join("".join(parsed.text).split()) == sentence
