"""Same-story detection: articles that are near-copies or rewrites of one report.

Two articles tell the same story when many of their sentences have a close counterpart in the
other (a rewrite keeps the facts sentence by sentence even when it changes the words), not
merely when they share people and places.
"""

from __future__ import annotations

from itertools import combinations

from ..models import Article, StoryGroup
from .text import content_words, cosine, idf, tfidf

SENTENCE_MATCH = 0.4  # cosine above which two sentences carry the same content
SAME_STORY = 0.2  # share of the shorter article's sentences that must have a counterpart


def aligned_share(a: list[dict[str, float]], b: list[dict[str, float]]) -> float:
    """Share of sentences of the shorter article with a close counterpart in the other."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if not short:
        return 0.0
    hits = sum(1 for v in short if max((cosine(v, w) for w in long_), default=0.0) >= SENTENCE_MATCH)
    return hits / len(short)


def find_stories(articles: tuple[Article, ...]) -> tuple[StoryGroup, ...]:
    """Group articles telling the same story; only groups of two or more are returned."""
    words = {a.id: [content_words(s.text) for s in a.sentences] for a in articles}
    weights = idf([w for a in articles for w in words[a.id]])
    vectors = {a.id: [tfidf(w, weights) for w in words[a.id]] for a in articles}
    parent = {a.id: a.id for a in articles}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    evidence: list[tuple[str, str, float]] = []
    for a, b in combinations(sorted(parent), 2):
        share = aligned_share(vectors[a], vectors[b])
        if share >= SAME_STORY:
            evidence.append((a, b, round(share, 3)))
            ra, rb = find(a), find(b)
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for aid in sorted(parent):
        groups.setdefault(find(aid), []).append(aid)
    stories = []
    for members in groups.values():
        if len(members) < 2:
            continue
        pairs = tuple(e for e in evidence if e[0] in members)
        stories.append(StoryGroup(id=f"story-{members[0]}", article_ids=tuple(members), similarity=pairs))
    return tuple(sorted(stories, key=lambda g: g.id))
