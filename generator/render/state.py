"""What the site looked like at the previous build, and what changed since: the "What's new" page.

The state is kept from build to build in ``docs/.briefing/state.json``, a file the generator
owns and writes with every other generated file (through the writer and its manifest). It
records, for each article, a hash of its content and the date of the build that first
published it, each story's member articles, and the history of the last :data:`KEEP_BUILDS`
builds that changed something. The pipeline reads the previous file (:func:`parse_state`);
everything here is pure: the build date is passed in, never read from the clock.

The file sits in ``docs/`` and can be edited in a pull request, so it is not trusted: every
value is checked on reading, and the titles it holds reach a page only through the ``md``
filter, like any other article text.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field

from ..errors import WriteError
from ..models import Article, Digest

STATE = ".briefing/state.json"
# The history keeps this many builds that changed something: about a month of daily builds.
KEEP_BUILDS = 20
# A build lists at most this many changes of one kind on the page (the rest are counted).
SHOW_CHANGES = 100
MAX_STATE_BYTES = 50_000_000  # 10,000 articles take ~1 MB; more is not a file we wrote
_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,199}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_HEX = re.compile(r"[0-9a-f]{64}")
KINDS = ("article", "story")
WHATS = ("added", "changed", "removed")


@dataclass(frozen=True)
class Change:
    """One article or story added, changed or removed by a build."""

    kind: str  # article | story
    id: str
    what: str  # added | changed | removed
    title: str  # as it was at that build (untrusted: shown through |md)


@dataclass(frozen=True)
class BuildEntry:
    """A build that changed something: its date and the changes."""

    date: str  # YYYY-MM-DD
    changes: tuple[Change, ...] = ()
    first: bool = False  # the first build: everything was new, counted rather than listed
    articles: int = 0  # how many articles and stories the site had after this build
    stories: int = 0


@dataclass(frozen=True)
class State:
    """The site as one build left it."""

    articles: dict[str, str] = field(default_factory=dict)  # article id → content hash
    first_seen: dict[str, str] = field(default_factory=dict)  # article id → date of the build that first published it
    stories: dict[str, tuple[str, ...]] = field(default_factory=dict)  # story id → member article ids
    history: tuple[BuildEntry, ...] = ()  # newest first
    titles: dict[str, str] = field(default_factory=dict)  # "kind:id" → title, to name what was removed


@dataclass(frozen=True)
class Build:
    """What a build knows about itself, passed in from the pipeline's edge."""

    date: str | None = None  # YYYY-MM-DD (SOURCE_DATE_EPOCH if set, else today in UTC); None: not known
    site_url: str = ""  # the published address (mkdocs.yml site_url / SITE_URL), "" if not set
    site_name: str = "Briefing"  # mkdocs.yml site_name, the feeds' title
    previous: State | None = None  # the state the previous build left in docs/, if any


