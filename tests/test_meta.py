"""Per-page description and Open Graph tags, feed links in the page head, and a small search index,
checked on the built HTML of a tiny project whose article tries to break out of every attribute."""

from __future__ import annotations

import json
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.render.pages import PACKAGED, THEME_OVERRIDE, write_theme_override

from .conftest import ROOT, copy_project

# The tests on the built site share one MkDocs build of a one-article project: ~9 s on a busy machine.
slow = pytest.mark.slow

HOSTILE_TITLE = "Talks \"><script>alert('og')</script> resume in Ankara"
FIRST = ("Turkey and the United States resumed talks in Ankara on Monday, \"><img src=x onerror=alert(1)> "
         "officials said.")
DEEP = "The weather in Izmir stayed mild with light rain through the quiet Sunday afternoon."
ARTICLE = ("---\ntitle: {title}\ndate: 2024-05-02\noutlet: Example News\nurl: https://example.org/talks?a=1&b=2\n---\n\n"
           "{first} Turkish and American officials discussed the F-16 deal and trade with Russia. "
           "Washington asked Ankara to stop exports to Russia of goods used by its army.\n\n"
           + " ".join(f"Paragraph filler sentence number {i} describes the harbour of Mersin at length." for i in range(8))
           + "\n\n" + DEEP + "\n")


class Head(HTMLParser):
    """Every element of a page with its attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def meta(self, key: str, value: str) -> list[str | None]:
        return [a.get("content") for t, a in self.elements if t == "meta" and a.get(key) == value]


def parse(path: Path) -> Head:
    head = Head()
    head.feed(path.read_text(encoding="utf-8"))
    return head


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("meta"))
    shutil.rmtree(root / "articles")
    shutil.rmtree(root / "docs")
    shutil.rmtree(root / "overrides", ignore_errors=True)  # the generator writes the packaged one
    (root / "articles").mkdir()
    (root / "articles" / "talks.md").write_text(ARTICLE.format(title=json.dumps(HOSTILE_TITLE), first=FIRST),
                                                encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SITE_URL", "https://example.org/briefing/")
        assert main(["--root", str(root), "build", "--strict"]) == 0
    return root


@slow
def test_the_description_is_front_matter_that_cannot_break_out(site: Path) -> None:
    text = (site / "docs" / "sources" / "talks.md").read_text(encoding="utf-8")
    front = yaml.safe_load(text.split("---\n")[1])
    assert set(front) >= {"description", "og_type"} and front["og_type"] == "article"
    assert "<" not in front["description"] and "img src=x onerror=alert 1 officials said" in front["description"]
    assert front["og_title"] == "Talks ” script alert ’og’ /script resume in Ankara"


@slow
def test_source_page_has_description_and_open_graph_tags_as_text(site: Path) -> None:
    page = parse(site / "site" / "sources" / "talks" / "index.html")
    [description] = page.meta("name", "description")
    # The summary, in plain words: no character of markup, no call, so nothing to break out with.
    assert description is not None and description.startswith("Turkey and the United States resumed talks")
    assert "Turkish and American officials discussed the F-16 deal" in description
    assert not set(description) & set("<>(){}[]`\\")
    assert page.meta("property", "og:description") == [description]
    assert page.meta("property", "og:title") == ["Talks ” script alert ’og’ /script resume in Ankara"]
    assert page.meta("property", "og:type") == ["article"]
    assert page.meta("property", "og:url") == ["https://example.org/briefing/sources/talks/"]
    assert page.meta("property", "article:published_time") == ["2024-05-02"]
    # Nothing the article says became an element or an attribute.
    assert not [a for t, a in page.elements if t == "img" and a.get("src") == "x"]
    assert not [a for t, a in page.elements if any(k.startswith("on") for k in a)]
    html = (site / "site" / "sources" / "talks" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert('og')" not in html and "<img src=x" not in html


@slow
def test_feeds_are_announced_in_the_head_and_linked_on_the_page(site: Path) -> None:
    topic = next(p for p in sorted((site / "docs" / "topics").glob("*.xml")))
    page = parse(site / "site" / "topics" / topic.stem / "index.html")
    feeds = [a.get("href") for t, a in page.elements
             if t == "link" and a.get("rel") == "alternate" and a.get("type") == "application/atom+xml"]
    assert feeds == ["../../feed.xml", f"../{topic.name}"]
    assert (site / "site" / "feed.xml").is_file() and (site / "site" / "topics" / topic.name).is_file()
    home = parse(site / "site" / "index.html")
    links = [a.get("href") for t, a in home.elements if t == "a"]
    assert "feed.xml" in links and "whats-new/" in links  # the visible "Subscribe" and "What's new" links


@slow
def test_source_page_links_the_original_and_shows_its_date(site: Path) -> None:
    page = parse(site / "site" / "sources" / "talks" / "index.html")
    assert any(t == "a" and a.get("href") == "https://example.org/talks?a=1&b=2" for t, a in page.elements)
    text = (site / "docs" / "sources" / "talks.md").read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if "Read the original" in x)  # under the headline
    assert "2024-05-02" in line and "Example News" in line
    assert [a.get("href") for t, a in page.elements if t == "a" and "example.org" in (a.get("href") or "")] == \
        ["https://example.org/talks?a=1&b=2"]  # once, not again in the table


@slow
def test_search_indexes_a_source_by_its_headline_and_summary_not_its_body(site: Path) -> None:
    index = json.loads((site / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    source = [d for d in index["docs"] if d["location"].startswith("sources/talks/")]
    text = " ".join(d["title"] + " " + d["text"] for d in source)
    assert "resume in Ankara" in text  # the headline
    assert "Turkish and American officials discussed the F-16 deal" in text  # a summary sentence
    everything = json.dumps(index)
    assert "light rain through the quiet Sunday" not in everything  # deep in the body
    assert "harbour of Mersin" not in everything


def test_the_packaged_theme_override_is_the_repository_one_and_is_written_only_when_missing(tmp_path: Path) -> None:
    packaged = sorted(p.relative_to(PACKAGED).as_posix() for p in (PACKAGED / "overrides").rglob("*") if p.is_file())
    assert THEME_OVERRIDE in packaged
    assert packaged == sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "overrides").rglob("*") if p.is_file())
    for rel in packaged:
        assert (PACKAGED / rel).read_bytes() == (ROOT / rel).read_bytes(), rel
    assert write_theme_override(tmp_path)
    for rel in packaged:
        assert (tmp_path / rel).read_bytes() == (PACKAGED / rel).read_bytes(), rel
    (tmp_path / THEME_OVERRIDE).write_text("{% extends 'base.html' %}\n", encoding="utf-8")
    assert not write_theme_override(tmp_path)  # a project's own override is never replaced
    assert (tmp_path / THEME_OVERRIDE).read_text(encoding="utf-8") == "{% extends 'base.html' %}\n"
    for mkdocs_yml in (ROOT / "mkdocs.yml", PACKAGED / "mkdocs.yml"):
        assert "custom_dir: overrides" in mkdocs_yml.read_text(encoding="utf-8")
