"""The one configuration schema: project settings (``briefing.yml``) and topics (``topics.yml``).

Both files are validated up front and every problem is reported at once, with the file, the
line where YAML knows it, what was expected and what was found, and a "did you mean" for
unknown keys. Defaults live in ``generator/defaults.yml`` so the patterns are data, not code.
"""

from __future__ import annotations

import difflib
import os
import re
import types
import typing
from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml

from .errors import ConfigError, Problem
from .load.yaml_limits import MAX_NODES_CONFIG, SAFE_LOADER, YamlLimitError, check_yaml
from .regex_safety import backtracking_risk

T = TypeVar("T")


@dataclass(frozen=True)
class CleaningPattern:
    """A regular expression for page junk. ``scope: line`` removes a whole line it matches
    (anchored at both ends); ``scope: inline`` removes each match inside the text."""

    name: str
    pattern: str
    scope: str = "inline"


@dataclass(frozen=True)
class OutletRule:
    """How to recognise an outlet: regexes searched in the text, in the url, or in the headline
    (a headline match is also stripped from the title, e.g. a section suffix)."""

    name: str
    text: tuple[str, ...] = ()
    url: tuple[str, ...] = ()
    title: tuple[str, ...] = ()
    byline: tuple[str, ...] = ()


@dataclass(frozen=True)
class SummarySettings:
    """How long summaries are."""

    min_sentences: int = field(default=2, metadata={"min": 1})  # per source on a topic page
    max_sentences: int = field(default=4, metadata={"min": 1, "max": 100})
    overview_sentences: int = field(default=4, metadata={"min": 1, "max": 100})  # the cross-source overview


@dataclass(frozen=True)
class EntityDef:
    """A person, organisation or place the text names, as the project wants it shown: its
    kind, the other names it goes by ("US", "U.S." for "United States") and a role. An entity
    set here appears only if the text mentions it."""

    name: str = field(metadata={"max_len": 200})
    kind: str  # person | organisation | place
    aliases: tuple[str, ...] = ()
    role: str | None = None


ENTITY_KINDS = ("person", "organisation", "place")


@dataclass(frozen=True)
class Settings:
    """Project settings, read from ``briefing.yml`` over the packaged defaults."""

    articles_dir: str = "articles"
    docs_dir: str = "docs"
    site_dir: str = "site"
    topics_file: str = "topics.yml"
    # A bigger article file is refused (a saved .html page may be 10×). Above 100 MB one file
    # would hold the build for minutes.
    max_article_bytes: int = field(default=2_000_000, metadata={"min": 1, "max": 100_000_000})
    required_fields: tuple[str, ...] = ()  # metadata an article must have: title, outlet, url, date, author
    latest_sources: int = field(default=10, metadata={"min": 0})  # how many sources the home page lists
    # How many sources a topic page shows with their summaries, most relevant first; a topic with
    # more also gets an archive page listing every source month by month.
    topic_sources: int = field(default=20, metadata={"min": 1})
    summary: SummarySettings = SummarySettings()
    cleaning: tuple[CleaningPattern, ...] = ()
    outlets: tuple[OutletRule, ...] = ()
    entities: tuple[EntityDef, ...] = ()  # people, organisations, places: kinds, aliases, roles
    feeds: tuple[str, ...] = ()  # RSS/Atom feeds `briefing import` reads: http(s) addresses or files in the project
    # The analysis cache (generator/cache.py): a folder inside the project that only the generator
    # writes; a CI workflow keeps it between runs so that one new article rebuilds incrementally.
    cache_dir: str = ".briefing-cache"
    jobs: int = field(default=0, metadata={"min": 0, "max": 1024})  # processes for the per-article work; 0: one per core


@dataclass(frozen=True)
class TopicDef:
    """A topic, defined in YAML only. A sentence is relevant when it matches one of ``terms``
    and, if ``requires_any`` is given, also one of those (US–Turkey relations: a Turkish term
    together with an American one). Terms in capitals (``US``) match case exactly; others
    ignore case.

    ``expand`` (default 0) lets the corpus add up to that many single-word terms: words far
    more common in the articles the topic's own terms pick out than in the rest of the corpus
    (see :func:`generator.analyse.topics.expand_topics`). Worth it on a corpus of hundreds of
    articles; on a handful it would learn noise, so it is off unless asked for."""

    id: str = field(metadata={"max_len": 80})
    title: str = field(metadata={"max_len": 200})
    description: str = field(metadata={"max_len": 5000})
    terms: tuple[str, ...]
    requires_any: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    min_sentences: int = field(default=2, metadata={"min": 1})  # relevant sentences an article needs to join the topic
    expand: int = field(default=0, metadata={"min": 0, "max": 1000})  # terms the corpus may add (0: only the terms above)


