"""Remove page junk (footers, newsletter prompts, photo credits, stray subheads), keeping a
record of every removal."""

from __future__ import annotations

import re

from ..config import CleaningPattern
from ..models import Removal

_SPACES = re.compile(r"[ \t]{2,}")


def is_junk_line(line: str, patterns: tuple[CleaningPattern, ...]) -> str | None:
    """The name of the line pattern that matches the whole line, if any."""
    stripped = line.strip()
    for p in patterns:
        if p.scope == "line" and re.fullmatch(p.pattern, stripped):
            return p.name
    return None


def strip_inline(text: str, line: int, patterns: tuple[CleaningPattern, ...]) -> tuple[str, list[Removal]]:
    """Remove every inline pattern match from ``text``; return the text and the removals."""
    removed: list[Removal] = []
    for p in patterns:
        if p.scope != "inline":
            continue
        rx = re.compile(p.pattern)

        def cut(m: re.Match[str], name: str = p.name) -> str:
            if m.group().strip():
                removed.append(Removal(kind=name, text=m.group().strip(), line=line))
            return " "

        text = rx.sub(cut, text)
    return _SPACES.sub(" ", text).strip(), removed
