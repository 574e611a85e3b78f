"""Summaries: verbatim sentences, no junk, no repeats, no dangling "He said…", both modes."""

from __future__ import annotations

from generator.analyse.summarize import overview, quality, repeats, summarize, summarize_article, summarize_for_topic
from generator.analyse.text import content_words
from generator.clean.sentences import split_sentences
from generator.models import Article, Metadata, Sentence
from generator.pipeline import Generated


def make(aid: str, text: str) -> Article:
    sentences = tuple(Sentence(i, 0, s) for i, s in enumerate(split_sentences(text)))
    return Article(aid, f"{aid}.txt", Metadata(title=aid, title_derived=True), sentences)


STORY_A = make("a", (
    "The city council approved a new budget for public transport on Tuesday. "
    "Tweet with a location information to your Tweets, such as your city or precise location. "
    "The budget adds two hundred buses and extends the tram line to the airport. "
    "He said the vote was long overdue. "
    "Council members argued about the cost of the tram line for hours. "
    "Click here to sign up for our newsletter."
))
STORY_B = make("b", (
    "The city council approved a new budget for public transport on Tuesday. "
    "Critics say the tram line to the airport will cost far more than planned. "
    "The mayor said the buses would arrive next spring. "
    "Share this article on Facebook."
))


def _texts(*articles: Article) -> dict[tuple[str, int], str]:
    return {(a.id, s.index): s.text for a in articles for s in a.sentences}


def test_generic_overview_is_verbatim_without_junk_or_repeats() -> None:
    refs = overview([STORY_A, STORY_B], None, 5)
    texts = _texts(STORY_A, STORY_B)
    chosen = [texts[r.article_id, r.index] for r in refs]
    assert chosen, "a generic overview chooses something"
    assert all(quality(t) > 0 for t in chosen)
    assert not any("Tweet" in t or "Click here" in t or "Share this" in t for t in chosen)
    assert sum(t.startswith("The city council approved") for t in chosen) == 1  # said by both: once
    for i, x in enumerate(chosen):
        for y in chosen[i + 1:]:
            assert not repeats(content_words(x), content_words(y))


def test_word_budget() -> None:
    refs = summarize([STORY_A, STORY_B], max_words=25)
    texts = _texts(STORY_A, STORY_B)
    words = [len(texts[r.article_id, r.index].split()) for r in refs]
    assert sum(words[:-1]) < 25 <= sum(words) or sum(words) < 25


def test_dangling_sentence_only_after_its_antecedent() -> None:
    texts = _texts(STORY_A)
    for count in range(1, 5):
        refs = summarize([STORY_A], max_sentences=count)
        keys = [(r.article_id, r.index) for r in refs]
        for k in keys:
            if texts[k].startswith("He said"):
                assert (k[0], k[1] - 1) in keys
                assert keys.index((k[0], k[1] - 1)) == keys.index(k) - 1


def test_topic_focused_only_relevant_sentences() -> None:
    relevance = {0: 1.0, 4: 2.0}
    chosen = summarize_for_topic(STORY_A, relevance, 1, 4)
    assert chosen and set(chosen) <= set(relevance)
    assert summarize_article(STORY_A, 2) == tuple(sorted(summarize_article(STORY_A, 2)))


def test_topic_overview_relevant_only() -> None:
    relevance = {"a": {2: 1.0, 4: 1.0}, "b": {1: 1.0}}
    refs = overview([STORY_A, STORY_B], relevance, 4)
    assert {(r.article_id, r.index) for r in refs} <= {("a", 2), ("a", 4), ("b", 1)}


def test_seed_summaries_are_verbatim_and_distinct(seed_generated: Generated) -> None:
    digest = seed_generated.digest
    for td in digest.topics:
        refs = [(s.article_id, i) for s in td.sources for i in s.sentences]
        refs += [(r.article_id, r.index) for r in td.overview]
        for aid, index in refs:
            article = digest.article(aid)
            assert article.sentences[index].index == index  # a real sentence of its source
        texts = [digest.article(r.article_id).sentences[r.index].text for r in td.overview]
        assert len(texts) == len(set(texts))
        for i, x in enumerate(texts):
            for y in texts[i + 1:]:
                assert not repeats(content_words(x), content_words(y))


def test_player_prompts_perks_and_shouting_are_not_summary_sentences() -> None:
    for junk in ("Watch the mayor's speech in the clip above.",
                 "Everyone who donates gets an exclusive poster of the film.",
                 "Make your own eyeliner at home! GET THIS VIDEO TO 100,000 likes!",
                 "Flowing in every day, these data are added to the archive, follow us on Twitter."):
        assert quality(junk) == 0.0, junk
    assert quality("The NATO and EU leaders met in Brussels on Monday.") == 1.0
