"""scripts/site_copies.py: the copies `make eval` scores, and the annotations renamed to them."""
from __future__ import annotations

import json

from scripts.site_copies import main, site_copy
from tests.conftest import saved_run

TEXT = "KẾ HOẠCH\nI. MỤC TIÊU\n" + "1. Giảm tỷ lệ sinh con thứ ba xuống dưới 10% vào năm 2030.\n" * 30


def test_a_site_copy_keeps_the_words_and_loses_the_line_breaks():
    copy = site_copy(TEXT, "a.txt")
    assert copy.split() == TEXT.split()
    assert "\nI. MỤC TIÊU\n" not in copy
    assert all(len(line) <= 400 for line in copy.split("\n"))
    assert copy == site_copy(TEXT, "a.txt") and copy != site_copy(TEXT, "b.txt")


def test_copies_and_renamed_annotations_are_written(tmp_path):
    gold = tmp_path / "corpus" / "gold"
    run = saved_run(tmp_path, "kh-12", TEXT, gold)
    (gold / "missing.json").write_text(json.dumps({"file": "other.pdf"}), encoding="utf-8")
    assert main(["--extracted", str(run), "--gold", str(gold), "--out", str(tmp_path / "copies")]) == 0
    copied = json.loads((tmp_path / "copies" / "gold" / "corpus-gold" / "kh-12.json").read_text(encoding="utf-8"))
    assert copied["file"] == "corpus-gold__kh-12.txt"
    assert (tmp_path / "copies" / "texts" / copied["file"]).read_text(encoding="utf-8").split() == TEXT.split()
    assert not (tmp_path / "copies" / "gold" / "corpus-gold" / "missing.json").exists()
