"""Assemble the whole digest in memory before anything is rendered or written."""

from __future__ import annotations

from ..config import Config
from ..models import Corpus, Digest, Entity, RelatedTopic, SourceSummary, StoryGroup, TopicDigest, TopicMatch
from .entities import EntitySetting, find_entities
from .figures import extract_figures, figure_checks
from .quotes import find_quotes, same_occasion, speaker_index
from .stories import find_stories
from .summarize import overview, summarize_for_topic
from .timeline import topic_timeline
from .topics import match_all


def build_digest(config: Config, corpus: Corpus) -> Digest:
    """Topics, per-source summaries, overviews, related topics, same-story groups, and the
    comparison of sources: figures, quotes, entities and timelines."""
    articles = {a.id: a for a in corpus.articles}
    stories = find_stories(corpus.articles)
    entities = find_entities(corpus.articles, _entity_settings(config), stories)
    matches = match_all(config.topics, corpus.articles)
    by_topic: dict[str, list[TopicMatch]] = {t.id: [] for t in config.topics}
    for m in matches:
        by_topic[m.topic_id].append(m)
    summary = config.settings.summary
    related = _related_all(config, by_topic, stories, entities)
    topics = []
    for topic in config.topics:
        found = by_topic[topic.id]
        relevance = {m.article_id: dict(m.sentence_scores) for m in found}
        sources = tuple(
            SourceSummary(
                article_id=m.article_id,
                score=m.score,
                sentences=summarize_for_topic(articles[m.article_id], relevance[m.article_id],
                                              summary.min_sentences, summary.max_sentences),
            )
            for m in found
        )
        members = [articles[m.article_id] for m in found]
        topics.append(TopicDigest(
            topic_id=topic.id,
            sources=sources,
            overview=overview(members, relevance, summary.overview_sentences,
                              min_sentences=min(summary.min_sentences, summary.overview_sentences)),
            related=related[topic.id],
        ))
    figures = tuple(f for a in corpus.articles for f in extract_figures(a))
    topic_members = [(t.id, [m.article_id for m in by_topic[t.id]]) for t in config.topics]
    speakers = speaker_index(entities)  # indexed once, not once per article
    quotes = tuple(q for a in corpus.articles for q in find_quotes(a, entities, speakers))
    return Digest(
        articles=corpus.articles,
        matches=matches,
        topics=tuple(topics),
        stories=stories,
        problems=corpus.problems,
        skipped=corpus.skipped,
        figures=figures,
        figure_checks=figure_checks(stories, topic_members, figures, corpus.articles),
        quotes=quotes,
        quote_pairs=same_occasion(stories, quotes),
        entities=entities,
        timelines=tuple(topic_timeline(t.id, [articles[m.article_id] for m in by_topic[t.id]])
                        for t in config.topics),
    )


def _entity_settings(config: Config) -> list[EntitySetting]:
    """The ``entities`` setting, plus every configured outlet as an organisation."""
    out = [EntitySetting(e.name, e.kind, e.aliases, e.role) for e in config.settings.entities]
    named = {n for e in out for n in (e.name, *e.aliases)}
    out += [EntitySetting(o.name, "organisation") for o in config.settings.outlets if o.name not in named]
    return out


MAX_RELATED = 8  # related topics listed per topic (configured ones always): a page stays readable at any number of topics


def _related_all(config: Config, by_topic: dict[str, list[TopicMatch]], stories: tuple[StoryGroup, ...],
                 entities: tuple[Entity, ...]) -> dict[str, tuple[RelatedTopic, ...]]:
    """For every topic, the other topics that share sources, stories or people and organisations.

    Built from article → topics indexes, so the cost follows the shared articles, not the
    number of topic pairs; only the ``MAX_RELATED`` strongest are kept (plus configured ones).
    """
    topics_of: dict[str, list[str]] = {}
    for t in config.topics:
        for m in by_topic[t.id]:
            topics_of.setdefault(m.article_id, []).append(t.id)
    sources: dict[tuple[str, str], list[str]] = {}
    for aid in sorted(topics_of):
        ts = topics_of[aid]
        for a in ts:
            for b in ts:
                if a != b:
                    sources.setdefault((a, b), []).append(aid)
    shared_stories: dict[tuple[str, str], list[str]] = {}
    for g in stories:
        ts = sorted({t for aid in g.article_ids for t in topics_of.get(aid, ())})
        for a in ts:
            for b in ts:
                if a != b:
                    shared_stories.setdefault((a, b), []).append(g.id)
    shared_entities: dict[tuple[str, str], list[str]] = {}
    for e in entities:
        if e.kind not in ("person", "organisation"):
            continue
        ts = sorted({t for x in e.mentions for t in topics_of.get(x.article_id, ())})
        for a in ts:
            for b in ts:
                if a != b:
                    shared_entities.setdefault((a, b), []).append(e.id)
    neighbours: dict[str, set[str]] = {}
    for a, b in (*sources, *shared_stories, *shared_entities):
        neighbours.setdefault(a, set()).add(b)
    out: dict[str, tuple[RelatedTopic, ...]] = {}
    for topic in config.topics:
        configured = set(topic.related)
        others = neighbours.get(topic.id, set()) | configured
        found = []
        for other in sorted(others - {topic.id}):
            key = (topic.id, other)
            found.append(RelatedTopic(other, other in configured, tuple(sources.get(key, ())),
                                      tuple(shared_stories.get(key, ())), tuple(shared_entities.get(key, ()))))
        found.sort(key=lambda r: (-len(r.shared_sources), -len(r.shared_stories), -len(r.shared_entities), r.topic_id))
        kept = [r for i, r in enumerate(found) if i < MAX_RELATED or r.configured]
        out[topic.id] = tuple(kept)
    return out