def article_hash(a: Article) -> str:
    """A hash of everything a reader sees of an article: its metadata and its sentences."""
    m = a.meta
    data = json.dumps([m.title, m.title_derived, m.outlet, m.url, m.date, m.author,
                       [[s.paragraph, s.text] for s in a.sentences]], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()


def next_state(previous: State | None, digest: Digest, date: str | None) -> State:
    """The state this build leaves: the previous one, updated with what changed.

    A build that changes nothing adds nothing to the history, so rebuilding the same input gives
    the same state and the same pages. Two builds that change something on the same day are one
    entry (the page lists what is new per day), except the first build's, which is only counted."""
    day = date or "unknown"
    articles = {a.id: article_hash(a) for a in digest.articles}
    stories = {g.id: tuple(g.article_ids) for g in digest.stories}
    titles = {**{f"article:{a.id}": a.meta.title for a in digest.articles},
              **{f"story:{g.id}": g.title for g in digest.stories}}
    old_seen = previous.first_seen if previous else {}
    first_seen = {aid: old_seen.get(aid, day) for aid in sorted(articles)}
    if previous is None:
        entry = BuildEntry(day, (), True, len(articles), len(stories))
        return State(articles, first_seen, stories, (entry,), titles)
    changes: list[Change] = []
    for aid in sorted(articles):
        if aid not in previous.articles:
            changes.append(Change("article", aid, "added", titles[f"article:{aid}"]))
        elif previous.articles[aid] != articles[aid]:
            changes.append(Change("article", aid, "changed", titles[f"article:{aid}"]))
    for aid in sorted(set(previous.articles) - set(articles)):
        changes.append(Change("article", aid, "removed", previous.titles.get(f"article:{aid}", aid)))
    for sid in sorted(stories):
        if sid not in previous.stories:
            changes.append(Change("story", sid, "added", titles[f"story:{sid}"]))
        elif previous.stories[sid] != stories[sid]:
            changes.append(Change("story", sid, "changed", titles[f"story:{sid}"]))
    for sid in sorted(set(previous.stories) - set(stories)):
        changes.append(Change("story", sid, "removed", previous.titles.get(f"story:{sid}", sid)))
    history = previous.history
    if changes:
        if history and history[0].date == day and not history[0].first:
            entry = _merge(history[0], changes, len(articles), len(stories))
            history = (entry, *history[1:])
        else:
            history = (BuildEntry(day, tuple(changes), False, len(articles), len(stories)), *history)
    # Only the titles of what may be removed later are kept: the current articles and stories.
    return State(articles, first_seen, stories, history[:KEEP_BUILDS], titles)


def _merge(entry: BuildEntry, changes: list[Change], articles: int, stories: int) -> BuildEntry:
    """One day's entry after a second build that day: what was added earlier that day and
    changed since stays "added"; what was added and removed the same day is not listed."""
    merged = {(c.kind, c.id): c for c in entry.changes}
    for c in changes:
        before = merged.get((c.kind, c.id))
        if before is not None and before.what == "added" and c.what == "removed":
            del merged[(c.kind, c.id)]
        elif before is not None and before.what == "added" and c.what == "changed":
            merged[(c.kind, c.id)] = Change(c.kind, c.id, "added", c.title)
        else:
            merged[(c.kind, c.id)] = c
    ordered = sorted(merged.values(), key=lambda c: (KINDS.index(c.kind), c.id))
    return BuildEntry(entry.date, tuple(ordered), entry.first, articles, stories)


def state_json(state: State) -> str:
    """The state as the file ``docs/.briefing/state.json`` holds it (sorted, stable bytes)."""
    data = {
        "version": 1,
        "articles": {aid: {"hash": h, "first_seen": state.first_seen.get(aid, "")}
                     for aid, h in sorted(state.articles.items())},
        "stories": {sid: list(m) for sid, m in sorted(state.stories.items())},
        "titles": dict(sorted(state.titles.items())),
        "history": [{"date": e.date, "first": e.first, "articles": e.articles, "stories": e.stories,
                     "changes": [[c.kind, c.id, c.what, c.title] for c in e.changes]} for e in state.history],
    }
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def parse_state(text: str, where: str) -> State:
    """Read a state file back, checking every value; a damaged file is an error naming it."""
    def bad(why: str) -> WriteError:
        return WriteError(f"{where}: damaged build state ({why}); it keeps the \"What's new\" history. "
                          "Restore it from version control, or delete it to start the history afresh.")

    try:
        data = json.loads(text)
    except ValueError as exc:
        raise bad(f"not JSON: {exc}") from exc
    if not isinstance(data, dict) or data.get("version") != 1:
        raise bad("not a version 1 state")
    arts, stories, titles, history = (data.get(k) for k in ("articles", "stories", "titles", "history"))
    if not (isinstance(arts, dict) and isinstance(stories, dict) and isinstance(titles, dict)
            and isinstance(history, list)):
        raise bad("'articles', 'stories' and 'titles' must be mappings, 'history' a list")
    articles: dict[str, str] = {}
    first_seen: dict[str, str] = {}
    for aid, v in arts.items():
        if not (_ID.fullmatch(aid) and isinstance(v, dict) and isinstance(v.get("hash"), str)
                and _HEX.fullmatch(v["hash"]) and isinstance(v.get("first_seen"), str)):
            raise bad(f"article {aid[:80]!r}")
        articles[aid] = v["hash"]
        if _DATE.fullmatch(v["first_seen"]):
            first_seen[aid] = v["first_seen"]
    members: dict[str, tuple[str, ...]] = {}
    for sid, m in stories.items():
        if not (_ID.fullmatch(sid) and isinstance(m, list) and all(isinstance(x, str) and _ID.fullmatch(x) for x in m)):
            raise bad(f"story {sid[:80]!r}")
        members[sid] = tuple(m)
    kept_titles = {k: _title(v) for k, v in titles.items() if isinstance(k, str) and isinstance(v, str)}
    entries = []
    for e in history[:KEEP_BUILDS]:
        if not (isinstance(e, dict) and isinstance(e.get("date"), str) and (_DATE.fullmatch(e["date"])
                or e["date"] == "unknown") and isinstance(e.get("changes"), list)):
            raise bad("a history entry")
        changes = []
        for c in e["changes"]:
            if not (isinstance(c, list) and len(c) == 4 and c[0] in KINDS and isinstance(c[1], str)
                    and _ID.fullmatch(c[1]) and c[2] in WHATS and isinstance(c[3], str)):
                raise bad(f"a change of {e['date']}")
            changes.append(Change(c[0], c[1], c[2], _title(c[3])))
        counts = [e.get(k, 0) for k in ("articles", "stories")]
        if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in counts):
            raise bad(f"the counts of {e['date']}")
        entries.append(BuildEntry(e["date"], tuple(changes), e.get("first") is True, counts[0], counts[1]))
    return State(articles, first_seen, members, tuple(entries), kept_titles)


def _title(text: str) -> str:
    return text[:500]


def dated(a: Article, state: State | None, build_date: str | None) -> str | None:
    """The date a reader sees for an article in a feed: its own date, else the date of the build
    that first published it (deterministic: it comes from the state, not the clock)."""
    if a.meta.date:
        return a.meta.date
    if state is not None and a.id in state.first_seen:
        return state.first_seen[a.id]
    return build_date
