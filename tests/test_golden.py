"""The generated pages of the seed corpus are committed in docs/ as golden files.

After a reviewed change to the output, regenerate them with ``briefing generate`` and commit
the diff of docs/.
"""

from __future__ import annotations

from generator.pipeline import Generated

from .conftest import ROOT


def test_committed_docs_match_the_generator(seed_generated: Generated) -> None:
    stale = []
    for path, text in sorted(seed_generated.pages.items()):
        committed = ROOT / "docs" / path
        if not committed.exists() or committed.read_text(encoding="utf-8") != text:
            stale.append(path)
    assert not stale, f"docs/ is out of date for {stale}: run `briefing generate` and review the diff"
