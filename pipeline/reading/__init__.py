"""One reader per input format behind one interface.

``reader_for(path)`` picks the reader by extension and, where the extension
lies (a .doc that is really a .docx or RTF, a .pdf saved as .doc), by the file's
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
from pipeline.reading.rtf import RtfReader
from pipeline.reading.text import MarkdownReader, TextReader

READERS: dict[str, type[Reader]] = {
    ".txt": TextReader,
    ".md": MarkdownReader,
    ".docx": DocxReader,
    ".doc": DocReader,
    ".pdf": PdfReader,
    ".html": HtmlReader,
    ".htm": HtmlReader,
    ".rtf": RtfReader,
}

#: First bytes of the binary formats we read, and the extension they mean.
MAGIC: list[tuple[bytes, str]] = [
    (b"%PDF", ".pdf"),
    (b"PK\x03\x04", ".docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".doc"),   # OLE2 compound file (Word 97-2003)
    (b"{\\rtf", ".rtf"),                              # RTF, often saved as .doc
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


def choose_reader(path: Path) -> type[Reader]:
    """The reader class for ``path``: by its content where that tells, else by extension."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in READERS:
        raise ReadError(f"unsupported file type '{path.suffix or '(none)'}'")
    actual = sniff(path)
    if actual and actual != suffix and not (suffix == ".htm" and actual == ".html"):
        return READERS[actual]
    return READERS[suffix]


def how_read(path: Path) -> str:
    """A short name for how ``path`` is read (reader and format), part of the
    reading cache key: the same bytes read by another reader are another reading."""
    cls = choose_reader(path)
    return f"{cls.__name__}.{cls.format}"


def reader_for(path: Path) -> Reader:
    """The reader for ``path``, once the file passed the checks its container needs."""
    cls = choose_reader(path)
    if cls.format == "docx":
        check_zip(Path(path))
    return cls()


#: A Word (or any Office) zip is refused when its parts unpack to more than
#: this: the largest real .docx (photos included) unpacks to a few MB, and a
#: zip bomb — 1 MB inflating to 1 GB — must be refused before it is unpacked.
MAX_INFLATED_BYTES = 256 * 2**20
#: The XML parts alone (text, styles, numbering) are parsed into memory, at
#: some ten times their size; real documents have at most a few MB of XML.
MAX_XML_BYTES = 64 * 2**20


def check_zip(path: Path) -> None:
    """Refuse a zip container whose declared unpacked sizes are too large.

    Python's zipfile never unpacks more than a member's declared size, so the
    sum of the declared sizes bounds what any reader can be made to unpack.
    """
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return      # the reader reports a damaged file in its own words
    total = sum(i.file_size for i in infos)
    xml = sum(i.file_size for i in infos if i.filename.lower().endswith((".xml", ".rels")))
    if total > MAX_INFLATED_BYTES or xml > MAX_XML_BYTES:
        raise ReadError(f"refused: the file unpacks to {_mb(total)} "
                        f"({_mb(xml)} of XML; limits {_mb(MAX_INFLATED_BYTES)} and "
                        f"{_mb(MAX_XML_BYTES)} of XML), a zip bomb or not a plan")


def _mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB"


__all__ = ["Reader", "ReadError", "reader_for", "choose_reader", "how_read", "check_zip",
           "supported_suffixes", "sniff", "READERS"]
