"""Citations: tables of sentences in, reference records out."""
from __future__ import annotations

import pytest

from pipeline.extraction import metadata, references, registry, structure
from pipeline.reading.ingest import assemble
from pipeline.models import DocMeta, Document, Extraction, Reference
from tests.conftest import shared_file


def doc_of(text: str, doc_id: str = "t") -> Document:
    """A document whose text is ``text`` (one block per line)."""
    from pipeline.models import Block
    d = Document(doc_id=doc_id, source=f"{doc_id}.txt", sha256="", format="txt")
    assemble(d, [Block(line) for line in text.split("\n")], None)
    return d


def refs_of(text: str, own: str = "", kind: str = "official") -> list[Reference]:
    d = doc_of(text)
    s = structure.parse(d)
    return references.extract(d, s, DocMeta(symbol=own, source_kind=kind))


def ref(symbol, **kw):
    """Expected fields of one reference (only the ones named are checked)."""
    return {"symbol": symbol, **kw}


CITATIONS = [
    # a number glued to its "số", or to the "s" left of it
    ("Thực hiện Văn bản s3471/VPCP-KGVX ngày 26/5/2021 và Quyết định số1050/QĐ-SCT.",
     [ref("3471/VPCP-KGVX"), ref("1050/QĐ-SCT")]),
    # administrative, with date in words, issuer and subject
    ("Thực hiện Quyết định số 520/QĐ-TTg ngày 01 tháng 4 năm 2021 của Thủ tướng Chính phủ "
     "về việc phê duyệt Đề án đào tạo;",
     [ref("520/QĐ-TTg", doc_type="Quyết định", number="520", type_code="QĐ", issuer_code="TTg",
          date="2021-04-01", issuer="Thủ tướng Chính phủ", relation="basis",
          subject="về việc phê duyệt Đề án đào tạo")]),
    # official letter without a type code
    ("Công văn số 3904/BYT-TCDS ngày 12/5/2021 của Bộ Y tế về việc hướng dẫn thực hiện.",
     [ref("3904/BYT-TCDS", doc_type="Công văn", issuer_code="BYT", date="2021-05-12", issuer="Bộ Y tế")]),
    # normative with year
    ("Trình độ theo quy định tại Thông tư số 02/2021/TT-BYT ngày 25 tháng 01 năm 2021 của Bộ trưởng Bộ Y tế.",
     [ref("02/2021/TT-BYT", year=2021, type_code="TT", date="2021-01-25", relation="mention")]),
    # law
    ("Căn cứ Luật số 42/2024/QH15 ngày 29/6/2024 về Quản lý, sử dụng vũ khí;",
     [ref("42/2024/QH15", doc_type="Luật", year=2024, issuer_code="QH15", date="2024-06-29")]),
    # Party, TƯ folded to TW
    ("thực hiện Nghị quyết số 21-NQ/TƯ ngày 25/10/2017 của Hội nghị lần thứ sáu",
     [ref("21-NQ/TW", doc_type="Nghị quyết", type_code="NQ", issuer_code="TW", date="2017-10-25")]),
    # odd spacing after the dash, then the regular form: one entry, two mentions
    ("Chương trình hành động số 10- CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh ủy và "
     "Chương trình hành động số 10-CTr/TU ngày 13/8/2025",
     [ref("10-CTr/TU", doc_type="Chương trình hành động", mentions=2)]),
    # space before the slash, QD without the stroke
    ("Quyết định số 1050 /QD-SCT ngày 06/3/2026", [ref("1050/QĐ-SCT", type_code="QĐ")]),
    # en dash and OCR letter in the number
    ("Quyết định số l050/QĐ–SCT", [ref("1050/QĐ-SCT")]),
    # split across a line break
    ("Căn cứ Nghị quyết số\n57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", [ref("57-NQ/TW", date="2024-12-22")]),
    # national technical regulation
    ("bảo quản tiền chất thuốc nổ QCVN 01:2019/BCT;", [ref("QCVN 01:2019/BCT", type_code="QCVN")]),
    # irregular company letters after "Văn bản số"
    ("Công ty cổ phần Miền Tây tại Văn bản số 01-GCN-MT ngày 21/4/2026; Công ty Liên danh YBB tại "
     "Văn bản số YBB-SA032/26-LR ngày 21/4/2026; Công ty VPG tại Văn bản số 11/2026CV-YVG ngày 18/4/2026",
     [ref("01-GCN-MT", doc_type="Văn bản", issuer="Công ty cổ phần Miền Tây", date="2026-04-21"),
      ref("YBB-SA032/26-LR"), ref("11/2026CV-YVG", date="2026-04-18")]),
    ("tại văn bản số 21.4/GĐN ngày 21/4/2026; tại Văn bản số 13.4/2026/ĐN-VL ngày 13/4/2026",
     [ref("21.4/GĐN"), ref("13.4/2026/ĐN-VL")]),
    # a company's letter whose symbol ends on its year
    ("kèm theo Tờ khai số 41/HPC-2024 của Công ty Cổ phần Hải Phong", [ref("41/HPC-2024")]),
    # short second mentions resolve to the earlier full citation
    ("Căn cứ Quyết định số 520/QĐ-TTg ngày 01/4/2021. Triển khai Quyết định 520 và Quyết định số 520.",
     [ref("520/QĐ-TTg", mentions=3)]),
    # bare numbers sharing the symbol after them: one document each
    ("Quản lý: UBND phường Âu Lâu. QĐ số 1656 và 1662/QĐ-UBND ngày 30/10/2009.",
     [ref("1656/QĐ-UBND"), ref("1662/QĐ-UBND", date="2009-10-30")]),
    ("theo các Quyết định số 12, 15 và 20/2024/QĐ-UBND của UBND tỉnh",
     [ref("12/2024/QĐ-UBND"), ref("15/2024/QĐ-UBND"), ref("20/2024/QĐ-UBND")]),
    # a news report cites the plan it reports on
    ("UBND Thành phố Hà Nội ban hành Kế hoạch số 303/KH-UBND về đào tạo",
     [ref("303/KH-UBND", doc_type="Kế hoạch", issuer="Ủy ban nhân dân thành phố Hà Nội")]),
]


@pytest.mark.parametrize("text,expected", CITATIONS, ids=[e[0]["symbol"] for _, e in CITATIONS])
def test_citation_forms(text, expected):
    got = refs_of(text)
    assert [r.symbol for r in got] == [e["symbol"] for e in expected]
    for r, e in zip(got, expected):
        for k, v in e.items():
            assert getattr(r, k) == v, (k, getattr(r, k), v)
        assert text.replace("\n", "\n")[r.start:r.end] == r.quote


