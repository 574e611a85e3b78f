"""kill -9 a build at many moments; the previous pages and site must survive whole, and the
next build must complete normally and give the same result as an uninterrupted one.

The build runs in a child process (tests/data/kill_child.py) that counts its changes to the
disk and sends itself SIGKILL just before the N-th: a real kill -9, at a chosen moment. A
first, uninterrupted run lists the moments; the test then kills at every kind of moment of the
docs/ write (staging, the journal commit, moving pages in, deletions, the manifest) and of the
site build (MkDocs writing, the swap, removing the old site), and at random times too.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import copy_project

CHILD = Path(__file__).parent / "data" / "kill_child.py"
NEW_ARTICLE = "Turkey hosts talks on grain exports\n\nTurkish officials hosted talks on grain exports on Friday.\n" \
              "Russia and Ukraine sent delegations to Istanbul, the ministry said.\n"
HAND_WRITTEN = "# About\n\nWritten by hand; no build may touch it.\n"

pytestmark = pytest.mark.slow


def snapshot(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, str]:
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.relative_to(folder).as_posix().startswith(skip)}


def pages(root: Path) -> dict[str, str]:
    """The docs/ files a reader or MkDocs sees (the generator's state folder aside)."""
    return snapshot(root / "docs", skip=(".briefing/",))


def site(root: Path) -> dict[str, str]:
    return {k: v for k, v in snapshot(root / "site").items() if k != "sitemap.xml.gz"}  # gzip stamps a time


def run_child(root: Path, kill_at: int, log: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(CHILD), str(root), str(kill_at), str(log)], cwd=root.parent,
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A project built once (the old site), then changed; and the result of building the change."""
    old = copy_project(tmp_path_factory.mktemp("old"))
    assert run_child(old, -1, old.parent / "ops.json").returncode == 0
    (old / "docs" / "about.md").write_text(HAND_WRITTEN, encoding="utf-8")
    (old / "articles" / "002_9bead7feb380e395.txt").unlink()
    (old / "articles" / "005_grain.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    ref = tmp_path_factory.mktemp("ref") / "project"
    shutil.copytree(old, ref, symlinks=True)
    log = ref.parent / "ops.json"
    done = run_child(ref, -1, log)
    assert done.returncode == 0, done.stderr
    ops = json.loads(log.read_text(encoding="utf-8"))
    return {"template": old, "ops": ops, "old_pages": pages(old), "old_site": site(old),
            "new_pages": pages(ref), "new_site": site(ref), "articles": snapshot(old / "articles")}


def moments(ops: list[str]) -> list[int]:
    """Indexes of one change of each kind, and a spread through the long stretches."""
    def first(pred) -> list[int]:  # type: ignore[no-untyped-def]
        return [next(i for i, op in enumerate(ops) if pred(op))]

    picks = [0]
    picks += first(lambda op: "/staging/" in op and op.startswith("open"))
    staged = [i for i, op in enumerate(ops) if "/staging/" in op and op.startswith("open")]  # each staged page
    picks += [staged[len(staged) // 2], staged[-1]]
    picks += first(lambda op: "journal.json.tmp" in op and op.startswith("open"))
    picks += first(lambda op: "journal.json.tmp" in op and op.startswith("replace"))
    moved = [i for i, op in enumerate(ops) if op.startswith("replace") and "/staging/" in op and ".tmp" not in op]
    picks += [moved[0], moved[len(moved) // 2]]
    picks += first(lambda op: op.startswith("unlink") and "/docs/" in op)
    picks += first(lambda op: "manifest.json.tmp" in op and op.startswith("replace"))
    picks += first(lambda op: op.startswith("unlink") and "journal.json" in op)
    building = [i for i, op in enumerate(ops) if ".site.building/" in op]
    picks += [building[0], building[len(building) // 2], building[-1]]
    picks += first(lambda op: op.startswith("exchange"))
    swapped = picks[-1]
    picks += [swapped + 1, swapped + (len(ops) - swapped) // 2]
    return sorted(set(picks))


def check_survivor(root: Path, world: dict, moment: str) -> None:
    assert snapshot(root / "articles") == world["articles"], f"{moment}: articles/ changed"
    assert (root / "docs" / "about.md").read_text(encoding="utf-8") == HAND_WRITTEN, f"{moment}: hand page"
    now = pages(root)
    for rel, digest in now.items():
        if rel == "about.md":
            continue
        assert digest in (world["old_pages"].get(rel), world["new_pages"].get(rel)), \
            f"{moment}: docs/{rel} is neither its old nor its new version"
    assert site(root) in (world["old_site"], world["new_site"]), f"{moment}: site/ is not a whole site"


def test_a_build_killed_at_any_moment_loses_nothing(world: dict, tmp_path: Path) -> None:
    ops = world["ops"]
    assert len(ops) > 50
    for n in moments(ops):
        root = tmp_path / f"kill-{n}" / "project"
        shutil.copytree(world["template"], root, symlinks=True)
        killed = run_child(root, n, root.parent / "ops.json")
        moment = f"killed before change {n} ({ops[n]})"
        assert killed.returncode == -signal.SIGKILL, f"{moment}: not killed ({killed.returncode}) {killed.stderr}"
        check_survivor(root, world, moment)
        again = run_child(root, -1, root.parent / "ops.json")
        assert again.returncode == 0, f"{moment}: next build failed: {again.stderr}"
        assert pages(root) == {**world["new_pages"]}, f"{moment}: next build differs"
        assert site(root) == world["new_site"], f"{moment}: next site differs"
        assert not (root / "docs" / ".briefing" / "journal.json").exists()
        assert not (root / ".site.building").exists() and not (root / ".site.old").exists()


def test_a_build_killed_at_random_times_loses_nothing(world: dict, tmp_path: Path) -> None:
    rng = random.Random(20240813)
    for attempt in range(4):
        root = tmp_path / f"random-{attempt}" / "project"
        shutil.copytree(world["template"], root, symlinks=True)
        child = subprocess.Popen([sys.executable, str(CHILD), str(root), "-1", str(root.parent / "ops.json")],
                                 cwd=root.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 1.6))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        check_survivor(root, world, f"random kill {attempt}")
        again = run_child(root, -1, root.parent / "ops.json")
        assert again.returncode == 0, again.stderr
        assert pages(root) == world["new_pages"] and site(root) == world["new_site"]
