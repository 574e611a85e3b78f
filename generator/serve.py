"""``briefing serve``: a live preview on MkDocs' own development server and file watcher.

It does what ``mkdocs serve`` does (``mkdocs/commands/serve.py`` of MkDocs 1.6: build into a
temporary folder, serve it with live reload, rebuild when ``docs/``, ``mkdocs.yml`` or a ``watch:``
path changes, plugins' ``on_serve``), and adds one watch to the same observer: the project's
sources (the articles folder, the settings file given with ``--config``, the topics file and
``templates/``). A change there regenerates the pages of ``docs/`` (the same generation as
``briefing build``); MkDocs, watching ``docs/``, then rebuilds the site and reloads the browser.

MkDocs' observer is watchdog's polling one (a snapshot of the watched folders every half
second): there is no second watcher. The regeneration runs on that observer's thread, so MkDocs
sees the new pages only once they are all written, and builds once for them.
"""

from __future__ import annotations

import contextlib
import errno
import ipaddress
import logging
import os
import shutil
import signal
import socket
import tempfile
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException
from mkdocs.livereload import LiveReloadServer
from watchdog.events import FileSystemEvent, FileSystemEventHandler

from .errors import BriefingError, SiteError

EXIT_USAGE = 64  # as the CLI's usage errors: the address given with --addr cannot be used


class AddressUnavailable(BriefingError):
    """The address to serve on is taken or not this machine's."""

    exit_code = EXIT_USAGE


@dataclass(frozen=True)
class Sources:
    """What the pages are generated from: a change to any of them regenerates the pages."""

    folders: tuple[Path, ...]  # watched with everything under them (the articles, templates/)
    files: tuple[Path, ...]  # single files (the settings, the topics)

    def covers(self, path: str) -> bool:
        """Whether a changed ``path`` is one of the sources (or under one of the folders)."""
        p = Path(os.path.abspath(path))
        return p in self.files or any(p == f or f in p.parents for f in self.folders)

    def fingerprint(self) -> tuple[tuple[str, int, int], ...]:
        """(path, modification time, size) of every source file: tells a change of content from
        the several events one save makes, and from a change outside them."""
        entries = []
        for path in self._files():
            try:
                st = path.stat()
            except OSError:  # removed meanwhile: the next event sees it gone
                continue
            entries.append((str(path), st.st_mtime_ns, st.st_size))
        return tuple(entries)

    def _files(self) -> Iterator[Path]:
        yield from (f for f in self.files if f.is_file())
        for folder in self.folders:
            if folder.is_dir():
                yield from sorted(p for p in folder.rglob("*") if p.is_file())


def sources(root: Path, settings_file: Path, topics_file: Path, articles: Path) -> Sources:
    """The sources of a project: its articles folder and ``templates/``, its settings and topics files."""
    absolute = [Path(os.path.abspath(p)) for p in (articles, root / "templates", settings_file, topics_file)]
    return Sources(folders=tuple(absolute[:2]), files=tuple(absolute[2:]))


def check_address(addr: str) -> None:
    """Raise :class:`AddressUnavailable` now if ``addr`` (``host:port``) cannot be served on, rather
    than after the pages and the site are built (the server binds the same way: address reuse on)."""
    host, _, port = addr.rpartition(":")
    host = host.strip("[]")
    try:
        family = socket.AF_INET6 if isinstance(ipaddress.ip_address(host), ipaddress.IPv6Address) else socket.AF_INET
    except ValueError:  # a host name
        family = socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, int(port)))
        except OSError as exc:
            raise _unavailable(addr, exc) from exc


def _unavailable(addr: str, exc: OSError) -> AddressUnavailable:
    return AddressUnavailable(f"cannot serve on {addr}: {exc.strerror or exc}; give another address with "
                              "--addr HOST:PORT")


