"""Forked work (``generator.parallel``): results in order, the same as in one process, and nothing
lost when a worker dies."""

from __future__ import annotations

import gc
import os
import time

import pytest

from generator import parallel
from generator.parallel import alongside, can_fork, forked_map

pytestmark = pytest.mark.skipif(not can_fork(), reason="no fork on this platform: everything runs in one process")


def test_forked_map_gives_what_one_process_gives_in_order() -> None:
    parent = os.getpid()
    data = [f"item {i}" * (i % 5) for i in range(500)]  # read by the workers, never sent to them

    def work(i: int) -> tuple[str, int]:
        time.sleep(0.002)  # long enough for both workers to take chunks
        return data[i].upper(), os.getpid()

    results = list(forked_map(work, len(data), 2, least=1))
    pids = {pid for _, pid in results}
    assert [text for text, _ in results] == [d.upper() for d in data]
    assert parent not in pids and len(pids) == 2  # made in two other processes
    assert gc.get_freeze_count() == 0  # the parent's objects are handed back to the collector


def test_a_small_map_or_one_job_stays_in_this_process() -> None:
    parent = os.getpid()
    assert set(forked_map(lambda i: os.getpid(), 10, 2)) == {parent}  # fewer than FORK_FROM items
    assert set(forked_map(lambda i: os.getpid(), 500, 1)) == {parent}


def test_work_of_a_worker_that_dies_is_done_here() -> None:
    parent = os.getpid()

    def work(i: int) -> int:
        if os.getpid() != parent and i == 37:
            os._exit(3)  # as if killed for memory
        return i * i

    assert list(forked_map(work, 300, 2, least=1)) == [i * i for i in range(300)]


def test_alongside_runs_in_another_process_and_falls_back_here() -> None:
    parent = os.getpid()
    side = alongside(lambda: ("done", os.getpid()), 2)
    text, pid = side.result()
    assert text == "done" and pid != parent

    def dies() -> int:
        if os.getpid() != parent:
            os._exit(3)
        return 42

    assert alongside(dies, 2).result() == 42
    assert alongside(lambda: os.getpid(), 1).result() == parent
    assert not parallel._TASKS


def test_an_error_in_a_worker_reaches_the_caller() -> None:
    def fails(i: int) -> int:
        if i == 120:
            raise ValueError("article 120 is bad")
        return i

    with pytest.raises(ValueError, match="article 120 is bad"):
        list(forked_map(fails, 300, 2, least=1))
    assert not parallel._TASKS


def test_results_dropped_unread_end_the_workers() -> None:
    made = forked_map(lambda i: i, 300, 2, least=1)
    assert parallel._TASKS and gc.get_freeze_count() > 0  # started at once
    made.close()
    assert not parallel._TASKS and gc.get_freeze_count() == 0


def test_a_fault_here_ends_the_second_process() -> None:
    side = alongside(lambda: 1, 2)
    assert parallel._TASKS and gc.get_freeze_count() > 0
    side.close()
    assert not parallel._TASKS and gc.get_freeze_count() == 0
    assert side.result() == 1  # asked for after all: made here


def test_no_process_to_be_had_means_the_work_is_done_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forking can fail (out of memory, too many processes): the same results, made here."""
    import concurrent.futures.process as futures_process

    def refuse(self: object) -> None:
        raise OSError(12, "Cannot allocate memory")

    monkeypatch.setattr(futures_process.ProcessPoolExecutor, "_launch_processes", refuse)
    parent = os.getpid()
    assert list(forked_map(lambda i: (i, os.getpid()), 200, 2, least=1)) == [(i, parent) for i in range(200)]
    assert alongside(lambda: os.getpid(), 2).result() == parent
    assert not parallel._TASKS and gc.get_freeze_count() == 0
