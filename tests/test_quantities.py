"""Baseline figures: counts with their noun, ratios, and the false friends."""
from __future__ import annotations

import pytest

from pipeline.extraction import quantities, structure
from pipeline.reading.ingest import read_document
from pipeline.models import Document
from tests.conftest import shared_file


def run(body: str):
    text = "I. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2025\n" + body
    doc = Document(doc_id="q", source="q.txt", sha256="", format="txt", text=text)
    return doc, quantities.extract(doc, structure.parse(doc))


def rows(body: str):
    return [(q.value, q.of, q.unit, q.kind) for q in run(body)[1]]


@pytest.mark.parametrize("body, expected", [
    ("Có 5.190 cộng tác viên dân số tại các ấp.", [(5190, None, "cộng tác viên dân số", "count")]),
    ("Chi cục có 20/27 biên chế công chức hiện có.", [(20, 27, "biên chế công chức", "ratio")]),
    ("Trình độ chuyên môn: 09 thạc sĩ và tương đương, 11 đại học;",
     [(9, None, "thạc sĩ", "count"), (11, None, "đại học", "count")]),
    ("Có 20 Trung tâm Y tế khu vực (Khoa Dân số), với 121 viên chức thực hiện nhiệm vụ;",
     [(20, None, "Trung tâm Y tế khu vực", "count"), (121, None, "viên chức", "count")]),
    ("05 người có trình độ thạc sĩ, 23 người có trình độ cao đẳng và trung cấp;",
     [(5, None, "người", "count"), (23, None, "người", "count")]),
    ("trên địa bàn 02 tỉnh, thành phố (Hậu Giang, Sóc Trăng) đã ban hành văn bản.", [(2, None, "tỉnh", "count")]),
    ("Tỷ lệ bao phủ đạt 86,1%.", [(86.1, None, "%", "percent")]),
    ("Tỷ suất chết trẻ em 12,5‰.", [(12.5, None, "‰", "permille")]),
    # false friends: durations, dates, symbols, years, money, section numbers, a dose's number
    ("Đã tiêm mũi 2 vắc xin sởi - rubella cho 20.115 trẻ.", [(20115, None, "trẻ", "count")]),
    ("Sau 04 năm triển khai thực hiện Kế hoạch.", []),
    ("Quyết định số 520/QĐ-TTg ngày 01 tháng 4 năm 2021 của Thủ tướng.", []),
    ("Thông tư số 02/2021/TT-BYT ngày 25/01/2021 của Bộ Y tế.", []),
    ("Kế hoạch số 95/KH-UBND ngày 15/12/2022 giai đoạn 2022 - 2030.", []),
    ("Tổng thu ngân sách ước đạt 11.580 tỷ đồng.", []),
    ("1. Nhân sự cấp xã", []),
    ("viên chức đã được bồi dưỡng chức danh nghề nghiệp hạng III theo Điều 9;", []),
    # sessions held are counted, sessions spent are a span
    ("Các đơn vị đã tổ chức 146 buổi nói chuyện chuyên đề.", [(146, None, "buổi nói chuyện chuyên đề", "count")]),
    ("Mỗi lớp tập huấn kéo dài 02 buổi.", []),
    ("Lớp học được tổ chức trong 02 buổi sáng.", []),
    # ... and sessions named for what they are
    ("Công tác tuyên truyền được đẩy mạnh với 1.250 buổi tuyên truyền trực tiếp.",
     [(1250, None, "buổi tuyên truyền", "count")]),
    # a festival is no span of days
    ("Đã tổ chức 04 ngày hội văn hóa các dân tộc.", [(4, None, "ngày hội văn hóa các dân", "count")]),
    # a total's "tổng số" is no document's number
    ("Các thôn đã thành lập tổ đội với tổng số 225 thành viên.", [(225, None, "thành viên", "count")]),
])
def test_shapes(body, expected):
    assert rows(body) == expected


def test_figures_outside_baseline_are_not_quantities():
    text = "II. MỤC TIÊU\n- Bồi dưỡng 95% công chức; đào tạo 30 giảng viên."
    doc = Document(doc_id="q", source="q.txt", sha256="", format="txt", text=text)
    assert quantities.extract(doc, structure.parse(doc)) == []


def test_quote_is_the_text_span():
    doc, (q,) = run("Có 5.190 cộng tác viên dân số tại các ấp.")
    assert doc.text[q.start:q.end] == q.quote


