"""Build small articles from a few lines of text, through the real cleaning stage."""

from __future__ import annotations

from generator.clean import clean_article
from generator.config import Settings
from generator.models import Article, SourceFile


def tiny(text: str, path: str = "tiny.txt", date: str | None = None) -> Article:
    body = (f"date {date}\n\n" if date else "") + text
    article, problems = clean_article(SourceFile(path=path, text=body), Settings())
    assert article is not None, problems
    return article
