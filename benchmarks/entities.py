"""People, organisations and places: how many of the names we find are right, and how many we miss.

Two measurements, both through the project's own cleaning and :func:`find_entities`:

1. **CoNLL-2003 English dev** (``../shared/eval/conll2003-dev/eng.testa``, Reuters 1996).
   The file has no document markers; a document starts at its headline, the sentence before a
   dateline (``LONDON 1996-08-30``; a byline such as ``Larry Fine`` may sit in between). Each
   document's text is rebuilt from its tokens (punctuation attached, quotes paired, headline
   on its own line, dateline dropped as the cleaning would drop it) and run through
   ``clean_article`` and ``find_entities`` alone.

   *Prose documents* are the ones a briefing reads, not result tables: a body sentence is
   *prose* when at least :data:`PROSE_MIN_LOWER` of its tokens are lowercase words of two or
   more letters and under :data:`PROSE_MAX_NUMERIC` are numbers; a document is prose when it
   has at least :data:`PROSE_MIN_SENTENCES` body sentences and at least
   :data:`PROSE_MIN_SHARE` of them are prose. The report says how many documents and names
   this keeps.

   Scoring is per document, on distinct name strings (exact match of the whole name): a name
   found is a hit when the gold names of that document include the same string with a PER,
   ORG or LOC label; it is neutral when the string is a gold MISC name (nationalities, events,
   titles); otherwise it is a false positive. Recall counts distinct PER/ORG/LOC gold strings.
   Typed scores also need person = PER, organisation = ORG, place = LOC. Documents alternate
   into halves A (even) and B (odd): rules were tuned looking at A only; both are reported.

2. **Multi-News judged samples**: entities found on the validation clusters by one
   ``find_entities`` call over all articles of 25 clusters (each cluster passed as one story,
   as a site build would make), sampled by a hash of (article, name), each read in its
   sentence and judged in ``JUDGED`` as right, wrong-kind or not-an-entity (a name cut short or
   run together with another, "Charles Gabriel of Capital Alpha Partners", is not an entity).
   Sample 1: 100 entities of clusters 0-24, read while the rules were written. Sample 2 (held
   out): 50 entities of clusters 25-49, judged once the rules were final. ``--before PATH``
   scores an older ``entities.py`` (``git worktree add /tmp/base 19093a4``) on the same articles.

The text of both sets is their owners' copyright: read from ``../shared``, never copied here.

    python -m benchmarks.entities             # CoNLL halves, typed per kind, judged samples, speed
    python -m benchmarks.entities --sample    # list the Multi-News samples with their judgements
    python -m benchmarks.entities --before /tmp/base/generator/analyse/entities.py  # before/after
    python -m benchmarks.entities --errors A  # CoNLL false positives and misses on half A
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.analyse.entities import find_entities
from generator.clean import clean_article
from generator.config import Settings
from generator.models import Article, Entity, SourceFile, StoryGroup

from .data import EVAL, MULTI_NEWS, load_multi_news, missing

CONLL = EVAL / "conll2003-dev" / "eng.testa"
_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_KIND = {"PER": "person", "ORG": "organisation", "LOC": "place"}

# Prose rule (chosen by reading which documents it keeps on half A: every sports table and
# market-price list out, every news report in; checked on half B).
PROSE_MIN_LOWER = 0.3
PROSE_MAX_NUMERIC = 0.25
PROSE_MIN_SHARE = 0.6
PROSE_MIN_SENTENCES = 3


@dataclass(frozen=True)
class Doc:
    """One rebuilt CoNLL document."""

    key: str  # "conll-NNN", in file order
    headline: tuple[str, ...]
    body: tuple[tuple[str, ...], ...]  # token sentences after the dateline
    gold: tuple[tuple[str, str], ...]  # (name as rebuilt, PER/ORG/LOC/MISC), every occurrence

    @property
    def text(self) -> str:
        # The body as one token stream: a quotation often runs over several sentences.
        return detokenize(self.headline) + "\n\n" + detokenize([t for s in self.body for t in s]) + "\n"


def detokenize(tokens: Sequence[str]) -> str:
    """Tokens back into prose: punctuation attached, "``"/"''" and paired '"' as curly-free quotes."""
    out = ""
    open_quote = False
    glue_next = False
    for tok in tokens:
        if tok == '"':
            open_quote = not open_quote
            if open_quote:
                out += (" " if out else "") + '"'
                glue_next = True
            else:
                out += '"'
            continue
        attach = tok in {",", ".", ";", ":", "?", "!", ")", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m"}
        if out and not attach and not glue_next:
            out += " "
        out += tok
        glue_next = tok in {"(", "$", "`"}
    return out


def read_conll(path: Path = CONLL) -> list[Doc]:
    """Every document of the file, split at headlines (see the module docstring)."""
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        parts = line.split(" ")
        cur.append((parts[0], parts[-1]))
    if cur:
        sents.append(cur)
    datelines = [i for i, s in enumerate(sents) if _DATE.fullmatch(s[-1][0]) and len(s) <= 8]
    starts: list[tuple[int, int]] = []  # (headline index, first body index)
    for i in datelines:
        date_start = i - 1 if len(sents[i]) == 1 else i  # "FARMINGTON HILLS , Mich ." / "1996-08-30"
        head = date_start - 1
        if head > 0 and sents[head][-1][0] != "." and sents[head - 1][-1][0] == ".":
            head -= 1  # a byline between headline and dateline
        starts.append((max(head, 0), i + 1))
    docs = []
    for n, (head, body_start) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(sents)
        headline = tuple(t for t, _ in sents[head])
        body = tuple(tuple(t for t, _ in s) for s in sents[body_start:end])
        gold = []
        for s in [sents[head], *sents[body_start:end]]:
            gold += _spans(s)
        docs.append(Doc(f"conll-{n:03d}", headline, body, tuple(gold)))
    return docs


def _spans(sent: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    cur: list[str] = []
    kind = ""
    for tok, tag in [*sent, ("", "O")]:
        label = tag[2:] if tag != "O" else ""
        if cur and (label != kind or tag.startswith("B-")):
            out.append((detokenize(cur), kind))
            cur = []
        if label:
            cur.append(tok)
            kind = label
        else:
            kind = ""
    return out


def is_prose(doc: Doc) -> bool:
    """The documented prose rule (see the module docstring)."""
    if len(doc.body) < PROSE_MIN_SENTENCES:
        return False
    prose = 0
    for s in doc.body:
        lower = sum(1 for t in s if t.isalpha() and t.islower() and len(t) >= 2)
        numeric = sum(1 for t in s if any(c.isdigit() for c in t))
        if lower >= PROSE_MIN_LOWER * len(s) and numeric < PROSE_MAX_NUMERIC * len(s):
            prose += 1
    return prose >= PROSE_MIN_SHARE * len(doc.body)


def to_article(doc: Doc) -> Article | None:
    article, _ = clean_article(SourceFile(f"{doc.key}.txt", doc.text), Settings())
    return article


Finder = Callable[[Sequence[Article]], Sequence[Entity]]


def found_names(doc: Doc, finder: Finder = find_entities) -> set[tuple[str, str]]:
    """(name as written, kind) of every entity mention the finder reports in the document."""
    article = to_article(doc)
    if article is None:
        return set()
    return {(m.alias, e.kind) for e in finder([article]) for m in e.mentions}


@dataclass
class Score:
    """Counts over many documents; untyped and typed."""

    found: int = 0
    hit: int = 0
    neutral: int = 0
    gold: int = 0
    recalled: int = 0
    typed_hit: int = 0
    per_kind: Counter[str] | None = None

    def __post_init__(self) -> None:
        self.per_kind = Counter()

    def add(self, doc: Doc, found: set[tuple[str, str]]) -> tuple[list[str], list[str]]:
        """Count one document; returns its false positives and misses (for reading)."""
        assert self.per_kind is not None
        gold_kind: dict[str, set[str]] = {}
        for name, label in doc.gold:
            gold_kind.setdefault(name, set()).add(label)
        names = {n for n, _ in found}
        fps, misses = [], []
        for name, kind in sorted(found):
            labels = gold_kind.get(name, set())
            typed = {_KIND[x] for x in labels if x in _KIND}
            if typed:
                self.found += 1
                self.hit += 1
                if kind in typed:
                    self.typed_hit += 1
                    self.per_kind[f"tp:{kind}"] += 1
                else:
                    self.per_kind[f"fp:{kind}"] += 1
                    fps.append(f"{name} ({kind}, gold {'/'.join(sorted(typed))})")
            elif "MISC" in labels:
                self.neutral += 1
            else:
                self.found += 1
                self.per_kind[f"fp:{kind}"] += 1
                fps.append(f"{name} ({kind})")
        for name, labels in sorted(gold_kind.items()):
            typed = {_KIND[x] for x in labels if x in _KIND}
            if not typed:
                continue
            self.gold += 1
            for k in typed:
                self.per_kind[f"gold:{k}"] += 1
            if name in names:
                self.recalled += 1
            else:
                misses.append(f"{name} ({'/'.join(sorted(typed))})")
        return fps, misses

    def report(self) -> dict[str, float | int]:
        assert self.per_kind is not None
        p = self.hit / self.found if self.found else 0.0
        r = self.recalled / self.gold if self.gold else 0.0
        # Typed: a found name of the wrong kind is a false positive; gold counted per (name, kind).
        tp = sum(v for k, v in self.per_kind.items() if k.startswith("tp:"))
        fp = sum(v for k, v in self.per_kind.items() if k.startswith("fp:"))
        gold = sum(v for k, v in self.per_kind.items() if k.startswith("gold:"))
        tp_ = tp / (tp + fp) if tp + fp else 0.0
        tr_ = tp / gold if gold else 0.0
        out: dict[str, float | int] = {
            "names_found": self.found, "neutral_misc": self.neutral, "gold_names": self.gold,
            "precision": round(p, 3), "recall": round(r, 3), "f1": round(_f1(p, r), 3),
            "typed_precision": round(tp_, 3), "typed_recall": round(tr_, 3), "typed_f1": round(_f1(tp_, tr_), 3),
        }
        for kind in _KIND.values():
            ktp, kfp, kg = (self.per_kind[f"{x}:{kind}"] for x in ("tp", "fp", "gold"))
            kp = ktp / (ktp + kfp) if ktp + kfp else 0.0
            kr = ktp / kg if kg else 0.0
            out[f"{kind}_f1"] = round(_f1(kp, kr), 3)
        return out


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def conll_halves(finder: Callable[..., Sequence[Entity]] = find_entities, path: Path = CONLL,
                 errors: str | None = None) -> dict[str, object]:
    """Scores on halves A (even documents) and B (odd), prose documents only."""
    docs = read_conll(path)
    prose = [d for d in docs if is_prose(d)]
    out: dict[str, object] = {"documents": len(docs), "prose_documents": len(prose)}
    start = time.perf_counter()
    chars = 0
    for half, parity in (("A", 0), ("B", 1)):
        score = Score()
        for d in prose:
            if int(d.key.split("-")[1]) % 2 != parity:
                continue
            chars += len(d.text)
            fps, misses = score.add(d, found_names(d, finder))
            if errors == half and (fps or misses):
                print(f"{d.key}: FP {fps}\n          MISS {misses}", file=sys.stderr)
        out[half] = score.report()
    seconds = time.perf_counter() - start
    out["kchars_per_s"] = round(chars / 1000 / seconds, 1)
    return out


# --- Multi-News judged sample ----------------------------------------------------------------

SAMPLE_CLUSTERS = 25
SAMPLE_SIZE = 100
# Held out: clusters 25-49, judged only after the rules were final (the first sample was read
# while the rules were written, so it flatters them).
HELD_OUT = (25, 50)
HELD_OUT_SIZE = 50

# (cluster/doc where first mentioned, name, kind found, verdict, short reason). Verdicts:
# "right", "wrong-kind", "not-an-entity". Filled by reading each name in its sentences.
JUDGED: tuple[tuple[str, str, str, str, str], ...] = (
    ('cluster_025-doc_1', 'Dec', 'place', 'not-an-entity', 'a month abbreviation'),
    ('cluster_025-doc_1', 'Union City Park', 'organisation', 'wrong-kind', 'a park (place)'),
    ('cluster_025-doc_1', 'Union City Park', 'person', 'wrong-kind', 'a park (place)'),
    ('cluster_026-doc_1', 'Europe', 'place', 'right', ''),
    ('cluster_026-doc_1', 'Facebook', 'place', 'wrong-kind', 'a company'),
    ('cluster_026-doc_1', 'News Feed', 'organisation', 'not-an-entity', 'a product feature'),
    ('cluster_026-doc_1', 'Terror', 'organisation', 'not-an-entity', 'part of a photo title'),
    ('cluster_026-doc_3', 'Donald Trump', 'person', 'right', ''),
    ('cluster_026-doc_3', 'Kuenast', 'person', 'right', 'surname of a person'),
    ('cluster_027-doc_1', 'ALM', 'organisation', 'right', 'al-Muhajiroun, a group'),
    ('cluster_027-doc_1', 'Butt', 'place', 'wrong-kind', 'a person'),
    ('cluster_027-doc_1', 'Hackney', 'place', 'right', ''),
    ('cluster_027-doc_1', 'Met', 'organisation', 'right', 'the Metropolitan Police'),
    ('cluster_027-doc_1', 'Met', 'place', 'wrong-kind', 'the Metropolitan Police'),
    ('cluster_027-doc_1', 'Potters Field Park', 'place', 'right', ''),
    ('cluster_027-doc_2', 'AP', 'organisation', 'right', ''),
    ('cluster_028-doc_3', 'Dubai', 'place', 'right', ''),
    ('cluster_028-doc_3', 'Kris Humphries', 'person', 'right', ''),
    ('cluster_028-doc_3', 'William Morris Endeavor Entertainment', 'organisation', 'right', ''),
    ('cluster_028-doc_3', 'William Morris Endeavor Entertainment', 'place', 'wrong-kind', 'an agency (organisation)'),
    ('cluster_028-doc_4', 'Angel Ball', 'place', 'not-an-entity', 'an event'),
    ('cluster_028-doc_4', 'STK Restaurant', 'place', 'right', ''),
    ('cluster_029-doc_2', 'Jamie Zeitzer', 'person', 'right', ''),
    ('cluster_029-doc_3', 'CFF', 'organisation', 'not-an-entity', 'a technical term'),
    ('cluster_029-doc_3', 'Ganzfeld', 'place', 'not-an-entity', 'a kind of dome'),
    ('cluster_030-doc_2', 'Century Fox', 'person', 'not-an-entity', 'half of "20th Century Fox"'),
    ('cluster_030-doc_2', 'Narco Sub', 'person', 'not-an-entity', 'a film title'),
    ('cluster_030-doc_2', 'Terminal Island', 'place', 'right', ''),
    ('cluster_030-doc_2', 'Tony', 'person', 'right', ''),
    ('cluster_032-doc_3', 'ESPN', 'organisation', 'right', ''),
    ('cluster_032-doc_4', 'Manuel Bojorquez', 'person', 'right', ''),
    ('cluster_033-doc_2', 'Emanuel Tschopp', 'person', 'right', ''),
    ('cluster_033-doc_4', 'Rose Center', 'organisation', 'right', ''),
    ('cluster_033-doc_4', 'Rose Center', 'place', 'right', ''),
    ('cluster_033-doc_5', 'Italy', 'place', 'right', ''),
    ('cluster_034-doc_1', 'Stormy Daniels', 'person', 'right', ''),
    ('cluster_034-doc_2', 'CNN', 'organisation', 'right', ''),
    ('cluster_034-doc_5', 'News Emails Get', 'organisation', 'not-an-entity', 'a page label'),
    ('cluster_035-doc_1', 'Sgt. Daron Wyatt', 'person', 'not-an-entity', 'title inside the name'),
    ('cluster_036-doc_1', 'Atlantic', 'place', 'wrong-kind', 'a magazine'),
    ('cluster_036-doc_2', 'Washington Post', 'organisation', 'right', ''),
    ('cluster_037-doc_1', 'Megan', 'person', 'right', ''),
    ('cluster_037-doc_1', 'Reign', 'organisation', 'right', 'a team'),
    ('cluster_037-doc_1', 'Seattle', 'place', 'wrong-kind', 'a team here'),
    ('cluster_037-doc_1', 'Seattle Reign', 'organisation', 'right', ''),
    ('cluster_037-doc_1', 'Seattle Reign', 'place', 'wrong-kind', 'a team'),
    ('cluster_039-doc_1', 'Honolulu', 'place', 'right', ''),
    ('cluster_039-doc_2', 'Matthew Bernstein', 'person', 'right', ''),
    ('cluster_039-doc_2', 'Steve Klein', 'person', 'right', ''),
    ('cluster_039-doc_3', 'Daily Worker', 'place', 'wrong-kind', 'a newspaper'),
    ('cluster_039-doc_3', 'Richard Jewell', 'person', 'right', ''),
    ('cluster_039-doc_3', 'Steve Wilson', 'person', 'right', ''),
    ('cluster_039-doc_3', "USC's School of Cinematic Art", 'place', 'not-an-entity', 'two names in one span'),
    ('cluster_040-doc_1', 'Harvard Journal of Law', 'organisation', 'not-an-entity', 'half of "Harvard Journal of Law & Technology"'),
    ('cluster_040-doc_2', 'Axanar', 'place', 'not-an-entity', 'a fictional planet in a film title'),
    ('cluster_040-doc_2', 'Fight', 'place', 'not-an-entity', 'part of a title'),
    ('cluster_040-doc_2', 'Richard Hatch', 'person', 'right', ''),
    ('cluster_040-doc_2', 'VFX', 'organisation', 'not-an-entity', 'visual effects, a common noun'),
    ('cluster_041-doc_1', 'Colchester Zoo', 'place', 'right', ''),
    ('cluster_042-doc_1', 'University Clinic', 'organisation', 'right', ''),
    ('cluster_043-doc_2', 'Pennsylvania Democratic Party', 'organisation', 'right', ''),
    ('cluster_043-doc_2', 'Peter Shumlin', 'person', 'right', ''),
    ('cluster_044-doc_1', 'Dead', 'organisation', 'right', 'the band (Grateful Dead)'),
    ('cluster_044-doc_1', "Miami's American Airlines Arena", 'organisation', 'not-an-entity', 'two names in one span'),
    ('cluster_044-doc_3', 'Jimi Hendrix', 'person', 'right', ''),
    ('cluster_045-doc_1', 'Ehrlich', 'place', 'wrong-kind', 'a person'),
    ('cluster_045-doc_1', 'Leeuwenhoek', 'place', 'wrong-kind', 'a person'),
    ('cluster_045-doc_1', 'UN Population Division', 'place', 'wrong-kind', 'a UN body (organisation)'),
    ('cluster_045-doc_2', 'Japan', 'place', 'right', ''),
    ('cluster_046-doc_1', 'Hank Marlow', 'person', 'right', ''),
    ('cluster_046-doc_1', 'Wrigley Field', 'place', 'right', ''),
    ('cluster_047-doc_1', 'Andrew Mitchell', 'person', 'right', ''),
    ('cluster_047-doc_1', 'Hamad bin Jassim al-Thani', 'person', 'right', ''),
    ('cluster_047-doc_1', 'Qusayr', 'place', 'right', ''),
    ('cluster_047-doc_1', 'William Hague', 'person', 'right', ''),
    ('cluster_047-doc_2', 'Abu Mustafa al', 'person', 'not-an-entity', 'a name cut at "al-"'),
    ('cluster_047-doc_2', 'Council', 'organisation', 'not-an-entity', 'half of "Council of the European Union"'),
    ('cluster_047-doc_2', 'Hicham Hassan', 'person', 'right', ''),
    ('cluster_047-doc_2', 'International Committee', 'organisation', 'not-an-entity', 'half of "International Committee of the Red Cross"'),
    ('cluster_047-doc_2', 'Victoria Nuland', 'person', 'right', ''),
    ('cluster_047-doc_3', 'Russia', 'place', 'right', ''),
    ('cluster_047-doc_3', 'United Nations Human Rights Council', 'organisation', 'right', ''),
    ('cluster_047-doc_3', 'William Daniels', 'person', 'right', ''),
    ('cluster_049-doc_1', 'Mauril Belanger', 'person', 'right', ''),
    ('cluster_000-doc_1', 'Equatorial Guinea', 'place', 'right', ''),
    ('cluster_000-doc_1', 'Good Country Index', 'organisation', 'not-an-entity', 'a ranking (MISC)'),
    ('cluster_000-doc_1', 'International Peace', 'person', 'not-an-entity', 'a category name'),
    ('cluster_000-doc_1', 'News', 'organisation', 'not-an-entity', 'a page label'),
    ('cluster_000-doc_1', 'Simon Anholt', 'person', 'right', ''),
    ('cluster_000-doc_1', 'United States of America', 'place', 'right', ''),
    ('cluster_001-doc_1', 'Leon Thomas', 'person', 'right', ''),
    ('cluster_001-doc_1', 'Pittsburgh', 'place', 'wrong-kind', 'a sports team here'),
    ('cluster_001-doc_2', 'Associated Press', 'organisation', 'right', ''),
    ('cluster_001-doc_2', 'NL', 'organisation', 'right', ''),
    ('cluster_001-doc_2', 'NL', 'place', 'wrong-kind', 'a league'),
    ('cluster_002-doc_1', 'CAR', 'organisation', 'not-an-entity', '"CAR park" in capitals'),
    ('cluster_002-doc_1', 'Cromartie Memorial', 'place', 'right', ''),
    ('cluster_002-doc_1', 'David MacDonald', 'person', 'right', ''),
    ('cluster_002-doc_1', 'Dingwall History Society', 'organisation', 'right', ''),
    ('cluster_002-doc_1', 'EU', 'organisation', 'right', ''),
    ('cluster_002-doc_1', 'Norway', 'place', 'right', ''),
    ('cluster_002-doc_1', 'UK', 'place', 'right', ''),
    ('cluster_002-doc_1', 'Viking Thing', 'place', 'not-an-entity', 'a historical assembly type, not a name'),
    ('cluster_002-doc_2', 'Google', 'organisation', 'right', ''),
    ('cluster_002-doc_2', 'OJT Heritage', 'person', 'wrong-kind', 'a firm'),
    ('cluster_002-doc_2', 'Richard III', 'person', 'right', ''),
    ('cluster_002-doc_2', 'Twitter', 'organisation', 'right', ''),
    ('cluster_002-doc_2', 'Twitter', 'place', 'wrong-kind', 'a company'),
    ('cluster_003-doc_1', 'Auburn University', 'organisation', 'right', ''),
    ('cluster_003-doc_1', 'College Ready', 'organisation', 'not-an-entity', 'part of a book title'),
    ('cluster_003-doc_1', 'Kip', 'person', 'right', 'a person'),
    ('cluster_003-doc_1', 'Matt Lauer', 'person', 'right', ''),
    ('cluster_003-doc_1', 'Mona Lisa', 'person', 'right', "a person's first names"),
    ('cluster_003-doc_1', 'Mona Lisa Harding', 'person', 'right', ''),
    ('cluster_003-doc_1', 'Seth', 'person', 'right', ''),
    ('cluster_003-doc_1', 'U.S. Navy', 'organisation', 'right', ''),
    ('cluster_004-doc_1', 'Alcorn', 'person', 'right', 'surname of a person'),
    ('cluster_004-doc_2', 'Pittsburgh Public Schools', 'organisation', 'right', ''),
    ('cluster_004-doc_2', 'Trivia Crack', 'person', 'not-an-entity', 'an app (MISC)'),
    ('cluster_005-doc_1', 'Felicity Huffman', 'person', 'right', ''),
    ('cluster_005-doc_1', 'LG', 'organisation', 'right', ''),
    ('cluster_006-doc_2', 'New Scientist', 'place', 'wrong-kind', 'a magazine'),
    ('cluster_007-doc_1', 'Alex Lowe', 'person', 'right', ''),
    ('cluster_007-doc_1', 'China', 'place', 'right', ''),
    ('cluster_007-doc_1', 'Cornad Anker', 'person', 'right', ''),
    ('cluster_007-doc_1', 'David', 'person', 'right', 'a first name of a person'),
    ('cluster_007-doc_1', 'Mount Everest', 'place', 'right', ''),
    ('cluster_007-doc_2', 'Everest', 'place', 'right', ''),
    ('cluster_007-doc_2', 'HRA', 'organisation', 'right', ''),
    ('cluster_007-doc_2', 'KCC', 'organisation', 'right', ''),
    ('cluster_007-doc_2', 'Luanne Freer of Everest ER', 'person', 'not-an-entity', 'a person and a clinic in one span'),
    ('cluster_007-doc_2', 'Magic Yeti Libraries', 'organisation', 'right', ''),
    ('cluster_007-doc_3', 'Reuters', 'organisation', 'right', ''),
    ('cluster_008-doc_1', 'Austin Custodio', 'person', 'right', ''),
    ('cluster_008-doc_1', 'Code', 'organisation', 'not-an-entity', 'a code of conduct'),
    ('cluster_008-doc_1', 'Connecticut State', 'organisation', 'not-an-entity', 'half of "Connecticut State Police"'),
    ('cluster_008-doc_1', 'Connecticut State Police', 'organisation', 'right', ''),
    ('cluster_008-doc_1', 'UConn', 'place', 'wrong-kind', 'a university'),
    ('cluster_008-doc_2', 'Connecticut', 'place', 'right', ''),
    ('cluster_008-doc_2', 'Matthew Gedansky', 'person', 'right', ''),
    ('cluster_008-doc_2', 'University of Connecticut Public Safety Complex', 'organisation', 'right', ''),
    ('cluster_009-doc_1', 'Carlos Curbelo', 'person', 'right', ''),
    ('cluster_009-doc_1', 'DOJ', 'organisation', 'right', ''),
    ('cluster_009-doc_1', 'House Republican', 'person', 'not-an-entity', 'a role, not a name'),
    ('cluster_009-doc_1', 'Jason Chaffetz', 'person', 'right', ''),
    ('cluster_009-doc_1', 'Kyle Cheney', 'person', 'right', ''),
    ('cluster_009-doc_1', 'Leonard Lance', 'person', 'right', ''),
    ('cluster_009-doc_1', 'POLITICO', 'organisation', 'right', ''),
    ('cluster_009-doc_1', 'POLITICO', 'place', 'wrong-kind', 'a publication'),
    ('cluster_009-doc_1', 'Pat Meehan', 'person', 'right', ''),
    ('cluster_009-doc_1', 'Republicans', 'place', 'wrong-kind', 'party members'),
    ('cluster_009-doc_1', 'S.C.', 'place', 'right', ''),
    ('cluster_009-doc_3', 'Andy Card', 'person', 'right', ''),
    ('cluster_009-doc_3', 'Barack Obama', 'person', 'right', ''),
    ('cluster_009-doc_3', 'Hillary Clinton', 'place', 'wrong-kind', 'a person'),
    ('cluster_009-doc_3', 'Senate Majority', 'organisation', 'not-an-entity', 'half of a title'),
    ('cluster_009-doc_3', 'South Carolina', 'place', 'right', ''),
    ('cluster_009-doc_4', 'Democratic National Committee', 'organisation', 'right', ''),
    ('cluster_009-doc_4', 'Watergate', 'place', 'right', ''),
    ('cluster_009-doc_5', 'Alan Dershowitz', 'person', 'right', ''),
    ('cluster_009-doc_5', 'Jack Goldsmith', 'person', 'right', ''),
    ('cluster_009-doc_5', 'Monica Lewinsky', 'person', 'right', ''),
    ('cluster_009-doc_6', 'Comey.’’', 'person', 'not-an-entity', 'name with closing quotes'),
    ('cluster_009-doc_6', 'DEFCON', 'organisation', 'not-an-entity', '"DEFCON 1", a phrase'),
    ('cluster_009-doc_6', 'Richard Burr', 'person', 'right', ''),
    ('cluster_009-doc_6', 'Times', 'organisation', 'right', ''),
    ('cluster_010-doc_1', 'Band', 'place', 'not-an-entity', 'part of a TV series title'),
    ('cluster_010-doc_1', 'Eric Stonestreet', 'person', 'right', ''),
    ('cluster_010-doc_1', 'Julie', 'person', 'right', 'a person'),
    ('cluster_012-doc_1', 'US Embassy', 'place', 'right', 'embassy as a place'),
    ('cluster_013-doc_2', 'Allentown', 'place', 'right', ''),
    ('cluster_014-doc_1', 'Associated Investigative Services Inc', 'organisation', 'right', ''),
    ('cluster_014-doc_1', 'GPS', 'organisation', 'not-an-entity', 'a technology'),
    ('cluster_014-doc_1', 'Orlando', 'place', 'right', ''),
    ('cluster_014-doc_1', 'SWAT', 'organisation', 'not-an-entity', 'a kind of police unit'),
    ('cluster_014-doc_1', 'Seminole County', 'place', 'right', ''),
    ('cluster_014-doc_1', 'Zimmerman', 'place', 'wrong-kind', 'a person'),
    ('cluster_014-doc_1', 'Zimmermans', 'organisation', 'wrong-kind', 'a family (people)'),
    ('cluster_014-doc_1', 'Zimmermans', 'place', 'wrong-kind', 'a family (people)'),
    ('cluster_014-doc_2', 'Herald', 'place', 'not-an-entity', 'half of "Miami Herald"'),
    ('cluster_014-doc_2', 'Miami Herald', 'organisation', 'right', ''),
    ('cluster_015-doc_1', 'Princess Diana', 'place', 'wrong-kind', 'a person'),
    ('cluster_015-doc_3', 'Alexander McQueen', 'person', 'wrong-kind', 'a fashion brand here'),
    ('cluster_015-doc_3', 'Goldman Sachs', 'organisation', 'right', ''),
    ('cluster_015-doc_3', 'JAB', 'organisation', 'right', ''),
    ('cluster_015-doc_3', 'RBC Europe', 'organisation', 'right', ''),
    ('cluster_015-doc_3', 'Sandra Choi', 'person', 'right', ''),
    ('cluster_016-doc_1', 'Brittany Lewis', 'person', 'right', ''),
    ('cluster_016-doc_2', 'Brussels', 'place', 'right', ''),
    ('cluster_016-doc_2', 'Hunting Park', 'place', 'right', ''),
    ('cluster_016-doc_2', 'JFK', 'organisation', 'wrong-kind', 'an airport (place)'),
    ('cluster_016-doc_2', 'JFK', 'place', 'right', 'an airport'),
    ('cluster_016-doc_2', 'New Jersey', 'place', 'right', ''),
    ('cluster_016-doc_2', 'Newark.This', 'place', 'not-an-entity', 'two sentences glued'),
    ('cluster_016-doc_2', "Philadelphia's Hunting Park", 'place', 'not-an-entity', 'two names in one span'),
    ('cluster_016-doc_2', 'Pocono Mountain School District', 'place', 'wrong-kind', 'a school district (organisation)'),
    ('cluster_016-doc_2', 'Red Cross', 'organisation', 'right', ''),
    ('cluster_016-doc_2', 'University Medical Center', 'organisation', 'right', ''),
    ('cluster_017-doc_1', 'Coney Island', 'place', 'right', ''),
    ('cluster_017-doc_1', 'Coney Island Hospital', 'organisation', 'right', ''),
    ('cluster_017-doc_1', 'Coney Island Hospital', 'place', 'wrong-kind', 'a hospital (organisation)'),
    ('cluster_017-doc_1', 'Jeff Delacruz', 'person', 'right', ''),
    ('cluster_017-doc_3', 'Centennial', 'place', 'wrong-kind', 'a company'),
    ('cluster_017-doc_3', 'Centennial Elevator Co', 'place', 'wrong-kind', 'a company'),
    ('cluster_017-doc_3', 'Elaina Feliciano', 'person', 'right', ''),
    ('cluster_017-doc_3', 'Health Administration', 'organisation', 'not-an-entity', 'half of "Occupational Safety and Health Administration"'),
    ('cluster_017-doc_3', 'W', 'place', 'not-an-entity', '"W." of a street name'),
    ('cluster_018-doc_3', 'Get Married', 'place', 'not-an-entity', 'table heading'),
    ('cluster_018-doc_3', 'Gift Registry', 'person', 'not-an-entity', 'table heading'),
    ('cluster_018-doc_3', 'San Francisco', 'place', 'right', ''),
    ('cluster_018-doc_3', 'TheKnot.com', 'place', 'wrong-kind', 'a website/company'),
    ('cluster_018-doc_3', 'XO Group Inc.', 'organisation', 'right', ''),
    ('cluster_019-doc_1', 'Dow', 'organisation', 'not-an-entity', 'a stock index'),
    ('cluster_019-doc_1', 'Dow Jones Industrial Average', 'organisation', 'not-an-entity', 'a stock index'),
    ('cluster_019-doc_2', 'Fox Business Network', 'organisation', 'right', ''),
    ('cluster_019-doc_2', 'Stuart Varney', 'person', 'right', ''),
    ('cluster_019-doc_2', 'Wall Street', 'place', 'right', ''),
    ('cluster_019-doc_3', 'Capital Alpha Partners', 'organisation', 'right', ''),
    ('cluster_019-doc_3', 'Charles Gabriel of Capital Alpha Partners', 'person', 'not-an-entity', 'a person and a firm in one span'),
    ('cluster_019-doc_3', 'Fed', 'organisation', 'right', ''),
    ('cluster_019-doc_3', 'Gary Cohn', 'person', 'right', ''),
    ('cluster_019-doc_3', 'Glenmede', 'person', 'wrong-kind', 'a firm'),
    ('cluster_019-doc_3', 'Glenmede', 'place', 'wrong-kind', 'a firm'),
    ('cluster_019-doc_3', 'Morning Money Political', 'person', 'not-an-entity', 'newsletter name and a word'),
    ('cluster_019-doc_3', 'Steven Mnuchin', 'person', 'right', ''),
    ('cluster_020-doc_1', 'Highway', 'organisation', 'not-an-entity', 'song title'),
    ('cluster_020-doc_1', 'Highway', 'place', 'not-an-entity', 'song title'),
    ('cluster_020-doc_1', 'Robert Plant', 'person', 'right', ''),
    ('cluster_020-doc_2', 'John Bonham', 'person', 'right', ''),
    ('cluster_020-doc_2', 'Mind', 'place', 'not-an-entity', 'part of a song title'),
    ('cluster_021-doc_2', 'Buffalo', 'place', 'right', ''),
    ('cluster_021-doc_2', 'GRISELDA', 'organisation', 'right', ''),
    ('cluster_009-doc_4', 'Roger Stone', 'person', 'right', ''),
    ('cluster_021-doc_2', 'Hip-Hop', 'place', 'not-an-entity', 'a music genre'),
    ('cluster_021-doc_2', 'LEGENDARY', 'organisation', 'not-an-entity', 'a word in capitals'),
    ('cluster_021-doc_2', 'Las Vegas', 'place', 'right', ''),
    ('cluster_021-doc_2', 'Loud', 'person', 'wrong-kind', 'a record label'),
    ('cluster_021-doc_2', 'Loud', 'place', 'wrong-kind', 'a record label'),
    ('cluster_021-doc_2', 'PRODIGYMOBBDEEP', 'organisation', 'not-an-entity', 'a Twitter handle'),
    ('cluster_021-doc_2', 'Russell Simmons', 'person', 'right', ''),
    ('cluster_021-doc_2', 'S.I.P', 'organisation', 'not-an-entity', '"rest in peace" abbreviation'),
    ('cluster_021-doc_2', 'WHOISCONWAY', 'organisation', 'not-an-entity', 'a Twitter handle'),
    ('cluster_021-doc_3', 'Albert Johnson', 'person', 'right', ''),
    ('cluster_021-doc_4', 'Kim', 'person', 'right', "a rapper's name, shortened"),
    ('cluster_021-doc_4', 'Marley Marl', 'person', 'right', ''),
    ('cluster_021-doc_4', 'NPR', 'organisation', 'right', ''),
    ('cluster_021-doc_4', 'Queens', 'place', 'right', ''),
    ('cluster_021-doc_5', 'MTV', 'organisation', 'right', ''),
    ('cluster_021-doc_5', 'NYC', 'organisation', 'wrong-kind', 'a city'),
    ('cluster_021-doc_5', 'NYC', 'place', 'right', ''),
    ('cluster_021-doc_5', 'RCA', 'organisation', 'right', ''),
    ('cluster_022-doc_1', 'Daniel Kreiss', 'person', 'right', ''),
    ('cluster_022-doc_1', 'David Axelrod', 'person', 'right', ''),
    ('cluster_022-doc_1', 'Teddy Goff', 'person', 'right', ''),
    ('cluster_023-doc_1', 'Holocaust', 'organisation', 'not-an-entity', 'an event'),
    ('cluster_023-doc_1', 'Holocaust', 'place', 'not-an-entity', 'an event'),
    ('cluster_023-doc_1', 'Holocaust Eichmann', 'person', 'not-an-entity', 'an event and a person in one span'),
    ('cluster_023-doc_1', 'Nazi', 'place', 'not-an-entity', 'an adjective'),
    ('cluster_023-doc_1', 'Yitzhak Ben-Zvi', 'person', 'right', ''),
    ('cluster_023-doc_2', 'Mediterranean Sea', 'place', 'right', ''),
    ('cluster_024-doc_1', 'House Transportation', 'person', 'not-an-entity', 'half of a committee name'),
    ('cluster_024-doc_2', 'David Beamer', 'person', 'right', ''),
    ('cluster_024-doc_2', 'Mohammed', 'person', 'right', 'surname of a person'),
    ('cluster_024-doc_2', 'TSA Administrator John Pistole', 'person', 'not-an-entity', 'organisation, title and person in one span'),
)


def _base_finder(path: Path) -> Callable[..., Sequence[Entity]]:
    """``find_entities`` of another checkout (``git worktree add /tmp/base 19093a4``), run on
    our articles: the "before" of the judged sample."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("generator.analyse._entities_before", path)
    assert spec and spec.loader, path
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module.find_entities  # type: ignore[no-any-return]


