"""Static SVG charts for the topic pages, made at build time (no script, no request).

Two pictures per topic, each a pure function of the digest records:

* **coverage over time**: how many of the topic's sources each outlet published per day
  (week, month or year on longer spans), as a strip per outlet on one time axis;
* **a figure by date and source**: every value the sources give for one quantity (a death
  toll, an amount), one row per report in date order, on one value axis.

The SVG is inlined in the page (not an ``<img>``): its ``<title>`` and ``<desc>`` then reach
assistive technology through ``role="img"`` and ``aria-labelledby``, and it draws in
``currentColor``, so it follows the site's light/dark toggle, which a separate image file
cannot see. The numbers are also given as a table next to each chart (``templates/_charts.md.j2``).

Every text an article or the config supplies (outlet names, topic titles, figure text) goes
through :func:`xml_text`; attributes carry only numbers and fixed names. Output is
deterministic: explicit sort keys and fixed number formatting.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import re
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..models import Article, Figure, FigureCheck, StoryGroup, TopicDigest, TopicMatch

# The drawing is laid out in a 420-unit-wide viewBox and scaled to the column: 15-unit labels
# read as about 13 px on a 390 px phone (13-unit axis labels: 11 px) and 18 px at the 26rem cap on a desktop.
WIDTH = 420
PAD = 6
LABEL = 15  # outlet and report labels
SMALL = 13  # axis and count labels
MAX_WIDTH = "26rem"
# Outlets drawn as strips of their own; the others share one "other outlets" strip, so a topic
# with sixty outlets still gets a chart a reader can take in.
MAX_OUTLET_ROWS = 5
# Reports drawn per figure chart and figure charts per topic: beyond these the table (which
# lists all) is the better reading.
MAX_FIGURE_ROWS = 12
MAX_FIGURE_CHARTS = 3
# Time unit of the coverage axis: days up to a month's span, weeks up to half a year, then
# months up to three years, then years; the axis never has more than about 36 columns.
DAY_SPAN = 31
WEEK_SPAN = 183
MONTH_SPAN = 36  # months
ARROW = 16  # length of the arrow that says "over" or "nearly"
MAX_LABEL_CHARS = 34  # an outlet name longer than this is cut with "…" in the picture (not the table)

UNKNOWN_OUTLET = "outlet unknown"
UNKNOWN_DATE = "date unknown"
OTHER_OUTLETS = "other outlets"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Characters XML 1.0 does not allow, and the bidirectional controls that would reorder a name.
_NOT_XML = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufdcf\ufdf0-\ufffd\U00010000-\U0010ffff]"
                      "|[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_WS = re.compile(r"\s+")


def xml_text(text: object, limit: int | None = None) -> str:
    """Untrusted text as inert XML character data (also safe in a quoted attribute): characters
    XML cannot hold and direction controls removed, whitespace collapsed, ``& < > " '`` escaped,
    cut to ``limit`` characters with "…"."""
    s = _WS.sub(" ", _NOT_XML.sub("", str(text))).strip()
    if limit is not None and len(s) > limit:
        s = s[: limit - 1].rstrip() + "…"
    return html.escape(s, quote=True)


def number(value: float) -> str:
    """A value written the same way everywhere: thousands separated, at most two decimals,
    millions and billions named ("1.5 million")."""
    for size, name in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{_plain(value / size)} {name}"
    return _plain(value)


def _plain(value: float) -> str:
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _c(x: float) -> str:
    """A coordinate, fixed to one decimal ("12" for 12.0)."""
    s = f"{x:.1f}"
    s = s[:-2] if s.endswith(".0") else s
    return "0" if s == "-0" else s


def day_label(day: dt.date, year: bool = True) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]}" + (f" {day.year}" if year else "")


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


# --- records ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CoverageRow:
    """One outlet's articles per period (``counts`` lines up with ``CoverageChart.periods``)."""

    outlet: str  # the outlet as given, or UNKNOWN_OUTLET / OTHER_OUTLETS
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class CoverageChart:
    """A topic's dated sources per outlet and period, drawn and as numbers."""

    unit: str  # day | week | month | year
    periods: tuple[str, ...]  # each period, oldest first, ISO ("2024-08-13", "week of 2024-08-12", "2024-08")
    rows: tuple[CoverageRow, ...]  # every outlet (the table lists them all)
    undated: int  # sources without a date, not drawn
    svg: str


