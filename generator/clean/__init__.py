"""Stage 2: turn source files into clean :class:`~generator.models.Article` records.

Pure: takes decoded text and settings, returns records and problems; never touches disk.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..config import Settings
from ..errors import Problem
from ..models import Article, Corpus, Metadata, Removal, Sentence, SourceFile
from .boilerplate import is_junk_line, strip_inline
from .metadata import derive_title, find_outlet, is_headline, read_head, valid_date
from .sentences import split_sentences

__all__ = ["clean_article", "clean_corpus", "article_id", "split_sentences"]

_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w))")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_SLUG = re.compile(r"[^a-z0-9_-]+")


def article_id(path: str) -> str:
    """The stable id (and page slug) of the article at ``path``: its file name, made safe."""
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    prefix = path.rsplit("/", 1)[0] + "-" if "/" in path else ""
    slug = _SLUG.sub("-", (prefix + stem).lower()).strip("-_")
    return slug or "article"


def _markdown_to_text(line: str) -> str:
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    return _MD_EMPHASIS.sub("", line)


def clean_article(source: SourceFile, settings: Settings) -> tuple[Article | None, list[Problem]]:
    """Clean one file. Returns ``(None, problems)`` when the article must be refused."""
    lines = source.text.split("\n")
    is_markdown = source.path.lower().endswith((".md", ".markdown"))
    head, problems = read_head(source.path, lines, settings.outlets)
    fields = dict(head.fields)
    body_lines = lines[head.body_start :]
    outlet, headline, byline = find_outlet(source.text, fields.get("url"), head.headline,
                                           body_lines[:3], settings.outlets)
    removed: list[Removal] = []
    if byline is not None:
        removed.append(Removal("byline", body_lines[byline].strip(), head.body_start + byline + 1))
        body_lines = body_lines[:byline] + [""] + body_lines[byline + 1 :]
    date = None
    if "date" in fields:
        date = valid_date(fields["date"])
        if date is None:
            problems.append(Problem(source.path, f"invalid date '{fields['date']}', shown as unknown",
                                    "write the date as YYYY-MM-DD", 1, severity="warning"))
    url = fields.get("url")
    if url is not None and not re.match(r"^https?://[^\s<>\"']+$", url):
        problems.append(Problem(source.path, f"url '{url[:80]}' is not an http(s) address, not linked",
                                "give a full http:// or https:// address", None, severity="warning"))
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
    if not sentences:
        problems.append(Problem(source.path, "empty article: no text left after cleaning",
                                "add the article text, or remove the file", None))
        return None, problems
    title = fields.get("title") or headline
    meta = Metadata(
        title=title if title else derive_title(sentences[0].text),
        title_derived=not title,
        outlet=fields.get("outlet") or outlet,
        url=url,
        date=date,
        author=fields.get("author"),
    )
    removed.sort(key=lambda r: (r.line, r.kind, r.text))
    return Article(article_id(source.path), source.path, meta, tuple(sentences), tuple(removed)), problems


def clean_corpus(files: Iterable[SourceFile], settings: Settings, problems: Iterable[Problem] = (),
                 skipped: Iterable[Problem] = ()) -> Corpus:
    """Clean every file; refused files become problems, the others articles."""
    articles: list[Article] = []
    found = list(problems)
    seen: dict[str, str] = {}
    for source in files:
        article, issues = clean_article(source, settings)
        found.extend(issues)
        if article is None:
            continue
        if article.id in seen:
            found.append(Problem(source.path, f"article id '{article.id}' is also the id of {seen[article.id]}",
                                 "rename one of the two files"))
            continue
        seen[article.id] = source.path
        articles.append(article)
    return Corpus(articles=tuple(sorted(articles, key=lambda a: a.id)), problems=tuple(found),
                  skipped=tuple(skipped))
