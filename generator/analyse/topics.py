"""Topic relevance: per sentence, then per article, keeping the evidence (terms, sentences).

A topic is defined by a few terms (``topics.yml``). A sentence is relevant when it matches one
of them (and one of ``requires_any``, if given). With ``expand``, the corpus adds terms of its
own (:func:`expand_topics`): the articles the topic's terms pick out better than any other
topic's are its examples, and the words far more common in them than elsewhere join the topic,
each with a weight. Nothing is learnt from labels, only from the topic's own terms and the
corpus. Every match keeps which terms (given or learnt) and which sentences made it.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any, cast

from ..config import TopicDef
from ..models import Article, Memo, TermHit, TopicMatch
from .text import content_words, stem

EXPAND_ROUNDS = 2  # rounds of: pick each topic's examples, learn its words
EXPAND_MIN_DF = 3  # a learnt word appears in at least this many of the topic's examples
EXPAND_MAX_WEIGHT = 1.0  # a learnt word counts at most as much as a given term
EXPAND_MIN_RATIO = 2.0  # and is at least this many times as common in the examples as elsewhere
# An article joins a topic only when at least one sentence in twelve is relevant (and at least
# the topic's min_sentences): a 400-sentence photo gallery does not join "air safety" on one
# sentence about an airport (it needs 33). Chosen with `python -m benchmarks.topics` on the
# Multi-News topics of that benchmark, even clusters: membership macro-F1 0.61 with no share
# rule, 0.68 at 1/12; odd clusters 0.69 -> 0.79; BBC macro-F1 0.951 either way. A stricter
# 0.10 (rounded up) scored 0.72 / 0.85 but took seeds 002 and 003 off a "NATO enlargement"
# topic that names Sweden's bid in 2 of 22 and 1 of 23 sentences (tests/test_config.py).
MIN_SHARE = 1 / 12
# A learnt word's weight is rounded to this many decimals, so that one more article (which moves
# the counts behind every weight a little) leaves nearly all of them as they were, and with them
# the match of every article that has none of the words that moved: those matches, and the
# summaries made from them, are then taken from the last build (see :class:`Matcher`).
LEARNT_PLACES = 2


@dataclass(frozen=True)
class CompiledTopic:
    """A topic with its terms turned into regular expressions, and the words learnt from the corpus."""

    topic: TopicDef
    terms: tuple[tuple[str, re.Pattern[str]], ...]
    requires: tuple[tuple[str, re.Pattern[str]], ...]
    learnt: tuple[tuple[str, float], ...] = ()  # (word stem, weight), best first
    # A term that is one run of word characters matches exactly when the sentence has that
    # word (a set look-up, no regex per sentence): (word, exact case) per term, None for the
    # others (several words, punctuation), which keep their pattern.
    keys: tuple[tuple[str, bool] | None, ...] = ()
    given_stems: frozenset[str] = frozenset()  # stems of the one-word given terms
    # A quick "no term here" test before the per-term list: the exact-case and lower-case
    # one-word keys, and the patterns of the other terms.
    exact_keys: frozenset[str] = frozenset()
    lower_keys: frozenset[str] = frozenset()
    patterns: tuple[re.Pattern[str], ...] = ()

    @property
    def learnt_weights(self) -> dict[str, float]:
        return dict(self.learnt)

    @cached_property
    def learnt_words(self) -> frozenset[str]:
        """The learnt stems as a set, built once per topic (a sentence's words meet it by set
        intersection)."""
        return frozenset(w for w, _ in self.learnt)


def compile_term(term: str) -> re.Pattern[str]:
    """Whole-word pattern for a term; exact case for terms in capitals, else case-insensitive."""
    letters = [c for c in term if c.isalpha()]
    exact = bool(letters) and all(c.isupper() for c in letters)
    body = r"\s+".join(re.escape(part) for part in term.split())
    return re.compile(rf"(?<![\w]){body}(?![\w])", 0 if exact else re.IGNORECASE)


def compile_topic(topic: TopicDef) -> CompiledTopic:
    terms = tuple((t, compile_term(t)) for t in topic.terms)
    keys = tuple(_key(t, rx) for t, rx in terms)
    return CompiledTopic(
        topic=topic,
        terms=terms,
        requires=tuple((t, compile_term(t)) for t in topic.requires_any),
        keys=keys,
        exact_keys=frozenset(k[0] for k in keys if k is not None and k[1]),
        lower_keys=frozenset(k[0] for k in keys if k is not None and not k[1]),
        patterns=tuple(rx for (_, rx), k in zip(terms, keys) if k is None),
        given_stems=frozenset(stem(t) for t in topic.terms if " " not in t),
    )


_WORD_RUN = re.compile(r"\w+")

# The words of a sentence as written and in lower case, for the set look-ups of one-word terms.
Words = tuple[frozenset[str], frozenset[str]]


def sentence_words(text: str) -> Words:
    found = frozenset(_WORD_RUN.findall(text))
    return found, frozenset(w.lower() for w in found)


def _key(term: str, rx: re.Pattern[str]) -> tuple[str, bool] | None:
    if not _WORD_RUN.fullmatch(term):
        return None
    exact = not rx.flags & re.IGNORECASE
    return (term if exact else term.lower()), exact


def sentence_hits(compiled: CompiledTopic, text: str, words: Words | None = None) -> tuple[str, ...]:
    """The given terms a sentence matches, or ``()`` if it is not relevant to the topic."""
    as_written, lower = words if words is not None else sentence_words(text)
    if (compiled.keys and compiled.exact_keys.isdisjoint(as_written) and compiled.lower_keys.isdisjoint(lower)
            and not any(rx.search(text) for rx in compiled.patterns)):
        return ()
    keys = compiled.keys or (None,) * len(compiled.terms)
    main = [t for (t, rx), key in zip(compiled.terms, keys)
            if (key[0] in (as_written if key[1] else lower) if key is not None else rx.search(text))]
    if not main:
        return ()
    if compiled.requires:
        extra = [t for t, rx in compiled.requires if rx.search(text)]
        if not extra:
            return ()
        return tuple(main + extra)
    return tuple(main)


def _sentence_evidence(compiled: CompiledTopic, text: str, stems: Collection[str] | None,
                       learnt: dict[str, float], words: Words | None = None,
                       found: tuple[str, ...] | None = None) -> tuple[tuple[str, ...], float]:
    """The terms a sentence matches (given, then learnt) and its relevance to the topic;
    ``found``: its :func:`sentence_hits`, when known."""
    hits = list(sentence_hits(compiled, text, words) if found is None else found)
    value = float(len(set(hits)))
    if learnt and stems is not None and not compiled.requires:
        given = compiled.given_stems
        for w in sorted(compiled.learnt_words.intersection(stems)):
            if w not in given:
                hits.append(w)
                value += learnt[w]
    return tuple(hits), value


def match_article(compiled: CompiledTopic, article: Article,
                  stems: Sequence[Collection[str]] | None = None, min_share: float = MIN_SHARE,
                  words: Sequence[Words] | None = None,
                  given: Mapping[int, tuple[str, ...]] | None = None) -> TopicMatch | None:
    """Score an article on a topic; ``None`` when it has too few relevant sentences.

    A sentence is relevant when it matches a given term, or learnt words worth at least one
    given term between them. The article needs ``max(min_sentences, ⌊min_share × its
    sentences⌋)`` relevant sentences, so a long article does not join on one passing mention.
    ``stems`` (the content words of each sentence, as a list or a frozenset) saves recomputing;
    so does ``given`` (sentence index → its :func:`sentence_hits`, sentences without any left out).
    """
    learnt = compiled.learnt_weights
    if learnt and stems is None:
        stems = [content_words(s.text) for s in article.sentences]
    counts: Counter[str] = Counter()
    scores: list[tuple[int, float]] = []
    total = 0.0
    for s in article.sentences:
        hits, value = _sentence_evidence(compiled, s.text, stems[s.index] if stems is not None else None, learnt,
                                         words[s.index] if words is not None else None,
                                         None if given is None else given.get(s.index, ()))
        if not hits:
            continue
        total += value
        if value >= 1.0:
            counts.update(set(hits))
            scores.append((s.index, round(value, 4)))
    if len(scores) < max(compiled.topic.min_sentences,
                         math.floor(min_share * len(article.sentences) + 1e-9)):
        return None
    # Density of relevance, so a long article that mentions the topic in passing ranks below
    # a short one about it.
    score = round(total / len(article.sentences), 4)
    terms = tuple(TermHit(t, c) for t, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return TopicMatch(compiled.topic.id, article.id, score, terms, tuple(scores))


def expand_topics(compiled: Sequence[CompiledTopic], articles: Sequence[Article],
                  stem_sets: Mapping[str, Sequence[Collection[str]]] | None = None,
                  given: Sequence[dict[str, dict[int, tuple[str, ...]]]] | None = None,
                  matcher: Matcher | None = None) -> list[CompiledTopic]:
    """Let the corpus add words to each topic that asks for it (``expand`` > 0).

    Each round, every article is an example of the topic that scores it highest (if any does);
    then each topic learns up to ``expand`` words that many of its examples use and that are
    at least :data:`EXPAND_MIN_RATIO` times as common there as in the other articles, weighted
    by how much more common (log ratio, at most :data:`EXPAND_MAX_WEIGHT`). ``stem_sets`` (each
    sentence's content words, by article) saves recomputing them, and so does ``given`` (per
    topic, :func:`given_hits`); ``matcher`` takes the matches the last build made.
    """
    match = matcher or Matcher()
    if not any(c.topic.expand > 0 for c in compiled) or not articles:
        return list(compiled)
    if stem_sets is None:
        stem_sets = _stem_sets(articles)
    if given is None:
        given = all_given_hits(compiled, articles)
    stems = stem_sets
    df: Counter[str] = Counter()
    for a in articles:
        df.update(frozenset().union(*stems[a.id]))
    n = len(articles)
    current = list(compiled)
    for _ in range(EXPAND_ROUNDS):
        examples: dict[str, list[Article]] = {c.topic.id: [] for c in current}
        loose = [replace(c, topic=replace(c.topic, min_sentences=1)) for c in current]
        for a in articles:
            best, best_score = None, 0.0
            scores = match.scores(loose, a, stems[a.id], 0.0, [hits.get(a.id, {}) for hits in given])
            for c, score in zip(loose, scores, strict=True):
                if score is not None and score > best_score:
                    best, best_score = c.topic.id, score
            if best is not None:
                examples[best].append(a)
        learnt = []
        for c in current:
            chosen = examples[c.topic.id]
            if c.topic.expand <= 0 or not chosen:
                learnt.append(c)
                continue
            inside: Counter[str] = Counter()
            for a in chosen:
                inside.update(frozenset().union(*stems[a.id]))
            k, rest = len(chosen), max(n - len(chosen), 1)
            ranked = []
            for w, d in inside.items():
                if d < EXPAND_MIN_DF:
                    continue
                p_in, p_out = d / k, (df[w] - d + 0.5) / rest
                ratio = p_in / p_out
                if ratio >= EXPAND_MIN_RATIO:
                    ranked.append((p_in * math.log(ratio), w, min(math.log(ratio) / 3.0, EXPAND_MAX_WEIGHT)))
            ranked.sort(key=lambda t: (-t[0], t[1]))
            words = tuple((w, round(weight, LEARNT_PLACES)) for _, w, weight in ranked[: c.topic.expand])
            learnt.append(replace(c, learnt=words))
        current = learnt
    return current


class Matcher:
    """:func:`match_article` of one article on every topic, taking from ``memo`` (see
    :class:`~generator.models.Memo`) what the last build made from the same inputs. A match
    reads the topic (its settings and given terms), the article's text (its sentences, their
    words, the given terms they hold), the share rule, and the weights of the learnt words the
    article has, nothing else: for all the topics at once, those make the article's key (one
    entry per article, not per article and topic: the memo stays small). ``text_key`` gives an
    article's text key (a hash of its sentences)."""

    def __init__(self, memo: Memo | None = None, text_key: Callable[[Article], str] | None = None) -> None:
        self.memo = memo
        self.text_key = text_key or _text_key
        self._topics: dict[TopicDef, str] = {}
        self._weights: dict[int, tuple[CompiledTopic, dict[str, float]]] = {}  # learnt weights, read once per topic

    def _key(self, kind: str, topics: Sequence[CompiledTopic], article: Article,
             stems: Sequence[Collection[str]] | None, min_share: float) -> str:
        parts = [kind, repr(min_share), self.text_key(article)]
        union: frozenset[str] | None = None  # the article's words, found once for every topic
        for c in topics:
            topic = self._topics.get(c.topic)
            if topic is None:
                topic = self._topics[c.topic] = repr(c.topic)
            parts.append(topic)
            if c.learnt and stems is not None and not c.requires:
                if union is None:
                    union = frozenset().union(*stems)
                learnt = self._weights.get(id(c))
                if learnt is None or learnt[0] is not c:
                    learnt = self._weights[id(c)] = (c, c.learnt_weights)
                parts += [f"{w}\0{learnt[1][w]!r}" for w in sorted(c.learnt_words.intersection(union))]
        return hashlib.sha256("\x01".join(parts).encode("utf-8", "surrogatepass")).hexdigest()

    def matches(self, topics: Sequence[CompiledTopic], article: Article, stems: Sequence[Collection[str]] | None,
                min_share: float, given: Sequence[Mapping[int, tuple[str, ...]]]) -> list[TopicMatch | None]:
        """The article's match on each topic (None: no match); ``given``: its given-term hits per topic."""
        def made() -> list[TopicMatch | None]:
            return [match_article(c, article, stems, min_share=min_share, given=g)
                    for c, g in zip(topics, given, strict=True)]

        memo = self.memo
        if memo is None:
            return made()
        key = self._key("topic-matches", topics, article, stems, min_share)
        n = len(article.sentences)
        kept = memo.take(key, lambda v: isinstance(v, list) and len(v) == len(topics) and all(_fits(x, n) for x in v))
        if kept is not None:
            out: list[TopicMatch | None] = []
            for c, x in zip(topics, cast("list[list[Any]]", kept), strict=True):
                if not x:
                    out.append(None)
                    continue
                score, terms, scores = x
                out.append(TopicMatch(c.topic.id, article.id, score, tuple(TermHit(t, k) for t, k in terms),
                                      tuple((i, v) for i, v in scores)))
            return out
        found = made()
        memo.keep(key, [[] if m is None else [m.score, [[t.term, t.count] for t in m.terms],
                                              [[i, v] for i, v in m.sentence_scores]] for m in found])
        return found

    def scores(self, topics: Sequence[CompiledTopic], article: Article, stems: Sequence[Collection[str]] | None,
               min_share: float, given: Sequence[Mapping[int, tuple[str, ...]]]) -> list[float | None]:
        """Only each match's score (None: no match), as the expansion rounds read it: kept as
        numbers, not whole matches."""
        def made() -> list[float | None]:
            return [None if m is None else m.score
                    for m in (match_article(c, article, stems, min_share=min_share, given=g)
                              for c, g in zip(topics, given, strict=True))]

        memo = self.memo
        if memo is None:
            return made()
        key = self._key("topic-scores", topics, article, stems, min_share)
        kept = memo.take(key, lambda v: isinstance(v, list) and len(v) == len(topics)
                         and all(type(x) is float or x is False for x in v))
        if kept is not None:
            return [None if x is False else x for x in cast("list[Any]", kept)]
        found = made()
        memo.keep(key, [False if x is None else x for x in found])
        return found


