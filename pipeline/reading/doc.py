"""Legacy Word 97-2003 .doc files, through command-line converters.

1. ``antiword -w 0 -m UTF-8.txt``: one line per paragraph, tables drawn with
   '|' and kept in document order. Table cells become their own blocks
   (kind ``table_row``); in layout tables of one or two columns (the header
   and the signature block) each column is read top to bottom and wrapped
   fragments of a cell are rejoined.
2. If antiword cannot read the file, ``catdoc -d utf-8 -w`` (one line per
   paragraph, tables flattened).
3. If both fail, LibreOffice (``soffice --headless --convert-to txt``) when
   installed. (RTF saved under a .doc name goes to ``pipeline.reading.rtf``.)
"""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from pipeline.models import Block, ReadResult
from pipeline.reading.base import Reader, ReadError, child_options
from pipeline.reading.lines import join_wrapped, list_kind

#: First bytes of a Word 97-2003 file (an OLE2 compound file) and of RTF.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
RTF_MAGIC = b"{\\rtf"
#: Seconds allowed for one converter run.
CONVERT_TIMEOUT = 120
#: A table line as antiword draws it: starts and ends with '|'.
TABLE_LINE_RE = re.compile(r"^\s*\|.*\|\s*$")
#: Placeholders antiword prints for pictures.
PICTURE_RE = re.compile(r"^\[(?:pic|picture)\]$", re.I)
#: Tables with at most this many non-empty columns are layout tables (header,
#: signature), read column by column.
LAYOUT_TABLE_COLUMNS = 2
#: Drawn rules under header lines ("-------").
RULE_RE = re.compile(r"-{3,}")


class DocReader(Reader):
    format = "doc"

    def read(self, path: Path) -> ReadResult:
        with path.open("rb") as f:
            head = f.read(len(OLE_MAGIC))
        if head.startswith(RTF_MAGIC):
            from pipeline.reading.rtf import RtfReader     # (RTF saved under a .doc name)
            return RtfReader().read(path)
        if head != OLE_MAGIC:
            # catdoc prints any bytes it is given as "text": check first
            raise ReadError("not a Word document (no Word 97-2003 header)")
        errors = []
        for convert in (_antiword, _catdoc):
            try:
                text, via = convert(path)
            except _ConvertError as e:
                errors.append(str(e))
                continue
            if text.strip():
                return ReadResult(blocks=text_blocks(text), meta={"converter": via})
        try:
            text, via = _soffice(path)
            return ReadResult(blocks=text_blocks(text), meta={"converter": via})
        except _ConvertError as e:
            errors.append(str(e))
        raise ReadError("cannot read this Word .doc file: " + "; ".join(errors))


class _ConvertError(Exception):
    pass


def _run(cmd: list[str]) -> str:
    if not shutil.which(cmd[0]):
        raise _ConvertError(f"{cmd[0]} is not installed")
    try:
        out = subprocess.run(cmd, capture_output=True, timeout=CONVERT_TIMEOUT, **child_options())
    except subprocess.TimeoutExpired:
        raise _ConvertError(f"{cmd[0]} timed out") from None
    if out.returncode != 0:
        msg = out.stderr.decode("utf-8", "replace").strip().splitlines()
        raise _ConvertError(f"{cmd[0]}: {msg[-1] if msg else 'failed'}")
    return out.stdout.decode("utf-8", "replace")


def _antiword(path: Path) -> tuple[str, str]:
    return _run(["antiword", "-w", "0", "-m", "UTF-8.txt", str(path)]), "antiword"


def _catdoc(path: Path) -> tuple[str, str]:
    return _run(["catdoc", "-d", "utf-8", "-w", str(path)]), "catdoc"


def _soffice(path: Path) -> tuple[str, str]:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise _ConvertError("LibreOffice is not installed")
    with tempfile.TemporaryDirectory(prefix="kehoach-doc-") as tmp:
        _run([exe, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", tmp, str(path)])
        out = list(Path(tmp).glob("*.txt"))
        if not out:
            raise _ConvertError("LibreOffice produced no text")
        return out[0].read_text(encoding="utf-8-sig", errors="replace"), "soffice"


def text_blocks(text: str) -> list[Block]:
    """Blocks from converter output: paragraphs one per line, tables as cells."""
    blocks: list[Block] = []
    table: list[str] = []
    for line in text.replace("\f", "\n").splitlines():
        if TABLE_LINE_RE.match(line):
            table.append(line)
            continue
        if table:
            blocks.extend(_table_blocks(table))
            table = []
        line = line.strip()
        if line and not PICTURE_RE.match(line):
            blocks.append(Block(line, kind=list_kind(line)))
    if table:
        blocks.extend(_table_blocks(table))
    return blocks


def _table_blocks(lines: list[str]) -> list[Block]:
    rows = [line.strip()[1:-1].split("|") for line in lines]
    width = max(len(r) for r in rows)
    columns = [[r[c] if c < len(r) else "" for r in rows] for c in range(width)]
    filled = [col for col in columns if any(cell.strip() for cell in col)]
    if len(filled) <= LAYOUT_TABLE_COLUMNS:
        out = []
        for col in filled:
            cell_width = max(len(c) for c in col)
            cells = [RULE_RE.sub("", c).strip() for c in col]
            for para in join_wrapped(cells, cell_width):
                out.append(Block(para, kind="table_row"))
        return out
    return [Block(RULE_RE.sub("", cell).strip(), kind="table_row")
            for row in rows for cell in row if RULE_RE.sub("", cell).strip()]
