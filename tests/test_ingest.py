"""read_document: refusal reasons, normalisation before assembly, offsets, status."""
from __future__ import annotations

import pytest

from pipeline.reading import ingest
from pipeline.reading.ingest import IngestError, read_document
from pipeline.reading.normalize import encode_tcvn3
from tests.conftest import shared_file


def _check_offsets(doc):
    for b in doc.blocks:
        assert doc.text[b.start:b.end] == b.text
    for p in doc.pages:
        assert 0 <= p.start <= p.end <= len(doc.text)


def test_markdown_document_offsets_and_normal_form():
    doc = read_document(shared_file("real", "192068354fd1ffe5.md"), "dt552", "real/192068354fd1ffe5.md")
    assert doc.format == "md" and doc.status == "ok"
    assert doc.text.startswith("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\n")
    assert "Số: 552/KH-UBND" in doc.text
    assert len(doc.sha256) == 64
    _check_offsets(doc)


def test_docx_document_keeps_its_tone_placement():
    doc = read_document(shared_file("real", "KH-3898_30.6.2026_Huan-luyen-nguoi-quan-ly.docx"), "kh3898", "x")
    assert "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" in doc.text     # as the file writes it
    assert "Số: /KH-SCT" in doc.text                          # runs of spaces collapsed
    # the title property is typed in TCVN3 ('ubnd tØnh Lµo Cai')
    assert doc.meta["title"] == "ubnd tỉnh Lào Cai"
    _check_offsets(doc)


def test_tcvn3_text_file_converted_with_warning(tmp_path):
    p = tmp_path / "legacy.txt"
    p.write_bytes(encode_tcvn3("KẾ HOẠCH\nThực hiện công tác dân số năm 2025 của Ủy ban nhân dân tỉnh\n"))
    doc = read_document(p, "l", "legacy.txt")
    assert "Thực hiện công tác dân số năm 2025" in doc.text
    assert any("TCVN3" in w for w in doc.warnings)


def test_vni_blocks_converted(tmp_path):
    p = tmp_path / "vni.txt"
    p.write_bytes("Keá hoaïch thöïc hieän coâng taùc daân soá naêm 2025\n".encode("cp1252"))
    doc = read_document(p, "v", "vni.txt")
    assert doc.text == "Kế hoạch thực hiện công tác dân số năm 2025"


def test_empty_file(tmp_path):
    p = tmp_path / "e.docx"
    p.write_bytes(b"")
    with pytest.raises(IngestError, match="empty file"):
        read_document(p, "e", "e.docx")


def test_unsupported_type(tmp_path):
    p = tmp_path / "a.xls"
    p.write_bytes(b"abc")
    with pytest.raises(IngestError, match="unsupported file type"):
        read_document(p, "a", "a.xls")


def test_missing_file(tmp_path):
    with pytest.raises(IngestError, match="cannot open"):
        read_document(tmp_path / "none.pdf", "n", "none.pdf")


def test_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 10)
    p = tmp_path / "big.txt"
    p.write_text("Kế hoạch số 1 năm 2025", encoding="utf-8")
    with pytest.raises(IngestError, match=r"file too large \(0 MB > limit 0 MB\)"):
        read_document(p, "b", "big.txt")


def test_whitespace_only_text(tmp_path):
    p = tmp_path / "w.txt"
    p.write_text(" \n\u200b\n \u00a0\n", encoding="utf-8")
    with pytest.raises(IngestError, match="no text"):
        read_document(p, "w", "w.txt")


def test_partial_when_pages_unread():
    from pipeline.models import Block, Document
    doc = Document(doc_id="d", source="s", sha256="0", format="pdf", meta={"unread_pages": [2, 3, 4, 7]})
    ingest.assemble(doc, [Block("a", page=1), Block("b", page=5)], 7)
    ingest._mark_partial(doc)
    assert doc.status == "partial"
    assert doc.error == "4 page(s) could not be read: 2-4, 7"
    assert [p.number for p in doc.pages] == list(range(1, 8))


def test_broken_layer_pdf_without_ocr_says_why(monkeypatch):
    from pipeline.reading import ocr
    path = shared_file("real", "QD-1050-kiem-tra-VLNCN-2026.pdf")
    monkeypatch.setattr(ocr, "tesseract_status", lambda: "tesseract is not installed")
    # every page's layer is garbage and there is no OCR: nothing worth keeping
    with pytest.raises(IngestError, match=r"no text could be read .*OCR unavailable.*pages 1-4"):
        read_document(path, "q", "q.pdf")


def test_scan_partial_when_some_pages_fail(monkeypatch, tmp_path):
    from pipeline.reading import ocr
    real = ocr.ocr_pages

    def fail_page_2(pdf, pages, workers=None, **options):
        texts, errors = real(pdf, [p for p in pages if p != 2], workers, **options)
        errors[2] = "OCR timed out after 180 s"
        return texts, errors

    if ocr.tesseract_status():
        pytest.skip("tesseract with vie not installed")
    monkeypatch.setattr(ocr, "ocr_pages", fail_page_2)
    doc = read_document(shared_file("real", "GP-2507-mo-da-Toong-Gia-Mien-Bac-ban-ky.pdf"), "gp", "gp.pdf")
    assert doc.status == "partial"
    assert doc.error == "1 page(s) could not be read: 2"
    assert doc.ocr_pages == [1]
    assert doc.pages[0].ocr and not doc.pages[1].ocr
    assert {b.page for b in doc.blocks} == {1}
    _check_offsets(doc)


def test_pdf_title_metadata_in_tcvn3_converted():
    doc = read_document(shared_file("real", "QD-2170-2026-CTDT-KCN-Ban-Qua.pdf"), "qd", "qd.pdf")
    assert doc.meta["title"] == "UBND TỈNH LÀO CAI"     # Unicode already: unchanged
    assert doc.pages[0].start == 0 and doc.page_at(doc.text.index("Căn cứ Luật Đầu tư")) == 1
    _check_offsets(doc)


def test_doc_ingest():
    doc = read_document(shared_file("real", "TT-15-2026-BCT-text.doc"), "tt15", "tt15.doc")
    assert doc.format == "doc" and "Số: 15/2026/TT-BCT" in doc.text
    _check_offsets(doc)


def test_mixed_document_converts_legacy_blocks_only(tmp_path):
    p = tmp_path / "mixed.txt"
    text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 12/KH-UBND ngày 5 tháng 6 năm 2024 của Ủy ban nhân dân tỉnh về việc triển khai\n")
    legacy = "KÕ ho¹ch thùc hiÖn c«ng t¸c d©n sè n¨m 2025\n"
    p.write_bytes(text.encode("utf-8") + legacy.encode("utf-8"))
    doc = read_document(p, "m", "mixed.txt")
    assert doc.text.splitlines()[-1] == "Kế hoạch thực hiện công tác dân số năm 2025"
    assert doc.text.startswith("CỘNG HÒA XÃ HỘI")
    assert "converted 1 block(s) from TCVN3" in doc.warnings