def test_can_tho_seed():
    path = shared_file("seeds", "004_eb961772fc34a68b.txt")
    doc = read_document(path, "004", str(path))
    found = quantities.extract(doc, structure.parse(doc))
    assert len(found) == 26
    assert (5190, None) in [(q.value, q.of) for q in found]
    assert [(q.value, q.of) for q in found if q.of] == [(20, 27), (5, 8), (1, 8)]


def report_rows(body: str):
    text = "BÁO CÁO\nTình hình triển khai các cụm công nghiệp trên địa bàn tỉnh\n" + body
    doc = Document(doc_id="r", source="r.txt", sha256="", format="txt", text=text)
    return [(q.value, q.of, q.unit) for q in quantities.extract(doc, structure.parse(doc))]


@pytest.mark.parametrize("body, expected", [
    # a report's parts state results whatever their heading says
    ("II. CÔNG TÁC THÀNH LẬP MỚI CỤM CÔNG NGHIỆP\nĐến nay có 04 cụm công nghiệp đã có nhà đầu tư đề xuất.",
     [(4, None, "cụm công nghiệp")]),
    ("2. Một số nội dung đã thực hiện trong năm 2025\n2.4. Công tác cấp phép hoạt động khoáng sản\n"
     "Trong năm 2025, UBND tỉnh Lào Cai đã cấp 09 giấy phép thăm dò, khai thác khoáng sản các loại.",
     [(9, None, "giấy phép thăm dò")]),
    ("2. Công tác thanh tra\nThanh tra tỉnh thực hiện xử lý sau thanh tra đối với 04/04 Đoàn thanh tra.",
     [(4, 4, "Đoàn thanh tra")]),
    # ... but not its proposals, goals or tasks ahead
    ("V. KIẾN NGHỊ\n5. Chỉ đạo UBND các xã, phường hoàn thiện thủ tục thành lập đối với 10 cụm công nghiệp.", []),
    ("4. Đề xuất, kiến nghị\n(1). Những mỏ trên 150 tỷ đồng sẽ thu trong 05 năm đầu.", []),
    ("III. NHIỆM VỤ THỜI GIAN TỚI\nCấp mới 05 giấy phép khai thác.", []),
    # measures, names with figures, figures ending a list of names
    ("I. HIỆN TRẠNG CHUNG\nCó 23 cụm công nghiệp với tổng diện tích 970,46 ha; đã cho thuê 188,75 ha.",
     [(23, None, "cụm công nghiệp")]),
    ("I. HIỆN TRẠNG CHUNG\nCụm Tân Nguyên (xã Bảo Ái, 55 ha; Công ty TNHH Sản xuất và Thương mại 186 Yên Bái).", []),
    ("I. HIỆN TRẠNG CHUNG\nTại các Cụm công nghiệp Phú Thịnh 1, Phú Thịnh 2, Phú Thịnh 3 và đường trục chính.", []),
    ("2. Kết quả\nThanh tra tại Công ty Cổ phần hóa chất Lào Cai ban hành 02 Kết luận; Công ty Toàn Kim Sơn.",
     [(2, None, "Kết luận")]),
])
def test_report_shapes(body, expected):
    assert report_rows(body) == expected


def test_level_after_cap_is_still_a_label():
    assert rows("Bồi dưỡng cán bộ cấp 2 tại xã.") == []


def test_the_opening_before_the_first_heading_states_the_baseline():
    body = ("Năm 2025, toàn tỉnh xảy ra 405 vụ tai nạn giao thông, làm chết 228 người "
            "(tăng 12 người, 5,5% so với cùng kỳ); phấn đấu giảm cả 3 tiêu chí.\n"
            "1. Các sở, ngành tổ chức 20 đợt kiểm tra.\n")
    doc = Document(doc_id="q", source="q.txt", sha256="", format="txt", text=body)
    got = [(q.value, q.unit) for q in quantities.extract(doc, structure.parse(doc))]
    assert got == [(405.0, "vụ tai nạn giao thông"), (228.0, "người"), (12.0, "người")]


def test_a_counted_noun_ends_at_a_line_that_opens_a_new_sentence():
    from pipeline.extraction.quantities import counted_noun
    text = "Điện Biên: lượng khách du lịch đạt trên 1,45 triệu lượt\nPhấn đấu năm 2025"
    assert counted_noun(text, text.index("1,45") + 4) == "triệu lượt"
    # a noun broken over two lines in lower case goes on
    text = "đào tạo cho 1.200 người lao\nđộng nông thôn"
    assert counted_noun(text, text.index("1.200") + 5).startswith("người lao")