def _text_key(article: Article) -> str:
    return hashlib.sha256("\0".join(s.text for s in article.sentences).encode("utf-8", "surrogatepass")).hexdigest()


def _fits(v: object, n: int) -> bool:
    """Whether a kept match has the shape of one: [] (no match) or [score, terms, sentence scores]."""
    if not isinstance(v, list):
        return False
    if not v:
        return True
    if len(v) != 3 or type(v[0]) is not float or not isinstance(v[1], list) or not isinstance(v[2], list):
        return False
    return (all(isinstance(t, list) and len(t) == 2 and type(t[0]) is str and type(t[1]) is int for t in v[1])
            and all(isinstance(x, list) and len(x) == 2 and type(x[0]) is int and 0 <= x[0] < n
                    and type(x[1]) is float for x in v[2]))


def match_all(topics: tuple[TopicDef, ...], articles: tuple[Article, ...],
              stems: Mapping[str, Sequence[Sequence[str]]] | None = None,
              matcher: Matcher | None = None) -> tuple[TopicMatch, ...]:
    """Every (topic, article) match, in topic order then by falling score. ``stems`` (article
    id → each sentence's content words) saves recomputing them; ``matcher`` takes the matches
    the last build made from the same."""
    match = matcher or Matcher()
    first = [compile_topic(t) for t in topics]
    expanding = any(c.topic.expand > 0 for c in first) and bool(articles)
    stem_sets = _stem_sets(articles, stems) if expanding else None
    # The given terms each sentence matches do not change as topics learn words: found once.
    given = all_given_hits(first, articles, match)
    compiled = expand_topics(first, articles, stem_sets, given, match)
    sets = None
    if any(c.learnt for c in compiled):
        sets = stem_sets if stem_sets is not None else _stem_sets(articles, stems)
    found: list[list[TopicMatch]] = [[] for _ in compiled]
    for a in articles:
        for kept, m in zip(found, match.matches(compiled, a, sets[a.id] if sets else None, MIN_SHARE,
                                                [hits.get(a.id, {}) for hits in given]), strict=True):
            if m is not None:
                kept.append(m)
    out: list[TopicMatch] = []
    for matched in found:
        out += sorted(matched, key=lambda m: (-m.score, m.article_id))
    return tuple(out)


