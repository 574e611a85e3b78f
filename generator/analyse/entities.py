"""People, organisations and places named in the text, with their aliases merged.

A name is a run of capitalised words (any script's capitals: "Élisabeth Borne", "Recep Tayyip
Erdoğan"), joined by the small words names contain ("Bank of England", "Osama bin Laden"). A
capitalised word that starts a sentence is a name only when the same article also writes it
capitalised mid-sentence or a word list knows it ("Despite", "Reports" are not names); weekdays,
months, time zones, page labels ("UPDATE", "VIDEO") and nationalities ("German") never are, and
an all-capitals headline says nothing. A title before a name is cut off and kept as the role
("Foreign Minister Wlodzimierz Cimoszewicz").

Each name's kind is voted on from what the text says around it, in a bounded window: a title,
an age or a speech verb for a person; an organisation word ("Ministry", "Inc", "Airways") or an
acronym for an organisation; a preposition of place, "capital of" or a gazetteer of countries,
states and cities for a place; a first name from a list for a person. Votes add up over every
mention in the corpus ("one sense per name").

A shorter form joins the one full name it ends ("Clinton" → "Bill Clinton") only inside one
article or one story: a bare surname never joins a full name from an unrelated article, and a
bare surname found in two unrelated articles is two entities. Names configured in the
``entities`` setting (and outlets) take their configured kind and appear wherever the text
writes their name or an alias.
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from ..models import Article, ArticleWork, Entity, EntityReading, Mention, NameCues, NameFound, StoryGroup
from .entities_lexicon import (
    CONNECTORS,
    COUNTRIES,
    DEMONYMS,
    EVENT_LAST,
    FIRST_NAMES,
    NOT_NAMES,
    OF_HEADS,
    ORG_SUFFIXES,
    ORG_WORDS,
    ORGANISATION_NAMES,
    ORGANISATIONS,
    PLACE_FIRST,
    PLACE_LAST,
    PLACES,
    STATE_ABBREVIATIONS,
    TITLE_MODIFIERS,
    TITLES,
)
from .text import STOPWORDS

KINDS = ("person", "organisation", "place")

# A word: letters and digits with inner apostrophes, dots, hyphens or "&" ("O'Brien", "U.S.",
# "Coca-Cola", "AT&T"), and a final dot that an abbreviation keeps.
_TOKEN = re.compile(r"[^\W_](?:[\w&]|['’.\-](?=[^\W_]))*\.?")
_ABBREVIATIONS = frozenset("""Mr. Mrs. Ms. Dr. St. Gen. Sen. Rep. Gov. Inc. Corp. Co. Ltd. Jr. Sr. Lt. Col.
    Capt. Sgt. Prof. Rev. Adm. Maj. Brig. Mt. Ft. Pvt. Cpl. Msgr. Bros.""".split())
_GLUED = re.compile(r"[^\W\d_]{3}\.(?=[^\W\d_])")
_TICKER = re.compile(r"^[A-Z]{2,5}\.[A-Z]{1,2}$")
_OPENERS = "\"“‘'([:—–"
# Cue windows: how far before and after a name the cues are looked for. Bounded so a long
# sentence-less text costs time in proportion to its length (the look-behind once ran over the
# whole text before each name).
_BEFORE = 48
_AFTER = 64

_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|inside|across|throughout|towards?|via|visited|visiting|"
                           r"capital|city of|town of|village of|province of|state of|north of|south of|east of|"
                           r"west of|parts of|region of)\s+(?:the\s+)?(?:[a-z]+ern\s+)?$")
_PLACE_BEFORE_WEAK = re.compile(r"\b(?:at|from|to|into|over|around|between)\s+$")
_PLACE_AFTER = re.compile(r"^(?:,\s+(?:the\s+)?capital\b|['’]s\s+(?:capital|government|president|prime minister|"
                          r"army|parliament|economy|border|foreign|ambassador|embassy|central bank|military|"
                          r"people|population|national)\b|,\s+(?:where|about|some)\b)")
_PERSON_AFTER = re.compile(r"^(?:,\s+(?:\d{1,3}|aged \d{1,3})\s*,|\s+\(\d{1,3}\)|,\s+who\b|,\s+whose\b|"
                           r"\s+(?:himself|herself)\b|['’]s\s+(?:wife|husband|son|daughter|mother|father|"
                           r"brother|sister|family|lawyer|death|career|birthday)\b)")
_SPEECH = (r"(?:said|says|told|added|stated|asked|noted|warned|insisted|stressed|emphasi[sz]ed|explained|"
           r"argued|wrote|acknowledged|urged|declared|replied|recalled|admitted|complained|tweeted)")
_SPEECH_AFTER = re.compile(r"^(?:,\s+)?\s*(?:\w+ly\s+)?" + _SPEECH + r"\b")
_SPEECH_BEFORE = re.compile(r"\b" + _SPEECH + r"\s+$")
_ROLE_AFTER = re.compile(r"^,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(leader|professor|spokesperson|spokesman|"
                         r"spokeswoman|minister|president|official|chief|head|founder|chairman|director|"
                         r"ambassador|secretary|lawyer|analyst|researcher|author|executive|critic|singer|actor|"
                         r"actress|player|coach|striker|writer|economist|trader|dealer|manager|priest|judge|"
                         r"general|commander|senator|governor|mayor|candidate|veteran|champion)\b")
_ROLE_BEFORE = re.compile(r"\b(?:spokesperson|spokesman|spokeswoman|professor|minister|ambassador|official|"
                          r"leader|chief|president|secretary|envoy|diplomat|founder|chairman|director|"
                          r"coach|striker|midfielder|goalkeeper|defender|captain|champion|manager|actor|"
                          r"actress|singer|author|player|analyst|economist|dealer|trader|writer|rapper|"
                          r"star|executive|lawyer|judge|senator|rebel|dissident|husband|wife|son|daughter|"
                          r"brother|sister|father|mother|colleague|compatriot|novelist|poet)\s+$")
_ORG_BEFORE = re.compile(r"\b(?:the|shares in|shares of|stake in|units? of|subsidiary of|joined|sponsored by|"
                         r"newspaper|agency|daily|weekly|group|firm|company|club|side|team|party)\s+$")
_ORG_AFTER = re.compile(r"^\s+(?:shares|stock|spokesman|spokeswoman|spokesperson|officials?|executives?|"
                        r"chairman|subsidiary|unit|board|management|employees|staff|workers|members|"
                        r"fans|players|coach|newspaper|said in a statement)\b")


@dataclass(frozen=True)
class EntitySetting:
    """What the ``entities`` setting says about one entity (mirrors the config record)."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    role: str | None = None


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    text: str
    cap: bool
    joined: bool  # separated from the previous word by one space only, nothing else


