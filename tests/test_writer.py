"""The writer: only its own pages, atomic, hand edits kept, never through links or out of docs/."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from generator.errors import WriteError
from generator.write.writer import EDITED, JOURNAL, MANIFEST, STAGING, check_path, recover, write_pages


def files(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


def test_writes_then_only_changes_and_is_deterministic(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    first = write_pages(docs, {"topics/a.md": "A\n", "sources/b.md": "B\n"})
    assert first.written == ("sources/b.md", "topics/a.md")
    snapshot = files(docs)
    again = write_pages(docs, {"topics/a.md": "A\n", "sources/b.md": "B\n"})
    assert again.written == () and again.unchanged == 2 and files(docs) == snapshot
    other = tmp_path / "other"
    write_pages(other, {"sources/b.md": "B\n", "topics/a.md": "A\n"})
    assert files(other) == snapshot
    assert not (docs / JOURNAL).exists() and not (docs / STAGING).exists()


def test_never_overwrites_or_deletes_a_file_it_did_not_write(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "topics").mkdir(parents=True)
    (docs / "topics/mine.md").write_text("hand written")
    with pytest.raises(WriteError, match="not written by the generator"):
        write_pages(docs, {"topics/mine.md": "generated"})
    assert (docs / "topics/mine.md").read_text() == "hand written"
    write_pages(docs, {"topics/a.md": "A"})
    write_pages(docs, {})  # a.md is no longer generated: deleted; mine.md is not ours: kept
    assert not (docs / "topics/a.md").exists() and (docs / "topics/mine.md").read_text() == "hand written"


def test_hand_edits_of_generated_pages_are_never_lost(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_pages(docs, {"topics/a.md": "A v1", "topics/b.md": "B v1"})
    (docs / "topics/a.md").write_text("A edited")
    (docs / "topics/b.md").write_text("B edited")
    result = write_pages(docs, {"topics/a.md": "A v2"})
    assert result.saved == ("topics/a.md",) and result.kept == ("topics/b.md",)
    assert (docs / "topics/a.md").read_text() == "A v2"
    saved = list((docs / EDITED).glob("topics/a.md.*"))
    assert [p.read_text() for p in saved] == ["A edited"]
    assert (docs / "topics/b.md").read_text() == "B edited"


@pytest.mark.parametrize("rel", ["../x.md", "about.md", "sources/x.txt", "sources/a/b.md", "sources/A.md", "/etc/passwd", "a/../../x.md", "a\\b.md", "", "./a.md",
                                 MANIFEST, JOURNAL, f"{STAGING}/x.md", "a//b.md"])
def test_paths_outside_docs_or_on_its_state_are_refused(rel: str) -> None:
    with pytest.raises(WriteError):
        check_path(rel)


def test_never_writes_through_a_link(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    docs = tmp_path / "docs"
    docs.mkdir()
    os.symlink(outside, docs / "sources")
    with pytest.raises(WriteError, match="symbolic link"):
        write_pages(docs, {"sources/a.md": "A"})
    (docs / "topics").mkdir()
    os.symlink(outside / "f.md", docs / "topics/f.md")
    with pytest.raises(WriteError, match="symbolic link"):
        write_pages(docs, {"topics/f.md": "A"})
    assert list(outside.iterdir()) == []


def test_a_committed_journal_is_finished_and_an_uncommitted_one_dropped(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_pages(docs, {"topics/a.md": "old", "topics/gone.md": "bye"})
    manifest = json.loads((docs / MANIFEST).read_text())["files"]
    # Killed after the commit point, before anything moved:
    (docs / STAGING / "topics").mkdir(parents=True)
    (docs / STAGING / "topics/a.md").write_text("new")
    new = hashlib.sha256(b"new").hexdigest()
    plan = {"write": ["topics/a.md"], "delete": {"topics/gone.md": manifest["topics/gone.md"]}, "manifest": {"topics/a.md": new}}
    (docs / JOURNAL).write_text(json.dumps(plan))
    recover(docs)
    assert (docs / "topics/a.md").read_text() == "new" and not (docs / "topics/gone.md").exists()
    assert not (docs / JOURNAL).exists() and not (docs / STAGING).exists()
    # Killed before the commit point: the staged file is dropped, the page untouched.
    (docs / STAGING / "topics").mkdir(parents=True)
    (docs / STAGING / "topics/a.md").write_text("half")
    recover(docs)
    assert (docs / "topics/a.md").read_text() == "new" and not (docs / STAGING).exists()


def test_damaged_manifest_stops_with_a_hint(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_pages(docs, {"topics/a.md": "A"})
    (docs / MANIFEST).write_text("{not json")
    with pytest.raises(WriteError, match="delete it to start afresh"):
        write_pages(docs, {"topics/a.md": "B"})


def test_a_stream_of_pages_is_written_as_it_comes_and_a_failure_midway_changes_nothing(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_pages(docs, {"topics/a.md": "A\n", "sources/b.md": "B\n", "digest.json": "{}\n"})
    snapshot = files(docs)

    def stream(fail: bool):  # type: ignore[no-untyped-def]
        yield "topics/a.md", "A, new\n"
        yield "digest.json", iter(["{\n", ' "x": 1\n', "}\n"])  # a page given in pieces
        if fail:
            assert (docs / STAGING / "topics/a.md").exists()  # staged already, not kept in memory
            raise RuntimeError("the renderer failed")
        yield "sources/b.md", "B\n"

    with pytest.raises(RuntimeError, match="renderer failed"):
        write_pages(docs, stream(fail=True))
    assert files(docs) == snapshot and not (docs / STAGING).exists()
    done = write_pages(docs, stream(fail=False))
    assert done.written == ("digest.json", "topics/a.md") and done.unchanged == 1
    assert (docs / "digest.json").read_text() == '{\n "x": 1\n}\n' and (docs / "topics/a.md").read_text() == "A, new\n"
    manifest = json.loads((docs / MANIFEST).read_text())["files"]
    assert manifest["digest.json"] == hashlib.sha256(b'{\n "x": 1\n}\n').hexdigest()
    again = write_pages(docs, stream(fail=False))  # the same pieces: nothing rewritten, nothing staged left
    assert again.written == () and again.unchanged == 3 and not (docs / STAGING).exists()
    assert sorted(again.pages) == ["digest.json", "sources/b.md", "topics/a.md"]


def test_a_stream_with_a_path_it_does_not_own_or_twice_changes_nothing(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_pages(docs, {"topics/a.md": "A\n"})
    snapshot = files(docs)
    with pytest.raises(WriteError, match="refusing to write"):
        write_pages(docs, iter([("topics/a.md", "A2\n"), ("../escape.md", "x")]))
    with pytest.raises(WriteError, match="two generated pages"):
        write_pages(docs, iter([("topics/a.md", "A2\n"), ("topics/a.md", "A3\n")]))
    assert files(docs) == snapshot and not (tmp_path / "escape.md").exists()
