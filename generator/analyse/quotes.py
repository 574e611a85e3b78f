"""Direct quotations: the quoted words, who said them, and where they stand.

A quotation is the text between quotation marks, possibly over several sentences; its words
are kept exactly as written and checked against the sentences before it is kept. The speaker
is read from the attribution ("…,” Flake said", "said Mahjoob Zweiri", "Al Jazeera quoted
Erdogan as saying", "Blinken told reporters that …"); a pronoun ("he said") is resolved to the
person named as the subject just before, and an unattributed quotation that continues a
speaker's words takes that speaker. Nothing is guessed: with no attribution, no speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Article, Entity, Quote, QuotePair, StoryGroup
from .text import content_words, jaccard

_OPEN = "“\""
_CLOSE = "”\""
_SPEECH = (r"(?:said|says|told|added|stated|asked|noted|warned|insisted|stressed|emphasi[sz]ed|explained|"
           r"argued|wrote|continued|replied|declared|announced|highlighted|acknowledged|observed)")
_NAME = r"(?:[A-Z][\w'’.-]+(?:\s+(?:al-|bin\s+)?[A-Z][\w'’.-]+){0,3})"
_PRONOUN = r"(?:he|she|He|She)"
# After the closing mark: "…,” Flake said" / "…,” he said" / "…,” said Mahjoob Zweiri" / "… Miller said".
_AFTER = [
    re.compile(rf"^[\s,]*(?:[^“\"”.]{{0,80}}?\s)?(?P<sp>{_NAME}|{_PRONOUN})\s+(?:\w+ly\s+)?{_SPEECH}\b"),
    re.compile(rf"^[\s,]*{_SPEECH}\s+(?P<sp>{_NAME})"),
    re.compile(rf"^[\s,]*(?:[^“\"”.]{{0,60}}?\s)?quoted\s+(?P<sp>{_NAME})\s+as\s+saying"),
]
# Before the opening mark: "Flake said Monday that the situation was “…" / "He said that Turkey is “…".
_QUOTED_BEFORE = re.compile(rf"\bquoted\s+(?P<sp>{_NAME})\s+as\s+saying\s*$")
_BEFORE = re.compile(rf"(?P<sp>{_NAME}|{_PRONOUN})\s+(?:\w+ly\s+)?(?:{_SPEECH}|saying)\b(?:(?!{_SPEECH}).)*$")


def _spans(article: Article) -> list[list[tuple[int, int, int]]]:
    """Quotation spans as lists of (sentence index, start, end) pieces of the quoted words."""
    spans: list[list[tuple[int, int, int]]] = []
    current: list[tuple[int, int, int]] | None = None
    for s in article.sentences:
        text = s.text
        pos = 0
        start = 0 if current is not None else None
        while pos < len(text):
            ch = text[pos]
            if current is None and ch in _OPEN and _opens(text, pos):
                current = []
                start = pos + 1
            elif current is not None and ch in _CLOSE and _closes(text, pos):
                current.append((s.index, start or 0, pos))
                spans.append(current)
                current = None
                start = None
            pos += 1
        if current is not None:  # the quotation runs on into the next sentence
            current.append((s.index, start or 0, len(text)))
            if len(current) > 4:  # an unmatched mark: give up rather than swallow the article
                current = None
    return spans


def _opens(text: str, pos: int) -> bool:
    if text[pos] == "“":
        return True
    return pos == 0 or not text[pos - 1].isalnum()


def _closes(text: str, pos: int) -> bool:
    if text[pos] == "”":
        return True
    return pos + 1 >= len(text) or not text[pos + 1].isalnum()


def verify(article: Article, quote: Quote) -> bool:
    """True when the quoted words stand, word for word, in the quote's sentences."""
    joined = " ".join(article.sentences[i].text for i in quote.sentences)
    return bool(quote.text) and quote.text in joined


