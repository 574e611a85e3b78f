"""Separate what an article says about itself (front matter, a date line, a headline, a
byline) from its body. Unknown metadata stays ``None``; nothing is invented."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import yaml

from ..config import OutletRule
from ..errors import Problem

FRONT_MATTER_KEYS = ("title", "outlet", "url", "date", "author")
_DATE_LINE = re.compile(r"^\s*date:?\s+(\d{4}-\d{2}-\d{2})\s*$", re.IGNORECASE)
_FINAL_PUNCT = re.compile(r"[.!?:;,…][\"'”’)\]]*\s*$")
_HEADLINE_MAX_WORDS = 25
_DERIVED_TITLE_WORDS = 12


@dataclass(frozen=True)
class Head:
    """Metadata found at the top of a file, and where the body starts."""

    fields: dict[str, str]  # only keys that were given; values are text
    body_start: int  # index of the first body line
    headline: str | None


def parse_front_matter(path: str, lines: list[str]) -> tuple[dict[str, str], int, list[Problem]]:
    """Parse a YAML front matter block (``---`` … ``---``) if the file starts with one."""
    if not lines or lines[0].strip() != "---":
        return {}, 0, []
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return {}, 0, [Problem(path, "front matter starts with '---' but never ends",
                               "close the front matter with a line '---'", 1)]
    problems: list[Problem] = []
    try:
        data = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        return {}, end + 1, [Problem(path, f"malformed front matter: {getattr(exc, 'problem', exc)}",
                                     "fix the YAML between the '---' lines (quote values with ':')", line)]
    if not isinstance(data, dict):
        return {}, end + 1, [Problem(path, "front matter is not a mapping", "write key: value lines", 2)]
    fields: dict[str, str] = {}
    for key, value in data.items():
        if key not in FRONT_MATTER_KEYS:
            problems.append(Problem(path, f"unknown front matter key '{key}' ignored",
                                    f"use one of {', '.join(FRONT_MATTER_KEYS)}", _line_of(lines, str(key)),
                                    severity="warning"))
            continue
        if isinstance(value, (dt.date, dt.datetime)):
            value = value.isoformat()[:10]
        if value is None or isinstance(value, (dict, list)):
            problems.append(Problem(path, f"front matter '{key}' must be text", f"write {key}: some text",
                                    _line_of(lines, key), severity="warning"))
            continue
        fields[key] = str(value).strip()
    return fields, end + 1, problems


def _line_of(lines: list[str], key: str) -> int | None:
    for i, line in enumerate(lines):
        if line.startswith(f"{key}:"):
            return i + 1
    return None


def valid_date(value: str) -> str | None:
    """The ISO date if ``value`` is a real calendar date, else ``None``."""
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return None


def read_head(path: str, lines: list[str], outlets: tuple[OutletRule, ...]) -> tuple[Head, list[Problem]]:
    """Find front matter, a ``date YYYY-MM-DD`` line, a headline and an outlet byline."""
    fields, i, problems = parse_front_matter(path, lines)
    headline = None
    while i < len(lines) and not lines[i].strip():
        i += 1
    m = _DATE_LINE.match(lines[i]) if i < len(lines) else None
    if m and "date" not in fields:
        fields["date"] = m.group(1)
        i += 1
        while i < len(lines) and not lines[i].strip():
            i += 1
    if "title" not in fields and i < len(lines) and is_headline(lines[i]) and _has_more(lines, i):
        headline = lines[i].strip()
        i += 1
    return Head(fields=fields, body_start=i, headline=headline), problems


def _has_more(lines: list[str], i: int) -> bool:
    return any(line.strip() for line in lines[i + 1 :])


def is_headline(line: str) -> bool:
    """A short line without final punctuation."""
    words = line.split()
    return 0 < len(words) <= _HEADLINE_MAX_WORDS and not _FINAL_PUNCT.search(line)


def derive_title(first_sentence: str) -> str:
    """A title made from the first sentence: its first words, marked with an ellipsis if cut."""
    words = first_sentence.split()
    if len(words) <= _DERIVED_TITLE_WORDS:
        return first_sentence.rstrip(" .")
    return " ".join(words[:_DERIVED_TITLE_WORDS]).rstrip(",;:") + "…"


def find_outlet(text: str, url: str | None, headline: str | None, lines: list[str],
                outlets: tuple[OutletRule, ...]) -> tuple[str | None, str | None, int | None]:
    """Return (outlet, headline with any outlet suffix cut, index of a byline line to drop)."""
    for rule in outlets:
        for rx in rule.title:
            if headline and re.search(rx, headline):
                return rule.name, re.sub(rx, "", headline).strip(), None
        for rx in rule.url:
            if url and re.search(rx, url):
                return rule.name, headline, None
        for rx in rule.byline:
            for n, line in enumerate(lines):
                if re.fullmatch(rx, line.strip()):
                    return rule.name, headline, n
        for rx in rule.text:
            if re.search(rx, text):
                return rule.name, headline, None
    return None, headline, None
