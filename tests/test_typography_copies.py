"""scripts/typography_copies.py: the ways of writing `make eval` scores, and their annotations."""
from __future__ import annotations

import json

from scripts.typography_copies import (AS_SAVED, counted_parts, date_in_figures, decimal_numbers,
                                       dotted_points, horizon_to_its_end, write)
from tests.conftest import saved_run

TEXT = ("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 556/KH-UBND\nĐồng Tháp, ngày 19 tháng 11 năm 2025\nKẾ HOẠCH\n"
        "I. MỤC TIÊU\n1. Mục tiêu cụ thể đến năm 2030\n- 100% hồ sơ được số hóa.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\na) Chủ trì triển khai.\nb) Báo cáo kết quả đến năm 2030.\n")


def test_each_way_rewrites_only_its_marks():
    assert decimal_numbers(TEXT).count("\n2.1. Sở Y tế\n") == 1 and "\n1.1. Mục tiêu" in decimal_numbers(TEXT)
    assert "\nPhần II. TỔ CHỨC THỰC HIỆN\n" in counted_parts(TEXT)
    assert "\na. Chủ trì" in dotted_points(TEXT) and "a)" not in dotted_points(TEXT)
    assert "Đồng Tháp, ngày 19/11/2025" in date_in_figures(TEXT)
    # a heading's horizon only: a sentence keeps its words (annotations quote them)
    assert "Mục tiêu cụ thể đến hết năm 2030" in horizon_to_its_end(TEXT)
    assert "Báo cáo kết quả đến năm 2030." in horizon_to_its_end(TEXT)


def test_copies_and_annotations_are_written_per_way(tmp_path):
    gold = tmp_path / "g1" / "tune"
    run = saved_run(tmp_path, "kh-556", TEXT, gold)
    written = write(run, [gold], tmp_path / "copies")
    ways = sorted(p.name for p in (tmp_path / "copies" / "gold").iterdir())
    assert AS_SAVED in ways and "decimal-numbers" in ways and written == len(ways)
    saved = json.loads((tmp_path / "copies" / "gold" / AS_SAVED / "g1-tune__kh-556.json").read_text(encoding="utf-8"))
    assert (tmp_path / "copies" / "texts" / saved["file"]).read_text(encoding="utf-8") == TEXT
