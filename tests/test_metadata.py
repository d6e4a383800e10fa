"""Document metadata on the seeds and the gold documents."""
from __future__ import annotations

import json

import pytest

from pipeline.extraction import metadata, structure
from pipeline.extraction.metadata.period import own_intro
from pipeline.reading.ingest import read_document
from tests.conftest import shared_file
from tests.test_references import doc_of


def meta_of(text: str):
    """The metadata read from ``text``, parsed as the pipeline parses it."""
    d = doc_of(text)
    return metadata.extract(d, structure.parse(d))


def copy_of(text: str):
    """A web copy saved as Markdown, extracted whole: (its metadata, its document)."""
    from pipeline.extraction.extract import extract as extract_all
    from pipeline.models import Document
    doc = Document(doc_id="c", source="c.md", sha256="", format="md", text=text)
    return extract_all(doc).meta, doc


def meta_of_file(*parts):
    p = shared_file(*parts)
    try:
        d = read_document(p, "x", str(p))
    except Exception as e:   # readers for some formats belong to another module
        pytest.skip(f"reader unavailable: {e}")
    return metadata.extract(d, structure.parse(d))


GOLD = [
    (("seeds", "000_2171cd3a1b22aa60.txt"), "000_2171cd3a1b22aa60.json"),
    (("seeds", "004_eb961772fc34a68b.txt"), "004_eb961772fc34a68b.json"),
    (("real", "192068354fd1ffe5.md"), "192068354fd1ffe5.json"),
    (("real", "KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx"),
     "KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.json"),
    (("real", "KH-3898_30.6.2026_Huan-luyen-nguoi-quan-ly.docx"), "KH-3898_30.6.2026_Huan-luyen-nguoi-quan-ly.json"),
    (("real", "reference-text", "QD-1050-kiem-tra-VLNCN-2026.txt"), "QD-1050-kiem-tra-VLNCN-2026.json"),
]


@pytest.mark.parametrize("src,gold", GOLD, ids=[g for _, g in GOLD])
def test_gold_document_fields(src, gold):
    g = json.loads(shared_file("gold", gold).read_text(encoding="utf-8"))["document"]
    m = meta_of_file(*src)
    assert m.source_kind == g["source_kind"] and m.doc_type == g["doc_type"]
    assert m.symbol == (g["symbol"] or "") and m.doc_status == g["status"]
    assert m.province == g["province"] and m.issue_date == (g["issue_date"] or "")
    assert m.year == g["year"]
    assert [m.period_start, m.period_end] == (g["period"] or [None, None])
    assert g["title_contains"].casefold() in m.title.casefold()
    assert m.signer == (g["signer"] or "") and m.signer_title == (g["signer_title"] or "")
    if g.get("published"):
        assert m.published == g["published"]


def test_news_cues_without_reader_hint():
    text = ("Hà Nội :\nNâng cao năng lực\nHạnh Nguyên - 05/12/2022 10:40\n"
            "UBND Thành phố Hà Nội ban hành Kế hoạch số 303/KH-UBND về đào tạo giai đoạn 2022-2030.\n"
            "Bình luận bài viết này")
    m = meta_of(text)
    assert (m.source_kind, m.symbol, m.doc_status, m.province, m.published) == \
        ("news", "303/KH-UBND", "issued", "Hà Nội", "2022-12-05")
    assert (m.period_start, m.period_end, m.issuer) == (2022, 2030, "Ủy ban nhân dân thành phố Hà Nội")


@pytest.mark.parametrize("title,year,period", [
    ("Đào tạo cán bộ giai đoạn 2026 - 2030 trên địa bàn thành phố Cần Thơ", 2026, (2026, 2030)),
    ("THỰC HIỆN LỘ TRÌNH ĐỔI MỚI CÔNG NGHỆ ĐẾN NĂM 2035", 2025, (2025, 2035)),
    ("Kiểm tra vật liệu nổ trên địa bàn tỉnh Lào Cai năm 2026", 2026, (2026, 2026)),
    ("Phòng, chống ma túy đến năm 2030, tầm nhìn đến năm 2045", 2025, (2025, 2045)),
    ("Kiểm tra, cấp Giấy chứng nhận huấn luyện", 2026, (None, None)),
    # a term of office is no period of the plan
    ("Kế hoạch tổ chức bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031", 2025, (None, None)),
    # the years a title lists
    ("THÍ ĐIỂM PHÂN BỔ HẠN NGẠCH PHÁT THẢI KHÍ NHÀ KÍNH CHO NĂM 2025 VÀ NĂM 2026", 2026, (2025, 2026)),
    ("Kế hoạch kiểm tra năm 2026, 2027", 2026, (2026, 2027)),
    # the year of a cited document's date is not the plan's own
    ("Thực hiện Chỉ thị số 27/CT-TTg ngày 15 tháng 8 năm 2024 của Thủ tướng Chính phủ về dân số",
     2025, (None, None)),
    ("Sửa đổi Nghị định số 48/2019/NĐ-CP ngày 05 tháng 6 năm 2019 của Chính phủ", 2021, (None, None)),
    # ... but a stage a comma sets off at the title's end is the plan's own
    ("thực hiện Chỉ thị số 22/CT-TTg ngày 18/8/2025 của Thủ tướng Chính phủ về tăng cường các giải pháp bảo đảm "
     "trật tự, an toàn giao thông đường sắt trong tình hình mới, giai đoạn 2025 - 2030", 2025, (2025, 2030)),
    ("Thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình "
     "phát triển vùng đồng bào dân tộc thiểu số giai đoạn 2021 - 2030", 2022, (None, None)),
    # nor is the year a law is named by; a year of its own still is
    ("QUY ĐỊNH CHI TIẾT THI HÀNH MỘT SỐ ĐIỀU, KHOẢN CỦA LUẬT ĐẤT ĐAI NĂM 2024 TRÊN ĐỊA BÀN TỈNH LÀO CAI", 2026,
     (None, None)),
    ("Kế hoạch phổ biến Luật Đất đai năm 2024 trong năm 2025", 2025, (2025, 2025)),
    # a year of its own before the scheme it carries out; the scheme's span where it has none
    ("PHÂN BỔ KẾ HOẠCH VỐN NĂM 2023 THỰC HIỆN ĐỀ ÁN NÂNG CAO NĂNG LỰC Y TẾ CƠ SỞ GIAI ĐOẠN 2022-2025",
     2023, (2023, 2023)),
    ("Kế hoạch thực hiện Chương trình giảm nghèo bền vững giai đoạn 2021-2025", 2022, (2021, 2025)),
    # a stage with its orientation runs to it, and one with its vision (its goals are due by
    # the stage: see test_a_vision_ends_the_period_but_goals_are_due_by_the_stage)
    ("Phát triển văn hóa đọc giai đoạn 2021 – 2025, định hướng đến năm 2030", 2021, (2021, 2030)),
    ("Phát triển du lịch giai đoạn 2021-2025, tầm nhìn đến năm 2030", 2021, (2021, 2030)),
    ("Triển khai Đề án phát triển văn hóa đọc đến năm 2020, định hướng đến năm 2030", 2017, (2017, 2030)),
    ("Phát triển thông tin đến năm 2025, tầm nhìn đến năm 2030", 2018, (2018, 2030)),
    # a scheme named in quotes is no stage of the plan's where the plan states its own
    ('Triển khai Đề án "Từng bước đưa tiếng Anh trở thành ngôn ngữ thứ hai trong trường học giai đoạn 2025 - '
     '2035, tầm nhìn đến năm 2045" trên địa bàn tỉnh Gia Lai giai đoạn 2026 - 2030', 2026, (2026, 2030)),
    # ... but its name may hold the plan's own year, or the only stage there is
    ("KẾ HOẠCH HÀNH ĐỘNG “Năm An toàn giao thông - 2017”", 2017, (2017, 2017)),
    ("Thực hiện Chương trình “Nâng cao chất lượng giáo dục mầm non trên địa bàn tỉnh Hà Tĩnh giai đoạn "
     "2025 - 2035, định hướng đến năm 2045”", 2025, (2025, 2045)),
    # a report of one year's results and the plan for the next: from the one to the other
    ("Kết quả công tác vận động hiến máu tình nguyện năm 2025 và kế hoạch năm 2026", 2025, (2025, 2026)),
    ("Tình hình kinh tế - xã hội năm 2025, phương hướng, nhiệm vụ năm 2026", 2025, (2025, 2026)),
    # ... but a plan's own year before the scheme it carries out is its period alone
    ("Kế hoạch vốn năm 2023 thực hiện Đề án phát triển giao thông nông thôn giai đoạn 2022-2025", 2023, (2023, 2023)),
])
def test_period_from_title(title, year, period):
    assert metadata.plan_period(title, "", year) == period


def test_a_stage_the_plan_gives_itself_as_it_is_issued_beats_the_stage_of_the_scheme_it_carries_out():
    title = "THỰC HIỆN CHIẾN LƯỢC QUỐC GIA VỀ DINH DƯỠNG GIAI ĐOẠN 2021 - 2030 VÀ TẦM NHÌN ĐẾN NĂM 2045"
    text = ("Căn cứ Quyết định số 02/QĐ-TTg ngày 05 tháng 01 năm 2022 của Thủ tướng Chính phủ;\n"
            "Xét đề nghị của Sở Y tế tại Tờ trình số 64/TTr-SYT ngày 10 tháng 02 năm 2026, Ủy ban nhân dân "
            "tỉnh ban hành Kế hoạch thực hiện giai đoạn 2026 - 2028 như sau:\nI. MỤC TIÊU\n")
    intro = own_intro(text, 0)
    assert intro is not None and "2026 - 2028" in intro.group(0)
    assert metadata.plan_period(title, intro.group(0), 2026) == (2026, 2028)
    # (without a stage of its own, the scheme's stands)
    assert metadata.plan_period(title, "", 2026) == (2021, 2045)
    # (a document the legal basis cites that issued a plan is no self-introduction)
    cited = "Căn cứ Quyết định số 02/QĐ-TTg của Thủ tướng Chính phủ ban hành Kế hoạch giai đoạn 2022 - 2025;\n"
    assert own_intro(cited, 0) is None


def test_period_to_the_horizon_of_its_objectives():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 556/KH-UBND\nĐồng Tháp, ngày 20 tháng 11 năm 2025\n"
            "KẾ HOẠCH\nThực hiện Nghị quyết số 48/NQ-CP ngày 03/4/2023 của Chính phủ về Chiến lược biển\n"
            "I. MỤC TIÊU\n1. Mục tiêu chung\nPhát triển bền vững kinh tế biển.\n"
            "2. Mục tiêu cụ thể đến năm 2030\n- 100% khu công nghiệp ven biển được quy hoạch bền vững.\n")
    m = meta_of(text)
    assert (m.period_start, m.period_end) == (2025, 2030)
    # a vision of its own in a heading of its own runs the plan to it; its goals stay due by
    # the objectives' horizon
    m = meta_of(text + "3. Tầm nhìn đến năm 2050\nBiển trở thành động lực phát triển của tỉnh.\n")
    assert (m.period_start, m.period_end, m.goals_due) == (2025, 2050, 2030)
    # a plan numbered in decimals, "1. MỤC TIÊU" > "1.2. Mục tiêu cụ thể …", reads the same
    decimal = text.replace("I. MỤC TIÊU\n1. Mục tiêu chung", "1. MỤC TIÊU\n1.1. Mục tiêu chung") \
        .replace("2. Mục tiêu cụ thể", "1.2. Mục tiêu cụ thể")
    m = meta_of(decimal + "1.3. Tầm nhìn đến năm 2050\nBiển trở thành động lực phát triển của tỉnh.\n")
    assert (m.period_start, m.period_end, m.goals_due) == (2025, 2050, 2030)
    # "đến hết năm", "tới cuối năm" name the same horizon
    for until in ("đến hết năm", "tới cuối năm"):
        m = meta_of(text.replace("Mục tiêu cụ thể đến năm", "Mục tiêu cụ thể " + until))
        assert (m.period_start, m.period_end) == (2025, 2030)
        m = meta_of(text + f"3. Tầm nhìn {until} 2050\nBiển trở thành động lực phát triển của tỉnh.\n")
        assert (m.period_start, m.period_end, m.goals_due) == (2025, 2050, 2030)


@pytest.mark.parametrize("objectives, period", [
    # the objectives open on a stage of their own
    ("1. Mục tiêu chung\nKiềm chế, làm giảm nguồn cung và nhu cầu ma túy trong giai đoạn 2026-2030.\n", (2026, 2030)),
    # a stage of a document they cite is that document's
    ("1. Mục tiêu chung\nCụ thể hóa Chiến lược quốc gia phòng, chống ma túy giai đoạn 2021-2030.\n", (None, None)),
    # nor is a stage long past
    ("1. Mục tiêu chung\nTiếp nối kết quả giai đoạn 2016-2020.\n", (None, None)),
])
def test_period_from_the_stage_its_objectives_open_on(objectives, period):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 19/KH-UBND\nHưng Yên, ngày 01 tháng 6 năm 2026\nKẾ HOẠCH\n"
            "Thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy về công tác phòng, chống ma túy\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao hiệu quả.\nII. MỤC TIÊU\n" + objectives
            + "2. Mục tiêu cụ thể\n- Phấn đấu 100% xã, phường không có tụ điểm về ma túy.\n")
    m = meta_of(text)
    assert (m.period_start, m.period_end) == period


def test_period_from_the_plans_own_schedule():
    head = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 157/KH-UBND\nCần Thơ, ngày 18 tháng 11 năm 2025\n"
            "KẾ HOẠCH\nPhát động phong trào thi đua chi trả trợ cấp không dùng tiền mặt\n"
            "Thực hiện Chỉ thị số 21/CT-TTg ngày 25 tháng 11 năm 2022 của Thủ tướng Chính phủ;\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao nhận thức.\n")
    tail = "III. NỘI DUNG\n1. Nội dung thi đua\nVận động mở tài khoản.\n"
    schedule = ("2. Thời gian thi đua\n- Đợt 01: từ ngày 20 tháng 11 năm 2025 đến ngày 03 tháng 12 năm 2025;\n"
                "- Đánh giá kết quả trước ngày 31 tháng 12 năm 2025.\n")
    task_line = "2. Tuyên truyền\n- Thời gian thực hiện: Quý IV năm 2025.\n"
    # (or its roadmap, in a part of its own)
    roadmap = "2. Lộ trình thực hiện\nTừ năm 2026 đến hết năm 2028, mỗi năm một đợt.\n"
    for body, period in ((schedule, (2025, 2025)), (task_line, (None, None)), (roadmap, (2026, 2028))):
        d = doc_of(head + body + tail)
        m = metadata.extract(d, structure.parse(d))
        assert (m.period_start, m.period_end) == period


