"""The one exception family of Briefing, and the record of a problem found in the input.

Library code raises :class:`BriefingError` subclasses; only :mod:`generator.cli` turns them
into exit codes and hints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Text from files ends up in messages; a terminal must not run its escape sequences.
# Nor may it reorder what is shown (bidirectional overrides) or fail to print (lone surrogates).
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ud800-\udfff]")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file: where, what, and how to fix it."""

    path: str
    message: str
    hint: str
    line: int | None = None
    # "error" refuses the article (or the config); "warning" is something to fix in an article
    # that was still published; "note" only informs (a file skipped as not an article, an
    # encoding guessed or repaired) and never fails a build, not even with --strict.
    severity: str = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.severity}: {self.message} (fix: {self.hint})"
        return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"), text)


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