FALSE_FRIENDS = [
    "Ban hành ngày 20/4/2018 và ngày 01-4-2021.",
    "Chi cục có 20/27 biên chế; 05/08 công chức.",
    "Điện thoại: 0214.3840.123, 0912/345.678",
    "Phủ sóng 4G/5G, liên kết viện/trường.",
    "Thời gian: 13h30 ngày 29/4/2026 (Thứ Tư).",
    "Công ty TNHH Đại Lục tại Văn bản số 02 ngày 21/4/2026; địa chỉ Số 165 Lý Thường Kiệt.",
    "Gói thầu số 13: Thi công công trình nối Km0 - Km2+571.",
    "Đã tổ chức 03 và 05/08 lớp tập huấn.",     # a count beside a ratio lends no symbol
]


@pytest.mark.parametrize("text", FALSE_FRIENDS)
def test_false_friends(text):
    assert refs_of(text) == []


def test_own_number_excluded_in_header_and_appendix():
    text = ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\nSố: 552/KH-UBND\nĐồng Tháp, ngày 19 tháng 11 năm 2025\nKẾ HOẠCH\n"
            "Thực hiện lộ trình\nCăn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ;\n"
            "PHỤ LỤC\n(Ban hành kèm theo Kế hoạch số 552/KH-UBND ngày 19/11/2025)")
    assert [r.symbol for r in refs_of(text, own="552/KH-UBND")] == ["71/NQ-CP"]


def test_news_keeps_the_reported_plan():
    text = "UBND Thành phố Hà Nội ban hành Kế hoạch số 303/KH-UBND về đào tạo."
    assert [r.symbol for r in refs_of(text, own="303/KH-UBND", kind="news")] == ["303/KH-UBND"]


def test_registry_fills_and_flags():
    got = refs_of("Căn cứ Quyết định số 520/QĐ-TTg ngày 02/4/2021; Nghị định số 30/2020/NĐ-CP")
    by = {r.symbol: r for r in got}
    assert by["520/QĐ-TTg"].flag == "date differs from registry (2021-04-01)"
    assert by["30/2020/NĐ-CP"].date == "2020-03-05" and by["30/2020/NĐ-CP"].issuer == "Chính phủ"


def test_conflicting_dates_in_one_document_are_flagged():
    got = refs_of("Kế hoạch số 95/KH-UBND ngày 15/12/2022; Kế hoạch số 95/KH-UBND ngày 16/12/2022")
    assert "dates differ within document" in got[0].flag


@pytest.mark.parametrize("raw,canon", [
    ("10- CTr/TƯ", "10-CTr/TW"), ("1050 /QĐ - SCT", "1050/QĐ-SCT"), ("520/QD-TTg", "520/QĐ-TTg"),
    ("30/2020/ND-CP", "30/2020/NĐ-CP"), ("QCVN 01 : 2019/BCT", "QCVN 01:2019/BCT"),
    # Cyrillic capitals a copied page sets for Latin ones
    ("16495/B\u0422\u0421-PTHT", "16495/BTC-PTHT"),
])
def test_canonical_symbol(raw, canon):
    assert registry.canonical_symbol(raw) == canon


def test_citation_graph_rows():
    a, b = doc_of("Căn cứ Kế hoạch số 95/KH-UBND ngày 15/12/2022", "a"), doc_of("x", "b")
    ra = references.extract(a, structure.parse(a), DocMeta(province="Cần Thơ"))
    items = [(a, Extraction(structure=structure.parse(a), meta=DocMeta(province="Cần Thơ"), references=ra)),
             (b, Extraction(structure=structure.parse(b),
                            meta=DocMeta(symbol="95/KH-UBND", issue_date="2022-12-15", province="Hậu Giang")))]
    cites, summary = references.citation_graph(items)
    assert cites == [{"citing_doc_id": "a", "citing_symbol": "", "cited_symbol": "95/KH-UBND",
                      "relation": "basis", "cited_doc_id": "b"}]
    assert summary[0]["cited_by"] == 1 and summary[0]["provinces"] == "Cần Thơ"


GOLD_SEEDS = [("seeds", "004_eb961772fc34a68b.txt",
               {"520/QĐ-TTg", "3904/BYT-TCDS", "95/KH-UBND", "81/KH-UBND", "02/2021/TT-BYT"}),
              ("seeds", "000_2171cd3a1b22aa60.txt", {"303/KH-UBND", "94/KH-UBND", "74-KH/TU", "21-NQ/TW"})]


@pytest.mark.parametrize("folder,name,want", GOLD_SEEDS)
def test_seed_references(folder, name, want):
    from pipeline.extraction import metadata
    from pipeline.reading.ingest import read_document
    p = shared_file(folder, name)
    d = read_document(p, "x", str(p))
    s = structure.parse(d)
    got = references.extract(d, s, metadata.extract(d, s))
    assert {r.symbol for r in got} == want
    assert all(d.text[r.start:r.end] == r.quote for r in got)


@pytest.mark.parametrize("text,own,want", [
    # the own number misread in the appendix heading ("/" lost) is still the own number
    ("Căn cứ Nghị định số 24/2026/NĐ-CP;\nPHỤ LỤC\n(Kèm theo Nghị quyết số 19/2026NQ-CP\nngày 29 tháng 4 năm 2026)",
     "19/2026/NQ-CP", ["24/2026/NĐ-CP"]),
    # an OCR-doubled letter joins the row of the symbol it misreads
    ("Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026; theo Quyết định số 1050/QĐĐ-SCTT ngày 06/3/2026",
     "", ["1050/QĐ-SCT"]),
    # a doubled dash; "QHI5" is QH15
    ("theo Nghị định 83/2014/NĐ- -CP và Luật số 61/2024/QHI5 ngày 30 tháng 11 năm 2024",
     "", ["83/2014/NĐ-CP", "61/2024/QH15"]),
])
def test_ocr_variants(text, own, want):
    assert [r.symbol for r in refs_of(text, own=own)] == want


def test_invitation_letter_type():
    got = refs_of("Thực hiện Giấy mời số 312/GM-VPUBND ngày 17/6/2026 về tình hình triển khai")
    assert [(r.symbol, r.doc_type, r.quote[:9]) for r in got] == [("312/GM-VPUBND", "Giấy mời", "Giấy mời ")]
    assert references.ocr_key("1050/QĐĐ-SCTT") == references.ocr_key("1050/QĐ-SCT")


