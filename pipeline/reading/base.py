"""The reader interface and its error."""
from __future__ import annotations

from abc import ABC, abstractmethod
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
