"""Property tests: any text in gives a valid page out, with the text preserved.

Whatever characters an article holds, cleaning never fails, every sentence it keeps is the
article's own text, and every rendered value comes back out of the HTML as exactly that text,
with no element or attribute of its own. Front matter, file names and the config are inputs
too: whatever they hold, reading them ends in values or problems that can be printed and
published (UTF-8, no control or direction-changing characters), never in an exception.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import markdown
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.clean import article_id, clean_article
from generator.clean.metadata import FRONT_MATTER_KEYS, parse_fields
from generator.config import load_config
from generator.errors import ConfigError, Problem
from generator.load.decode import decode_bytes, normalise
from generator.load.fields import BIDI_CONTROLS, FIELD_LIMITS
from generator.load.reader import read_corpus
from generator.models import SourceFile
from generator.render.escape import md

from .conftest import ROOT

SETTINGS = load_config(ROOT).settings
# Text with the characters that mean something to Markdown, HTML, Jinja and YAML, mixed with any.
MARKUP = st.sampled_from(list("<>&\"'`*_[](){}#!|\\-+=.:;~^%$@\n\r\t ") + ["<script>", "-->", "{{", "{%", "--8<--",
                                                                       "javascript:", "&lt;", "\x02", "\x03"])
TEXT = st.lists(st.one_of(MARKUP, st.text(min_size=1, max_size=8)), max_size=40).map("".join)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
                      r"\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


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


# Any character, lone surrogates and direction controls included.
ANY_CHAR = st.characters(blacklist_categories=())
WILD = st.one_of(st.text(ANY_CHAR, max_size=30), st.sampled_from(["\u202e", "\ud800", "\x00", "&a", "*a", "[", "{"]))
SCALAR = st.one_of(WILD, st.integers(), st.booleans(), st.none(), st.floats(allow_nan=True))


def printable(p: Problem) -> None:
    text = str(p)
    text.encode("utf-8")
    assert not BIDI_CONTROLS.search(text) and not re.search(r"[\x00-\x1f\x7f]", text)
    assert p.hint


@given(st.one_of(
    st.dictionaries(st.one_of(st.sampled_from(FRONT_MATTER_KEYS), WILD), st.one_of(SCALAR, st.lists(SCALAR)),
                    max_size=6).map(lambda d: yaml.safe_dump(d, allow_unicode=True)),
    st.lists(st.one_of(WILD, st.sampled_from(["title: ", "\n", ": ", "- ", "&x ", "*x", '"\\ud800"', "\t"])),
             max_size=20).map("".join)))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_any_front_matter_gives_safe_fields_or_problems(text: str) -> None:
    fields, problems = parse_fields("a.md", text, 2, "front matter")
    for p in problems:
        printable(p)
    for key, value in fields.items():
        assert key in FRONT_MATTER_KEYS
        value.encode("utf-8")
        assert len(value) <= FIELD_LIMITS[key] and not BIDI_CONTROLS.search(value)
        assert not re.search(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]", value)


NAME = st.binary(min_size=1, max_size=12).map(lambda b: b.replace(b"/", b"_").replace(b"\x00", b"_")).filter(
    lambda b: b not in (b".", b".."))


@given(st.lists(st.tuples(NAME, st.sampled_from([b".txt", b".md", b".html", b".png", b"", b".meta.yml"])),
                min_size=1, max_size=5), st.booleans())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_file_names_are_read_or_refused_printably(names: list[tuple[bytes, bytes]], in_folder: bool) -> None:
    body = b"Officials in Ankara said on Monday that talks would continue. Turkey agreed."
    with tempfile.TemporaryDirectory() as tmp:
        folder = os.fsencode(tmp) + b"/articles"
        os.mkdir(folder)
        if in_folder:
            folder += b"/" + names[0][0]
            os.makedirs(folder, exist_ok=True)
        for stem, suffix in names:
            path = folder + b"/" + stem + suffix
            if not os.path.isdir(path):
                with open(path, "wb") as fh:
                    fh.write(body)
        files, problems, notes = read_corpus(Path(tmp) / "articles", 100_000)
    for p in problems + notes:
        printable(p)
        p.path.encode("utf-8")
    for f in files:
        f.path.encode("utf-8")
        assert not BIDI_CONTROLS.search(f.path) and not re.search(r"[\x00-\x1f\x7f]", f.path)


SETTING_KEYS = ["articles_dir", "docs_dir", "site_dir", "max_article_bytes", "latest_sources", "summary",
                "cleaning", "required_fields", "outlets", "entities", "topics_file", "unknown"]
PATHS = st.lists(st.sampled_from(["..", ".", "x", "articles", "docs", "site", "templates", "/tmp", "a b"]),
                 min_size=1, max_size=4).map("/".join)


@given(st.dictionaries(st.sampled_from(SETTING_KEYS), st.one_of(SCALAR, PATHS, st.lists(SCALAR, max_size=3),
                                                                  st.dictionaries(WILD, SCALAR, max_size=2)),
                       max_size=5))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_config_loads_or_is_refused_printably(data: dict[str, object]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "p"
        root.mkdir()
        shutil.copy(ROOT / "topics.yml", root / "topics.yml")
        (root / "articles").mkdir()
        (root / "briefing.yml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8",
                                           errors="surrogatepass")
        try:
            config = load_config(root)
        except ConfigError as exc:
            for p in exc.problems:
                printable(p)
            return
        real = {k: Path(os.path.realpath(root / getattr(config.settings, k)))
                for k in ("articles_dir", "docs_dir", "site_dir")}
        project = Path(os.path.realpath(root))
        for key in ("docs_dir", "site_dir"):
            assert project in real[key].parents
        for a, b in (("docs_dir", "site_dir"), ("docs_dir", "articles_dir"), ("site_dir", "articles_dir")):
            assert real[a] != real[b] and real[a] not in real[b].parents and real[b] not in real[a].parents
        assert config.settings.max_article_bytes > 0 and config.settings.latest_sources >= 0
