"""Evidence spans: sentence and list-item bounds."""
from __future__ import annotations

import pytest

from pipeline.extraction.spans import sentence_bounds

TEXT = ("b) Công tác đào tạo\n"
        "- 95% công chức được bồi dưỡng giảng viên về dân số và phát triển thành phố;\n"
        "+ Bồi dưỡng báo cáo viên tuyến xã: 85 viên chức;\n"
        "Kế hoạch nhằm cụ thể hóa Kế hoạch số 94/KH-UBND. Theo đó, Thành phố phấn đấu đạt 95%.")


@pytest.mark.parametrize("inside, expected", [
    ("95%", "95% công chức được bồi dưỡng giảng viên về dân số và phát triển thành phố;"),
    ("85 viên", "Bồi dưỡng báo cáo viên tuyến xã: 85 viên chức;"),
    ("phấn đấu", "Theo đó, Thành phố phấn đấu đạt 95%."),
    ("94/KH", "Kế hoạch nhằm cụ thể hóa Kế hoạch số 94/KH-UBND."),
])
def test_sentence_bounds_give_the_item_without_its_list_mark(inside, expected):
    s, e = sentence_bounds(TEXT, TEXT.index(inside))
    assert TEXT[s:e] == expected


def test_records_keep_the_documents_own_tone_placement():
    from pipeline.extraction.extract import extract
    from pipeline.models import Document
    text = ("ỦY BAN NHÂN DÂN\nTỈNH THANH HOÁ\nSố: 12/KH-UBND\nThanh Hoá, ngày 5 tháng 3 năm 2025\nKẾ HOẠCH\n"
            "Chăm sóc sức khoẻ người cao tuổi giai đoạn 2025 - 2030\n"
            "I. MỤC TIÊU\n- Phấn đấu 95% người cao tuổi được khám sức khoẻ định kỳ.\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Sở Văn hoá, Thể thao và Du lịch chủ trì tuyên truyền.\n")
    doc = Document(doc_id="a", source="a.txt", sha256="", format="txt", text=text)
    x = extract(doc)
    assert doc.text == text                                   # the saved text is the document's
    t = x.targets[0]
    assert "sức khoẻ định kỳ" in t.quote and t.quote == text[t.start:t.end]
    assert x.meta.title.startswith("Chăm sóc sức khoẻ")
    a = x.agencies[0]
    # the name as the document writes it, as annotators name bodies ("named as written")
    assert a.agency == "Sở Văn hoá, Thể thao và Du lịch" and "hoá" in a.agency_raw
    assert x.assignments[0].agency == a.agency


def test_a_title_keeps_the_spelling_it_has_where_it_stands():
    from pipeline.extraction.spans import respell
    from pipeline.models import DocMeta, Extraction, Structure
    from pipeline.reading.normalize import normalize_tone_placement
    own = ("QUYẾT ĐỊNH\nVỀ VIỆC THÔNG QUA PHƯƠNG ÁN ĐƠN GIẢN HÓA\nTHỦ TỤC HÀNH CHÍNH\n"
           "PHẦN I. DANH MỤC PHƯƠNG ÁN ĐƠN GIẢN HOÁ THỦ TỤC HÀNH CHÍNH\n")
    # (the working text spells both "HÓA"; the word's other spelling stands only below)
    working = normalize_tone_placement(own)
    ex = Extraction(structure=Structure(), meta=DocMeta(
        title="VỀ VIỆC THÔNG QUA PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH"))
    respell(own, working, ex)
    assert ex.meta.title == "VỀ VIỆC THÔNG QUA PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH"


def test_a_body_is_spelled_as_its_own_item_spells_it_where_the_document_mixes_spellings():
    from pipeline.extraction.extract import extract
    from pipeline.models import Document
    text = ("KẾ HOẠCH\nPhát triển văn hoá đọc năm 2025\nI. MỤC TIÊU\n- Phấn đấu 90% trường học có thư viện.\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Sở Văn hóa, Thể thao và Du lịch chủ trì triển khai Kế hoạch.\n")
    x = extract(Document(doc_id="a", source="a.txt", sha256="", format="txt", text=text))
    # "văn hoá" first in the title; the body's own item prints "hóa"
    assert x.agencies[0].agency == "Sở Văn hóa, Thể thao và Du lịch"


def test_every_record_of_a_paged_document_carries_the_page_its_evidence_is_on():
    from pipeline.extraction.extract import extract
    from pipeline.models import Document, Page
    first = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 81/KH-UBND\nNghệ An, ngày 5 tháng 3 năm 2025\nKẾ HOẠCH\n"
             "Bảo đảm trật tự an toàn giao thông năm 2025\n"
             "Căn cứ Nghị quyết số 48/NQ-CP ngày 05/4/2024 của Chính phủ;\n"
             "I. MỤC TIÊU\n- Phấn đấu giảm 5% số người chết do tai nạn giao thông.\n")
    second = ("II. TỔ CHỨC THỰC HIỆN\n1. Công an tỉnh chủ trì tuần tra, kiểm soát.\n"
              "2. Sở Y tế phối hợp cấp cứu người bị nạn.\n")
    text = first + second
    doc = Document(doc_id="a", source="a.pdf", sha256="", format="pdf", text=text,
                   pages=[Page(1, 0, len(first)), Page(2, len(first), len(text))])
    x = extract(doc)
    assert [a.page for a in x.agencies] == [2, 2] and len(x.agencies) == 2
    assert [t.page for t in x.targets] == [1]
    assert [r.page for r in x.references] == [1]
