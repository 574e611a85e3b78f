"""Topic charts: coverage over time by outlet and a figure by date and source, as static SVG.

Units build tiny digest records by hand and count what the SVG draws; the end-to-end tests
build a four-article site (a death toll that rises over three days, one outlet name and the
topic title hostile) and read the built page as a browser would.
"""

from __future__ import annotations

import json
import random
import shutil
import xml.etree.ElementTree as ET
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.models import (
    Article,
    Figure,
    FigureCheck,
    Metadata,
    Sentence,
    SourceSummary,
    StoryGroup,
    TopicDigest,
    TopicMatch,
)
from generator.render.charts import (
    CoverageChart,
    TopicCharts,
    coverage_chart,
    number,
    topic_charts,
    xml_text,
)
from generator.render.pages import PACKAGED_TEMPLATES, environment

from .conftest import ROOT, copy_project

SVG = "{http://www.w3.org/2000/svg}"
DRAWN = {"svg", "title", "desc", "text", "line", "rect", "circle", "path", "polyline"}
HOSTILE_OUTLET = "</text><script>alert('o')</script> & <svg onload=alert(1)>\x01\u202eEvil"
HOSTILE_TITLE = "<img src=x onerror=alert('t')> Quake & aftershocks"


def _article(aid: str, outlet: str | None, date: str | None, text: str = "Something happened.") -> Article:
    return Article(aid, f"{aid}.txt", Metadata(title=f"Title {aid}", title_derived=False, outlet=outlet, date=date),
                   (Sentence(0, 0, text),))


def _parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and desc is not None and title.text and desc.text
    assert (root.get("aria-labelledby"), root.get("aria-describedby")) == (title.get("id"), desc.get("id"))
    assert root.get("viewBox", "").startswith("0 0 420 ")
    return root


def _count(root: ET.Element, tag: str) -> int:
    return len(root.findall(f".//{SVG}{tag}"))


def _texts(root: ET.Element) -> list[str]:
    return ["".join(e.itertext()) for e in root.iter() if e.tag in (f"{SVG}text", f"{SVG}title", f"{SVG}desc")]


# A topic's sources: outlet A twice on 1 May, B on 3 May, an unknown outlet on 5 May, one undated.
CORPUS = [_article("a1", "Outlet A", "2024-05-01"), _article("a2", "Outlet A", "2024-05-01"),
          _article("b1", "Outlet B", "2024-05-03"), _article("u1", None, "2024-05-05"),
          _article("n1", "Outlet B", None)]


def test_coverage_counts_articles_per_day_and_outlet() -> None:
    chart = coverage_chart("chart-coverage", "Quake", CORPUS)
    assert isinstance(chart, CoverageChart)
    assert chart.unit == "day"
    assert chart.periods == ("2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04", "2024-05-05")
    assert [(r.outlet, r.counts) for r in chart.rows] == [
        ("Outlet A", (2, 0, 0, 0, 0)), ("Outlet B", (0, 0, 1, 0, 0)), ("outlet unknown", (0, 0, 0, 0, 1))]
    assert chart.undated == 1
    root = _parse(chart.svg)
    # All sources: bars on three days; then one bar each for A, B and the unknown outlet.
    assert _count(root, "rect") == 3 + 1 + 1 + 1
    texts = _texts(root)
    assert texts[0] == "Coverage over time: Quake"
    assert "All sources · 4 articles" in texts and "Outlet A · 2 articles" in texts
    assert "outlet unknown · 1 article" in texts
    assert "1 May 2024" in texts and "5 May 2024" in texts  # the time axis ends
    assert "1 article without a date not shown" in texts[1]


@pytest.mark.parametrize(("last", "unit", "columns"), [
    ("2024-06-20", "week", 8),  # 1 May (a Wednesday) is in the week of 29 April; 20 June in that of 17 June
    ("2025-02-10", "month", 10),
    ("2029-01-01", "year", 6),
])
def test_coverage_unit_follows_the_span(last: str, unit: str, columns: int) -> None:
    chart = coverage_chart("c", "T", [_article("x", "A", "2024-05-01"), _article("y", "A", last)])
    assert chart is not None and chart.unit == unit and len(chart.periods) == columns
    root = _parse(chart.svg)
    assert _count(root, "rect") == 2  # one outlet: no "all sources" strip
    axis = _texts(root)[-1]  # the last period, short enough not to run into the one before
    assert axis == {"week": "17 Jun 2024", "month": "Feb 2025", "year": "2029"}[unit]


