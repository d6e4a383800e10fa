"""scripts/reference_copies.py: a publisher's layout text of an annotated PDF, and its gold."""
from __future__ import annotations

import json

from scripts.reference_copies import main

LAYOUT = "   SỞ CÔNG THƯƠNG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n     Số: 15/KH-SCT\n"


def test_layout_texts_of_annotated_pdfs_are_copied_with_their_gold(tmp_path):
    texts, gold = tmp_path / "reference-text", tmp_path / "gold"
    texts.mkdir()
    gold.mkdir()
    (texts / "KH-15.txt").write_text(LAYOUT, encoding="utf-8")
    (texts / "CV-9.txt").write_text(LAYOUT, encoding="utf-8")          # no annotation
    (gold / "KH-15.json").write_text(json.dumps({"file": "KH-15.pdf", "agencies": []}), encoding="utf-8")
    (gold / "KH-15-docx.json").write_text(json.dumps({"file": "KH-15.docx"}), encoding="utf-8")   # not a PDF
    assert main(["--texts", str(texts), "--gold", str(gold), "--out", str(tmp_path / "out")]) == 0
    copied = json.loads((tmp_path / "out" / "gold" / "KH-15-ref.json").read_text(encoding="utf-8"))
    assert copied == {"file": "KH-15-ref.txt", "agencies": []}
    assert (tmp_path / "out" / "texts" / "KH-15-ref.txt").read_text(encoding="utf-8") == LAYOUT
    assert sorted(p.name for p in (tmp_path / "out" / "texts").iterdir()) == ["KH-15-ref.txt"]
