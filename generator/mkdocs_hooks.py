"""The MkDocs plugin ``briefing``: a second guard on the generated navigation. Nothing the site
needs depends on it: Zensical, which runs no MkDocs plugin, builds the same site without it.

The generator writes the navigation to ``docs/.briefing/nav.yml`` as settings (``nav:``), titles
already HTML-escaped, and mkdocs.yml takes them in with ``INHERIT: docs/.briefing/nav.yml``: that
is how MkDocs and Zensical both get the nav. Page titles are made safe in the pages' own front
matter (:func:`generator.render.escape.page_title`). This plugin adds, for MkDocs only:

- the generated entries put back in front of a ``nav:`` written by hand in mkdocs.yml (MkDocs lets
  such a ``nav:`` replace the inherited one; Zensical appends it after the inherited one, so both
  show the generated entries, then the hand-written pages);
- the same for a project whose mkdocs.yml predates ``INHERIT`` (the nav comes from the plugin);
- the generated pages that no nav lists (sources and the sources index's pages, stories,
  entities, topic archives) marked as "not in nav", as the starter mkdocs.yml's ``not_in_nav``
  does, so that an older mkdocs.yml without a newer folder there does not fail ``--strict`` on
  "pages not in the nav";
- the file read again as untrusted data: it sits in docs/ and can be edited in a pull request,
  so titles are escaped again and only plain ``.md`` pages of docs/ kept. ``briefing build``
  rewrites the file before MkDocs reads it, so a hand edit never reaches a site built that way;
- under ``briefing build`` only, the site's page cache (:mod:`generator.write.site_cache`): a
  page whose inputs did not change is not converted or laid out again. It only saves time: the
  site is byte for byte the one built without it.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import yaml
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import InclusionLevel

from .write.site_cache import PageCache

_MAX_NAV_BYTES = 5_000_000  # 10,000 topics take ~1 MB
_PAGE = re.compile(r"[A-Za-z0-9_-]+(?:/[A-Za-z0-9_-]+)*\.md")
# Generated pages reached from the topic pages and the section indexes, never from the nav (the
# section indexes themselves are in the nav).
_OFF_NAV = re.compile(r"(?:sources|stories|entities|topics/archive|sources/month|sources/title)/(?!index\.md$)"
                      r"[a-z0-9_-]+\.md")


def _entries(data: Any) -> list[Any]:
    """The nav entries of the file: a ``nav:`` mapping, or a bare list (files written before INHERIT)."""
    if isinstance(data, dict):
        data = data.get("nav")
    return data if isinstance(data, list) else []


def on_config(config: Any) -> Any:
    nav_file = Path(config["docs_dir"]) / ".briefing" / "nav.yml"
    if nav_file.is_file() and not nav_file.is_symlink() and nav_file.stat().st_size <= _MAX_NAV_BYTES:
        raw = _entries(yaml.safe_load(nav_file.read_text(encoding="utf-8")))
        current = list(config["nav"] or [])
        if raw and current[: len(raw)] == raw:  # the inherited nav: replace it by its checked copy
            current = current[len(raw):]
        config["nav"] = _safe_nav(raw) + current
    return config


def _safe_nav(items: Any, depth: int = 0) -> list[Any]:
    """The navigation as the generator writes it, whatever the file says: titles HTML-escaped
    (the theme inserts them as they are; escaping again what the generator escaped changes
    nothing), targets only plain ``.md`` pages of docs/, two levels at most."""
    out: list[Any] = []
    if not isinstance(items, list) or depth > 1:
        return out
    for item in items:
        if not isinstance(item, dict) or len(item) != 1:
            continue
        [(title, target)] = item.items()
        safe_title = html.escape(html.unescape(" ".join(str(title).split())), quote=False)
        if isinstance(target, str) and _PAGE.fullmatch(target):
            out.append({safe_title: target})
        elif isinstance(target, list):
            out.append({safe_title: _safe_nav(target, depth + 1)})
    return out


def on_files(files: Any) -> Any:
    for f in files:
        if f.inclusion in (InclusionLevel.UNDEFINED, InclusionLevel.INCLUDED) and _OFF_NAV.fullmatch(f.src_uri):
            f.inclusion = InclusionLevel.NOT_IN_NAV
    return files


class BriefingPlugin(BasePlugin):  # type: ignore[type-arg]
    """The plugin ``briefing`` (``plugins: [search, briefing]``), registered by the package's
    ``mkdocs.plugins`` entry point, so no path to this file is needed.

    ``briefing build`` also gives it the site's page cache (:mod:`generator.write.site_cache`):
    the hooks below then keep and reuse what MkDocs made of each page. ``page_cache`` is None
    otherwise, and they do nothing."""

    page_cache: PageCache | None = None

    def on_config(self, config: Any) -> Any:
        return on_config(config)

    def on_files(self, files: Any, *, config: Any) -> Any:
        return on_files(files)

    def on_nav(self, nav: Any, *, config: Any, files: Any) -> Any:
        self._nav = nav
        if self.page_cache is not None:
            self.page_cache.configure(config)  # every plugin's settings are final by now
        return nav

    def on_pre_page(self, page: Any, *, config: Any, files: Any) -> Any:
        if self.page_cache is not None:
            self.page_cache.wrap_render(page)
        return page

    def on_env(self, env: Any, *, config: Any, files: Any) -> Any:
        if self.page_cache is not None:
            self.page_cache.choose_layouts(env, files, self._nav)
        return env

    @event_priority(100)  # before the search plugin indexes the page
    def _before_search(self, context: Any, *, page: Any, config: Any, nav: Any) -> Any:
        if self.page_cache is not None:
            self.page_cache.before_layout(context, page)
        return context

    @event_priority(-100)  # after it
    def _after_search(self, context: Any, *, page: Any, config: Any, nav: Any) -> Any:
        if self.page_cache is not None:
            self.page_cache.after_search(context, page)
        return context

    on_page_context = CombinedEvent(_before_search, _after_search)

    @event_priority(100)  # the theme's output, before any other plugin changes it
    def on_post_page(self, output: str, *, page: Any, config: Any) -> str:
        if self.page_cache is not None:
            self.page_cache.laid_out(output, page)
        return output

    def on_post_build(self, *, config: Any) -> None:
        if self.page_cache is not None:
            self.page_cache.finish()
