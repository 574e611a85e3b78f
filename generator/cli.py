"""The ``briefing`` command. The only place that turns errors into messages and exit codes.

Exit codes: 0 success; 1 unexpected failure; 2 invalid configuration; 3 problems in the
corpus (``check``, or ``--strict``); 4 output could not be written safely; 5 MkDocs failed.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from . import pipeline
from .config import load_config
from .errors import BriefingError, ConfigError, CorpusError, Problem

EXIT_CODES = {0: "success", 1: "unexpected failure", 2: "invalid configuration",
              3: "problems in the corpus (check, or any command with --strict)",
              4: "output could not be written safely", 5: "MkDocs failed to build the site"}


def _parser() -> argparse.ArgumentParser:
    epilog = "exit codes: " + "; ".join(f"{k} {v}" for k, v in EXIT_CODES.items())
    parser = argparse.ArgumentParser(prog="briefing", description="Turn a folder of news articles into a briefing site.",
                                     epilog=epilog)
    parser.add_argument("--root", type=Path, default=Path("."), help="project folder (default: current folder)")
    parser.add_argument("--config", default="briefing.yml", help="settings file inside the project (default: briefing.yml)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--strict", action="store_true", help="fail on any problem in the corpus or any MkDocs warning")
    sub.add_parser("build", parents=[common], help="generate the pages, then build the site into site/",
                   description="Generate the pages into docs/, then build the static site with MkDocs.", epilog=epilog)
    sub.add_parser("generate", parents=[common], help="generate the Markdown pages into docs/ only",
                   description="Read, clean and analyse the articles and write the pages into docs/.", epilog=epilog)
    serve = sub.add_parser("serve", help="live preview that regenerates when an article or the config changes",
                           description="Serve the site locally and regenerate the pages whenever an article, "
                                       "the settings or the topics change.", epilog=epilog)
    serve.add_argument("--addr", default="127.0.0.1:8000", help="address to serve on (default 127.0.0.1:8000)")
    sub.add_parser("check", help="validate the corpus and the config; exit non-zero on errors",
                   description="Report every problem in the config and the corpus at once, without writing anything.",
                   epilog=epilog)
    return parser


def _report(problems: Sequence[Problem], skipped: Sequence[Problem] = ()) -> None:
    for p in list(problems) + list(skipped):
        print(p, file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    root = args.root.resolve()
    try:
        config = load_config(root, args.config)
        if args.command == "check":
            corpus = pipeline.load(config)
            _report(corpus.problems, corpus.skipped)
            errors = [p for p in corpus.problems if p.severity == "error"]
            print(f"{len(corpus.articles)} articles ok, {len(errors)} refused, "
                  f"{len(corpus.problems) - len(errors)} warnings, {len(corpus.skipped)} files skipped")
            return 3 if errors else 0
        if args.command == "generate":
            result = pipeline.generate(config, strict=args.strict)
        elif args.command == "build":
            result = pipeline.build(config, root / "mkdocs.yml", strict=args.strict)
        else:
            return _serve(config, root, args.addr)
        _report(result.digest.problems, result.digest.skipped)
        w = result.written
        refused = sum(1 for p in result.digest.problems if p.severity == "error")
        print(f"{len(result.digest.articles)} articles published, {refused} refused; "
              f"{len(w.written) if w else 0} pages written, {len(w.deleted) if w else 0} removed, "
              f"{w.unchanged if w else 0} unchanged"
              + (f"; site in {config.site_path}" if args.command == "build" else ""))
        if w and w.kept:
            print("kept (edited by hand since generated): " + ", ".join(w.kept), file=sys.stderr)
        return 0
    except (ConfigError, CorpusError) as exc:
        _report(exc.problems)
        print(f"briefing: {len(exc.problems)} problem(s); nothing was written.", file=sys.stderr)
        return exc.exit_code
    except BriefingError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return exc.exit_code


def _fingerprint(config_paths: Sequence[Path], folder: Path) -> tuple[tuple[str, float, int], ...]:
    entries = []
    for p in list(config_paths) + sorted(folder.rglob("*")):
        if p.is_file():
            st = p.stat()
            entries.append((str(p), st.st_mtime, st.st_size))
    return tuple(entries)


def _serve(config: pipeline.Config, root: Path, addr: str) -> int:
    from mkdocs.commands.serve import serve

    pipeline.generate(config)
    watched = [root / "briefing.yml", root / config.settings.topics_file]
    stop = threading.Event()

    def watch() -> None:
        seen = _fingerprint(watched, config.articles_path)
        while not stop.wait(1.0):
            now = _fingerprint(watched, config.articles_path)
            if now != seen:
                seen = now
                try:
                    fresh = load_config(root)
                    pipeline.generate(fresh)
                    print("briefing: pages regenerated", file=sys.stderr)
                except BriefingError as exc:
                    print(f"briefing: {exc}", file=sys.stderr)

    threading.Thread(target=watch, daemon=True).start()
    try:
        serve(config_file=str(root / "mkdocs.yml"), dev_addr=addr, livereload=True)
    finally:
        stop.set()
    return 0


def run() -> None:
    """Console-script entry point."""
    start = time.perf_counter()
    code = main()
    if code == 0:
        print(f"done in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    sys.exit(code)
