"""The site's page cache: what MkDocs made of each page, kept between ``briefing build`` runs, so a
build after one new article converts and lays out only the pages whose input changed.

MkDocs spends most of a build turning each page's Markdown into HTML (three fifths on a briefing),
then laying it out in the theme and indexing it for search. Both are pure functions of what they
are given, so each is kept under a key made of everything it reads:

- **The page's HTML** (MkDocs' ``Page.render``): the Markdown after every plugin's
  ``on_page_markdown``, the page's path and address, the Markdown extensions and their settings,
  the versions of MkDocs, Python-Markdown and its extensions, and the answer to every link the page
  looked up (which file a link finds, at which address). A page that logged a warning is never
  kept, so ``--strict`` sees every warning again.
- **The laid-out page and its search entries**: that key, the page's front matter and title, the
  whole navigation (titles and addresses), every MkDocs setting, the theme's settings and the
  files of its ``custom_dir``. Kept only while the plugins are ``search`` and ``briefing`` alone:
  another plugin may add anything to a page, so with one the pages are laid out again each time.

A record whose key differs, or that cannot be read or is not of the shape expected, is a miss:
the page is made again and its record rewritten. Records are zlib-compressed JSON of plain values
(loading one runs no code), three files per page in ``<cache_dir>/site`` (what its render says of
it, its HTML, its layout) and an index; the HTML of a page whose layout is kept is never read.
After a build the records of pages no longer there go. ``briefing build`` turns the cache on;
``mkdocs build`` alone never uses it. The folder is trusted as the build is: in CI only builds of
the main branch save it (``publish.yml``).
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import re
import types
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from typing import Any

FORMAT = 1  # bump when a record's layout changes
INDEX = "index.json"
TEMPLATE = "briefing-page-cache.html"  # the template that prints a kept page as it was laid out
OUTPUT = "briefing_page_output"  # its one variable
QUIET_PLUGINS = frozenset({"search", "material/search", "briefing"})  # add nothing to a page by themselves
_PACKAGES = ("mkdocs", "markdown", "pymdown-extensions", "mkdocs-material", "jinja2")
_CODE = Path(__file__).resolve()
_RECORD = re.compile(r"[0-9a-f]{32}\.(?:render|content|layout)(?:\.tmp)?")


def _versions() -> str:
    out = []
    for name in _PACKAGES:
        try:
            out.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            out.append(f"{name}=-")
    return ";".join(out)


def _plugin_versions() -> dict[str, str]:
    """Each installed MkDocs plugin's distribution and version, by the name it is configured by."""
    return {ep.name: f"{ep.dist.name}={ep.dist.version}" if ep.dist else ep.value
            for ep in metadata.entry_points(group="mkdocs.plugins")}


class Unstable(Exception):
    """A setting whose value has no stable text (an object printed with its address)."""


