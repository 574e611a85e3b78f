"""Stage 2: turn source files into clean :class:`~generator.models.Article` records.

Pure: takes decoded text and settings, returns records and problems; never touches disk.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

from ..config import Settings
from ..errors import Problem
from ..models import Article, Corpus, Metadata, Removal, Sentence, SourceFile
from .boilerplate import is_junk_line, is_notice, junk_title, strip_inline
from .metadata import derive_title, find_outlet, is_headline, parse_fields, read_head, valid_date
from .sentences import split_sentences

__all__ = ["article_id", "clean_article", "clean_corpus", "split_sentences"]

_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
# Paired emphasis only ("**a**", "_a_"): a lone "*" or "0**0" is text, not markup.
_MD_EMPHASIS = re.compile(r"(?<!\w)(\*\*|__|[*_])(?=\S)(.+?)(?<=\S)\1(?!\w)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_SLUG = re.compile(r"[^a-z0-9_-]+")
_URL = re.compile(r"^https?://[^\s<>\"'`\\]+$", re.IGNORECASE)
_MAX_ID = 80
_RESERVED_IDS = ("index",)  # page names the generator uses in every folder
_WORD = re.compile(r"\w")


def article_id(path: str) -> str:
    """The stable id (and page slug) of the article at ``path``: its file name, made safe.

    Only ``a-z 0-9 _ -`` survive, so an id can never name another folder (no ``/``, no ``..``);
    accents are transliterated ("é" → "e") and a very long name is cut and given a hash suffix,
    so it stays a valid, stable file name.
    """
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    prefix = path.rsplit("/", 1)[0] + "-" if "/" in path else ""
    ascii_name = unicodedata.normalize("NFKD", prefix + stem).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG.sub("-", ascii_name.lower()).strip("-_")
    digest = hashlib.sha256(path.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    if len(slug) > _MAX_ID:
        slug = slug[: _MAX_ID - 9].rstrip("-_") + "-" + digest
    if slug in _RESERVED_IDS:  # the sources index is sources/index.md: keep it, and the article too
        slug = f"{slug}-{digest}"
    return slug or "article-" + digest


def _markdown_to_text(line: str) -> str:
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    return _MD_EMPHASIS.sub(r"\2", line)


def clean_article(source: SourceFile, settings: Settings) -> tuple[Article | None, list[Problem]]:
    """Clean one file. Returns ``(None, problems)`` when the article must be refused.

    Metadata comes from, highest priority first: the sidecar file, the front matter, what the
    text itself says (date line, headline, outlet byline or rules), what an HTML page declares.
    """
    lines = source.text.split("\n")
    is_markdown = source.kind == "markdown" or source.path.lower().endswith((".md", ".markdown"))
    found = dict(source.found)
    side: dict[str, str] = {}
    problems: list[Problem] = []
    if source.sidecar is not None:
        side, problems = parse_fields(source.sidecar_path or source.path, source.sidecar, 1, "sidecar")
    head, head_problems = read_head(source.path, lines, settings.outlets,
                                    find_headline=not (source.kind == "html" and "title" in found))
    problems = head_problems + problems
    fields = {**found, **head.fields, **side}
    body_lines = lines[head.body_start :]
    outlet, headline, byline = find_outlet(source.text, fields.get("url"), head.headline,
                                           body_lines[:3], settings.outlets)
    removed: list[Removal] = []
    if headline is not None and (kind := junk_title(headline, settings.cleaning, detected=True)) is not None:
        removed.append(Removal(kind, headline, head.body_start))  # the headline was the line before the body
        headline = None
    if byline is not None:
        removed.append(Removal("byline", body_lines[byline].strip(), head.body_start + byline + 1))
        body_lines = body_lines[:byline] + [""] + body_lines[byline + 1 :]
    date = None
    if "date" in fields:
        date = valid_date(fields["date"])
        if date is None:
            where = source.sidecar_path if "date" in side and source.sidecar_path else source.path
            problems.append(Problem(where, f"invalid date '{fields['date'][:40]}', shown as unknown",
                                    "write the date as YYYY-MM-DD (a real calendar date)",
                                    _line(source, "date", side), severity="warning"))
    url = fields.get("url")
    if url is not None and not _URL.match(url):
        problems.append(Problem(source.path, f"url '{url[:80]}' is not an http(s) address, not linked",
                                "give a full http:// or https:// address", _line(source, "url", side),
                                severity="warning"))
        url = None

    paragraphs: list[tuple[int, str]] = []  # (first line number, text)
    current: list[str] = []
    current_line = 0

    def flush() -> None:
        nonlocal current
        if current:
            paragraphs.append((current_line, " ".join(current)))
        current = []

    for offset, raw in enumerate(body_lines):
        number = head.body_start + offset + 1
        line = raw.strip()
        if not line:
            flush()
            continue
        kind = is_junk_line(line, settings.cleaning)
        if kind is None:
            line, cut = strip_inline(line, number, settings.cleaning)
            removed.extend(cut)
            if not line:
                flush()
                continue
        if kind is None and is_markdown and _MD_HEADING.match(raw):
            kind = "subhead"
        elif kind is None and is_headline(line) and len(line.split()) <= 12 and paragraphs + [current] != [[]]:
            kind = "subhead"  # a short unpunctuated line inside the body
        if kind is not None:
            flush()
            removed.append(Removal(kind, line, number))
            continue
        if is_markdown:
            line = _markdown_to_text(line)
            if not current:
                current_line = number
            current.append(line)
        else:
            flush()
            current_line = number
            current.append(line)
    flush()

    sentences: list[Sentence] = []
    for par, (_, text) in enumerate(paragraphs):
        for s in split_sentences(text):
            sentences.append(Sentence(index=len(sentences), paragraph=par, text=s))
    notice = _only_notice(sentences, removed)
    if notice is not None:
        problems.append(Problem(source.path, f"not an article: only a platform notice ({notice})",
                                "remove the file, or save the article's own page instead of the notice", None))
        sentences = []
    elif not any(_WORD.search(s.text) for s in sentences):
        problems.append(Problem(source.path, "empty article: no text left after cleaning",
                                "add the article text, or remove the file", None))
        sentences = []
    explicit = {**head.fields, **side}  # what the maintainer stated, over what was detected
    title = explicit.get("title") or found.get("title") or headline
    if title and (kind := junk_title(title, settings.cleaning, detected=False)) is not None:
        removed.append(Removal(kind, title, 1))
        title = None
    meta = Metadata(
        title=title or _derived_title(sentences, settings) or "Untitled article",
        title_derived=not title,
        outlet=explicit.get("outlet") or outlet or found.get("outlet"),
        url=url,
        date=date,
        author=fields.get("author"),
    )
    given = {"title": not meta.title_derived, "outlet": meta.outlet, "url": meta.url, "date": meta.date,
             "author": meta.author}
    for key in settings.required_fields if sentences and not any(p.severity == "error" for p in problems) else ():
        if not given.get(key):
            problems.append(Problem(source.path, f"missing required field '{key}'"
                                    + (" (the date given is not valid)" if key == "date" and "date" in fields else "")
                                    + (" (the url given is not http(s))" if key == "url" and "url" in fields else ""),
                                    f"add '{key}: …' to the front matter, or to a sidecar file "
                                    f"'{source.path.rsplit('/', 1)[-1]}.meta.yml' beside the article", None))
    if not sentences or any(p.severity == "error" for p in problems):
        return None, problems
    removed.sort(key=lambda r: (r.line, r.kind, r.text))
    return Article(article_id(source.path), source.path, meta, tuple(sentences), tuple(removed)), problems


# A file is "only a platform notice" when, once its notices (cleaning patterns named
# ``*-notice``) are removed, fewer than this many words are left, or fewer words than the
# notices had: what remains is the rest of the notice page (a 404 page's advice, a sign-in
# form). Chosen on Multi-News validation (benchmarks.junk): the shortest real article there
# left with a notice removed has far more words; every file refused is judged there.
NOTICE_REST_WORDS = 60


def _only_notice(sentences: list[Sentence], removed: list[Removal]) -> str | None:
    """Why the article is only a platform notice (its first notice), or ``None``."""
    notices = [r for r in removed if is_notice(r.kind)]
    if not notices:
        return None
    rest = sum(len(s.text.split()) for s in sentences)
    noticed = sum(len(r.text.split()) for r in notices)
    if rest >= NOTICE_REST_WORDS and rest >= noticed:
        return None
    first = notices[0]
    text = first.text if len(first.text) <= 60 else first.text[:59] + "…"
    return f"{first.kind}: '{text}'"


def _derived_title(sentences: list[Sentence], settings: Settings) -> str:
    """A title made from the first sentence that reads as one (not a credit or a stamp)."""
    for s in sentences[:5]:
        title = derive_title(s.text)
        if junk_title(title, settings.cleaning, detected=True) is None:
            return title
    return derive_title(sentences[0].text) if sentences else ""


def _line(source: SourceFile, key: str, side: dict[str, str]) -> int | None:
    """The line of ``key:`` in the front matter (or sidecar, if it gave the key)."""
    text = source.sidecar if key in side and source.sidecar is not None else source.text
    for i, line in enumerate(text.split("\n")):
        if line.startswith(f"{key}:"):
            return i + 1
    return None


def text_fingerprint(article: Article) -> str:
    """A hash of the article's cleaned text, to find two files with the same text."""
    words = " ".join(s.text for s in article.sentences).casefold().split()
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def clean_corpus(files: Iterable[SourceFile], settings: Settings, problems: Iterable[Problem] = (),
                 skipped: Iterable[Problem] = ()) -> Corpus:
    """Clean every file; refused files become problems, the others articles."""
    articles: list[Article] = []
    found = list(problems)
    seen: dict[str, str] = {}
    texts: dict[str, str] = {}
    for source in sorted(files, key=lambda f: f.path):
        article, issues = clean_article(source, settings)
        found.extend(issues)
        if article is None:
            continue
        if article.id in seen:
            found.append(Problem(source.path, f"two articles with the same id '{article.id}': this file and "
                                 f"{seen[article.id]} (ids are made from file names)",
                                 "rename one of the two files so their names differ in more than case "
                                 "or punctuation"))
            continue
        fingerprint = text_fingerprint(article)
        if fingerprint in texts:
            found.append(Problem(source.path, f"same text as {texts[fingerprint]}, not published twice",
                                 "remove one of the two copies"))
            continue
        seen[article.id] = source.path
        texts[fingerprint] = source.path
        articles.append(article)
    return Corpus(articles=tuple(sorted(articles, key=lambda a: a.id)), problems=tuple(found),
                  skipped=tuple(skipped))
