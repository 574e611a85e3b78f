"""The site's page cache (generator/write/site_cache.py): a site built from it is the site MkDocs
builds without it, byte for byte, and only pages whose input changed are made again."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.write.site import build_site
from generator.write.site_cache import PageCache

from .conftest import ROOT, copy_project


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project with docs/ generated (no site yet)."""
    dest = copy_project(tmp_path_factory.mktemp("site-cache"))
    assert main(["--root", str(dest), "-q", "generate"]) == 0
    (dest / "overrides").mkdir(exist_ok=True)
    return dest


@pytest.fixture
def project(generated: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "project"
    shutil.copytree(generated, dest, symlinks=True)
    return dest


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def build(root: Path, cache: Path | None, *, site: str = "site", strict: bool = False) -> PageCache | None:
    return build_site(root / "mkdocs.yml", root / site, strict=strict, cache=cache)


def without_cache(root: Path) -> dict[str, bytes]:
    """The site MkDocs builds from the same docs/ with no page cache."""
    build(root, None, site="plain-site")
    return tree(root / "plain-site")


def pages(root: Path) -> int:
    return sum(1 for _ in (root / "docs").rglob("*.md"))


def test_a_site_from_the_page_cache_is_byte_identical_to_one_built_without(project: Path) -> None:
    cache = project / ".briefing-cache" / "site"
    first = build(project, cache)
    assert first is not None and first.hits == {"render": 0, "layout": 0}
    assert (cache / "index.json").is_file()
    second = build(project, cache)
    assert second is not None
    n = pages(project)
    assert second.hits == {"render": n, "layout": n}, "every page reused when nothing changed"
    site = tree(project / "site")
    assert site == without_cache(project)
    assert "search/search_index.json" in site and len(site) > n


def test_a_changed_page_alone_is_made_again(project: Path) -> None:
    cache = project / ".briefing-cache" / "site"
    build(project, cache)
    page = next(iter(sorted((project / "docs" / "sources").glob("[!i]*.md"))))
    page.write_text(page.read_text(encoding="utf-8") + "\nA sentence added by hand, findable in search.\n",
                    encoding="utf-8")
    again = build(project, cache)
    assert again is not None
    n = pages(project)
    assert again.hits == {"render": n - 1, "layout": n - 1}
    site = tree(project / "site")
    html = site[f"sources/{page.stem}/index.html"].decode()
    assert "A sentence added by hand" in html
    assert b"findable in search" in site["search/search_index.json"]
    assert site == without_cache(project)


def test_a_changed_theme_override_lays_every_page_out_again_without_converting_it(project: Path) -> None:
    cache = project / ".briefing-cache" / "site"
    build(project, cache)
    (project / "overrides" / "main.html").write_text(
        '{% extends "base.html" %}\n{% block footer %}<p class="hand-made-footer">Edited by hand</p>{% endblock %}\n',
        encoding="utf-8")
    again = build(project, cache)
    assert again is not None
    assert again.hits == {"render": pages(project), "layout": 0}
    site = tree(project / "site")
    assert b"hand-made-footer" in site["index.html"]
    assert site == without_cache(project)


def test_a_link_whose_target_comes_or_goes_is_converted_again_and_a_page_that_warned_is_never_kept(
        project: Path) -> None:
    cache = project / ".briefing-cache" / "site"
    (project / "docs" / "notes.md").write_text("# Notes\n\nSee [the appendix](appendix.md).\n", encoding="utf-8")
    first = build(project, cache)
    assert first is not None and "notes.md" not in first.fresh  # it warned: the target is missing
    with pytest.raises(Exception, match="mkdocs build failed"):
        build(project, cache, strict=True)  # ...and --strict still sees the warning on the next build
    (project / "docs" / "appendix.md").write_text("# Appendix\n", encoding="utf-8")
    build(project, cache)
    kept = build(project, cache)
    assert kept is not None and "notes.md" in kept.fresh
    assert kept.hits["render"] == pages(project)
    (project / "docs" / "appendix.md").unlink()
    gone = build(project, cache)
    assert gone is not None and gone.hits["render"] == pages(project) - 1  # notes.md converted again
    assert b'href="appendix.md"' in (project / "site" / "notes" / "index.html").read_bytes()


@pytest.mark.parametrize("damage", [b"", b"not zlib", b"x\x9c\x03\x00\x00\x00\x00\x01"])
def test_a_damaged_record_is_a_miss_and_the_site_is_unchanged(project: Path, damage: bytes) -> None:
    cache = project / ".briefing-cache" / "site"
    build(project, cache)
    for record in [*cache.glob("*.render"), *cache.glob("*.content"), *cache.glob("*.layout")]:
        record.write_bytes(damage)
    again = build(project, cache)
    assert again is not None and again.hits == {"render": 0, "layout": 0}
    assert tree(project / "site") == without_cache(project)
    third = build(project, cache)  # the records were written again
    assert third is not None and third.hits["render"] == pages(project)


def test_another_plugin_turns_the_kept_layouts_off(project: Path) -> None:
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - briefing\n", "  - briefing\n  - tags\n"),
                      encoding="utf-8")
    cache = project / ".briefing-cache" / "site"
    build(project, cache)
    again = build(project, cache)
    assert again is not None and again.layout_key is None
    assert again.hits == {"render": pages(project), "layout": 0}
    assert tree(project / "site") == without_cache(project)