# OCR damage to decree and law codes: a decree is only issued by the Government
# (NĐ-CP); a law code is QH plus the legislature's two digits.
@pytest.mark.parametrize("raw, fixed", [
    ("67/2013/NĐ-P", "67/2013/NĐ-CP"),
    ("67/2013/ND-C", "67/2013/ND-CP"),
    ("30/2020/NĐ-CP", "30/2020/NĐ-CP"),
    ("45/2019/QH14", "45/2019/QH14"),
    ("12/2020/QHl5", "12/2020/QH15"),
    ("64/2023/QHi", None),
    ("43/2024/QH1", "43/2024/QH1"),         # (one digit of two typed: kept as printed)
    # a law typed without its legislature: the one that alone sat that year passed it
    ("72/2025/QH", "72/2025/QH15"),
    ("45/2019/QH", "45/2019/QH14"),
    ("12/2021/QH", None),                   # (2021: the 14th and the 15th both sat)
    ("303/KH-UBND", "303/KH-UBND"),
    ("19/2026/NQ-CP", "19/2026/NQ-CP"),
    # a slash typed as a one after the year
    ("136/20201NĐ-CP", "136/2020/NĐ-CP"),
    # a type code glued to a ministry's code
    ("40/2025/TTBNNMT", "40/2025/TT-BNNMT"),
    ("05/2020/TTLTBTC", "05/2020/TTLT-BTC"),
    ("12/2024/TTBTCX", "12/2024/TTBTCX"),   # (no ministry's code)
    ("3549/TTr-SGTVT", "3549/TTr-SGTVT"),
    # a dash typed for the slash between a normative text's year and its type
    ("146/2025-NĐ-CP", "146/2025/NĐ-CP"),
    ("23/TPP-2023", "23/TPP-2023"),         # (a company letter ending on its year)
])
def test_repair_codes(raw, fixed):
    from pipeline.extraction.references import repair_codes
    assert repair_codes(raw) == fixed


def test_a_law_typed_without_its_legislature_is_reported_repaired():
    from pipeline.extraction.references import REPAIRED_CONFIDENCE
    text = ("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố: 2816/QĐ-UBND\nQUYẾT ĐỊNH\nCăn cứ Luật Tổ chức chính quyền địa "
            "phương số 72/2025/QH ngày 16 tháng 6 năm 2025 của Quốc hội;\nĐiều 1. Thông qua phương án.\n")
    got = refs_of(text)
    assert [(r.symbol, r.confidence) for r in got] == [("72/2025/QH15", REPAIRED_CONFIDENCE)]


def test_a_laws_legislature_spaced_from_its_code_is_part_of_the_symbol():
    text = ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Ngân sách Nhà nước số 06/QH 10 ngày "
            "20/5/1998; Quyết định số 12/QĐ-UB ngày 3/1/2001.")
    assert [r.symbol for r in refs_of(text)] == ["06/QH10", "12/QĐ-UB"]


def test_a_type_glued_to_a_ministry_is_one_reference_with_its_hyphen():
    from pipeline.extraction.references import REPAIRED_CONFIDENCE
    text = ("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố: 2816/QĐ-UBND\nQUYẾT ĐỊNH\nCăn cứ Thông tư số 51/2022/TTBGTVT ngày "
            "30/12/2022 của Bộ Giao thông vận tải;\nĐiều 1. Thực hiện Thông tư số 51/2022/TT-BGTVT.\n")
    # one reference, as sure as its mention typed whole
    assert [(r.symbol, r.confidence) for r in refs_of(text)] == [("51/2022/TT-BGTVT", 1.0)]
    alone = text.replace("Thực hiện Thông tư số 51/2022/TT-BGTVT", "Thông qua phương án")
    assert [(r.symbol, r.confidence) for r in refs_of(alone)] == [("51/2022/TT-BGTVT", REPAIRED_CONFIDENCE)]


def test_damaged_codes_in_text():
    from pipeline.extraction.references import find_symbols
    text = "Luật số 64/2023/QHi 3 được sửa đổi bởi Luật số 87/2025/QH15, Nghị định số 67/2013/NĐ-P ngày"
    assert [s for _, _, s in find_symbols(text)] == ["87/2025/QH15", "67/2013/NĐ-CP"]


@pytest.mark.parametrize("text, sym", [
    ("theo TCVN 5331-91 về bình chịu áp lực", "TCVN 5331-91"),
    ("tiêu chuẩn TCVN 6304-1997 quy định", "TCVN 6304-1997"),
    ("QCVN 01:2019/BCT", "QCVN 01:2019/BCT"),
    ("TCVN 7391-1:2007", "TCVN 7391-1:2007"),
])
def test_standard_year_after_dash(text, sym):
    from pipeline.extraction.references import find_symbols
    assert sym.replace(" ", "") in [s.replace(" ", "") for _, _, s in find_symbols(text)]


# Scans: look-alikes of digits in a symbol are repaired by the symbol grammar; what
# it cannot repair is dropped; a repaired or doubtful record carries a confidence.
@pytest.mark.parametrize("text, syms", [
    ("căn cứ Nghị định số 96/202ØND-CP ngày 01/7/2020 của Chính phủ", ["96/2020/NĐ-CP"]),
    ("thực hiện Nghị quyết số 6Ó6-NQ/ĐU ngày 12/3/2024", ["606-NQ/ĐU"]),
    ("theo văn bản số ØØX-ÓÓ của Sở", []),
    # a capital I for the first 1 of the number; a Roman part stays as written
    ("Thực hiện Quyết định số I050/QĐ-SCT ngày 06/3/2026", ["1050/QĐ-SCT"]),
    ("theo văn bản số IV/2020 ngày 3/4/2020", ["IV/2020"]),
])
def test_lookalike_digits_repaired_or_dropped(text, syms):
    from pipeline.extraction.references import find_symbols
    assert [s for _, _, s in find_symbols(text)] == syms


def test_a_year_read_with_a_lookalike_takes_the_year_of_its_date():
    # the 6 of 2026 read as Ø: the decree's date says which year it is; a year read whole
    # stays as printed, and so does one whose read digits disagree with the date
    assert [r.symbol for r in refs_of("Căn cứ Nghị định số 96/202ØND-CP ngày 31 tháng 3 năm 2026 của Chính phủ;")] \
        == ["96/2026/NĐ-CP"]
    assert [r.symbol for r in refs_of("Căn cứ Nghị định số 96/2020/NĐ-CP ngày 31 tháng 3 năm 2026;")] \
        == ["96/2020/NĐ-CP"]
    assert [r.symbol for r in refs_of("Căn cứ Nghị định số 96/201ØND-CP ngày 31 tháng 3 năm 2026;")] \
        == ["96/2010/NĐ-CP"]


