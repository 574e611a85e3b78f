"""Read a built site: every page's links and ids, to check that they all resolve."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit


@dataclass
class PageScan:
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scan = PageScan()
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.scan.ids.add(a["id"] or "")
        if a.get("name") and tag == "a":
            self.scan.ids.add(a["name"] or "")
        if tag == "a" and a.get("href") is not None:
            self.scan.links.append(a["href"] or "")
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.scan.text.append(data)


def scan(path: Path) -> PageScan:
    parser = _Scanner()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.scan


def page_url(site: Path, html: Path) -> str:
    return "/" + html.relative_to(site).as_posix()


def resolve(site: Path, url: str) -> Path | None:
    path = unquote(urlsplit(url).path)
    target = site / path.lstrip("/")
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target if target.exists() else None


def broken_links(site: Path) -> list[str]:
    """Every internal link or anchor in the built site that does not resolve."""
    scans = {p: scan(p) for p in sorted(site.rglob("*.html"))}
    problems = []
    for html, s in scans.items():
        base = page_url(site, html)
        for href in s.links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith("mailto:"):
                continue
            absolute = urljoin(base, href)
            target = resolve(site, absolute) if parts.path else html
            if target is None:
                problems.append(f"{base}: link {href} → missing page")
                continue
            if parts.fragment and target.suffix == ".html":
                ids = scans[target].ids if target in scans else scan(target).ids
                if unquote(parts.fragment) not in ids:
                    problems.append(f"{base}: link {href} → no anchor #{parts.fragment}")
    return problems


# One page of each kind a reader meets, found in the built site (the first in name order).
PAGE_TYPES = ("home", "topic", "source", "story", "stories", "entity", "entities", "sources", "report", "404")


def _first(site: Path, folder: str, skip: str = "index.html") -> str | None:
    found = sorted(p.parent.name for p in (site / folder).glob("*/index.html") if p.parent.name != skip)
    return f"/{folder}/{found[0]}/" if found else None


def page_types(site: Path) -> dict[str, str]:
    """Page type → its URL path in the built site, for every type the site has."""
    urls = {"home": "/", "topic": _first(site, "topics"), "source": _first(site, "sources"),
            "story": _first(site, "stories"), "stories": "/stories/", "entity": _first(site, "entities"),
            "entities": "/entities/", "sources": "/sources/", "report": "/report/", "404": "/404.html"}
    if (site / "whats-new" / "index.html").exists():
        urls["whats-new"] = "/whats-new/"
    return {kind: url for kind, url in urls.items() if url is not None}


# What a page reports about its own width, in the browser, with every folded block opened: the
# document's scroll width against the window, and every table (and the theme's scrolling frame
# around it) wider than either.
LAYOUT_JS = """() => {
  for (const d of document.querySelectorAll('details')) d.open = true;
  const vw = window.innerWidth;
  const wide = [];
  for (const t of document.querySelectorAll('article table')) {
    const r = t.getBoundingClientRect();
    if (r.width > vw + 0.5) wide.push('table ' + Math.round(r.width) + 'px: ' + t.innerText.slice(0, 60));
  }
  for (const w of document.querySelectorAll('.md-typeset__scrollwrap')) {
    if (w.scrollWidth > w.clientWidth + 1) wide.push('scrolling table ' + w.scrollWidth + '>' + w.clientWidth + ': ' + w.innerText.slice(0, 60));
  }
  return {scrollWidth: document.documentElement.scrollWidth, innerWidth: vw,
          height: document.documentElement.scrollHeight, wide: wide};
}"""

# axe-core's findings of a page, only the serious and critical ones, as short lines.
AXE_JS = """async (options) => {
  const result = await axe.run(document, options);
  return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
}"""
