"""Build the static site with MkDocs into a fresh folder, then swap it in at once, so a
failed or killed build leaves the previous site as it was."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import shutil
from pathlib import Path

from ..errors import SiteError

_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2); False where the system cannot."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    return fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE) == 0


def swap_in(new: Path, target: Path) -> None:
    """Replace ``target`` by ``new``; the old one is removed after the swap."""
    if target.exists() and _exchange(new, target):
        shutil.rmtree(new)
        return
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)


def build_site(config_file: Path, site_dir: Path, strict: bool) -> None:
    """Run ``mkdocs build`` on ``config_file`` and publish the result at ``site_dir``."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    staging = site_dir.with_name(f".{site_dir.name}.building")
    shutil.rmtree(staging, ignore_errors=True)
    for stale in (site_dir.with_name(f".{site_dir.name}.old"),):
        shutil.rmtree(stale, ignore_errors=True)
    log = logging.getLogger("mkdocs")
    log.setLevel(logging.WARNING)
    if not any(getattr(h, "_briefing", False) for h in log.handlers):
        # MkDocs' own CLI prints its warnings; through the API we must, or --strict fails mutely.
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("mkdocs %(levelname)s: %(message)s"))
        handler._briefing = True  # type: ignore[attr-defined]
        log.addHandler(handler)
    try:
        cfg = load_config(config_file=str(config_file), site_dir=str(staging), strict=strict)
        build(cfg)
    except MkDocsException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise SiteError(f"mkdocs build failed: {exc}. Fix the warnings above, or build without --strict.") from exc
    swap_in(staging, site_dir)
