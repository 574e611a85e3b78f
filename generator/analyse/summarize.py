"""Choose summary sentences: per source for a topic, and an overview across sources.

Every chosen sentence is a sentence of its article, verbatim; we only choose and order.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..models import Article, Sentence, SentenceRef
from .text import content_words, cosine, idf, jaccard, tfidf

REDUNDANT = 0.5  # content-word Jaccard above which two sentences say the same thing
# Sentences that lean on the one before ("He said…", "This…") read badly out of context.
_DANGLING = re.compile(r"^[“\"']?(He|She|They|It|This|That|These|Those|His|Her|Their|But|And|So|Also)\b")


def standalone_penalty(text: str) -> float:
    """1.0 for a sentence that reads on its own, less for one that needs its neighbour."""
    return 0.6 if _DANGLING.match(text) else 1.0


def summarize_for_topic(article: Article, relevance: Mapping[int, float], min_sentences: int,
                        max_sentences: int) -> tuple[int, ...]:
    """Pick 2–4 sentences of ``article`` most relevant to a topic, in original order.

    ``relevance`` maps sentence index to topic relevance; centrality within the article
    breaks ties, and no chosen sentence repeats another.
    """
    words = [content_words(s.text) for s in article.sentences]
    weights = idf(words)
    vectors = [tfidf(w, weights) for w in words]
    relevant = [s for s in article.sentences if relevance.get(s.index, 0) > 0]
    centre = _centroid([vectors[s.index] for s in relevant] or vectors)

    def score(s: Sentence) -> float:
        return (relevance.get(s.index, 0.0) + cosine(vectors[s.index], centre)) * standalone_penalty(s.text)

    ranked = sorted(article.sentences, key=lambda s: (-score(s), s.index))
    chosen: list[Sentence] = []
    for s in ranked:
        if len(chosen) >= max_sentences:
            break
        if len(chosen) >= min_sentences and (relevance.get(s.index, 0) == 0 or score(s) < 0.5 * score(chosen[0])):
            break
        if any(jaccard(words[s.index], words[c.index]) > REDUNDANT for c in chosen):
            continue
        chosen.append(s)
    return tuple(sorted(s.index for s in chosen))


def overview(articles: Sequence[Article], relevance: Mapping[str, Mapping[int, float]],
             count: int) -> tuple[SentenceRef, ...]:
    """The most central relevant sentences across sources, no two alike, best first.

    A sentence is central when other sources carry its content too: the overview shows the
    common picture, and the per-source sections show what each adds.
    """
    pool: list[tuple[Article, Sentence]] = [
        (a, s) for a in articles for s in a.sentences if relevance.get(a.id, {}).get(s.index, 0) > 0
    ]
    if not pool:
        return ()
    words = [content_words(s.text) for _, s in pool]
    weights = idf([content_words(s.text) for a in articles for s in a.sentences])
    vectors = [tfidf(w, weights) for w in words]
    centre = _centroid(vectors)
    scores = []
    for i, (a, s) in enumerate(pool):
        support = max((cosine(vectors[i], vectors[j]) for j, (b, _) in enumerate(pool) if b.id != a.id), default=0.0)
        value = (cosine(vectors[i], centre) + 0.5 * support + 0.1 * relevance[a.id][s.index])
        scores.append((value * standalone_penalty(s.text), i))
    scores.sort(key=lambda t: (-t[0], pool[t[1]][0].id, pool[t[1]][1].index))
    chosen: list[int] = []
    for _, i in scores:
        if len(chosen) >= count:
            break
        if any(jaccard(words[i], words[j]) > 0.35 or cosine(vectors[i], vectors[j]) > 0.5 for j in chosen):
            continue
        chosen.append(i)
    return tuple(SentenceRef(pool[i][0].id, pool[i][1].index) for i in chosen)


def _centroid(vectors: Sequence[Mapping[str, float]]) -> dict[str, float]:
    total: dict[str, float] = {}
    for v in vectors:
        for w, x in v.items():
            total[w] = total.get(w, 0.0) + x
    norm = sum(x * x for x in total.values()) ** 0.5 or 1.0
    return {w: x / norm for w, x in total.items()}
