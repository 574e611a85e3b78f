"""Atom feeds (RFC 4287): one for the whole site (``docs/feed.xml``) and one per topic
(``docs/topics/<id>.xml``). MkDocs copies them into the site as they are.

The XML is built with :mod:`xml.etree.ElementTree`, which escapes every text and attribute, so
an article's title or summary is always character data, never markup; characters XML cannot
hold at all (most control characters) are removed first.

Entry ids are ``urn:uuid:`` names derived from the article id alone (UUID version 5), so an
entry keeps its id across rebuilds, when articles are added, and when the site moves. An
article without a date is dated by the build that first published it (kept in the build state,
see :mod:`generator.render.state`): deterministic, and the date a reader first could see it.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from ..models import Article, Digest
from .state import State, dated

ATOM = "http://www.w3.org/2005/Atom"
SITE_FEED = "feed.xml"
# A feed reader shows the newest entries; 50 covers weeks of a busy briefing and keeps the file small.
FEED_ENTRIES = 50
# Entry ids: a fixed namespace for Briefing's sources, so the same article id always gives the same id.
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://briefing.invalid/sources/")
# Not allowed in XML 1.0 at all (and so not escapable), or reorders the text a reader sees.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
                      r"\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_WS = re.compile(r"\s+")
LEAD_SENTENCES = 2  # an article on no topic is summarised by its first sentences


def topic_feed_path(topic_id: str) -> str:
    return f"topics/{topic_id}.xml"


def entry_id(article_id: str) -> str:
    """The entry's permanent id: derived from the article id only."""
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, article_id)}"


def plain(text: object) -> str:
    """Text as one line of characters XML can hold."""
    return _WS.sub(" ", _NOT_XML.sub("", str(text))).strip()


def _stamp(date: str) -> str:
    return f"{date}T00:00:00Z"


@dataclass(frozen=True)
class FeedEntry:
    article: Article
    date: str  # YYYY-MM-DD
    summary: str


def summaries(digest: Digest) -> dict[str, tuple[int, ...]]:
    """Each article's summary sentences: its summary on the topic it is most relevant to (ties:
    the first topic); an article on no topic has its first sentences."""
    best: dict[str, tuple[float, tuple[int, ...]]] = {}
    for td in digest.topics:
        for s in td.sources:
            if s.sentences and (s.article_id not in best or s.score > best[s.article_id][0]):
                best[s.article_id] = (s.score, s.sentences)
    out = {aid: v[1] for aid, v in best.items()}
    for a in digest.articles:
        if a.id not in out:
            out[a.id] = tuple(s.index for s in a.sentences[:LEAD_SENTENCES])
    return out


def summary_text(a: Article, indexes: tuple[int, ...]) -> str:
    return plain(" ".join(a.sentences[i].text for i in indexes if i < len(a.sentences)))


def entries(articles: list[Article], chosen: dict[str, tuple[int, ...]], state: State | None,
            build_date: str | None) -> list[FeedEntry]:
    """Newest first (by date, then id), at most :data:`FEED_ENTRIES`; an article with no date at
    all (no state, no build date) is left out, as Atom requires one."""
    found = []
    for a in articles:
        when = dated(a, state, build_date)
        if when:
            found.append(FeedEntry(a, when, summary_text(a, chosen.get(a.id, ()))))
    found.sort(key=lambda e: (e.date, e.article.id), reverse=True)
    return found[:FEED_ENTRIES]


def atom(*, feed_id: str, title: str, subtitle: str, self_href: str, page_href: str, source_href: str,
         items: list[FeedEntry], fallback_date: str | None) -> str:
    """One Atom document. ``source_href`` is the link prefix of a source page ("sources/" or an
    absolute address), ``self_href`` and ``page_href`` the feed's own address and its page's."""
    feed = ET.Element("feed", {"xmlns": ATOM})
    ET.SubElement(feed, "id").text = feed_id
    ET.SubElement(feed, "title").text = plain(title)
    if subtitle:
        ET.SubElement(feed, "subtitle").text = plain(subtitle)[:500]
    newest = items[0].date if items else (fallback_date or "1970-01-01")
    ET.SubElement(feed, "updated").text = _stamp(newest)
    ET.SubElement(feed, "link", {"rel": "self", "type": "application/atom+xml", "href": self_href})
    ET.SubElement(feed, "link", {"rel": "alternate", "type": "text/html", "href": page_href})
    ET.SubElement(ET.SubElement(feed, "author"), "name").text = "Briefing"
    ET.SubElement(feed, "generator").text = "Briefing"
    for item in items:
        a = item.article
        entry = ET.SubElement(feed, "entry")
        ET.SubElement(entry, "id").text = entry_id(a.id)
        ET.SubElement(entry, "title", {"type": "text"}).text = plain(a.meta.title) or a.id
        ET.SubElement(entry, "published").text = _stamp(item.date)
        ET.SubElement(entry, "updated").text = _stamp(item.date)
        ET.SubElement(entry, "link", {"rel": "alternate", "type": "text/html", "href": f"{source_href}{a.id}/"})
        who = plain(a.meta.author or a.meta.outlet or "")
        if who:
            ET.SubElement(ET.SubElement(entry, "author"), "name").text = who
        if item.summary:
            ET.SubElement(entry, "summary", {"type": "text"}).text = item.summary
    ET.indent(feed, space=" ")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def render_feeds(digest: Digest, topic_titles: dict[str, tuple[str, str]], site_title: str, site_url: str,
                 state: State | None, build_date: str | None) -> dict[str, str]:
    """The site feed and one feed per topic, as ``{path in docs/: XML}``.

    ``topic_titles`` maps a topic id to its title and description. Links are absolute when
    the site's address is known; otherwise relative to the feed (feed readers resolve them
    against the feed's own address)."""
    base = site_url.rstrip("/") + "/" if site_url else ""
    chosen = summaries(digest)
    by_id = {a.id: a for a in digest.articles}
    out: dict[str, str] = {}
    site_items = entries(list(digest.articles), chosen, state, build_date)
    out[SITE_FEED] = atom(
        feed_id=f"urn:uuid:{uuid.uuid5(_NAMESPACE, 'feed:site')}", title=site_title,
        subtitle="Newest sources of the briefing", self_href=f"{base}{SITE_FEED}", page_href=base or "./",
        source_href=f"{base}sources/", items=site_items, fallback_date=build_date)
    for td in digest.topics:
        title, description = topic_titles[td.topic_id]
        own = {s.article_id: s.sentences for s in td.sources}
        items = entries([by_id[s.article_id] for s in td.sources], {**chosen, **own}, state, build_date)
        path = topic_feed_path(td.topic_id)
        out[path] = atom(
            feed_id=f"urn:uuid:{uuid.uuid5(_NAMESPACE, 'feed:topic:' + td.topic_id)}",
            title=f"{site_title}: {title}", subtitle=description,
            self_href=f"{base}{path}" if base else f"{td.topic_id}.xml",
            page_href=f"{base}topics/{td.topic_id}/" if base else f"{td.topic_id}/",
            source_href=f"{base}sources/" if base else "../sources/", items=items, fallback_date=build_date)
    return out
