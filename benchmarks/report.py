"""Run the summaries and topics benchmarks and write their sections of ``BENCHMARKS.md``.

    python -m benchmarks.report [--multi-news DIR] [--bbc DIR]

Rewrites only the ``## Summaries`` and ``## Topics`` sections (adding them if missing); any
other section (``## Duplicates``…) is left as it is. About two minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from . import summaries, topics
from .data import BBC, MULTI_NEWS, ROOT, load_bbc, load_multi_news, missing

REPORT = ROOT / "BENCHMARKS.md"


def replace_section(text: str, title: str, body: str) -> str:
    """``text`` with the section ``## title`` replaced by ``body`` (appended when absent)."""
    section = f"## {title}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    if pattern.search(text):
        return pattern.sub(lambda _: section + "\n", text, count=1).rstrip() + "\n"
    if not text.strip():
        text = "# Benchmarks\n"
    return text.rstrip() + "\n\n" + section


def summaries_section(rows: Sequence[summaries.Row], seconds: float, when: str) -> str:
    by = {(r.task, r.system): r for r in rows}
    mn = [r for r in rows if r.task.startswith("Multi-News")]
    best_peer = max((r for r in mn if r.system != "ours"), key=lambda r: r.rouge2)
    ours = by[mn[0].task, "ours"]
    lexrank = by[mn[0].task, "LexRank (sumy)"]
    return f"""`python -m benchmarks.report` (or `python -m benchmarks.summaries` for the table alone; `--json`,
`--multi-news DIR`, `--bbc DIR`). Needs the `bench` extra (`pip install -e '.[bench]'`: sumy,
rouge-score). Every system chooses among the same sentences (our cleaning and splitting of each
file); ROUGE F1 from `rouge-score` with stemming; milliseconds per cluster or article.

- **Multi-News** (250 validation clusters): a summary across each cluster's articles in the
  topic overview's generic mode, sentences taken in each system's order until 250 words (the
  last one cut), against the editor's summary (leading "– " dropped).
- **BBC** (2,225 articles): one summary per article at 3 sentences and at the reference's
  sentence count. Its references were made by a word-frequency heuristic, so it is a second
  check only.

{summaries.table(rows)}

The last three columns are how the summaries read, over the sentences a reader is shown: the
share of summaries in which two sentences say the same thing (content-word overlap), of
sentences that open by leaning on a sentence not shown just before them ("He said…",
"But…"), and of sentences that are page junk or fragments. They use the rules our
summarizer avoids, so ours is low by construction; they show how often the peers trip.

Latest run: {when}, {summaries.machine()}, {seconds:.0f} s for the whole command.

Against the targets: Multi-News ROUGE-2 {ours.rouge2:.2f}, {ours.rouge2 - best_peer.rouge2:+.2f} over the best peer
({best_peer.system}, {best_peer.rouge2:.2f}), ROUGE-1 {ours.rouge1:.2f} against {best_peer.rouge1:.2f}; {lexrank.ms / max(ours.ms, 1e-9):.0f}× faster
than sumy's LexRank per cluster.

How it works (`generator/analyse/summarize.py`, the code the site runs): sentences that cannot
stand alone in a summary are set aside (junk that survived cleaning, fragments, unpunctuated
headlines); concepts (stems and stem bigrams) weigh more the more sentences and sources repeat
them; a greedy pass takes the sentence covering the most not-yet-covered weight per word,
scaled by its place in its article, and never one that repeats a chosen sentence; a sentence
that leans on the one before ("He said…") is marked down unless that one is chosen, and then
follows it. Two parameter sets: several sources (Multi-News, the topic overview) and one source
(BBC, per-source summaries). The one-source set is close to a frequency scorer (every mention of
a frequent word counts, no position prior) because that is what the BBC references reward; its
margin over TextRank there is small (tenths of a point). Across sources, a sentence whose
tf-idf cosine with a chosen one reaches 0.25 also counts as a repeat, so two outlets' wordings
of one fact do not both appear (this costs 0.26 ROUGE-2 on Multi-News). Limits: a paraphrase
that shares few rare words is not always seen as a repeat.

Sentence splitting (`generator/clean/sentences.py`) handles abbreviations (U.S., Dr., Jan.,
No. 10), decimals, quotes that end sentences and initials (`tests/test_sentences.py`); pysbd
splits those cases identically but about 60 times slower, so we keep ours.
"""


def topics_section(result: dict, when: str) -> str:
    learnt = "\n".join(f"- {t}: {', '.join(words[:12])} …" for t, words in result["learnt_terms"].items())
    return f"""`python -m benchmarks.report` (or `python -m benchmarks.topics`; `--json`, `--bbc DIR`). The five
BBC categories are five topics in `benchmarks/bbc_topics.yml`: a title, a one-paragraph
description and ten terms each, written without looking at the labels, with `expand: 200` so the
corpus may add words to each. Our topic assignment (`generator/analyse/topics.py`, the code the
site runs) scores every article on every topic; the best-scoring topic is the prediction.

{topics.table(result)}

Macro-F1 **{result['scores']['macro']['f1']:.3f}** (target 0.93); {result['unassigned']} articles matched no topic;
{result['seconds']} s. Latest run: {when}, {summaries.machine()}.

How the corpus expands a topic: each round, every article is an example of the topic that scores
it highest; each topic then learns the words that many of its examples use and that are at least
twice as common there as elsewhere, weighted by how much more common (two rounds). Nothing is
learnt from the labels. A match keeps its evidence: the given and learnt terms that matched and
the sentences, with their relevance (`matched_terms` and `sentences` in `digest.json`). The
site's own topics (`topics.yml`) keep `expand` at 0: five seed articles are too few to learn
from. Words learnt here (first twelve):

{learnt}
"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.report", description=__doc__.split("\n\n")[0])
    parser.add_argument("--multi-news", type=Path, default=MULTI_NEWS)
    parser.add_argument("--bbc", type=Path, default=BBC)
    parser.add_argument("--output", type=Path, default=REPORT)
    args = parser.parse_args(argv)
    for folder in (args.multi_news, args.bbc):
        if (why := missing(folder)) is not None:
            print(f"skipped: {why}", file=sys.stderr)
            return 2
    when = dt.date.today().isoformat()
    started = time.perf_counter()
    rows = summaries.run_multi_news(load_multi_news(args.multi_news)) + summaries.run_bbc(load_bbc(args.bbc))
    seconds = time.perf_counter() - started
    print(summaries.table(rows))
    result = topics.run(args.bbc)
    print(topics.table(result))
    text = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
    text = replace_section(text, "Summaries", summaries_section(rows, seconds, when))
    text = replace_section(text, "Topics", topics_section(result, when))
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
