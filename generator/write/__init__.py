"""Stage 5: write the rendered pages into docs/ and build the site, losing nothing."""

from .writer import WriteResult, WrittenPages, write_pages

__all__ = ["WriteResult", "WrittenPages", "write_pages"]
