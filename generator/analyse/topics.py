"""Topic relevance: per sentence, then per article, keeping the evidence (terms, sentences)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..config import TopicDef
from ..models import Article, TermHit, TopicMatch


@dataclass(frozen=True)
class CompiledTopic:
    """A topic with its terms turned into regular expressions."""

    topic: TopicDef
    terms: tuple[tuple[str, re.Pattern[str]], ...]
    requires: tuple[tuple[str, re.Pattern[str]], ...]


def compile_term(term: str) -> re.Pattern[str]:
    """Whole-word pattern for a term; exact case for terms in capitals, else case-insensitive."""
    letters = [c for c in term if c.isalpha()]
    exact = bool(letters) and all(c.isupper() for c in letters)
    body = r"\s+".join(re.escape(part) for part in term.split())
    return re.compile(rf"(?<![\w]){body}(?![\w])", 0 if exact else re.IGNORECASE)


def compile_topic(topic: TopicDef) -> CompiledTopic:
    return CompiledTopic(
        topic=topic,
        terms=tuple((t, compile_term(t)) for t in topic.terms),
        requires=tuple((t, compile_term(t)) for t in topic.requires_any),
    )


def sentence_hits(compiled: CompiledTopic, text: str) -> tuple[str, ...]:
    """The terms a sentence matches, or ``()`` if it is not relevant to the topic."""
    main = [t for t, rx in compiled.terms if rx.search(text)]
    if not main:
        return ()
    if compiled.requires:
        extra = [t for t, rx in compiled.requires if rx.search(text)]
        if not extra:
            return ()
        return tuple(main + extra)
    return tuple(main)


def match_article(compiled: CompiledTopic, article: Article) -> TopicMatch | None:
    """Score an article on a topic; ``None`` when it has too few relevant sentences."""
    counts: Counter[str] = Counter()
    scores: list[tuple[int, float]] = []
    for s in article.sentences:
        hits = sentence_hits(compiled, s.text)
        if hits:
            counts.update(set(hits))
            scores.append((s.index, float(len(set(hits)))))
    if len(scores) < compiled.topic.min_sentences:
        return None
    # Density of relevance, so a long article that mentions the topic in passing ranks below
    # a short one about it.
    score = round(sum(v for _, v in scores) / len(article.sentences), 4)
    terms = tuple(TermHit(t, c) for t, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return TopicMatch(compiled.topic.id, article.id, score, terms, tuple(scores))


def match_all(topics: tuple[TopicDef, ...], articles: tuple[Article, ...]) -> tuple[TopicMatch, ...]:
    """Every (topic, article) match, in topic order then by falling score."""
    out: list[TopicMatch] = []
    for topic in topics:
        compiled = compile_topic(topic)
        found = [m for a in articles if (m := match_article(compiled, a)) is not None]
        out += sorted(found, key=lambda m: (-m.score, m.article_id))
    return tuple(out)