@pytest.mark.parametrize("lines,issuer,province", [
    (["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG"], "Sở Công Thương tỉnh Lào Cai", "Lào Cai"),
    (["ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP"], "Ủy ban nhân dân tỉnh Đồng Tháp", "Đồng Tháp"),
    (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"], "Ủy ban nhân dân thành phố Cần Thơ", "Cần Thơ"),
    (["BỘ CÔNG THƯƠNG"], "Bộ Công Thương", ""),
])
def test_header_issuer(lines, issuer, province):
    got = metadata.header_issuer(lines)
    assert got[:2] == (issuer, province)


def test_draft_by_blank_day():
    m = meta_of("UBND TỈNH LÀO CAI\nSố: 12/KH-UBND\nLào Cai, ngày tháng 6 năm 2026\nKẾ HOẠCH\nHuấn luyện")
    assert (m.doc_status, m.issue_date, m.year, m.symbol) == ("draft", "", 2026, "12/KH-UBND")


# --------------------------------------------------------------------------
# E-signed PDFs: number and day/month from the signature stamps
# --------------------------------------------------------------------------

def test_stamps_fill_blank_number_and_date():
    p = shared_file("real", "QD-2170-2026-CTDT-KCN-Ban-Qua.pdf")
    try:
        d = read_document(p, "x", str(p))
    except Exception as e:
        pytest.skip(f"reader unavailable: {e}")
    if not d.meta.get("stamps"):
        pytest.skip("no signature stamps read (needs tesseract with Vietnamese)")
    s = structure.parse(d)
    assert s.header["number"] == "" and s.header["day"] is None     # the text layer is blank
    m = metadata.extract(d, s)
    assert (m.symbol, m.issue_date, m.doc_status, m.year) == ("2170/QĐ-UBND", "2026-06-23", "issued", 2026)


BLANK = "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: /QĐ - UBND\nLào Cai, ngày tháng năm 2026\nQUYẾT ĐỊNH\nVề việc x"
STAMP_LINE = "Số: 2170 /QÐ - UBND Lào Cai, ngày 23 tháng 6 năm 2026"


@pytest.mark.parametrize("stamps,expected", [
    ([], ("", "", "draft")),
    ([{"page": 1, "values": ["2170", "23", "6"], "line": STAMP_LINE}], ("2170/QĐ-UBND", "2026-06-23", "issued")),
    # the date stamp on a band of its own, naming the header's place
    ([{"page": 1, "values": ["2170"], "line": "Số: 2170 /QĐ-UBND"},
      {"page": 1, "values": ["23", "6"], "line": "Lào Cai, ngày 23 tháng 6 năm 2026"}],
     ("2170/QĐ-UBND", "2026-06-23", "issued")),
    # OCR noise never invents a number or a date
    ([{"page": 1, "values": ["2170", "23", "6"], "line": STAMP_LINE.replace("UBND", "SCT")}], ("", "", "draft")),
    ([{"page": 1, "values": ["2170", "23", "6"], "line": STAMP_LINE.replace("2026", "2025")}], ("", "", "draft")),
    # a number the text layer already shows (not added by a stamp) is not taken;
    # without a number the document stays a draft and has no issue date
    ([{"page": 1, "values": ["23", "6"], "line": STAMP_LINE}], ("", "", "draft")),
    ([{"page": 1, "values": ["2170"], "line": STAMP_LINE}], ("2170/QĐ-UBND", "", "draft")),
    ([{"page": 1, "values": ["2170", "31", "6"], "line": STAMP_LINE.replace("23 tháng", "31 tháng")}],
     ("2170/QĐ-UBND", "", "draft")),
    ([{"page": 1, "values": ["23", "6"], "line": "(Cấp lần đầu: Ngày 23 tháng 6 năm 2026)"}], ("", "", "draft")),
])
def test_stamps_only_when_they_agree_with_the_header(stamps, expected):
    d = doc_of(BLANK)
    d.meta["stamps"] = stamps
    m = metadata.extract(d, structure.parse(d))
    assert (m.symbol, m.issue_date, m.doc_status) == expected


@pytest.mark.parametrize("tail,expected", [
    # a text copy of a signed PDF leaves the stamped number and day at the foot of page 1
    ("Các sở triển khai hiệu quả. 75 11\n## Trang 2\n2\nII. NỘI DUNG", ("75/KH-UBND", "2026-03-11", "issued")),
    # ... each on a line of its own when the copy kept the page's lines
    ("Các sở triển khai hiệu quả.\n75\n11\n\n## Trang 2\n2\nII. NỘI DUNG", ("75/KH-UBND", "2026-03-11", "issued")),
    # figures elsewhere, or a day the month lacks, are no stamps
    ("Các sở triển khai 75 11\n## Trang 2\nII. NỘI DUNG", ("", "", "draft")),
    ("Các sở triển khai\n75\n11\n\n## Trang 2\nII. NỘI DUNG", ("", "", "draft")),
    ("Các sở triển khai hiệu quả. 75 32\n## Trang 2\nII. NỘI DUNG", ("", "", "draft")),
])
def test_stray_stamps_of_a_text_copy(tail, expected):
    head = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: /KH-UBND\nNinh Bình, ngày tháng 3 năm 2026\nKẾ HOẠCH\n"
            "Phát triển du lịch biển\nI. MỤC ĐÍCH\n")
    m = meta_of(head + tail)
    assert (m.symbol, m.issue_date, m.doc_status) == expected


def test_stamps_never_override_a_printed_number():
    d = doc_of(BLANK.replace("Số: /", "Số: 15/").replace("ngày tháng", "ngày 2 tháng 3"))
    d.meta["stamps"] = [{"page": 1, "values": ["2170", "23", "6"], "line": STAMP_LINE}]
    m = metadata.extract(d, structure.parse(d))
    assert (m.symbol, m.issue_date, m.doc_status) == ("15/QĐ-UBND", "2026-03-02", "issued")


# --------------------------------------------------------------------------
# Scanned documents: state header wins over news cues; issuers named in full
# --------------------------------------------------------------------------

MOTTO_LINES = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


@pytest.mark.parametrize("text,expected", [
    # "thông tin liên quan" in a sentence is no news cue; the garbled "Số:" still gives the number
    ("CHÍNH PHỦ\n" + MOTTO_LINES + "~Ý se=—Ni 19/2026/NQ-CP\nHà Nội, ngày 29 tháng 4 năm 2026\n"
     "chongven. ĐIỆN TỪ CHÍNH PHÙ\nNGHỊ QUYÉT\nCắt giảm thủ tục hành chính\n"
     "Điều 1. Thương nhân khai báo thông tin liên quan đến việc cấp phép.\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG",
     dict(source_kind="official", doc_type="Nghị quyết", symbol="19/2026/NQ-CP", doc_status="issued",
          issuer="Chính phủ", province="", issue_date="2026-04-29", year=2026, signer_title="Thủ tướng")),
    # a team set up by a decision, its date column read before the number
    ("SỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐOÀN KIÊM TRA\nĐộc lập - Tự do - Hạnh Phúc\n"
     "THEO QUYẾT ĐỊNH\nSỐ 1050/QĐ-SCT\nLào Cai, ngày 10 tháng 3 năm 2026\nSố: 1105/KH-ĐKT\nKẾ HOẠCH\n"
     "Kiểm tra vật liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai",
     dict(symbol="1105/KH-ĐKT", doc_status="issued", issue_date="2026-03-10", year=2026, province="Lào Cai",
          issuer="Đoàn kiểm tra Sở Công Thương tỉnh Lào Cai")),
    ("ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTĨNH LÀO CAI\nĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 2507/GP-UBND\nLào Cai, ngày 21 tháng 7 năm 2026\nGIẦY PHÉP SỬ DỤNG VẬT LIỆU NỔ",
     dict(issuer="Ủy ban nhân dân tỉnh Lào Cai", province="Lào Cai", issue_date="2026-07-21")),
    # a ministry letter that lost its number line; a garbled (not blank) day
    ("BỘ CÔNG THƯƠNG\n" + MOTTO_LINES + "V/v triển khai thực hiện thủ tục cấp\n"
     "Hà Nội, ngày0} thángh măm 2026\nGiấy phép vận chuyển hàng hóa nguy hiểm\n"
     "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố",
     dict(source_kind="official", doc_type="Công văn", symbol="", doc_status="issued", issue_date="",
          year=2026, issuer="Bộ Công Thương", province="",
          title="triển khai thực hiện thủ tục cấp Giấy phép vận chuyển hàng hóa nguy hiểm")),
    # the office of a people's committee
    ("DUBND TỈNH LÀO CAI\nVĂN PHÒNG\nSố: /BC-VP\n" + MOTTO_LINES + "Lào Cai, ngày tháng 6 năm 2026\n"
     "BÁO CÁO\nTình hình triển khai các cụm công nghiệp trên địa bàn tỉnh",
     dict(doc_status="draft", issuer="Văn phòng Ủy ban nhân dân tỉnh Lào Cai", province="Lào Cai", year=2026)),
    # the issuing body printed under the title; a central body takes no province suffix
    (MOTTO_LINES + "Số: 1668/NQ-UBTVQH15\nNGHỊ QUYẾT\nVề việc sắp xếp các đơn vị hành chính cấp xã của "
     "thành phố Cần Thơ năm 2025\nỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ Hiến pháp;",
     dict(issuer="Ủy ban Thường vụ Quốc hội", symbol="1668/NQ-UBTVQH15", province="Cần Thơ")),
    # a resolution dated only by its closing line
    (MOTTO_LINES + "Số: 1668/NQ-UBTVQH15\nNGHỊ QUYẾT\nVề việc sắp xếp các đơn vị hành chính cấp xã\n"
     "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nĐiều 1. Sắp xếp các xã.\n1. Nghị quyết này có hiệu lực thi hành từ ngày "
     "được thông qua.\nNghị quyết này được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam "
     "khóa XV thông qua ngày 16 tháng 6 năm 2025.\nCHỦ TỊCH\nTrần Thanh Mẫn",
     dict(doc_status="issued", issue_date="2025-06-16", year=2025)),
    (MOTTO_LINES + "Số: 12/2025/NQ-HĐND\nNGHỊ QUYẾT\nQuy định mức chi\nHỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI\n"
     "Điều 1. Mức chi.\nNghị quyết này đã được Hội đồng nhân dân tỉnh Lào Cai khóa XVI, Kỳ họp thứ 5 "
     "thông qua ngày 10 tháng 12 năm 2025 và có hiệu lực từ ngày 01 tháng 01 năm 2026.",
     dict(issue_date="2025-12-10", year=2025)),
    # an approval amended, its header undated: the title dates each version, the last is its own
    ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nBAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP\n" + MOTTO_LINES + "Số: 257 /QĐ-BQLCKCN\n"
     "QUYẾT ĐỊNH CHẤP THUẬN ĐIỀU CHỈNH CHỦ TRƯƠNG ĐẦU TƯ\n(cấp lần đầu: ngày 31 tháng 7 năm 2020)\n"
     "(điều chỉnh lần thứ 03: ngày 10 tháng 9 năm 2026)\nBAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH LÀO CAI\n"
     "Căn cứ Luật Đầu tư số 143/2025/QH15;", dict(doc_status="issued", issue_date="2026-09-10", year=2026)),
    # an e-signed letter whose day is left blank: the stamp's signing time dates it
    ("Ký bởi: BỘ TÀI CHÍNH\nThời gian ký: 19/06/2026 14:18:57 +07:00\nBỘ TÀI CHÍNH\n" + MOTTO_LINES +
     "Số: 2320/BTC-QLCS\nHà Nội, ngày / tháng 6 năm 2026\nV/v Triển khai Nghị định số 178/2026/NĐ-CP\n"
     "Kính gửi: Các Bộ, cơ quan ngang bộ.\nBộ Tài chính đề nghị các Bộ triển khai.",
     dict(doc_status="issued", issue_date="2026-06-19", year=2026)),
    # ... the stamp's date written with dots
    ("Ký bởi: Bộ Công Thương\nThời gian ký: 02.04.2026 14:24:26 +07:00\nBỘ CÔNG THƯƠNG\n" + MOTTO_LINES +
     "Số: 2265/BCT-ATMT\nHà Nội, ngày tháng năm 2026\nV/v triển khai thủ tục cấp giấy phép\n"
     "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố\nBộ Công Thương đề nghị triển khai.",
     dict(doc_status="issued", issue_date="2026-04-02", year=2026)),
    # ... the stamp at the page's edge, its lines' first letters lost to the OCR
    ("ý bởi: Bộ Công Thương,\nơ quan: Bộ Công thương,\nhời gian ký: 02.04.2026 14:24:26 +07:00\n"
     "BỘ CÔNG THƯƠNG\n" + MOTTO_LINES + "Số: 2265/BCT-ATMT\nHà Nội, ngày0) thángh năm 2026\n"
     "V/v triển khai thủ tục cấp giấy phép\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố\n"
     "Bộ Công Thương đề nghị triển khai.", dict(issue_date="2026-04-02", year=2026)),
    # a telegram's authority line ends in its verb
    ("CÔNG ĐIỆN\nVỀ TẬP TRUNG ƯU TIÊN GIỮ VỮNG ỔN ĐỊNH KINH TẾ VĨ MÔ\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n"
     "- Bộ trưởng, Thủ trưởng cơ quan ngang Bộ;\nTừ đầu năm 2025 đến nay, Chính phủ đã chỉ đạo.",
     dict(doc_type="Công điện", issuer="Thủ tướng Chính phủ")),
    # no authority line: a national issuer code of the symbol
    (MOTTO_LINES + "Số: 15/2026/TT-BCT\nHà Nội, ngày 25 tháng 3 năm 2026\nTHÔNG TƯ\nSửa đổi Thông tư\n"
     "Căn cứ Luật;", dict(issuer="Bộ Công Thương", province="", issue_date="2026-03-25")),
])
def test_scanned_document_fields(text, expected):
    m = meta_of(text)
    for k, v in expected.items():
        assert getattr(m, k) == v, (k, getattr(m, k), v)


@pytest.mark.parametrize("text,kind", [
    ("Hà Nội :\nTiêu đề\nUBND Thành phố Hà Nội ban hành Kế hoạch số 303/KH-UBND về đào tạo.\nTin liên quan\n- x",
     "news"),
    ("Hà Nội :\nTiêu đề\nCung cấp thông tin liên quan đến việc cấp phép.", "official"),
    ("ỦY BAN NHÂN DÂN\n" + MOTTO_LINES + "KẾ HOẠCH\nĐào tạo\nBình luận bài viết", "official"),
    # a dateline and a photo's credit are a newspaper's; an office's header line is not
    ("Lao động việc làm\n(QNO) - Theo Sở LĐ-TB&XH, năm 2022 ngành đặt mục tiêu giải quyết việc làm.", "news"),
    ("Giảm nghèo\nĐBP - Ngày 5/10, tỉnh phấn đấu giảm tỷ lệ hộ nghèo.", "news"),
    ("Lao động việc làm\nTriển khai sàn giao dịch việc làm tại cơ sở. Ảnh: D.L\nTỉnh đặt mục tiêu.", "news"),
    ("VĂN PHÒNG HĐND - UBND TỈNH\nCSGT- Công an tỉnh tuần tra.\nThực hiện nhiệm vụ.", "official"),
])
def test_news_cues_need_news_furniture(text, kind):
    assert meta_of(text).source_kind == kind


