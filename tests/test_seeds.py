"""What a reader expects from the five seed articles."""

from __future__ import annotations

import re

from generator.pipeline import Generated

from .conftest import ROOT

S0, S1, S2, S3, S4 = (
    "000_8ac4934ad0f0b599", "001_0c4358038d950f96", "002_9bead7feb380e395",
    "003_0fd4dcf16330c07a", "004_db8ebea197603826",
)
BOILERPLATE = (
    "Leave a Reply", "Similar Posts", "Original Source", "Check out our Latest News",
    "Your email address will not be published", "Subscribe to the Jerusalem Post newsletter",
    "Stay informed about the latest news", "Handout via REUTERS", "Murat Cetinmuhurdar",
    "The State of US-Turkey Relations", "Required fields are marked",
)


def members(g: Generated, topic: str) -> set[str]:
    return {m.article_id for m in g.digest.matches if m.topic_id == topic}


def test_topic_memberships(seed_generated: Generated) -> None:
    assert members(seed_generated, "us-turkey-relations") == {S0, S1, S2, S3, S4}
    assert members(seed_generated, "russia-exports") == {S0, S1}
    assert members(seed_generated, "gaza-ceasefire") == {S2, S3, S4}


def test_same_story_groups(seed_generated: Generated) -> None:
    groups = {frozenset(g.article_ids) for g in seed_generated.digest.stories}
    assert frozenset({S0, S1}) in groups
    assert frozenset({S3, S4}) in groups
    assert not any(S2 in g for g in groups), "002 is a later visit, not the same story as 003/004"


def test_no_boilerplate_on_any_page(seed_generated: Generated) -> None:
    for path, text in seed_generated.pages.items():
        if not path.endswith(".md"):
            continue
        for junk in BOILERPLATE:
            assert junk not in text, f"{junk!r} on {path}"


def test_removed_junk_is_reported_per_article(seed_generated: Generated) -> None:
    removed = {a.id: {r.kind for r in a.removed} for a in seed_generated.digest.articles}
    assert removed[S0] == {"inline-subhead", "newsletter-prompt", "photo-caption"}
    assert {"comment-footer", "promo"} <= removed[S2]
    assert removed[S3] == {"byline"}
    # Each source page says what was removed from it; the report gives the totals, a line per kind.
    cleaned = [line for line in seed_generated.pages[f"sources/{S0}.md"].splitlines() if line.startswith("| Cleaned |")]
    assert cleaned == ["| Cleaned | inline-subhead ×1, newsletter-prompt ×1, photo-caption ×1 |"]
    assert "| Cleaned | byline ×1 |" in seed_generated.pages[f"sources/{S3}.md"]
    report = seed_generated.pages["report.md"]
    assert "| photo-caption | 1 | 1 |" in report and "| comment-footer | 1 | 4 |" in report
    assert "Page junk was removed from 3 of the 5 articles." in report
    assert f"sources/{S0}.md" not in report.split("## Cleaning", 1)[1]  # no row per article


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_every_summary_sentence_is_verbatim_from_its_source(seed_generated: Generated) -> None:
    digest = seed_generated.digest
    checked = 0
    for td in digest.topics:
        refs = [(s.article_id, i) for s in td.sources for i in s.sentences]
        refs += [(r.article_id, r.index) for r in td.overview]
        for article_id, index in refs:
            article = digest.article(article_id)
            source = _normalise((ROOT / "articles" / article.source_path).read_text(encoding="utf-8"))
            assert _normalise(article.sentences[index].text) in source
            checked += 1
    assert checked >= 20


def test_summaries_are_two_to_four_sentences_in_original_order(seed_generated: Generated) -> None:
    for td in seed_generated.digest.topics:
        for s in td.sources:
            assert 2 <= len(s.sentences) <= 4
            assert list(s.sentences) == sorted(s.sentences)


def test_per_source_sections_are_ordered_by_relevance(seed_generated: Generated) -> None:
    for td in seed_generated.digest.topics:
        scores = [s.score for s in td.sources]
        assert scores == sorted(scores, reverse=True)
        page = seed_generated.pages[f"topics/{td.topic_id}.md"]
        positions = [page.index(f"[the whole source](../sources/{s.article_id}.md)") for s in td.sources]
        assert positions == sorted(positions)


