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
            related=_related(config, topic.id, by_topic, stories, entities),
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


def _related(config: Config, topic_id: str, by_topic: dict[str, list[TopicMatch]],
             stories: tuple[StoryGroup, ...] = (), entities: tuple[Entity, ...] = ()) -> tuple[RelatedTopic, ...]:
    """Other topics that share sources, stories or people and organisations with this one."""
    mine = {m.article_id for m in by_topic[topic_id]}
    configured = set(config.topic(topic_id).related)
    out = []
    for other in config.topics:
        if other.id == topic_id:
            continue
        theirs = {m.article_id for m in by_topic[other.id]}
        shared = tuple(sorted(mine & theirs))
        shared_stories = tuple(g.id for g in stories if mine & set(g.article_ids) and theirs & set(g.article_ids))
        shared_entities = tuple(e.id for e in entities if e.kind in ("person", "organisation")
                                and mine & {x.article_id for x in e.mentions}
                                and theirs & {x.article_id for x in e.mentions})
        if shared or shared_stories or shared_entities or other.id in configured:
            out.append(RelatedTopic(other.id, other.id in configured, shared, shared_stories, shared_entities))
    return tuple(sorted(out, key=lambda r: (-len(r.shared_sources), r.topic_id)))
