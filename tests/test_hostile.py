"""Build the hostile-and-broken corpus (tests/data/hostile) and read the site as a browser would.

Every good article must be published, every bad one refused with its reason (console, build
report, digest.json), and nothing an article says may become an element, an attribute, a
link or an include: the built HTML is parsed and searched for each payload.
"""

from __future__ import annotations

import json
import os
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from generator.clean import article_id
from generator.cli import main

from .conftest import copy_project

DATA = Path(__file__).parent / "data" / "hostile"
EXPECTED = yaml.safe_load((DATA / "expected.yml").read_text(encoding="utf-8"))
# Files made at run time: git cannot hold a pipe, and links must point outside the checkout.
RUNTIME_REFUSED = {
    "link_out.txt": "symbolic link pointing outside the articles folder",
    "linked_dir": "symbolic link to a folder outside the articles folder",
    "pipe.txt": "not a regular file",
    "name\\nwith break.txt": "file name contains control characters",
    "link_in.txt": "same text as good_plain.txt",
    "caf\\xe9.txt": "name is not valid UTF-8",
    "d\\xe9j\\xe0": "folder name is not valid UTF-8",
    "rtl\\u202etxt.exe.txt": "change the direction text is shown in",
}
# A topic title with markup: it reaches the navigation of every page (tests below scan them).
NAV_PAYLOAD = "<img src=x onerror=alert('nav')>Gaza ceasefire"
EVENT_ATTRS_ALLOWED: set[tuple[str, str]] = set()  # the theme uses none


