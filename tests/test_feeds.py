"""The Atom feeds (docs/feed.xml, docs/topics/<id>.xml), read as a feed reader reads them
(feedparser): valid, entries with stable ids, dates and links, and article text kept as text."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import pytest

from generator.config import load_config
from generator.pipeline import generate
from generator.render.feeds import FEED_ENTRIES, entry_id
from generator.write.writer import is_owned

from .conftest import copy_project

HOSTILE = Path(__file__).parent / "data" / "hostile"
ATOM = "{http://www.w3.org/2005/Atom}"
TALKS = ("---\ntitle: {title}\ndate: {date}\noutlet: Example News\nurl: https://example.org/{n}\n---\n\n"
         "Turkey and the United States resumed talks in Ankara on Monday, officials said. "
         "Turkish and American officials discussed the F-16 deal and trade with Russia. "
         "Washington asked Ankara to stop exports to Russia of goods used by its army. "
         "The report numbered {n} is filed under {title}.\n")


def project(tmp_path: Path, titles: dict[str, tuple[str, str]]) -> Path:
    """A copy of the project whose articles are ``{file name: (title, date)}``."""
    root = copy_project(tmp_path)
    shutil.rmtree(root / "articles")
    (root / "articles").mkdir()
    shutil.rmtree(root / "docs")
    for n, (name, (title, date)) in enumerate(sorted(titles.items())):
        (root / "articles" / name).write_text(TALKS.format(title=title, date=date, n=n), encoding="utf-8")
    return root


def feed(root: Path, path: str = "feed.xml") -> feedparser.FeedParserDict:
    parsed = feedparser.parse((root / "docs" / path).read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


def test_site_and_topic_feeds_parse_with_ids_dates_links_and_summaries(tmp_path: Path) -> None:
    root = project(tmp_path, {"a.md": ("Talks resume in Ankara", "2024-05-02"),
                              "b.md": ("Exports to Russia questioned", "2024-05-03")})
    generate(load_config(root))
    site = feed(root)
    assert [e.title for e in site.entries] == ["Exports to Russia questioned", "Talks resume in Ankara"]  # newest first
    for e in site.entries:
        assert e.id.startswith("urn:uuid:")
        assert e.published_parsed and e.updated_parsed
        assert e.link.startswith("sources/") and e.link.endswith("/")  # relative: no site_url known
        assert "Turkey and the United States resumed talks" in e.summary
    assert site.feed.updated.startswith("2024-05-03")  # the newest entry's date, not the clock
    topic_feeds = sorted((root / "docs" / "topics").glob("*.xml"))
    assert topic_feeds, "one feed per topic"
    with_entries = 0
    for path in topic_feeds:
        assert is_owned(f"topics/{path.name}")
        parsed = feed(root, f"topics/{path.name}")  # a topic with no source yet has a valid, empty feed
        assert all(e.link.startswith("../sources/") and e.published_parsed for e in parsed.entries)
        with_entries += bool(parsed.entries)
    assert with_entries
    # The home page offers the feed to readers.
    assert "[Subscribe (Atom feed)](feed.xml)" in (root / "docs" / "index.md").read_text(encoding="utf-8")


def test_entry_ids_stay_the_same_across_rebuilds_and_when_an_article_is_added(tmp_path: Path) -> None:
    root = project(tmp_path, {"b.md": ("Talks resume in Ankara", "2024-05-02")})
    generate(load_config(root))
    first = {e.title: e.id for e in feed(root).entries}
    generate(load_config(root))
    assert {e.title: e.id for e in feed(root).entries} == first
    (root / "articles" / "a.md").write_text(TALKS.format(title="A newer report", date="2024-06-01", n=9),
                                             encoding="utf-8")
    generate(load_config(root))
    after = {e.title: e.id for e in feed(root).entries}
    assert after["Talks resume in Ankara"] == first["Talks resume in Ankara"] == entry_id("b")
    assert after["A newer report"] != first["Talks resume in Ankara"]
    assert list(after) == ["A newer report", "Talks resume in Ankara"]


def test_links_are_absolute_when_the_site_address_is_known(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path, {"a.md": ("Talks resume in Ankara", "2024-05-02")})
    monkeypatch.setenv("SITE_URL", "https://example.org/briefing")
    generate(load_config(root))
    site = feed(root)
    assert site.entries[0].link == "https://example.org/briefing/sources/a/"
    assert any(link.href == "https://example.org/briefing/feed.xml" and link.rel == "self" for link in site.feed.links)


def test_an_undated_article_is_dated_by_the_build_that_first_published_it(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path, {"a.md": ("Talks resume in Ankara", "2024-05-02")})
    text = (root / "articles" / "a.md").read_text(encoding="utf-8").replace("date: 2024-05-02\n", "")
    (root / "articles" / "a.md").write_text(text, encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14
    generate(load_config(root))
    assert feed(root).entries[0].published.startswith("2023-11-14")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")  # a later build: the entry keeps its first date
    generate(load_config(root))
    assert feed(root).entries[0].published.startswith("2023-11-14")


def test_feeds_are_capped() -> None:
    assert 10 <= FEED_ENTRIES <= 200


def test_hostile_articles_stay_text_in_every_feed(tmp_path: Path) -> None:
    root = copy_project(tmp_path, HOSTILE / "articles")
    shutil.copy(HOSTILE / "briefing.yml", root / "briefing.yml")
    result = generate(load_config(root))
    titles = {a.id: a.meta.title for a in result.digest.articles}
    shown = []
    for path in [root / "docs" / "feed.xml", *sorted((root / "docs" / "topics").glob("*.xml"))]:
        raw = path.read_bytes()
        tree = ET.fromstring(raw)  # well-formed XML, whatever the articles say
        tags = {el.tag for el in tree.iter()}
        assert tags <= {f"{ATOM}{t}" for t in ("feed", "id", "title", "subtitle", "updated", "link", "author",
                                                 "name", "generator", "entry", "published", "summary")}, tags
        parsed = feedparser.parse(raw)
        assert not parsed.bozo, (path, parsed.get("bozo_exception"))
        for e in parsed.entries:
            aid = e.link.rstrip("/").rsplit("/", 1)[-1]
            assert e.title == " ".join(titles[aid].split()) or not titles[aid].strip()
            assert e.title_detail.type == "text/plain" and e.summary_detail.type == "text/plain"
            shown += [e.title, e.summary]
    # The markup of the hostile articles reached the feeds, as characters a reader sees.
    assert any("</title><script>alert('title')</script>" in t for t in shown)
    assert any("<script>alert('script')</script>" in t for t in shown)
