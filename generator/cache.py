"""The analysis cache: each source file's cleaning and per-article analysis, kept between builds.

A record is found by a key made of the file (its path, kind, text, metadata and sidecar), every
setting (``repr`` of the whole :class:`~generator.config.Settings`: a change of any setting
invalidates every record, which is the safe side) and the code (a hash of the generator's own
source files, read once per run). Topics decide nothing that is cached, so editing
``topics.yml`` keeps the cache.

The cache lives in one folder the generator owns (``cache_dir``, default ``.briefing-cache``
at the project root) and writes nowhere else. Records are JSON of plain values (lists,
strings, numbers), decoded field by field into our frozen records: loading one can never run
code. A record that cannot be read or decoded, or whose key does not match, is a miss: it is
analysed again and overwritten, never an error. After a build the records no file used are
removed, so the folder holds about one record per article.

Beside the records: the page addresses of the last build (``addresses.json``), and the results
of corpus-level steps it made (``memo.json``, see :class:`~generator.models.Memo`: each topic
match, those of the expansion rounds too, and each summary under a key of its inputs; the file
is used only by the same code and settings, and holds only what the last build used). ``briefing build`` keeps what MkDocs made of each page in ``site/``
(:mod:`generator.write.site_cache`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sys
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .config import Settings
from .errors import Problem
from .models import Addresses, FileWork, Memo, SourceFile

FORMAT = 1  # bump when the layout of a record changes
RECORDS = "articles"  # sub-folder of the per-file records
ADDRESSES = "addresses.json"
MEMO = "memo.json"  # results of corpus-level steps (see models.Memo), under this run's code and settings
_PACKAGE = Path(__file__).resolve().parent


def code_key(package: Path = _PACKAGE) -> str:
    """A hash of the generator's Python source files, the Python version (its Unicode tables)
    and PyYAML's (front matter is read in cleaning): any change of the code that cleans or
    analyses an article invalidates every record."""
    digest = hashlib.sha256(f"{FORMAT}\0{sys.version_info[0]}.{sys.version_info[1]}\0{yaml.__version__}".encode())
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def settings_key(settings: Settings) -> str:
    """A hash of every setting (frozen dataclasses of text, numbers and tuples: ``repr`` is stable)."""
    return hashlib.sha256(repr(settings).encode()).hexdigest()


def file_key(source: SourceFile, settings: str, code: str) -> str:
    """The key of one source file's record."""
    digest = hashlib.sha256()
    for part in (code, settings, source.path, source.kind, source.text, json.dumps(source.found),
                 source.sidecar_path, source.sidecar):
        text = "\x01" if part is None else part  # None apart from ""
        digest.update(text.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


# Records are written as lists of field values in declaration order (a dataclass) and read back
# by the field's type hint, so the file holds plain JSON and nothing in it names a type to build.

def encode(value: object) -> object:
    """A frozen record as plain JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [encode(getattr(value, f.name)) for f in dataclasses.fields(value)]
    if isinstance(value, tuple | list):
        return [encode(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


Decode = Callable[[Any], Any]


def _bad(expected: str, value: object) -> TypeError:
    return TypeError(f"expected {expected}, got {type(value).__name__}")


_SHORT = 64  # characters


def _scalar(kind: type) -> Decode:
    def decode(value: Any) -> Any:
        if type(value) is kind:
            # A short text (a name, a kind, a unit) is interned: JSON gives every occurrence its
            # own string (a name's every mention, "place" in every cue).
            return sys.intern(value) if isinstance(value, str) and len(value) <= _SHORT else value
        if kind is float and type(value) is int:
            return value  # JSON writes 2.0 as 2.0 and 2 as 2: either is as it was
        raise _bad(kind.__name__, value)
    return decode


def _texts(value: Any) -> tuple[str, ...]:
    """tuple[str, ...], the commonest field (a sentence's words), checked in one pass of C code.
    Each word is interned: JSON gives every occurrence its own string, where an analysis from
    nothing shares one per word (10,000 articles from the cache took 200 MB more without)."""
    if type(value) is not list or (value and set(map(type, value)) != {str}):
        raise _bad("a list of text", value)
    return tuple(map(sys.intern, value))


@dataclass
class _Decoder:
    """Plain JSON values back into records, checked against each field's type. A decoding
    function is made once per type (from its hints) and reused for every value of it."""

    made: dict[Any, Decode] = field(default_factory=dict)

    def decode(self, tp: Any, value: Any) -> Any:
        return self.maker(tp)(value)

    def maker(self, tp: Any) -> Decode:
        if tp not in self.made:
            self.made[tp] = self._make(tp)
        return self.made[tp]

    def _make(self, tp: Any) -> Decode:
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            kinds = [a for a in typing.get_args(tp) if a is not type(None)]
            if len(kinds) != 1 or len(typing.get_args(tp)) != 2:
                raise TypeError(f"cannot decode {tp}")
            inner = self.maker(kinds[0])
            return lambda value: None if value is None else inner(value)
        if origin is tuple:
            args = typing.get_args(tp)
            if args == (str, Ellipsis):
                return _texts
            if len(args) == 2 and args[1] is Ellipsis:
                item = self.maker(args[0])

                def many(value: Any) -> tuple[Any, ...]:
                    if type(value) is not list:
                        raise _bad("a list", value)
                    return tuple(map(item, value))
                return many
            parts = [self.maker(a) for a in args]

            def fixed(value: Any) -> tuple[Any, ...]:
                if type(value) is not list or len(value) != len(parts):
                    raise _bad(f"a list of {len(parts)}", value)
                return tuple(f(v) for f, v in zip(parts, value, strict=True))
            return fixed
        if isinstance(tp, type) and dataclasses.is_dataclass(tp):
            hints = typing.get_type_hints(tp)
            fields = [f for f in dataclasses.fields(tp) if f.init]
            # Made lazily: a record type may hold itself only through a tuple, never directly.
            decoders: list[Decode] = []

            def record(value: Any) -> Any:
                if not decoders:
                    decoders.extend(self.maker(hints[f.name]) for f in fields)
                if type(value) is not list or len(value) != len(decoders):
                    raise _bad(f"a {tp.__name__} record", value)
                return tp(*[f(v) for f, v in zip(decoders, value, strict=True)])
            return record
        if tp in (str, int, float, bool):
            return _scalar(tp)
        raise TypeError(f"cannot decode {tp}")


@dataclass
class Cache:
    """The cache folder of one run: records read, records written, records used."""

    folder: Path
    settings: str  # settings_key of this run
    code: str  # code_key of this run
    decoder: _Decoder = field(default_factory=_Decoder)
    used: set[str] = field(default_factory=set)
    hits: int = 0
    misses: int = 0

    @classmethod
    def open(cls, folder: Path, settings: Settings) -> Cache:
        return cls(folder, settings_key(settings), code_key())

    def key(self, source: SourceFile) -> str:
        return file_key(source, self.settings, self.code)

    def _path(self, key: str) -> Path:
        return self.folder / RECORDS / key[:2] / f"{key}.json"

    def get(self, key: str) -> FileWork | None:
        """The record under ``key``, or None when there is none or it cannot be used."""
        self.used.add(key)
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("key") != key:
                raise ValueError("not this file's record")
            work: FileWork = self.decoder.decode(FileWork, data["record"])
        except (OSError, ValueError, TypeError, KeyError, RecursionError, UnicodeError):
            self.misses += 1
            return None
        self.hits += 1
        return work

    def put(self, key: str, work: FileWork) -> None:
        """Write a record; a failure to write only loses the speed-up, never the build."""
        self.used.add(key)
        path = self._path(key)
        data = json.dumps({"key": key, "record": encode(work)}, ensure_ascii=False, separators=(",", ":"))
        _write_quietly(self.folder, path, data)

    def prune(self) -> int:
        """Remove the records this run did not use (articles deleted or changed). Only files named
        like our records, inside our folder, are touched."""
        removed = 0
        base = self.folder / RECORDS
        if not base.is_dir() or base.is_symlink():
            return 0
        for sub in base.iterdir():
            if len(sub.name) != 2 or not sub.is_dir() or sub.is_symlink():
                continue
            for path in sub.iterdir():
                key = path.name.removesuffix(".json")
                if path.suffix == ".json" and len(key) == 64 and key not in self.used and not path.is_symlink():
                    try:
                        path.unlink()
                        removed += 1
                    except OSError:
                        pass
        return removed

    def addresses(self) -> Addresses | None:
        """The addresses of the previous build, or None (first build, or unreadable)."""
        try:
            data = json.loads((self.folder / ADDRESSES).read_text(encoding="utf-8"))
            found: Addresses = self.decoder.decode(Addresses, data)
        except (OSError, ValueError, TypeError, KeyError, RecursionError, UnicodeError):
            return None
        return found

    def memo(self) -> Memo:
        """The corpus-level results the last build kept, if it ran the same code and settings."""
        try:
            data = json.loads((self.folder / MEMO).read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError, UnicodeError):
            return Memo()
        if (not isinstance(data, dict) or data.get("code") != self.code or data.get("settings") != self.settings
                or not isinstance(data.get("results"), dict)):
            return Memo()
        return Memo(before=data["results"])

    def save_memo(self, memo: Memo) -> None:
        """Keep what this build used or made, and nothing older."""
        _write_quietly(self.folder, self.folder / MEMO,
                       json.dumps({"code": self.code, "settings": self.settings, "results": memo.now},
                                  ensure_ascii=False, separators=(",", ":"), sort_keys=True))

    def save_addresses(self, addresses: Addresses) -> None:
        _write_quietly(self.folder, self.folder / ADDRESSES,
                       json.dumps(encode(addresses), ensure_ascii=False, separators=(",", ":")))


def _write_quietly(folder: Path, path: Path, data: str) -> None:
    """Write ``path`` (inside ``folder``) through a temporary file and a rename; give up quietly
    when the folder cannot be written, or when a link would lead the write out of it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        real = Path(os.path.realpath(path.parent))
        if not real.is_relative_to(os.path.realpath(folder)) or path.is_symlink():
            return
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(data, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        return


def problems_of(works: Iterable[FileWork]) -> list[Problem]:
    """Every problem the files' cleaning met, in file order."""
    return [p for w in works for p in w.problems]