class Page(HTMLParser):
    """Every element, attribute, comment and text run of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.comments: list[str] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        self._in_script = tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        (self.scripts if self._in_script else self.text).append(data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)

    @property
    def plain(self) -> str:
        return " ".join(" ".join(self.text).split())


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str, str]:
    """The project with the hostile corpus, built; returns (root, exit code, stdout, stderr)."""
    outside = tmp_path_factory.mktemp("outside")
    (outside / "secret.txt").write_text("A secret outside the corpus. It must never be published.\n")
    (outside / "folder").mkdir()
    (outside / "folder" / "inner.txt").write_text("Another secret outside. Never published either.\n")
    root = copy_project(tmp_path_factory.mktemp("hostile"), DATA / "articles")
    shutil.copy(DATA / "briefing.yml", root / "briefing.yml")
    articles = root / "articles"
    os.symlink(outside / "secret.txt", articles / "link_out.txt")
    os.symlink(outside / "folder", articles / "linked_dir")
    os.symlink(articles / "good_plain.txt", articles / "link_in.txt")
    os.mkfifo(articles / "pipe.txt")
    (articles / "name\nwith break.txt").write_text("A name with a line break. Refused.\n")
    with open(os.fsencode(articles) + b"/caf\xe9.txt", "wb") as fh:
        fh.write(b"A name that is not UTF-8. Refused.\n")
    os.mkdir(os.fsencode(articles) + b"/d\xe9j\xe0")
    with open(os.fsencode(articles) + b"/d\xe9j\xe0/inner.txt", "wb") as fh:
        fh.write(b"In a folder whose name is not UTF-8. Refused.\n")
    (articles / "rtl\u202etxt.exe.txt").write_text("A name that reads backwards. Refused.\n")
    topics = (root / "topics.yml").read_text(encoding="utf-8")
    (root / "topics.yml").write_text(topics.replace("title: Gaza ceasefire", f'title: "{NAV_PAYLOAD}"', 1),
                                     encoding="utf-8")
    return root, *_run(root, ["build"])


def _run(root: Path, args: list[str]) -> tuple[int, str, str]:
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--root", str(root), *args])
    return code, out.getvalue(), err.getvalue()


def _digest(root: Path) -> dict:
    return json.loads((root / "docs" / "digest.json").read_text(encoding="utf-8"))


def test_build_succeeds_and_publishes_every_good_article(hostile: tuple[Path, int, str, str]) -> None:
    root, code, out, _ = hostile
    assert code == 0
    digest = _digest(root)
    by_path = {a["source_path"]: a for a in digest["articles"]}
    assert set(by_path) == set(EXPECTED["published"]), "exactly the good and the hostile articles are published"
    for path, meta in EXPECTED["published"].items():
        article = by_path[path]
        for key, value in meta.items():
            assert article[key] == value, (path, key)
        assert (root / "site" / "sources" / article["id"] / "index.html").exists()
    assert f"{len(by_path)} articles published" in out


def test_every_bad_file_is_refused_with_its_reason(hostile: tuple[Path, int, str, str]) -> None:
    root, _, out, err = hostile
    problems = _digest(root)["problems"]
    published = {a["source_path"] for a in _digest(root)["articles"]}

    def find(path: str, severity: str, text: str) -> None:
        hits = [p for p in problems if p["path"] == path and p["severity"] == severity and text in p["message"]]
        assert hits, f"no {severity} '{text}' for {path}: {[p for p in problems if p['path'] == path]}"
        assert all(p["hint"] for p in hits), "every problem says how to fix it"

    for path, text in {**EXPECTED["refused"], **RUNTIME_REFUSED}.items():
        find(path, "error", text)
        assert path.removesuffix(".meta.yml") not in published
        assert path.replace("\\n", "\n") in err or path in err, f"{path} not listed on the console"
    for path, text in EXPECTED["warning"].items():
        find(path, "warning", text)
    for path, text in {**EXPECTED["skipped"], **EXPECTED["notes"]}.items():
        find(path, "note", text)
    assert f"{len({p['path'] for p in problems if p['severity'] == 'error'})} refused" in out
    report = parse(root / "site" / "report" / "index.html").plain
    for path in {**EXPECTED["refused"], **RUNTIME_REFUSED}:
        assert path in report, f"{path} missing from the build report"
    assert "secret" not in json.dumps(_digest(root)["articles"]).lower()


def test_no_injected_element_attribute_link_or_include_survives(hostile: tuple[Path, int, str, str]) -> None:
    root = hostile[0]
    mkdocs_text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    pages = sorted((root / "site").rglob("*.html"))
    assert len(pages) > 20
    for path in pages:
        page = parse(path)
        where = path.relative_to(root / "site").as_posix()
        for tag, attrs in page.elements:
            assert tag not in ("iframe", "object", "embed", "img"), f"{where}: <{tag}> injected"
            for name, value in attrs.items():
                assert not (name.startswith("on") and (tag, name) not in EVENT_ATTRS_ALLOWED), \
                    f"{where}: event handler {name}={value!r} on <{tag}>"
                value = (value or "").strip().lower()
                assert "alert(" not in value, f"{where}: payload in {tag}[{name}]"
                if name in ("href", "src", "action", "formaction", "xlink:href"):
                    assert not value.startswith(("javascript:", "data:", "vbscript:")), f"{where}: {tag}[{name}]"
                    if ":" in value.split("/")[0]:
                        assert value.startswith(("http://", "https://")), f"{where}: {tag}[{name}]={value}"
        for script in page.scripts:
            assert "alert(" not in script and "display:none" not in script.replace(" ", ""), where
        for comment in page.comments:
            assert "alert" not in comment and "HTML comment" not in comment, f"{where}: comment injected"
        assert "site_name: Briefing" not in page.plain, f"{where}: a snippet include pulled in mkdocs.yml"
        assert mkdocs_text[:60] not in page.plain


def test_payloads_are_shown_as_text(hostile: tuple[Path, int, str, str]) -> None:
    root = hostile[0]
    text = parse(root / "site" / "sources" / article_id("hostile_text.txt") / "index.html").plain
    for payload in ("<script>alert('script')</script>", "<img src=x onerror=\"alert('img')\">",
                    "[click me](javascript:alert('md'))", "<!-- an HTML comment -->", "{{ config.site_name }}",
                    "{% include \"mkdocs.yml\" %}", "inline --8<-- \"mkdocs.yml\" is only text", "{: onclick=\"alert('attr')\" }",
                    "&lt;script&gt; stays an entity as written", "Placeholder wzxhzdk:0 forgery"):
        assert payload in text, payload
    md = parse(root / "site" / "sources" / article_id("hostile_markdown.md") / "index.html")
    assert "</title><script>alert('title')</script><h1 onclick=alert(1)>Title</h1> | a | b |" in md.plain
    titles = [t for t, _ in md.elements if t == "title"]
    assert len(titles) == 1 and sum(1 for t, _ in md.elements if t == "h1") == 1
    assert "<img src=x onerror=alert('outlet')>](javascript:alert(1))" in md.plain
    assert "A. Writer \\n\\n# Injected heading" in md.plain or "A. Writer # Injected heading" in md.plain
    page = parse(root / "site" / "sources" / article_id("hostile_page.html") / "index.html").plain
    assert "<script>alert('escaped in text')</script>" in page
    assert "head script" not in page and "body script" not in page


def test_only_http_urls_become_links(hostile: tuple[Path, int, str, str]) -> None:
    root = hostile[0]
    for name, expect in (("hostile_url_data.md", None), ("hostile_url_quote.md", None),
                         ("hostile_markdown.md", None),
                         ("hostile_url_ok_parens.md", "https://example.com/wiki/Foo_%28bar%29?q=1"),
                         ("good_front_matter.md", "https://example.com/news/talks?id=1&x=%282%29")):
        page = parse(root / "site" / "sources" / article_id(name) / "index.html")
        external = [a.get("href") for t, a in page.elements if t == "a" and "://" in (a.get("href") or "")
                    and "example" in (a.get("href") or "")]
        assert external == ([expect] if expect else []), name


def test_symlinks_never_lead_out_of_the_corpus(hostile: tuple[Path, int, str, str]) -> None:
    root = hostile[0]
    everything = "".join(p.read_text(encoding="utf-8", errors="replace")
                         for p in (root / "site").rglob("*") if p.is_file() and p.suffix in (".html", ".json"))
    assert "A secret outside the corpus" not in everything
    assert "Another secret outside" not in everything


def test_strict_build_fails_and_writes_nothing(hostile: tuple[Path, int, str, str], tmp_path: Path) -> None:
    root = copy_project(tmp_path, DATA / "articles")
    shutil.copy(DATA / "briefing.yml", root / "briefing.yml")
    before = {p: p.read_bytes() for p in (root / "docs").rglob("*") if p.is_file()}
    code, _, err = _run(root, ["build", "--strict"])
    assert code == 3
    assert "nothing was written" in err and "empty article" in err
    assert {p: p.read_bytes() for p in (root / "docs").rglob("*") if p.is_file()} == before
    assert not (root / "site").exists()


def test_two_builds_give_byte_identical_docs(tmp_path: Path) -> None:
    def build(dest: Path) -> dict[str, bytes]:
        root = copy_project(dest, DATA / "articles")
        shutil.copy(DATA / "briefing.yml", root / "briefing.yml")
        assert _run(root, ["generate"])[0] == 0
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in (root / "docs").rglob("*") if p.is_file()}

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = build(tmp_path / "a"), build(tmp_path / "b")
    assert "docs/digest.json" in first
    assert first == second


def test_a_topic_title_with_markup_is_text_in_every_navigation(hostile: tuple[Path, int, str, str]) -> None:
    root = hostile[0]
    for page in ("index.html", "report/index.html", f"sources/{article_id('good_plain.txt')}/index.html"):
        parsed = parse(root / "site" / page)
        assert NAV_PAYLOAD in parsed.plain, page
        assert not any(tag == "img" for tag, _ in parsed.elements), page


def test_an_article_named_index_does_not_replace_the_sources_index(hostile: tuple[Path, int, str, str]) -> None:
    root = hostile[0]
    own = article_id("index.txt")
    assert own.startswith("index-")
    sources = parse(root / "site" / "sources" / "index.html").plain
    assert "An article file named index" in sources and "Hostile text shows as text" in sources
    assert "An article file named index" in parse(root / "site" / "sources" / own / "index.html").plain
