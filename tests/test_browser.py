"""A reader in Chromium: every page type at desktop and phone width, checked by axe-core, for
sideways scrolling and for requests leaving the site; a summary sentence followed to its place
in the source, highlighted in both colour schemes.

Screenshots of every page type at both widths are written to ``build/screens/`` (git-ignored)
for a person to look at.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from .conftest import copy_project, shared_or_skip
from .sitecheck import AXE_JS, LAYOUT_JS, page_types

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[1]
SCREENS = ROOT / "build" / "screens"
WIDTHS = {1280: 800, 390: 844}  # desktop, and a phone (iPhone 12–15: 390 × 844 CSS px)
pytestmark = pytest.mark.browser


def _need(what: str, hint: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what} is required in CI: {hint}")
    pytest.skip(f"{what} is not available ({hint})")


def _serve(site: Path) -> Iterator[str]:
    if not Path(CHROMIUM).exists():
        _need("Debian's chromium", "apt-get install -y chromium")
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def server(built_project: Path) -> Iterator[str]:
    yield from _serve(built_project / "site")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def axe_source(tmp_path_factory: pytest.TempPathFactory) -> str:
    """axe-core's script, installed from the npm registry into a temporary folder once per session."""
    npm = shutil.which("npm")
    if npm is None:
        _need("npm (for axe-core)", "apt-get install -y npm")
    dest = tmp_path_factory.mktemp("axe")
    try:
        done = subprocess.run([str(npm), "install", "--prefix", str(dest), "--no-audit", "--no-fund",
                               "--loglevel=error", "axe-core@4"], capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        _need("axe-core from the npm registry", "npm install axe-core@4 timed out")
    script = dest / "node_modules" / "axe-core" / "axe.min.js"
    if done.returncode != 0 or not script.exists():
        _need("axe-core from the npm registry", f"npm install axe-core@4 failed: {done.stderr.strip()[-300:]}")
    return script.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def browser(server: str):  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-quic"],
        )
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def page(browser):  # type: ignore[no-untyped-def]
    context = browser.new_context()
    yield context.new_page()
    context.close()


def _outside(url: str, server: str) -> bool:
    """A request that leaves the site: anything but the site's own loopback address (and the
    data:/blob: URLs a page makes for itself)."""
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about"):
        return False
    return f"{parts.scheme}://{parts.netloc}" != server


def _sentence_before(link) -> str:  # type: ignore[no-untyped-def]
    """The text before a sentence link in its list item: the quoted sentence."""
    return str(link.evaluate("""a => { let t = ''; for (const n of a.parentElement.childNodes) {
        if (n === a) break; t += n.textContent; } return t.trim(); }"""))


def test_summary_sentence_reads_as_text_and_its_link_lands_on_it(server: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server}/topics/russia-exports/")
    link = page.locator("article li a.sentence-link[href*='/sources/'][href*='#s']").first
    sentence = _sentence_before(link)
    assert len(sentence) > 40, "the sentence is plain text before its link"
    assert sentence not in link.inner_text(), "the link is the small word after the sentence, not the sentence"
    label = link.get_attribute("aria-label") or ""
    assert link.inner_text().strip().rstrip("↗").strip() in label and "this sentence" in label
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


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_linked_sentence_highlight_is_readable_in_both_schemes(server: str, browser, axe_source: str,  # type: ignore[no-untyped-def]
                                                               scheme: str) -> None:
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    try:
        page.goto(f"{server}/topics/russia-exports/")
        href = page.locator("article li a.sentence-link").first.get_attribute("href")
        page.goto(urljoin(page.url, href))
        page.wait_for_load_state("networkidle")
        expected = "slate" if scheme == "dark" else "default"
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected
        assert page.locator(".sentence:target").count() == 1
        page.add_script_tag(content=axe_source)
        found = page.evaluate("""async () => {
            const r = await axe.run({include: [['.sentence:target']]}, {runOnly: ['color-contrast']});
            return [r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.failureSummary).join(' ')), r.passes.length];
        }""")
        assert found[0] == [], found[0]
        assert found[1] >= 1, "axe checked the highlighted sentence's contrast"
        SCREENS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENS / f"highlight-{scheme}.png"))
    finally:
        context.close()


