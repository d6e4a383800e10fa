"""Read one file into a Document: pick the reader, normalise, assemble text with offsets."""
from __future__ import annotations

import hashlib
from pathlib import Path

from .models import Document, Page
from .normalize import normalize
from .readers import ReadError, reader_for


class IngestError(Exception):
    """The file could not be read; the message says why in plain words."""


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_document(path: Path, doc_id: str, source: str, sha256: str | None = None) -> Document:
    """Read ``path``; raise IngestError with a reason when it cannot be read at all."""
    reader = reader_for(path)
    try:
        result = reader.read(path)
    except ReadError as e:
        raise IngestError(str(e)) from e
    doc = Document(doc_id=doc_id, source=source, sha256=sha256 or sha256_of(path),
                   format=reader.format or path.suffix.lstrip(".").lower(),
                   ocr_pages=sorted(result.ocr_pages), meta=dict(result.meta),
                   warnings=list(result.warnings))
    assemble(doc, result.blocks, result.page_count)
    if not doc.text.strip():
        raise IngestError("no text could be read from the file")
    return doc


def assemble(doc: Document, blocks, page_count: int | None) -> None:
    """Join normalised blocks with newlines; record each block's and page's offsets."""
    parts: list[str] = []
    pos = 0
    kept = []
    for b in blocks:
        t = normalize(b.text).strip()
        if not t:
            continue
        if parts:
            parts.append("\n")
            pos += 1
        b.text, b.start, b.end = t, pos, pos + len(t)
        parts.append(t)
        pos += len(t)
        kept.append(b)
    doc.text = "".join(parts)
    doc.blocks = kept
    if page_count:
        ocr = set(doc.ocr_pages)
        for n in range(1, page_count + 1):
            on_page = [b for b in kept if b.page == n]
            start = on_page[0].start if on_page else (doc.pages[-1].end if doc.pages else 0)
            end = on_page[-1].end if on_page else start
            doc.pages.append(Page(number=n, start=start, end=end, ocr=n in ocr))
