"""People, organisations and places named in the text, with their aliases merged.

A name is a run of capitalised words. Nothing is invented: a name is kept only when the text
says what it is — a title or a speech verb for a person ("President Erdogan", "Flake said"),
an organisation word or an acronym for an organisation ("State Department", "NATO"), a
preposition of place for a place ("in Ankara") — or when the ``entities`` setting names it.
A capitalised word that only ever starts a sentence ("Despite", "Reports") is not a name.
Shorter forms of a person's name merge into the full name when only one full name fits
("Erdogan", "Tayyip Erdogan" → "Recep Tayyip Erdogan").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..models import Article, Entity, Mention
from .text import STOPWORDS

KINDS = ("person", "organisation", "place")

_TITLE_WORDS = (
    "President", "Vice President", "Prime Minister", "Foreign Minister", "Defence Minister", "Defense Minister",
    "Minister", "Secretary of State", "State Secretary", "Secretary", "Ambassador", "Chancellor", "King", "Queen",
    "Prince", "Senator", "Sen.", "Rep.", "Governor", "Mayor", "General", "Gen.", "Sheikh", "Pope", "Judge",
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Professor", "Prof.", "Chief Executive", "Spokesperson",
    "Spokesman", "Spokeswoman", "Leader", "Speaker", "Commissioner", "Director", "Chairman", "Chief",
)
_TITLE = re.compile(r"(?:\b(?:[A-Z][\w.]*\s+){0,3}?)?\b(?:" + "|".join(
    re.escape(t) for t in sorted(_TITLE_WORDS, key=len, reverse=True)) + r")(?:\s+to\s+[A-Z][\w]+)?\s+$")
_ROLE_BEFORE = re.compile(r"\b(spokesperson|spokesman|spokeswoman|professor|minister|ambassador|official|"
                          r"leader|chief|president|secretary|envoy|diplomat|founder|chairman|director)\s+$",
                          re.IGNORECASE)
_ROLE_AFTER = re.compile(r"^,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(leader|professor|spokesperson|spokesman|"
                         r"minister|president|official|chief|head|founder|chairman|director|ambassador|"
                         r"secretary|lawyer|analyst|researcher|author|executive|critic)\b")
_SPEECH = (r"(?:said|says|told|added|stated|asked|noted|warned|insisted|stressed|emphasi[sz]ed|explained|"
           r"argued|wrote|highlighted|acknowledged|observed|urged|declared|announced|saying|quoted)")
_SPEAKER_AFTER = re.compile(r"^(?:['’]s\b)?\s+(?:\w+ly\s+)?" + _SPEECH + r"\b")
_SPEAKER_BEFORE = re.compile(r"\b" + _SPEECH + r"\s+$")
_ORG_WORDS = frozenset("""Department Ministry Group Media University College Congress Council Party Agency Office
    Association Press News Times Journal Company Corporation Corp Inc Ltd Union Commission Organization
    Organisation Court Parliament Senate Army Forces Committee Institute Foundation Authority Police Service
    Network Broadcasting Reuters Agency Airlines Club League Federation Fund""".split())
_PLACE_BEFORE = re.compile(r"\b(?:in|from|to|into|across|near|at|toward|towards|outside|inside|throughout|"
                           r"via|visited|visiting|visit|capital)\s+(?:the\s+)?(?:[a-z]+ern\s+)?$")
_NAME = re.compile(
    r"(?:[A-Z][\w'’.-]*|U\.S\.|U\.K\.)(?:\s+(?:of\s+|the\s+|al-|bin\s+|de\s+|van\s+|von\s+)?"
    r"(?:[A-Z][\w'’.-]*))*"
)
_POSSESSIVE = re.compile(r"['’]s$")
_LEADING = frozenset("The A An This That These Those But And Or So Yet In On At As Of For By With From To".split())
_NOT_NAMES = frozenset("""I Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Mr Mrs Ms Dr""".split())


@dataclass(frozen=True)
class EntitySetting:
    """What the ``entities`` setting says about one entity (mirrors the config record)."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    role: str | None = None


@dataclass
class _Candidate:
    name: str
    cues: Counter[str] = field(default_factory=Counter)  # kind → evidence count
    roles: Counter[str] = field(default_factory=Counter)
    mid: int = 0  # times seen not at a sentence start


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "entity"


def _clean_name(raw: str) -> str:
    name = _POSSESSIVE.sub("", raw.strip())
    if re.search(r"(?:^|\s)(?:[A-Z]\.){2,}$", name):  # "U.S.", "U.N.": the last dot is the name's
        return name
    return name.rstrip(".,;:")


