"""The ``briefing`` command. The only place that turns errors into messages and exit codes.

Conventions: every problem and error goes to stderr, results (the summary line, ``check``'s
verdict, ``--format json|github`` output) to stdout; ``-q`` prints only problems and errors,
``-v`` more detail; ``--root``, ``--config``, ``-q`` and ``-v`` go before or after the command.

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
- 6: a template is missing or broken (the message names the template and line). One of Briefing's
  templates: nothing was written; one of the MkDocs theme's (an override): the pages were
  written, the site was not built.
- 64: usage error: an unknown command or option, or a bad option value (EX_USAGE of sysexits.h).
- 130: interrupted (Ctrl-C); what was written before is left whole.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

import jinja2

from . import pipeline, scaffold
from .config import Config, load_config, salvage_settings
from .errors import BriefingError, ConfigError, CorpusError, Problem, TemplateError, printable
from .progress import Progress

EXIT_USAGE = 64  # EX_USAGE of sysexits.h, as Git's and BSD tools' usage errors
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for a program stopped by Ctrl-C

EXIT_CODES = {0: "success (refused articles are listed, not fatal)", 1: "unexpected failure",
              2: "invalid configuration, nothing written",
              3: "problems in the corpus (check: an article refused; --strict: any problem), nothing written",
              4: "output could not be written without losing something", 5: "MkDocs failed to build the site",
              6: "a template is missing or broken (named with its line); nothing written if it is Briefing's",
              EXIT_USAGE: "usage error (unknown command or option, bad value)",
              EXIT_INTERRUPTED: "interrupted (Ctrl-C)"}

FORMATS = ("text", "json", "github")


def version() -> str:
    """The installed package's version (``briefing --version``)."""
    try:
        return metadata.version("briefing")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return str(getattr(sys.modules.get(__package__ or ""), "__version__", "unknown (not installed)"))


class _Parser(argparse.ArgumentParser):
    """argparse with its own exit code for usage errors (argparse's 2 is our invalid configuration)."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


class _Formatter(argparse.HelpFormatter):
    """Wraps descriptions as usual but keeps the exit-code table one code a line."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.startswith("exit codes:"):
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)


def _add_global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """``--root``, ``--config``, ``-q``, ``-v`` on the main parser and on every command.

    After the command they default to SUPPRESS, so that an option given before the command is
    not reset by the command's own default.
    """
    def default(value: object) -> object:
        return value if top else argparse.SUPPRESS

    group = parser.add_argument_group("global options (before or after the command)")
    group.add_argument("--root", type=Path, default=default(Path(".")),
                       help="project folder (default: current folder)")
    group.add_argument("--config", default=default("briefing.yml"),
                       help="settings file inside the project (default: briefing.yml)")
    group.add_argument("-q", "--quiet", action="store_true", default=default(False),
                       help="print only problems and errors")
    group.add_argument("-v", "--verbose", action="store_true", default=default(False),
                       help="print more detail (settings used, each page written, each article checked)")


