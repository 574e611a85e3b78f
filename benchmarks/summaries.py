"""Summaries benchmark: our summarizer against lead, LexRank and TextRank, side by side.

    python -m benchmarks.summaries [--multi-news DIR] [--bbc DIR] [--limit N] [--json]

Multi-News: a summary across each cluster's articles (the topic overview's generic mode, no
topic given), sentences taken in each system's order until 250 words (the last one cut),
against the editor's summary. BBC: one summary per article at 3 sentences and at the
reference's sentence count. ROUGE-1/2/L F1 (``rouge-score``, stemming on) and milliseconds
per cluster or article. Every system chooses among the same sentences (our cleaning and
splitting). Needs the ``bench`` extra: ``pip install -e '.[bench]'``.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from generator.analyse.summarize import WITHIN, quality, repeats, standalone_penalty, summarize
from generator.analyse.text import content_words
from generator.models import Article, SentenceRef

from .data import BBC, MULTI_NEWS, BbcItem, Cluster, load_bbc, load_multi_news, missing
from .peers import SumyRanker, lead
from .scoring import mean_scores, rouge

WORD_BUDGET = 250
Ranker = Callable[[Sequence[Article]], Sequence[SentenceRef]]


@dataclass(frozen=True)
class Row:
    """One system on one task: mean ROUGE F1 in points and mean milliseconds per item."""

    task: str
    system: str
    rouge1: float
    rouge2: float
    rougeL: float
    ms: float
    items: int
    repeats: float = 0.0  # % of summaries with two sentences saying the same thing
    dangling: float = 0.0  # % of sentences leaning on a neighbour the summary does not show
    junk: float = 0.0  # % of sentences that are page junk or fragments


def _texts(articles: Sequence[Article]) -> dict[tuple[str, int], str]:
    return {(a.id, s.index): s.text for a in articles for s in a.sentences}


def readability(summaries: Sequence[Sequence[SentenceRef]], texts: Sequence[dict[tuple[str, int], str]]
                ) -> tuple[float, float, float]:
    """How a reader would find the summaries: (% with a repeated point, % of sentences that
    start by leaning on a sentence not shown just before them, % of sentences that are junk).

    The rules are the ones our summarizer avoids (``repeats`` with the within-article
    thresholds, the dangling openers, ``quality``), so ours scores low by construction; the
    figures show how often each peer trips on them.
    """
    with_repeat = sentences = dangling = junk = 0
    for refs, text in zip(summaries, texts):
        words = [content_words(text[r.article_id, r.index]) for r in refs]
        if any(repeats(a, b, WITHIN) for i, a in enumerate(words) for b in words[i + 1:]):
            with_repeat += 1
        for k, r in enumerate(refs):
            sentences += 1
            sentence = text[r.article_id, r.index]
            before = refs[k - 1] if k else None
            if standalone_penalty(sentence) < 1.0 and before != SentenceRef(r.article_id, r.index - 1):
                dangling += 1
            if quality(sentence) == 0.0:
                junk += 1
    n = max(len(summaries), 1)
    return 100 * with_repeat / n, 100 * dangling / max(sentences, 1), 100 * junk / max(sentences, 1)


def within_budget(ranked: Sequence[SentenceRef], text: dict[tuple[str, int], str], budget: int) -> list[SentenceRef]:
    """The ranked sentences a reader sees under a word budget."""
    out: list[SentenceRef] = []
    used = 0
    for r in ranked:
        if used >= budget:
            break
        out.append(r)
        used += len(text[r.article_id, r.index].split())
    return out


def cut_to_words(sentences: Sequence[str], budget: int) -> str:
    """Sentences in order until ``budget`` words; the last one is cut at the budget."""
    out: list[str] = []
    for s in sentences:
        words = s.split()
        room = budget - sum(len(x.split()) for x in out)
        if room <= 0:
            break
        out.append(" ".join(words[:room]))
    return " ".join(out)


def peers() -> dict[str, Ranker]:
    return {"lead": lead, "LexRank (sumy)": SumyRanker("lexrank"), "TextRank (sumy)": SumyRanker("textrank")}


def run_multi_news(clusters: Sequence[Cluster]) -> list[Row]:
    systems: dict[str, Callable[[Sequence[Article]], Sequence[SentenceRef]]] = {
        "ours": lambda arts: summarize(arts, max_words=WORD_BUDGET), **peers()}
    rows = []
    for name, system in systems.items():
        pairs, elapsed = [], 0.0
        shown, texts = [], []
        for c in clusters:
            start = time.perf_counter()
            ranked = system(c.articles)
            elapsed += time.perf_counter() - start
            text = _texts(c.articles)
            pairs.append((c.reference, cut_to_words([text[r.article_id, r.index] for r in ranked], WORD_BUDGET)))
            shown.append(within_budget(ranked, text, WORD_BUDGET))
            texts.append(text)
        r1, r2, rl = mean_scores(rouge(pairs))
        rows.append(Row("Multi-News, 250 words", name, r1, r2, rl, 1000 * elapsed / max(len(clusters), 1),
                        len(clusters), *readability(shown, texts)))
    return rows


def run_bbc(items: Sequence[BbcItem]) -> list[Row]:
    budgets: dict[str, Callable[[BbcItem], int]] = {
        "3 sentences": lambda it: 3,
        "reference length": lambda it: len(it.reference),
    }
    systems: dict[str, Ranker] = {**peers()}
    rows = []
    # ours: one call per budget (the budget shapes what it picks)
    for label, k in budgets.items():
        pairs, elapsed = [], 0.0
        shown, texts = [], []
        for it in items:
            start = time.perf_counter()
            chosen = summarize([it.article], max_sentences=k(it))
            elapsed += time.perf_counter() - start
            text = _texts([it.article])
            pairs.append((" ".join(it.reference), " ".join(text[r.article_id, r.index] for r in chosen)))
            shown.append(list(chosen))
            texts.append(text)
        r1, r2, rl = mean_scores(rouge(pairs))
        rows.append(Row(f"BBC, {label}", "ours", r1, r2, rl, 1000 * elapsed / max(len(items), 1), len(items),
                        *readability(shown, texts)))
    # peers: one ranking per article, cut at each budget
    for name, system in systems.items():
        ranked_all, elapsed = [], 0.0
        for it in items:
            start = time.perf_counter()
            ranked_all.append(list(system([it.article])))
            elapsed += time.perf_counter() - start
        for label, k in budgets.items():
            pairs = []
            shown, texts = [], []
            for it, ranked in zip(items, ranked_all):
                text = _texts([it.article])
                pairs.append((" ".join(it.reference), " ".join(text[r.article_id, r.index] for r in ranked[:k(it)])))
                shown.append(ranked[:k(it)])
                texts.append(text)
            r1, r2, rl = mean_scores(rouge(pairs))
            rows.append(Row(f"BBC, {label}", name, r1, r2, rl, 1000 * elapsed / max(len(items), 1), len(items),
                            *readability(shown, texts)))
    order = {"ours": 0, "lead": 1, "LexRank (sumy)": 2, "TextRank (sumy)": 3}
    return sorted(rows, key=lambda r: (r.task, order.get(r.system, 9)))


def table(rows: Sequence[Row]) -> str:
    """The results as a Markdown table."""
    lines = ["| Task | System | ROUGE-1 | ROUGE-2 | ROUGE-L | ms per item | % with a repeat | % dangling | % junk |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r.task} | {r.system} | {r.rouge1:.2f} | {r.rouge2:.2f} | {r.rougeL:.2f} | {r.ms:.1f} "
                     f"| {r.repeats:.1f} | {r.dangling:.1f} | {r.junk:.1f} |")
    return "\n".join(lines)


def machine() -> str:
    import os

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()}, {cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.summaries", description=__doc__.split("\n\n")[0])
    parser.add_argument("--multi-news", type=Path, default=MULTI_NEWS, help="Multi-News folder (cluster_*/)")
    parser.add_argument("--bbc", type=Path, default=BBC, help="BBC News Summary folder (articles/, summaries/)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N clusters / N articles per category")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    for folder in (args.multi_news, args.bbc):
        if (why := missing(folder)) is not None:
            print(f"skipped: {why}", file=sys.stderr)
            return 2
    started = time.perf_counter()
    rows = run_multi_news(load_multi_news(args.multi_news, args.limit))
    rows += run_bbc(load_bbc(args.bbc, args.limit))
    seconds = time.perf_counter() - started
    if args.json:
        print(json.dumps({"rows": [asdict(r) for r in rows], "machine": machine(), "seconds": round(seconds, 1)},
                         indent=1))
    else:
        print(table(rows))
        print(f"\n{machine()}; {seconds:.0f} s in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
