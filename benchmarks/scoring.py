"""ROUGE F1 (the ``rouge-score`` package, stemming on), scored in worker processes."""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

METRICS = ("rouge1", "rouge2", "rougeL")
_scorer = None


def _score_one(pair: tuple[str, str]) -> tuple[float, ...]:
    global _scorer
    if _scorer is None:
        from rouge_score import rouge_scorer

        _scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    reference, summary = pair
    scores = _scorer.score(reference, summary)
    return tuple(scores[m].fmeasure for m in METRICS)


def rouge(pairs: Sequence[tuple[str, str]], workers: int | None = None) -> list[tuple[float, ...]]:
    """ROUGE-1, ROUGE-2 and ROUGE-L F1 of each (reference, summary) pair, in order."""
    workers = workers or min(2, os.cpu_count() or 1)
    if workers <= 1 or len(pairs) < 50:
        return [_score_one(p) for p in pairs]
    with ProcessPoolExecutor(workers) as pool:
        return list(pool.map(_score_one, pairs, chunksize=32))


def mean_scores(scores: Sequence[tuple[float, ...]]) -> tuple[float, ...]:
    """Mean of each metric, in points (0–100)."""
    n = len(scores) or 1
    return tuple(100 * sum(s[i] for s in scores) / n for i in range(len(METRICS)))
