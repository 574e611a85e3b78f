"""What a topic page says first: a dated bottom line, what changed recently, and the evidence
filtered to the topic with copies collapsed.

Pure functions over the digest's records; ``templates/topic.md.j2`` decides how it looks.
A topic page reads as a briefing: the picture across sources at the top (chosen from the
digest's overview sentences, one per story, in date order), then the newest reports, then the
sources, then the evidence. Evidence (quotes, figures, dated events) is shown on a topic page
only when its sentence is relevant to the topic (:func:`generator.analyse.topics.match_article`
kept it in ``TopicMatch.sentence_scores``), so a remark about Iran does not appear on a page
about exports to Russia because the same article mentions both. The same quote or figure given
by several articles of one story (a report and its rewrites) is one row naming every outlet.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..analyse.summarize import standalone_penalty
from ..models import (
    Article,
    Figure,
    FigureCheck,
    Quote,
    QuotePair,
    SentenceRef,
    StoryGroup,
    TimelineEvent,
    TopicDigest,
    TopicTimeline,
)

if TYPE_CHECKING:
    from .pages import Compare, Lookup

# The bottom line gives the picture in a few lines: at least this many when the overview and
# the source summaries have them, and no more than fits a phone's first screen under the title
# (five sentences of about 30 words are ~20 lines at 390 px).
BOTTOM_LINE_MIN = 3
BOTTOM_LINE_MAX = 5
# "What changed recently" lists this many of the newest stories of the topic.
RECENT = 3
# A block of evidence with more rows than this starts folded: about what one phone screen shows
# of a three-column table, so the page's first screens stay the briefing, not the material.
FOLD_ROWS = 5

_QUOTE_OPENING = re.compile(r"^[“\"‘']")
_WORDS = re.compile(r"\w+")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


@dataclass(frozen=True)
class QuoteRow:
    """One quotation as shown: the fullest wording, and every quote of the same story that gives
    the same words (a copy or a rewrite quoting the same remark), in digest order."""

    quote: Quote
    sources: tuple[Quote, ...]  # the quote itself first
    reworded: tuple[str, ...] = ()  # ids of the sources that give the remark in other words


@dataclass(frozen=True)
class FigureRow:
    """One figure as shown, and every figure of the same story that gives it in the same words."""

    figure: Figure
    sources: tuple[Figure, ...]  # the figure itself first


@dataclass(frozen=True)
class Recent:
    """A recent report on the topic: its newest dated article and the story's other articles."""

    date: str
    article_id: str
    story_id: str | None  # its story, when other articles tell it too
    others: tuple[str, ...]  # other articles of the story on this topic, newest first


@dataclass(frozen=True)
class TopicBriefing:
    """Everything the top and the evidence part of a topic page say, chosen for the reader."""

    as_of: str | None  # the newest article date of the topic (ISO), None when none is dated
    as_of_words: str  # the same in words ("13 August 2024"), "" when unknown
    bottom_line: tuple[SentenceRef, ...]  # 3–5 sentences, one per story where possible, dated first
    recent: tuple[Recent, ...]
    undated: int  # sources of the topic without a date
    outlets: tuple[str, ...]  # distinct known outlets, by name
    unknown_outlets: int  # sources whose outlet is unknown
    stories: tuple[StoryGroup, ...]  # stories with two or more sources on the topic, most relevant first
    checks: tuple[FigureCheck, ...]
    figures: tuple[FigureRow, ...]
    quotes: tuple[QuoteRow, ...]
    events: tuple[TimelineEvent, ...]  # dated events; mentions only from relevant sentences
    unresolved: tuple[TimelineEvent, ...]
    undated_ids: tuple[str, ...]
    evidence_sources: tuple[str, ...] = ()  # the sources the evidence part is drawn from (see topic_briefing)


def date_in_words(iso: str | None) -> str:
    """``2024-08-13`` → ``13 August 2024`` (``2024-08`` → ``August 2024``); "" when unknown."""
    if not iso:
        return ""
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        return iso
    return iso


def reads_alone(text: str) -> bool:
    """A sentence a reader can take without its neighbours: not a bare quotation, not leaning on
    the sentence before (the same test as the home page's gist)."""
    return not _QUOTE_OPENING.match(text) and standalone_penalty(text) == 1.0


def _story_key(article_id: str, story_of: Mapping[str, StoryGroup]) -> str:
    group = story_of.get(article_id)
    return f"story:{group.id}" if group is not None else f"article:{article_id}"


