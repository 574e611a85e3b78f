"""The briefing command: help for every command, check, and the maintainer's loop of adding
an article and building again."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main

from .conftest import copy_project

COMMANDS = ("build", "generate", "serve", "check")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert f"briefing {command}" in out and "exit codes" in out


def test_python_dash_m_generator_works() -> None:
    result = subprocess.run([sys.executable, "-m", "generator", "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    for command in COMMANDS:
        assert command in result.stdout


def test_check_passes_on_the_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    from .conftest import ROOT

    assert main(["--root", str(ROOT), "check"]) == 0
    assert "5 articles ok, 0 refused" in capsys.readouterr().out


NEW_ARTICLE = """Turkey offers to guarantee a Gaza truce

Turkish Foreign Minister Hakan Fidan said on Tuesday that Ankara is ready to act as a guarantor of a ceasefire in Gaza.
He told reporters that a truce must include the release of hostages held by Hamas.
Fidan added that humanitarian aid must reach Gaza without delay.
"""


def test_added_article_appears_on_the_right_topic_pages(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    assert main(["--root", str(root), "build"]) == 0
    before = {p.relative_to(root / "site").as_posix(): p.read_bytes()
              for p in (root / "site" / "sources").rglob("index.html")}
    (root / "articles" / "005_new_truce_offer.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    assert main(["--root", str(root), "build"]) == 0
    gaza = (root / "docs" / "topics" / "gaza-ceasefire.md").read_text(encoding="utf-8")
    assert "### Turkey offers to guarantee a Gaza truce" in gaza
    assert "(../sources/005_new_truce_offer.md#s0)" in gaza
    russia = (root / "docs" / "topics" / "russia-exports.md").read_text(encoding="utf-8")
    assert "005_new_truce_offer" not in russia
    assert (root / "site" / "sources" / "005_new_truce_offer" / "index.html").exists()
    # Stable URLs: every page that existed keeps its address.
    for path in before:
        assert (root / "site" / path).exists(), path


def test_generate_never_writes_into_articles(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    snapshot = {p: p.read_bytes() for p in (root / "articles").rglob("*")}
    assert main(["--root", str(root), "generate"]) == 0
    assert {p: p.read_bytes() for p in (root / "articles").rglob("*")} == snapshot


def test_removed_article_page_is_deleted_but_hand_written_pages_stay(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    assert main(["--root", str(root), "generate"]) == 0
    mine = root / "docs" / "about.md"
    mine.write_text("# About\n\nWritten by hand.\n", encoding="utf-8")
    (root / "articles" / "002_9bead7feb380e395.txt").unlink()
    assert main(["--root", str(root), "generate"]) == 0
    assert not (root / "docs" / "sources" / "002_9bead7feb380e395.md").exists()
    assert mine.read_text(encoding="utf-8") == "# About\n\nWritten by hand.\n"
    assert (root / "docs" / "stylesheets" / "briefing.css").exists()


def test_config_error_exits_2_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_project(tmp_path)
    (root / "briefing.yml").write_text("summary:\n  max_sentence: 3\n", encoding="utf-8")
    before = sorted(p.relative_to(root).as_posix() for p in (root / "docs").rglob("*"))
    assert main(["--root", str(root), "generate"]) == 2
    err = capsys.readouterr().err
    assert "summary.max_sentence: unknown key" in err and "max_sentences" in err
    assert sorted(p.relative_to(root).as_posix() for p in (root / "docs").rglob("*")) == before


def test_hand_written_page_in_mkdocs_nav_is_kept(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    (root / "docs" / "about.md").write_text("# About\n\nSee [Gaza](topics/gaza-ceasefire.md).\n", encoding="utf-8")
    with open(root / "mkdocs.yml", "a", encoding="utf-8") as fh:
        fh.write("\nnav:\n  - About: about.md\n")
    assert main(["--root", str(root), "build", "--strict"]) == 0
    home = (root / "site" / "index.html").read_text(encoding="utf-8")
    assert 'href="about/"' in home and 'href="topics/gaza-ceasefire/"' in home
