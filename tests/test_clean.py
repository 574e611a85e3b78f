"""Cleaning on tiny hand-made inputs: metadata lines, headlines, junk, records of removals."""

from __future__ import annotations

from generator.clean import article_id, clean_article
from generator.config import load_config
from generator.models import SourceFile

from .conftest import ROOT

SETTINGS = load_config(ROOT).settings


def clean(text: str, path: str = "a.txt"):
    article, problems = clean_article(SourceFile(path, text), SETTINGS)
    assert article is not None, problems
    return article


def test_date_line_is_metadata_and_headline_becomes_title() -> None:
    a = clean(" date 2024-08-13 \n\nTurkey and the US talk trade\nThe two sides met on Monday. They agreed.")
    assert a.meta.date == "2024-08-13"
    assert a.meta.title == "Turkey and the US talk trade" and not a.meta.title_derived
    assert [s.text for s in a.sentences] == ["The two sides met on Monday.", "They agreed."]


def test_title_is_derived_and_marked_when_there_is_no_headline() -> None:
    a = clean("The United States is calling on Turkey and other allies with ties to Iran to persuade it now. More.")
    assert a.meta.title_derived
    assert a.meta.title == "The United States is calling on Turkey and other allies with ties…"
    assert a.meta.outlet is None and a.meta.date is None and a.meta.url is None


def test_front_matter_supplies_metadata() -> None:
    a = clean("---\ntitle: Talks\noutlet: Example News\nurl: https://example.com/a\ndate: 2024-01-06\n"
              "author: A. Writer\n---\nBody text here. Second sentence.", "a.md")
    assert (a.meta.title, a.meta.outlet, a.meta.url, a.meta.date, a.meta.author) == (
        "Talks", "Example News", "https://example.com/a", "2024-01-06", "A. Writer")
    assert not a.meta.title_derived


def test_inline_junk_is_removed_from_one_long_line_and_recorded() -> None:
    line = ("Flake spoke in Istanbul. Turkish President Tayyip Erdogan meets with a visitor in Istanbul, Turkey, "
            "April 20, 2024. (Jane Doe/Press Office/Handout via REUTERS) Relations were strained. "
            "Stay informed about the latest news! Subscribe to the Jerusalem Post newsletter "
            "But Flake said more. The State of US-Turkey Relations “They were not involved,” he said.")
    a = clean(line)
    text = " ".join(s.text for s in a.sentences)
    assert "REUTERS" not in text and "Erdogan meets" not in text
    assert "Subscribe" not in text and "State of US-Turkey Relations" not in text
    assert "Relations were strained." in text and "“They were not involved,” he said." in text
    kinds = sorted(r.kind for r in a.removed)
    assert kinds == ["inline-subhead", "newsletter-prompt", "photo-caption"]
    assert all(r.line == 1 for r in a.removed)
    assert a.meta.outlet == "The Jerusalem Post"  # named by the newsletter line


def test_footer_lines_are_removed_with_their_line_numbers() -> None:
    a = clean("Headline here\n\nOne sentence. Two sentences.\n\nCheck out our Latest News and Follow us at Facebook"
              "\n\nOriginal Source\n\nSimilar Posts\n\nLeave a Reply\n\n"
              "Your email address will not be published. Required fields are marked *\n")
    assert [s.text for s in a.sentences] == ["One sentence.", "Two sentences."]
    assert [(r.kind, r.line) for r in a.removed] == [
        ("promo", 5), ("comment-footer", 7), ("comment-footer", 9), ("comment-footer", 11), ("comment-footer", 13)]


def test_byline_names_the_outlet_and_leaves_the_text() -> None:
    a = clean("A headline\nICARO Media Group\nThe meeting lasted two hours.\n")
    assert a.meta.outlet == "ICARO Media Group"
    assert [s.text for s in a.sentences] == ["The meeting lasted two hours."]
    assert a.removed[0].kind == "byline" and a.removed[0].line == 2


def test_outlet_section_suffix_is_cut_from_the_headline() -> None:
    a = clean("Blinken meets Erdogan | Israel War on Gaza News\n\nBlinken met Erdogan. They talked.")
    assert a.meta.title == "Blinken meets Erdogan" and a.meta.outlet == "Al Jazeera"


def test_markdown_links_and_emphasis_become_plain_text() -> None:
    a = clean("---\ntitle: T\n---\nThe **talks** went [well](https://example.com) today.\n\n## A subhead\n\nNext.",
              "x.md")
    assert [s.text for s in a.sentences] == ["The talks went well today.", "Next."]
    assert a.removed[0].kind == "subhead"


def test_article_id_is_stable_and_safe() -> None:
    assert article_id("000_8ac4934ad0f0b599.txt") == "000_8ac4934ad0f0b599"
    assert article_id("Some Outlet/Story One!.md") == "some-outlet-story-one"