def test_the_own_number_line_garbled_past_reading_is_no_reference():
    # "số: 45 6 /QĐ-UBND": the scan's own number, not a document it cites
    # (a copy that ran the header's lines into one)
    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc "
            "số: 45 6 /QĐ-UBND Lào Cai, ngày 0Â tháng † năm 2026\nQUYẾT ĐỊNH\nCHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nCăn cứ Thông tư số 32/2026/TT-BTC ngày 15 tháng 5 năm 2026;")
    assert [r.symbol for r in refs_of(text)] == ["32/2026/TT-BTC"]


def test_registration_codes_are_not_documents():
    from pipeline.extraction.references import find_symbols
    text = ("TT | Đơn vị | Chứng chỉ năng lực\n1 | Công ty A | Số: BXD-00008539 | mã số KS-280-02060\n"
            "2 | Công ty B | Số: HAN-000900021\nGiấy chứng nhận số 01-GCN-MT ngày 21/4/2026")
    assert [s for _, _, s in find_symbols(text)] == ["01-GCN-MT"]
    # nor is a vehicle's plate
    plates = "Xe ô tô biển số 24A-123.45 và xe biển số 29C-12345 của Công ty A theo Công văn số 12A-KH/TU."
    assert [s for _, _, s in find_symbols(plates)] == ["12A-KH/TU"]


def test_a_certificate_s_number_alone_in_a_table_cell_is_no_document():
    text = ("Căn cứ Nghị định số 109/2018/NĐ-CP ngày 29/8/2018 của Chính phủ;\n"
            "PHỤ LỤC\n| STT | Tên cơ sở | Số Giấy chứng nhận |\n|---|---|---|\n"
            "| 1 | Hợp tác xã A | 0318/2025/HC-OCVN |\n| 2 | Tổ hợp tác B | 112/2025/GCN-HC |\n"
            "| 3 | Theo Quyết định | 15/2020/QĐ-UBND |\n")
    assert [r.symbol for r in refs_of(text)] == ["109/2018/NĐ-CP", "15/2020/QĐ-UBND"]
    # (a Word table's cells, one a line)
    cells = "Căn cứ Nghị định số 109/2018/NĐ-CP;\nSố Giấy chứng nhận\n0457/2025/HC-OCVN\n"
    assert [r.symbol for r in refs_of(cells)] == ["109/2018/NĐ-CP"]


def test_a_unit_numbered_in_roman_figures_stays_in_the_symbol():
    text = "Thực hiện Văn bản số 11554/VPCP-V.I ngày 25/11/2025 của Văn phòng Chính phủ."
    assert [r.symbol for r in refs_of(text)] == ["11554/VPCP-V.I"]


@pytest.mark.parametrize("text, syms", [
    # a number's first digit read as the capital it looks like, before a normative text's year
    ("b) Quyết định số S7/2024/QĐ- UBND ngày 16/12/2024 của Ủy ban nhân dân tỉnh", ["57/2024/QĐ-UBND"]),
    ("Căn cứ Nghị định số Z3/2015/NĐ- CP ngày 16 tháng 02 năm 2015", ["23/2015/NĐ-CP"]),
    # a decree's code misread, or lost past reading: decrees bear the Government's code alone
    ("bổ sung bởi Nghị định số 226/2025/NĐ- Hi. Nghị định số 102/2024/NĐ- _ _quy định chi tiết",
     ["226/2025/NĐ-CP", "102/2024/NĐ-CP"]),
    ("Căn cứ Nghị định 278/2025/NĐ- Vi ngày 22 tháng 10 năm 2025", ["278/2025/NĐ-CP"]),
    # a letter too many before the legislature's two digits
    ("Căn cứ Nghị quyết số 190/2025/QHI15 ngày 19 tháng 02 năm 2025", ["190/2025/QH15"]),
    # no year after it: a capital stays a capital
    ("Theo công văn số B2/2020 của Sở", ["B2/2020"]),
    # ... but a letter's number before its codes is digits ("S786/SNV-…" is 5786)
    ("theo Văn bản số S786/SNV-XDCQ ngày 5/3/2026", ["5786/SNV-XDCQ"]),
    ("Căn cứ Nghị định số 178/2025/NĐ-E ngày 1/7/2025", ["178/2025/NĐ-CP"]),
    # the Prime Minister's code with its capitals read as ones
    ("Chỉ thị số 02/CT-11g ngày 04/7/2018 của Thủ tướng Chính phủ", ["02/CT-TTg"]),
])
def test_scanned_symbols_the_grammar_mends(text, syms):
    from pipeline.extraction.references import find_symbols
    assert [s for _, _, s in find_symbols(text)] == syms


def test_confidence_of_repaired_and_doubtful_symbols():
    from pipeline.models import Page
    text = ("Căn cứ Nghị định số 96/202ØND-CP ngày 01/7/2020;\nCăn cứ Công văn số 11654/ANKT-FANTCDT;\n"
            "Căn cứ Quyết định số 815/QĐ-UBND ngày 20/4/2022.\nCăn cứ Nghị định số 278/2025/NĐ- Vi;\n"
            "Căn cứ Quyết định số S7/2024/QĐ- UBND.\nCăn cứ Chỉ thị số 02/CT-11g.")
    doc = Document(doc_id="s", source="s.pdf", sha256="", format="pdf", text=text,
                   pages=[Page(number=1, start=0, end=len(text), ocr=True)], ocr_pages=[1])
    got = {r.symbol: r.confidence for r in references.extract(doc, structure.parse(doc), DocMeta())}
    assert got == {"96/2020/NĐ-CP": 0.8, "11654/ANKT-FANTCDT": 0.5, "815/QĐ-UBND": 1.0,
                   "278/2025/NĐ-CP": 0.8, "57/2024/QĐ-UBND": 0.8, "02/CT-TTg": 0.8}


