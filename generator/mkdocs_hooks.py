"""MkDocs hook: take the navigation from the file the generator writes, so the nav lists the
topics (from the config) but not every source page, and stays short as the corpus grows.

Pages a maintainer writes by hand go into ``nav:`` in mkdocs.yml as usual; they are kept,
after the generated entries.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import yaml
from markupsafe import Markup


def on_config(config: Any) -> Any:
    nav_file = Path(config["docs_dir"]) / ".briefing" / "nav.yml"
    if nav_file.exists():
        generated = yaml.safe_load(nav_file.read_text(encoding="utf-8")) or []
        config["nav"] = generated + list(config["nav"] or [])
    return config


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
