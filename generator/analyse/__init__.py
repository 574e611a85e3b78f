"""Stage 3: pure analysis of clean articles: topics, summaries, same-story groups, digest."""

from .digest import build_digest

__all__ = ["build_digest"]
