"""Timelines: dates resolved against the article's date, undated articles listed as undated."""

from __future__ import annotations

from generator.analyse.timeline import mentioned_dates, topic_timeline
from generator.pipeline import Generated

from ._tiny import tiny


def test_month_day_resolved_against_article_date() -> None:
    art = tiny("Ismail Haniyeh was killed on July 31 in Tehran. Talks resumed on Monday.\n", date="2024-08-13")
    found = {e.text: e.date for e in mentioned_dates(art)}
    assert found["July 31"] == "2024-07-31"
    assert found["on Monday"] == "2024-08-12"  # 2024-08-13 was a Tuesday


def test_a_later_month_is_last_year() -> None:
    art = tiny("The deal was signed on December 20. It ran out in March 2020.\n", date="2024-01-05")
    found = {e.text: e.date for e in mentioned_dates(art)}
    assert found["December 20"] == "2023-12-20" and found["in March 2020"] == "2020-03"


def test_undated_article_is_not_guessed() -> None:
    art = tiny("The ministers met on Monday. They meet again on July 31.\n")
    t = topic_timeline("x", [art])
    assert t.undated == (art.id,) and not t.events
    assert {e.text for e in t.unresolved} == {"on Monday", "July 31"}


def test_seed_timeline(seed_generated: Generated) -> None:
    t = next(t for t in seed_generated.digest.timelines if t.topic_id == "us-turkey-relations")
    dates = {(e.article_id[:3], e.text): e.date for e in t.events}
    assert dates[("000", "July 31")] == "2024-07-31"
    assert dates[("000", "2024-08-13")] == "2024-08-13"
    assert "001_0c4358038d950f96" in t.undated
    page = seed_generated.pages["topics/us-turkey-relations.md"]
    assert "??? note \"Timeline (" in page and "| 2024-06 |" in page and "Undated:" in page
    # Haniyeh's assassination on July 31 is in the topic's timeline record, but its sentence is
    # not about US–Turkey relations: the page leaves it out.
    assert "| 2024-07-31 |" not in page
