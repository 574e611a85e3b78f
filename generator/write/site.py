"""Build the static site with MkDocs into a fresh folder, then swap it in at once, so a
failed or killed build leaves the previous site as it was.

On Linux the swap is one ``renameat2(RENAME_EXCHANGE)``: ``site/`` is the old or the new site at
every instant. Elsewhere it is two renames; a build killed between them leaves the old site
at ``.site.old``, and the next build puts it back before doing anything else."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from ..errors import SiteError, WriteError
from .site_cache import PageCache
from .writer import os_problem

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


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """One site build at a time in ``folder`` (the lock goes with the process, even on kill -9)."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise SiteError(f"another build is building the site in {folder}; wait for it, then build again") from exc
        yield
    finally:
        os.close(fd)


def recover_site(target: Path) -> None:
    """Put back a previous site left aside by an interrupted two-rename swap; drop leftovers."""
    old = target.with_name(f".{target.name}.old")
    if old.exists() and not target.exists():
        os.replace(old, target)
    shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(target.with_name(f".{target.name}.building"), ignore_errors=True)


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


def build_site(config_file: Path, site_dir: Path, strict: bool, cache: Path | None = None) -> PageCache | None:
    """Run ``mkdocs build`` on ``config_file`` and publish the result at ``site_dir``.

    With ``cache`` (a folder the generator owns), what MkDocs makes of each page is kept there and
    reused while the page and everything it depends on are unchanged (:mod:`.site_cache`); the
    cache is returned, with its counts of pages reused.

    A failure of the file system (full, read-only, permission denied) raises
    :class:`WriteError`: the previous site stays as it was and the half-built one is removed."""
    staging = site_dir.with_name(f".{site_dir.name}.building")
    try:
        site_dir.parent.mkdir(parents=True, exist_ok=True)
        with _locked(site_dir.parent):
            return _build(config_file, site_dir, strict, cache)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise WriteError("the site could not be written: " + os_problem(exc, site_dir)
                         + " The previous site is unchanged.") from exc


def _build(config_file: Path, site_dir: Path, strict: bool, cache: Path | None) -> PageCache | None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    from ..mkdocs_hooks import BriefingPlugin

    recover_site(site_dir)
    staging = site_dir.with_name(f".{site_dir.name}.building")
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
        pages = None
        plugin = cfg.plugins.get("briefing")
        if cache is not None and isinstance(plugin, BriefingPlugin):
            pages = plugin.page_cache = PageCache(cache)
        build(cfg)
    except MkDocsException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise SiteError(f"mkdocs build failed: {exc}. Fix the warnings above, or build without --strict.") from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    swap_in(staging, site_dir)
    return pages
