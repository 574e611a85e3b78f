"""The benchmarks run end to end on a handful of items, so they cannot rot.

Skipped with the reason when ../shared/eval is missing; needs the ``bench`` extra (sumy,
rouge-score), which the ``test`` extra includes. sumy runs on our sentences and word
tokenizer, so it needs no NLTK data and no network.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import shared_or_skip


def test_summaries_benchmark_on_a_few_items(capsys: pytest.CaptureFixture[str]) -> None:
    multi_news = shared_or_skip("eval", "multi-news-validation")
    bbc = shared_or_skip("eval", "bbc-news-summary")
    pytest.importorskip("sumy")
    pytest.importorskip("rouge_score")
    from benchmarks.summaries import main

    assert main(["--multi-news", str(multi_news), "--bbc", str(bbc), "--limit", "2", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    rows = {(r["task"], r["system"]): r for r in result["rows"]}
    tasks = {"Multi-News, 250 words", "BBC, 3 sentences", "BBC, reference length"}
    systems = {"ours", "lead", "LexRank (sumy)", "TextRank (sumy)"}
    assert set(rows) == {(t, s) for t in tasks for s in systems}
    for r in rows.values():
        assert 0 < r["rouge2"] <= r["rouge1"] <= 100 and r["ms"] >= 0
        assert 0 <= r["repeats"] <= 100 and 0 <= r["dangling"] <= 100 and 0 <= r["junk"] <= 100
    assert rows["Multi-News, 250 words", "ours"]["items"] == 2
    assert rows["BBC, 3 sentences", "ours"]["items"] == 10


def test_topics_benchmark_on_a_few_items(capsys: pytest.CaptureFixture[str]) -> None:
    bbc = shared_or_skip("eval", "bbc-news-summary")
    from benchmarks.topics import main

    assert main(["--bbc", str(bbc), "--limit", "8", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["scores"]["macro"]["articles"] == 40
    assert 0 <= result["scores"]["macro"]["f1"] <= 1
    assert set(result["learnt_terms"]) == {"business", "entertainment", "politics", "sport", "tech"}


def test_sumy_peer_runs_offline_on_our_sentences() -> None:
    pytest.importorskip("sumy")
    from benchmarks.peers import SumyRanker, lead
    from tests.test_summarize import STORY_A, STORY_B

    for name in ("lexrank", "textrank"):
        ranked = SumyRanker(name)([STORY_A, STORY_B])
        assert sorted((r.article_id, r.index) for r in ranked) == sorted(
            (a.id, s.index) for a in (STORY_A, STORY_B) for s in a.sentences)
    assert [(r.article_id, r.index) for r in lead([STORY_A, STORY_B])][:3] == [("a", 0), ("b", 0), ("a", 1)]


def test_readability_measures_catch_repeats_dangling_and_junk() -> None:
    from benchmarks.summaries import readability
    from generator.models import SentenceRef

    text = {("a", 0): "The council approved the harbour budget on Tuesday after a long debate.",
            ("a", 1): "He said the vote was close.",
            ("b", 0): "The council approved the harbour budget on Tuesday after a long debate.",
            ("b", 1): "Click here to subscribe to our newsletter."}
    clean = [SentenceRef("a", 0), SentenceRef("a", 1)]  # "He said" follows its antecedent
    messy = [SentenceRef("a", 0), SentenceRef("b", 0), SentenceRef("a", 1), SentenceRef("b", 1)]
    assert readability([clean], [text]) == (0.0, 0.0, 0.0)
    repeats, dangling, junk = readability([messy], [text])
    assert repeats == 100.0 and dangling == 25.0 and junk == 25.0
