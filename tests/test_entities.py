"""Entities: alias merging, no invented names, config aliases; the seeds' Erdogan."""

from __future__ import annotations

from generator.analyse.entities import EntitySetting, find_entities
from generator.pipeline import Generated

from ._tiny import tiny


def test_alias_merging() -> None:
    art = tiny("Turkish President Recep Tayyip Erdogan spoke in Ankara. Later Erdogan left. "
               "Critics of Tayyip Erdogan gathered. President Erdogan did not reply.\n")
    people = [e for e in find_entities([art]) if e.kind == "person"]
    assert len(people) == 1
    e = people[0]
    assert e.name == "Recep Tayyip Erdogan" and e.id == "recep-tayyip-erdogan"
    assert set(e.aliases) == {"Recep Tayyip Erdogan", "Tayyip Erdogan", "Erdogan"}
    assert len({m.index for m in e.mentions}) == 4


def test_sentence_start_is_not_a_name() -> None:
    art = tiny("Despite the rain, crowds came to Leeds. Reports suggest the match was close. "
               "Notably, the fans sang in Leeds.\n")
    names = {e.name for e in find_entities([art])}
    assert names == {"Leeds"}


def test_configured_aliases_and_nothing_invented() -> None:
    art = tiny("The U.S. and the US Congress disagreed. Officials in Washington said the US would wait.\n")
    settings = [EntitySetting("United States", "place", ("US", "U.S.")), EntitySetting("Atlantis", "place")]
    found = {e.name: e for e in find_entities([art], settings)}
    assert "Atlantis" not in found  # configured but never mentioned: not shown
    assert set(found["United States"].aliases) >= {"U.S.", "US"} and found["United States"].configured


def test_ambiguous_surname_is_left_alone() -> None:
    art = tiny("Spokesperson Matthew Miller spoke. Professor Jane Miller disagreed. Miller said no.\n")
    people = {e.name: e for e in find_entities([art]) if e.kind == "person"}
    assert set(people) == {"Matthew Miller", "Jane Miller"}
    assert all("Miller" not in e.aliases for e in people.values())


def test_seed_erdogan_page(seed_generated: Generated) -> None:
    e = next(e for e in seed_generated.digest.entities if e.id == "recep-tayyip-erdogan")
    assert {"Erdogan", "Tayyip Erdogan", "Recep Tayyip Erdogan"} <= set(e.aliases)
    assert e.kind == "person"
    assert len({m.article_id for m in e.mentions}) == 5
    page = seed_generated.pages["entities/recep-tayyip-erdogan.md"]
    for link in ("../topics/gaza-ceasefire.md", "../stories/story-003_0fd4dcf16330c07a.md",
                 "../sources/004_db8ebea197603826.md#s23"):
        assert link in page
    assert "Our priority is to establish a humanitarian ceasefire quickly" in page  # his quote
    assert "](recep-tayyip-erdogan.md)" in seed_generated.pages["entities/index.md"]


def test_no_sentence_start_words_on_seeds(seed_generated: Generated) -> None:
    names = {e.name for e in seed_generated.digest.entities}
    assert not names & {"Despite", "Reports", "Notably", "Amidst", "Additionally", "Separately", "Issues", "Efforts"}


def test_entities_setting_is_validated(tmp_path) -> None:
    import pytest

    from generator.config import load_config
    from generator.errors import ConfigError

    from .conftest import ROOT

    (tmp_path / "topics.yml").write_text((ROOT / "topics.yml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "briefing.yml").write_text(
        "entities:\n  - name: Erdogan\n    kind: persn\n  - name: Turkey\n    kind: place\n"
        "    aliases: [Türkiye]\n  - name: Türkiye\n    kind: place\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path)
    text = str(err.value) + " ".join(p.message + p.hint for p in err.value.problems)
    assert "unknown kind 'persn'" in text and "did you mean 'person'?" in text
    assert "already a name of 'Turkey'" in text
