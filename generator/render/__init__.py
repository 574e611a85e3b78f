"""Stage 4: render the digest to Markdown pages and the JSON export, in memory."""

from .pages import render_site, site_pages

__all__ = ["render_site", "site_pages"]
