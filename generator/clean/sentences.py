"""Sentence splitting that knows abbreviations, initials, decimals and closing quotes."""

from __future__ import annotations

import re

# Words that end in a full stop without ending a sentence (compared without the dot, lower case).
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    inc ltd co corp bros dept univ assn est approx vs etc al fig no nos vol pp cf e.g i.e a.m p.m
    u.s u.k u.n e.u u.s.a d.c n.y l.a""".split()
)
# Abbreviations that often do end a sentence when a capitalised word follows ("in the U.S. The …").
_TERMINAL_OK = frozenset({"etc", "u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "a.m", "p.m", "inc", "ltd", "co", "corp"})

_CANDIDATE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+)")
_NEXT_START = re.compile(r"\s+([\"'“‘(\[]*)(\S)")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
# Abbreviations only before a number ("No. 10", "Vol. 3"); elsewhere "no." ends a sentence.
_BEFORE_NUMBER = frozenset({"no", "nos", "vol", "pp", "fig"})
# A dateline ends in a state's abbreviation: "TAUNTON, Mass. (AP) — …" is one sentence.
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{1,40},(?: [A-Z][\w.]{0,12}){1,2}\.")
_COMMON_STARTS = frozenset("the a an he she it they we i this that but and in on at as his her their its there".split())


def split_sentences(text: str) -> list[str]:
    """Split one paragraph into sentences, keeping every character except the spaces between.

    Splits after ``.``, ``!``, ``?`` (and any closing quotes or brackets) when the next word
    starts a sentence; not after abbreviations (``Dr.``, ``Jan.``), initials (``J. Smith``)
    or inside decimals (``3.5``).
    """
    text = text.strip()
    sentences: list[str] = []
    start = 0
    for m in _CANDIDATE.finditer(text):
        end = m.end()
        nxt = _NEXT_START.match(text, end)
        if nxt is None:
            continue
        first = nxt.group(2)
        if not (first.isupper() or first.isdigit() or nxt.group(1)):
            continue
        if m.group().startswith(".") and not _ends_sentence(text[start : m.start()], text, nxt.start(2)):
            continue
        if m.group() == "." and _DATELINE.fullmatch(text, start, end):
            continue
        sentences.append(text[start:end].strip())
        start = nxt.start(1)
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def _ends_sentence(before: str, text: str, next_pos: int) -> bool:
    word = _WORD_BEFORE.search(before)
    if not word:
        return True
    token = word.group(1).lower().rstrip(".")
    if len(token) == 1 and token.isalpha() and word.group(1)[0].isupper():
        return False  # an initial: "J. Smith"
    if token in _BEFORE_NUMBER:
        return not text[next_pos:next_pos + 1].isdigit()
    if token in ABBREVIATIONS:
        if token in _TERMINAL_OK:
            following = re.match(r"[\w']+", text[next_pos:])
            return bool(following and following.group().lower() in _COMMON_STARTS)
        return False
    return True
