"""``briefing import``: new articles from RSS/Atom feeds (or single pages) into the articles folder.

Reads each feed, fetches each item's page, extracts its text and metadata with trafilatura
(as a saved page is read, :mod:`generator.load.html`), and writes one new ``.txt`` article
with YAML front matter per page. An item is skipped when the corpus already has its address
(compared normalised: tracking parameters, fragment, case of the host and a trailing slash do
not count) or its text (the same fingerprint the build uses to refuse a second copy). A feed
or page that fails is reported with its address and why; the others are still imported.

It only ever adds files: each is created under a name no file has (``O_EXCL`` through a
hard link from a temporary file, so a killed import leaves no half article), derived from
the page's address alone, never from its title, so no feed can name a path outside the
articles folder.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..clean import clean_article, text_fingerprint
from ..clean.metadata import FRONT_MATTER_KEYS, valid_date
from ..config import Config
from ..errors import Problem, WriteError
from ..load.decode import DecodeError, decode_bytes
from ..load.fields import clean_field
from ..load.html import ExtractionError, declared_charset, extract
from ..load.reader import HTML_SIZE_FACTOR
from ..models import SourceFile
from .feeds import Feed, FeedError, FeedItem, looks_like_html, parse_feed
from .urls import BadAddress, clean_url, file_name, is_http, normalise_url
from .web import Fetched, FetchError, fetch, non_public_address

MAX_FEED_BYTES = 10_000_000  # a feed of 500 items with full text is under 5 MB

# (address, byte limit, whether loopback/private/link-local hosts may be fetched) -> what came back
Fetcher = Callable[[str, int, bool], Fetched]


@dataclass(frozen=True)
class FeedSource:
    """A feed (or a single page) to import from: an http(s) address or a local file."""

    shown: str  # as the user gave it, for messages
    url: str | None = None
    path: Path | None = None


@dataclass(frozen=True)
class Imported:
    """An article file written by the import."""

    path: str  # relative to the articles folder
    url: str
    title: str


@dataclass(frozen=True)
class ImportReport:
    """What an import did: files written, items skipped as already present (notes), failures."""

    written: tuple[Imported, ...]
    present: tuple[Problem, ...]
    problems: tuple[Problem, ...]


def sources(given: Sequence[str], base: Path) -> tuple[FeedSource, ...]:
    """Feeds as given (settings or command line): an http(s) address, or a file under ``base``."""
    found = []
    for item in given:
        if is_http(item):
            found.append(FeedSource(item, url=item))
        else:
            found.append(FeedSource(item, path=base / item))
    return tuple(found)


@dataclass
class _Known:
    """Addresses and text fingerprints already in the corpus or imported in this run."""

    urls: dict[str, str]  # normalised address -> the file that has it
    texts: dict[str, str]  # text fingerprint -> the file that has it


def _known(config: Config) -> _Known:
    from .. import pipeline  # the build's own reading and cleaning, so "the same" means what the build means

    corpus = pipeline.load(config)
    urls: dict[str, str] = {}
    texts: dict[str, str] = {}
    for article in corpus.articles:
        if article.meta.url:
            with contextlib.suppress(BadAddress):
                urls.setdefault(normalise_url(article.meta.url), article.source_path)
        texts.setdefault(text_fingerprint(article), article.source_path)
    return _Known(urls, texts)


def import_articles(config: Config, feeds: Sequence[FeedSource], *, user_agent: str,
                    fetcher: Fetcher | None = None) -> ImportReport:
    """Import every new item of ``feeds`` into ``config.articles_path``.

    Raises :class:`WriteError` if a file cannot be written (the disk is full, the folder
    read-only): what was written before is whole and stays.
    """
    def default_fetch(url: str, limit: int, allow_private: bool) -> Fetched:
        return fetch(url, limit, user_agent=user_agent, allow_private=allow_private)

    get = fetcher or default_fetch
    config.articles_path.mkdir(parents=True, exist_ok=True)
    known = _known(config)
    written: list[Imported] = []
    present: list[Problem] = []
    problems: list[Problem] = []
    for source in feeds:
        try:
            data, base = _read_source(source, get)
        except (FetchError, OSError) as exc:
            problems.append(Problem(source.shown, f"feed could not be read: {_why(exc)}",
                                    "check the address or path (feeds: in briefing.yml, or the command line)",
                                    code="import-feed"))
            continue
        if looks_like_html(data.data) and base is None:
            problems.append(Problem(source.shown, "is a web page, not a feed", "put a saved page into the articles "
                                    "folder as it is (.html), or give its http(s) address", code="import-feed"))
            continue
        if looks_like_html(data.data) and base is not None:  # a page, not a feed: one article
            _import_page(config, FeedItem(link=base), None, data, source.shown, get, True, known, written, present,
                         problems)
            continue
        try:
            feed = parse_feed(data.data, base)
        except FeedError as exc:
            problems.append(Problem(source.shown, f"feed could not be read: {exc}",
                                    "check that the address is the RSS or Atom feed, not the site's home page",
                                    code="import-feed"))
            continue
        if feed.more:
            present.append(Problem(source.shown, f"feed lists {len(feed.items) + feed.more} items; only the first "
                                   f"{len(feed.items)} were read", "run the import more often", severity="note",
                                   code="import-feed"))
        private_ok = _on_local_network(base)
        for item in feed.items:
            _import_page(config, item, feed, None, source.shown, get, private_ok, known, written, present, problems)
    return ImportReport(tuple(written), tuple(present), tuple(problems))


def _read_source(source: FeedSource, get: Fetcher) -> tuple[Fetched, str | None]:
    """The feed's bytes, and its address (which relative links resolve against)."""
    if source.url is not None:
        fetched = get(source.url, MAX_FEED_BYTES, True)  # the user named it: wherever it is
        return fetched, fetched.url
    assert source.path is not None
    with open(source.path, "rb") as fh:  # a feed saved to a file; nothing it says is opened
        data = fh.read(MAX_FEED_BYTES + 1)
    if len(data) > MAX_FEED_BYTES:
        raise FetchError(f"file is over the limit of {MAX_FEED_BYTES:,} bytes")
    return Fetched(url="", data=data, content_type="", charset=None), None


