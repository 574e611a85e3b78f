"""Topics benchmark: the five BBC categories as five briefing topics, assigned by our mechanism.

    python -m benchmarks.topics [--bbc DIR] [--topics FILE] [--json]

The topics (``benchmarks/bbc_topics.yml``) have only a title, a description and at most ten
terms each; nothing is learnt from the labels. The corpus may expand each topic's terms
(``expand``), exactly as on the site. Each article goes to the topic that scores it highest
(none when no topic matches); we report precision, recall and F1 per category and macro-F1.

Then a Multi-News check (:data:`MULTI_NEWS_TOPICS`): five topics written for some validation
clusters; each article's membership (``match_article``) is compared with its cluster, per half
(even / odd cluster numbers), without the share rule and with it (``MIN_SHARE``): a long
article must not join a topic on a passing mention.
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
from generator.analyse.topics import MIN_SHARE, compile_topic, expand_topics, match_article
from generator.config import TopicDef, _validate_topics
from generator.errors import ConfigError
from generator.models import Article

from .data import BBC, MULTI_NEWS, load_bbc, missing

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


# Multi-News check: a few topics written for some validation clusters, and the clusters about
# each, chosen by reading every cluster's editor summary (opening lines) and then every member
# the topics picked up from other clusters (a cluster whose story is a shooting joins
# "shootings" even if found late). An article is a true member when its cluster is listed;
# membership is measured without the share rule (before) and with it (after).
MULTI_NEWS_TOPICS: tuple[tuple[TopicDef, frozenset[str]], ...] = (
    (TopicDef("air-travel", "Air travel and airline safety", "Airlines, airports, flights and their safety.",
              ("airline", "airlines", "airport", "airports", "flight", "plane", "passengers", "aviation", "pilot",
               "TSA")),
     frozenset({"024", "134", "166", "209", "217", "218", "224"})),
    (TopicDef("supreme-court", "The US Supreme Court", "Its rulings, justices and nominations.",
              ("Supreme Court", "justice", "justices", "nominee", "nomination", "Gorsuch", "confirmation hearing")),
     frozenset({"178", "188", "193"})),
    (TopicDef("shootings", "Shootings and gun violence", "People shot, gunmen and gun violence.",
              ("shooting", "shootings", "shot", "gunman", "gunfire", "gun", "guns", "shooter", "opened fire")),
     frozenset({"032", "050", "053", "075", "094", "095", "110", "121", "156", "161", "189", "191", "246"})),
    (TopicDef("syria", "The war in Syria", "Fighting in Syria and the Assad government.",
              ("Syria", "Syrian", "Assad", "Damascus", "rebels")),
     frozenset({"047", "076"})),
    (TopicDef("us-election-2012", "The 2012 US presidential race", "Romney against Obama: the campaign and polls.",
              ("Romney", "presidential campaign", "presidential candidate", "polls", "swing states", "electoral")),
     frozenset({"022", "220", "232"})),
)


def run_multi_news(shares: Sequence[float], folder: Path | None = None) -> dict:
    """Per-topic membership precision and recall against the clusters, for each share rule,
    on each half (even / odd cluster numbers)."""
    from .data import load_multi_news

    clusters = load_multi_news(folder or MULTI_NEWS)
    articles = [(c.name[-3:], a) for c in clusters for a in c.articles]
    compiled = [(compile_topic(t), gold) for t, gold in MULTI_NEWS_TOPICS]
    out: dict = {}
    for share in shares:
        rows: dict = {}
        for half in ("even", "odd"):
            mine = [(n, a) for n, a in articles if int(n) % 2 == (0 if half == "even" else 1)]
            for c, gold in compiled:
                members = {(n, a.id) for n, a in mine if match_article(c, a, min_share=share) is not None}
                truth = {(n, a.id) for n, a in mine if n in gold}
                tp = len(members & truth)
                rows.setdefault(c.topic.id, {})[half] = {
                    "precision": tp / len(members) if members else 1.0,
                    "recall": tp / len(truth) if truth else 1.0,
                    "members": len(members), "true": len(truth),
                    "wrong": sorted(f"cluster_{n}/{i}" for n, i in members - truth),
                    "missed": sorted(f"cluster_{n}/{i}" for n, i in truth - members)}
        out[str(share)] = rows
    return out


def multi_news_table(result: dict) -> str:
    """Membership precision / recall per Multi-News topic and half, without and with the share rule."""
    shares = list(result)
    lines = ["| Topic | Half | " + " | ".join(f"P / R (share {s})" for s in shares) + " |",
             "|---|---|" + "---:|" * len(shares)]
    topics = list(result[shares[0]])
    for half in ("even", "odd"):
        for t in topics:
            if not result[shares[0]][t][half]["true"]:
                continue
            cells = [f"{result[s][t][half]['precision']:.2f} / {result[s][t][half]['recall']:.2f} "
                     f"({result[s][t][half]['members']})" for s in shares]
            lines.append(f"| {t} | {half} | " + " | ".join(cells) + " |")
        row = []
        for s in shares:
            rows = [result[s][t][half] for t in topics if result[s][t][half]["true"]]
            p = sum(r["precision"] for r in rows) / len(rows)
            r = sum(r["recall"] for r in rows) / len(rows)
            row.append(f"{p:.2f} / {r:.2f} (F1 {2 * p * r / (p + r):.2f})")
        lines.append(f"| macro | {half} | " + " | ".join(row) + " |")
    return "\n".join(lines)


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
    parser.add_argument("--no-multi-news", action="store_true", help="skip the Multi-News membership check")
    args = parser.parse_args(argv)
    if (why := missing(args.bbc)) is not None:
        print(f"skipped: {why}", file=sys.stderr)
        return 2
    result = run(args.bbc, args.topics, args.limit)
    if not args.no_multi_news and missing(MULTI_NEWS) is None:
        result["multi_news"] = run_multi_news([0.0, round(MIN_SHARE, 4)])
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(table(result))
        print(f"\nunassigned: {result['unassigned']}; {result['seconds']} s")
        for topic, words in result["learnt_terms"].items():
            print(f"{topic}: learnt {', '.join(words)} …")
        if "multi_news" in result:
            print("\n" + multi_news_table(result["multi_news"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
