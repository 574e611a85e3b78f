"""Assemble the whole digest in memory before anything is rendered or written."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any, cast

from ..config import Config
from ..models import (
    Addresses,
    Article,
    ArticleWork,
    Corpus,
    Digest,
    Entity,
    Memo,
    RelatedTopic,
    SentenceRef,
    SourceSummary,
    StoryGroup,
    TimelineEvent,
    TopicDigest,
    TopicMatch,
    TopicTimeline,
)
from ..parallel import alongside, can_fork, forked_map
from .entities import EntitySetting, find_entities, read_alone
from .figures import extract_figures, figure_checks
from .quotes import find_quotes, same_occasion, speaker_index
from .stories import find_stories
from .summarize import overview, quality, summarize_for_topic
from .text import content_words
from .timeline import mentioned_dates
from .topics import Matcher, match_all

# Fewer articles than this are analysed in one process whatever ``jobs`` says: forking costs more.
PARALLEL_FROM = 200
Stage = Callable[[str], None]  # told the name of each corpus-level step as it starts


def article_work(article: Article) -> ArticleWork:
    """What one article's text alone decides: each sentence's content words (shared by stories,
    topics and summaries) and fitness for a summary, its figures, the dates it names, and the
    names it writes read on its own (entities read again only the articles that share a story)."""
    capitals, names = read_alone(article)
    return ArticleWork(stems=tuple(tuple(content_words(s.text)) for s in article.sentences),
                       figures=extract_figures(article), dates=tuple(mentioned_dates(article)),
                       quality=tuple(quality(s.text) for s in article.sentences), capitals=capitals, names=names)


def build_digest(config: Config, corpus: Corpus, work: Mapping[str, ArticleWork] | None = None,
                 previous: Addresses | None = None, stage: Stage | None = None, memo: Memo | None = None,
                 jobs: int = 1) -> Digest:
    """Topics, per-source summaries, overviews, related topics, same-story groups, and the
    comparison of sources: figures, quotes, entities and timelines.

    ``work`` (article id → :func:`article_work`, from the cache) saves the per-article analysis;
    ``previous`` (the last build's addresses) keeps entity and story ids stable when articles
    arrive; ``stage`` is told each step's name as it starts (for progress); ``memo`` holds the
    summaries the last build made (see :func:`_summaries`), reused where their inputs are the same."""
    step = stage or (lambda _name: None)
    articles = {a.id: a for a in corpus.articles}
    done = {a.id: work[a.id] if work is not None and a.id in work else article_work(a) for a in corpus.articles}
    # The stages only read them: the cached tuples are passed as they are (a list copy of every
    # sentence's words cost 10% of a build, mostly in the garbage collector's passes over them).
    stems = cast("dict[str, list[list[str]]]", {aid: w.stems for aid, w in done.items()})
    fitness = {aid: w.quality for aid, w in done.items()}
    # Topics and summaries need neither stories nor entities: with more than one job they are
    # found in a second process meanwhile (the output is the same either way).
    jobs = jobs if len(corpus.articles) >= PARALLEL_FROM and can_fork() else 1
    side = alongside(lambda: _topics_and_summaries(config, corpus.articles, articles, stems, fitness, memo,
                                                   step if jobs <= 1 else None), jobs)
    try:
        step("stories" if jobs <= 1 else "stories (topics and summaries in a second process)")
        stories = stable_stories(find_stories(corpus.articles, stems), previous)
        step("entities")
        entities = stable_entities(find_entities(corpus.articles, _entity_settings(config), stories, done), previous)
    except BaseException:
        side.close()  # a fault here: the second process ends before the fault is reported
        raise
    if jobs > 1:
        step("topics and summaries (waiting for the second process)")
    matches, summed, made = side.result()
    if memo is not None:
        memo.now.update(made.now)
        memo.reused = made.reused
        memo.before.clear()  # nothing after topics and summaries reads it
    by_topic = _by_topic(config, matches)
    related = _related_all(config, by_topic, stories, entities)
    topics = [TopicDigest(topic_id=t.id, sources=summed[t.id][0], overview=summed[t.id][1], related=related[t.id])
              for t in config.topics]
    step("figures")
    figures = tuple(f for a in corpus.articles for f in done[a.id].figures)
    topic_members = [(t.id, [m.article_id for m in by_topic[t.id]]) for t in config.topics]
    checks = figure_checks(stories, topic_members, figures, corpus.articles)
    step("quotes")
    speakers = speaker_index(entities)  # indexed once, not once per article
    quotes = tuple(q for found in forked_map(lambda i: find_quotes(corpus.articles[i], entities, speakers),
                                             len(corpus.articles), jobs) for q in found)
    step("timelines")
    timelines = tuple(timeline(t.id, [articles[m.article_id] for m in by_topic[t.id]], done) for t in config.topics)
    return Digest(
        articles=corpus.articles,
        matches=matches,
        topics=tuple(topics),
        stories=stories,
        problems=corpus.problems,
        skipped=corpus.skipped,
        figures=figures,
        figure_checks=checks,
        quotes=quotes,
        quote_pairs=same_occasion(stories, quotes),
        entities=entities,
        timelines=timelines,
    )


def _by_topic(config: Config, matches: Sequence[TopicMatch]) -> dict[str, list[TopicMatch]]:
    by_topic: dict[str, list[TopicMatch]] = {t.id: [] for t in config.topics}
    for m in matches:
        by_topic[m.topic_id].append(m)
    return by_topic


Summed = dict[str, tuple[tuple[SourceSummary, ...], tuple[SentenceRef, ...]]]  # topic id → (per source, overview)


def _topics_and_summaries(config: Config, found: tuple[Article, ...], articles: Mapping[str, Article],
                          stems: Mapping[str, Sequence[Sequence[str]]], fitness: Mapping[str, Sequence[float]],
                          memo: Memo | None, step: Stage | None = None) -> tuple[tuple[TopicMatch, ...], Summed, Memo]:
    """The topic matches, each topic's summaries and overview, and what the memo took and made
    (returned, as this may run in another process: see :func:`build_digest`)."""
    content: dict[str, str] = {}

    def text_key(article: Article) -> str:
        """A hash of the article's sentences, made once."""
        if article.id not in content:
            content[article.id] = hashlib.sha256("\0".join(s.text for s in article.sentences).encode(
                "utf-8", "surrogatepass")).hexdigest()
        return content[article.id]

    if step is not None:
        step("topics")
    matches = match_all(config.topics, found, stems, Matcher(memo, text_key))
    if step is not None:
        step("summaries")
    summed = _summaries(config, _by_topic(config, matches), articles, stems, fitness, memo,
                        lambda aid: text_key(articles[aid]))
    # What was taken and made, not what the last build left (which may go back from another process).
    return matches, summed, Memo(now=memo.now, reused=memo.reused) if memo is not None else Memo()


def _summaries(config: Config, by_topic: Mapping[str, list[TopicMatch]], articles: Mapping[str, Article],
               stems: Mapping[str, Sequence[Sequence[str]]], fitness: Mapping[str, Sequence[float]],
               memo: Memo | None, text_key: Callable[[str], str]) -> Summed:
    """Each topic's summary per source and overview. A summary is a function of its article's
    sentences, their relevance to the topic and the settings (the code and settings are the
    memo's own key), so one the last build made from the same is taken from ``memo``: after
    one new article, only its summaries and the overviews of the topics it joins are made."""
    summary = config.settings.summary

    def per_source(m: TopicMatch, relevance: Mapping[int, float]) -> tuple[int, ...]:
        article = articles[m.article_id]
        n = len(article.sentences)
        key = ""
        if memo is not None:
            key = _key("source", m.topic_id, text_key(m.article_id), repr(m.sentence_scores))
            kept = memo.take(key, lambda v: isinstance(v, list) and all(type(i) is int and 0 <= i < n for i in v))
            if kept is not None:
                return tuple(cast("list[int]", kept))
        made = summarize_for_topic(article, relevance, summary.min_sentences, summary.max_sentences,
                                   stems[m.article_id], fitness[m.article_id])
        if memo is not None:
            memo.keep(key, list(made))
        return made

    def topic_overview(topic_id: str, found: list[TopicMatch], relevance: Mapping[str, Mapping[int, float]]
                       ) -> tuple[SentenceRef, ...]:
        members = [articles[m.article_id] for m in found]
        key = ""
        if memo is not None:
            key = _key("overview", topic_id, *(f"{m.article_id}\0{text_key(m.article_id)}\0{m.sentence_scores!r}"
                                                for m in found))
            sizes = {a.id: len(a.sentences) for a in members}
            kept = memo.take(key, lambda v: isinstance(v, list) and all(
                isinstance(r, list) and len(r) == 2 and r[0] in sizes and type(r[1]) is int
                and 0 <= r[1] < sizes[r[0]] for r in v))
            if kept is not None:
                return tuple(SentenceRef(aid, i) for aid, i in cast("list[list[Any]]", kept))
        made = overview(members, relevance, summary.overview_sentences,
                        min_sentences=min(summary.min_sentences, summary.overview_sentences), stems=stems,
                        quality=fitness)
        if memo is not None:
            memo.keep(key, [[r.article_id, r.index] for r in made])
        return made

    out: Summed = {}
    for topic in config.topics:
        found = by_topic[topic.id]
        relevance = {m.article_id: dict(m.sentence_scores) for m in found}
        sources = tuple(SourceSummary(article_id=m.article_id, score=m.score,
                                      sentences=per_source(m, relevance[m.article_id])) for m in found)
        out[topic.id] = (sources, topic_overview(topic.id, found, relevance))
    return out


def _key(*parts: str) -> str:
    return hashlib.sha256("\x01".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def timeline(topic_id: str, members: Sequence[Article], work: Mapping[str, ArticleWork]) -> TopicTimeline:
    """A topic's timeline from its members' dates found once per article (the same as
    :func:`generator.analyse.timeline.topic_timeline`, which finds them again per topic)."""
    events: list[TimelineEvent] = []
    unresolved: list[TimelineEvent] = []
    undated: list[str] = []
    for a in members:
        if a.meta.date:
            events.append(TimelineEvent(a.meta.date, "day", "published", a.id, None, a.meta.date))
        else:
            undated.append(a.id)
        for e in work[a.id].dates:
            (events if e.date else unresolved).append(e)
    events.sort(key=lambda e: (e.date or "", e.kind != "published", e.article_id, e.index or 0))
    unresolved.sort(key=lambda e: (e.article_id, e.index or 0))
    return TopicTimeline(topic_id, tuple(events), tuple(unresolved), tuple(sorted(undated)))


def stable_stories(stories: Sequence[StoryGroup], previous: Addresses | None) -> tuple[StoryGroup, ...]:
    """Keep each story's previous id: a story takes the id most of its members had in the last
    build (ties: the smaller id), so an article that joins, even one whose id sorts first, does
    not rename it. A story none of whose members had one keeps its own id (``story-`` and its
    first member's), made unique with a short hash of its members if a kept id already holds it."""
    if previous is None or not previous.stories:
        return tuple(stories)
    before = dict(previous.stories)
    chosen: dict[str, str] = {}  # own id → id kept
    taken: set[str] = set()
    for g in sorted(stories, key=lambda g: (-len(g.article_ids), g.id)):
        votes = Counter(before[a] for a in g.article_ids if a in before)
        for sid, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])):
            if sid not in taken:
                chosen[g.id] = sid
                taken.add(sid)
                break
    out = []
    for g in stories:
        kept = chosen.get(g.id)
        if kept is None:
            kept = g.id
            if kept in taken:
                kept += "-" + hashlib.sha256("\0".join(g.article_ids).encode()).hexdigest()[:8]
            taken.add(kept)
        out.append(replace(g, id=kept))
    return tuple(sorted(out, key=lambda g: g.id))


