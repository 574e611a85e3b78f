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

# The short stable code of each kind of problem, as ``check --format json|github`` reports it
# (a CI rule or a person can match on it; the message wording may change, the code does not).
# The kind is read from the message where the problem is raised, so the places that create
# problems need not know about codes; one made with an explicit ``code`` keeps it. The first
# pattern that matches decides; a message none matches gets GENERIC_CODE.
PROBLEM_CODES: tuple[tuple[str, str], ...] = (
    ("file-name", r"\bname (?:is not valid UTF-8|contains)"),
    ("too-large", r"over the limit of"),
    ("binary-file", r"^binary file"),
    ("undecodable", r"cannot be decoded|not valid UTF-16|byte-order mark|^not UTF-8 text"),
    ("encoding", r"^not UTF-8: read as|^garbled characters|are not valid UTF-8 and are shown|charset"),
    ("front-matter", r"^malformed (?:front matter|sidecar)"),
    ("invalid-yaml", r"^invalid YAML|^YAML refused"),
    ("duplicate-key", r"given twice"),
    ("unknown-key", r"unknown key\b|^unknown (?:front matter|sidecar) key"),
    ("missing-field", r"^missing required field|missing required key"),
    ("invalid-date", r"^invalid date"),
    ("invalid-url", r"is not an http\(s\) address"),
    ("empty-article", r"^empty article"),
    ("platform-notice", r"^not an article: only a platform notice"),
    ("duplicate-text", r"^same text as"),
    ("duplicate-id", r"with the same id|duplicate topic id"),
    ("no-article-text", r"^no article text found"),
    ("orphan-sidecar", r"sidecar without its article"),
    ("skipped", r", skipped$|^hidden folder, not read"),
    ("symlink", r"symbolic link"),
    ("unreadable", r"cannot be read|^read failed|^could not be read|^not a regular file"),
    ("not-found", r"not found$"),
    ("invalid-pattern", r"invalid regular expression"),
    ("slow-pattern", r"exponential or polynomial time"),
    ("invalid-path", r"not a usable path|not a folder inside the project|\boverlap\b|^site_dir '"),
    ("analysis-failed", r"^the analysis failed"),
    ("field-type", r"must be text, got"),
    ("lone-surrogate", r"lone surrogate"),
    ("empty-field", r"is empty, ignored"),
    ("field-changed", r"^(?:front matter|sidecar|page metadata) '[^']*'"),
    ("template", r"^template\b"),
    ("invalid-value", r"\bexpected\b|^summary: need|is not a valid id|at least one term|unknown topic|unknown kind|"
                      r"unknown field|empty name|already a name of|^no topics defined"),
)
GENERIC_CODE = "problem"
_CODE_PATTERNS = tuple((code, re.compile(pattern)) for code, pattern in PROBLEM_CODES)


def problem_code(message: str) -> str:
    """The stable code of the kind of problem ``message`` describes (see ``PROBLEM_CODES``)."""
    # A config problem reads "<where>: <what>" (topics[0].termz: unknown key): match the what too.
    _, _, tail = message.partition(": ")
    for code, pattern in _CODE_PATTERNS:
        if pattern.search(message) or (tail and pattern.search(tail)):
            return code
    return GENERIC_CODE


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
    # A short stable name of the kind of problem (unknown-key, empty-article, ...); left empty,
    # it is derived from the message by problem_code.
    code: str = ""

    def __post_init__(self) -> None:
        if not self.code:
            object.__setattr__(self, "code", problem_code(self.message))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return printable(f"{where}: {self.severity}: {self.message} (fix: {self.hint})")


def printable(text: str, keep: str = "") -> str:
    """``text`` with every character that could drive a terminal escaped as ``\\x1b`` and the
    like, except those in ``keep`` (a caller that escapes line breaks its own way keeps them)."""
    return _UNPRINTABLE.sub(lambda m: m.group() if m.group() in keep
                            else m.group().encode("unicode_escape", "backslashreplace").decode("ascii"), text)


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


class TemplateError(BriefingError):
    """A template is missing or broken; carries the problem naming the template and line.

    ``in_site_build`` is true when MkDocs met it (a theme template or an override of one),
    after the pages were written; otherwise it is one of Briefing's and nothing was written.
    """

    exit_code = 6

    def __init__(self, problem: Problem, in_site_build: bool = False) -> None:
        self.problem = problem
        self.in_site_build = in_site_build
        super().__init__(str(problem))
