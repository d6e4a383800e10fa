"""comparison.xlsx: safe cells, Vietnamese intact, frozen headers, identical bytes."""
from __future__ import annotations

import time

import openpyxl
import pytest

from pipeline.comparison import compare
from pipeline.publishing import excel
from tests.test_compare import CATALOGS, seed_items

TABLES = {
    "targets": [
        {"doc_id": "a", "quote": "=HYPERLINK(\"http://x\")", "group": "công chức", "value": 95.0},
        {"doc_id": "a", "quote": "- 95% công chức được bồi dưỡng kiến thức dân số cơ bản;",
         "group": "+cộng tác viên", "value": -1},
        {"doc_id": "b", "quote": "@SUM(A1)", "group": "viên chức\x07 dân số", "value": None},
    ],
    "references": [{"doc_id": "a", "symbol": "520/QĐ-TTg", "subject": "Đề án đào tạo"}],
    "a/b:c*d?": [],
}


@pytest.fixture(scope="module")
def comparison():
    return compare.build(seed_items(), CATALOGS)


@pytest.fixture(scope="module")
def book(tmp_path_factory, comparison):
    path = tmp_path_factory.mktemp("xlsx") / "comparison.xlsx"
    excel.write(path, comparison, TABLES)
    return path, openpyxl.load_workbook(path)


def test_sheets(book):
    _, wb = book
    assert wb.sheetnames[:3] == ["comparison", "comparison_long", "unmatched"]
    assert "targets" in wb.sheetnames and "references" in wb.sheetnames
    assert "a_b_c_d_" in wb.sheetnames        # characters Excel forbids are replaced


def test_formula_cells_are_neutralised(book):
    _, wb = book
    ws = wb["targets"]
    quotes = [ws.cell(row=r, column=2).value for r in (2, 3, 4)]
    assert quotes == ["'=HYPERLINK(\"http://x\")",
                      "'- 95% công chức được bồi dưỡng kiến thức dân số cơ bản;", "'@SUM(A1)"]
    assert ws.cell(row=3, column=3).value == "'+cộng tác viên"
    for row in wb["targets"].iter_rows():
        for c in row:
            assert c.data_type != "f", c.coordinate
    assert ws.cell(row=3, column=4).value == -1           # numbers stay numbers


def test_vietnamese_intact_and_control_characters_dropped(book):
    _, wb = book
    ws = wb["targets"]
    assert ws.cell(row=2, column=3).value == "công chức"
    assert ws.cell(row=4, column=3).value == "viên chức dân số"
    assert wb["references"]["B2"].value == "520/QĐ-TTg"


def test_comparison_sheet_layout(book, comparison):
    _, wb = book
    ws = wb["comparison"]
    assert ws.freeze_panes == "D2"
    assert [c.value for c in ws[1]] == comparison.wide_columns
    assert ws["A1"].font.bold
    row = {ws.cell(row=r, column=1).value: r for r in range(2, ws.max_row + 1)}["basic_knowledge"]
    hn = comparison.wide_columns.index("Hà Nội — 303/KH-UBND (2022-2030)") + 1
    assert ws.cell(row=row, column=hn).value == "≥95% (2025); 100% (2030)"
    long = wb["comparison_long"]
    assert long.freeze_panes == "A2"
    quote_col = compare.LONG_COLUMNS.index("quote") + 1
    assert long.cell(row=2, column=quote_col).alignment.wrap_text
    assert long.column_dimensions["A"].width >= excel.MIN_WIDTH


def test_same_inputs_same_bytes(tmp_path, comparison):
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    excel.write(a, comparison, TABLES)
    time.sleep(1.1)                      # a clock tick must not change the file
    excel.write(b, comparison, TABLES)
    assert a.read_bytes() == b.read_bytes()
