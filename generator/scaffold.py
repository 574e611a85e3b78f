"""``briefing new DIR``: a ready project that ``briefing build --root DIR`` builds at once.

The files are the packaged ones (``generator/data/``) and the small starters below; nothing is
written into a folder that already holds anything.
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

from .render.pages import PACKAGED

BRIEFING_YML = """\
# Project settings. Every key is optional: what is not set here comes from Briefing's defaults
# (cleaning patterns, outlet rules, summary lengths). A key set here replaces the default.
articles_dir: articles
docs_dir: docs
site_dir: site
topics_file: topics.yml
# RSS/Atom feeds that `briefing import` (and the workflow import.yml, every hour) reads new
# articles from: http(s) addresses or feed files in the project.
feeds: []
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


REQUIREMENTS_TXT = """\
# What the workflows (.github/workflows/) install to build the site: Briefing itself, named by
# where it comes from, e.g. its Git repository at a release:
#   briefing @ git+https://github.com/OWNER/REPOSITORY@TAG
# Not a bare "briefing": a package of that name on PyPI is another project.
{requirement}"""


def _requirement() -> str:
    """The line that installs this very Briefing, when it was installed from an address CI can
    reach (a Git repository or an archive over https); else an empty line for the user to fill.

    Read from the install's ``direct_url.json`` (PEP 610); a local folder or an editable
    install gives no address another machine could use.
    """
    try:
        text = metadata.distribution("briefing").read_text("direct_url.json")
        data = json.loads(text) if text else {}
    except (metadata.PackageNotFoundError, ValueError):
        return ""
    url = data.get("url") if isinstance(data, dict) else None
    if not isinstance(url, str) or not url.startswith("https://") or any(c.isspace() for c in url):
        return ""
    vcs = data.get("vcs_info")
    if isinstance(vcs, dict) and vcs.get("vcs") == "git" and isinstance(vcs.get("commit_id"), str):
        return f"briefing @ git+{url}@{vcs['commit_id']}\n"
    if "archive_info" in data:
        return f"briefing @ {url}\n"
    return ""


def _files() -> dict[str, bytes]:
    return {
        "briefing.yml": BRIEFING_YML.encode(),
        "topics.yml": TOPICS_YML.encode(),
        "mkdocs.yml": (PACKAGED / "mkdocs.yml").read_bytes(),
        ".github/workflows/publish.yml": (PACKAGED / "publish.yml").read_bytes(),
        ".github/workflows/import.yml": (PACKAGED / "import.yml").read_bytes(),
        "requirements.txt": REQUIREMENTS_TXT.format(requirement=_requirement()).encode(),
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