def slug(name: str) -> str:
    """The URL-safe form of a name ("Élisabeth Borne" → "elisabeth-borne")."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "entity"


def _capitalised(word: str) -> bool:
    if word[0].isupper():
        return True
    return word[:3] in ("al-", "el-") and len(word) > 3 and word[3].isupper()  # "al-Assad"


def _words(text: str) -> tuple[list[_Word], list[str]]:
    """The sentence's capitalised words and connectors, and its other (lowercase) words.

    A hyphen compound with a lowercase part keeps only its capitalised part ("Iran-backed" →
    "Iran", "pro-Moscow" → "Moscow"); "'s" is cut and ends the name. A lowercase word is not
    kept as a record (most words are lowercase: this is the hot loop); it breaks the run."""
    out: list[_Word] = []
    lower: list[str] = []
    keep_lower = lower.append
    connectors = CONNECTORS
    prev_end = 0
    broken = True
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if not tok[0].isupper() and "-" not in tok and tok not in connectors:
            keep_lower(tok.rstrip("."))
            broken = True
            continue
        start, end = m.start(), m.end()
        if start and text[start - 1] in "@#/":  # "@WHOISCONWAY", "#MeToo", a path: not prose
            broken = True
            continue
        joined = not broken and text[prev_end:start] == " " and bool(out)
        broken = False
        if tok.endswith("."):
            core = tok[:-1]
            if not ("." in core or (len(core) == 1 and core.isupper()) or tok in _ABBREVIATIONS
                    or tok in STATE_ABBREVIATIONS):
                tok, end, broken = core, end - 1, True
        glued = _GLUED.search(tok)
        if glued:  # "Newark.This": two sentences without a space
            tok, end, broken = tok[:glued.start() + 1], start + glued.start() + 1, True
        if _TICKER.match(tok):  # "KATE.N": a stock ticker
            tok = tok.lower()
        if tok[-2:] in ("'s", "’s"):
            tok, end, broken = tok[:-2], end - 2, True
        if tok[:2] in ("R-", "D-", "I-") and len(tok) > 2 and tok[2].isupper():  # "R-South Carolina"
            tok, start, joined = tok[2:], start + 2, False
        if "-" in tok and not tok.startswith(("al-", "el-")):
            parts = tok.split("-")
            caps = [bool(p) and p[0].isupper() for p in parts]
            if not all(caps):
                if caps[0]:  # "Iran-backed"
                    keep = parts[:caps.index(False)]
                    tok, end, broken = "-".join(keep), start + len("-".join(keep)), True
                else:  # "pro-Moscow", "anti-Western"
                    last_lower = max(i for i, c in enumerate(caps) if not c)
                    rest = "-".join(parts[last_lower + 1:])
                    if not rest:
                        tok = tok.lower()  # nothing capitalised: an ordinary word
                    else:
                        start, tok, joined = end - len(rest), rest, False
            elif any(p in PLACES for p in parts) and all(p in PLACES or p in ORGANISATIONS for p in parts):
                # "US-Turkey", "Israel-Hamas": two names side by side
                pos = start
                for i, p in enumerate(parts):
                    out.append(_Word(pos, pos + len(p), p, True, joined and i == 0))
                    pos += len(p) + 1
                prev_end, broken = end, True
                continue
        if tok:
            out.append(_Word(start, end, tok, tok[0].isupper() or _capitalised(tok), joined))
        prev_end = end
    return out, lower


def _shouting(words: list[_Word], lower: list[str]) -> bool:
    """An all-capitals line (headline, dateline, label): its capitals say nothing."""
    letters = [t for w in words if len(t := w.text) >= 2 and (t.isalpha() or any(c.isalpha() for c in t))]
    letters += [t for t in lower if len(t) >= 2 and t[0].isalpha()]
    if len(letters) < 2:
        return False
    return sum(map(str.isupper, letters)) >= 0.6 * len(letters)


def _title_case(words: list[_Word], lower: list[str]) -> bool:
    """A headline in title case ("Jones Medical Completes Acquisition")."""
    if any(len(t) >= 3 and t.isalpha() and t not in STOPWORDS for t in lower):
        return False
    long = [w for w in words if len(w.text) >= 3 and w.text.isalpha() and w.text.lower() not in STOPWORDS]
    return len(long) >= 4 and all(w.cap for w in long)


def _initial(text: str, w: _Word) -> bool:
    """At the start of a sentence, a quotation or a clause after a colon or dash."""
    before = text[max(0, w.start - 8):w.start].rstrip()
    return not before or before[-1] in _OPENERS


def _runs(words: list[_Word]) -> list[list[_Word]]:
    """Runs of capitalised words, joined by connectors ("of" only after "Bank", "University"…)."""
    runs: list[list[_Word]] = []
    cur: list[_Word] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w.cap:
            if cur and w.joined:
                cur.append(w)
            else:
                if cur:
                    runs.append(cur)
                cur = [w]
            i += 1
            continue
        # A connector continues the run when capitalised words follow it directly.
        if cur and w.joined and w.text in CONNECTORS:
            j = i
            conn: list[_Word] = []
            while j < len(words) and words[j].text in CONNECTORS and words[j].joined and len(conn) < 2:
                conn.append(words[j])
                j += 1
            ok = j < len(words) and words[j].cap and words[j].joined
            if ok and conn[0].text == "of" and cur[-1].text not in OF_HEADS:
                ok = False
            if ok and conn[0].text == "the":
                ok = False
            if ok:
                cur.extend(conn)
                i = j
                continue
        if cur:
            runs.append(cur)
        cur = []
        i += 1
    if cur:
        runs.append(cur)
    return runs


def _is_name_word(t: str) -> bool:
    return t not in NOT_NAMES and t.lower() not in STOPWORDS


def _known(t: str) -> bool:
    return t in PLACES or t in FIRST_NAMES or t in ORGANISATIONS or t in ORG_WORDS


def _segments(run: list[_Word]) -> list[list[_Word]]:
    """A run split at words that are never part of a name ("When I", "NYC April")."""
    out: list[list[_Word]] = []
    cur: list[_Word] = []
    for w in run:
        if w.cap and not _is_name_word(w.text) and w.text not in TITLES:
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(w)
    if cur:
        out.append(cur)
    return out


def _trim(seg: list[_Word]) -> list[_Word]:
    while seg and not seg[0].cap:
        seg = seg[1:]
    while seg and not seg[-1].cap:
        seg = seg[:-1]
    return seg


def _is_title(word: str) -> bool:
    return word in TITLES or ("-" in word and all(p in TITLES or p in TITLE_MODIFIERS for p in word.split("-")))


def _split_title(seg: list[_Word]) -> tuple[list[_Word], list[_Word], str | None]:
    """(words before the title, the person's words after it, the title) — or (seg, [], None)."""
    texts = [w.text for w in seg]
    if " ".join(texts) in PLACES:
        return seg, [], None
    for i in range(len(seg) - 1, -1, -1):
        if not _is_title(texts[i]):
            continue
        k = i + 1
        if k < len(seg) and texts[k] == "of":  # "Secretary of State Warren Christopher"
            k += 1
            while k < len(seg) and (texts[k] in TITLE_MODIFIERS or not seg[k].cap):
                k += 1
        person = _trim(seg[k:])
        if {w.text for w in person} & ORG_WORDS:  # "General Motors", "Justice Department"
            continue
        j = i
        while j > 0 and (texts[j - 1] in TITLE_MODIFIERS or _is_title(texts[j - 1])):
            j -= 1
        return _trim(seg[:j]), person, " ".join(texts[j:k])
    return seg, [], None


def _names_in(run: list[_Word], initial: bool, evidence: set[str], headline: bool,
              lower: frozenset[str] = frozenset()) -> list[tuple[list[_Word], str | None]]:
    """The names a run of capitalised words holds, each with the title written before it.

    ``evidence``: words the article writes capitalised mid-sentence; ``lower``: words it
    writes in lowercase (a capitalised "Former" or "Prices" is then an ordinary word)."""
    out: list[tuple[list[_Word], str | None]] = []
    for seg in _segments(run):
        seg = _trim(seg)
        if not seg:
            continue
        if headline:  # every word needs evidence from the article's own prose
            keep = [w for w in seg if w.text in evidence or _known(w.text)]
            if len(keep) != len(seg):
                continue
        elif initial and seg[0] is run[0]:
            # A capitalised word at a sentence start is a name with evidence; one followed by
            # more capitalised words starts a name ("Patriotic Union") unless the article also
            # writes it in lowercase ("Former South Carolina Governor", "Neither Lebed").
            first = seg[0].text
            rest = " ".join(w.text for w in seg[1:])
            if not (first in evidence or first in PLACES or first in FIRST_NAMES or first in ORGANISATIONS) and (
                    len(seg) == 1 or first.lower() in lower or first.endswith("ly") or first.startswith("Ex-")
                    or rest in PLACES or rest in ORGANISATIONS):  # "Fellow NATO"
                seg = _trim(seg[1:])
        if not seg:
            continue
        left, person, role = _split_title(seg)
        for part, part_role in ((left, None), (person, role)):
            part = _trim(part)
            # A nationality before a name is not part of it, unless the name is an organisation
            # ("British Airways", "Panamanian Boxing Association").
            while (part and part[0].text in DEMONYMS and part[-1].text not in ORG_WORDS
                   and " ".join(w.text for w in part) not in PLACES and part[0].text not in PLACE_FIRST):
                part = _trim(part[1:])
            if part and part[-1].text in EVENT_LAST and len(part) >= 2:
                continue  # "Cold War", "World Cup"
            # "Turkey Jeff Flake" ("Ambassador to Turkey Jeff Flake"): a country before a person.
            if len(part) >= 3 and part[0].text in COUNTRIES and part[1].text in FIRST_NAMES:
                out.append((part[:1], None))
                part = part[1:]
            # "Lebed Chechnya", "OSCE Chechnya": a country closing a run of other names stands alone.
            if (len(part) >= 2 and part[-1].text in COUNTRIES and part[-2].cap and part[-2].text not in PLACE_FIRST
                    and " ".join(w.text for w in part) not in PLACES and not {w.text for w in part} & ORG_WORDS):
                out.extend(_names_in(part[:-1], False, evidence, False, lower))
                part = part[-1:]
            while part and part[0].text in ("The",):
                part = _trim(part[1:])
            if not part:
                continue
            texts = [w.text for w in part]
            name = " ".join(texts)
            if len(part) == 1 and (name in DEMONYMS or name in TITLES or len(name.strip(".")) < 2
                                   or (name in ORG_WORDS and name not in ORGANISATIONS)
                                   or (name.lower() in lower and not _known(name))):
                continue  # "German"; "President"; "Ministry" alone; "Prices" where "prices" is a word
            if all(t in TITLES or t in TITLE_MODIFIERS for t in texts):
                continue
            out.append((part, part_role))
    return out


_QUOTED = re.compile(r"[“\"‘]([^“”\"‘’]{3,80})[”\"’]")


def _quoted_titles(text: str) -> list[tuple[int, int]]:
    """Spans of short quotations whose every content word is capitalised: titles of songs,
    books, films and apps (MISC), not people, organisations or places."""
    if "“" not in text and '"' not in text and "‘" not in text:
        return []
    out = []
    for m in _QUOTED.finditer(text):
        words = re.findall(r"[^\W\d_][\w'’-]*", m.group(1))
        content = [w for w in words if len(w) >= 3 and w.lower() not in STOPWORDS]
        if len(words) >= 2 and content and all(w[0].isupper() for w in content):
            out.append((m.start(1), m.end(1)))
    return out


def _name_votes(name: str, common: bool = False) -> Counter[str]:
    """What the name itself says about its kind; ``common``: a word of it is also written in
    lowercase in the article ("Wedding Style", "Ceremony Site" are no one's name)."""
    words = name.split()
    votes: Counter[str] = Counter()
    # In "X of Y" the head X says what it is ("Bank of England", "Republic of Yugoslavia").
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if "of" in words[1:] and head in TITLES:
        votes["person"] += 3  # "Duke of Orleans"
    elif name in PLACES:
        pass  # "West Bank", "Soviet Union": the gazetteer knows better than the words
    elif ((set(words) & ORG_WORDS and head not in PLACE_LAST) or words[-1] in ORG_SUFFIXES or name in ORGANISATIONS
          or name in ORGANISATION_NAMES):
        votes["organisation"] += 4
    if name in PLACES:
        votes["place"] += 4
    elif head in PLACE_LAST and not (set(words) & ORG_WORDS - PLACE_LAST):
        votes["place"] += 3
    elif len(words) >= 2 and words[0] in PLACE_FIRST and " ".join(words[1:]) in PLACES:
        votes["place"] += 4  # "East Jerusalem"
    elif len(words) >= 2 and words[0] in PLACE_FIRST:
        votes["place"] += 1
    elif len(words) >= 2 and any(w in PLACES for w in words) and words[0] not in FIRST_NAMES:
        votes["organisation"] += 2  # "Manchester United", "Hong Kong Standard", "Rotor Volgograd"
    letters = name.replace(".", "").replace("&", "")
    if len(letters) >= 2 and letters.isupper() and letters.isalpha() and name not in PLACES:
        votes["organisation"] += 2
    if words[0] in FIRST_NAMES and len(words) >= 2 and not votes:
        votes["person"] += 3
    elif words[0] in FIRST_NAMES and len(words) == 1 and name not in PLACES:
        votes["person"] += 1
    elif len(words) >= 2 and not votes and not common:
        votes["person"] += 2  # two or three capitalised words, none a common word: most often a person
    return votes


def _context_votes(text: str, start: int, end: int, words: int, votes: Counter[str]) -> None:
    """Add what the words around one mention say (windows of bounded size) to ``votes``."""
    before = text[max(0, start - _BEFORE):start]
    after = text[end:end + _AFTER]
    if _PERSON_AFTER.match(after) or _ROLE_AFTER.match(after) or _ROLE_BEFORE.search(before):
        votes["person"] += 3
    if _SPEECH_AFTER.match(after) or _SPEECH_BEFORE.search(before):
        votes["person"] += 2 if words >= 2 else 1
    if _PLACE_BEFORE.search(before) or _PLACE_AFTER.match(after):
        votes["place"] += 2
    elif words == 1 and _PLACE_BEFORE_WEAK.search(before):
        votes["place"] += 1
    if _ORG_BEFORE.search(before) or _ORG_AFTER.match(after):
        votes["organisation"] += 1


def _kind(votes: Counter[str]) -> str | None:
    """The kind with most votes (ties: person, organisation, place); None without evidence.

    A single capitalised word that nothing describes is left out unless it is the short form
    of a full name: on CoNLL half A such words were right 46 times in 74."""
    best = max(KINDS, key=lambda k: (votes[k], -KINDS.index(k)))
    return best if votes[best] > 0 else None


def _scopes(articles: Sequence[Article], stories: Sequence[StoryGroup]) -> list[str]:
    """The story an article belongs to, or the article itself: where a surname may be resolved."""
    story_of = {aid: g.id for g in stories if len(g.article_ids) > 1 for aid in g.article_ids}
    return [story_of.get(a.id, f"article:{a.id}") for a in articles]


_Lines = list[tuple[str, str, list[_Word]]]  # per sentence: (line kind, text, capitalised words)


def _read_lines(art: Article) -> tuple[_Lines, set[str], frozenset[str]]:
    """An article read once: each line's kind and capitalised words; the words it writes
    capitalised mid-sentence in prose (the evidence a sentence-start word needs, pooled per
    story); and the lowercase words it also writes capitalised (all that is ever looked up)."""
    lines: _Lines = []
    capitals: set[str] = set()
    vocabulary: set[str] = set()
    asked: set[str] = set()  # what will be looked up in it: its capitalised words, lowered
    for s in art.sentences:
        ws, lower_words = _words(s.text)
        vocabulary.update(lower_words)
        asked.update(w.text.lower() for w in ws)
        # A title-case line is a headline only at the top: further down it is a list of names.
        k = ("shout" if _shouting(ws, lower_words)
             else "title" if s.index == 0 and _title_case(ws, lower_words) else "prose")
        if k == "prose":
            capitals.update(sys.intern(w.text) for w in ws if w.cap and not _initial(s.text, w))
        lines.append((k, s.text, ws))
    # Only the lowercase words the article also writes capitalised: the names are made of its
    # capitalised words, so nothing else is ever looked up (every article's whole vocabulary held
    # at once was 150 MB at 10,000 articles, the step's peak).
    return lines, capitals, frozenset(vocabulary.intersection(asked))


def _read_names(art: Article, lines: _Lines, evidence: set[str], lower: frozenset[str]) -> EntityReading:
    """The names an article writes, given the evidence of its story (or its own)."""
    found: list[NameFound] = []
    cues: dict[str, Counter[str]] = {}
    roles: dict[str, Counter[str]] = {}
    common: set[str] = set()
    for s, (k, text, ws) in zip(art.sentences, lines, strict=True):
        if k == "shout":
            continue
        titles = _quoted_titles(text)
        for run in _runs(ws):
            for part, role in _names_in(run, _initial(text, run[0]), evidence, k == "title", lower):
                name = sys.intern(" ".join(w.text for w in part))  # one string per name, held by every mention
                start, end = part[0].start, part[-1].end
                if any(a <= start < b for a, b in titles):
                    continue  # “Keys to the Highway”, “Trivia Crack”: a title, not a name
                found.append(NameFound(s.index, start, name, role))
                votes = cues.setdefault(name, Counter())
                said = roles.setdefault(name, Counter())
                if any(w.text.lower() in lower for w in part):
                    common.add(name)
                if role:
                    votes["person"] += 4
                    said[role] += 1
                _context_votes(text, start, end, len(part), votes)
    return EntityReading(
        found=tuple(found),
        cues=tuple(NameCues(n, tuple(sorted(c.items())), tuple(sorted(roles[n].items()))) for n, c in cues.items()),
        common=tuple(sorted(common)))


class _Asked(set[str]):
    """Evidence that remembers each word asked for and not found in it."""

    def __init__(self, words: set[str]) -> None:
        super().__init__(words)
        self.missed: set[str] = set()

    def __contains__(self, word: object) -> bool:
        found = super().__contains__(word)
        if not found and isinstance(word, str):
            self.missed.add(word)
        return found


def read_alone(art: Article) -> tuple[tuple[str, ...], EntityReading]:
    """What an article alone says of names (kept per article in the cache): the words it writes
    capitalised mid-sentence in prose, and its names read with those as the only evidence, as
    for an article that is its own story. The reading is the same in a story whose evidence has
    none of the words it asked for and missed (``unless``): the reading goes the same way for
    the same answers, and a story's evidence holds the article's own."""
    lines, capitals, lower = _read_lines(art)
    evidence = _Asked(capitals)
    reading = _read_names(art, lines, evidence, lower)
    return tuple(sorted(capitals)), replace(reading, unless=tuple(sorted(evidence.missed)))


def find_entities(articles: Sequence[Article], settings: Sequence[EntitySetting] = (),
                  stories: Sequence[StoryGroup] = (),
                  work: Mapping[str, ArticleWork] | None = None) -> tuple[Entity, ...]:
    """Every person, organisation and place the text names, aliases merged, mentions listed.

    ``stories`` are the groups of articles that report one story: a bare surname is resolved
    to a full name only inside its article or its story, and a word that starts a sentence
    takes its evidence from the whole story. ``work`` (article id → its cached analysis) holds
    each article's reading alone (:func:`read_alone`): it is read again only where its story
    gives evidence for a word its reading asked about and did not find.
    """
    scopes = _scopes(articles, stories)
    table = {alias: e for e in settings for alias in (e.name, *e.aliases)}
    readings: list[EntityReading] = []  # the reading each article's names are taken from
    votes: dict[str, Counter[str]] = {}  # name → what its contexts say of its kind, over the whole corpus
    roles: dict[str, Counter[str]] = {}  # name → the roles written beside it (only names that have one)
    scoped: dict[tuple[str, str], int] = Counter()  # (scope, name) → mentions
    common: set[str] = set()  # names with a word the article also writes in lowercase
    alone = [w.names if w is not None else None for w in ((work or {}).get(a.id) for a in articles)]
    read: dict[int, tuple[_Lines, set[str], frozenset[str]]] = {}  # articles with no reading alone
    evidence: dict[str, set[str]] = defaultdict(set)  # scope → its words capitalised mid-sentence
    for ai, art in enumerate(articles):
        if alone[ai] is None:
            read[ai] = _read_lines(art)
            evidence[scopes[ai]].update(read[ai][1])
        else:
            evidence[scopes[ai]].update((work or {})[art.id].capitals)
    for ai, art in enumerate(articles):
        scope = scopes[ai]
        reading_alone = alone[ai]
        if reading_alone is not None and evidence[scope].isdisjoint(reading_alone.unless):
            reading = reading_alone  # the story's evidence answers its every question as its own did
        else:
            lines, _, lower = read.pop(ai) if ai in read else _read_lines(art)
            reading = _read_names(art, lines, evidence[scope], lower)
        readings.append(reading)
        for f in reading.found:
            scoped[scope, f.name] += 1
        for c in reading.cues:
            votes.setdefault(c.name, Counter()).update(dict(c.cues))
            if c.roles:
                roles.setdefault(c.name, Counter()).update(dict(c.roles))
        common.update(reading.common)
    del evidence, read  # the steps below hold every mention: what is done with is let go first
    kind = {name: _kind(v + _name_votes(name, name in common)) for name, v in votes.items()}
    del votes
    home = _resolve(scoped, kind, table)
    del scoped
    return _entities(articles, readings, scopes, home, kind, roles, table)


def _resolve(scoped: dict[tuple[str, str], int], kind: dict[str, str | None],
             table: dict[str, EntitySetting]) -> dict[tuple[str, str], str]:
    """(scope, name) → the name of the entity it belongs to: a short form joins the one longer
    person name of its scope that ends with it ("Clinton" → "Bill Clinton"; "Tayyip Erdogan" →
    "Recep Tayyip Erdogan"), or, when it has two words or more, the one such name anywhere."""
    by_scope: dict[str, list[str]] = defaultdict(list)
    for scope, name in scoped:
        by_scope[scope].append(name)
    people_anywhere: dict[str, set[str]] = defaultdict(set)  # last word → multi-word person names
    for name, k in kind.items():
        if k == "person" and " " in name and name not in table:
            people_anywhere[name.split()[-1]].add(name)
    home: dict[tuple[str, str], str] = {}
    for scope, names in by_scope.items():
        people: dict[str, list[str]] = defaultdict(list)
        for n in names:
            if kind[n] == "person" and " " in n and n not in table:
                people[n.split()[-1]].append(n)
        # Longest first, so a middle form ("Tayyip Erdogan") is placed before the bare surname.
        for n in sorted(names, key=lambda n: (-len(n.split()), n)):
            if n in table:
                home[scope, n] = table[n].name
                continue
            words = set(n.split())
            if n in PLACES or n in ORGANISATIONS or words & ORG_WORDS or (kind[n] not in ("person", None)
                                                                            and " " in n):
                home[scope, n] = n
                continue
            longer = {home.get((scope, f), f) for f in people.get(n.split()[-1], ()) if _inside(n, f)}
            if len(longer) != 1 and " " in n:
                longer = {f for f in people_anywhere.get(n.split()[-1], ()) if _inside(n, f)}
            longer.discard("")
            if len(longer) == 1:
                home[scope, n] = next(iter(longer))
            elif (len(longer) > 1 and " " not in n) or kind[n] is None:
                home[scope, n] = ""  # "Miller" could be two people here; or nothing says what it is
            else:
                home[scope, n] = n
    return home


def _inside(short: str, long: str) -> bool:
    s, f = short.split(), long.split()
    return len(s) < len(f) and s[-1] == f[-1] and any(f[i:i + len(s)] == s for i in range(len(f) - len(s) + 1))


def _entity_key(scope: str, target: str, kind: str, configured: bool) -> tuple[str, str]:
    """One entity per full name; a bare person's name stays inside its article or story."""
    if not configured and kind == "person" and " " not in target:
        return target, scope
    return target, ""


def _entities(articles: Sequence[Article], readings: list[EntityReading], scopes: list[str],
              home: dict[tuple[str, str], str], kind: dict[str, str | None], roles: dict[str, Counter[str]],
              table: dict[str, EntitySetting]) -> tuple[Entity, ...]:
    configured = {e.name: e for e in table.values()}
    mentions: dict[tuple[str, str], list[tuple[int, int, int, str]]] = defaultdict(list)
    role_of: dict[tuple[str, str], Counter[str]] = {}  # only entities with a role written beside them
    for ai, reading in enumerate(readings):
        for f in reading.found:
            target = home.get((scopes[ai], f.name), f.name)
            if not target:
                continue
            is_conf = target in configured
            k = configured[target].kind if is_conf else (kind.get(target) or "person")
            key = _entity_key(scopes[ai], target, k, is_conf)
            mentions[key].append((ai, f.index, f.start, f.name))
            if f.name in roles:
                role_of.setdefault(key, Counter()).update(roles[f.name])
    if table:
        _configured_mentions(articles, table, mentions)
    keys = sorted(mentions)
    out = []
    for key, eid in zip(keys, _ids(keys), strict=True):  # each entity's mentions let go once it is made
        target = key[0]
        is_conf = target in configured
        k = configured[target].kind if is_conf else (kind.get(target) or "person")
        role_counts = role_of.get(key)
        if is_conf and configured[target].role:
            role = configured[target].role
        else:
            role = min(role_counts, key=lambda r: (-role_counts[r], r)) if role_counts else None
        ms = sorted(set(mentions.pop(key)))
        aliases = sorted({m[3] for m in ms}, key=lambda x: (-len(x), x))
        out.append(Entity(eid, target, k, tuple(aliases), role,
                          tuple(Mention(articles[a].id, i, alias) for a, i, _, alias in ms), is_conf))
    return tuple(sorted(out, key=lambda e: (e.name, e.id)))


def _configured_mentions(articles: Sequence[Article], table: dict[str, EntitySetting],
                         mentions: dict[tuple[str, str], list[tuple[int, int, int, str]]]) -> None:
    """Every place the text writes a configured name or alias, found or not by the rules."""
    aliases = sorted(table, key=lambda a: (-len(a), a))
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in aliases) + r")(?!\w)")
    for ai, art in enumerate(articles):
        for s in art.sentences:
            for m in pattern.finditer(s.text):
                mentions[table[m.group()].name, ""].append((ai, s.index, m.start(), m.group()))


def _ids(keys: list[tuple[str, str]]) -> list[str]:
    """A unique id per entity: the name's slug, with a short hash of the exact name (and its
    scope) when two entities would share a slug ("Mary O'Neil", "Mary O-Neil"), or when the slug
    is "index" (the section's index page)."""
    by_slug: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in keys:
        by_slug[slug(key[0])].append(key)
    out: dict[tuple[str, str], str] = {}
    for base, group in by_slug.items():
        if len(group) == 1 and base != "index":
            out[group[0]] = base
            continue
        for key in group:
            digest = hashlib.sha256(f"{key[0]}\x00{key[1]}".encode()).hexdigest()
            out[key] = f"{base}-{digest[:8]}"
    return [out[k] for k in keys]
