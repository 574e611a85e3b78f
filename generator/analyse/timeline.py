"""Per-topic timelines: article dates and the dates named in the text.

A date in the text is resolved against its article's date when the text leaves out the year
("On July 31" in an article of 2024-08-13 is 2024-07-31: the latest July 31 not after the
article). A weekday ("on Monday") is the latest such day on or before the article's date.
Without an article date, only dates that give their own year are placed; the others are
listed as unresolved, and undated articles as undated — nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..models import Article, TimelineEvent, TopicTimeline

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_PATTERNS = [
    # "July 31, 2024", "July 31st", "July 31"
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d{{2}})\b)?"),
    # "31 July 2024", "31 July"
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\b(?:\s+(?P<year>(?:19|20)\d{{2}})\b)?"),
    # "in June", "in early August", "in June 2023", "since October"
    re.compile(rf"\b(?i:in|since|by|until|during|from)\s+(?:early\s+|mid-|late\s+)?{_MONTH}\b"
               rf"(?:\s+(?P<year>(?:19|20)\d{{2}})\b)?"),
    # "on Monday", "on Saturday"
    re.compile(r"\b(?i:on|last|this)\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    # "in 2007", "since 2007"
    re.compile(r"\b(?i:in|since|by|until|from)\s+(?P<year>(?:19|20)\d{2})\b(?!\s*[-–])"),
]

# Every pattern above needs a month name, a weekday or a year of 19xx/20xx: a sentence with none
# of them is skipped after one scan instead of five.
_ANY = re.compile(r"January|February|March|April|May|June|July|August|September|October|November|December|"
                  r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:19|20)\d\d")


def _parse(d: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(d) if d else None
    except ValueError:
        return None


def resolve(m: re.Match[str], published: dt.date | None) -> tuple[str | None, str]:
    """The date a match names, as ISO text at its precision, resolved against ``published``."""
    groups = m.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    if groups.get("weekday"):
        if published is None:
            return None, "none"
        target = _WEEKDAYS.index(groups["weekday"].lower())
        back = (published.weekday() - target) % 7
        if published.toordinal() - back < 1:  # before 1 January of year 1: no such date
            return None, "none"
        return (published - dt.timedelta(days=back)).isoformat(), "day"
    month = _MONTHS.index(groups["month"].lower()) + 1 if groups.get("month") else None
    day = int(groups["day"]) if groups.get("day") else None
    if month is None:
        return (f"{year:04d}", "year") if year else (None, "none")
    if year is None:
        if published is None:
            return None, "none"
        year = published.year
        if (month, day or 1) > (published.month, published.day):
            year -= 1  # a date after the article's own is last year's
        if year < dt.MINYEAR:
            return None, "none"
    if day is None:
        return f"{year:04d}-{month:02d}", "month"
    try:
        return dt.date(year, month, day).isoformat(), "day"
    except ValueError:
        return None, "none"


def mentioned_dates(article: Article) -> list[TimelineEvent]:
    """Every date named in the article's sentences, resolved where possible."""
    published = _parse(article.meta.date)
    out: list[TimelineEvent] = []
    for s in article.sentences:
        if not _ANY.search(s.text):
            continue
        taken: list[tuple[int, int]] = []
        for rx in _PATTERNS:
            for m in rx.finditer(s.text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                date, precision = resolve(m, published)
                out.append(TimelineEvent(date, precision, "mentioned", article.id, s.index, m.group()))
    return out


def topic_timeline(topic_id: str, articles: Sequence[Article]) -> TopicTimeline:
    events: list[TimelineEvent] = []
    unresolved: list[TimelineEvent] = []
    undated: list[str] = []
    for a in articles:
        if a.meta.date:
            events.append(TimelineEvent(a.meta.date, "day", "published", a.id, None, a.meta.date))
        else:
            undated.append(a.id)
        for e in mentioned_dates(a):
            (events if e.date else unresolved).append(e)
    events.sort(key=lambda e: (e.date or "", e.kind != "published", e.article_id, e.index or 0))
    unresolved.sort(key=lambda e: (e.article_id, e.index or 0))
    return TopicTimeline(topic_id, tuple(events), tuple(unresolved), tuple(sorted(undated)))
