"""The machine-readable export, ``digest.json``: the same facts the pages show.

Its shape is stated in ``schema/digest.schema.json``; keys are sorted and floats rounded so
two builds of the same input are byte-identical.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..config import Config
from ..models import Digest

SCHEMA_VERSION = 1


def _records(config: Config, digest: Digest) -> dict[str, Any]:
    """The export's top-level keys, each list made one record at a time as it is read (at 10,000
    articles the whole export held as dictionaries took more memory than the rest of the build)."""
    topics_of: dict[str, list[dict[str, Any]]] = {}
    for m in digest.matches:
        topics_of.setdefault(m.article_id, []).append({
            "topic": m.topic_id,
            "score": m.score,
            "matched_terms": [{"term": t.term, "sentences": t.count} for t in m.terms],
            "sentences": [{"id": f"s{i}", "relevance": v} for i, v in m.sentence_scores],
        })
    story_of = {a: g.id for g in digest.stories for a in g.article_ids}
    articles = ({
        "id": a.id,
        "source_path": a.source_path,
        "page": f"sources/{a.id}/",
        "title": a.meta.title,
        "title_derived": a.meta.title_derived,
        "outlet": a.meta.outlet,
        "date": a.meta.date,
        "url": a.meta.url,
        "author": a.meta.author,
        "topics": topics_of.get(a.id, []),
        "story": story_of.get(a.id),
        "sentences": [{"id": s.anchor, "paragraph": s.paragraph, "text": s.text} for s in a.sentences],
        "removed": [{"kind": r.kind, "line": r.line, "text": r.text} for r in a.removed],
    } for a in digest.articles)
    defs = {t.id: t for t in config.topics}
    topics = ({
        "id": td.topic_id,
        "title": defs[td.topic_id].title,
        "description": defs[td.topic_id].description,
        "page": f"topics/{td.topic_id}/",
        "sources": [{"article": s.article_id, "score": s.score, "summary": [f"s{i}" for i in s.sentences]}
                    for s in td.sources],
        "overview": [{"article": r.article_id, "sentence": f"s{r.index}"} for r in td.overview],
        "related": [{"topic": r.topic_id, "configured": r.configured, "shared_sources": list(r.shared_sources),
                     "shared_stories": list(r.shared_stories), "shared_entities": list(r.shared_entities)}
                    for r in td.related],
    } for td in digest.topics)
    stories = ({"id": g.id, "articles": list(g.article_ids),
                "evidence": [{"a": a, "b": b, "aligned_share": v} for a, b, v in g.similarity],
                "page": f"stories/{g.id}/",
                "title": g.title,
                "title_article": g.title_article,
                "sources": len(g.article_ids),
                "independent_origins": len(g.origins),
                "origins": [list(o) for o in g.origins],
                "origin_evidence": [{"a": a, "b": b, "reason": r} for a, b, r in g.origin_evidence],
                "adds": [{"article": s.article_id, "origin": s.origin,
                          "sentences": [{"id": f"s{i}", "new_words": list(w)}
                                        for i, w in zip(s.sentences, s.new_words or [()] * len(s.sentences))]}
                         for s in g.adds]}
               for g in digest.stories)
    compare = comparison_data(digest)
    problems = ({"path": p.path, "line": p.line, "severity": p.severity, "message": p.message, "hint": p.hint}
                for p in digest.problems + digest.skipped)
    return {"schema_version": SCHEMA_VERSION, "articles": articles, "topics": topics,
            "stories": stories, "problems": problems, **compare}


def comparison_data(digest: Digest) -> dict[str, Any]:
    """Figures, quotes, entities and timelines: what the sources say, side by side."""
    figures = ({"id": f.id, "article": f.article_id, "sentence": f"s{f.index}", "text": f.text,
                "number": f.number, "value": f.value, "unit": f.unit, "kind": f.kind, "counts": f.counts,
                "qualifier": f.qualifier, "time_cue": f.time_cue} for f in digest.figures)
    checks = ({"scope": c.scope, "scope_id": c.scope_id, "key": c.key, "label": c.label,
               "figures": list(c.figures), "verdict": c.verdict, "note": c.note} for c in digest.figure_checks)
    quotes = ({"id": q.id, "article": q.article_id, "sentences": [f"s{i}" for i in q.sentences],
               "text": q.text, "speaker": q.speaker, "speaker_entity": q.speaker_entity, "partial": q.partial,
               "verified": True} for q in digest.quotes)
    pairs = ({"story": p.story_id, "a": p.a, "b": p.b, "similarity": p.similarity} for p in digest.quote_pairs)
    entities = ({"id": e.id, "name": e.name, "kind": e.kind, "aliases": list(e.aliases), "role": e.role,
                 "configured": e.configured, "page": f"entities/{e.id}/",
                 "mentions": [{"article": m.article_id, "sentence": f"s{m.index}", "alias": m.alias}
                              for m in e.mentions]} for e in digest.entities)
    timelines = ({"topic": t.topic_id, "undated": list(t.undated),
                  "events": [_event(e) for e in t.events],
                  "unresolved": [_event(e) for e in t.unresolved]} for t in digest.timelines)
    return {"figures": figures, "figure_checks": checks, "quotes": quotes, "quote_pairs": pairs,
            "entities": entities, "timelines": timelines}


def _event(e: Any) -> dict[str, Any]:
    return {"date": e.date, "precision": e.precision, "kind": e.kind, "article": e.article_id,
            "sentence": None if e.index is None else f"s{e.index}", "text": e.text}


def export_json(config: Config, digest: Digest) -> str:
    """``digest.json`` as one text (see :func:`export_chunks`)."""
    return "".join(export_chunks(config, digest))


def export_chunks(config: Config, digest: Digest) -> Iterator[str]:
    """``digest.json``, one line at a time: keys sorted, each record of a top-level list on its
    own line, so a diff between two builds shows the records that changed. (Indenting every
    level would run json's pure-Python encoder, a third of the rendering time; each line here is
    the C encoder's.) At 10,000 articles the file is 160 MB: it is written as it is made."""
    data = _records(config, digest)
    yield "{\n"
    for n, key in enumerate(sorted(data)):
        value = data[key]
        comma = "" if n == len(data) - 1 else ","
        first = True
        if isinstance(value, Iterator):
            for record in value:
                yield (f" {_json(key)}: [\n  " if first else ",\n  ") + _json(record)
                first = False
            yield f" {_json(key)}: []{comma}\n" if first else f"\n ]{comma}\n"
        else:
            yield f" {_json(key)}: {_json(value)}{comma}\n"
    yield "}\n"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
