"""MkDocs hook: take the navigation from the file the generator writes, so the nav lists the
topics (from the config) but not every source page, and stays short as the corpus grows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


def on_config(config: Any) -> Any:
    nav_file = Path(config["docs_dir"]) / ".briefing" / "nav.yml"
    if nav_file.exists():
        config["nav"] = yaml.safe_load(nav_file.read_text(encoding="utf-8"))
    return config
