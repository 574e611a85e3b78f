"""Duplicate and same-story detection over the 2,225 BBC articles.

Runs the project's own pipeline (read → clean → :func:`generator.analyse.stories.find_stories`)
on ``../shared/eval/bbc-news-summary/articles`` and checks it against
``exact-duplicate-groups.txt``: every known group must be found inside one story. Every other
pair the detector puts in one story is listed for reading, with the judgement recorded in
``JUDGED`` below (a pair not judged yet is reported as such).

The article text is the BBC's copyright: it is read from ``../shared`` and never copied here.

    python -m benchmarks.duplicates            # summary
    python -m benchmarks.duplicates --pairs    # also every non-exact pair, for reading
"""

from __future__ import annotations

import argparse
import sys
import time
from itertools import combinations
from pathlib import Path

from generator.analyse.stories import find_stories
from generator.clean import article_id, clean_article
from generator.config import load_config
from generator.load import read_corpus
from generator.models import Article, StoryGroup

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "eval" / "bbc-news-summary"

# Judgements of the non-exact pairs the detector groups, after reading both articles:
# "same" = the same story (a follow-up or second report of one event, or a near-copy);
# "different" = a false merge. Keyed by the two paths relative to articles/, sorted.
JUDGED: dict[tuple[str, str], str] = {}


def load_bbc() -> tuple[Article, ...]:
    """Every BBC article, cleaned one by one: the corpus-level cleaning refuses byte-identical
    copies, and finding those is what this benchmark measures."""
    config = load_config(ROOT)
    files, _, _ = read_corpus(BBC / "articles", config.settings.max_article_bytes)
    out = []
    for f in files:
        article, _ = clean_article(f, config.settings)
        if article is not None:
            out.append(article)
    return tuple(out)


def exact_groups() -> list[tuple[str, ...]]:
    lines = (BBC / "exact-duplicate-groups.txt").read_text(encoding="utf-8").splitlines()
    return [tuple(line.split()) for line in lines if line.strip() and not line.startswith("#")]


def run() -> dict[str, object]:
    started = time.perf_counter()
    articles = load_bbc()
    loaded = time.perf_counter()
    stories = find_stories(articles)
    found = time.perf_counter()
    path_of = {a.id: a.source_path for a in articles}
    story_of = {aid: g for g in stories for aid in g.article_ids}
    exact = exact_groups()
    missed = [grp for grp in exact
              if len({story_of.get(article_id(p)) and story_of[article_id(p)].id for p in grp}) != 1
              or story_of.get(article_id(grp[0])) is None]
    exact_pairs = {tuple(sorted(p)) for grp in exact for p in combinations(grp, 2)}
    other_pairs = []
    for g in stories:
        for a, b in combinations(g.article_ids, 2):
            pair = tuple(sorted((path_of[a], path_of[b])))
            if pair not in exact_pairs:
                other_pairs.append((pair, g))
    share = {(path_of[a], path_of[b]): v for g in stories for a, b, v in g.similarity}
    return {
        "articles": len(articles),
        "stories": stories,
        "exact": exact,
        "missed": missed,
        "other_pairs": other_pairs,
        "share": share,
        "seconds_load": loaded - started,
        "seconds_detect": found - loaded,
        "titles": {a.source_path: a.meta.title for a in articles},
    }


def _verdict(pair: tuple[str, str]) -> str:
    return JUDGED.get(pair, "not judged")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", action="store_true", help="list every non-exact pair with its judgement")
    args = parser.parse_args(argv)
    if not (BBC / "articles").is_dir():
        print(f"{BBC} is missing: this benchmark needs the team's shared/ folder beside the repo")
        return 2
    r = run()
    stories: list[StoryGroup] = r["stories"]  # type: ignore[assignment]
    other = r["other_pairs"]  # type: ignore[assignment]
    verdicts = [_verdict(p) for p, _ in other]
    print(f"articles: {r['articles']}  stories (groups of 2+): {len(stories)}  "
          f"load {r['seconds_load']:.1f}s, detect {r['seconds_detect']:.1f}s")
    print(f"exact-duplicate groups: {len(r['exact'])}, found: {len(r['exact']) - len(r['missed'])}, "
          f"missed: {len(r['missed'])}")
    for grp in r["missed"]:  # type: ignore[attr-defined]
        print("  MISSED", " ".join(grp))
    print(f"other pairs grouped: {len(other)}  same story: {verdicts.count('same')}  "
          f"false merge: {verdicts.count('different')}  not judged: {verdicts.count('not judged')}")
    if args.pairs:
        share = r["share"]
        for pair, g in other:
            v = share.get(pair) or share.get(pair[::-1])
            print(f"  {_verdict(pair):10} {pair[0]} {pair[1]}  share={v}  [{g.id}]")
            print(f"      {r['titles'][pair[0]]!r}\n      {r['titles'][pair[1]]!r}")
    return 0 if not r["missed"] else 1


if __name__ == "__main__":
    sys.exit(main())
