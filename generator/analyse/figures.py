"""Numeric claims: casualties, money, counts, durations, percentages and dates.

Each figure keeps its text exactly as written and the sentence it stands in; what it counts
is read from the words around it. Figures about the same quantity are then lined up per story
and per topic, and a disagreement is flagged only between reports of the same event: figures
from different stories count up to different dates, and the table says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..models import Article, Figure, FigureCheck, StoryGroup
from .text import stem

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100, "thousand": 1000, "dozen": 12,
}
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9,
          "trillion": 1e12, "tn": 1e12}
_CURRENCY = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR"}
_QUALIFIERS = (
    ("more than", "over"), ("over", "over"), ("above", "over"), ("upwards of", "over"),
    ("at least", "at least"), ("nearly", "nearly"), ("almost", "nearly"), ("just under", "nearly"),
    ("close to", "nearly"), ("about", "about"), ("around", "about"), ("roughly", "about"),
    ("approximately", "about"), ("some", "about"), ("an estimated", "about"), ("up to", "up to"),
    ("fewer than", "under"), ("less than", "under"), ("under", "under"),
)
_QUALIFIER = "|".join(sorted({q for q, _ in _QUALIFIERS}, key=len, reverse=True))
_NUMBER_WORD = "|".join(sorted(_WORDS, key=len, reverse=True))
_NUM = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?"
        rf"|(?:{_NUMBER_WORD})(?:[- ]and[- ]a[- ]half)?\b(?!-(?!(?:hour|day|week|month|year)s?\b)))")

_FIGURE = re.compile(
    rf"(?<![\w$£€-])(?:(?P<qual>{_QUALIFIER})\s+)?"
    rf"(?:(?P<cur>US\$|\$|£|€)\s?(?P<mnum>\d[\d,]*(?:\.\d+)?)\s?(?P<mscale>bn|mn|tn|k|m|billion|million|trillion)?\b"
    rf"|(?P<num>{_NUM})(?:\s?(?P<pct>%|per\s?cent|percent)|[- ]?(?P<scale>billion|million|thousand)?)(?![\w-]*\d))",
    re.IGNORECASE,
)
_DATE = re.compile(
    rf"\b(?:(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?)\b"
    rf"|\b(?:19|20)\d{{2}}\b"
)
_DURATION_UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "decade")
_CASUALTY = re.compile(r"\b(killed|kill|dead|death|deaths|died|die|wounded|injured|injuries|casualties|toll)\b",
                       re.IGNORECASE)
_WOUNDED = re.compile(r"\b(wounded|injured|injuries)\b", re.IGNORECASE)
_TIME_CUE = re.compile(
    rf"\b(?:since|as of|until|in the (?:past|last))\s+(?:(?:{_MONTHS})(?:\s+\d{{1,2}})?|\d+\s+\w+)"
    r"|\b(?:month|week|year)[- ]?long\b|\bso far\b|\brevised\b|\blatest\b",
    re.IGNORECASE,
)
_NOUN = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
_SKIP_NEXT = frozenset("""of the a an and or to in on at for by from with as is are was were has have had that
    also who which than over since this these those their its""".split())
_DEMONYM = re.compile(r"(?:i|ian|ish|ese)$")  # "Israeli attacks": an adjective, not the place
_PLACE = re.compile(r"\b(?:on|in)\s+([A-Z][a-z]+)\b")


def _value(num: str) -> float | None:
    n = num.lower().replace(",", "")
    half = 0.5 if "half" in n else 0.0
    n = re.sub(r"[- ]and[- ]a[- ]half", "", n)
    try:
        return float(n) + half
    except ValueError:
        return float(_WORDS[n]) + half if n in _WORDS else None


def _qualifier(text: str | None) -> str:
    if not text:
        return ""
    low = " ".join(text.lower().split())
    return next(q for w, q in _QUALIFIERS if w == low)


def _following(text: str, end: int, count: int = 4) -> tuple[list[str], int]:
    """The words right after a figure, up to punctuation or a function word, and where they end."""
    words = []
    for m in _NOUN.finditer(text, end):
        if text[end : m.start()].strip(" -"):  # punctuation between: the phrase ended
            break
        w = m.group()
        if w.lower() in _SKIP_NEXT or w.lower().endswith("ly"):
            break
        words.append(w)
        end = m.end()
        if len(words) >= count:
            break
    return words, end


def extract_figures(article: Article) -> tuple[Figure, ...]:
    """Every numeric claim of the article, in text order."""
    out: list[Figure] = []
    for s in article.sentences:
        dates = [(m.start(), m.end()) for m in _DATE.finditer(s.text)]
        cue = _TIME_CUE.search(s.text)
        n = 0
        for start, end in dates:
            out.append(Figure(
                id=f"{article.id}-s{s.index}-f{n}", article_id=article.id, index=s.index,
                text=s.text[start:end], number=s.text[start:end], value=None, unit="date", kind="date",
                counts="date", time_cue=""))
            n += 1
        for m in _FIGURE.finditer(s.text):
            if any(a <= m.start("cur" if m.group("cur") else "num") < b for a, b in dates):
                continue
            fig = _figure(article.id, s.index, s.text, m, n, cue.group() if cue else "")
            if fig is not None:
                out.append(fig)
                n += 1
    return tuple(sorted(out, key=lambda f: (f.index, s_pos(f, article))))


def s_pos(f: Figure, article: Article) -> int:
    return article.sentences[f.index].text.find(f.text)


def _figure(article_id: str, index: int, text: str, m: re.Match[str], n: int, cue: str) -> Figure | None:
    qual = _qualifier(m.group("qual"))
    fid = f"{article_id}-s{index}-f{n}"
    if m.group("cur"):
        value = _value(m.group("mnum"))
        scale = (m.group("mscale") or "").lower()
        if value is not None and scale:
            value *= _SCALE[scale]
        after, _ = _following(text, m.end(), 3)
        return Figure(fid, article_id, index, m.group().strip(), text[m.start("cur"):m.end()].strip(), value,
                      _CURRENCY[m.group("cur")], "money", " ".join(after) or "money", qual, cue)
    num = m.group("num")
    if num.lower() == "one":  # "one of the…" is not a figure
        return None
    value = _value(num)
    if value is None:
        return None
    if m.group("pct"):
        after, _ = _following(text, m.end(), 3)
        return Figure(fid, article_id, index, m.group().strip(), num, value, "%", "percentage",
                      " ".join(after) or "share", qual, cue)
    scale = (m.group("scale") or "").lower()
    if scale:
        value *= _SCALE[scale]
    after, end = _following(text, m.end())
    written = text[m.start():end].strip()
    first = stem(after[0].lower()) if after else ""
    unit = next((u for u in _DURATION_UNITS if first.startswith(u)), None)
    if unit:
        _, end = _following(text, m.end(), 1)
        return Figure(fid, article_id, index, text[m.start():end].strip(), num, value, unit + "s", "duration",
                      f"{unit}s", qual, cue)
    if _CASUALTY.search(text) and (not after or first in _PEOPLE):
        what = "wounded" if first in ("wound", "injur") else "killed"
        place = next((x.group(1) for x in _PLACE.finditer(text) if not _DEMONYM.search(x.group(1))), None)
        counts = f"people {what}" + (f" ({place})" if place else "")
        return Figure(fid, article_id, index, written, num, value, "people", "casualties", counts, qual, cue)
    if not after:
        return None  # a bare number: nothing says what it counts
    return Figure(fid, article_id, index, written, num, value, " ".join(after).lower(), "count",
                  " ".join(after), qual, cue)


_PEOPLE = frozenset(["people", "person", "civilian", "palestinian", "israeli", "child", "children", "soldier",
                     "wound", "injur", "dead"])


def _interval(f: Figure) -> tuple[float, float]:
    v = f.value or 0.0
    if not f.qualifier and _round(f.number):  # a round number is itself an approximation
        return (v * 0.95, v * 1.05)
    return {
        "over": (v * 1.0000001, float("inf")),
        "at least": (v, float("inf")),
        "nearly": (v * 0.9, v * 0.9999999),
        "about": (v * 0.9, v * 1.1),
        "up to": (0.0, v),
        "under": (0.0, v * 0.9999999),
    }.get(f.qualifier, (v, v))


def _round(number: str) -> bool:
    digits = re.sub(r"\D", "", number)
    return not digits or len(digits.rstrip("0")) <= 2


def _overlap(a: Figure, b: Figure) -> bool:
    (a0, a1), (b0, b1) = _interval(a), _interval(b)
    return a0 <= b1 and b0 <= a1


def quantity_key(f: Figure) -> str | None:
    """What quantity a figure measures, for lining up: None for dates and unnamed counts."""
    if f.kind == "date":
        return None
    if f.kind == "money":
        words = [stem(w.lower()) for w in f.counts.split()[:2] if w[0].islower()]
        return f"money:{f.unit}:{' '.join(words) or 'money'}"
    if f.kind == "casualties":
        return f"casualties:{f.counts}"
    if f.kind in ("percentage", "duration"):
        return f"{f.kind}:{f.unit}:{' '.join(stem(w.lower()) for w in f.counts.split()[:2])}"
    return "count:" + " ".join(stem(w.lower()) for w in f.counts.split()[-2:])


def _label(key: str, figs: Sequence[Figure]) -> str:
    kind = key.split(":", 1)[0]
    if kind == "casualties":
        return key.split(":", 1)[1]
    if kind == "money":
        return f"money ({figs[0].counts})" if figs[0].counts != "money" else "money"
    if kind == "count":
        return figs[0].counts
    return f"{kind} ({figs[0].counts})"


def line_up(scope: str, scope_id: str, figures: Iterable[Figure], story_of: dict[str, str]) -> list[FigureCheck]:
    """Checks for every quantity that two or more sources of the scope give a figure for."""
    by_key: dict[str, list[Figure]] = {}
    for f in figures:
        key = quantity_key(f)
        if key is not None:
            by_key.setdefault(key, []).append(f)
    checks = []
    for key, figs in sorted(by_key.items()):
        if len({f.article_id for f in figs}) < 2:
            continue
        verdict, note = _verdict(figs, story_of)
        checks.append(FigureCheck(scope, scope_id, key, _label(key, figs), tuple(f.id for f in figs), verdict, note))
    return checks


def _verdict(figs: Sequence[Figure], story_of: dict[str, str]) -> tuple[str, str]:
    """"disagree" when reports of one event clash; "different-dates" when only figures from
    reports of different events differ (they count up to different dates); else "agree"."""
    clashes_same: list[tuple[Figure, Figure]] = []
    clashes_other: list[tuple[Figure, Figure]] = []
    for i, a in enumerate(figs):
        for b in figs[i + 1:]:
            if a.article_id == b.article_id or _overlap(a, b):
                continue
            same = story_of.get(a.article_id) is not None and story_of.get(a.article_id) == story_of.get(b.article_id)
            (clashes_same if same else clashes_other).append((a, b))
    notes = []
    if clashes_same:
        a, b = clashes_same[0]
        notes.append(f"reports of the same event disagree: “{a.text}” against “{b.text}”")
    if clashes_other:
        seen = {f.id for pair in clashes_same for f in pair}
        odd = [f for pair in clashes_other for f in pair if f.id not in seen] or list(clashes_other[0])
        shown = ", ".join(dict.fromkeys(f"“{f.text}”" + (f" ({f.time_cue})" if f.time_cue else "") for f in odd))
        notes.append(f"{shown}: not a contradiction, the figures come from reports of different events, "
                     "so they are counts at different dates")
    if clashes_same:
        return "disagree", "; ".join(notes)
    if clashes_other:
        return "different-dates", "; ".join(notes)
    return "agree", "the figures agree"


def figure_checks(stories: Sequence[StoryGroup], topics: Sequence[tuple[str, Sequence[str]]],
                  figures: Sequence[Figure]) -> tuple[FigureCheck, ...]:
    """Line up figures per story and per topic (``topics`` is ``(topic id, article ids)``)."""
    story_of = {a: g.id for g in stories for a in g.article_ids}
    by_article: dict[str, list[Figure]] = {}
    for f in figures:
        by_article.setdefault(f.article_id, []).append(f)
    out: list[FigureCheck] = []
    for g in stories:
        out += line_up("story", g.id, (f for a in g.article_ids for f in by_article.get(a, [])), story_of)
    for topic_id, members in topics:
        out += line_up("topic", topic_id, (f for a in members for f in by_article.get(a, [])), story_of)
    return tuple(out)
