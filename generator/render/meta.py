"""Per-page front matter: the description search engines and link previews show, and the
Open Graph type, read by the theme (``<meta name="description">`` from Material, the Open Graph
tags from ``overrides/main.html``).

MkDocs' Jinja does not autoescape, and Material writes ``page.meta.description`` into an
attribute as it is: so the value is made plain text (one line, bounded) and HTML-escaped here,
and the YAML is written by ``yaml.safe_dump``, so no description can end the front matter,
add a key, or leave its attribute.
"""

from __future__ import annotations

import html

import yaml

from ..config import Config
from ..models import Digest
from .feeds import plain, summaries, summary_text, topic_feed_path

DESCRIPTION_CHARS = 300  # search engines show about 155-160; link previews up to about 300


def description(text: object) -> str:
    """Plain, one line, at most :data:`DESCRIPTION_CHARS` characters (cut at a word), HTML-escaped."""
    s = plain(text)
    if len(s) > DESCRIPTION_CHARS:
        s = s[: DESCRIPTION_CHARS - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return html.escape(s, quote=True)


def front_matter(meta: dict[str, str]) -> str:
    """The YAML front matter block that starts a page."""
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=True, width=1_000_000) + "---\n\n"


def page_meta(config: Config, digest: Digest, paths: dict[str, str], paged: frozenset[str]) -> dict[str, dict[str, str]]:
    """Front matter per generated Markdown page. ``paths`` names the pages: whats_new,
    sources, stories, entities, report → their path; topics, sources, stories and entities by
    their own path functions below."""
    from .pages import entity_path, source_path, story_path, topic_path

    out: dict[str, dict[str, str]] = {}
    n = len(digest.articles)
    # The home page has none: the theme then shows mkdocs.yml's site_description, the project's own
    # words, and a project's own home template stays exactly what it renders.
    out[paths["whats_new"]] = {"description": description("What changed in the briefing, build by build: "
                                                          "sources and stories added or changed."),
                               "og_type": "website", "feed": "feed.xml"}
    out[paths["sources"]] = {"description": description(f"All {n} sources of the briefing, newest first."),
                             "og_type": "website"}
    out[paths["stories"]] = {"description": description("Stories told by several sources, compared side by side."),
                             "og_type": "website"}
    out[paths["entities"]] = {"description": description("People and organisations the sources name."),
                              "og_type": "website"}
    out[paths["report"]] = {"description": description("How the briefing was built: sources read, refused and why."),
                            "og_type": "website"}
    titles = {t.id: t for t in config.topics}
    for td in digest.topics:
        t = titles[td.topic_id]
        out[topic_path(t.id)] = {"description": description(t.description or t.title), "og_type": "website",
                                 "feed": topic_feed_path(t.id)}
    chosen = summaries(digest)
    for a in digest.articles:
        meta = {"description": description(summary_text(a, chosen.get(a.id, ())) or a.meta.title),
                "og_type": "article"}
        if a.meta.date:
            meta["published"] = a.meta.date
        out[source_path(a.id)] = meta
    for g in digest.stories:
        out[story_path(g.id)] = {"description": description(f"{g.title}: {len(g.article_ids)} sources compared."),
                                 "og_type": "website"}
    for e in digest.entities:
        if e.id in paged:
            count = len({x.article_id for x in e.mentions})
            out[entity_path(e.id)] = {"description": description(f"{e.name}: named in {count} sources."),
                                      "og_type": "website"}
    return out