def _parser() -> argparse.ArgumentParser:
    epilog = "exit codes:\n" + "\n".join(f"  {k:<3} {v}" for k, v in EXIT_CODES.items())
    parser = _Parser(prog="briefing", description="Turn a folder of news articles into a briefing site.",
                     epilog=epilog, formatter_class=_Formatter)
    parser.add_argument("--version", action="version", version=f"briefing {version()}")
    _add_global_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = _Parser(add_help=False)
    common.add_argument("--strict", action="store_true", help="fail on any problem in the corpus or any MkDocs warning")
    commands = [
        sub.add_parser("build", parents=[common], help="generate the pages, then build the site into site/",
                       description="Generate the pages into docs/, then build the static site with MkDocs.",
                       epilog=epilog, formatter_class=_Formatter),
        sub.add_parser("generate", parents=[common], help="generate the Markdown pages into docs/ only",
                       description="Read, clean and analyse the articles and write the pages into docs/.",
                       epilog=epilog, formatter_class=_Formatter),
    ]
    for command in commands:  # the per-article work: processes and cache
        command.add_argument("--jobs", type=_jobs, default=None, metavar="N",
                             help="processes that clean and analyse the articles (default: the jobs setting; "
                                  "0 there means one per core); the pages do not depend on it")
        command.add_argument("--no-cache", action="store_true",
                             help="analyse every article afresh, without reading or writing the cache_dir folder")
    serve = sub.add_parser("serve", help="live preview that regenerates when an article, the settings, the topics or "
                                         "a template changes",
                           description="Generate the pages, serve the site locally with MkDocs' development server "
                                       "(live reload), and regenerate the pages whenever an article, the settings "
                                       "file (--config), the topics file or a template changes.", epilog=epilog,
                           formatter_class=_Formatter)
    serve.add_argument("--addr", type=_address, default="127.0.0.1:8000", metavar="HOST:PORT",
                       help="address to serve on (default 127.0.0.1:8000)")
    check = sub.add_parser("check", parents=[common], help="validate the corpus and the config; exit non-zero on errors",
                           description="Report every problem in the config and the corpus at once, each with its "
                                       "file, line, what is wrong and how to fix it, without writing anything.",
                           epilog=epilog, formatter_class=_Formatter)
    check.add_argument("--format", choices=FORMATS, default="text",
                       help="text: one line a problem on stderr (default); json: a JSON array on stdout, one "
                            "object per problem (file, line, severity, code, message, fix); github: GitHub "
                            "Actions workflow annotations on stdout")
    new = sub.add_parser("new", help="write a ready project (settings, one topic, mkdocs.yml, workflow) into DIR",
                         description="Write a new project into DIR (created if missing; it must be empty): "
                                     "briefing.yml, topics.yml with one example topic, mkdocs.yml, the GitHub "
                                     "Pages workflow and articles/ with a README. `briefing build --root DIR` "
                                     "builds it at once.", epilog=epilog, formatter_class=_Formatter)
    new.add_argument("dir", type=Path, metavar="DIR", help="the folder of the new project")
    imp = sub.add_parser("import", help="add new articles from RSS/Atom feeds (feeds: in briefing.yml, or given)",
                         description="Read each feed, fetch the page of every item the corpus does not have yet "
                                     "(same address without tracking parameters, or same text) and write it into "
                                     "the articles folder as a new .txt file with front matter. Existing files are "
                                     "never changed. A feed or page that fails is reported and skipped, and the "
                                     "command then exits with 3 (the others are imported).",
                         epilog=epilog, formatter_class=_Formatter)
    imp.add_argument("feeds", nargs="*", metavar="FEED", help="an http(s) address of a feed (or of one page), or a "
                     "feed file; default: the feeds listed under feeds: in briefing.yml")
    for command in (*commands, serve, check, new, imp):
        _add_global_options(command, top=False)
    return parser


