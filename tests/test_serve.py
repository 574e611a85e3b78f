"""`briefing serve`: a live preview that regenerates when an article is added."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from .conftest import copy_project
from .test_cli import NEW_ARTICLE


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as r:  # loopback only
            return r.read().decode("utf-8")
    except OSError:
        return None


def _wait_for(check, seconds: float = 40.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.3)
    return None


def test_serve_regenerates_when_an_article_is_added(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "--root", str(root), "serve", "--addr", f"127.0.0.1:{port}"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}/topics/gaza-ceasefire/"
        first = _wait_for(lambda: _get(url))
        assert first and "Gaza ceasefire" in first and "Turkey offers to guarantee" not in first
        (root / "articles" / "005_new_truce_offer.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        updated = _wait_for(lambda: (p := _get(url)) and "Turkey offers to guarantee a Gaza truce" in p and p)
        assert updated, "the served topic page did not show the new article"
        assert _get(f"http://127.0.0.1:{port}/sources/005_new_truce_offer/")
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