def multi_news_entities(finder: Callable[..., Sequence[Entity]] = find_entities, folder: Path = MULTI_NEWS,
                        clusters: tuple[int, int] = (0, SAMPLE_CLUSTERS)) -> tuple[list[Article], Sequence[Entity], float]:
    """Entities found over clusters ``[first, last)`` in one call, each cluster passed as one
    story (as the story finder should group them); also the seconds the call took."""
    loaded = load_multi_news(folder, limit=clusters[1])[clusters[0]:]
    articles = [a for c in loaded for a in c.articles]
    stories = [StoryGroup(c.name, tuple(a.id for a in c.articles)) for c in loaded]
    start = time.perf_counter()
    try:
        entities = finder(articles, (), stories)
    except TypeError:  # the old signature has no stories
        entities = finder(articles, ())
    return articles, entities, time.perf_counter() - start


def multi_news_sample(entities: Sequence[Entity], size: int = SAMPLE_SIZE) -> list[tuple[str, str, str]]:
    """A deterministic sample of entities: (article of the first mention, name, kind)."""
    rows = []
    for e in entities:
        first = min(e.mentions, key=lambda m: (m.article_id, m.index))
        rows.append((first.article_id, e.name, e.kind))
    rows.sort(key=lambda r: hashlib.sha256(f"{r[0]}|{r[1]}".encode()).hexdigest())
    return rows[:size]


