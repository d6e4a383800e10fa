"""Writing outputs: atomically, deterministically, and safely for spreadsheets.

Every file is written to a temporary sibling and renamed into place, so an
interrupted run never leaves a half-written file. CSV files are UTF-8 with a
byte-order mark (Excel needs it to show Vietnamese) and cells that a
spreadsheet would run as a formula are neutralised.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Iterable, Iterator

from pipeline.text import value_text

# A cell starting with one of these is read as a formula by Excel/LibreOffice
# ("CSV injection"); a leading apostrophe makes it plain text. Tab and CR are
# in the OWASP list too.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: A plain number ("-20", "+3.5", "-1e-3"): a spreadsheet reads it as the number
#: it is, so it is left alone (a difference of -20 stays a number).
NUMBER_RE = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
#: Characters of a temporary file name kept from the target's name: the name
#: plus the random part must stay under the 255 bytes file systems allow.
TMP_NAME_CHARS = 60


def safe_cell(value):
    """Return ``value`` unchanged unless it is text a spreadsheet would execute."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not NUMBER_RE.fullmatch(value):
        return "'" + value
    return value


def _umask() -> int:
    """The process's umask, read without changing it where Linux tells it."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _file_mode() -> int:
    """Mode for new files: what the user's umask allows (mkstemp makes 0600)."""
    return 0o666 & ~_umask()


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it over ``path`` on success."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:TMP_NAME_CHARS]}.", suffix=".tmp", dir=path.parent)
    os.fchmod(fd, _file_mode())
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_bytes(path: Path, data: bytes) -> None:
    """Write atomically; a file already holding these bytes is left untouched,
    so a re-run with nothing changed changes nothing on disk."""
    if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
        return
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def json_bytes(obj) -> bytes:
    """JSON for people and diffs: UTF-8 letters as they are, one item a line."""
    return (json.dumps(obj, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def as_row(record) -> dict:
    return asdict(record) if is_dataclass(record) else dict(record)


def csv_bytes(rows: Iterable, columns: list[str]) -> bytes:
    """CSV text for people: BOM, every row in ``columns`` order, formulas neutralised."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    # the csv module quotes fields holding "\n" but not a lone "\r" (it only
    # looks for the line terminator): rows with one are written fully quoted
    quoted = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_ALL)
    w.writerow(columns)
    for r in rows:
        d = as_row(r)
        cells = [safe_cell(value_text(d.get(c))) for c in columns]
        (quoted if any("\r" in c for c in cells) else w).writerow(cells)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def write_csv(path: Path, rows: Iterable, columns: list[str]) -> None:
    write_bytes(path, csv_bytes(rows, columns))
