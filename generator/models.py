"""Frozen, typed records passed between the pipeline stages.

load → clean → analyse → render → write: each stage takes and returns these records,
never loose dictionaries. The records a corpus holds by the hundred thousand (sentences,
mentions, figures, quotes, matches) have slots instead of a dictionary each: at 3,000 articles
the analysis took 316 MB at its peak with them, 571 MB without.
"""

from __future__ import annotations

from collections.abc import Callable
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


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of page junk removed from an article, kept so nothing is dropped silently."""

    kind: str  # name of the cleaning pattern that matched
    text: str
    line: int  # 1-based line in the source file


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class TermHit:
    """A topic term and how many sentences of an article it matched."""

    term: str
    count: int


@dataclass(frozen=True, slots=True)
class TopicMatch:
    """Why an article belongs to a topic: its score, the terms and the sentences that matched."""

    topic_id: str
    article_id: str
    score: float
    terms: tuple[TermHit, ...]
    sentence_scores: tuple[tuple[int, float], ...]  # (sentence index, relevance), index order


@dataclass(frozen=True, slots=True)
class SentenceRef:
    """A sentence of one article, by article id and sentence index."""

    article_id: str
    index: int


@dataclass(frozen=True, slots=True)
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
    shared_stories: tuple[str, ...] = ()  # story ids with sources on both topics
    shared_entities: tuple[str, ...] = ()  # entity ids (people, organisations) mentioned in both


@dataclass(frozen=True)
class TopicDigest:
    """Everything shown on one topic page."""

    topic_id: str
    sources: tuple[SourceSummary, ...]  # most relevant first
    overview: tuple[SentenceRef, ...]
    related: tuple[RelatedTopic, ...]


@dataclass(frozen=True)
class SourceAdds:
    """What one source adds to its story: sentences whose content no other source carries."""

    article_id: str
    origin: int  # index of its independent origin in ``StoryGroup.origins``
    sentences: tuple[int, ...]  # sentence indexes, in order
    new_words: tuple[tuple[str, ...], ...] = ()  # per sentence: its words that no other source uses


@dataclass(frozen=True)
class StoryGroup:
    """Articles that tell the same story."""

    id: str
    article_ids: tuple[str, ...]
    similarity: tuple[tuple[str, str, float], ...] = field(default=())  # pairwise evidence
    title: str = ""
    title_article: str | None = None  # the article whose headline is the story title
    origins: tuple[tuple[str, ...], ...] = ()  # article ids grouped by independent origin
    origin_evidence: tuple[tuple[str, str, str], ...] = ()  # (a, b, why they share an origin)
    adds: tuple[SourceAdds, ...] = ()


@dataclass(frozen=True, slots=True)
class Figure:
    """A numeric claim in a sentence: the number as written and what it counts."""

    id: str  # "<article id>-s<index>-f<n>"
    article_id: str
    index: int  # sentence index
    text: str  # the figure as written, verbatim ("over 10,000 people")
    number: str  # the number as written ("10,000", "$20bn", "two and a half")
    value: float | None  # the number as a value, in units of ``unit``
    unit: str  # "people", "USD", "%", "hours", "date"…
    kind: str  # casualties | money | count | duration | percentage | date
    counts: str  # what it counts, in words ("people killed")
    qualifier: str = ""  # over | nearly | at least | about | ""
    time_cue: str = ""  # words in the sentence that date the figure ("since October 7")
    high: float | None = None  # the upper end of a range ("between 10 and 15" → value 10, high 15)


@dataclass(frozen=True, slots=True)
class FigureCheck:
    """Figures from different sources about one quantity, lined up, with a verdict."""

    scope: str  # "story" or "topic"
    scope_id: str
    key: str  # the quantity ("casualties:people killed")
    label: str
    figures: tuple[str, ...]  # figure ids
    verdict: str  # agree | disagree | different-dates
    note: str


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation, verified word for word against its sentences."""

    id: str
    article_id: str
    sentences: tuple[int, ...]  # the sentence(s) the quotation stands in
    text: str  # the quoted words, exactly as in the source
    speaker: str | None  # as the text names them ("he", "Flake"); None when not attributed
    speaker_entity: str | None  # entity id when resolved to a named person or organisation
    partial: bool  # a phrase quoted inside the reporter's own sentence