@pytest.mark.parametrize("lines,issuer,province", [
    (["DUBND TỈNH LÀO CAI", "VĂN PHÒNG"], "Văn phòng Ủy ban nhân dân tỉnh Lào Cai", "Lào Cai"),
    (["VĂN PHÒNG UBND TỈNH LÀO CAI"], "Văn phòng Ủy ban nhân dân tỉnh Lào Cai", "Lào Cai"),
    (["SỞ CÔNG THƯƠNG", "ĐOÀN KIỂM TRA"], "Đoàn kiểm tra Sở Công Thương", ""),
    (["CHÍNH PHỦ"], "Chính phủ", ""),
    (["ỦY BAN THƯỜNG VỤ QUỐC HỘI"], "Ủy ban Thường vụ Quốc hội", ""),
    # a local body under its ministry, or with its tier alone under its province's line
    (["BỘ CÔNG AN", "CÔNG AN TP CẦN THƠ"], "Công an thành phố Cần Thơ", "Cần Thơ"),
    (["UBND TỈNH LÀO CAI", "CÔNG AN TỈNH"], "Công an tỉnh Lào Cai", "Lào Cai"),
    (["BỘ CÔNG AN"], "Bộ Công an", ""),
    # the name it signed with, and its province as named at issue (Huế today: province_now)
    (["ỦY BAN NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ"], "Ủy ban nhân dân tỉnh Thừa Thiên Huế", "Thừa Thiên Huế"),
])
def test_header_issuer_units(lines, issuer, province):
    assert metadata.header_issuer(lines)[:2] == (issuer, province)


@pytest.mark.parametrize("text,doc_type,until", [
    ("Điều 3. Giấy phép này có giá trị kể từ ngày ký đến hết ngày 05 tháng 7 năm 2031./.", "Giấy phép", 2031),
    ("Quyết định này có hiệu lực từ ngày ký đến hết ngày 31/12/2027.", "Quyết định", 2027),
    ("Giấy chứng nhận này có thời hạn đến năm 2030.", "Giấy chứng nhận", 2030),
    # no end: in force from signing only
    ("Quyết định này có hiệu lực kể từ ngày ký.", "Quyết định", None),
    # a form of another type reproduced in a circular is not the circular's term
    ("Giấy phép này có giá trị đến hết ngày 05/7/2031.", "Thông tư", None),
    # a blank form
    ("Giấy phép này có giá trị đến hết ngày…", "Giấy phép", None),
])
def test_valid_until(text, doc_type, until):
    assert metadata.valid_until(text, doc_type) == until


def test_permit_term_gives_the_period():
    d = doc_of("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 2507/GP-UBND\n" + MOTTO_LINES
               + "Lào Cai, ngày 21 tháng 7 năm 2026\nGIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP\n"
               "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nCăn cứ Luật ngày 16/6/2025;\nQUYẾT ĐỊNH:\n"
               "Điều 1. Cho phép Công ty được sử dụng.\n"
               "Điều 2. Giấy phép này có giá trị kể từ ngày ký đến hết ngày 05 tháng 7 năm 2031./.\n"
               "Nơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thành Sinh")
    m = metadata.extract(d, structure.parse(d))
    assert (m.doc_type, m.year, m.period_start, m.period_end) == ("Giấy phép", 2026, 2026, 2031)


def test_a_decisions_term_of_effect_is_no_period():
    d = doc_of("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 904/QĐ-UBND\n" + MOTTO_LINES
               + "Lào Cai, ngày 26 tháng 8 năm 2025\nQUYẾT ĐỊNH\nVề việc ủy quyền cho Giám đốc Sở Công Thương\n"
               "Căn cứ Luật ngày 16/6/2025;\nQUYẾT ĐỊNH:\nĐiều 1. Ủy quyền cho Giám đốc Sở Công Thương.\n"
               "Điều 2. Quyết định này có hiệu lực đến hết ngày 31 tháng 12 năm 2025./.\n"
               "Nơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNgô Hạnh Phúc")
    m = metadata.extract(d, structure.parse(d))
    assert (m.doc_type, m.period_start, m.period_end) == ("Quyết định", None, None)


@pytest.mark.parametrize("title, period", [
    ("KẾ HOẠCH NĂM AN TOÀN GIAO THÔNG 2023 TRÊN ĐỊA BÀN TỈNH", (2023, 2023)),
    ("KẾ HOẠCH HÀNH ĐỘNG “NĂM AN TOÀN GIAO THÔNG - 2019”", (2019, 2019)),
    ("BẢO ĐẢM AN TOÀN GIAO THÔNG DỊP LỄ HỘI XUÂN 2026", (2026, 2026)),
    # a year inside a cited document's date or a symbol is not the plan's
    ("THỰC HIỆN CHỈ THỊ SỐ 10/CT-TTG NGÀY 19/4/2023 CỦA THỦ TƯỚNG", (None, None)),
    ("SỬA ĐỔI QUYẾT ĐỊNH SỐ 12/2021/QĐ-UBND", (None, None)),
    # nor the year of a date written in words
    ("CHẤP THUẬN NHÀ ĐẦU TƯ (cấp lần đầu: ngày 16 tháng 7 năm 2026)", (None, None)),
    # ... even where the OCR garbled its day and month
    ("CHẤP THUẬN NHÀ ĐẦU TƯ (Cáp lần đầu: Ngày 0£ tháng † năm 2026)", (None, None)),
    ("CHẤP THUẬN NHÀ ĐẦU TƯ (Cáp lần đầu: Ngày 0À tháng ÿ năm 2026)", (None, None)),
    # ... but a span of months is no date: "6 tháng đầu năm 2024" names its year
    ("CÔNG BỐ DANH MỤC VĂN BẢN HẾT HIỆU LỰC 6 THÁNG ĐẦU NĂM 2024", (2024, 2024)),
    # two bare years say nothing about one plan year
    ("TỔNG KẾT 2024 VÀ NHIỆM VỤ 2025", (None, None)),
])
def test_title_names_its_one_year_after_a_theme(title, period):
    from pipeline.extraction.metadata import plan_period
    assert plan_period(title, "", 2025) == period


def test_a_party_header_misread_by_ocr_is_still_central():
    d = doc_of("BẠN CHẬP HÀNH TRUNG ƯƠNG ĐẢNG\nSố 75-KL/TW Hà Nội, ngày 28 tháng 7 năm 2026\nKẾT LUẬN\n"
               "về bảo vệ môi trường\nI- BỐI CẢNH\nSau hơn 13 năm thực hiện Nghị quyết.\n")
    assert not metadata.extract(d, structure.parse(d)).province


def test_a_letter_copied_from_its_addressees_on_is_a_letter():
    from pipeline.extraction import metadata, structure
    from pipeline.models import Document
    text = ("Kính gửi:\n- Các sở, ban, ngành thuộc Thành phố;\n- Ủy ban nhân dân các xã, phường.\n"
            "Ủy ban nhân dân Thành phố yêu cầu thực hiện một số nội dung sau:\n1. Rà soát danh mục dự án.\n")
    doc = Document(doc_id="a", source="a.md", sha256="", format="md", text=text)
    assert metadata.extract(doc, structure.parse(doc)).doc_type == "Công văn"


