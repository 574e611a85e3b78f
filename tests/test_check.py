"""briefing check: every problem of the config and the corpus at once, with file, line, what
and how to fix it; exit codes as documented."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
from pathlib import Path

from generator.cli import EXIT_CODES, main

from .conftest import copy_project

DATA = Path(__file__).parent / "data" / "hostile"


def run(root: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--root", str(root), *args])
    return code, out.getvalue(), err.getvalue()


def test_check_reports_config_and_corpus_problems_together(tmp_path: Path) -> None:
    root = copy_project(tmp_path, DATA / "articles")
    shutil.copy(DATA / "briefing.yml", root / "briefing.yml")
    topics = (root / "topics.yml").read_text(encoding="utf-8")
    (root / "topics.yml").write_text(topics.replace("    terms:", "    termz:", 1), encoding="utf-8")
    before = sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))
    code, out, err = run(root, "check")
    assert code == 2  # the configuration is invalid: that decides the exit code
    lines = err.splitlines()  # every problem goes to stderr; stdout has only the summary
    assert len(out.splitlines()) == 1 and "articles ok" in out
    topic_line = next(line for line in lines if line.startswith("topics.yml:"))
    assert re.match(r"topics\.yml:\d+: error: topics\[0\]\.termz: unknown key \(fix: did you mean 'terms'\?\)",
                    topic_line), topic_line
    for path, what in (("bad_front_matter.md:2", "malformed front matter"), ("bad_unclosed.md:1", "never ends"),
                       ("warn_unknown_key.md:2", "did you mean 'title'"), ("warn_bad_date.md:3", "invalid date"),
                       ("bad_missing_title.md", "missing required field 'title'"), ("empty.txt", "empty article"),
                       ("binary_png.txt", "binary file"), ("huge.txt", "over the limit of 20000"),
                       ("dup_b.txt", "same text as dup_a.txt"), ("same-id.txt", "same id"),
                       ("undecodable.txt", "cannot be decoded")):
        hit = [line for line in lines if line.startswith(path + ":") and what in line]
        assert hit and "(fix: " in hit[0], (path, what)
    assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*")) == before, "check writes nothing"


def test_check_exit_codes(tmp_path: Path) -> None:
    from .conftest import ROOT

    assert run(ROOT, "check")[0] == 0
    assert run(ROOT, "check", "--strict")[0] == 0
    root = copy_project(tmp_path)
    (root / "articles" / "empty.txt").write_text("\n")
    code, out, _ = run(root, "check")
    assert code == 3 and "5 articles ok, 1 refused" in out
    (root / "articles" / "empty.txt").unlink()
    (root / "articles" / "x.md").write_text("---\ntitel: T\n---\nOne sentence here. And two.\n")
    assert run(root, "check")[0] == 0  # a warning only
    assert run(root, "check", "--strict")[0] == 3
    (root / "articles" / "README.md").write_text("# notes\n")
    (root / "articles" / "x.md").unlink()
    assert run(root, "check", "--strict")[0] == 0  # a skipped file is a note, not a problem


def test_build_lists_refused_articles_and_exits_0(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    (root / "articles" / "bad.md").write_text("---\ntitle: [oops\n---\nText here. More text.\n")
    code, out, err = run(root, "generate")
    assert code == 0
    assert "refused (not published):" in err and "bad.md:2: error: malformed front matter" in err
    assert "5 articles published, 1 refused" in out
    report = (root / "docs" / "report.md").read_text(encoding="utf-8")
    assert "## Refused" in report and "bad.md" in report and "malformed front matter" in report
    assert run(root, "generate", "--strict")[0] == 3


def test_exit_codes_are_documented() -> None:
    from generator import cli

    for code, meaning in EXIT_CODES.items():
        assert f"- {code}:" in (cli.__doc__ or "")
        assert meaning
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        main(["--help"])
    for code in EXIT_CODES:
        assert f"{code} " in out.getvalue()


def test_messages_cannot_drive_the_terminal(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    (root / "articles" / "\x1b[2Jesc.md").write_text("One sentence here. Two sentences.\n")
    code, out, err = run(root, "check")
    assert code == 3 and "\x1b" not in out + err and "\\x1b[2Jesc.md: error: file name contains control" in err
    from generator.errors import Problem

    assert "\x1b" not in str(Problem("a\x1b]0;title\x07.md", "bad \x1b[31m", "fix \x9b"))