def extracted(text: str, period_start: int | None = 2026):
    doc = Document(doc_id="q", source="q.txt", sha256="", format="txt", text=text)
    return [(q.value, q.of, q.unit) for q in quantities.extract(doc, structure.parse(doc), period_start)]


def test_a_sentence_elsewhere_that_tells_where_things_stand_gives_its_counts():
    tasks = "KẾ HOẠCH\nPhát triển\nI. MỤC TIÊU\nNâng cao.\nII. NHIỆM VỤ, GIẢI PHÁP\n"
    got = extracted(tasks + "1. Kiện toàn mạng lưới y tế; hiện toàn tỉnh có 124 đơn vị hành chính cấp xã, "
                            "trong đó 18/124 trạm y tế chưa có bác sĩ và 36 trạm y tế xuống cấp cần cải tạo.\n")
    assert [(v, of, unit.split()[0]) for v, of, unit in got] == [(124, None, "đơn"), (18, 124, "trạm"), (36, None, "trạm")]
    # a year or a period before the plan's, opening the sentence
    got = extracted(tasks + "2. Giai đoạn 2021 - 2025, toàn tỉnh xảy ra 214 vụ tai nạn giao thông.\n")
    assert got == [(214, None, "vụ tai nạn giao thông")]
    # not a count the sentence aims at, nor one with no word of the present
    assert extracted(tasks + "3. Hiện nay tỉnh phấn đấu có thêm 50 trạm y tế.\n4. Xây dựng 20 trạm y tế.\n") == []


def test_the_preambles_citations_and_a_plenums_number_are_not_counts():
    body = ("Căn cứ Nghị định số 151/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định về phân định thẩm quyền của "
            "chính quyền địa phương 02 cấp;\nThực hiện Nghị quyết Trung ương 8 khóa XI về đổi mới giáo dục;\n"
            "Năm 2025, toàn tỉnh xảy ra 405 vụ tai nạn giao thông.\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao.\n")
    assert extracted(body) == [(405, None, "vụ tai nạn giao thông")]


def test_a_plan_a_decision_issues_tells_its_counts_too():
    text = ("QUYẾT ĐỊNH\nBan hành Kế hoạch\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch bảo đảm an toàn giao thông.\n"
            "Điều 2. Quyết định có hiệu lực kể từ ngày ký.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n"
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"
            "KẾ HOẠCH\nBảo đảm an toàn giao thông\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 5/1/2026)\n"
            "I. MỤC TIÊU\nToàn tỉnh hiện có 1.126 cơ sở giáo dục mầm non và phổ thông.\n")
    assert extracted(text) == [(1126, None, "cơ sở giáo dục mầm non")]


def test_a_part_on_the_places_features_states_the_baseline():
    text = ("KẾ HOẠCH\nPhòng chống thiên tai năm 2026\nI. ĐẶC ĐIỂM TÌNH HÌNH VÀ KẾT QUẢ NĂM 2025\n"
            "1. Đặc điểm: Xã có 28 thôn với 7.415 hộ, 26.830 nhân khẩu.\nII. MỤC TIÊU\n1. Giảm thiệt hại.\n")
    assert [(v, u.split()[0]) for v, _, u in extracted(text)] == [(28, "thôn"), (7415, "hộ"), (26830, "nhân")]


def test_a_year_before_the_plan_named_before_a_count_tells_the_state():
    text = ("KẾ HOẠCH\nPhát triển thương mại điện tử năm 2026\nI. MỤC TIÊU\nTăng trưởng.\nII. NHIỆM VỤ\n"
            "1. Theo Sở Công Thương, năm 2025 toàn tỉnh có khoảng 1.250 doanh nghiệp bán hàng trên sàn.\n"
            "2. Giảm ít nhất 10% số vụ ngộ độc so với năm 2025; không để xảy ra vụ từ 30 người mắc trở lên.\n"
            "3. Căn cứ Nghị định số 151/2025/NĐ-CP ngày 12 tháng 6 năm 2025 về chính quyền địa phương 02 cấp.\n")
    assert [(v, u.split()[0]) for v, _, u in extracted(text)] == [(1250, "doanh")]


