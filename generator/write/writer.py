"""Write generated pages into ``docs/`` atomically, touching only what the generator owns.

The generator keeps a manifest of the files it wrote (``docs/.briefing/manifest.json``, path →
SHA-256). It never overwrites or deletes a file that is not in the manifest, and never one
that was edited by hand since it wrote it without first saving that version under
``docs/.briefing/edited/``.

A write goes in three steps:

1. every changed file is staged (written and fsynced) under ``docs/.briefing/staging/``;
2. a journal naming the writes and deletions is put in place with one atomic rename: this is
   the commit point;
3. the staged files are moved into place, each with one atomic rename, and stale pages
   deleted; then the manifest is replaced and the journal removed.

So every file of ``docs/`` is at any moment either its old or its new version, never a part of
one. A build killed before the commit point leaves every page as it was (the next build drops
the staging folder); one killed after it is finished by the next build (any build, before it
does anything else), which replays the journal. Only MkDocs' dot-folder exclusion keeps
``.briefing/`` out of the site. A lock stops two builds from writing at once.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import shutil
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import TypeVar

from ..errors import WriteError

STATE_DIR = ".briefing"
MANIFEST = f"{STATE_DIR}/manifest.json"
JOURNAL = f"{STATE_DIR}/journal.json"
STAGING = f"{STATE_DIR}/staging"
EDITED = f"{STATE_DIR}/edited"
_RESERVED = (MANIFEST, JOURNAL)
# Every path the generator writes (generator/render/pages.py): the home page, the report and
# digest.json at the top, one page per topic, source, story and entity in its folder, and the
# navigation in the state folder. Ids are made of a-z 0-9 _ - only. Also the Atom feeds (the
# site's and one per topic), the "What's new" page and the state it is kept in from build to build,
# a big topic's archive of every source, and a big sources index's pages (by month, by letter).
OWNED = re.compile(r"(?:index|report|whats-new)\.md|digest\.json|(?:topics|sources|stories|entities)/[a-z0-9_-]+\.md"
                   r"|(?:topics/archive|sources/month|sources/title)/[a-z0-9_-]+\.md"
                   r"|\.briefing/nav\.yml|feed\.xml|topics/[a-z0-9_-]+\.xml|\.briefing/state\.json")
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class WriteResult:
    """What a write changed."""

    written: tuple[str, ...]
    deleted: tuple[str, ...]
    unchanged: int
    kept: tuple[str, ...]  # generated earlier, edited by hand since, no longer generated: left in place
    saved: tuple[str, ...] = ()  # generated earlier, edited by hand since, regenerated: the edit saved first
    ignored: tuple[str, ...] = ()  # manifest/journal entries that are not the generator's: left alone
    pages: tuple[str, ...] = ()  # every generated page, written or unchanged, by path


@dataclass(frozen=True)
class WrittenPages(Mapping[str, str]):
    """The pages of a write, read back from ``docs/`` when asked for (a build does not keep them)."""

    docs: Path
    paths: tuple[str, ...]

    def __getitem__(self, rel: str) -> str:
        if rel not in self._known:
            raise KeyError(rel)
        return (self.docs / rel).read_bytes().decode("utf-8")

    @cached_property
    def _known(self) -> frozenset[str]:
        return frozenset(self.paths)

    def __iter__(self) -> Iterator[str]:
        return iter(self.paths)

    def __len__(self) -> int:
        return len(self.paths)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_path(rel: str) -> None:
    """Refuse a page path that could land outside ``docs/``, on the generator's own state, or
    anywhere the generator does not write (:data:`OWNED`)."""
    if not is_owned(rel):
        raise WriteError(f"refusing to write {_shown(rel)}: not a path the generator writes inside docs/")


def is_owned(rel: object) -> bool:
    """Whether ``rel`` is a relative, normalised path the generator could have written."""
    if not isinstance(rel, str) or not rel or len(rel) > 300:
        return False
    p = PurePosixPath(rel)
    if (p.is_absolute() or ".." in p.parts or "\\" in rel or "\x00" in rel or p.as_posix() != rel
            or rel in _RESERVED or rel.startswith((STAGING + "/", EDITED + "/"))):
        return False
    return OWNED.fullmatch(rel) is not None


def _shown(rel: object) -> str:
    """A path from an untrusted file, safe to print (no control characters, not too long)."""
    text = repr(rel)
    return text if len(text) <= 120 else text[:117] + "..."


def _linked(docs: Path, rel: str) -> bool:
    """Whether any step from ``docs`` to ``rel`` is a symbolic link (or the state folder is)."""
    path = docs
    for part in PurePosixPath(rel).parts:
        path = path / part
        if path.is_symlink():
            return True
    return False


def _no_links(docs: Path, rel: str) -> None:
    """Refuse to write through a symbolic link anywhere on the way from ``docs`` to ``rel``."""
    path = docs
    for part in PurePosixPath(rel).parts:
        path = path / part
        if path.is_symlink():
            raise WriteError(f"{path}: is a symbolic link; the generator does not write through links. "
                             "Remove the link and build again.")


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _stage(path: Path, data: bytes | Iterable[str]) -> str:
    """Write a staged page (whole, or given in pieces, none kept) and flush it to disk; the
    SHA-256 of what was written. No rename and no sync of its folder here: a staged file is
    only read back through a journal, which records its digest and is written after every
    staged folder is synced once (see :func:`_write`). A sync of the folder after each page was
    half the time a cold build took to write its pages."""
    path.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    with open(path, "wb") as fh:
        for piece in [data] if isinstance(data, bytes) else _pulled(data):
            chunk = piece if isinstance(piece, bytes) else piece.encode("utf-8")
            digest.update(chunk)
            fh.write(chunk)
        fh.flush()
        os.fsync(fh.fileno())
    return digest.hexdigest()


def _read_manifest(docs: Path) -> tuple[dict[str, str], list[str]]:
    """The manifest's entries that the generator could have written, and the others (ignored)."""
    path = docs / MANIFEST
    if not path.exists():
        return {}, []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = data["files"]
        if not isinstance(files, dict):
            raise TypeError(f"'files' is {type(files).__name__}, not a mapping")
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise WriteError(f"{path}: generator manifest is damaged ({exc}); delete it to start afresh, "
                         "after checking docs/ for pages you wrote yourself") from exc
    return _trusted(docs, files)


