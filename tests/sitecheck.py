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
