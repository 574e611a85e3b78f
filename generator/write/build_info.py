"""What a build knows about itself, read at the pipeline's edge: its date, the site's address and
name, and the state the previous build left in ``docs/`` (for "What's new" and the feeds).

The build date is the one input from the clock, and it is a date, not a time: the
``SOURCE_DATE_EPOCH`` environment variable when set (the reproducible-builds convention: the same
input and the same value give byte-identical output), else today's date in UTC.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from ..config import Config
from ..errors import ConfigError, Problem, WriteError
from ..render.escape import safe_url
from ..render.state import MAX_STATE_BYTES, STATE, Build, State, parse_state

_MAX_MKDOCS_BYTES = 5_000_000


def build_date(environ: Mapping[str, str]) -> str:
    """``SOURCE_DATE_EPOCH`` (seconds since 1970, UTC) as YYYY-MM-DD, else today in UTC."""
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return dt.datetime.now(dt.timezone.utc).date().isoformat()
    try:
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date().isoformat()
    except (ValueError, OverflowError, OSError) as exc:
        raise ConfigError([Problem("SOURCE_DATE_EPOCH", f"expected a whole number of seconds since 1970, got {epoch[:40]!r}",
                                   "set it to the output of `date +%s` (or unset it to use today's date)")]) from exc


class _AnyTagLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without running its tags (``!ENV``, ``!!python/name``): each is None."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_AnyTagLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def _mkdocs_settings(mkdocs_file: Path) -> dict[str, Any]:
    if not mkdocs_file.is_file() or mkdocs_file.stat().st_size > _MAX_MKDOCS_BYTES:
        return {}
    try:
        data = yaml.load(mkdocs_file.read_text(encoding="utf-8"), Loader=_AnyTagLoader)  # a SafeLoader: no tag runs code
    except (yaml.YAMLError, UnicodeDecodeError, OSError):
        return {}  # MkDocs itself reports a broken mkdocs.yml when it builds
    return data if isinstance(data, dict) else {}


def site_address(environ: Mapping[str, str], settings: Mapping[str, Any]) -> str:
    """The published address: ``SITE_URL`` (what mkdocs.yml's ``!ENV [SITE_URL, ""]`` reads),
    else a plain ``site_url`` in mkdocs.yml; only http(s), else "" (links stay relative)."""
    for value in (environ.get("SITE_URL"), settings.get("site_url")):
        if isinstance(value, str) and value.strip():
            url = safe_url(value.strip())
            if url:
                return url if url.endswith("/") else url + "/"
    return ""


def read_state(docs: Path) -> State | None:
    """The state the previous build left, or None (first build, or no state kept)."""
    path = docs / STATE
    if docs.is_symlink() or path.parent.is_symlink() or path.is_symlink() or not path.exists():
        return None  # never read through a link: the writer then refuses to write there, and says why
    if not path.is_file() or path.stat().st_size > MAX_STATE_BYTES:
        raise WriteError(f"{path}: not a build state the generator wrote (not a file, or over "
                         f"{MAX_STATE_BYTES:,} bytes); move it away and build again")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise WriteError(f"{path}: cannot be read ({exc}); restore it from version control or delete it "
                         "to start the \"What's new\" history afresh") from exc
    return parse_state(text, str(path))


def this_build(config: Config, environ: Mapping[str, str] | None = None) -> Build:
    """Everything :class:`Build` holds, for this project and environment."""
    env = os.environ if environ is None else environ
    settings = _mkdocs_settings(config.root / "mkdocs.yml")
    name = settings.get("site_name")
    return Build(date=build_date(env), site_url=site_address(env, settings),
                 site_name=name.strip()[:200] if isinstance(name, str) and name.strip() else "Briefing",
                 previous=read_state(config.docs_path))