def _jobs(text: str) -> int:
    """``--jobs N``: a whole number of processes, at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1 process, got {value}")
    return value


@dataclass(frozen=True)
class Options:
    """The global options, resolved wherever on the command line they were given."""

    root: Path  # as given (relative to the current folder), for the paths shown to the user
    config: str
    quiet: bool
    verbose: bool


def _options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Options:
    if args.quiet and args.verbose:
        parser.error("-q/--quiet and -v/--verbose cannot be used together")
    return Options(root=args.root, config=args.config, quiet=args.quiet, verbose=args.verbose)


def _print(problems: Sequence[Problem], out: TextIO, opts: Options) -> None:
    for p in problems:
        if not (opts.quiet and p.severity == "note"):
            print(p, file=out)


def _detail(text: str, opts: Options) -> None:
    if opts.verbose:
        print(printable(text), file=sys.stderr)


def _summary(problems: Sequence[Problem], notes: Sequence[Problem]) -> tuple[int, int, int]:
    """(files refused, warnings, files skipped as not articles)."""
    refused = len({p.path for p in problems if p.severity == "error"})
    warnings = sum(1 for p in problems if p.severity == "warning")
    skipped = sum(1 for p in notes if "skipped" in p.message or "not followed" in p.message
                  or "not read" in p.message)
    return refused, warnings, skipped


def _shown(path: Path) -> str:
    """``path`` relative to the current folder when it lies inside it (as CI annotations want), else absolute."""
    absolute = Path(os.path.abspath(path))
    with contextlib.suppress(ValueError):
        return absolute.relative_to(Path.cwd()).as_posix()
    return absolute.as_posix()


def _record(p: Problem, base: Path) -> dict[str, object]:
    """One problem as ``check --format json`` writes it; ``base`` is the folder its path is relative to."""
    return {"file": _shown(base / p.path), "line": p.line, "severity": p.severity, "code": p.code,
            "message": p.message, "fix": p.hint}


def _github_data(text: str) -> str:
    # GitHub's rules for a workflow command's message (actions/toolkit, command.ts escapeData).
    return printable(text, keep="\r\n").replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(text: str) -> str:
    # ... and for a property value (escapeProperty): also the separators ':' and ','.
    return _github_data(text).replace(":", "%3A").replace(",", "%2C")


_GITHUB_LEVEL = {"error": "error", "warning": "warning", "note": "notice"}


def _annotation(record: dict[str, Any]) -> str:
    """A problem as a GitHub Actions workflow annotation (``::error file=…,line=…::message``)."""
    props = [f"file={_github_property(record['file'])}"]
    if record["line"]:
        props.append(f"line={record['line']}")
    props.append(f"title={_github_property('briefing ' + record['code'])}")
    message = f"{record['message']} (fix: {record['fix']})"
    return f"::{_GITHUB_LEVEL.get(record['severity'], 'error')} {','.join(props)}::{_github_data(message)}"


def _check(root: Path, opts: Options, strict: bool, fmt: str) -> int:
    """Report every problem of the config and of the corpus, then decide the exit code."""
    config_problems: list[Problem] = []
    try:
        config = load_config(root, opts.config)
    except ConfigError as exc:
        config_problems = list(exc.problems)
        config = Config(root=root, settings=salvage_settings(root, opts.config), topics=())
    _detail(f"settings: {root / opts.config}; {len(config.topics)} topics; articles in {config.articles_path}", opts)
    corpus = pipeline.load(config)
    ordered = sorted(corpus.problems, key=lambda p: (p.path, p.line or 0))
    # Config problems are named relative to the project, the corpus's relative to its folder.
    found = [*((p, opts.root) for p in (*config_problems, *config.warnings)),
             *((p, opts.root / config.settings.articles_dir)
               for p in (*(p for p in ordered if p.severity == "error"), *(p for p in ordered if p.severity != "error"),
                         *corpus.skipped))]
    if opts.quiet:
        found = [(p, base) for p, base in found if p.severity != "note"]
    if fmt == "text":
        _print([p for p, _ in found], sys.stderr, opts)
    else:
        records = [_record(p, base) for p, base in found]
        if fmt == "json":
            print(json.dumps(records, indent=2, ensure_ascii=True))
        else:
            for record in records:
                print(_annotation(record))
    for article in corpus.articles:
        _detail(f"ok: {article.source_path}", opts)
    refused, warnings, skipped = _summary(corpus.problems, corpus.skipped)
    clean = not (config_problems or config.warnings or refused or warnings)
    if not opts.quiet:
        print(f"{len(corpus.articles)} articles ok, {refused} refused, {warnings} warnings, {skipped} files skipped"
              + (f"; {len(config_problems)} problem(s) in the configuration" if config_problems else "")
              + (": no problems" if clean else ""), file=sys.stderr if fmt == "json" else sys.stdout)
    if config_problems or (strict and config.warnings):
        return ConfigError.exit_code
    if refused or (strict and warnings):
        return CorpusError.exit_code
    return 0


def _template_problem(exc: jinja2.TemplateError, root: Path, in_site_build: bool) -> Problem:
    """The template at fault and the line, from the exception or the template's frame in the traceback."""
    filename: str | None = getattr(exc, "filename", None)
    line: int | None = getattr(exc, "lineno", None)
    if filename is None:
        # Jinja rewrites the traceback so that a template's code runs under its file name and line.
        tb: TracebackType | None = exc.__traceback__
        while tb is not None:
            name = tb.tb_frame.f_code.co_filename
            if not name.endswith(".py") and not name.startswith("<"):
                filename, line = name, tb.tb_lineno
            tb = tb.tb_next
    shown = filename or f"templates/{getattr(exc, 'name', None) or '?'}"
    with contextlib.suppress(ValueError):
        shown = Path(shown).resolve().relative_to(root).as_posix()
    if isinstance(exc, jinja2.TemplateNotFound):
        return Problem(shown, f"template {exc.name!r} not found ({exc.message or exc.name})",
                       "put the template in the project's templates/ folder, or correct the name that refers to it",
                       line, code="template-missing")
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return Problem(shown, f"template syntax error: {exc.message}",
                       "fix the Jinja syntax at that line ({% %} and {{ }} must be closed and balanced)", line,
                       code="template-syntax")
    return Problem(shown, f"template uses an undefined value: {exc.message}",
                   ("use only the names MkDocs and the theme pass to the template (see the theme's documentation)"
                    if in_site_build else "use only the names the generator passes to the template (see the "
                    "shipped templates)") + ", or guard it with {% if ... is defined %}", line, code="template-undefined")


