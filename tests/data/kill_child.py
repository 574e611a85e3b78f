"""Run ``briefing build`` and kill -9 this very process just before its N-th change to the disk.

    python kill_child.py ROOT N LOG

Every call that changes the file system (open for writing, rename, replace, unlink, rmdir,
rmtree, mkdir, the renameat2 swap of the site) is counted; before the N-th one the process
sends itself SIGKILL, like a power cut or an OOM kill. N = -1 kills nothing and writes the
list of changes, in order, to LOG (JSON), so the test knows where the moments are.
"""

from __future__ import annotations

import builtins
import io
import json
import os
import shutil
import signal
import sys

root, kill_at, log_file = sys.argv[1], int(sys.argv[2]), sys.argv[3]
ops: list[str] = []


def counted(name: str, fn, is_write=lambda *a, **k: True):  # type: ignore[no-untyped-def]
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        if is_write(*args, **kwargs):
            if len(ops) == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            ops.append(f"{name} {args[0] if args else ''}")
        return fn(*args, **kwargs)
    return wrapper


def _writes(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
    return isinstance(mode, str) and any(c in mode for c in "wax+")


builtins.open = io.open = counted("open", io.open, _writes)  # type: ignore[assignment]
for name in ("replace", "rename", "unlink", "remove", "rmdir", "mkdir"):
    setattr(os, name, counted(name, getattr(os, name)))
shutil.rmtree = counted("rmtree", shutil.rmtree)  # type: ignore[assignment]

from generator.write import site

site._exchange = counted("exchange", site._exchange)  # type: ignore[assignment]

from generator.cli import main

code = main(["--root", root, "build"])
with open(log_file, "w", encoding="utf-8") as fh:
    json.dump(ops, fh)
sys.exit(code)