def _pieces(sentence: str) -> list[tuple[int, str]]:
    """Capitalised runs in a sentence, with their start offsets; hyphen compounds split
    ("US-Turkey" → "US", "Turkey"; "Iran-backed" → "Iran")."""
    out = []
    for m in _NAME.finditer(sentence):
        if m.start() > 0 and (sentence[m.start() - 1].isalnum() or sentence[m.start() - 1] in "-'’"):
            continue
        text = m.group()
        offset = m.start()
        for part in re.split(r"(?<=[a-z.])-(?=[A-Za-z])", text):
            name = _clean_name(part)
            if name and name[0].isupper() and not any(c.isdigit() for c in name):
                out.append((offset + text.find(part), name))
    return out


def _at_start(sentence: str, pos: int) -> bool:
    return not sentence[:pos].strip(" “\"'‘(")


def _strip_leading(name: str, start: bool, mid_words: set[str]) -> str:
    words = name.split()
    while words and (words[0] in _LEADING or words[0] in ("of", "the") or (start and words[0] not in mid_words)):
        words = words[1:]
        start = False
    while words and words[-1] in ("of", "the"):
        words = words[:-1]
    return " ".join(words)


def find_entities(articles: Sequence[Article], settings: Sequence[EntitySetting] = ()) -> tuple[Entity, ...]:
    """Every person, organisation and place the text names, aliases merged, mentions listed."""
    # Words seen capitalised away from a sentence start: only these may begin a name there.
    mid_words: set[str] = set()
    for a in articles:
        for s in a.sentences:
            for pos, name in _pieces(s.text):
                if not _at_start(s.text, pos):
                    mid_words.update(name.split())
    cands: dict[str, _Candidate] = {}
    for a in articles:
        for s in a.sentences:
            text = s.text
            for pos, raw in _pieces(text):
                start = _at_start(text, pos)
                name = _strip_leading(raw, start, mid_words)
                if not name:
                    continue
                pos = pos + raw.find(name)
                end = pos + len(name)
                before, after = text[:pos], text[end:]
                name, role = _split_title(name)
                posted = _POSTED.search(before)
                if posted and len(name.split()) >= 3:  # "Ambassador to Turkey Jeff Flake"
                    role = f"{posted.group().strip()} {name.split()[0]}"
                    name = " ".join(name.split()[1:])
                if not name or name in _NOT_NAMES or name.lower() in STOPWORDS or _is_demonym(name):
                    continue
                c = cands.setdefault(name, _Candidate(name))
                if not start:
                    c.mid += 1
                _cue(c, name, before, after, role)
    table = _settings_table(settings)
    entities = _merge(cands, table)
    return _with_mentions(articles, entities)


def _is_demonym(name: str) -> bool:
    """"Turkish", "Israeli", "Iranian": adjectives, not names."""
    return " " not in name and (bool(re.search(r"(?:ish|ian|ean|ese)$", name)) or name in _DEMONYMS_I)


_DEMONYMS_I = frozenset("""Israeli Iraqi Saudi Kuwaiti Yemeni Omani Pakistani Bangladeshi Somali Qatari Emirati Afghani
    Azerbaijani Nepali Thai Malawi Burundi Hindi Farsi""".split())


_POSTED = re.compile(r"\b(?:Ambassador|Envoy|Minister|Secretary|Consul)\s+to\s+$")


def _split_title(name: str) -> tuple[str, str | None]:
    """"Turkish President Tayyip Erdogan" → ("Tayyip Erdogan", "Turkish President")."""
    words = name.split()
    for i in range(len(words) - 1, 0, -1):
        head = " ".join(words[:i])
        if _TITLE.search(head + " ") and words[i - 1].rstrip(".") in {w.split()[-1].rstrip(".") for w in _TITLE_WORDS}:
            if words[i] in ("of", "the"):  # "Minister of Foreign Affairs of Turkey": all title
                return "", head
            return " ".join(words[i:]), head
    if name in _TITLE_WORDS:
        return "", None
    return name, None


def _cue(c: _Candidate, name: str, before: str, after: str, role: str | None) -> None:
    if role:
        c.cues["person"] += 2
        c.roles[role] += 1
    elif _TITLE.search(before) or _ROLE_BEFORE.search(before):
        c.cues["person"] += 2
        m = _TITLE.search(before) or _ROLE_BEFORE.search(before)
        c.roles[m.group().strip()] += 1  # type: ignore[union-attr]
    m = _ROLE_AFTER.match(after)
    if m:
        c.cues["person"] += 2
        c.roles[after[2:m.end()].strip()] += 1
    words = name.split()
    if _SPEAKER_AFTER.match(after) and len(words) >= 2 and not (set(words) & _ORG_WORDS):
        c.cues["person"] += 1
    if _SPEAKER_BEFORE.search(before) and len(words) >= 2:
        c.cues["person"] += 1
    if set(words) & _ORG_WORDS or (len(name) >= 3 and name.isupper() and name.isalpha()):
        c.cues["organisation"] += 2
    if _PLACE_BEFORE.search(before):
        c.cues["place"] += 1