def stable_entities(entities: Sequence[Entity], previous: Addresses | None) -> tuple[Entity, ...]:
    """Keep entity page addresses from the last build. An id that existed before stays. An entity
    whose own id is new but that has, among its names, the name of an entity of the same kind
    whose id is gone ("Tayyip Erdogan" joined "Recep Tayyip Erdogan" when a new article named him
    in full) takes that id (the smallest, if several). Ids stay unique: a kept id existed before,
    a taken one existed before and is no longer anyone's own, a new one did not exist."""
    if previous is None or not previous.entities:
        return tuple(entities)
    before = {eid for eid, _, _ in previous.entities}
    own = {e.id for e in entities}
    free: dict[tuple[str, str], list[str]] = {}  # (name, kind) → ids that no entity holds now
    for eid, name, kind in sorted(previous.entities):
        if eid not in own:
            free.setdefault((name, kind), []).append(eid)
    taken: set[str] = set()
    out = []
    for e in entities:
        eid = e.id
        if eid not in before:
            options = sorted({x for alias in e.aliases for x in free.get((alias, e.kind), ())} - taken)
            if options:
                eid = options[0]
                taken.add(eid)
        out.append(e if eid == e.id else replace(e, id=eid))
    return tuple(sorted(out, key=lambda e: (e.name, e.id)))