def _on_local_network(feed_url: str | None) -> bool:
    """Whether a feed's items may link to loopback, private or link-local hosts: only when the
    feed itself is a file or lives on such a host (the user's own network). A feed on the
    internet must not lead the import to the runner or its network (a cloud metadata service)."""
    if feed_url is None:
        return True
    try:
        return non_public_address(feed_url) is not None
    except FetchError:
        return False


def _why(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc)


def _import_page(config: Config, item: FeedItem, feed: Feed | None, page: Fetched | None, feed_shown: str,
                 get: Fetcher, private_ok: bool, known: _Known, written: list[Imported], present: list[Problem],
                 problems: list[Problem]) -> None:
    """Fetch, extract and write one item's page, unless the corpus has it already."""
    def fail(where: str, message: str, hint: str) -> None:
        problems.append(Problem(where, message, hint, code="import-page"))

    if not item.link:
        fail(feed_shown, f"item {item.title or '(untitled)'!r:.100} has no link: skipped",
             "the feed must link each item to its page")
        return
    try:
        url = clean_url(item.link)
        normal = normalise_url(url)
    except BadAddress:
        fail(feed_shown, f"item {item.title or item.link!r:.100} links to {item.link[:100]!r}, which is not an "
             "http(s) address: skipped", "the feed must link each item to its page with a full http(s) address")
        return
    if normal in known.urls:
        present.append(Problem(url, f"already in the corpus as {known.urls[normal]}", "nothing to do",
                               severity="note", code="import-present"))
        return
    limit = config.settings.max_article_bytes * HTML_SIZE_FACTOR
    try:
        fetched = page or get(url, limit, private_ok)
        text, found = extract(_page_text(fetched))
    except (FetchError, DecodeError, ExtractionError) as exc:
        fail(url, f"page could not be imported: {exc}", "check the page in a browser; the next import tries again")
        return
    meta = dict(found)
    if meta.get("url") and is_http(meta["url"]):  # the page's canonical address
        with contextlib.suppress(BadAddress):
            canonical = normalise_url(meta["url"])
            if canonical in known.urls:
                present.append(Problem(url, f"already in the corpus as {known.urls[canonical]} (same canonical "
                                       "address)", "nothing to do", severity="note", code="import-present"))
                return
    fields = _front_matter(url, meta, item, feed)
    name = file_name(url)
    content = _article_file(fields, text)
    if len(content.encode("utf-8")) > config.settings.max_article_bytes:
        fail(url, f"page text is over max_article_bytes ({config.settings.max_article_bytes:,} bytes): not "
             "imported, the build would refuse it", "raise max_article_bytes in briefing.yml if it is an article")
        return
    article, issues = clean_article(SourceFile(path=name, text=content), config.settings)
    if article is None:
        reasons = "; ".join(p.message for p in issues if p.severity == "error") or "refused"
        fail(url, f"page could not be imported: {reasons}", "check the page in a browser")
        return
    fingerprint = text_fingerprint(article)
    if fingerprint in known.texts:
        present.append(Problem(url, f"same text as {known.texts[fingerprint]}, not imported twice",
                               "nothing to do", severity="note", code="import-present"))
        return
    if not _write_new(config.articles_path, name, content):
        present.append(Problem(url, f"{name} exists already and was left as it is", "nothing to do",
                               severity="note", code="import-present"))
        return
    known.urls[normal] = name
    known.texts[fingerprint] = name
    written.append(Imported(name, url, fields.get("title", "")))


