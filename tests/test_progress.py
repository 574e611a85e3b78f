"""Progress on stderr: one line per stage without a terminal (CI logs), a line redrawn in place on
a terminal, nothing with -q, detail with -v."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from generator.cli import main
from generator.progress import Progress

from .conftest import copy_project

STAGES = ("read", "clean and analyse each article", "stories", "entities", "topics", "summaries", "figures",
          "quotes", "timelines", "render and write")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def ticking(step: float = 0.25) -> object:
    """A clock that advances ``step`` seconds each time it is read."""
    now = [0.0]

    def clock() -> float:
        now[0] += step
        return now[0]
    return clock


def test_without_a_terminal_one_line_per_stage_with_count_and_seconds() -> None:
    out = io.StringIO()
    show = Progress(out, clock=ticking())  # type: ignore[arg-type]
    show.stage("read", unit="files")
    show.advance(3)
    show.advance(1)
    show.stage("stories")
    show.end()
    assert out.getvalue().splitlines() == ["read: 4 files in 0.2 s, 16/s", "stories: in 0.2 s"]


def test_on_a_terminal_the_line_is_redrawn_in_place_and_blanked() -> None:
    out = Terminal()
    show = Progress.to(out)
    assert show.tty
    show.clock = ticking()  # type: ignore[assignment]
    show.stage("clean and analyse each article", total=4, unit="files")
    for _ in range(4):
        show.advance()
    show.end()
    text = out.getvalue()
    assert "\n" not in text, "nothing scrolls: the line is overwritten"
    assert "\rclean and analyse each article… 4/4 files" in text
    assert text.endswith("\r"), "the line is blanked when the stage ends"


def test_quiet_prints_nothing_and_detail_needs_verbose() -> None:
    out = io.StringIO()
    quiet = Progress.to(out, quiet=True)
    quiet.stage("read", unit="files")
    quiet.advance(5)
    quiet.detail("cache: 5 of 5")
    quiet.end()
    assert out.getvalue() == ""
    plain = Progress.to(out)
    plain.detail("cache: 5 of 5")
    assert out.getvalue() == ""
    Progress.to(out, verbose=True).detail("cache: 5 of 5")
    assert out.getvalue() == "  cache: 5 of 5\n"


def _stage_lines(err: str) -> list[str]:
    return [line.split(":")[0] for line in err.splitlines()
            if re.match(r"^[a-z][a-z (),]*: (?:[\d,]+ \w+ )?in \d+\.\d s", line)]


def test_generate_in_ci_prints_each_stage_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_project(tmp_path)
    assert main(["--root", str(root), "generate"]) == 0
    err = capsys.readouterr().err
    assert _stage_lines(err) == list(STAGES), err
    assert re.search(r"^read: 5 files in \d+\.\d s", err, re.M)
    assert "\r" not in err
    assert main(["--root", str(root), "-q", "generate"]) == 0
    assert _stage_lines(capsys.readouterr().err) == []
    assert main(["--root", str(root), "-v", "generate"]) == 0
    err = capsys.readouterr().err
    assert _stage_lines(err) == list(STAGES)
    assert "  cache: 5 of 5 files analysed before" in err
    assert re.search(r"^render and write: \d+ pages in \d+\.\d s, [\d,]+/s \(CPU \d+\.\d s\)$", err, re.M), err
