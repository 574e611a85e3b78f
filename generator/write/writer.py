"""Write generated pages into ``docs/`` atomically, touching only what the generator owns.

The generator keeps a manifest of the files it wrote (``docs/.briefing/manifest.json``). It
never overwrites or deletes a file that is not in the manifest. A write goes in three steps:
every changed file is staged under ``docs/.briefing/staging/``; a journal naming the writes
and deletions is put in place with one atomic rename (the commit point); then the files are
moved into place. A build killed before the commit leaves the old pages untouched; one killed
after it is completed by the next build before anything else happens.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..errors import WriteError

STATE_DIR = ".briefing"
MANIFEST = f"{STATE_DIR}/manifest.json"
JOURNAL = f"{STATE_DIR}/journal.json"
STAGING = f"{STATE_DIR}/staging"


@dataclass(frozen=True)
class WriteResult:
    """What a write changed."""

    written: tuple[str, ...]
    deleted: tuple[str, ...]
    unchanged: int
    kept: tuple[str, ...]  # generated earlier, edited by hand since: left in place


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check_path(rel: str) -> None:
    p = PurePosixPath(rel)
    if p.is_absolute() or ".." in p.parts or not p.parts or "\\" in rel:
        raise WriteError(f"refusing to write outside docs/: {rel!r}")


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _read_manifest(docs: Path) -> dict[str, str]:
    path = docs / MANIFEST
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(k): str(v) for k, v in data["files"].items()}
    except (ValueError, KeyError, TypeError) as exc:
        raise WriteError(f"{path}: generator manifest is damaged ({exc}); delete it to start afresh, "
                         "after checking docs/ for pages you wrote yourself") from exc


def recover(docs: Path) -> None:
    """Finish a write that passed its commit point, or drop one that did not."""
    journal = docs / JOURNAL
    if journal.exists():
        plan = json.loads(journal.read_text(encoding="utf-8"))
        _apply(docs, plan)
    elif (docs / STAGING).exists():
        shutil.rmtree(docs / STAGING)


def _apply(docs: Path, plan: dict[str, object]) -> None:
    staging = docs / STAGING
    for rel in plan["write"]:  # type: ignore[attr-defined]
        src = staging / rel
        if src.exists():  # already moved by an earlier, interrupted apply
            (docs / rel).parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, docs / rel)
    for rel in plan["delete"]:  # type: ignore[attr-defined]
        target = docs / rel
        if target.exists():
            target.unlink()
            _prune_empty(docs, target.parent)
    _atomic_write(docs / MANIFEST, json.dumps({"files": plan["manifest"]}, indent=1, sort_keys=True).encode())
    (docs / JOURNAL).unlink()
    shutil.rmtree(staging, ignore_errors=True)


def _prune_empty(docs: Path, folder: Path) -> None:
    while folder != docs and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def write_pages(docs: Path, pages: dict[str, str]) -> WriteResult:
    """Make the generated part of ``docs`` equal to ``pages``; leave everything else alone."""
    docs.mkdir(parents=True, exist_ok=True)
    recover(docs)
    old = _read_manifest(docs)
    data = {rel: text.encode("utf-8") for rel, text in sorted(pages.items())}
    foreign = []
    for rel in data:
        _check_path(rel)
        target = docs / rel
        if target.is_symlink():
            raise WriteError(f"{target}: is a symbolic link; the generator does not write through links. "
                             "Remove the link and build again.")
        if target.exists() and rel not in old and _digest(target.read_bytes()) != _digest(data[rel]):
            foreign.append(rel)
    if foreign:
        raise WriteError(
            "these files in docs/ were not written by the generator and would be overwritten: "
            + ", ".join(foreign) + ". Move or rename them (the generator owns these paths), then build again.")
    writes = [rel for rel, b in data.items()
              if not (docs / rel).exists() or _digest((docs / rel).read_bytes()) != _digest(b)]
    deletes, kept = [], []
    for rel, digest in sorted(old.items()):
        if rel in data:
            continue
        target = docs / rel
        if not target.exists():
            continue
        if _digest(target.read_bytes()) == digest:
            deletes.append(rel)
        else:
            kept.append(rel)
    manifest = {rel: _digest(b) for rel, b in data.items()}
    if not writes and not deletes and manifest == old:
        return WriteResult((), (), len(data), tuple(kept))
    staging = docs / STAGING
    shutil.rmtree(staging, ignore_errors=True)
    for rel in writes:
        _atomic_write(staging / rel, data[rel])
    plan = {"write": writes, "delete": deletes, "manifest": manifest}
    _atomic_write(docs / JOURNAL, json.dumps(plan, indent=1, sort_keys=True).encode())  # commit point
    _apply(docs, plan)
    return WriteResult(tuple(writes), tuple(deletes), len(data) - len(writes), tuple(kept))