def test_misread_codes_on_an_ocr_page_take_the_one_code_they_are_near():
    from pipeline.models import Page
    text = ("Thực hiện Quyết định số 2156/QĐ-TTg ngày 21/12/2021 và Nghị quyết số 48/NGQ-CP;\n"
            "theo Tờ trình số 9512/TIR-SNN-CCTL và Kế hoạch số 77IKH-UBND; đã phê duyệt tại "
            "Quyết định số 2156/QĐ- -Tlg; Công văn số 73/LĐTBXH-BTXH; Công văn số 11654/ANKT-FANTCDT.")

    def read(ocr: bool) -> dict[str, float]:
        doc = Document(doc_id="s", source="s.pdf", sha256="", format="pdf", text=text,
                       pages=[Page(number=1, start=0, end=len(text), ocr=ocr)], ocr_pages=[1] if ocr else [])
        return {r.symbol: r.confidence for r in references.extract(doc, structure.parse(doc), DocMeta())}

    assert read(ocr=True) == {"2156/QĐ-TTg": 1.0, "48/NQ-CP": 0.8, "9512/TTr-SNN-CCTL": 0.8,
                              "77/KH-UBND": 0.8, "73/LĐTBXH-BTXH": 0.5, "11654/ANKT-FANTCDT": 0.5}
    # a text layer is taken as typed
    assert "48/NGQ-CP" in read(ocr=False)


def test_department_and_ministry_codes_misread_on_an_ocr_page_take_the_one_they_are_near():
    # a department's code one capital wrong or doubled ("SIP" for STP, "SNNMTT" for SNNMT),
    # a ministry's with a capital too many ("BVHTTDIL"); a department's code read right
    # stays, and so does one near two (or none)
    from pipeline.models import Page
    text = ("Xét Báo cáo số 136/BC-SIP của Sở Tư pháp và Tờ trình số 633/TTr-SNNMTT; Quyết định số "
            "4347/QĐ-BVHTTDIL của Bộ; Công văn số 45/SNV-VP; Công văn số 46/SXYZ-VP; Kết luận số 748-KL/ĐĐU.")
    doc = Document(doc_id="s", source="s.pdf", sha256="", format="pdf", text=text,
                   pages=[Page(number=1, start=0, end=len(text), ocr=True)], ocr_pages=[1])
    got = [r.symbol for r in references.extract(doc, structure.parse(doc), DocMeta())]
    assert got == ["136/BC-STP", "633/TTr-SNNMT", "4347/QĐ-BVHTTDL", "45/SNV-VP", "46/SXYZ-VP", "748-KL/ĐU"]


def test_a_department_letter_with_its_ampersand_or_without_a_unit_is_mended_on_an_ocr_page():
    # "SNN&MT" is a department's code too, and a letter may name no unit ("7735/SNN&MT"):
    # one capital too many is mended there as in "633/TTr-SNNMTT"; read right, it stays
    from pipeline.models import Page
    text = ("Công văn số 7735/SNN&MTT; Công văn số 812/SNN&MTT-KS; Công văn số 90/SNNMTT; "
            "Công văn số 91/SNN&MT.")
    doc = Document(doc_id="s", source="s.pdf", sha256="", format="pdf", text=text,
                   pages=[Page(number=1, start=0, end=len(text), ocr=True)], ocr_pages=[1])
    got = [r.symbol for r in references.extract(doc, structure.parse(doc), DocMeta())]
    assert got == ["7735/SNN&MT", "812/SNN&MT-KS", "90/SNNMT", "91/SNN&MT"]


def test_party_and_normative_codes_and_slashes_misread_on_an_ocr_page():
    # a Party symbol's type and issuer ("41-C1/IW", "01-KI/TW"), a normative type ("TI"),
    # a doubled capital read twice ("FIg" for TTg) and a slash read as a letter ("72I2025",
    # "27JCT") are repaired, and a doubled capital read once or thrice ("TR", "BNNMTT"); two
    # different capitals misread are not ("BTF" stays)
    from pipeline.models import Page
    text = ("Thực hiện Chỉ thị số 41-C1/IW và Kết luận số 01-KI/TW; Thông tư số 24/2018/TI-BNNPTNT; "
            "Chỉ thị số 32/CT-FIg; Luật số 72I2025/QH15; Chỉ thị số 27JCT-TTg; Quyết định số 12/QĐ-BTF; "
            "Tờ trình số 862/TR-SNNMT; Quyết định số 3380/QĐ-BNNMTT.")
    doc = Document(doc_id="s", source="s.pdf", sha256="", format="pdf", text=text,
                   pages=[Page(number=1, start=0, end=len(text), ocr=True)], ocr_pages=[1])
    got = {r.symbol for r in references.extract(doc, structure.parse(doc), DocMeta())}
    assert got == {"41-CT/TW", "01-KL/TW", "24/2018/TT-BNNPTNT", "32/CT-TTg", "72/2025/QH15", "27/CT-TTg",
                   "12/QĐ-BTF", "862/TTr-SNNMT", "3380/QĐ-BNNMT"}


def test_old_codes_we_do_not_list_stay_as_read_on_an_ocr_page():
    # "BNN" (the old agriculture ministry) is one V from "BNV" (home affairs), "CN" one from
    # "CV": read right, they are no misreading to mend
    from pipeline.models import Page
    text = "Căn cứ Quyết định số 476/QĐ-BNN-TY; Tờ trình số 1630/TTr-SNN-TY; Công văn số 240/CN-KH."
    doc = Document(doc_id="s", source="s.pdf", sha256="", format="pdf", text=text,
                   pages=[Page(number=1, start=0, end=len(text), ocr=True)], ocr_pages=[1])
    got = {r.symbol for r in references.extract(doc, structure.parse(doc), DocMeta())}
    assert got == {"476/QĐ-BNN-TY", "1630/TTr-SNN-TY", "240/CN-KH"}


def test_a_ministrys_code_misread_on_an_ocr_page_is_that_ministrys():
    # a body's code is taken as written, unless one capital away from one ministry's code
    from pipeline.models import Page
    text = ("Thực hiện Quyết định số 4347/QĐ-BVHTTDI ngày 30/12/2024, Quyết định số 12/QĐ-BGTVI và "
            "Quyết định số 30/QĐ-BQL của Ban Quản lý; Quyết định số 25/QĐ-BCĐ của Ban Chỉ đạo.")
    doc = Document(doc_id="s", source="s.pdf", sha256="", format="pdf", text=text,
                   pages=[Page(number=1, start=0, end=len(text), ocr=True)], ocr_pages=[1])
    got = {r.symbol for r in references.extract(doc, structure.parse(doc), DocMeta())}
    assert got == {"4347/QĐ-BVHTTDL", "12/QĐ-BGTVT", "30/QĐ-BQL", "25/QĐ-BCĐ"}