def _page_text(fetched: Fetched) -> str:
    """The page's bytes as text: the charset the server or the page declares, else detected."""
    data = fetched.data
    charset = fetched.charset or declared_charset(data)
    if charset and charset not in ("utf-8", "utf8"):
        with contextlib.suppress(LookupError, UnicodeError, ValueError):
            data = data.decode(charset).encode("utf-8", "surrogatepass")
    return decode_bytes(data).text


def _front_matter(url: str, meta: dict[str, str], item: FeedItem, feed: Feed | None) -> dict[str, str]:
    """title, outlet, url, date, author: the feed's title first (the page's often carries the
    site's name), the page's own date and author first, the feed's where the page has none."""
    date = valid_date(meta.get("date", "")[:10]) or (item.date and valid_date(item.date))
    chosen = {"title": item.title or meta.get("title"), "outlet": meta.get("outlet") or (feed and feed.title),
              "url": url, "date": date, "author": meta.get("author") or item.author}
    fields = {}
    for key in FRONT_MATTER_KEYS:
        value = chosen.get(key)
        if value:
            cleaned, _ = clean_field(key, value)
            if cleaned:
                fields[key] = cleaned
    return fields


def _article_file(fields: dict[str, str], text: str) -> str:
    """The article as the loader reads a ``.txt`` file: YAML front matter, a blank line, the text."""
    head = yaml.safe_dump(fields, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100_000)
    return f"---\n{head}---\n\n{text.strip()}\n"


def _write_new(folder: Path, name: str, content: str) -> bool:
    """Create ``folder/name`` with ``content`` unless a file of that name exists (then False).

    Written to a temporary file first and linked into place, so the article appears whole or
    not at all; the link fails if the name is taken, whatever took it in the meantime.
    """
    if "/" in name or os.sep in name or name.startswith("."):  # file_name never makes one; a guard all the same
        raise WriteError(f"refusing to write an article named {name!r}")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".import-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, folder / name, follow_symlinks=False)
        except FileExistsError:
            return False
    except OSError as exc:
        raise WriteError(f"cannot write {folder / name}: {exc.strerror or exc}; the articles imported before "
                         "it are whole") from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return True
