"""Same-story detection across outlets on the 250 Multi-News validation clusters, in one corpus
(benchmarks/stories.py): precision and recall reach the issue's targets on both halves."""

from __future__ import annotations

import pytest

from .conftest import shared_or_skip

pytestmark = pytest.mark.slow

# Reached (round 4, judged exclusions applied): 0.937 on the even half (tuned on), 0.862 on the
# odd, at precision 0.990 / 1.000; all 250 clusters 0.996 / 0.894. The target
# (TARGET_RECALL 0.85) is met on both halves; the odd half's margin is small (3 pairs of 298).
RECALL_FLOOR = 0.85


@pytest.fixture(scope="module")
def result() -> dict[str, object]:
    shared_or_skip("eval", "multi-news-validation")
    from benchmarks.stories import run

    return run()


def test_precision_on_both_halves(result: dict[str, object]) -> None:
    from benchmarks.stories import TARGET_PRECISION

    for s in result["scores"]:  # type: ignore[attr-defined]
        assert s.precision >= TARGET_PRECISION, s


def test_recall_keeps_its_floor(result: dict[str, object]) -> None:
    for s in result["scores"]:  # type: ignore[attr-defined]
        assert s.recall >= RECALL_FLOOR, s


def test_recall_target(result: dict[str, object]) -> None:
    from benchmarks.stories import TARGET_RECALL

    for s in result["scores"]:  # type: ignore[attr-defined]
        assert s.recall >= TARGET_RECALL, s


def test_every_exclusion_has_a_reason() -> None:
    from benchmarks.stories import EXCLUDED

    keys = [k for k, _, _ in EXCLUDED]
    assert len(keys) == len(set(keys))
    assert all(verdict in {"not a report", "other event", "roundup"} and reason for _, verdict, reason in EXCLUDED)