@pytest.mark.parametrize("text, symbol", [
    ("Căn cứ Thông tư s ố 01/20 1 8/TT-BTC ngày 02 tháng 01 năm 2018;", "01/2018/TT-BTC"),
    ("Báo cáo thẩm định s ố 6 1 9/BC-STP ngày 02 tháng 4 năm 2019;", "619/BC-STP"),
    ("Căn cứ Nghị định s ố 1 49/2016/NĐ-CP của Chính phủ;", "149/2016/NĐ-CP"),
])
def test_digits_spaced_apart_by_a_copy(text, symbol):
    assert [r.symbol for r in refs_of(text)] == [symbol]


def test_spaced_digits_without_so_stay_apart():
    assert [r.symbol for r in refs_of("Có 12 3/KH-UBND được gửi.")] == ["3/KH-UBND"]


def test_a_spaced_ampersand_inside_a_code():
    from pipeline.extraction.references import find_symbols
    assert [s for _, _, s in find_symbols("theo Văn bản số 15972/SXD-QLN& TTBĐS ngày 05/11/2025")] == \
        ["15972/SXD-QLN&TTBĐS"]
    assert [s for _, _, s in find_symbols("Công văn 303/KH-UBND & Quyết định 12/QĐ-UBND")] == \
        ["303/KH-UBND", "12/QĐ-UBND"]


# A web page's own additions cite nothing for the document: the related documents and the
# notice after it, and a numbered list of related documents in the site's label form before it.
@pytest.mark.parametrize("text, cited", [
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 4085/UBND-ĐT\nThành phố Hồ Chí Minh, ngày 25 tháng 11 "
     "năm 2025\nKính gửi: Sở Xây dựng.\nThực hiện Công văn số 15972/SXD-QLN ngày 05/11/2025 của Sở Xây dựng.\n"
     "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Được\n"
     "Văn bản liên quan Ban hành: 12/09/2025 Thưa Quý khách, Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.\n",
     ["15972/SXD-QLN"]),
    ("- 1 Kết luận 01-KL/TW năm 2021 về tiếp tục thực hiện Chỉ thị 05-CT/TW do Ban Chấp hành Trung ương ban hành\n"
     "- 2Quyết định 2357/QĐ-BYT năm 2011 phê duyệt Quy hoạch phát triển mạng lưới phòng, chống lao\n"
     "- 3Nghị định 30/2020/NĐ-CP về công tác văn thư\n"
     "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 11/CT-UBND\nAn Giang, ngày 20 tháng 9 năm 2023\nCHỈ THỊ\n"
     "Về nhiệm vụ năm học 2023-2024\nThực hiện Quyết định số 2457/QĐ-BGDĐT ngày 24/8/2023 của Bộ Giáo dục.\n",
     ["2457/QĐ-BGDĐT"]),
])
def test_a_web_pages_own_additions_cite_nothing_for_the_document(text, cited):
    d = doc_of(text)
    found = [r.symbol for r in references.extract(d, structure.parse(d), metadata.extract(d, structure.parse(d)))]
    assert found == cited


def test_a_footnote_mark_glued_to_a_symbol_cited_cleanly_is_that_symbol():
    text = ("Căn cứ Nghị định số 105/2025/NĐ-CP ngày 15/5/2025 của Chính phủ; Luật số 42/2024/QH15;\n"
            "Theo Nghị định số 105/2025/NĐ-CP2, cơ sở phải kiểm tra; "
            "Thông tư 47/2024/TT-BGTVT4 quy định về xe.\n")
    got = {r.symbol: r.mentions for r in refs_of(text)}
    # a mark on a symbol never cited cleanly is kept as read
    assert got == {"105/2025/NĐ-CP": 2, "42/2024/QH15": 1, "47/2024/TT-BGTVT4": 1}


def test_a_number_filled_into_a_blank_by_hand():
    text = "Theo đề nghị tại các Tờ trình số 512/TTr-SNNMT ngày 27/6/2025, số ...539.../TTr-SNNMT ngày 30/6/2025.\n"
    got = refs_of(text)
    assert [r.symbol for r in got] == ["512/TTr-SNNMT", "539/TTr-SNNMT"]
    # the evidence is the text as printed, dots and all
    assert "539.../TTr-SNNMT" in got[1].quote


def test_a_units_code_in_brackets_glued_to_a_symbol_is_part_of_it():
    text = ("Theo đề nghị của Sở Xây dựng tại Tờ trình số 368/TT-XD(KTXD) ngày 26/12/2024;\n"
            "Căn cứ Thông tư số 01/2002/TT-BCA(C11) ngày 04/01/2002;\n"
            "Căn cứ Quyết định số 15/QĐ-UBND (kèm theo danh mục) và Quyết định 16/QĐ-UBND(2020);\n")
    # a bracket after a space, or one that holds a year, is the sentence's
    assert [r.symbol for r in refs_of(text)] == ["368/TT-XD(KTXD)", "01/2002/TT-BCA(C11)", "15/QĐ-UBND",
                                                 "16/QĐ-UBND"]


def test_a_symbol_cited_without_its_year_on_the_same_date_is_the_one_cited_whole():
    text = ("Căn cứ Nghị định số 178/NĐ-CP ngày 01/7/2025 của Chính phủ quy định chi tiết Luật Quy hoạch;\n"
            "Căn cứ Nghị định 178/2025/NĐ-CP ngày 01/7/2025 của Chính phủ;\n"
            "Căn cứ Thông tư số 16/TT-BXD ngày 30/6/2024;\nCăn cứ Thông tư số 16/2025/TT-BXD ngày 30/6/2025;\n")
    # another date is another text: a Thông tư 16 of 2024 is no Thông tư 16 of 2025
    assert {r.symbol: r.mentions for r in refs_of(text)} == {"178/2025/NĐ-CP": 2, "16/TT-BXD": 1,
                                                             "16/2025/TT-BXD": 1}


