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
from ..load.fields import BIDI_CONTROLS, FIELD_LIMITS, SURROGATE, clean_field
from ..load.yaml_limits import MAX_NODES_FIELDS, YamlLimitError, check_yaml

FRONT_MATTER_KEYS = ("title", "outlet", "url", "date", "author")
_DATE_LINE = re.compile(r"^\s*date:?\s+(\d{4}-\d{2}-\d{2})\s*$", re.IGNORECASE)
_FINAL_PUNCT = re.compile(r"[.!?:;,…][\"'”’)\]]*\s*$")
_HEADLINE_MAX_WORDS = 25
_HEADLINE_MAX_CHARS = FIELD_LIMITS["title"]  # a longer line is body text, not a headline
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
        duplicates = check_yaml(text, MAX_NODES_FIELDS, loader=_FieldLoader)
        data = yaml.load(text, Loader=_FieldLoader)
        lines = _key_lines(text, first_line)
    except YamlLimitError as exc:
        return {}, [Problem(path, f"malformed {what}: {exc}", f"write the {what} as plain key: value lines",
                            exc.line + first_line - 1)]
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
    for key, line in duplicates:
        problems.append(Problem(path, f"{what} key '{clean_field('key', key)[0][:80]}' given twice: the last one "
                                "is used", "remove one of the two", line + first_line - 1, severity="warning"))
    fields: dict[str, str] = {}
    for key, value in data.items():
        name = str(key)
        if SURROGATE.search(name) or (isinstance(value, str) and SURROGATE.search(value)):
            shown = SURROGATE.sub("?", name)[:80]
            problems.append(Problem(path, f"{what} '{shown}' contains an escaped lone surrogate (\\uD800–\\uDFFF), "
                                    "which is not a character", "remove the escape, or write the character itself",
                                    lines.get(name)))
            continue
        if name not in FRONT_MATTER_KEYS:
            name = clean_field("key", name)[0][:80]
            close = difflib.get_close_matches(name.lower(), FRONT_MATTER_KEYS, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"use one of {', '.join(FRONT_MATTER_KEYS)}"
            problems.append(Problem(path, f"unknown {what} key '{name}' ignored", hint, lines.get(name),
                                    severity="warning"))
            continue
        if isinstance(value, (dt.date, dt.datetime)):
            value = value.isoformat()[:10]
        if isinstance(value, (bool, dict, list, bytes, set)):
            problems.append(Problem(path, f"{what} '{name}' must be text, got {type(value).__name__}",
                                    f"write {name}: followed by text on the same line", lines.get(name)))
            continue
        text_value, changes = clean_field(name, str(value)) if value is not None else ("", [])
        if changes:
            problems.append(Problem(path, f"{what} '{name}': {'; '.join(changes)}",
                                    f"shorten '{name}' to the value itself" if "cut" in changes[-1]
                                    else f"check '{name}' reads as intended", lines.get(name), severity="warning"))
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
        headline = BIDI_CONTROLS.sub("", lines[i]).strip() or None
        i += 1
    return Head(fields=fields, body_start=i, headline=headline), problems


def _has_more(lines: list[str], i: int) -> bool:
    return any(line.strip() for line in lines[i + 1 :])


def is_headline(line: str) -> bool:
    """A short line without final punctuation."""
    if len(line) > _HEADLINE_MAX_CHARS:
        return False
    words = line.split()
    return 0 < len(words) <= _HEADLINE_MAX_WORDS and not _FINAL_PUNCT.search(line)


def derive_title(first_sentence: str) -> str:
    """A title made from the first sentence: its first words, marked with an ellipsis if cut."""
    words = BIDI_CONTROLS.sub("", first_sentence[: _HEADLINE_MAX_CHARS * 4]).split()
    if len(words) <= _DERIVED_TITLE_WORDS and len(first_sentence) <= _HEADLINE_MAX_CHARS:
        return " ".join(words).rstrip(" .")
    title = " ".join(words[:_DERIVED_TITLE_WORDS]).rstrip(",;:")
    return (title if len(title) < _HEADLINE_MAX_CHARS else title[: _HEADLINE_MAX_CHARS - 1].rstrip()) + "…"


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
