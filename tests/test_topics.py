"""Topic assignment: given terms, terms learnt from the corpus, and the evidence kept."""

from __future__ import annotations

from dataclasses import replace

from benchmarks.topics import MAX_TERMS, assign, f1_table, load_topics
from generator.analyse.topics import compile_topic, expand_topics, match_all, match_article, sentence_hits
from generator.config import Config, TopicDef
from generator.pipeline import Generated
from tests.test_summarize import make

SPORT = TopicDef("sport", "Sport", "Matches and players.", ("match", "team"), min_sentences=1, expand=20)
MONEY = TopicDef("money", "Money", "Companies and markets.", ("company", "market"), min_sentences=1, expand=20)

CORPUS = [
    make(f"s{i}", f"The team won the match {i} to nil. The striker scored twice and the goalkeeper saved a penalty. "
                  "The striker was injured in the second half. Fans sang for the goalkeeper.")
    for i in range(4)
] + [
    make(f"m{i}", f"The company raised its profit forecast by {i} per cent. Investors bought shares and the "
                  "shares rose. Shares in rivals fell as investors sold. Profit grew on strong sales.")
    for i in range(4)
] + [
    make("x", "The striker and the goalkeeper were injured before the penalty. Fans sang."),  # no given term
]


def test_sentence_hits_and_requires() -> None:
    topic = compile_topic(TopicDef("t", "T", "d", ("Turkey",), requires_any=("US",)))
    assert sentence_hits(topic, "Turkey and the US met.") == ("Turkey", "US")
    assert sentence_hits(topic, "Turkey met Iran.") == ()
    assert sentence_hits(topic, "us and Turkey") == ()  # capitals match exactly


def test_corpus_expansion_learns_words_and_keeps_evidence() -> None:
    sport, money = expand_topics([compile_topic(SPORT), compile_topic(MONEY)], CORPUS)
    assert "goalkeeper" in dict(sport.learnt) and "striker" in dict(sport.learnt)
    assert "investor" in dict(money.learnt) and "goalkeeper" not in dict(money.learnt)
    # an article without any given term now joins through the learnt words, and says why
    m = match_article(sport, CORPUS[-1])
    assert m is not None
    assert {t.term for t in m.terms} >= {"goalkeeper", "striker"}
    assert m.sentence_scores and all(v >= 1.0 for _, v in m.sentence_scores)
    assert match_article(compile_topic(SPORT), CORPUS[-1]) is None  # without learning: no match


def test_without_expand_nothing_is_learnt() -> None:
    plain = replace(SPORT, expand=0)
    (compiled,) = expand_topics([compile_topic(plain)], CORPUS)
    assert compiled.learnt == ()


def test_assign_and_macro_f1() -> None:
    predicted, _ = assign([SPORT, MONEY], CORPUS[:-1])
    gold = ["sport"] * 4 + ["money"] * 4
    assert predicted == gold
    assert f1_table(gold, predicted)["macro"]["f1"] == 1.0


def test_bbc_topics_file_is_valid() -> None:
    topics = load_topics()
    assert {t.id for t in topics} == {"business", "entertainment", "politics", "sport", "tech"}
    assert all(1 <= len(t.terms) <= MAX_TERMS and t.description for t in topics)


def test_seed_topics(seed_config: Config, seed_generated: Generated) -> None:
    on: dict[str, set[str]] = {}
    for m in seed_generated.digest.matches:
        on.setdefault(m.topic_id, set()).add(m.article_id[:3])
    assert on["us-turkey-relations"] == {"000", "001", "002", "003", "004"}
    assert {"000", "001"} <= on["russia-exports"] and "002" not in on["russia-exports"]
    assert {"002", "003", "004"} <= on["gaza-ceasefire"] and not {"000", "001"} & on["gaza-ceasefire"]
    assert match_all(seed_config.topics, seed_generated.digest.articles) == seed_generated.digest.matches


def test_a_long_article_does_not_join_on_a_passing_mention() -> None:
    topic = compile_topic(TopicDef("air", "Air travel", "Airports.", ("airport",), min_sentences=1))
    filler = " ".join(f"Photo {i} shows a red carpet guest in a long gown." for i in range(40))
    gallery = make("g", "One guest flew in through the airport at dawn. " + filler)
    report = make("r", "The airport closed a runway. Flights were delayed. The airport reopened at noon. "
                       "Passengers waited for hours.")
    assert match_article(topic, gallery) is None
    assert match_article(topic, gallery, min_share=0.0) is not None  # the rule, not the terms, keeps it out
    m = match_article(topic, report)
    assert m is not None and [i for i, _ in m.sentence_scores] == [0, 2]


def test_matches_are_taken_from_the_last_build_only_where_their_inputs_are_the_same() -> None:
    """With a memo, topic matching (expansion rounds included) reuses each match the last build
    made from the same topic, text and weights of the learnt words the article has; one more
    article reuses most of them, and the matches are always those made without the memo."""
    from generator.analyse.topics import Matcher
    from generator.models import Memo

    topics = (SPORT, MONEY)
    corpus = tuple(CORPUS[:-1])
    fresh = match_all(topics, corpus)
    first = Memo()
    assert match_all(topics, corpus, matcher=Matcher(first)) == fresh
    calls = first.reused + len(first.now)  # a call made twice in one build (same inputs) is made once
    again = Memo(before=dict(first.now))
    assert match_all(topics, corpus, matcher=Matcher(again)) == fresh
    assert again.reused == calls and again.now == first.now  # every match of every round taken, none made
    grown = (*corpus, CORPUS[-1])
    more = Memo(before=dict(again.now))
    assert match_all(topics, grown, matcher=Matcher(more)) == match_all(topics, grown)
    assert 0 < more.reused < len(more.now)
    # A kept value of the wrong shape is made again, never trusted.
    broken = Memo(before={k: ["not", "a", "match"] for k in first.now})
    assert match_all(topics, corpus, matcher=Matcher(broken)) == fresh and broken.reused == first.reused
