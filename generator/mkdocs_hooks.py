"""MkDocs hook: take the navigation from the file the generator writes, so the nav lists the
topics (from the config) but not every source page, and stays short as the corpus grows.

Pages a maintainer writes by hand go into ``nav:`` in mkdocs.yml as usual; they are kept,
after the generated entries.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


def on_config(config: Any) -> Any:
    nav_file = Path(config["docs_dir"]) / ".briefing" / "nav.yml"
    if nav_file.exists():
        generated = yaml.safe_load(nav_file.read_text(encoding="utf-8")) or []
        config["nav"] = generated + list(config["nav"] or [])
    return config
