"""Zensical (Material's successor) builds the same site from the same project, with no plugin of ours.

Zensical reads mkdocs.yml but runs no MkDocs plugin or hook, so whatever keeps the site whole
(the navigation) or readers safe (page titles) must already be in what the generator writes:
the nav comes in through mkdocs.yml's ``INHERIT: docs/.briefing/nav.yml``, titles through each
page's escaped ``title:`` front matter. Checked against zensical 0.0.73, the release that installs
from the registry here (later ones need ``zensical-ui``, which it lacks); the ``test`` extra
installs it on Python 3.11 and later (zensical's own minimum), elsewhere these tests skip.
"""

from __future__ import annotations

import html
import importlib.util
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from generator.cli import main
from generator.pipeline import Generated
from generator.render.escape import _CONTROL, md, page_title, shown, with_title, yaml_string

from . import test_hostile as hostile
from .conftest import copy_project
from .sitecheck import broken_links

SECTIONS = ["Home", "What's new", "Topics", "Stories", "People & organisations", "Sources", "Build report"]
TOPICS = ["US–Turkey relations", "Gaza ceasefire", "Russia exports"]



def _zensical() -> list[str]:
    """The command that runs zensical, or skip with the reason."""
    if importlib.util.find_spec("zensical") is not None:
        return [sys.executable, "-m", "zensical"]
    found = shutil.which("zensical")
    if found:
        return [found]
    pytest.skip("zensical is not installed (pip install zensical==0.0.73: the test extra installs it on "
                "Python 3.11 and later)")