def test_rates_are_kept_apart_from_counts():
    _, found = run("Toàn tỉnh có 124 đơn vị hành chính cấp xã; tỷ lệ bao phủ bảo hiểm y tế đạt 94,1% dân số; "
                   "tỷ suất chết trẻ em 12,5‰; 642/1.126 cổng trường có camera.")
    counts, rates = quantities.split(found)
    assert [(q.value, q.of, q.kind) for q in counts] == [(124, None, "count"), (642, 1126, "ratio")]
    assert [(q.value, q.kind) for q in rates] == [(94.1, "percent"), (12.5, "permille")]


def test_the_end_of_a_year_before_the_plan_dates_a_state_and_stars_grade():
    text = ("Tuyên Quang phát triển sản phẩm OCOP giai đoạn 2026 - 2030\n"
            "Theo báo cáo của ngành nông nghiệp, đến hết năm 2025 toàn tỉnh có 386 sản phẩm OCOP còn hiệu lực, "
            "trong đó 71 sản phẩm đạt 4 sao và 2 sản phẩm đạt 5 sao.\n"
            "Đến hết năm 2028, tỉnh có ít nhất 420 sản phẩm OCOP.\n")
    doc = Document(doc_id="q", source="q.txt", sha256="", format="txt", text=text)
    found = quantities.extract(doc, structure.parse(doc), period_start=2026)
    assert [(q.value, q.unit.split()[0]) for q in found] == [(386, "sản"), (71, "sản"), (2, "sản")]


@pytest.mark.parametrize("sentence, expected", [
    # a count with its thousands marked is no year; a kind of business in small letters is
    # no company's name
    ("Hiện toàn tỉnh có 4.316 tàu cá đăng ký, trong đó 1.972 tàu có chiều dài từ 15 m trở lên.",
     [(4316, "tàu"), (1972, "tàu")]),
    ("Hiện có 6.950 doanh nghiệp đang hoạt động và khoảng 72.400 hộ kinh doanh cá thể.",
     [(6950, "doanh"), (72400, "hộ")]),
    # the clauses a semicolon joins to a sentence that tells the state tell it too
    ("Năm 2025, toàn tỉnh đã giải quyết việc làm cho 42.310 lao động; 2.950 thanh niên được vay vốn; 38 phiên "
     "giao dịch việc làm được tổ chức.", [(42310, "lao"), (2950, "thanh"), (38, "phiên")]),
    # but not those of a sentence that aims
    ("Năm 2027, phấn đấu giải quyết việc làm cho 45.000 lao động; 3.000 thanh niên được vay vốn.", []),
])
def test_state_told_outside_the_results_part(sentence, expected):
    text = ("KẾ HOẠCH\nHỗ trợ thanh niên giai đoạn 2026 - 2030\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
            + sentence + "\nII. MỤC TIÊU\nGiảm thất nghiệp.\n")
    assert [(v, u.split()[0]) for v, _, u in extracted(text)] == expected


def test_a_count_with_its_scale_in_words_and_the_months_run_so_far():
    text = ("KẾ HOẠCH\nGiao thông công cộng giai đoạn 2025 - 2030\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
            "Năm 2024, xe buýt vận chuyển khoảng 6,8 triệu lượt hành khách; thu 1,2 triệu đồng tiền vé.\n"
            "Trong 9 tháng đầu năm 2025, trên tuyến xảy ra 11 vụ tai nạn.\n"
            "Về hạ tầng sạc, thành phố có 58 trạm sạc công cộng.\n"
            "II. MỤC TIÊU\nTăng thị phần.\n")
    doc = Document(doc_id="q", source="q.txt", sha256="", format="txt", text=text)
    found = quantities.extract(doc, structure.parse(doc), period_start=2025)
    assert [(q.value, q.unit.split()[0], q.kind) for q in found] == [
        (6_800_000, "lượt", "count"), (11, "vụ", "count"), (58, "trạm", "count")]


def plan_rows(text: str):
    doc = Document(doc_id="p", source="p.txt", sha256="", format="txt", text=text)
    return [(q.value, q.unit) for q in quantities.extract(doc, structure.parse(doc), period_start=2026)]