def addresses(digest: Digest) -> Addresses:
    """The addresses of a digest, for the next build to keep."""
    return Addresses(entities=tuple(sorted((e.id, e.name, e.kind) for e in digest.entities)),
                     stories=tuple(sorted((aid, g.id) for g in digest.stories for aid in g.article_ids)))


def _entity_settings(config: Config) -> list[EntitySetting]:
    """The ``entities`` setting, plus every configured outlet as an organisation."""
    out = [EntitySetting(e.name, e.kind, e.aliases, e.role) for e in config.settings.entities]
    named = {n for e in out for n in (e.name, *e.aliases)}
    out += [EntitySetting(o.name, "organisation") for o in config.settings.outlets if o.name not in named]
    return out


MAX_RELATED = 8  # related topics listed per topic (configured ones always): a page stays readable at any number of topics
RELATED_SCAN = 64  # topics per article looked at to find related topics (its most relevant ones)


def _related_all(config: Config, by_topic: dict[str, list[TopicMatch]], stories: tuple[StoryGroup, ...],
                 entities: tuple[Entity, ...]) -> dict[str, tuple[RelatedTopic, ...]]:
    """For every topic, the other topics that share sources, stories or people and organisations.

    Ranked by shared sources, then shared stories; only the ``MAX_RELATED`` strongest are kept
    (configured ones always), and topics that share only people are looked for when fewer than
    that share sources or stories. Everything goes through article → topics indexes, so the
    cost follows the topics each article is in, never every pair of topics.
    """
    members = {t.id: sorted({m.article_id for m in by_topic[t.id]}) for t in config.topics}
    ranked_of: dict[str, list[tuple[float, int, str]]] = {}
    for i, t in enumerate(config.topics):
        for m in by_topic[t.id]:
            ranked_of.setdefault(m.article_id, []).append((-m.score, i, t.id))
    # An article's topics, most relevant first, at most RELATED_SCAN of them: a corpus whose
    # articles each sit in thousands of topics would otherwise cost topics × topics here.
    topics_of = {aid: [tid for _, _, tid in sorted(found)[:RELATED_SCAN]] for aid, found in ranked_of.items()}
    story_of = {aid: g for g in stories for aid in g.article_ids}
    people = [e for e in entities if e.kind in ("person", "organisation")]
    named_in: dict[str, set[str]] = {}  # article id → people and organisations it names
    for e in people:
        for x in e.mentions:
            named_in.setdefault(x.article_id, set()).add(e.id)
    articles_naming: dict[str, list[str]] = {e.id: sorted({x.article_id for x in e.mentions}) for e in people}
    entity_rank = {e.id: i for i, e in enumerate(entities)}
    people_of = {tid: {eid for aid in arts for eid in named_in.get(aid, ())} for tid, arts in members.items()}
    out: dict[str, tuple[RelatedTopic, ...]] = {}
    for topic in config.topics:
        mine = members[topic.id]
        shared_sources: dict[str, list[str]] = {}
        for aid in mine:
            for other in topics_of.get(aid, ()):
                if other != topic.id:
                    shared_sources.setdefault(other, []).append(aid)
        my_stories = sorted({story_of[aid].id: story_of[aid] for aid in mine if aid in story_of}.items())
        shared_stories: dict[str, list[str]] = {}
        for sid, g in my_stories:
            for other in sorted({o for aid in g.article_ids for o in topics_of.get(aid, ())} - {topic.id}):
                shared_stories.setdefault(other, []).append(sid)
        candidates = set(shared_sources) | set(shared_stories) | set(topic.related)
        my_people = sorted(people_of[topic.id], key=entity_rank.__getitem__)
        if len(candidates) < MAX_RELATED:  # look for topics that share only people
            for eid in my_people:
                candidates.update(o for aid in articles_naming[eid] for o in topics_of.get(aid, ()))
            candidates.discard(topic.id)
        ranked = sorted(candidates, key=lambda o: (-len(shared_sources.get(o, ())), -len(shared_stories.get(o, ())), o))
        kept = [o for i, o in enumerate(ranked) if i < MAX_RELATED or o in topic.related]
        found = []
        for other in kept:
            theirs = people_of[other]
            found.append(RelatedTopic(other, other in topic.related, tuple(shared_sources.get(other, ())),
                                      tuple(shared_stories.get(other, ())),
                                      tuple(eid for eid in my_people if eid in theirs)))
        out[topic.id] = tuple(r for r in found if r.configured or r.shared_sources or r.shared_stories
                              or r.shared_entities)
    return out
