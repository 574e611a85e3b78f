"""Small text helpers shared by the analysis stages: content words and their similarity."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself said says
    say told according also would could may might must shall one two mr mrs ms""".split()
)


def stem(word: str) -> str:
    """A light suffix stripper: enough to match "talks"/"talk" and "killed"/"kill"."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix, keep in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            return w[: -len(suffix)] + keep
    return w


_STEMS: dict[str, str | None] = {}  # lower-case word -> stem, or None for a stop word


def content_words(text: str) -> list[str]:
    """Stemmed words of ``text`` that carry meaning (no stop words, no single letters)."""
    out = []
    for w in _WORD.findall(text.lower()):
        s = _STEMS.get(w, "")
        if s == "":
            s = None if w in STOPWORDS or len(w) < 2 else stem(w)
            if len(_STEMS) < 500_000:
                _STEMS[w] = s
        if s is not None:
            out.append(s)
    return out


def content_word(word: str) -> str | None:
    """The stem of one word as :func:`content_words` reads it (``None`` for a stop word or a
    single letter); ``word`` is one match of its word pattern."""
    w = word.lower()
    s = _STEMS.get(w, "")
    if s == "":
        s = None if w in STOPWORDS or len(w) < 2 else stem(w)
        if len(_STEMS) < 500_000:
            _STEMS[w] = s
    return s


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


def idf(documents: Sequence[Iterable[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency of each word over ``documents``."""
    df: Counter[str] = Counter()
    for doc in documents:
        df.update(set(doc))
    n = len(documents)
    return {w: math.log((1 + n) / (1 + c)) + 1.0 for w, c in df.items()}


def tfidf(words: Iterable[str], weights: dict[str, float]) -> dict[str, float]:
    counts = Counter(words)
    vec = {w: c * weights.get(w, 1.0) for w, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {w: v / norm for w, v in vec.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two unit-normalised sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())