def serve(mkdocs_file: Path, addr: str, watched: Sources, regenerate: Callable[[], None], *,
          announce: Callable[[str], None]) -> None:
    """Build the site with MkDocs, serve it at ``addr`` (``host:port``) until interrupted, and
    call ``regenerate`` (which writes the pages into docs/) whenever one of ``watched`` changes.

    ``announce`` is told the address as soon as the server accepts connections. A failure of
    ``regenerate`` is its own to report: the server goes on serving the last good site.
    """
    _show_mkdocs_warnings()
    site_dir = tempfile.mkdtemp(prefix="briefing-serve-")

    def get_config() -> Any:
        return load_config(config_file=str(mkdocs_file), site_dir=site_dir, dev_addr=addr)

    try:
        config = get_config()
    except MkDocsException as exc:
        shutil.rmtree(site_dir, ignore_errors=True)
        raise SiteError(f"{mkdocs_file.name}: {exc}") from exc
    config.plugins.on_startup(command="serve", dirty=False)
    host, port = config.dev_addr
    server: Any = None

    def builder(config: Any = None) -> None:
        if config is None:  # a rebuild: the settings again, with the nav the regeneration wrote
            config = get_config()
        config.site_url = server.url
        build(config, serve_url=server.url)

    server = _Server(builder=builder, host=host, port=port, root=site_dir,
                     mount_path=urlsplit(config.site_url or "/").path, announce=announce)

    with _stopped_by_sigterm():  # from here on, SIGTERM ends it as Ctrl-C does, cleaning up
        try:
            try:
                builder(config)
            except MkDocsException as exc:
                raise SiteError(f"mkdocs build failed: {exc}") from exc
            server.watch(config.docs_dir)
            if config.config_file_path:
                server.watch(config.config_file_path)
            server = config.plugins.on_serve(server, config=config, builder=builder)
            for item in config.watch:
                server.watch(item)
            handler = _Regenerate(watched, regenerate)
            for path, recursive in _watch_points(watched):
                server.observer.schedule(handler, str(path), recursive=recursive)
            try:
                server.serve()
            except OSError as exc:
                if exc.errno not in _ADDRESS_ERRORS or getattr(server, "activated", True):
                    raise
                raise _unavailable(addr, exc) from exc
            finally:
                server.shutdown()
        finally:
            config.plugins.on_shutdown()
            shutil.rmtree(site_dir, ignore_errors=True)


_ADDRESS_ERRORS = (errno.EADDRINUSE, errno.EADDRNOTAVAIL, errno.EACCES)


class _Server(LiveReloadServer):  # type: ignore[misc]
    """MkDocs' development server that says where it serves once it can be reached."""

    def __init__(self, *, announce: Callable[[str], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._announce = announce
        self.activated = False

    def server_activate(self) -> None:
        super().server_activate()
        self.activated = True
        self._announce(self.url)


class _Regenerate(FileSystemEventHandler):  # type: ignore[misc]
    """Calls ``regenerate`` when an event names a source and the sources' content changed."""

    def __init__(self, watched: Sources, regenerate: Callable[[], None]) -> None:
        self.watched = watched
        self.regenerate = regenerate
        self.seen = watched.fingerprint()

    def on_any_event(self, event: FileSystemEvent) -> None:
        paths = [event.src_path, getattr(event, "dest_path", "") or ""]
        if not any(p and self.watched.covers(os.fsdecode(p)) for p in paths):
            return
        now = self.watched.fingerprint()
        if now == self.seen:
            return
        self.seen = now
        try:
            self.regenerate()
        except Exception:  # a bug: show it, and keep watching (an exception here would end the observer)
            traceback.print_exc()


@contextlib.contextmanager
def _stopped_by_sigterm() -> Iterator[None]:
    """SIGTERM (a service manager, ``timeout``, ``kill``) ends the server as Ctrl-C does, so the
    temporary site folder is removed."""
    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: signals cannot be handled here
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _watch_points(watched: Sources) -> list[tuple[Path, bool]]:
    """Where to watch: each source folder with everything under it, and the folder of each
    source file alone (a file's own watch would end when an editor saves by replacing it)."""
    points: dict[Path, bool] = {}
    for folder in watched.folders:
        if folder.is_dir():
            points[folder] = True
    for file in watched.files:
        parent = file.parent
        if parent.is_dir() and not any(parent == f or f in parent.parents for f in points):
            points.setdefault(parent, False)
    return sorted(points.items())


def _show_mkdocs_warnings() -> None:
    """MkDocs' own command prints its warnings; through its API we must (as ``build`` does)."""
    log = logging.getLogger("mkdocs")
    log.setLevel(logging.WARNING)
    if not any(getattr(h, "_briefing", False) for h in log.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("mkdocs %(levelname)s: %(message)s"))
        handler._briefing = True  # type: ignore[attr-defined]
        log.addHandler(handler)
