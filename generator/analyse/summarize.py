"""Choose summary sentences: per source for a topic, and an overview across sources.

Every chosen sentence is a sentence of its article, verbatim; we only choose and order.

One mechanism serves every case (:func:`summarize`): the *generic* mode (no topic: the
benchmarks' Multi-News overview and BBC single-article summaries) and the *topic-focused* mode
(``relevance`` given: only sentences relevant to the topic can be chosen, and the more relevant
ones are preferred). It works like this:

1. **Candidates.** Sentences that cannot stand in a summary are set aside: page junk that
   survived cleaning ("Tweet with a location", "Click here", a bare headline with no final
   punctuation), fragments of a few words, and run-ons. Sentences that lean on the one before
   ("He said…", "But…") are kept but marked down.
2. **Concepts.** The content is the set of content-word stems and stem bigrams. A concept is
   worth more the more sentences, and (across sources) the more sources, carry it: what many
   reports repeat is the core of the story.
3. **Greedy coverage.** Repeatedly take the sentence that covers the most not-yet-covered
   concept weight per word, scaled by its position (news puts the essentials first) and its
   reading quality; once chosen, its concepts count for little, so the next pick adds new
   content instead of repeating it. A sentence too close to one already chosen is never taken.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..models import Article, SentenceRef
from .text import content_words, cosine, idf, tfidf

# Sentences that lean on the one before ("He said…", "This…") read badly out of context.
_DANGLING = re.compile(
    r"^[“\"'‘]?(He|She|They|It|This|That|These|Those|His|Her|Their|Its|But|And|So|Also|However|Still|Yet|"
    r"Meanwhile|Instead|Then|Such|Both|The two|Another|Other|In addition|As a result|Even so)\b"
)
# Page junk that survived cleaning: social buttons, prompts, credits, bylines, legal lines.
_JUNK = re.compile(  # searched in the lower-cased sentence
    r"tweet with a location|add location information|click here|sign up|subscribe|newsletter|"
    r"advertisement|all rights reserved|copyright|getty images|photo(?:graph)?:|image:|credit:|"
    r"follow (?:us|him|her|them) on|on (?:twitter|facebook|instagram)|@\w|https?://|www\.|\.com\b|"
    r"e-?mail|read more|watch:|video:|listen:|related:|we welcome|"
    r"this (?:material|story|article) (?:may not|has been)|share (?:this|on)|javascript|cookies|"
    r"your browser|learn more|terms of (?:use|service)|privacy policy|unsubscribe|contributed to this report|"
    # a player or gallery prompt ("Watch … in the clip above"), a crowdfunding perk, a file photo
    r"^watch\b|\b(?:clip|video|footage|photos?|gallery|slideshow|player) (?:(?:shown |seen )?(?:here|above|below))\b|"
    r"stretch goal|"
    r"everyone who (?:donates|pledges)|\bfile photo\b|\(associated press\)$"
)
# A run of four words in capitals is a banner or a call to action ("GET THIS VIDEO TO 100,000 likes!").
_SHOUT = re.compile(r"\b(?:[A-Z][A-Z'’]+\b[^a-z0-9]{1,3}){4}")
_FINAL = re.compile(r"[.!?][\"'”’)\]]*$")
MIN_WORDS = 6
DANGLING_PENALTY = 0.4
MAX_WORDS = 60


def standalone_penalty(text: str) -> float:
    """1.0 for a sentence that reads on its own, less for one that needs its neighbour."""
    return DANGLING_PENALTY if _DANGLING.match(text) else 1.0


def quality(text: str) -> float:
    """How fit a sentence is to stand in a summary: 0 for junk and fragments, up to 1.

    Leaning on the sentence before is judged apart (:func:`standalone_penalty`), since it
    depends on what else is chosen."""
    words = text.split()
    if len(words) < MIN_WORDS or not _FINAL.search(text) or _JUNK.search(text.lower()):
        return 0.0
    if text.isupper() or _SHOUT.search(text):
        return 0.0  # shouting: a banner, a heading or a call to action
    if text.count("|") or text.endswith(":"):
        return 0.0
    value = 1.0
    if len(words) > MAX_WORDS:
        value *= 0.5
    if text.endswith("?"):
        value *= 0.7  # a question rarely states the news
    return value


@dataclass
class _Candidate:
    ref: SentenceRef
    article: int  # position of the article in the input
    position: int  # rank of the sentence among its article's candidates
    words: int
    stems: Sequence[str]
    concepts: set[str]  # its words and word pairs that weigh anything (set once the weights are known)
    quality: float
    relevance: float
    dangling: bool


def _concepts(stems: Sequence[str]) -> set[str]:
    return set(stems) | {f"{a} {b}" for a, b in pairwise(stems)}


@dataclass(frozen=True)
class Profile:
    """The knobs of :func:`summarize`, one set per kind of input."""

    position_decay: float  # how fast a sentence's worth falls with its place in the article
    covered: float  # what an already-covered concept is still worth (1.0: no discount)
    word_cost: float  # exponent of a sentence's length in its cost, under a word budget
    slot_cost: float  # the same under a sentence budget (a slot costs about the same, long or short)
    log_counts: bool  # concept weight grows with the log of its count (else linearly)
    bigram: float  # weight of a stem bigram relative to a single stem
    min_count: int  # sentences a concept must appear in to count at all
    redundant: float  # content-word Jaccard above which a sentence repeats a chosen one
    contained: float  # share of the shorter one's content words above which it repeats a chosen one
    every_mention: bool = False  # a word counts each time the sentence uses it (else once)
    similar: float = 0.0  # tf-idf cosine at or above which a sentence repeats a chosen one (0: off)


# Several sources (a topic overview; measured on Multi-News): what several sources repeat,
# placed early, covered once.
ACROSS = Profile(position_decay=0.08, covered=0.1, word_cost=0.7, slot_cost=0.3, log_counts=True,
                 bigram=2.0, min_count=2, redundant=0.35, contained=0.5, similar=0.25)
# One source (per-source summaries; measured on BBC): the sentences carrying the article's
# most frequent content, never two alike.
WITHIN = Profile(position_decay=0.0, covered=1.0, word_cost=0.7, slot_cost=0.0, log_counts=False,
                 bigram=0.0, min_count=2, redundant=0.5, contained=0.8, every_mention=True)


def summarize(articles: Sequence[Article], *, relevance: Mapping[str, Mapping[int, float]] | None = None,
              max_sentences: int | None = None, max_words: int | None = None, min_sentences: int | None = None,
              floor: float | None = None, profile: Profile | None = None,
              stems: Mapping[str, Sequence[Sequence[str]]] | None = None,
              quality: Mapping[str, Sequence[float]] | None = None) -> tuple[SentenceRef, ...]:
    """The summary of ``articles``: sentences in the order chosen, best first.

    ``relevance`` (article id → sentence index → relevance) makes it topic-focused: only
    sentences with relevance above zero can be chosen, the more relevant preferred. Without it
    the summary is generic. Stops after ``max_sentences`` sentences, or once the chosen
    sentences reach ``max_words`` words (the last one may overrun: cut it if the budget is
    strict). With ``min_sentences``, stops early once that many are chosen and the next best
    would not read on its own, or (with ``floor``) is worth less than ``floor`` times the first. A sentence that leans on the
    one before ("He said…") is marked down unless that one is chosen too, and then follows it.
    ``profile`` defaults to :data:`ACROSS` for several articles, :data:`WITHIN` for one.
    ``stems`` (article id → each sentence's content words) and ``quality`` (article id → each
    sentence's :func:`quality`) save recomputing them.
    """
    if max_sentences is None and max_words is None:
        raise ValueError("give max_sentences or max_words")
    p = profile or (ACROSS if len(articles) > 1 else WITHIN)
    pool = _candidates(articles, relevance, stems, quality)
    if not pool:
        return ()
    weights = _weights(pool, len(articles), p)
    # A concept without weight changes no sum and no choice below: each candidate keeps only those
    # with one (most word pairs are said once; every candidate's were most of a large topic's memory).
    for c in pool:
        c.concepts = {k for k in _concepts(c.stems) if k in weights}
    # The cost of a sentence is what the budget counts: its words under a word budget, one
    # slot (nearly flat in its length) under a sentence budget.
    exponent = p.word_cost if max_words is not None else p.slot_cost
    static = [c.words ** -exponent / (1.0 + p.position_decay * c.position) * c.quality * (1.0 + c.relevance)
              for c in pool]
    # Float sums in a fixed order (sorted, not set order), so ties break alike under any hash seed.
    gain = [sum(weights.get(k, 0.0) for k in (c.stems if p.every_mention else sorted(c.concepts))) for c in pool]
    holders: dict[str, list[int]] = {}
    for i, c in enumerate(pool):
        for k in c.concepts:
            if k in weights:
                holders.setdefault(k, []).append(i)
    chosen: list[int] = []
    keys: set[tuple[str, int]] = set()
    covered: set[str] = set()
    remaining = set(range(len(pool)))
    total_words, first = 0, 0.0
    # Two sources rarely word the same fact alike ("equipment sent to Russia" / "hardware
    # reaching Russia"): across sources, weighted overlap of rarer words also marks a repeat.
    vectors = _vectors(articles, pool, stems) if p.similar else None
    while remaining:
        if max_sentences is not None and len(chosen) >= max_sentences:
            break
        if max_words is not None and total_words >= max_words:
            break
        best, best_score = -1, -1.0
        for i in remaining:
            c = pool[i]
            score = gain[i] * static[i]
            if c.dangling and (c.ref.article_id, c.ref.index - 1) not in keys:
                score *= DANGLING_PENALTY
            if score > best_score or (score == best_score and i < best):
                best, best_score = i, score
        c = pool[best]
        if min_sentences is not None and len(chosen) >= min_sentences:
            alone = not c.dangling or (c.ref.article_id, c.ref.index - 1) in keys
            if not alone or (floor is not None and best_score < floor * first):
                break
        remaining.discard(best)
        if any(repeats(c.stems, pool[j].stems, p) for j in chosen):
            continue
        if vectors is not None and any(cosine(vectors[best], vectors[j]) >= p.similar for j in chosen):
            continue
        if not chosen:
            first = best_score
        chosen.append(best)
        keys.add((c.ref.article_id, c.ref.index))
        total_words += c.words
        for k in sorted(c.concepts - covered):
            covered.add(k)
            w = weights.get(k, 0.0) * (1.0 - p.covered)
            for j in holders.get(k, ()):
                gain[j] -= w
    return _follow(tuple(pool[i].ref for i in chosen), {pool[i].ref for i in chosen if pool[i].dangling})


def _follow(refs: tuple[SentenceRef, ...], dangling: set[SentenceRef]) -> tuple[SentenceRef, ...]:
    """Move each chosen sentence that leans on its predecessor right after it, when chosen."""
    moved = [r for r in refs if r in dangling and SentenceRef(r.article_id, r.index - 1) in refs]
    out = [r for r in refs if r not in moved]
    for r in sorted(moved, key=lambda r: (r.article_id, r.index)):  # a chain follows in order
        out.insert(out.index(SentenceRef(r.article_id, r.index - 1)) + 1, r)
    return tuple(out)


def repeats(a: Sequence[str], b: Sequence[str], p: Profile = ACROSS) -> bool:
    """Whether two sentences (their content words) say the same thing: they share most of
    their words, or nearly all of the shorter one's words are in the other."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return False
    shared = len(sa & sb)
    return shared / len(sa | sb) > p.redundant or shared / min(len(sa), len(sb)) > p.contained


class _Vectors(dict[int, dict[str, float]]):
    """Each candidate's tf-idf vector, made when it is first compared: only the candidates that
    come up to be chosen are, and every candidate's vector made at once was most of the memory
    the overview of a large topic took."""

    def __init__(self, pool: Sequence[_Candidate], weights: dict[str, float]) -> None:
        super().__init__()
        self.pool = pool
        self.weights = weights

    def __missing__(self, i: int) -> dict[str, float]:
        made = self[i] = tfidf(self.pool[i].stems, self.weights)
        return made


def _vectors(articles: Sequence[Article], pool: Sequence[_Candidate],
             stems: Mapping[str, Sequence[Sequence[str]]] | None = None) -> _Vectors:
    """tf-idf vectors of the candidates (by index in ``pool``), word rarity taken over every
    sentence of the input."""
    if stems is not None:
        weights = idf([stems[a.id][s.index] for a in articles for s in a.sentences])
    else:
        weights = idf([content_words(s.text) for a in articles for s in a.sentences])
    return _Vectors(pool, weights)


def _candidates(articles: Sequence[Article], relevance: Mapping[str, Mapping[int, float]] | None,
                known: Mapping[str, Sequence[Sequence[str]]] | None = None,
                fitness: Mapping[str, Sequence[float]] | None = None) -> list[_Candidate]:
    pool: list[_Candidate] = []
    for ai, a in enumerate(articles):
        rel = relevance.get(a.id, {}) if relevance is not None else None
        sentences = [s for s in a.sentences if rel is None or rel.get(s.index, 0) > 0]
        given = fitness.get(a.id) if fitness is not None else None
        if given is not None and len(given) == len(a.sentences):
            scored = [(s, given[s.index]) for s in sentences]
        else:
            scored = [(s, quality(s.text)) for s in sentences]
        if not any(q > 0 for _, q in scored):
            # nothing fit to stand alone: fall back to the sentences themselves, marked down
            scored = [(s, 0.1) for s in sentences]
        position = 0
        for s, q in scored:
            if q <= 0:
                continue
            stems = known[a.id][s.index] if known is not None else content_words(s.text)
            if not stems:
                continue
            pool.append(_Candidate(SentenceRef(a.id, s.index), ai, position, len(s.text.split()), stems,
                                   set(), q, 0.0 if rel is None else _relevance_bonus(rel[s.index]),
                                   bool(_DANGLING.match(s.text))))
            position += 1
    return pool


def _relevance_bonus(value: float) -> float:
    return min(value, 4.0) / 4.0


def _weights(pool: Sequence[_Candidate], n_articles: int, p: Profile) -> dict[str, float]:
    sentences: Counter[str] = Counter()
    sources: dict[str, set[int]] = {}
    for c in pool:
        concepts = _concepts(c.stems)  # made again once the weights are known: not all held at once
        sentences.update(concepts)
        article = c.article
        for k in concepts:
            seen = sources.get(k)
            if seen is None:
                sources[k] = {article}
            else:
                seen.add(article)
    weights = {}
    for k, n in sentences.items():
        if n < p.min_count:
            continue  # said once: nothing marks it as central
        bigram = " " in k
        if bigram and not p.bigram:
            continue
        spread = len(sources[k]) / n_articles if n_articles > 1 else 1.0
        weights[k] = (math.log1p(n) if p.log_counts else n) * (0.5 + spread) * (p.bigram if bigram else 1.0)
    return weights


def summarize_for_topic(article: Article, relevance: Mapping[int, float], min_sentences: int,
                        max_sentences: int, stems: Sequence[Sequence[str]] | None = None,
                        quality: Sequence[float] | None = None) -> tuple[int, ...]:
    """Pick ``min_sentences``–``max_sentences`` sentences of ``article`` relevant to a topic, in original order.

    Only sentences with relevance above zero are chosen; more relevant and more central ones
    first, and no chosen sentence repeats another. Beyond ``min_sentences``, a sentence is only
    added while it is still worth at least half as much as the best one. ``stems`` and
    ``quality``: each sentence's content words and :func:`quality`, if already known.
    """
    chosen = summarize([article], relevance={article.id: relevance}, max_sentences=max_sentences,
                       min_sentences=min_sentences, floor=0.5,
                       stems=None if stems is None else {article.id: stems},
                       quality=None if quality is None else {article.id: quality})
    return tuple(sorted(r.index for r in chosen))


def summarize_article(article: Article, count: int) -> tuple[int, ...]:
    """A generic summary of one article: ``count`` sentences, in original order."""
    return tuple(sorted(r.index for r in summarize([article], max_sentences=count)))


def overview(articles: Sequence[Article], relevance: Mapping[str, Mapping[int, float]] | None,
             count: int | None = None, *, max_words: int | None = None,
             min_sentences: int | None = None,
             stems: Mapping[str, Sequence[Sequence[str]]] | None = None,
             quality: Mapping[str, Sequence[float]] | None = None) -> tuple[SentenceRef, ...]:
    """The overview across sources, best first, no two sentences alike.

    Generic when ``relevance`` is ``None`` (the mode measured on Multi-News), else limited to
    sentences relevant to the topic. At most ``count`` sentences, or about ``max_words`` words.
    """
    return summarize(articles, relevance=relevance, max_sentences=count, max_words=max_words,
                     min_sentences=min_sentences, stems=stems, quality=quality)