@pytest.mark.slow
@pytest.mark.parametrize("width", sorted(WIDTHS, reverse=True))
def test_every_page_type_passes_axe_fits_the_screen_and_stays_on_the_site(
        server: str, browser, built_project: Path, axe_source: str, width: int) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": width, "height": WIDTHS[width]})
    outside: list[str] = []
    context.on("request", lambda r: outside.append(r.url) if _outside(r.url, server) else None)
    page = context.new_page()
    SCREENS.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    kinds = page_types(built_project / "site")
    try:
        for kind, url in kinds.items():
            page.goto(server + url)
            page.wait_for_load_state("networkidle")
            page.screenshot(path=str(SCREENS / f"{kind}-{width}.png"))
            layout = page.evaluate(LAYOUT_JS)  # folded blocks opened: their tables count too
            if layout["scrollWidth"] > layout["innerWidth"]:
                problems.append(f"{kind} at {width}px scrolls sideways: {layout['scrollWidth']} > {layout['innerWidth']}")
            problems += [f"{kind} at {width}px: {w}" for w in layout["wide"]]
            page.add_script_tag(content=axe_source)
            problems += [f"{kind} at {width}px: axe {f}" for f in page.evaluate(AXE_JS, {"resultTypes": ["violations"]})]
    finally:
        context.close()
    assert {"home", "topic", "source", "story", "stories", "entity", "entities", "sources", "report", "404"} <= set(kinds)
    assert problems == []
    assert outside == [], "a page load requested something outside the site"


@pytest.mark.slow
def test_main_page_types_pass_axe_in_the_dark_scheme(server: str, browser, built_project: Path,  # type: ignore[no-untyped-def]
                                                     axe_source: str) -> None:
    context = browser.new_context(color_scheme="dark", viewport={"width": 390, "height": WIDTHS[390]})
    page = context.new_page()
    problems: list[str] = []
    kinds = page_types(built_project / "site")
    try:
        for kind in ("home", "topic", "source", "story"):
            page.goto(server + kinds[kind])
            page.wait_for_load_state("networkidle")
            assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
            page.screenshot(path=str(SCREENS / f"{kind}-390-dark.png"))
            page.add_script_tag(content=axe_source)
            problems += [f"{kind} (dark): axe {f}" for f in page.evaluate(AXE_JS, {"resultTypes": ["violations"]})]
    finally:
        context.close()
    assert problems == []


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


# Real multi-outlet news for the look: Multi-News clusters on a few subjects (evaluation data,
# read in place and copied only into a temporary folder), with topics written here.
MULTI_NEWS_CLUSTERS = ("009", "019", "034", "088", "107", "219", "249", "032", "075")
MULTI_NEWS_TOPICS = """topics:
  - id: trump-russia
    title: Trump and Russia
    description: Investigations into Russian contacts with the Trump campaign, and Russia's part in elections.
    terms: [Russia, Russian, Russians, Kremlin, Putin, Comey, Flynn]
  - id: shootings
    title: Shootings
    description: Shootings and the police investigations that follow.
    terms: [shooting, shot, gunman, gunfire, killed]
  - id: economy
    title: Jobs and markets
    description: Jobs, markets and economic policy.
    terms: [jobs, stock market, economy, Dow, markets, unemployment]
"""


@pytest.fixture(scope="module")
def multinews_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from generator.cli import main

    folder = shared_or_skip("eval", "multi-news-validation")
    articles = tmp_path_factory.mktemp("mn-articles")
    for cluster in MULTI_NEWS_CLUSTERS:
        for doc in sorted((folder / f"cluster_{cluster}").glob("doc_*.txt")):
            (articles / f"c{cluster}-{doc.name}").write_bytes(doc.read_bytes())
    project = copy_project(tmp_path_factory.mktemp("mn-project"), articles)
    (project / "topics.yml").write_text(MULTI_NEWS_TOPICS, encoding="utf-8")
    assert main(["--root", str(project), "-q", "build"]) == 0  # a refused notice page is reported, not fatal
    yield from _serve(project / "site")


@pytest.mark.slow
@pytest.mark.parametrize("width", sorted(WIDTHS, reverse=True))
def test_topic_pages_on_real_news_pass_axe_and_fit(multinews_server: str, browser, axe_source: str,  # type: ignore[no-untyped-def]
                                                   width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": WIDTHS[width]})
    page = context.new_page()
    SCREENS.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    try:
        for topic in ("trump-russia", "shootings", "economy"):
            page.goto(f"{multinews_server}/topics/{topic}/")
            page.wait_for_load_state("networkidle")
            page.screenshot(path=str(SCREENS / f"multinews-{topic}-{width}.png"))
            sources_at = page.evaluate("""() => { const h = [...document.querySelectorAll('article h2')]
                .find(e => e.textContent.startsWith('Sources')); return h ? h.getBoundingClientRect().top + scrollY : -1; }""")
            if width == 1280 and not 0 < sources_at <= 2 * WIDTHS[width]:
                problems.append(f"{topic}: the part above the sources is {sources_at:.0f}px, more than two screens")
            layout = page.evaluate(LAYOUT_JS)
            if layout["scrollWidth"] > layout["innerWidth"]:
                problems.append(f"{topic} at {width}px scrolls sideways")
            problems += [f"{topic} at {width}px: {w}" for w in layout["wide"]]
            page.add_script_tag(content=axe_source)
            problems += [f"{topic} at {width}px: axe {f}" for f in page.evaluate(AXE_JS, {"resultTypes": ["violations"]})]
    finally:
        context.close()
    assert problems == []
