"""The briefing command behaves like the tools its users know: --version, -q/-v, global options
before or after the command, a usage error's own exit code, Ctrl-C without a traceback,
problems on stderr and results on stdout, machine-readable check output, and a clean error
for a broken template. Each test runs the command as a user does (a subprocess, or the entry
function with its streams captured) and asserts the exit code, stdout and stderr."""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest

from generator import pipeline
from generator.cli import EXIT_CODES, EXIT_INTERRUPTED, EXIT_USAGE, main
from generator.errors import GENERIC_CODE, PROBLEM_CODES, Problem, problem_code

from .conftest import ROOT, copy_project

DATA = Path(__file__).parent / "data" / "hostile"


def run(*args: str) -> tuple[int, str, str]:
    """The entry function with its streams captured: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse's own exits: --help, --version, usage errors
            code = exc.code if isinstance(exc.code, int) else 1
    return code, out.getvalue(), PROGRESS.sub("", err.getvalue())


# The one line per finished stage that stderr carries without a terminal (tests/test_progress.py
# checks those); here only what follows them matters.
PROGRESS = re.compile(r"^[a-z][\w ()-]*: (?:[\d,]+ \w+ )?in \d+\.\d s.*\n", re.M)


def command(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True,
                          check=False)


def test_version_prints_the_installed_package_version() -> None:
    result = command("--version")
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout == f"briefing {metadata.version('briefing')}\n"


def test_global_options_before_or_after_the_command(tmp_path: Path) -> None:
    for args in (("--root", str(ROOT), "check"), ("check", "--root", str(ROOT))):
        code, out, err = run(*args)
        assert (code, err) == (0, ""), args
        assert out.startswith("5 articles ok, 0 refused") and out.rstrip().endswith("no problems")
    # --config after the command is honoured, not reset to briefing.yml by the command's default.
    root = copy_project(tmp_path)
    (root / "other.yml").write_text("summary:\n  max_sentence: 3\n", encoding="utf-8")
    for args in (("--root", str(root), "--config", "other.yml", "generate"),
                 ("generate", "--root", str(root), "--config", "other.yml"),
                 ("--config", "other.yml", "generate", "--root", str(root))):
        code, out, err = run(*args)
        assert code == 2 and out == "", args
        assert "other.yml" in err and "summary.max_sentence: unknown key" in err
    # An option given after the command wins over the same option given before it.
    assert run("--root", str(tmp_path / "nowhere"), "check", "--root", str(ROOT))[0] == 0


def test_usage_error_has_its_own_exit_code() -> None:
    assert EXIT_USAGE not in (2, 3, 4, 5, 6)
    result = command("bogus")
    assert result.returncode == EXIT_USAGE and result.stdout == ""
    assert result.stderr.startswith("usage: briefing") and "invalid choice: 'bogus'" in result.stderr
    for args in (("check", "--format", "xml"), ("build", "--no-such-option"), ("--root",), (),
                 ("check", "-q", "-v")):
        code, out, err = run(*args)
        assert code == EXIT_USAGE and out == "" and "error:" in err, args
    assert "cannot be used together" in run("-q", "check", "--verbose")[2]


def test_config_error_is_not_a_usage_error(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    (root / "briefing.yml").write_text("summary: [\n", encoding="utf-8")
    result = command("check", "--root", str(root))
    assert result.returncode == 2 and "briefing.yml" in result.stderr and "usage:" not in result.stderr


def _noisy_project(tmp_path: Path) -> Path:
    """The seeds plus an article with a warning (a misspelt key) and a file skipped with a note."""
    root = copy_project(tmp_path)
    (root / "articles" / "x.md").write_text("---\ntitel: T\n---\nOne sentence here. And two.\n", encoding="utf-8")
    (root / "articles" / "notes.docx").write_bytes(b"PK\x03\x04")
    return root


def test_quiet_prints_only_problems(tmp_path: Path) -> None:
    root = _noisy_project(tmp_path)
    code, out, err = run("check", "-q", "--root", str(root))
    assert code == 0 and out == ""
    assert "x.md:2: warning: unknown front matter key 'titel'" in err
    assert "notes.docx" not in err  # a note is not a problem
    code, out, err = run("--root", str(root), "generate", "--quiet")
    assert code == 0 and out == "" and "titel" in err and "notes.docx" not in err
    # Without -q the note and the summary are there.
    code, out, err = run("--root", str(root), "check")
    assert "notes.docx" in err and "6 articles ok, 0 refused, 1 warnings, 1 files skipped" in out


def test_verbose_prints_more_detail(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    code, out, err = run("check", "-v", "--root", str(root))
    assert code == 0 and "no problems" in out
    assert "settings: " in err and "ok: 000_" in err
    (root / "articles" / "005_new.txt").write_text("A new article\n\nOne sentence here. And two more.\n",
                                                   encoding="utf-8")
    code, out, err = run("--verbose", "--root", str(root), "generate")
    assert code == 0 and "6 articles published" in out
    assert "written: docs/sources/005_new.md" in err
    assert "written:" not in run("--root", str(root), "generate")[2]


def test_ctrl_c_exits_130_with_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = copy_project(tmp_path)
    before = {p: p.read_bytes() for p in (root / "docs").rglob("*") if p.is_file()}

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    real_pages = pipeline.site_pages

    def interrupted_while_writing(*args: object, **kwargs: object) -> Iterator[tuple[str, str]]:
        for n, (path, text) in enumerate(real_pages(*args, **kwargs)):  # type: ignore[arg-type]
            if n == 3:  # some pages already staged
                raise KeyboardInterrupt
            yield path, text + "changed"

    monkeypatch.setattr(pipeline, "site_pages", interrupted_while_writing)
    for args in (("--root", str(root), "generate"), ("--root", str(root), "build"), ("check", "--root", str(root))):
        if "check" in args:
            monkeypatch.setattr(pipeline, "load", interrupted)
        code, out, err = run(*args)
        assert (code, out, err) == (EXIT_INTERRUPTED, "", "briefing: interrupted\n"), args
    assert {p: p.read_bytes() for p in (root / "docs").rglob("*") if p.is_file()} == before


def test_ctrl_c_through_the_console_script_has_no_traceback() -> None:
    script = ("import sys\nfrom generator import pipeline\nfrom generator.cli import run\n"
              "def stop(*a, **k):\n    raise KeyboardInterrupt\n"
              f"pipeline.load = stop\nsys.argv = ['briefing', '--root', {str(ROOT)!r}, 'check']\nrun()\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 130
    assert result.stderr == "briefing: interrupted\n" and result.stdout == ""


def test_check_problems_go_to_stderr_the_verdict_to_stdout(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    (root / "articles" / "empty.txt").write_text("\n", encoding="utf-8")
    code, out, err = run("--root", str(root), "check")
    assert code == 3
    assert out == "5 articles ok, 1 refused, 0 warnings, 0 files skipped\n"
    assert "empty.txt: error: empty article" in err


def _problem_project(tmp_path: Path) -> Path:
    root = copy_project(tmp_path)
    (root / "articles" / "bad.md").write_text("---\ntitle: [oops\n---\nText here. More text.\n", encoding="utf-8")
    (root / "articles" / "x.md").write_text("---\ntitel: T\n---\nOne sentence here. And two.\n", encoding="utf-8")
    (root / "articles" / "a,b:c%.txt").write_text("\n", encoding="utf-8")
    return root


def test_check_format_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _problem_project(tmp_path)
    monkeypatch.chdir(root)
    code, out, err = run("check", "--format", "json")
    assert code == 3
    records = json.loads(out)
    assert all(set(r) == {"file", "line", "severity", "code", "message", "fix"} for r in records)
    by_file = {r["file"]: r for r in records}
    bad = by_file["articles/bad.md"]
    assert (bad["line"], bad["severity"], bad["code"]) == (2, "error", "front-matter")
    assert bad["message"].startswith("malformed front matter") and bad["fix"]
    x = by_file["articles/x.md"]
    assert (x["line"], x["severity"], x["code"]) == (2, "warning", "unknown-key")
    assert by_file["articles/a,b:c%.txt"]["line"] is None
    assert by_file["articles/a,b:c%.txt"]["code"] == "empty-article"
    assert "articles ok" in err  # the summary is not mixed into the JSON
    # A clean project gives an empty array.
    code, out, _ = run("--root", str(ROOT), "check", "--format=json")
    assert code == 0 and json.loads(out) == []


def test_check_format_json_reports_config_problems_relative_to_the_folder_run_from(tmp_path: Path) -> None:
    (tmp_path / "project").mkdir()
    root = copy_project(tmp_path / "project")
    topics = (root / "topics.yml").read_text(encoding="utf-8")
    (root / "topics.yml").write_text(topics.replace("    terms:", "    termz:", 1), encoding="utf-8")
    result = command("check", "--root", "project", "--format", "json", cwd=tmp_path)
    assert result.returncode == 2
    termz = next(r for r in json.loads(result.stdout) if "termz" in r["message"])
    assert termz["file"] == "project/topics.yml" and termz["code"] == "unknown-key" and termz["line"]
    assert termz["fix"] == "did you mean 'terms'?"


def test_check_format_github(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _problem_project(tmp_path)
    (root / "articles" / "notes.docx").write_bytes(b"PK\x03\x04")
    monkeypatch.chdir(root)
    code, out, err = run("check", "--format", "github")
    assert code == 3 and err == ""
    lines = out.splitlines()
    assert any(line.startswith("::error file=articles/bad.md,line=2,title=briefing front-matter::malformed front "
                               "matter") for line in lines)
    assert any(line.startswith("::warning file=articles/x.md,line=2,title=briefing unknown-key::unknown front "
                               "matter key 'titel'") for line in lines)
    # Property values escape % : , (and line breaks); a problem without a line has no line=.
    assert any(line.startswith("::error file=articles/a%2Cb%3Ac%25.txt,title=briefing empty-article::")
               for line in lines)
    assert any(line.startswith("::notice file=articles/notes.docx,") for line in lines)
    assert lines[-1].startswith("6 articles ok, 2 refused")  # the summary, shown in the log as plain text


def test_github_annotation_escaping() -> None:
    from generator.cli import _annotation

    record = {"file": "a,b:c%\n.md", "line": 3, "severity": "error", "code": "x", "message": "50% of\r\nit: a, b",
              "fix": "do \x1b[2J"}
    assert _annotation(record) == ("::error file=a%2Cb%3Ac%25%0A.md,line=3,title=briefing x::"
                                   "50%25 of%0D%0Ait: a, b (fix: do \\x1b[2J)")


def test_every_problem_has_a_stable_code() -> None:
    codes = [code for code, _ in PROBLEM_CODES]
    assert len(codes) == len(set(codes)) and GENERIC_CODE not in codes
    assert Problem("a.md", "empty article: no text left after cleaning", "add text").code == "empty-article"
    assert Problem("topics.yml", "topics[0].termz: unknown key", "did you mean 'terms'?", 4).code == "unknown-key"
    assert Problem("a.md", "something new", "fix it").code == GENERIC_CODE
    assert Problem("a.md", "empty article", "x", code="mine").code == "mine"  # an explicit code is kept
    assert problem_code("binary file: it contains NUL bytes") == "binary-file"


def test_hostile_corpus_problems_all_get_a_specific_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    root = copy_project(tmp_path, DATA / "articles")
    shutil.copy(DATA / "briefing.yml", root / "briefing.yml")
    monkeypatch.chdir(root)
    records = json.loads(run("check", "--format", "json")[1])
    assert len(records) > 20
    assert [r for r in records if r["code"] == GENERIC_CODE] == []


def _broken(tmp_path: Path, template: str, line: int, text: str) -> tuple[Path, int, str, str]:
    root = copy_project(tmp_path)
    path = root / "templates" / template
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(line - 1, text + "\n")
    path.write_text("".join(lines), encoding="utf-8")
    before = {p: p.read_bytes() for p in (root / "docs").rglob("*") if p.is_file()}
    code, out, err = run("--root", str(root), "generate")
    assert {p: p.read_bytes() for p in (root / "docs").rglob("*") if p.is_file()} == before, "nothing written"
    return root, code, out, err


@pytest.mark.parametrize(("template", "line", "text", "says"), [
    ("source.md.j2", 3, "{% if %}", "templates/source.md.j2:3: error: template syntax error"),
    ("home.md.j2", 4, "{{ no_such_value.title }}", "templates/home.md.j2:4: error: template uses an undefined value"),
    ("home.md.j2", 2, '{% include "nowhere.md.j2" %}',
     "templates/home.md.j2:2: error: template 'nowhere.md.j2' not found"),
])
def test_broken_template_is_named_with_its_line(tmp_path: Path, template: str, line: int, text: str,
                                                says: str) -> None:
    _, code, out, err = _broken(tmp_path, template, line, text)
    assert code == 6 and out == ""
    assert err.startswith(says), err
    assert "Traceback" not in err and "(fix: " in err
    assert "6" in {str(c) for c in EXIT_CODES}


def test_broken_template_through_the_console_script(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    (root / "templates" / "topic.md.j2").write_text("# {{ topic.title }\n", encoding="utf-8")
    result = command("--root", str(root), "build")
    assert result.returncode == 6 and result.stdout == ""
    assert "templates/topic.md.j2:1: error: template syntax error" in result.stderr
    assert "Traceback" not in result.stderr


def test_broken_theme_override_is_named_and_told_apart(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    (root / "overrides").mkdir()
    (root / "overrides" / "main.html").write_text('{% extends "base.html" %}\n{% block content %}\n'
                                                  "{{ nope.x }}{% endblock %}\n", encoding="utf-8")
    mkdocs = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(mkdocs.replace("  name: material\n", "  name: material\n  custom_dir: overrides\n", 1),
                                     encoding="utf-8")
    code, out, err = run("--root", str(root), "build")
    assert code == 6 and out == ""
    assert "overrides/main.html:3: error: template uses an undefined value: 'nope' is undefined" in err
    assert "the pages were written, the site was not built" in err and "Traceback" not in err


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    import shutil

    (tmp_path / "articles").mkdir()
    for i in range(400):  # enough output to fill the pipe after the reader has gone
        (tmp_path / "articles" / f"b{i:03d}.txt").write_bytes(b"\x00\x01 not text")
    exe = shutil.which("briefing") or f"{sys.executable} -m generator"
    done = subprocess.run(f"{exe} --root {tmp_path} check --format json | head -c 1", shell=True,
                          capture_output=True, text=True, timeout=120, check=False)
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr[-1000:]