def judged_precision(rows: Sequence[tuple[str, str, str]]) -> dict[str, object]:
    """Share of the sample judged right (name and kind), and judged a real entity of any kind."""
    verdicts = {(w, n, k): v for w, n, k, v, _ in JUDGED}
    counts = Counter(verdicts.get(r, "not judged") for r in rows)
    judged = sum(v for k, v in counts.items() if k != "not judged")
    return {"sample": len(rows), **dict(sorted(counts.items())),
            "precision": round(counts["right"] / judged, 3) if judged else None,
            "entity_precision": round((counts["right"] + counts["wrong-kind"]) / judged, 3) if judged else None}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conll", type=Path, default=CONLL)
    parser.add_argument("--errors", choices=("A", "B"), help="print false positives and misses of a half")
    parser.add_argument("--sample", action="store_true", help="list the Multi-News sample and judgements")
    parser.add_argument("--no-sample", action="store_true", help="skip the Multi-News sample")
    parser.add_argument("--before", type=Path, metavar="ENTITIES_PY",
                        help="also score an older generator/analyse/entities.py (e.g. /tmp/base/...)")
    args = parser.parse_args(argv)
    problem = missing(args.conll.parent)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    finders: list[tuple[str, Callable[..., Sequence[Entity]]]] = [("after", find_entities)]
    if args.before:
        finders.insert(0, ("before", _base_finder(args.before)))
    result: dict[str, object] = {}
    for label, finder in finders:
        out: dict[str, object] = {"conll": conll_halves(finder, path=args.conll,
                                                         errors=args.errors if label == "after" else None)}
        if not args.no_sample and not missing(MULTI_NEWS):
            for key, clusters, size in (("multi_news", (0, SAMPLE_CLUSTERS), SAMPLE_SIZE),
                                        ("multi_news_held_out", HELD_OUT, HELD_OUT_SIZE)):
                articles, entities, seconds = multi_news_entities(finder, clusters=clusters)
                rows = multi_news_sample(entities, size)
                out[key] = {**judged_precision(rows), "entities": len(entities),
                            "articles": len(articles), "articles_per_s": round(len(articles) / seconds)}
                if args.sample:
                    verdicts = {(w, n, k): (v, why) for w, n, k, v, why in JUDGED}
                    print(f"# {label}, {key}")
                    for r in rows:
                        v, why = verdicts.get(r, ("not judged", ""))
                        print(f"    ({r[0]!r}, {r[1]!r}, {r[2]!r}, {v!r}, {why!r}),")
        result[label] = out
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
