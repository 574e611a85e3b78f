"""digest.json: valid against its schema, and in agreement with the pages."""

from __future__ import annotations

import json

import jsonschema

from generator.pipeline import Generated

from .conftest import ROOT


def test_digest_validates_against_the_schema(seed_generated: Generated) -> None:
    schema = json.loads((ROOT / "schema" / "digest.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads(seed_generated.pages["digest.json"])
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)


def test_export_agrees_with_the_pages(seed_generated: Generated) -> None:
    data = json.loads(seed_generated.pages["digest.json"])
    pages = seed_generated.pages
    articles = {a["id"]: a for a in data["articles"]}
    for topic in data["topics"]:
        page = pages[f"topics/{topic['id']}.md"]
        for source in topic["sources"]:
            for sid in source["summary"]:
                assert f"../sources/{source['article']}.md#{sid})" in page
        assert len(topic["sources"]) == sum(1 for a in articles.values() for t in a["topics"] if t["topic"] == topic["id"])
    for article in data["articles"]:
        source_page = pages[f"sources/{article['id']}.md"]
        for s in article["sentences"]:
            assert f'id="{s["id"]}"' in source_page
        for t in article["topics"]:
            assert t["matched_terms"] and t["sentences"]
            assert f"../topics/{t['topic']}.md" in source_page
    stories = {s["id"]: set(s["articles"]) for s in data["stories"]}
    assert {"000_8ac4934ad0f0b599", "001_0c4358038d950f96"} in stories.values()
    removed = articles["000_8ac4934ad0f0b599"]["removed"]
    assert any("Jerusalem Post newsletter" in r["text"] for r in removed)