@dataclass(frozen=True)
class FigurePoint:
    """One report of the quantity: which source said which value, and when it was published."""

    figure: Figure
    outlet: str  # the outlet, or UNKNOWN_OUTLET
    date: str | None  # the article's date, ISO
    value: str  # the value as drawn, in words ("at least 22,722")


@dataclass(frozen=True)
class FigureChart:
    """The values several sources give for one quantity, by date and source."""

    key: str
    label: str  # what is counted ("people killed")
    unit: str
    story_id: str  # the story whose sources report it
    story_title: str
    points: tuple[FigurePoint, ...]  # in date order, undated last (the table lists them all)
    svg: str


@dataclass(frozen=True)
class TopicCharts:
    """The charts of one topic page; empty when its sources give nothing to draw."""

    coverage: CoverageChart | None
    figures: tuple[FigureChart, ...]

    def __bool__(self) -> bool:
        return self.coverage is not None or bool(self.figures)


# --- SVG pieces ---------------------------------------------------------------------------------


def _svg(chart_id: str, height: float, title: str, desc: str, body: Iterable[str]) -> str:
    """The ``<svg>`` element on one line with no blank line (Markdown passes it through as one
    raw HTML block). ``title`` and ``desc`` are already escaped. The title names the picture and
    the description says its numbers in words: one as the accessible name, the other as the
    description, so a screen reader announces a short name and reads the rest on request."""
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" class="briefing-chart__svg" viewBox="0 0 {WIDTH} {_c(height)}" '
            f'role="img" aria-labelledby="{chart_id}-title" aria-describedby="{chart_id}-desc" focusable="false" '
            f'style="display:block;width:100%;height:auto;max-width:{MAX_WIDTH}" '
            f'font-family="inherit" font-size="{SMALL}" fill="currentColor">'
            f'<title id="{chart_id}-title">{title}</title><desc id="{chart_id}-desc">{desc}</desc>')
    return head + "".join(body) + "</svg>"


def _text(x: float, y: float, text: str, size: int = SMALL, anchor: str = "start", weight: str = "") -> str:
    bold = ' font-weight="bold"' if weight else ""
    return (f'<text x="{_c(x)}" y="{_c(y)}" font-size="{size}" text-anchor="{anchor}"{bold}>{text}</text>')


def _line(x1: float, y1: float, x2: float, y2: float, opacity: str = "0.35", width: str = "1") -> str:
    return (f'<line x1="{_c(x1)}" y1="{_c(y1)}" x2="{_c(x2)}" y2="{_c(y2)}" stroke="currentColor" '
            f'stroke-opacity="{opacity}" stroke-width="{width}"/>')


# --- coverage over time -------------------------------------------------------------------------


def _unit(first: dt.date, last: dt.date) -> str:
    span = (last - first).days
    months = (last.year - first.year) * 12 + last.month - first.month
    if span < DAY_SPAN:
        return "day"
    if span < WEEK_SPAN:
        return "week"
    return "month" if months < MONTH_SPAN else "year"


def _period_start(day: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())  # weeks start on Monday (ISO)
    if unit == "month":
        return day.replace(day=1)
    if unit == "year":
        return day.replace(month=1, day=1)
    return day


def _next_period(start: dt.date, unit: str) -> dt.date:
    if unit == "day":
        return start + dt.timedelta(days=1)
    if unit == "week":
        return start + dt.timedelta(days=7)
    if unit == "month":
        return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return start.replace(year=start.year + 1)


def _period_label(start: dt.date, unit: str, year: bool = True) -> str:
    if unit == "day":
        return day_label(start, year)
    if unit == "week":
        return "week of " + day_label(start, year)
    if unit == "month":
        return f"{_MONTHS[start.month - 1]} {start.year}"
    return str(start.year)


