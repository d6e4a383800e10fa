"""comparison.xlsx: the comparison laid out for reading, and every extracted table.

Sheets: ``comparison`` (indicators × plans), ``comparison_long`` (one row per
matched target), ``unmatched`` (targets no indicator took), then one sheet per
table the batch extracted (documents, references, targets, …).

Values a reviewer accepted (✓) or corrected (✎) are also filled green or
orange in the ``comparison`` sheet.

Every text cell goes through ``writers.safe_cell`` — the same neutralisation
as the CSV files, so a quote starting with "=" or "-" is text, never a
formula. The file is byte-identical for identical inputs: workbook timestamps
and the zip entries' dates are fixed.
"""
from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from pipeline.comparison.compare import (LONG_COLUMNS, UNMATCHED_COLUMNS, WIDE_LEAD, WIDE_TAIL, Comparison,
                                         cell_targets, family_table)
from pipeline.publishing.writers import safe_cell, write_bytes

# Stamped as the workbook's created/modified time and on every zip entry, so
# re-running on the same inputs rewrites the same bytes (1980-01-01 is the
# earliest date a zip entry can carry).
FIXED_TIME = datetime(1980, 1, 1)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
CORE_TIME_RE = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")
CORE_TIME = b"1980-01-01T00:00:00Z"

# Column widths in characters: measured from the content, between these bounds.
MIN_WIDTH = 6
MAX_WIDTH = 45
# Columns of running text: fixed width, wrapped.
WRAP_WIDTH = {"quote": 80, "indicator": 50, "indicator_en": 45, "action": 45, "group": 35,
              "title": 50, "subject": 45, "task": 60, "warnings": 40, "reason": 35}
PLAN_WIDTH = 24          # a plan's column in the wide sheet (header wraps)
MEASURE_ROWS = 200       # rows looked at when sizing a column

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
# A comparison cell holding a value a reviewer corrected, or else accepted.
REVIEW_FILLS = {"corrected": PatternFill("solid", fgColor="F9D9B5"),
                "accepted": PatternFill("solid", fgColor="D5EDD3")}

# Characters Excel forbids in a sheet name, and its length limit.
SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_MAX = 31


def cell_value(value):
    """A Python value as a safe worksheet value (text neutralised, no control characters)."""
    if value is None:
        return None
    if isinstance(value, (list, tuple, set)):
        value = "; ".join(str(v) for v in value)
    elif isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, str):
        return safe_cell(ILLEGAL_CHARACTERS_RE.sub("", value))
    return value


def sheet_name(name: str, taken: set[str]) -> str:
    base = SHEET_NAME_BAD.sub("_", name)[:SHEET_NAME_MAX] or "sheet"
    out, n = base, 1
    while out.lower() in taken:
        n += 1
        out = f"{base[:SHEET_NAME_MAX - len(str(n)) - 1]}_{n}"
    taken.add(out.lower())
    return out


def columns_of(rows: list[dict]) -> list[str]:
    """Column order: keys of the first row, then new keys as they appear."""
    cols: dict[str, None] = {}
    for r in rows:
        for k in r:
            cols.setdefault(k, None)
    return list(cols)


def _width(col: str, values) -> float:
    if col in WRAP_WIDTH:
        return WRAP_WIDTH[col]
    longest = max([len(col)] + [len(str(v)) for v in values if v is not None])
    return max(MIN_WIDTH, min(MAX_WIDTH, longest + 2))


def add_sheet(wb: Workbook, title: str, rows: list[dict], columns: list[str],
              freeze: str = "A2", widths: dict[str, float] | None = None) -> None:
    """One table as a sheet: bold frozen header, sized columns, wrapped running text."""
    ws = wb.create_sheet(title)
    ws.append([cell_value(c) for c in columns])
    for c in ws[1]:
        c.font, c.fill, c.alignment = HEADER_FONT, HEADER_FILL, WRAP
    for r in rows:
        ws.append([cell_value(r.get(c)) for c in columns])
    widths = widths or {}
    for i, col in enumerate(columns, start=1):
        letter = get_column_letter(i)
        sample = [r.get(col) for r in rows[:MEASURE_ROWS]]
        ws.column_dimensions[letter].width = widths.get(col) or _width(col, sample)
        wrapped = col in WRAP_WIDTH or col in widths
        for cell in ws.iter_cols(min_col=i, max_col=i, min_row=2):
            for c in cell:
                c.alignment = WRAP if wrapped else TOP
    ws.freeze_panes = freeze
    if rows:
        ws.auto_filter.ref = ws.dimensions


def mark_reviewed(ws, comparison: Comparison) -> None:
    """Fill the wide sheet's cells that hold reviewed values (corrected wins over accepted)."""
    plans = [(p, comparison.wide_columns.index(p.header) + 1) for p in comparison.columns_shown()]
    for i, row in enumerate(comparison.wide_rows, start=2):
        for plan, j in plans:
            states = {r.get("review") for r in cell_targets(comparison, row["indicator_id"], plan.doc_id)}
            state = next((s for s in REVIEW_FILLS if s in states), None)
            if state:
                ws.cell(row=i, column=j).fill = REVIEW_FILLS[state]


def build_workbook(comparison: Comparison, tables: dict[str, list[dict]]) -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    taken: set[str] = set()
    plan_cols = comparison.wide_columns[len(WIDE_LEAD):-len(WIDE_TAIL)]
    add_sheet(wb, sheet_name("comparison", taken), comparison.wide_rows, comparison.wide_columns,
              freeze="D2", widths={c: PLAN_WIDTH for c in plan_cols})
    mark_reviewed(wb.worksheets[-1], comparison)
    add_sheet(wb, sheet_name("comparison_long", taken), comparison.long_rows, LONG_COLUMNS)
    add_sheet(wb, sheet_name("unmatched", taken), comparison.unmatched_rows, UNMATCHED_COLUMNS)
    for fam in comparison.families.values():
        rows, cols = family_table(comparison, fam)
        if rows and len(cols) > len(WIDE_LEAD) + len(WIDE_TAIL) + 1:     # two plans or more
            add_sheet(wb, sheet_name(fam.label, taken), rows, cols, freeze="D2",
                      widths={c: PLAN_WIDTH for c in cols[len(WIDE_LEAD):-len(WIDE_TAIL)]})
    for name, rows in tables.items():
        add_sheet(wb, sheet_name(name, taken), rows, columns_of(rows))
    wb.properties.created = wb.properties.modified = FIXED_TIME
    wb.properties.creator = "kehoach"
    return wb


def _fixed_zip(data: bytes) -> bytes:
    """The same zip with every entry dated ZIP_TIME and core timestamps fixed."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = CORE_TIME_RE.sub(rb"\g<1>" + CORE_TIME + rb"\g<2>", body)
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, body)
    return out.getvalue()


def workbook_bytes(comparison: Comparison, tables: dict[str, list[dict]]) -> bytes:
    buf = io.BytesIO()
    build_workbook(comparison, tables).save(buf)
    return _fixed_zip(buf.getvalue())


def write(path: Path, comparison: Comparison, tables: dict[str, list[dict]]) -> None:
    """Write comparison.xlsx atomically; unchanged inputs give an unchanged file."""
    data = workbook_bytes(comparison, tables)
    path = Path(path)
    if path.exists() and path.read_bytes() == data:
        return
    write_bytes(path, data)
