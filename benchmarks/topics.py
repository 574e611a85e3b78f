"""Topics benchmark: the five BBC categories as five briefing topics, assigned by our mechanism.

    python -m benchmarks.topics [--bbc DIR] [--topics FILE] [--json]

The topics (``benchmarks/bbc_topics.yml``) have only a title, a description and at most ten
terms each; nothing is learnt from the labels. The corpus may expand each topic's terms
(``expand``), exactly as on the site. Each article goes to the topic that scores it highest
(none when no topic matches); we report precision, recall and F1 per category and macro-F1.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import yaml

from generator.analyse.text import content_words
from generator.analyse.topics import compile_topic, expand_topics, match_article
from generator.config import TopicDef, _validate_topics
from generator.errors import ConfigError
from generator.models import Article

from .data import BBC, load_bbc, missing

TOPICS = Path(__file__).with_name("bbc_topics.yml")
MAX_TERMS = 10


def load_topics(path: Path = TOPICS) -> tuple[TopicDef, ...]:
    """Read and validate a topics file with the site's own schema; at most ten terms each."""
    problems: list = []
    topics = _validate_topics(path.name, yaml.safe_load(path.read_text(encoding="utf-8")), {}, problems)
    if problems:
        raise ConfigError(problems)
    for t in topics:
        if len(t.terms) > MAX_TERMS:
            raise ValueError(f"{path.name}: topic {t.id} has {len(t.terms)} terms, at most {MAX_TERMS} allowed")
    return topics


def assign(topics: Sequence[TopicDef], articles: Sequence[Article]) -> tuple[list[str | None], list]:
    """The best-scoring topic of each article (``None`` when none matches), and the compiled topics."""
    compiled = expand_topics([compile_topic(t) for t in topics], articles)
    out: list[str | None] = []
    for a in articles:
        stems = [content_words(s.text) for s in a.sentences]
        best, best_score = None, 0.0
        for c in compiled:
            m = match_article(c, a, stems)
            if m is not None and m.score > best_score:
                best, best_score = c.topic.id, m.score
        out.append(best)
    return out, compiled


def f1_table(gold: Sequence[str], predicted: Sequence[str | None]) -> dict[str, dict[str, float]]:
    """Precision, recall and F1 per label, and their macro average."""
    labels = sorted(set(gold))
    rows = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, predicted) if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows[label] = {"precision": precision, "recall": recall, "f1": f1, "articles": tp + fn}
    rows["macro"] = {k: sum(rows[label][k] for label in labels) / len(labels)
                     for k in ("precision", "recall", "f1")} | {"articles": len(gold)}
    return rows


def run(folder: Path, topics_file: Path = TOPICS, limit: int | None = None) -> dict:
    """Assign every BBC article; return the scores, the learnt terms and the time taken."""
    started = time.perf_counter()
    items = load_bbc(folder, limit, summaries=False)
    topics = load_topics(topics_file)
    predicted, compiled = assign(topics, [it.article for it in items])
    gold = [it.category for it in items]
    return {
        "scores": f1_table(gold, predicted),
        "unassigned": sum(1 for p in predicted if p is None),
        "learnt_terms": {c.topic.id: [w for w, _ in c.learnt[:15]] for c in compiled},
        "seconds": round(time.perf_counter() - started, 1),
    }


def table(result: dict) -> str:
    lines = ["| Category | Precision | Recall | F1 | Articles |", "|---|---:|---:|---:|---:|"]
    for label, r in result["scores"].items():
        lines.append(f"| {label} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['articles']} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.topics", description=__doc__.split("\n\n")[0])
    parser.add_argument("--bbc", type=Path, default=BBC, help="BBC News Summary folder (articles/<category>/)")
    parser.add_argument("--topics", type=Path, default=TOPICS, help="the topics file (default: benchmarks/bbc_topics.yml)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles per category")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    if (why := missing(args.bbc)) is not None:
        print(f"skipped: {why}", file=sys.stderr)
        return 2
    result = run(args.bbc, args.topics, args.limit)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(table(result))
        print(f"\nunassigned: {result['unassigned']}; {result['seconds']} s")
        for topic, words in result["learnt_terms"].items():
            print(f"{topic}: learnt {', '.join(words)} …")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