def _period_iso(start: dt.date, unit: str) -> str:
    """A period as the site writes dates elsewhere (ISO): for the table next to the chart."""
    if unit == "day":
        return start.isoformat()
    if unit == "week":
        return f"week of {start.isoformat()}"
    return start.isoformat()[:7] if unit == "month" else str(start.year)


def coverage_chart(chart_id: str, topic_title: str, articles: Sequence[Article]) -> CoverageChart | None:
    """Articles per period and outlet for one topic's sources; ``None`` when fewer than two
    different dates are known (one date is not a picture of time, the page says the date)."""
    dated = [(d, a) for a in articles if (d := _date(a.meta.date)) is not None]
    if len({d for d, _ in dated}) < 2:
        return None
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    unit = _unit(first, last)
    starts = [_period_start(first, unit)]
    while (nxt := _next_period(starts[-1], unit)) <= last:
        starts.append(nxt)
    column = {s: i for i, s in enumerate(starts)}
    per_outlet: dict[str, list[int]] = {}
    for d, a in dated:
        per_outlet.setdefault(_outlet(a), [0] * len(starts))[column[_period_start(d, unit)]] += 1
    # Most articles first; the unknown outlet last; then by name (casefolded, then as written).
    rows = tuple(sorted((CoverageRow(o, tuple(c)) for o, c in per_outlet.items()),
                        key=lambda r: (r.outlet == UNKNOWN_OUTLET, -r.total, r.outlet.casefold(), r.outlet)))
    periods = tuple(_period_iso(s, unit) for s in starts)
    svg = _coverage_svg(chart_id, topic_title, unit, starts, rows, len(articles) - len(dated))
    return CoverageChart(unit, periods, rows, len(articles) - len(dated), svg)


def _drawn_rows(rows: tuple[CoverageRow, ...]) -> list[tuple[str, tuple[int, ...], bool]]:
    """(label, counts, is the total) per strip: all sources, the largest outlets, the other
    outlets together, and the sources whose outlet is unknown."""
    width = len(rows[0].counts)
    named = [r for r in rows if r.outlet != UNKNOWN_OUTLET]
    unknown = [r for r in rows if r.outlet == UNKNOWN_OUTLET]
    shown, rest = named[:MAX_OUTLET_ROWS], named[MAX_OUTLET_ROWS:]
    out: list[tuple[str, tuple[int, ...], bool]] = []
    if len(rows) > 1:
        out.append(("All sources", tuple(sum(r.counts[i] for r in rows) for i in range(width)), True))
    out += [(r.outlet, r.counts, False) for r in shown]
    if rest:
        label = rest[0].outlet if len(rest) == 1 else f"{len(rest)} {OTHER_OUTLETS}"
        out.append((label, tuple(sum(r.counts[i] for r in rest) for i in range(width)), False))
    out += [(r.outlet, r.counts, False) for r in unknown]
    return out


def _articles(n: int) -> str:
    return f"{n} article{'' if n == 1 else 's'}"