def test_many_outlets_share_one_strip_and_the_table_keeps_them_all() -> None:
    arts = [_article(f"x{i}", f"Outlet {i:02d}", f"2024-05-0{1 + i % 2}") for i in range(9)]
    chart = coverage_chart("c", "T", arts)
    assert chart is not None and len(chart.rows) == 9
    texts = _texts(_parse(chart.svg))
    assert "4 other outlets · 4 articles" in texts  # 5 strips of their own, then the rest
    assert sum(t.startswith("Outlet ") for t in texts) == 5


def test_no_chart_without_two_dates_and_no_empty_heading() -> None:
    assert coverage_chart("c", "T", [_article("x", "A", None), _article("y", "B", None)]) is None
    assert coverage_chart("c", "T", [_article("x", "A", "2024-05-01"), _article("y", "B", "2024-05-01")]) is None
    td = TopicDigest("t", (SourceSummary("x", 1.0, (0,)),), (), ())
    charts = topic_charts(td, "T", {"x": _article("x", "A", None)}, {}, {}, {})
    assert not charts
    env = environment(ROOT / "templates")
    assert env.get_template("_charts.md.j2").render(charts=charts).strip() == ""


def _figure(fid: str, aid: str, value: float, qualifier: str = "", high: float | None = None) -> Figure:
    return Figure(fid, aid, 0, f"{qualifier} {value:g} people".strip(), f"{value:g}", value, "people", "casualties",
                  "people killed", qualifier, "", high)


def _toll() -> tuple[TopicDigest, dict[str, Article], dict[str, Figure], dict[tuple[str, str], list[FigureCheck]],
                     dict[str, StoryGroup]]:
    """A death toll given by four sources of one story (one undated), and a topic-level check
    that mixes in another event, which must not be drawn."""
    arts = {a.id: a for a in [_article("d1", "Daily", "2024-05-01"), _article("d2", HOSTILE_OUTLET, "2024-05-02"),
                              _article("d3", None, "2024-05-04"), _article("d4", "Daily", None),
                              _article("o1", "Other", "2024-05-09")]}
    figs = {f.id: f for f in [_figure("d1-f", "d1", 20, "at least"), _figure("d2-f", "d2", 35),
                              _figure("d3-f", "d3", 50, high=55), _figure("d4-f", "d4", 60, "nearly"),
                              _figure("o1-f", "o1", 3)]}
    story = StoryGroup("story-d1", ("d1", "d2", "d3", "d4"), title="Quake toll rises")
    other = StoryGroup("story-o1", ("o1",), title="Another event")
    checks = {("story", "story-d1"): [FigureCheck("story", "story-d1", "casualties:people killed", "people killed",
                                                  ("d1-f", "d2-f", "d3-f", "d4-f"), "disagree", "")],
              ("topic", "t"): [FigureCheck("topic", "t", "casualties:people killed", "people killed",
                                           ("d1-f", "o1-f"), "different-dates", "")]}
    story_of = {a: story for a in story.article_ids} | {"o1": other}
    td = TopicDigest("t", tuple(SourceSummary(a, 1.0, (0,)) for a in arts), (), ())
    return td, arts, figs, checks, story_of


def test_figure_chart_draws_each_report_by_date_and_source() -> None:
    td, arts, figs, checks, story_of = _toll()
    charts = topic_charts(td, "Quake", arts, figs, checks, story_of)
    assert charts.coverage is not None
    [fc] = charts.figures
    assert (fc.label, fc.unit, fc.story_id, fc.story_title) == ("people killed", "people", "story-d1", "Quake toll rises")
    assert [(p.figure.article_id, p.date, p.value) for p in fc.points] == [
        ("d1", "2024-05-01", "at least 20"), ("d2", "2024-05-02", "35"), ("d3", "2024-05-04", "50 to 55"),
        ("d4", None, "nearly 60")]  # date order, undated last; the other event's figure is not drawn
    root = _parse(fc.svg)
    assert _count(root, "circle") == 4 + 1  # one dot per report, and the top of the range
    assert _count(root, "path") == 2  # arrows: "at least" and "nearly"
    [trend] = root.findall(f".//{SVG}polyline")
    assert len(trend.get("points", "").split()) == 3  # the dated reports, joined in date order
    texts = _texts(root)
    assert texts[0] == "People killed: values by date and source"
    assert "1 May 2024 · Daily" in texts and "date unknown · Daily" in texts and "4 May 2024 · outlet unknown" in texts
    assert {"0", "20", "40", "60"} <= set(texts)  # the value axis from zero


