"""Render every page of the site from the digest through the Jinja templates.

Python decides what to say; the templates in ``templates/`` decide how it looks. The result
is a ``{path: text}`` mapping; nothing is written here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2
import yaml

from ..config import Config, TopicDef
from ..models import Article, Digest, StoryGroup, TopicMatch
from .escape import md, safe_url
from .export import export_json

# Pages and data files the generator owns inside docs/.
HOME = "index.md"
REPORT = "report.md"
SOURCES_INDEX = "sources/index.md"
DIGEST = "digest.json"
NAV = ".briefing/nav.yml"


def topic_path(topic_id: str) -> str:
    return f"topics/{topic_id}.md"


def source_path(article_id: str) -> str:
    return f"sources/{article_id}.md"


@dataclass(frozen=True)
class Lookup:
    """Indexes over the digest that templates use to follow ids to records."""

    articles: dict[str, Article]
    topics: dict[str, TopicDef]
    matches: dict[tuple[str, str], TopicMatch]  # (topic id, article id)
    story_of: dict[str, StoryGroup]  # article id → its same-story group

    def topics_of(self, article_id: str) -> list[TopicMatch]:
        return [m for (t, a), m in self.matches.items() if a == article_id]

    def same_story(self, article_id: str) -> list[Article]:
        group = self.story_of.get(article_id)
        if group is None:
            return []
        return [self.articles[a] for a in group.article_ids if a != article_id]


def environment(templates: Path) -> jinja2.Environment:
    """The Jinja environment: strict about undefined names, no autoescape (output is Markdown;
    every untrusted value goes through the ``md`` filter instead)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md
    env.filters["url"] = safe_url
    return env


def latest(articles: tuple[Article, ...], count: int) -> list[Article]:
    """Newest first; undated articles after dated ones, by id."""
    dated = sorted((a for a in articles if a.meta.date), key=lambda a: (a.meta.date or "", a.id), reverse=True)
    undated = sorted((a for a in articles if not a.meta.date), key=lambda a: a.id)
    return (dated + undated)[:count]


def render_site(config: Config, digest: Digest) -> dict[str, str]:
    """Every generated file of ``docs/`` as ``{relative path: text}``."""
    env = environment(config.root / "templates")
    look = Lookup(
        articles={a.id: a for a in digest.articles},
        topics={t.id: t for t in config.topics},
        matches={(m.topic_id, m.article_id): m for m in digest.matches},
        story_of={a: g for g in digest.stories for a in g.article_ids},
    )
    common = {"digest": digest, "look": look, "config": config}
    pages: dict[str, str] = {}
    pages[HOME] = env.get_template("home.md.j2").render(
        **common, latest=latest(digest.articles, config.settings.latest_sources))
    for td in digest.topics:
        pages[topic_path(td.topic_id)] = env.get_template("topic.md.j2").render(
            **common, topic=look.topics[td.topic_id], td=td)
    for article in digest.articles:
        pages[source_path(article.id)] = env.get_template("source.md.j2").render(**common, article=article)
    pages[SOURCES_INDEX] = env.get_template("sources.md.j2").render(
        **common, ordered=latest(digest.articles, len(digest.articles)))
    pages[REPORT] = env.get_template("report.md.j2").render(**common)
    pages[DIGEST] = export_json(config, digest)
    nav = [{"Home": HOME}, {"Topics": [{t.title: topic_path(t.id)} for t in config.topics]},
           {"Sources": SOURCES_INDEX}, {"Build report": REPORT}]
    pages[NAV] = yaml.safe_dump(nav, allow_unicode=True, sort_keys=False)
    return pages