def _trusted(docs: Path, entries: dict[object, object]) -> tuple[dict[str, str], list[str]]:
    good: dict[str, str] = {}
    ignored = []
    for rel, digest in entries.items():
        if (is_owned(rel) and isinstance(digest, str) and _SHA256.fullmatch(digest)
                and not _linked(docs, str(rel))):
            good[str(rel)] = digest
        else:
            ignored.append(_shown(rel))
    return good, sorted(ignored)


@contextlib.contextmanager
def _locked(docs: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``docs/`` for one write (released by the system if killed).

    The lock is on the state folder itself, so no lock file is left in ``docs/``."""
    if (docs / STATE_DIR).is_symlink():
        raise WriteError(f"{docs / STATE_DIR}: is a symbolic link; the generator keeps its state only in a real "
                         "folder. Remove the link and build again.")
    (docs / STATE_DIR).mkdir(parents=True, exist_ok=True)
    fd = os.open(docs / STATE_DIR, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        try:
            import fcntl
        except ImportError:  # no advisory locks on this system: single writer assumed
            yield
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise WriteError(f"{docs}: another build is writing these pages; wait for it to finish, "
                             "then build again") from exc
        yield
    finally:
        os.close(fd)


@dataclass(frozen=True)
class _Plan:
    """A committed write: pages to move in from staging, pages to delete (with the digest of
    the version we wrote), and the manifest to record."""

    write: tuple[str, ...]
    delete: dict[str, str]
    manifest: dict[str, str]

    def as_json(self) -> bytes:
        return json.dumps({"write": list(self.write), "delete": self.delete, "manifest": self.manifest},
                          indent=1, sort_keys=True).encode("utf-8")


def recover(docs: Path) -> list[str]:
    """Finish a write that passed its commit point, or drop one that did not.

    Returns the journal entries that were ignored because they are not the generator's."""
    journal = docs / JOURNAL
    if journal.is_symlink():
        raise WriteError(f"{journal}: is a symbolic link; delete it and build again")
    if journal.exists():
        plan, ignored = _read_journal(docs, journal)
        _apply(docs, plan)
        return ignored
    if (docs / STAGING).exists() or (docs / STAGING).is_symlink():
        _remove(docs / STAGING)
    return []


def _remove(path: Path) -> None:
    """Remove a file, a link or a folder tree (never what a link points to)."""
    if path.is_symlink() or path.is_file():
        path.unlink()
    else:
        shutil.rmtree(path, ignore_errors=True)


def _read_journal(docs: Path, journal: Path) -> tuple[_Plan, list[str]]:
    """The journal's plan, keeping only what the generator could have written: a page to move
    in must be staged with exactly the digest the plan records for it."""
    try:
        data = json.loads(journal.read_text(encoding="utf-8"))
        writes, deletes, manifest = data["write"], data["delete"], data["manifest"]
        if isinstance(deletes, list):  # journal of an older version: digests not recorded
            deletes = {rel: None for rel in deletes}
        if not (isinstance(writes, list) and isinstance(deletes, dict) and isinstance(manifest, dict)):
            raise TypeError("'write' must be a list, 'delete' and 'manifest' mappings")
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise WriteError(f"{journal}: damaged write journal ({exc}); delete it and build again "
                         "(the pages in docs/ are each whole, old or new)") from exc
    good_manifest, ignored = _trusted(docs, manifest)
    good_writes = []
    for rel in writes:
        if not is_owned(rel) or rel not in good_manifest or _linked(docs, rel):
            ignored.append(_shown(rel))
            continue
        src = docs / STAGING / rel
        if _linked(docs, f"{STAGING}/{rel}") or (src.exists() and (not src.is_file()
                                                  or _digest(src.read_bytes()) != good_manifest[rel])):
            ignored.append(_shown(rel))
            continue
        good_writes.append(rel)
    good_deletes = {}
    for rel, digest in deletes.items():
        # A deletion with no recorded digest would delete whatever is there: never trusted.
        if is_owned(rel) and isinstance(digest, str) and _SHA256.fullmatch(digest) and not _linked(docs, rel):
            good_deletes[rel] = digest
        else:
            ignored.append(_shown(rel))
    return _Plan(tuple(good_writes), good_deletes, good_manifest), sorted(set(ignored))


def _apply(docs: Path, plan: _Plan) -> None:
    """Carry out a committed plan. Safe to run again after being interrupted at any point."""
    staging = docs / STAGING
    for rel in plan.write:
        src = staging / rel
        # else already moved by an earlier, interrupted apply
        if src.is_file() and not _linked(docs, f"{STAGING}/{rel}") and not _linked(docs, rel):
            (docs / rel).parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, docs / rel)
    for rel, digest in plan.delete.items():
        target = docs / rel
        # Only the version we wrote: a file put there since is someone else's.
        if (target.is_file() and not _linked(docs, rel) and _digest(target.read_bytes()) == digest):
            target.unlink()
            _prune_empty(docs, target.parent)
    _atomic_write(docs / MANIFEST, _manifest_bytes(plan.manifest))
    (docs / JOURNAL).unlink()
    _fsync_dir(docs / STATE_DIR)
    shutil.rmtree(staging, ignore_errors=True)


