"""A reader in Chromium follows a summary sentence to its place in the source page."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(built_project: Path) -> Iterator[str]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is required in CI: apt-get install -y chromium")
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)")
    handler = functools.partial(_QuietHandler, directory=str(built_project / "site"))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def page(server: str):  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-quic"],
        )
        page = browser.new_page()
        yield page
        browser.close()


def test_summary_sentence_link_lands_on_its_sentence(server: str, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server}/topics/russia-exports/")
    link = page.locator("article li a[href*='/sources/'][href*='#s']").first
    sentence = link.inner_text()
    href = link.get_attribute("href")
    assert href and "#s" in href
    link.click()
    page.wait_for_load_state()
    anchor = href.split("#", 1)[1]
    assert page.url.endswith(f"#{anchor}") and "/sources/" in page.url
    target = page.locator(f"[id='{anchor}']")
    assert target.inner_text() == sentence
    assert target.is_visible()
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < page.viewport_size["height"]  # scrolled into view
    highlighted = target.evaluate("e => getComputedStyle(e).backgroundColor")
    assert highlighted not in ("rgba(0, 0, 0, 0)", "transparent"), "the linked sentence is highlighted"
    page.screenshot(path=str(tmp_path / "sentence.png"))


def test_search_finds_an_article_offline(server: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server}/")
    box = page.locator("input.md-search__input")
    results = page.locator(".md-search-result__item")
    # The search index loads in a web worker; on a busy machine it may not be ready when the
    # first letters arrive, so type again until results show (bounded).
    for _ in range(6):
        box.click()
        box.fill("")
        box.type("Fidan", delay=50)
        try:
            results.first.wait_for(timeout=5000)
            break
        except Exception:  # playwright's TimeoutError: not ready yet
            continue
    assert results.count() >= 1
    assert "Fidan" in results.first.inner_text()