def test_a_short_form_or_a_misprinted_issuer_on_the_same_date_is_the_one_cited_whole():
    text = ("Căn cứ Quyết định số 118/TTg ngày 27/02/1996 của Thủ tướng Chính phủ;\n"
            "Căn cứ Thông tư số 98/2013/TT-BXD ngày 24 tháng 7 năm 2013 của Bộ Tài chính;\n"
            "1. Sửa đổi Điều 3 Quyết định số 118/QĐ-TTg ngày 27/02/1996 của Thủ tướng Chính phủ.\n"
            "2. Theo Thông tư số 98/2013/TT-BTC ngày 24 tháng 7 năm 2013 của Bộ Tài chính.\n"
            "3. Theo Thông tư số 06/2013/TT-BXD ngày 24 tháng 7 năm 2013 của Bộ Xây dựng.\n")
    # a symbol of another number, or of its issuer as named, stays its own
    assert {r.symbol: r.mentions for r in refs_of(text)} == {"98/2013/TT-BTC": 2, "118/QĐ-TTg": 2,
                                                             "06/2013/TT-BXD": 1}


def test_a_symbol_cut_before_its_issuer_is_the_one_cited_whole():
    text = ("Căn cứ Nghị định số 105/2025/NĐ-CP ngày 15/5/2025 của Chính phủ;\n"
            "| Điều 44 Nghị định số 105/2025/NĐ- | của Bộ Công Thương |\n")
    assert {r.symbol: r.mentions for r in refs_of(text)} == {"105/2025/NĐ-CP": 2}
    # cited only cut, a decree still bears the one code decrees have (the Government's)
    assert [r.symbol for r in refs_of("Theo Nghị định số 105/2025/NĐ- | của Bộ.\n")] == ["105/2025/NĐ-CP"]


@pytest.mark.parametrize("text, symbol, issuer", [
    # the body whose request leads to the citation, not the request
    ("Theo đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 62/TTr-SXD ngày 03/9/2025.", "62/TTr-SXD",
     "Giám đốc Sở Xây dựng"),
    ("Xét đề nghị của Ngân hàng Chính sách xã hội tại Tờ trình số 127/TTr-HĐQT ngày 30 tháng 9 năm 2025.",
     "127/TTr-HĐQT", "Ngân hàng Chính sách xã hội"),
    # prose caught before "tại" names no body
    ("Chính phủ quy định về quản lý kết cấu hạ tầng, được sửa đổi bổ sung một số điều tại Nghị định số "
     "11/2010/NĐ-CP.", "11/2010/NĐ-CP", ""),
    ("Hồ sơ được quét vào Hệ thống thông tin giải quyết thủ tục hành chính tại Văn bản số 12/SXD-VP.",
     "12/SXD-VP", ""),
])
def test_a_citations_issuer_is_a_body(text, symbol, issuer):
    from pipeline.extraction.references import read_citation
    start = text.index(symbol)
    assert read_citation(text, start, start + len(symbol), symbol).issuer == issuer


def test_a_form_s_number_is_no_document():
    text = ("Doanh nghiệp báo cáo theo Mẫu số 09/PLIII Phụ lục III ban hành kèm theo Nghị định số "
            "145/2020/NĐ-CP; ghi vào sổ theo mẫu số 01/TNĐB ban hành kèm theo Thông tư số 26/2012/TT-BCA; "
            # (a form's code of letters, read only after "số" as letter numbers are)
            "lập danh sách theo mẫu số C74-HĐ/LĐTBXH ban hành theo Quyết định số 09/2007/QĐ-LĐTBXH.")
    assert [sym for _, _, sym in references.find_symbols(text)] == ["145/2020/NĐ-CP", "26/2012/TT-BCA",
                                                                    "09/2007/QĐ-LĐTBXH"]


def test_a_short_name_given_to_a_cited_document_is_no_reference_of_its_own():
    text = ("Thực hiện Chỉ thị số 20/CT-TTg ngày 28/6/2021 của Thủ tướng Chính phủ (sau đây gọi tắt là "
            "Chỉ thị số 20-TTg), UBND tỉnh ban hành Kế hoạch như sau.")
    assert [r.symbol for r in refs_of(text)] == ["20/CT-TTg"]


@pytest.mark.parametrize("text, symbols", [
    # the older forms: the number spaced from its codes after "số", one code after a dash
    ("Xét đề nghị tại Tờ trình số 08 TT/LS ngày 6/11/1997 về giá thóc,", ["08TT/LS"]),
    ("Căn cứ Chỉ thị 166-CT ngày 20-6-1989 của Chủ tịch Hội đồng Bộ trưởng;", ["166-CT"]),
    ("Căn cứ Nghị định 36-CP ngày 29-5-1995 của Chính phủ;", ["36-CP"]),
    # not a date's dashes, nor a number and a word
    ("Nghị quyết 12-2020 của tỉnh, trang 36 TT của báo", []),
])
def test_older_forms_of_a_symbol(text, symbols):
    assert [sym for _, _, sym in references.find_symbols(text)] == symbols



@pytest.mark.parametrize("caption", [
    "(Ban hành kèm theo Quyết định số: 1114/2003/QĐ-UB ngày 16 tháng 6 năm 2003 của UBND tỉnh)",   # year added
    "(Ban hành kèm theo Quyết định số 1114/QĐ-SGTVT ngày 16/6/2003 của Chủ tịch UBND tỉnh)",      # misprinted
    "(Ban hành kèm theo Quyết định số 1114/QĐ-U",                                                # cut by the copy
])
def test_the_documents_own_number_in_its_annex_caption_is_no_citation(caption):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 1114/QĐ-UB\nQUYẾT ĐỊNH\nVề tổ chức Sở Tư pháp\n"
            "Căn cứ Nghị định số 24/2003/NĐ-CP;\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.\n"
            "Nơi nhận:\n- Lưu.\nTM. UBND TỈNH\nCHỦ TỊCH\nNguyễn Văn A\nQUY CHẾ\nTỔ CHỨC SỞ TƯ PHÁP\n" + caption)
    assert [r.symbol for r in refs_of(text, own="1114/QĐ-UB")] == ["24/2003/NĐ-CP"]


def test_the_caption_of_the_documents_own_annex_names_it_even_with_its_number_garbled():
    # a copy lost the slash and century of "103/2025" in the caption under the signature;
    # the same caption inside the body, before the signature, is a citation
    body = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 103/2025/QĐ-UBND\nQUYẾT ĐỊNH\nVề các tuyến đê\n"
            "Căn cứ Nghị định số 113/2007/NĐ-CP;\nĐiều 1. Công bố danh mục tuyến đê {inside}.\n"
            "Nơi nhận:\n- Lưu.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐinh Công Sứ\nPHỤ LỤC\n"
            "TỔNG HỢP CÁC TUYẾN ĐÊ (Ban hành kèm theo Quyết định số 10325/QĐ-UBND)\nSTT\n")
    meta = DocMeta(symbol="103/2025/QĐ-UBND", doc_type="Quyết định")
    for inside, expected in [("", ["113/2007/NĐ-CP"]),
                             ("(Ban hành kèm theo Quyết định số 10325/QĐ-UBND)", ["113/2007/NĐ-CP", "10325/QĐ-UBND"])]:
        d = doc_of(body.format(inside=inside))
        assert [r.symbol for r in references.extract(d, structure.parse(d), meta)] == expected


