"""The reader interface and its error."""
from __future__ import annotations

import ctypes
import os
import signal
import sys
from abc import ABC, abstractmethod
from functools import partial
from pathlib import Path

from pipeline.models import ReadResult


class ReadError(Exception):
    """A file that cannot be read, with a reason a person understands."""


class Reader(ABC):
    #: value of Document.format for files this reader handles
    format: str = ""

    @abstractmethod
    def read(self, path: Path) -> ReadResult:
        """Read ``path`` into blocks; raise ReadError with a plain reason on failure."""


def one_line(text: str, limit: int = 200) -> str:
    """A message on one line, cut to ``limit`` characters (tools print many lines)."""
    s = " ".join(str(text).split())
    return s if len(s) <= limit else s[:limit - 1] + "…"


def page_ranges(pages) -> str:
    """[1, 2, 3, 7] -> '1-3, 7' (for messages about pages)."""
    out: list[str] = []
    run: list[int] = []
    for p in sorted(set(pages)):
        if run and p == run[-1] + 1:
            run.append(p)
            continue
        if run:
            out.append(f"{run[0]}-{run[-1]}" if len(run) > 1 else str(run[0]))
        run = [p]
    if run:
        out.append(f"{run[0]}-{run[-1]}" if len(run) > 1 else str(run[0]))
    return ", ".join(out)


# --------------------------------------------------------------------------
# Child processes that die with their parent
# --------------------------------------------------------------------------

#: prctl option asking the kernel to signal a process when its parent dies (Linux).
PR_SET_PDEATHSIG = 1
# libc is loaded here, in the parent, so the forked child only makes the call.
_PRCTL = getattr(ctypes.CDLL(None, use_errno=True), "prctl", None) if sys.platform == "linux" else None


def die_with_parent(parent: int, sig: int = signal.SIGKILL) -> bool:
    """Have this process get ``sig`` when process ``parent`` (its parent) dies.

    Linux only (elsewhere a no-op). Returns False when the parent is already
    gone: the signal will then never come, and the caller should end itself.
    """
    if _PRCTL is None:
        return True
    _PRCTL(PR_SET_PDEATHSIG, int(sig), 0, 0, 0)
    return os.getppid() == parent


def _exec_only_with_parent(parent: int) -> None:
    if not die_with_parent(parent):
        os._exit(1)


def child_options() -> dict:
    """Keyword arguments for ``subprocess.run`` of a converter or OCR engine:
    the child is killed when the worker that started it dies."""
    if _PRCTL is None:
        return {}
    return {"preexec_fn": partial(_exec_only_with_parent, os.getpid())}
