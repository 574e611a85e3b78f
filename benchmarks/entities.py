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

2. **Multi-News judged sample**: 100 entities the whole pipeline finds on the validation
   clusters (one ``find_entities`` call over all articles of 25 clusters, as a site build
   would make), each read and judged in ``JUDGED`` as right, wrong-kind or not-an-entity.

The text of both sets is their owners' copyright: read from ``../shared``, never copied here.

    python -m benchmarks.entities             # CoNLL halves, typed per kind, speed
    python -m benchmarks.entities --sample    # list the Multi-News sample with its judgements
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


def conll_halves(finder: Finder = find_entities, path: Path = CONLL,
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

# (cluster/doc where first mentioned, name, kind found, verdict, short reason). Verdicts:
# "right", "wrong-kind", "not-an-entity". Filled by reading each name in its sentences.
JUDGED: tuple[tuple[str, str, str, str, str], ...] = ()


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
                        clusters: int = SAMPLE_CLUSTERS) -> tuple[list[Article], Sequence[Entity], float]:
    """Entities found over the first clusters in one call, each cluster passed as one story (as
    the story finder should group them); also the seconds the call took."""
    loaded = load_multi_news(folder, limit=clusters)
    articles = [a for c in loaded for a in c.articles]
    stories = [StoryGroup(c.name, tuple(a.id for a in c.articles)) for c in loaded]
    start = time.perf_counter()
    try:
        entities = finder(articles, (), stories)
    except TypeError:  # the old signature has no stories
        entities = finder(articles, ())
    return articles, entities, time.perf_counter() - start


def multi_news_sample(entities: Sequence[Entity]) -> list[tuple[str, str, str]]:
    """A deterministic sample of entities: (article of the first mention, name, kind)."""
    rows = []
    for e in entities:
        first = min(e.mentions, key=lambda m: (m.article_id, m.index))
        rows.append((first.article_id, e.name, e.kind))
    rows.sort(key=lambda r: hashlib.sha256(f"{r[0]}|{r[1]}".encode()).hexdigest())
    return rows[:SAMPLE_SIZE]


def judged_precision(rows: Sequence[tuple[str, str, str]]) -> dict[str, object]:
    verdicts = {(w, n, k): v for w, n, k, v, _ in JUDGED}
    counts = Counter(verdicts.get(r, "not judged") for r in rows)
    judged = sum(v for k, v in counts.items() if k != "not judged")
    return {"sample": len(rows), **dict(counts),
            "precision": round(counts["right"] / judged, 3) if judged else None}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conll", type=Path, default=CONLL)
    parser.add_argument("--errors", choices=("A", "B"), help="print false positives and misses of a half")
    parser.add_argument("--sample", action="store_true", help="list the Multi-News sample and judgements")
    parser.add_argument("--no-sample", action="store_true", help="skip the Multi-News sample")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    problem = missing(args.conll.parent)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    result: dict[str, object] = {"conll": conll_halves(path=args.conll, errors=args.errors)}
    if not args.no_sample and not missing(MULTI_NEWS):
        rows = multi_news_sample()
        result["multi_news"] = judged_precision(rows)
        if args.sample:
            verdicts = {(w, n, k): (v, why) for w, n, k, v, why in JUDGED}
            for r in rows:
                v, why = verdicts.get(r, ("not judged", ""))
                print(f"    ({r[0]!r}, {r[1]!r}, {r[2]!r}, {v!r}, {why!r}),")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
