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
import tempfile
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Iterable, Iterator

# A cell starting with one of these is read as a formula by Excel/LibreOffice
# ("CSV injection"); a leading apostrophe makes it plain text. Tab and CR are
# in the OWASP list too.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """Return ``value`` unchanged unless it is text a spreadsheet would execute."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it over ``path`` on success."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
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


def write_json(path: Path, obj) -> None:
    write_text(path, json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=False) + "\n")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def as_row(record) -> dict:
    return asdict(record) if is_dataclass(record) else dict(record)


def csv_bytes(rows: Iterable, columns: list[str]) -> bytes:
    """CSV text for people: BOM, every row in ``columns`` order, formulas neutralised."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        d = as_row(r)
        w.writerow([safe_cell(_cell(d.get(c))) for c in columns])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def write_csv(path: Path, rows: Iterable, columns: list[str]) -> None:
    write_bytes(path, csv_bytes(rows, columns))
