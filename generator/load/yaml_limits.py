"""YAML from files we do not trust (front matter, sidecars, ``briefing.yml``, ``topics.yml``),
checked before it is built into values.

PyYAML builds an alias once and shares it, so "billion laughs" costs nothing to load and
everything to walk: the check counts every value as if each alias were copied. It reads the
event stream, which PyYAML produces without recursion, so ten thousand nested ``[`` are a
clear refusal instead of a ``RecursionError``. Duplicate keys are found on the way (YAML lets
the last one win silently).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

# Nesting a real file needs: briefing.yml goes 4 deep (outlets → rule → list → pattern).
MAX_DEPTH = 32
# Values after alias expansion. 10,000 topics of ~10 values each are 100,000; billion laughs
# at 8 levels is 9^8 = 43 million, at 6 levels 531,441.
MAX_NODES_CONFIG = 500_000
MAX_NODES_FIELDS = 10_000  # front matter and sidecars: five fields


# libyaml when present: the pure-Python parser takes ~40 s over 10,000 topics, libyaml ~2 s.
SAFE_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlLimitError(ValueError):
    """The YAML is over a limit; ``line`` is where it went over (1-based)."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


@dataclass
class _Frame:
    mapping: bool
    anchor: str | None
    count: int = 1
    children: int = 0
    keys: set[str] = field(default_factory=set)


def _line(event: yaml.Event) -> int:
    return event.start_mark.line + 1 if event.start_mark is not None else 0


def check_yaml(text: str, max_nodes: int, max_depth: int = MAX_DEPTH,
               loader: type = SAFE_LOADER) -> list[tuple[str, int]]:
    """Raise :class:`YamlLimitError` if ``text`` nests deeper than ``max_depth`` or expands to
    more than ``max_nodes`` values; return the duplicate keys as (key, 1-based line).

    Syntax errors are left to the loader (a ``yaml.YAMLError`` may propagate). ``loader``
    decides whose parser reads the events: libyaml by default; the pure-Python one where its
    line numbers and messages must match the loader's (front matter)."""
    stack = [_Frame(mapping=False, anchor=None)]
    sizes: dict[str, int] = {}
    duplicates: list[tuple[str, int]] = []
    total = 0

    def add(n: int, event: yaml.Event, key: str | None, new: int) -> None:
        """Count a child of ``n`` values for its parent, ``new`` of them not counted yet."""
        nonlocal total
        top = stack[-1]
        if top.mapping and top.children % 2 == 0 and key is not None and key != "<<":
            if key in top.keys:
                duplicates.append((key, _line(event)))
            top.keys.add(key)
        top.children += 1
        top.count += n
        total += new
        if total > max_nodes:
            raise YamlLimitError(f"expands to more than {max_nodes:,} values (aliases '*' repeat what an "
                                 "anchor '&' names)", _line(event))

    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            if len(stack) > max_depth:
                raise YamlLimitError(f"nested more than {max_depth} levels deep", _line(event))
            stack.append(_Frame(isinstance(event, yaml.MappingStartEvent), event.anchor))
            total += 1
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            done = stack.pop()
            if done.anchor is not None:
                sizes[done.anchor] = done.count
            add(done.count, event, None, 0)
        elif isinstance(event, yaml.ScalarEvent):
            if event.anchor is not None:
                sizes[event.anchor] = 1
            add(1, event, event.value, 1)
        elif isinstance(event, yaml.AliasEvent):
            size = sizes.get(event.anchor or "", 1)
            add(size, event, None, size)
    return duplicates
