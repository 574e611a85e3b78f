"""The comparison on the seeds end to end: nav, related topics, export and its schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import yaml

from generator.pipeline import Generated

ROOT = Path(__file__).resolve().parents[1]


def test_nav_has_sections_not_pages(seed_generated: Generated) -> None:
    nav = yaml.safe_load(seed_generated.pages[".briefing/nav.yml"])
    flat = json.dumps(nav)
    assert "stories/index.md" in flat and "entities/index.md" in flat
    assert "stories/story-" not in flat and "entities/recep" not in flat and "sources/0" not in flat


def test_related_topics_show_shared_stories_and_people(seed_generated: Generated) -> None:
    td = next(t for t in seed_generated.digest.topics if t.topic_id == "us-turkey-relations")
    gaza = next(r for r in td.related if r.topic_id == "gaza-ceasefire")
    assert "story-003_0fd4dcf16330c07a" in gaza.shared_stories
    assert "recep-tayyip-erdogan" in gaza.shared_entities and "antony-blinken" in gaza.shared_entities
    page = seed_generated.pages["topics/us-turkey-relations.md"]
    # Related topics say what they share in words (no wall of links); the story and the people
    # are linked once each, in the sources and evidence parts.
    related = page.split("## Related topics", 1)[1].split("???", 1)[0]
    assert "1 story" in related and "people and organisations in common" in related
    assert "](../stories/story-003_0fd4dcf16330c07a.md)" in page and "](../entities/antony-blinken.md)" in page


def test_export_has_the_comparison_and_validates(seed_generated: Generated) -> None:
    data = json.loads(seed_generated.pages["digest.json"])
    schema = json.loads((ROOT / "schema" / "digest.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    for key in ("figures", "figure_checks", "quotes", "quote_pairs", "entities", "timelines"):
        assert data[key], key
    story = next(s for s in data["stories"] if s["id"] == "story-000_8ac4934ad0f0b599")
    assert story["sources"] == 2 and story["independent_origins"] == 1
    arts = {a["id"]: a for a in data["articles"]}
    for q in data["quotes"]:  # every exported quote stands in its exported sentences
        text = " ".join(s["text"] for s in arts[q["article"]]["sentences"] if s["id"] in q["sentences"])
        assert q["text"] in text


def test_every_claim_links_to_a_sentence_that_exists(seed_generated: Generated) -> None:
    import re

    arts = {a.id: a for a in seed_generated.digest.articles}
    for path, text in seed_generated.pages.items():
        if not path.startswith(("stories/", "entities/", "topics/")):
            continue
        for aid, index in re.findall(r"\.\./sources/([\w-]+)\.md#s(\d+)", text):
            assert int(index) < len(arts[aid].sentences), (path, aid, index)