def _manifest_bytes(files: dict[str, str]) -> bytes:
    return json.dumps({"files": files}, indent=1, sort_keys=True).encode("utf-8")


def _prune_empty(docs: Path, folder: Path) -> None:
    while folder != docs and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


class _StreamFailed(Exception):
    """The code making the pages failed (not the file system): its exception goes out as it is."""

    def __init__(self, original: Exception) -> None:
        super().__init__(str(original))
        self.original = original


T = TypeVar("T")


def _pulled(items: Iterable[T]) -> Iterator[T]:
    """The items, with a failure to make one told apart from a failure to write one."""
    it = iter(items)
    while True:
        try:
            item = next(it)
        except StopIteration:
            return
        except Exception as exc:
            raise _StreamFailed(exc) from exc
        yield item


Text = str | Iterable[str]  # a page's text, whole or in pieces (digest.json is written as it is made)
Pages = Mapping[str, str] | Iterable[tuple[str, Text]]


def write_pages(docs: Path, pages: Pages) -> WriteResult:
    """Make the generated part of ``docs`` equal to ``pages``; leave everything else alone.

    ``pages`` is a mapping of path → text or a stream of (path, text) pairs: each page is staged
    as it comes and not kept, so a build holds one page at a time, not the site. Anything wrong
    with a page (a path the generator does not write, a file it did not write in the way) or a
    failure of the stream itself drops what was staged: nothing in ``docs/`` changes.

    A failure of the file system (read-only, full, permission denied) raises
    :class:`WriteError` saying what to do; a write that failed before its commit point leaves
    every page as it was and no staging folder behind."""
    if isinstance(pages, Mapping):
        for rel in pages:
            check_path(rel)  # before anything is touched
        pages = pages.items()
    try:
        docs.mkdir(parents=True, exist_ok=True)
        with _locked(docs):
            ignored = recover(docs)
            try:
                try:
                    result = _write(docs, pages)
                except BaseException:
                    if not (docs / JOURNAL).exists():  # not committed: drop what was staged
                        with contextlib.suppress(OSError):
                            _remove(docs / STAGING)
                    raise
            except WriteError as exc:
                if ignored:  # say why the manifest may be wrong: someone edited the state
                    raise WriteError(f"{exc} Note: the write journal in {docs / STATE_DIR} named paths the "
                                     f"generator never writes ({', '.join(ignored[:10])}); it was edited by hand "
                                     "or in a pull request: check that change.") from exc
                raise
    except _StreamFailed as failed:  # a template or the analysis, not the disk: nothing was changed
        raise failed.original from None
    except OSError as exc:
        committed = (docs / JOURNAL).exists()
        raise WriteError(os_problem(exc, docs) + (
            " The write was committed: the next build finishes it once this is fixed; every page is whole."
            if committed else " Nothing in docs/ was changed.")) from exc
    if ignored:
        result = replace(result, ignored=tuple(sorted(set(ignored) | set(result.ignored))))
    return result