def find_quotes(article: Article, entities: Sequence[Entity]) -> tuple[Quote, ...]:
    """Every direct quotation of ``article``, with its speaker where the text says who."""
    persons = _person_index(article, entities)
    named = _name_index(entities)
    out: list[Quote] = []
    prev_speaker: tuple[str | None, str | None, int] = (None, None, -10)
    for n, pieces in enumerate(_spans(article)):
        first_i, first_start, _ = pieces[0]
        last_i, _, last_end = pieces[-1]
        text = " ".join(article.sentences[i].text[a:b] for i, a, b in pieces).strip()
        text = text.rstrip(" ,")
        if len(text.split()) < 2:
            continue
        first_text = article.sentences[first_i].text
        last_text = article.sentences[last_i].text
        after = last_text[last_end + 1:]
        before = first_text[: max(first_start - 1, 0)]
        speaker = None
        for rx in _AFTER:
            m = rx.match(after)
            if m:
                speaker = m.group("sp")
                break
        if speaker is None:
            m = _QUOTED_BEFORE.search(before) or _BEFORE.search(before)
            if m:
                speaker = m.group("sp")
        partial = bool(before.strip(" “\"")) or (speaker is None and bool(after.strip(" .")))
        entity: str | None = None
        if speaker is not None:
            speaker = _strip_connective(speaker)
        if speaker is not None and speaker.lower() in ("he", "she"):
            if prev_speaker[1] and first_i - prev_speaker[2] <= 3:
                entity = prev_speaker[1]
            else:
                entity = _resolve_pronoun(article, first_i, persons)
        elif speaker is not None:
            entity = _lookup(speaker, named)
        elif not before.strip(" “\"") and prev_speaker[2] == first_i - 1 and prev_speaker[0]:
            # A quotation that opens a sentence right after a speaker's quoted words continues them.
            speaker, entity = prev_speaker[0], prev_speaker[1]
        q = Quote(f"{article.id}-q{n}", article.id, tuple(dict.fromkeys(i for i, _, _ in pieces)), text,
                  speaker, entity, partial)
        if verify(article, q):
            out.append(q)
            if speaker:
                prev_speaker = (speaker, entity, last_i)
    return tuple(out)


_CONNECTIVES = frozenset("But And However Separately Also Then Meanwhile Earlier Later So Yet".split())


def _strip_connective(speaker: str) -> str:
    words = speaker.split()
    while len(words) > 1 and words[0] in _CONNECTIVES:
        words = words[1:]
    return " ".join(words)


def _lookup(speaker: str, named: dict[str, str]) -> str | None:
    """The entity a speaker's name refers to: the name itself, else the longest alias in it
    ("President Recep Tayyip Erdogan" → Recep Tayyip Erdogan)."""
    if speaker in named:
        return named[speaker]
    # Every run of whole words in the speaker, longest first: the names it could contain.
    spans: set[str] = set()
    for words in (speaker.split(), [w.strip(".,;:!?\"'“”‘’") for w in speaker.split()]):
        spans |= {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    return next((named[a] for a in sorted(spans, key=lambda a: (-len(a), a)) if a in named), None)


def _person_index(article: Article, entities: Sequence[Entity]) -> dict[int, list[tuple[int, str]]]:
    """Sentence index → [(offset, entity id)] of people named there, in text order."""
    out: dict[int, list[tuple[int, str]]] = {}
    for e in entities:
        if e.kind != "person":
            continue
        for m in e.mentions:
            if m.article_id == article.id:
                pos = article.sentences[m.index].text.find(m.alias)
                out.setdefault(m.index, []).append((pos, e.id))
    for v in out.values():
        v.sort()
    return out


def _name_index(entities: Sequence[Entity]) -> dict[str, str]:
    out: dict[str, str] = {}
    for e in entities:
        if e.kind in ("person", "organisation"):
            for alias in e.aliases:
                out[alias] = e.id
    return out


def _resolve_pronoun(article: Article, index: int, persons: dict[int, list[tuple[int, str]]]) -> str | None:
    """The person a "he"/"she" in sentence ``index`` refers to: the first person named in the
    same sentence before it, else in the nearest earlier sentence that names one (within 5)."""
    for i in range(index, max(index - 6, -1), -1):
        found = persons.get(i)
        if found:
            return found[0][1]
    return None


def same_occasion(stories: Sequence[StoryGroup], quotes: Sequence[Quote]) -> tuple[QuotePair, ...]:
    """Pairs of quotations by the same speaker in different sources of one story whose words
    differ but say the same thing: the same remarks, quoted differently."""
    by_article: dict[str, list[Quote]] = {}
    for q in quotes:
        by_article.setdefault(q.article_id, []).append(q)
    pairs: list[QuotePair] = []
    for g in stories:
        members = list(g.article_ids)
        for ai, a in enumerate(members):
            for b in members[ai + 1:]:
                for qa in by_article.get(a, []):
                    best: tuple[float, Quote] | None = None
                    for qb in by_article.get(b, []):
                        if not qa.speaker_entity or qa.speaker_entity != qb.speaker_entity or qa.text == qb.text:
                            continue
                        sim = jaccard(_roots(qa.text), _roots(qb.text))
                        if sim >= 0.3 and (best is None or sim > best[0]):
                            best = (sim, qb)
                    if best is not None:
                        pairs.append(QuotePair(g.id, qa.id, best[1].id, round(best[0], 3)))
    return tuple(pairs)


def _roots(text: str) -> list[str]:
    return [w[:5] for w in content_words(text)]
