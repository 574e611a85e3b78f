"""The machine-readable export, ``digest.json``: the same facts the pages show.

Its shape is stated in ``schema/digest.schema.json``; keys are sorted and floats rounded so
two builds of the same input are byte-identical.
"""

from __future__ import annotations

import json
from typing import Any

from ..config import Config
from ..models import Digest

SCHEMA_VERSION = 1


def digest_data(config: Config, digest: Digest) -> dict[str, Any]:
    """The export as plain data."""
    topics_of: dict[str, list[dict[str, Any]]] = {}
    for m in digest.matches:
        topics_of.setdefault(m.article_id, []).append({
            "topic": m.topic_id,
            "score": m.score,
            "matched_terms": [{"term": t.term, "sentences": t.count} for t in m.terms],
            "sentences": [{"id": f"s{i}", "relevance": v} for i, v in m.sentence_scores],
        })
    story_of = {a: g.id for g in digest.stories for a in g.article_ids}
    articles = [{
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
    } for a in digest.articles]
    defs = {t.id: t for t in config.topics}
    topics = [{
        "id": td.topic_id,
        "title": defs[td.topic_id].title,
        "description": defs[td.topic_id].description,
        "page": f"topics/{td.topic_id}/",
        "sources": [{"article": s.article_id, "score": s.score, "summary": [f"s{i}" for i in s.sentences]}
                    for s in td.sources],
        "overview": [{"article": r.article_id, "sentence": f"s{r.index}"} for r in td.overview],
        "related": [{"topic": r.topic_id, "configured": r.configured, "shared_sources": list(r.shared_sources)}
                    for r in td.related],
    } for td in digest.topics]
    stories = [{"id": g.id, "articles": list(g.article_ids),
                "evidence": [{"a": a, "b": b, "aligned_share": v} for a, b, v in g.similarity]}
               for g in digest.stories]
    problems = [{"path": p.path, "line": p.line, "severity": p.severity, "message": p.message, "hint": p.hint}
                for p in digest.problems + digest.skipped]
    return {"schema_version": SCHEMA_VERSION, "articles": articles, "topics": topics,
            "stories": stories, "problems": problems}


def export_json(config: Config, digest: Digest) -> str:
    return json.dumps(digest_data(config, digest), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
