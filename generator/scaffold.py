"""``briefing new DIR``: a ready project that ``briefing build --root DIR`` builds at once.

The files are the packaged ones (``generator/data/``) and the small starters below; nothing is
written into a folder that already holds anything.
"""

from __future__ import annotations

from pathlib import Path

from .render.pages import PACKAGED

BRIEFING_YML = """\
# Project settings. Every key is optional: what is not set here comes from Briefing's defaults
# (cleaning patterns, outlet rules, summary lengths). A key set here replaces the default.
articles_dir: articles
docs_dir: docs
site_dir: site
topics_file: topics.yml
"""

TOPICS_YML = """\
# Topics of the briefing. Adding a topic needs no code: give it an id, a title, a one-paragraph
# description and the terms that mark it. A sentence is relevant to a topic when it matches one
# of `terms` and, if `requires_any` is given, also one of those. An article joins a topic when
# at least `min_sentences` (default 2) of its sentences are relevant.
topics:
  - id: example-topic
    title: Example topic
    description: >-
      Replace this with what the topic covers; the terms below decide which articles join it.
    terms: [election, parliament, minister]
"""

ARTICLES_README = """\
# Articles

Put one news article a file in this folder (sub-folders are read too). Accepted formats:

- `.txt`: plain text; an optional header of `key: value` lines (title, source, date, url)
  followed by a blank line, then the text.
- `.md`: Markdown, with optional YAML front matter between `---` lines (title, source, date, url).
- `.html` / `.htm`: a saved web page; the main text and metadata are extracted.

This README is skipped: it is not an article. Run `briefing check` to see how each file is
read, and `briefing build` to publish the site into `site/`.
"""


def _files() -> dict[str, bytes]:
    return {
        "briefing.yml": BRIEFING_YML.encode(),
        "topics.yml": TOPICS_YML.encode(),
        "mkdocs.yml": (PACKAGED / "mkdocs.yml").read_bytes(),
        ".github/workflows/publish.yml": (PACKAGED / "publish.yml").read_bytes(),
        "articles/README.md": ARTICLES_README.encode(),
    }


class NotEmpty(Exception):
    """The target folder already holds something (or is not a folder)."""


def create(folder: Path) -> list[str]:
    """Write a new project into ``folder`` (created if missing; it must be empty). The paths written."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise NotEmpty(f"{folder} is not an empty folder; `briefing new` writes only into a new or empty "
                       "folder, so that nothing of yours is overwritten: choose another folder")
    files = _files()
    for rel, data in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return sorted(files)