def _stem_sets(articles: Sequence[Article],
               stems: Mapping[str, Sequence[Sequence[str]]] | None = None) -> Mapping[str, Sequence[Collection[str]]]:
    """Each sentence's content words, by article: ``stems`` as they are (what reads them only
    takes unions and intersections, so no set copy of every sentence is made: those copies were
    the largest part of the topics step's memory), else read from the text."""
    if stems is not None:
        return stems
    return {a.id: [frozenset(content_words(s.text)) for s in a.sentences] for a in articles}


def all_given_hits(compiled: Sequence[CompiledTopic], articles: Sequence[Article],
                   matcher: Matcher | None = None) -> list[dict[str, dict[int, tuple[str, ...]]]]:
    """:func:`given_hits` of every topic, each article's words read once for all topics and dropped
    (or, with a ``matcher`` that has a memo, taken from the last build for an article whose text
    and the topics' given terms are the same)."""
    out: list[dict[str, dict[int, tuple[str, ...]]]] = [{} for _ in compiled]
    memo = matcher.memo if matcher is not None else None
    topics = repr([c.topic for c in compiled]) if memo is not None else ""
    for a in articles:
        key = ""
        if memo is not None and matcher is not None:
            key = hashlib.sha256(f"given-hits\x01{topics}\x01{matcher.text_key(a)}".encode(
                "utf-8", "surrogatepass")).hexdigest()
            kept = memo.take(key, functools.partial(_fits_given, topics=len(compiled), n=len(a.sentences)))
            if kept is not None:
                for found, pairs in zip(out, cast("list[list[list[Any]]]", kept), strict=True):
                    if pairs:
                        found[a.id] = {i: tuple(terms) for i, terms in pairs}
                continue
        written = {a.id: [sentence_words(s.text) for s in a.sentences]}
        made = [given_hits(c, (a,), written).get(a.id, {}) for c in compiled]
        for found, hits in zip(out, made, strict=True):
            if hits:
                found[a.id] = hits
        if memo is not None:
            memo.keep(key, [[[i, list(terms)] for i, terms in hits.items()] for hits in made])
    return out


def _fits_given(v: object, topics: int, n: int) -> bool:
    """Whether kept given-term hits have their shape: per topic, [sentence index, [term, …]] pairs."""
    return (isinstance(v, list) and len(v) == topics
            and all(isinstance(hits, list) and all(
                isinstance(h, list) and len(h) == 2 and type(h[0]) is int and 0 <= h[0] < n
                and isinstance(h[1], list) and h[1] and all(type(t) is str for t in h[1]) for h in hits)
                for hits in v))


def given_hits(compiled: CompiledTopic, articles: Sequence[Article],
               written: dict[str, list[Words]]) -> dict[str, dict[int, tuple[str, ...]]]:
    """Article id → sentence index → the given terms it matches (:func:`sentence_hits`), for the
    sentences that match any."""
    out: dict[str, dict[int, tuple[str, ...]]] = {}
    for a in articles:
        words = written[a.id]
        found = {s.index: h for s in a.sentences if (h := sentence_hits(compiled, s.text, words[s.index]))}
        if found:
            out[a.id] = found
    return out
