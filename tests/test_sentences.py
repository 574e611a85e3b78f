"""Sentence splitting: abbreviations, decimals, quotes that end sentences, initials."""

from __future__ import annotations

import pytest

from generator.clean.sentences import split_sentences

CASES = [
    # abbreviations
    ("The U.S. Army said on Jan. 5 that Dr. Smith would resign. He did not comment.",
     ["The U.S. Army said on Jan. 5 that Dr. Smith would resign.", "He did not comment."]),
    ("Mr. and Mrs. Jones live on Main St. in Springfield. They have two children.",
     ["Mr. and Mrs. Jones live on Main St. in Springfield.", "They have two children."]),
    ("Gen. Mark Milley spoke. Sen. Warren replied.", ["Gen. Mark Milley spoke.", "Sen. Warren replied."]),
    ("The company, Acme Inc., reported profits. Its shares rose.",
     ["The company, Acme Inc., reported profits.", "Its shares rose."]),
    ("It happened at 3 p.m. on Monday. Police arrived later.",
     ["It happened at 3 p.m. on Monday.", "Police arrived later."]),
    ("He lives at No. 10 Downing Street. The answer was no. Then he left.",
     ["He lives at No. 10 Downing Street.", "The answer was no.", "Then he left."]),
    # an abbreviation that ends the sentence
    ("He moved to the U.S. The move was sudden.", ["He moved to the U.S.", "The move was sudden."]),
    ("The U.N. Security Council met. It voted on Friday.", ["The U.N. Security Council met.", "It voted on Friday."]),
    # decimals and money
    ("Shares rose 3.5 per cent to $12.40. Analysts were surprised.",
     ["Shares rose 3.5 per cent to $12.40.", "Analysts were surprised."]),
    ("The vote was 52.3% to 47.7%. Turnout was high!", ["The vote was 52.3% to 47.7%.", "Turnout was high!"]),
    # quotes that end sentences
    ('"We will not back down," he said. "Never." The crowd cheered.',
     ['"We will not back down," he said.', '"Never."', "The crowd cheered."]),
    ("He asked: “Is this the end?” Nobody answered.", ["He asked: “Is this the end?”", "Nobody answered."]),
    ("She said the talks were “over.” Officials disagreed.", ["She said the talks were “over.”", "Officials disagreed."]),
    # initials
    ("J. K. Rowling and George W. Bush met in Washington. They talked.",
     ["J. K. Rowling and George W. Bush met in Washington.", "They talked."]),
    # lower case after a full stop is no new sentence; ellipsis
    ("It was e.g. a test. And it worked.", ["It was e.g. a test.", "And it worked."]),
    # a dateline's state abbreviation does not end the sentence
    ("TAUNTON, Mass. (AP) — Two people married. They met at school.",
     ["TAUNTON, Mass. (AP) — Two people married.", "They met at school."]),
    ("ALBUQUERQUE, N.M. — The balloon rose. It landed.", ["ALBUQUERQUE, N.M. — The balloon rose.", "It landed."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_every_character_kept() -> None:
    text = "Dr. Who arrived at 10.30 a.m. on Jan. 3. “Hello,” he said. Then: silence."
    assert " ".join(split_sentences(text)) == text


def test_agrees_with_pysbd() -> None:
    """We keep our splitter because it does as well as pysbd on these cases (and is about 60× faster:
    see BENCHMARKS.md)."""
    pysbd = pytest.importorskip("pysbd")
    segmenter = pysbd.Segmenter(language="en", clean=False)
    for text, expected in CASES[:5] + CASES[8:12] + CASES[13:14]:
        assert [s.strip() for s in segmenter.segment(text)] == split_sentences(text) == expected
