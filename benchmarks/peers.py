"""The peers our summarizer is measured against: lead, and sumy's LexRank and TextRank.

Every peer gets the very sentences our cleaning produced (the same splits for all systems) and
returns them in its own rank order, best first. sumy is driven through its document model
with our sentences and a plain word tokenizer, so it needs no NLTK data (and no network).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import zip_longest

from generator.models import Article, SentenceRef

_WORD = re.compile(r"\w+(?:['’]\w+)?")


class WordTokenizer:
    """The word half of sumy's tokenizer interface, without NLTK's data."""

    language = "english"

    def to_words(self, text: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(text))

    def to_sentences(self, text: str) -> tuple[str, ...]:  # pragma: no cover - never asked for
        from generator.clean.sentences import split_sentences

        return tuple(split_sentences(text))


def lead(articles: Sequence[Article]) -> list[SentenceRef]:
    """First sentences of each article in turn: every first sentence, then every second, …"""
    columns = [[SentenceRef(a.id, s.index) for s in a.sentences] for a in articles]
    return [ref for row in zip_longest(*columns) for ref in row if ref is not None]


class SumyRanker:
    """A sumy summarizer (``"lexrank"`` or ``"textrank"``) that returns every sentence, ranked."""

    def __init__(self, name: str) -> None:
        from sumy.nlp.stemmers import Stemmer
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.summarizers.text_rank import TextRankSummarizer
        from sumy.utils import get_stop_words

        cls = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}[name]
        captured: list[list[int]] = []

        class Ranking(cls):  # type: ignore[misc, valid-type]
            @staticmethod
            def _get_best_sentences(sentences, count, rating, *args, **kwargs):
                rate = rating if callable(rating) else rating.__getitem__
                scores = [rate(s) for s in sentences]
                captured.append(sorted(range(len(sentences)), key=lambda i: (-scores[i], i)))
                return ()

        self.summarizer = Ranking(Stemmer("english"))
        self.summarizer.stop_words = get_stop_words("english")
        self._captured = captured
        self.tokenizer = WordTokenizer()

    def __call__(self, articles: Sequence[Article]) -> list[SentenceRef]:
        from sumy.models.dom import ObjectDocumentModel, Paragraph
        from sumy.models.dom import Sentence as SumySentence

        refs = [SentenceRef(a.id, s.index) for a in articles for s in a.sentences]
        paragraphs = [Paragraph([SumySentence(s.text, self.tokenizer) for s in a.sentences])
                      for a in articles if a.sentences]
        self._captured.clear()
        self.summarizer(ObjectDocumentModel(paragraphs), len(refs))
        order = self._captured[0] if self._captured else []
        return [refs[i] for i in order]
