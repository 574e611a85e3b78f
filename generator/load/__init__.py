"""Stage 1: read the corpus folder into :class:`~generator.models.SourceFile` records."""

from .reader import read_corpus

__all__ = ["read_corpus"]
