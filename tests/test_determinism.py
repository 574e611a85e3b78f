"""The generated pages and digest.json must not depend on PYTHONHASHSEED (issue 10: with 40 near-identical articles, 9
different outputs over 12 seeds). Generation runs in child processes, one per seed, over a
corpus of near-identical articles built in a temp folder; every output must be the same bytes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import copy_project

BASE = ("Turkey and the United States resume talks on {n}\n\n"
        "Officials in Ankara said on Monday that talks with Washington would continue next week, "
        "Foreign Minister Hakan Fidan said. The two governments have disagreed for months over the war in Gaza "
        "and trade with Russia. A ceasefire in Gaza was discussed, and {n} hostages were named. "
        "Turkish exporters shipped {n} million dollars of goods to Russia, the ministry said.\n\n"
        "Antony Blinken met Fidan in Ankara on {day}. \"We will keep talking,\" Blinken said. "
        "The talks in Ankara covered the F-16 deal and Sweden's NATO membership.\n")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
SEEDS = ("0", "1", "2", "3", "42", "12345")


def corpus(root: Path, count: int) -> None:
    shutil.rmtree(root / "articles")
    (root / "articles").mkdir()
    for i in range(count):
        text = BASE.format(n=10 + i % 7 + (i // 7) * 100, day=DAYS[i % 5])
        (root / "articles" / f"{i:03d}_copy.txt").write_text(text, encoding="utf-8")


@pytest.mark.slow
def test_generated_pages_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    (tmp_path / "p").mkdir()
    root = copy_project(tmp_path / "p")
    corpus(root, 40)
    outputs = {}
    for seed in SEEDS:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-m", "generator", "--root", str(root), "generate"], env=env,
                              capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stderr[-2000:]
        digest = hashlib.sha256()
        for path in sorted(p for p in (root / "docs").rglob("*") if p.is_file() and ".briefing" not in p.parts):
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
        outputs[seed] = digest.hexdigest()
    assert len(set(outputs.values())) == 1, outputs
