"""doc files: not implemented yet."""
from __future__ import annotations

from pathlib import Path

from ..models import ReadResult
from .base import Reader, ReadError


class DocReader(Reader):
    format = "doc"

    def read(self, path: Path) -> ReadResult:
        raise ReadError("doc files are not supported yet")
