"""The README opens with the two commands, and CI runs exactly the test command."""

from __future__ import annotations

import re

from .conftest import ROOT


def _commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```bash\n(.+?)\n```", text)


def test_readme_opens_with_build_then_test_command() -> None:
    build, test = _commands()[:2]
    # Both install at the versions the tests pass with (constraints.txt).
    assert "pip install -c constraints.txt -e ." in build and build.endswith("briefing build")
    assert 'pip install -c constraints.txt -e ".[test]"' in test and test.endswith("python -m pytest")


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _commands()[1] in ci.splitlines()


def test_every_cli_command_is_documented() -> None:
    from generator.cli import EXIT_CODES, _parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sub = next(a for a in _parser()._actions if a.dest == "command")
    for name in sub.choices:  # type: ignore[union-attr]
        assert f"`briefing {name}" in readme, name
    for code in EXIT_CODES:
        assert f"{code} " in readme.split("Exit codes:", 1)[1][:700]
