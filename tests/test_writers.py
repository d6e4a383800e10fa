"""Output files: atomic, spreadsheet-safe, Excel-readable."""
from __future__ import annotations

import csv

import pytest

from pipeline.publishing.writers import atomic_path, csv_bytes, safe_cell, write_csv


@pytest.mark.parametrize("cell, expected", [
    ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
    ("+84 292 3820", "'+84 292 3820"),
    ("- Sở Y tế chủ trì", "'- Sở Y tế chủ trì"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("95% công chức", "95% công chức"),
    (95.0, 95.0),
])
def test_formula_cells_are_neutralised(cell, expected):
    assert safe_cell(cell) == expected


def test_csv_has_bom_and_keeps_vietnamese(tmp_path):
    path = tmp_path / "t.csv"
    write_csv(path, [{"a": "Ủy ban nhân dân", "b": 5190.0, "c": None, "d": True}], ["a", "b", "c", "d"])
    raw = path.read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows == [["a", "b", "c", "d"], ["Ủy ban nhân dân", "5190", "", "true"]]


def test_interrupted_write_leaves_old_file_and_no_temp(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old")
    with pytest.raises(KeyboardInterrupt):
        with atomic_path(path) as tmp:
            tmp.write_text("half")
            raise KeyboardInterrupt
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_csv_rows_follow_columns():
    data = csv_bytes([{"b": 1, "a": 2, "extra": 3}], ["a", "b"]).decode("utf-8-sig")
    assert data.splitlines() == ["a,b", "2,1"]


def test_unchanged_bytes_leave_the_file_untouched(tmp_path):
    from pipeline.publishing.writers import write_bytes
    path = tmp_path / "a.csv"
    write_bytes(path, b"x,y\n")
    before = path.stat().st_mtime_ns, path.stat().st_ino
    write_bytes(path, b"x,y\n")
    assert (path.stat().st_mtime_ns, path.stat().st_ino) == before
    write_bytes(path, b"x,z\n")
    assert path.read_bytes() == b"x,z\n"
