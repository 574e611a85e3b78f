"""Figure extraction on tiny texts, and the seed figures lined up with their verdicts."""

from __future__ import annotations

from generator.analyse.figures import extract_figures
from generator.pipeline import Generated

from ._tiny import tiny


def _figs(text: str):
    return [f for f in extract_figures(tiny(text + "\n")) if f.kind != "date"]


def test_casualties_with_qualifier() -> None:
    [f] = _figs("The assault has resulted in the deaths of over 10,000 people, officials said.")
    assert (f.kind, f.value, f.qualifier, f.text) == ("casualties", 10000.0, "over", "over 10,000 people")
    assert f.counts.startswith("people killed")


def test_money_percent_duration_count() -> None:
    figs = _figs("Ankara wants a $20bn deal for 40 F-16 fighter jets. Unemployment fell to 5.2% in January. "
                 "The meeting lasted two and a half hours.")
    by_kind = {f.kind: f for f in figs}
    assert by_kind["money"].value == 20e9 and by_kind["money"].unit == "USD"
    assert by_kind["count"].value == 40 and "fighter jets" in by_kind["count"].counts
    assert by_kind["percentage"].value == 5.2
    assert by_kind["duration"].value == 2.5 and by_kind["duration"].unit == "hours"


def test_not_figures() -> None:
    # "ten" inside "tensions", product names, "one of" and a bare number are not claims.
    assert _figs("Tensions rose as the F-16 and S-400 were discussed. One of them left.") == []


def test_figure_text_is_verbatim() -> None:
    art = tiny("At least 22,722 people have been killed and 58,166 wounded since October 7.\n")
    for f in extract_figures(art):
        assert f.text in art.sentences[f.index].text


def test_seed_disagreement_and_later_count(seed_generated: Generated) -> None:
    checks = seed_generated.digest.figure_checks
    story = [c for c in checks if c.scope == "story" and c.key.startswith("casualties:people killed")]
    assert story and story[0].verdict == "disagree"
    assert "over 10,000 people" in story[0].note and "nearly 10,000 people" in story[0].note
    topic = next(c for c in checks if c.scope == "topic" and c.scope_id == "gaza-ceasefire"
             and c.key.startswith("casualties:people killed"))
    later = [f for f in seed_generated.digest.figures if f.id in topic.figures and "22,722" in f.text]
    assert later
    # 002's later count is not called a contradiction without saying the dates differ.
    assert "22,722" in topic.note and "different dates" in topic.note
    page = seed_generated.pages["topics/gaza-ceasefire.md"]
    assert "different dates" in page and "002_9bead7feb380e395.md#s20" in page