def _settings_table(settings: Sequence[EntitySetting]) -> dict[str, EntitySetting]:
    table = {}
    for e in settings:
        for alias in (e.name, *e.aliases):
            table[alias] = e
    return table


@dataclass
class _Built:
    name: str
    kind: str
    aliases: set[str]
    roles: Counter[str]
    configured: bool


def _kind(c: _Candidate) -> str | None:
    if not c.cues:
        return None
    kind, score = c.cues.most_common(1)[0]
    if kind == "person" and c.cues["organisation"] >= score:
        return "organisation"
    if kind == "person" and c.cues["place"] > score:
        return "place"
    return kind


def _merge(cands: dict[str, _Candidate], table: dict[str, EntitySetting]) -> list[_Built]:
    built: dict[str, _Built] = {}
    # Configured entities first: they claim their aliases.
    claimed: dict[str, str] = {}
    for alias, e in table.items():
        if e.name not in built:
            built[e.name] = _Built(e.name, e.kind, set(), Counter({e.role: 99} if e.role else {}), True)
        claimed[alias] = e.name
    persons = {n: c for n, c in cands.items() if n not in claimed and _kind(c) == "person"}
    # Every multi-word person name; a shorter name joins the one longer name it ends or sits in.
    full = sorted((n for n in persons if len(n.split()) >= 2), key=lambda n: (-len(n.split()), n))
    # _inside needs the same last word: index the full names by it, so this stays linear.
    by_last: dict[str, list[str]] = {}
    for f in full:
        by_last.setdefault(f.split()[-1], []).append(f)
    home: dict[str, str] = {}
    for n in full:
        containers = [f for f in by_last[n.split()[-1]] if f != n and _inside(n, f) and f not in home]
        if len(containers) == 1:
            home[n] = containers[0]
    for name, c in cands.items():
        if name in claimed:
            target = claimed[name]
            built[target].aliases.add(name)
            built[target].roles.update(c.roles)
            continue
        kind = _kind(c)
        if kind is None:  # a shorter form of exactly one person's full name
            longer = [f for f in by_last.get(name.split()[-1], []) if _inside(name, f) and f not in home]
            kind = "person" if len(longer) == 1 else None
            if kind:
                home.setdefault(name, longer[0])
        if kind is None:
            continue
        target = name
        if kind == "person":
            target = home.get(name, name)
            if len(name.split()) == 1:
                longer = [f for f in by_last.get(name, []) if _inside(name, f) and f not in home]
                if len(longer) == 1:
                    target = longer[0]
                elif len(longer) > 1:
                    continue  # "Miller" could be two people: leave it out
        b = built.setdefault(target, _Built(target, kind, set(), Counter(), False))
        b.aliases.add(name)
        b.roles.update(c.roles)
    return [b for b in built.values() if b.aliases]


def _inside(short: str, long: str) -> bool:
    s, f = short.split(), long.split()
    return len(s) < len(f) and any(f[i:i + len(s)] == s for i in range(len(f) - len(s) + 1)) and s[-1] == f[-1]


def _with_mentions(articles: Sequence[Article], built: list[_Built]) -> tuple[Entity, ...]:
    aliases: list[tuple[str, _Built]] = sorted(((a, b) for b in built for a in b.aliases),
                                               key=lambda t: (-len(t[0]), t[0]))
    if not aliases:
        return ()
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a, _ in aliases) + r")(?![\w]|-\d)")
    owner = {a: b for a, b in aliases}
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for art in articles:
        for s in art.sentences:
            for m in pattern.finditer(s.text):
                mentions[owner[m.group()].name].append(Mention(art.id, s.index, m.group()))
    out = []
    ids: set[str] = set()
    for b in sorted(built, key=lambda b: b.name):
        found = mentions.get(b.name)
        if not found:
            continue  # configured but not in the text: never invented
        eid = slug(b.name)
        if eid in ids:
            eid = f"{eid}-{b.kind}"
        ids.add(eid)
        role = b.roles.most_common(1)[0][0] if b.roles else None
        seen_aliases = sorted({m.alias for m in found} | ({b.name} if b.name in b.aliases else set()),
                              key=lambda x: (-len(x), x))
        out.append(Entity(eid, b.name, b.kind, tuple(seen_aliases), role, tuple(found), b.configured))
    return tuple(out)

