"""Quotation ledger: attribution on tiny texts, verbatim checks, and the seeds' Flake quotes."""

from __future__ import annotations

from generator.analyse.entities import find_entities
from generator.analyse.quotes import find_quotes, verify
from generator.pipeline import Generated

from ._tiny import tiny


def _quotes(text: str):
    art = tiny(text + "\n")
    return art, find_quotes(art, find_entities([art]))


def test_name_after_the_quote() -> None:
    art, [q] = _quotes("Mayor Anna Berg opened the bridge. “We waited ten years for this,” Berg said.")
    assert q.text == "We waited ten years for this" and q.speaker == "Berg"
    assert q.speaker_entity == "anna-berg" and not q.partial and verify(art, q)


def test_pronoun_resolves_to_the_person_named_before() -> None:
    _, [q] = _quotes("Mayor Anna Berg opened the bridge on Friday. “It is a good day,” she said.")
    assert q.speaker == "she" and q.speaker_entity == "anna-berg"


def test_said_name_and_quoted_as_saying() -> None:
    _, qs = _quotes("“Prices will fall,” said Professor Tom Reyes. The agency quoted Reyes as saying "
                    "“the worst is over” at a briefing.")
    assert [q.speaker_entity for q in qs] == ["tom-reyes", "tom-reyes"]


def test_continuation_across_sentences_and_no_speaker_no_guess() -> None:
    _, qs = _quotes("“We are ready,” Minister Lena Holt said. “The plan starts today.” "
                    "Critics called it a “paper exercise”.")
    assert qs[1].speaker_entity == "lena-holt"
    assert qs[2].speaker is None and qs[2].partial


def test_quote_over_two_sentences_is_verbatim() -> None:
    art, [q] = _quotes("Chief Ada Moss spoke. “So we are looking to improve. I know it is hard,” Moss said.")
    assert q.text == "So we are looking to improve. I know it is hard" and len(q.sentences) == 2 and verify(art, q)


def test_every_seed_quote_is_verbatim(seed_generated: Generated) -> None:
    arts = {a.id: a for a in seed_generated.digest.articles}
    assert seed_generated.digest.quotes
    for q in seed_generated.digest.quotes:
        assert verify(arts[q.article_id], q)


def test_flake_quoted_differently_side_by_side(seed_generated: Generated) -> None:
    quotes = {q.id: q for q in seed_generated.digest.quotes}
    pairs = [(quotes[p.a], quotes[p.b]) for p in seed_generated.digest.quote_pairs]
    flake = [(a, b) for a, b in pairs if a.speaker_entity == "jeff-flake"]
    assert any("We are asking all of our allies" in a.text and "We ask all of our allies" in b.text for a, b in flake)
    page = seed_generated.pages["stories/story-000_8ac4934ad0f0b599.md"]
    assert "The same remarks, quoted differently" in page and "We ask all of our allies" in page
