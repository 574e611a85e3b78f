"""The topic page as a briefing: bottom line, recent reports, evidence filtered to the topic with
copies collapsed, and sentence links that read as text (generator/render/briefing.py and the
templates that use it)."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest

from generator.config import Config
from generator.models import Figure, Quote, QuotePair, SentenceRef, SourceSummary, StoryGroup, TopicDigest
from generator.pipeline import Generated, generate
from generator.render.briefing import (
    _MONTHS,
    bottom_line,
    collapse_figures,
    collapse_quotes,
    date_in_words,
    label_text,
    reads_alone,
    recent,
)
from generator.render.pages import environment

from ._tiny import tiny
from .conftest import copy_project

ROOT = Path(__file__).resolve().parents[1]
STORY = StoryGroup("story-a", ("a", "b"))
STORIES = {"a": STORY, "b": STORY}


def _q(qid: str, aid: str, text: str, speaker: str | None = "flake") -> Quote:
    return Quote(qid, aid, (0,), text, "Flake", speaker, False)


def test_a_quote_copied_in_one_story_is_one_row_naming_both_sources() -> None:
    rows = collapse_quotes([_q("q1", "a", "We will stress our goal."), _q("q2", "b", "We will stress our goal.")], STORIES)
    assert len(rows) == 1 and [q.id for q in rows[0].sources] == ["q1", "q2"] and rows[0].reworded == ()


def test_a_rewrite_that_cuts_a_quote_short_joins_the_fullest_wording() -> None:
    rows = collapse_quotes([_q("q1", "a", "our goal"), _q("q2", "b", "We will stress that our goal is clear")], STORIES)
    assert len(rows) == 1 and rows[0].quote.id == "q2" and [q.id for q in rows[0].sources] == ["q2", "q1"]


def test_quotes_stay_apart_across_stories_and_speakers() -> None:
    other = {"a": STORY, "c": StoryGroup("story-c", ("c", "d"))}
    assert len(collapse_quotes([_q("q1", "a", "Same words"), _q("q2", "c", "Same words")], other)) == 2
    assert len(collapse_quotes([_q("q1", "a", "Same words", "flake"), _q("q2", "b", "Same words", "blinken")],
                               STORIES)) == 2


def test_the_same_remark_worded_differently_is_one_row_marked_as_other_words() -> None:
    quotes = [_q("q1", "a", "Russia is denied the opportunity to wage war"),
              _q("q2", "b", "Russia is denied the ability to wage war"), _q("q3", "b", "Something else entirely")]
    rows = collapse_quotes(quotes, STORIES, [QuotePair("story-a", "q1", "q2", 0.8)])
    assert [[q.id for q in r.sources] for r in rows] == [["q1", "q2"], ["q3"]]
    assert rows[0].reworded == ("q2",)


def test_a_figure_given_alike_in_one_story_is_one_row() -> None:
    def fig(fid: str, aid: str, text: str) -> Figure:
        return Figure(fid, aid, 0, text, "40", 40.0, "jets", "count", "F-16 fighter jets")

    rows = collapse_figures([fig("f1", "a", "40 F-16 fighter jets"), fig("f2", "b", "40 F-16 fighter jets"),
                             fig("f3", "b", "41 F-16 fighter jets")], STORIES)
    assert [[f.id for f in r.sources] for r in rows] == [["f1", "f2"], ["f3"]]


def test_bottom_line_takes_one_sentence_per_story_and_puts_dated_ones_in_date_order() -> None:
    a = tiny("Turkey approved Sweden's NATO bid on Tuesday. Officials welcomed the vote in Ankara.", "a.txt",
             date="2024-01-23")
    b = tiny("Turkey approved the bid of Sweden after a long delay. He said it was overdue.", "b.txt",
             date="2024-01-24")
    c = tiny("The United States approved the sale of F-16 jets to Turkey. The deal is worth $23bn.", "c.txt",
             date="2024-01-20")
    d = tiny("Turkey bought Russian S-400 missiles in 2019, which led to US sanctions.", "d.txt")
    articles = {x.id: x for x in (a, b, c, d)}
    stories = {a.id: StoryGroup("s", (a.id, b.id)), b.id: StoryGroup("s", (a.id, b.id))}
    td = TopicDigest("t", tuple(SourceSummary(x.id, 1.0, (0,)) for x in (a, b, c, d)),
                     (SentenceRef(b.id, 0), SentenceRef(a.id, 0), SentenceRef(d.id, 0), SentenceRef(c.id, 0)), ())
    chosen = bottom_line(td, articles, stories)
    # a and b tell one story: the first of them in the overview (b) speaks for it; dated lines
    # oldest first, then the undated one.
    assert chosen == (SentenceRef(c.id, 0), SentenceRef(b.id, 0), SentenceRef(d.id, 0))
    assert not reads_alone("He said it was overdue.") and reads_alone(a.sentences[0].text)
    newest = recent(td, articles, stories)
    assert [(r.date, r.article_id, r.others) for r in newest] == [("2024-01-24", b.id, (a.id,)),
                                                                 ("2024-01-20", c.id, ())]
    assert date_in_words("2024-01-24") == "24 January 2024" and date_in_words("2024-01") == "January 2024"


def test_label_text_cannot_leave_its_attribute() -> None:
    assert label_text('Evil" onclick="alert(1)" { .x } <b>|*_') == "Evil onclick alert 1 .x b"
    assert label_text(None) == "" and len(label_text("a" * 500)) == 120


class _Attrs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.links.append(dict(attrs))


def test_sentence_link_with_a_hostile_outlet_is_text_then_one_plain_link() -> None:
    article = tiny("Flake said exports to Russia worry Washington.", "x.txt")
    hostile = replace(article, meta=replace(article.meta, outlet='Evil" onclick="alert(1)" {: .pwn } *x*'))
    env = environment(ROOT / "templates")
    text = env.from_string('{% import "_macros.md.j2" as m %}- {{ m.sentence_link(a, 0, "../") }}\n').render(a=hostile)
    html = markdown.markdown(text, extensions=["attr_list", "tables"])
    parser = _Attrs()
    parser.feed(html)
    assert len(parser.links) == 1
    link = parser.links[0]
    assert set(link) == {"href", "class", "aria-label"} and link["class"] == "sentence-link"
    assert link["aria-label"] == "Evil onclick alert 1 .pwn x: this sentence in the source"
    assert html.startswith("<ul>\n<li>Flake said exports to Russia worry Washington. <a ")
    assert re.findall(r"<(\w+)", html) == ["ul", "li", "a"]  # the outlet's text made no element


def test_russia_exports_page_shows_only_evidence_about_russia_exports(seed_generated: Generated) -> None:
    page = seed_generated.pages["topics/russia-exports.md"]
    evidence = page.split("## Evidence", 1)[1]
    # Flake's Iran remarks stand in the same article, but their sentences are not about exports
    # to Russia.
    assert "dealings with Iran" not in evidence and "de-escalate" not in evidence
    # His "wage war" remark, given by the report and its rewrite in other words, is one row
    # naming both sources.
    rows = [ln for ln in evidence.splitlines() if "wage war.”" in ln]  # quote table rows
    assert len(rows) == 1
    assert "000_8ac4934ad0f0b599.md#s17" in rows[0] and "001_0c4358038d950f96.md#s20" in rows[0]
    assert "(in other words)" in rows[0]


def test_topic_page_opens_with_a_dated_bottom_line_then_recent_then_sources(seed_generated: Generated) -> None:
    page = seed_generated.pages["topics/us-turkey-relations.md"]
    body = page.split("\n# ", 1)[1]
    assert "**As of 13 August 2024** · 5 sources, 3 named outlets" in body
    order = [body.index(h) for h in ("**As of", "??? abstract", "## What changed recently", "## Sources",
                                     "## Evidence", "## Related topics", "??? info \"How this was put together\"")]
    assert order == sorted(order)
    top = body.split("??? abstract", 1)[0]
    assert 3 <= sum(1 for ln in top.splitlines() if ln.startswith("- ")) <= 5
    recent_part = body.split("## What changed recently", 1)[1].split("## Sources", 1)[0]
    assert "**13 August 2024**" in recent_part and "4 of the 5 sources carry no date" in recent_part
    # Debug numbers stay in the folded block at the end.
    assert "Relevance" not in body.split("??? info", 1)[0]


def test_no_summary_sentence_is_a_whole_link(seed_generated: Generated) -> None:
    for path, page in seed_generated.pages.items():
        if path.startswith(("topics/", "stories/", "entities/")) and path.endswith(".md"):
            # A link whose text is a long sentence ending in a full stop, pointing at a sentence.
            whole = re.findall(r"\[[^\]]{60,}[.!?”\"]\]\([^)]*#s\d+\)", page)
            assert whole == [], (path, whole[:1])


def test_long_evidence_folds_and_short_evidence_stays_open(seed_generated: Generated) -> None:
    page = seed_generated.pages["topics/us-turkey-relations.md"]
    quotes = re.search(r'^(\?\?\?\+?) quote "Quotes \((\d+)\)"', page, re.M)
    assert quotes and int(quotes.group(2)) > 5 and quotes.group(1) == "???"
    small = seed_generated.pages["topics/russia-exports.md"]
    quotes = re.search(r'^(\?\?\?\+?) quote "Quotes \((\d+)\)"', small, re.M)
    assert quotes and int(quotes.group(2)) <= 5 and quotes.group(1) == "???+"


def test_attribute_lists_in_article_text_stay_text_now_that_attr_list_is_on() -> None:
    from generator.render.escape import md

    for hostile in ('Title {: onclick="alert(1)" }', "Title {#evil .x}", 'x{: style="display:none" }'):
        for wrapper in ("### {}", "- {}", "[{}](../sources/a.md#s0)", "| {} | x |\n|---|---|\n| {} | y |"):
            html = markdown.markdown(wrapper.format(md(hostile), md(hostile)), extensions=["attr_list", "tables"])
            parser = _Attrs()
            parser.feed(html)
            assert all(set(a) <= {"href"} for a in parser.links), html
            assert not re.search(r"<\w+[^>]*\s(onclick|style|class|id)=", html), html


def test_gaza_page_evidence_leaves_out_the_f16_deal(seed_generated: Generated) -> None:
    page = seed_generated.pages["topics/gaza-ceasefire.md"]
    assert "F-16" not in page.split("## Evidence", 1)[-1]


def test_a_topic_page_shows_its_most_relevant_sources_and_archives_every_source_by_month(
        seed_config: Config, tmp_path: Path) -> None:
    config = replace(seed_config, settings=replace(seed_config.settings, topic_sources=2))
    pages = generate(config, write=False).pages
    topic = pages["topics/us-turkey-relations.md"]
    listed = re.findall(r"^### .+$", topic.split("## Sources", 1)[1].split("### Stories told", 1)[0], re.M)
    assert len(listed) == 2
    assert "The other 3 sources on this topic, month by month: [the archive](archive/us-turkey-relations.md)" in topic
    archive = pages["topics/archive/us-turkey-relations.md"]
    assert archive.startswith("---\ntitle: ") and "# US–Turkey relations: every source" in archive
    linked = re.findall(r"\]\(\.\./\.\./sources/([^)#]+)\.md\)", archive)
    assert sorted(linked) == sorted(f.stem for f in (ROOT / "articles").iterdir())  # every source once
    months = re.findall(r"^## (.+)$", archive, re.M)
    dated = [m for m in months if m != "Date unknown"]
    assert dated and months[: len(dated)] == dated and months[len(dated):] in ([], ["Date unknown"])
    order = [(int(m.split()[1]), _MONTHS.index(m.split()[0])) for m in dated]
    assert order == sorted(order, reverse=True)
    # Topics with no more sources than the page shows have no archive; the default shows 20.
    assert "topics/archive/russia-exports.md" not in pages
    assert not any(p.startswith("topics/archive/") for p in generate(seed_config, write=False).pages)
    # The built site resolves every link of the archive (MkDocs --strict).
    from generator.cli import main

    dest = copy_project(tmp_path)
    (dest / "briefing.yml").write_text((dest / "briefing.yml").read_text() + "\ntopic_sources: 2\n")
    # An mkdocs.yml from before the archive (no not_in_nav line for it): the plugin keeps --strict whole.
    mkdocs_yml = (dest / "mkdocs.yml").read_text()
    assert "  /topics/archive/*.md\n" in mkdocs_yml
    (dest / "mkdocs.yml").write_text(mkdocs_yml.replace("  /topics/archive/*.md\n", ""))
    assert main(["--root", str(dest), "-q", "build", "--strict"]) == 0
    html = (dest / "site" / "topics" / "archive" / "us-turkey-relations" / "index.html").read_text()
    assert "every source" in html and html.count('href="../../../sources/') >= 5


def test_a_topic_archive_lists_by_date_then_title_whatever_the_relevance(seed_generated: Generated) -> None:
    """Relevance moves with every article the corpus gains: the archive must not follow it, or one
    new article rewrites the archive of every topic."""
    from generator.render.briefing import topic_archive
    from generator.render.pages import Lookup

    digest = seed_generated.digest
    articles = {a.id: a for a in digest.articles}
    look = Lookup(articles=articles, topics={}, matches={}, story_of={}, matches_of={})
    td = max(digest.topics, key=lambda t: len(t.sources))
    undated = replace(articles[td.sources[0].article_id], id="zz-undated",
                      meta=replace(articles[td.sources[0].article_id].meta, date=None, title="a headline"))
    articles[undated.id] = undated
    td = replace(td, sources=(*td.sources, SourceSummary(undated.id, 0.0, ())))
    assert len(td.sources) >= 3
    months = topic_archive(td, look)
    assert months == topic_archive(replace(td, sources=td.sources[::-1]), look)
    listed = [aid for month in months for aid in month.article_ids]
    assert sorted(listed) == sorted(s.article_id for s in td.sources)
    key = [(articles[aid].meta.date or "", articles[aid].meta.title.casefold()) for aid in listed]
    dated = [k for k in key if k[0]]
    assert dated == sorted(sorted(dated, key=lambda k: k[1]), key=lambda k: k[0], reverse=True)  # newest, then title
    last = months[-1]
    assert last.label == "Date unknown" and last.article_ids[0] == undated.id
    titles = [articles[aid].meta.title.casefold() for aid in last.article_ids]
    assert titles == sorted(titles)


def test_a_large_sources_index_lists_the_newest_and_a_page_per_month_and_letter(
        seed_config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.render.pages as pages_module

    small = generate(seed_config, write=False).pages
    assert not any(p.startswith(("sources/month/", "sources/title/")) for p in small)
    assert small["sources/index.md"].count("](") >= 5  # every source on the index itself
    monkeypatch.setattr(pages_module, "SOURCES_ON_INDEX", 2)
    result = generate(seed_config, write=False)
    pages, articles = result.pages, {a.id: a for a in result.digest.articles}
    index = pages["sources/index.md"]
    shelves = sorted(p for p in pages if p.startswith(("sources/month/", "sources/title/")))
    assert shelves and all(f"]({p[len('sources/'):]})" in index for p in shelves)
    listed: list[str] = []
    for path in shelves:
        ids = re.findall(r"^\| .+? \| \[.+?\]\(\.\./([^)/]+)\.md\)", pages[path], re.M)
        assert ids, path
        listed += ids
        if path.startswith("sources/month/"):
            assert {articles[i].meta.date[:7] for i in ids} == {path[len("sources/month/"):-3]}
            dates = [articles[i].meta.date for i in ids]
            assert dates == sorted(dates, reverse=True)
        else:
            assert all(not articles[i].meta.date for i in ids)
            titles = [articles[i].meta.title.casefold() for i in ids]
            assert titles == sorted(titles)
    assert sorted(listed) == sorted(articles)  # every source on exactly one page
    # A shelf says nothing of the corpus as a whole: one more source elsewhere leaves it as it is.
    assert all(f"{len(articles)} sources" not in pages[p] for p in shelves)
    assert all("../../topics/" not in pages[p] for p in shelves)  # nor of the topics, which move with it
    dated = [a for a in articles.values() if a.meta.date]
    newest = index.split("## Newest", 1)[1].split("##", 1)[0] if dated else ""
    assert len(re.findall(r"^\| ", newest, re.M)) == min(len(dated), pages_module.NEWEST_ON_INDEX) + (1 if dated else 0)
    # The built site resolves every link (MkDocs --strict), with an mkdocs.yml from before these pages.
    from generator.cli import main

    dest = copy_project(tmp_path)
    mkdocs_yml = (dest / "mkdocs.yml").read_text()
    assert "  /sources/month/*.md\n  /sources/title/*.md\n" in mkdocs_yml
    (dest / "mkdocs.yml").write_text(mkdocs_yml.replace("  /sources/month/*.md\n  /sources/title/*.md\n", ""))
    assert main(["--root", str(dest), "-q", "build", "--strict"]) == 0
    first = shelves[0][:-3]
    html = (dest / "site" / first / "index.html").read_text()
    assert html.count('href="../../') >= 2 and "Sources" in html
    table = html.split("<table>", 1)[1].split("</table>", 1)[0]  # a table, not rows run into a paragraph
    assert table.count("<tr>") == 1 + len(re.findall(r"^\| .+? \| \[", pages[shelves[0]], re.M))


def test_a_topic_with_an_archive_draws_its_evidence_from_the_sources_it_lists(seed_config: Config) -> None:
    full = generate(seed_config, write=False).pages["topics/us-turkey-relations.md"]
    config = replace(seed_config, settings=replace(seed_config.settings, topic_sources=2))
    page = generate(config, write=False).pages["topics/us-turkey-relations.md"]
    listed = re.findall(r"^### .+\n\n.*\[the whole source\]\(\.\./sources/([^)]+)\.md\)",
                        page.split("## Sources", 1)[1], re.M)
    assert len(listed) == 2
    evidence = page.split("## Evidence", 1)[1].split("## Related topics", 1)[0]
    assert "Drawn from the 2 sources listed above" in evidence and "[the archive](archive/us-turkey-relations.md)" in evidence
    cited = set(re.findall(r"\.\./sources/([^)#]+)\.md", evidence))
    assert cited and cited <= set(listed), cited - set(listed)
    everything = set(re.findall(r"\.\./sources/([^)#]+)\.md", full.split("## Evidence", 1)[1]))
    assert everything - set(listed), "the whole topic's evidence cites more sources than the two listed"
    assert "Drawn from" not in full
    # The top of the page still counts every source.
    top = re.search(r"^\*\*As of .+ · 5 sources.*$", page, re.M)
    assert top is not None and top.group() in full
