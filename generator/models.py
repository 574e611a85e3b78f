"""Frozen, typed records passed between the pipeline stages.

load → clean → analyse → render → write: each stage takes and returns these records,
never loose dictionaries.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .errors import Problem


@dataclass(frozen=True)
class SourceFile:
    """One file of the corpus as read from disk: its path relative to the corpus and its text."""

    path: str  # POSIX path relative to the articles folder
    text: str  # decoded, NFC-normalised, "\n" line endings
    kind: str = "text"  # "text", "markdown" or "html" (text is then the page's extracted main text)
    found: tuple[tuple[str, str], ...] = ()  # metadata the reader found (an HTML page's own), lowest priority
    sidecar: str | None = None  # text of the metadata sidecar file, if there is one
    sidecar_path: str | None = None  # its path relative to the articles folder


@dataclass(frozen=True)
class Metadata:
    """What is known about an article. ``None`` means unknown, never guessed."""

    title: str
    title_derived: bool  # True when no headline was given and the title was made from the text
    outlet: str | None = None
    url: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    author: str | None = None


@dataclass(frozen=True)
class Removal:
    """A piece of page junk removed from an article, kept so nothing is dropped silently."""

    kind: str  # name of the cleaning pattern that matched
    text: str
    line: int  # 1-based line in the source file


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article's cleaned text."""

    index: int  # position in the article, from 0
    paragraph: int  # paragraph number, from 0
    text: str

    @property
    def anchor(self) -> str:
        """The HTML id of this sentence on its source page."""
        return f"s{self.index}"


@dataclass(frozen=True)
class Article:
    """A cleaned article, ready for analysis."""

    id: str  # stable slug derived from the file name
    source_path: str
    meta: Metadata
    sentences: tuple[Sentence, ...]
    removed: tuple[Removal, ...] = ()

    @property
    def paragraphs(self) -> tuple[tuple[Sentence, ...], ...]:
        """Sentences grouped by paragraph, in order."""
        groups: dict[int, list[Sentence]] = {}
        for s in self.sentences:
            groups.setdefault(s.paragraph, []).append(s)
        return tuple(tuple(groups[k]) for k in sorted(groups))


@dataclass(frozen=True)
class Corpus:
    """Every article that could be read and cleaned, and every problem met on the way."""

    articles: tuple[Article, ...]
    problems: tuple[Problem, ...] = ()
    skipped: tuple[Problem, ...] = ()  # files that are not articles, skipped with a note


@dataclass(frozen=True)
class TermHit:
    """A topic term and how many sentences of an article it matched."""

    term: str
    count: int


@dataclass(frozen=True)
class TopicMatch:
    """Why an article belongs to a topic: its score, the terms and the sentences that matched."""

    topic_id: str
    article_id: str
    score: float
    terms: tuple[TermHit, ...]
    sentence_scores: tuple[tuple[int, float], ...]  # (sentence index, relevance), index order


@dataclass(frozen=True)
class SentenceRef:
    """A sentence of one article, by article id and sentence index."""

    article_id: str
    index: int


@dataclass(frozen=True)
class SourceSummary:
    """The summary of one source on one topic."""

    article_id: str
    score: float
    sentences: tuple[int, ...]  # sentence indexes, in original order


@dataclass(frozen=True)
class RelatedTopic:
    """Another topic that shares sources with this one."""

    topic_id: str
    configured: bool  # listed as related in the config
    shared_sources: tuple[str, ...]  # article ids on both topics


@dataclass(frozen=True)
class TopicDigest:
    """Everything shown on one topic page."""

    topic_id: str
    sources: tuple[SourceSummary, ...]  # most relevant first
    overview: tuple[SentenceRef, ...]
    related: tuple[RelatedTopic, ...]


@dataclass(frozen=True)
class StoryGroup:
    """Articles that tell the same story."""

    id: str
    article_ids: tuple[str, ...]
    similarity: tuple[tuple[str, str, float], ...] = field(default=())  # pairwise evidence


@dataclass(frozen=True)
class Digest:
    """The whole briefing in memory: built once, then rendered and written."""

    articles: tuple[Article, ...]
    matches: tuple[TopicMatch, ...]
    topics: tuple[TopicDigest, ...]
    stories: tuple[StoryGroup, ...]
    problems: tuple[Problem, ...] = ()
    skipped: tuple[Problem, ...] = ()

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)