def test_only_figures_of_sentences_about_the_topic_are_drawn() -> None:
    td, arts, figs, checks, story_of = _toll()
    matches = {("t", a): TopicMatch("t", a, 1.0, (), ((0, 1.0),) if a != "d2" else ((1, 1.0),)) for a in arts}
    [fc] = topic_charts(td, "Q", arts, figs, checks, story_of, matches).figures
    assert [p.figure.article_id for p in fc.points] == ["d1", "d3", "d4"]  # d2's toll is in another sentence


def test_figures_that_agree_or_come_from_one_source_get_no_chart() -> None:
    td, arts, figs, checks, story_of = _toll()
    same = {fid: replace(f, value=20.0, qualifier="", high=None) for fid, f in figs.items()}
    assert not topic_charts(td, "Q", arts, same, checks, story_of).figures
    one = {("story", "story-d1"): [FigureCheck("story", "story-d1", "k", "people killed", ("d1-f",), "agree", "")]}
    assert not topic_charts(td, "Q", arts, figs, one, story_of).figures


def test_hostile_names_are_text_in_the_svg() -> None:
    td, arts, figs, checks, story_of = _toll()
    charts = topic_charts(td, HOSTILE_TITLE, arts, figs, checks, story_of)
    assert charts.coverage is not None
    for svg in (charts.coverage.svg, charts.figures[0].svg):
        root = _parse(svg)  # parses: no control character, no stray markup
        assert {e.tag.removeprefix(SVG) for e in root.iter()} <= DRAWN
        assert not [a for e in root.iter() for a in e.attrib if a.lower().startswith("on")]
        assert "<script" not in svg and "<img" not in svg and "\u202e" not in svg
        assert any("</text><script>alert(" in t for t in _texts(root))
    assert _texts(_parse(charts.coverage.svg))[0] == f"Coverage over time: {HOSTILE_TITLE}"
    assert xml_text('a"b\'c<d>&') == "a&quot;b&#x27;c&lt;d&gt;&amp;"


def test_the_same_digest_gives_the_same_svg_whatever_the_input_order() -> None:
    first = coverage_chart("c", "T", CORPUS)
    shuffled = list(CORPUS)
    random.Random(7).shuffle(shuffled)
    again = coverage_chart("c", "T", shuffled)
    assert first is not None and again is not None and first.svg == again.svg
    td, arts, figs, checks, story_of = _toll()
    assert topic_charts(td, "Q", arts, figs, checks, story_of) == topic_charts(td, "Q", arts, figs, checks, story_of)


def test_numbers_are_written_one_way() -> None:
    assert [number(v) for v in (0, 2.5, 22722, 1_500_000, 20e9, 1 / 3)] == [
        "0", "2.5", "22,722", "1.5 million", "20 billion", "0.33"]


def test_charts_partial_is_packaged() -> None:
    assert (ROOT / "templates" / "_charts.md.j2").read_bytes() == (PACKAGED_TEMPLATES / "_charts.md.j2").read_bytes()


def test_partial_gives_heading_chart_and_table() -> None:
    td, arts, figs, checks, story_of = _toll()
    charts: TopicCharts = topic_charts(td, "Quake", arts, figs, checks, story_of)
    text = environment(ROOT / "templates").get_template("_charts.md.j2").render(charts=charts)
    assert text.count("## Coverage over time") == 1 and text.count("### People killed") == 1
    assert text.count('<div class="briefing-chart" data-search-exclude>') == 2
    assert "1 source has no date and is not counted." in text
    assert "    | 2024-05-01 | Daily | 1 |" in text
    assert "    | *date unknown* | Daily | [nearly 60 people](../sources/d4.md#s0) | nearly 60 |" in text
    # The hostile outlet reaches the table through the Markdown escape: no tag survives.
    assert "&lt;script&gt;" in text and "<script>" not in text.replace(charts.figures[0].svg, "")


# --- the built site ------------------------------------------------------------------------------

