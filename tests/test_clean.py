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


def refused(text: str, path: str = "a.txt"):
    article, problems = clean_article(SourceFile(path, text), SETTINGS)
    assert article is None
    return problems


def test_a_file_that_is_only_a_twitter_notice_is_refused_with_its_reason() -> None:
    problems = refused("Tweet with a location\n\nYou can add location information to your Tweets, such as your city, "
                       "from the web. You always have the option to delete your Tweet location history. Learn more\n")
    assert len(problems) == 1 and problems[0].severity == "error"
    assert problems[0].message.startswith("not an article: only a platform notice (twitter-notice:")


def test_a_web_archive_notice_is_refused_but_a_story_with_one_is_kept() -> None:
    notice = ("Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. Flowing "
              "in every day, these data are added to the Wayback Machine after an embargo period.")
    problems = refused(notice + "\n")
    assert "archive-notice" in problems[0].message
    story = " ".join(f"The council met on day {i} and voted on the new budget for the harbour." for i in range(8))
    a = clean(story + "\n\n" + notice + "\n")
    assert "Wayback" not in " ".join(s.text for s in a.sentences)
    assert [r.kind for r in a.removed] == ["archive-notice"]


def test_a_javascript_wall_is_refused() -> None:
    problems = refused("JavaScript is disabled\n\nYou need to enable JavaScript to use the player\n")
    assert "video-notice" in problems[0].message


def test_junk_headlines_give_way_to_a_derived_title() -> None:
    for junk in ("Play Facebook", "Share", "AP", "Page 1 of 1", "Published on Sep 8, 2015", "World",
                 "Photo illustration by Example", "STORRS, Conn", ".......... ..........",
                 "From Wikipedia, the free encyclopedia", "Breaking News Emails Get breaking news alerts"):
        a = clean(f"{junk}\n\nThe mayor opened the new bridge on Monday. Crowds cheered.")
        assert a.meta.title == "The mayor opened the new bridge on Monday" and a.meta.title_derived, junk
        assert junk in [r.text for r in a.removed], junk


def test_a_junk_title_from_front_matter_is_not_used_but_a_short_one_is() -> None:
    a = clean("---\ntitle: Share\n---\nThe mayor opened the new bridge on Monday. Crowds cheered.", "a.md")
    assert a.meta.title_derived and a.meta.title.startswith("The mayor")
    a = clean("---\ntitle: Brexit\n---\nThe mayor opened the new bridge on Monday. Crowds cheered.", "a.md")
    assert a.meta.title == "Brexit" and not a.meta.title_derived


def test_page_furniture_lines_are_removed_and_recorded() -> None:
    a = clean("A bridge opens in the town\n\nThe mayor opened the bridge.\n\nshare tweet pin email\n\n"
              "Updated 6.15pm\n\nBy Jane Doe/Getty Images\n\n(reporter@example.com; @reporter)\n\n"
              "Crowds cheered. Image copyright PA Image caption The bridge at dawn.\n")
    assert [s.text for s in a.sentences] == ["The mayor opened the bridge.", "Crowds cheered."]
    assert [r.kind for r in a.removed] == ["share-buttons", "date-stamp", "photo-credit", "contact", "image-caption"]


def test_hover_cards_and_doubled_teasers_are_cut_keeping_the_linked_name() -> None:
    a = clean("President Smith Jonathan Adam SmithJones warns of leaks Smith learned a lesson MORE praised "
              "the plan.\n\nBridge Opens In The Town Bridge Opens In The Town The mayor cut the ribbon.")
    assert [s.text for s in a.sentences] == ["President Smith praised the plan.", "The mayor cut the ribbon."]
    assert sorted(r.kind for r in a.removed) == ["hover-card", "teaser"]


def test_a_dateline_stays_with_its_sentence() -> None:
    a = clean("TAUNTON, Mass. (AP) — A couple born on the same day married. They met at school.")
    assert a.meta.title.startswith("TAUNTON, Mass. (AP) — A couple")
    assert len(a.sentences) == 2


def test_a_caption_with_a_bracketed_credit_is_cut_from_the_paragraph() -> None:
    a = clean("A bridge opens\n\nThe mayor spoke. Crowds gather at the new bridge [Reuters] The mayor cut the ribbon.")
    assert [s.text for s in a.sentences] == ["The mayor spoke.", "The mayor cut the ribbon."]
    assert [r.kind for r in a.removed] == ["photo-caption"]