@dataclass(frozen=True)
class Config:
    """Everything the pipeline needs to know, validated."""

    root: Path
    settings: Settings
    topics: tuple[TopicDef, ...]
    warnings: tuple[Problem, ...] = ()  # things to fix that do not stop a build (a duplicate key)

    @property
    def articles_path(self) -> Path:
        return self.root / self.settings.articles_dir

    @property
    def docs_path(self) -> Path:
        return self.root / self.settings.docs_dir

    @property
    def site_path(self) -> Path:
        return self.root / self.settings.site_dir

    def topic(self, topic_id: str) -> TopicDef:
        for t in self.topics:
            if t.id == topic_id:
                return t
        raise KeyError(topic_id)


_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_METADATA_FIELDS = ("title", "outlet", "url", "date", "author")
_TYPE_NAMES = {str: "text", int: "a whole number", float: "a number", bool: "true or false"}
# Any text of the configuration: a term or a pattern longer than this is a mistake, not a setting.
MAX_TEXT = 10_000
MAX_CONFIG_BYTES = 20_000_000  # briefing.yml / topics.yml: 10,000 topics take ~2 MB
_SURROGATE = re.compile(r"[\ud800-\udfff]")


class _Validator:
    """Builds a dataclass from YAML data, collecting every problem instead of stopping."""

    def __init__(self, path: str, lines: dict[str, int]) -> None:
        self.path = path
        self.lines = lines
        self.problems: list[Problem] = []
        self.hints: dict[type, dict[str, Any]] = {}  # get_type_hints is slow: once per class, not per topic

    def fail(self, where: str, message: str, hint: str) -> None:
        self.problems.append(Problem(self.path, f"{where}: {message}", hint, self.lines.get(where)))

    def build(self, cls: type[T], data: Any, where: str) -> T | None:
        if not isinstance(data, dict):
            self.fail(where, f"expected a mapping, got {_describe(data)}", "write key: value pairs")
            return None
        hints = self.hints.setdefault(cls, typing.get_type_hints(cls)) if cls not in self.hints else self.hints[cls]
        known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        for key in sorted(set(map(str, data)) - known):
            close = difflib.get_close_matches(key, sorted(known), n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"known keys: {', '.join(sorted(known))}"
            self.fail(f"{where}.{key}" if where else key, "unknown key", hint)
        values: dict[str, Any] = {}
        ok = True
        for f in fields(cls):  # type: ignore[arg-type]
            sub = f"{where}.{f.name}" if where else f.name
            if f.name not in data:
                if f.default is MISSING and f.default_factory is MISSING:
                    self.fail(sub, "missing required key", f"add '{f.name}:'")
                    ok = False
                continue
            value = self.convert(hints[f.name], data[f.name], sub)
            if value is _BAD or not self.in_range(f.metadata, value, sub):
                ok = False
            else:
                values[f.name] = value
        return cls(**values) if ok else None

    def in_range(self, limits: Any, value: Any, where: str) -> bool:
        """Check a number against the field's ``min``/``max``, a text against its ``max_len``."""
        if isinstance(value, int) and not isinstance(value, bool):
            low, high = limits.get("min"), limits.get("max")
            if (low is not None and value < low) or (high is not None and value > high):
                expected = (f"a whole number from {low} to {high}" if low is not None and high is not None
                            else f"a whole number >= {low}" if low is not None else f"a whole number <= {high}")
                self.fail(where, f"expected {expected}, got {value}", f"give {expected}")
                return False
        if isinstance(value, str) and "max_len" in limits and len(value) > limits["max_len"]:
            self.fail(where, f"expected text of at most {limits['max_len']} characters, got {len(value):,}",
                      "shorten it")
            return False
        return True

    def convert(self, tp: Any, value: Any, where: str) -> Any:
        origin = typing.get_origin(tp)
        if origin is tuple:
            item_tp = typing.get_args(tp)[0]
            if isinstance(value, str) and item_tp is str:
                value = [value]
            if not isinstance(value, list):
                self.fail(where, f"expected a list, got {_describe(value)}", "write a YAML list")
                return _BAD
            items = [self.convert(item_tp, v, f"{where}[{i}]") for i, v in enumerate(value)]
            return _BAD if any(i is _BAD for i in items) else tuple(items)
        if origin in (typing.Union, types.UnionType):
            if value is None:
                return None
            tp = next(a for a in typing.get_args(tp) if a is not type(None))
        if is_dataclass(tp):
            built = self.build(tp, value, where)  # type: ignore[arg-type]
            return _BAD if built is None else built
        if tp is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if tp is str and isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        if tp is str and isinstance(value, str):
            if len(value) > MAX_TEXT:
                self.fail(where, f"expected text of at most {MAX_TEXT:,} characters, got {len(value):,}",
                          "shorten it")
                return _BAD
            if _SURROGATE.search(value):
                self.fail(where, "contains an escaped lone surrogate (such as \\ud800), which is not a character",
                          "remove the \\uD800–\\uDFFF escape, or write the character itself")
                return _BAD
        if not isinstance(value, tp) or (tp is int and isinstance(value, bool)):
            self.fail(where, f"expected {_TYPE_NAMES.get(tp, tp)}, got {_describe(value)}",
                      f"give {_TYPE_NAMES.get(tp, tp)}")
            return _BAD
        return value


_BAD = object()


def _describe(value: Any) -> str:
    """The value found, for a message: its first line, cut short (a file read by mistake, e.g.
    ``topics_file: /etc/passwd``, must not be printed whole)."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{value!r} (true/false)"
    if isinstance(value, (dict, list)):
        return "a mapping" if isinstance(value, dict) else "a list"
    text = str(value)
    first = text.split("\n", 1)[0]
    shown = first[:60] + ("…" if len(first) > 60 or first != text else "")
    return f"{type(value).__name__} {shown!r}"


def _key_lines(root: yaml.Node | None) -> dict[str, int]:
    """Map dotted key paths to 1-based line numbers, so messages can name the line."""
    lines: dict[str, int] = {}

    def walk(node: yaml.Node, where: str) -> None:
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                sub = f"{where}.{k.value}" if where else str(k.value)
                lines[sub] = k.start_mark.line + 1
                walk(v, sub)
        elif isinstance(node, yaml.SequenceNode):
            for i, v in enumerate(node.value):
                sub = f"{where}[{i}]"
                lines[sub] = v.start_mark.line + 1
                walk(v, sub)

    if root is not None:
        walk(root, "")
    return lines


def _compose_and_load(text: str) -> tuple[Any, dict[str, int]]:
    """The values of a YAML text and the line of each key, from one parse."""
    loader = SAFE_LOADER(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return data, _key_lines(node)


def _read_yaml(path: Path, shown: str, problems: list[Problem],
               warnings: list[Problem] | None = None) -> tuple[Any, dict[str, int]]:
    """Parse a config file within the limits front matter has (size, depth, aliases); a
    problem (never the file's content) if it cannot be read."""
    try:
        if path.stat().st_size > MAX_CONFIG_BYTES:
            problems.append(Problem(shown, f"file is {path.stat().st_size:,} bytes, over the limit of "
                                    f"{MAX_CONFIG_BYTES:,}", "check that the setting names the right file"))
            return None, {}
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        problems.append(Problem(shown, f"cannot read: {exc.strerror}", "check the path and permissions"))
        return None, {}
    except UnicodeDecodeError as exc:
        problems.append(Problem(shown, f"not UTF-8 text (byte {exc.start})", "save the file as UTF-8"))
        return None, {}
    try:
        duplicates = check_yaml(text, MAX_NODES_CONFIG)
        data, lines = _compose_and_load(text)
    except YamlLimitError as exc:
        problems.append(Problem(shown, f"YAML refused: {exc}", "write the settings out plainly, without deep "
                                "nesting or aliases that repeat large parts", exc.line))
        return None, {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problems.append(Problem(shown, f"invalid YAML: {getattr(exc, 'problem', None) or 'cannot be parsed'}",
                                "fix the YAML syntax (indentation, colons, quotes)",
                                mark.line + 1 if mark else None))
        return None, {}
    except (ValueError, TypeError, RecursionError) as exc:  # e.g. a list used as a key
        problems.append(Problem(shown, f"invalid YAML: {type(exc).__name__}", "fix the YAML syntax"))
        return None, {}
    for key, line in duplicates:
        (warnings if warnings is not None else problems).append(
            Problem(shown, f"key '{key[:80]}' given twice: the last one is used", "remove one of the two", line,
                    severity="warning"))
    return data, lines


def _first_line(path: Path) -> str:
    """The first line of a file, cut short: enough to recognise a wrong file, never its content."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            line = fh.readline(200).rstrip("\n")
    except OSError:
        return ""
    return line[:40] + ("…" if len(line) > 40 else "")


def _defaults() -> dict[str, Any]:
    text = resources.files("generator").joinpath("defaults.yml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return data


def load_config(root: Path, config_file: str = "briefing.yml") -> Config:
    """Read and validate ``briefing.yml`` and the topics file under ``root``.

    Raises :class:`ConfigError` with every problem found.
    """
    problems: list[Problem] = []
    warnings: list[Problem] = []
    data = _defaults()
    path = root / config_file
    lines: dict[str, int] = {}
    if path.exists():
        user, user_lines = _read_yaml(path, config_file, problems, warnings)
        if user is not None and not isinstance(user, dict):
            problems.append(Problem(config_file, "expected a mapping of settings, but the file starts with "
                                    f"{_first_line(path)!r}", "write key: value pairs"))
        elif user:
            data.update(user)
            lines = user_lines
    validator = _Validator(config_file, lines)
    settings = validator.build(Settings, data, "")
    problems += validator.problems
    if settings is not None:
        problems += _check_patterns(config_file, settings, lines)
        problems += check_folders(root, config_file, settings, lines)
        problems += _check_feeds(config_file, settings, lines)
    topics: tuple[TopicDef, ...] = ()
    topics_name = settings.topics_file if settings else "topics.yml"
    topics_path = root / topics_name
    if not topics_path.exists() and "topics_file" not in lines:
        # No topics yet (a folder that holds only articles/): the site still has its sources,
        # stories and people; topic pages come once a topics file exists.
        warnings.append(Problem(topics_name, "no topics file: the site has sources, stories and people but no "
                                "topic pages", f"create {topics_name} with a 'topics:' list (see README), or start "
                                "from `briefing new`", severity="warning"))
    elif not topics_path.exists():
        problems.append(Problem(topics_name, "topics file not found",
                                f"create {topics_name} with a 'topics:' list (see README)"))
    else:
        tdata, tlines = _read_yaml(topics_path, topics_name, problems, warnings)
        if tdata is not None and not isinstance(tdata, dict):
            problems.append(Problem(topics_name, "expected a mapping with a 'topics:' list, but the file starts "
                                    f"with {_first_line(topics_path)!r}", "name a topics file in topics_file "
                                    "(see README)"))
        elif tdata is not None:
            topics = _validate_topics(topics_name, tdata, tlines, problems)
    if problems or settings is None:
        raise ConfigError(problems)
    return Config(root=root, settings=settings, topics=topics, warnings=tuple(warnings))


def salvage_settings(root: Path, config_file: str = "briefing.yml") -> Settings:
    """Best-effort settings when the config is invalid, so ``briefing check`` can still report
    the corpus's problems beside the config's: each setting of the file that is valid on its
    own is used, the default replaces the others."""
    data = _defaults()
    user = _read_yaml(root / config_file, config_file, [])[0] if (root / config_file).exists() else None
    if isinstance(user, dict):
        for key, value in user.items():
            trial = {**data, key: value}
            validator = _Validator(config_file, {})
            built = validator.build(Settings, trial, "")
            if built is not None and not validator.problems and not _check_patterns(config_file, built, {}):
                data = trial
    built = _Validator(config_file, {}).build(Settings, data, "")
    return built if built is not None else Settings()


@dataclass(frozen=True)
class _TopicsFile:
    topics: tuple[TopicDef, ...] = field(default=())


def _validate_topics(name: str, data: Any, lines: dict[str, int], problems: list[Problem]) -> tuple[TopicDef, ...]:
    validator = _Validator(name, lines)
    built = validator.build(_TopicsFile, data, "")
    problems += validator.problems
    if built is None:
        return ()
    ids = [t.id for t in built.topics]
    first: dict[str, int] = {}
    for i, tid in enumerate(ids):
        first.setdefault(tid, i)
    for i, t in enumerate(built.topics):
        where = f"topics[{i}]"
        if not _ID.match(t.id):
            problems.append(Problem(name, f"{where}.id: '{t.id}' is not a valid id",
                                    "use lower-case letters, digits and hyphens", lines.get(f"{where}.id")))
        if first[t.id] != i:
            problems.append(Problem(name, f"{where}.id: duplicate topic id '{t.id}'",
                                    "give every topic its own id", lines.get(f"{where}.id")))
        if not t.terms:
            problems.append(Problem(name, f"{where}.terms: a topic needs at least one term",
                                    "list the words or phrases that mark the topic", lines.get(f"{where}.terms")))
        for r in t.related:
            if r not in first:
                close = difflib.get_close_matches(r, ids, n=1)
                hint = f"did you mean '{close[0]}'?" if close else "name the id of another topic"
                problems.append(Problem(name, f"{where}.related: unknown topic '{r}'", hint,
                                        lines.get(f"{where}.related")))
    if not built.topics:
        problems.append(Problem(name, "no topics defined", "add at least one topic under 'topics:'"))
    return built.topics


def _check_patterns(name: str, settings: Settings, lines: dict[str, int]) -> list[Problem]:
    problems = _check_entities(name, settings, lines)
    regexes = [(f"cleaning[{i}].pattern", p.pattern) for i, p in enumerate(settings.cleaning)]
    for i, o in enumerate(settings.outlets):
        for kind in ("text", "url", "title", "byline"):
            regexes += [(f"outlets[{i}].{kind}[{j}]", r) for j, r in enumerate(getattr(o, kind))]
    # Inline cleaning patterns and outlet text patterns are searched through a whole article.
    searched = {f"cleaning[{i}].pattern" for i, p in enumerate(settings.cleaning) if p.scope == "inline"}
    searched |= {where for where, _ in regexes if ".text[" in where}
    for where, rx in regexes:
        try:
            re.compile(rx)
        except re.error as exc:
            problems.append(Problem(name, f"{where}: invalid regular expression: {exc}",
                                    "fix the pattern (escape . ( ) [ ] with a backslash)", lines.get(where)))
            continue
        risk = backtracking_risk(rx, searched=where in searched)
        if risk is not None:
            problems.append(Problem(name, f"{where}: pattern can take exponential or polynomial time on some "
                                    f"text: {risk}", "rewrite it so each character can be matched only one way: "
                                    "a character class [..] instead of alternatives, an atomic group (?>...) or "
                                    "a possessive quantifier (a++), or a bounded repeat {0,40}",
                                    lines.get(where)))
    for i, p in enumerate(settings.cleaning):
        if p.scope not in ("line", "inline"):
            problems.append(Problem(name, f"cleaning[{i}].scope: expected 'line' or 'inline', got '{p.scope}'",
                                    "use scope: line or scope: inline", lines.get(f"cleaning[{i}].scope")))
    for i, key in enumerate(settings.required_fields):
        if key not in _METADATA_FIELDS:
            close = difflib.get_close_matches(key, _METADATA_FIELDS, n=1)
            problems.append(Problem(name, f"required_fields[{i}]: unknown field '{key}'",
                                    f"did you mean '{close[0]}'?" if close else
                                    f"use some of {', '.join(_METADATA_FIELDS)}", lines.get(f"required_fields[{i}]")))
    if settings.summary.min_sentences < 1 or settings.summary.max_sentences < settings.summary.min_sentences:
        problems.append(Problem(name, "summary: need 1 <= min_sentences <= max_sentences",
                                "fix summary.min_sentences / summary.max_sentences", lines.get("summary")))
    return problems


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _within(inner: Path, outer: Path) -> bool:
    return inner == outer or outer in inner.parents


def check_folders(root: Path, name: str, settings: Settings, lines: dict[str, int]) -> list[Problem]:
    """The output folders, as the file system resolves them (``..``, links), must lie inside
    the project, apart from each other and from the articles, and must not hold the project's
    own files: the site build replaces ``site_dir`` whole."""
    problems: list[Problem] = []
    bad = [k for k in ("articles_dir", "docs_dir", "site_dir", "topics_file", "cache_dir")
           if not getattr(settings, k).strip() or any(c in getattr(settings, k) for c in "\x00\r\n")]
    for key in bad:
        problems.append(Problem(name, f"{key} {getattr(settings, key)!r} is not a usable path (empty, or holds a "
                                "NUL byte or a line break)", "give a plain folder or file name", lines.get(key)))
    if bad:
        return problems
    project = _real(root)
    real = {k: _real(root / getattr(settings, k)) for k in ("articles_dir", "docs_dir", "site_dir", "cache_dir")}
    hint = ("use separate folders inside the project (the defaults are articles, docs and site): the generator "
            "must never write where the articles are, nor build the site over docs/ or the project")
    for key in ("docs_dir", "site_dir", "cache_dir"):
        if not _within(real[key], project) or real[key] == project:
            problems.append(Problem(name, f"{key} '{getattr(settings, key)}' resolves to {real[key]}, which is "
                                    f"not a folder inside the project {project}", hint, lines.get(key)))
    for a, b in (("docs_dir", "articles_dir"), ("site_dir", "articles_dir"), ("site_dir", "docs_dir"),
                 ("cache_dir", "articles_dir"), ("cache_dir", "docs_dir"), ("cache_dir", "site_dir")):
        if _within(real[a], real[b]) or _within(real[b], real[a]):
            problems.append(Problem(name, f"{a} '{getattr(settings, a)}' and {b} '{getattr(settings, b)}' overlap "
                                    f"(they resolve to {real[a]} and {real[b]})", hint, lines.get(a)))
    site = real["site_dir"]
    inputs = [root / "briefing.yml", root / "mkdocs.yml", root / settings.topics_file, root / "templates"]
    for path in inputs:
        if path.exists() and _within(_real(path), site):
            problems.append(Problem(name, f"site_dir '{settings.site_dir}' holds {path.name}, which the site build "
                                    "would delete", hint, lines.get("site_dir")))
    if site.is_dir() and any(site.iterdir()) and not any((site / n).exists() for n in ("index.html", "404.html",
                                                                                       "sitemap.xml")):
        problems.append(Problem(name, f"site_dir '{settings.site_dir}' is a folder that holds something other than "
                                "a built site; the build would replace it", "choose an empty or new folder for "
                                "site_dir, or move what is there", lines.get("site_dir")))
    return problems


def _check_entities(name: str, settings: Settings, lines: dict[str, int]) -> list[Problem]:
    problems = []
    owner: dict[str, str] = {}
    for i, e in enumerate(settings.entities):
        where = f"entities[{i}]"
        if e.kind not in ENTITY_KINDS:
            close = difflib.get_close_matches(e.kind, ENTITY_KINDS, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"use one of {', '.join(ENTITY_KINDS)}"
            problems.append(Problem(name, f"{where}.kind: unknown kind '{e.kind}'", hint, lines.get(f"{where}.kind")))
        if not e.name.strip():
            problems.append(Problem(name, f"{where}.name: empty name", "give the name as the text writes it",
                                    lines.get(f"{where}.name")))
        for alias in (e.name, *e.aliases):
            if alias in owner and owner[alias] != e.name:
                problems.append(Problem(name, f"{where}: '{alias}' is already a name of '{owner[alias]}'",
                                        "give each alias to one entity only", lines.get(where)))
            owner.setdefault(alias, e.name)
    return problems


_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def _check_feeds(name: str, settings: Settings, lines: dict[str, int]) -> list[Problem]:
    """Each feed is an http(s) address or a file path: no other scheme (``file:``, ``ftp:``)."""
    problems = []
    for i, feed in enumerate(settings.feeds):
        where = f"feeds[{i}]"
        scheme = _SCHEME.match(feed)
        if not feed.strip() or any(c in feed for c in "\x00\r\n"):
            problems.append(Problem(name, f"{where}: expected an http(s) address or a file path, got {feed!r:.80}",
                                    "give the feed's full address (https://...) or a file in the project",
                                    lines.get(where)))
        elif scheme and len(scheme.group(1)) > 1 and scheme.group(1).lower() not in ("http", "https"):
            problems.append(Problem(name, f"{where}: expected an http(s) address or a file path, got a "
                                    f"'{scheme.group(1)[:20]}:' address", "give the feed's http:// or https:// "
                                    "address, or the path of a saved feed file", lines.get(where)))
    return problems