def _coverage_svg(chart_id: str, topic_title: str, unit: str, starts: list[dt.date],
                  rows: tuple[CoverageRow, ...], undated: int) -> str:
    strips = _drawn_rows(rows)
    n = len(starts)
    top = max(max(c) for _, c, _ in strips)
    plot_w = WIDTH - 2 * PAD
    col = plot_w / n
    bar_w = max(min(col * 0.72, 28.0), 1.5)
    band = 24.0
    gap = SMALL + 2  # between a strip's label and its tallest bar: room for a count
    row_h = LABEL + gap + band + 6
    body: list[str] = []
    y = 0.0
    for label, counts, is_total in strips:
        name = xml_text(label, MAX_LABEL_CHARS)
        body.append(_text(PAD, y + LABEL, f"{name} · {_articles(sum(counts))}", LABEL, weight="bold" if is_total else ""))
        base = y + LABEL + gap + band
        body.append(_line(PAD, base, WIDTH - PAD, base))
        opacity = "" if is_total else ' fill-opacity="0.7"'
        for i, k in enumerate(counts):
            if not k:
                continue
            h = max(band * k / top, 2.0)
            x = PAD + col * i + (col - bar_w) / 2
            body.append(f'<rect x="{_c(x)}" y="{_c(base - h)}" width="{_c(bar_w)}" height="{_c(h)}"{opacity}/>')
            if col >= 16 and k > 1:  # the shortest bars are one article; taller ones say how many
                body.append(_text(x + bar_w / 2, base - h - 2, str(k), SMALL, "middle"))
        y += row_h
    # The time axis: the first and last period, and evenly spaced ones between where they fit.
    axis_y = y + SMALL - 4
    ticks = _tick_columns(n, max(2, int(plot_w // 95)))
    for i in ticks:
        x = PAD + col * i + col / 2
        anchor = "start" if i == 0 else "end" if i == n - 1 else "middle"
        tx = PAD if i == 0 else WIDTH - PAD if i == n - 1 else x
        body.append(_line(x, y - 10, x, y - 6, "0.6"))
        show_year = i in (0, n - 1) or unit in ("month", "year")
        # A week is marked by its Monday on the axis ("week of" is in the description and table).
        mark = day_label(starts[i], show_year) if unit == "week" else _period_label(starts[i], unit, show_year)
        body.append(_text(tx, axis_y, xml_text(mark), SMALL, anchor))
    height = axis_y + 6
    per = {"day": "day", "week": "week", "month": "month", "year": "year"}[unit]
    where = "; ".join(f"{r.outlet} {r.total}" for r in rows[:MAX_OUTLET_ROWS])
    if len(rows) > MAX_OUTLET_ROWS:
        where += f"; {len(rows) - MAX_OUTLET_ROWS} more outlets {sum(r.total for r in rows[MAX_OUTLET_ROWS:])}"
    dated = sum(r.total for r in rows)
    desc = (f"{_articles(dated)} per {per} from {_period_label(starts[0], unit)} to {_period_label(starts[-1], unit)}"
            f", by outlet: {where}."
            + (f" {_articles(undated)} without a date not shown." if undated else ""))
    title = f"Coverage over time: {topic_title}"
    return _svg(chart_id, height, xml_text(title), xml_text(desc), body)


def _tick_columns(n: int, most: int) -> list[int]:
    if n <= most:
        return list(range(n))
    step = (n - 1) / (most - 1)
    return sorted({round(step * k) for k in range(most)})


# --- a figure by date and source ----------------------------------------------------------------


def _figure_value(f: Figure) -> str:
    assert f.value is not None
    shown = number(f.value)
    if f.high is not None and f.high != f.value:
        shown += f" to {number(f.high)}"
    return f"{f.qualifier} {shown}".strip()


def _nice_top(value: float) -> tuple[float, float]:
    """An axis end at or above ``value`` and its tick step (1, 2 or 5 times a power of ten)."""
    if value <= 0:
        return 1.0, 1.0
    rough = value / 4  # about four steps
    power = 10.0 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1.0, 2.0, 5.0, 10.0) if m * power >= rough * 0.999999)
    return math.ceil(value / step - 1e-9) * step, step


def figure_chart(chart_id: str, quantity: Quantity) -> FigureChart:
    """One row per report (date and outlet, then a dot at its value, a bar for a range, an arrow
    for "over"/"at least" or "nearly"/"up to"), rows in date order on one value axis from zero.
    Dated reports are joined by a thin line, in date order, to show the change."""
    pts, label = quantity.points, quantity.label
    drawn = pts[:MAX_FIGURE_ROWS]
    top_value = max(max(p.figure.value or 0.0, p.figure.high or 0.0) for p in drawn)
    top, step = _nice_top(top_value)
    left, right = PAD + 4, WIDTH - PAD - ARROW - 6  # room for an "over" arrow at the top value
    band = 20.0
    row_h = LABEL + 4 + band + 6

    def x_of(v: float) -> float:
        return left + (right - left) * max(v, 0.0) / top

    body: list[str] = []
    plot_h = row_h * len(drawn)
    k = 0
    while step * k <= top + step / 1000:  # faint guides at each tick, under the dots
        x = x_of(step * k)
        body.append(_line(x, 0, x, plot_h, "0.15"))
        k += 1
    trend: list[tuple[float, float]] = []
    for i, p in enumerate(drawn):
        f = p.figure
        assert f.value is not None
        y0 = row_h * i
        when = day_label(d) if (d := _date(p.date)) else UNKNOWN_DATE
        body.append(_text(PAD, y0 + LABEL, f"{xml_text(when)} · {xml_text(p.outlet, MAX_LABEL_CHARS)}", LABEL))
        cy = y0 + LABEL + 4 + band / 2
        x = x_of(f.value)
        if f.high is not None and f.high != f.value:
            body.append(_line(x, cy, x_of(f.high), cy, "1", "3"))
            body.append(f'<circle cx="{_c(x_of(f.high))}" cy="{_c(cy)}" r="4"/>')
        elif f.qualifier in ("over", "at least"):
            body.append(_arrow(x, cy, +1))
        elif f.qualifier in ("nearly", "up to", "under"):
            body.append(_arrow(x, cy, -1))
        body.append(f'<circle cx="{_c(x)}" cy="{_c(cy)}" r="5"/>')
        end = x_of(f.high) if f.high is not None else x
        value = xml_text(p.value)
        if end < left + (right - left) * 0.55:  # the value in words beside the dot, clear of an arrow
            body.append(_text(end + ARROW + 10, cy + 4, value, SMALL))
        else:
            body.append(_text(x - ARROW - 10, cy + 4, value, SMALL, "end"))
        if d is not None:
            trend.append((x, cy))
    if len(trend) >= 2:
        line = " ".join(f"{_c(x)},{_c(y)}" for x, y in trend)
        body.insert(0, f'<polyline points="{line}" fill="none" stroke="currentColor" stroke-opacity="0.5" '
                       'stroke-dasharray="3 3"/>')
    axis_y = plot_h + 2
    body.append(_line(left, axis_y, right, axis_y, "0.6"))
    k = 0
    ticks = []
    while step * k <= top + step / 1000:
        ticks.append(step * k)
        k += 1
    every = max(1, math.ceil(len(ticks) / 5))  # at most five numbers under the axis
    for j, v in enumerate(ticks):
        if j % every and j != len(ticks) - 1:
            continue
        x = x_of(v)
        anchor = "start" if j == 0 else "end" if j == len(ticks) - 1 else "middle"
        body.append(_line(x, axis_y, x, axis_y + 4, "0.6"))
        body.append(_text(x, axis_y + 4 + SMALL, xml_text(number(v)), SMALL, anchor))
    height = axis_y + 8 + SMALL
    unit = drawn[0].figure.unit
    dates = sorted({d for p in pts if (d := _date(p.date)) is not None})
    span = (f" from {day_label(dates[0])} to {day_label(dates[-1])}" if len(dates) >= 2
            else f" on {day_label(dates[0])}" if dates else "")
    said = "; ".join(f"{day_label(d) if (d := _date(p.date)) else UNKNOWN_DATE}, {p.outlet}: {p.value}" for p in pts)
    in_unit = "" if unit in label.split() else f" ({unit})"  # "people killed" needs no "(people)"
    desc = (f"{len(pts)} reports of {label}{in_unit}{span}: {said}."
            + (f" The first {MAX_FIGURE_ROWS} are drawn." if len(pts) > MAX_FIGURE_ROWS else ""))
    title = f"{label[:1].upper()}{label[1:]}: values by date and source"
    svg = _svg(chart_id, height, xml_text(title), xml_text(desc), body)
    return FigureChart(quantity.key, label, unit, quantity.story.id, quantity.story.title, pts, svg)


def _arrow(x: float, y: float, direction: int) -> str:
    """A short arrow from the dot: the true value lies this way ("over", "nearly")."""
    tip = x + direction * ARROW
    return (_line(x, y, tip, y, "1", "1.5")
            + f'<path d="M{_c(tip)},{_c(y)} l{_c(-direction * 5)},-4 v8 z"/>')


# --- per topic ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quantity:
    """One quantity several sources report: a story's figure check, cut to the topic's sources."""

    key: str
    label: str
    story: StoryGroup
    points: tuple[FigurePoint, ...]  # in date order, undated last


def figure_points(members: Sequence[str], articles: Mapping[str, Article], figures: Mapping[str, Figure],
                  checks: Mapping[tuple[str, str], Sequence[FigureCheck]], story_of: Mapping[str, StoryGroup],
                  relevant: Container[tuple[str, int]] | None = None) -> list[Quantity]:
    """The quantities worth a chart among ``members``' figures, most telling first.

    A quantity is a *story* check: figures that the analysis lined up as one measure of one
    event (same key, shared context, same time cue). The topic-level checks are left out: they
    gather one key across different events on purpose ("people killed" in two attacks), which
    a line by date would present as one toll. Kept: two or more sources of the topic with a
    value in one unit (the most used; one axis), and values that differ (several reports of one
    value are said in the figures table; a picture adds nothing). Order: most different values,
    then most sources, then key and story id. Reads only the checks of the topic's stories.

    ``relevant`` holds the (article id, sentence index) of the sentences that are about the
    topic: a figure elsewhere in a source (the F-16 deal on a Gaza page) is not drawn there."""
    wanted = set(members)
    stories = {story_of[a].id: story_of[a] for a in members if a in story_of}
    out = []
    for sid, story in sorted(stories.items()):
        for c in checks.get(("story", sid), ()):
            figs = [f for fid in dict.fromkeys(c.figures)
                    if (f := figures.get(fid)) is not None and f.article_id in wanted and f.value is not None
                    and (relevant is None or (f.article_id, f.index) in relevant)]
            units: dict[str, int] = {}
            for f in figs:
                units[f.unit] = units.get(f.unit, 0) + 1
            if not units:
                continue
            unit = min(units, key=lambda u: (-units[u], u))
            figs = [f for f in figs if f.unit == unit]
            if len({f.article_id for f in figs}) < 2 or len({_figure_value(f) for f in figs}) < 2:
                continue
            points = sorted((FigurePoint(f, _outlet(articles[f.article_id]), articles[f.article_id].meta.date or None,
                                         _figure_value(f)) for f in figs),
                            key=lambda p: (_date(p.date) is None, p.date or "", p.outlet.casefold(), p.outlet,
                                           p.figure.id))
            out.append(Quantity(c.key, c.label, story, tuple(points)))
    out.sort(key=lambda q: (-len({p.value for p in q.points}), -len({p.figure.article_id for p in q.points}),
                            q.key, q.story.id))
    return out


def _outlet(a: Article) -> str:
    return _WS.sub(" ", a.meta.outlet).strip() if a.meta.outlet and a.meta.outlet.strip() else UNKNOWN_OUTLET


def topic_charts(td: TopicDigest, topic_title: str, articles: Mapping[str, Article], figures: Mapping[str, Figure],
                 checks: Mapping[tuple[str, str], Sequence[FigureCheck]], story_of: Mapping[str, StoryGroup],
                 matches: Mapping[tuple[str, str], TopicMatch] | None = None) -> TopicCharts:
    """The charts of one topic page, from its sources (``td.sources``) and the story figure checks;
    with ``matches`` ((topic id, article id) → match), only figures of the sentences about the topic."""
    members = [s.article_id for s in td.sources]
    coverage = coverage_chart("chart-coverage", topic_title, [articles[a] for a in members])
    relevant = None if matches is None else {
        (a, i) for a in members if (m := matches.get((td.topic_id, a))) is not None for i, _ in m.sentence_scores}
    found = figure_points(members, articles, figures, checks, story_of, relevant)[:MAX_FIGURE_CHARTS]
    charts = tuple(figure_chart(f"chart-figure-{i + 1}", q) for i, q in enumerate(found))
    return TopicCharts(coverage, charts)