def test_a_pages_own_lines_about_the_document_before_it_cite_nothing():
    text = ("Quyết định 11/2017/QĐ-UBND Quy chế quản lý đã được thay thế bởi Quyết định 08/2019/QĐ-UBND.\n"
            "ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\nSố: 11/2017/QĐ-UBND\nQUYẾT ĐỊNH\nBan hành Quy chế\n"
            "Căn cứ Nghị định số 29/2015/NĐ-CP;\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.\n")
    assert [r.symbol for r in refs_of(text, own="11/2017/QĐ-UBND")] == ["29/2015/NĐ-CP"]


def test_a_slash_typed_as_a_one_meets_the_symbol_cited_right():
    text = ("Căn cứ Nghị định số 136/2020/NĐ-CP ngày 24/11/2020 của Chính phủ; Nghị định số 50/2024/NĐ-CP sửa đổi "
            "Nghị định số 136/20201NĐ-CP;")
    assert sorted(r.symbol for r in refs_of(text)) == ["136/2020/NĐ-CP", "50/2024/NĐ-CP"]


def test_a_symbol_whose_code_a_stray_space_cut_and_the_own_number_in_a_circulars_caption():
    text = ("BỘ GIAO THÔNG VẬN TẢI\nSố: 65/2013/TT-BGTVT\nTHÔNG TƯ\nCăn cứ Thông tư số 07/2010/TT-BGTVT ngày "
            "11/02/2010;\nĐiều 1. Sửa đổi một số điều của Thông tư số 07/20 1 0/TT-BGT V T ngày 11 tháng 02 năm 2010.\n"
            "PHỤ LỤC\n(Ban hành kèm theo Thông tư s ố 65/2013/TT-B G TVT ngày 31 tháng 12 năm 2013)\n")
    assert [r.symbol for r in refs_of(text, own="65/2013/TT-BGTVT")] == ["07/2010/TT-BGTVT"]


def test_the_own_number_written_with_a_leading_zero_is_no_citation():
    text = ("BỘ THƯƠNG MẠI\nSố: 441/2002/QĐ-BTM\nQUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ THƯƠNG MẠI SỐ 0441/2002/QĐ-BTM\n"
            "Căn cứ Nghị định số 95/CP ngày 04/12/1993;\n")
    assert [r.symbol for r in refs_of(text, own="441/2002/QĐ-BTM")] == ["95/CP"]


def test_the_technical_regulation_a_circular_issues_is_its_own_text():
    text = ("BỘ GIAO THÔNG VẬN TẢI\nSố: 07/2024/TT-BGTVT\nTHÔNG TƯ\nĐiều 1. Ban hành kèm theo Thông tư này Quy chuẩn kỹ "
            "thuật quốc gia về đèn chiếu sáng phía trước của phương tiện. Mã số đăng ký: QCVN 35:2024/BGTVT.\n"
            "Điều 2. Kiểu loại đèn đã chứng nhận theo QCVN 35:2017/BGTVT tiếp tục được sử dụng.\n"
            "QCVN 35:2024/BGTVT\nQUY CHUẨN KỸ THUẬT QUỐC GIA VỀ ĐÈN CHIẾU SÁNG\n")
    assert [r.symbol for r in refs_of(text, own="07/2024/TT-BGTVT")] == ["QCVN 35:2017/BGTVT"]


def test_the_year_of_a_base_standards_code_is_no_document():
    text = ("Căn cứ Thông tư số 11/2021/TT-BKHCN;\nQUYẾT ĐỊNH:\nĐiều 1. Công bố 01 Tiêu chuẩn cơ sở (TCCS) sau "
            "đây: TCCS 38 : 2022/TCĐBVN Áo đường mềm - Các yêu cầu và chỉ dẫn thiết kế.\n")
    assert [r.symbol for r in refs_of(text)] == ["11/2021/TT-BKHCN"]


def test_a_roads_chainage_is_no_document():
    # "Km3+120/QL.14H": 120 metres past kilometre 3, on national road 14H
    text = ("Căn cứ Quyết định số 12/QĐ-UBND ngày 5/3/2024 của Ủy ban nhân dân tỉnh;\n"
            "Điểm cuối Km11+931 nối vào Km3+120/QL.14H; điểm đầu nối vào Km949+ 050/QL.1 và Km10+380/ĐT.609.\n")
    assert [r.symbol for r in refs_of(text)] == ["12/QĐ-UBND"]


def test_a_letter_of_several_units_keeps_the_units_after_its_comma_or_colon():
    text = ("Căn cứ Công văn số 746/CĐBVN-QLVT, PT&NL ngày 12/02/2025 của Cục Đường bộ Việt Nam;\n"
            "Xét Tờ trình số 45054/LN: CT-CA-TC-STP-KBNN ngày 12 tháng 11 năm 2013 của liên ngành;\n"
            "Căn cứ các Công văn số 12/UBND-KT, 15/UBND-KT ngày 03/4/2024 của Ủy ban nhân dân tỉnh;\n"
            "Căn cứ Công văn số 20/SYT-NVY: Sở Y tế đề nghị ngày 05/4/2024 bổ sung;\n")
    # (only up to the date: a list of symbols, or a sentence after a colon, is no tail)
    assert [r.symbol for r in refs_of(text)] == ["746/CĐBVN-QLVT,PT&NL", "45054/LN:CT-CA-TC-STP-KBNN",
                                                 "12/UBND-KT", "15/UBND-KT", "20/SYT-NVY"]


def test_a_space_typed_before_a_slash_after_figures_keeps_the_symbol_whole():
    from pipeline.extraction.references import find_symbols
    text = ("Quyết định này thay thế Quyết định số 31/201 /QĐ-UBND ngày 5 tháng 8 năm 2018 của Ủy ban "
            "nhân dân tỉnh; hộ ở số 165 Lý Thường Kiệt tự di dời.")
    # (a year cut short is kept as printed: the readers cite it so, its usual form beside it)
    assert [s for _, _, s in find_symbols(text)] == ["31/201/QĐ-UBND"]
