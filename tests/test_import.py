"""``briefing import``: new articles from feeds, fetched from a loopback server the test starts.

No test reaches the internet: feeds are files or pages of a ``ThreadingHTTPServer`` on
127.0.0.1, whose pages are tiny hand-written articles.
"""

from __future__ import annotations

import http.server
import os
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.cli import EXIT_USAGE, main
from generator.config import load_config
from generator.errors import ConfigError
from generator.fetch.urls import BadAddress, clean_url, file_name, normalise_url
from generator.fetch.web import FetchError, fetch
from generator.pipeline import load

PAGE = """<!doctype html><html><head><title>{title} | Loopback News</title>
<meta property="og:site_name" content="Loopback News">
<meta name="author" content="{author}">
<meta property="article:published_time" content="2024-05-0{day}">
</head><body><nav>Home World Sport</nav><article><h1>{title}</h1>
<p>{body}</p></article><footer>Contact us</footer></body></html>"""

BODIES = {
    "one": "The harbour council voted on Monday to rebuild the old pier before the summer season. "
           "Members said the work would take six months and cost less than the repairs of last year.",
    "two": "Farmers in the northern valley reported the earliest apple harvest in forty years on Tuesday. "
           "The regional office said warm spring weather and little frost brought the fruit forward.",
    "three": "A new night train between the two capitals will start running in October, the rail company "
             "said on Wednesday. Tickets go on sale next month and the first journeys are nearly full.",
    "copy": "The harbour council voted on Monday to rebuild the old pier before the summer season. "
            "Members said the work would take six months and cost less than the repairs of last year.",
}


def _page(name: str, title: str, day: int = 1) -> bytes:
    return PAGE.format(title=title, author="Ana Reporter", day=day, body=BODIES[name]).encode()


