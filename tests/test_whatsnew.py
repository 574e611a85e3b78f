"""The "What's new" page (docs/whats-new.md): what each build added or changed, kept from build to
build in docs/.briefing/state.json; nothing added when nothing changed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.config import load_config
from generator.errors import ConfigError, WriteError
from generator.models import Digest
from generator.pipeline import generate
from generator.render.state import KEEP_BUILDS, BuildEntry, Change, State, next_state, parse_state, state_json
from generator.write.build_info import build_date, site_address

from .test_feeds import TALKS, project


def page(root: Path) -> str:
    return (root / "docs" / "whats-new.md").read_text(encoding="utf-8")


def add(root: Path, name: str, title: str, date: str = "2024-06-01") -> None:
    (root / "articles" / name).write_text(TALKS.format(title=title, date=date, n=len(name) * 7), encoding="utf-8")


def test_an_added_article_is_listed_and_an_unchanged_rebuild_adds_nothing(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path, {"a.md": ("Talks resume in Ankara", "2024-05-02")})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796169600")  # 2026-12-02
    generate(load_config(root))
    first = page(root)
    assert "First build: the briefing started with [1 source](sources/index.md)" in first
    assert "Built on 2026-12-02" in first

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796256000")  # 2026-12-03
    add(root, "b.md", "Exports to Russia questioned")
    generate(load_config(root))
    second = page(root)
    assert "## 2026-12-03" in second and "**Sources added** (1):" in second
    assert "[Exports to Russia questioned](sources/b.md)" in second
    assert second.index("## 2026-12-03") < second.index("## 2026-12-02")  # newest first
    state = (root / "docs" / ".briefing" / "state.json").read_bytes()

    generate(load_config(root))  # same input, same day: the same bytes
    assert page(root) == second
    assert (root / "docs" / ".briefing" / "state.json").read_bytes() == state

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796601600")  # 2026-12-07, nothing changed
    generate(load_config(root))
    later = page(root)
    assert "**Nothing new since 2026-12-03.**" in later
    assert later.count("**Sources added**") == 1  # no entry added
    assert json.loads((root / "docs" / ".briefing" / "state.json").read_text(encoding="utf-8"))["history"] == \
        json.loads(state)["history"]


def test_a_changed_and_a_removed_article_are_listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path, {"a.md": ("Talks resume in Ankara", "2024-05-02"),
                              "b.md": ("</a><script>alert(1)</script> Exports", "2024-05-03")})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796169600")
    generate(load_config(root))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796256000")
    add(root, "a.md", "Talks resume in Ankara, updated", "2024-05-02")
    (root / "articles" / "b.md").unlink()
    generate(load_config(root))
    text = page(root)
    assert "**Sources changed** (1):" in text and "[Talks resume in Ankara, updated](sources/a.md)" in text
    assert "**Sources removed** (1):" in text
    assert "<script>" not in text and "&lt;script&gt;alert\\(1\\)&lt;/script&gt; Exports" in text


def test_a_damaged_state_is_an_error_naming_the_file(tmp_path: Path) -> None:
    root = project(tmp_path, {"a.md": ("Talks resume in Ankara", "2024-05-02")})
    generate(load_config(root))
    state = root / "docs" / ".briefing" / "state.json"
    state.write_text('{"version": 1, "articles": {"../x": {}}}', encoding="utf-8")
    with pytest.raises(WriteError, match=r"state\.json: damaged build state .* delete it to start the history"):
        generate(load_config(root))
    with pytest.raises(WriteError, match="not JSON"):
        parse_state("{", "state.json")


def test_the_history_keeps_the_last_builds_and_round_trips() -> None:
    empty = Digest(articles=(), matches=(), topics=(), stories=())
    history = tuple(BuildEntry(f"2026-01-{d:02d}", (Change("article", f"a{d}", "added", f"<b>{d}</b>"),))
                    for d in range(30, 0, -1))
    old = State({"gone": "0" * 64}, {"gone": "2026-01-01"}, {}, history, {"article:gone": "Gone <i>"})
    new = next_state(old, empty, "2026-02-01")
    assert len(new.history) == KEEP_BUILDS
    assert new.history[0] == BuildEntry("2026-02-01", (Change("article", "gone", "removed", "Gone <i>"),), False, 0, 0)
    assert parse_state(state_json(new), "state.json") == new


def test_the_build_date_comes_from_source_date_epoch_else_today_and_the_address_from_site_url() -> None:
    assert build_date({"SOURCE_DATE_EPOCH": "1796169600"}) == "2026-12-02"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", build_date({}))
    with pytest.raises(ConfigError, match="SOURCE_DATE_EPOCH"):
        build_date({"SOURCE_DATE_EPOCH": "yesterday"})
    assert site_address({"SITE_URL": "https://example.org/b"}, {}) == "https://example.org/b/"
    assert site_address({}, {"site_url": "https://example.org/"}) == "https://example.org/"
    assert site_address({"SITE_URL": "javascript:alert(1)"}, {"site_url": None}) == ""  # only http(s)
