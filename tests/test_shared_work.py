"""Work shared between stages for speed gives the same results as each stage working alone."""

from __future__ import annotations

from generator.analyse.stories import _aligned, _postings, _prepare, find_stories
from generator.analyse.summarize import overview, summarize_for_topic
from generator.analyse.text import content_word, content_words
from generator.analyse.topics import compile_topic, given_hits, match_all, sentence_hits, sentence_words
from generator.config import TopicDef
from tests.test_summarize import make

ARTICLES = (
    make("a", "The council approved the new bridge on Monday. Builders start in June. The mayor's office said "
              "the bridge will cost 40 million dollars. Residents welcomed the plan."),
    make("b", "A new bridge was approved by the council. The mayor said building starts in June. The bridge "
              "costs 40 million dollars, the mayor's office said. Some residents objected."),
    make("c", "The football team won the cup final. The striker scored twice. Fans celebrated in the square."),
)
TOPICS = (
    TopicDef("city", "City", "Council and building.", ("council", "bridge", "city hall"), min_sentences=1, expand=5),
    TopicDef("sport", "Sport", "Matches.", ("team", "cup"), min_sentences=1),
)


def test_content_word_is_content_words_of_one_word() -> None:
    for w in ("Bridges", "the", "mayor's", "Council’s", "a", "40", "talks", "killed"):
        found = content_words(w)
        assert content_word(w) == (found[0] if found else None)


def test_kept_postings_align_alike() -> None:
    _, _, vectors = _prepare(ARTICLES)
    a, b = vectors["a"], vectors["b"]
    assert _aligned(a, b, (_postings(a), _postings(b))) == _aligned(a, b)
    assert _aligned(b, a, (_postings(b), _postings(a))) == _aligned(b, a)


def test_shared_stems_change_nothing() -> None:
    stems = {a.id: [content_words(s.text) for s in a.sentences] for a in ARTICLES}
    assert find_stories(ARTICLES, stems) == find_stories(ARTICLES)
    assert match_all(TOPICS, ARTICLES, stems) == match_all(TOPICS, ARTICLES)
    relevance = {a.id: {s.index: 1.0 for s in a.sentences} for a in ARTICLES}
    assert (overview(ARTICLES, relevance, 3, stems=stems) == overview(ARTICLES, relevance, 3))
    assert (summarize_for_topic(ARTICLES[0], relevance["a"], 1, 2, stems["a"])
            == summarize_for_topic(ARTICLES[0], relevance["a"], 1, 2))


def test_given_hits_are_sentence_hits() -> None:
    written = {a.id: [sentence_words(s.text) for s in a.sentences] for a in ARTICLES}
    for t in TOPICS:
        c = compile_topic(t)
        found = given_hits(c, ARTICLES, written)
        for a in ARTICLES:
            for s in a.sentences:
                assert found.get(a.id, {}).get(s.index, ()) == sentence_hits(c, s.text)