_BODY = ("Quake toll rises in Port Mira\n\nAn earthquake struck the coastal city of Port Mira on Tuesday night. "
         "At least {n} people were killed in the earthquake in Port Mira, officials said. "
         "Rescue teams searched collapsed buildings through the night as aftershocks shook the region. "
         "The earthquake destroyed homes and roads across the province.\n")
_SITE_ARTICLES = [("a1", 20, "Daily Planet", "2024-05-01"), ("a2", 35, "<script>alert('o')</script> & <svg onload=x>",
                                                            "2024-05-02"),
                  ("a3", 52, None, "2024-05-04"), ("a4", 60, "Daily Planet", None)]


@pytest.fixture(scope="module")
def quake_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from generator.cli import main

    articles = tmp_path_factory.mktemp("quake-articles")
    for name, n, outlet, date in _SITE_ARTICLES:
        (articles / f"{name}.txt").write_text(_BODY.format(n=n), encoding="utf-8")
        meta = {k: v for k, v in (("outlet", outlet), ("date", date)) if v}
        (articles / f"{name}.txt.meta.yml").write_text(json.dumps(meta), encoding="utf-8")  # JSON is YAML
    dest = copy_project(tmp_path_factory.mktemp("quake"), articles)
    (dest / "topics.yml").write_text(json.dumps({"topics": [{
        "id": "quake", "title": HOSTILE_TITLE, "description": "The earthquake.",
        "terms": ["earthquake", "aftershocks"]}]}), encoding="utf-8")
    topic = dest / "templates" / "topic.md.j2"
    if "_charts.md.j2" not in topic.read_text(encoding="utf-8"):
        # The topic template does not place the charts yet: put them before the sources.
        text = topic.read_text(encoding="utf-8").replace("## Sources\n", '{% include "_charts.md.j2" %}\n## Sources\n', 1)
        topic.write_text(text, encoding="utf-8")
    for page in (dest / "docs").glob("*"):  # the seeds' generated pages are not this project's
        if page.name != "stylesheets":
            shutil.rmtree(page) if page.is_dir() else page.unlink()
    assert main(["--root", str(dest), "build", "--strict"]) == 0
    return dest / "site"


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.mark.slow
def test_built_topic_page_holds_the_charts_as_inert_text(quake_site: Path) -> None:
    html = (quake_site / "topics" / "quake" / "index.html").read_text(encoding="utf-8")
    page = _Elements()
    page.feed(html)
    svgs = [a for tag, a in page.elements if tag == "svg" and a.get("role") == "img"]
    assert len(svgs) == 2  # coverage, and the toll by date and source
    tags = [tag for tag, _ in page.elements]
    assert tags.count("circle") == 4  # four reports of the toll
    assert not [(t, a) for t, a in page.elements if any(k.startswith("on") for k in a)]
    assert not [a for t, a in page.elements if t == "img" and a.get("src") == "x"]
    assert "<script>alert" not in html and "<svg onload" not in html and "<img src=x" not in html
    assert "<script>alert('o')</script> & <svg onload=x>" in "".join(page.text)  # the table, as text
    starts = [i for i in range(len(html)) if html.startswith('<svg xmlns="http://www.w3.org/2000/svg" class="briefing-chart', i)]
    assert len(starts) == 2
    for start in starts:  # each chart reaches the page as it was made: well-formed XML
        _parse(html[start:html.index("</svg>", start) + len("</svg>")])
    index = (quake_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "All sources" not in index and "values by date and source" not in index  # charts not indexed


@pytest.mark.slow
@pytest.mark.browser
def test_chart_shows_on_a_phone_without_sideways_scroll(quake_site: Path) -> None:
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        try:
            for width, scheme in ((390, "light"), (1280, "dark")):
                page = browser.new_page(viewport={"width": width, "height": 800}, color_scheme=scheme)
                page.goto((quake_site / "topics" / "quake" / "index.html").as_uri())
                boxes = [page.locator("svg[role=img]").nth(i).bounding_box() for i in range(2)]
                assert all(b and b["width"] > 0.8 * min(width - 40, 600) and b["height"] > 100 for b in boxes), boxes
                assert page.evaluate("document.documentElement.scrollWidth") <= width
                colour = page.locator("svg[role=img]").first.evaluate("e => getComputedStyle(e).color")
                background = page.evaluate("getComputedStyle(document.body).backgroundColor")
                assert colour != background  # drawn in the text colour of the scheme
                page.close()
        finally:
            browser.close()
