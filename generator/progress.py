"""Progress of a build on stderr: what stage it is in, how far, how fast.

On a terminal one line is overwritten as the work goes (stage, count, rate); elsewhere (CI,
a log file) one line is printed when each stage ends, with its count and seconds, so a log
shows where the time went without a line per article. ``quiet`` prints nothing; ``verbose``
adds a detail line where a stage has one (cache hits, workers) and each stage's CPU seconds in
this process (on a shared machine the steadier figure).

The clock is read only here, for what is shown: it never reaches the generated pages.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO

REDRAW_S = 0.1  # a terminal line is redrawn at most ten times a second


@dataclass
class Progress:
    """One build's progress display. Stages follow one another; starting one ends the last."""

    out: TextIO | None  # None: print nothing
    tty: bool = False
    verbose: bool = False
    name: str = ""
    total: int | None = None
    done: int = 0
    started: float = 0.0
    drawn: float = 0.0
    width: int = 0  # length of the line last drawn, to blank it
    unit: str = ""
    clock: Callable[[], float] = field(default=time.perf_counter, repr=False)
    cpu: Callable[[], float] = field(default=time.process_time, repr=False)  # this process's CPU, shown with verbose
    cpu_started: float = 0.0

    @classmethod
    def to(cls, out: TextIO, *, quiet: bool = False, verbose: bool = False) -> Progress:
        """A display on ``out``, drawn in place if ``out`` is a terminal."""
        isatty = getattr(out, "isatty", None)
        return cls(None if quiet else out, tty=bool(isatty and isatty()), verbose=verbose)

    def _now(self) -> float:
        return self.clock()

    def stage(self, name: str, total: int | None = None, unit: str = "") -> None:
        """Start a stage (ending the one before): ``total`` items of ``unit`` if known."""
        self.end()
        self.name, self.total, self.done, self.unit = name, total, 0, unit
        self.started = self.drawn = self._now()
        self.cpu_started = self.cpu()
        if self.tty:
            self._draw()

    def advance(self, count: int = 1) -> None:
        """``count`` more items of the current stage are done."""
        self.done += count
        if self.tty and self.out is not None:
            now = self._now()
            if now - self.drawn >= REDRAW_S or (self.total is not None and self.done >= self.total):
                self.drawn = now
                self._draw()

    def detail(self, text: str) -> None:
        """A line shown only with ``verbose``."""
        if self.out is None or not self.verbose:
            return
        self._blank()
        print(f"  {text}", file=self.out, flush=True)

    def end(self) -> None:
        """End the current stage: on a terminal its line is blanked; elsewhere it is printed."""
        if not self.name or self.out is None:
            self.name = ""
            return
        seconds = self._now() - self.started
        if self.tty:
            self._blank()
        else:
            count = f" {self.done:,} {self.unit}".rstrip() if self.unit else ""
            rate = f", {self.done / seconds:,.0f}/s" if self.unit and seconds > 0 and self.done else ""
            cpu = f" (CPU {self.cpu() - self.cpu_started:.1f} s)" if self.verbose else ""
            print(f"{self.name}:{count} in {seconds:.1f} s{rate}{cpu}", file=self.out, flush=True)
        self.name = ""

    def _draw(self) -> None:
        if self.out is None:
            return
        seconds = self._now() - self.started
        of = f"/{self.total:,}" if self.total is not None else ""
        count = f" {self.done:,}{of} {self.unit}" if self.unit else ""
        rate = f" ({self.done / seconds:,.0f}/s)" if self.unit and seconds > 0.5 and self.done else ""
        line = f"{self.name}…{count}{rate}"
        self.out.write("\r" + line + " " * max(0, self.width - len(line)))
        self.out.flush()
        self.width = len(line)

    def _blank(self) -> None:
        if self.tty and self.out is not None and self.width:
            self.out.write("\r" + " " * self.width + "\r")
            self.out.flush()
            self.width = 0


def silent() -> Progress:
    """A display that shows nothing (library use, tests)."""
    return Progress(None)
