"""Same-story detection across outlets, on the 250 Multi-News validation clusters.

Every article of every cluster goes into ONE corpus (``cluster_NNN__doc_K.txt``), through the
project's own cleaning (:func:`generator.clean.clean_corpus` with the project settings, so a
file the pipeline refuses is not published and not scored), then
:func:`generator.analyse.stories.find_stories` runs once over all of them.

Scored pairwise over published articles: two articles of one cluster are a true pair; two
articles the detector puts in one story are a predicted pair. A cluster member that is not a
report of the event (a photo gallery, a page that is only a platform notice, an unrelated page
scraped by mistake, a report of another event the summary mentions in passing) was judged by reading and is listed in ``EXCLUDED`` with its reason: it
makes no true pair, and grouping it with its own cluster is not scored, but grouping it with
another cluster's article is a false merge.

Thresholds were chosen on the even-numbered clusters; the odd ones are reported beside them.
A predicted pair across an even and an odd cluster counts against both halves.

The text is Multi-News's (research use only): it is read from ``../shared/eval`` at run time
and never copied here.

    python -m benchmarks.stories             # precision / recall on both halves, timings
    python -m benchmarks.stories --pairs     # also every false merge and missed pair, for reading
    python -m benchmarks.stories --grid      # the related-coverage rules over a grid of thresholds
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from generator.analyse.stories import (
    CLEAR_COVERAGE,
    CLEAR_GAP,
    COVERAGE,
    COVERAGE_GAP,
    ISOLATED_COVERAGE,
    ISOLATED_GAP,
    ISOLATED_GAP_FIRST,
    JOIN_COVERAGE,
    JOIN_GAP,
    JOIN_MUTUAL,
    MUTUAL_COVERAGE,
    MUTUAL_GAP,
    find_stories,
    join_nearest,
    link,
    measure,
    merge_isolated,
)
from generator.clean import clean_corpus
from generator.models import Article, SourceFile, StoryGroup

from .data import MULTI_NEWS, missing, read_text, settings

# Cluster members that are not a report of the cluster's event, judged by reading the file:
# (file key "cluster_NNN/doc_K", verdict, reason). Verdicts: "not a report" (no report of any
# event), "other event" (a report of another event than the cluster's), "roundup" (the cluster
# strings separate events together). Members judged to report the cluster's event are not listed.
EXCLUDED: tuple[tuple[str, str, str], ...] = (
    ("cluster_000/doc_2", "not a report", "a mailing-list sign-up form"),
    ("cluster_010/doc_2", "not a report", "an Internet Archive crawl notice"),
    ("cluster_012/doc_2", "not a report", "an Internet Archive crawl notice"),
    ("cluster_016/doc_2", "not a report", "a local-news index page that opens on an unrelated Ebola story"),
    ("cluster_016/doc_3", "not a report", "an Internet Archive crawl notice"),
    ("cluster_021/doc_6", "not a report", "an Archive-It collection notice"),
    ("cluster_021/doc_7", "not a report", "Twitter's tweet-location notice"),
    ("cluster_037/doc_3", "not a report", "Twitter's tweet-location notice"),
    ("cluster_048/doc_2", "not a report", "a 'join us on Facebook' notice"),
    ("cluster_062/doc_1", "not a report", "an unrelated missing-person case from 2013 (the cluster is the Idaho boy)"),
    ("cluster_063/doc_4", "not a report", "an unrelated page about a Minnesota terror suspect"),
    ("cluster_075/doc_4", "not a report", "a medical explainer on Williams syndrome, not the shooting"),
    ("cluster_077/doc_2", "not a report", "a one-line site description"),
    ("cluster_084/doc_1", "not a report", "a birthday photo gallery of Kristen Wiig's funniest moments"),
    ("cluster_086/doc_5", "not a report", "an Internet Archive crawl notice"),
    ("cluster_089/doc_2", "not a report", "a listing page of many unrelated study teasers"),
    ("cluster_090/doc_1", "not a report", "a promotion page for a parenting course"),
    ("cluster_091/doc_3", "not a report", "a one-line fragment ('Please check weekly to see her current location')"),
    ("cluster_096/doc_1", "not a report", "a newspaper's list of its data projects"),
    ("cluster_099/doc_1", "not a report", "an Internet Archive crawl notice"),
    ("cluster_109/doc_2", "not a report", "a visitor's review of the safari park"),
    ("cluster_132/doc_3", "not a report", "a map disclaimer"),
    ("cluster_133/doc_4", "not a report", "an Internet Archive crawl notice"),
    ("cluster_150/doc_2", "not a report", "a horoscope"),
    ("cluster_154/doc_3", "not a report", "a video player notice"),
    ("cluster_164/doc_2", "not a report", "a sign-in form"),
    ("cluster_168/doc_1", "not a report", "a video player notice"),
    ("cluster_170/doc_2", "not a report", "a video licensing notice"),
    ("cluster_175/doc_2", "not a report", "an Internet Archive crawl notice"),
    ("cluster_197/doc_2", "not a report", "a reference table of federal poverty guidelines"),
    ("cluster_199/doc_1", "not a report", "a domain-mapping notice"),
    ("cluster_199/doc_3", "not a report", "a shop's membership terms"),
    ("cluster_203/doc_2", "not a report", "a reader's comment"),
    ("cluster_214/doc_2", "not a report", "a 'enable JavaScript to use SoundCloud' notice"),
    ("cluster_221/doc_1", "not a report", "an Internet Archive collection notice"),
    ("cluster_229/doc_4", "not a report", "song lyrics"),
    ("cluster_233/doc_1", "not a report", "a publisher's booklet promotion"),
    # Round 4, judged by reading the members of every even and odd pair under whole cosine 0.15
    # or never compared (benchmarks/stories.py --pairs), against the cluster's summary. Primary
    # sources (a study, a transcript, a manifesto, a press release) and opinion on the event were
    # kept as reports; so were a newsletter carrying the item and a relative's post on the case.
    ("cluster_040/doc_2", "not a report", "the fan film's 2014 crowdfunding page, before the lawsuit"),
    ("cluster_044/doc_2", "not a report", "an advertisement for on-demand replays of the concerts"),
    ("cluster_092/doc_3", "not a report", "a video page's description and playlist links"),
    ("cluster_154/doc_2", "not a report", "a reference list of known and probable carcinogens"),
    ("cluster_159/doc_3", "not a report", "a health department's reference page on the disease"),
    ("cluster_223/doc_2", "not a report", "a list of facts about the London Underground"),
    ("cluster_242/doc_3", "not a report", "a fundraising appeal for the bakers"),
    # Other events: a report, but of another event the summary mentions in passing or as
    # background ("meanwhile", "in other news", an earlier incident).
    ("cluster_010/doc_3", "other event", "a teaser for the SAG awards (the cluster is the 2012 Emmys)"),
    ("cluster_051/doc_5", "other event", "the prankster's earlier stunt at the SAG awards, not the Cannes one"),
    ("cluster_058/doc_2", "other event", "the delegate's own op-ed on the Virgin Islands centennial, no word of the case"),
    ("cluster_072/doc_3", "other event", "Harry Reid's retirement (the cluster is the Senate budget vote)"),
    ("cluster_191/doc_2", "other event", "a victim's mother's open letter to herself, not the lawsuit"),
    ("cluster_198/doc_4", "other event", "a Republican report on women voters ('in other news')"),
    # Roundups: the editor's summary strings together separate events, one per member, so no
    # two members report the same event.
    *((f"cluster_024/doc_{k}", "roundup", "two TSA decisions: a uniforms contract and knives on planes")
      for k in (1, 2)),
    *((f"cluster_085/doc_{k}", "roundup", "two ballot measures: LA County's condom rule and California's GMO labels")
      for k in (1, 2)),
    *((f"cluster_118/doc_{k}", "roundup", "a feature's sources: an NFL concussion study, a penalty clip, a bike-crash paper")
      for k in (1, 2, 3)),
    *((f"cluster_086/doc_{k}", "roundup", "Sunday-show roundup: each member is a different person's remarks")
      for k in (1, 2, 3, 4, 6)),
    *((f"cluster_088/doc_{k}", "roundup", "April Fools' Day roundup: each member is a different prank or event")
      for k in range(1, 10)),
    *((f"cluster_232/doc_{k}", "roundup", "Sunday-show roundup: each member is a different person's remarks")
      for k in range(1, 9)),
)

TARGET_PRECISION = 0.95
TARGET_RECALL = 0.85


@dataclass(frozen=True)
class Score:
    """Pairwise precision and recall over one half of the clusters."""

    half: str
    clusters: int
    articles: int
    true_pairs: int
    predicted_pairs: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.true_pairs if self.true_pairs else 1.0


def key_of(path: str) -> str:
    """``cluster_NNN__doc_K.txt`` → ``cluster_NNN/doc_K`` (the key used in ``EXCLUDED``)."""
    return path.rsplit(".", 1)[0].replace("__", "/")


def cluster_of(path: str) -> str:
    return key_of(path).split("/", 1)[0]


def load(folder: Path = MULTI_NEWS) -> tuple[tuple[Article, ...], int]:
    """Every cluster's articles as one cleaned corpus, and how many files were read."""
    files = []
    for d in sorted(p for p in folder.iterdir() if p.is_dir() and p.name.startswith("cluster_")):
        for p in sorted(d.glob("doc_*.txt")):
            files.append(SourceFile(f"{d.name}__{p.name}", read_text(p).replace("\r\n", "\n")))
    corpus = clean_corpus(files, settings())
    return corpus.articles, len(files)