def test_a_copy_without_its_header_takes_the_year_of_the_latest_document_it_cites():
    meta, doc = copy_of(
        "Kính gửi: Các sở, ban, ngành Thành phố\n"
        "Thực hiện Kế hoạch số 13-KH/TU ngày 17 tháng 11 năm 2025 của Ban Thường vụ Thành ủy và Công văn số "
        "383-CV/BTCTU ngày 27 tháng 11 năm 2024 của Ban Tổ chức Thành ủy, Ủy ban nhân dân Thành phố đề nghị "
        "các đơn vị triển khai thực hiện.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    # no date of its own: no older than what it cites, and the reader is told so
    assert meta.year == 2025 and meta.issue_date == ""
    assert any("inferred" in w for w in doc.warnings)


def test_a_saved_page_without_the_documents_header_takes_the_websites_record():
    from pipeline.extraction.extract import extract as extract_all
    from pipeline.models import Document
    text = ("Đang tải văn bản... # Số hiệu:\n4001/UBND-ĐT\nLoại văn bản:\nCông văn\nNơi ban hành:\n"
            "Thành phố Hồ Chí Minh\nNgười ký:\nBùi Minh Thạnh\nNgày ban hành:\n24/11/2025\n"
            "Kính gửi:\n- Sở Nông nghiệp và Môi trường;\n- Sở Xây dựng.\n"
            "Thực hiện Nghị quyết số 66.4/2025/NQ-CP ngày 21 tháng 9 năm 2025 của Chính phủ, Chủ tịch Ủy ban "
            "nhân dân Thành phố chỉ đạo như sau:\n1. Giao Sở Xây dựng rà soát danh mục.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    doc = Document(doc_id="p", source="p.md", sha256="", format="md", text=text)
    meta = extract_all(doc).meta
    assert (meta.doc_type, meta.symbol, meta.issue_date, meta.doc_status) == \
        ("Công văn", "4001/UBND-ĐT", "2025-11-24", "issued")
    assert any("website's record" in w for w in doc.warnings)


@pytest.mark.parametrize("footer, title", [
    # the site names the page where the copy ends, its lines run into one
    ("Công văn 4001/UBND-ĐT năm 2025 về Danh mục mỏ khoáng sản áp dụng cơ chế đặc thù Văn bản này chưa "
     "cập nhật nội dung Tiếng Anh Công văn 4001/UBND-ĐT ngày 24/11/2025 về … Văn bản liên quan Ban hành: 21/09/2025",
     "Danh mục mỏ khoáng sản áp dụng cơ chế đặc thù"),
    # (on a line of its own, with the issuer the site adds)
    ("Công văn 4001/UBND-ĐT năm 2025 rà soát danh mục mỏ khoáng sản do Thành phố Hồ Chí Minh ban hành",
     "rà soát danh mục mỏ khoáng sản"),
    # a related document's name is not this one's
    ("Công văn 3999/UBND-ĐT năm 2025 về Danh mục mỏ khoáng sản áp dụng cơ chế đặc thù", ""),
])
def test_a_saved_page_without_a_title_takes_the_sites_name_for_it_from_the_copys_end(footer, title):
    from pipeline.extraction.extract import extract as extract_all
    from pipeline.models import Document
    text = ("Đang tải văn bản... # Số hiệu:\n4001/UBND-ĐT\nLoại văn bản:\nCông văn\nNơi ban hành:\n"
            "Thành phố Hồ Chí Minh\nNgười ký:\nBùi Minh Thạnh\nNgày ban hành:\n24/11/2025\n"
            "Kính gửi:\n- Sở Xây dựng.\n1. Giao Sở Xây dựng rà soát danh mục.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + footer + "\n")
    doc = Document(doc_id="p", source="p.md", sha256="", format="md", text=text)
    assert extract_all(doc).meta.title == title


@pytest.mark.parametrize("caption, symbol, date", [
    # the appendix names its own resolution: the copy's number and date
    ("(Kèm theo Nghị quyết số 394/NQ-CP ngày 03 tháng 12 năm 2025 của Chính phủ)", "394/NQ-CP", "2025-12-03"),
    # a plan's caption names the decision that issued it, not the resolution
    ("(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 03/12/2025 của Ủy ban nhân dân tỉnh)", "", ""),
])
def test_a_copy_without_its_header_is_named_by_its_appendix_caption(caption, symbol, date):
    text = ("NGHỊ QUYẾT\nVề phát triển kinh tế tuần hoàn\nCHÍNH PHỦ\nQUYẾT NGHỊ:\n"
            "1. Các bộ, ngành tổ chức thực hiện Nghị quyết.\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\nPhạm Minh Chính\n"
            "PHỤ LỤC\nDANH MỤC ĐỀ ÁN ƯU TIÊN\n" + caption + "\n1. Đề án thứ nhất.\n")
    doc = doc_of(text)
    meta = metadata.extract(doc, structure.parse(doc))
    assert (meta.doc_type, meta.symbol, meta.issue_date) == ("Nghị quyết", symbol, date)


@pytest.mark.parametrize("head, period", [
    # a telegram acts now: it has no span of its own ...
    ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 229/CĐ-TTg\nCÔNG ĐIỆN\nVề thúc đẩy tăng trưởng kinh tế\n", None),
    # ... unless its subject is the work of the one year it names
    ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 229/CĐ-TTg\nCÔNG ĐIỆN\nVề thúc đẩy tăng trưởng kinh tế năm 2025\n", (2025, 2025)),
    # a plan's title gives its period
    ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/KH-UBND\nKẾ HOẠCH\nPhát triển kinh tế năm 2025\n", (2025, 2025)),
])
def test_only_documents_that_plan_have_a_period(head, period):
    text = head + "Hà Nội, ngày 20 tháng 11 năm 2025\n1. Các bộ, ngành triển khai ngay.\n"
    doc = doc_of(text)
    meta = metadata.extract(doc, structure.parse(doc))
    assert ((meta.period_start, meta.period_end) if meta.period_start else None) == period


@pytest.mark.parametrize("caption_lines", [
    "(Kèm theo Quyết định số 1422/QĐ-TTg\nNgày 19 tháng 11 năm 2024 của Thủ tướng Chính phủ)\n",
    # (typed with a space before each slash)
    "(Ban hành kèm theo Quyết định số 1422 /QĐ-TTg ngày 19 /11/2024\ncủa Thủ tướng Chính phủ)\n",
])
@pytest.mark.parametrize("title_lines", [
    "KẾ HOẠCH QUỐC GIA\nThích ứng với biến đổi khí hậu giai đoạn 2021 - 2030,\ntầm nhìn đến năm 2050 (cập nhật)\n",
    "KẾ HOẠCH\nThích ứng với biến đổi khí hậu giai đoạn 2021 - 2030, tầm nhìn đến năm 2050 (cập nhật) ",
])
def test_an_annexed_plan_carries_the_number_of_the_decision_under_its_title(title_lines, caption_lines):
    text = ("THỦ TƯỚNG CHÍNH PHỦ\n" + title_lines + caption_lines +
            "Thực hiện Luật Bảo vệ môi trường, Thủ tướng Chính phủ ban hành Kế hoạch.\nI. MỤC TIÊU\n"
            "1. Mục tiêu chung\nGiảm thiểu rủi ro.\n")
    doc = doc_of(text)
    meta = metadata.extract(doc, structure.parse(doc))
    assert (meta.doc_type, meta.symbol, meta.issue_date) == ("Kế hoạch", "1422/QĐ-TTg", "2024-11-19")
    assert meta.title.endswith("tầm nhìn đến năm 2050 (cập nhật)")
    assert "Thích ứng với biến đổi khí hậu" in meta.title


# A web page that carries the plan's own state header is the plan, though its reader took
# every web page for a press report; a press report about the plan stays one.
@pytest.mark.parametrize("text, kind", [
    ("Thư viện văn bản. Đang tải văn bản...\nỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n"
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 151/KH-UBND\n"
     "Nghệ An, ngày 25 tháng 3 năm 2021\nKẾ HOẠCH\nTrợ giúp người khuyết tật giai đoạn 2021 - 2030\n"
     "I. MỤC TIÊU\n1. Mục tiêu chung\nCải thiện đời sống người khuyết tật.\n", "official"),
    ("(Báo Nghệ An) - Ngày 25/3, UBND tỉnh ban hành Kế hoạch số 151/KH-UBND về trợ giúp người "
     "khuyết tật giai đoạn 2021 - 2030.\nTheo Kế hoạch, đến năm 2025 có 80% người khuyết tật tiếp cận dịch vụ y tế.\n",
     "news"),
])
def test_a_web_page_that_carries_the_plans_own_header_is_the_plan(text, kind):
    doc = doc_of(text)
    doc.meta["source_kind"] = "news"        # what the web-page reader says of every page
    m = metadata.extract(doc, structure.parse(doc))
    assert m.source_kind == kind
    if kind == "official":
        assert (m.symbol, m.period_start, m.period_end) == ("151/KH-UBND", 2021, 2030)


# So is a legal website's page that lost the header but shows the site's record of the
# document, and a letter saved from its salutation on; a report stays one.
@pytest.mark.parametrize("text, kind", [
    ("Đang tải văn bản...\nSố hiệu:\n4001/UBND-ĐT\nLoại văn bản:\nCông văn\nNơi ban hành:\nThành phố Hồ Chí Minh\n"
     "Ngày ban hành:\n24/11/2025\nKính gửi:\n- Sở Tài chính;\n- Sở Xây dựng.\n"
     "Thực hiện Kết luận số 15-KL/ĐU, Ủy ban nhân dân Thành phố có ý kiến như sau.\n", "official"),
    ("Kính gửi:\n- Sở Y tế;\n- UBND các phường, xã.\nThời gian qua, Ủy ban nhân dân thành phố đã có nhiều "
     "văn bản chỉ đạo thực hiện chính sách bảo hiểm y tế theo Nghị định số 188/2025/NĐ-CP.\n", "official"),
    ("(Báo Hà Nội) - Ủy ban nhân dân Thành phố vừa ban hành Công văn số 4001/UBND-ĐT gửi Sở Tài chính.\n"
     "Kính gửi các sở là cách mở đầu của văn bản.\n", "news"),
])
def test_a_web_page_with_the_sites_record_or_a_salutation_is_the_document(text, kind):
    doc = doc_of(text)
    doc.meta["source_kind"] = "news"
    assert metadata.extract(doc, structure.parse(doc)).source_kind == kind


@pytest.mark.parametrize("date_line, iso", [
    ("Hà Nội, 19 tháng 08 năm 2024", "2024-08-19"),          # the day printed without "ngày"
    ("An Giang , ngày 28 tháng 4 năm 20 23", "2023-04-28"),   # the year split by a web page
    ("Đồng Tháp, ngày 19/11/2025", "2025-11-19"),            # the date in figures
    ("Lào Cai, ngày 05.01.2026", "2026-01-05"),
])
def test_header_dates_as_web_copies_print_them(date_line, iso):
    d = doc_of("BỘ GIAO THÔNG VẬN TẢI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1032/QĐ-BGTVT\n"
               f"{date_line}\nQUYẾT ĐỊNH\nBan hành Quy chế thi đua\nĐiều 1. Ban hành kèm theo.\n")
    assert metadata.extract(d, structure.parse(d)).issue_date == iso


def test_a_letters_subject_read_on_one_line_with_the_date_beside_it():
    # OCR may read the two header columns into one line: the subject, then the date
    d = doc_of("BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
               "Số: 2265/BCT-ATMT\nV/v triển khai thực hiện thủ tục cấp Hà Nội, ngày 02 tháng 4 năm 2026\n"
               "Giấy phép vận chuyển hàng hóa nguy hiểm loại 1,2,3,4,9\n"
               "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố\n"
               "Bộ Công Thương đề nghị Ủy ban nhân dân các tỉnh, thành phố hướng dẫn thực hiện./.\n"
               "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrương Thanh Hoài\n")
    meta = metadata.extract(d, structure.parse(d))
    assert meta.title == "triển khai thực hiện thủ tục cấp Giấy phép vận chuyển hàng hóa nguy hiểm loại 1,2,3,4,9"
    assert meta.issue_date == "2026-04-02"


def test_a_programme_that_states_its_span_in_its_purpose_has_that_period():
    d = doc_of("BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 31-CTr/TW\nHà Nội, ngày 28 tháng 7 năm 2026\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n"
               "của Bộ Chính trị thực hiện Kết luận số 75-KL/TW của Ban Chấp hành Trung ương\n"
               "I- MỤC ĐÍCH, YÊU CẦU\n1. Cụ thể hoá và tổ chức thực hiện hiệu quả Kết luận.\n"
               "2. Chương trình hành động đề ra các nhiệm vụ, đề án quan trọng trong giai đoạn 2026 - 2030; "
               "xác định cụ thể trách nhiệm, tiến độ.\nII- NHIỆM VỤ CHỦ YẾU\n1. Tăng cường sự lãnh đạo của Đảng.\n")
    meta = metadata.extract(d, structure.parse(d))
    assert (meta.period_start, meta.period_end) == (2026, 2030)


@pytest.mark.parametrize("lines, issuer", [
    (["BỘ NGOẠI GIAO"], "Bộ Ngoại giao"),                       # a listed body keeps its spelling
    (["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"], "Bộ Nông nghiệp và Môi trường"),
    (["ỦY BAN NHÂN DÂN |TỈNH BÌNH ĐỊNH"], "Ủy ban nhân dân tỉnh Bình Định"),   # a cell edge is no word
])
def test_header_issuer_spelled_as_the_body_is(lines, issuer):
    assert metadata.header_issuer(lines)[0] == issuer


@pytest.mark.parametrize("lines, issuer, central", [
    # a body named national belongs to no province: its place line is the capital
    (["ỦY BAN AN TOÀN GIAO THÔNG QUỐC GIA"], "Ủy ban An toàn giao thông quốc gia", True),
    # "ĐƯỜNG BỘ" is a road, not a ministry opening a second body
    (["BỘ XÂY DỰNG", "CỤC ĐƯỜNG BỘ VIỆT NAM"], "Cục Đường bộ Việt Nam", True),
    # a province's Party committee under the Party's name (OCR reads both into its lines)
    (["TỈNH ỦY LÀO CAI", "ĐẢNG CỘNG SẢN VIỆT NAM"], "Tỉnh ủy Lào Cai", False),
    # an unlisted body takes the case of a name, not of a sentence
    (["ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG"],
     "Ban Quản lý dự án đầu tư xây dựng tỉnh Lào Cai", False),
])
def test_central_and_unlisted_issuers(lines, issuer, central):
    assert metadata.header_issuer(lines)[0] == issuer
    assert metadata.is_central(" ".join(lines)) is central


@pytest.mark.parametrize("mark, status", [("", "issued"), ("(DỰ THẢO)\n", "draft")])
def test_a_copy_without_its_header_is_issued_unless_it_says_draft(mark, status):
    meta, _ = copy_of("Kính gửi: Các sở, ban, ngành Thành phố\n" + mark + "Ủy ban nhân dân Thành phố đề nghị các "
                      "đơn vị triển khai thực hiện.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    assert meta.doc_status == status


def test_a_government_text_without_its_header_is_central_and_as_young_as_the_laws_it_cites():
    meta, _ = copy_of(
        "NGHỊ QUYẾT\nVỀ TÁCH NỘI DUNG BỒI THƯỜNG THUỘC DỰ ÁN ĐIỆN HẠT NHÂN THÀNH DỰ ÁN ĐỘC LẬP\n"
        "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
        "Căn cứ Nghị quyết số 174/2024/QH15 của Quốc hội;\nQUYẾT NGHỊ:\n"
        "Điều 1. Giao Ủy ban nhân dân tỉnh Khánh Hòa làm cơ quan chủ quản dự án.\n")
    # the province its text gives a task to is not the issuer's; the year is the newest law's
    assert meta.province == "" and meta.year == 2025


def test_a_part_titled_for_a_span_to_come_gives_the_plan_its_period():
    text = ("TỈNH ỦY LÀO CAI\nSố: - ĐA/TU\nLào Cai, ngày tháng năm 2025\nĐỀ ÁN\nTăng cường quản lý tài nguyên\n"
            "Phần thứ nhất\nKẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021-2025\nI. KẾT QUẢ ĐẠT ĐƯỢC\nĐã cấp 120 giấy phép.\n"
            "Phần thứ hai\nQUAN ĐIỂM, MỤC TIÊU, NHIỆM VỤ\nVÀ GIẢI PHÁP GIAI ĐOẠN 2026-2030\nI. MỤC TIÊU\n"
            "1. Mục tiêu cụ thể đến năm 2030\n- 100% hồ sơ được số hóa.\n")
    m = meta_of(text)
    # the part gone by reports; the part to come is the plan's span
    assert (m.period_start, m.period_end) == (2026, 2030)


@pytest.mark.parametrize("text,kind", [
    # a reporter's words about a plan, with no header and no page furniture
    ("Dạy bơi cho trẻ em\nỦy ban nhân dân tỉnh vừa ban hành kế hoạch về dạy bơi giai đoạn 2023-2030.\n"
     "Theo đó, 80% trẻ em biết bơi vào năm 2030.", "news"),
    ("Chuyển đổi số\nKế hoạch đã đề ra các mục tiêu cụ thể: 70% hồ sơ được xử lý trực tuyến.", "news"),
    ("Giảm nghèo bền vững\nCũng tại kế hoạch này, tỉnh phấn đấu giảm 1% hộ nghèo mỗi năm.", "news"),
    ("Kinh tế số\nKế hoạch của UBND tỉnh đã đặt ra 5 mục tiêu: kinh tế số đạt 20% GRDP.", "news"),
    ("Phòng, chống HIV\nNgày 10/11/2023, UBND tỉnh đã ban hành Kế hoạch số 21/KH-UBND về phòng, "
     "chống HIV năm 2023.", "news"),
    ("Tết an toàn\nTheo Kế hoạch, Công an tỉnh chủ trì bảo đảm an ninh dịp Tết.", "news"),
    # a plan's own words without its header stay official
    ("I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nTriển khai kế hoạch này trên địa bàn tỉnh đạt hiệu quả.",
     "official"),
    # with its own state header the document is itself, whatever it says of a plan
    ("ỦY BAN NHÂN DÂN\n" + MOTTO_LINES + "Số: 12/KH-UBND\nKẾ HOẠCH\nĐào tạo\n"
     "Ủy ban nhân dân tỉnh vừa ban hành Kế hoạch số 3/KH-UBND.", "official"),
])
def test_reporting_words_mark_a_news_report(text, kind):
    assert meta_of(text).source_kind == kind


def test_news_report_names_its_plan_without_a_number():
    text = ("Phát triển du lịch\nỦy ban nhân dân tỉnh vừa giao Sở Văn hóa theo dõi việc thực hiện "
            "Kế hoạch phát triển du lịch cộng đồng giai đoạn 2024-2028 trên địa bàn tỉnh.\n")
    m = meta_of(text)
    assert (m.source_kind, m.doc_type, m.doc_status) == ("news", "Kế hoạch", "issued")
    assert "phát triển du lịch cộng đồng" in m.title and (m.period_start, m.period_end) == (2024, 2028)


@pytest.mark.parametrize("text,date", [
    ("Phòng cháy\nNgày 3-9-2021, UBND tỉnh đã ban hành Kế hoạch số 41/KH-UBND về phòng cháy.\n"
     "Tin liên quan", "2021-09-03"),
    ("Phòng cháy\nngày 19/12/2019 UBND tỉnh đã có Công văn số 77/UBND-NC tăng cường phòng cháy:\n"
     "Các tin khác", "2019-12-19"),
    ("Phòng cháy\nUBND tỉnh ban hành Kế hoạch số 41/KH-UBND ngày 03/9/2021 về phòng cháy.\n"
     "Tin liên quan", "2021-09-03"),
    # the day in words; the day without its year, in the year of the page's date (or the one before)
    ("Gia đình\nNgày 27 tháng 01 năm 2022, Ủy ban nhân dân tỉnh Hòa Bình đã ban hành kế hoạch số 16/KH-UBND về "
     "việc thực hiện Chiến lược phát triển gia đình.\nTin liên quan", "2022-01-27"),
    ("07:08, 26/08/2021\nĐọc sách\nNgày 26-8, UBND tỉnh Khánh Hòa ban hành Kế hoạch số 12/KH-UBND về phát triển "
     "văn hóa đọc.\nTin liên quan", "2021-08-26"),
    ("05/01/2022 09:15\nĐọc sách\nNgày 28-12, UBND tỉnh ban hành Kế hoạch số 12/KH-UBND về phát triển văn hóa đọc."
     "\nTin liên quan", "2021-12-28"),
    # the day the plan was signed, told later in the report
    ("Thương mại điện tử\nUBND tỉnh Đắk Lắk vừa ban hành Kế hoạch số 97/KH-UBND về phát triển thương mại điện tử. "
     "Kế hoạch được ký ban hành ngày 02/4/2026, nhằm triển khai chiến lược quốc gia.\nTin liên quan", "2026-04-02"),
])
def test_news_report_gives_the_date_of_the_plan_it_reports(text, date):
    m = meta_of(text)
    assert (m.source_kind, m.issue_date, m.year) == ("news", date, int(date[:4]))


@pytest.mark.parametrize("record", [
    "| Số hiệu | 77/QĐ-UBND |\n| Ngày ban hành | 05/03/2024 |\n| Người ký | Lê Văn Bình |\n",
    "Quyết định 77/QĐ-UBND năm 2024 Số hiệu | 77/QĐ-UBND | Người ký | Lê Văn Bình | Lĩnh vực | Y tế |\n",
    # two fields to a line, with no cell marks
    "Số hiệu: 77/QĐ-UBND Loại văn bản: Quyết định\nNơi ban hành: Tỉnh Phú Yên Người ký: Lê Văn Bình\n"
    "Ngày ban hành: 05/03/2024 Ngày hiệu lực: Đã biết\n",
    # the table's cells run together by a copy: only the next field's label ends a field
    "Số hiệu 77/QĐ-UBND Ngày ban hành 05/03/2024 Loại văn bản Quyết định Cơ quan ban hành Tỉnh Phú Yên "
    "Người ký Lê Văn Bình Lĩnh vực Y tế\n",
])
def test_signer_from_the_websites_record_when_the_copy_stops_before_the_signature(record):
    text = (record + "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n" + MOTTO_LINES + "Số: 77/QĐ-UBND\n"
            "Phú Yên, ngày 05 tháng 3 năm 2024\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch dạy bơi\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch dạy bơi cho trẻ em")
    meta, doc = copy_of(text)
    assert (meta.symbol, meta.signer, meta.signer_title) == ("77/QĐ-UBND", "Lê Văn Bình", "")
    assert any("signer taken from the website" in w for w in doc.warnings)


def test_a_website_record_of_another_number_gives_no_signer():
    text = ("| Số hiệu | 78/QĐ-UBND |\n| Người ký | Lê Văn Bình |\nỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n" + MOTTO_LINES
            + "Số: 77/QĐ-UBND\nPhú Yên, ngày 05 tháng 3 năm 2024\nQUYẾT ĐỊNH\nVề việc dạy bơi\n")
    assert copy_of(text)[0].signer == ""


def test_a_page_that_dropped_the_type_line_keeps_its_title_run_into_the_preamble():
    # a site's table leaves "|" lines; the layout runs title, authority and preamble together;
    # "QUYẾT ĐỊNH:" further down is the enacting formula, not the type line
    text = ("ỦY BAN NHÂN DÂN |\n" + MOTTO_LINES + "|\nSố: 41/QĐ-UBND\n|\nKon Tum, ngày 12 tháng 01 năm 2026\n|\n"
            "GIAO CHỈ TIÊU KẾ HOẠCH KINH TẾ - XÃ HỘI NĂM 2026 ỦY BAN NHÂN DÂN TỈNH KON TUM Căn cứ Luật "
            "Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nTheo đề nghị của Giám đốc Sở Tài chính.\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Giao chỉ tiêu kế hoạch năm 2026 cho các sở, ngành.\n")
    meta, _ = copy_of(text)
    assert meta.title == "GIAO CHỈ TIÊU KẾ HOẠCH KINH TẾ - XÃ HỘI NĂM 2026"
    assert (meta.doc_type, meta.period_start, meta.period_end) == ("Quyết định", 2026, 2026)


def test_a_report_of_a_letter_named_van_ban_takes_the_type_its_symbol_says():
    text = ("Bảo vệ môi trường\nNgày 23/3/2022, UBND tỉnh ban hành Văn bản số 640/UBND-NNTNMT về việc "
            "thực hiện Luật Bảo vệ môi trường.\n")
    m = meta_of(text)
    assert (m.source_kind, m.doc_type, m.symbol, m.issue_date) == ("news", "Công văn", "640/UBND-NNTNMT", "2022-03-23")


def test_a_report_of_a_signing_names_the_decision_it_tells_of():
    text = ("Hôm nay 12/5, Quyền Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam ký ban hành quyết định phê duyệt vùng "
            "quy hoạch trồng lúa chất lượng cao trên địa bàn tỉnh với tổng diện tích 7.557,95 ha.\n"
            "Quyền Chủ tịch UBND tỉnh giao Sở Nông nghiệp và Môi trường chủ trì triển khai.\n")
    m = meta_of(text)
    assert (m.source_kind, m.doc_type, m.doc_status) == ("news", "Quyết định", "issued")
    assert m.title == "quyết định phê duyệt vùng quy hoạch trồng lúa chất lượng cao"
    # a decision's own closing words name no type: still its own text
    own = ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nSố: 12/QĐ-UBND\nQUYẾT ĐỊNH\nPhê duyệt vùng trồng lúa\n"
           "Điều 2. Quyết định này có hiệu lực kể từ ngày ký ban hành.\n")
    assert meta_of(own).source_kind == "official"


@pytest.mark.parametrize("text, kind, symbol", [
    ("UBND tỉnh Ninh Bình đã chính thức ban hành kế hoạch số 88/KH-UBND, vạch ra chiến lược chuyển đổi "
     "sang kinh tế tuần hoàn đến năm 2035.\n", "Kế hoạch", "88/KH-UBND"),
    ("Hôm qua 24.2, UBND tỉnh ban hành Quyết định Số 458/QĐ-UBND giao chỉ tiêu xuất khẩu lao động năm 2020 "
     "cho các địa phương.\n", "Quyết định", "458/QĐ-UBND"),
    ("Từ nay đến năm 2025, tỉnh phấn đấu tỷ lệ lao động phổ thông còn dưới 65%.\nMục tiêu trên nêu trong "
     "Kế hoạch số 238/KH-UBND của UBND tỉnh. Cũng theo kế hoạch này, tỉnh phấn đấu 33% lao động có chứng chỉ.\n",
     "Kế hoạch", "238/KH-UBND"),
])
def test_reports_told_in_the_reporters_words_name_the_plan(text, kind, symbol):
    m = meta_of(text)
    assert (m.source_kind, m.doc_type, m.symbol) == ("news", kind, symbol)


def test_a_copy_cut_under_the_mark_gives_no_signers_title():
    text = ("ỦY BAN NHÂN DÂN\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 2840/QĐ-UBND |\n"
            "Thái Bình, ngày 18 tháng 11 năm 2021 |\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH CƠ CẤU LẠI NGÀNH NÔNG NGHIỆP.\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch cơ cấu lại ngành nông nghiệp.\n"
            "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.\n"
            "|\nTM. ỦY BAN NHÂN\nDÂN TỈNH |\nKẾ HOẠCH\nCƠ CẤU LẠI NGÀNH\nNÔNG NGHI")
    from pipeline.extraction.extract import extract as extract_all
    meta = extract_all(doc_of(text)).meta
    assert (meta.signer, meta.signer_title) == ("", "")
    # with the title printed under the mark it stands, name or not
    meta = extract_all(doc_of(text.replace("DÂN TỈNH |\n", "DÂN TỈNH\nCHỦ TỊCH |\n"))).meta
    assert meta.signer_title == "Chủ tịch"


@pytest.mark.parametrize("text, symbol, title, period", [
    # the plan's issuer between its date and its title
    ("Giảm nghèo\nĐBP - Theo Kế hoạch số 2894/KH-UBND ngày 5/10/2017 của UBND tỉnh về tổ chức thực hiện phong "
     "trào thi đua giai đoạn 2016 - 2020, tỉnh phấn đấu giảm tỷ lệ hộ nghèo.\nTin khác",
     "2894/KH-UBND", "về tổ chức thực hiện phong trào thi đua", (2016, 2020)),
    # a date without its year, and a title that opens with what the plan carries out
    ("Nguồn nhân lực\nMục tiêu trên nêu trong Kế hoạch số 238/KH-UBND ngày 2.2 của UBND tỉnh thực hiện Đề án "
     "Phát triển nguồn nhân lực giai đoạn 2023 - 2025.\nTin khác",
     "238/KH-UBND", "thực hiện Đề án Phát triển nguồn nhân lực", (2023, 2025)),
    # titles that open with "tổ chức" or "phê duyệt"
    ("HIV\nNgày 15/11/2022, UBND tỉnh đã ban hành Kế hoạch số 203/KH-UBND tổ chức Tháng hành động quốc gia "
     "phòng, chống HIV/AIDS năm 2022.\nTin khác", "203/KH-UBND", "tổ chức Tháng hành động", (2022, 2022)),
    ("Du lịch\nUBND tỉnh vừa ban hành Quyết định số 1427/QĐ-UBND phê duyệt Quy hoạch tổng thể phát triển du lịch "
     "tỉnh giai đoạn 2019 - 2025.\nTin khác", "1427/QĐ-UBND", "phê duyệt Quy hoạch tổng thể", (2019, 2025)),
])
def test_news_report_reads_the_title_of_the_plan_it_reports(text, symbol, title, period):
    m = meta_of(text)
    assert (m.source_kind, m.symbol, m.doc_status) == ("news", symbol, "issued")
    assert m.title.startswith(title) and (m.period_start, m.period_end) == period


def test_news_report_of_goals_without_a_plan_named_reports_an_issued_plan():
    m = meta_of("Nước sạch nông thôn\nTỉnh phấn đấu đến năm 2030 có 65% hộ dân nông thôn dùng nước sạch.\nTin khác")
    assert (m.source_kind, m.doc_type, m.doc_status) == ("news", "", "issued")


def test_a_year_a_plans_title_aims_at_is_no_period_of_the_plan():
    d = doc_of("Nhân lực\nUBND tỉnh vừa ban hành Kế hoạch số 238/KH-UBND thực hiện Đề án xây dựng tỉnh trở thành tỉnh "
               "công nghiệp vào năm 2030.\nTin khác")
    m = metadata.extract(d, structure.parse(d))
    assert (m.period_start, m.period_end) == (None, None)


def test_a_named_plans_year_after_its_scope_stays_in_its_title():
    d = doc_of("Kinh tế số\nNgày 3-10, UBND tỉnh Đồng Tháp cho biết vừa ban hành kế hoạch về phát triển kinh tế số "
               "ngành, lĩnh vực trên địa bàn tỉnh năm 2025.\nTin khác")
    m = metadata.extract(d, structure.parse(d))
    assert m.title.endswith("trên địa bàn tỉnh năm 2025") and (m.period_start, m.period_end) == (2025, 2025)
    # without a year after it, the scope ends the title
    assert meta_of("Nước sạch\nUBND tỉnh vừa ban hành kế hoạch cấp nước sạch nông thôn trên địa bàn tỉnh.\nTin khác").title.endswith("nông thôn")


@pytest.mark.parametrize("text", [
    "Trật tự an toàn giao thông\nCập nhật lúc15:53, Thứ Sáu, 01/02/2019 (GMT+7)\nUBND tỉnh yêu cầu các cơ quan triển khai.",
    "Bình ổn giá thịt lợn\n07/04/2020 | 04:00 | cms-view-count: 26365\nUBND tỉnh giao Cục Quản lý thị trường chủ trì.",
    "Giao thông\nTin theo lĩnh vực Nội chính\nUBND tỉnh giao Sở Giao thông vận tải chủ trì.",
    "Giao thông\nThực hiện Công điện số 1174/CĐ-TTg, ngày 22/12/2022, UBND tỉnh ban hành Công văn số 3453/UBND-GTXD về "
    "việc bảo đảm trật tự an toàn giao thông.",
    "Giao thông\nNgày 28-1, UBND tỉnh ban hành Công văn số 65/UBND-VP5 về việc bảo đảm trật tự an toàn giao thông.",
    "Thịt lợn\nĐó là chỉ đạo của UBND tỉnh tại Công văn số 1626/UBND-KTN ngày 07/4/2020; cụ thể:",
    # the story's weekday, date and hour; a print button; a picture's file name; a credit
    # naming a site; a letter told as news; a city named by the reporter setting its goal
    "Khuyến công\nThứ Tư, 05/10/2022, 09:15 [GMT+7]\nKinh phí khuyến công năm 2023 là 7 tỷ đồng.",
    "Khuyến công\nIn bài này\nKinh phí khuyến công năm 2023 là 7 tỷ đồng.",
    "OCOP\nSản phẩm được đánh giá lại.\nanh-ocop-2.jpeg\nSản phẩm OCOP tại hội chợ.",
    "Nông sản\nXe chở nông sản qua cửa khẩu. Ảnh: baobacgiang.vn\nCác cơ quan tạo điều kiện thông quan.",
    "Nông sản\nUBND tỉnh vừa có văn bản chỉ đạo hỗ trợ tiêu thụ nông sản cho tỉnh bạn.",
    "Chuyển đổi số\nVề kinh tế số, TP.Cần Thơ đặt mục tiêu kinh tế số chiếm 12% GRDP.",
    "Kỳ thi tốt nghiệp\nTiếp tục phát huy kết quả, UBND tỉnh đã chỉ đạo Sở Giáo dục và Đào tạo tập trung thực hiện.",
    # a writer's name before the date and hour; a page's date of update; a caption with no
    # credit; a paper as a picture's source; a long picture file name
    "Việc làm\nHồng Nhung 14/04/2023 - 21:26\nNăm 2023, tỉnh tạo việc làm mới cho 19.500 lao động.",
    "Du lịch\nCập nhật: 06/03/2020\nNăm 2020, tỉnh đón 3,3 triệu lượt khách.",
    "Khuyến công\nẢnh minh họa\nSở Công Thương triển khai Chỉ thị.",
    "Du lịch\nLễ hội văn hóa thu hút đông đảo người dân/Nguồn: Báo Hòa Bình\nTỉnh đón 3,3 triệu lượt khách.",
    "Việc làm\n" + "lao-dong-" + "1662464143573106532" * 5 + "-crop.jpg\nTỉnh tạo việc làm cho lao động.",
])
def test_more_marks_of_a_press_report(text):
    assert meta_of(text).source_kind == "news"


def test_a_named_plans_title_runs_past_phu_hop_voi():
    d = doc_of("Mức sinh\nLCĐT – Đó là mục tiêu mà Kế hoạch thực hiện Chương trình điều chỉnh mức sinh phù hợp với các "
               "vùng, đối tượng của tỉnh Lào Cai năm 2023.\nTin khác")
    m = metadata.extract(d, structure.parse(d))
    assert m.title.endswith("năm 2023") and (m.period_start, m.period_end) == (2023, 2023)


@pytest.mark.parametrize("text, kind", [
    ("Nông thôn mới\nĐầu tháng 5/2023, Ủy ban nhân dân tỉnh Bắc Giang ban hành Kế hoạch 20/KH-UBND về chuyển đổi số.",
     "news"),
    ("Lao động\nChiều ngày 6/1, Sở Lao động, Thương binh và Xã hội tỉnh tổ chức hội nghị tổng kết.", "news"),
    ("Chính quyền số\nTheo đó, trong lộ trình chuyển đổi số, Thái Nguyên phấn đấu đến năm 2030 có 85% dân số có kỹ "
     "năng số.", "news"),
    # a goal told as the plan's; a speaker at a meeting named; a day's issuing with no number
    ("Du lịch\nNăm 2025, tỉnh phấn đấu đón 2,5 triệu lượt khách. Đó là mục tiêu chính trong kế hoạch phát triển du "
     "lịch của tỉnh.", "news"),
    ("Du lịch\nPhấn đấu năm 2025 đón 1,45 triệu lượt khách, là mục tiêu của Đề án phát triển du lịch tỉnh.", "news"),
    ("Xây dựng\nNgành Xây dựng tổng kết năm 2024.\nÔng Nguyễn Công Vinh, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo tại "
     "hội nghị.", "news"),
    ("Du lịch\nNgày 9/02/2021, UBND tỉnh Thanh Hóa ban hành công văn chỉ đạo về việc lập Đề án du lịch.", "news"),
    # a province named after its prefix setting goals; what it will also do; a department as source
    ("Theo đó, tỉnh Bình Thuận đặt mục tiêu đến năm 2025 giảm tỷ lệ lao động trẻ em xuống 2%.", "news"),
    ("Song song đó, Bình Thuận cũng sẽ tích cực đào tạo, tập huấn cho cán bộ.", "news"),
    ("Để đạt được những mục tiêu trên, UBND tỉnh Hậu Giang yêu cầu các Sở, Ngành liên quan rà soát chính sách.",
     "news"),
    # a story cut off before "Theo đó, …"; a province striving by its bare name; a resolution's goals told
    ("Theo đó, Đề án nhằm triển khai cụ thể Đề án phát triển kinh tế ban đêm của tỉnh.", "news"),
    ("Văn hóa\nNghị quyết xác định mục tiêu phát triển văn hóa. Vĩnh Phúc phấn đấu đầu tư cho văn hóa tối thiểu 2% "
     "tổng chi ngân sách.", "news"),
    ("Văn hóa\nNghị quyết 15 của Tỉnh ủy đã đưa ra các chỉ tiêu cụ thể cùng 7 nhóm nhiệm vụ.", "news"),
    ("Lao động\nTheo Sở Lao động, Thương binh và Xã hội tỉnh Tiền Giang, địa phương đổi mới công tác dạy nghề.",
     "news"),
    # a plan's own words stay official
    ("I. MỤC TIÊU\n1. Mục tiêu chung\nPhấn đấu đến năm 2030 có 85% dân số có kỹ năng số cơ bản.", "official"),
    ("II. NHIỆM VỤ\nTheo đề nghị của Sở Y tế, các huyện rà soát trạm y tế.", "official"),
    ("I. QUAN ĐIỂM\nNgười dân là trung tâm, là chủ thể, là mục tiêu, là động lực của chuyển đổi số.", "official"),
])
def test_reporters_words_without_furniture(text, kind):
    assert meta_of(text).source_kind == kind


def test_a_decision_without_its_title_line_is_titled_by_the_plan_it_issues():
    # a web copy lost the title under "QUYẾT ĐỊNH"; the first article names the plan issued
    text = ("ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\nSố: 412/QĐ-UBND\nTuy Hòa, ngày 15 tháng 3 năm 2021\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng chống sốt xuất huyết đến năm 2023 "
            "trên địa bàn tỉnh Phú Yên (có Kế hoạch kèm theo).\n"
            "Điều 2. Sở Y tế chủ trì theo dõi việc thực hiện.\n")
    m = meta_of(text)
    assert m.title == "Kế hoạch phòng chống sốt xuất huyết đến năm 2023 trên địa bàn tỉnh Phú Yên"
    # the period runs from the issue year to the year the title aims at
    assert (m.period_start, m.period_end) == (2021, 2023)


def test_a_decision_without_its_title_line_is_titled_by_the_rules_it_issues():
    text = ("ỦY BAN NHÂN DÂN |\nSố: 36/2021/QĐ-UBND |\nPhú Yên, ngày 14 tháng 9 năm 2021 |\n"
            "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\nCăn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy định các tiêu chí bảo đảm yêu cầu phòng, chống thiên tai "
            "trong sử dụng công trình, nhà ở trên địa bàn tỉnh Phú Yên.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 9 năm 2021.\n")
    assert meta_of(text).title == ("Quy định các tiêu chí bảo đảm yêu cầu phòng, chống thiên tai trong sử dụng công "
                                   "trình, nhà ở trên địa bàn tỉnh Phú Yên")


def test_a_decision_without_its_title_line_that_sets_up_a_fund_then_issues_its_rules():
    text = ("ỦY BAN NHÂN DÂN |\nSố: 88/QĐ-UBND |\nSóc Trăng, ngày 4 tháng 3 năm 2018 |\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG\nCăn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Thành lập Quỹ phòng, chống thiên tai tỉnh Sóc Trăng.\n"
            "Điều 2. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của Quỹ phòng, chống thiên tai "
            "tỉnh Sóc Trăng.\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\n")
    assert meta_of(text).title == "Quy chế tổ chức và hoạt động của Quỹ phòng, chống thiên tai tỉnh Sóc Trăng"


def test_a_letter_whose_header_lost_its_number_line_is_a_letter():
    text = ("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Giang, ngày 12 tháng 4 năm 1994\n\nKính gửi: - Sở Tài chính\n\nỦy ban nhân dân tỉnh đồng ý mức "
            "thu học phí năm học 1994 - 1995 như Sở Giáo dục đề nghị.\n\nPhó Chủ tịch\n\n(Đã ký)\n\nSùng A Hồ\n")
    m = meta_of(text)
    assert (m.doc_type, m.signer) == ("Công văn", "Sùng A Hồ")


@pytest.mark.parametrize("type_lines", [
    "QUYẾT ĐỊNH CỦA UBND TỈNH YÊN BÁI\n",
    "QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN\nTỈNH YÊN BÁI\n",          # its place wrapped
])
def test_an_older_type_line_that_names_its_issuer_is_no_title(type_lines):
    text = ("ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Yên Bái, ngày 3 tháng 5 năm 1996\n\n" + type_lines +
            "\nV/v ban hành quy định quản lý biển quảng cáo\n\n____________\n\nUỶ BAN NHÂN DÂN TỈNH YÊN BÁI\n\n"
            "Căn cứ Luật tổ chức HĐND và UBND ngày 21 tháng 6 năm 1994;\nQUYẾT ĐỊNH:\nĐiều 1. Nay ban hành bản quy định.\n")
    assert meta_of(text).title == "V/v ban hành quy định quản lý biển quảng cáo"


def test_a_decision_without_its_title_line_issuing_rules_by_theo_in_quotes():
    text = ("ỦY BAN NHÂN DÂN |\nSố: 10/2015/QĐ-UBND | Phú Thọ, ngày 24 tháng 07 năm 2015 |\n"
            "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\nCăn cứ Luật Tiếp công dân ngày 25/11/2013;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành theo Quyết định này “Quy chế phối hợp tiếp công dân tại Trụ sở Tiếp công dân tỉnh”.\n"
            "Điều 2. Quyết định này có hiệu lực thi hành sau 15 ngày kể từ ngày ký.\n")
    assert meta_of(text).title == "Quy chế phối hợp tiếp công dân tại Trụ sở Tiếp công dân tỉnh"


def test_a_letters_subject_under_its_number_without_v_v():
    text = ("UỶ BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 523/UBND-ĐTMT\n"
            "Về thực hiện chính sách, chiến lược về lĩnh vực công sở\nTP. Hồ Chí Minh, ngày 23 tháng 01 năm 2008\n"
            "Kính gửi: Sở Xây dựng\nỦy ban nhân dân thành phố có ý kiến như sau:\nGiao Sở Xây dựng chủ trì.\n")
    m = meta_of(text)
    assert (m.doc_type, m.title) == ("Công văn", "thực hiện chính sách, chiến lược về lĩnh vực công sở")


@pytest.mark.parametrize("block, signer, title", [
    # a deputy of the office signs for the chairman
    ("TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ VĂN PHÒNG\nNguyễn Hữu Nguyên", "Nguyễn Hữu Nguyên", "Phó Văn phòng"),
    # a web page's font left one small letter in the capitals
    ("TM UỶ BAN NHÂN DÂN\nKT CHỦ TịCH\nPHÓ CHỦ TịCH\nĐã ký\nNguyễn Xuân Đường", "Nguyễn Xuân Đường", "Phó Chủ tịch"),
])
def test_signature_blocks_as_web_pages_print_them(block, signer, title):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 722/UBND-MT\nV/v rà soát cơ sở gây ô nhiễm\n"
            "Bắc Giang, ngày 28 tháng 03 năm 2013\nKính gửi: Sở Tài nguyên và Môi trường\n"
            "Sở Tài nguyên và Môi trường chủ trì rà soát, báo cáo trước ngày 15/4/2013./.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT, MT.\n" + block + "\n")
    from pipeline.extraction.extract import extract as extract_all
    m = extract_all(doc_of(text)).meta
    assert (m.signer, m.signer_title) == (signer, title)


def test_a_page_that_lost_the_number_line_of_a_signed_decision():
    # no "Số:" line, the site's place in the date line, the signature in small letters
    text = ("ỦY BAN NHÂN DÂN TỈNH VĨNH LONG\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 12 tháng 10 năm 2007\nQUYẾT ĐỊNH\nVề việc phê duyệt Đề án cải cách hành chính\n"
            "CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH\nXét tờ trình số 1059/TTr .BCĐ.CCHC ngày 05/10/2007,\nQUYẾT ĐỊNH:\n"
            "Điều 1. Nay phê duyệt Đề án số 7915/ĐA .SXD ngày 27/9/2007.\n"
            "Điều 2. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành quyết định này./.\n"
            "TM. Ủy ban nhân dân tỉnh\nKT. CHỦ TỊCH\nPhó Chủ tịch\n(Đã ký)\nLê Thanh Xuân\n")
    from pipeline.extraction.extract import extract as extract_all
    ex = extract_all(doc_of(text))
    m = ex.meta
    assert (m.symbol, m.doc_status, m.issue_date, m.signer, m.signer_title) == \
        ("", "issued", "2007-10-12", "Lê Thanh Xuân", "Phó Chủ tịch")
    # codes joined by dots, a space before the first
    assert [r.symbol for r in ex.references] == ["1059/TTr.BCĐ.CCHC", "7915/ĐA.SXD"]
    # a page that shows another decision after the signature: its citations are not this one's
    ex = extract_all(doc_of(text + "QUYẾT ĐỊNH\nBan hành Quy định về quản lý hội\nCHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH\n"
                                   "Căn cứ Nghị định số 45/2010/NĐ-CP ngày 21/4/2010 của Chính phủ;\n"))
    assert [r.symbol for r in ex.references] == ["1059/TTr.BCĐ.CCHC", "7915/ĐA.SXD"]
    # a draft still says so
    assert extract_all(doc_of("DỰ THẢO\n" + text)).meta.doc_status == "draft"


@pytest.mark.parametrize("tail, signer, title", [
    # the signature run on after the execution clause, a table's cell bar, then an annex
    ("chịu trách nhiệm thi hành Quyết định này. | TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Đức Cường | QUY CHẾ PHỐI "
     "HỢP LIÊN NGÀNH (Ban hành kèm theo Quyết định số 2177/QĐ-UBND)", "Nguyễn Đức Cường", "Chủ tịch"),
    # marks without their dots, a small letter in the capitals, "Đã ký" before the name
    ("chịu trách nhiệm thi hành quyết định này. TM UỶ BAN NHÂN DÂN KT CHỦ TịCH PHÓ CHỦ TịCH Đã ký Nguyễn Xuân "
     "Đường", "Nguyễn Xuân Đường", "Phó Chủ tịch"),
    # the marks and the title in small letters, a note on the signing before the name
    ("chịu trách nhiệm thi hành quyết định này. TM. Ủy ban nhân dân tỉnh KT. CHỦ TỊCH Phó Chủ tịch (Đã ký) Lê "
     "Thanh Xuân", "Lê Thanh Xuân", "Phó Chủ tịch"),
])
def test_a_flattened_signature_run_on_after_the_execution_clause(tail, signer, title):
    text = ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: "
            "2177/QĐ-UBND Quảng Trị, ngày 13 tháng 10 năm 2014 QUYẾT ĐỊNH Ban hành Quy chế phối hợp liên ngành "
            "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003; QUYẾT ĐỊNH: Điều 1. "
            "Ban hành kèm theo Quyết định này Quy chế phối hợp liên ngành. Điều 2. Chánh Văn phòng UBND tỉnh " + tail)
    from pipeline.extraction.extract import extract as extract_all
    m = extract_all(doc_of(text)).meta
    assert (m.signer, m.signer_title) == (signer, title)


def test_a_flattened_page_with_a_second_decision_after_the_signature():
    text = ("ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, "
            "ngày 9 tháng 11 năm 2010 QUYẾT ĐỊNH Ủy quyền cho phép thành lập hội CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH Căn "
            "cứ Nghị định số 45/2010/NĐ-CP ngày 21/4/2010 của Chính phủ; Theo đề nghị của Giám đốc Sở Nội vụ tại tờ "
            "trình số 623/TTr-SNV ngày 04/11/2010 QUYẾT ĐỊNH: Điều 1. Ủy quyền cho Chủ tịch Ủy ban nhân dân huyện. "
            "Điều 2. Giám đốc Sở Nội vụ chịu trách nhiệm thi hành quyết định này kể từ ngày ký./. CHỦ TỊCH (Đã ký) "
            "Nguyễn Hoàng Sơn QUYẾT ĐỊNH Ban hành Quy định về quản lý hội CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH Căn cứ Nghị "
            "định số 45/2010/NĐ-CP; Theo đề nghị của Giám đốc Sở Nội vụ tại tờ trình số 694/TTr-SNV ngày 25/11/")
    from pipeline.extraction.extract import extract as extract_all
    ex = extract_all(doc_of(text))
    assert (ex.meta.signer, ex.meta.signer_title) == ("Nguyễn Hoàng Sơn", "Chủ tịch")
    assert [r.symbol for r in ex.references] == ["45/2010/NĐ-CP", "623/TTr-SNV"]


def test_an_old_decisions_number_and_a_signature_without_marks():
    text = ("UBND THÀNH PHỐ HẢI PHÒNG\nSố: 1986 QĐ/UB\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHải Phòng, ngày 8 tháng 11 năm 1997\nQUYẾT ĐỊNH\n"
            "Về giá thóc thuế sử dụng đất nông nghiệp vụ mùa năm 1997\nỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG\n"
            "Căn cứ Luật Tổ chức Hội đồng Nhân dân và Ủy ban Nhân dân;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Quy định giá thóc là 1.500 đ/kg.\nĐiều 2. Cục Thuế có nhiệm vụ hướng dẫn.\n"
            "Điều 3. Các ông (bà) Chánh Văn phòng căn cứ Quyết định thi hành./.\n"
            "Phó Chủ tịch\n\n(Đã ký)\n\nĐỗ Gia Phách\n")
    from pipeline.extraction.extract import extract as extract_all
    m = extract_all(doc_of(text)).meta
    assert (m.symbol, m.doc_status, m.signer, m.signer_title) == ("1986QĐ/UB", "issued", "Đỗ Gia Phách", "Phó Chủ tịch")


def test_a_portals_abstract_of_a_letter_gives_its_number_and_date():
    text = ("Trang chủ\n\nVề việc rà soát hồ sơ đất đai của các hộ dân vùng lòng hồ (1207/VP-NC, ngày 04/8/2018).\n\n"
            "Thực hiện chỉ đạo của Chủ tịch UBND tỉnh, Văn phòng UBND tỉnh có ý kiến như sau:\n"
            "Giao Sở Tài nguyên và Môi trường chủ trì rà soát.\n")
    m = meta_of(text)
    assert (m.symbol, m.issue_date, m.doc_status, m.doc_type) == ("1207/VP-NC", "2018-08-04", "issued", "Công văn")
    assert m.title == "rà soát hồ sơ đất đai của các hộ dân vùng lòng hồ"
    # a citation in a sentence is not the page's abstract
    assert meta_of("Trang chủ\n\nThực hiện Công văn số 1207/VP-NC ngày 04/8/2018 về việc rà soát hồ sơ đất đai.\n").symbol == ""


def test_a_portal_story_of_a_plan_approved_and_a_letter_whose_symbol_names_a_plan():
    d = doc_of("Banner trang chủ\nThứ Hai, ngày 15/08/2022\nĐà Nẵng làm sạch bãi biển\n\n"
               "Sở TN&MT đã trình UBND thành phố phê duyệt Kế hoạch số 152/KH-UBND ngày 9/8/2022, triển khai "
               "thực hiện Đề án làm sạch bãi biển giai đoạn 2022 - 2023.\n")
    m = metadata.extract(d, structure.parse(d))
    assert (m.source_kind, m.doc_type, m.symbol, m.issue_date) == ("news", "Kế hoạch", "152/KH-UBND", "2022-08-09")
    assert (m.period_start, m.period_end) == (2022, 2023)
    d = doc_of("Bơi an toàn\n\nNgày 5-6, Sở Giáo dục và Đào tạo có Công văn số 310/KH-SGDĐT về Kế hoạch dạy bơi "
               "cho học sinh năm 2021.\n")
    m = metadata.extract(d, structure.parse(d))
    assert (m.source_kind, m.doc_type, m.symbol) == ("news", "Kế hoạch", "310/KH-SGDĐT")


def test_a_site_copy_that_lost_its_title_is_named_by_the_site_or_its_first_article():
    text = ("Quyết định 88/QĐ-UBND năm 2022 phê duyệt Đề án phát triển cây dược liệu giai đoạn 2022-2025 do tỉnh "
            "Hà Giang ban hành\nSố hiệu | 88/QĐ-UBND |\n"
            "ỦY BAN NHÂN DÂN |\n" + MOTTO_LINES + "Số: 88/QĐ-UBND |\nHà Giang, ngày 14 tháng 1 năm 2022 |\n"
            "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Đề án “Phát triển cây dược liệu giai đoạn 2022-2025” (có Đề án kèm theo).\n")
    m = copy_of(text)[0]
    # the authority line is no title; the website's name for the page is
    assert m.title == "phê duyệt Đề án phát triển cây dược liệu giai đoạn 2022-2025"
    assert (m.period_start, m.period_end) == (2022, 2025)
    # without the site's line, the first article names the scheme approved
    m = copy_of(text.split("\n", 2)[2])[0]
    assert m.title == "Đề án “Phát triển cây dược liệu giai đoạn 2022-2025”"


def test_a_title_in_capitals_on_the_type_line_ends_where_the_preamble_begins():
    text = ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n" + MOTTO_LINES + "Số: 21/KH-UBND\nQuảng Trị, ngày 2 tháng 2 năm 2024\n"
            "KẾ HOẠCH PHÒNG, CHỐNG TÁC HẠI CỦA THUỐC LÁ NĂM 2024 Thực hiện Quyết định số 568/QĐ-TTg ngày "
            "10/5/2023 về chương trình giai đoạn 2021 – 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
            "I. MỤC TIÊU\n")
    m = meta_of(text)
    assert m.title == "PHÒNG, CHỐNG TÁC HẠI CỦA THUỐC LÁ NĂM 2024" and (m.period_start, m.period_end) == (2024, 2024)


