"""pdf files: not implemented yet."""
from __future__ import annotations

from pathlib import Path

from ..models import ReadResult
from .base import Reader, ReadError


class PdfReader(Reader):
    format = "pdf"

    def read(self, path: Path) -> ReadResult:
        raise ReadError("pdf files are not supported yet")