def _half(cluster: str) -> str:
    return "even" if int(re.sub(r"\D", "", cluster)) % 2 == 0 else "odd"


def score(articles: Sequence[Article], stories: Iterable[StoryGroup],
          excluded: Iterable[str] = ()) -> tuple[list[Score], list[tuple[str, str]], list[tuple[str, str]]]:
    """Scores per half and overall, the false merges and the missed pairs (as source paths)."""
    skip = set(excluded)
    path_of = {a.id: a.source_path for a in articles}
    members: dict[str, list[str]] = {}
    for art in articles:
        members.setdefault(cluster_of(art.source_path), []).append(art.source_path)
    truth = {(min(p), max(p)) for paths in members.values() for p in combinations(paths, 2)
             if key_of(p[0]) not in skip and key_of(p[1]) not in skip}
    predicted: set[tuple[str, str]] = set()
    for g in stories:
        for a, b in combinations(g.article_ids, 2):
            pa, pb = sorted((path_of[a], path_of[b]))
            if cluster_of(pa) == cluster_of(pb) and (key_of(pa) in skip or key_of(pb) in skip):
                continue  # a non-report grouped with its own cluster: not scored
            predicted.add((pa, pb))
    out = []
    for half in ("even", "odd", "all"):
        def inside(pair: tuple[str, str], half: str = half) -> bool:
            return half == "all" or half in {_half(cluster_of(pair[0])), _half(cluster_of(pair[1]))}
        t = {p for p in truth if inside(p)}
        pr = {p for p in predicted if inside(p)}
        clusters = [c for c in members if half == "all" or _half(c) == half]
        out.append(Score(half, len(clusters), sum(len(members[c]) for c in clusters), len(t), len(pr), len(t & pr)))
    return out, sorted(predicted - truth), sorted(truth - predicted)