def test_a_stage_after_the_provinces_own_scope_is_the_plans_though_a_cited_document_comes_first():
    title = ("TRIỂN KHAI NGHỊ QUYẾT SỐ 35/NQ-CP NGÀY 04/6/2019 CỦA CHÍNH PHỦ VỀ HUY ĐỘNG NGUỒN LỰC CHO GIÁO DỤC "
             "TRÊN ĐỊA BÀN TỈNH CAO BẰNG GIAI ĐOẠN 2020 - 2025")
    assert metadata.plan_period(title, "", 2020) == (2020, 2025)
    # (the province named without "trên địa bàn")
    named = ("TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 42/NQ-HĐND NGÀY 11/12/2025 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH VỀ PHÁT "
             "TRIỂN THỂ DỤC, THỂ THAO TỈNH NINH BÌNH GIAI ĐOẠN 2026 - 2030")
    assert metadata.plan_period(named, "", 2026) == (2026, 2030)
    # (but not a stage after a kind of province in a cited programme's title)
    assert metadata.plan_period("THỰC HIỆN QUYẾT ĐỊNH SỐ 12/QĐ-TTG VỀ PHÁT TRIỂN CÁC TỈNH MIỀN NÚI PHÍA BẮC GIAI ĐOẠN "
                                "2021 - 2030", "", 2026) == (None, None)
    # the cited document's own stage stays its own
    assert metadata.plan_period("THỰC HIỆN CHỈ THỊ SỐ 23/CT-TTG VỀ GIAI ĐOẠN 2016 - 2020", "", 2018) == (None, None)


