"""Refuse configured regular expressions that can backtrack catastrophically.

Python's ``re`` cannot be interrupted or given a time limit, and a cleaning pattern such as
``(a|aa)+$`` takes 48 s on one article line (issue 10). So each pattern from ``briefing.yml``
is checked when the config is loaded, on its parsed form (``re._parser``), for the three
shapes that make backtracking blow up:

1. a repeated group whose body can match text of different lengths and does not start with a
   character its variable parts can never match (``(a|aa)+``, ``(a+)+``, ``(\\w+\\s?)*``,
   ``(.*a){12}``): the text can be cut into iterations in exponentially many ways;
2. two unbounded repeats in a row that can take the same characters, with nothing between
   them that the first cannot also take (``\\s*\\s*$``, ``.*x.*y``): polynomial;
3. for patterns searched through a whole text (inline cleaning, outlet ``text``): a leading
   unbounded repeat (``\\w+ News``), tried again from every position of a long word.

Atomic groups ``(?>…)`` and possessive repeats (``a++``) never backtrack and are accepted.
The check is conservative (a safe pattern of shape 1 may be refused); the message names the
shape and the fix. Which characters overlap is decided on a sample of characters (ASCII,
Latin-1, quotes and dashes, Greek, Cyrillic, CJK) rather than by set algebra.
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from typing import Any

_SAMPLE = tuple(chr(c) for c in range(32, 127)) + tuple("\t\n\r\xa0éÉßüñ’‘“”—–…•Ωωжя中あ٣")
_CATEGORIES = {
    sre.CATEGORY_DIGIT: str.isdigit, sre.CATEGORY_UNI_DIGIT: str.isdigit,
    sre.CATEGORY_SPACE: str.isspace, sre.CATEGORY_UNI_SPACE: str.isspace,
    sre.CATEGORY_WORD: lambda c: c.isalnum() or c == "_", sre.CATEGORY_UNI_WORD: lambda c: c.isalnum() or c == "_",
    sre.CATEGORY_LINEBREAK: lambda c: c == "\n", sre.CATEGORY_UNI_LINEBREAK: lambda c: c in "\n\r",
}
_NEGATED = {
    sre.CATEGORY_NOT_DIGIT: sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_NOT_DIGIT: sre.CATEGORY_DIGIT,
    sre.CATEGORY_NOT_SPACE: sre.CATEGORY_SPACE, sre.CATEGORY_UNI_NOT_SPACE: sre.CATEGORY_SPACE,
    sre.CATEGORY_NOT_WORD: sre.CATEGORY_WORD, sre.CATEGORY_UNI_NOT_WORD: sre.CATEGORY_WORD,
    sre.CATEGORY_NOT_LINEBREAK: sre.CATEGORY_LINEBREAK, sre.CATEGORY_UNI_NOT_LINEBREAK: sre.CATEGORY_LINEBREAK,
}
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT)
_SINGLE = (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN)


def backtracking_risk(pattern: str, searched: bool = False) -> str | None:
    """Why ``pattern`` can take exponential or polynomial time, or ``None`` if it cannot.

    ``searched``: the pattern is searched through whole texts (not matched against one line)."""
    try:
        tree = sre_parse.parse(pattern)
    except re.error:
        return None  # reported as invalid elsewhere
    check = _Checker(bool(tree.state.flags & re.IGNORECASE), bool(tree.state.flags & re.DOTALL))
    risk = check.sequence(list(tree))
    if risk is None and searched:
        risk = check.leading(list(tree))
    return risk


class _Checker:
    def __init__(self, ignore_case: bool, dotall: bool) -> None:
        self.ignore_case = ignore_case
        self.dotall = dotall

    def one(self, op: Any, av: Any, ch: str) -> bool:
        """Whether the single-character item (op, av) matches ``ch``."""
        if op is sre.LITERAL or op is sre.NOT_LITERAL:
            same = chr(av) == ch or (self.ignore_case and chr(av).casefold() == ch.casefold())
            return same if op is sre.LITERAL else not same
        if op is sre.ANY:
            return self.dotall or ch != "\n"
        if op is sre.RANGE:
            lo, hi = av
            return lo <= ord(ch) <= hi or (self.ignore_case and (lo <= ord(ch.lower()) <= hi
                                                                 or lo <= ord(ch.upper()) <= hi))
        if op is sre.CATEGORY:
            if av in _NEGATED:
                return not _CATEGORIES[_NEGATED[av]](ch)
            return bool(_CATEGORIES.get(av, lambda c: True)(ch))
        if op is sre.IN:
            negate = bool(av) and av[0][0] is sre.NEGATE
            items = av[1:] if negate else av
            hit = any(self.one(o, a, ch) for o, a in items)
            return not hit if negate else hit
        return True  # unknown item: assume it can match anything (conservative)

    def chars(self, seq: list[Any]) -> frozenset[str]:
        """Sample characters any part of ``seq`` can consume."""
        out: set[str] = set()
        for op, av in seq:
            if op in _SINGLE:
                out.update(c for c in _SAMPLE if self.one(op, av, c))
            elif op in _REPEATS or op is sre.POSSESSIVE_REPEAT:
                out |= self.chars(list(av[2]))
            elif op is sre.SUBPATTERN:
                out |= self.chars(list(av[-1]))
            elif op is sre.ATOMIC_GROUP:
                out |= self.chars(list(av))
            elif op is sre.BRANCH:
                for alt in av[1]:
                    out |= self.chars(list(alt))
            elif op is sre.GROUPREF:
                out.update(_SAMPLE)
        return frozenset(out)

    def delimited(self, body: list[Any]) -> bool:
        """Whether every iteration of ``body`` starts with a character that nothing variable in
        the body can take, so the text cuts into iterations one way only."""
        if not body:
            return False
        op, av = body[0]
        if op is sre.ATOMIC_GROUP and len(body) == 1:  # takes what it takes, one way only
            return True
        if op is sre.SUBPATTERN:
            return self.delimited(list(av[-1]) + body[1:])
        if op in _SINGLE:
            first = frozenset(c for c in _SAMPLE if self.one(op, av, c))
            return bool(first) and not (first & self.chars(body[1:]))
        if op in _REPEATS and av[0] == av[1] and av[0] >= 1:  # x{3}: fixed
            return self.delimited(list(av[2]) + body[1:])
        return False

    def first(self, seq: list[Any]) -> frozenset[str]:
        """Sample characters a match of ``seq`` can start with (over-approximated)."""
        out: set[str] = set()
        for op, av in seq:
            out |= self.chars([(op, av)])
            low = av[0] if op in _REPEATS or op is sre.POSSESSIVE_REPEAT else None
            if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT) or low == 0:
                continue
            if op is sre.SUBPATTERN and av[-1].getwidth()[0] == 0:
                continue
            break
        return frozenset(out)

    def ambiguous_branch(self, seq: list[Any], same_only: bool = False) -> bool:
        """Whether ``seq`` holds alternatives that can start the same way (``a(|)`` from
        ``(a|a)``): inside a repeat, each such choice doubles the ways to match. In a delimited
        body (each iteration starts with a character nothing else takes) only alternatives that
        match the very same text count."""
        for op, av in seq:
            if op is sre.BRANCH:
                alts = [list(a) for a in av[1]]
                for i, a in enumerate(alts):
                    for b in alts[i + 1:]:
                        if same_only:
                            if repr(a) == repr(b):
                                return True
                            continue
                        if (not a or not b) and not (a and b):
                            if not a and not b:
                                return True
                            continue
                        if self.first(a) & self.first(b):
                            return True
                if any(self.ambiguous_branch(a, same_only) for a in alts):
                    return True
            elif op is sre.SUBPATTERN and self.ambiguous_branch(list(av[-1]), same_only):
                return True
        return False

    def sequence(self, seq: list[Any]) -> str | None:
        previous: frozenset[str] | None = None  # what the last unbounded repeat can take
        for op, av in seq:
            if op in _REPEATS or op is sre.POSSESSIVE_REPEAT:
                _, hi, body = av
                items = list(body)
                low, high = body.getwidth()
                delimited = self.delimited(items)
                if op in _REPEATS and hi > 1 and ((low != high and not delimited)
                                                  or self.ambiguous_branch(items, same_only=delimited)):
                    return ("a repeated group whose body can match the same text in more than one way "
                            "(like (a|aa)+, (a|a)* or (a+)+)")
                inner = self.sequence(items)
                if inner:
                    return inner
                if hi == sre.MAXREPEAT and op in _REPEATS:
                    mine = self.chars(items)
                    if previous is not None and previous & mine:
                        return "two unbounded repeats in a row that can take the same characters (like .*x.* or \\s*\\s*)"
                    previous = mine
                elif previous is not None and not self.chars(items) <= previous:
                    previous = None
                continue
            sub: list[list[Any]] = []
            if op is sre.SUBPATTERN:
                sub = [list(av[-1])]
            elif op is sre.BRANCH:
                sub = [list(alt) for alt in av[1]]
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                sub = [list(av[1])]
            elif op is sre.ATOMIC_GROUP:
                sub = [list(av)]
            for s in sub:
                inner = self.sequence(s)
                if inner:
                    return inner
            if op in _SINGLE or sub:
                taken = self.chars([(op, av)])
                if previous is not None and op is not sre.ATOMIC_GROUP and not taken <= previous:
                    previous = None
        return None

    def leading(self, seq: list[Any]) -> str | None:
        for op, av in seq:
            if op is sre.AT:
                return None if av in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING) else self.leading_rest(seq)
            if op in (sre.ASSERT, sre.ASSERT_NOT):
                continue
            if op is sre.SUBPATTERN:
                return self.leading(list(av[-1]))
            if op in _REPEATS and av[1] == sre.MAXREPEAT:
                return ("starts with an unbounded repeat, so searching a long line retries it from every "
                        "position (give it a bound like {1,40}, or anchor the pattern)")
            return None
        return None

    def leading_rest(self, seq: list[Any]) -> str | None:
        return self.leading([item for item in seq if item[0] is not sre.AT])
