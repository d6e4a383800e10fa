"""Rich Text Format (.rtf, and RTF saved under a .doc name), through striprtf.

RTF is plain ASCII: Vietnamese letters come as Unicode escapes (``\\u7910?``) or as
bytes of the code page the header names (``\\ansicpg1258``, ``\\'e1``). striprtf
decodes both and ends a table cell with '|' and a row with a line break, so a row
becomes a table line as the .doc converters draw it and is read the same way
(``pipeline.reading.doc.text_blocks``).
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from pipeline.models import ReadResult
from pipeline.reading.base import Reader, ReadError
from pipeline.reading.doc import RTF_MAGIC, text_blocks

#: The code page of the bytes written as ``\'xx``.
CODE_PAGE = re.compile(rb"\\ansicpg(\d{3,5})")
DEFAULT_CODE_PAGE = "cp1252"
#: A table row as striprtf writes it: cells each closed by '|'.
ROW = re.compile(r"^(?=[^\n]*\|[ \t]*$)", re.M)


class RtfReader(Reader):
    format = "rtf"

    def read(self, path: Path) -> ReadResult:
        from striprtf.striprtf import rtf_to_text

        raw = path.read_bytes()
        if not raw.lstrip().startswith(RTF_MAGIC):
            raise ReadError("not an RTF file (no {\\rtf header)")
        encoding = _code_page(raw)
        try:
            text = rtf_to_text(raw.decode("latin-1"), encoding=encoding, errors="replace")
        except (ValueError, IndexError, RecursionError) as e:
            raise ReadError(f"RTF file could not be parsed ({e})") from e
        blocks = text_blocks(ROW.sub("|", text))
        if not blocks:
            raise ReadError("RTF file holds no text")
        return ReadResult(blocks=blocks, meta={"converter": "striprtf", "code_page": encoding})


def _code_page(raw: bytes) -> str:
    """The code page the header names, when Python knows it; else Windows Latin."""
    m = CODE_PAGE.search(raw[:2000])
    if m:
        name = "cp" + m.group(1).decode()
        try:
            codecs.lookup(name)
            return name
        except LookupError:
            pass
    return DEFAULT_CODE_PAGE