@pytest.mark.parametrize("text, title", [
    ("Khuyến nông\nChi tiết tin\nKế hoạch Nâng cao chất lượng giống cây trồng giai đoạn 2020 – 2025.\nLượt xem: 12\n"
     "UBND tỉnh vừa ban hành kế hoạch.", "Kế hoạch Nâng cao chất lượng giống cây trồng giai đoạn 2020 – 2025"),
    # a breadcrumb, a hotline and a paragraph are no headline
    ("Tin trong tỉnh >> Văn hóa - Xã hội nhé\n- Đường dây nóng của báo: 0216.3818\n"
     + "UBND tỉnh vừa giao các sở theo dõi " + "rất " * 40 + "sát.\nMột dòng sau đoạn văn ấy.", ""),
])
def test_a_press_reports_headline_stands_for_a_title_it_does_not_name(text, title):
    assert meta_of(text).title == title


def test_a_report_may_write_the_type_of_the_letter_it_reports_in_lower_case():
    m = meta_of("Trợ giúp xã hội\n24/12/2018 17:12\nNgày 19/12, UBND tỉnh ban hành văn bản số 5783/UBND-KGVX về việc "
                "trợ giúp xã hội dịp Tết Nguyên đán.\nTheo đó, Chủ tịch UBND tỉnh yêu cầu các huyện rà soát.")
    assert (m.source_kind, m.symbol, m.doc_type) == ("news", "5783/UBND-KGVX", "Công văn")
    assert m.title.startswith("về việc trợ giúp xã hội")


