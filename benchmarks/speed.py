"""Generation speed on real multi-outlet news, as a ratio against an earlier version of the code.

    python -m benchmarks.speed [--baseline REV] [--rounds N] [--topics FILE] [--json]

Builds one corpus from every Multi-News validation cluster (``../shared/eval``, copied only
into a temporary folder) with a topics file (default: the five BBC category topics of
``benchmarks/bbc_topics.yml``, each expanded by 200 learnt words, the heaviest topic work; the
project's own ``topics.yml`` is the light case), then times a whole generation — read, clean, analyse (stories, entities, topics, summaries,
figures, quotes, timelines) and render every page — without writing ``docs/`` or running
MkDocs. CPU seconds of one process on one core, the best of ``--rounds`` runs.

The current tree and ``--baseline`` (a git revision, checked out into a temporary worktree)
run alternately in fresh interpreters on the same corpus, so the ratio between them holds
on a noisy machine even when the absolute figures do not.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .data import MULTI_NEWS, missing

ROOT = Path(__file__).resolve().parents[1]
TOPICS = ROOT / "benchmarks" / "bbc_topics.yml"

# Runs inside the tree under test: only the generator of that tree is imported.
_CHILD = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from generator.config import load_config
from generator.pipeline import generate
config = load_config(Path(sys.argv[2]))
start = time.process_time()
result = generate(config, write=False)
print(json.dumps({"cpu": time.process_time() - start, "articles": len(result.digest.articles),
                  "pages": len(result.pages)}))
"""


def _corpus(dest: Path, topics: Path = TOPICS) -> Path:
    """A project folder with every Multi-News document as one article file."""
    articles = dest / "articles"
    articles.mkdir(parents=True)
    for cluster in sorted(p for p in MULTI_NEWS.iterdir() if p.is_dir()):
        for doc in sorted(cluster.glob("doc_*.txt")):
            shutil.copyfile(doc, articles / f"{cluster.name}__{doc.name}")
    shutil.copyfile(topics, dest / "topics.yml")
    shutil.copytree(ROOT / "templates", dest / "templates")
    return dest


def _run(tree: Path, project: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", _CHILD, str(tree), str(project)], check=True,
                         capture_output=True, text=True, cwd=project)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", default="19093a4", help="git revision to compare with (default: before issue 8)")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each version; the best counts")
    parser.add_argument("--topics", type=Path, default=TOPICS, help="topics file to build with")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if why := missing(MULTI_NEWS):
        print(why, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        project = _corpus(Path(tmp) / "project", args.topics)
        base_tree = Path(tmp) / "baseline"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(base_tree), args.baseline],
                       check=True, capture_output=True)
        try:
            # The baseline renders with its own templates.
            base_project = _corpus(Path(tmp) / "base-project", args.topics)
            shutil.rmtree(base_project / "templates")
            shutil.copytree(base_tree / "templates", base_project / "templates")
            now: list[dict[str, float]] = []
            before: list[dict[str, float]] = []
            for _ in range(args.rounds):
                now.append(_run(ROOT, project))
                before.append(_run(base_tree, base_project))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base_tree)],
                           check=False, capture_output=True)
    best_now = min(now, key=lambda r: r["cpu"])
    best_before = min(before, key=lambda r: r["cpu"])
    result = {
        "machine": f"{platform.system()} {platform.machine()}, Python {platform.python_version()}",
        "baseline": args.baseline,
        "topics": str(args.topics.name),
        "now": {**best_now, "articles_per_s": best_now["articles"] / best_now["cpu"]},
        "before": {**best_before, "articles_per_s": best_before["articles"] / best_before["cpu"]},
        "ratio": best_now["cpu"] / best_before["cpu"],
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print("| version | articles | pages | CPU s | articles/s (one core) |\n|---|---:|---:|---:|---:|")
    for name, r in (("before (" + args.baseline + ")", result["before"]), ("now", result["now"])):
        print(f"| {name} | {r['articles']:.0f} | {r['pages']:.0f} | {r['cpu']:.1f} | {r['articles_per_s']:.0f} |")
    print(f"\nTopics: {args.topics.name}. Now takes {result['ratio']:.2f}× the CPU time of {args.baseline} "
          f"({result['machine']}).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
