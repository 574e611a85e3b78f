"""The one exception family of Briefing, and the record of a problem found in the input.

Library code raises :class:`BriefingError` subclasses; only :mod:`generator.cli` turns them
into exit codes and hints.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file: where, what, and how to fix it."""

    path: str
    message: str
    hint: str
    line: int | None = None
    severity: str = "error"  # "error" refuses the article or config; "warning" only informs

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.severity}: {self.message} (fix: {self.hint})"


class BriefingError(Exception):
    """Base of every error Briefing raises on purpose."""

    exit_code = 1


class ConfigError(BriefingError):
    """The configuration is invalid; carries every problem found, not just the first."""

    exit_code = 2

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in problems))


class CorpusError(BriefingError):
    """The corpus has problems and the user asked for strict mode."""

    exit_code = 3

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in problems))


class WriteError(BriefingError):
    """The output could not be written without losing something that is not ours."""

    exit_code = 4


class SiteError(BriefingError):
    """MkDocs failed to build the site."""

    exit_code = 5
