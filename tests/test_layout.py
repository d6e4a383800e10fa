"""Flattened text (copied from legal-document websites) laid out again before extraction.

Short texts in the shapes the crawled texts take: the header run together, the
motto before the issuing body, headings run into sentences, a cut-off end, stray
spaces, hyphenated line ends, Windows line ends, a period in a flattened title.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extraction import layout, metadata, structure
from pipeline.extraction.extract import extract
from pipeline.models import Block, Document
from pipeline.reading.lines import join_wrapped
from pipeline.reading.normalize import join_split_syllables, normalize
from scripts.site_copies import site_copy

FLAT_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH ------- CỘNG HÒA XÃ HỘI\n"
    "CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 12/KH-UBND Hòa Bình, ngày\n"
    "05 tháng 3 năm 2023 KẾ HOẠCH BẢO ĐẢM AN TOÀN GIAO THÔNG TRÊN ĐỊA BÀN TỈNH NĂM 2023 Thực hiện\n"
    "Chỉ thị số 10/CT-TTg ngày 19/4/2023 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành kế hoạch như sau: I. MỤC\n"
    "TIÊU 1. Giảm từ 5% đến 10% số vụ tai nạn giao thông so với năm 2022. 2. Bảo đảm 100% tuyến đường được\n"
    "kiểm tra. II. NHIỆM VỤ 1. Tuyên truyền a) Tổ chức các đợt tuyên truyền. b) Kiểm tra theo khoản 2 Điều 5 của\n"
    "Luật Giao thông; xử lý vi phạm.\n"
)


def doc_of(text: str) -> Document:
    d = Document(doc_id="t", source="t.txt", sha256="", format="txt", text=text)
    d.blocks = [Block(text, start=0, end=len(text))]
    return d


def lines_of(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def test_layout_keeps_length_and_changes_only_whitespace():
    out = layout.relayout(FLAT_PLAN)
    assert len(out) == len(FLAT_PLAN)
    assert all(a == b or (a.isspace() and b.isspace()) for a, b in zip(out, FLAT_PLAN))


def test_flattened_header_parts_on_lines_of_their_own():
    lines = lines_of(layout.relayout(FLAT_PLAN))
    assert lines[:7] == [
        "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH -------",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc ---------------",
        "Số: 12/KH-UBND",
        "Hòa Bình, ngày 05 tháng 3 năm 2023",
        "KẾ HOẠCH",
        "BẢO ĐẢM AN TOÀN GIAO THÔNG TRÊN ĐỊA BÀN TỈNH NĂM 2023",
    ]
    assert lines[7].startswith("Thực hiện Chỉ thị số 10/CT-TTg")


def test_a_header_table_s_cell_marks_do_not_hide_the_type_heading():
    # a web page's header set as a table leaves "|" lines between its cells
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 12/QĐ-UBND\n|\nHòa Bình, ngày\n"
            "05 tháng 3 năm 2023\n|\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH BẢO ĐẢM AN TOÀN GIAO\n"
            "THÔNG NĂM 2023\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\nCăn cứ Luật Tổ chức chính\n"
            "quyền địa phương ngày 19/6/2015;\nCăn cứ Luật Giao thông đường bộ;\nXét đề nghị của Sở\n"
            "Giao thông vận tải tại Tờ trình số 20/TTr-SGTVT.\n")
    lines = lines_of(layout.relayout(text))
    at = lines.index("QUYẾT ĐỊNH")
    assert lines[at + 1:at + 4] == ["VỀ VIỆC BAN HÀNH KẾ HOẠCH BẢO ĐẢM AN TOÀN GIAO THÔNG NĂM 2023",
                                    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH",
                                    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;"]


def test_headings_run_into_sentences_open_lines_in_sequence():
    lines = lines_of(layout.relayout(FLAT_PLAN))
    heads = [ln for ln in lines if ln[:3] in ("I. ", "II.", "1. ", "2. ", "a) ", "b) ")]
    assert [h.split()[0] for h in heads] == ["I.", "1.", "2.", "II.", "1.", "a)", "b)"]
    assert "I. MỤC TIÊU" in lines
    # "khoản 2 Điều 5" inside a sentence is no heading
    assert any(ln.startswith("b) Kiểm tra theo khoản 2 Điều 5 của Luật") for ln in lines)


def test_a_heading_after_a_page_break_left_in_a_copy_opens_its_line():
    text = ("III. TỔ CHỨC THỰC HIỆN 1. Sở Du lịch - Chủ trì triển khai Kế hoạch; tổng hợp báo cáo kết quả "
            "thực hiện. Trang 6 6 2. Sở Tài chính - Chủ trì bố trí vốn ngân sách thực hiện Kế hoạch. 3. Sở Y tế "
            "- Phối hợp tập huấn sơ cấp cứu cho người lao động du lịch.\n")
    lines = lines_of(layout.relayout(text))
    assert [ln.split(" - ")[0] for ln in lines if ln[:2] in ("1.", "2.", "3.")] == [
        "1. Sở Du lịch", "2. Sở Tài chính", "3. Sở Y tế"]


def test_a_rule_making_decision_s_first_article_after_its_enacting_comma_opens_a_line():
    # a decision whose own articles are rules ends its enacting sentence with a comma
    text = ("ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "--------------- Số: 123/2025/QĐ-CTUBND Huế, ngày 20 tháng 11 năm 2025 QUYẾT ĐỊNH PHÂN CẤP THẨM QUYỀN "
            "XỬ LÝ TÀI SẢN Căn cứ Nghị định số 77/2025/NĐ-CP của Chính phủ; Theo đề nghị của Giám đốc Sở Tài "
            "chính; Chủ tịch Ủy ban nhân dân thành phố ban hành Quyết định phân cấp thẩm quyền xử lý tài sản "
            "trên địa bàn thành phố Huế, Điều 1. Phạm vi điều chỉnh 1. Quyết định này quy định thẩm quyền xử "
            "lý tài sản. Điều 2. Thẩm quyền phê duyệt 1. Sở Tài chính quyết định phê duyệt phương án xử lý tài "
            "sản. Điều 3. Tổ chức thực hiện Sở Tài chính hướng dẫn thực hiện Quyết định này.\n")
    lines = lines_of(layout.relayout(text))
    assert [ln.split(".")[0] for ln in lines if ln.startswith("Điều")] == ["Điều 1", "Điều 2", "Điều 3"]
    # ... but an article cited after a comma stays in its sentence
    cited = lines_of(layout.relayout(text.replace("Điều 3. Tổ chức", "theo khoản 2, Điều 1. Tổ chức")))
    assert not any(ln.startswith("Điều 1. Tổ chức") for ln in cited)


def test_a_point_run_into_its_topic_that_assigns_a_department_opens_a_line():
    text = ("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
            "Hạnh phúc --------------- Số: 4085/UBND-ĐT Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2025 V/v "
            "chuẩn hóa dữ liệu số nhà Kính gửi: Sở Xây dựng. Chủ tịch Ủy ban nhân dân Thành phố chỉ đạo như sau: "
            "1. Về cập nhật dữ liệu số nhà 1.1. Giao Sở Nông nghiệp và Môi trường chia sẻ dữ liệu đất đai. "
            "2. Về công tác triển khai phần mềm đánh số nhà - Giao Sở Xây dựng chủ trì, phối hợp với "
            "Công an Thành phố khảo sát hiện trạng.\n")
    lines = lines_of(layout.relayout(text))
    assert "- Giao Sở Xây dựng chủ trì, phối hợp với Công an Thành phố khảo sát hiện trạng." in lines


def test_flattened_plan_read_whole():
    d = doc_of(FLAT_PLAN)
    x = extract(d)
    assert x.meta.symbol == "12/KH-UBND" and x.meta.issue_date == "2023-03-05"
    assert x.meta.title.startswith("BẢO ĐẢM AN TOÀN") and x.meta.title.endswith("NĂM 2023")
    assert (x.meta.period_start, x.meta.period_end) == (2023, 2023)
    assert [s.path for s in x.structure.sections][:3] == ["I", "I.1", "I.2"]
    # the plan's own number is never a citation; the directive is
    assert {r.symbol for r in x.references} == {"10/CT-TTg"}
    # a one-year plan's targets are due that year, not in the year compared against
    assert [(t.value, t.deadline) for t in x.targets] == [(5.0, 2023), (100.0, 2023)]
    for t in x.targets:
        assert d.text[t.start:t.end] == t.quote


def test_motto_before_issuing_body():
    text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ỦY BAN NHÂN DÂN TỈNH LAI CHÂU "
            "Số: 7/CT-UBND Lai Châu, ngày 2 tháng 6 năm 2021 CHỈ THỊ VỀ TĂNG CƯỜNG AN TOÀN GIAO THÔNG "
            "Thời gian qua, tai nạn giao thông còn nhiều.")
    x = extract(doc_of(text))
    assert x.meta.symbol == "7/CT-UBND" and x.meta.issue_date == "2021-06-02"
    assert x.meta.province == "Lai Châu" and x.meta.doc_type == "Chỉ thị"
    assert x.meta.title == "VỀ TĂNG CƯỜNG AN TOÀN GIAO THÔNG"


def test_authority_line_ends_the_title():
    text = ("BỘ GIAO THÔNG VẬN TẢI ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "--------------- Số: 9/QĐ-BGTVT Hà Nội, ngày 3 tháng 1 năm 2022 QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH "
            "CỦA BỘ GIAO THÔNG VẬN TẢI BỘ TRƯỞNG BỘ GIAO THÔNG VẬN TẢI Căn cứ Nghị định số 56/2022/NĐ-CP; "
            "Căn cứ Luật Giao thông đường bộ; Theo đề nghị của Vụ trưởng. QUYẾT ĐỊNH: Điều 1. Ban hành Kế "
            "hoạch. Điều 2. Quyết định này có hiệu lực kể từ ngày ký./. Nơi nhận: - Như Điều 2; - Lưu: VT. "
            "BỘ TRƯỞNG Nguyễn Văn An")
    lines = lines_of(layout.relayout(text))
    assert "BAN HÀNH KẾ HOẠCH CỦA BỘ GIAO THÔNG VẬN TẢI" in lines
    assert "BỘ TRƯỞNG BỘ GIAO THÔNG VẬN TẢI" in lines
    assert "QUYẾT ĐỊNH:" in lines and "Nơi nhận:" in lines and "- Như Điều 2;" in lines
    assert any(ln.startswith("Điều 2. Quyết định này") for ln in lines)
    x = extract(doc_of(text))
    assert x.meta.signer == "Nguyễn Văn An" and x.meta.signer_title == "Bộ trưởng"
    assert x.structure.recipients[0] == "Như Điều 2"


def test_cut_off_text_is_flagged_and_keeps_what_it_shows():
    text = FLAT_PLAN.rstrip() + (" III. TỔ CHỨC THỰC HIỆN 1. Sở Giao thông vận tải chủ trì, phối hợp với "
                                 "các sở, ngành triển khai kế hoạch. 2. Công an tỉnh chủ trì tuần tra, kiểm "
                                 "soát, xử lý nghiêm các hành vi vi phạm trên các tuyến quốc lộ, tỉnh lộ và đườ")
    d = doc_of(text)
    x = extract(d)
    assert structure.CUT_OFF_WARNING in d.warnings
    # the bodies the text shows are reported; nothing past the cut (no signer) is invented
    assert [a.agency for a in x.agencies] == ["Sở Giao thông vận tải", "Công an tỉnh"]
    assert x.meta.signer == ""
    whole = doc_of(FLAT_PLAN)
    extract(whole)
    assert structure.CUT_OFF_WARNING not in whole.warnings


def test_document_keeping_its_breaks_is_left_alone():
    text = ("ỦY BAN NHÂN DÂN TỈNH X\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 5/KH-UBND\nX, ngày 1 tháng 2 năm 2024\nKẾ HOẠCH\nTriển khai công tác năm 2024\n"
            "I. MỤC TIÊU\n1. Giảm tai nạn\n")
    assert layout.relayout(text) == text


def test_period_of_a_cited_directive_is_not_the_plans():
    title = "TRIỂN KHAI CHỈ THỊ SỐ 23/CT-TTG NGÀY 26/7/2024 CỦA THỦ TƯỚNG VỀ AN TOÀN GIAO THÔNG ĐẾN NĂM 2030"
    assert metadata.plan_period(title, "", 2024) == (None, None)
    assert metadata.plan_period("THỰC HIỆN NHIỆM VỤ GIAI ĐOẠN 2026 - 2030", "", 2025) == (2026, 2030)


def test_stray_spaces_inside_syllables_are_joined():
    assert join_split_syllables("giảm s ố người chết") == "giảm số người chết"
    assert join_split_syllables("CHÍNH PH Ủ") == "CHÍNH PHỦ"
    assert normalize("Hà N ội, ng ày 20 tháng 3") == "Hà Nội, ngày 20 tháng 3"
    # split inside the vowels, each piece shaped like a syllable: the tone tells
    assert join_split_syllables("Đ i ều 3. Tổ chức thực hi ện") == "Điều 3. Tổ chức thực hiện"
    assert join_split_syllables("độ tu ổi lao động") == "độ tuổi lao động"
    # a stop final takes only sắc or nặng: "chủt", "tổc" are no syllables to join into
    assert join_split_syllables("KT. CHỦ TỊ CH P HÓ CHỦ T Ị CH") == "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"
    assert join_split_syllables("Ban tổ c hức") == "Ban tổ chức"
    # a common family name spaced apart before a given name is written whole
    assert normalize("PHÓ CHỦ TỊCH Ngu y ễn Hữu Tín") == "PHÓ CHỦ TỊCH Nguyễn Hữu Tín"
    assert normalize("Tr ương Văn An; ngu y ễn") == "Trương Văn An; ngu y ễn"
    for keep in ("và y tế", "đi ở nhà", "qua ải", "khi ấy", "lưu ý", "cho ảnh hưởng", "dân cư ở xã"):
        assert join_split_syllables(keep) == keep
    # whole syllables, units after figures and abbreviations stay as they are
    for keep in ("rộng 5 m ở giữa", "Nguy ễn Văn", "UBND tỉnh", "a) b) c)", "Sở GD&ĐT",
                 "T/M ỦY BAN NHÂN DÂN", "T/M ỦY\nBAN NHÂN DÂN", "K/T CHỦ TỊCH"):
        assert join_split_syllables(keep) == keep
    # a letter that ends a cut copy is a word cut off, not the rest of the syllable before it
    assert join_split_syllables("80% hồ sơ cấp huyện và 70% hồ sơ c") == "80% hồ sơ cấp huyện và 70% hồ sơ c"
    assert join_split_syllables("Ban tổ c hức\n") == "Ban tổ chức\n"


def test_hyphenated_line_end_from_a_pdf_viewer():
    assert join_wrapped(["Tổ chức quán tri-", "ệt, thực hiện kinh tế -", "xã hội"]) == \
        ["Tổ chức quán triệt, thực hiện kinh tế - xã hội"]


def test_the_body_end_mark_closes_its_paragraph_at_any_length():
    lines = ["Căn cứ ý kiến chỉ đạo, yêu cầu các Sở, ngành, địa phương triển khai thực hiện./.",
             "Nơi nhận:", "- Như trên;"]
    assert join_wrapped(lines, wrap_width=60) == lines
    # a wrapped paragraph still joins
    assert join_wrapped(["Yêu cầu các Sở, ngành triển khai", "thực hiện Kế hoạch này./."], wrap_width=30) == \
        ["Yêu cầu các Sở, ngành triển khai thực hiện Kế hoạch này./."]


def test_a_list_left_open_in_brackets_goes_on_over_a_capital_and_a_blank_line():
    # a scanned page: Tesseract may set a blank line inside the paragraph
    lines = ["1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu", "",
             "Kinh tế Phú Yên, Ban Quản lý các Khu công nghiệp tỉnh):", "a) Là đầu mối tiếp nhận hồ sơ."]
    assert join_wrapped(lines, wrap_width=80) == [
        "1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên, Ban Quản lý các Khu "
        "công nghiệp tỉnh):", "a) Là đầu mối tiếp nhận hồ sơ."]
    # not a table's cells or a label in brackets, and a closed bracket ends nothing
    for kept in (["37 (32171724 | 74 |", "", "Tên điểm"], ["Phê duyệt phương án (Mã số hồ sơ:", "", "1.002798)"],
                 ["Sở Tài chính (cơ quan thường trực)", "", "Kinh phí"]):
        assert len(join_wrapped(kept, wrap_width=80)) == 2


def test_an_article_word_wrapped_before_its_number_goes_on_with_it():
    from pipeline.reading.text import markdown_blocks
    blocks = markdown_blocks("**Chương\nIII**\n\n**Điều\n13. Trách nhiệm của các cơ quan, đơn vị**\n\n1. Cung cấp thông tin.\n")
    assert [b.text for b in blocks] == ["Chương III", "Điều 13. Trách nhiệm của các cơ quan, đơn vị", "1. Cung cấp thông tin."]
    assert join_wrapped(["Điều", "13. Trách nhiệm của các cơ quan, đơn vị", "1. Cung cấp thông tin."]) == \
        ["Điều 13. Trách nhiệm của các cơ quan, đơn vị", "1. Cung cấp thông tin."]


def test_a_range_wrapped_at_its_dash_is_no_list_item():
    assert join_wrapped(["tốc độ tăng bình quân 05", "- 06%/năm. Thị trường xuất khẩu:", "- Trung Quốc;"]) == \
        ["tốc độ tăng bình quân 05 - 06%/năm. Thị trường xuất khẩu:", "- Trung Quốc;"]
    from pipeline.reading.text import markdown_blocks
    blocks = markdown_blocks("phê duyệt Chương trình giai đoạn 2021\n- 2025;\n- Sở Y tế chủ trì.\n")
    assert [b.text for b in blocks] == ["phê duyệt Chương trình giai đoạn 2021 - 2025;", "- Sở Y tế chủ trì."]


def test_windows_line_ends():
    assert normalize("Số: 5/KH-UBND\r\nHà Nội, ngày 1 tháng 2 năm 2024\r\n") == \
        "Số: 5/KH-UBND\nHà Nội, ngày 1 tháng 2 năm 2024\n"


def test_article_after_a_closing_bracket_opens_a_line():
    text = ("QUYẾT ĐỊNH: Điều 1. Phê duyệt giá trực gác là 2.000.000 đồng (Bằng chữ: Hai triệu đồng) "
            "Điều 2. Tổ chức thực hiện: Sở Xây dựng tổ chức đặt hàng. Điều 3. Quyết định này có hiệu lực "
            "kể từ ngày ký (theo Điều 5 của Luật).\n")
    lines = lines_of(layout.relayout(text * 1))
    assert any(ln.startswith("Điều 2. Tổ chức thực hiện") for ln in lines)
    assert any(ln.startswith("Điều 3. Quyết định này") for ln in lines)


def test_an_annex_numbered_after_its_bracket_is_laid_out():
    text = ("KẾ HOẠCH KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2023\n"
            "(Ban hành kèm theo Quyết định số 1691/QĐ-BGTVT ngày 23 tháng 12 năm 2022 của Bộ trưởng Bộ Giao thông "
            "vận tải) I. MỤC ĐÍCH, YÊU CẦU 1. Tiếp tục cải cách thủ tục hành chính. II. NỘI DUNG KẾ HOẠCH (chi tiết "
            "tại phụ lục). III. TỔ CHỨC THỰC HIỆN 1. Văn phòng Bộ chủ trì, theo dõi việc thực hiện.\n")
    lines = layout.relayout(text).split("\n")
    assert "I. MỤC ĐÍCH, YÊU CẦU" in lines
    assert any(ln.startswith("III. TỔ CHỨC THỰC HIỆN") for ln in lines)


def test_the_rules_an_annex_issues_number_their_articles_from_one_after_its_bracket():
    # a flattened copy: the decision's own two articles, then the rules it issues, their
    # articles counted again from 1 and run on after the annex's bracket
    text = ("QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này Quy định chức năng, nhiệm vụ của Sở Tư pháp. "
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Nơi nhận: - Lưu: VT. TM. ỦY BAN NHÂN DÂN\n"
            "QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ CỦA SỞ TƯ PHÁP\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND của Ủy ban "
            "nhân dân tỉnh) Điều 1. Vị trí và chức năng 1. Sở Tư pháp là cơ quan chuyên môn thuộc Ủy ban nhân dân "
            "tỉnh. Điều 2. Nhiệm vụ và quyền hạn 1. Chủ trì xây dựng pháp luật tại địa phương. Điều 3. Cơ cấu tổ "
            "chức gồm các phòng.\n")
    lines = lines_of(layout.relayout(text))
    assert [ln.split(".")[0] for ln in lines if ln.startswith("Điều")] == ["Điều 1", "Điều 2", "Điều 1", "Điều 2", "Điều 3"]
    # (an "Điều 1" the text cites is no article: "… theo Điều 1 …" stays in its sentence)
    cited = text.replace("Điều 3. Cơ cấu", "căn cứ Điều 1. Cơ cấu")
    assert not any(ln.startswith("Điều 1. Cơ cấu") for ln in lines_of(layout.relayout(cited)))


def test_a_closing_articles_title_run_into_its_first_sentence_gives_way_to_it():
    text = ("QUYẾT ĐỊNH: Điều 1. Ban hành Quy chế cấp phát kinh phí. Điều 2. Phạm vi áp dụng Quy chế này áp dụng "
            "cho các đơn vị dự toán trên địa bàn. Điều 3. Tổ chức thực hiện Công tác cấp phát kinh phí do ngành Lao "
            "động - Thương binh và Xã hội quản lý. Giám đốc Sở Lao động - Thương binh và Xã hội chủ trì hướng dẫn "
            "thực hiện Quy chế này.\n")
    lines = lines_of(layout.relayout(text))
    assert "Điều 3. Tổ chức thực hiện" in lines
    assert any(ln.startswith("Công tác cấp phát kinh phí") for ln in lines)
    # (a title that goes on holds no sentence's end: it stays whole)
    goes_on = text.replace("Điều 3. Tổ chức thực hiện Công tác", "Điều 3. Tổ chức thực hiện Quy chế") \
        .replace(" quản lý. Giám đốc", " quản lý, Giám đốc")
    assert not any(ln == "Điều 3. Tổ chức thực hiện" for ln in lines_of(layout.relayout(goes_on)))


def test_an_articles_first_clause_after_a_title_that_parts_its_bodies_by_a_semicolon():
    text = ("QUYẾT ĐỊNH: Điều 1. Công bố danh mục thủ tục hành chính. Điều 2. Trách nhiệm của Sở Văn hóa, Thể thao "
            "và Du lịch; Uỷ ban nhân dân các xã, phường 1. Trách nhiệm của Sở Văn hóa, Thể thao và Du lịch a) Tổ chức "
            "triển khai danh mục. 2. Trách nhiệm của Ủy ban nhân dân các xã, phường a) Niêm yết công khai danh mục.\n")
    lines = lines_of(layout.relayout(text))
    assert "1. Trách nhiệm của Sở Văn hóa, Thể thao và Du lịch" in lines
    # (the title, its ";" and all, stays whole on its own line)
    assert "Điều 2. Trách nhiệm của Sở Văn hóa, Thể thao và Du lịch; Uỷ ban nhân dân các xã, phường" in lines


def test_heading_word_wrapped_from_its_number_joins_it():
    # a Markdown save wraps a bold heading inside its label: "**Điều" / "13. Trách nhiệm …**"
    text = ("ỦY BAN NHÂN DÂN TỈNH X\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "QUY ĐỊNH\nChương\nIII\nTỔ CHỨC THỰC HIỆN\nĐiều\n13. Trách nhiệm của Sở Tài chính\n"
            "1. Bố trí kinh phí theo quy định tại Điều\n5 Nghị định số 42/2022/NĐ-CP.\n")
    laid = lines_of(layout.relayout(text))
    assert "Chương III" in laid and "Điều 13. Trách nhiệm của Sở Tài chính" in laid
    # a reference that wraps after "Điều" inside a sentence is no heading
    assert "1. Bố trí kinh phí theo quy định tại Điều" in laid


def test_a_short_line_that_stops_on_a_joining_word_goes_on():
    # a heading line cut after "và" (or a comma) continues, though the next line opens
    # with a capital; a short line that closes a heading still ends it
    lines = ["1.3.2. Các sở: Nông nghiệp và", "Môi trường, Xây dựng, Nội vụ có ý kiến thẩm định hồ sơ mời thầu",
             "theo đề nghị của cơ quan chủ trì.", "2. Trách nhiệm của các đơn vị", "Các đơn vị báo cáo hằng quý."]
    assert join_wrapped(lines, wrap_width=60) == [
        "1.3.2. Các sở: Nông nghiệp và Môi trường, Xây dựng, Nội vụ có ý kiến thẩm định hồ sơ mời thầu "
        "theo đề nghị của cơ quan chủ trì.", "2. Trách nhiệm của các đơn vị", "Các đơn vị báo cáo hằng quý."]


def test_a_compound_cut_at_its_dash_is_no_list_item():
    # "tổ chức chính trị" / "- xã hội": a lower-case dash line after a line that stops
    # mid-phrase goes on; after a closed clause it is an item
    assert join_wrapped(["1. Thủ trưởng các cơ quan, doanh nghiệp, tổ chức chính trị",
                         "- xã hội, hội quần chúng có trách nhiệm quán triệt."]) == \
        ["1. Thủ trưởng các cơ quan, doanh nghiệp, tổ chức chính trị - xã hội, hội quần chúng có trách nhiệm quán triệt."]
    assert join_wrapped(["Các nhiệm vụ gồm:", "- xây dựng kế hoạch;", "- báo cáo kết quả."]) == \
        ["Các nhiệm vụ gồm:", "- xây dựng kế hoạch;", "- báo cáo kết quả."]


def test_a_letters_addressees_open_a_line():
    # a wrapped subject line never swallows "Kính gửi:" (the reader's lines, and a
    # flattened header's layout)
    assert join_wrapped(["V/v triển khai thực hiện các quy định về giảm phát thải khí nhà kính và tầng",
                         "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"], wrap_width=70) == \
        ["V/v triển khai thực hiện các quy định về giảm phát thải khí nhà kính và tầng",
         "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
    flat = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
            "Số: 9389/BNNMT-BĐKH\nHà Nội, ngày 20 tháng 11 năm 2025\nV/v triển khai các quy định về khí nhà kính\n"
            "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n"
            "Để triển khai các quy định mới, Bộ Nông nghiệp và Môi trường kính đề nghị các địa phương thực hiện.\n")
    assert "\nKính gửi: Ủy ban nhân dân" in layout.relayout(flat)


@pytest.mark.parametrize("date_line, title_head", [
    # the date without its comma ("Hà Nội ngày …"), the title run into the preamble
    ("Hà Nội ngày 25 tháng 12 năm 2023 QUYẾT ĐỊNH", "CÔNG BỐ MỞ CẢNG CẠN THẠNH PHƯỚC"),
    # a decision's title opening with "V/V" is no letter's subject
    ("Hà Nội, ngày 25 tháng 12 năm 2023 QUYẾT ĐỊNH", "V/V CÔNG BỐ MỞ CẢNG CẠN THẠNH PHƯỚC"),
])
def test_a_decisions_title_stands_on_its_own_line(date_line, title_head):
    text = ("BỘ GIAO THÔNG VẬN TẢI ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            f"--------------- Số: 1696/QĐ-BGTVT {date_line} {title_head} BỘ TRƯỞNG BỘ GIAO THÔNG VẬN "
            "TẢI Căn cứ Nghị định số 56/2022/NĐ-CP ngày 24/8/2022 của Chính phủ; Xét đề nghị của Cục Hàng "
            "hải Việt Nam. QUYẾT ĐỊNH: Điều 1. Công bố mở cảng cạn. Điều 2. Quyết định này có hiệu lực kể "
            "từ ngày ký./. Nơi nhận: - Như Điều 2; - Lưu: VT. BỘ TRƯỞNG Nguyễn Văn An")
    lines = lines_of(layout.relayout(text))
    assert title_head in lines and "BỘ TRƯỞNG BỘ GIAO THÔNG VẬN TẢI" in lines
    assert extract(doc_of(text)).meta.title == title_head


def test_a_signing_mark_wrapped_from_its_title_joins_it():
    text = ("BỘ GIAO THÔNG VẬN TẢI ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "--------------- Số: 1696/QĐ-BGTVT Hà Nội, ngày 25 tháng 12 năm 2023 QUYẾT ĐỊNH CÔNG BỐ TIÊU "
            "CHUẨN QUỐC GIA BỘ TRƯỞNG BỘ GIAO THÔNG VẬN TẢI Căn cứ Nghị định số 56/2022/NĐ-CP; Xét đề "
            "nghị của Vụ trưởng. QUYẾT ĐỊNH: Điều 1. Công bố tiêu chuẩn. Điều 2. Quyết định này có hiệu "
            "lực kể từ ngày ký ./. Nơi nhận: - Vụ PC; - Lưu: VT, TĐC. KT.\n  BỘ TRƯỞNG THỨ TRƯỞNG Trần Việt Thanh")
    assert any(" ".join(ln.split()) == "KT. BỘ TRƯỞNG" for ln in lines_of(layout.relayout(text)))
    meta = extract(doc_of(text)).meta
    assert (meta.signer, meta.signer_title) == ("Trần Việt Thanh", "Thứ trưởng")


def test_a_name_in_quotes_belongs_to_the_title_run():
    text = ("BỘ GIAO THÔNG VẬN TẢI ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "--------------- Số: 784/KH-BGTVT Hà Nội, ngày 20 tháng 01 năm 2017 KẾ HOẠCH HÀNH ĐỘNG “Năm\n"
            "An toàn giao thông - 2017” Căn cứ Chỉ thị số 18-CT/TW ngày 04 tháng 9 năm 2012 của Ban Bí thư; "
            "Bộ Giao thông vận tải ban hành Kế hoạch như sau: I. MỤC TIÊU 1. Giảm từ 5%-10% số người chết do "
            "tai nạn giao thông. II. TỔ CHỨC THỰC HIỆN 1. Tổng cục Đường bộ Việt Nam chủ trì thực hiện.")
    meta = extract(doc_of(text)).meta
    assert meta.title.startswith("HÀNH ĐỘNG “Năm An toàn giao thông - 2017”")
    assert (meta.period_start, meta.period_end) == (2017, 2017)


def test_a_table_row_and_a_clause_in_emphasis_keep_their_line_breaks():
    chars = list(text := ("| Số: 699/QĐ-BNNMT | *Hà Nội, ngày 27 tháng 02 năm 2026* |\nQUYẾT ĐỊNH\n"
                          "*Căn cứ Luật Bảo vệ môi trường;*\n*Căn cứ Nghị định số 35/2025/NĐ-CP;*\nĐiều 1. Phê duyệt"))
    layout.unwrap(text, chars)
    # the row's closing pipe and the clause's closing mark end their lines; the type line,
    # a wrap in a flattened copy, runs on
    assert "".join(chars).split("\n") == [
        "| Số: 699/QĐ-BNNMT | *Hà Nội, ngày 27 tháng 02 năm 2026* |", "QUYẾT ĐỊNH *Căn cứ Luật Bảo vệ môi trường;*",
        "*Căn cứ Nghị định số 35/2025/NĐ-CP;*", "Điều 1. Phê duyệt"]


def test_party_parts_marked_with_a_dash_open_lines_even_after_a_misread_first_part():
    # OCR read the first part's "I-" as "1-"; the later parts, titled in capitals, still
    # open lines, and their points follow them
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG ------- ĐẢNG CỘNG SẢN VIỆT NAM Số 31-CTr/TW Hà Nội, ngày 28 tháng 7 năm 2026 "
            "CHƯƠNG TRÌNH HÀNH ĐỘNG 1- MỤC ĐÍCH, YÊU CẦU 1. Cụ thể hóa kết luận. II- NHIỆM VỤ CHỦ YẾU "
            "1. Tăng cường sự lãnh đạo của Đảng. HI- TỔ CHỨC THỰC HIỆN 1. Đảng uỷ Quốc hội a) Lãnh đạo rà soát "
            "các luật. 2. Đảng uỷ Chính phủ a) Chỉ đạo xây dựng chương trình.\n")
    lines = lines_of(layout.relayout(text))
    assert "II- NHIỆM VỤ CHỦ YẾU" in lines
    assert "HI- TỔ CHỨC THỰC HIỆN" in lines
    assert "1. Đảng uỷ Quốc hội" in lines and "2. Đảng uỷ Chính phủ" in lines


def test_the_rules_a_decision_issues_number_their_articles_again():
    text = ("QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp. Điều 2. Quyết định này có "
            "hiệu lực từ ngày ký. Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./. QUY CHẾ "
            "PHỐI HỢP (Ban hành kèm theo Quyết định số 74/2025/QĐ-UBND) Chương I QUY ĐỊNH CHUNG Điều 1. Phạm vi "
            "điều chỉnh Quy chế này quy định việc phối hợp. Chương II TRÁCH NHIỆM PHỐI HỢP Điều 6. Phối hợp "
            "trong tuyên truyền, phổ biến các chủ trương, chính sách về tín ngưỡng, tôn giáo 1. Sở Dân tộc và "
            "Tôn giáo a) Chủ trì xây dựng kế hoạch tuyên truyền.\n")
    lines = lines_of(layout.relayout(text))
    # the rules' "Điều 1" after "Chương I"; "Điều 6" first in its chapter after articles the
    # flattening hid; the first point under an article's long title
    assert any(ln.startswith("Điều 1. Phạm vi điều chỉnh") for ln in lines)
    assert any(ln.startswith("Chương II TRÁCH NHIỆM PHỐI HỢP") for ln in lines)
    assert any(ln.startswith("Điều 6. Phối hợp trong tuyên truyền") for ln in lines)
    assert "1. Sở Dân tộc và Tôn giáo" in lines and "a) Chủ trì xây dựng kế hoạch tuyên truyền." in lines


def test_an_article_with_its_title_opens_a_line_without_a_closing_mark_unless_cited():
    text = ("QUYẾT ĐỊNH: Điều 1. Phạm vi điều chỉnh Quy định này áp dụng cho phương tiện giao thông vận tải "
            "Điều 2. Đối tượng áp dụng Các tổ chức theo quy định tại Điều 3. Các tổ chức đăng kiểm.\n")
    lines = lines_of(layout.relayout(text))
    assert any(ln.startswith("Điều 2. Đối tượng áp dụng") for ln in lines)
    assert not any(ln.startswith("Điều 3.") for ln in lines)


def test_a_roman_part_after_a_closing_bracket_opens_a_line():
    text = ("KẾ HOẠCH PHÁT TRIỂN CỤM CÔNG NGHIỆP I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích cụ thể hóa nghị quyết. "
            "II. NỘI DUNG - Các nội dung khác thực hiện theo quy định (chi tiết Phụ lục 05 đính kèm) "
            "III. TỔ CHỨC THỰC HIỆN 1. Sở Công Thương là cơ quan thường trực.\n")
    lines = lines_of(layout.relayout(text))
    assert any(ln.startswith("III. TỔ CHỨC THỰC HIỆN") for ln in lines)


def test_a_text_cut_inside_a_short_point_is_flagged():
    text = FLAT_PLAN.rstrip() + (" III. TỔ CHỨC THỰC HIỆN 1. Sở Giao thông vận tải chủ trì triển khai kế "
                                 "hoạch. 2. Các trường hợp sau: a) Điều chỉnh ch")
    d = doc_of(text)
    extract(d)
    assert structure.CUT_OFF_WARNING in d.warnings


def test_parts_counted_in_words_restart_the_roman_numbering_and_a_repeated_part_opens_a_line():
    text = ("ĐỀ ÁN PHÁT TRIỂN NÔNG NGHIỆP Phần thứ nhất THỰC TRẠNG I. KẾT QUẢ ĐẠT ĐƯỢC Hoàn thành kiểm kê. "
            "II. HẠN CHẾ Còn chậm. Phần thứ hai MỤC TIÊU, NHIỆM VỤ I. MỤC TIÊU Đến năm 2030 đạt 80%. "
            "II. KINH PHÍ Ngân sách tỉnh. II. PHÂN CÔNG NHIỆM VỤ 1. Sở Tài chính bố trí kinh phí.\n")
    lines = lines_of(layout.relayout(text))
    assert any(ln.startswith("Phần thứ hai MỤC TIÊU") for ln in lines)
    assert any(ln.startswith("I. MỤC TIÊU Đến năm 2030") for ln in lines)
    # (the drafter numbered two parts "II.": the second still opens its line)
    assert any(ln.startswith("II. PHÂN CÔNG NHIỆM VỤ") for ln in lines)


def test_an_annex_header_run_on_after_the_recipients_opens_its_type_line():
    text = ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
            "phúc --------------- Số: 16/2026/QĐ-UBND Lào Cai, ngày 10 tháng 3 năm 2026 QUYẾT ĐỊNH BAN HÀNH QUY "
            "CHẾ QUẢN LÝ CỤM CÔNG NGHIỆP Căn cứ Luật Tổ chức chính quyền địa phương; "
            # (beyond the header's reach: the annex's motto is no part of the document's header)
            + "Căn cứ Nghị định số 32/2024/NĐ-CP ngày 15 tháng 3 năm 2024 của Chính phủ về quản lý cụm công nghiệp; " * 12 +
            "QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp. Điều 2. "
            "Quyết định này có hiệu lực từ ngày ký. Nơi nhận: - Bộ Công Thương; - Báo và\nPTTH tỉnh; - Lưu: VT, "
            "KT(Đức, Long). ỦY BAN NHÂN\nDÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH LÀO CAI Độc lập - Tự do - "
            "Hạnh phúc QUY CHẾ Quản lý\ncác cụm công nghiệp trên địa bàn tỉnh Lào Cai (Ban hành kèm theo Quyết định "
            "số 16 /2026/QĐ-UBND ngày 25 / 02 /2026 của Uỷ ban nhân dân tỉnh Lào Cai) Chương I QUY ĐỊNH CHUNG "
            "Điều 1. Phạm vi điều chỉnh.\n")
    d = doc_of(layout.relayout(text))
    annexed = structure.annexed_rules(d, structure.parse(d))
    assert annexed is not None
    assert any(ln.startswith("QUY CHẾ Quản lý các cụm công nghiệp") for ln in lines_of(d.text))


def test_the_closing_sentences_after_the_last_item_open_lines():
    text = FLAT_PLAN.rstrip() + (" III. TỔ CHỨC THỰC HIỆN 1. Sở Giao thông vận tải chủ trì triển khai. 2. Báo "
                                 "Hòa Bình đưa tin để người dân biết. Trên đây là Kế hoạch bảo đảm an toàn giao "
                                 "thông năm 2023. Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị nghiêm túc "
                                 "triển khai thực hiện./.\n")
    lines = lines_of(layout.relayout(text))
    assert "2. Báo Hòa Bình đưa tin để người dân biết." in lines
    assert any(ln.startswith("Trên đây là Kế hoạch") for ln in lines)
    assert any(ln.startswith("Ủy ban nhân dân tỉnh yêu cầu") for ln in lines)


def test_a_copy_without_a_header_whose_lines_break_inside_sentences_is_flattened():
    body = ("Kế hoạch cũng đặt chỉ tiêu tối thiểu 70% công chức dân số tuyến Thành phố và\n"
            "50% viên chức dân số tuyến quận, huyện được đào tạo, bồi dưỡng kiến\n"
            "thức, kỹ năng nghiên cứu khoa học về dân số và phát triển. Năm 2030 tỷ lệ\n"
            "sàng lọc trước sinh đạt 90%, sàng lọc sơ sinh đạt 95% và số\n") * 4
    assert layout.is_flattened(body)
    assert "và 50% viên chức" in layout.relayout(body)
    # a document that keeps its breaks (a heading, then sentences that close their lines) is not
    kept = "I. MỤC TIÊU\n" + "1. Giảm tỷ lệ sinh con thứ ba.\n2. Tăng tỷ lệ sàng lọc trước sinh.\n" * 8
    assert not layout.is_flattened(kept)


def test_a_header_after_a_web_pages_own_summary_is_laid_out():
    summary = ("Tóm tắt văn bản: Thủ tướng yêu cầu tập trung khắc phục hậu quả mưa lũ, khôi phục sản xuất kinh "
               "doanh và ổn định đời sống nhân dân tại khu vực Nam Trung Bộ. ") * 12
    text = (summary + "THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "Số: 227/CĐ-TTg Hà Nội, ngày 23 tháng 11 năm 2025 CÔNG ĐIỆN V/V TẬP TRUNG KHẮC PHỤC HẬU QUẢ SAU "
            "MƯA LŨ THỦ TƯỚNG CHÍNH PHỦ điện: - Bộ trưởng các Bộ; 1. Bộ trưởng Bộ Quốc phòng chỉ đạo Quân khu 5 "
            "hỗ trợ địa phương.\n")
    lines = lines_of(layout.relayout(text))
    assert "THỦ TƯỚNG CHÍNH PHỦ" in lines and "Số: 227/CĐ-TTg" in lines
    assert "Hà Nội, ngày 23 tháng 11 năm 2025" in lines


# -- a site's copy of every corpus plan ----------------------------------------

# (scripts/site_copies.py makes the same copies of every annotated document for `make eval`)
CORPUS_TEXTS = sorted((Path(__file__).resolve().parent.parent / "extracted" / "text").glob("*.txt"))


def _read(text: str):
    d = doc_of(text)
    x = extract(d)
    return ({(a.agency, a.role) for a in x.agencies},
            {(t.value, t.unit, t.comparator, t.deadline) for t in x.targets})


@pytest.mark.parametrize("path", CORPUS_TEXTS, ids=lambda p: p.stem)
def test_a_site_copy_of_a_corpus_document_reads_the_same(path):
    text = path.read_text(encoding="utf-8")
    agencies_kept, targets_kept = _read(text)
    agencies_flat, targets_flat = _read(site_copy(text, path.name))
    assert agencies_flat == agencies_kept
    assert targets_flat == targets_kept


def test_an_appendix_label_run_on_after_the_closing_part_opens_a_line():
    text = FLAT_PLAN.rstrip() + (" III. TỔ CHỨC THỰC HIỆN 1. Sở Giao thông vận tải chủ trì triển khai./. Nơi nhận: "
                                 "- Như trên; - Lưu: VT. ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH PHỤ LỤC NHIỆM VỤ CỦA CÁC SỞ, "
                                 "BAN, NGÀNH (Kèm theo Kế hoạch số 12/KH-UBND) 1 Tuyên truyền Sở Văn hóa Quý IV. "
                                 "Sửa đổi một số nội dung TẠI PHỤ LỤC BAN HÀNH KÈM THEO NGHỊ ĐỊNH SỐ 151/2025/NĐ-CP.\n")
    lines = lines_of(layout.relayout(text))
    assert any(ln.startswith("PHỤ LỤC NHIỆM VỤ CỦA CÁC SỞ") for ln in lines)
    # a title's mention of an appendix is none
    assert not any(ln.startswith("PHỤ LỤC BAN HÀNH") for ln in lines)


def test_a_roman_part_titled_in_capitals_opens_a_line_after_a_page_number():
    text = ("KẾT LUẬN I- QUAN ĐIỂM, MỤC TIÊU 1. Quan điểm bảo vệ môi trường là trung tâm. ===== Trang 4 ===== "
            "18.KLTW7S.DOC 4 II- NHIỆM VỤ, GIẢI PHÁP 1. Tăng cường sự lãnh đạo của Đảng.\n")
    lines = lines_of(layout.relayout(text))
    assert any(ln.startswith("II- NHIỆM VỤ, GIẢI PHÁP") for ln in lines)


def test_a_point_after_a_closing_bracket_opens_a_line():
    text = FLAT_PLAN.rstrip() + (" III. TỔ CHỨC THỰC HIỆN 1. Các cơ quan tổng hợp các trường hợp vi phạm gửi về "
                                 "Hội đồng trước ngày 10/12 hằng năm (qua Phòng Thi đua, Sở Nội vụ) a) Công an tỉnh: "
                                 "Tổng hợp danh sách vi phạm. b) Sở Nội vụ: Tổng hợp kết quả.\n")
    lines = lines_of(layout.relayout(text))
    assert "a) Công an tỉnh: Tổng hợp danh sách vi phạm." in lines


def test_a_title_in_sentence_case_ends_where_the_first_basis_opens():
    text = ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "--------------- Số: 134/KH-UBND Lào Cai, ngày 26 tháng 3 năm 2026 KẾ HOẠCH Thực hiện Nghị quyết số "
            "34-NQ/TU của Tỉnh ủy về phát triển các khu, cụm công nghiệp năm 2026 Căn cứ Nghị định số "
            "35/2022/NĐ-CP ngày 28 tháng 5 năm 2022 của Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch. "
            "I. MỤC ĐÍCH 1. Cụ thể hóa nghị quyết.\n")
    lines = lines_of(layout.relayout(text))
    assert "Thực hiện Nghị quyết số 34-NQ/TU của Tỉnh ủy về phát triển các khu, cụm công nghiệp năm 2026" in lines
    d = doc_of(text)
    assert extract(d).meta.title.endswith("cụm công nghiệp năm 2026")


def test_a_title_of_its_own_ends_where_the_document_it_carries_out_is_named():
    text = ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
            "phúc --------------- Số: 75/KH-UBND Ninh Bình, ngày 11 tháng 3 năm 2026 KẾ HOẠCH Phát triển du "
            "lịch biển giai đoạn 2026 - 2030 Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, Ủy ban nhân "
            "dân tỉnh ban hành Kế hoạch. I. MỤC ĐÍCH 1. Cụ thể hóa nghị quyết.\n")
    lines = lines_of(layout.relayout(text))
    assert "Phát triển du lịch biển giai đoạn 2026 - 2030" in lines
    assert extract(doc_of(text)).meta.title == "Phát triển du lịch biển giai đoạn 2026 - 2030"


def test_a_signature_with_a_note_or_an_appendix_after_the_name_is_laid_out():
    closing = ("Điều 3. Quyết định này có hiệu lực từ ngày ký./. Nơi nhận: - Như Điều 3; - Lưu: VT, (ĐT-PVH) "
               "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (đã ký và đóng dấu) Bùi Minh Thạnh Phụ lục: Danh mục các khu vực mỏ "
               "khoáng sản\n")
    d = doc_of(FLAT_PLAN.rstrip() + " " + closing)
    lines = lines_of(layout.relayout(d.text))
    assert "Bùi Minh Thạnh" in lines
    assert extract(d).meta.signer == "Bùi Minh Thạnh"


def test_a_note_run_on_before_the_issuer_is_no_part_of_it():
    text = ("[Bản trích chữ tự động từ QD-1074.pdf — 2 trang.] BỘ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
            "Độc lập - Tự do - Hạnh phúc Số: 1074/QĐ-BXD Hà Nội, ngày 29 tháng 6 năm 2026 QUYẾT ĐỊNH BAN HÀNH "
            "CÁC GIẢI PHÁP KỸ THUẬT PHÒNG CHÁY Căn cứ Luật Phòng cháy, chữa cháy; QUYẾT ĐỊNH: Điều 1. Ban hành "
            "các giải pháp. Điều 2. Quyết định này có hiệu lực từ ngày ký.\n")
    assert "BỘ XÂY DỰNG" in lines_of(layout.relayout(text))
    meta = extract(doc_of(text)).meta
    assert meta.issuer == "Bộ Xây dựng" and meta.province in ("", None)


def test_a_lettered_point_after_a_capital_is_no_split_syllable():
    assert join_split_syllables("Chi cục Hải quan khu vực V a) Chủ trì") == "Chi cục Hải quan khu vực V a) Chủ trì"
    assert join_split_syllables("giảm s ố người") == "giảm số người"



def test_a_signer_followed_by_a_sentence_keeps_the_name():
    closing = ("Điều 3. Quyết định này có hiệu lực từ ngày ký./. Nơi nhận: - Như Điều 3; - Lưu: VT. TM. ỦY BAN NHÂN "
               "DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Khởi Thông tư số 02/2021/TT-BYT ngày 25/01/2021 của Bộ Y tế "
               "quy định tiêu chuẩn cộng tác viên dân số.\n")
    d = doc_of(FLAT_PLAN.rstrip() + " " + closing)
    assert extract(d).meta.signer == "Nguyễn Văn Khởi"


def test_a_title_about_deputies_of_the_national_assembly_is_not_cut_at_its_name():
    # "ĐẠI BIỂU QUỐC HỘI" in a title names the deputies, not the authority line under it
    text = ("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số:\n"
            "0125/KH-UBND Đắk Lắk, ngày 18 tháng 11 năm 2025 KẾ HOẠCH PHÁT ĐỘNG PHONG TRÀO THI ĐUA THỰC\n"
            "HIỆN THÀNH CÔNG CUỘC BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XVI VÀ ĐẠI BIỂU HĐND CÁC CẤP NHIỆM KỲ 2026 - 2031 "
            "Thực hiện Chỉ thị số 46-CT/TW ngày 16/5/2025 của Bộ Chính trị về lãnh đạo cuộc bầu cử; Ủy ban nhân "
            "dân tỉnh ban hành Kế hoạch như sau: I. MỤC ĐÍCH 1. Động viên cán bộ.\n")
    assert extract(doc_of(text)).meta.title.endswith("NHIỆM KỲ 2026 - 2031")


def test_the_next_item_after_a_flattened_table_opens_its_line():
    # a copy runs the item after a table into the table's last cell ("… 7020 4. Quy mô …")
    text = FLAT_PLAN.rstrip() + (" III. NỘI DUNG DỰ ÁN 1. Nhà đầu tư: Công ty Cổ phần A. 2. Tên dự án: Khu công "
                                 "nghiệp B. 3. Mục tiêu dự án: TT Mục tiêu Mã ngành 1 Kinh doanh bất động sản 6810 "
                                 "2 Tư vấn quản lý 7020 4. Quy mô dự án: Diện tích 76,39 ha.\n")
    assert any(ln.startswith("4. Quy mô dự án:") for ln in lines_of(layout.relayout(text)))


def test_an_item_that_opens_with_its_grounds_keeps_its_number():
    # "1. Căn cứ Kế hoạch này, các Sở …" is an item, not a basis of a decision's preamble
    text = FLAT_PLAN.rstrip() + (" III. TỔ CHỨC THỰC HIỆN 1. Căn cứ Kế hoạch này, các Sở, ban, ngành, Ủy ban nhân dân "
                                 "xã, phường xây dựng kế hoạch triển khai thực hiện. 2. Công an tỉnh chủ trì theo dõi.\n")
    lines = lines_of(layout.relayout(text))
    assert any(ln.startswith("1. Căn cứ Kế hoạch này") for ln in lines)


def test_a_signer_with_a_military_rank_keeps_the_name_before_an_annex_title():
    # a minister of public security signs with his rank between title and name, and a
    # flattened copy runs the annex's title on after the name
    closing = ("Điều 3. Quyết định này có hiệu lực từ ngày ký./. Nơi nhận: - Như Điều 3; - Lưu: VT, C08. "
               "BỘ TRƯỞNG Đại tướng Lương Tam Quang DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG\n")
    d = doc_of(FLAT_PLAN.rstrip() + " " + closing)
    assert extract(d).meta.signer == "Lương Tam Quang"


def test_an_issued_programme_over_its_caption_after_a_page_title():
    # the programme's type stands in a line a saved page opened with its own title; the
    # caption under it belongs to the programme, not to an appendix after it
    text = ("ỦY BAN NHÂN DÂN TỈNH KON TUM\nSố: 435/QĐ-UBND\nQUYẾT ĐỊNH\n"
            "Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động phòng, chống tham nhũng.\n"
            "Điều 2. Quyết định này có hiệu lực từ ngày ký./.\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\n"
            "PHÓ CHỦ TỊCH\nNguyễn Hữu Tháp\n"
            "Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. PHÒNG CHỐNG THAM NHŨNG GIAI ĐOẠN 2020 - 2025\n"
            "(Ban hành kèm theo Quyết định số 435/QĐ-UBND ngày 04 tháng 5 năm 2020)\n"
            "I. MỤC TIÊU\nNâng cao hiệu quả phòng, chống tham nhũng.\nII. TỔ CHỨC THỰC HIỆN\n"
            "1. Thanh tra tỉnh chủ trì theo dõi, đôn đốc việc thực hiện.\n")
    d = doc_of(text)
    annexed, (lo, hi) = structure.annexed_plan(d, structure.parse(d), alone=True)
    assert "I. MỤC TIÊU" in d.text[lo:hi] and "Thanh tra tỉnh" in d.text[lo:hi]


def test_non_governmental_in_a_title_is_no_authority_line():
    # "TỔ CHỨC PHI CHÍNH PHỦ" is the title's; the authority is the committee's line after it
    text = ("ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 21/2019/QĐ-UBND\n|\nTây Ninh, ngày\n"
            "05 tháng 3 năm 2019\n|\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ QUẢN LÝ CÁC CHƯƠNG TRÌNH DO TỔ CHỨC PHI CHÍNH PHỦ\n"
            "NƯỚC NGOÀI TÀI TRỢ\nỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính\n"
            "quyền địa phương ngày 19/6/2015;\nCăn cứ Nghị định số 12/2012/NĐ-CP;\nXét đề nghị của Sở\n"
            "Ngoại vụ tại Tờ trình số 20/TTr-SNV.\n")
    lines = lines_of(layout.relayout(text))
    at = lines.index("QUYẾT ĐỊNH")
    assert lines[at + 1:at + 3] == ["BAN HÀNH QUY CHẾ QUẢN LÝ CÁC CHƯƠNG TRÌNH DO TỔ CHỨC PHI CHÍNH PHỦ NƯỚC NGOÀI TÀI TRỢ",
                                    "ỦY BAN NHÂN DÂN TỈNH"]


def test_a_point_run_into_its_items_title_opens_a_line_when_it_names_a_body():
    text = FLAT_PLAN.replace(
        "II. NHIỆM VỤ 1. Tuyên truyền a) Tổ chức các đợt tuyên truyền.",
        "II. NHIỆM VỤ VÀ PHÂN CÔNG TRÁCH NHIỆM 1. Tăng cường lãnh đạo, chỉ đạo về an toàn giao thông - Thủ trưởng "
        "các sở, ban, ngành tiếp tục chỉ đạo. 2. Phối hợp với Sở Lao động - Thương binh và Xã hội tuyên truyền.")
    lines = lines_of(layout.relayout(text))
    assert "1. Tăng cường lãnh đạo, chỉ đạo về an toàn giao thông" in lines
    assert "- Thủ trưởng các sở, ban, ngành tiếp tục chỉ đạo." in lines
    # (a dash inside a department's name stays where it is)
    assert any(ln.startswith("2. Phối hợp với Sở Lao động - Thương binh và Xã hội tuyên truyền.") for ln in lines)
    # a class of bodies opens its point too: "2. Trách nhiệm thực hiện - Các cơ quan, đơn vị căn cứ …"
    classes = FLAT_PLAN.replace("II. NHIỆM VỤ 1. Tuyên truyền a) Tổ chức các đợt tuyên truyền.",
                                "II. TỔ CHỨC THỰC HIỆN 1. Thời gian thực hiện Năm 2023. 2. Trách nhiệm thực hiện - Các "
                                "cơ quan, đơn vị căn cứ Kế hoạch này phát động thi đua.")
    classes_lines = lines_of(layout.relayout(classes))
    assert "2. Trách nhiệm thực hiện" in classes_lines
    assert any(ln.startswith("- Các cơ quan, đơn vị căn cứ Kế hoạch này") for ln in classes_lines)


def test_a_first_subpoint_after_a_long_heading_with_clauses_opens_its_line():
    flat = FLAT_PLAN.replace(
        "II. NHIỆM VỤ 1. Tuyên truyền a) Tổ chức các đợt tuyên truyền. b) Kiểm tra theo khoản 2 Điều 5 của\n"
        "Luật Giao thông; xử lý vi phạm.\n",
        "II. NHIỆM VỤ 1. Tuyên truyền a) Tổ chức các đợt tuyên truyền. 2. Rà soát, đề xuất hoàn thiện văn bản\n"
        "pháp luật; phân định rõ trách nhiệm quản lý nhà nước về trật tự, an toàn giao thông 2.1. Sở Giao thông vận\n"
        "tải - Chủ trì nghiên cứu, kiến nghị sửa đổi chính sách. 2.2. Công an tỉnh - Chủ trì tuần tra, kiểm soát.\n")
    lines = lines_of(layout.relayout(flat))
    assert "2.1. Sở Giao thông vận tải - Chủ trì nghiên cứu, kiến nghị sửa đổi chính sách." in lines
    assert lines[lines.index("2.1. Sở Giao thông vận tải - Chủ trì nghiên cứu, kiến nghị sửa đổi chính sách.") - 1] \
        .endswith("an toàn giao thông")


def test_the_acting_heads_mark_stays_with_the_title_it_makes():
    flat = ("UỶ BAN NHÂN DÂN TỈNH BẾN TRE ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "--------------- Số: 183-UB/QĐ Bến Tre, ngày 23 tháng 6 năm 1980 QUYẾT ĐỊNH V/V BAN HÀNH BẢN QUY ĐỊNH "
            "TẠM THỜI VỀ THU THUỶ LỢI PHÍ Căn cứ Nghị quyết số 76-CP ngày 25/5/1977 của Hội đồng Chánh phủ;\n"
            "QUYẾT ĐỊNH: Điều 1. Nay ban hành bản quy định tạm thời về thu thuỷ lợi phí. Điều 2. Các ông Chánh Văn "
            "phòng UBND tỉnh, Trưởng Ty Thuỷ lợi chiếu quyết định thi hành kể từ ngày ký./. TM. UỶ BAN NHÂN DÂN "
            "TỈNH Q. CHỦ TỊCH Lê Minh Đào\n")
    lines = lines_of(layout.relayout(flat))
    assert "Q. CHỦ TỊCH Lê Minh Đào" in lines
    meta = metadata.extract(doc_of(flat), structure.parse(doc_of(layout.relayout(flat))))
    assert (meta.signer, meta.signer_title) == ("Lê Minh Đào", "Q. Chủ tịch")


def test_a_letters_subject_under_its_issuer_opens_a_line_before_the_motto():
    flat = ("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI --------------- V/v: Bố trí sắp xếp phương tiện tại một số điểm trên "
            "địa bàn quận Hoàn Kiếm CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------- "
            "Hà Nội, ngày 27 tháng 06 năm 2014 Kính gửi: - Sở Giao thông vận tải; - Công an Thành phố. Ủy ban nhân "
            "dân Thành phố giao Sở Giao thông vận tải chủ trì bố trí điểm trông giữ xe.\n")
    relaid = layout.relayout(flat)
    assert "V/v: Bố trí sắp xếp phương tiện tại một số điểm trên địa bàn quận Hoàn Kiếm" in lines_of(relaid)
    meta = metadata.extract(doc_of(flat), structure.parse(doc_of(relaid)))
    assert meta.title == "Bố trí sắp xếp phương tiện tại một số điểm trên địa bàn quận Hoàn Kiếm"


def test_a_copy_that_runs_the_number_before_the_motto_and_a_page_label_before_the_issuer():
    # a site's own label ("Hiệu lực: Còn hiệu lực") runs into the issuing body, and its column
    # order sets the number before the motto: the date is still the one after the motto
    text = ("- Hiệu lực: Còn hiệu lực UBND THÀNH PHỐ HẢI PHÒNG Số: 856/QĐ-UB CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc\n"
            "lập - Tự do - Hạnh phúc Hải Phòng, ngày 25 tháng 5 năm 1999 QUYẾT ĐỊNH Giá thóc thu thuế sử dụng đất\n"
            "nông nghiệp vụ chiêm năm 1999 Căn cứ Luật Tổ chức Hội đồng Nhân dân và Ủy ban Nhân dân; QUYẾT ĐỊNH:\n"
            "Điều 1. Quy định giá thóc thu thuế là 1.800 đồng/kg. Điều 2. Giao Cục Thuế thành phố hướng dẫn\n"
            "thực hiện quyết định này.\n")
    lines = lines_of(layout.relayout(text))
    assert lines[1:6] == ["UBND THÀNH PHỐ HẢI PHÒNG", "Số: 856/QĐ-UB", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                          "Độc lập - Tự do - Hạnh phúc", "Hải Phòng, ngày 25 tháng 5 năm 1999"]
    header = structure.parse(doc_of(layout.relayout(text))).header
    assert (header["issuer"], header["place"]) == ("UBND THÀNH PHỐ HẢI PHÒNG", "Hải Phòng")


@pytest.mark.parametrize("after_title", [
    # the authority's line run on after the rule, or the preamble
    "_______________ ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG Căn cứ Luật Tổ chức Hội đồng Nhân dân và Ủy ban Nhân dân;",
    "_______________ Căn cứ Luật Tổ chức Hội đồng Nhân dân và Ủy ban Nhân dân;",
])
def test_an_old_decisions_title_ends_at_the_rule_under_it(after_title):
    # an old decision says whose the type is on the type's line ("QUYẾT ĐỊNH CỦA UBND TỈNH LÀO
    # CAI"), and a rule closes the title; a flattened copy runs them all together
    text = ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI Số: 129/XDCB CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do -\n"
            "Hạnh phúc Lào Cai, ngày 5 tháng 5 năm 1992 QUYẾT ĐỊNH CỦA UBND TỈNH LÀO CAI Về việc quản lý thống\n"
            "nhất nguồn vật liệu xây dựng trong toàn tỉnh " + after_title +
            " QUYẾT ĐỊNH: Điều 1. Giao Sở Xây dựng quản lý thống nhất nguồn vật liệu xây dựng.\n")
    header = structure.parse(doc_of(layout.relayout(text))).header
    assert (header["type"], header["title"]) == (
        "QUYẾT ĐỊNH", "Về việc quản lý thống nhất nguồn vật liệu xây dựng trong toàn tỉnh")


@pytest.mark.parametrize("closing, signer", [
    # a stray mark after the name
    ("Điều 3. Quyết định này có hiệu lực từ ngày ký./. Nơi nhận: - Như Điều 3; - Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ "
     "TỊCH Trần Thành Lập ;", "Trần Thành Lập"),
    # an older execution clause ("căn cứ quyết định thi hành."), the title in small letters over "(Đã ký)"
    ("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh căn cứ quyết định thi hành. Phó Chủ tịch (Đã ký) Đỗ Gia Phách",
     "Đỗ Gia Phách"),
    # no closing mark at all, and a middle name of one letter
    ("Điều 3. Sở Giáo dục và Đào tạo chịu trách nhiệm tổ chức thu. Phó Chủ tịch (Đã ký) Thào A Tráng",
     "Thào A Tráng"),
    # a converter's mark for the signature, and page numbers after the name
    ("Điều 3. Quyết định này có hiệu lực từ ngày ký./. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH [daky] Lê Trí Thanh 19 20 "
     "Phụ lục II Quy định công tác tu bổ", "Lê Trí Thanh"),
])
def test_a_signature_a_copy_ran_into_the_last_sentence(closing, signer):
    d = doc_of(FLAT_PLAN.rstrip() + " " + closing + "\n")
    assert extract(d).meta.signer == signer


def test_a_letters_subject_glued_to_its_mark_and_an_old_decisions_subject_after_whose_type():
    # "V/vủy quyền …" (no space after the mark) is the subject, and the addressees open a line
    letter = ("ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
              "Sóc Trăng, ngày\n16 tháng 1 năm 2008 V/vủy quyền cấp Giấy phép hoạt động bến khách ngang sông trên địa\n"
              "bàn tỉnh. Kính gửi: - Giám đốc Sở Giao thông Vận tải; - Chủ tịch UBND các huyện. Qua xem xét Công văn "
              "số 1203/CV-SGTVT của Sở Giao thông Vận tải, Chủ tịch UBND tỉnh có ý kiến như sau: 1. Giao Sở Giao thông "
              "Vận tải hướng dẫn thủ tục.\n" + "2. Ủy ban nhân dân các huyện cấp giấy phép hoạt động cho các\nbến "
              "khách ngang sông trên địa bàn.\n" * 12)
    header = structure.parse(doc_of(layout.relayout(letter))).header
    assert header["title"] == "ủy quyền cấp Giấy phép hoạt động bến khách ngang sông trên địa bàn tỉnh."
    # "QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH V/v thu …": whose the type is, then the subject
    decision = ("UBND TỈNH THỪA THIÊN HUẾ Số: 4302/2001/QĐ-UB CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
                "Hạnh phúc Huế, ngày 12 tháng 12 năm 2001 QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH V/v thu và sử dụng phí\n"
                "y tế dự phòng ___________________ UỶ BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ - Căn cứ luật tổ chức HĐND và "
                "UBND ngày 21/06/1994; QUYẾT ĐỊNH: Điều 1. Quy định mức thu phí.\n")
    header = structure.parse(doc_of(layout.relayout(decision))).header
    assert (header["type"], header["title"]) == ("QUYẾT ĐỊNH", "V/v thu và sử dụng phí y tế dự phòng")


@pytest.mark.parametrize("subject, place_line, title", [
    # the subject's last words set before the place by a copy's wrapping
    ("V/v thu tiền mua và hoàn thiện bằng tốt nghiệp", "Phổ thông Bạc Liêu, ngày 01 tháng 03 năm 2007",
     "thu tiền mua và hoàn thiện bằng tốt nghiệp Phổ thông"),
    ("V/v điều chỉnh chi phí nhân công năm 2012 trên địa bàn tỉnh", "Đồng Tháp Đồng Tháp, ngày 12 tháng 01 năm 2012",
     "điều chỉnh chi phí nhân công năm 2012 trên địa bàn tỉnh Đồng Tháp"),
    # a place's own prefix stays the place's
    ("V/v điều chỉnh chi phí nhân công năm 2012", "Thành phố Cần Thơ, ngày 12 tháng 01 năm 2012",
     "điều chỉnh chi phí nhân công năm 2012"),
])
def test_a_letters_subject_whose_last_words_a_copy_set_before_the_place(subject, place_line, title):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẠC LIÊU\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"Số: 272/UBND-VX\n{subject}\n{place_line}\nKính gửi: Sở Giáo dục và Đào tạo.\n"
            "Chủ tịch UBND tỉnh có ý kiến như sau: đồng ý.\n")
    assert structure.parse(doc_of(text)).header["title"] == title


def test_a_short_copy_whose_type_word_is_broken_across_a_line_is_laid_out():
    # too short to count as flattened, but its header runs on: the type after the date,
    # broken across the line ("… năm 1993 QUYẾT" / "ĐỊNH Ban hành …")
    text = ("UBND THÀNH PHỐ HẢI PHÒNG Số: 947 QĐ/UB CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc Hải Phòng, ngày 24 tháng 4 năm 1993 QUYẾT\n"
            "ĐỊNH Ban hành quy chế quản lý văn bản __________________ ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG Căn cứ "
            "Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân; QUYẾT ĐỊNH: Điều 1. Ban hành quy chế.\n")
    assert layout.header_fused(text)
    header = structure.parse(doc_of(layout.relayout(text))).header
    assert (header["type"], header["title"]) == ("QUYẾT ĐỊNH", "Ban hành quy chế quản lý văn bản")
    # a type on the line under the date is the layout kept
    kept = ("UBND THÀNH PHỐ HẢI PHÒNG\nSố: 947 QĐ/UB\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hải Phòng, ngày 24 tháng 4 năm 1993\nQUYẾT ĐỊNH\nBan hành quy chế quản lý văn bản\n")
    assert not layout.header_fused(kept)


def test_a_standing_committee_resolution_copied_without_its_recipients_label_is_read_to_its_signer():
    # (a merger resolution as a site shows it: its authority run onto the title's line, no
    # "./." and no "Nơi nhận:", the signer run onto the recipients' filing line)
    text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: "
            "1680/NQ-UBTVQH15 NGHỊ QUYẾT Về việc sắp xếp các đơn vị hành chính cấp xã của "
            "tỉnh Tuyên Quang năm 2025 ỦY BAN THƯỜNG VỤ QUỐC HỘI Căn cứ Hiến pháp "
            "nước Cộng hòa xã hội chủ nghĩa Việt Nam; Căn cứ Nghị quyết số 202/2025/QH15; QUYẾT NGHỊ: Điều 1. "
            "Sắp xếp các đơn vị hành chính cấp xã của tỉnh Tuyên Quang. Điều 2. Hiệu lực thi hành. Nghị quyết "
            "này được Ủy ban Thường vụ Quốc hội thông qua ngày 16 tháng 6 năm 2025. - Chính phủ; - Kiểm toán "
            "nhà nước; - Ủy ban nhân dân tỉnh Tuyên Quang; - Lưu: HC, PLTP. CHỦ TỊCH Trần Thanh Mẫn\n")
    x = extract(doc_of(text))
    assert x.meta.title == "Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Tuyên Quang năm 2025"
    assert x.meta.signer == "Trần Thanh Mẫn" and x.meta.signer_title == "Chủ tịch"


def test_a_signers_name_run_into_an_annexs_list_of_places_ends_before_them():
    text = ("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
            "Hạnh phúc --------------- Số: 21/KH-UBND Đắk Lắk, ngày 3 tháng 11 năm 2025 KẾ HOẠCH Phủ sóng "
            "di động các xã vùng sâu năm 2026 I. MỤC TIÊU Phấn đấu 100% thôn có sóng di động. II. TỔ CHỨC THỰC "
            "HIỆN Sở Khoa học và Công nghệ chủ trì triển khai Kế hoạch này./. Nơi nhận: - Các Sở, ban, ngành; "
            "- Lưu: VT, TH. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hồ Thị Nguyên Thảo Xã Phú Mỡ, Phường Sông Cầu, Xã Ô Loan, "
            "Xã Tuy An Nam")
    x = extract(doc_of(text))
    assert (x.meta.signer, x.meta.signer_title) == ("Hồ Thị Nguyên Thảo", "Phó Chủ tịch")


def test_a_title_in_capitals_run_into_the_first_parts_number_ends_before_it():
    # (a copy that dropped the type line: the title runs on into "1. Mục tiêu tổng quát")
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Số: 812/KH-UBND | Lâm Đồng, ngày 30 "
            "tháng 12 năm 2022 | CẤP NƯỚC SẠCH NÔNG THÔN TỈNH LÂM ĐỒNG ĐẾN NĂM 2025 1. Mục tiêu tổng quát Đầu "
            "tư hệ thống cấp nước tập trung cho các xã, mở rộng vùng phục vụ cấp nước sạch nhằm đáp ứng nhu cầu "
            "sử dụng nước sạch của người dân nông thôn. 2. Mục tiêu cụ thể Phấn đấu 95% dân số nông thôn được "
            "sử dụng nước sạch đến năm 2025.")
    x = extract(doc_of(text))
    assert x.meta.title == "CẤP NƯỚC SẠCH NÔNG THÔN TỈNH LÂM ĐỒNG ĐẾN NĂM 2025"


def test_a_signing_mark_run_on_after_the_closing_part_opens_the_signature():
    # (the page keeps the mark and no name; the site's own reader box runs on after it)
    text = ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
            "phúc --------------- Số: 15/QĐ-UB Lào Cai, ngày 11 tháng 01 năm 2005 QUYẾT ĐỊNH Về việc phòng "
            "chống dịch cúm gia cầm UỶ BAN NHÂN DÂN TỈNH LÀO CAI Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003; "
            "QUYẾT ĐỊNH: Điều 1. Thành lập các chốt kiểm dịch động vật. Điều 2. Chánh Văn phòng UBND tỉnh, Chi "
            "cục trưởng Chi cục Thú y và Chủ tịch UBND các huyện, thành phố căn cứ Quyết định thi hành. Quyết "
            "định này có hiệu lực kể từ ngày 21/01/2005. | TM. ỦY BAN NHÂN DÂN TỈNH LÀO CAI | Ý kiến bạn đọc "
            "Nhấp vào nút tại mỗi ô tìm kiếm.")
    x = extract(doc_of(text))
    assert x.meta.signer_title == "Chủ tịch"
    assert "Ý kiến bạn đọc" not in " ".join(a.quote for a in x.agencies)


def test_an_untyped_title_run_into_its_authority_and_preamble_ends_at_the_authority():
    # (mostly capitals, so the line looked like the title's own)
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Số: 2803/QĐ-UBND | Quảng Nam, ngày 12 "
            "tháng 09 năm 2013 | BAN HÀNH QUY TRÌNH VẬN HÀNH HỒ CHỨA NƯỚC PHÚ NINH TỈNH QUẢNG NAM ỦY BAN NHÂN "
            "DÂN TỈNH QUẢNG NAM Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003; Căn cứ Luật Tài nguyên nước "
            "ngày 20/5/1998; Căn cứ Nghị định 72/2007/NĐ-CP ngày 07/05/2007 của Chính phủ về quản lý an toàn "
            "đập; QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này Quy trình vận hành hồ chứa.")
    x = extract(doc_of(text))
    assert x.meta.title == "BAN HÀNH QUY TRÌNH VẬN HÀNH HỒ CHỨA NƯỚC PHÚ NINH TỈNH QUẢNG NAM"


def test_a_copy_of_a_decision_over_its_rules_keeps_the_body_its_title_names_and_no_signer():
    # (the title names the committee after "CỦA"; the page keeps the mark with no one under
    # it, and the rules it issues run on after it, their caption mid-line)
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Số: 28/2016/QĐ-UBND | Phú Thọ, ngày 07 "
            "tháng 10 năm 2016 | VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ NHIỆM KỲ "
            "2016 - 2021 ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 "
            "năm 2015; QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc. Điều 2. Thành "
            "viên Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./. | TM. ỦY BAN NHÂN DÂN | "
            "QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ (Ban hành kèm theo Quyết định số 28/2016/QĐ-UBND "
            "ngày 07 tháng 10 năm 2016 của Ủy ban nhân dân tỉnh) Điều 1. Phạm vi điều chỉnh 1. Quy chế này "
            "quy định quan hệ công tác của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.")
    x = extract(doc_of(text))
    assert x.meta.title == "VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ NHIỆM KỲ 2016 - 2021"
    assert (x.meta.signer, x.meta.signer_title) == ("", "")


def test_a_title_line_run_on_into_the_authority_and_its_dashed_grounds_ends_at_the_authority():
    text = ("UỶ BAN NHÂN DÂN TỈNH BẮC KẠN Số: 1342/2004/QĐ-UB CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự "
            "do - Hạnh phúc Bắc Kạn, ngày 30 tháng 7 năm 2004 QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH BẮC KẠN Về "
            "việc ban hành Quy chế làm việc của Uỷ ban nhân dân tỉnh Bắc Kạn nhiệm kỳ 2004 - 2009 UỶ BAN NHÂN "
            "DÂN TỈNH BẮC KẠN - Căn cứ Luật tổ chức Hội đồng nhân dân và Uỷ ban nhân dân năm 2003; - Theo đề "
            "nghị của Chánh Văn phòng Uỷ ban nhân dân tỉnh, QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định "
            "này Quy chế làm việc của Uỷ ban nhân dân tỉnh Bắc Kạn.")
    x = extract(doc_of(text))
    assert x.meta.title == "Về việc ban hành Quy chế làm việc của Uỷ ban nhân dân tỉnh Bắc Kạn nhiệm kỳ 2004 - 2009"


def test_a_signature_on_one_line_with_its_mark_glued_to_the_title_is_read():
    text = ("UỶ BAN NHÂN DÂN\nTỈNH VĨNH LONG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 1728/UBND-KTTH\nV/v mức thu phù hiệu xe cố định\nVĩnh Long, ngày 07 tháng 7 năm 2009\n"
            "Kính gửi: Giám đốc sở Tài chính.\nGiao Giám đốc sở Tài chính chỉ đạo thực hiện đúng quy định./.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT.CHỦ TỊCH PHÓ CHỦ TỊCH Trương Văn Sáu\n")
    x = extract(doc_of(text))
    assert (x.meta.signer, x.meta.signer_title) == ("Trương Văn Sáu", "Phó Chủ tịch")


def test_an_untyped_title_wrapped_onto_a_line_run_into_the_authority_keeps_its_last_words():
    # (a PDF's paragraph joined the title's second line with the authority and the preamble)
    text = ("ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 234/QĐ-UBND |\n"
            "Bạc Liêu, ngày 20 tháng 5 năm 2021 |\nVỀ VIỆC BAN HÀNH KẾ HOẠCH CƠ CẤU LẠI NGÀNH NÔNG\n"
            "NGHIỆP TỈNH BẠC LIÊU GIAI ĐOẠN 2021 - 2025 ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU Căn cứ Luật Tổ chức chính "
            "quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này "
            "Kế hoạch cơ cấu lại ngành nông nghiệp tỉnh Bạc Liêu giai đoạn 2021 - 2025.\n")
    x = extract(doc_of(text))
    assert x.meta.title == ("VỀ VIỆC BAN HÀNH KẾ HOẠCH CƠ CẤU LẠI NGÀNH NÔNG NGHIỆP TỈNH BẠC LIÊU "
                            "GIAI ĐOẠN 2021 - 2025")
    assert (x.meta.period_start, x.meta.period_end) == (2021, 2025)


@pytest.mark.parametrize("title, subject", [
    ("Trách nhiệm của các cơ quan, đơn vị, địa phương", "Các cơ quan, đơn vị, địa phương"),
    ("Trách nhiệm của Sở Dân tộc và Tôn giáo", "Sở Dân tộc và Tôn giáo"),
    # (a class in small letters named again by its first words)
    ("Trách nhiệm của các cơ quan phối hợp", "Các cơ quan, đơn vị"),
])
def test_an_article_title_run_into_a_sentence_that_names_its_subject_again(title, subject):
    # a flattened copy: "Điều 3. Trách nhiệm của X X có trách nhiệm …" — the title ends where
    # its subject is named again
    text = ("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
            "Hạnh phúc --------------- Thái Nguyên, ngày 21 tháng 11 năm 2025 QUY CHẾ PHỐI HỢP QUẢN LÝ NHÀ NƯỚC "
            "Điều 1. Phạm vi điều chỉnh Quy chế này quy định việc phối hợp giữa các cơ quan. Điều 2. Nguyên tắc "
            f"phối hợp Bảo đảm sự thống nhất. Điều 3. {title} {subject} có trách nhiệm thực hiện tốt Quy chế này; "
            "báo cáo kết quả.\n")
    lines = lines_of(layout.relayout(text))
    assert f"Điều 3. {title}" in lines
    assert any(ln.startswith(f"{subject} có trách nhiệm") for ln in lines)


def test_a_title_a_pdf_ran_into_its_first_sentence_gives_way_in_a_text_that_keeps_its_lines():
    # a PDF's lines joined a short article title to the sentence under it; every other line
    # is in its place (not a flattened copy)
    text = ("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\nSố: 26/2025/QĐ-UBND\nQUY CHẾ PHỐI HỢP\n"
            "Điều 14. Trách nhiệm của Sở Dân tộc và Tôn giáo\nSở Dân tộc và Tôn giáo là cơ quan thường trực.\n"
            "Điều 15. Trách nhiệm của các cơ quan, đơn vị, địa phương Các cơ quan, đơn vị, địa phương có trách "
            "nhiệm thực hiện tốt Quy chế này.\nĐiều 16. Hiệu lực thi hành\nQuy chế có hiệu lực từ ngày ký.\n")
    assert not layout.is_flattened(text)
    lines = lines_of(layout.relayout(text))
    assert "Điều 15. Trách nhiệm của các cơ quan, đơn vị, địa phương" in lines


def test_a_body_that_keeps_its_paragraphs_is_not_flattened_for_a_header_run_together():
    # a PDF whose header columns ran together ("… VIỆT" / "NAM TỈNH LÀO CAI …"), its body's
    # paragraphs whole: a heading with no stop stays apart from the sentence under it
    body = "".join(f"- Thành viên thứ {i} làm việc theo chế độ kiêm nhiệm.\n" for i in range(60))
    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nNAM TỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc\n"
            "Số: 2736 /QĐ-UBND Lào Cai, ngày 06 tháng 8 năm 2026\nQUYẾT ĐỊNH\nThành lập Tổ giúp việc\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Thành lập Tổ giúp việc Hội đồng.\n" + body +
            "2. Nhiệm vụ của Tổ giúp việc Hội đồng\nGiúp việc cho Hội đồng trong quá trình hoạt động.\n")
    assert layout.header_fused(text)
    assert "2. Nhiệm vụ của Tổ giúp việc Hội đồng" in lines_of(layout.relayout(text))
    # (a copy that lost its lines is still read as flattened)
    assert not layout.body_keeps_lines(text.replace(".\n- Thành", ". - Thành"))


def test_a_body_whose_short_lines_outnumber_its_paragraphs_still_keeps_its_lines():
    # a printed plan: the motto wrapped in its narrow column, then whole paragraphs among
    # many short lines (headings, a table's cells) that end with no stop; its full lines
    # all end a sentence, so a heading stays apart from the paragraph under it
    para = ("Ủy ban nhân dân các xã, phường tuyên truyền, vận động người hưởng trợ cấp mở tài khoản "
            "để nhận tiền bằng phương thức không dùng tiền mặt.\n")
    cells = "".join(f"{i}\nTỷ lệ người hưởng trợ cấp\n20\nCăn cứ kết quả thực hiện\n" for i in range(1, 8))
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nCỘNG HÒA XÃ HỘI CHỦ\nNGHĨA VIỆT NAM\n"
            "Số: 157/KH-UBND Cần Thơ, ngày 18 tháng 11 năm 2025\nKẾ HOẠCH\nPhát động phong trào thi đua\n"
            + para * 6 + "1. Nội dung thi đua\nNâng cao nhận thức của người hưởng trợ cấp.\n"
            + para * 24 + "PHỤ LỤC\nTHANG ĐIỂM THI ĐUA\n" + cells * 2)
    assert layout.header_fused(text)
    assert "1. Nội dung thi đua" in lines_of(layout.relayout(text))
    # (a copy whose full lines break inside sentences is still flattened)
    assert not layout.body_keeps_lines(text.replace("tài khoản \u0111ể", "tài khoản\n\u0111ể")
                                       .replace("mặt.\n", "mặt. "))


def test_a_letters_grounds_are_not_run_into_its_addressees():
    # a Word letter saved one paragraph a line reads as flattened; its grounds still open
    # their own line under "Kính gửi: …"
    para = "Đề nghị các tổ chức rà soát hồ sơ pháp lý, thủ tục khai thác và nghĩa vụ tài chính của mình. " * 12
    text = ("UBND TỈNH LÀO CAI SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: /SNNMT-KS\n"
            "Kính gửi: Các tổ chức, cá nhân hoạt động khoáng sản trên địa bàn tỉnh\n"
            "Căn cứ Luật Địa chất và khoáng sản số 54/2024/QH15 ngày 29/11/2024;\n" + (para + "\n") * 3)
    assert layout.is_flattened(text)
    assert "Kính gửi: Các tổ chức, cá nhân hoạt động khoáng sản trên địa bàn tỉnh" in lines_of(layout.relayout(text))


def test_a_title_naming_two_bodies_of_one_kind_is_not_cut_at_the_second():
    # "Sở" opens both names: no class in small letters is named again, so the title stays whole
    text = ("QUYẾT ĐỊNH: Điều 1. Ban hành Quy chế phối hợp. Điều 2. Trách nhiệm của Sở Tài chính và Sở Tài "
            "nguyên và Môi trường 1. Chủ trì tổng hợp dự toán. 2. Phối hợp kiểm tra.\n")
    lines = lines_of(layout.relayout(text))
    assert "Điều 2. Trách nhiệm của Sở Tài chính và Sở Tài nguyên và Môi trường" in lines


def test_a_page_number_left_on_its_own_line_is_not_run_into_the_next_item():
    # a PDF's page keeps its number in the text ("3") over the next clause of an article:
    # the number closes nothing, but the clause under it opens with its own mark
    text = FLAT_PLAN.rstrip() + ("\nĐiều 3. Quyết định này có hiệu lực từ ngày ký.\n3\n"
                                 "2. Đề nghị Ủy ban Kiểm tra Tỉnh ủy phối hợp kiểm tra.\n")
    lines = lines_of(layout.relayout(text))
    assert any(ln.startswith("2. Đề nghị Ủy ban Kiểm tra") for ln in lines)


def test_a_heading_keeps_its_first_point_apart_when_only_the_header_ran_together():
    # the header ran together (number on the motto's line), the body kept its lines
    text = ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc "
            "Số: 75/KH-UBND Ninh Bình, ngày 10 tháng 3 năm 2026 KẾ HOẠCH Phát triển du lịch biển\n"
            "Thực hiện Nghị quyết số 82/NQ-CP, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
            "I. TỔ CHỨC THỰC HIỆN\n"
            "1. UBND các xã: Hải Tiến, Giao Minh, Rạng Đông, Kim Đông\n"
            "- Xây dựng kế hoạch phát triển du lịch biển.\n"
            "2. Chủ tịch Hội đồng Thi đua\n- Khen thưởng tỉnh xét khen thưởng các tập thể.\n")
    assert layout.is_flattened(text)
    lines = lines_of(layout.relayout(text))
    assert "1. UBND các xã: Hải Tiến, Giao Minh, Rạng Đông, Kim Đông" in lines
    assert "- Xây dựng kế hoạch phát triển du lịch biển." in lines
    # a compound the wrap cut at its dash goes on
    assert "2. Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh xét khen thưởng các tập thể." in lines


DOTTED_POINTS = (
    "II. NỘI DUNG THỰC HIỆN\n"
    "1. Sở Y tế\n"
    "a. Chủ trì tuyên truyền về công tác dân số; phấn đấu 90% trẻ sơ sinh được tầm soát.\n"
    "b. Phối hợp với Sở Tài chính bố trí kinh phí.\n"
    "2. Sở Tài chính\n"
    "a. Tham mưu bố trí kinh phí thực hiện Kế hoạch.\n"
)


def test_points_lettered_with_a_dot_are_points():
    # "a.", "b." mark points as "a)", "b)" do: each is a point of its body's item, and the
    # saved text and the quotes keep the document's own dots
    d = doc_of(DOTTED_POINTS)
    ex = extract(d)
    points = [s.path for s in ex.structure.sections if s.level == 3]
    assert points == ["II.1.a", "II.1.b", "II.2.a"]
    assert [(a.agency, a.role) for a in ex.agencies] == [("Sở Y tế", "lead"), ("Sở Tài chính", "implement")]
    assert d.text == DOTTED_POINTS
    assert [t.value for t in ex.targets] == [90]


def test_points_run_in_with_a_dot_are_laid_on_lines_of_their_own():
    flat = ("ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
            "Hạnh phúc --------------- Số: 12/KH-UBND Hòa Bình, ngày 05 tháng 3 năm 2023 KẾ HOẠCH BẢO ĐẢM AN "
            "TOÀN GIAO THÔNG NĂM 2023 I. NHIỆM VỤ 1. Tuyên truyền a. Tổ chức các đợt tuyên truyền. b. Kiểm "
            "tra, xử lý vi phạm.\n")
    ex = extract(doc_of(flat))
    assert [s.heading for s in ex.structure.sections if s.level == 3] == [
        "a) Tổ chức các đợt tuyên truyền.", "b) Kiểm tra, xử lý vi phạm."]


def test_a_lone_letter_and_dot_is_no_point():
    # a dotted letter with no "a." and "b." run beside it is left as it is
    text = "II. NHIỆM VỤ\n1. Sở Y tế\nc. Chủ trì tuyên truyền.\n"
    assert structure.bracket_dotted_points(text) == text
    assert structure.bracket_dotted_points(DOTTED_POINTS).count("a)") == 2
