"""Read one file into a Document: pick the reader, normalise, assemble text with offsets.

Steps of ``read_document``:

1. Refuse what cannot be a document: missing, empty, or larger than
   ``MAX_FILE_BYTES`` files; unsupported types (``reader_for`` sniffs the
   first bytes where the extension lies).
2. Run the reader; its ``ReadError`` becomes ``IngestError`` with the same reason.
3. Legacy 8-bit text (TCVN3, VNI) is detected once over the whole document and
   converted in every block, with a warning saying so.
4. Every block is normalised the same way (``normalize.normalize``, then words a
   copy glued together are split, ``syllables.split_glued_words``), then the
   blocks are joined with "\\n" into ``Document.text`` and their offsets
   recorded. Nothing changes the text after this point.
5. Pages the reader could not read (``meta["unread_pages"]``) make the
   document ``partial`` with the reason in ``error`` and ``warnings``.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

from pipeline.models import Block, Document, Page
from pipeline.reading.normalize import (convert_legacy, detect_legacy_encoding, fix_legacy_encoding,
                                       may_hold_legacy, normalize)
from pipeline.reading import ReadError, reader_for
from pipeline.reading.base import page_ranges
from pipeline.reading.syllables import split_glued_words

#: Larger files are refused: the biggest real plan (an 80-page scan) is 3.4 MB;
#: 200 MB is far above any plan document and keeps a stray archive or video
#: from tying up the batch.
MAX_FILE_BYTES = 200 * 1024 * 1024


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
    path = Path(path)
    _check_file(path)
    try:
        reader = reader_for(path)
        result = reader.read(path)
    except ReadError as e:
        raise IngestError(str(e)) from e
    doc = Document(doc_id=doc_id, source=source, sha256=sha256 or sha256_of(path),
                   format=reader.format or path.suffix.lstrip(".").lower(),
                   ocr_pages=sorted(result.ocr_pages), meta=dict(result.meta),
                   warnings=list(result.warnings))
    blocks = _fix_legacy(doc, result.blocks)
    assemble(doc, blocks, result.page_count)
    if not doc.text.strip():
        why = f" ({doc.warnings[0]})" if doc.warnings else ""
        raise IngestError("no text could be read from the file" + why)
    _mark_partial(doc)
    return doc


def _check_file(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as e:
        raise IngestError(f"cannot open file ({e.strerror or e})") from e
    if not path.is_file():
        raise IngestError("not a file")
    if size == 0:
        raise IngestError("empty file")
    if size > MAX_FILE_BYTES:
        raise IngestError(f"file too large ({size / 2**20:.0f} MB > limit "
                          f"{MAX_FILE_BYTES // 2**20} MB)")


def _fix_legacy(doc: Document, blocks: list[Block]) -> list[Block]:
    """Convert TCVN3/VNI blocks to Unicode when the document as a whole is legacy text."""
    whole = "\n".join(b.text for b in blocks)
    enc = detect_legacy_encoding(whole)
    if enc:
        for b in blocks:
            b.text = convert_legacy(b.text, enc)
        doc.warnings.append(f"converted from {enc}")
    elif may_hold_legacy(whole):
        # a Unicode document with some legacy-font paragraphs (a pasted old
        # text): each block on its own evidence
        converted: Counter[str] = Counter()
        for b in blocks:
            b.text, block_enc = fix_legacy_encoding(b.text)
            if block_enc:
                converted[block_enc] += 1
        for name, n in sorted(converted.items()):
            doc.warnings.append(f"converted {n} block(s) from {name}")
    # short metadata strings (a title property typed in .VnTime) on their own evidence
    for key, value in list(doc.meta.items()):
        if isinstance(value, str) and value:
            fixed, meta_enc = fix_legacy_encoding(value, min_signals=1)
            doc.meta[key] = normalize(fixed).strip() if meta_enc else value
    return blocks


def _mark_partial(doc: Document) -> None:
    unread = doc.meta.get("unread_pages") or []
    if unread:
        reason = f"{len(unread)} page(s) could not be read: {page_ranges(unread)}"
        doc.status = "partial"
        doc.error = reason
        if reason not in doc.warnings:
            doc.warnings.append(reason)


def assemble(doc: Document, blocks, page_count: int | None) -> None:
    """Join normalised blocks with newlines; record each block's and page's offsets.

    A block whose text holds line breaks keeps them (offsets stay exact); empty
    blocks are dropped.
    """
    parts: list[str] = []
    pos = 0
    kept = []
    for b in blocks:
        t = split_glued_words(normalize(b.text)).strip()
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
