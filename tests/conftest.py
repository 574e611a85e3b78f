"""Shared fixtures: the seed corpus digest, and a built copy of the project in a temp folder."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.config import Config, load_config
from generator.pipeline import Generated, generate

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PROJECT_FILES = ("briefing.yml", "topics.yml", "mkdocs.yml", "articles", "templates", "generator", "docs")


def copy_project(dest: Path, articles: Path | None = None) -> Path:
    """Copy what a build needs into ``dest`` (optionally with another articles folder)."""
    for name in PROJECT_FILES:
        src = ROOT / name
        if not src.exists():
            continue
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, dest / name)
    if articles is not None:
        shutil.rmtree(dest / "articles")
        shutil.copytree(articles, dest / "articles")
    return dest


def shared_or_skip(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is missing: this test needs the team's shared/ folder beside the repo")
    return path


# The build date shown on pages (What's new, home) comes from SOURCE_DATE_EPOCH when set: fixed
# for the whole test session (and the builds it starts in child processes), so that output is the
# same bytes whatever the day. 2026-12-02 00:00 UTC.
SOURCE_DATE_EPOCH = "1796169600"


@pytest.fixture(scope="session", autouse=True)
def fixed_build_date() -> Iterator[None]:
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = SOURCE_DATE_EPOCH
    yield
    if before is None:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
    else:
        os.environ["SOURCE_DATE_EPOCH"] = before


@pytest.fixture(scope="session")
def seed_config() -> Config:
    return load_config(ROOT)


@pytest.fixture(scope="session")
def seed_generated(seed_config: Config) -> Generated:
    """The digest and pages of the seed corpus, generated in memory (nothing written)."""
    return generate(seed_config, write=False)


@pytest.fixture(scope="session")
def built_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project with the site built by ``briefing build --strict``."""
    from generator.cli import main

    dest = copy_project(tmp_path_factory.mktemp("project"))
    assert main(["--root", str(dest), "build", "--strict"]) == 0
    return dest
