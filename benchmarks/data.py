"""Read the evaluation sets into the pipeline's own records (cleaned, split into sentences).

Every system in a benchmark sees the same :class:`~generator.models.Article` records, so they
all choose among the same sentences: our cleaning and sentence splitting come first, for all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from generator.clean import clean_article
from generator.config import Settings, load_config
from generator.models import Article, SourceFile

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
MULTI_NEWS = EVAL / "multi-news-validation"
BBC = EVAL / "bbc-news-summary"
BBC_CATEGORIES = ("business", "entertainment", "politics", "sport", "tech")
_REFERENCE_SPLIT = re.compile(r"(?<=[.!?\"])(?=[A-Z\"])")


@dataclass(frozen=True)
class Cluster:
    """One Multi-News cluster: its articles and the editor's summary."""

    name: str
    articles: tuple[Article, ...]
    reference: str


@dataclass(frozen=True)
class BbcItem:
    """One BBC article, its category and its reference summary's sentences."""

    name: str  # category/NNN
    category: str
    article: Article
    reference: tuple[str, ...]


def settings() -> Settings:
    """The project's cleaning settings (``briefing.yml`` over the packaged defaults)."""
    return load_config(ROOT).settings


def read_text(path: Path) -> str:
    """Decode a file as UTF-8, falling back to Latin-1 where it is not (real input can be)."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _clean(path: str, text: str, config: Settings) -> Article | None:
    text = text.replace("\r\n", "\n")
    article, _ = clean_article(SourceFile(path, text), config)
    return article


def missing(path: Path) -> str | None:
    """Why an evaluation folder cannot be used, or ``None`` when it can."""
    if not path.is_dir():
        return f"{path} is missing: the benchmarks need the team's shared/eval folder beside the repo"
    return None


def load_multi_news(folder: Path = MULTI_NEWS, limit: int | None = None) -> list[Cluster]:
    """The clusters under ``folder`` (``cluster_*/doc_*.txt`` and ``summary.txt``), in name order."""
    config = settings()
    clusters = []
    for d in sorted(p for p in folder.iterdir() if p.is_dir() and (p / "summary.txt").exists()):
        if limit is not None and len(clusters) >= limit:
            break
        docs = sorted(d.glob("doc_*.txt"), key=lambda p: int(re.sub(r"\D", "", p.stem) or 0))
        articles = tuple(a for p in docs if (a := _clean(f"{d.name}/{p.name}", read_text(p), config)))
        reference = read_text(d / "summary.txt").strip()
        reference = re.sub(r"^[–-]\s*", "", reference)  # editors' summaries start with "– "
        clusters.append(Cluster(d.name, articles, reference))
    return clusters


def load_bbc(folder: Path = BBC, limit: int | None = None, summaries: bool = True) -> list[BbcItem]:
    """BBC articles (``articles/<category>/NNN.txt``) with their references, category by category.

    With ``limit``, the first ``limit`` articles of each category.
    """
    config = settings()
    items = []
    for category in sorted(p.name for p in (folder / "articles").iterdir() if p.is_dir()):
        files = sorted((folder / "articles" / category).glob("*.txt"))
        for path in files[:limit] if limit is not None else files:
            article = _clean(f"{category}/{path.name}", read_text(path), config)
            if article is None:
                continue
            reference: tuple[str, ...] = ()
            ref_path = folder / "summaries" / category / path.name
            if summaries and ref_path.exists():
                reference = tuple(s.strip() for s in _REFERENCE_SPLIT.split(read_text(ref_path).strip()) if s.strip())
            items.append(BbcItem(f"{category}/{path.stem}", category, article, reference))
    return items
