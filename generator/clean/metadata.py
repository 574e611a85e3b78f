"""Separate what an article says about itself (front matter, a date line, a headline, a
byline) from its body. Unknown metadata stays ``None``; nothing is invented."""

from __future__ import annotations

import datetime as dt
import difflib
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


class _FieldLoader(yaml.SafeLoader):
    """Safe YAML that keeps dates as written ("2024-02-30" is then an invalid date we can
    report, not a crash), and builds nothing but plain values."""


_FieldLoader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class Head:
    """Metadata found at the top of a file, and where the body starts."""

    fields: dict[str, str]  # only keys that were given; values are text
    body_start: int  # index of the first body line
    headline: str | None


def parse_front_matter(path: str, lines: list[str]) -> tuple[dict[str, str], int, list[Problem]]:
    """Parse a YAML front matter block (``---`` … ``---``) if the file starts with one.

    Returns the fields, the index of the first line after the block and the problems; a block
    that cannot be read is an error (the article is refused rather than published with its
    metadata shown as text).
    """
    if not lines or lines[0].strip() != "---":
        return {}, 0, []
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return {}, 0, [Problem(path, "malformed front matter: starts with '---' but never ends",
                               "close the front matter with a line '---'", 1)]
    fields, problems = parse_fields(path, "\n".join(lines[1:end]), 2, "front matter")
    return fields, end + 1, problems


def parse_fields(path: str, text: str, first_line: int, what: str) -> tuple[dict[str, str], list[Problem]]:
    """Read metadata fields from YAML ``text`` (front matter, or a sidecar file).

    ``first_line`` is the line number of the text's first line in ``path``. Unknown keys and
    empty values are warnings (the rest is used); YAML that cannot be read is an error.
    """
    try:
        data = yaml.load(text, Loader=_FieldLoader)
        lines = _key_lines(text, first_line)
    except (ValueError, TypeError, RecursionError) as exc:  # e.g. a list used as a key
        return {}, [Problem(path, f"malformed {what}: {exc}", f"fix the YAML of the {what} "
                            "(key: value lines)", first_line)]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + first_line if mark else first_line
        return {}, [Problem(path, f"malformed {what}: {getattr(exc, 'problem', None) or exc}",
                            f"fix the YAML of the {what} (key: value lines; quote values that contain ': ' "
                            "or start with a special character)", line)]
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        return {}, [Problem(path, f"malformed {what}: expected key: value lines, got {type(data).__name__}",
                            f"write the {what} as key: value lines ({', '.join(FRONT_MATTER_KEYS)})", first_line)]
    problems: list[Problem] = []
    fields: dict[str, str] = {}
    for key, value in data.items():
        name = str(key)
        if name not in FRONT_MATTER_KEYS:
            close = difflib.get_close_matches(name.lower(), FRONT_MATTER_KEYS, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"use one of {', '.join(FRONT_MATTER_KEYS)}"
            problems.append(Problem(path, f"unknown {what} key '{name}' ignored", hint, lines.get(name),
                                    severity="warning"))
            continue
        if isinstance(value, (dt.date, dt.datetime)):
            value = value.isoformat()[:10]
        if isinstance(value, (bool, dict, list)):
            problems.append(Problem(path, f"{what} '{name}' must be text, got {type(value).__name__}",
                                    f"write {name}: followed by text on the same line", lines.get(name)))
            continue
        text_value = " ".join(str(value).split()) if value is not None else ""
        if not text_value:
            problems.append(Problem(path, f"{what} '{name}' is empty, ignored", f"give a value after '{name}:', "
                                    "or remove the line", lines.get(name), severity="warning"))
            continue
        fields[name] = text_value
    return fields, problems


def _key_lines(text: str, first_line: int) -> dict[str, int]:
    """Line number of each top-level key."""
    root = yaml.compose(text)
    if not isinstance(root, yaml.MappingNode):
        return {}
    return {str(k.value): k.start_mark.line + first_line for k, _ in root.value}


def valid_date(value: str) -> str | None:
    """The ISO date if ``value`` is a real calendar date, else ``None``."""
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return None


def read_head(path: str, lines: list[str], outlets: tuple[OutletRule, ...],
              find_headline: bool = True) -> tuple[Head, list[Problem]]:
    """Find front matter, a ``date YYYY-MM-DD`` line and a headline (unless ``find_headline``
    is false, for text whose title is known from elsewhere)."""
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
    if find_headline and "title" not in fields and i < len(lines) and is_headline(lines[i]) and _has_more(lines, i):
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
