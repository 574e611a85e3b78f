"""The analysis cache (generator/cache.py): a build from the cache is the same bytes as a build
from nothing; a change of settings, code or a file invalidates what it must; a broken record is
rebuilt, never fatal; page addresses stay when an article arrives."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.analyse.digest import article_work, timeline
from generator.analyse.timeline import topic_timeline
from generator.cache import RECORDS, Cache, code_key
from generator.cli import main
from generator.config import load_config
from generator.pipeline import generate, load, prepare

from .conftest import ROOT, copy_project

TRADE = ("Talks on trade resume\n\nTurkish President Tayyip Erdogan met officials in Ankara on Monday to discuss "
         "steel tariffs. Tayyip Erdogan said the talks with Washington would go on next week. Exporters shipped "
         "goods worth 20 million dollars in May.\n")
SUMMIT = ("Ankara hosts a summit\n\nLeaders gathered in Ankara on Friday for a summit on energy prices and gas "
          "pipelines. The host, Tayyip Erdogan, asked for calm. Tayyip Erdogan spoke for an hour about Russia and "
          "the Black Sea grain deal.\n")
GAZA = ("Erdogan speaks on Gaza\n\nTurkish President Recep Tayyip Erdogan said on Tuesday that Turkey would keep "
        "talking to Washington about Gaza. Recep Tayyip Erdogan spoke in Ankara after meeting officials from the "
        "United States.\n")


def fresh(folder: Path) -> Path:
    folder.mkdir()
    return copy_project(folder)


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def records(root: Path) -> list[Path]:
    return sorted((root / ".briefing-cache" / RECORDS).glob("*/*.json"))


def test_a_build_from_the_cache_is_byte_identical_to_a_build_from_nothing(tmp_path: Path) -> None:
    cold = fresh(tmp_path / "cold")
    generate(load_config(cold), cache=False)
    warm = fresh(tmp_path / "warm")
    generate(load_config(warm), write=False, cache=True)  # fills the cache, writes no page
    assert len(records(warm)) == len(list((warm / "articles").iterdir()))
    store = Cache.open(warm / ".briefing-cache", load_config(warm).settings)
    corpus, _ = prepare(load_config(warm), cache=store)
    assert (store.hits, store.misses) == (5, 0), "every file comes from the cache"
    generate(load_config(warm), cache=True)
    assert tree(warm / "docs") == tree(cold / "docs")
    assert corpus == load(load_config(cold)), "the same corpus as cleaning from nothing"


def test_matches_and_summaries_come_from_the_memo_when_their_inputs_are_the_same_and_a_bad_memo_changes_nothing(
        tmp_path: Path) -> None:
    import io

    from generator.cache import MEMO
    from generator.progress import Progress

    cold = fresh(tmp_path / "cold")
    generate(load_config(cold), cache=False)
    warm = fresh(tmp_path / "warm")
    generate(load_config(warm), cache=True)
    memo = warm / ".briefing-cache" / MEMO
    kept = json.loads(memo.read_text(encoding="utf-8"))["results"]
    digest = generate(load_config(cold), write=False).digest
    sources = sum(len(td.sources) for td in digest.topics)
    assert len(kept) == sources + 3 + 2 * len(digest.articles), \
        "every per-source summary, the three overviews, and per article its matches and given terms on all topics"

    def build() -> str:
        said = io.StringIO()
        generate(load_config(warm), cache=True, progress=Progress.to(said, verbose=True))
        assert tree(warm / "docs") == tree(cold / "docs")
        return said.getvalue()

    assert f"cache: {len(kept)} topic matches and summaries made before" in build()
    data = json.loads(memo.read_text(encoding="utf-8"))
    for i, key in enumerate(sorted(data["results"])):  # out of range, another article, not a list
        data["results"][key] = [999] if i % 3 == 0 else [["elsewhere", 0]] if i % 3 == 1 else "x"
    memo.write_text(json.dumps(data), encoding="utf-8")
    assert "cache: 0 topic matches and summaries made before" in build()
    data["code"] = "another version"
    memo.write_text(json.dumps(data), encoding="utf-8")
    assert "cache: 0 topic matches and summaries made before" in build()
    memo.write_bytes(b"\x00 not json")
    assert "cache: 0 topic matches and summaries made before" in build()


def test_per_article_work_from_the_cache_equals_the_work_done_again(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    config = load_config(root)
    prepare(config, cache=Cache.open(root / ".briefing-cache", config.settings))
    store = Cache.open(root / ".briefing-cache", config.settings)
    corpus, work = prepare(config, cache=store)
    assert store.hits == 5
    assert work == {a.id: article_work(a) for a in corpus.articles}
    members = list(corpus.articles)
    assert timeline("t", members, work) == topic_timeline("t", members)


def test_collect_refuses_duplicate_text_and_ids_as_cleaning_does(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    first = sorted((root / "articles").iterdir())[0]
    shutil.copyfile(first, root / "articles" / "zz_copy.txt")  # the same text again
    shutil.copyfile(root / "articles" / sorted(p.name for p in (root / "articles").iterdir())[1],
                    root / "articles" / (first.stem.upper() + ".txt"))  # the same id as the first file
    config = load_config(root)
    assert prepare(config)[0] == load(config)


def test_a_change_of_settings_or_code_invalidates_every_record_topics_none(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    folder = root / ".briefing-cache"
    config = load_config(root)
    generate(config, write=False, cache=True)
    # Topics decide nothing that is cached: a new topics file keeps every record, and the pages
    # are those of a build from nothing with the new topics.
    topics = (root / "topics.yml").read_text(encoding="utf-8")
    (root / "topics.yml").write_text(topics.replace("terms:", "terms:\n      - ceasefire", 1), encoding="utf-8")
    config = load_config(root)
    store = Cache.open(folder, config.settings)
    prepare(config, cache=store)
    assert (store.hits, store.misses) == (5, 0)
    assert generate(config, write=False, cache=True).pages == generate(config, write=False).pages
    # A setting that changes cleaning: every record is analysed again, and the result is right.
    settings = (root / "briefing.yml").read_text(encoding="utf-8")
    (root / "briefing.yml").write_text(settings + "\nmax_article_bytes: 1999999\n", encoding="utf-8")
    config = load_config(root)
    store = Cache.open(folder, config.settings)
    prepare(config, cache=store)
    assert (store.hits, store.misses) == (0, 5)
    # The code: another generator source gives another key, and another key misses every record.
    package = tmp_path / "package"
    shutil.copytree(ROOT / "generator", package, ignore=shutil.ignore_patterns("__pycache__"))
    assert code_key(package) == code_key()
    (package / "analyse" / "figures.py").write_text((package / "analyse" / "figures.py").read_text() + "\n# edit\n")
    assert code_key(package) != code_key()
    store = Cache(folder, Cache.open(folder, config.settings).settings, code_key(package))
    prepare(config, cache=store)
    assert (store.hits, store.misses) == (0, 5)


def test_a_changed_article_is_analysed_again_and_old_records_are_pruned(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    generate(load_config(root), write=False, cache=True)
    before = set(records(root))
    path = sorted((root / "articles").iterdir())[0]
    path.write_text(path.read_text(encoding="utf-8") + "\nOfficials said talks would resume in March.\n",
                    encoding="utf-8")
    config = load_config(root)
    store = Cache.open(root / ".briefing-cache", config.settings)
    prepare(config, cache=store)
    assert (store.hits, store.misses) == (4, 1)
    assert generate(config, write=False, cache=True).pages == generate(config, write=False).pages
    after = set(records(root))
    assert len(after) == 5 and len(before - after) == 1, "the old record of the changed file is removed"


@pytest.mark.parametrize("damage", [b"", b"\x00\xff not json", b"[1, 2, 3]", b'{"key": "x", "record": []}',
                                    b"[" * 100_000])
def test_a_broken_record_is_rebuilt_and_the_build_is_unchanged(tmp_path: Path, damage: bytes) -> None:
    root = copy_project(tmp_path)
    config = load_config(root)
    expected = generate(config, write=False).pages
    generate(config, write=False, cache=True)
    broken = records(root)[2]
    broken.write_bytes(damage)
    store = Cache.open(root / ".briefing-cache", config.settings)
    prepare(config, cache=store)
    assert (store.hits, store.misses) == (4, 1)
    assert json.loads(broken.read_text(encoding="utf-8"))["key"] == broken.stem, "rewritten whole"
    assert generate(config, write=False, cache=True).pages == expected


def test_a_record_of_the_right_shape_but_wrong_types_is_a_miss(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    config = load_config(root)
    generate(config, write=False, cache=True)
    target = records(root)[0]
    data = json.loads(target.read_text(encoding="utf-8"))
    data["record"][0] = 12345  # the path: a number where text belongs
    target.write_text(json.dumps(data), encoding="utf-8")
    store = Cache.open(root / ".briefing-cache", config.settings)
    assert store.get(target.stem) is None and store.misses == 1


def test_the_cache_writes_only_inside_its_folder(tmp_path: Path) -> None:
    """What a build with the cache leaves in the project, beyond a build without it, is all inside
    ``.briefing-cache/``."""
    made = {}
    for name, extra in (("without", ["--no-cache"]), ("with", [])):
        root = fresh(tmp_path / name)
        before = {p.relative_to(root) for p in root.rglob("*")}
        assert main(["--root", str(root), "-q", "generate", *extra]) == 0
        made[name] = {p.relative_to(root) for p in root.rglob("*")} - before
    extra_paths = made["with"] - made["without"]
    assert extra_paths and all(p.parts[0] == ".briefing-cache" for p in extra_paths), extra_paths
    assert Path(".briefing-cache/addresses.json") in extra_paths


def test_cache_dir_must_be_inside_the_project_and_apart_from_the_outputs(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    settings = (root / "briefing.yml").read_text(encoding="utf-8")
    for bad in ("../elsewhere", "docs/cache", "articles"):
        (root / "briefing.yml").write_text(settings + f"\ncache_dir: {bad}\n", encoding="utf-8")
        assert main(["--root", str(root), "-q", "generate"]) != 0, bad
        assert not (tmp_path / "elsewhere").exists()


def _project(tmp_path: Path) -> Path:
    root = copy_project(tmp_path)
    shutil.rmtree(root / "articles")
    (root / "articles").mkdir()
    (root / "articles" / "b_trade.txt").write_text(TRADE, encoding="utf-8")
    (root / "articles" / "c_summit.txt").write_text(SUMMIT, encoding="utf-8")
    (root / "articles" / "c_summit_copy.txt").write_text(SUMMIT.replace("Friday", "Friday evening"), encoding="utf-8")
    return root


def test_addresses_stay_when_an_article_arrives(tmp_path: Path) -> None:
    """Issue 12: one new article renamed an entity page (``tayyip-erdogan`` became
    ``recep-tayyip-erdogan``) and a story whose new member's id sorts first."""
    root = _project(tmp_path)
    assert main(["--root", str(root), "-q", "generate"]) == 0
    entity, story = root / "docs" / "entities" / "tayyip-erdogan.md", root / "docs" / "stories" / "story-c_summit.md"
    assert entity.is_file() and story.is_file()
    (root / "articles" / "a_summit.txt").write_text(SUMMIT.replace("Friday", "Friday night"), encoding="utf-8")
    (root / "articles" / "d_gaza.txt").write_text(GAZA, encoding="utf-8")
    # Without the memory of the last build, both would be renamed:
    fresh = generate(load_config(root), write=False)
    assert "entities/recep-tayyip-erdogan.md" in fresh.pages and "stories/story-a_summit.md" in fresh.pages
    assert main(["--root", str(root), "-q", "generate"]) == 0
    assert entity.is_file() and story.is_file()
    assert "Recep Tayyip Erdogan" in entity.read_text(encoding="utf-8"), "the same page, now under the full name"
    assert "a_summit" in story.read_text(encoding="utf-8")
    assert not (root / "docs" / "entities" / "recep-tayyip-erdogan.md").exists()
    assert not (root / "docs" / "stories" / "story-a_summit.md").exists()
    # And a build again from the same cache keeps them (the memory is stable).
    assert main(["--root", str(root), "-q", "generate"]) == 0
    assert entity.is_file() and story.is_file()


def test_refused_files_and_their_problems_come_back_from_the_cache(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    (root / "articles" / "empty.txt").write_text("\n\n", encoding="utf-8")
    (root / "articles" / "notice.txt").write_text("Please enable JavaScript to view this page.\n", encoding="utf-8")
    config = load_config(root)
    cold = load(config)
    assert {p.path for p in cold.problems} >= {"empty.txt"}
    prepare(config, cache=Cache.open(root / ".briefing-cache", config.settings))
    store = Cache.open(root / ".briefing-cache", config.settings)
    warm, _ = prepare(config, cache=store)
    assert store.misses == 0 and store.hits == 7
    assert warm == cold
