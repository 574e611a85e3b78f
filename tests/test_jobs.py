"""``--jobs N``: the per-article work in N processes gives the same pages as in one."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from generator.cli import EXIT_USAGE, main
from generator.config import load_config
from generator.pipeline import MIN_PARALLEL, generate
from generator.progress import Progress

from .conftest import copy_project
from .test_determinism import BASE, DAYS

TOPICS = ("trade", "gas", "grain", "steel", "tourism")


def corpus(root: Path, count: int) -> None:
    """``count`` short articles of a few kinds (so that stories, entities and figures all have work)."""
    shutil.rmtree(root / "articles")
    (root / "articles").mkdir()
    for i in range(count):
        text = BASE.format(n=10 + i % 7 + (i // 7) * 100, day=DAYS[i % 5]).replace("talks", f"{TOPICS[i % 5]} talks")
        (root / "articles" / f"{i:03d}_{TOPICS[i % 5]}.txt").write_text(text, encoding="utf-8")


def test_two_processes_give_the_same_pages_as_one(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    corpus(root, 2 * MIN_PARALLEL + 6)
    config = load_config(root)
    one = generate(config, write=False, jobs=1)
    shown = io.StringIO()
    two = generate(config, write=False, jobs=2, progress=Progress(shown, verbose=True))
    assert "in 2 processes" in shown.getvalue(), shown.getvalue()
    assert two.pages == one.pages
    assert two.digest == one.digest


@pytest.mark.parametrize("cached", [False, True])
def test_words_from_the_processes_are_shared(tmp_path: Path, cached: bool) -> None:
    """Each worker's result, and each record of the cache, comes with strings of its own: the
    analysis keeps one string per word and per name, as an analysis in one process does (memory
    grows with the vocabulary, not with every occurrence)."""
    from generator.cache import Cache
    from generator.pipeline import prepare

    root = copy_project(tmp_path)
    corpus(root, 2 * MIN_PARALLEL + 6)
    config = load_config(root)
    store = Cache.open(root / ".briefing-cache", config.settings) if cached else None
    _, work = prepare(config, jobs=2, cache=store)
    if store is not None:  # from the cache this time
        store = Cache.open(root / ".briefing-cache", config.settings)
        _, work = prepare(config, jobs=2, cache=store)
        assert store.hits == len(work)
    words: dict[str, list[str]] = {}
    for w in work.values():
        for sentence in w.stems:
            for word in sentence:
                words.setdefault(word, []).append(word)
        assert w.names is not None
        for f in w.names.found:
            words.setdefault(f.name, []).append(f.name)
    repeated = {k: v for k, v in words.items() if len(v) > 1}
    assert "talks" in repeated or "talk" in repeated
    assert all(x is v[0] for v in repeated.values() for x in v)


def _built(folder: Path, jobs: str) -> dict[str, bytes]:
    folder.mkdir()
    root = copy_project(folder)
    corpus(root, 2 * MIN_PARALLEL + 6)
    assert main(["--root", str(root), "-q", "generate", "--jobs", jobs, "--no-cache"]) == 0
    assert not (root / ".briefing-cache").exists(), "--no-cache writes no cache"
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted((root / "docs").rglob("*")) if p.is_file()}


def test_jobs_option_and_setting(tmp_path: Path) -> None:
    assert _built(tmp_path / "one", "1") == _built(tmp_path / "two", "2")
    root = tmp_path / "two"
    assert not (root / ".briefing-cache").exists(), "--no-cache writes no cache"
    with pytest.raises(SystemExit) as usage:  # a usage error, named
        main(["--root", str(root), "generate", "--jobs", "0"])
    assert usage.value.code == EXIT_USAGE
    (root / "briefing.yml").write_text((root / "briefing.yml").read_text(encoding="utf-8") + "\njobs: -1\n",
                                       encoding="utf-8")
    assert main(["--root", str(root), "-q", "generate"]) != 0


def test_corpus_steps_and_pages_in_two_processes_give_the_same_site(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """With more than one job, topics and summaries are found in a second process while stories
    and entities are found here, quotes and the pages of sources, stories and entities are made
    in forked workers: the digest, the pages and the summaries kept for the next build are the
    same as in one process, built from nothing or from the cache."""
    from generator import parallel
    from generator.analyse import digest as digest_module

    monkeypatch.setattr(digest_module, "PARALLEL_FROM", 1)  # a small corpus, forked all the same
    monkeypatch.setattr(parallel, "FORK_FROM", 1)
    built = {}
    for jobs in (1, 2):
        folder = tmp_path / f"jobs{jobs}"
        folder.mkdir()
        root = copy_project(folder)
        corpus(root, 40)
        config = load_config(root)
        shown = io.StringIO()
        first = generate(config, cache=True, jobs=jobs, progress=Progress(shown, verbose=True))
        assert ("topics and summaries in a second process" in shown.getvalue()) == (jobs == 2), shown.getvalue()
        again = io.StringIO()
        second = generate(config, cache=True, jobs=jobs, progress=Progress(again, verbose=True))
        assert second.digest == first.digest
        reused = [line for line in again.getvalue().splitlines() if "summaries made before" in line]
        built[jobs] = (first.digest, {p.relative_to(root).as_posix(): p.read_bytes()
                                      for p in sorted((root / "docs").rglob("*")) if p.is_file()}, reused)
    assert built[2][0] == built[1][0]
    assert built[2][1] == built[1][1]
    assert built[2][2] == built[1][2] and built[1][2] and not built[1][2][0].strip().startswith("cache: 0 ")