def run(folder: Path = MULTI_NEWS) -> dict[str, object]:
    started = time.perf_counter()
    articles, files = load(folder)
    loaded = time.perf_counter()
    stories = find_stories(articles)
    found = time.perf_counter()
    scores, false, missed = score(articles, stories, (k for k, _, _ in EXCLUDED))
    raw, _, _ = score(articles, stories)
    return {
        "files": files,
        "articles": articles,
        "stories": stories,
        "scores": scores,
        "raw": raw,
        "false": false,
        "missed": missed,
        "seconds_load": loaded - started,
        "seconds_detect": found - loaded,
    }


# The related-coverage grid (generator/analyse/stories.py): the pairs are measured once, then
# groups are formed and scored at every point, as find_stories would (near-copies always linked;
# Multi-News has no outlets, so every pair may be related). Each rule's grid is scored with the
# other rules as shipped; "off" points leave one rule out.
GRID_COVERAGE = (0.12, 0.15, 0.2)
GRID_GAP = (1.8, 1.9, 2.0, 2.1, 2.2, 2.5, 3.0)
GRID_CLEAR_COVERAGE = (0.18, 0.2, 0.22, 0.25)
GRID_CLEAR_GAP = (2.5, 2.75, 3.0, 3.25, 3.5, 4.0)
GRID_MUTUAL_COVERAGE = (0.15, 0.2, 0.25)
GRID_MUTUAL_GAP = (1.1, 1.2, 1.3, 1.4, 1.5, 1.7, 1.9)
GRID_ISOLATED_COVERAGE = (0.12, 0.15, 0.2)
GRID_ISOLATED_GAP = (1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 2.0, 2.5)  # both outsider gaps
GRID_JOIN_COVERAGE = (0.12, 0.15, 0.2)
GRID_JOIN_GAP = (1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6)
GRID_JOIN_MUTUAL = (0.0, 0.5, 1.0)
OFF = float("inf")  # a threshold no cosine reaches: the rule off


