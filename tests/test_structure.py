"""Document anatomy on the seeds, the real files and small hand-made texts."""
from __future__ import annotations

import pytest

from pipeline import structure
from pipeline.ingest import read_document
from tests.conftest import shared_file
from tests.test_references import doc_of


@pytest.fixture
def can_tho():
    p = shared_file("seeds", "004_eb961772fc34a68b.txt")
    d = read_document(p, "004", str(p))
    return d, structure.parse(d)


def test_seed_header_and_title(can_tho):
    _, s = can_tho
    assert s.header["symbol"] == "" and s.header["symbol_suffix"] == "KH-UBND"
    assert s.header["place"] == "Cần Thơ" and s.header["year"] == 2026 and s.header["day"] is None
    assert s.header["type"] == "KẾ HOẠCH"
    assert s.header["title"].startswith("Đào tạo, bồi dưỡng") and s.header["title"].endswith("Cần Thơ")


@pytest.mark.parametrize("path,role,heading", [
    ("I", "baseline", "I. KẾT QUẢ THỰC HIỆN"),
    ("I.1.d", "baseline", "d) Cộng tác viên dân số"),
    ("II", "objectives", "II. MỤC TIÊU"),
    ("II.2.b", "objectives", "b) Công tác đào tạo, bồi dưỡng"),
    ("II.2.c", "needs", "c) Nhu cầu bồi dưỡng"),
    ("III", "scope", "III. ĐỐI TƯỢNG, PHẠM VI"),
    ("IV.1.đ", "tasks", "đ) Khuyến khích"),
    ("V", "funding", "V. KINH PHÍ"),
    ("VI", "implementation", "VI. TỔ CHỨC THỰC HIỆN"),
    ("VI.1", "implementation", "1. Sở Y tế"),
    ("VI.1.b", "implementation", "b) Rà soát nhu cầu"),   # "nhu cầu" inside a sentence says nothing
    ("VI.5", "implementation", "5. Ủy ban nhân dân xã, phường"),
])
def test_seed_sections(can_tho, path, role, heading):
    d, s = can_tho
    sec = {x.path: x for x in s.sections}[path]
    assert sec.role == role and sec.heading.startswith(heading)
    assert d.text[sec.start:sec.heading_end] == sec.heading
    assert sec.level == path.count(".") + 1


def test_seed_section_nesting(can_tho):
    _, s = can_tho
    by = {x.path: x for x in s.sections}
    assert by["VI"].start <= by["VI.1"].start < by["VI.1"].end <= by["VI.2"].start <= by["VI"].end
    assert by["VI"].end <= s.body_end
    assert [x.path for x in s.sections if x.path.startswith("VI.1.")][-2:] == ["VI.1.g", "VI.1.h"]


def test_seed_signature_and_recipients(can_tho):
    d, s = can_tho
    assert s.signature["on_behalf"] == "TM. ỦY BAN NHÂN DÂN" and s.signature["for"] == "KT. CHỦ TỊCH"
    assert s.signature["signer_title"] == "Phó Chủ tịch" and s.signature["signer"] == "Nguyễn Văn Khởi"
    assert s.recipients[0] == "Cục Dân số, Bộ Y tế (b/c)" and "Lưu: VT, MK" in s.recipients
    assert d.text[s.body_end:].startswith("Trên đây là Kế hoạch")


def test_decision_articles_and_decimal_sections():
    text = ("SỞ CÔNG THƯƠNG\nSố: 1050 /QĐ-SCT Lào Cai, ngày 06 tháng 3 năm 2026\nQUYẾT ĐỊNH\n"
            "Kiểm tra việc chấp hành pháp luật\nGIÁM ĐỐC SỞ CÔNG THƯƠNG\nCăn cứ Luật số 42/2024/QH15;\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Thành lập Đoàn kiểm tra\n1. Ông: Hoàng Văn Thuân - Trưởng đoàn;\n"
            "Điều 4. Kinh phí hoạt động\nĐiều 5. Tổ chức thực hiện\n1. Đoàn kiểm tra tự giải thể.\n"
            "1.1. Mục tiêu đến năm 2030\nNơi nhận: GIÁM ĐỐC\n- Như Điều 5;\n- Lưu: VT.\nHoàng Chí Hiền")
    d = doc_of(text)
    s = structure.parse(d)
    assert s.header["symbol"] == "1050/QĐ-SCT" and s.header["place"] == "Lào Cai"
    assert s.header["date"] == "2026-03-06" and s.header["title"] == "Kiểm tra việc chấp hành pháp luật"
    by = {x.path: x for x in s.sections}
    assert by["Điều 4"].role == "funding" and by["Điều 5.1"].role == "implementation"
    assert by["Điều 5.1.1"].role == "objectives"       # "1.1." nests under "1." with its last label
    assert s.signature == {**s.signature, "signer_title": "Giám đốc", "signer": "Hoàng Chí Hiền"}
    assert s.recipients == ["Như Điều 5", "Lưu: VT"]


def test_hard_wrapped_heading_and_markdown_leftovers():
    text = "KẾ HOẠCH\nThực hiện lộ trình\nCăn cứ x;\n**I. MỤC\nĐÍCH, YÊU CẦU**\n1. Mục\ntiêu tổng quát\n- nội dung"
    s = structure.parse(doc_of(text))
    assert [(x.path, x.role) for x in s.sections] == [("I", "purpose"), ("I.1", "objectives")]


def test_ocr_roman_numeral():
    s = structure.parse(doc_of("Il. NHIỆM VỤ, GIẢI PHÁP\n1. Tăng cường"))
    assert [(x.path, x.role) for x in s.sections] == [("II", "tasks"), ("II.1", "tasks")]


def test_docx_implementation_items():
    p = shared_file("real", "KH-3898_30.6.2026_Huan-luyen-nguoi-quan-ly.docx")
    try:
        d = read_document(p, "kh", str(p))
    except Exception as e:   # the .docx reader is another module; skip until it lands
        pytest.skip(f"docx reader unavailable: {e}")
    s = structure.parse(d)
    by = {x.path: x for x in s.sections}
    assert by["III"].role == "implementation" and by["III.1"].role == "implementation"
    assert by["III.1"].heading.startswith("1. Giao phòng Quản lý công nghiệp")
    assert s.signature["signer"] == "Hoàng Văn Thuân" and s.signature["signer_title"] == "Phó Giám đốc"
