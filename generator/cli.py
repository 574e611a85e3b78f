"""The ``briefing`` command. The only place that turns errors into messages and exit codes.

Exit codes (also in ``briefing --help``):

- 0: success. ``build``/``generate`` published every good article; refused articles, if any,
  are listed on the console and in the build report, and do not fail the build.
- 1: unexpected failure (a bug: please report it with the traceback).
- 2: invalid configuration (``briefing.yml`` or the topics file); nothing was written.
- 3: problems in the corpus: ``check`` found an article to refuse (or, with ``--strict``, any
  warning); ``build``/``generate --strict`` found any problem and wrote nothing.
- 4: the output could not be written without losing something (a page of ``docs/`` the
  generator did not write, a damaged manifest, a link where a page should go).
- 5: MkDocs failed to build the site (with ``--strict``: MkDocs reported a warning).
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from . import pipeline
from .config import Config, load_config, salvage_settings
from .errors import BriefingError, ConfigError, CorpusError, Problem

EXIT_CODES = {0: "success (refused articles are listed, not fatal)", 1: "unexpected failure",
              2: "invalid configuration, nothing written",
              3: "problems in the corpus (check: an article refused; --strict: any problem), nothing written",
              4: "output could not be written without losing something", 5: "MkDocs failed to build the site"}


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
    sub.add_parser("check", parents=[common], help="validate the corpus and the config; exit non-zero on errors",
                   description="Report every problem in the config and the corpus at once, each with its file, "
                               "line, what is wrong and how to fix it, without writing anything.",
                   epilog=epilog)
    return parser


def _print(problems: Sequence[Problem], out: TextIO) -> None:
    for p in problems:
        print(p, file=out)


def _summary(problems: Sequence[Problem], notes: Sequence[Problem]) -> tuple[int, int, int]:
    """(files refused, warnings, files skipped as not articles)."""
    refused = len({p.path for p in problems if p.severity == "error"})
    warnings = sum(1 for p in problems if p.severity == "warning")
    skipped = sum(1 for p in notes if "skipped" in p.message or "not followed" in p.message
                  or "not read" in p.message)
    return refused, warnings, skipped


def _check(root: Path, config_file: str, strict: bool) -> int:
    """Report every problem of the config and of the corpus, then decide the exit code."""
    config_problems: list[Problem] = []
    try:
        config = load_config(root, config_file)
    except ConfigError as exc:
        config_problems = list(exc.problems)
        config = Config(root=root, settings=salvage_settings(root, config_file), topics=())
    corpus = pipeline.load(config)
    _print(config_problems, sys.stdout)
    _print(config.warnings, sys.stdout)
    ordered = sorted(corpus.problems, key=lambda p: (p.path, p.line or 0))
    _print([p for p in ordered if p.severity == "error"], sys.stdout)
    _print([p for p in ordered if p.severity != "error"], sys.stdout)
    _print(corpus.skipped, sys.stdout)
    refused, warnings, skipped = _summary(corpus.problems, corpus.skipped)
    print(f"{len(corpus.articles)} articles ok, {refused} refused, {warnings} warnings, {skipped} files skipped"
          + (f"; {len(config_problems)} problem(s) in the configuration" if config_problems else ""))
    if config_problems or (strict and config.warnings):
        return ConfigError.exit_code
    if refused or (strict and warnings):
        return CorpusError.exit_code
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    root = args.root.resolve()
    try:
        if args.command == "check":
            return _check(root, args.config, args.strict)
        config = load_config(root, args.config)
        if getattr(args, "strict", False) and config.warnings:
            raise ConfigError(list(config.warnings))
        _print(config.warnings, sys.stderr)
        if args.command == "generate":
            result = pipeline.generate(config, strict=args.strict)
        elif args.command == "build":
            result = pipeline.build(config, root / "mkdocs.yml", strict=args.strict)
        else:
            return _serve(config, root, args.addr)
        problems, notes = result.digest.problems, result.digest.skipped
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            print("refused (not published):", file=sys.stderr)
            _print(errors, sys.stderr)
        _print([p for p in problems if p.severity != "error"], sys.stderr)
        _print(notes, sys.stderr)
        w = result.written
        refused, warnings, skipped = _summary(problems, notes)
        print(f"{len(result.digest.articles)} articles published, {refused} refused, {warnings} warnings, "
              f"{skipped} files skipped; "
              f"{len(w.written) if w else 0} pages written, {len(w.deleted) if w else 0} removed, "
              f"{w.unchanged if w else 0} unchanged"
              + (f"; site in {config.site_path}" if args.command == "build" else "")
              + ("; see the build report (report.md) for the refused articles" if refused else ""))
        if w and w.kept:
            print("kept (edited by hand since generated): " + ", ".join(w.kept), file=sys.stderr)
        if w and w.ignored:
            print(f"ignored (not the generator's, left alone): entries of {config.settings.docs_dir}/.briefing/ "
                  "manifest or journal naming " + ", ".join(w.ignored[:20]) + (" …" if len(w.ignored) > 20 else "")
                  + "; someone edited those files: check the change that did", file=sys.stderr)
        if w and w.saved:
            print("edited by hand since generated, so your version was saved before the page was "
                  "regenerated: " + ", ".join(w.saved), file=sys.stderr)
        return 0
    except (ConfigError, CorpusError) as exc:
        _print(exc.problems, sys.stderr)
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
