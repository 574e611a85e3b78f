"""The site MkDocs builds with --strict: every internal link and anchor resolves."""

from __future__ import annotations

import json
import re
from pathlib import Path

from .sitecheck import broken_links, scan
from .test_seeds import BOILERPLATE, S0


def test_strict_build_produces_every_page(built_project: Path) -> None:
    site = built_project / "site"
    for page in ("index.html", "topics/us-turkey-relations/index.html", "topics/gaza-ceasefire/index.html",
                 "topics/russia-exports/index.html", f"sources/{S0}/index.html", "sources/index.html",
                 "report/index.html", "search/search_index.json"):
        assert (site / page).exists(), page
    data = json.loads((site / "digest.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 5


def test_every_internal_link_and_anchor_resolves(built_project: Path) -> None:
    site = built_project / "site"
    assert broken_links(site) == []
    topic = scan(site / "topics/gaza-ceasefire/index.html")
    sentence_links = [h for h in topic.links if "/sources/" in h and "#s" in h]
    assert len(sentence_links) >= 8  # the checker really saw the sentence links


def test_no_boilerplate_in_built_html(built_project: Path) -> None:
    for html in (built_project / "site").rglob("*.html"):
        text = " ".join(scan(html).text)
        for junk in BOILERPLATE:
            assert junk not in text, f"{junk!r} in {html}"


def test_nav_lists_topics_but_not_source_pages(built_project: Path) -> None:
    home = scan(built_project / "site" / "index.html")
    nav_links = set(home.links)
    assert any(h.endswith("topics/russia-exports/") for h in nav_links)
    source_links = [h for h in nav_links if "/sources/0" in h or h.startswith("sources/0")]
    # The home page lists the latest sources in its body, but the nav adds none: each source
    # link appears once, from the body.
    assert all(list(home.links).count(h) == 1 for h in source_links)


def test_search_index_covers_sentences(built_project: Path) -> None:
    index = json.loads((built_project / "site/search/search_index.json").read_text(encoding="utf-8"))
    text = " ".join(d["text"] for d in index["docs"])
    assert "significant cargo moving through Turkey" in text


def test_sentence_links_are_built_as_small_labelled_links(built_project: Path) -> None:
    site = built_project / "site"
    html = (site / "topics/russia-exports/index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a aria-label="([^"]*)" class="sentence-link" href="([^"]*)">([^<]*)</a>', html)
    assert len(links) >= 5
    assert all(h.startswith("../../sources/") and "#s" in h for _, h, _ in links)
    assert all(text.strip() in label and "this sentence" in label for label, _, text in links)
    # The attribute list never shows as text: on no page did it fail to apply.
    for page in site.rglob("*.html"):
        text = " ".join(scan(page).text)
        assert "{: .sentence-link" not in text and "aria-label=" not in text, page
