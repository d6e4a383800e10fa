"""One reader per input format behind one interface.

``reader_for(path)`` picks the reader by extension (and, where the extension
lies, by the file's first bytes). Readers return raw blocks; they never
analyse the text — normalisation and assembly happen in ``pipeline.ingest``.
"""
from __future__ import annotations

from pathlib import Path

from .base import Reader, ReadError
from .text import TextReader

READERS: dict[str, type[Reader]] = {
    ".txt": TextReader,
    ".md": TextReader,
}


def supported_suffixes() -> list[str]:
    return sorted(READERS)


def reader_for(path: Path) -> Reader:
    cls = READERS.get(path.suffix.lower())
    if cls is None:
        raise ReadError(f"unsupported file type '{path.suffix or '(none)'}'")
    return cls()


__all__ = ["Reader", "ReadError", "reader_for", "supported_suffixes", "READERS"]
