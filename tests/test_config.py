"""The config schema: defaults, validation of every problem at once, topics by config alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import load_config
from generator.errors import ConfigError
from generator.pipeline import generate

from .conftest import ROOT, copy_project


def test_repository_config_has_the_three_default_topics() -> None:
    config = load_config(ROOT)
    assert [t.id for t in config.topics] == ["us-turkey-relations", "gaza-ceasefire", "russia-exports"]
    assert config.settings.cleaning, "cleaning patterns come from the packaged defaults"
    assert config.settings.summary.min_sentences == 2 and config.settings.summary.max_sentences == 4


def _project(tmp_path: Path, briefing: str | None = None, topics: str | None = None) -> Path:
    if briefing is not None:
        (tmp_path / "briefing.yml").write_text(briefing, encoding="utf-8")
    (tmp_path / "topics.yml").write_text(topics if topics is not None else (ROOT / "topics.yml").read_text(),
                                         encoding="utf-8")
    return tmp_path


def test_every_problem_is_reported_at_once_with_line_and_hint(tmp_path: Path) -> None:
    root = _project(
        tmp_path,
        briefing="articles_dir: articles\nmax_article_byte: 10\nsummary:\n  min_sentences: two\n",
        topics="topics:\n  - id: a\n    title: A\n    description: d\n    term: [x]\n    related: [b]\n",
    )
    with pytest.raises(ConfigError) as err:
        load_config(root)
    text = str(err.value)
    assert "max_article_byte: unknown key" in text and "did you mean 'max_article_bytes'" in text
    assert "briefing.yml:2" in text  # the line of the unknown key
    assert "summary.min_sentences: expected a whole number" in text
    assert "topics[0].term: unknown key" in text and "did you mean 'terms'" in text
    assert "topics[0].terms: missing required key" in text
    assert len(err.value.problems) >= 4


def test_invalid_regex_and_unknown_related_topic(tmp_path: Path) -> None:
    root = _project(
        tmp_path,
        briefing="cleaning:\n  - name: bad\n    pattern: '(unclosed'\n",
        topics="topics:\n  - id: a\n    title: A\n    description: d\n    terms: [x]\n    related: [gaza]\n",
    )
    with pytest.raises(ConfigError) as err:
        load_config(root)
    text = str(err.value)
    assert "cleaning[0].pattern: invalid regular expression" in text
    assert "unknown topic 'gaza'" in text


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    root = _project(tmp_path, topics="topics:\n  - id: a\n   title: [oops\n")
    with pytest.raises(ConfigError) as err:
        load_config(root)
    assert "topics.yml:" in str(err.value) and "invalid YAML" in str(err.value)


def test_a_topic_added_by_config_alone_gets_its_page(tmp_path: Path) -> None:
    from generator.pipeline import generate

    root = copy_project(tmp_path)
    topics = (root / "topics.yml").read_text(encoding="utf-8")
    topics += (
        "  - id: nato-enlargement\n"
        "    title: NATO enlargement\n"
        "    description: Sweden's bid to join NATO and the votes that decide it.\n"
        "    terms: [NATO]\n"
        "    requires_any: [Sweden, Sweden's, Sweden’s]\n"
        "    min_sentences: 1\n"
    )
    (root / "topics.yml").write_text(topics, encoding="utf-8")
    result = generate(load_config(root), write=False)
    page = result.pages["topics/nato-enlargement.md"]
    assert "\n# NATO enlargement\n" in page  # after the front matter (title, description)
    # Seeds 002 and 003 discuss Sweden's NATO membership.
    assert "002_9bead7feb380e395.md" in page and "003_0fd4dcf16330c07a.md" in page
    assert "NATO enlargement" in result.pages[".briefing/nav.yml"]


def test_a_folder_with_only_articles_generates_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(
        "Harbour reopens\n\nThe harbour reopened on Monday after the storm, the port authority said.\n",
        encoding="utf-8")
    config = load_config(tmp_path)
    assert config.topics == ()
    assert any("no topics file" in w.message for w in config.warnings)
    result = generate(config)
    assert "sources/a.md" in result.pages and not any(p.startswith("topics/") for p in result.pages)


def test_a_topics_file_named_in_the_settings_must_exist(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "briefing.yml").write_text("topics_file: mine.yml\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="topics file not found"):
        load_config(tmp_path)