def test_overview_has_no_two_sentences_alike_and_credits_sources(seed_generated: Generated) -> None:
    from generator.analyse.text import content_words, jaccard

    for td in seed_generated.digest.topics:
        texts = [seed_generated.digest.article(r.article_id).sentences[r.index].text for r in td.overview]
        assert len(texts) >= 2
        for i, a in enumerate(texts):
            for b in texts[i + 1:]:
                assert jaccard(content_words(a), content_words(b)) < 0.5, (a, b)
        page = seed_generated.pages[f"topics/{td.topic_id}.md"]
        # The bottom line (above the topic's description) is drawn from the overview, each line
        # crediting its source with a link.
        top = page.split("??? abstract", 1)[0]
        lines = [ln for ln in top.splitlines() if ln.startswith("- ")]
        assert 2 <= len(lines) <= 5 and all("](../sources/" in ln for ln in lines)


def test_metadata_is_known_or_shown_unknown(seed_generated: Generated) -> None:
    meta = {a.id: a.meta for a in seed_generated.digest.articles}
    assert meta[S0].date == "2024-08-13" and meta[S0].outlet == "The Jerusalem Post" and meta[S0].title_derived
    assert meta[S1].title_derived and meta[S1].outlet is None and meta[S1].date is None
    assert meta[S2].title == "US diplomat Blinken meets Turkey’s Erdogan, kicking off Gaza diplomacy tour"
    assert meta[S2].outlet == "Al Jazeera" and not meta[S2].title_derived
    assert meta[S3].outlet == "ICARO Media Group"
    assert meta[S4].outlet is None
    page = seed_generated.pages[f"sources/{S1}.md"]
    assert "*outlet unknown*" in page and "*date unknown*" in page and "derived from the text" in page


def test_pages_link_topics_sources_and_same_story(seed_generated: Generated) -> None:
    pages = seed_generated.pages
    src = pages[f"sources/{S0}.md"]
    assert "](../topics/us-turkey-relations.md)" in src and "](../topics/russia-exports.md)" in src
    assert f"]({S1}.md)" in src  # same story
    topic = pages["topics/gaza-ceasefire.md"]
    assert "## Related topics" in topic and "](us-turkey-relations.md): 3 sources" in topic
    assert "### Stories told by several sources" in topic
    home = pages["index.md"]
    for t in ("us-turkey-relations", "gaza-ceasefire", "russia-exports"):
        assert f"](topics/{t}.md)" in home
    assert "- **[Russia exports](topics/russia-exports.md)** · 2 sources" in home


def test_navigation_lists_topics_not_sources(seed_generated: Generated) -> None:
    import yaml

    nav = yaml.safe_load(seed_generated.pages[".briefing/nav.yml"])
    flat = repr(nav)
    assert "topics/us-turkey-relations.md" in flat and "sources/index.md" in flat
    assert not re.search(r"sources/0\d\d_", flat)


def test_generation_is_deterministic(seed_config) -> None:
    from generator.pipeline import generate

    first = generate(seed_config, write=False).pages
    second = generate(seed_config, write=False).pages
    assert first == second


def test_home_gists_read_on_their_own(seed_generated: Generated) -> None:
    home = seed_generated.pages["index.md"]
    lines = home.splitlines()
    # each topic: "- **[Title](topics/…)** · N sources", a blank line, then the gist indented under it
    rows = [lines[i + 2] for i, line in enumerate(lines) if line.startswith("- **[") and "](topics/" in line]
    assert len(rows) == 3
    for row in rows:
        assert row.startswith("    "), row
        gist = row.strip()
        # The sentence is plain text, then a small link to its place in the source.
        assert not gist.startswith("[") and "](sources/" in gist
        assert gist[0] not in "“\"'‘", row  # a bare quotation does not tell what the topic is about
        assert not re.match(r"(He|She|They|It|This|But|And)\b", gist), row
