"""The pipeline publishes every other article when the analysis fails on one of them."""

from __future__ import annotations

from pathlib import Path

import pytest

import generator.analyse.digest as digest_module
from generator.config import load_config
from generator.errors import CorpusError
from generator.models import Article, Figure
from generator.pipeline import generate

from .conftest import copy_project


def _failing_on(bad_id: str, real):  # type: ignore[no-untyped-def]
    def extract(article: Article) -> tuple[Figure, ...]:
        if article.id == bad_id:
            raise ValueError("a fault only this article's text triggers")
        return real(article)
    return extract


def test_a_fault_in_the_analysis_of_one_article_refuses_it_and_publishes_the_rest(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = copy_project(tmp_path)
    monkeypatch.setattr(digest_module, "extract_figures", _failing_on("002_9bead7feb380e395", digest_module.extract_figures))
    result = generate(load_config(root))
    published = {a.id for a in result.digest.articles}
    assert "002_9bead7feb380e395" not in published and len(published) == 4
    refused = [p for p in result.digest.problems if "analysis failed" in p.message]
    assert [p.path for p in refused] == ["002_9bead7feb380e395.txt"]
    assert "ValueError" in refused[0].message and refused[0].hint
    report = (root / "docs" / "report.md").read_text(encoding="utf-8")
    assert "analysis failed" in report
    assert (root / "docs" / "sources" / "000_8ac4934ad0f0b599.md").exists()


def test_strict_mode_stops_on_a_fault_in_the_analysis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = copy_project(tmp_path)
    monkeypatch.setattr(digest_module, "extract_figures", _failing_on("002_9bead7feb380e395", digest_module.extract_figures))
    with pytest.raises(CorpusError, match="analysis failed"):
        generate(load_config(root), strict=True)


def test_a_fault_that_no_single_article_causes_is_not_hidden(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = copy_project(tmp_path)

    def always(article: Article) -> tuple[Figure, ...]:
        raise RuntimeError("a bug")
    monkeypatch.setattr(digest_module, "extract_figures", always)
    with pytest.raises(RuntimeError):
        generate(load_config(root))


@pytest.mark.parametrize("step", ["match_all", "find_stories"])
def test_a_fault_in_either_process_refuses_the_article_and_publishes_the_rest(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    """With two jobs, topics run in a second process and stories here: a fault in either is
    reported as in one process, the other articles are published, and no worker is left."""
    from generator import parallel

    root = copy_project(tmp_path)
    monkeypatch.setattr(digest_module, "PARALLEL_FROM", 1)
    real = getattr(digest_module, step)

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        if any(a.id == "002_9bead7feb380e395" for a in args[1 if step == "match_all" else 0]):
            raise ValueError("a fault only this article's text triggers")
        return real(*args, **kwargs)

    monkeypatch.setattr(digest_module, step, failing)
    result = generate(load_config(root), jobs=2)
    assert {a.id for a in result.digest.articles} == {a.id for a in generate(load_config(root), jobs=1).digest.articles}
    assert "002_9bead7feb380e395" not in {a.id for a in result.digest.articles}
    refused = [p for p in result.digest.problems if "analysis failed" in p.message]
    assert [p.path for p in refused] == ["002_9bead7feb380e395.txt"] and "ValueError" in refused[0].message
    assert not parallel._TASKS
