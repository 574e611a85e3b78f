"""Same-story groups on the seeds: who is grouped, independent origins, what each source adds,
and ids that stay put when an unrelated article arrives."""

from __future__ import annotations

from generator.analyse.stories import find_stories
from generator.pipeline import Generated

from ._tiny import tiny

A000, A001, A002, A003, A004 = ("000_8ac4934ad0f0b599", "001_0c4358038d950f96", "002_9bead7feb380e395",
                                "003_0fd4dcf16330c07a", "004_db8ebea197603826")


def _story(gen: Generated, member: str):
    return next(g for g in gen.digest.stories if member in g.article_ids)


def test_seed_groups(seed_generated: Generated) -> None:
    groups = {g.article_ids for g in seed_generated.digest.stories}
    assert groups == {(A000, A001), (A003, A004)}  # 002 is a different visit: not merged


def test_a_rewrite_is_one_independent_origin(seed_generated: Generated) -> None:
    g = _story(seed_generated, A000)
    assert len(g.article_ids) == 2 and len(g.origins) == 1
    assert g.origin_evidence and g.origin_evidence[0][:2] == (A000, A001)


def test_what_each_source_adds(seed_generated: Generated) -> None:
    g = _story(seed_generated, A003)
    adds = {s.article_id: s.sentences for s in g.adds}
    art = {a.id: a for a in seed_generated.digest.articles}
    text004 = [art[A004].sentences[i].text for i in adds[A004]]
    text003 = [art[A003].sentences[i].text for i in adds[A003]]
    assert any("international mechanism to observe the ceasefire" in t for t in text004)
    assert any("protested outside an airbase" in t for t in text004)
    assert any("sanctions against Turkish entities linked to Russia" in t for t in text003)
    # A sentence both sources carry is not an addition of either.
    assert not any("follows strained meetings with Arab leaders" in t for t in text003)


def test_story_page_links_what_each_adds(seed_generated: Generated) -> None:
    page = seed_generated.pages[f"stories/story-{A003}.md"]
    assert "**2 sources, 1 independent origin.**" in page
    assert f"](../sources/{A004}.md#s6)" in page and f"](../sources/{A003}.md#s17)" in page
    index = seed_generated.pages["stories/index.md"]
    assert f"](story-{A000}.md)" in index


def test_story_ids_survive_an_unrelated_article(seed_generated: Generated) -> None:
    before = {g.id: g.article_ids for g in seed_generated.digest.stories}
    extra = tiny("Fishermen in Cornwall landed a record catch of mackerel this week. The harbour was busy.\n",
                 path="000_aaa_extra.txt")
    after = {g.id: g.article_ids for g in find_stories((extra, *seed_generated.digest.articles))}
    assert after == before


def test_near_copy_groups_and_different_stories_do_not() -> None:
    base = ("The city council approved a new budget for the harbour on Tuesday. "
            "The budget doubles spending on flood defences along the river. "
            "Councillors voted 30 to 12 in favour after a long debate. "
            "The mayor said the money would protect hundreds of homes.\n")
    copy = tiny(base, "b.txt")
    other = tiny("A new bakery opened in the old railway station. Its owner trained in Lyon for ten years. "
                 "Queues formed before dawn on the first morning. Bread sold out by noon.\n", "c.txt")
    groups = find_stories((tiny(base, "a.txt"), copy, other))
    assert [g.article_ids for g in groups] == [("a", "b")]


def test_a_reworded_sentence_is_not_an_addition(seed_generated: Generated) -> None:
    g = _story(seed_generated, A000)
    adds = {s.article_id: s.sentences for s in g.adds}
    art = {a.id: a for a in seed_generated.digest.articles}
    text000 = [art[A000].sentences[i].text for i in adds[A000]]
    # 001 words Flake's appeal differently ("We ask all of our allies that have any relations
    # with Iran to prevail on them…"): the same content, so not something 000 adds.
    assert not any("We are asking all of our allies" in t for t in text000)
    assert not any("Relations between the United States and Turkey have been strained" in t for t in text000)
    # …while what only 000 reports stays.
    assert any("Ambassador Jeff Flake made the comments as the region braces" in t for t in text000)
