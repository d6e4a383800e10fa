"""The reader interface and its error."""
from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path

from ..models import ReadResult


class ReadError(Exception):
    """A file that cannot be read, with a reason a person understands."""


class Reader(ABC):
    #: value of Document.format for files this reader handles
    format: str = ""

    @abstractmethod
    def read(self, path: Path) -> ReadResult:
        """Read ``path`` into blocks; raise ReadError with a plain reason on failure."""
