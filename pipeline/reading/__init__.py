"""One reader per input format behind one interface.

``reader_for(path)`` picks the reader by extension and, where the extension
lies (a .doc that is really a .docx, a .pdf saved as .doc), by the file's
first bytes. Readers return raw blocks; they never analyse the text —
normalisation and assembly happen in ``pipeline.reading.ingest``.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from pipeline.reading.base import Reader, ReadError
from pipeline.reading.doc import DocReader
from pipeline.reading.docx import DocxReader
from pipeline.reading.html import HtmlReader
from pipeline.reading.pdf import PdfReader
from pipeline.reading.text import MarkdownReader, TextReader

READERS: dict[str, type[Reader]] = {
    ".txt": TextReader,
    ".md": MarkdownReader,
    ".docx": DocxReader,
    ".doc": DocReader,
    ".pdf": PdfReader,
    ".html": HtmlReader,
    ".htm": HtmlReader,
}

#: First bytes of the binary formats we read, and the extension they mean.
MAGIC: list[tuple[bytes, str]] = [
    (b"%PDF", ".pdf"),
    (b"PK\x03\x04", ".docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".doc"),   # OLE2 compound file (Word 97-2003)
    (b"{\\rtf", ".doc"),                              # RTF saved as .doc
]
#: How far into a file to look for an HTML start tag.
HTML_SNIFF_BYTES = 1024


def supported_suffixes() -> list[str]:
    return sorted(READERS)


def sniff(path: Path) -> str | None:
    """The extension the file's content says it has, or None when unsure."""
    try:
        with path.open("rb") as f:
            head = f.read(HTML_SNIFF_BYTES)
    except OSError:
        return None
    for magic, suffix in MAGIC:
        if head.startswith(magic):
            if suffix == ".docx" and not _is_word_zip(path):
                return None
            return suffix
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return ".html"
    return None


def _is_word_zip(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as z:
            return "word/document.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError):
        return True   # a damaged zip: let the docx reader say so


def reader_for(path: Path) -> Reader:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in READERS:
        raise ReadError(f"unsupported file type '{path.suffix or '(none)'}'")
    actual = sniff(path)
    if actual and actual != suffix and not (suffix == ".htm" and actual == ".html"):
        return READERS[actual]()
    return READERS[suffix]()


__all__ = ["Reader", "ReadError", "reader_for", "supported_suffixes", "sniff", "READERS"]
