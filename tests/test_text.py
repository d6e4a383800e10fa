"""Shared text helpers: one accent-stripping rule for file names and loose matching."""
from __future__ import annotations

import unicodedata

import pytest

from pipeline.extraction.registry import fold
from pipeline.text import strip_marks, value_text


@pytest.mark.parametrize("text, expected", [
    ("Kế hoạch Đà Nẵng", "Ke hoach Da Nang"),
    ("Quyết định số 520/QĐ-TTg", "Quyet dinh so 520/QD-TTg"),
    ("thủy lợi, khỏe mạnh", "thuy loi, khoe manh"),
    ("plain ASCII 2025", "plain ASCII 2025"),
])
def test_strip_marks_keeps_letters_and_drops_marks(text, expected):
    assert strip_marks(text) == expected


def test_strip_marks_reads_decomposed_text_like_composed():
    composed = "Nghệ An"
    assert strip_marks(unicodedata.normalize("NFD", composed)) == strip_marks(composed) == "Nghe An"


@pytest.mark.parametrize("text, expected", [
    ("Ủy ban nhân dân tỉnh Sóc Trăng", "UY BAN NHAN DAN TINH SOC TRANG"),
    ("QĐ", "QD"),
    ("", ""),
    (None, ""),
])
def test_fold_is_upper_case_without_marks(text, expected):
    assert fold(text) == expected


@pytest.mark.parametrize("value, expected", [
    (None, ""), (95.0, "95"), (95.5, "95.5"), (2030, "2030"), (True, "true"), (False, "false"),
    ("Sở Y tế", "Sở Y tế"),
])
def test_value_text_as_csv_cells_write_it(value, expected):
    assert value_text(value) == expected


def test_value_text_takes_the_words_for_empty_and_booleans():
    assert value_text(None, empty="—") == "—"
    assert value_text(True, yes="có", no="không") == "có"
    assert value_text(False, yes="có", no="không") == "không"