@dataclass(frozen=True, slots=True)
class QuotePair:
    """Two sources quoting the same speaker on the same occasion in different words."""

    story_id: str
    a: str  # quote id
    b: str
    similarity: float


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of an entity: a sentence and the name as written there."""

    article_id: str
    index: int
    alias: str


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place named in the text, with its aliases merged."""

    id: str  # slug of the canonical name
    name: str
    kind: str  # person | organisation | place
    aliases: tuple[str, ...]  # every form found in the text, the canonical name included
    role: str | None = None
    mentions: tuple[Mention, ...] = ()
    configured: bool = False  # named in the entities setting


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """A dated event: an article's publication, or a date named in its text."""

    date: str | None  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"; None when it cannot be resolved
    precision: str  # day | month | year | none
    kind: str  # published | mentioned
    article_id: str
    index: int | None  # sentence index of a mention
    text: str  # the date as written in the text (or the article date)


@dataclass(frozen=True)
class TopicTimeline:
    """A topic's events in date order, and its undated articles."""

    topic_id: str
    events: tuple[TimelineEvent, ...]
    unresolved: tuple[TimelineEvent, ...] = ()  # dates that need a year the article does not give
    undated: tuple[str, ...] = ()  # article ids without a date


@dataclass(frozen=True, slots=True)
class NameFound:
    """One name an article writes: where (sentence index, character offset) and the title before it."""

    index: int
    start: int
    name: str
    role: str | None


@dataclass(frozen=True, slots=True)
class NameCues:
    """What the words around one name's mentions in an article say of its kind, and its titles."""

    name: str
    cues: tuple[tuple[str, int], ...]  # kind → votes
    roles: tuple[tuple[str, int], ...]  # title → mentions


@dataclass(frozen=True)
class EntityReading:
    """The names an article writes, read with its own words as the only evidence (as for an
    article alone in its story; see :mod:`generator.analyse.entities`)."""

    found: tuple[NameFound, ...]
    cues: tuple[NameCues, ...]  # one per name found
    common: tuple[str, ...]  # names with a word the article also writes in lowercase
    # The words the reading asked about and found no evidence for: the reading holds in any story
    # whose evidence has none of them (every other answer it got stays the same there).
    unless: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArticleWork:
    """What one article's text alone decides, computed once per article (and cached between
    builds, see :mod:`generator.cache`): each sentence's content words and fitness for a
    summary, its figures, the dates its sentences name, and the names it writes."""

    stems: tuple[tuple[str, ...], ...]  # per sentence, in order
    figures: tuple[Figure, ...]
    dates: tuple[TimelineEvent, ...]
    quality: tuple[float, ...] = ()  # per sentence: :func:`generator.analyse.summarize.quality`
    capitals: tuple[str, ...] = ()  # words written capitalised mid-sentence in prose (a name's evidence)
    names: EntityReading | None = None  # the names it writes, read alone


@dataclass(frozen=True)
class FileWork:
    """One source file cleaned and analysed on its own: the unit of the cache and of ``--jobs``."""

    path: str  # the source file, relative to the articles folder
    article: Article | None  # None when cleaning refused it
    problems: tuple[Problem, ...]
    work: ArticleWork | None


@dataclass
class Memo:
    """Results of corpus-level steps kept from the last build (``before``, read from the cache)
    under a key of everything each was made from, and those this build used or made (``now``,
    saved for the next). Values are plain JSON: each use checks the shape it expects and makes
    the result again when the kept one does not fit."""

    before: dict[str, object] = field(default_factory=dict)
    now: dict[str, object] = field(default_factory=dict)
    reused: int = 0

    def take(self, key: str, fits: Callable[[object], bool]) -> object | None:
        """The value kept under ``key`` if it fits (and marks it used), else None."""
        value = self.now.get(key, self.before.get(key))
        if value is None or not fits(value):
            return None
        self.now[key] = value
        self.reused += 1
        return value

    def keep(self, key: str, value: object) -> None:
        self.now[key] = value


@dataclass(frozen=True)
class Addresses:
    """The page addresses of the previous build, kept so that one more article does not rename a
    page: every entity's id with its name and kind, every story member's story id."""

    entities: tuple[tuple[str, str, str], ...] = ()  # (id, name, kind)
    stories: tuple[tuple[str, str], ...] = ()  # (article id, story id)


@dataclass(frozen=True)
class Digest:
    """The whole briefing in memory: built once, then rendered and written."""

    articles: tuple[Article, ...]
    matches: tuple[TopicMatch, ...]
    topics: tuple[TopicDigest, ...]
    stories: tuple[StoryGroup, ...]
    problems: tuple[Problem, ...] = ()
    skipped: tuple[Problem, ...] = ()
    figures: tuple[Figure, ...] = ()
    figure_checks: tuple[FigureCheck, ...] = ()
    quotes: tuple[Quote, ...] = ()
    quote_pairs: tuple[QuotePair, ...] = ()
    entities: tuple[Entity, ...] = ()
    timelines: tuple[TopicTimeline, ...] = ()

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)
