"""Render every page of the site from the digest through the Jinja templates.

Python decides what to say; the templates in ``templates/`` decide how it looks. The result
is a ``{path: text}`` mapping; nothing is written here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import jinja2
import yaml

from ..analyse.summarize import standalone_penalty
from ..config import Config, Settings, TopicDef
from ..errors import WriteError
from ..models import (
    Article,
    Digest,
    Entity,
    Figure,
    FigureCheck,
    Quote,
    QuotePair,
    SentenceRef,
    StoryGroup,
    TopicDigest,
    TopicMatch,
    TopicTimeline,
)
from ..parallel import forked_map
from .briefing import Evidence, date_in_words, label_text
from .charts import topic_charts
from .escape import md, nav_title, page_title, safe_url, with_title
from .export import export_chunks
from .feeds import render_feeds, summaries
from .meta import front_matter, page_meta
from .state import KEEP_BUILDS, SHOW_CHANGES, STATE, Build, next_state, state_json

# Pages and data files the generator owns inside docs/.
HOME = "index.md"
REPORT = "report.md"
SOURCES_INDEX = "sources/index.md"
STORIES_INDEX = "stories/index.md"
ENTITIES_INDEX = "entities/index.md"
DIGEST = "digest.json"
WHATS_NEW = "whats-new.md"
NAV = ".briefing/nav.yml"
NAV_HEADER = ("# Written by briefing on every build (edit topics.yml, not this file): the site's navigation,\n"
              "# taken in by mkdocs.yml's INHERIT, so MkDocs and Zensical build the same nav.\n")


def topic_path(topic_id: str) -> str:
    return f"topics/{topic_id}.md"


def topic_archive_path(topic_id: str) -> str:
    """Every source of a topic with more than the topic page shows (``topic_sources``)."""
    return f"topics/archive/{topic_id}.md"


def has_archive(td: TopicDigest, settings: Settings) -> bool:
    """Whether the topic has more sources than its page shows, and so an archive page."""
    return len(td.sources) > settings.topic_sources


def source_path(article_id: str) -> str:
    return f"sources/{article_id}.md"


def story_path(story_id: str) -> str:
    return f"stories/{story_id}.md"


def entity_path(entity_id: str) -> str:
    return f"entities/{entity_id}.md"


# An entity page quotes the sentences of this many sources that name it (the newest); the others
# are listed one line each: "United States" at 10,000 articles was a 3.5 MB page of sentences.
ENTITY_SOURCES = 30


@dataclass(frozen=True)
class Compare:
    """Indexes over the comparison records (figures, quotes, entities, timelines)."""

    stories: dict[str, StoryGroup]
    figures: dict[str, Figure]
    checks: dict[tuple[str, str], list[FigureCheck]]  # (scope, scope id) → checks
    quotes: dict[str, Quote]
    quotes_of: dict[str, list[Quote]]  # article id → its quotes
    pairs: dict[str, list[QuotePair]]  # story id → side-by-side quote pairs
    entities: dict[str, Entity]
    entities_of: dict[str, list[Entity]]  # article id → entities it names
    timelines: dict[str, TopicTimeline]
    topics_of: dict[str, list[str]]  # article id → topic ids
    story_of: dict[str, StoryGroup]  # article id → its story
    figures_by_article: dict[str, list[Figure]]
    figure_rank: dict[str, int]  # figure id → position in the digest, to keep lists in digest order
    said_by: dict[str, list[Quote]]  # entity id → quotes it speaks, in digest order
    rank: dict[str, int]  # quote id → position in the digest, to keep lists in digest order
    story_rank: dict[str, int]  # story id → position in ``stories``
    paged: frozenset[str] = frozenset()  # entity ids that have a page of their own (see PAGED_SOURCES)
    entity_rank: dict[str, int] = field(default_factory=dict)  # entity id → position in ``entities``

    def figures_of(self, article_ids: list[str] | tuple[str, ...]) -> list[Figure]:
        found = [f for aid in dict.fromkeys(article_ids) for f in self.figures_by_article.get(aid, [])
                 if f.kind != "date"]
        return sorted(found, key=lambda f: self.figure_rank[f.id])

    def entity_sources(self, e: Entity) -> list[tuple[str, list[int]]]:
        out: dict[str, list[int]] = {}
        for m in e.mentions:
            out.setdefault(m.article_id, [])
            if m.index not in out[m.article_id]:
                out[m.article_id].append(m.index)
        return sorted(out.items())

    def entity_pages_sources(self, e: Entity, articles: dict[str, Article],
                             shown: int | None = None) -> tuple[list[tuple[str, list[int]]], list[str]]:
        """The sources that name the entity, newest first (undated last): the first ``shown``
        with the sentences that name it, then the ids of the rest (one line each on the page)."""
        found = self.entity_sources(e)
        found.sort(key=lambda item: articles[item[0]].meta.date or "", reverse=True)  # stable: ids within a date
        n = ENTITY_SOURCES if shown is None else shown
        return found[:n], [aid for aid, _ in found[n:]]

    def entity_topics(self, e: Entity) -> list[str]:
        found = {t for m in e.mentions for t in self.topics_of.get(m.article_id, [])}
        return sorted(found)

    def entity_stories(self, e: Entity) -> list[StoryGroup]:
        ids = {self.story_of[m.article_id].id for m in e.mentions if m.article_id in self.story_of}
        return [self.stories[sid] for sid in sorted(ids, key=self.story_rank.__getitem__)]  # in digest order

    def entity_quotes(self, e: Entity) -> list[Quote]:
        """Quotes spoken by the entity, then quotes that name it."""
        said = self.said_by.get(e.id, [])
        where = {(m.article_id, m.index) for m in e.mentions}
        nearby = {q.id: q for aid in dict.fromkeys(m.article_id for m in e.mentions)
                  for q in self.quotes_of.get(aid, [])}
        named = [q for q in nearby.values() if q.speaker_entity != e.id
                 and any((q.article_id, i) in where for i in q.sentences)]
        return said + sorted(named, key=lambda q: self.rank[q.id])

    def speaker(self, q: Quote) -> Entity | None:
        return self.entities.get(q.speaker_entity) if q.speaker_entity else None

    def topic_quotes(self, article_ids: list[str]) -> list[Quote]:
        return [q for a in article_ids for q in self.quotes_of.get(a, [])]

    def topic_entities(self, article_ids: list[str]) -> list[Entity]:
        wanted = set(article_ids)
        # Only the entities the articles name (through ``entities_of``), in ``entities`` order.
        ids = {e.id for aid in wanted for e in self.entities_of.get(aid, ())}
        rank = self.entity_rank or {eid: i for i, eid in enumerate(self.entities)}
        found = [e for e in (self.entities[i] for i in sorted(ids, key=rank.__getitem__))
                 if e.kind in ("person", "organisation") and any(m.article_id in wanted for m in e.mentions)]
        return sorted(found, key=lambda e: (-sum(1 for m in e.mentions if m.article_id in wanted), e.name))


def _group(matches: tuple[TopicMatch, ...]) -> dict[str, list[TopicMatch]]:
    out: dict[str, list[TopicMatch]] = {}
    for m in matches:
        out.setdefault(m.article_id, []).append(m)
    return out


# A name gets a page of its own when at least this many sources name it (or it is configured):
# a name one source mentions is shown on that source's page, and one-source names are both most
# of the pages (7,000 of 7,500 on the 645 Multi-News articles) and the least certain names.
PAGED_SOURCES = 2


def compare_index(digest: Digest, look: Lookup) -> Compare:
    checks: dict[tuple[str, str], list[FigureCheck]] = {}
    for c in digest.figure_checks:
        checks.setdefault((c.scope, c.scope_id), []).append(c)
    quotes_of: dict[str, list[Quote]] = {}
    said_by: dict[str, list[Quote]] = {}
    for q in digest.quotes:
        quotes_of.setdefault(q.article_id, []).append(q)
        if q.speaker_entity:
            said_by.setdefault(q.speaker_entity, []).append(q)
    pairs: dict[str, list[QuotePair]] = {}
    for qp in digest.quote_pairs:
        pairs.setdefault(qp.story_id, []).append(qp)
    entities_of: dict[str, list[Entity]] = {}
    for e in digest.entities:
        for aid in dict.fromkeys(m.article_id for m in e.mentions):
            entities_of.setdefault(aid, []).append(e)
    figures_by_article: dict[str, list[Figure]] = {}
    for f in digest.figures:
        figures_by_article.setdefault(f.article_id, []).append(f)
    return Compare(
        stories={g.id: g for g in digest.stories},
        figures={f.id: f for f in digest.figures},
        checks=checks,
        quotes={q.id: q for q in digest.quotes},
        quotes_of=quotes_of,
        pairs=pairs,
        entities={e.id: e for e in digest.entities},
        entities_of=entities_of,
        timelines={t.topic_id: t for t in digest.timelines},
        topics_of={aid: [m.topic_id for m in ms] for aid, ms in look.matches_of.items()},
        story_of=look.story_of,
        figures_by_article=figures_by_article,
        figure_rank={f.id: i for i, f in enumerate(digest.figures)},
        said_by=said_by,
        rank={q.id: i for i, q in enumerate(digest.quotes)},
        story_rank={sid: i for i, sid in enumerate({g.id: g for g in digest.stories})},
        paged=frozenset(e.id for e in digest.entities
                        if e.configured or len({m.article_id for m in e.mentions}) >= PAGED_SOURCES),
        entity_rank={eid: i for i, eid in enumerate({e.id: e for e in digest.entities})},
    )


@dataclass(frozen=True)
class Lookup:
    """Indexes over the digest that templates use to follow ids to records."""

    articles: dict[str, Article]
    topics: dict[str, TopicDef]
    matches: dict[tuple[str, str], TopicMatch]  # (topic id, article id)
    story_of: dict[str, StoryGroup]  # article id → its same-story group
    matches_of: dict[str, list[TopicMatch]]  # article id → its topic matches, in topic order

    def topics_of(self, article_id: str) -> list[TopicMatch]:
        return self.matches_of.get(article_id, [])

    def same_story(self, article_id: str) -> list[Article]:
        group = self.story_of.get(article_id)
        if group is None:
            return []
        return [self.articles[a] for a in group.article_ids if a != article_id]


PACKAGED = Path(__file__).resolve().parent.parent / "data"  # templates, stylesheet, schema, starter mkdocs.yml
PACKAGED_TEMPLATES = PACKAGED / "templates"
STYLESHEET = "stylesheets/briefing.css"  # in docs/, named by mkdocs.yml's extra_css


def environment(templates: Path) -> jinja2.Environment:
    """The Jinja environment: strict about undefined names, no autoescape (output is Markdown;
    every untrusted value goes through the ``md`` filter instead).

    A template of the project's own ``templates/`` folder overrides the packaged one of the same
    name; the others come from the package."""
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(templates)),
                                    jinja2.FileSystemLoader(str(PACKAGED_TEMPLATES))]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md
    env.filters["url"] = safe_url
    env.filters["label"] = label_text  # attribute text (aria-label) in templates: see briefing.label_text
    return env


def write_stylesheet(docs: Path) -> bool:
    """Put the packaged stylesheet at ``docs/stylesheets/briefing.css`` when the project has none
    (a project's own stylesheet is never replaced). True if it was written."""
    target = docs / STYLESHEET
    if target.exists() or target.is_symlink() or target.parent.is_symlink() or docs.is_symlink():
        return False  # never write through a link out of docs/
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes((PACKAGED / "briefing.css").read_bytes())
    return True


THEME_OVERRIDE = "overrides/main.html"  # beside mkdocs.yml, named by its theme.custom_dir
THEME_OVERRIDES = "overrides"


def write_theme_override(root: Path) -> bool:
    """Put each packaged theme override (``overrides/main.html``: Open Graph tags, feed links;
    ``overrides/partials/…``) beside mkdocs.yml where the project has none (a project's own file
    is never replaced), so that ``custom_dir: overrides`` always names a folder. True if any was
    written."""
    written = False
    packaged = PACKAGED / THEME_OVERRIDES
    for src in sorted(p for p in packaged.rglob("*.html") if p.is_file()):
        rel = src.relative_to(PACKAGED).as_posix()
        target = root / rel
        if target.exists() or any((root / part).is_symlink() for part in _prefixes(rel)):
            continue  # never replace, never write through a link
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(src.read_bytes())
        written = True
    return written


def _prefixes(rel: str) -> list[str]:
    """"a/b/c" → ["a", "a/b", "a/b/c"]."""
    parts = rel.split("/")
    return ["/".join(parts[: i + 1]) for i in range(len(parts))]


_QUOTE_OPENING = re.compile(r"^[“\"‘']")


def gist(td: TopicDigest, look: Lookup) -> SentenceRef | None:
    """The one overview sentence the home page shows for a topic: the first that reads on its
    own (not a bare quotation, not leaning on the sentence before), else the first."""
    for ref in td.overview:
        text = look.articles[ref.article_id].sentences[ref.index].text
        if not _QUOTE_OPENING.match(text) and standalone_penalty(text) == 1.0:
            return ref
    return td.overview[0] if td.overview else None


# The sources index lists every source on itself up to this many; beyond, it lists the newest and
# links to a page per month (and, for sources without a date, per first letter of the title), so
# that no page grows with the corpus as a whole and one new article rewrites two small pages, not
# a 2 MB one (10,000 files), which MkDocs then converts again.
SOURCES_ON_INDEX = 500
NEWEST_ON_INDEX = 50


@dataclass(frozen=True)
class Shelf:
    """One page of the sources index beyond SOURCES_ON_INDEX: a month's sources, or the undated
    ones whose titles start with one letter."""

    path: str  # "sources/month/2024-05.md", "sources/title/a.md"
    label: str  # "May 2024", "A"
    articles: tuple[Article, ...]
    dated: bool  # a month's sources (else undated ones, by title)

    @property
    def title(self) -> str:
        return f"Sources of {self.label}" if self.dated else f"Sources without a date: {self.label}"

    @property
    def link(self) -> str:
        """Its address from the sources index."""
        return self.path.removeprefix("sources/")


def _letter(title: str) -> str:
    """The shelf of an undated title: its first letter (accents dropped), "0-9", or "other"."""
    for ch in unicodedata.normalize("NFKD", title.casefold()):
        if "a" <= ch <= "z":
            return ch
        if ch.isdigit():
            return "0-9"
        if ch.isalpha():
            return "other"
    return "other"


def source_shelves(articles: Sequence[Article]) -> tuple[Shelf, ...]:
    """The sources index's pages when it has more than SOURCES_ON_INDEX sources (none otherwise):
    the months, newest first (newest source first, then by title), then the undated sources by
    the first letter of their titles (by title within a letter)."""
    if len(articles) <= SOURCES_ON_INDEX:
        return ()

    def by_title(a: Article) -> tuple[str, str]:
        return a.meta.title.casefold(), a.id

    months: dict[str, list[Article]] = {}
    letters: dict[str, list[Article]] = {}
    for a in sorted(articles, key=by_title):
        if a.meta.date:
            months.setdefault(a.meta.date[:7], []).append(a)
        else:
            letters.setdefault(_letter(a.meta.title), []).append(a)
    out = [Shelf(f"sources/month/{m}.md", date_in_words(m),
                 tuple(sorted(months[m], key=lambda a: a.meta.date or "", reverse=True)), True)  # stable: by title
           for m in sorted(months, reverse=True)]
    order = sorted(letters, key=lambda k: (k == "other", k == "0-9", k))
    out += [Shelf(f"sources/title/{k}.md", k.upper() if len(k) == 1 else k.capitalize(), tuple(letters[k]), False)
            for k in order]
    return tuple(out)


def latest(articles: tuple[Article, ...], count: int) -> list[Article]:
    """Newest first; undated articles after dated ones, by id."""
    dated = sorted((a for a in articles if a.meta.date), key=lambda a: (a.meta.date or "", a.id), reverse=True)
    undated = sorted((a for a in articles if not a.meta.date), key=lambda a: a.id)
    return (dated + undated)[:count]


T = TypeVar("T")


def render_site(config: Config, digest: Digest, build: Build | None = None, jobs: int = 1) -> dict[str, str]:
    """Every generated file of ``docs/`` as ``{relative path: text}`` (see :func:`site_pages`)."""
    return {path: text if isinstance(text, str) else "".join(text)
            for path, text in site_pages(config, digest, build, jobs)}


def site_pages(config: Config, digest: Digest, build: Build | None = None,
               jobs: int = 1) -> Iterator[tuple[str, str | Iterator[str]]]:
    """Every generated file of ``docs/``, one (relative path, text) at a time, each made only when
    it is asked for: the writer stages each page and drops it, so a build never holds the site.

    ``build`` carries what the pipeline knows of this build (its date, the site's address, the
    state the previous build left), for the feeds, the dates shown and "What's new". The pages of
    sources, stories and entities are rendered in ``jobs`` forked processes. Two pages
    at one path would silently lose one (an article ``index.txt`` over the sources index, an
    entity "Index" over the entities index), so that is refused."""
    build = build or Build()
    env = environment(config.root / "templates")
    look = Lookup(
        articles={a.id: a for a in digest.articles},
        topics={t.id: t for t in config.topics},
        matches={(m.topic_id, m.article_id): m for m in digest.matches},
        story_of={a: g for g in digest.stories for a in g.article_ids},
        matches_of=_group(digest.matches),
    )
    cmp = compare_index(digest, look)
    common = {"digest": digest, "look": look, "config": config, "cmp": cmp,
              "brief": Evidence(look, cmp, shown=config.settings.topic_sources)}
    common.update(build_date=build.date, summary_of=summaries(digest))  # freshness, feeds and "What's new"
    paths = {"whats_new": WHATS_NEW, "sources": SOURCES_INDEX, "stories": STORIES_INDEX,
             "entities": ENTITIES_INDEX, "report": REPORT}
    # Titles safe before MkDocs or Zensical sees them (escape.page_title says why), written with
    # each page's description; the home page's <title> is the site's name.
    shelves = source_shelves(digest.articles)
    metas = page_meta(config, digest, paths, cmp.paged, shelves)
    seen: set[str] = set()

    def page(path: str, text: str | Iterator[str]) -> tuple[str, str | Iterator[str]]:
        return checked(path), finish(path, text)

    def checked(path: str) -> str:
        if path in seen:
            raise WriteError(f"two generated pages would be written at docs/{path}, and one would be lost; "
                             "rename the article file (or entity) whose id is the same as another page's, "
                             "and report this as a bug in Briefing")
        seen.add(path)
        return path

    def finish(path: str, text: T) -> T | str:
        if isinstance(text, str) and path.endswith(".md"):
            title = None if path == HOME else page_title(text)
            if path in metas:
                return front_matter(metas[path], title) + text
            if title is not None:
                return with_title(text)
        return text

    def render(template: str, **values: object) -> str:
        return env.get_template(template).render(**common, **values)

    # A page for each source, story and entity with a page: made in ``jobs`` processes, which
    # start now, while this one makes the home and topic pages.
    paged = [e for e in digest.entities if e.id in cmp.paged]
    each: list[tuple[str, str, str, object]] = [
        *((source_path(a.id), "source.md.j2", "article", a) for a in digest.articles),
        *((story_path(g.id), "story.md.j2", "story", g) for g in digest.stories),
        *((entity_path(e.id), "entity.md.j2", "entity", e) for e in paged)]

    def one(i: int) -> str:
        path, template, name, value = each[i]
        return finish(path, render(template, **{name: value}))

    made = forked_map(one, len(each), jobs)
    try:
        yield page(HOME, render("home.md.j2", latest=latest(digest.articles, config.settings.latest_sources),
                                gists={td.topic_id: gist(td, look) for td in digest.topics}))
        for td in digest.topics:
            topic = look.topics[td.topic_id]
            yield page(topic_path(td.topic_id), render(
                "topic.md.j2", topic=topic, td=td, charts=topic_charts(
                    td, topic.title, look.articles, cmp.figures, cmp.checks, look.story_of, look.matches)))
            if has_archive(td, config.settings):
                yield page(topic_archive_path(td.topic_id), render("topic_archive.md.j2", topic=topic, td=td,
                                                                   shown=config.settings.topic_sources))
        split = len(digest.articles) + len(digest.stories)
        for path, *_ in each[:split]:
            yield checked(path), next(made)  # finished there
        yield page(STORIES_INDEX, render("stories.md.j2"))
        for path, *_ in each[split:]:
            yield checked(path), next(made)
    finally:
        made.close()  # the workers end, even if a page here fails
    yield page(ENTITIES_INDEX, render("entities.md.j2"))
    # Every source on the index, or (with shelves) the newest dated ones and a page per shelf.
    ordered = ([a for a in latest(digest.articles, NEWEST_ON_INDEX) if a.meta.date] if shelves
               else latest(digest.articles, len(digest.articles)))
    yield page(SOURCES_INDEX, render("sources.md.j2", ordered=ordered, shelves=shelves))
    for shelf in shelves:
        yield page(shelf.path, render("sources_shelf.md.j2", shelf=shelf))
    yield page(REPORT, render("report.md.j2"))
    yield page(DIGEST, export_chunks(config, digest))  # 160 MB at 10,000 articles: written as it is made
    state = next_state(build.previous, digest, build.date)
    yield page(WHATS_NEW, render("whatsnew.md.j2", state=state, show=SHOW_CHANGES, keep=KEEP_BUILDS))
    for path, xml in render_feeds(digest, {t.id: (t.title, t.description) for t in config.topics}, build.site_name,
                                  build.site_url, state, build.date).items():
        yield page(path, xml)
    yield page(STATE, state_json(state))
    nav: list[dict[str, object]] = [
           {"Home": HOME}, {"What's new": WHATS_NEW},
           {"Topics": [{t.title: topic_path(t.id)} for t in config.topics]},
           {"Stories": STORIES_INDEX}, {"People & organisations": ENTITIES_INDEX},
           {"Sources": SOURCES_INDEX}, {"Build report": REPORT}]
    yield page(NAV, nav_file(nav))


def nav_file(nav: list[dict[str, object]]) -> str:
    """``docs/.briefing/nav.yml``: the navigation as settings that mkdocs.yml takes in with
    ``INHERIT:`` (MkDocs and Zensical alike; a ``nav:`` of mkdocs.yml replaces it in MkDocs, and the
    ``briefing`` plugin puts the generated entries back in front). Every title HTML-escaped here:
    both insert a nav title into the page as it is: ``nav`` holds the titles as plain text."""
    def escaped(items: list[dict[str, object]]) -> list[dict[str, object]]:
        return [{nav_title(title): escaped(target) if isinstance(target, list) else target
                 for title, target in item.items()} for item in items]

    return (NAV_HEADER + yaml.safe_dump({"nav": escaped(nav)}, allow_unicode=True, sort_keys=False,
                                        width=1_000_000))
