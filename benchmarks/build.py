"""Build-speed benchmark: generate + MkDocs build on the seeds and on larger corpora.

    python -m benchmarks.build [--bbc DIR] [--sizes 500,2225] [--json]

The large corpora are the BBC News articles read from ``../shared/eval/bbc-news-summary``
(evaluation data, read in place and copied only into a temporary folder). Prints, per corpus
size: seconds to read+clean+analyse+render, to write docs/, to run MkDocs, and the size of
the nav (which MkDocs writes into every page).

The baseline, run in the same process right after: bare MkDocs (the same Material theme and
search, none of our plugin, overrides or Markdown extensions) on as many plain pages as the
briefing has, each holding the words (with their commas and full stops) of one generated page
in plain paragraphs of a hundred words, with a nav of
ten entries as ours has a dozen. The issue's bound: our MkDocs step within 1.5 times that.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BBC = ROOT.parent / "shared" / "eval" / "bbc-news-summary"
PROJECT = ("briefing.yml", "topics.yml", "mkdocs.yml", "templates", "generator", "docs/stylesheets")


def _project(dest: Path, articles: list[Path] | None) -> Path:
    dest.mkdir(parents=True)
    for name in PROJECT:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, dest / name)
    target = dest / "articles"
    if articles is None:
        shutil.copytree(ROOT / "articles", target)
    else:
        target.mkdir()
        for path in articles:
            name = f"{path.parent.name}-{path.name}"
            (target / name).write_bytes(path.read_bytes())
    return dest


def run_once(root: Path) -> dict[str, float]:
    from generator.config import load_config
    from generator.pipeline import generate
    from generator.render.pages import write_theme_override
    from generator.write.site import build_site

    config = load_config(root)
    t0 = time.perf_counter()
    result = generate(config, write=False)
    t1 = time.perf_counter()
    from generator.write import write_pages

    write_pages(config.docs_path, result.pages)
    write_theme_override(root)  # as `briefing build` does: the theme's custom_dir
    t2 = time.perf_counter()
    build_site(root / "mkdocs.yml", config.site_path, strict=False)
    t3 = time.perf_counter()
    bare = bare_mkdocs_s(root.parent / f"{root.name}-bare", [t for path, t in result.pages.items() if path.endswith(".md")])
    return {"articles": len(result.digest.articles), "analyse_render_s": round(t1 - t0, 2),
            "write_s": round(t2 - t1, 2), "mkdocs_s": round(t3 - t2, 2), "total_s": round(t3 - t0, 2),
            "pages": sum(1 for p in result.pages if p.endswith(".md")),
            "bare_mkdocs_s": round(bare, 2), "mkdocs_vs_bare": round((t3 - t2) / bare, 2)}


_WORDS = re.compile(r"[A-Za-z0-9]+[.,;:?’”]?")  # words with their ordinary punctuation


def bare_mkdocs_s(dest: Path, pages: list[str]) -> float:
    """Seconds bare MkDocs takes on ``len(pages)`` plain pages with the words of ``pages``."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    docs = dest / "docs"
    (docs / "p").mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n\nPlain pages.\n", encoding="utf-8")
    for i, page in enumerate(pages):
        words = _WORDS.findall(page)
        paragraphs = [" ".join(words[j:j + 100]) for j in range(0, len(words), 100)]
        (docs / "p" / f"{i:06d}.md").write_text(f"# Page {i}\n\n" + "\n\n".join(paragraphs) + "\n",
                                               encoding="utf-8")
    nav = "".join(f"  - p/{i:06d}.md\n" for i in range(min(10, len(pages))))
    (dest / "mkdocs.yml").write_text(f"site_name: Bare\ntheme:\n  name: material\nnav:\n  - index.md\n{nav}"
                                     "not_in_nav: |\n  /p/*.md\n", encoding="utf-8")
    start = time.perf_counter()
    build(load_config(str(dest / "mkdocs.yml")))
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bbc", type=Path, default=DEFAULT_BBC, help="BBC News Summary folder")
    parser.add_argument("--sizes", default="500,2225", help="corpus sizes taken from the BBC articles")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        rows.append({"corpus": "seeds", **run_once(_project(Path(tmp) / "seeds", None))})
        files = sorted((args.bbc / "articles").glob("*/*.txt")) if (args.bbc / "articles").is_dir() else []
        if not files:
            print(f"skipping the large corpora: {args.bbc} not found", file=sys.stderr)
        for size in (int(s) for s in args.sizes.split(",") if s):
            if not files:
                break
            chosen = files[:: max(1, len(files) // size)][:size]
            rows.append({"corpus": f"bbc-{len(chosen)}", **run_once(_project(Path(tmp) / f"bbc{size}", chosen))})
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    if args.json:
        print(json.dumps({"machine": machine, "rows": rows}, indent=1))
    else:
        print(f"machine: {machine}")
        print(f"{'corpus':<10} {'articles':>8} {'pages':>6} {'analyse+render s':>17} {'write s':>8} {'mkdocs s':>9} "
              f"{'total s':>8} {'bare mkdocs s':>14} {'ours/bare':>9}")
        for r in rows:
            print(f"{r['corpus']:<10} {r['articles']:>8} {r['pages']:>6} {r['analyse_render_s']:>17} "
                  f"{r['write_s']:>8} {r['mkdocs_s']:>9} {r['total_s']:>8} {r['bare_mkdocs_s']:>14} {r['mkdocs_vs_bare']:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