def os_problem(exc: OSError, where: Path) -> str:
    """What a file-system failure means for the user, and what to do about it."""
    target = exc.filename if exc.filename is not None else where
    what = exc.strerror or str(exc)
    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        hint = "free some disk space (or raise the quota), then build again."
    elif exc.errno == errno.EROFS:
        hint = "the file system is mounted read-only: build on a writable copy, or remount it."
    elif exc.errno in (errno.EACCES, errno.EPERM):
        hint = ("check the permissions of the folder (and that it is not marked immutable: "
                "lsattr / chattr -i), then build again.")
    else:
        hint = "fix the cause above, then build again."
    return f"{target}: cannot write: {what}; {hint}"


def _write(docs: Path, pages: Iterable[tuple[str, Text]]) -> WriteResult:
    old, ignored = _read_manifest(docs)
    staging = docs / STAGING
    _remove(staging)
    manifest: dict[str, str] = {}
    current: dict[str, str | None] = {}  # digest of the file in docs/ now, for each page to write
    foreign: list[str] = []
    staged: set[Path] = set()  # folders of the staged pages, synced once before the commit
    for rel, text in _pulled(pages):
        check_path(rel)
        if rel in manifest:
            raise WriteError(f"two generated pages would be written at docs/{rel}, and one would be lost; "
                             "report this as a bug in Briefing")
        _no_links(docs, rel)
        target = docs / rel
        if target.exists() and not target.is_file():
            raise WriteError(f"{target}: is a folder where the generator writes a page; "
                             "move it away and build again")
        now = _digest(target.read_bytes()) if target.exists() else None
        if isinstance(text, str):
            body = text.encode("utf-8")
            digest = manifest[rel] = _digest(body)
            if now != digest and (now is None or rel in old) and not foreign:
                _stage(staging / rel, body)
                staged.add((staging / rel).parent)
        else:  # staged as it comes, then dropped if it is the same as the file in place
            digest = manifest[rel] = _stage(staging / rel, text)
            staged.add((staging / rel).parent)
            if now == digest or (now is not None and rel not in old) or foreign:
                (staging / rel).unlink()
        if now == digest:
            continue
        if now is not None and rel not in old:
            foreign.append(rel)
        current[rel] = now
    if foreign:
        _remove(staging)
        raise WriteError(
            "these files in docs/ were not written by the generator and would be overwritten: "
            + ", ".join(sorted(foreign)) + ". Move or rename them (the generator owns these paths), then build again.")
    writes = sorted(current)
    # A page we wrote and someone edited since: keep their version before replacing it.
    saved = [rel for rel in writes if current[rel] is not None and rel in old and current[rel] != old[rel]]
    for rel in saved:
        _no_links(docs, f"{EDITED}/{rel}")
        _atomic_write(docs / EDITED / f"{rel}.{current[rel][:12]}", (docs / rel).read_bytes())  # type: ignore[index]
    deletes: dict[str, str] = {}
    kept = []
    for rel, digest in sorted(old.items()):
        if rel in manifest:
            continue
        target = docs / rel
        if not target.is_file() or target.is_symlink():
            continue
        if _digest(target.read_bytes()) == digest:
            deletes[rel] = digest
        else:
            kept.append(rel)
    if not writes and not deletes and manifest == old and not ignored:
        _remove(staging)  # the pieces of an unchanged page, staged and dropped
        return WriteResult((), (), len(manifest), tuple(kept), tuple(saved), pages=tuple(manifest))
    plan = _Plan(tuple(writes), deletes, manifest)
    for folder in sorted(staged):
        _fsync_dir(folder)
    _atomic_write(docs / JOURNAL, plan.as_json())  # commit point
    _apply(docs, plan)
    return WriteResult(tuple(writes), tuple(deletes), len(manifest) - len(writes), tuple(kept), tuple(saved),
                       tuple(ignored), tuple(manifest))
