"""Incremental generation: a full build from nothing, the same build again from the cache, and
one new article into the built corpus.

    python -m benchmarks.incremental [--size N] [--jobs N] [--topics FILE] [--site] [--cold-only] [--json]

The corpus is built at run time from real news (``../shared/eval``: the BBC News Summary
articles and the Multi-News validation documents interleaved, up to ``--size``; beyond those,
articles joined from halves of two real ones, their rarer words renamed (:func:`sources`);
written only into a temporary folder) with the five BBC topics (``benchmarks/bbc_topics.yml``). One article is held
back and added for the last step. Each step is one ``briefing generate`` (read, clean, analyse,
render, write ``docs/``; no MkDocs) in a fresh interpreter, as CI would run it; the figures are
its wall seconds, its CPU seconds (the worker processes' included), its peak memory (the main
process's, and with the workers it forks: their proportional set sizes summed, sampled every
0.2 s) and the pages written.

    cold      no cache, no docs/: everything analysed, every page written
    warm      nothing changed: every file from the cache, no page rewritten
    one new   one more article: only it analysed; the pages whose content changed rewritten

With ``--site`` each step is a whole ``briefing build``: the generation, then MkDocs with the
site's page cache (:mod:`generator.write.site_cache`), timed apart, with the pages MkDocs reused.
``--cold-only`` runs the first step alone (the 100,000-file case).
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from .data import BBC, MULTI_NEWS, missing

ROOT = Path(__file__).resolve().parents[1]
TOPICS = ROOT / "benchmarks" / "bbc_topics.yml"

# Runs one generation in the tree under test and prints its figures as JSON.
_CHILD = """
import json, os, resource, sys, threading, time
start_wall, start_cpu = time.perf_counter(), time.process_time()
# The memory of this process and the workers it forks, together: the sum of their proportional
# set sizes (a page shared by two counts half in each), sampled every 0.2 s (Linux only).
tree = {"mb": 0.0}
def _pss(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            return sum(int(line.split()[1]) for line in fh if line.startswith("Pss:")) / 1024
    except OSError:
        return 0.0
def _family(pid):
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        try:
            for t in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{t}/children") as fh:
                    todo += [int(c) for c in fh.read().split()]
        except OSError:
            pass
    return found
def _sample():
    while True:
        tree["mb"] = max(tree["mb"], sum(_pss(p) for p in _family(os.getpid())))
        time.sleep(0.2)
if os.path.exists("/proc/self/smaps_rollup"):
    threading.Thread(target=_sample, daemon=True).start()
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from generator.config import load_config
from generator.pipeline import generate
from generator.progress import Progress
config = load_config(Path(sys.argv[2]))
result = generate(config, cache=True, jobs=int(sys.argv[3]), progress=Progress.to(sys.stderr, verbose=True))
site = {}
if sys.argv[4] == "site":  # then MkDocs, as `briefing build` runs it, timed apart
    from generator.pipeline import SITE_RECORDS, write_starter_mkdocs
    from generator.write.site import build_site
    generate_wall, generate_cpu = time.perf_counter() - start_wall, time.process_time() - start_cpu
    write_starter_mkdocs(config.root / "mkdocs.yml")
    kept = build_site(config.root / "mkdocs.yml", config.site_path, strict=False,
                      cache=config.root / config.settings.cache_dir / SITE_RECORDS)
    site = {"site_wall": time.perf_counter() - start_wall - generate_wall,
            "site_cpu": time.process_time() - start_cpu - generate_cpu,
            "site_pages": len(kept.fresh), "converted_before": kept.hits["render"],
            "laid_out_before": kept.hits["layout"]}
children = resource.getrusage(resource.RUSAGE_CHILDREN)
w = result.written
print(json.dumps({**site, "wall": time.perf_counter() - start_wall,
                  "cpu": time.process_time() - start_cpu + children.ru_utime + children.ru_stime,
                  "articles": len(result.digest.articles), "pages": len(result.pages),
                  "written": len(w.written), "unchanged": w.unchanged, "deleted": len(w.deleted),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "tree_mb": tree["mb"]}))
"""


def sources(size: int) -> list[tuple[str, bytes]]:
    """``size`` article files of real news, the same mix at every size.

    The BBC News Summary articles and the Multi-News validation documents are interleaved in
    proportion (about three BBC articles to one Multi-News document), so a corpus of 1,000 and
    one of 3,000 read alike and their times compare. Beyond the real files (about 2,900), each
    further article joins the first half of one real article's paragraphs to the second half of
    another's, a different pair each time, and gives every word outside the corpus's 3,000
    commonest a suffix of its own (``Ankara`` becomes ``Ankaraqbf``): real prose about a new
    event, with new names, not a copy that would join the articles it came from into one story.
    """
    bbc = [(f"bbc-{p.parent.name}-{p.name}", p.read_bytes()) for p in sorted((BBC / "articles").glob("*/*.txt"))] \
        if (BBC / "articles").is_dir() else []
    mn = [(f"mn-{p.parent.name}-{p.name}", p.read_bytes()) for p in sorted(MULTI_NEWS.glob("cluster_*/doc_*.txt"))] \
        if MULTI_NEWS.is_dir() else []
    real = [f for _, _, f in sorted([((i + 0.5) / len(bbc), 0, f) for i, f in enumerate(bbc)]
                                     + [((i + 0.5) / len(mn), 1, f) for i, f in enumerate(mn)])]
    found = real[:size]
    if len(found) >= size or not real:
        return found
    counts = Counter(w.lower() for _, data in real for w in _WORD.findall(data.decode("utf-8", "replace")))
    common = {w for w, _ in counts.most_common(COMMON_WORDS)}
    i = 0
    while len(found) < size:
        (name, a), (_, b) = real[i % len(real)], real[(i // len(real) * 7919 + i * 31 + 1) % len(real)]
        pa, pb = a.replace(b"\r\n", b"\n").split(b"\n\n"), b.replace(b"\r\n", b"\n").split(b"\n\n")
        text = b"\n\n".join(pa[: max(1, len(pa) // 2)] + pb[len(pb) // 2:]).decode("utf-8", "replace")
        found.append((f"new{i:06d}-{name}", _new_names(text, common, i).encode("utf-8")))
        i += 1
    return found


COMMON_WORDS = 3000
_WORD = re.compile(r"[A-Za-z]+")


def _new_names(text: str, common: set[str], key: int) -> str:
    """Every word of ``text`` outside ``common`` with the suffix of ``key`` (letters: 0 is "qa")."""
    suffix, k = "", key
    while True:
        suffix = "abcdefghijklmnopqrstuvwxyz"[k % 26] + suffix
        k //= 26
        if not k:
            break
    suffix = "q" + suffix
    return _WORD.sub(lambda m: m.group(0) if m.group(0).lower() in common else m.group(0) + suffix, text)


def project(dest: Path, files: list[tuple[str, bytes]], topics: Path) -> Path:
    (dest / "articles").mkdir(parents=True)
    for name, data in files:
        (dest / "articles" / name).write_bytes(data)
    shutil.copyfile(topics, dest / "topics.yml")
    return dest


def step(project_dir: Path, jobs: int, tree: Path = ROOT, site: bool = False) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", _CHILD, str(tree), str(project_dir), str(jobs),
                           "site" if site else "-"], check=False,
                          capture_output=True, text=True, cwd=project_dir)
    if done.returncode != 0:
        raise SystemExit(f"the generation failed:\n{done.stderr[-3000:]}")
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    figures["stages"] = done.stderr.strip()  # type: ignore[assignment]  # one line per stage
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=3000, help="articles in the built corpus (default 3000)")
    parser.add_argument("--jobs", type=int, default=1, help="processes, as briefing's --jobs (default 1)")
    parser.add_argument("--topics", type=Path, default=TOPICS, help="topics file to build with")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--stages", action="store_true", help="also print each step's stage lines")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the generator checkout to run (default: this one)")
    parser.add_argument("--site", action="store_true",
                        help="each step is `briefing build`: the generation, then MkDocs with the site's page cache")
    parser.add_argument("--cold-only", action="store_true",
                        help="only the build from nothing (the 100,000-file case: each step takes an hour)")
    args = parser.parse_args(argv)
    if why := missing(BBC) or missing(MULTI_NEWS):
        print(why, file=sys.stderr)
        return 2
    files = sources(args.size + 1)
    held = files.pop(len(files) // 2)  # the article that arrives
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = project(Path(tmp) / "project", files, args.topics)
        started = time.perf_counter()
        rows["cold"] = step(root, args.jobs, args.tree, args.site)
        if not args.cold_only:
            rows["warm"] = step(root, args.jobs, args.tree, args.site)
            (root / "articles" / held[0]).write_bytes(held[1])
            rows["one new"] = step(root, args.jobs, args.tree, args.site)
        total = time.perf_counter() - started
    result = {"machine": f"{platform.system()} {platform.machine()}, Python {platform.python_version()}",
              "files": len(files), "jobs": args.jobs, "topics": args.topics.name, "steps": rows,
              "benchmark_s": round(total, 1)}
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print("| step | articles | wall s | CPU s | peak MB | with workers MB | pages | written | unchanged | removed |\n"
          "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in rows.items():
        print(f"| {name} | {r['articles']:,.0f} | {r['wall']:.1f} | {r['cpu']:.1f} | {r['peak_mb']:,.0f} | "
              f"{r.get('tree_mb', 0):,.0f} | {r['pages']:,.0f} | "
              f"{r['written']:,.0f} | {r['unchanged']:,.0f} | {r['deleted']:,.0f} |")
    if args.site:
        cold = rows["cold"]
        print("\n| step | MkDocs wall s | MkDocs CPU s | site pages | converted before | laid out before "
              "| whole build CPU s | of the cold build |\n|---|---:|---:|---:|---:|---:|---:|---:|")
        for name, r in rows.items():
            print(f"| {name} | {r['site_wall']:.1f} | {r['site_cpu']:.1f} | {r['site_pages']:,.0f} | "
                  f"{r['converted_before']:,.0f} | {r['laid_out_before']:,.0f} | {r['cpu']:.1f} | "
                  f"{r['cpu'] / cold['cpu']:.0%} |")
    print(f"\n{len(files):,} files (+1), topics {args.topics.name}, --jobs {args.jobs}; {result['machine']}.")
    if args.stages:
        for name, r in rows.items():
            print(f"\n{name}:\n{r['stages']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