def _rss(items: list[tuple[str, str]], title: str = "Loopback News - World") -> bytes:
    entries = "".join(f"<item><title>{t}</title><link>{link}</link>"
                      f"<pubDate>Wed, 01 May 2024 10:00:00 GMT</pubDate></item>" for t, link in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://example.invalid/</link><description>d</description>{entries}</channel></rss>").encode()


@dataclass
class Site:
    """The loopback server: ``routes`` maps a path to (status, headers, body)."""

    base: str
    routes: dict[str, tuple[int, dict[str, str], bytes]] = field(default_factory=dict)
    hits: list[str] = field(default_factory=list)

    def page(self, path: str, body: bytes, content_type: str = "text/html; charset=utf-8", status: int = 200) -> str:
        self.routes[path] = (status, {"Content-Type": content_type}, body)
        return self.base + path


@pytest.fixture()
def site() -> Iterator[Site]:
    state = Site(base="")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            state.hits.append(self.path)
            status, headers, body = state.routes.get(path, (404, {"Content-Type": "text/html"}, b"not found"))
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


def _project(tmp_path: Path, feeds: list[str] | None = None) -> Path:
    root = tmp_path / "project"
    (root / "articles").mkdir(parents=True)
    settings = "articles_dir: articles\n"
    if feeds is not None:
        settings += "feeds:\n" + "".join(f"  - {f}\n" for f in feeds)
    (root / "briefing.yml").write_text(settings, encoding="utf-8")
    (root / "topics.yml").write_text("topics:\n  - id: t\n    title: T\n    description: d\n    terms: [pier]\n",
                                     encoding="utf-8")
    return root


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_new_items_imported_one_already_present_by_address_with_tracking(
        tmp_path: Path, site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    one = site.page("/news/one", _page("one", "Pier to be rebuilt"))
    site.page("/news/two", _page("two", "Earliest apple harvest", day=2))
    site.page("/news/three", _page("three", "Night train announced", day=3))
    root = _project(tmp_path, ["feed.xml"])
    existing = root / "articles" / "pier.md"
    existing.write_text(f"---\ntitle: Pier\nurl: {one}\n---\n\nSomething else entirely about the pier and the "
                        "council, written by hand for this test.\n", encoding="utf-8")
    before = existing.read_bytes()
    tracked = one.replace("http://127.0.0.1", "HTTP://127.0.0.1") + "/?utm_source=rss&utm_medium=feed&fbclid=x#top"
    (root / "feed.xml").write_bytes(_rss([("Pier to be rebuilt", tracked),
                                          ("Earliest apple harvest", site.base + "/news/two?utm_campaign=a"),
                                          ("Night train announced", site.base + "/news/three")]))

    assert main(["import", "--root", str(root)]) == 0
    out = capsys.readouterr().out
    assert "2 articles imported, 1 already present, 0 failed" in out
    assert existing.read_bytes() == before
    assert not any("/news/one" in hit for hit in site.hits)  # known by its address: not even fetched
    new = sorted(p.name for p in (root / "articles").iterdir() if p.name != "pier.md")
    assert len(new) == 2 and all(re.fullmatch(r"127-0-0-1-news-(two|three)-[0-9a-f]{16}\.txt", n) for n in new)
    # The build reads them with their metadata, and the tracking parameters are gone from the address.
    corpus = load(load_config(root))
    assert [p for p in corpus.problems if p.severity != "note"] == []
    by_title = {a.meta.title: a.meta for a in corpus.articles}
    two = by_title["Earliest apple harvest"]
    assert (two.url, two.outlet, two.date, two.author) == (site.base + "/news/two", "Loopback News", "2024-05-02",
                                                           "Ana Reporter")
    assert "Night train announced" in by_title


def test_rerun_imports_nothing(tmp_path: Path, site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    site.page("/news/two", _page("two", "Earliest apple harvest"))
    feed = site.page("/feed.xml", _rss([("Earliest apple harvest", site.base + "/news/two")]),
                     "application/rss+xml")
    root = _project(tmp_path, [feed])
    assert main(["import", "--root", str(root)]) == 0
    first = _tree(root / "articles")
    assert len(first) == 1
    capsys.readouterr()
    assert main(["import", "--root", str(root)]) == 0
    assert "0 articles imported, 1 already present, 0 failed" in capsys.readouterr().out
    assert _tree(root / "articles") == first


def test_broken_feed_and_missing_page_are_reported_and_the_rest_imported(
        tmp_path: Path, site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    site.page("/news/two", _page("two", "Earliest apple harvest"))
    broken = site.page("/broken.xml", b"<rss><channel><item><title>half a feed", "application/rss+xml")
    missing_feed = site.base + "/nowhere.xml"
    good = site.page("/feed.xml", _rss([("Gone", site.base + "/news/gone"),
                                        ("Earliest apple harvest", site.base + "/news/two")]))
    root = _project(tmp_path)
    code = main(["import", "--root", str(root), broken, missing_feed, good])
    captured = capsys.readouterr()
    assert code == 3
    assert "1 articles imported, 0 already present, 3 failed" in captured.out
    lines = captured.err.splitlines()
    assert any(line.startswith(broken) and "feed could not be read" in line for line in lines), captured.err
    assert any(line.startswith(missing_feed) and "HTTP 404" in line for line in lines), captured.err
    assert any(line.startswith(site.base + "/news/gone") and "HTTP 404" in line for line in lines), captured.err
    assert len(_tree(root / "articles")) == 1


def test_same_text_at_another_address_is_not_imported(tmp_path: Path, site: Site,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    site.page("/news/one", _page("one", "Pier to be rebuilt"))
    site.page("/mirror/pier", _page("copy", "Pier to be rebuilt"))
    feed = site.page("/feed.xml", _rss([("Pier to be rebuilt", site.base + "/news/one"),
                                        ("Pier to be rebuilt", site.base + "/mirror/pier")]))
    root = _project(tmp_path, [feed])
    assert main(["import", "--root", str(root), "-v"]) == 0
    captured = capsys.readouterr()
    assert "1 articles imported, 1 already present" in captured.out
    assert "same text as" in captured.err
    assert len(_tree(root / "articles")) == 1


def test_hostile_titles_and_addresses_cannot_write_outside_articles(
        tmp_path: Path, site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    hostile_title = "../../../outside\n---\nurl: javascript:alert(1)\n<script>alert(1)</script>"
    site.page("/a/..%2F..%2Fescape", _page("one", "x"))
    site.page("/b/%2e%2e", _page("two", "y"))
    site.page("/redirect", b"", "text/html")
    site.routes["/redirect"] = (302, {"Location": "file:///etc/passwd"}, b"")
    items = [(hostile_title.replace("<", "&lt;").replace(">", "&gt;"), site.base + "/a/..%2F..%2Fescape"),
             ("b", site.base + "/b/%2e%2e"), ("file", "file:///etc/passwd"), ("js", "javascript:alert(1)"),
             ("redirect", site.base + "/redirect")]
    (tmp_path / "feed.xml").write_bytes(_rss(items))
    root = _project(tmp_path)
    before = _tree(tmp_path)
    code = main(["import", "--root", str(root), str(tmp_path / "feed.xml")])
    err = capsys.readouterr().err
    assert code == 3
    lines = err.splitlines()
    assert sum("not an http(s) address" in line for line in lines) == 2  # file: and javascript: links
    assert any(line.startswith(site.base + "/redirect") and "file:///etc/passwd" in line for line in lines), err
    after = _tree(tmp_path)
    added = sorted(set(after) - set(before))
    assert len(added) == 2 and all(re.fullmatch(r"project/articles/[a-z0-9-]+-[0-9a-f]{16}\.txt", a) for a in added)
    assert {k: v for k, v in after.items() if k in before} == before  # nothing else changed
    # The hostile title is one line of text in the front matter: it names no key of its own.
    meta = {a.meta.url: a.meta for a in load(load_config(root)).articles}
    first = meta[site.base + "/a/..%2F..%2Fescape"]
    assert first.title == "../../../outside --- url: javascript:alert(1) alert(1)"  # markup dropped, one line


def test_a_page_address_is_imported_as_one_article(tmp_path: Path, site: Site) -> None:
    page = site.page("/news/three", _page("three", "Night train announced"))
    root = _project(tmp_path)
    assert main(["import", "--root", str(root), page + "?utm_source=x", "-q"]) == 0
    [(_name, data)] = _tree(root / "articles").items()
    text = data.decode()
    assert text.startswith("---\ntitle: Night train announced") and "outlet: Loopback News\n" in text
    assert f"url: {page}\n" in text and "night train between the two capitals" in text


def test_no_feeds_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "--root", str(_project(tmp_path))]) == EXIT_USAGE
    assert "feeds:" in capsys.readouterr().err


def test_feeds_setting_refuses_other_schemes(tmp_path: Path) -> None:
    root = _project(tmp_path, ["file:///etc/passwd", "https://example.org/feed.xml", "feeds/local.xml"])
    with pytest.raises(ConfigError) as info:
        load_config(root)
    [problem] = info.value.problems
    assert problem.message.startswith("feeds[0]:") and "'file:'" in problem.message


def test_fetch_refuses_a_body_over_the_limit(site: Site) -> None:
    url = site.page("/big", b"x" * 5000)
    with pytest.raises(FetchError, match="over the limit"):
        fetch(url, 1000, user_agent="test")
    assert fetch(url, 5000, user_agent="test").data == b"x" * 5000


def test_fetch_refuses_a_loopback_host_unless_allowed(site: Site) -> None:
    url = site.page("/news/one", _page("one", "Pier"))
    with pytest.raises(FetchError, match="loopback, private or link-local"):
        fetch(url, 100_000, user_agent="test", allow_private=False)
    assert fetch(url, 100_000, user_agent="test", allow_private=True).data


def test_a_feed_on_the_internet_cannot_lead_the_import_into_the_local_network(
        tmp_path: Path, site: Site, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from generator.fetch import importer

    site.page("/news/one", _page("one", "Pier"))
    feed = site.page("/feed.xml", _rss([("Pier", site.base + "/news/one")]))
    monkeypatch.setattr(importer, "_on_local_network", lambda url: False)  # as if the feed were on the internet
    root = _project(tmp_path, [feed])
    assert main(["import", "--root", str(root)]) == 3
    assert "127.0.0.1, a loopback, private or link-local address" in capsys.readouterr().err
    assert _tree(root / "articles") == {} and "/news/one" not in site.hits


def test_addresses_of_one_page_normalise_alike() -> None:
    same = ["https://Example.ORG/news/a-story/?utm_source=rss&utm_medium=x&id=3#comments",
            "HTTPS://www.example.org:443/news/a-story?id=3&fbclid=abc&gclid=def",
            "https://example.org/news/a-story?id=3"]
    assert len({normalise_url(u) for u in same}) == 1
    assert len({file_name(u) for u in same}) == 1
    assert normalise_url("https://example.org/news/a-story?id=4") != normalise_url(same[0])
    assert clean_url(same[0]) == "https://Example.ORG/news/a-story/?id=3"
    assert clean_url("https://example.org/it's <here>/é") == "https://example.org/it%27s%20%3Chere%3E/%C3%A9"
    for bad in ("file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/x", "/relative", ""):
        with pytest.raises(BadAddress):
            normalise_url(bad)


@given(st.text(max_size=200))
def test_file_names_are_plain_names_for_any_address(path: str) -> None:
    try:
        name = file_name("https://example.org/" + path)
    except BadAddress:
        return
    assert re.fullmatch(r"[a-z0-9-]{1,60}-[0-9a-f]{16}\.txt", name) or re.fullmatch(r"article-[0-9a-f]{16}\.txt", name)
    assert os.path.basename(name) == name
