"""`briefing serve`: MkDocs' development server on a loopback port, regenerating the pages when an
article, the settings given with --config, the topics or a template changes."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import pytest

from .conftest import copy_project
from .test_cli import NEW_ARTICLE

pytestmark = pytest.mark.slow  # each test generates, builds and serves the seed site

T = TypeVar("T")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:  # loopback only
            return str(r.read().decode("utf-8"))
    except OSError:
        return None


def _wait_for(check: Callable[[], T | None], seconds: float = 60.0) -> T | None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.3)
    return None


class Served:
    """A running ``briefing serve``: its address and what it printed."""

    def __init__(self, proc: subprocess.Popen[bytes], log: Path, base: str) -> None:
        self.proc, self.log, self.base = proc, log, base

    @property
    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def page(self, path: str) -> str | None:
        return _get(self.base + path)

    def page_with(self, path: str, text: str) -> str | None:
        """The page once it shows ``text`` (``None`` if it never does within the wait)."""
        return _wait_for(lambda: ((p := self.page(path)) and text in p and p) or None)


@contextmanager
def serving(root: Path, *args: str) -> Iterator[Served]:
    port = _free_port()
    log = root.parent / f"serve-{port}.log"
    temp = root.parent / "tmp"  # where MkDocs builds the served site: must be empty again at the end
    temp.mkdir()
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "generator", "--root", str(root), *args, "serve",
                                 "--addr", f"127.0.0.1:{port}"], stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True, env={**os.environ, "TMPDIR": str(temp)})
    served = Served(proc, log, f"http://127.0.0.1:{port}/")
    try:
        announced = _wait_for(lambda: f"briefing: serving on http://127.0.0.1:{port}/" in served.output
                              or proc.poll() is not None)
        assert announced and proc.poll() is None, served.output
        yield served
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=20)


def _project(tmp_path: Path) -> Path:
    (tmp_path / "p").mkdir()
    return copy_project(tmp_path / "p")


def test_serve_regenerates_when_an_article_is_added(tmp_path: Path) -> None:
    root = _project(tmp_path)
    with serving(root) as served:
        first = served.page("topics/gaza-ceasefire/")
        assert first and "Gaza ceasefire" in first and "Turkey offers to guarantee" not in first
        (root / "articles" / "005_new_truce_offer.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        assert served.page_with("topics/gaza-ceasefire/", "Turkey offers to guarantee a Gaza truce"), \
            "the served topic page did not show the new article\n" + served.output
        assert served.page("sources/005_new_truce_offer/")
    assert served.proc.returncode == 130 and "briefing: interrupted" in served.output  # SIGTERM as Ctrl-C
    assert not list((tmp_path / "tmp").iterdir()), "the served site's temporary folder was left behind"


def test_serve_uses_the_given_settings_and_watches_topics_and_templates(tmp_path: Path) -> None:
    root = _project(tmp_path)
    topics = (root / "topics.yml").read_text(encoding="utf-8")
    (root / "other-topics.yml").write_text(topics.replace("title: Gaza ceasefire", "title: Gaza truce talks", 1),
                                           encoding="utf-8")
    settings = (root / "briefing.yml").read_text(encoding="utf-8")
    assert "\ntopics_file: topics.yml\n" in settings
    (root / "other.yml").write_text(settings.replace("\ntopics_file: topics.yml\n", "\ntopics_file: other-topics.yml\n"),
                                    encoding="utf-8")
    with serving(root, "--config", "other.yml") as served:
        assert "Gaza truce talks" in (served.page("topics/gaza-ceasefire/") or "")
        # The topics file that the given settings name: a change shows, read with those settings.
        (root / "other-topics.yml").write_text(topics.replace("title: Gaza ceasefire", "title: Gaza truce in view", 1),
                                               encoding="utf-8")
        page = served.page_with("topics/gaza-ceasefire/", "Gaza truce in view")
        assert page, served.output
        assert re.search(r"<title>Gaza truce in view - ", page)
        # A template of the project's own templates/.
        template = root / "templates" / "topic.md.j2"
        text = template.read_text(encoding="utf-8")
        template.write_text(text.replace("# {{ topic.title|md }}", "# {{ topic.title|md }} (served from my template)",
                                         1), encoding="utf-8")
        assert served.page_with("topics/gaza-ceasefire/", "(served from my template)"), served.output
        # The settings file itself: a broken one is reported, and the last good site stays up.
        (root / "other.yml").write_text("articles_dir: [\n", encoding="utf-8")
        assert _wait_for(lambda: "pages not regenerated" in served.output), served.output
        assert "other.yml" in served.output
        assert "(served from my template)" in (served.page("topics/gaza-ceasefire/") or "")
    assert "Gaza ceasefire" not in (root / "docs" / "topics" / "gaza-ceasefire.md").read_text(encoding="utf-8")


def test_serve_refuses_an_address_in_use(tmp_path: Path) -> None:
    root = _project(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "generator", "--root", str(root), "-q", "serve", "--addr",
                               f"127.0.0.1:{port}"], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 64, done.stderr
    assert f"cannot serve on 127.0.0.1:{port}" in done.stderr and "--addr" in done.stderr
    assert "Traceback" not in done.stderr