def test_a_report_names_the_plan_whose_goals_it_tells():
    m = meta_of("Dịch bệnh\nĐó là mục tiêu chung về phòng, chống dịch bệnh năm 2023 được UBND tỉnh đề ra trong Kế hoạch "
                "số 151/KH-UBND ngày 3/8. Ngoài ra, kế hoạch còn đưa ra các mục tiêu khác như: tiêm chủng đạt 98%.")
    assert (m.source_kind, m.symbol, m.doc_type) == ("news", "151/KH-UBND", "Kế hoạch")
    # … and a plan said to set out more goals is not named by that saying
    m = meta_of("Dịch bệnh\nUBND tỉnh vừa ban hành kế hoạch. Ngoài ra, kế hoạch còn đưa ra các mục tiêu khác như: "
                "tiêm chủng đạt 98%.")
    assert "còn đưa ra" not in m.title


@pytest.mark.parametrize("text, symbol, title", [
    ("Du lịch\nCà Mau vừa ban hành Kế hoạch 29/KH-UBND về tiếp tục thực hiện Nghị quyết số 04-NQ/TU về phát triển "
     "du lịch.\nTin liên quan", "29/KH-UBND", "về tiếp tục thực hiện Nghị quyết"),
    ("Dân số\n(NTO) UBND tỉnh vừa ban hành Kế hoạch 1284/KH-UBND Triển khai chiến dịch tăng cường tuyên truyền năm "
     "2014.\nTin liên quan", "1284/KH-UBND", "Triển khai chiến dịch"),
])
def test_a_report_may_leave_out_so_before_the_symbol(text, symbol, title):
    m = meta_of(text)
    assert m.symbol == symbol and m.title.startswith(title)


@pytest.mark.parametrize("text, signer", [
    ("Du lịch\nNgày 15-9, Phó Chủ tịch UBND tỉnh Cà Mau Ngô Vũ Thăng ký ban hành kế hoạch phát triển du lịch.\n"
     "Tin liên quan", ("Phó Chủ tịch", "Ngô Vũ Thăng")),
    ("Du lịch\nChủ tịch UBND tỉnh Nguyễn Văn An vừa ký Quyết định phê duyệt Đề án du lịch.\nTin liên quan",
     ("Chủ tịch", "Nguyễn Văn An")),
    # the committee's head, not named
    ("Du lịch\nChủ tịch UBND tỉnh Thừa Thiên Huế ký ban hành kế hoạch phát triển du lịch.\nTin liên quan", ("", "")),
    # told at the end of a long report
    ("Du lịch\nTỉnh vừa ban hành kế hoạch phát triển du lịch. " + "Kế hoạch nêu nhiều giải pháp cụ thể. " * 110
     + "\nKế hoạch do Phó Chủ tịch UBND tỉnh Lâm Hữu Phước ký ban hành.\nTin liên quan", ("Phó Chủ tịch", "Lâm Hữu Phước")),
])
def test_a_report_names_who_signed_the_plan(text, signer):
    m = meta_of(text)
    assert (m.source_kind, (m.signer_title, m.signer)) == ("news", signer)


@pytest.mark.parametrize("text, kind", [
    ("Chợ\nTheo Kế hoạch, mục tiêu chung là phát triển thương mại. Kế hoạch đặt mục tiêu 200 chợ.\nTin liên quan",
     "Kế hoạch"),
    ("Văn hóa\nNghị quyết của Tỉnh ủy xác định mục tiêu phát triển văn hóa. Nghị quyết đưa ra 7 nhóm nhiệm vụ theo "
     "Kế hoạch của tỉnh.\nTin liên quan", "Nghị quyết"),
])
def test_a_report_of_a_scheme_it_does_not_name_is_of_the_kind_it_speaks_of_most(text, kind):
    m = meta_of(text)
    assert (m.source_kind, m.doc_type) == ("news", kind)


def test_a_report_names_the_scheme_it_says_was_issued_not_one_carried_out():
    m = meta_of("Môi trường\nTin tức\nNăm 2024 là năm bản lề để hoàn thành Kế hoạch phát triển kinh tế – xã hội giai "
                "đoạn 2021 – 2025.\nTheo đó, Sở Tài nguyên và Môi trường ban hành Chương trình hành động thực hiện "
                "Kế hoạch phát triển kinh tế – xã hội năm 2024. Chương trình đề ra mục tiêu đạt 100%.")
    assert m.doc_type == "Chương trình" and m.title.startswith("Chương trình hành động thực hiện")
    assert (m.period_start, m.period_end) == (2024, 2024)


def test_a_report_of_a_plan_named_in_quotes_or_after_its_issuer():
    d = doc_of("Mới đây, UBND tỉnh đã ban hành “Đề án Phát triển du lịch cộng đồng đến năm 2025, tầm nhìn đến năm "
               "2030” với mục tiêu thu hút khách.\nMục tiêu đến năm 2025 đạt 40% hộ tham gia.")
    m = metadata.extract(d, structure.parse(d))
    assert (m.source_kind, m.doc_type) == ("news", "Đề án") and m.title.startswith("Đề án Phát triển du lịch cộng đồng")
    d = doc_of("BDK.VN - Kế hoạch của UBND tỉnh về phát triển thể thao quần chúng giai đoạn 2024 - 2025 đã đề ra "
               "mục tiêu cụ thể: 40% người dân tập luyện thường xuyên.")
    m = metadata.extract(d, structure.parse(d))
    assert (m.source_kind, m.doc_type) == ("news", "Kế hoạch") and "phát triển thể thao quần chúng" in m.title


def test_a_press_report_headed_by_its_province():
    d = doc_of("Đà Nẵng triển khai kế hoạch làm sạch bãi biển\n\nTheo kế hoạch, UBND thành phố giao Sở Tài nguyên và "
               "Môi trường chủ trì.\n")
    m = metadata.extract(d, structure.parse(d))
    assert (m.source_kind, m.province, m.issuer) == ("news", "Đà Nẵng", "Ủy ban nhân dân thành phố Đà Nẵng")


def test_a_press_report_of_a_plan_the_committee_drew_up():
    d = doc_of("Du lịch xanh\nChi tiết tin\nThực hiện Chương trình hành động của tỉnh; Ngày 07/10/2021, UBND tỉnh "
               "Quảng Bình xây dựng Kế hoạch số 4120/KH-UBND nâng cao chất lượng du lịch giai đoạn 2021 - 2025 như sau:")
    m = metadata.extract(d, structure.parse(d))
    assert (m.source_kind, m.symbol, m.issue_date) == ("news", "4120/KH-UBND", "2021-10-07")


@pytest.mark.parametrize("text, province", [
    # the one province a report names, or the one it names most
    ("Sản phẩm chủ lực\nCác sản phẩm có thế mạnh của Hà Nam tham gia chương trình, UBND tỉnh vừa ban hành kế "
     "hoạch năm 2024.", "Hà Nam"),
    ("Nông sản\nUBND tỉnh vừa có văn bản hỗ trợ Sơn La xuất khẩu qua Lạng Sơn; cửa khẩu Lạng Sơn mở thêm giờ; "
     "thương nhân Lạng Sơn tham gia.", "Lạng Sơn"),
    # a tie names none, and "tư tưởng Hồ Chí Minh" is no city
    ("Học tập\nHọc tập tư tưởng Hồ Chí Minh: UBND tỉnh vừa giao các sở cùng Nam Định, Thái Bình tổ chức.", ""),
])
def test_a_press_report_names_its_province_in_its_story(text, province):
    assert meta_of(text).province == province


@pytest.mark.parametrize("clause, period", [
    # a term the decision sets in a clause of its own is its period
    ("Điều 2. Thời hạn ủy quyền: Từ ngày 20 tháng 8 năm 2026 đến hết ngày\n28 tháng 02 năm 2027, trừ trường hợp "
     "pháp luật quy định khác.", (2026, 2027)),
    ("Điều 2. Thời hạn ủy quyền: Từ ngày Quyết định này có hiệu lực đến hết ngày 28/02/2027.", (2025, 2027)),
    ("Điều 2. Thời hạn ủy quyền: Kể từ ngày Quyết định này có hiệu lực đến hết ngày 28 tháng 02 năm\n2027.",
     (2025, 2027)),
    # but not its bare validity, nor a term that ended before it was issued
    ("Điều 2. Quyết định này có hiệu lực đến hết ngày 31 tháng 12 năm 2025.", (None, None)),
    ("Điều 2. Thời hạn ủy quyền: Từ ngày 01/01/2023 đến hết ngày 31/12/2024.", (None, None)),
])
def test_a_term_the_document_sets_itself(clause, period):
    d = doc_of("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 1883/QĐ-UBND\n" + MOTTO_LINES
               + "Lào Cai, ngày 06 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVề việc ủy quyền cho Giám đốc Sở Công Thương\n"
               "Căn cứ Luật ngày 16/6/2025;\nQUYẾT ĐỊNH:\nĐiều 1. Ủy quyền cho Giám đốc Sở Công Thương.\n"
               + clause + "\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký./.\n"
               "Nơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNgô Hạnh Phúc")
    m = metadata.extract(d, structure.parse(d))
    assert (m.period_start, m.period_end) == period


@pytest.mark.parametrize("items, period", [
    # objectives set by milestones run from the issue year to the last of them
    ("a) Đến hết năm 2025: Có ≥ 30% doanh nghiệp ứng dụng công nghệ số.\n"
     "b) Đến hết năm 2030: Có ≥ 60% doanh nghiệp ứng dụng công nghệ số.\n"
     "c) Đến hết năm 2045: 100% doanh nghiệp ứng dụng công nghệ số.\n", (2025, 2045)),
    # one year stated in passing is no set of milestones
    ("a) Đến năm 2030, 60% doanh nghiệp ứng dụng công nghệ số.\n"
     "b) Hỗ trợ doanh nghiệp tiếp cận nền tảng số.\n", (None, None)),
])
def test_period_to_the_last_milestone_of_its_objectives(items, period):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\nSố: 617/KH-UBND\nTây Ninh, ngày 01 tháng 12 năm 2025\n"
            "KẾ HOẠCH\nChuyển đổi số cho các doanh nghiệp nhỏ và vừa\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nThúc đẩy chuyển đổi số.\n"
            "II. MỤC TIÊU, ĐỐI TƯỢNG\n1. Mục tiêu cụ thể\n" + items + "2. Đối tượng áp dụng\nDoanh nghiệp nhỏ và vừa.\n")
    m = meta_of(text)
    assert (m.period_start, m.period_end) == period


def test_a_plan_without_a_title_line_is_named_by_its_opening():
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 983/KH-UBND | Tây Ninh, ngày 15 tháng 5 năm 2019 |\n"
            "Thực hiện Quyết định số 471/QĐ-TTg ngày 26/4/2019 của Thủ tướng Chính phủ.\n"
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Đề án “Tăng cường ứng dụng công nghệ thông tin "
            "trong công tác phổ biến, giáo dục pháp luật giai đoạn 2019 - 2021” trên địa bàn tỉnh như sau:\n"
            "1. Tiếp tục thể chế hóa đầy đủ chủ trương của Đảng.\n")
    m = meta_of(text)
    assert m.title.startswith("Kế hoạch thực hiện Đề án “Tăng cường ứng dụng công nghệ thông tin")
    assert m.title.endswith("giai đoạn 2019 - 2021”")


