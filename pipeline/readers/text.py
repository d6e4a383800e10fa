"""Plain text. PLACEHOLDER: the ingestion work adds Markdown cleanup and legacy encodings."""
from __future__ import annotations

from pathlib import Path

from ..models import Block, ReadResult
from .base import Reader, ReadError


class TextReader(Reader):
    format = "txt"

    def read(self, path: Path) -> ReadResult:
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise ReadError(f"not UTF-8 text ({e})") from e
        blocks = [Block(line.strip()) for line in text.splitlines() if line.strip()]
        return ReadResult(blocks=blocks)
