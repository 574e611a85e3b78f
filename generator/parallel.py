"""Work on more than one core after the per-article step: forked processes that read what this
process holds (the corpus, the digest) without it being copied or pickled to them, and send
back only their results.

Two shapes: :func:`alongside` runs one function in a second process while this one goes on
(topics and summaries while stories and entities are found), and :func:`forked_map` runs a
function over ``range(n)`` in ``jobs`` processes, results in order (quotes per article, pages).
The output never depends on them: each result is what the same call makes in this process, and
where ``fork`` is missing (Windows, or one job) the same calls run here, one after the other.
A worker that dies (killed for memory, say) loses nothing: its work is done again here.

Before forking, the objects this process holds are moved out of the garbage collector's sight
(``gc.freeze``): a collection in a child otherwise writes into every object it walks, and so
copies every page of the parent's memory it touches. They are handed back once the workers end.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Generic, TypeVar, cast

T = TypeVar("T")

FORK_FROM = 64  # fewer items than this are done in this process: forking costs more
AHEAD = 4  # chunks asked of each worker ahead of the one being used
_TASKS: dict[int, Callable[[int], object]] = {}  # the work of the pools this process started, read by its forks


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _run(task: int, i: int) -> object:
    return _TASKS[task](i)


def _run_chunk(task: int, start: int, stop: int) -> list[object]:
    fn = _TASKS[task]
    return [fn(i) for i in range(start, stop)]


@contextmanager
def _pool(fn: Callable[[int], object], jobs: int) -> Iterator[tuple[ProcessPoolExecutor, int]]:
    task = id(fn)
    _TASKS[task] = fn
    gc.freeze()
    try:
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"))
        try:
            yield pool, task
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    finally:
        _TASKS.pop(task, None)
        if not _TASKS:
            gc.unfreeze()


class Alongside(Generic[T]):
    """A call running in a second process (or, without fork, made when its result is asked for)."""

    def __init__(self, fn: Callable[[], T], jobs: int) -> None:
        self._fn = fn
        self._future: Future[object] | None = None
        self._context = None
        if jobs > 1 and can_fork():
            self._context = _pool(lambda _i: fn(), 1)
            pool, task = self._context.__enter__()
            try:
                self._future = pool.submit(_run, task, 0)
            except (OSError, BrokenProcessPool):  # no process to be had (out of memory, say): made here
                self.close()

    def result(self) -> T:
        if self._future is None or self._context is None:
            return self._fn()
        try:
            return self._future.result()  # type: ignore[return-value]
        except BrokenProcessPool:
            return self._fn()  # the worker died: its work is done here
        finally:
            self.close()

    def close(self) -> None:
        """End the second process (once its call returns) if the result is not wanted after all."""
        context, self._context, self._future = self._context, None, None
        if context is not None:
            context.__exit__(None, None, None)


def alongside(fn: Callable[[], T], jobs: int) -> Alongside[T]:
    """Start ``fn()`` in a forked process when ``jobs`` > 1; ``.result()`` waits for it."""
    return Alongside(fn, jobs)


def forked_map(fn: Callable[[int], T], n: int, jobs: int, *, least: int | None = None) -> Results[T]:
    """``fn(0) … fn(n-1)`` in order, in ``jobs`` forked processes (here, with one job, without
    fork or with fewer than ``least`` items, default FORK_FROM). The workers start at once, so
    this process can do other work while they make the first results; results come in chunks,
    a few per worker ahead of the one being read, each once it is done."""
    if jobs <= 1 or n < (FORK_FROM if least is None else least) or not can_fork():
        return Results(fn(i) for i in range(n))
    size = max(1, min(256, n // (jobs * 8)))
    chunks = [(start, min(n, start + size)) for start in range(0, n, size)]
    context = _pool(cast("Callable[[int], object]", fn), jobs)
    pool, task = context.__enter__()
    waiting: deque[tuple[int, int, Future[list[object]] | None]] = deque()
    ahead = iter(chunks)

    def ask() -> None:
        while len(waiting) < AHEAD * jobs:  # results wait in this process: a few chunks per worker at most
            nxt = next(ahead, None)
            if nxt is None:
                return
            try:
                waiting.append((*nxt, pool.submit(_run_chunk, task, *nxt)))
            except (OSError, BrokenProcessPool):  # no worker to be had: this chunk is made here
                waiting.append((*nxt, None))

    def results() -> Iterator[T]:
        while True:
            ask()
            if not waiting:
                return
            start, stop, future = waiting.popleft()
            try:
                done = future.result() if future is not None else None
            except BrokenProcessPool:
                done = None
            if done is None:
                done = [fn(i) for i in range(start, stop)]  # a worker died: this chunk is made here
            yield from cast("list[T]", done)

    ask()  # the workers start now
    return Results(results(), lambda: context.__exit__(None, None, None))


class Results(Iterator[T]):
    """The results of :func:`forked_map`; the pool ends when they are all read, when an error
    comes from them, or when this is closed or dropped first."""

    def __init__(self, results: Iterator[T], end: Callable[[], object] | None = None) -> None:
        self._results = results
        self._end: Callable[[], object] | None = end

    def __next__(self) -> T:
        try:
            return next(self._results)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        end, self._end = self._end, None
        if end is not None:
            end()

    def __del__(self) -> None:
        self.close()