def bottom_line(td: TopicDigest, articles: Mapping[str, Article],
                story_of: Mapping[str, StoryGroup]) -> tuple[SentenceRef, ...]:
    """The 3–5 sentences that give the picture across sources.

    From the digest's overview (most central first), one sentence per story, preferring those
    that read on their own; when that gives fewer than :data:`BOTTOM_LINE_MIN`, the source
    summaries (most relevant source first) add sentences of other stories, then the rest of the
    overview fills in. Shown in date order where dates are known: dated sentences oldest first,
    then undated ones in the order they were chosen.
    """
    summaries = [SentenceRef(s.article_id, i) for s in td.sources for i in s.sentences]
    chosen: list[SentenceRef] = []
    stories: set[str] = set()

    def take(pool: Iterable[SentenceRef], limit: int, *, distinct: bool, alone: bool) -> None:
        for ref in pool:
            if len(chosen) >= limit:
                return
            if ref in chosen:
                continue
            key = _story_key(ref.article_id, story_of)
            if distinct and key in stories:
                continue
            if alone and not reads_alone(articles[ref.article_id].sentences[ref.index].text):
                continue
            chosen.append(ref)
            stories.add(key)

    overview_cap = min(BOTTOM_LINE_MAX, max(len(td.overview), BOTTOM_LINE_MIN))
    take(td.overview, overview_cap, distinct=True, alone=True)
    take(summaries, BOTTOM_LINE_MIN, distinct=True, alone=True)
    take(td.overview, BOTTOM_LINE_MIN, distinct=False, alone=True)
    take(summaries, BOTTOM_LINE_MIN, distinct=False, alone=True)
    take(td.overview, BOTTOM_LINE_MIN, distinct=False, alone=False)
    rank = {ref: i for i, ref in enumerate(chosen)}

    def order(ref: SentenceRef) -> tuple[int, str, int]:
        date = articles[ref.article_id].meta.date
        return (0, date, rank[ref]) if date else (1, "", rank[ref])

    return tuple(sorted(chosen, key=order))


def recent(td: TopicDigest, articles: Mapping[str, Article],
           story_of: Mapping[str, StoryGroup], count: int = RECENT) -> tuple[Recent, ...]:
    """The newest dated reports of the topic, one line per story, newest first."""
    members = [s.article_id for s in td.sources]
    dated = sorted((a for a in members if articles[a].meta.date),
                   key=lambda a: (articles[a].meta.date or "", a), reverse=True)
    out: list[Recent] = []
    seen: set[str] = set()
    for aid in dated:
        key = _story_key(aid, story_of)
        if key in seen:
            continue
        seen.add(key)
        group = story_of.get(aid)
        others = tuple(o for o in dated if o != aid and _story_key(o, story_of) == key)
        others += tuple(o for o in members if o not in dated and o != aid and _story_key(o, story_of) == key)
        out.append(Recent(articles[aid].meta.date or "", aid, group.id if group is not None and others else None,
                          others))
        if len(out) >= count:
            break
    return tuple(out)


@lru_cache(maxsize=1 << 16)  # a row's head is compared with every quote of its story
def _norm(text: str) -> str:
    return " ".join(w.lower() for w in _WORDS.findall(text))


def collapse_quotes(quotes: Sequence[Quote], story_of: Mapping[str, StoryGroup],
                    pairs: Iterable[QuotePair] = ()) -> tuple[QuoteRow, ...]:
    """One row per remark and story: quotes of one story whose words are the same, or one's words
    a run of the other's (a rewrite that cuts the quote short), or that the digest pairs as the
    same remark worded differently (``pairs``), are one row under the fullest wording. Rows keep
    the order of their first quote; a quote never joins a row of another story or another named
    speaker. Comparisons stay within a story's own rows."""
    root: dict[str, str] = {}

    def find(qid: str) -> str:
        while root.get(qid, qid) != qid:
            qid = root[qid]
        return qid

    for p in pairs:
        ra, rb = find(p.a), find(p.b)
        if ra != rb:
            root[max(ra, rb)] = min(ra, rb)
    rows: dict[str, list[list[Quote]]] = {}  # story key → rows
    order: list[tuple[str, int]] = []
    for q in quotes:
        key = _story_key(q.article_id, story_of)
        words = f" {_norm(q.text)} "
        mine = rows.setdefault(key, [])
        for row in mine:
            head = row[0]
            if head.speaker_entity and q.speaker_entity and head.speaker_entity != q.speaker_entity:
                continue
            other = f" {_norm(head.text)} "
            if words in other or other in words or any(find(x.id) == find(q.id) for x in row):
                row.append(q)
                break
        else:
            mine.append([q])
            order.append((key, len(mine) - 1))
    out = []
    for key, i in order:
        row = rows[key][i]
        fullest = max(row, key=lambda q: (len(_norm(q.text)), -row.index(q)))
        shown = f" {_norm(fullest.text)} "
        reworded = tuple(q.id for q in row if f" {_norm(q.text)} " not in shown)
        out.append(QuoteRow(fullest, (fullest, *[q for q in row if q is not fullest]), reworded))
    return tuple(out)