@dataclass(frozen=True)
class Point:
    """One point of the grid: every threshold of the related-coverage rules."""

    coverage: float = COVERAGE
    gap: float = COVERAGE_GAP
    clear_coverage: float = CLEAR_COVERAGE
    clear_gap: float = CLEAR_GAP
    mutual_coverage: float = MUTUAL_COVERAGE
    mutual_gap: float = MUTUAL_GAP
    isolated_coverage: float = ISOLATED_COVERAGE
    isolated_gap_first: float = ISOLATED_GAP_FIRST
    isolated_gap: float = ISOLATED_GAP
    join_coverage: float = JOIN_COVERAGE
    join_gap: float = JOIN_GAP
    join_mutual: float = JOIN_MUTUAL


def points() -> list[Point]:
    """The shipped point, each rule off, then each rule's grid with the others as shipped."""
    out = [Point(), Point(clear_coverage=OFF, clear_gap=OFF), Point(mutual_coverage=OFF, mutual_gap=OFF),
           Point(isolated_coverage=OFF, isolated_gap_first=OFF, isolated_gap=OFF),
           Point(join_coverage=OFF),
           Point(mutual_coverage=OFF, mutual_gap=OFF, isolated_coverage=OFF, isolated_gap_first=OFF, isolated_gap=OFF,
                 join_coverage=OFF)]
    out += [Point(coverage=c, gap=g) for c in GRID_COVERAGE for g in GRID_GAP]
    out += [Point(clear_coverage=c, clear_gap=g) for c in GRID_CLEAR_COVERAGE for g in GRID_CLEAR_GAP]
    out += [Point(mutual_coverage=c, mutual_gap=g) for c in GRID_MUTUAL_COVERAGE for g in GRID_MUTUAL_GAP]
    # each outsider alone (the other's gap off), then both together
    out += [Point(isolated_coverage=c, isolated_gap_first=g, isolated_gap=OFF)
            for c in GRID_ISOLATED_COVERAGE for g in GRID_ISOLATED_GAP]
    out += [Point(isolated_coverage=c, isolated_gap_first=OFF, isolated_gap=g)
            for c in GRID_ISOLATED_COVERAGE for g in GRID_ISOLATED_GAP]
    out += [Point(isolated_gap_first=g1, isolated_gap=g2) for g1 in GRID_ISOLATED_GAP for g2 in GRID_ISOLATED_GAP]
    out += [Point(join_coverage=c, join_gap=g, join_mutual=m) for m in GRID_JOIN_MUTUAL
            for c in GRID_JOIN_COVERAGE for g in GRID_JOIN_GAP]
    return out


