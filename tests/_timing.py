"""Timing for the linearity tests: the best of a few runs with the collector off. In a long test
session a full collection of everything the other tests left can land in one timed run and say
nothing of the code under test."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def best_time(run: Callable[[], T], rounds: int = 3) -> tuple[float, T]:
    """The shortest of ``rounds`` wall times of ``run()``, and what it returned."""
    times: list[float] = []
    gc.disable()
    try:
        for _ in range(rounds):
            start = time.perf_counter()
            result = run()
            times.append(time.perf_counter() - start)
    finally:
        gc.enable()
    return min(times), result