def test_a_past_year_that_opens_a_sentence_without_its_comma_tells_the_state():
    text = ("KẾ HOẠCH\nAn toàn giao thông cho học sinh giai đoạn 2026 - 2030\nII TÌNH HÌNH CHUNG\n"
            "Năm 2025 xảy ra 41 vụ tai nạn giao thông liên quan đến học sinh.\n")
    assert plan_rows(text) == [(41, "vụ tai nạn giao thông liên")]


def test_what_was_done_told_after_a_past_year_s_state_goes_on_telling_it():
    text = ("Tỉnh yêu cầu bảo đảm an toàn giao thông dịp Tết\n"
            "Trong dịp Tết năm 2025, trên địa bàn tỉnh xảy ra 14 vụ tai nạn giao thông. Các lực lượng chức năng "
            "đã phát hiện, xử lý 3.860 trường hợp vi phạm.\n"
            # (a later paragraph that tells what was done states no past year's state)
            "Lực lượng chức năng đã lập 12 chốt kiểm soát.\n")
    assert plan_rows(text) == [(14, "vụ tai nạn giao thông"), (3860, "trường hợp vi phạm")]


def test_what_the_things_counted_are_doing_now_tells_the_state():
    text = ("KẾ HOẠCH\nDi dời chợ tạm giai đoạn 2026 - 2030\nI. MỤC TIÊU\n"
            "Khoảng 3.100 hộ tiểu thương đang buôn bán tại các điểm này.\n"
            # a task for people who are doing something tells nothing
            "Khám sàng lọc cho khoảng 6.000 người lao động đang thuê trọ trên địa bàn.\n")
    assert plan_rows(text) == [(3100, "hộ tiểu thương")]


def test_the_opening_s_goals_are_no_baseline():
    # (a letter lists its goals before its numbered requests)
    body = ("Năm 2025, toàn tỉnh xảy ra 45 vụ lừa đảo người cao tuổi.\n"
            "- Tổ chức không dưới 150 buổi truyền thông trực tiếp tại cộng đồng.\n"
            "- Thành lập ít nhất 20 câu lạc bộ phòng, chống lừa đảo.\n"
            "1. Công an tỉnh chủ trì điều tra, xử lý.\n")
    doc = Document(doc_id="q", source="q.txt", sha256="", format="txt", text=body)
    assert [(q.value, q.unit) for q in quantities.extract(doc, structure.parse(doc))] == [(45, "vụ lừa đảo người cao tuổi")]



def test_a_results_table_gives_done_over_planned_not_its_share():
    body = ("II. KẾT QUẢ THỰC HIỆN NĂM 2026\nSTT\nNội dung\nĐVT\nThực hiện/\nTỷ lệ\nKế hoạch\nđạt\n"
            "1\nHộ được hỗ trợ xây mới nhà ở\nhộ\n412/450\n91,6%\n"
            "2\nNhà cộng đồng tránh lũ được xây dựng mới\ncông trình\n9/12\n75,0%\n")
    assert [r for r in rows(body) if r[3] == "count"] == [(412, 450, "hộ", "count"), (9, 12, "công trình", "count")]


def test_a_table_of_where_things_stand_gives_its_counts_not_its_sizes_or_sums():
    body = ("Tổng hợp thiệt hại do thiên tai năm 2025:\nTT\nNội dung\nĐơn vị\nSố lượng\n"
            "1\nNgười chết\nngười\n7\n2\nNhà bị sập, trôi\nnhà\n38\n3\nDiện tích lúa bị thiệt hại\nha\n5.380\n"
            "4\nTổng giá trị thiệt hại\ntỷ đồng\n1.085\n")
    assert rows(body) == [(7, None, "người", "count"), (38, None, "nhà", "count")]
    doc, found = run(body)
    assert found[1].subject == "Nhà bị sập, trôi" and doc.text[found[1].start:found[1].end] == found[1].quote


def test_a_count_after_the_level_or_span_it_counts():
    # ("cấp 2", "tháng 6" take small numbers: a figure with its thousands marked counts the class)
    body = ("Năm 2025, toàn tỉnh đã đào tạo nghề cho 3.467 lao động, trong đó trình độ sơ cấp 1.294 người, "
            "đào tạo dưới 03 tháng 2.173 người.\n")
    assert [(v, u) for v, _, u, _ in rows(body)] == [(3467, "lao động"), (1294, "người"), (2173, "người")]
    assert rows("Có 12 trường đạt chuẩn cấp 2 trên địa bàn.\n") == [(12, None, "trường", "count")]
