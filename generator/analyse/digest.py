"""Assemble the whole digest in memory before anything is rendered or written."""

from __future__ import annotations

from ..config import Config
from ..models import Corpus, Digest, RelatedTopic, SourceSummary, TopicDigest, TopicMatch
from .stories import find_stories
from .summarize import overview, summarize_for_topic
from .topics import match_all


def build_digest(config: Config, corpus: Corpus) -> Digest:
    """Topics, per-source summaries, overviews, related topics and same-story groups."""
    articles = {a.id: a for a in corpus.articles}
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
            overview=overview(members, relevance, summary.overview_sentences),
            related=_related(config, topic.id, by_topic),
        ))
    return Digest(
        articles=corpus.articles,
        matches=matches,
        topics=tuple(topics),
        stories=find_stories(corpus.articles),
        problems=corpus.problems,
        skipped=corpus.skipped,
    )


def _related(config: Config, topic_id: str, by_topic: dict[str, list[TopicMatch]]) -> tuple[RelatedTopic, ...]:
    mine = {m.article_id for m in by_topic[topic_id]}
    configured = set(config.topic(topic_id).related)
    out = []
    for other in config.topics:
        if other.id == topic_id:
            continue
        shared = tuple(sorted(mine & {m.article_id for m in by_topic[other.id]}))
        if shared or other.id in configured:
            out.append(RelatedTopic(other.id, other.id in configured, shared))
    return tuple(sorted(out, key=lambda r: (-len(r.shared_sources), r.topic_id)))