def collapse_figures(figures: Sequence[Figure], story_of: Mapping[str, StoryGroup]) -> tuple[FigureRow, ...]:
    """One row per figure and story: figures of one story written the same way and counting the
    same thing are one row."""
    rows: dict[tuple[str, str, str], list[Figure]] = {}
    for f in figures:
        rows.setdefault((_story_key(f.article_id, story_of), _norm(f.text), _norm(f.counts)), []).append(f)
    return tuple(FigureRow(row[0], tuple(row)) for row in rows.values())


def relevant_sentences(td: TopicDigest, look: Lookup) -> frozenset[tuple[str, int]]:
    """(article id, sentence index) of every sentence relevant to the topic."""
    out: set[tuple[str, int]] = set()
    for s in td.sources:
        match = look.matches.get((td.topic_id, s.article_id))
        if match is not None:
            out.update((s.article_id, i) for i, _ in match.sentence_scores)
    return frozenset(out)


def story_pairs(quotes: Sequence[Quote], look: Lookup, cmp: Compare) -> list[QuotePair]:
    """The quote pairs of the stories these quotes stand in (not every pair of the digest)."""
    ids = dict.fromkeys(g.id for q in quotes if (g := look.story_of.get(q.article_id)) is not None)
    return [p for sid in ids for p in cmp.pairs.get(sid, [])]


def topic_briefing(td: TopicDigest, look: Lookup, cmp: Compare, shown: int | None = None) -> TopicBriefing:
    """What the topic page says at the top and in its evidence part.

    The top (date, what changed, outlets) covers every source. The evidence part (figures,
    quotes, timeline, stories) covers the ``shown`` most relevant sources, the ones the page
    lists: a topic of 2,000 sources made a 7 MB page of evidence no reader goes through; the
    others' evidence is on their own pages, reached through the topic's archive."""
    articles = look.articles
    every = [s.article_id for s in td.sources]
    members = every if shown is None else every[:shown]
    relevant = relevant_sentences(replace(td, sources=td.sources[:len(members)]), look)
    dates = [d for a in every if (d := articles[a].meta.date)]
    as_of = max(dates) if dates else None
    quotes = [q for q in cmp.topic_quotes(members) if any((q.article_id, i) in relevant for i in q.sentences)]
    figures = [f for f in cmp.figures_of(members) if (f.article_id, f.index) in relevant]
    kept = {f.id for f in figures}
    checks = tuple(c for c in cmp.checks.get(("topic", td.topic_id), [])
                   if sum(1 for fid in c.figures if fid in kept) >= 2)
    member_set = set(members)
    timeline: TopicTimeline | None = cmp.timelines.get(td.topic_id)
    events: tuple[TimelineEvent, ...] = ()
    unresolved: tuple[TimelineEvent, ...] = ()
    undated_ids: tuple[str, ...] = ()
    if timeline is not None:
        def on_topic(e: TimelineEvent) -> bool:
            if e.kind == "published":
                return e.article_id in member_set
            return e.index is not None and (e.article_id, e.index) in relevant
        events = tuple(e for e in timeline.events if on_topic(e))
        unresolved = tuple(e for e in timeline.unresolved if on_topic(e))
        undated_ids = tuple(a for a in timeline.undated if a in member_set)
    # Only the topic's own stories (through its members, so the cost follows the topic's size),
    # in the order of their most relevant source.
    own = {g.id: g for a in members if (g := look.story_of.get(a)) is not None}
    on_topic_ids = set(every)
    stories = tuple(g for g in own.values() if sum(1 for a in g.article_ids if a in on_topic_ids) > 1)
    return TopicBriefing(
        as_of=as_of,
        as_of_words=date_in_words(as_of),
        bottom_line=bottom_line(td, articles, look.story_of),
        recent=recent(td, articles, look.story_of),
        undated=sum(1 for a in every if not articles[a].meta.date),
        outlets=tuple(sorted({o for a in every if (o := articles[a].meta.outlet)})),
        unknown_outlets=sum(1 for a in every if not articles[a].meta.outlet),
        stories=stories,
        checks=checks,
        figures=collapse_figures(figures, look.story_of),
        quotes=collapse_quotes(quotes, look.story_of, story_pairs(quotes, look, cmp)),
        events=events,
        unresolved=unresolved,
        undated_ids=undated_ids,
        evidence_sources=tuple(members),
    )


