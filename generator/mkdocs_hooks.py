"""MkDocs hook: take the navigation from the file the generator writes, so the nav lists the
topics (from the config) but not every source page, and stays short as the corpus grows.

Pages a maintainer writes by hand go into ``nav:`` in mkdocs.yml as usual; they are kept,
after the generated entries.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import yaml
from markupsafe import Markup
from mkdocs.plugins import BasePlugin

_MAX_NAV_BYTES = 5_000_000  # 10,000 topics take ~1 MB
_PAGE = re.compile(r"[A-Za-z0-9_-]+(?:/[A-Za-z0-9_-]+)*\.md")


def on_config(config: Any) -> Any:
    nav_file = Path(config["docs_dir"]) / ".briefing" / "nav.yml"
    if nav_file.is_file() and not nav_file.is_symlink() and nav_file.stat().st_size <= _MAX_NAV_BYTES:
        generated = _safe_nav(yaml.safe_load(nav_file.read_text(encoding="utf-8")))
        config["nav"] = generated + list(config["nav"] or [])
    return config


def _safe_nav(items: Any, depth: int = 0) -> list[Any]:
    """The navigation as the generator writes it, whatever the file says: titles HTML-escaped
    (the theme inserts them as they are; escaping again what the generator escaped changes
    nothing), targets only plain ``.md`` pages of docs/, two levels at most. The file sits in
    docs/ and can be edited in a pull request, so it is not trusted."""
    out: list[Any] = []
    if not isinstance(items, list) or depth > 1:
        return out
    for item in items:
        if not isinstance(item, dict) or len(item) != 1:
            continue
        [(title, target)] = item.items()
        safe_title = html.escape(html.unescape(" ".join(str(title).split())), quote=True)
        if isinstance(target, str) and _PAGE.fullmatch(target):
            out.append({safe_title: target})
        elif isinstance(target, list):
            out.append({safe_title: _safe_nav(target, depth + 1)})
    return out


def on_post_page(output: str, page: Any, config: Any) -> str:
    """Keep an article's title inert in ``<title>``.

    Material writes ``{{ page.title | striptags }}`` there, and ``striptags`` turns the escaped
    "&lt;" of a headline back into "<": a headline "</title><script>…" would close the title
    and run. Put back exactly that text, escaped.
    """
    if not page.title:
        return output
    written = Markup(str(page.title)).striptags()
    safe = html.escape(written, quote=False)
    if safe == written:
        return output
    return output.replace(f"<title>{written} - ", f"<title>{safe} - ", 1)


class BriefingPlugin(BasePlugin):  # type: ignore[type-arg]
    """The hooks above as the MkDocs plugin ``briefing`` (``plugins: [search, briefing]``),
    registered by the package's ``mkdocs.plugins`` entry point, so no path to this file is needed."""

    def on_config(self, config: Any) -> Any:
        return on_config(config)

    def on_post_page(self, output: str, *, page: Any, config: Any) -> str:
        return on_post_page(output, page, config)