def grid(articles: Sequence[Article], at: Sequence[Point] | None = None) -> list[tuple[Point, list[Score]]]:
    """Scores of the related-coverage rules at every point of the grid (or at ``at``)."""
    evidence, hood = measure(articles)
    ids = sorted(a.id for a in articles)
    skip = [k for k, _, _ in EXCLUDED]
    out = []
    for pt in (points() if at is None else at):
        links = {(p.a, p.b): round(p.aligned, 3) for p in evidence
                 if p.near_copy or (not p.same_outlet and p.related(pt.coverage, pt.gap, pt.clear_coverage,
                                                                  pt.clear_gap, pt.mutual_coverage, pt.mutual_gap))}
        merged = link(ids, links)
        if pt.isolated_coverage != OFF:
            merged = merge_isolated(merged, hood, pt.isolated_coverage, pt.isolated_gap_first, pt.isolated_gap)
        if pt.join_coverage != OFF:
            merged = join_nearest(merged, hood, pt.join_coverage, pt.join_gap, pt.join_mutual)
        groups = [StoryGroup(id=g[0], article_ids=tuple(g)) for g in merged if len(g) > 1]
        out.append((pt, score(articles, groups, skip)[0]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder", type=Path, default=MULTI_NEWS, help="Multi-News folder (cluster_*/)")
    parser.add_argument("--pairs", action="store_true", help="list every false merge and missed pair")
    parser.add_argument("--grid", action="store_true", help="score the related-coverage test over a grid of thresholds")
    args = parser.parse_args(argv)
    if (why := missing(args.folder)) is not None:
        print(why)
        return 2
    if args.grid:
        print("coverage gap | clear cov gap | mutual cov gap | isolated cov 1st 2nd | join cov gap mutual "
              "|  even P/R      odd P/R")
        for pt, scores in grid(load(args.folder)[0]):
            even, odd = scores[0], scores[1]
            print(f"{pt.coverage:8.2f} {pt.gap:3.1f} | {pt.clear_coverage:9.2f} {pt.clear_gap:4.2f} | "
                  f"{pt.mutual_coverage:10.2f} {pt.mutual_gap:3.1f} | {pt.isolated_coverage:12.2f} "
                  f"{pt.isolated_gap_first:3.1f} {pt.isolated_gap:3.1f} | {pt.join_coverage:8.2f} {pt.join_gap:3.1f} "
                  f"{pt.join_mutual:6.1f} |  {even.precision:.3f}/{even.recall:.3f}  "
                  f"{odd.precision:.3f}/{odd.recall:.3f}")
        return 0
    r = run(args.folder)
    articles: tuple[Article, ...] = r["articles"]  # type: ignore[assignment]
    print(f"files: {r['files']}  published: {len(articles)}  excluded by judgement: {len(EXCLUDED)}  "
          f"stories: {len(r['stories'])}  load {r['seconds_load']:.1f}s, "  # type: ignore[arg-type]
          f"detect {r['seconds_detect']:.1f}s")
    print("half   clusters articles true-pairs predicted correct precision recall")
    for s in r["scores"]:  # type: ignore[attr-defined]
        print(f"{s.half:6} {s.clusters:8} {s.articles:8} {s.true_pairs:10} {s.predicted_pairs:9} {s.correct:7} "
              f"{s.precision:9.3f} {s.recall:6.3f}")
    print("without the judged exclusions (every cluster member counted):")
    for s in r["raw"]:  # type: ignore[attr-defined]
        print(f"{s.half:6} {s.clusters:8} {s.articles:8} {s.true_pairs:10} {s.predicted_pairs:9} {s.correct:7} "
              f"{s.precision:9.3f} {s.recall:6.3f}")
    if args.pairs:
        title = {a.source_path: a.meta.title for a in articles}
        for label in ("false", "missed"):
            print(f"{label}:")
            for a, b in r[label]:  # type: ignore[attr-defined]
                print(f"  {a} {b}\n      {title[a]!r}\n      {title[b]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
