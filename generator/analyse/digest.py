"""Assemble the whole digest in memory before anything is rendered or written."""

from __future__ import annotations

from ..config import Config
from ..models import Corpus, Digest, Entity, RelatedTopic, SourceSummary, StoryGroup, TopicDigest, TopicMatch
from .entities import EntitySetting, find_entities
from .figures import extract_figures, figure_checks
from .quotes import find_quotes, same_occasion, speaker_index
from .stories import find_stories
from .summarize import overview, summarize_for_topic
from .text import content_words
from .timeline import topic_timeline
from .topics import match_all


def build_digest(config: Config, corpus: Corpus) -> Digest:
    """Topics, per-source summaries, overviews, related topics, same-story groups, and the
    comparison of sources: figures, quotes, entities and timelines."""
    articles = {a.id: a for a in corpus.articles}
    # Each sentence's content words, read once and shared by stories, topics and summaries.
    stems = {a.id: [content_words(s.text) for s in a.sentences] for a in corpus.articles}
    stories = find_stories(corpus.articles, stems)
    entities = find_entities(corpus.articles, _entity_settings(config), stories)
    matches = match_all(config.topics, corpus.articles, stems)
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
                                              summary.min_sentences, summary.max_sentences, stems[m.article_id]),
            )
            for m in found
        )
        members = [articles[m.article_id] for m in found]
        topics.append(TopicDigest(
            topic_id=topic.id,
            sources=sources,
            overview=overview(members, relevance, summary.overview_sentences,
                              min_sentences=min(summary.min_sentences, summary.overview_sentences), stems=stems),
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
