"""Same-story detection across outlets on the 250 Multi-News validation clusters, in one corpus
(benchmarks/stories.py): precision holds on both halves, recall keeps what it has reached."""

from __future__ import annotations

import pytest

from .conftest import shared_or_skip

pytestmark = pytest.mark.slow

# Reached: 0.781 on the even half (tuned on), 0.712 on the odd, at precision 0.990 / 1.000. The
# issue's target is TARGET_RECALL (0.85), not met (see generator/analyse/stories.py, COVERAGE_GAP
# and CLEAR_GAP).
RECALL_FLOOR = 0.68


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


@pytest.mark.xfail(reason="issue 8 target (recall >= 0.85) not reached: see BENCHMARKS.md, Stories", strict=False)
def test_recall_target(result: dict[str, object]) -> None:
    from benchmarks.stories import TARGET_RECALL

    for s in result["scores"]:  # type: ignore[attr-defined]
        assert s.recall >= TARGET_RECALL, s


def test_every_exclusion_has_a_reason() -> None:
    from benchmarks.stories import EXCLUDED

    keys = [k for k, _, _ in EXCLUDED]
    assert len(keys) == len(set(keys))
    assert all(verdict in {"not a report", "other event", "roundup"} and reason for _, verdict, reason in EXCLUDED)