def test_a_consolidated_text_is_of_the_type_its_own_symbol_says():
    # it prints the type of the circular it consolidates
    text = ("BỘ GIAO THÔNG VẬN TẢI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 16/VBHN-BGTVT\nHà Nội, ngày 23 tháng 5 năm 2022\nTHÔNG TƯ\n"
            "Quy định mức giá tối đa dịch vụ sử dụng đường bộ\n"
            "Thông tư số 45/2021/TT-BGTVT ngày 31 tháng 12 năm 2021, có hiệu lực từ ngày 15 tháng 2 năm 2022, "
            "được sửa đổi, bổ sung bởi Thông tư số 05/2022/TT-BGTVT.\nĐiều 1. Phạm vi điều chỉnh\n")
    meta = meta_of(text)
    assert (meta.doc_type, meta.symbol) == ("Văn bản hợp nhất", "16/VBHN-BGTVT")


def test_a_letter_without_a_number_gives_its_subject_before_its_motto():
    # the header read column by column: issuer and subject, then the motto and the date
    meta = meta_of("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n---------------\n"
                   "V/v: Bố trí sắp xếp phương tiện tại một số điểm trên địa bàn quận Hoàn Kiếm\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n----------------\n"
                   "Hà Nội, ngày 27 tháng 06 năm 2014\n\nKính gửi:\n- Sở Giao thông vận tải;\n- Công an Thành phố.\n\n"
                   "Ủy ban nhân dân Thành phố có ý kiến như sau: giao Sở Giao thông vận tải chủ trì bố trí điểm "
                   "trông giữ xe.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Quốc Hùng\n")
    assert meta.issue_date == "2014-06-27"
    # (the colon after "V/v" is no part of the subject)
    assert meta.title == "Bố trí sắp xếp phương tiện tại một số điểm trên địa bàn quận Hoàn Kiếm"


@pytest.mark.parametrize("title, period", [
    # the rules of a committee's work hold for its term
    ("VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ NHIỆM KỲ 2016 - 2021", (2016, 2021)),
    # an election's term is not the plan's
    ("KẾ HOẠCH TỔ CHỨC BẦU CỬ ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN CÁC CẤP NHIỆM KỲ 2026 - 2031", (None, None)),
])
def test_a_term_of_office_is_the_period_of_the_rules_for_it(title, period):
    assert metadata.plan_period(title, "", None) == period


def test_a_later_horizon_joined_by_and_ends_the_period():
    title = ("Kế hoạch triển khai thực hiện Chiến lược Quốc gia về dinh dưỡng giai đoạn 2016 - 2020 và đến năm 2030 "
             "của tỉnh Sơn La")
    assert metadata.plan_period(title, "", 2017) == (2016, 2030)
    assert metadata.plan_period(title, "", 2017, vision=False) == (2016, 2030)


@pytest.mark.parametrize("title, period", [
    # the span of a cited resolution's subject is that resolution's, not the plan's
    ("BAN HÀNH KẾ HOẠCH TRIỂN KHAI NGHỊ QUYẾT SỐ 88/NQ-UBTVQH15 NGÀY 02 THÁNG 3 NĂM 2024 CỦA ỦY BAN "
     "THƯỜNG VỤ QUỐC HỘI VỀ GIÁM SÁT VIỆC THỰC HIỆN CHÍNH SÁCH TỪ NĂM 2015 ĐẾN HẾT NĂM 2022", (None, None)),
    # a span of the plan's own, "đến hết năm" included
    ("KẾ HOẠCH PHÒNG CHỐNG THIÊN TAI TỪ NĂM 2026 ĐẾN HẾT NĂM 2028", (2026, 2028)),
])
def test_a_span_after_a_cited_document_in_the_title_is_that_documents(title, period):
    assert metadata.plan_period(title, "", 2025) == period


def test_a_plan_issued_by_a_document_of_the_legal_basis_gives_no_period():
    d = doc_of("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 512/QĐ-UBND\n" + MOTTO_LINES
               + "Hà Giang, ngày 03 tháng 10 năm 2024\nQUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính nội bộ\n"
               "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Quyết định số 1085/QĐ-TTg ngày 15/9/2022 của Thủ tướng Chính phủ "
               "ban hành Kế hoạch rà soát thủ tục hành chính nội bộ giai đoạn 2022-2025;\nQUYẾT ĐỊNH:\n"
               "Điều 1. Công bố kèm theo Quyết định này 12 thủ tục hành chính nội bộ.\n"
               "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n"
               "Nơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A")
    m = metadata.extract(d, structure.parse(d))
    assert (m.doc_type, m.period_start, m.period_end) == ("Quyết định", None, None)


def test_a_plan_that_issues_itself_after_citing_a_document_keeps_its_period():
    d = doc_of("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 140/KH-UBND\n" + MOTTO_LINES
               + "Hà Giang, ngày 03 tháng 10 năm 2024\nKẾ HOẠCH\nPhát triển du lịch cộng đồng\n"
               "Thực hiện Quyết định số 77/QĐ-TTg ngày 15/9/2023 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh "
               "ban hành Kế hoạch phát triển du lịch cộng đồng giai đoạn 2025-2030 như sau:\n"
               "I. MỤC ĐÍCH\nThu hút khách.\n")
    m = metadata.extract(d, structure.parse(d))
    assert (m.period_start, m.period_end) == (2025, 2030)


@pytest.mark.parametrize("subject, period", [
    # a letter or telegram whose subject is the work of one year it names has that year
    ("V/v điều chỉnh chi phí nhân công ngành xây dựng năm 2012", (2012, 2012)),
    ("V/v bảo đảm an toàn giao thông trong quý IV năm 2016", (2016, 2016)),
    # not the year of a date, a span, a horizon or two years
    ("V/v triển khai Chỉ thị số 27/CT-TTg ngày 15 tháng 8 năm 2024", (None, None)),
    ("V/v góp ý dự thảo Kế hoạch giai đoạn 2026-2030", (None, None)),
    ("V/v tổng kết năm 2024 và triển khai nhiệm vụ năm 2025", (None, None)),
])
def test_a_letter_scoped_to_one_year_has_that_period(subject, period):
    m = meta_of("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\n" + MOTTO_LINES + "Số: 120/UBND-XD\n"
                "Đồng Tháp, ngày 12 tháng 3 năm 2012\n" + subject + "\nKính gửi: Sở Xây dựng.\n"
                "Ủy ban nhân dân tỉnh đề nghị Sở Xây dựng hướng dẫn thực hiện.")
    assert m.doc_type == "Công văn"
    assert (m.period_start, m.period_end) == period


def test_a_scans_signature_block_dates_it_where_the_header_is_handwritten():
    # the number and day were written by hand on the printed blanks (lost to the OCR); the
    # signing system's block on the scan says when it was signed
    text = ("BỘ CÔNG THƯƠNG\n" + MOTTO_LINES + "Số: /BCT-ATMT\nHà Nội, ngày tháng năm 2026\n"
            "V/v triển khai thủ tục cấp giấy phép\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố\n"
            "Bộ Công Thương đề nghị triển khai.")
    d = doc_of(text)
    d.meta["signature_lines"] = ["Ký bởi: Bộ Công Thương", "Thời gian ký: 02.04.2026 14:24:26 +07:00"]
    m = metadata.extract(d, structure.parse(d))
    assert (m.doc_status, m.issue_date) == ("issued", "2026-04-02")
    unsigned = meta_of(text)
    assert unsigned.doc_status == "draft" and not unsigned.issue_date


def test_rules_a_decision_issues_for_a_programme_take_no_period_from_it():
    title = ("BAN HÀNH QUY TRÌNH RÀ SOÁT ĐỐI TƯỢNG THỰC HIỆN DỰ ÁN 1 CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA "
             "PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ GIAI ĐOẠN 2021-2030")
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\n" + MOTTO_LINES + "Số: 125/2025/QĐ-UBND\nHuế, ngày 24 tháng 11 năm 2025\n"
            "QUYẾT ĐỊNH\n" + title + "\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy trình rà soát đối tượng.\n")
    m = meta_of(text)
    assert m.doc_type == "Quyết định" and (m.period_start, m.period_end) == (None, None)
    # a plan that carries the programme out keeps its stage
    m = meta_of(text.replace("QUYẾT ĐỊNH\n" + title, "KẾ HOẠCH\n" + title.replace("BAN HÀNH QUY TRÌNH RÀ SOÁT ĐỐI TƯỢNG ", ""))
                .replace("Số: 125/2025/QĐ-UBND", "Số: 125/KH-UBND"))
    assert (m.period_start, m.period_end) == (2021, 2030)


@pytest.mark.parametrize("caption, symbol, status, date, year", [
    ("(Ban hành kèm theo Quyết định số: 1452/QĐ-UBND ngày 03 tháng 12 năm 2025 của Chủ tịch Ủy ban nhân dân "
     "tỉnh Gia Lai)", "1452/QĐ-UBND", "issued", "2025-12-03", 2025),
    # (its number and day left blank: a draft of that year)
    ("(Ban hành kèm theo Quyết định số\n/QĐ-UBND ngày / /2025 của Ủy ban nhân dân tỉnh)", "", "draft", "", 2025),
])
def test_a_copy_saved_from_its_subject_line_on_is_the_decision_its_annex_caption_names(caption, symbol, status, date,
                                                                                      year):
    text = ("VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC XÂY DỰNG\nTHỰC HIỆN TRỰC TUYẾN TOÀN TRÌNH\n"
            "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Xây dựng chịu trách nhiệm thi hành Quyết định này./.\n"
            "DANH MỤC THỦ TỤC HÀNH CHÍNH\n" + caption + "\n| STT | Tên thủ tục |\n| 1 | Cấp giấy phép xây dựng |\n")
    m = meta_of(text)
    assert (m.doc_type, m.symbol, m.doc_status, m.issue_date or "", m.year) == ("Quyết định", symbol, status, date, year)
    # (its subject is its title, up to the annex's own)
    assert m.title == "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC XÂY DỰNG THỰC HIỆN TRỰC TUYẾN TOÀN TRÌNH"


def test_a_news_page_that_carries_a_letter_whole_is_the_letter():
    # a paper's page: its headline and time, then the letter itself (motto, addressees,
    # points, signature) with no header of the issuer's
    text = ("Thông báo “V/v phòng chống bão số 10”\n\n16/11/2008 - 21:24\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBến Tre, ngày 16 tháng 11 năm 2008\n\n"
            "Kính gửi:\n- Sở Nông nghiệp và Phát triển nông thôn;\n- UBND các huyện, thị.\n\n"
            "Theo thông tin của Đài Khí tượng thủy văn khu vực Nam bộ thì bão số 10 có khả năng đổ bộ vào tỉnh.\n"
            "1- Cho toàn bộ học sinh trong toàn tỉnh nghỉ học;\n"
            "2- Các huyện tổ chức di dời dân khỏi những nơi nguy hiểm.\n\n"
            "TM. ỦY BAN NHÂN DÂN TỈNH\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Hiếu\n\nBan biên tập\n")
    m = meta_of(text)
    assert (m.source_kind, m.doc_type, m.issue_date) == ("official", "Công văn", "2008-11-16")


def test_specks_read_into_a_title_on_an_ocr_page_are_dropped():
    # a scan's title in capitals with a stop and a rule's stroke read between its words;
    # the same title typed keeps what it says
    from pipeline.models import Page
    text = ("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK\nSố: 0130/KH-UBND\nĐắk Lắk, ngày 21 tháng 11 năm 2025\nKẾ HOẠCH\n"
            "KHẮC PHỤC. MÔI TRƯỜNG VÀ PHÒNG, CHỐNG _DỊCH BỆNH TRÊN ĐỊA BÀN TP. BUÔN MA THUỘT\n"
            "Thực hiện Công điện số 12/CĐ-TTg, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n")

    def title(ocr: bool) -> str:
        doc = doc_of(text)
        doc.pages, doc.ocr_pages = [Page(number=1, start=0, end=len(text), ocr=ocr)], [1] if ocr else []
        return metadata.extract(doc, structure.parse(doc)).title

    assert title(ocr=True) == "KHẮC PHỤC MÔI TRƯỜNG VÀ PHÒNG, CHỐNG DỊCH BỆNH TRÊN ĐỊA BÀN TP. BUÔN MA THUỘT"
    assert title(ocr=False).startswith("KHẮC PHỤC. MÔI TRƯỜNG")


@pytest.mark.parametrize("type_line", ["KẾ HO ẠCH", "K Ế  H O Ạ C H", "KẾ HOẠCH"])
def test_a_type_line_whose_letters_a_scan_or_a_layout_spaced_out(type_line):
    # (an OCR reading split a word; a layout spaced the letters; and the number line's "Số"
    # lost its tone: the type heading still names the symbol's type)
    text = ("ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\nSô: 133/KH-UBND Cà Mau, ngày 05 tháng 5 năm 2026\n" + type_line + "\n"
            "Tăng cường quản lý tàu cá giai đoạn 2026 - 2027\n"
            "Thực hiện Luật Thủy sản số 18/2017/QH14 ngày 21 tháng 11 năm 2017, Ủy ban nhân dân tỉnh ban hành "
            "Kế hoạch như sau:\nI. MỤC ĐÍCH\n")
    m = meta_of(text)
    assert (m.doc_type, m.symbol, m.period_start, m.period_end) == ("Kế hoạch", "133/KH-UBND", 2026, 2027)


def test_a_letter_on_one_school_year_spans_it():
    text = ("UBND TỈNH TUYÊN QUANG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1432/SGDĐT-GDPT\n"
            "V/v tổ chức bữa ăn bán trú cho học sinh\nnăm học 2026 - 2027\n"
            "Tuyên Quang, ngày 12 tháng 8 năm 2026\nKính gửi: Các trường phổ thông\n"
            "Sở Giáo dục và Đào tạo đề nghị các trường thực hiện như sau.\n")
    m = meta_of(text)
    assert (m.doc_type, m.period_start, m.period_end) == ("Công văn", 2026, 2027)


def test_a_plan_whose_objectives_are_headed_for_one_year_spans_that_year():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 19/KH-UBND\nTuyên Quang, ngày 20 tháng 01 năm 2026\n"
            "KẾ HOẠCH\nĐào tạo nghề cho lao động nông thôn trên địa bàn tỉnh\n"
            "Thực hiện Quyết định số 1736/QĐ-TTg phê duyệt Chương trình giai đoạn 2026 - 2030, Ủy ban nhân dân tỉnh "
            "ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích: Triển khai Chương trình.\n"
            "II. KẾT QUẢ THỰC HIỆN NĂM 2025\nNăm 2025 đã đào tạo 3.467 lao động.\n"
            "III. MỤC TIÊU, NHIỆM VỤ NĂM 2026\n1. Mục tiêu\nĐào tạo nghề cho ít nhất 3.800 lao động.\n")
    m = meta_of(text)
    assert (m.period_start, m.period_end) == (2026, 2026)