def _zensical_build(root: Path) -> Path:
    """``zensical build --strict`` of the project at ``root``; its site (built into ``site/``)."""
    done = subprocess.run([*_zensical(), "build", "--strict", "-f", "mkdocs.yml"], cwd=root, capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return root / "site"


class _Nav(HTMLParser):
    """The labels of the primary navigation (the sidebar), in order, without the table of contents
    of the current page that the theme nests in it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.labels: list[str] = []
        self._depth = 0  # <nav> elements open inside the primary one
        self._toc_at = 0  # the depth at which the page's table of contents opened (0: not in it)
        self._label: list[str] | None = None
        self._tag = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "nav" and (self._depth or "md-nav--primary" in classes):
            self._depth += 1
            if "md-nav--secondary" in classes and not self._toc_at:
                self._toc_at = self._depth
        if self._depth and not self._toc_at and "md-nav__link" in classes:
            self._label, self._tag = [], tag

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav" and self._depth:
            if self._toc_at == self._depth:
                self._toc_at = 0
            self._depth -= 1
        if self._label is not None and tag == self._tag:
            self.labels.append(" ".join("".join(self._label).split()))
            self._label = None

    def handle_data(self, data: str) -> None:
        if self._label is not None:
            self._label.append(data)


def nav_labels(page: Path) -> list[str]:
    parser = _Nav()
    parser.feed(page.read_text(encoding="utf-8"))
    # The current page shows as a label and a link of the same text: count it once.
    return [label for i, label in enumerate(parser.labels) if label and label not in parser.labels[i - 1:i]]


def pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


@given(st.text())
def test_shown_undoes_md(text: str) -> None:
    """What a heading shows is what its title says: ``shown`` inverts ``md`` (up to md's own
    clean-up: control characters dropped, whitespace made one space)."""
    assert shown(md(text)) == re.sub(r"\s+", " ", _CONTROL.sub("", text)).strip()


@pytest.mark.parametrize("title", ["</title><script>alert(1)</script>", "1. A list? - no", "a \\ b \\( c",
                                   "Tom & Jerry's", "*bold* _em_ `code` [x](y) #tag !", "&lt;already&gt; an entity"])
def test_front_matter_title_is_the_heading_escaped(title: str) -> None:
    page = with_title(f"# {md(title)}\n\nText.\n")
    assert page.startswith("---\ntitle: ") and page.endswith(f"---\n\n# {md(title)}\n\nText.\n")
    meta = yaml.safe_load(page.split("---\n")[1])
    assert meta == {"title": html.escape(title, quote=False)}


@given(st.text())
def test_a_front_matter_string_reads_back_as_itself(text: str) -> None:
    """Whatever a title or description holds (quotes, backslashes, line breaks YAML would fold,
    "---", "key: value", a date, a number), the front matter gives back that string, one line."""
    line = f"value: {yaml_string(text)}\n"
    assert line.count("\n") == 1
    expected = "".join("\ufffd" if 0xD800 <= ord(ch) < 0xE000 else ch for ch in text)
    assert yaml.safe_load(line) == {"value": expected}


def test_front_matter_title_joins_a_block_the_page_has() -> None:
    page = "---\ndescription: x\n---\n\n# A &lt;b&gt; title\n"
    assert with_title(page) == '---\ntitle: "A &lt;b&gt; title"\ndescription: x\n---\n\n# A &lt;b&gt; title\n'
    assert with_title(with_title(page)) == with_title(page)
    assert with_title("No heading.\n") == "No heading.\n" and page_title("No heading.\n") is None


@pytest.fixture(scope="module")
def both_sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The seed project built by ``briefing build`` (MkDocs), then by ``zensical build`` from the
    same docs/: (MkDocs' site, Zensical's site)."""
    _zensical()
    root = copy_project(tmp_path_factory.mktemp("zensical"))
    assert main(["--root", str(root), "-q", "build", "--strict"]) == 0
    mkdocs_site = root / "site-mkdocs"
    (root / "site").rename(mkdocs_site)
    return mkdocs_site, _zensical_build(root)


@pytest.mark.slow
def test_zensical_builds_the_same_pages_at_the_same_urls(both_sites: tuple[Path, Path]) -> None:
    mkdocs_site, zensical_site = both_sites
    built = pages(zensical_site)
    assert built == pages(mkdocs_site)
    assert {"index.html", "whats-new/index.html", "topics/gaza-ceasefire/index.html", "stories/index.html",
            "entities/index.html", "sources/index.html", "report/index.html"} <= built
    assert len(built) > 30
    assert broken_links(zensical_site) == []


@pytest.mark.slow
def test_zensical_builds_the_same_navigation(both_sites: tuple[Path, Path]) -> None:
    mkdocs_site, zensical_site = both_sites
    for page in ("index.html", "stories/index.html", "topics/gaza-ceasefire/index.html", "report/index.html"):
        labels = nav_labels(zensical_site / page)
        assert labels == nav_labels(mkdocs_site / page), page
        assert [label for label in labels if label in SECTIONS] == SECTIONS, page
        assert [label for label in labels if label in TOPICS] == TOPICS, page  # topics.yml's order
    # Stories, people and sources are reached from their section pages, not listed one by one.
    assert len(nav_labels(zensical_site / "index.html")) < len(SECTIONS) + len(TOPICS) + 3


@pytest.mark.slow
def test_zensical_page_titles_are_the_headings(both_sites: tuple[Path, Path]) -> None:
    mkdocs_site, zensical_site = both_sites
    # Not the home page: MkDocs' theme gives it the site's name alone, Zensical "Home - Briefing".
    for page in sorted(p for p in pages(mkdocs_site) if p.count("/") >= 2):
        assert _TitleText.of(zensical_site / page) == _TitleText.of(mkdocs_site / page), page
    assert _TitleText.of(zensical_site / "topics/gaza-ceasefire/index.html") == "Gaza ceasefire - Briefing"


class _TitleText(HTMLParser):
    """The text of a page's ``<title>``, entities decoded (what a browser tab shows)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.inside = self.seen = False
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.inside = tag == "title" and not self.seen  # the page's, not an SVG chart's
        self.seen = self.seen or self.inside

    def handle_endtag(self, tag: str) -> None:
        self.inside = False

    def handle_data(self, data: str) -> None:
        if self.inside:
            self.text.append(data)

    @classmethod
    def of(cls, page: Path) -> str:
        parser = cls()
        parser.feed(page.read_text(encoding="utf-8"))
        return "".join(parser.text)


@pytest.fixture(scope="module")
def hostile_zensical(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile corpus (tests/data/hostile, a topic title with markup) generated, then built by Zensical."""
    _zensical()
    root = copy_project(tmp_path_factory.mktemp("zensical-hostile"), hostile.DATA / "articles")
    shutil.copy(hostile.DATA / "briefing.yml", root / "briefing.yml")
    topics = (root / "topics.yml").read_text(encoding="utf-8")
    (root / "topics.yml").write_text(topics.replace("title: Gaza ceasefire", f'title: "{hostile.NAV_PAYLOAD}"', 1),
                                     encoding="utf-8")
    assert main(["--root", str(root), "-q", "generate"]) == 0
    _zensical_build(root)
    return root


@pytest.mark.slow
def test_zensical_leaves_the_hostile_corpus_inert(hostile_zensical: Path) -> None:
    # The same checks as the MkDocs build's (tests/test_hostile.py), on Zensical's site.
    built = (hostile_zensical, 0, "", "")
    hostile.test_no_injected_element_attribute_link_or_include_survives(built)
    hostile.test_payloads_are_shown_as_text(built)
    hostile.test_only_http_urls_become_links(built)
    hostile.test_a_topic_title_with_markup_is_text_in_every_navigation(built)


@pytest.mark.slow
def test_zensical_keeps_a_hostile_headline_text_in_the_title(hostile_zensical: Path) -> None:
    from generator.clean import article_id

    page = hostile_zensical / "site" / "sources" / article_id("hostile_markdown.md") / "index.html"
    html = page.read_text(encoding="utf-8")
    head = html.split("</head>", 1)[0]
    assert head.count("<title>") == 1 and head.count("</title>") == 1 and "<script>alert" not in html
    assert _TitleText.of(page) == ("</title><script>alert('title')</script><h1 onclick=alert(1)>Title</h1> | a | b |"
                                   " - Briefing")


def test_the_plugin_keeps_the_inherited_nav_first_and_escaped(tmp_path: Path) -> None:
    """MkDocs only: the ``briefing`` plugin swaps the inherited nav for its checked copy, and puts
    the generated entries back before a ``nav:`` of mkdocs.yml (which replaces the inherited one in
    MkDocs; Zensical appends it). Nothing else depends on it."""
    from generator.mkdocs_hooks import on_config

    (tmp_path / ".briefing").mkdir()
    (tmp_path / ".briefing" / "nav.yml").write_text(
        "nav:\n- Home: index.md\n- '<b>Edited</b>': topics/a.md\n- Out: ../x.md\n", encoding="utf-8")
    raw = [{"Home": "index.md"}, {"<b>Edited</b>": "topics/a.md"}, {"Out": "../x.md"}]
    safe = [{"Home": "index.md"}, {"&lt;b&gt;Edited&lt;/b&gt;": "topics/a.md"}]
    assert on_config({"docs_dir": str(tmp_path), "nav": list(raw)})["nav"] == safe
    assert on_config({"docs_dir": str(tmp_path), "nav": [{"About": "about.md"}]})["nav"] == [*safe, {"About": "about.md"}]
    assert on_config({"docs_dir": str(tmp_path), "nav": None})["nav"] == safe


def test_the_generated_nav_file_is_settings_with_escaped_titles(seed_generated: Generated) -> None:
    text = seed_generated.pages[".briefing/nav.yml"]
    assert text.startswith("# Written by briefing")
    nav = yaml.safe_load(text)
    assert list(nav) == ["nav"]  # nothing but the nav: mkdocs.yml takes the whole file in
    titles = [next(iter(item)) for item in nav["nav"]]
    assert "People &amp; organisations" in titles and "Stories" in titles
    topics = next(item["Topics"] for item in nav["nav"] if "Topics" in item)
    assert [next(iter(t.values())) for t in topics] == ["topics/us-turkey-relations.md", "topics/gaza-ceasefire.md",
                                                       "topics/russia-exports.md"]