_LABEL_UNSAFE = re.compile(r"[^\w .,'’-]|_")
_SPACES = re.compile(r"\s+")


def label_text(text: object) -> str:
    """Text for an attribute written in Markdown's attribute-list syntax (``aria-label="…"``):
    letters, digits, spaces and ``. , ' -`` only, on one line, at most 120 characters. Nothing
    else survives, so an outlet name can neither close the attribute nor start markup."""
    return _SPACES.sub(" ", _LABEL_UNSAFE.sub(" ", str(text or ""))).strip()[:120]


@dataclass(frozen=True)
class ArchiveMonth:
    """One month of a topic's archive: its name ("August 2024", or "Date unknown") and its sources."""

    label: str
    article_ids: tuple[str, ...]


def topic_archive(td: TopicDigest, look: Lookup) -> tuple[ArchiveMonth, ...]:
    """Every source of a topic month by month, the newest month first; within a month the newest
    first, then by title; sources without a date last, by title. Relevance orders the topic page,
    not its archive: it moves a little with every article the corpus gains (topic expansion
    learns its words from the whole corpus), and an archive in that order was rewritten, and built
    again by MkDocs, for sources that did not change (at 10,000 files, four archives of 2 MB after
    one new article on a fifth topic)."""
    articles = look.articles

    def title(aid: str) -> tuple[str, str]:
        return articles[aid].meta.title.casefold(), aid

    ids = [s.article_id for s in td.sources]
    date = {aid: articles[aid].meta.date or "" for aid in ids}
    dated = sorted((aid for aid in ids if date[aid]), key=title)
    dated.sort(key=date.__getitem__, reverse=True)  # stable: by title within a date
    months: dict[str, list[str]] = {}
    for aid in dated:
        months.setdefault(date[aid][:7], []).append(aid)
    out = [ArchiveMonth(date_in_words(month), tuple(ids)) for month, ids in months.items()]
    undated = tuple(sorted((aid for aid in ids if not date[aid]), key=title))
    if undated:
        out.append(ArchiveMonth("Date unknown", undated))
    return tuple(out)


@dataclass(frozen=True)
class Removed:
    """One kind of page junk the cleaning removed: in how many articles, how many pieces."""

    kind: str
    articles: int
    pieces: int


def removed_totals(articles: Iterable[Article]) -> tuple[Removed, ...]:
    """Each kind of junk removed from the corpus, the most widespread first. The build report
    shows these totals; each source page lists what was removed from it, so the report stays a
    page of a few lines at any corpus size (a row per article made it 1 MB at 10,000 files, and
    one new article rewrote it)."""
    pieces: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for a in articles:
        kinds = [r.kind for r in a.removed]
        pieces.update(kinds)
        found.update(set(kinds))
    return tuple(Removed(kind, found[kind], pieces[kind]) for kind in sorted(pieces, key=lambda k: (-found[k], k)))


@dataclass(frozen=True)
class Evidence:
    """What the templates call to choose and collapse evidence (``brief`` in a template)."""

    look: Lookup
    cmp: Compare
    fold_rows: int = FOLD_ROWS
    shown: int | None = None  # sources a topic page lists (``topic_sources``), its evidence drawn from them

    def topic(self, td: TopicDigest) -> TopicBriefing:
        return topic_briefing(td, self.look, self.cmp, self.shown)

    def quote_rows(self, quotes: Sequence[Quote]) -> tuple[QuoteRow, ...]:
        return collapse_quotes(quotes, self.look.story_of, story_pairs(quotes, self.look, self.cmp))

    def figure_rows(self, figures: Sequence[Figure]) -> tuple[FigureRow, ...]:
        return collapse_figures(figures, self.look.story_of)

    def date_in_words(self, iso: str | None) -> str:
        return date_in_words(iso)

    def archive(self, td: TopicDigest) -> tuple[ArchiveMonth, ...]:
        return topic_archive(td, self.look)

    def removed(self) -> tuple[Removed, ...]:
        return removed_totals(self.look.articles.values())