@contextlib.contextmanager
def _templates_named(root: Path) -> Iterator[None]:
    """Turn Jinja's errors, raised deep in rendering, into a TemplateError naming the template and line."""
    try:
        yield
    except (jinja2.TemplateNotFound, jinja2.TemplateSyntaxError, jinja2.UndefinedError) as exc:
        in_site_build = _raised_in_mkdocs(exc)
        raise TemplateError(_template_problem(exc, root, in_site_build), in_site_build) from None


def _raised_in_mkdocs(exc: BaseException) -> bool:
    """Whether MkDocs (building the site from the written pages) was rendering when ``exc`` rose."""
    tb = exc.__traceback__
    while tb is not None:
        if str(tb.tb_frame.f_globals.get("__name__", "")).startswith("mkdocs."):
            return True
        tb = tb.tb_next
    return False


def main(argv: Sequence[str] | None = None, *, timed: bool = False) -> int:
    """Run the command ``argv`` (default: the process's arguments); return its exit code.

    argparse's own exits (``--help``, ``--version``, a usage error) raise SystemExit.
    """
    start = time.perf_counter()
    parser = _parser()
    args = parser.parse_args(argv)
    opts = _options(parser, args)
    root = opts.root.resolve()
    try:
        with _templates_named(root):
            code = _run_command(args, opts, root)
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (ConfigError, CorpusError) as exc:
        _print(exc.problems, sys.stderr, opts)
        print(f"briefing: {len(exc.problems)} problem(s); nothing was written.", file=sys.stderr)
        return exc.exit_code
    except TemplateError as exc:
        print(exc.problem, file=sys.stderr)
        print("briefing: a template of the MkDocs theme is missing or broken; the pages were written, the site "
              "was not built." if exc.in_site_build else
              "briefing: a template is missing or broken; nothing was written.", file=sys.stderr)
        return exc.exit_code
    except BriefingError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return exc.exit_code
    if code == 0 and timed and not opts.quiet:
        print(f"done in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return code


def _run_command(args: argparse.Namespace, opts: Options, root: Path) -> int:
    if args.command == "check":
        return _check(root, opts, args.strict, args.format)
    if args.command == "new":
        return _new(args.dir, opts)
    config = load_config(root, opts.config)
    if getattr(args, "strict", False) and config.warnings:
        raise ConfigError(list(config.warnings))
    _print(config.warnings, sys.stderr, opts)
    _detail(f"settings: {root / opts.config}; {len(config.topics)} topics; articles in {config.articles_path}; "
            f"pages into {config.docs_path}", opts)
    if args.command == "import":
        return _import(config, args.feeds, opts)
    if args.command in ("generate", "build"):
        jobs = args.jobs if args.jobs is not None else config.settings.jobs or os.cpu_count() or 1
        progress = Progress.to(sys.stderr, quiet=opts.quiet, verbose=opts.verbose)
        if args.command == "generate":
            result = pipeline.generate(config, strict=args.strict, cache=not args.no_cache, jobs=jobs,
                                       progress=progress)
        else:
            result = pipeline.build(config, root / "mkdocs.yml", strict=args.strict, cache=not args.no_cache,
                                    jobs=jobs, progress=progress)
    else:
        return _serve(config, root, args.addr, opts)
    problems, notes = result.digest.problems, result.digest.skipped
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        print("refused (not published):", file=sys.stderr)
        _print(errors, sys.stderr, opts)
    _print([p for p in problems if p.severity != "error"], sys.stderr, opts)
    _print(notes, sys.stderr, opts)
    w = result.written
    if w:
        for path in w.written:
            _detail(f"written: {config.settings.docs_dir}/{path}", opts)
        for path in w.deleted:
            _detail(f"removed: {config.settings.docs_dir}/{path}", opts)
    refused, warnings, skipped = _summary(problems, notes)
    if not opts.quiet:
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


def _new(folder: Path, opts: Options) -> int:
    try:
        written = scaffold.create(folder)
    except scaffold.NotEmpty as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for path in written:
        _detail(f"written: {folder / path}", opts)
    if not opts.quiet:
        print(f"new project in {folder}: {len(written)} files written; add articles to {folder / 'articles'}, "
              f"then run: briefing build --root {folder}")
    return 0


def _import(config: Config, given: Sequence[str], opts: Options) -> int:
    """``briefing import``: feeds given on the command line (relative to the current folder), else the settings'."""
    from .fetch import importer

    feeds = (importer.sources(given, Path.cwd()) if given
             else importer.sources(config.settings.feeds, config.root))
    if not feeds:
        print("briefing: no feeds to import from: list them under 'feeds:' in briefing.yml, or give them on the "
              "command line (briefing import https://example.org/feed.xml)", file=sys.stderr)
        return EXIT_USAGE
    report = importer.import_articles(config, feeds, user_agent=f"briefing/{version()} (briefing import)")
    _print(report.problems, sys.stderr, opts)
    if opts.verbose:
        _print(report.present, sys.stderr, opts)
    for item in report.written:
        _detail(f"imported: {config.settings.articles_dir}/{item.path} ({item.url})", opts)
    if not opts.quiet:
        print(f"{len(report.written)} articles imported, {len(report.present)} already present, "
              f"{len(report.problems)} failed" + ("" if report.problems else ": no problems"))
    return CorpusError.exit_code if report.problems else 0


def _address(text: str) -> str:
    """``--addr``: HOST:PORT, the port a number from 0 to 65535 (an IPv6 host in brackets)."""
    host, sep, port = text.rpartition(":")
    if not sep or not host.strip("[]") or not port.isdigit() or int(port) > 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not HOST:PORT (for example 127.0.0.1:8000)")
    return text


def _serve(config: pipeline.Config, root: Path, addr: str, opts: Options) -> int:
    """Generate the pages, then serve the site with MkDocs' development server; regenerate the
    pages (with the settings file given, read again) whenever an article, the settings, the topics
    or a template changes, and let MkDocs rebuild (generator/serve.py)."""
    from . import serve

    mkdocs_file = root / "mkdocs.yml"

    def generate(current: Config) -> None:
        with _templates_named(root):
            result = pipeline.generate(current, cache=True)
        pipeline.write_starter_mkdocs(mkdocs_file)
        problems, notes = result.digest.problems, result.digest.skipped
        _print([p for p in problems if p.severity != "note"], sys.stderr, opts)
        refused, warnings, _ = _summary(problems, notes)
        if not opts.quiet:
            print(f"briefing: pages generated: {len(result.digest.articles)} articles published, {refused} refused, "
                  f"{warnings} warnings", file=sys.stderr)

    def regenerate() -> None:
        try:
            fresh = load_config(root, opts.config)
            _print(fresh.warnings, sys.stderr, opts)
            generate(fresh)
        except (ConfigError, CorpusError) as exc:
            _print(exc.problems, sys.stderr, opts)
            print("briefing: pages not regenerated; still serving the last good site", file=sys.stderr)
        except TemplateError as exc:
            print(exc.problem, file=sys.stderr)
            print("briefing: pages not regenerated; still serving the last good site", file=sys.stderr)
        except BriefingError as exc:
            print(f"briefing: {exc}; still serving the last good site", file=sys.stderr)

    def announce(url: str) -> None:
        print(f"briefing: serving on {url} (Ctrl-C to stop)", file=sys.stderr, flush=True)

    serve.check_address(addr)  # before the pages and the site are built
    generate(config)
    watched = serve.sources(root, root / opts.config, root / config.settings.topics_file, config.articles_path)
    serve.serve(mkdocs_file, addr, watched, regenerate, announce=announce)
    return 0


def run() -> None:
    """Console-script entry point."""
    try:
        code = main(timed=True)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader of our output went away (``briefing check --format json | head``): not an
        # error of ours. Point stdout at /dev/null so the interpreter's final flush stays quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = 0
    sys.exit(code)
