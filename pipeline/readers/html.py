"""html files: not implemented yet."""
from __future__ import annotations

from pathlib import Path

from ..models import ReadResult
from .base import Reader, ReadError


class HtmlReader(Reader):
    format = "html"

    def read(self, path: Path) -> ReadResult:
        raise ReadError("html files are not supported yet")