def test_a_link_where_the_cache_folder_should_be_is_not_followed(project: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (project / ".briefing-cache").mkdir(exist_ok=True)
    os.symlink(outside, project / ".briefing-cache" / "site")
    used = build(project, project / ".briefing-cache" / "site")
    assert used is not None and not used.render_key
    assert list(outside.iterdir()) == []
    assert tree(project / "site") == without_cache(project)


def test_only_our_records_are_removed(project: Path) -> None:
    cache = project / ".briefing-cache" / "site"
    cache.mkdir(parents=True)
    (cache / "README").write_text("mine", encoding="utf-8")
    stale = cache / ("0" * 32 + ".render")
    stale.write_bytes(b"old")
    build(project, cache)
    assert (cache / "README").read_text(encoding="utf-8") == "mine"
    assert not stale.exists()


def test_briefing_build_reuses_the_pages_and_says_so(project: Path) -> None:
    def run() -> str:
        done = subprocess.run([sys.executable, "-m", "generator", "--root", str(project), "-v", "build"],
                              capture_output=True, text=True, cwd=ROOT, check=True)
        return done.stderr

    run()
    n = pages(project)
    assert f"cache: {n} of {n} pages converted before, {n} laid out before" in run()
    shutil.rmtree(project / ".briefing-cache" / "site")
    assert main(["--root", str(project), "-q", "build", "--no-cache"]) == 0
    assert not (project / ".briefing-cache" / "site").exists(), "--no-cache neither reads nor writes it"


@pytest.mark.parametrize("part", ["render", "content", "layout"])
def test_a_record_with_its_key_but_not_its_shape_is_a_miss(project: Path, part: str) -> None:
    import json
    import zlib

    cache = project / ".briefing-cache" / "site"
    build(project, cache)
    for record in cache.glob(f"*.{part}"):
        data = json.loads(zlib.decompress(record.read_bytes()))
        for field in ("toc", "anchors", "links", "html", "output", "search"):
            if field in data:
                data[field] = {"not": "the shape"} if field != "anchors" else 7
        record.write_bytes(zlib.compress(json.dumps(data).encode()))
    build(project, cache)
    assert tree(project / "site") == without_cache(project)


def test_the_html_of_a_page_laid_out_as_before_is_never_read(project: Path) -> None:
    cache = project / ".briefing-cache" / "site"
    build(project, cache)
    for record in cache.glob("*.content"):
        record.unlink()  # kept layouts need none of it
    again = build(project, cache)
    assert again is not None and again.hits == {"render": pages(project), "layout": pages(project)}
    assert tree(project / "site") == without_cache(project)
    (project / "overrides" / "main.html").write_text('{% extends "base.html" %}\n', encoding="utf-8")
    relaid = build(project, cache)  # every page laid out again: the HTML is missing, so rendered again
    assert relaid is not None and relaid.hits["layout"] == 0
    assert tree(project / "site") == without_cache(project)


def test_an_index_of_the_wrong_shape_is_a_miss(project: Path) -> None:
    import json

    cache = project / ".briefing-cache" / "site"
    build(project, cache)
    index = json.loads((cache / "index.json").read_text(encoding="utf-8"))
    def broken(i: int, entry: list[object]) -> object:  # its own key kept, where it would be trusted
        return [["x"], [entry[0], "not a dict", entry[2]], [entry[0], [1, 2], entry[2]], [entry[0]], 7][i % 5]

    index["pages"] = {src: broken(i, e) for i, (src, e) in enumerate(sorted(index["pages"].items()))}
    (cache / "index.json").write_text(json.dumps(index), encoding="utf-8")
    again = build(project, cache)
    assert again is not None and again.hits == {"render": 0, "layout": 0}
    assert tree(project / "site") == without_cache(project)