def stable(value: Any) -> Any:
    """A setting as plain JSON values in a stable order (sets and mappings sorted); raises
    :class:`Unstable` for an object whose only text is its address, which would make a new key
    on every run."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Mapping) or hasattr(value, "items"):
        return {str(k): stable(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, set | frozenset):
        return sorted((stable(v) for v in value), key=repr)
    if isinstance(value, list | tuple):
        return [stable(v) for v in value]
    if isinstance(value, functools.partial):
        return ["partial", stable(value.func), stable(value.args), stable(value.keywords)]
    if isinstance(value, types.FunctionType | types.BuiltinFunctionType):
        return f"{value.__module__}.{value.__qualname__}"  # the code itself: its package's version
    text = repr(value)
    if " at 0x" in text:
        raise Unstable(text)
    return text


def _hash(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


_TEMPLATES = (".html", ".xml", ".yml", ".j2")


def _folder_hash(folder: str) -> str:
    """The files of a theme folder, names and bytes: every file of a ``custom_dir``; of a theme
    installed as a package (its version is in the key too), its templates, not its 60 MB of
    scripts and icons."""
    digest = hashlib.sha256()
    root = Path(folder)
    every = not _inside_packages(folder)
    for path in sorted(p for p in root.rglob("*") if (every or p.suffix in _TEMPLATES) and p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _toc_tokens(items: Any) -> list[Any]:
    return [[a.title, a.id, a.level, _toc_tokens(a.children)] for a in items]


def _toc(tokens: list[Any]) -> Any:
    from mkdocs.structure.toc import get_toc

    def token(t: list[Any]) -> Any:  # mkdocs' _TocToken
        return {"name": t[0], "id": t[1], "level": t[2], "children": [token(c) for c in t[3]]}

    return get_toc([token(t) for t in tokens])


def _nav_items(items: Any) -> list[Any]:
    out = []
    for item in items or ():
        out.append([type(item).__name__, str(item.title), getattr(item, "url", None),
                    _nav_items(getattr(item, "children", None))])
    return out


class _Recorded:
    """The site's files as a page's render sees them: every look-up answered and written down."""

    def __init__(self, files: Any) -> None:
        self._files = files
        self.asked: dict[str, Any] = {}

    def get_file_from_path(self, path: str) -> Any:
        found = self._files.get_file_from_path(path)
        self.asked[path] = _answer(found)
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self._files, name)


def _look_up(files: Any, path: str) -> Any:
    """``files.get_file_from_path(path)``, without its path parsing for a path already in the form
    MkDocs keeps (links are looked up normalised): a miss is asked again the long way."""
    found = files.src_uris.get(path)
    return found if found is not None else files.get_file_from_path(path)


def _answer(found: Any) -> Any:
    return None if found is None else [found.url, found.inclusion.name]


class _Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


@contextmanager
def _watching() -> Iterator[_Warnings]:
    handler = _Warnings()
    log = logging.getLogger("mkdocs")
    log.addHandler(handler)
    try:
        yield handler
    finally:
        log.removeHandler(handler)


class PageCache:
    """The records of one build's pages: read at the start, written as pages are made."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.usable = not folder.is_symlink() and (folder.is_dir() or not folder.exists())
        self.index: dict[str, list[Any]] = {}  # src → [render key, look-ups, layout key]
        self.fresh: dict[str, list[Any]] = {}  # the index being written by this build
        self.render_key = ""
        self.layout_key: str | None = None  # None: pages are laid out every time
        self.search: Any = None  # Material's search index, when layouts are kept
        self.hits = {"render": 0, "layout": 0}
        self._laid_out: dict[str, str] = {}  # src → its layout key, for the pages laid out this build
        self._entries_before: dict[str, int] = {}
        self._meta_before: dict[str, tuple[bool, Any, bool, Any]] = {}  # src → the front matter's own template, search
        self._late: dict[str, tuple[bool, Any, bool, Any]] = {}
        self._deferred: dict[str, tuple[str, Any, Any, Any]] = {}  # src → what reads or makes its HTML
        self._names: dict[str, str] = {}  # src → its records' path, less the part
        self.env: Any = None
        try:
            data = json.loads((folder / INDEX).read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("format") == FORMAT and isinstance(data.get("pages"), dict):
                self.index = data["pages"]
        except (OSError, ValueError):
            self.index = {}

    # -- keys ---------------------------------------------------------------------------------

    def configure(self, config: Any) -> None:
        """The parts of the keys that every page shares, from the loaded MkDocs settings."""
        if not self.usable:  # a link or a file where our folder should be: nothing is kept
            return
        versions = _plugin_versions()
        plugins = {name: [versions.get(name, type(p).__module__), dict(p.config)] for name, p in config.plugins.items()}
        try:
            self.render_key = _hash(str(FORMAT), _versions(), _CODE.read_text(encoding="utf-8"),
                                    json.dumps(stable({"extensions": config["markdown_extensions"],
                                                       "mdx": config["mdx_configs"],
                                                       "directory_urls": config["use_directory_urls"],
                                                       "validation": config["validation"],
                                                       "plugins": plugins}), sort_keys=True))
        except Unstable:
            self.render_key = ""  # nothing is kept: a key that changes every run would never match
            return
        self.layout_key = None
        search = config.plugins.get("material/search")
        if set(config.plugins) <= QUIET_PLUGINS and search is not None and hasattr(search, "search_index"):
            skip = {"config_file_path", "docs_dir", "site_dir", "dev_addr", "watch", "strict", "nav", "pages",
                    "plugins", "remote_branch", "remote_name", "theme"}
            theme = config["theme"]
            try:
                settings = stable({k: v for k, v in config.items() if k not in skip})
                theme_settings = stable(dict(theme.items()))
            except Unstable:
                return
            custom = [_folder_hash(d) for d in theme.dirs]
            self.layout_key = _hash(self.render_key, json.dumps(settings, sort_keys=True),
                                    json.dumps(theme_settings, sort_keys=True), json.dumps(theme.dirs), *custom)
            self.search = search

    def page_render_key(self, page: Any) -> str:
        return _hash(self.render_key, page.file.src_uri, page.file.url, page.markdown or "")

    # -- records ------------------------------------------------------------------------------

    def _path(self, src: str, part: str) -> Path:
        name = self._names.get(src)
        if name is None:
            name = self._names[src] = os.path.join(
                self.folder, hashlib.sha256(src.encode("utf-8", "surrogatepass")).hexdigest()[:32])
        return Path(f"{name}.{part}")

    def _read(self, src: str, part: str, key: str) -> dict[str, Any] | None:
        try:
            data = json.loads(zlib.decompress(self._path(src, part).read_bytes()))
        except (OSError, ValueError, zlib.error):
            return None
        if not isinstance(data, dict) or data.get("key") != key or data.get("src") != src:
            return None
        return data

    def _write(self, src: str, part: str, record: dict[str, Any]) -> None:
        self._replace(self._path(src, part), zlib.compress(json.dumps(record, ensure_ascii=False).encode("utf-8"), 1))

    def _replace(self, target: Path, data: bytes) -> None:
        """Write a file of ours whole: a new file (never through a link planted at its name),
        then renamed over the old one."""
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(target.name + ".tmp")
        temporary.unlink(missing_ok=True)
        with open(temporary, "xb") as out:  # O_EXCL: fails rather than follow a link
            out.write(data)
        os.replace(temporary, target)

    # -- the render -----------------------------------------------------------------------------

    def wrap_render(self, page: Any) -> None:
        """Make the page's ``render`` read its record, or render and keep one."""
        if not self.render_key:
            return
        original = page.render
        cache = self

        def render(self: Any, config: Any, files: Any) -> None:
            src = self.file.src_uri
            key = cache.page_render_key(self)
            known = cache.index.get(src)
            if (isinstance(known, list) and len(known) == 3 and known[0] == key and isinstance(known[1], dict)
                    and all(_answer(_look_up(files, p)) == a for p, a in known[1].items())):
                record = cache._read(src, "render", key)
                if record is not None and cache._restore(self, record, files):
                    # The HTML itself is read only if the page is laid out again: a kept layout
                    # needs none of it (nor memory for it: 1 GB at 10,000 articles).
                    cache._deferred[src] = (key, original, config, files)
                    if cache.layout_key is None and not cache._materialize(self):
                        return  # its HTML could not be read: rendered again just now
                    cache.fresh[src] = [key, known[1], known[2]]
                    cache.hits["render"] += 1
                    return
            cache._render(self, key, original, config, files)

        page.render = types.MethodType(render, page)

    def _render(self, page: Any, key: str, original: Any, config: Any, files: Any) -> None:
        """Render the page as MkDocs does, and keep what it made unless it warned."""
        src = page.file.src_uri
        self._deferred.pop(src, None)
        recorded = _Recorded(files)
        with _watching() as warnings:
            original(config, recorded)
        if warnings.count:
            self.fresh.pop(src, None)
            return
        links = {f.src_uri: dict(anchors) for f, anchors in (page.links_to_anchors or {}).items()}
        self._write(src, "render", {"key": key, "src": src, "toc": _toc_tokens(page.toc),
                                    "title": page._title_from_render,
                                    "anchors": sorted(page.present_anchor_ids or ()), "links": links})
        self._write(src, "content", {"key": key, "src": src, "html": page.content})
        self.fresh[src] = [key, recorded.asked, None]

    def _materialize(self, page: Any) -> bool:
        """The kept HTML of a page whose render was reused, read now; rendered again if the record
        went bad. False when the page is not the cache's to fill."""
        src = page.file.src_uri
        if src not in self._deferred:
            return True
        key, original, config, files = self._deferred.pop(src)
        record = self._read(src, "content", key)
        if record is not None and isinstance(record.get("html"), str):
            page.content = record["html"]
            return True
        if self.layout_key is not None:
            self.hits["render"] -= 1  # counted when its record was read, but made again after all
        self._render(page, key, original, config, files)
        return False

    def _restore(self, page: Any, record: dict[str, Any], files: Any) -> bool:
        """Set what a render sets from a kept record; False (nothing set) if it is not well formed."""
        try:
            toc = _toc(record["toc"])
            title = record["title"]
            anchors = set(record["anchors"])
            links = {}
            for src, found in record["links"].items():
                target = files.get_file_from_path(src)
                if target is not None:
                    links[target] = {str(k): str(v) for k, v in found.items()}
            if not (title is None or isinstance(title, str)) or not all(isinstance(a, str) for a in anchors):
                return False
        except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError):
            return False
        page.content = ""  # filled by _materialize when the page is laid out again
        page.toc, page._title_from_render, page.present_anchor_ids, page.links_to_anchors = toc, title, anchors, links
        return True

    # -- the layout -----------------------------------------------------------------------------

    def page_layout_key(self, page: Any, nav: str) -> str:
        meta = json.dumps(stable(page.meta), sort_keys=True)
        return _hash(self.layout_key or "", nav, self.fresh[page.file.src_uri][0], page.file.src_uri, page.url,
                     meta, str(page.title))

    def choose_layouts(self, env: Any, files: Any, nav: Any) -> None:
        """Before the pages are laid out: those whose layout is kept print it as it was."""
        if self.layout_key is None:
            return
        from jinja2 import ChoiceLoader, DictLoader

        env.loader = ChoiceLoader([DictLoader({TEMPLATE: "{{ " + OUTPUT + " }}"}), env.loader])
        self.env = env
        nav_key = json.dumps(_nav_items(nav.items))
        for file in files.documentation_pages():
            page = file.page
            src = file.src_uri
            if page is None or src not in self.fresh:
                continue
            try:
                key = self.page_layout_key(page, nav_key)
            except Unstable:
                continue
            kept = self.fresh[src][2]
            self.fresh[src][2] = None
            self._laid_out[src] = key
            if kept == key and self._path(src, "layout").is_file():
                self._meta_before[src] = ("template" in page.meta, page.meta.get("template"),
                                          "search" in page.meta, page.meta.get("search"))
                page.meta["template"] = TEMPLATE
            else:
                self._materialize(page)

    def before_layout(self, context: dict[str, Any], page: Any) -> None:
        """Before the theme and the search plugin see the page: a kept layout is read here."""
        src = page.file.src_uri
        key = self._laid_out.get(src)
        if key is None:
            return
        if src in self._meta_before:
            record = self._read(src, "layout", key)
            if (record is not None and isinstance(record.get("output"), str) and isinstance(record.get("search"), list)
                    and all(isinstance(e, dict) for e in record["search"])):
                self.search.search_index.entries.extend(record["search"])
                search = self._meta_before[src][3]
                page.meta["search"] = {**(search if isinstance(search, dict) else {}), "exclude": True}
                context[OUTPUT] = record["output"]
                self.hits["layout"] += 1
                return
            # The record went bad since it was chosen: the page is laid out after the search plugin.
            self._materialize(page)
            self._restore_meta(page)
            self._late[src] = self._meta_before.pop(src)
        self._entries_before[src] = len(self.search.search_index.entries)

    def after_search(self, context: dict[str, Any], page: Any) -> None:
        """After the search plugin has seen the page."""
        src = page.file.src_uri
        if src in self._meta_before:
            self._restore_meta(page)
        elif src in self._late and self.env is not None:
            had_template, template, _, _ = self._late.pop(src)
            context[OUTPUT] = self.env.get_template(template if had_template else "main.html").render(context)

    def _restore_meta(self, page: Any) -> None:
        had_template, template, had_search, search = self._meta_before[page.file.src_uri]
        page.meta.pop("template", None)
        for name, had, value in (("template", had_template, template), ("search", had_search, search)):
            if had:
                page.meta[name] = value
            else:
                page.meta.pop(name, None)

    def laid_out(self, output: str, page: Any) -> None:
        """A page the theme has just laid out (before any other plugin's ``on_post_page``)."""
        src = page.file.src_uri
        key = self._laid_out.get(src)
        if key is None:
            return
        before = self._entries_before.pop(src, None)
        entry = self.fresh.get(src)
        if entry is None:  # rendered again with a warning: nothing of it is kept
            return
        if before is not None:  # laid out now, not read: keep it
            entries = self.search.search_index.entries[before:]
            self._write(src, "layout", {"key": key, "src": src, "output": output, "search": entries})
        entry[2] = key

    # -- the end --------------------------------------------------------------------------------

    def finish(self) -> None:
        """Write the index of this build's pages and remove the records of pages gone."""
        if not self.render_key:
            return
        wanted = {self._path(src, part).name for src in self.fresh for part in ("render", "content", "layout")}
        self._replace(self.folder / INDEX,
                      json.dumps({"format": FORMAT, "pages": self.fresh}, sort_keys=True).encode("utf-8"))
        for path in self.folder.iterdir():  # only files named as ours
            if _RECORD.fullmatch(path.name) and path.name not in wanted and not path.is_dir():
                path.unlink(missing_ok=True)


def _inside_packages(folder: str) -> bool:
    return "site-packages" in Path(folder).parts or "dist-packages" in Path(folder).parts
