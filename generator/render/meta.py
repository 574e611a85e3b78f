"""Per-page front matter: the description search engines and link previews show, and the
Open Graph type, read by the theme (``<meta name="description">`` from Material, the Open Graph
tags from ``overrides/main.html``).

MkDocs' Jinja does not autoescape, and Material writes ``page.meta.description`` into an
attribute as it is: so the value is made plain text (one line, bounded) and HTML-escaped here,
and every value is written as a double-quoted YAML string (``escape.yaml_string``), so no
description can end the front matter, add a key, or leave its attribute.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..config import Config
from ..models import Digest
from .escape import yaml_string
from .feeds import plain, summaries, summary_text, topic_feed_path

if TYPE_CHECKING:
    from .pages import Shelf

DESCRIPTION_CHARS = 300  # search engines show about 155-160; link previews up to about 300


# Characters that could start markup, close an attribute or write a call ("alert(") are left out
# of attribute text altogether, as for the sentence links' labels: what remains reads the same.
_ATTRIBUTE_UNSAFE = str.maketrans({"<": " ", ">": " ", "(": " ", ")": " ", "{": " ", "}": " ", "[": " ",
                                   "]": " ", "\\": " ", "`": " ", '"': "”", "'": "’", "&": " and "})


def attribute_text(text: object, limit: int = DESCRIPTION_CHARS) -> str:
    """Plain, one line, at most ``limit`` characters (cut at a word), without brackets of any
    kind, backslashes or backticks; quotes become typographic ones and ``&`` "and"; HTML-escaped."""
    s = " ".join(plain(text).translate(_ATTRIBUTE_UNSAFE).split())
    if len(s) > limit:
        s = s[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return html.escape(s, quote=True)


def description(text: object) -> str:
    """The page description: :func:`attribute_text` of at most :data:`DESCRIPTION_CHARS` characters."""
    return attribute_text(text)


TITLE_CHARS = 120  # a link preview shows about 60-90


def front_matter(meta: dict[str, str], title: str | None = None) -> str:
    """The YAML front matter block that starts a page: ``title`` first when there is one, then
    ``meta`` by key, every value a double-quoted string."""
    items = ([("title", title)] if title is not None else []) + sorted(meta.items())
    return "---\n" + "".join(f"{key}: {yaml_string(value)}\n" for key, value in items) + "---\n\n"


def page_meta(config: Config, digest: Digest, paths: dict[str, str], paged: frozenset[str],
              shelves: Sequence[Shelf] = ()) -> dict[str, dict[str, str]]:
    """Front matter per generated Markdown page. ``paths`` names the pages: whats_new,
    sources, stories, entities, report → their path; topics, sources, stories and entities by
    their own path functions below; ``shelves``, the sources index's pages when it has them."""
    from .pages import entity_path, has_archive, source_path, story_path, topic_archive_path, topic_path

    out: dict[str, dict[str, str]] = {}
    n = len(digest.articles)

    def put(path: str, title: str, text: str, kind: str = "website", **extra: str) -> None:
        out[path] = {"description": description(text), "og_title": attribute_text(title, TITLE_CHARS),
                     "og_type": kind, **extra}

    # The home page has none: the theme then shows mkdocs.yml's site_description, the project's own
    # words, and a project's own home template stays exactly what it renders.
    put(paths["whats_new"], "What's new", "What changed in the briefing, build by build: sources and stories added "
        "or changed.", feed="feed.xml")
    put(paths["sources"], "Sources", f"All {n} sources of the briefing, newest first.")
    for shelf in shelves:  # its own count, not the corpus's: every shelf would change with any new article
        n_shelf = len(shelf.articles)
        put(shelf.path, shelf.title, f"{shelf.title}: {n_shelf} source{'' if n_shelf == 1 else 's'}.")
    put(paths["stories"], "Stories", "Stories told by several sources, compared side by side.")
    put(paths["entities"], "People & organisations", "People and organisations the sources name.")
    put(paths["report"], "Build report", "How the briefing was built: sources read, refused and why.")
    titles = {t.id: t for t in config.topics}
    for td in digest.topics:
        t = titles[td.topic_id]
        put(topic_path(t.id), t.title, t.description or t.title, feed=topic_feed_path(t.id))
        if has_archive(td, config.settings):
            put(topic_archive_path(t.id), f"{t.title}: every source",
                f"All {len(td.sources)} sources on {t.title}, month by month.")
    chosen = summaries(digest)
    for a in digest.articles:
        dated = {"published": a.meta.date} if a.meta.date else {}
        put(source_path(a.id), a.meta.title, summary_text(a, chosen.get(a.id, ())) or a.meta.title, "article", **dated)
    for g in digest.stories:
        put(story_path(g.id), g.title, f"{g.title}: {len(g.article_ids)} sources compared.")
    for e in digest.entities:
        if e.id in paged:
            count = len({x.article_id for x in e.mentions})
            put(entity_path(e.id), e.name, f"{e.name}: named in {count} sources.")
    return out
