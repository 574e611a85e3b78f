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
import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..errors import WriteError

STATE_DIR = ".briefing"
MANIFEST = f"{STATE_DIR}/manifest.json"
JOURNAL = f"{STATE_DIR}/journal.json"
STAGING = f"{STATE_DIR}/staging"
EDITED = f"{STATE_DIR}/edited"
_RESERVED = (MANIFEST, JOURNAL)


@dataclass(frozen=True)
class WriteResult:
    """What a write changed."""

    written: tuple[str, ...]
    deleted: tuple[str, ...]
    unchanged: int
    kept: tuple[str, ...]  # generated earlier, edited by hand since, no longer generated: left in place
    saved: tuple[str, ...] = ()  # generated earlier, edited by hand since, regenerated: the edit saved first


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_path(rel: str) -> None:
    """Refuse a page path that could land outside ``docs/`` or on the generator's own state."""
    p = PurePosixPath(rel)
    if (not rel or p.is_absolute() or ".." in p.parts or "\\" in rel or "\x00" in rel
            or p.as_posix() != rel or rel in _RESERVED or rel.startswith((STAGING + "/", EDITED + "/"))):
        raise WriteError(f"refusing to write {rel!r}: not a plain path inside docs/")


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


def _read_manifest(docs: Path) -> dict[str, str]:
    path = docs / MANIFEST
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(k): str(v) for k, v in data["files"].items()}
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise WriteError(f"{path}: generator manifest is damaged ({exc}); delete it to start afresh, "
                         "after checking docs/ for pages you wrote yourself") from exc


@contextlib.contextmanager
def _locked(docs: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``docs/`` for one write (released by the system if killed).

    The lock is on the state folder itself, so no lock file is left in ``docs/``."""
    (docs / STATE_DIR).mkdir(parents=True, exist_ok=True)
    fd = os.open(docs / STATE_DIR, os.O_RDONLY)
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


def recover(docs: Path) -> None:
    """Finish a write that passed its commit point, or drop one that did not."""
    journal = docs / JOURNAL
    if journal.exists():
        try:
            plan = json.loads(journal.read_text(encoding="utf-8"))
        except ValueError as exc:  # cannot happen (the journal is renamed into place whole)
            raise WriteError(f"{journal}: damaged write journal ({exc}); delete it and build again") from exc
        _apply(docs, plan)
    elif (docs / STAGING).exists():
        shutil.rmtree(docs / STAGING)


def _apply(docs: Path, plan: dict[str, object]) -> None:
    """Carry out a committed plan. Safe to run again after being interrupted at any point."""
    staging = docs / STAGING
    for rel in plan["write"]:  # type: ignore[attr-defined]
        src = staging / rel
        if src.exists():  # else already moved by an earlier, interrupted apply
            (docs / rel).parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, docs / rel)
    deletes = plan["delete"]
    if isinstance(deletes, list):  # journal of an older version: digests not recorded
        deletes = {rel: None for rel in deletes}
    for rel, digest in deletes.items():  # type: ignore[attr-defined]
        target = docs / rel
        # Only the version we wrote: a file put there since is someone else's.
        if (target.is_file() and not target.is_symlink()
                and (digest is None or _digest(target.read_bytes()) == digest)):
            target.unlink()
            _prune_empty(docs, target.parent)
    _atomic_write(docs / MANIFEST, _manifest_bytes(plan["manifest"]))  # type: ignore[arg-type]
    (docs / JOURNAL).unlink()
    _fsync_dir(docs / STATE_DIR)
    shutil.rmtree(staging, ignore_errors=True)


def _manifest_bytes(files: dict[str, str]) -> bytes:
    return json.dumps({"files": files}, indent=1, sort_keys=True).encode("utf-8")


def _prune_empty(docs: Path, folder: Path) -> None:
    while folder != docs and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def write_pages(docs: Path, pages: dict[str, str]) -> WriteResult:
    """Make the generated part of ``docs`` equal to ``pages``; leave everything else alone."""
    for rel in pages:
        check_path(rel)
    docs.mkdir(parents=True, exist_ok=True)
    with _locked(docs):
        recover(docs)
        return _write(docs, pages)


def _write(docs: Path, pages: dict[str, str]) -> WriteResult:
    old = _read_manifest(docs)
    data = {rel: text.encode("utf-8") for rel, text in sorted(pages.items())}
    current: dict[str, str | None] = {}
    foreign = []
    for rel, body in data.items():
        _no_links(docs, rel)
        target = docs / rel
        if target.exists() and not target.is_file():
            raise WriteError(f"{target}: is a folder where the generator writes a page; "
                             "move it away and build again")
        current[rel] = _digest(target.read_bytes()) if target.exists() else None
        if current[rel] is not None and rel not in old and current[rel] != _digest(body):
            foreign.append(rel)
    if foreign:
        raise WriteError(
            "these files in docs/ were not written by the generator and would be overwritten: "
            + ", ".join(foreign) + ". Move or rename them (the generator owns these paths), then build again.")
    writes = [rel for rel, b in data.items() if current[rel] != _digest(b)]
    # A page we wrote and someone edited since: keep their version before replacing it.
    saved = [rel for rel in writes if current[rel] is not None and rel in old and current[rel] != old[rel]]
    for rel in saved:
        _no_links(docs, f"{EDITED}/{rel}")
        _atomic_write(docs / EDITED / f"{rel}.{current[rel][:12]}", (docs / rel).read_bytes())  # type: ignore[index]
    deletes: dict[str, str] = {}
    kept = []
    for rel, digest in sorted(old.items()):
        if rel in data:
            continue
        target = docs / rel
        if not target.is_file() or target.is_symlink():
            continue
        if _digest(target.read_bytes()) == digest:
            deletes[rel] = digest
        else:
            kept.append(rel)
    manifest = {rel: _digest(b) for rel, b in data.items()}
    if not writes and not deletes and manifest == old:
        return WriteResult((), (), len(data), tuple(kept), tuple(saved))
    staging = docs / STAGING
    shutil.rmtree(staging, ignore_errors=True)
    for rel in writes:
        _atomic_write(staging / rel, data[rel])
    plan: dict[str, object] = {"write": writes, "delete": deletes, "manifest": manifest}
    _atomic_write(docs / JOURNAL, json.dumps(plan, indent=1, sort_keys=True).encode("utf-8"))  # commit point
    _apply(docs, plan)
    return WriteResult(tuple(writes), tuple(deletes), len(data) - len(writes), tuple(kept), tuple(saved))
