"""Targets and training needs: tables of real sentence shapes and the Cần Thơ seed."""
from __future__ import annotations

import pytest

from pipeline.extraction import metadata, structure, targets
from pipeline.reading.ingest import read_document
from pipeline.models import DocMeta, Document
from tests.conftest import shared_file

META = DocMeta(period_start=2026, period_end=2030)


def run(text: str, meta: DocMeta = META, doc_id: str = "t"):
    doc = Document(doc_id=doc_id, source=f"{doc_id}.txt", sha256="", format="txt", text=text)
    return doc, targets.extract(doc, structure.parse(doc), meta)


def objectives(*lines: str) -> str:
    return "II. MỤC TIÊU\n2. Mục tiêu cụ thể\n" + "\n".join(lines)


def rows(text: str, meta: DocMeta = META):
    _, found = run(text, meta)
    return [(t.kind, t.value, t.value_high, t.unit, t.comparator, t.deadline, t.annual) for t in found]


@pytest.mark.parametrize("line, expected", [
    ("- 95% công chức được bồi dưỡng giảng viên;", [(95, None, "%", "none", 2030, False)]),
    ("- Tối thiểu 80% lãnh đạo y tế tuyến xã được bồi dưỡng;", [(80, None, "%", "min", 2030, False)]),
    # comparison signs of indicator lists
    ("- Tỷ lệ doanh nghiệp dùng hóa đơn điện tử ≥ 95%;", [(95, None, "%", "min", 2030, False)]),
    ("- Tỷ lệ hộ nghèo < 2%;", [(2, None, "%", "under", 2030, False)]),
    # reached or exceeded is a floor; exceeded alone is over it
    ("- Tỷ lệ tiêm chủng đạt và vượt 90%;", [(90, None, "%", "min", 2030, False)]),
    # the qualifier before the verb, or the floor written the other way round
    ("- Tỷ lệ tiêm chủng tối thiểu đạt 90%;", [(90, None, "%", "min", 2030, False)]),
    ("- Tỷ lệ tiêm chủng bằng hoặc cao hơn 90%;", [(90, None, "%", "min", 2030, False)]),
    ("- Tỷ lệ hộ nghèo bằng hoặc thấp hơn 2%;", [(2, None, "%", "max", 2030, False)]),
    ("- Tỷ lệ tiêm chủng vượt 90%;", [(90, None, "%", "over", 2030, False)]),
    ("- Trên 90% viên chức dân số được bồi dưỡng (lớp 3 tháng);", [(90, None, "%", "over", 2030, False)]),
    ("- Đảm bảo trên 70% diện tích nuôi cá tra áp dụng công nghệ.", [(70, None, "%", "over", 2030, False)]),
    ("- Tỷ lệ doanh nghiệp đạt tối thiểu 40%.", [(40, None, "%", "min", 2030, False)]),
    ("- Kinh phí R&D/GRDP không quá 2%.", [(2, None, "%", "max", 2030, False)]),
    ("- Tỷ lệ trường học kết nối Internet không thấp hơn 95%.", [(95, None, "%", "min", 2030, False)]),
    ("- Tỷ lệ nợ xấu không cao hơn 3%.", [(3, None, "%", "max", 2030, False)]),
    ("- Tỷ lệ hài lòng đạt trên dưới 90%.", [(90, None, "%", "about", 2030, False)]),
    ("- Tỷ lệ suy dinh dưỡng giảm xuống dưới hoặc bằng 10%.", [(10, None, "%", "max", 2030, False)]),
    # a value with its own verb takes no qualifier from the value before it
    ("- Giảm tỷ lệ nhẹ cân xuống dưới 12,5% vào năm 2027 và xuống còn 10% vào năm 2030.",
     [(12.5, None, "%", "under", 2027, False), (10, None, "%", "none", 2030, False)]),
    ("- Tỷ lệ tiêm chủng đạt trên hoặc bằng 95%.", [(95, None, "%", "min", 2030, False)]),
    ("- Tỷ lệ hài lòng đạt 90% hoặc cao hơn.", [(90, None, "%", "min", 2030, False)]),
    ("- Tỷ lệ hộ nghèo dưới 1,5%.", [(1.5, None, "%", "under", 2030, False)]),
    ("- Tăng trưởng khoảng 10%.", [(10, None, "%", "about", 2030, False)]),
    ("- Tỷ lệ bao phủ đạt từ 80% đến 90% dân số.", [(80, 90, "%", "none", 2030, False)]),
    ("- Tỷ lệ bao phủ đạt 80-90% dân số.", [(80, 90, "%", "none", 2030, False)]),
    ("- 70% công chức dân số tuyến thành phố được cập nhật kiến thức hàng năm;",
     [(70, None, "%", "none", 2030, True)]),
    ("- Phấn đấu đến năm 2028 đạt 30% doanh nghiệp nhỏ và vừa.", [(30, None, "%", "none", 2028, False)]),
    # one qualifier heads both values; "trên địa bàn" is no qualifier
    ("Tối thiểu 70% công chức tuyến Thành phố và 50% viên chức tại tuyến huyện được bồi dưỡng.",
     [(70, None, "%", "min", 2030, False), (50, None, "%", "min", 2030, False)]),
    ("- Tối thiểu 80% doanh nghiệp trên địa bàn tỉnh ứng dụng công nghệ.", [(80, None, "%", "min", 2030, False)]),
    # a qualifier never carries onto 100%
    ("Trên 80% số trạm y tế xã và 100% cơ sở cai nghiện đủ điều kiện.",
     [(80, None, "%", "over", 2030, False), (100, None, "%", "none", 2030, False)]),
])
def test_goal_shapes(line, expected):
    assert rows(objectives(line)) == [("target",) + e for e in expected]


def test_deadline_carried_from_heading_until_another():
    text = objectives("2.1. Đến năm 2028", "- 60% công chức được bồi dưỡng;",
                      "2.2. Định hướng đến năm 2035", "- 90% công chức được bồi dưỡng;")
    assert [r[5] for r in rows(text)] == [2028, 2035]


def test_deadline_from_stage_heading_outside_objectives():
    text = ("III. LỘ TRÌNH THỰC HIỆN\n1. Giai đoạn 2025 - 2030\n"
            "- Đổi mới công nghệ: 100% khu công nghiệp triển khai chương trình hỗ trợ.\n"
            "2. Giai đoạn 2031 - 2035\n- Đưa tỷ lệ doanh nghiệp ứng dụng công nghệ lên tối thiểu 80% trên toàn Tỉnh.")
    assert [(r[1], r[4], r[5]) for r in rows(text)] == [(100, "none", 2030), (80, "min", 2035)]


def test_news_report_carries_deadline_across_paragraphs():
    text = ("Theo đó, Thành phố phấn đấu đến năm 2025 bảo đảm tối thiểu 95% công chức được bồi dưỡng.\n"
            "Tối thiểu 70% công chức dân số tuyến Thành phố được đào tạo.\n"
            "Đến năm 2030, sẽ có 100% công chức được bồi dưỡng; 100% viên chức được bồi dưỡng theo chuẩn;\n"
            "Cùng với đó, 100% lãnh đạo y tế được bồi dưỡng.")
    got = rows(text, DocMeta(source_kind="news"))
    assert [(r[1], r[4], r[5]) for r in got] == [(95, "min", 2025), (70, "min", 2025),
                                                 (100, "none", 2030), (100, "none", 2030),
                                                 (100, "none", 2030)]


@pytest.mark.parametrize("kind", ["news", "official"])
def test_the_year_before_the_plan_tells_its_start(kind):
    # a report on a 2026-2030 plan, or the plan itself: the sentence that opens with 2025
    # and aims at nothing tells where the plan starts; a year of the plan, or one it aims
    # at, is a goal
    text = ("UBND tỉnh Lào Cai vừa ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số giai đoạn 2026-2030.\n"
            "Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 60%, cao hơn bình quân cả nước.\n"
            "Giai đoạn 2021-2025, tỷ lệ hộ nghèo giảm bình quân 3%/năm.\n"
            "Năm 2027, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.\n"
            "Kế hoạch đặt mục tiêu đến năm 2030, 100% thủ tục hành chính được cung cấp trực tuyến toàn trình.")
    got = rows(text, DocMeta(source_kind=kind, period_start=2026, period_end=2030))
    assert [(r[1], r[5]) for r in got] == [(80, 2027), (100, 2030)]


def test_a_year_before_the_plan_that_a_sentence_gives_its_figure_tells_the_start():
    # "… năm học 2024 - 2025 đạt 96,8%" in a plan for 2026-2030 is the state it starts from,
    # and so is a count of the year run so far; a goal due by a year before it is still one
    plan = "KẾ HOẠCH\nPhát triển giáo dục mầm non\nI. MỤC TIÊU\nNâng cao chất lượng.\nII. NHIỆM VỤ, GIẢI PHÁP\n"
    meta = DocMeta(period_start=2026, period_end=2030)
    assert rows(plan + "1. Rà soát mạng lưới trường. Tỷ lệ huy động trẻ từ 3 đến 5 tuổi đến trường năm học "
                       "2024 - 2025 đạt 96,8%.\n", meta) == []
    assert rows("Từ đầu năm 2025 đến thời điểm ban hành Chỉ thị số 01/CT-UBND, toàn tỉnh xảy ra 405 vụ tai nạn; so "
                "với cùng kỳ năm 2024 tăng 6% số vụ.\n" + plan, meta) == []
    got = rows(plan + "- Đến hết năm 2025, bảo đảm 100% hồ sơ được số hóa.\n", meta)
    assert [(r[1], r[5]) for r in got] == [(100, 2025)]


def test_a_level_told_now_beside_the_goal_set_from_it():
    got = rows("UBND thành phố Cần Thơ vừa ban hành Kế hoạch số 27/KH-UBND.\nVới taxi, tỷ lệ xe điện trên tổng số "
               "taxi đang ở mức 12%, kế hoạch đặt mục tiêu tăng lên trên 40% vào năm 2030.", DocMeta(source_kind="news"))
    assert [(r[1], r[4], r[5]) for r in got] == [(40, "over", 2030)]


def test_a_share_the_goal_sentence_names_in_its_own_clause():
    # "chiếm" reports a share, unless the clause itself says it is the aim
    got = rows("Mục tiêu của kế hoạch là kinh tế số chiếm 20% GRDP vào năm 2030.\n"
               "Hiện kinh tế số chiếm 12% GRDP của tỉnh.", DocMeta(source_kind="news"))
    assert [(r[1], r[5]) for r in got] == [(20, 2030)]


def test_goal_list_under_a_goals_heading_without_role():
    text = ("1. Quán triệt các mục tiêu của Đề án\nĐề án đặt ra các mục tiêu cụ thể đến năm 2025, trong đó:\n"
            "a) Tối thiểu 80% công chức được bồi dưỡng kiến thức dân số cơ bản;\n"
            "b) 100% viên chức làm công tác dân số được bồi dưỡng theo chuẩn;")
    assert [(r[1], r[4], r[5]) for r in rows(text, DocMeta())] == [(80, "min", 2025), (100, "none", 2025)]


def test_goals_listed_under_a_head_with_bracketed_numbers():
    # "(2)" marks items like "2."; "đã" after the value describes whom the goal counts
    text = ("III. NỘI DUNG THI ĐUA\n1. Nội dung thi đua\n"
            "Vận động mở tài khoản, được cụ thể hóa bằng các chỉ tiêu cụ thể như sau:\n"
            "(1) 100% người hưởng trợ cấp chưa có tài khoản được tuyên truyền;\n"
            "(2) Ít nhất 85% người hưởng trợ cấp mở tài khoản hoặc người đã có tài khoản cung cấp số tài khoản;\n"
            "(3) Ít nhất 80% người hưởng trợ cấp được phát hành thẻ ATM.")
    assert [(r[1], r[4], r[5]) for r in rows(text, DocMeta(period_start=2025, period_end=2025))] == \
        [(100, "none", 2025), (85, "min", 2025), (80, "min", 2025)]


def test_each_value_takes_the_first_year_after_it_and_a_yearly_roadmap_is_no_yearly_goal():
    text = objectives("- Từng địa phương đăng ký chỉ tiêu theo lộ trình thực hiện hàng năm, phấn đấu đạt 20% "
                      "xã, phường “không ma túy” năm 2025, bảo đảm đến hết năm 2030 đạt 50% địa bàn cấp xã "
                      "“không ma túy”;",
                      "- Hằng năm, số vụ phạm tội bị phát hiện tăng trên 3%.")
    assert [(r[1], r[5], r[6]) for r in rows(text)] == [(20, 2025, False), (50, 2030, False), (3, 2030, True)]


def test_a_count_told_as_the_state_now_is_no_goal():
    text = objectives("Hiện nay, tổng số trạm phát sóng tại các khu công nghiệp khoảng 180 trạm, trong đó có 22 trạm 5G.",
                      "- Thí điểm ứng dụng 5G cho tối thiểu 2 dự án trong các khu công nghiệp.")
    assert [(r[1], r[3], r[4]) for r in rows(text)] == [(2, "dự án", "min")]


def test_a_task_stated_as_a_share_to_have_is_a_goal():
    text = ("III. NHIỆM VỤ, GIẢI PHÁP\n1. Phát triển thủy sản\n"
            "+ Phát triển ngành thủy sản bền vững. Có 30% diện tích nuôi thủy sản chủ lực áp dụng quy trình tiên tiến.\n"
            "+ Diện tích rừng ngập mặn hiện có 30% được phục hồi.")
    assert [(r[1], r[5]) for r in rows(text)] == [(30, 2030)]


def test_a_count_an_objective_sets_right_after_its_verb():
    text = objectives("- Đầu tư xây dựng mới 120 km đường giao thông nông thôn;",
                      "- Hệ thống có 45 trạm quan trắc tự động.",
                      # (verbs of building and restoring too)
                      "- Xây dựng mới, thay thế 120 cầu dân sinh, cầu treo trên các tuyến đường thôn;",
                      "d) Lập hồ sơ đề nghị xếp hạng mới 25 di tích cấp tỉnh;")
    assert [(r[1], r[3], r[4]) for r in rows(text)] == [(120, "km", "none"), (120, "cầu", "none"),
                                                        (25, "di tích", "none")]


@pytest.mark.parametrize("line, expected", [
    # a count lowered from one level to another: the goal is the level it goes to, whose
    # rate's base ("/1.000 phụ nữ") stands between the two
    ("- Tỷ suất sinh ở trẻ vị thành niên giảm từ 23 ca sinh/1.000 phụ nữ xuống 18 ca sinh/1.000 phụ nữ "
     "vào năm 2025.", [(18, "ca sinh/1.000 phụ nữ", "none")]),
    ("- Số ca tử vong giảm từ 120 ca xuống 90 ca.", [(90, "ca", "none")]),
    # a name's number is no count: "COP 26 về …"
    ("- Giảm phát thải theo cam kết của Việt Nam tại COP 26 về đạt mức phát thải ròng bằng 0 vào năm 2050.", []),
])
def test_counts_a_goal_sentence_sets(line, expected):
    assert [(r[1], r[3], r[4]) for r in rows(objectives(line))] == expected


def test_rules_a_decision_issues_under_their_type_are_no_task_appendix():
    # the annexed rules' functions ("điều tra tai nạn … từ 02 người lao động trở lên") are duties,
    # not goals, though their title names tasks ("CHỨC NĂNG, NHIỆM VỤ …")
    text = ("ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/QĐ-UBND\nQUYẾT ĐỊNH\nBan hành Quy định chức năng, nhiệm vụ của Sở Nội vụ\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy định chức năng, nhiệm vụ của Sở Nội vụ.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\nQUY ĐỊNH\n"
            "CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN CỦA SỞ NỘI VỤ\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh)\n"
            "Điều 1. Nhiệm vụ\n1. Về lĩnh vực an toàn lao động:\n"
            "a) Chủ trì điều tra tai nạn lao động làm bị thương nặng từ 02 người lao động trở lên;\n")
    assert rows(text, DocMeta()) == []


def test_a_plan_issued_by_a_decision_without_its_annex_line():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 2954/QĐ-UBND\nSơn La, ngày 20 tháng 11 năm 2025\nQUYẾT ĐỊNH\n"
            "Về việc ban hành Kế hoạch xuất khẩu giai đoạn 2026 - 2030\n"
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch xuất khẩu sản phẩm hàng hóa giai đoạn 2026 - 2030.\n"
            "Điều 2. Quyết định có hiệu lực kể từ ngày ký.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n"
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thành Công\nKẾ HOẠCH\nXUẤT KHẨU SẢN PHẨM HÀNG HÓA\n"
            "I. MỤC TIÊU\n1. Phấn đấu giá trị xuất khẩu tăng 10 - 13%/năm.\n")
    doc = Document(doc_id="t", source="t.txt", sha256="", format="txt", text=text)
    found = targets.extract(doc, structure.parse(doc), DocMeta(doc_type="Quyết định", period_start=2026,
                                                               period_end=2030))
    assert [(t.value, t.value_high, t.annual) for t in found] == [(10, 13, True)]


def test_year_stated_with_a_goal_carries_to_the_next():
    text = ("Theo kế hoạch, phấn đấu đến năm 2025 bảo đảm tối thiểu 95% công chức được bồi dưỡng.\n"
            "Đích đến của năm 2030 là 100% công chức được bồi dưỡng.\n"
            "Cùng thời điểm đó, 100% lãnh đạo y tế được bồi dưỡng.")
    assert [r[5] for r in rows(text, DocMeta(source_kind="news"))] == [2025, 2030, 2030]


def test_report_figures_are_not_goals():
    text = ("I. HIỆN TRẠNG CHUNG\nTrên địa bàn tỉnh hiện có 23 cụm công nghiệp; tỷ lệ lấp đầy bình quân trên 30%.\n"
            "2. Một số nội dung đã thực hiện trong năm 2025\n- Thu hồi về tài khoản tạm giữ, đạt 100%.")
    assert rows(text, DocMeta()) == []


@pytest.mark.parametrize("text", [
    # results of the last period are baseline, not targets
    "I. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2025\n- Tỷ lệ công chức được bồi dưỡng đạt 85%.",
    # achievement ratios of a plan
    "I. TÌNH HÌNH NĂM 2025\n- Sản lượng ước đạt 368.000 tấn, đạt 100% kế hoạch.",
    # budget shares
    "V. KINH PHÍ\n1. Ngân sách tỉnh bảo đảm 70% kinh phí.",
])
def test_not_targets(text):
    assert rows(text) == []


@pytest.mark.parametrize("line, value, unit", [
    ("+ Bồi dưỡng báo cáo viên tuyển thành phố: 03 công chức;", 3, "công chức"),
    ("+ Bồi dưỡng nghiệp vụ dân số đạt chuẩn viên chức dân số (lớp 3 tháng): 99 viên chức;", 99, "viên chức"),
    ("+ Bồi dưỡng nâng cao năng lực quản lý: 44 viên chức;", 44, "viên chức"),
])
def test_needs(line, value, unit):
    text = objectives("c) Nhu cầu bồi dưỡng đội ngũ cán bộ giai đoạn 2026 - 2030 như sau:", "- Cấp xã:", line)
    assert [(r[0], r[1], r[3]) for r in rows(text)] == [("need", value, unit)]


@pytest.mark.parametrize("line, value, unit", [
    ("- Đào tạo kỹ năng số, thương mại điện tử: 2.000 lao động trong doanh nghiệp;", 2000, "lao động"),
    ("- Đào tạo nâng chuẩn trình độ cho 1.150 giáo viên mầm non;", 1150, "giáo viên"),
])
def test_needs_of_other_people(line, value, unit):
    text = objectives("c) Nhu cầu đào tạo, bồi dưỡng giai đoạn 2026 - 2030 như sau:", line)
    assert [(r[0], r[1], r[3]) for r in rows(text)] == [("need", value, unit)]


def test_a_needs_lists_total_and_a_bound_on_each_class_are_no_needs():
    text = objectives("c) Nhu cầu bồi dưỡng giai đoạn 2026 - 2028 như sau:", "- Bồi dưỡng nghiệp vụ đất đai: 296 công chức;",
                      "Tổng cộng giai đoạn 2026 - 2028: 1.668 lượt công chức, viên chức.",
                      "Mỗi lớp tổ chức không quá 60 học viên.")
    assert [(r[0], r[1]) for r in rows(text)] == [("need", 296)]


@pytest.mark.parametrize("line, value", [
    ("- Đào tạo nghề cho 5.000 lao động nông thôn;", 5000),
    ("- Tập huấn kỹ năng số cho khoảng 300 công chức, viên chức;", 300),
    ("- 1.150 giáo viên mầm non được bồi dưỡng nâng chuẩn;", 1150),
    # posts and trades
    ("- Tập huấn nghiệp vụ cho 1.240 tổ trưởng Tổ công nghệ số cộng đồng;", 1240),
    ("- Tập huấn sử dụng bệnh án điện tử cho 1.350 bác sĩ, điều dưỡng;", 1350),
    ("- Tập huấn pháp luật về thủy sản cho 1.500 thuyền trưởng, chủ tàu cá;", 1500),
])
def test_a_count_of_people_a_goal_or_task_trains_is_a_need(line, value):
    assert [(r[0], r[1]) for r in rows(objectives(line))] == [("need", value)]
    tasks = "III. NHIỆM VỤ, GIẢI PHÁP\n1. Phát triển nguồn nhân lực\n" + line
    assert [(r[0], r[1]) for r in rows(tasks)] == [("need", value)]


def test_counts_listed_by_semicolons_after_the_training_are_needs_too():
    line = ("- Giai đoạn 2026 - 2030, tập huấn tư vấn dinh dưỡng cho 1.200 cộng tác viên dinh dưỡng thôn, tổ dân phố; "
            "270 nhân viên y tế trạm y tế xã; 520 giáo viên mầm non.")
    assert [(r[0], r[1]) for r in rows(objectives(line))] == [("need", 1200), ("need", 270), ("need", 520)]
    # (not a count after a clause that trains no one)
    other = "- Xây dựng 12 phòng tư vấn dinh dưỡng; 270 nhân viên y tế trạm y tế xã."
    assert ("need", 270) not in [(r[0], r[1]) for r in rows(objectives(other))]


def test_a_sentence_heading_a_list_of_training_needs_makes_its_items_needs():
    # (the head is no numbered heading: a sentence at the end of a task's paragraph)
    text = ("III. NHIỆM VỤ, GIẢI PHÁP\n3. Phát triển đội ngũ nhà giáo\n"
            "Chuẩn hóa đội ngũ nhà giáo. Nhu cầu đào tạo, bồi dưỡng giai đoạn 2026 - 2030 như sau:\n"
            "- Bồi dưỡng nghiệp vụ sư phạm giáo dục nghề nghiệp: 180 người;\n"
            "- Đào tạo trình độ thạc sĩ cho nhà giáo dạy nghề trọng điểm: 24 người.\n"
            "4. Gắn kết đào tạo với doanh nghiệp\nHằng năm khảo sát 300 người lao động.")
    assert [(r[0], r[1]) for r in rows(text)] == [("need", 180), ("need", 24)]
    # (a list under another head holds no needs)
    other = text.replace("Nhu cầu đào tạo, bồi dưỡng", "Kết quả đào tạo, bồi dưỡng")
    assert ("need", 180) not in [(r[0], r[1]) for r in rows(other)]


def test_a_count_per_unit_that_explains_a_needs_total_is_no_need():
    text = ("KẾ HOẠCH\nAn toàn thông tin 2026 - 2030\nV. NHU CẦU ĐÀO TẠO, BỒI DƯỠNG\n"
            "- Bồi dưỡng kỹ năng cho công chức phụ trách chuyển đổi số cấp xã: 248 người (02 người/đơn vị);\n")
    assert [(r[0], r[1]) for r in rows(text)] == [("need", 248)]


def test_a_second_count_the_same_training_governs_is_a_need_too():
    line = ("- Tập huấn kỹ năng cứu hộ cho 60 đội viên dân quân và 112 thành viên đội xung kích; tập huấn sơ cấp "
            "cứu cho 28 nhân viên y tế thôn.")
    assert [(r[0], r[1]) for r in rows(objectives(line))] == [("need", 60), ("need", 112), ("need", 28)]


@pytest.mark.parametrize("line, expected", [
    # the first count's noun however long
    ("- Năm 2026 tập huấn nghiệp vụ cho 228 công chức phụ trách lĩnh vực môi trường cấp xã và 1.450 tổ trưởng "
     "tổ dân phố.", [(228, "công chức"), (1450, "tổ trưởng tổ dân")]),
    # the first count after a qualifier
    ("- Tập huấn cho khoảng 1.200 giáo viên làm công tác tư vấn học đường và 150 cán bộ Công an xã.",
     [(1200, "giáo viên"), (150, "cán bộ Công an")]),
    # trades and teachers
    ("- Tập huấn thanh toán số cho 650 công chức một cửa và 1.300 tiểu thương tại các chợ.",
     [(650, "công chức một cửa"), (1300, "tiểu thương")]),
    ("- Bồi dưỡng kỹ năng nghề cho 620 nhà giáo và bồi dưỡng sư phạm cho 450 người dạy nghề.",
     [(620, "nhà giáo"), (450, "người dạy nghề")]),
])
def test_a_second_count_after_a_long_noun_or_of_a_trade_is_a_need_too(line, expected):
    assert [(r[1], r[3]) for r in rows(objectives(line)) if r[0] == "need"] == expected


def test_a_need_in_prose_is_counted_in_its_whole_noun():
    got = rows(objectives("- Tổ chức đào tạo, bồi dưỡng 3.000 lượt nhân lực về ứng dụng công nghệ;",
                          "- Đào tạo nghề cho 5.000 lao động nông thôn."))
    assert [(r[1], r[3]) for r in got] == [(3000, "lượt nhân lực"), (5000, "lao động nông thôn")]


def test_people_trained_before_are_no_need():
    assert rows("I. KẾT QUẢ THỰC HIỆN\n- Năm 2025 đã đào tạo nghề cho 3.000 lao động.") == []
    assert rows(objectives("- Năm 2025 đã đào tạo nghề cho 3.000 lao động;")) == []


def test_quote_is_the_text_span():
    doc, found = run(objectives("- 95% công chức được bồi dưỡng giảng viên;"))
    (t,) = found
    # the list mark is not part of the evidence (see spans.LIST_MARK)
    assert doc.text[t.start:t.end] == t.quote == "95% công chức được bồi dưỡng giảng viên;"
    assert t.group == "công chức" and t.action.startswith("được bồi dưỡng")


def test_ids_depend_on_content_not_position():
    line = "- 95% công chức được bồi dưỡng giảng viên;"
    _, a = run(objectives(line))
    _, b = run("Lời mở đầu dài hơn.\n" + objectives("- 50% viên chức được tập huấn;", line))
    assert a[0].target_id == b[1].target_id
    _, twice = run(objectives(line, line))
    assert twice[0].target_id != twice[1].target_id


def test_group_and_level():
    _, (t,) = run(objectives("- 70% công chức dân số tuyến thành phố được cập nhật kiến thức;"))
    assert t.group == "công chức dân số tuyến thành phố" and t.level == "province"


@pytest.mark.parametrize("line, group", [
    # the subject precedes the value: the group is the thing measured, without "Tỷ lệ"
    ("- Tỷ lệ doanh nghiệp vừa và nhỏ địa phương ứng dụng công nghệ số đạt 60%.",
     "doanh nghiệp vừa và nhỏ địa phương ứng dụng công nghệ số"),
    ("- Tỷ lệ người dân có Sổ sức khỏe điện tử đạt 95%.", "người dân có Sổ sức khỏe điện tử"),
    ("d) Hằng năm, số vụ phạm tội về ma túy được phát hiện, bắt giữ tăng trên 3%; số vụ khác tăng trên 5%.",
     "số vụ phạm tội về ma túy được phát hiện, bắt giữ"),
])
def test_group_of_subject_before_value(line, group):
    _, found = run(objectives(line))
    assert found[0].group == group


def test_goal_striven_for_among_duties():
    text = ("II. MỤC TIÊU\n- Tỷ lệ hồ sơ trực tuyến đạt 80%.\nVI. TỔ CHỨC THỰC HIỆN\n"
            "19. Các cơ sở đào tạo đại học\nc) Phấn đấu tỷ trọng đào tạo các ngành STEM đạt tối thiểu 30%.\n"
            "d) Bảo đảm 100% kinh phí theo dự toán được giao.")
    got = [(t.value, t.comparator, t.deadline) for t in run(text)[1]]
    assert got == [(80, "none", 2030), (30, "min", 2030)]


def test_rate_per_year_is_annual_with_its_qualifier():
    text = objectives("- Dự báo tốc độ tăng trưởng GRDP giai đoạn 2026 - 2030 khoảng từ 10 - 10,5%/năm.")
    (t,) = run(text)[1]
    assert (t.value, t.value_high, t.comparator, t.deadline, t.annual) == (10, 10.5, "about", 2030, True)
    assert not t.group.startswith("/")


def test_a_rate_per_year_makes_only_its_own_value_yearly():
    text = objectives("- Đến năm 2030: Thu hút 10 - 12 triệu lượt khách, tăng 18 - 20%/năm, trong đó khách quốc tế "
                      "đạt 45 - 50%.")
    got = [(t.value, t.value_high, t.annual) for t in run(text)[1] if t.unit == "%"]
    assert got == [(18, 20, True), (45, 50, False)]


def test_a_relief_in_a_tax_fee_or_rent_is_no_goal_even_among_goals():
    text = objectives("- Giảm 20% chi phí logistics so với năm 2025.\n- Giảm (10%-15%) thuế thu nhập doanh nghiệp 5 năm.\n"
                      "- Miễn 50% lệ phí trước bạ cho xe điện.")
    assert [(t.value, t.value_high) for t in run(text)[1] if t.unit == "%"] == [(20, None)]


def test_can_tho_seed():
    path = shared_file("seeds", "004_eb961772fc34a68b.txt")
    doc = read_document(path, "004", str(path))
    found = targets.extract(doc, structure.parse(doc), META)
    goals = [t for t in found if t.kind == "target"]
    needs = [t for t in found if t.kind == "need"]
    assert len(goals) == 12 and all(t.unit == "%" and t.deadline == 2030 for t in goals)
    assert sorted(t.comparator for t in goals).count("min") == 2
    assert [t.value for t in needs] == [3, 5, 85, 99, 122, 44]
    assert all(doc.text[t.start:t.end] == t.quote for t in found)


# Rule: a year printed right after a value is that value's own deadline, even when the
# clause names other years for other values; one "khoảng" governs a whole list, 100% too.
@pytest.mark.parametrize("line, expected", [
    ("- Tốc độ lấp đầy khoảng 10% trong năm 2027, 50% trong năm 2028 và 100% trong năm 2029.",
     [(10, "about", 2027), (50, "about", 2028), (100, "about", 2029)]),
    ("- Phấn đấu 95% công chức, 90% viên chức được bồi dưỡng đến năm 2028.",
     [(95, "none", 2028), (90, "none", 2028)]),
    ("- Tối thiểu 70% xã vào năm 2027 và 50% phường vào năm 2028.",
     [(70, "min", 2027), (50, "min", 2028)]),
    ("- Trên 80% hộ dân và 100% trường học được cấp nước sạch.",
     [(80, "over", 2030), (100, "none", 2030)]),
])
def test_own_deadline_and_shared_qualifier(line, expected):
    got = [(r[1], r[4], r[5]) for r in rows(objectives(line))]
    assert got == expected


# Goals inside a body's duties: one "phấn đấu" (or a goals head ending with ":")
# governs every clause or item of the list after it.
def test_strive_heads_a_list_of_clauses_among_duties():
    text = ("III. PHÂN CÔNG TRÁCH NHIỆM\n1. Sở Y tế\n"
            "Chỉ đạo các bệnh viện. Trong đó, phấn đấu đạt các chỉ tiêu đến năm 2030, cụ thể: "
            "Phấn đấu mức sinh đạt 2,1 con/phụ nữ; tỷ lệ trẻ em dưới 15 tuổi khoảng 22%; "
            "giảm 50% số cặp tảo hôn; 90% trẻ sơ sinh được tầm soát bệnh bẩm sinh.\n"
            "c) Báo cáo kết quả trước ngày 15/12 hằng năm; bảo đảm 100% kinh phí theo dự toán.")
    got = [(t.value, t.unit, t.comparator, t.deadline) for t in run(text)[1]]
    # (the birth rate the list strives for is a goal too, a rate per woman)
    assert got == [(2.1, "con/phụ nữ", "none", 2030), (22, "%", "about", 2030), (50, "%", "none", 2030),
                   (90, "%", "none", 2030)]


def test_duty_done_effectively_is_no_reported_result():
    # "thực hiện có hiệu quả" in the item's opening duty holds "hiện có", which is
    # not "the existing ..." of a reported result
    text = ("II. NỘI DUNG THỰC HIỆN\n1. Sở Y tế\n"
            "a) Chủ trì, phối hợp triển khai thực hiện có hiệu quả các chỉ tiêu về dân số. Trong đó, "
            "phấn đấu duy trì mức sinh thay thế, cụ thể: Phấn đấu mức sinh đạt 2,1 con/phụ nữ; "
            "tỷ lệ trẻ em dưới 15 tuổi đạt khoảng 22%; 90% trẻ sơ sinh được tầm soát bệnh bẩm sinh;\n"
            "b) Tổng hợp số liệu hiện có: 30% số xã đã báo cáo.")
    got = [(t.value, t.comparator) for t in run(text)[1]]
    assert got == [(2.1, "none"), (22, "about"), (90, "none")]


def test_result_told_later_in_the_item_does_not_undo_its_goal():
    text = ("II. NHIỆM VỤ\n1. Sở Xây dựng\n"
            "a) Phấn đấu 90% xã đạt chuẩn nông thôn mới. Rà soát số liệu các xã đã báo cáo.\n"
            "b) Kết quả: đến nay đã đạt 60% số xã.")
    got = [(t.value, t.comparator) for t in run(text)[1]]
    assert got == [(90, "none")]


def test_the_places_a_coverage_goal_is_counted_in_may_be_told_by_what_they_have_had():
    text = ("III. NHIỆM VỤ\n2. Tổ chức tiêm phòng. Bảo đảm tỷ lệ tiêm phòng đạt yêu cầu như sau:\n"
            "- Vắc xin viêm da nổi cục trâu, bò: 100% đàn tại các xã đã có dịch trong năm 2025;\n"
            "- Vắc xin dại: đến nay đã tiêm 60% đàn chó.\n")
    # (the second is a result told before its figure; the year is the outbreaks', not the goal's)
    assert [(t.value, t.unit, t.deadline) for t in run(text)[1]] == [(100, "%", 2030)]


def test_a_requirement_of_everyone_is_a_coverage_goal_wherever_it_stands():
    text = ("Tỉnh yêu cầu bảo đảm an toàn giao thông dịp Tết\n"
            "Lực lượng Cảnh sát giao thông phải kiểm tra nồng độ cồn đối với 100% lái xe khách tại các bến xe.\n"
            # (a share told, required of nobody, is none)
            "Năm qua, 100% lái xe khách đã được kiểm tra.\n")
    assert [(r[1], r[3]) for r in rows(text, DocMeta(source_kind="news", period_start=2026, period_end=2026))] \
        == [(100, "%")]


def test_goal_named_after_a_result_in_the_same_sentence():
    text = ("I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Phát triển hạ tầng số tại các khu công nghiệp đã đi vào "
            "hoạt động, mục tiêu tỷ lệ phủ sóng mạng 5G tại các khu công nghiệp đến năm 2030 đạt 100%.\n"
            "- Đến nay đã phủ sóng 60% khu công nghiệp.")
    got = [(t.value, t.deadline) for t in run(text)[1]]
    assert got == [(100, 2030)]


def test_service_returning_its_results_is_no_reported_result():
    text = ("III. NHIỆM VỤ VÀ GIẢI PHÁP\n6. Phát triển dịch vụ công trực tuyến\n"
            "- Nâng cấp dịch vụ công trực tuyến; bảo đảm 100% thủ tục hành chính xử lý, trả kết quả "
            "trên môi trường điện tử.")
    got = [(t.value, t.deadline) for t in run(text)[1]]
    assert got == [(100, 2030)]


def test_level_that_describes_where_a_rule_applies_is_no_goal():
    text = objectives("- Chỉ tiêu 1: Năm 2028 đạt 60% cơ quan có lãnh đạo chủ chốt là nữ. Đối với ngành có tỷ lệ "
                      "nữ thấp dưới 30% có thể điều chỉnh mục tiêu.")
    got = [(t.value, t.deadline) for t in run(text)[1]]
    assert got == [(60, 2028)]


def test_an_indicator_set_below_or_above_a_level_in_objectives_is_a_goal():
    text = objectives("- Tỷ lệ hộ nghèo thấp hơn 3%;", "- Tỷ lệ lao động qua đào tạo cao hơn 75%.")
    assert [(v, c) for _, v, _, _, c, _, _ in rows(text)] == [(3, "under"), (75, "over")]


def test_a_floor_set_on_a_budget_is_a_goal_a_cut_in_a_fee_is_not():
    text = ("III. NHIỆM VỤ, GIẢI PHÁP\n1. Về nguồn lực\n- Bố trí tối thiểu 2% ngân sách tỉnh cho sự nghiệp "
            "bảo vệ môi trường.\n- Giảm 50% lệ phí trước bạ cho xe điện.")
    got = [(t.value, t.comparator) for t in run(text)[1]]
    assert got == [(2, "min")]


def test_of_years_listed_together_the_last_is_the_deadline():
    text = ("II. NHIỆM VỤ\n1. Cải cách thủ tục\n- Thực hiện Chương trình cắt giảm thủ tục năm 2025 và 2026, "
            "đảm bảo cắt giảm tối thiểu 30% thời gian thực hiện thủ tục.")
    got = [(t.value, t.comparator, t.deadline) for t in run(text)[1]]
    assert got == [(30, "min", 2026)]


def test_an_appendix_listing_indicators_gives_goals_a_restated_goal_again():
    from pipeline.models import Document
    text = ("KẾT LUẬN\nI. MỤC TIÊU\n1. Bố trí tối thiểu 2% tổng chi ngân sách nhà nước hằng năm cho bảo vệ "
            "môi trường.\nII. TỔ CHỨC THỰC HIỆN\n1. Đảng ủy Chính phủ chỉ đạo thực hiện.\n"
            "Nơi nhận:\n- Lưu Văn phòng.\nT/M BAN CHẤP HÀNH\nTỔNG BÍ THƯ\n"
            "Phụ lục\nCÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030\n"
            "1. | Tỷ lệ chi sự nghiệp bảo vệ môi trường trong tổng chi ngân sách nhà nước hằng năm | 2%\n"
            "2. | Tỷ lệ che phủ rừng | 42%\n3. | Tỷ lệ hộ dân có nhà ở an toàn | 703%\n"
            "Phụ lục 2\nKẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2025\n1. | Tỷ lệ che phủ rừng | 41,9%\n")
    doc = Document(doc_id="k", source="k.txt", sha256="", format="txt", text=text)
    got = [(t.value, t.deadline) for t in targets.extract(doc, structure.parse(doc), DocMeta())]
    # the body's 2% and its appendix row, each a statement with its own evidence (the row due
    # the year the appendix's title reaches), the forest cover due 2030; a misread cell
    # (703%) and a table of results give none
    assert got == [(2, None), (2, 2030), (42, 2030)]


def test_an_appendix_table_with_a_column_of_results_to_reach_gives_row_goals():
    from pipeline.models import Document
    text = ("QUYẾT ĐỊNH\nĐiều 1. Phê duyệt Chương trình chuyển đổi số giai đoạn 2025 - 2030.\n"
            "Điều 2. Bộ trưởng các bộ chịu trách nhiệm thi hành Quyết định này./.\n"
            "Nơi nhận:\n- Lưu: VT.\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n"
            "PHỤ LỤC I\nDANH MỤC CÁC CHỈ TIÊU CỤ THỂ (Kèm theo Quyết định số 12/QĐ-TTg)\n"
            "TT\nChỉ tiêu\nĐơn vị\nKết quả\nCơ quan chủ trì theo dõi\nI\nGiai đoạn 2025-2027\n"
            "1\nTỉ lệ dịch vụ công trực tuyến toàn trình.\n%\n100%\nVăn phòng Chính phủ\n"
            "II\nGiai đoạn 2028-2030\n1\nTỉ lệ người dân hài lòng khi dùng dịch vụ công.\n%\n99%\n"
            "Bộ Khoa học và Công nghệ\n")
    doc = Document(doc_id="q", source="q.txt", sha256="", format="txt", text=text)
    got = [(t.value, t.deadline, t.group, t.quote)
           for t in targets.extract(doc, structure.parse(doc), DocMeta(period_start=2025, period_end=2030))]
    # the column "Kết quả" holds the result to reach, not results: each row is a goal, due
    # the year its phase reaches, its row the evidence and its indicator the group
    assert got == [(100, 2027, "dịch vụ công trực tuyến toàn trình",
                    "Tỉ lệ dịch vụ công trực tuyến toàn trình.\n%\n100%"),
                   (99, 2030, "người dân hài lòng khi dùng dịch vụ công",
                    "Tỉ lệ người dân hài lòng khi dùng dịch vụ công.\n%\n99%")]


def test_a_task_appendix_gives_its_rows_goals_each_due_by_itself():
    from pipeline.models import Document
    text = ("NGHỊ QUYẾT\nvề nhiệm vụ năm 2026\nI. MỤC TIÊU\n1. Tăng trưởng kinh tế trên 10% đến năm 2030.\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Tỉnh ủy chủ trì theo dõi.\nNơi nhận:\n- Lưu: VT.\n"
            "T/M TỈNH ỦY\nBÍ THƯ\n"
            "NHIỆM VỤ TRỌNG TÂM NĂM 2026\n(Kèm theo Nghị quyết số 26-NQ/TU)\n"
            "STT | Nhiệm vụ và chỉ tiêu | Thời gian hoàn thành | Cơ quan chủ trì\n"
            "1 | Hoàn thành 100% chỉ tiêu theo Đề án phát triển công nghiệp giai đoạn 2026 - 2030. | "
            "Tháng 12 | Sở Công Thương\n"
            "2 | Bảo đảm tốc độ tăng trưởng GRDP đạt 10,5%. | Tháng 12 | Sở Tài chính\n"
            "3 | Tổ chức hội nghị sơ kết 25 năm. | Quý II | Văn phòng Tỉnh ủy\n")
    doc = Document(doc_id="n", source="n.txt", sha256="", format="txt", text=text)
    got = [(t.value, t.deadline) for t in targets.extract(doc, structure.parse(doc),
                                                          DocMeta(period_start=2026, period_end=2026))]
    # the body's goal, then each task row stating a per cent: due the plan's own year (not
    # 2030 carried from the body or from the row above, nor the span of the programme a row
    # names, as the plan is for one year)
    assert got == [(10, 2030), (100, 2026), (10.5, 2026)]


def test_a_task_appendix_states_its_indicators_without_a_goals_words():
    from pipeline.models import Document
    rows_ = ["Trong năm 2026 có khoảng 26% lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội.",
             "Tổ chức diễn tập phòng thủ khu vực, kết quả 100% đơn vị đạt loại giỏi trở lên.",
             "Phối hợp với Bảo hiểm xã hội tỉnh kiểm tra 50% số doanh nghiệp có tổ chức công đoàn."]
    text = ("NGHỊ QUYẾT\nvề nhiệm vụ năm 2026\nI. MỤC TIÊU\n1. Tăng trưởng kinh tế trên 10%.\nNơi nhận:\n"
            "- Lưu: VT.\nT/M TỈNH ỦY\nBÍ THƯ\nNHIỆM VỤ TRỌNG TÂM NĂM 2026\n(Kèm theo Nghị quyết số 26-NQ/TU)\n"
            "STT | Nhiệm vụ và chỉ tiêu | Thời gian hoàn thành\n"
            + "".join(f"{i} | {r} | Tháng 12\n" for i, r in enumerate(rows_, 1)))
    doc = Document(doc_id="n", source="n.txt", sha256="", format="txt", text=text)
    got = [t.value for t in targets.extract(doc, structure.parse(doc), DocMeta(period_start=2026, period_end=2026))]
    # a row of "tasks and indicators" states what is to be reached, goal's words or not
    assert got == [10, 26, 100, 50]


def test_a_copy_without_its_header_takes_no_period_from_a_cited_plan():
    text = ("Thực hiện Quyết định số 2530/QĐ-TTg phê duyệt kế hoạch quốc gia giai đoạn 2026-2030;\n"
            "II. NHIỆM VỤ\n1. Sở Xây dựng\n- Yêu cầu 100% các công trường thi công che chắn bụi.\n")
    got = [(t.value, t.deadline) for t in run(text, DocMeta())[1]]
    assert got == [(100, None)]


@pytest.mark.parametrize("line, deadline", [
    ("- Hoàn thành 100% việc cập nhật lý lịch công chức trước ngày 06 tháng 12 năm 2025.", 2025),
    ("- Hoàn thành 100% việc số hóa hồ sơ chậm nhất 30/6/2027.", 2027),
    ("- Chậm nhất đến 31/12/2027: 100% cơ quan kết nối liên thông.", 2027),
    ("- Đến ngày 30/6/2027, 100% hồ sơ được số hóa.", 2027),
    # the year alone, closed by its mark (not a count: "từ 1800 đến 2000 con")
    ("- Đến 2028, tỷ lệ hồ sơ trực tuyến đạt 85%.", 2028),
])
def test_a_date_to_meet_gives_the_deadline(line, deadline):
    text = "II. NHIỆM VỤ\n1. Sở Nội vụ\n" + line
    assert [t.deadline for t in run(text, DocMeta())[1]] == [deadline]


def test_strive_head_line_governs_its_dash_items():
    text = ("III. PHÂN CÔNG TRÁCH NHIỆM\n1. Công an tỉnh\na) Chủ trì tuần tra trên quốc lộ.\n"
            "b) Phấn đấu trong năm 2027:\n- Giảm ít nhất 5% số vụ tai nạn so với năm 2026;\n"
            "- 100% vụ tai nạn chết người được điều tra;\n"
            "c) Tổng hợp số liệu:\n- 30% số vụ xảy ra ban đêm.")
    got = [(t.value, t.comparator, t.deadline) for t in run(text)[1]]
    assert got == [(5, "min", 2027), (100, "none", 2027)]


def test_base_year_of_a_comparison_is_no_deadline():
    text = objectives("- Giảm 10% số người chết vì tai nạn giao thông so với năm 2025.")
    assert [t.deadline for t in run(text)[1]] == [2030]


def test_the_period_of_a_standard_is_no_deadline():
    # the poverty standard's period qualifies the measure; the plan's own period stands
    text = objectives("- Giảm tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều giai đoạn 2021-2025) đạt 1,5%.")
    assert [t.deadline for t in run(text)[1]] == [2030]


def test_value_then_tro_len_is_at_least():
    assert rows(objectives("- Tỷ lệ thanh toán trực tuyến đạt từ 30% trở lên."))[0][4] == "min"


@pytest.mark.parametrize("opening", ["(Ban hành kèm theo", "( Ban hành kèm theo", "(kèm theo", "(Kèm theo",
                                     "CỦA SỞ XÂY DỰNG\n(Kèm theo"])
def test_goals_of_a_plan_issued_in_a_decisions_annex(opening):
    text = ("QUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch năm 2027.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nNơi nhận:\n- Như Điều 2;\n"
            "BỘ TRƯỞNG\nNguyễn Văn A\n"
            f"KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027\n{opening} Quyết định số 12/QĐ-BXD)\n"
            "I. MỤC TIÊU\n- Tối thiểu 40% hồ sơ được giải quyết trực tuyến.\n"
            "II. KINH PHÍ\n- Ngân sách bảo đảm 100% kinh phí.")
    got = [(t.value, t.comparator, t.deadline, t.section) for t in run(text, DocMeta(period_end=2027))[1]]
    assert got == [(40, "min", 2027, "I")]


def test_full_coverage_in_a_task_is_a_goal():
    assert rows("II. NHIỆM VỤ\n1. Phổ biến nội dung Chỉ thị đối với 100% cán bộ, công chức.")[0][1:5] == \
        (100, None, "%", "none")
    assert rows("II. NHIỆM VỤ\n1. Hỗ trợ 100% kinh phí mua mũ bảo hiểm cho học sinh.") == []
    assert rows("II. NHIỆM VỤ\n1. Kiểm tra 30% số xe khách.") == []
    # a plan's purposes and requirements set such goals too
    assert rows("I. MỤC ĐÍCH, YÊU CẦU\n9. Loại bỏ xe hết niên hạn; 100% xe ô tô trên địa bàn tỉnh sử dụng "
                "tài khoản thu phí điện tử.")[0][1:5] == (100, None, "%", "none")
    assert rows("I. MỤC ĐÍCH, YÊU CẦU\n2. Kiểm tra ngẫu nhiên 30% số xe khách.") == []


def test_a_normative_act_sets_conditions_not_goals():
    text = ("Điều 5. Điều kiện công nhận\n"
            "1. Đối với xã: tỷ lệ trẻ em 6 tuổi vào lớp 1 đạt ít nhất 95%.\n"
            "2. Doanh nghiệp có vốn góp ít nhất 25% vốn điều lệ được tham gia.\n")
    assert rows(text, DocMeta(doc_type="Nghị định", period_end=2030)) == []
    # in a plan the rate is a goal; a share of capital is still no goal
    assert [r[1] for r in rows(text, DocMeta(doc_type="Kế hoạch", period_end=2030))] == [95.0]


def test_a_normative_act_keeps_what_it_strives_for():
    text = "Điều 2. Mục đích\nPhấn đấu giảm ít nhất 5% số vụ tai nạn giao thông mỗi năm.\n"
    assert [r[1] for r in rows(text, DocMeta(doc_type="Thông tư", period_end=2026))] == [5.0]


def test_a_reported_share_is_no_goal():
    text = ("I. NHIỆM VỤ\n1. Tập trung kiềm chế tai nạn ở nông thôn, nơi tai nạn chiếm 29,3% và có "
            "chiều hướng tăng.\n2. Phấn đấu vận tải công cộng chiếm 15% nhu cầu đi lại.\n")
    assert [r[1] for r in rows(text, DocMeta(doc_type="Kế hoạch", period_end=2030))] == [15.0]


def test_each_value_takes_the_year_printed_before_the_next_value():
    got = [(r[1], r[5]) for r in rows(objectives(
        "- Giảm 10% số trẻ em bị tử vong do đuối nước năm 2025 và 20% vào năm 2030."))]
    assert got == [(10, 2025), (20, 2030)]


def test_the_level_a_change_starts_from_is_no_goal():
    got = [r[1] for r in rows(objectives(
        "- Giảm tỷ lệ tiêu thụ rượu từ 12,1% giai đoạn 2007 - 2010 xuống còn 10% giai đoạn 2013 - 2016.\n"
        "- Tăng tỷ lệ che phủ rừng từ 40% lên 45%."))]
    assert got == [10, 45]


@pytest.mark.parametrize("line, expected", [
    ("- Tỷ lệ dân số có sổ sức khỏe điện tử: năm 2026: 80%, năm 2027: 85%, năm 2028: 90%.",
     [(80, 2026), (85, 2027), (90, 2028)]),
    ("- Tỷ lệ hồ sơ trực tuyến: năm 2026 đạt 80%; năm 2027 đạt trên 85%.", [(80, 2026), (85, 2027)]),
])
def test_a_year_leading_its_value(line, expected):
    assert [(r[1], r[5]) for r in rows(objectives(line))] == expected


def test_ordinals_and_counts_inside_a_per_cent_measure_are_no_goals():
    assert [r[1] for r in rows(objectives("- Tỷ lệ sinh con thứ 3 trở lên giảm bình quân 0,2%/năm."))] == [0.2]
    assert [r[1] for r in rows(objectives("- 95% phụ nữ mang thai được tầm soát ít nhất 4 bệnh."))] == [95]
    assert [r[1] for r in rows(objectives("- Hình thành ít nhất 20 mô hình sản xuất."))] == [20]
    assert [r[1] for r in rows(objectives(
        "- Tỷ lệ phụ nữ mang thai được tầm soát ít nhất 4 bệnh tật bẩm sinh đạt 90%."))] == [90]


def test_a_cut_in_fees_is_a_measure_not_a_goal():
    assert rows("II. NHIỆM VỤ\n1. Giảm 50% lệ phí trước bạ đối với xe buýt điện.") == []
    assert [r[1] for r in rows("II. NHIỆM VỤ\n1. Phấn đấu giảm 20% chi phí logistics.")] == [20]


@pytest.mark.parametrize("line, expected", [
    ("- 80% người dân được quản lý sức khỏe vào năm 2025, 90% năm 2030.", [(80, 2025), (90, 2030)]),
    ("- Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số (năm 2025) và 98% (năm 2030).", [(95, 2025), (98, 2030)]),
])
def test_a_year_printed_after_a_value_is_not_the_next_ones(line, expected):
    assert [(r[1], r[5]) for r in rows(objectives(line))] == expected


@pytest.mark.parametrize("text, expected", [
    # a change names its base, and a share to strive for its plan: still goals
    ("I. MỤC TIÊU\n- Về sản lượng vận tải năm 2025: hành khách tăng khoảng 10% so với cùng kỳ năm 2024.\n"
     "- Phấn đấu giải ngân trên 95% kế hoạch năm 2025 được giao.\n",
     [(10, "about", 2025), (95, "over", 2025)]),
    # a ratio of plan reported is none
    ("I. KẾT QUẢ\n1. Giải ngân vốn đầu tư công đạt 95% kế hoạch.\n", []),
    # "kết quả" after the figure is what the goal counts, not a report
    ("II. NHIỆM VỤ\n8. Công khai thủ tục hành chính; đồng bộ 100% hồ sơ, kết quả giải quyết thủ tục "
     "hành chính trên Cổng Dịch vụ công quốc gia.\n", [(100, "none", 2030)]),
    # criteria a body must meet for an award are no goals
    ("III. ĐỐI TƯỢNG, TIÊU CHUẨN KHEN THƯỞNG\n1. Tiêu chuẩn khen thưởng\na) Có tỷ lệ cử tri đi bầu cử đạt "
     "từ 98% trở lên.\n", []),
])
def test_goals_that_name_a_base_or_a_counted_result(text, expected):
    assert [(r[1], r[4], r[5]) for r in rows(text)] == expected


def test_a_decrees_roadmap_sets_goals_by_stage():
    text = ("Chương II NÂNG TRÌNH ĐỘ CHUẨN CỦA GIÁO VIÊN\n"
            "Điều 4. Lộ trình thực hiện nâng trình độ chuẩn được đào tạo của giáo viên mầm non 1. Lộ trình "
            "thực hiện đến hết ngày 31 tháng 12 năm 2030. 2. Lộ trình được thực hiện thành hai giai đoạn:\n"
            "a) Giai đoạn 1: Từ ngày 01 tháng 7 năm 2020 đến hết ngày 31 tháng 12 năm 2025, bảo đảm đạt ít nhất "
            "60% số giáo viên mầm non hoàn thành chương trình đào tạo;\n"
            "Điều 5. Kinh phí\nNgân sách chi 30% kinh phí đào tạo.\n")
    assert [(r[1], r[4], r[5]) for r in rows(text, DocMeta(doc_type="Nghị định"))] == [(60, "min", 2025)]


def test_a_plan_run_on_after_its_annex_bracket():
    text = ("BỘ GIAO THÔNG VẬN TẢI\nSố: 1191/QĐ-BGTVT\nQUYẾT ĐỊNH\nBan hành Kế hoạch giảm phát thải\n"
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch giảm phát thải khí nhà kính.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\nNơi nhận:\n- Lưu: VT.\nKT. BỘ TRƯỞNG\n"
            "THỨ TRƯỞNG\nLê Anh Tuấn\nKẾ HOẠCH GIẢM PHÁT THẢI KHÍ NHÀ KÍNH ĐẾN NĂM 2030\n"
            "(Ban hành kèm theo Quyết định số 1191/QĐ-BGTVT) I. MỤC TIÊU Đến năm 2030, giảm 5,9% lượng phát "
            "thải khí nhà kính so với kịch bản phát triển thông thường.\n")
    assert [(r[1], r[3], r[5]) for r in rows(text, DocMeta(doc_type="Quyết định"))] == [(5.9, "%", 2030)]


@pytest.mark.parametrize("line, expected", [
    # a formula whose subscript the copy set apart is one unit
    ("- Năm 2030: giảm 10,61 triệu tấn CO 2 tđ;", [(10.61, "triệu tấn CO2tđ")]),
    # works to start and to open are counted goals
    ("- Phấn đấu khởi công 19 dự án trong năm.", [(19, "dự án")]),
    ("- Đưa vào khai thác 3000 km đường bộ cao tốc.", [(3000, "km")]),
])
def test_counted_goals_and_their_units(line, expected):
    assert [(r[1], r[3]) for r in rows(objectives(line))] == expected


@pytest.mark.parametrize("text, expected", [
    # capital to disburse is a share of its plan, and a goal
    ("II. NHIỆM VỤ\n1. Tập trung giải ngân 100% kế hoạch vốn năm 2025.\n", [(100, 2025)]),
    ("II. NHIỆM VỤ\n1. Bảo đảm tỷ lệ giải ngân vốn đầu tư công đạt 100% so với kế hoạch giao.\n", [(100, 2030)]),
    # a point that opens with what has been done may still strive for a value
    ("II. NHIỆM VỤ\na) Hiện nay tổng khối lượng hoàn thành còn thấp, yêu cầu đẩy nhanh tiến độ (phấn đấu "
     "sản lượng mỗi tháng đạt tối thiểu 20%).\n", [(20, 2030)]),
])
def test_goals_among_tasks_that_name_a_plan_or_a_result(text, expected):
    assert [(r[1], r[5]) for r in rows(text)] == expected


@pytest.mark.parametrize("text", [
    # a decision sets a rate by adjusting it; the new level is no goal to reach
    "QUYẾT ĐỊNH\nĐiều 1. Điều chỉnh lãi suất cho vay\n1. Lãi suất cho vay hộ nghèo điều chỉnh giảm từ "
    "6,6%/năm (0,55%/tháng) xuống 6,24%/năm (0,52%/tháng).\n",
    # a period already run opens a report of results
    "CÔNG ĐIỆN\nTrong 10 tháng năm 2025, kinh tế vĩ mô ổn định; tổng kim ngạch xuất nhập khẩu đạt 762 tỷ USD, "
    "tăng 17,4%, trong đó xuất khẩu tăng 16,2%.\n",
    # who a policy covers, by a rate of disability ("suy giảm", "trở lên" set no goal)
    "QUYẾT ĐỊNH\nĐiều 2. Hỗ trợ\n- Hộ gia đình có người hoạt động cách mạng trước 01/01/1945; người hoạt động "
    "kháng chiến bị nhiễm chất độc hóa học có tỷ lệ suy giảm khả năng lao động từ 81% trở lên được hỗ trợ ba "
    "triệu đồng/hộ.\n",
])
def test_decided_and_reported_levels_are_no_goals(text):
    assert [r for r in rows(text) if r[0] == "target"] == []


def test_a_goal_after_a_report_of_the_months_run():
    text = ("CÔNG ĐIỆN\nTrong 10 tháng năm 2025, xuất khẩu tăng 16,2%.\nĐể thúc đẩy xuất khẩu, yêu cầu phấn "
            "đấu cả năm 2025 tăng trưởng xuất khẩu trên 8%.\n")
    assert [(r[1], r[4]) for r in rows(text) if r[0] == "target"] == [(8, "over")]


def test_a_month_to_meet_gives_the_deadline():
    text = ("CÔNG ĐIỆN\n3. Bộ trưởng Bộ Công Thương hoàn thành phương án cắt giảm điều kiện kinh doanh bảo "
            "đảm đạt mục tiêu cắt giảm tối thiểu 30%, trình Thủ tướng Chính phủ phê duyệt trong tháng 11 năm 2025.\n")
    assert [(r[1], r[4], r[5]) for r in rows(text, DocMeta()) if r[0] == "target"] == [(30, "min", 2025)]


# Indicator tables read one cell a line (Word and web tables): the unit cell gives the
# figures their sign, the column its year; a column of results gives no goal.
def indicator_table(*rows: str, columns=("Giai đoạn 2021 - 2025", "Giai đoạn 2026 - 2030")) -> str:
    return objectives("TT", "Nội dung chỉ tiêu", "Đơn vị tính", *columns, *rows)


# The tables below are a plan's whose stages run from 2021: a column of a year before its
# period would show where things stood.
STAGED = DocMeta(period_start=2021, period_end=2030)
# The per-cent goals of the tables below: two rows under two stages.
TABLE_GOALS = [("target", 80, None, "%", "none", 2025, False), ("target", 90, None, "%", "none", 2030, False),
               ("target", 70, None, "%", "min", 2025, False), ("target", 85, None, "%", "none", 2030, False)]


def test_rows_of_a_one_cell_a_line_table_in_per_cent_and_in_a_unit_cell_s_words():
    # (a count row's unit is its unit cell, its thousands grouped: "Người" / "1.000")
    text = indicator_table("1", "Tỷ lệ người khuyết tật được khám sức khỏe định kỳ.", "%", "80", "90",
                           "2", "Số người được phục hồi chức năng", "Người", "1.000", "1.500",
                           "3", "Tỷ lệ trẻ em khuyết tật được đi học", "%", "≥ 70", "85",
                           "4", "Tuổi thọ trung bình", "Tuổi", "74,2", "75,5")
    assert rows(text, STAGED) == TABLE_GOALS[:2] + [("target", 1000, None, "Người", "none", 2025, False),
                                            ("target", 1500, None, "Người", "none", 2030, False)] \
        + TABLE_GOALS[2:] + [("target", 74.2, None, "Tuổi", "none", 2025, False),
                             ("target", 75.5, None, "Tuổi", "none", 2030, False)]
    _, found = run(text, STAGED)
    assert found[0].quote.startswith("Tỷ lệ người khuyết tật") and found[0].quote.endswith("80")
    assert found[2].group and found[2].quote.startswith("Số người được phục hồi")


@pytest.mark.parametrize("results_column", ["Thực hiện năm 2020", "Năm hiện hành 2024"])
def test_a_results_column_and_a_row_that_does_not_fit_give_no_goal(results_column):
    text = indicator_table("1", "Tỷ lệ hộ dùng nước sạch", "%", "75", "90",
                           "2", "Tỷ lệ xã có trạm y tế đạt chuẩn", "%", "95",
                           columns=(results_column, "Mục tiêu năm 2025"))
    # 75 is where things stood; the second row has one figure for two columns
    assert rows(text, STAGED) == [("target", 90, None, "%", "none", 2025, False)]


def test_a_table_in_a_part_that_reports_gives_no_goal():
    text = ("I. KẾT QUẢ THỰC HIỆN\nTT\nChỉ tiêu\nĐơn vị tính\nNăm 2024\n"
            "1\nTỷ lệ hộ nghèo\n%\n2,5\n")
    assert rows(text) == []


# A goal reached by a year and then kept is due that year; a yearly mark that opens a
# list item governs all the item's clauses split by semicolons.
def test_a_goal_kept_after_it_is_reached_is_due_when_reached():
    assert rows(objectives("a) 100% cấp ủy ban hành kế hoạch chăm sóc người cao tuổi vào năm 2025 "
                           "và duy trì đến năm 2030;")) == [("target", 100, None, "%", "none", 2025, False)]


def test_a_yearly_mark_heading_an_item_governs_its_semicolon_clauses():
    assert rows(objectives("a) Giai đoạn 2021 - 2025",
                           "- Hàng năm khoảng 80% người khuyết tật được khám bệnh; 70% trẻ em được sàng lọc.")) == [
        ("target", 80, None, "%", "about", 2025, True), ("target", 70, None, "%", "none", 2025, True)]


def test_per_cent_rows_of_a_table_read_from_a_pdf():
    # a PDF sets a row's unit and figures on one line, runs the row's number into its
    # indicator and the first header cells into the unit's header
    text = objectives("TT Nội dung chỉ tiêu Đơn vị tính", "Giai đoạn 2021 - 2025", "Giai đoạn 2026 - 2030",
                      "1 Tỷ lệ người khuyết tật tiếp cận các dịch vụ y tế.", "% 80 90",
                      "2 Tỷ lệ trẻ em khuyết tật được đi học.", "% ≥ 70 85",
                      "3 Số người được phục hồi chức năng.", "Người 1.000 1.500")
    assert rows(text, STAGED) == TABLE_GOALS
    _, found = run(text, STAGED)
    assert found[2].quote.startswith("2 Tỷ lệ trẻ em") and found[2].quote.endswith("≥ 70")
    assert found[2].group == "trẻ em khuyết tật được đi học"      # (no row number)


def test_per_cent_rows_of_a_table_a_copy_ran_into_one_line():
    # a legal website's copy runs the whole table into the line of the heading before it
    text = objectives("2. Mục tiêu cụ thể TT Nội dung chỉ tiêu Đơn vị tính Giai đoạn 2021 - 2025 Giai đoạn "
                      "2026 - 2030 1 Tỷ lệ người khuyết tật tiếp cận các dịch vụ y tế. % 80 90 2 Số người được "
                      "phục hồi chức năng. Người 1.000 1.500 3 Tỷ lệ trẻ em khuyết tật được đi học. % ≥ 70 85 "
                      "II. NHIỆM VỤ")
    assert rows(text, STAGED) == TABLE_GOALS
    _, found = run(text, STAGED)
    assert found[2].quote.startswith("3 Tỷ lệ trẻ em") and found[2].quote.endswith("≥ 70")


def test_figures_that_carry_their_sign_take_their_columns_year():
    # a table without a unit column: "Chỉ tiêu" / "Năm 2025" / "Năm 2030", then "80%" / "90%"
    text = objectives("TT", "Chỉ tiêu", "Năm 2025", "Năm 2030", "1", "Tỷ lệ hộ dùng nước sạch", "80%", "90%",
                      "2", "Tỷ lệ trẻ em đi học đúng độ tuổi", "≥ 95%", "99%")
    assert rows(text, STAGED) == [("target", 80, None, "%", "none", 2025, False),
                          ("target", 90, None, "%", "none", 2030, False),
                          ("target", 95, None, "%", "min", 2025, False),
                          ("target", 99, None, "%", "none", 2030, False)]


def test_a_pdf_row_set_on_one_line_takes_the_years_of_a_header_on_one_line():
    # a PDF sets the header row and each row on one line: "TT Chỉ tiêu Năm 2027 Năm 2030",
    # "1 Tỷ lệ … 80% 90%"; a column of results gives no goal, and a row far below the
    # table is no row of it
    text = objectives("Các chỉ tiêu chủ yếu như sau:", "TT Chỉ tiêu Năm 2027 Năm 2030",
                      "1 Tỷ lệ trường đạt chuẩn quốc gia 80% 90%", "2 Tỷ lệ phòng học kiên cố ≥ 95% 100%")
    assert rows(text) == [("target", 80, None, "%", "none", 2027, False),
                          ("target", 90, None, "%", "none", 2030, False),
                          ("target", 95, None, "%", "min", 2027, False),
                          ("target", 100, None, "%", "none", 2030, False)]
    results = objectives("STT Nội dung Thực hiện 2025 Kế hoạch 2030", "1 Tỷ lệ hộ dùng nước sạch 75% 90%")
    assert [(r[1], r[5]) for r in rows(results)] == [(90, 2030)]


def test_signed_figures_under_a_column_of_results_are_no_goals():
    text = objectives("TT", "Chỉ tiêu", "Thực hiện năm 2020", "Mục tiêu năm 2025", "1", "Tỷ lệ hộ dùng nước sạch",
                      "75%", "90%")
    assert [(r[1], r[5]) for r in rows(text, STAGED)] == [(90, 2025)]


def test_table_rows_a_pdf_runs_together_are_read_row_by_row_with_the_row_as_evidence():
    # the reader may join a table's rows into one paragraph: "… 80% 90% 2 Tỷ lệ … ≥ 95% 100%"
    text = objectives("TT Chỉ tiêu Năm 2027 Năm 2030",
                      "1 Tỷ lệ trường đạt chuẩn quốc gia 80% 90% 2 Tỷ lệ phòng học kiên cố hóa ≥ 95% 100%")
    assert [(r[1], r[4], r[5]) for r in rows(text)] == [(80, "none", 2027), (90, "none", 2030),
                                                         (95, "min", 2027), (100, "none", 2030)]
    _, found = run(text)
    assert found[2].quote == "2 Tỷ lệ phòng học kiên cố hóa ≥ 95%" and found[2].group == "phòng học kiên cố hóa"


@pytest.mark.parametrize("line, value, comparator", [
    ("- Tỷ lệ tổ chức đảng hoàn thành tốt nhiệm vụ đạt từ 90%.", 90, "min"),
    ("- Dư nợ tín dụng tăng trưởng từ 12% so với năm trước.", 12, "min"),
    ("- Tỷ lệ kết nạp đảng viên mới đạt từ 2,5-3% tổng số đảng viên.", 2.5, "none"),
    ("- Tỷ lệ che phủ rừng đạt từ 60% đến 65%.", 60, "none"),
])
def test_from_a_level_is_at_least_it_unless_a_range(line, value, comparator):
    got = [(t.value, t.comparator) for t in run(objectives(line))[1]]
    assert got[0] == (value, comparator)


def test_a_plan_for_one_year_sets_its_goals_for_that_year_not_a_programmes_span():
    meta = DocMeta(period_start=2026, period_end=2026)
    text = ("II. NHIỆM VỤ\n1. Hoàn thành 100% chỉ tiêu năm 2026 theo Đề án phát triển nông thôn "
            "giai đoạn 2026 - 2030.\n2. Phấn đấu đến năm 2030 đạt 50% xã nông thôn mới kiểu mẫu.\n")
    assert [(t.value, t.deadline) for t in run(text, meta)[1]] == [(100, 2026), (50, 2030)]
    # a plan for five years keeps the span it states
    five = DocMeta(period_start=2026, period_end=2030)
    assert [t.deadline for t in run(text, five)[1]] == [2030, 2030]


def test_a_qualifier_holds_across_the_deadline_set_between_it_and_its_value():
    got = [(t.value, t.comparator, t.deadline) for t in run(objectives(
        "- Chỉ tiêu 2: Tỷ lệ cán bộ nữ trong diện quy hoạch các chức danh lãnh đạo ít nhất vào năm 2025 đạt 40%."))[1]]
    assert got == [(40, "min", 2025)]


def test_a_goal_word_after_a_colon_belongs_to_the_clause_it_opens():
    table = ("Điều 1. Phê duyệt điều chỉnh quy hoạch\n3.7. Quy hoạch thoát nước thải:\n"
             "Lưu lượng thoát nước lớn nhất (85%) 27.738 Giải pháp thiết kế: Để đảm bảo vận hành ổn định, "
             "nhà máy xử lý đạt chuẩn cột A.\n")
    # a design share in a flattened table row is no goal of the clause after it
    assert rows(table) == []
    # a goal word before the colon still makes the figure a goal
    goal = ("Điều 1. Phê duyệt điều chỉnh quy hoạch\n3.8. Cấp nước:\n"
            "Phấn đấu 100% nhà máy được cấp nước sạch: nguồn nước sông Hồng.\n")
    assert rows(goal) == [("target", 100.0, None, "%", "none", 2030, False)]


def test_a_goal_in_a_flattened_table_quotes_the_words_around_it():
    # a site's copy runs a whole indicator table into one "sentence"; the evidence is the
    # words around the figure, not the thousands of characters of the table
    rows = " ".join(f"{i} Tỷ lệ chỉ tiêu số {i} của tỉnh đạt mức đề ra Sở ngành chủ trì theo dõi {50 + i}%"
                    for i in range(1, 40))
    text = f"KẾ HOẠCH\nI. MỤC TIÊU\n2. Chỉ tiêu đến năm 2030: {rows} Tỷ lệ che phủ rừng 97% UBND tỉnh theo dõi\n"
    doc = Document(doc_id="t", source="t.txt", sha256="", format="txt", text=text)
    goal = next(t for t in targets.extract(doc, structure.parse(doc), DocMeta()) if t.value == 97)
    assert goal.quote == text[goal.start:goal.end]
    assert "Tỷ lệ che phủ rừng 97%" in goal.quote and len(goal.quote) < 500


def test_the_base_a_goal_is_compared_with_gives_it_no_year():
    # the years and the "hằng năm" of what a reduction is measured against are the base's
    text = objectives("- Giảm 8% số ca ngộ độc thực phẩm so với trung bình hằng năm giai đoạn 2019 - 2023.",
                      "- Giảm 10% số vụ cháy so với năm 2022 vào năm 2028.")
    assert [(r[1], r[5], r[6]) for r in rows(text)] == [(8, 2030, False), (10, 2028, False)]


def test_a_year_stated_before_a_value_is_its_own_when_the_next_value_has_its_year_after():
    text = objectives("- Phấn đấu đến năm 2027 có 40% học sinh biết bơi và đạt 65% vào năm 2030;")
    assert [(r[1], r[5]) for r in rows(text)] == [(40, 2027), (65, 2030)]


def test_a_value_in_the_title_of_a_cited_document_is_not_a_goal():
    text = objectives("- Thực hiện Nghị quyết số 12/NQ-CP ngày 10/02/2025 của Chính phủ về mục tiêu tăng trưởng "
                      "cả nước năm 2025 đạt 8% trở lên; tỉnh phấn đấu tăng trưởng đạt 9% trở lên.")
    assert [(r[1], r[4]) for r in rows(text)] == [(9, "min")]


@pytest.mark.parametrize("sentence, yearly", [
    ("Theo đó, hàng năm, 100% các huyện; các xã tổ chức ngày hội bơi", True),
    ("- Hằng năm, 95% trẻ em được tiêm chủng", True),
    ("Theo đó, 100% các xã tổ chức ngày hội bơi hằng năm", False),   # not at the head
])
def test_a_report_opening_its_goals_with_theo_do_hang_nam_heads_them_yearly(sentence, yearly):
    assert bool(targets.ANNUAL_LEAD.match(sentence)) == yearly


def test_a_share_foretold_with_se_chiem_is_a_goal_and_a_reported_share_is_not():
    text = ("Đến cuối năm 2027, tỉnh phấn đấu kinh tế số chiếm 20% GRDP. Thương mại điện tử được kỳ vọng "
            "sẽ chiếm trên 12% tổng mức bán lẻ.\nNăm 2023, thương mại điện tử chiếm 6% tổng mức bán lẻ.\n")
    assert [(r[1], r[4], r[5]) for r in rows(text)] == [(20, "none", 2027), (12, "over", 2027)]


def test_a_yearly_word_of_the_next_goal_in_the_clause_is_that_goals_own():
    text = objectives("- Thương mại điện tử chiếm trên 12% tổng mức bán lẻ, và năng suất lao động hàng năm "
                      "tăng tối thiểu 6%;")
    assert [(r[1], r[6]) for r in rows(text)] == [(12, False), (6, True)]


def test_a_count_in_a_goal_sentence_outside_objectives_is_a_goal():
    text = ("Tỉnh đặt mục tiêu đến năm 2025 kim ngạch xuất khẩu đạt 1,4 tỷ USD, đến năm 2030 là khoảng "
            "1,65 tỷ USD. Năm 2022, kim ngạch xuất khẩu đạt 1,1 tỷ USD. Dự kiến, tổng nguồn vốn đầu tư đến "
            "năm 2030 là khoảng 20.000 tỷ đồng.")
    got = [(t.value, t.unit, t.comparator, t.deadline) for t in run(text)[1]]
    # the result of a past year and the money to be spent are no goals
    assert got == [(1.4, "tỷ USD", "none", 2025), (1.65, "tỷ USD", "about", 2030)]


def test_a_count_heading_what_is_to_be_done_is_an_objective():
    text = ("II. MỤC TIÊU\nMỗi năm có 6.000 lao động được giải quyết việc làm; có 13 bác sĩ và 39 giường bệnh "
            "trên 1 vạn dân.")
    got = [(t.value, t.unit) for t in run(text)[1]]
    # the population a rate is counted over is not a goal of its own
    assert (6000, "lao động") in got and not any(u.startswith("vạn") for _, u in got)
    assert (39, "giường bệnh") not in got or (13, "bác sĩ") in got


@pytest.mark.parametrize("line, unit", [
    ("sản lượng chế biến thủy sản sẽ đạt 176.000 tấn thành phẩm.", "tấn"),
    ("hoàn thành 65.000 căn nhà ở xã hội trở lên.", "căn"),
    ("tổng GRDP đạt trên 1.200.000 tỉ đồng.", "tỷ đồng"),
    ("tuổi thọ trung bình đạt 77,67 tuổi.", "tuổi"),
    ("giải quyết việc làm cho tối thiểu 1.200 người lao động.", "người"),
    ("có thêm 150 trường học đạt chuẩn quốc gia.", "trường học"),
])
def test_a_measure_or_a_sum_is_a_counts_unit_alone(line, unit):
    text = "II. MỤC TIÊU\nĐến năm 2030, " + line
    assert [t.unit for t in run(text)[1]] == [unit]


def test_an_age_is_no_goal_but_a_life_span_is():
    text = "II. MỤC TIÊU\nĐến năm 2030, tiêm chủng đầy đủ cho trẻ em dưới 5 tuổi; tuổi thọ trung bình đạt 75 tuổi."
    assert [(t.value, t.unit) for t in run(text)[1]] == [(75, "tuổi")]


def test_a_count_that_is_to_reach_a_standard_heads_its_item():
    text = ("II. MỤC TIÊU\n- 150 trường học đạt tiêu chuẩn Trường học an toàn vào năm 2025;\n"
            "- Hệ thống có 45 trạm quan trắc tự động.")
    assert [(t.value, t.unit, t.deadline) for t in run(text)[1]] == [(150, "trường học", 2025)]


def test_a_short_heading_of_goals_heads_its_items_without_a_colon():
    text = ("Kế hoạch đặt mục tiêu chung là phát triển chính quyền số.\nVề mục tiêu cụ thể\n"
            "- Tiếp tục hoàn thiện cơ chế, chính sách.\n"
            "- Cơ sở hạ tầng kỹ thuật: 100% cơ quan nhà nước từ cấp tỉnh đến cấp xã kết nối mạng chuyên dùng.\n"
            "Về kết quả năm 2023\n- Hạ tầng: 80% cơ quan đã kết nối mạng chuyên dùng.")
    assert [t.value for t in run(text)[1]] == [100]


def test_visitors_a_province_is_to_welcome_are_a_goal():
    text = ("Quy hoạch xác định mục tiêu đến năm 2025 toàn tỉnh đón 8,6 triệu lượt khách du lịch, trong đó có "
            "1,4 triệu lượt khách quốc tế; năm 2030 đón khoảng 17 triệu lượt khách.")
    # (a count with its scale word is the whole number, in visits: see the scale test below)
    assert [(t.value, t.unit, t.deadline) for t in run(text)[1]] == [
        (8_600_000, "lượt", 2025), (1_400_000, "lượt", 2025), (17_000_000, "lượt", 2030)]


def test_the_papers_a_procedure_issues_are_what_a_goal_counts_not_a_result_told():
    text = ("Tỷ lệ số hoá hồ sơ, kết quả giải quyết TTHC còn hiệu lực thuộc thẩm quyền giải quyết của cơ quan, "
            "đơn vị đạt tối thiểu 70% đối với cấp tỉnh, 60% đối với cấp huyện, 55% đối với cấp xã.")
    assert [r[1] for r in rows(text, DocMeta(source_kind="news", period_end=2023))] == [70, 60, 55]
    # a result still is one: "Kết quả, tỷ lệ … đạt 85%"
    assert rows("Kết quả, tỷ lệ hồ sơ xử lý trực tuyến đạt 85%.", DocMeta(source_kind="news")) == []


def test_a_required_value_is_a_goal_though_what_it_counts_was_done_before():
    text = ("UBND tỉnh vừa ban hành Kế hoạch số 186/KH-UBND.\nKế hoạch nêu rõ phải giải tỏa không dưới 80% số "
            "điểm vi phạm đã thống kê trước khi kết thúc năm 2027; vi phạm mới phải được xử lý ngay.")
    assert [(r[1], r[4], r[5]) for r in rows(text, DocMeta(source_kind="news"))] == [(80, "min", 2027)]
    # a result told after its figure is still one
    assert rows("Tỷ lệ hộ dân có nước sạch đạt 85%, đã vượt kế hoạch.", DocMeta(source_kind="news")) == []


def test_the_part_of_a_goal_just_set_is_a_goal_though_told_as_a_share():
    text = ("Tỉnh đặt mục tiêu tỷ lệ hộ nghèo giảm 2%. Tuyển sinh đạt 23.500 người, nâng tỷ lệ lao động qua "
            "đào tạo đạt 69%, trong đó có bằng cấp, chứng chỉ chiếm 29%.")
    got = [r[1] for r in rows(text, DocMeta(source_kind="news"))]
    assert 69 in got and 29 in got
    # a share reported alone stays no goal
    assert rows("Lao động có bằng cấp, chứng chỉ chiếm 29%.", DocMeta(source_kind="news")) == []


def test_jobs_to_create_and_workers_to_send_abroad_are_counted_goals():
    text = ("Năm 2022, ngành đặt mục tiêu giải quyết 16.000 việc làm tăng thêm, đưa 1.000 người đi làm việc "
            "ở nước ngoài theo hợp đồng.")
    assert [(r[1], r[3]) for r in rows(text, DocMeta(source_kind="news"))] == [(16000, "việc làm"), (1000, "người")]


def test_a_reports_headline_that_its_story_restates_is_not_a_second_goal():
    text = ("Phấn đấu tỷ lệ lao động qua đào tạo đạt 69%\n\n(QNO) - Năm 2022, tỉnh phấn đấu nâng tỷ lệ lao động "
            "qua đào tạo đạt 69%.\n\nTỉnh phấn đấu 100% xã có trạm y tế đạt chuẩn.")
    doc, found = run(text, DocMeta(source_kind="news"))
    assert [(t.value, doc.text[t.start:t.end].startswith("(QNO)")) for t in found] == [(69, True), (100, False)]


def test_a_count_a_report_tells_in_its_lead_and_again_in_its_story_is_one_goal():
    text = ("Tin kinh tế\n\n(BĐT) - Năm 2023, tỉnh phấn đấu tạo việc làm cho 21.000 lao động, 95% xã đạt "
            "chuẩn.\n\nTheo kế hoạch, năm 2023 tỉnh phấn đấu tạo việc làm cho 21.000 lao động; 95% trường "
            "học có nước sạch.")
    doc, found = run(text, DocMeta(source_kind="news"))
    counts = [t for t in found if t.unit != "%"]
    assert [(t.value, doc.text[t.start:t.end].startswith("Theo kế hoạch")) for t in counts] == [(21000, True)]
    # the same share of two indicators stays two goals
    assert [t.value for t in found if t.unit == "%"] == [95, 95]


def test_a_period_compared_against_is_no_deadline():
    text = ("UBND tỉnh còn đưa ra mục tiêu cụ thể. Trong đó, giảm 10% ca mắc sốt xuất huyết so với giai đoạn "
            "2016-2020; giảm 5% số ca mắc bệnh ho gà so với trung bình giai đoạn năm 2016 – 2020.")
    assert [(r[1], r[5]) for r in rows(text, DocMeta(source_kind="news"))] == [(10, None), (5, None)]
    text = ("Kế hoạch đề ra chỉ tiêu đến năm 2030 phấn đấu giảm tối thiểu 10% thiệt hại về người; thiệt hại về kinh "
            "tế thấp hơn giai đoạn 2010-2020, không vượt quá 1,2% GRDP của tỉnh.")
    assert [(r[1], r[5]) for r in rows(text, DocMeta(source_kind="news"))] == [(10, 2030), (1.2, 2030)]
    # … while the stage the goal is set for stays its deadline
    assert [r[5] for r in rows(objectives("- Giảm 10% ca mắc sốt xuất huyết giai đoạn 2021-2025."))] == [2025]


def test_an_income_to_reach_and_bodies_to_found_are_counted_goals():
    text = ("Tỉnh phấn đấu đến năm 2025, đón khoảng 2,8 triệu lượt khách; tổng thu từ du lịch khoảng 8.460 tỷ đồng. "
            "Với mục tiêu cụ thể là phấn đấu đến năm 2025 thành lập mới 95 - 100 hợp tác xã.")
    assert [(r[1], r[3]) for r in rows(text, DocMeta(source_kind="news"))] == [
        (2800000, "lượt"), (8460, "tỷ đồng"), (95, "hợp tác xã")]
    # money to be spent stays out; a count foreseen is no money
    assert rows("Tỉnh phấn đấu đến năm 2025 đạt 90% hộ có nước sạch; dự kiến kinh phí khoảng 300 tỷ đồng.",
                DocMeta(source_kind="news"))[1:] == []
    assert [(r[1], r[3]) for r in rows("Dự kiến đến năm 2025 số lượng trang trại toàn tỉnh là 770 trang trại.",
                                       DocMeta(source_kind="news"))] == [(770, "trang trại")]


def test_a_per_cent_restated_as_a_count_in_brackets_and_cases_to_carry_out():
    got = rows(objectives("- Tỷ lệ hộ nghèo giảm 3,3% (giảm 7.219 hộ); tỷ lệ hộ nghèo cuối năm 2024 còn 5,86% "
                          "(13.003 hộ).", "- Thực hiện 15 ca về triệt sản; 55 ca về dụng cụ tử cung."))
    assert [(r[1], r[3]) for r in got] == [(3.3, "%"), (7219, "hộ"), (5.86, "%"), (13003, "hộ"), (15, "ca"), (55, "ca")]
    # … after the base it is measured on, with a rate after it
    text = ("Mục tiêu năm 2018 là giảm tỉ lệ hộ nghèo xuống 2,3% so với đầu năm 2018 (giảm 5.665 hộ), cuối năm còn "
            "5,55%.")
    assert [(r[1], r[3]) for r in rows(text, DocMeta(source_kind="news"))] == [(2.3, "%"), (5665, "hộ"), (5.55, "%")]
    # what a plan carries out and then lists is its own parts
    assert rows("Tỉnh sẽ tập trung triển khai thực hiện 5 dự án thành phần trong Chương trình, gồm: Đa dạng hóa "
                "sinh kế; hỗ trợ sản xuất.", DocMeta(source_kind="news")) == []


def test_a_report_takes_no_deadline_from_another_schemes_stage_told_before():
    text = ("Môi trường\nTin tức\nNăm 2024 là năm bản lề để hoàn thành Kế hoạch phát triển kinh tế – xã hội giai đoạn "
            "2021 – 2025.\nTheo đó, Sở Tài nguyên và Môi trường ban hành Chương trình hành động thực hiện Kế hoạch "
            "phát triển kinh tế – xã hội năm 2024. Chương trình đề ra mục tiêu cụ thể gồm: tỷ lệ thu gom rác thải "
            "khu vực đô thị đạt 100%.\nTin liên quan")
    doc = Document(doc_id="t", source="t.txt", sha256="", format="txt", text=text)
    st = structure.parse(doc)
    meta = metadata.extract(doc, st)
    assert (meta.source_kind, meta.period_end) == ("news", 2024)
    assert [(t.value, t.deadline) for t in targets.extract(doc, st, meta)] == [(100, 2024)]


def test_a_list_of_quotas_or_of_a_campaigns_goals_sets_its_items():
    text = ("Theo đó, các đối tượng cần vận động được giao cụ thể cho từng huyện, thị, thành phố gồm: lao động ngoài "
            "nhà nước trên 40.500 người; học sinh sinh viên trên 157.500 người.\nChỉ tiêu của chiến dịch: cung cấp "
            "dịch vụ cho 90% cặp vợ chồng.")
    assert [(r[1], r[3], r[4]) for r in rows(text, DocMeta(source_kind="news"))] == [
        (40500, "người", "over"), (157500, "người", "over"), (90, "%", "none")]
    # a qualifier alone elsewhere still sets nothing
    assert rows("Tin\nXe ô tô dưới 10 chỗ ngồi được miễn phí.", DocMeta(source_kind="news")) == []


def test_a_year_that_leads_its_share_by_co():
    text = objectives("- Phấn đấu đến năm 2015 có trên 85% và đến năm 2020 có trên 95% số hộ gia đình được tuyên truyền.")
    assert [(r[1], r[5]) for r in rows(text)] == [(85, 2015), (95, 2020)]


def test_a_paragraph_that_tells_it_sets_goals_heads_its_next_sentences():
    text = ("Tin\nKế hoạch đề ra các mục tiêu cụ thể đến năm 2025. Đó là về khả năng tiếp cận thông tin: 100% thư viện "
            "cấp huyện, 80% thư viện cấp xã tổ chức cung cấp dịch vụ internet miễn phí.")
    assert [(r[1], r[5]) for r in rows(text, DocMeta(source_kind="news"))] == [(100, 2025), (80, 2025)]


def test_a_reports_paragraph_on_the_state_of_things_now_sets_no_goals():
    text = ("Tin\n(Chinhphu.vn) - Ngành Giáo dục phấn đấu đến năm 2013 đạt 100% xã phổ cập giáo dục mầm non.\n\n"
            "Tỉnh hiện có 51/91 xã đạt chuẩn. Trong đó, trẻ nhà trẻ đạt tỷ lệ huy động 19,11%, tăng 2,05%; trẻ mẫu "
            "giáo đạt tỷ lệ huy động 90,48%.\n\nĐến năm 2015, tỉnh phấn đấu 100% trẻ 5 tuổi đến trường.")
    assert [(r[1], r[5]) for r in rows(text, DocMeta(source_kind="news"))] == [(100, 2013), (100, 2015)]


def test_the_sentence_that_breaks_a_count_down_gives_its_parts():
    text = ("Tin\nTỉnh đã đề ra mục tiêu đến năm 2020 sẽ đón 1,6 triệu lượt khách du lịch. Trong đó, 1,4 triệu lượt "
            "khách nội địa, 200 nghìn lượt khách quốc tế.")
    assert [(r[1], r[3]) for r in rows(text, DocMeta(source_kind="news"))] == [
        (1600000, "lượt"), (1400000, "lượt"), (200000, "lượt")]


def test_striving_year_by_year_governs_its_whole_list_of_clauses():
    text = objectives("Phấn đấu hằng năm, 70% người khuyết tật tiếp cận các dịch vụ y tế dưới các hình thức khác nhau; "
                      "70% trẻ em từ sơ sinh đến 6 tuổi được sàng lọc phát hiện sớm khuyết tật bẩm sinh, rối loạn phát "
                      "triển và được can thiệp sớm các dạng khuyết tật; 95% người khuyết tật được cấp giấy chứng nhận "
                      "người khuyết tật, hơn 90% người khuyết tật đủ điều kiện được trợ cấp xã hội thường xuyên; 60% "
                      "trẻ em khuyết tật có khả năng học tập được tiếp cận giáo dục.")
    assert [(r[1], r[6]) for r in rows(text)] == [(70, True), (70, True), (95, True), (90, True), (60, True)]


def test_a_school_year_is_reached_by_its_end():
    text = ("Tin\nUBND tỉnh chỉ đạo Bảo hiểm xã hội tỉnh thực hiện công tác bảo hiểm y tế học sinh năm học 2021-2022, "
            "đảm bảo 100% học sinh, sinh viên tham gia bảo hiểm y tế.")
    assert [(r[1], r[5]) for r in rows(text, DocMeta(source_kind="news"))] == [(100, 2022)]


def test_a_paragraph_opened_by_the_stage_it_plans_sets_its_counts():
    text = ("Tin\nTheo đó, phương án phát triển chợ, gồm:\n\nGiai đoạn 2021 - 2025: Chợ dân sinh có quy hoạch xây mới "
            "thêm 15 chợ; di dời, xây mới 7 chợ, nâng cấp 29 chợ; giải tỏa 9 chợ.\n\nToàn tỉnh hiện có 170 chợ.")
    assert [(r[1], r[3], r[5]) for r in rows(text, DocMeta(source_kind="news"))] == [
        (15, "chợ", 2025), (7, "chợ", 2025), (29, "chợ", 2025), (9, "chợ", 2025)]


def test_a_clauses_own_year_does_not_carry_past_it_in_the_list():
    text = ("Mục tiêu cụ thể là: Phấn đấu đến năm 2020, các điểm du lịch đón khoảng 2 triệu lượt khách; năm 2030 đón "
            "khoảng 3 triệu lượt khách; mức tăng trưởng khách du lịch bình quân hàng năm đạt từ 15% - 20%.")
    assert [(r[1], r[5]) for r in rows(text, DocMeta(source_kind="news"))] == [
        (2000000, 2020), (3000000, 2030), (15, 2020)]


def test_a_count_with_a_verb_of_its_own_after_a_per_cent_is_a_goal():
    text = ("Mục tiêu đến năm 2025, tổng doanh thu từ du lịch tăng bình quân trên 15%/năm, đạt trên 2.380 tỷ đồng.")
    assert (2380, "tỷ đồng") in [(r[1], r[3]) for r in rows(text, DocMeta(source_kind="news"))]
    # a count inside what a per cent measures stays none ("95% … được tầm soát ít nhất 4 bệnh")
    assert [r[1] for r in rows(objectives("- 95% phụ nữ mang thai được tầm soát ít nhất 4 bệnh."))] == [95]


def test_a_count_said_again_for_a_later_year_keeps_its_noun():
    text = objectives("- 20.000 ngôi nhà thuộc các hộ gia đình có trẻ em đạt tiêu chí Ngôi nhà an toàn vào năm 2025 "
                      "và 22.000 vào năm 2030; 150 trường học đạt tiêu chuẩn Trường học an toàn vào năm 2025 và 200 "
                      "vào năm 2030.")
    assert [(r[1], r[3], r[5]) for r in rows(text)] == [
        (20000, "ngôi nhà", 2025), (22000, "ngôi nhà", 2030), (150, "trường học", 2025), (200, "trường học", 2030)]


def test_the_bottom_of_a_range_is_counted_in_the_noun_after_its_top():
    text = ("Kim ngạch xuất khẩu đến năm 2025 đạt 1,765 tỷ USD; thu ngân sách đến năm 2025 đạt 26.000 - 30.000 "
            "tỷ đồng.")
    assert [(r[1], r[3]) for r in rows(text, DocMeta(source_kind="news"))] == [(1.765, "tỷ USD"), (26000, "tỷ đồng")]


@pytest.mark.parametrize("item, unit", [
    ("- Giảm 3.000 hộ nghèo theo chuẩn đa chiều.", "hộ"),
    ("- Đón 700.000 lượt người.", "lượt"),
    ("- Đón 8.600.000 lượt khách.", "lượt"),
    ("- Tỷ số giới tính khi sinh đạt dưới 112 bé trai/100 bé gái.", "bé trai/100 bé gái"),
    # a count is in the head word of its noun (after a classifier, both)
    ("- Xây dựng mới 31 trường mầm non.", "trường"),
    ("- Nâng cấp 8 mô hình du lịch cộng đồng.", "mô hình"),
    ("- Xây dựng 120 câu lạc bộ thể dục thể thao.", "câu lạc bộ"),
    ("- Hoàn thành 20.000 ngôi nhà an toàn.", "ngôi nhà"),
    ("- Đón 1,2 triệu lượt khách du lịch.", "lượt"),
    # the head word read off the whole noun, and the words the segmenter would split kept whole
    ("- Bổ sung khoảng 1.500 đầu sách điện tử vào thư viện.", "đầu sách"),
    ("- Nâng cấp khoảng 45 nhà văn hóa cộng đồng.", "nhà văn hóa"),
    ("- Thành lập mới 15 liên hiệp hợp tác xã.", "liên hiệp hợp tác xã"),
    ("- Xác nhận thêm khoảng 250 chuỗi cung ứng thực phẩm an toàn.", "chuỗi cung ứng"),
    # a count per school year is in its noun
    ("- Mỗi học sinh đọc tối thiểu 06 cuốn sách/năm học.", "cuốn sách"),
    # works on a thing count it too
    ("- Thay thế hoặc gia cố 150 cầu yếu, cầu tạm.", "cầu"),
])
def test_households_visits_a_ratio_per_hundred_and_head_words_as_units(item, unit):
    assert [r[3] for r in rows(objectives(item))] == [unit]


def test_a_requirement_to_reach_a_count_is_a_goal_and_a_glued_measure_its_unit():
    text = ("I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Mở rộng các vùng sản xuất rau, trái cây.\n2. Yêu cầu\n"
            "- Xây dựng thành công 580ha rau, 520ha trái cây an toàn theo tiêu chuẩn quốc tế.\n"
            "- Phối hợp chặt chẽ với 3 hiệp hội ngành hàng.")
    assert [(r[1], r[3]) for r in rows(text, DocMeta(period_start=2021, period_end=2021))] == [(580, "ha"), (520, "ha")]


def test_a_share_planned_as_a_range_is_a_goal_though_told_with_chiem():
    text = ("Mục tiêu đến năm 2025: về cơ cấu kinh tế, nông, lâm, ngư nghiệp chiếm 19% - 20%; công nghiệp và xây "
            "dựng 38% - 39%.\nHiện nay, dịch vụ chiếm 42%.")
    assert [r[1:3] for r in rows(text, DocMeta(source_kind="news"))] == [(19, 20), (38, 39)]


@pytest.mark.parametrize("item, value, unit", [
    # a count of things with a word for its scale is the whole number, as "20.000 lao động" is
    ("- Đàn gia cầm đạt 11 triệu con.", 11_000_000, "con"),
    ("- Đón 200 nghìn lượt khách quốc tế.", 200_000, "lượt"),
    ("- Tạo việc làm cho 38 ngàn lao động.", 38_000, "lao động"),
    # a sum of money or a measure keeps its scale in its unit
    ("- Tổng thu từ du lịch đạt 900 tỷ đồng.", 900, "tỷ đồng"),
    ("- Giá trị sản xuất trồng trọt đạt 115 triệu đồng/ha.", 115, "triệu đồng/ha"),
    ("- Sản lượng lương thực đạt 2 triệu tấn.", 2, "triệu tấn"),
])
def test_a_count_written_with_its_scale_is_the_whole_number(item, value, unit):
    assert [(r[1], r[3]) for r in rows(objectives(item))] == [(value, unit)]


def test_counts_heading_what_is_to_be_done_in_a_list_strived_for_and_a_herd_raised():
    text = ("Theo đó, tỉnh phấn đấu đến năm 2025 có 100% xã đạt chuẩn nông thôn mới; 37 xã đạt chuẩn nâng cao, 12 xã "
            "đạt chuẩn kiểu mẫu, tỷ lệ che phủ rừng đạt 16,4%. Ngành đặt mục tiêu đàn heo lên 550.000 con, đàn bò "
            "125.500 con.")
    assert [(r[1], r[3]) for r in rows(text, DocMeta(source_kind="news"))] == [
        (100, "%"), (37, "xã"), (12, "xã"), (16.4, "%"), (550_000, "con"), (125_500, "con")]
    # a purpose is no count to reach, nor the number of a disease's name
    assert rows("Lào Cai: Đề ra 302 nhiệm vụ nhằm đạt mục tiêu tăng trưởng năm 2025.", DocMeta(source_kind="news")) == []
    assert rows("Năm 2021, dịch COVID-19 sẽ từng bước được kiểm soát.", DocMeta(source_kind="news")) == []


def test_counts_a_plan_foretells_and_the_parts_of_a_count_direct_and_indirect():
    text = "Ngành du lịch cũng sẽ tạo việc làm cho 6.000 lao động trực tiếp và 13.000 lao động gián tiếp."
    assert [(r[1], r[3]) for r in rows(text, DocMeta(source_kind="news"))] == [(6000, "lao động"), (13000, "lao động")]
    # "sẽ" alone foretells no goal: "Tỉnh sẽ tổng kết 5 năm thực hiện"
    assert rows("Tỉnh sẽ tổng kết 5 năm thực hiện Kế hoạch.", DocMeta(source_kind="news")) == []


@pytest.mark.parametrize("item, value, unit", [
    ("- Tốc độ truy cập đạt tối thiểu 150 Mbps cho hộ gia đình.", 150, "Mbps"),
    ("- Tốc độ băng rộng cố định tăng lên 120Mbps.", 120, "Mbps"),
    ("- Giá trị nuôi trồng thủy sản đạt 3,2 tỷ đồng…", 3.2, "tỷ đồng"),
    # (a count is in its head word, as the segmenter reads it: "lớp" of "lớp tập huấn")
    ("- Tổ chức 04 lớp tập huấn cho cán bộ quản lý.", 4, "lớp"),
    ("- Giải quyết việc làm mới cho 28.000 người.", 28000, "người"),
    ("- Tạo việc làm mới cho 19.500 lao động.", 19500, "lao động"),
    ("- Phấn đấu có 136 trường học đạt chuẩn hạnh phúc.", 136, "trường học"),
])
def test_speeds_classes_and_jobs_as_counted_goals(item, value, unit):
    assert [(r[1], r[3]) for r in rows(objectives(item))] == [(value, unit)]


def test_the_base_of_a_rate_per_hectare_is_no_goal_and_a_certificate_no_result_told():
    assert [r[1] for r in rows(objectives("- Giá trị sản xuất 1ha đất trồng trọt đạt 150 triệu đồng."))] == [150]
    text = "Phấn đấu tỷ lệ lao động có bằng cấp, chứng chỉ công nhận kết quả đào tạo đạt 33%."
    assert [r[1] for r in rows(text, DocMeta(source_kind="news"))] == [33]


def test_a_sentence_that_opens_with_its_year_frames_its_goals_and_a_bracketed_base_year_is_no_deadline():
    text = ("CTTĐT - Năm 2022, tỉnh tiếp tục nhân rộng mô hình trường học hạnh phúc, phấn đấu có 136 trường học đạt "
            "chuẩn, bằng 30% tổng số trường trên địa bàn.")
    assert [(r[1], r[5]) for r in rows(text, DocMeta(source_kind="news", period_end=2025))] == [(136, 2022), (30, 2022)]
    text = "Tỉnh phấn đấu số con trung bình của một bà mẹ là 2,35 con/bà mẹ (năm 2022 là 2,4 con/bà mẹ)."
    assert [(r[1], r[5]) for r in rows(text, DocMeta(source_kind="news", period_end=2023))][0] == (2.35, 2023)


def test_a_rate_per_hundred_thousand_is_counted_in_its_noun_each_with_its_year():
    text = objectives("- Giảm tỷ suất trẻ em bị tai nạn năm 2025 xuống còn 550/100.000 trẻ em và 500/100.000 trẻ em "
                      "vào năm 2030.")
    assert [(r[1], r[3], r[5]) for r in rows(text)] == [(550, "trẻ em", 2025), (500, "trẻ em", 2030)]
    # a whole of itself is no rate: "trực 24/24 giờ"
    assert rows(objectives("- Bố trí lực lượng trực 24/24 giờ.")) == []


def test_counts_added_or_developed_as_ranges_and_a_grade_that_is_no_count():
    text = ("Mục tiêu phấn đấu trong năm 2025, toàn tỉnh có thêm từ 40 - 45 sản phẩm được đánh giá, phân hạng "
            "4 sao trở lên.\nPhấn đấu năm 2025, phát triển mới và củng cố 30 - 35 tổ chức kinh tế tham gia "
            "chương trình.")
    got = [(r[1], r[3], r[5]) for r in rows(text, DocMeta(source_kind="news"))]
    # a range's bottom, counted in the head word of the noun after its top; a star rating
    # is a grade
    assert got == [(40, "sản phẩm", 2025), (30, "tổ chức", 2025)]


def test_a_range_of_a_count_to_be_done_is_a_goal():
    assert [(r[1], r[3]) for r in rows(objectives("- Năm 2026 có 12 - 15 xã được công nhận đạt chuẩn."))] \
        == [(12, "xã")]


def test_a_share_in_a_sentence_that_sets_targets_and_counts_per_year():
    text = ("Mục tiêu đến năm 2027 đạt khoảng 40% người dân mua sắm trực tuyến; doanh số thương mại điện tử "
            "chiếm hơn 12% tổng mức bán lẻ của tỉnh.\n"
            "Năm 2023, công nghiệp chiếm 31,5% GRDP.\n"
            "Phấn đấu đến năm 2027, các thư viện đón 75.000 lượt/năm.")
    got = [(r[1], r[3], r[4], r[6]) for r in rows(text, DocMeta(source_kind="news"))]
    # a share a target-setting sentence plans; a share told of a past year is none; a count
    # per year is yearly, in its noun
    assert got == [(40, "%", "about", False), (12, "%", "over", False), (75000, "lượt", "none", True)]


def test_a_goal_strived_for_after_a_comma_and_its_change_in_an_aside():
    text = "Phấn đấu, có 1.200 câu lạc bộ thể thao cơ sở hoạt động hiệu quả (tăng 35 CLB so với năm 2023)."
    # the change on a past year restates the goal, it sets no other
    assert [(r[1], r[3]) for r in rows(text, DocMeta(source_kind="news"))] == [(1200, "câu lạc bộ")]
    # but a goal set inside a bracket stands
    text = ("Phấn đấu thu hút 5 triệu lượt khách, tăng 9% so với năm 2022 (trong đó, khách quốc tế đạt "
            "300.000 lượt, tăng 20% so với năm 2022).")
    assert 300000 in [r[1] for r in rows(text, DocMeta(source_kind="news"))]


def test_a_count_named_again_after_its_verbs_object_among_goals_a_paragraph_heads():
    text = ("Kế hoạch của tỉnh đã đề ra mục tiêu cụ thể: Số người tập luyện thể thao tăng 2%. Tham dự các giải, "
            "tổ chức các giải thể thao các cấp 350 giải. Số câu lạc bộ tăng 20 câu lạc bộ.\n"
            "Năm 2023, tỉnh đã tổ chức 20 lớp tập huấn.")
    got = [(r[1], r[3]) for r in rows(text, DocMeta(source_kind="news", period_end=2025))]
    # the count names its object again ("các giải … 350 giải"); a past year's count is none
    assert (350, "giải") in got and (20, "lớp") not in got


def test_unmarked_paragraphs_under_a_head_line_of_goals():
    text = ("Tin.\nMục tiêu cụ thể của Kế hoạch là phấn đấu đến năm 2025:\n"
            "Tỷ trọng lao động nông nghiệp trong tổng lao động xã hội dưới 55%; năng suất lao động đạt 30%.\n")
    got = [(r[1], r[4]) for r in rows(text, DocMeta(source_kind="news"))]
    # the colon governs the paragraph right under it, though no mark opens it
    assert got == [(55, "under"), (30, "none")]
    # not one a blank line parts from it
    assert 55 not in [r[1] for r in rows(text.replace(":\n", ":\n\n"), DocMeta(source_kind="news"))]


def test_the_plans_count_of_its_own_goals_and_tasks_is_no_goal():
    text = ("Phấn đấu đến năm 2025 đón 500 lượt khách. Đến năm 2025, 4 mục tiêu được đặt ra; tỉnh tập trung "
            "thực hiện 11 nhiệm vụ được giao.")
    assert [(r[1], r[3]) for r in rows(text, DocMeta(source_kind="news"))] == [(500, "lượt")]


def test_a_yearly_word_right_after_a_value_is_that_values():
    text = ("Phấn đấu đến năm 2030, doanh số thương mại điện tử tăng 20-22% mỗi năm, chiếm khoảng 25% tổng mức "
            "bán lẻ; hằng năm giảm 1,5% hộ nghèo, 2% hộ cận nghèo.")
    got = [(r[1], r[6]) for r in rows(text, DocMeta(source_kind="news"))]
    assert got == [(20, True), (25, False), (1.5, True), (2, True)]


def test_a_yearly_word_before_a_count_is_not_the_next_predicates():
    text = ("Kế hoạch đặt mục tiêu mỗi năm giải quyết việc làm cho ít nhất 18.000 thanh niên và đưa tỷ lệ thanh niên "
            "thất nghiệp ở khu vực thành thị xuống dưới 6%.")
    got = [(r[1], r[6]) for r in rows(text, DocMeta(source_kind="news", period_start=2026, period_end=2030))]
    assert got == [(18000, True), (6, False)]


def test_a_paragraph_that_strives_year_by_year_until_another_strives():
    text = ("Giai đoạn 2026 - 2030: Phấn đấu hàng năm, tỷ lệ người tập luyện tăng từ 1 - 2%. Gia đình thể thao tăng "
            "từ 0,5 - 1%. Phấn đấu, duy trì tỷ lệ cán bộ đạt tiêu chuẩn thể lực ở mức trên 98%.")
    got = [(r[1], r[6]) for r in rows(text, DocMeta(source_kind="news"))]
    assert got == [(1, True), (0.5, True), (98, False)]
    # a flattened copy runs the next items into the line: the yearly lead ends at their marks
    flat = ("II. MỤC TIÊU Phấn đấu hằng năm giảm 1% hộ nghèo. - Tỷ lệ hộ dùng nước sạch đạt 95%. "
            "- Tỷ lệ trẻ em đi học đạt 98%.")
    assert [(r[1], r[6]) for r in rows(flat)] == [(1, True), (95, False), (98, False)]


def test_a_report_tells_the_goals_of_the_provincial_plan_it_names_each_with_its_own_verb():
    text = ("Ngày 17/11/2020, UBND tỉnh ban hành Quyết định số 2617/QĐ-UBND về việc phê duyệt Đề án thu gom chất "
            "thải rắn đến năm 2025 với mục tiêu đến năm 2025, tỉ lệ thu gom chất thải rắn đạt trên 95%, chất thải "
            "rắn nông thôn đạt 60%.\n"
            "Thực hiện Kết luận số 123-KL/TW của Trung ương về Đề án phát triển năm 2025 với mục tiêu tăng trưởng "
            "đạt 8% trở lên.")
    got = [(r[1], r[4]) for r in rows(text, DocMeta(source_kind="news"))]
    # a national document's goal in its title stays its own; "đạt 60%" is no "trên"
    assert got == [(95, "over"), (60, "none")]


def test_counts_of_products_to_reach_a_star_grade():
    text = "Phấn đấu đến năm 2025, toàn tỉnh có 25 sản phẩm OCOP đạt 5 sao, 18 sản phẩm đạt 4 sao."
    assert [(r[1], r[3]) for r in rows(text, DocMeta(source_kind="news"))] == [(25, "sản phẩm"), (18, "sản phẩm")]


def test_a_paragraph_headed_by_its_goals_year_and_sums_written_with_thousands():
    text = ("Theo đó, mục tiêu đến năm 2025, tỉnh phấn đấu trở thành trung tâm du lịch. Đón và phục vụ 9 triệu "
            "lượt khách; tạo 12 nghìn việc làm; 100% lao động du lịch được đào tạo. Doanh thu du lịch đạt 2.000 "
            "tỷ đồng.")
    got = [(r[1], r[3]) for r in rows(text, DocMeta(source_kind="news"))]
    # the sentences after "mục tiêu đến năm 2025," set goals; "2.000" is no year
    assert got == [(9000000, "lượt"), (12000, "việc làm"), (100, "%"), (2000, "tỷ đồng")]


def test_trees_to_plant_are_a_count_to_reach():
    text = objectives("Giai đoạn 2021-2025, toàn tỉnh trồng được 4,5 triệu cây xanh phân tán.")
    assert [(r[1], r[3]) for r in rows(text)] == [(4500000, "cây xanh")]


def test_a_decision_numbered_with_its_year_lays_down_rules_not_goals():
    text = ("Điều 3. Điều kiện đường cho xe chữa cháy\n"
            "1. Độ dốc của đường cho xe chữa cháy không được quá 1:8,3 (12%).\n"
            "2. Tỷ lệ tuyến đường có trụ nước chữa cháy đạt 90%.\n")
    assert rows(text, DocMeta(doc_type="Quyết định", symbol="35/2024/QĐ-UBND")) == []
    # a decision without the year in its number is read as before
    assert [r[1] for r in rows(text, DocMeta(doc_type="Quyết định", symbol="535/QĐ-UBND"))] != []


def test_a_duty_to_reach_everyone_is_a_goal():
    text = ("III. PHÂN CÔNG NHIỆM VỤ\n1. Văn phòng Ban an toàn giao thông tỉnh\n"
            "- Xây dựng nội dung tuyên truyền, đảm bảo 100% các lái xe, phụ xe tiếp cận với các nội "
            "dung tuyên truyền (hoàn thành trong Quý II/2025).\n"
            "- Kiểm tra 30% số xe khách.\n")
    assert [(r[1], r[3]) for r in rows(text, DocMeta(period_end=2025))] == [(100.0, "%")]


def test_a_rate_per_year_is_yearly_averaged_or_not():
    # three readers of two sets take "bình quân 15%/năm" and "giảm trung bình 0,2%/năm" as
    # goals of every year, like "tăng 12%/năm" (one reader took the average as the period's)
    text = objectives("- Tốc độ tăng trưởng khách du lịch bình quân 15%/năm.",
                      "- Doanh thu du lịch tăng 12%/năm.",
                      "- Tăng trưởng GRDP bình quân hằng năm đạt 10%.",
                      "- Doanh thu đến năm 2030 đạt 48,3 triệu USD, tốc độ tăng bình quân 05 - 06%/năm.")
    assert [(r[1], r[6]) for r in rows(text)] == [(15.0, True), (12.0, True), (10.0, True), (48.3, False),
                                                  (5.0, True)]


def test_goals_listed_after_a_goals_colon_in_one_flattened_paragraph():
    # a site copy runs the list "(1) …; (2) …" into its head's paragraph; "đã" after a value
    # says whom the goal counts ("người đã có tài khoản"), not that it was reached
    text = ("III. NỘI DUNG THI ĐUA\n1. Nội dung thi đua Nâng cao nhận thức của người hưởng trợ cấp, các nội dung "
            "này được cụ thể hóa bằng các chỉ tiêu cụ thể như sau: (1) 100% số người hưởng trợ cấp chưa có tài khoản "
            "được tuyên truyền; (2) Ít nhất 85% người hưởng trợ cấp mở mới tài khoản hoặc người đã có tài khoản tự "
            "nguyện cung cấp số tài khoản; (3) Ít nhất 80% người hưởng trợ cấp mở tài khoản mới được phát hành thẻ "
            "ATM hoặc người đã có thẻ tự nguyện cung cấp số tài khoản; (4) Ít nhất 70% người hưởng trợ cấp nhận tiền "
            "bằng phương thức không dùng tiền mặt.\n")
    _, rows = run(text)
    assert sorted((r.value, r.comparator) for r in rows) == [(70, "min"), (80, "min"), (85, "min"), (100, "none")]


def test_an_item_run_into_a_long_line_is_quoted_whole():
    items = "; ".join(f"({i}) Ít nhất {90 - i}% người hưởng trợ cấp được hỗ trợ mở tài khoản ngân hàng tại "
                      f"các điểm giao dịch trên địa bàn xã, phường theo hướng dẫn của ngân hàng" for i in range(1, 9))
    text = ("II. MỤC TIÊU\n1. Mục tiêu cụ thể Nâng cao nhận thức, các chỉ tiêu cụ thể như sau: " + items
            + "; (9) 100% số người hưởng trợ cấp hàng tháng được rà soát, cập nhật dữ liệu và lập danh sách chi trả.\n")
    _, rows = run(text)
    last = [r for r in rows if r.value == 100][0]
    assert last.quote.startswith("(9) 100%") and last.quote.endswith("lập danh sách chi trả.")



def test_a_task_items_own_time_line_is_its_goals_deadline():
    # "(1) … đến 100% các Sở … Thời gian hoàn thành: Tháng 3/2023. (2) …": the item's time
    # is its goal's deadline, not the plan's end; the next item's time is not this one's
    text = ("II. NHIỆM VỤ, CHỈ TIÊU VÀ THỜI GIAN THỰC HIỆN\n1. Công tác quán triệt (1) Tổ chức hội nghị quán "
            "triệt Kế hoạch đến 100% các Sở, ban, ngành. Thời gian hoàn thành: Tháng 3/2027. (2) Phấn đấu "
            "90% xã đạt tiêu chí an toàn giao thông. (3) Thành lập Tổ thường trực. Thời gian hoàn thành: "
            "Quý IV/2028.\n")
    assert [(v, d) for _, v, _, _, _, d, _ in rows(text)] == [(100, 2027), (90, 2030)]


def test_a_year_in_one_list_item_is_not_the_next_items_deadline():
    # a lettered head with a colon governs its dashes, not the letters after it
    text = objectives("a) Đến hết năm 2027:",
                      "- 60% hộ làm du lịch cộng đồng được tập huấn;",
                      "b) Phấn đấu đến tháng 6/2028 có 70% cơ sở lưu trú thanh toán điện tử;",
                      "c) Từ 85% trở lên người dân hài lòng với dịch vụ;",
                      "- 90% khiếu nại được giải quyết đúng hạn.")
    assert [(r[1], r[5]) for r in rows(text)] == [(60, 2027), (70, 2028), (85, 2030), (90, 2030)]


def test_a_head_line_with_a_year_still_carries_to_its_items():
    text = objectives("1. Đến năm 2027, phấn đấu:", "a) 80% trường học có thư viện số;",
                      "b) Tối thiểu 50% giáo viên được bồi dưỡng kỹ năng số.")
    assert [(r[1], r[5]) for r in rows(text)] == [(80, 2027), (50, 2027)]


def test_a_layout_table_row_with_its_unit_between_indicator_and_figures():
    text = objectives("TT Chỉ tiêu Đơn vị Năm 2026 Năm 2027",
                      "1 Doanh nghiệp có website % 40 55",
                      "2 Sản phẩm OCOP lên sàn % 70 100")
    assert [(r[1], r[3], r[5]) for r in rows(text)] == [(40, "%", 2026), (55, "%", 2027), (70, "%", 2026),
                                                         (100, "%", 2027)]


def test_a_table_without_row_numbers_quotes_its_row_not_the_header():
    text = objectives("Chỉ tiêu", "Năm 2026", "Năm 2028", "Tỷ lệ trường có học bạ số", "50%", "70%")
    _, found = run(text)
    assert [(t.value, t.deadline) for t in found] == [(50, 2026), (70, 2028)]
    assert found[0].quote.startswith("Tỷ lệ trường có học bạ số")


def test_a_vision_ends_the_period_but_goals_are_due_by_the_stage():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 15/KH-UBND\nNghệ An, ngày 10 tháng 1 năm 2026\nKẾ HOẠCH\n"
            "Phát triển du lịch giai đoạn 2026 - 2030, tầm nhìn đến năm 2045\nI. MỤC TIÊU\n"
            "1. Mục tiêu cụ thể\n- 90% điểm du lịch có nhà vệ sinh đạt chuẩn.\n")
    doc = Document(doc_id="t", source="t.txt", sha256="", format="txt", text=text)
    s = structure.parse(doc)
    meta = metadata.extract(doc, s)
    assert (meta.period_start, meta.period_end, meta.goals_due) == (2026, 2045, 2030)
    assert [t.deadline for t in targets.extract(doc, s, meta)] == [2030]


def test_a_figure_conceded_in_a_report_is_no_goal():
    text = ("CHỈ THỊ\nTrong những tháng đầu năm 2024, công tác bảo đảm trật tự, an toàn giao thông có nhiều chuyển "
            "biến tích cực. Tuy nhiên, quý II năm 2024, mặc dù số người chết do tai nạn giao thông giảm 10,6%, "
            "nhưng số vụ và số người bị thương gia tăng.\n")
    assert rows(text) == []


def test_a_share_of_a_contests_score_is_no_goal():
    text = objectives("- 50% số điểm dựa trên số lần bình chọn của độc giả;",
                      "- 100% điểm đến du lịch trọng điểm ứng dụng công nghệ số.")
    assert [r[1] for r in rows(text)] == [100]
    # a share of the sites of a kind is a goal
    text = objectives("- Giải tỏa không dưới 80% số điểm vi phạm hành lang an toàn đường sắt;",
                      "- 100% số điểm giao dịch được số hóa.")
    assert [r[1] for r in rows(text)] == [80, 100]


def test_each_goal_takes_the_year_that_leads_it_after_from():
    # "Đến năm 2015 đạt từ 85% và đến năm 2020 đạt từ 95% trở lên": the second year leads the second value
    got = rows(objectives("- Đến năm 2015 đạt từ 85% và đến năm 2020 đạt từ 95% trở lên số hộ gia đình "
                          "được tuyên truyền.", ""), DocMeta(period_start=2015, period_end=2020))
    assert [(v, c, d) for _, v, _, _, c, d, _ in got] == [(85, "min", 2015), (95, "min", 2020)]


def test_the_lowest_a_rate_may_be_is_a_floor_for_the_list_it_heads():
    got = rows(objectives("- Phấn đấu tỷ lệ huy động trẻ em ra lớp đạt: thấp nhất là 30% đối với trẻ nhà trẻ, "
                          "97,5% đối với trẻ mẫu giáo.", ""))
    assert [(v, c) for _, v, _, _, c, _, _ in got] == [(30, "min"), (97.5, "min")]


def test_a_cell_of_a_flattened_table_is_no_goal():
    # a land-use table whose rows a PDF reader ran together: the "> 1%" of a row is a norm
    # of the table, not a goal of the tasks part, though a goal word stands in the run
    flattened = ("III. NHIỆM VỤ\n1. Điều chỉnh quy hoạch sử dụng đất\nĐất công trình K2- K2- 4 HTKT1- "
                 "7,27 2,42 HTKT1- 11,46 3,82 >1% 4,19 HTKT 2 2 Khu xử lý K2- K2- 4.1 5,45 1,82 "
                 "9,64 3,21 nhằm đạt mục tiêu.\n")
    assert rows(flattened) == []
    # the same norm written as a sentence is still read
    written = ("III. NHIỆM VỤ\n1. Điều chỉnh quy hoạch sử dụng đất\nPhấn đấu đất công trình hạ tầng "
               "kỹ thuật đạt trên 1% tổng diện tích khu công nghiệp.\n")
    assert [r[1] for r in rows(written)] == [1]


@pytest.mark.parametrize("until", ["đến năm", "đến hết năm", "tới cuối năm"])
def test_a_heading_that_names_its_horizon_dates_its_goals(until):
    text = f"I. MỤC ĐÍCH, YÊU CẦU\n6. Các chỉ tiêu chủ yếu {until} 2030\n6.1. Đạt ít nhất 50% số xã không có ma túy.\n"
    assert [(r[1], r[5]) for r in rows(text, DocMeta())] == [(50, 2030)]


LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố: 7412/UBND-KTN\nV/v triển khai Chỉ thị số 22/CT-TTg\n"
          "Đồng Nai, ngày 08 tháng 9 năm 2025\nKính gửi: Các sở, ngành tỉnh.\n"
          "Chủ tịch UBND tỉnh có ý kiến như sau:\n1. Giao Sở Xây dựng chủ trì:\n{}\n"
          "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n")


def test_the_things_that_exist_now_a_letters_goal_counts_make_it_no_result():
    # "hiện có" after the value says which things are counted, in the item that sets it
    # and before the next goal of its sentence
    item = ("a) Rà soát lối đi tự mở; bảo đảm đến hết năm 2025 xóa bỏ được không dưới 60% số lối đi tự mở "
            "hiện có và hoàn thành 100% trong năm 2026; báo cáo UBND tỉnh.")
    got = rows(LETTER.format(item), DocMeta(doc_type="Công văn"))
    assert [(r[1], r[4], r[5]) for r in got] == [(60, "min", 2025), (100, "none", 2026)]
    # a result it tells still is one: "hiện có" before the figure, or a heading of results
    assert rows(LETTER.format("a) Tỉnh hiện có 85% số xã đạt chuẩn."), DocMeta(doc_type="Công văn")) == []
    assert rows(LETTER.format("a) Kết quả đạt được: tỷ lệ hộ có nước sạch đạt 85%."), DocMeta(doc_type="Công văn")) == []


def test_a_goals_own_year_carries_not_into_a_sibling_section():
    text = ("II. MỤC TIÊU\n1.2. Đến năm 2028:\n1.2.2. Giáo dục phổ thông\n- Tối thiểu 25% trường dạy bằng tiếng Anh; "
            "riêng các trường chuyên đạt 100% ngay trong năm học 2026 - 2027.\n1.4. Mục tiêu thực hiện hằng năm\n"
            "Hằng năm, tối thiểu 15% giáo viên tiếng Anh được bồi dưỡng.\n")
    got = rows(text, DocMeta(period_start=2026, period_end=2030))
    assert [(r[1], r[5]) for r in got] == [(25, 2028), (100, 2027), (15, 2030)]


def test_a_pages_title_and_its_headline_restate_the_goal_the_story_sets():
    text = ("Sở Công Thương Hưng Yên ban hành kế hoạch phát triển thương mại điện tử năm 2026.\n"
            "Hưng Yên đặt mục tiêu 55% dân số mua sắm trực tuyến trong năm 2026\n"
            "Sở Công Thương tỉnh Hưng Yên vừa ban hành Kế hoạch số 86/KH-SCT ngày 14/01/2026.\n"
            "Trong năm 2026, tỉnh phấn đấu 55% dân số tham gia mua sắm trực tuyến.\n")
    got = rows(text, DocMeta(source_kind="news", period_start=2026, period_end=2026))
    assert [(r[1], r[5]) for r in got] == [(55, 2026)]


@pytest.mark.parametrize("line, expected", [
    # a goal raised from, or set against, a dated figure: that figure is the start, its year
    # no deadline
    ("b) Bảo đảm 100% diện tích rừng hiện có được giao cho chủ rừng quản lý, tăng từ mức 94,6% "
     "của năm 2025.", [(100, None, "%", "none", 2030, False)]),
    ("e) Diện tích rừng có chứng chỉ đạt trên 30% tổng diện tích rừng trồng, so với 18,5% năm 2025.",
     [(30, None, "%", "over", 2030, False)]),
    ("- Tỷ lệ hồ sơ xử lý trực tuyến toàn trình đạt tối thiểu 70%, tăng từ 58% năm 2025; 100% xã "
     "vận hành hệ thống dùng chung.",
     [(70, None, "%", "min", 2030, False), (100, None, "%", "none", 2030, False)]),
    # a past year's figure in a bracket beside the goal
    ("c) Hằng năm, tối thiểu 95% diện tích rừng sau khai thác được trồng lại (năm 2025 đạt 88%).",
     [(95, None, "%", "min", 2030, True)]),
    # a rise from one dated level to another: the second is the goal, its year the deadline
    ("- Tỷ lệ che phủ rừng tăng từ 42% năm 2025 lên 45% năm 2028.",
     [(45, None, "%", "none", 2028, False)]),
    # a rise by an undated amount is the goal itself
    ("- Tỷ lệ người tập luyện thể thao thường xuyên tăng từ 1,5 - 2% mỗi năm.",
     [(1.5, 2, "%", "none", 2030, True)]),
    # a bracket that names a later stage is a goal of its own
    ("- Tỷ lệ hồ sơ sức khỏe điện tử đạt 80% vào năm 2027 (năm 2030 đạt 95%).",
     [(80, None, "%", "none", 2027, False), (95, None, "%", "none", 2030, False)]),
])
def test_a_dated_base_is_no_goal_and_no_deadline(line, expected):
    assert [r[1:] for r in rows(objectives(line))] == expected


def test_a_year_of_a_state_told_earlier_is_no_carried_deadline():
    # a press report: the state at the end of 2025, then the plan's yearly goals
    text = ("Theo số liệu rà soát, đến cuối năm 2025 toàn tỉnh còn 20.384 hộ nghèo.\n"
            "Mục tiêu của Kế hoạch là phấn đấu giảm tỷ lệ hộ nghèo bình quân từ 1% trở lên mỗi năm.\n")
    found = rows(text, DocMeta(source_kind="news", period_start=2026, period_end=2030))
    assert [(r[1], r[5], r[6]) for r in found] == [(1, 2030, True)]


def test_a_stage_or_yearly_point_heads_the_goals_under_it():
    text = objectives("a) Năm 2026", "- 35% lao động du lịch được đào tạo kỹ năng nghề;",
                      "b) Năm 2027", "- 50% lao động du lịch được đào tạo kỹ năng nghề;",
                      "c) Hằng năm", "- Tỷ lệ học viên là phụ nữ đạt khoảng 50% tổng số học viên.")
    assert [r[1:] for r in rows(text)] == [(35, None, "%", "none", 2026, False),
                                           (50, None, "%", "none", 2027, False),
                                           (50, None, "%", "about", 2030, True)]


@pytest.mark.parametrize("text, expected", [
    # a count joined after a per cent's clause by "và" is a goal of its own, not what the per
    # cent measures
    ("Đến năm 2030 toàn tỉnh phấn đấu có ít nhất 450 sản phẩm OCOP đạt từ 3 sao trở lên, trong đó khoảng "
     "12% sản phẩm đạt 4 sao và ít nhất 4 sản phẩm được công nhận OCOP 5 sao cấp quốc gia.\n",
     [(450, "sản phẩm", "min"), (12, "%", "about"), (4, "sản phẩm", "min")]),
    ("Riêng năm 2026, tỉnh đặt mục tiêu công nhận mới 60 sản phẩm.\n", [(60, "sản phẩm", "none")]),
    # a count inside the measure of a per cent is none
    ("Phấn đấu 95% phụ nữ mang thai được tầm soát ít nhất 4 bệnh.\n", [(95, "%", "none")]),
])
def test_counts_set_beside_a_per_cent(text, expected):
    found = rows(text, DocMeta(source_kind="news", period_start=2026, period_end=2030))
    assert [(r[1], r[3], r[4]) for r in found] == expected


def test_a_yearly_goal_takes_no_year_from_a_sentence_closed_before_it():
    text = objectives("- Tỷ lệ bao phủ bảo hiểm y tế đạt trên 96% dân số. Riêng năm 2026: tỷ lệ bao phủ đạt "
                      "95% dân số. Hằng năm giảm ít nhất 10% số đơn vị nợ đóng kéo dài.",
                      # a list head still carries its year to a yearly item under it
                      "b) Đến năm 2028:", "- Hằng năm tăng 5% số hộ tham gia.")
    assert [(r[1], r[5], r[6]) for r in rows(text)] == [(96, 2030, False), (95, 2026, False),
                                                        (10, 2030, True), (5, 2028, True)]


def test_a_report_s_stage_of_what_the_province_will_build_and_a_rate_to_keep():
    # a "đã" in another clause, or one that says what the per cent counts, reports nothing
    text = ("Đồng Nai ban hành kế hoạch di dời chợ tạm\nNgày 16/1/2026, UBND tỉnh Đồng Nai ban hành Kế hoạch số "
            "37/KH-UBND về di dời chợ tạm giai đoạn 2026 - 2030.\nGiai đoạn 2028 - 2030, tỉnh sẽ đầu tư xây mới, "
            "cải tạo khoảng 18 chợ dân sinh để thay thế hẳn các chợ tạm; đồng thời giữ tỷ lệ điểm tái họp chợ "
            "dưới 5% số điểm đã giải tỏa.\nNăm 2025, tỉnh đã giải tỏa 27 điểm, đạt 40% số điểm.\n")
    assert [(r[1], r[3], r[4]) for r in rows(text, DocMeta(source_kind="news", period_start=2026, period_end=2030))] \
        == [(18, "chợ", "about"), (5, "%", "under")]


def test_a_yearly_goal_takes_no_year_from_prose_paragraphs_before_it():
    text = objectives("Đến năm 2028, 100% trạm y tế xã có cán bộ được tập huấn về dinh dưỡng.",
                      "Đến năm 2030, tỷ lệ thấp còi giảm còn dưới 21%; không dưới 70% trẻ được bú mẹ hoàn toàn.",
                      "Bổ sung vi chất được duy trì: hằng năm có ít nhất 95% trẻ em được uống vitamin A.")
    assert [(r[1], r[5], r[6]) for r in rows(text)] == [(100, 2028, False), (21, 2030, False), (70, 2030, False),
                                                        (95, 2030, True)]


def test_a_comparison_base_lends_no_year_to_the_clauses_after_it():
    text = objectives("- Đến năm 2029: số học sinh vi phạm giảm ít nhất 50% so với năm học 2024 - 2025; "
                      "ít nhất 80% trường học có mô hình cổng trường an toàn.")
    assert [(r[1], r[5]) for r in rows(text)] == [(50, 2029), (80, 2029)]


def test_a_goal_s_own_point_is_no_heading_that_dates_it():
    # the point "d)" holds the goal and its base's stage; the heading above dates it
    text = ("II. MỤC TIÊU\n2. Mục tiêu cụ thể đến năm 2029\n"
            "c) Tỷ lệ mẫu thực phẩm đạt yêu cầu an toàn trên 92%.\n"
            "d) Số vụ ngộ độc thực phẩm giảm 10% so với giai đoạn 2021 - 2025.\n")
    assert [(r[1], r[5]) for r in rows(text)] == [(92, 2029), (10, 2029)]


@pytest.mark.parametrize("line, expected", [
    # a floor that bounds the class a per cent is of sets no count
    ("d) Số vụ ngộ độc thực phẩm từ 30 người mắc trở lên giảm 10%.", [(10, "%")]),
    # a floor set as a goal, its per cent a clause of its own
    ("g) Phát triển từ 30 hợp tác xã trở lên, chiếm 20% tổng số.", [(30, "hợp tác xã"), (20, "%")]),
])
def test_a_count_s_floor_that_bounds_a_class_is_no_goal(line, expected):
    assert [(r[1], r[3]) for r in rows(objectives(line))] == expected


@pytest.mark.parametrize("line, expected", [
    ("- Hằng năm, mỗi trường tổ chức không ít hơn 02 buổi ngoại khóa về an toàn giao thông.",
     [(2, "buổi", "min", True)]),
    ("- Hằng năm, tập huấn cho giáo viên trong 02 buổi về an toàn giao thông.", []),
    # a festival is no span of days
    ("- Hằng năm tổ chức ít nhất 04 ngày hội đạp xe cộng đồng.", [(4, "ngày hội", "min", True)]),
    ("- Hằng năm tập huấn cho lái xe trong 02 ngày.", []),
    # "tổng" opening a word of its own does not end the noun ("tổng đài", no total)
    ("- Đưa vào vận hành 01 tổng đài tư vấn tâm lý học đường.", [(1, "tổng đài", "none", False)]),
])
def test_sessions_held_are_counted_and_sessions_spent_are_not(line, expected):
    assert [(r[1], r[3], r[4], r[6]) for r in rows(objectives(line))] == expected


@pytest.mark.parametrize("sentence", [
    "Tính đến ngày 30/6/2026, tỷ lệ doanh nghiệp dùng hóa đơn điện tử đạt 48,2%.",
    "Tính đến hết năm 2025, tỷ lệ che phủ rừng toàn tỉnh đạt 40,6%.",
])
def test_a_sentence_dated_as_of_a_day_tells_the_state(sentence):
    text = "III. NHIỆM VỤ, GIẢI PHÁP\n1. Phát triển doanh nghiệp\n" + sentence + "\n"
    assert rows(text) == []
    # (it still sets a goal when it aims)
    aims = "III. NHIỆM VỤ, GIẢI PHÁP\n1. Phát triển doanh nghiệp\nĐến hết năm 2026, phấn đấu tỷ lệ che phủ rừng đạt 41%.\n"
    assert [r[1] for r in rows(aims)] == [41]


def test_a_school_year_a_rule_starts_from_is_no_deadline():
    got = rows(objectives("- Kể từ năm học 2026 - 2027, yêu cầu 100% trường học thuộc diện này tổ chức tuyên "
                          "truyền mỗi năm học.", "- 100% học sinh tham gia bảo hiểm y tế năm học 2027 - 2028."))
    assert [(r[1], r[5]) for r in got] == [(100, 2030), (100, 2028)]


@pytest.mark.parametrize("lines, expected", [
    # no more than a count may arise
    (["c) Hằng năm:", "- Không để phát sinh quá 03 điểm đen mới trên các tuyến đường tỉnh;"],
     [(3, "điểm", "max", True)]),
    # a group named for what it is, is counted; a bare group is the plan's own part
    (["g) Thành lập mới ít nhất 12 nhóm PGS vào năm 2028;"], [(12, "nhóm", "min", False)]),
    (["- Thực hiện 05 nhóm nhiệm vụ trọng tâm với ít nhất 80% xã tham gia."], [(80, "%", "min", False)]),
    # a part "trong đó" states on its own, after a per cent
    (["- Trên 60% hiện vật được số hóa, trong đó khoảng 500 hiện vật tiêu biểu được số hóa 3D;"],
     [(60, "%", "over", False), (500, "hiện vật", "about", False)]),
    # a list head of yearly indicators makes its items yearly
    (["c) Các chỉ tiêu thực hiện hằng năm:", "- Ít nhất 95% ca bệnh được báo cáo trên hệ thống giám sát;"],
     [(95, "%", "min", True)]),
    # a count per year after the value is that count's, not the value's
    (["- Đến năm 2027, tối thiểu 75% người cao tuổi được khám sức khỏe định kỳ ít nhất 01 lần/năm."],
     [(75, "%", "min", False)]),
])
def test_goals_of_an_indicator_list_in_their_shapes(lines, expected):
    assert [(r[1], r[3], r[4], r[6]) for r in rows(objectives(*lines))] == expected


def test_the_date_the_counted_things_were_done_by_is_no_deadline():
    got = rows(objectives("a) Đến hết năm 2027, xử lý dứt điểm 100% điểm đen đã được xác định đến ngày 31 tháng 12 "
                          "năm 2025."))
    assert [(r[1], r[5]) for r in got] == [(100, 2027)]


@pytest.mark.parametrize("item, expected", [
    ("Hướng dẫn xây dựng vùng an toàn dịch; đến năm 2028 có ít nhất 10 xã được công nhận vùng an toàn dịch.",
     [(10, "xã", 2028)]),
    ("Chỉ đạo các trường lồng ghép kiến thức; bảo đảm đến hết năm 2027, 100% trường tiểu học tổ chức truyền thông.",
     [(100, "%", 2027)]),
    ("Chủ trì tuần tra; duy trì 100% đường mòn, lối mở trọng điểm có tổ công tác chốt chặn.", [(100, "%", 2030)]),
    # a duty with no date, cue nor floor sets nothing
    ("Chủ trì kiểm tra 100% cơ sở kinh doanh có dấu hiệu vi phạm.", []),
])
def test_a_duty_dates_or_keeps_a_goal(item, expected):
    text = "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n" + item + "\n"
    assert [(r[1], r[3], r[5]) for r in rows(text)] == expected


def test_a_count_row_keeps_its_columns_past_an_empty_or_reported_cell():
    # a dash for none yet and a share reported stand in the column of results
    text = objectives("Các chỉ tiêu chủ yếu đến năm 2027 và năm 2030 như sau:", "TT", "Chỉ tiêu", "Đơn vị tính",
                      "Kết quả năm 2025", "Mục tiêu 2027", "Mục tiêu 2030",
                      "1", "Chiều dài đường được xây dựng mới", "km", "-", "650", "1.800",
                      "2", "Số xã có đường ô tô đến trung tâm xã", "xã", "111/117", "114", "117",
                      "Ngoài các chỉ tiêu tại bảng trên, phấn đấu đạt các mục tiêu sau:",
                      "a) Khoảng 70% khối lượng đường trục thôn được thực hiện theo cơ chế đặc thù.")
    got = sorted((r[1], r[3], r[5]) for r in rows(text))
    assert got == [(70, "%", 2030), (114, "xã", 2027), (117, "xã", 2030), (650, "km", 2027), (1800, "km", 2030)]
    # (the lead of the year columns dates nothing after it: the 70% is due at the period's end)


@pytest.mark.parametrize("item, expected", [
    ("Hằng năm tổ chức kiểm tra, giám sát ít nhất 30% cơ sở y tế trên địa bàn.", [(30, "%", "min")]),
    ("Chủ trì kiểm tra; phối hợp với Sở Y tế duy trì không dưới 6 cụm xử lý chất thải y tế.", [(6, "cụm", "min")]),
])
def test_a_floor_a_duty_sets_is_a_goal(item, expected):
    text = "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n" + item + "\n"
    assert [(r[1], r[3], r[4]) for r in rows(text)] == expected


def test_a_multiple_to_reach_is_a_goal_in_times():
    got = rows(objectives("- Số trạm sạc xe điện công cộng tăng gấp 1,5 lần so với năm 2025."))
    assert [(r[1], r[3], r[5]) for r in got] == [(1.5, "lần", 2030)]
    # (but a number of times done is none: "kiểm tra 2 lần")
    assert rows(objectives("- Mỗi cơ sở được kiểm tra 2 lần.")) == []


def test_what_everyone_must_have_is_a_goal_in_a_report():
    text = ("Chợ an toàn\nỦy ban nhân dân tỉnh vừa ban hành Kế hoạch số 41/KH-UBND năm 2026 về phòng cháy tại chợ.\n"
            "\"Trong năm 2026, 100% chợ hạng 1, hạng 2 phải có phương án chữa cháy được phê duyệt,\" ông Vinh nói.\n"
            "Tin liên quan\n")
    assert [(r[1], r[3]) for r in rows(text, DocMeta(period_start=2026, period_end=2026, source_kind="news"))] \
        == [(100, "%")]


def test_an_indicator_appendix_with_a_unit_column_sets_its_rows_goals():
    text = ("KẾ HOẠCH\nHỗ trợ người cao tuổi giai đoạn 2026 - 2028\nII. MỤC TIÊU\nNâng cao kỹ năng số.\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\nPHỤ LỤC I\nCHỈ TIÊU HỖ TRỢ NGƯỜI CAO TUỔI THEO TỪNG NĂM\n"
            "TT\nChỉ tiêu\nĐơn vị tính\nNăm 2026\nNăm 2027\nNăm 2028\nCơ quan theo dõi\n"
            "1\nTỷ lệ người cao tuổi được hướng dẫn kỹ năng số\n%\n40\n60\n80\nSở Y tế\n"
            "2\nSố Tổ công nghệ số cộng đồng hỗ trợ người cao tuổi\ntổ\n20\n30\n40\nỦy ban nhân dân các xã\n")
    got = sorted((r[1], r[3], r[5]) for r in rows(text, DocMeta(period_start=2026, period_end=2028)))
    assert got == [(20, "tổ", 2026), (30, "tổ", 2027), (40, "%", 2026), (40, "tổ", 2028), (60, "%", 2027),
                   (80, "%", 2028)]


def test_a_tables_column_of_a_year_before_the_plan_shows_where_things_stand():
    # "Năm 2025" beside "Năm 2027" / "Năm 2030" in a plan for 2026 - 2030 is the baseline; a
    # figure alone in its cell takes its unit from the column, not from the cell below it
    text = ("KẾ HOẠCH\nDinh dưỡng giai đoạn 2026 - 2030\nIII. MỤC TIÊU\n"
            "TT\nChỉ tiêu\nĐơn vị tính\nNăm 2025\nNăm 2027\nNăm 2030\n"
            "1\nTỷ lệ thừa cân, béo phì ở trẻ em dưới 5 tuổi\n%\n4,1\ndưới 5,0\ndưới 5,0\n"
            "2\nSố phòng tư vấn dinh dưỡng\nphòng\n5\n10\n17\n")
    got = sorted((r[1], r[3], r[4], r[5]) for r in rows(text))
    assert got == [(5, "%", "under", 2027), (5, "%", "under", 2030), (10, "phòng", "none", 2027),
                   (17, "phòng", "none", 2030)]


def test_a_table_with_no_unit_column_gives_the_unit_at_the_end_of_the_indicator():
    # "(%)" and "(phòng)" close the indicator's cell; the first column reports results; the
    # last row, new since then, fills the goal columns only
    text = ("KẾ HOẠCH\nSữa mẹ giai đoạn 2026 - 2028\nII. MỤC TIÊU\n3. Lộ trình thực hiện\n"
            "STT\nChỉ tiêu\nNăm 2025 (ước thực hiện)\nNăm 2026\nNăm 2027\nNăm 2028\n"
            "1\nTỷ lệ trẻ được bú mẹ trong giờ đầu sau sinh (%)\n68,4\n70\n73\n75\n"
            "2\nSố phòng vắt, trữ sữa mẹ thành lập mới trong năm (phòng)\n8\n10\n12\n"
            "III. NHIỆM VỤ, GIẢI PHÁP\n")
    meta = DocMeta(period_start=2026, period_end=2028)
    got = [(r[1], r[3], r[5]) for r in rows(text, meta)]
    assert got == [(70, "%", 2026), (73, "%", 2027), (75, "%", 2028),
                   (8, "phòng", 2026), (10, "phòng", 2027), (12, "phòng", 2028)]
    # (an age in months names a class of children, not a time to reach: no "6 tháng")
    aged = text.replace("được bú mẹ trong giờ đầu sau sinh", "dưới 6 tháng tuổi được bú mẹ hoàn toàn")
    assert [r[1] for r in rows(aged, meta)] == [70, 73, 75, 8, 10, 12]


def test_the_size_of_the_places_a_goal_is_set_for_is_no_goal():
    line = ("- Thành lập mới tối thiểu 30 phòng vắt, trữ sữa mẹ tại các doanh nghiệp sử dụng từ 1.000 lao động "
            "nữ trở lên.")
    assert [(r[1], r[3]) for r in rows(objectives(line))] == [(30, "phòng")]


def test_a_table_row_counted_each_year_is_yearly_in_its_unit_before_per_year():
    text = indicator_table("1", "Quy mô tuyển sinh giáo dục nghề nghiệp hằng năm", "người", "30.000", "33.000",
                           "2", "Lao động nông thôn được đào tạo nghề ngắn hạn", "người/năm", "10.000", "11.000",
                           "3", "Số trường đạt chuẩn", "trường", "12", "15")
    got = [(r[1], r[3], r[6]) for r in rows(text, STAGED)]
    assert got == [(30000, "người", True), (33000, "người", True), (10000, "người", True), (11000, "người", True),
                   (12, "trường", False), (15, "trường", False)]


def test_a_heading_of_yearly_goals_over_a_stage_makes_its_goals_yearly():
    text = objectives("c) Các mục tiêu thực hiện hằng năm trong giai đoạn 2026 - 2030:",
                      "- Tổ chức ít nhất 02 hội nghị đối thoại với doanh nghiệp;",
                      "- Thành lập mới bình quân 1.800 doanh nghiệp;",
                      "d) Đến năm 2030:", "- 100% thủ tục được giải quyết trực tuyến.")
    # ("bình quân", on average, sets the count as "khoảng" would)
    assert [(r[1], r[3], r[6]) for r in rows(text)] == [(2, "hội nghị", True), (1800, "doanh nghiệp", True),
                                                       (100, "%", False)]


def test_a_heading_of_goals_kept_every_year_makes_its_goals_yearly():
    text = objectives("a) Đến năm 2030:", "- Trên 70% người mắc tăng huyết áp được quản lý;",
                      "b) Chỉ tiêu duy trì hằng năm:", "- Ít nhất 90% người từ 60 tuổi trở lên được khám sức khỏe;",
                      "- Mỗi xã tổ chức tối thiểu 02 đợt truyền thông cao điểm.")
    assert [(r[1], r[3], r[6]) for r in rows(text)] == [(70, "%", False), (90, "%", True), (2, "đợt", True)]


def test_people_of_an_ethnic_group_are_counted_not_a_rate_s_population():
    line = "- Mỗi năm thu hút khoảng 1.500 người dân tộc thiểu số tham gia học nghề."
    assert [(r[1], r[3]) for r in rows(objectives(line))] == [(1500, "người")]


@pytest.mark.parametrize("line, expected", [
    ("- Hướng dẫn ít nhất 1.500 người dân kích hoạt tài khoản định danh điện tử mức 2;", [(1500, "người")]),
    # (the population a rate is per stays no count of its own)
    ("- Đạt 2,5 bác sĩ trên 10.000 người dân;", [(2.5, "bác sĩ")]),
])
def test_people_counted_as_people_unless_a_rate_is_per_them(line, expected):
    assert [(r[1], r[3]) for r in rows(objectives(line))] == expected


def test_a_year_s_tasks_heading_dates_its_goals():
    text = ("KẾ HOẠCH\nHướng nghiệp giai đoạn 2026 - 2030\nIII. NHIỆM VỤ TRỌNG TÂM NĂM 2027\n"
            "- Tỷ lệ học sinh tốt nghiệp THPT theo học trung cấp, cao đẳng đạt trên 38%.\n"
            "- Tổ chức ít nhất 03 Ngày hội tư vấn tuyển sinh cấp tỉnh.\n")
    # (a festival named with its capital is still one: "Ngày hội")
    assert [(r[1], r[3].casefold(), r[5]) for r in rows(text)] == [(38, "%", 2027), (3, "ngày hội", 2027)]


@pytest.mark.parametrize("sentence", [
    "Tỷ lệ người sản xuất thực phẩm được cập nhật kiến thức về an toàn thực phẩm mới đạt 81,5%.",
    "Đến cuối năm 2025 mới có 86/102 xã tổ chức lớp dạy bơi; tỷ lệ trẻ em biết bơi an toàn đạt 38,6%.",
])
def test_what_has_only_been_reached_so_far_is_no_goal(sentence):
    assert rows("KẾ HOẠCH\nAn toàn thực phẩm giai đoạn 2026 - 2030\nI. SỰ CẦN THIẾT\n" + sentence + "\n") == []


def test_an_intake_a_duty_secures_and_its_share_after_trong_do_are_goals():
    text = ("KẾ HOẠCH\nGiáo dục nghề nghiệp giai đoạn 2026 - 2030\nIV. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n"
            "1. Sở Giáo dục và Đào tạo\nb) Chỉ đạo các trường bảo đảm hằng năm tuyển sinh khoảng 40.000 người, "
            "trong đó trình độ cao đẳng chiếm trên 20%.\n")
    assert [(r[1], r[3], r[4]) for r in rows(text)] == [(40000, "người", "about"), (20, "%", "over")]
    # a share of what a count reports is none
    said = text.replace("bảo đảm hằng năm tuyển sinh khoảng", "báo cáo số đã tuyển sinh là")
    assert [r[1] for r in rows(said)] == []


def test_a_year_that_opens_a_line_with_a_colon_dates_every_clause_of_it():
    got = rows(objectives("- Năm 2027: rà soát toàn bộ diện tích rừng; tổng chiều dài đường băng cản lửa đạt "
                          "ít nhất 26 km; tỷ lệ che phủ rừng duy trì trên 63,5%.",
                          "- Năm 2028: tổng chiều dài đường băng cản lửa đạt 32 km."))
    assert [(r[1], r[3], r[5]) for r in got] == [(26, "km", 2027), (63.5, "%", 2027), (32, "km", 2028)]


@pytest.mark.parametrize("line, expected", [
    # one unit of a measure under a bound is a level, not the base of a rate
    ("- Diện tích rừng bị cháy dưới 1 ha.", (1, "ha", "under")),
    # what is installed is counted
    ("- Lắp đặt 04 camera giám sát phát hiện sớm cháy rừng.", (4, "camera", "none")),
])
def test_a_bound_on_one_unit_and_what_is_installed_are_goals(line, expected):
    assert [(r[1], r[3], r[4]) for r in rows(objectives(line))] == [expected]


def test_one_unit_a_rate_is_counted_on_is_no_goal():
    got = rows(objectives("- Giá trị sản xuất trên 1 ha đất trồng trọt đạt 150 triệu đồng."))
    assert 1 not in [r[1] for r in got]


def test_a_goal_in_the_quoted_name_of_a_cited_scheme_is_not_the_plans():
    text = ("KẾ HOẠCH\nNhà ở xã hội giai đoạn 2026 - 2030\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Xây dựng\n"
            "b) Chủ trì triển khai Quyết định số 338/QĐ-TTg ngày 03 tháng 4 năm 2023 của Thủ tướng Chính phủ "
            "phê duyệt Đề án “Đầu tư xây dựng ít nhất 01 triệu căn hộ nhà ở xã hội giai đoạn 2021 - 2030” "
            "trên địa bàn tỉnh.\n")
    assert rows(text) == []


def test_a_year_said_to_be_one_sentences_alone_dates_no_later_goal():
    got = rows(objectives("Đến năm 2030, tỷ lệ lao động du lịch qua đào tạo đạt 60%. Riêng năm 2027, tỷ lệ lấp đầy "
                          "buồng đạt 55%. Bên cạnh đó, 100% điểm du lịch trọng điểm có wifi miễn phí."))
    assert [(r[1], r[5]) for r in got] == [(60, 2030), (55, 2027), (100, 2030)]


@pytest.mark.parametrize("line, expected", [
    # a floor a task sets on what it does
    ("4. Lắp đặt đồng hồ đo nước thông minh tại ít nhất 30 công trình cấp nước tập trung.", [(30, "công trình", "min")]),
    # ... but not how the work is run
    ("4. Đôn đốc nhà thầu huy động tối thiểu 12 mũi thi công, tổ chức thi công 3 ca 4 kíp.", [(12, "mũi", "min")]),
])
def test_a_floor_a_task_sets_is_a_goal(line, expected):
    text = "KẾ HOẠCH\nCấp nước sạch giai đoạn 2026 - 2030\nIII. NHIỆM VỤ, GIẢI PHÁP\n" + line + "\n"
    assert [(r[1], r[3], r[4]) for r in rows(text)] == expected


def test_a_goals_ceiling_on_a_time_is_a_level():
    got = rows(objectives("- Thời gian chờ khám bệnh trung bình tại các bệnh viện không quá 30 phút."))
    assert [(r[1], r[3], r[4]) for r in got] == [(30, "phút", "max")]
    # a time a task is given is no goal
    assert rows("KẾ HOẠCH\nY tế 2026\nIII. NHIỆM VỤ\n- Trả lời kiến nghị trong thời hạn không quá 15 ngày.\n") == []


@pytest.mark.parametrize("line, expected", [
    # a count whose clause "và" opens with a verb of its own is no measure of the per cent before
    ("g) Hằng năm, tuyên truyền tại 100% trường học và tổ chức ít nhất 02 đợt cao điểm kiểm soát nồng độ cồn.",
     [(100, "%", "none"), (2, "đợt", "min")]),
    # metres are counted
    ("đ) Hoàn thành sửa chữa khoảng 3.500 m đê, kè bị sạt lở.", [(3500, "m", "about")]),
    # a floor set on a share of the plan is a goal
    ("e) Tỷ lệ thu Quỹ phòng, chống thiên tai đạt không dưới 95% kế hoạch.", [(95, "%", "min")]),
])
def test_goals_a_years_objectives_set(line, expected):
    text = "BÁO CÁO\nPhòng, chống thiên tai\nIII. NHIỆM VỤ NĂM 2026\n1. Mục tiêu\n" + line + "\n"
    assert [(r[1], r[3], r[4]) for r in rows(text, DocMeta(period_start=2026, period_end=2026))] == expected


def test_a_share_a_report_says_the_plan_requires_by_the_end_of_a_year_is_a_goal():
    text = ("Hải Phòng phân loại rác tại nguồn\nKế hoạch yêu cầu đến hết năm 2026, 100% xã, phường tổ chức tuyên truyền "
            "phân loại chất thải rắn sinh hoạt.\n")
    got = rows(text, DocMeta(source_kind="news", period_start=2026, period_end=2030))
    assert [(r[1], r[5]) for r in got] == [(100, 2026)]


@pytest.mark.parametrize("sentence", [
    # a figure a report gives is the state now
    "Theo báo cáo của Bảo hiểm xã hội tỉnh, đến hết quý I năm 2026 tỷ lệ bao phủ bảo hiểm y tế đạt 94,1% dân số.",
    # a level that describes the places counted
])
def test_a_letters_account_of_where_things_stand_sets_no_goal(sentence):
    text = ("CÔNG VĂN\nV/v phát triển người tham gia bảo hiểm y tế năm 2026\n" + sentence +
            "\nĐể hoàn thành chỉ tiêu năm 2026, phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt trên 95,5% dân số.\n")
    got = rows(text, DocMeta(doc_type="Công văn", period_start=2026, period_end=2026))
    assert [(r[1], r[4]) for r in got] == [(95.5, "over")]


def test_a_level_that_describes_the_places_counted_is_no_goal():
    text = objectives("- Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95,5% dân số, nhất là ở 23 xã, phường có tỷ lệ bao phủ "
                      "dưới 90%.")
    assert [(r[1], r[4]) for r in rows(text)] == [(95.5, "over")]


def test_what_a_report_says_the_plan_expects_to_reach_is_a_goal_but_money_it_expects_to_spend_is_not():
    meta = DocMeta(source_kind="news", period_start=2026, period_end=2030)
    text = ("Du lịch Khánh Hòa\nĐến năm 2030, tỉnh phấn đấu đón khoảng 16 triệu lượt khách. Tổng thu từ khách du lịch "
            "dự kiến đạt khoảng 120.000 tỷ đồng.\n")
    assert (120000, "tỷ đồng") in [(r[1], r[3]) for r in rows(text, meta)]
    spent = text.replace("Tổng thu từ khách du lịch dự kiến đạt", "Tổng kinh phí thực hiện dự kiến")
    assert (120000, "tỷ đồng") not in [(r[1], r[3]) for r in rows(spent, meta)]


def test_a_change_a_duty_dates_after_it_is_a_goal():
    text = ("KẾ HOẠCH\nChất thải y tế 2026 - 2030\nIV. TỔ CHỨC THỰC HIỆN\n1. Các cơ sở y tế công lập\n"
            "Xây dựng kế hoạch của đơn vị; thực hiện giảm 20% lượng chất thải nhựa so với năm 2025 vào năm 2030.\n")
    assert [(r[1], r[5]) for r in rows(text)] == [(20, 2030)]
    # (not a change told without a time to reach it)
    assert rows(text.replace(" vào năm 2030", "")) == []


def test_a_year_the_things_counted_come_from_dates_no_goal():
    text = ("BÁO CÁO\nKết quả năm 2026\nIII. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027\n1. Mục tiêu\n"
            "- Hoàn thành 100% số hộ chuyển tiếp từ năm 2026 trước mùa mưa bão.\n")
    assert [(r[1], r[5]) for r in rows(text, DocMeta(period_start=2026, period_end=2027))] == [(100, 2027)]


def test_a_year_a_report_says_a_goal_runs_from_sets_it():
    text = ("Nhà ở xã hội Hải Phòng\nKế hoạch rút ngắn thủ tục. Từ năm 2027, 100% hồ sơ đề nghị mua nhà ở xã hội được "
            "giải quyết trên môi trường điện tử.\n")
    got = rows(text, DocMeta(source_kind="news", period_start=2026, period_end=2030))
    assert [(r[1], r[5]) for r in got] == [(100, 2027)]
    # (a law's rule the report recalls after it is none of the plan's goals)
    recalled = text + ("Kế hoạch cũng nhắc lại quy định của Luật Nhà ở năm 2023: dự án nhà ở thương mại phải dành 20% "
                       "tổng diện tích đất ở để xây dựng nhà ở xã hội.\n")
    assert [(r[1], r[5]) for r in rows(recalled, DocMeta(source_kind="news", period_start=2026, period_end=2030))] \
        == [(100, 2027)]


def test_a_certificate_reached_is_no_result_told():
    # "chứng chỉ đạt": a certificate's word before "đạt", not "only reached so far"
    text = ("KẾ HOẠCH\nGiáo dục nghề nghiệp giai đoạn 2026 - 2030\nIV. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n"
            "1. Sở Nội vụ\na) Dự báo nhu cầu lao động; phấn đấu tỷ lệ lao động qua đào tạo đạt 75% vào năm 2030, "
            "trong đó lao động có bằng cấp, chứng chỉ đạt trên 38%.\n")
    assert [(r[1], r[4]) for r in rows(text)] == [(75, "none"), (38, "over")]


def test_a_stage_head_run_onto_an_item_s_line_dates_the_items_after_it():
    text = objectives("Giai đoạn 2026 - 2027:", "- Tối thiểu 85% điểm tắm biển có lực lượng cứu hộ.",
                      "- Giảm ít nhất 20% số vụ việc mất an toàn so với năm 2025. Giai đoạn 2028 - 2030:",
                      "- 100% điểm tắm biển có lực lượng cứu hộ thường trực.")
    assert [(r[1], r[5]) for r in rows(text)] == [(85, 2027), (20, 2027), (100, 2030)]


def test_a_part_stated_after_trong_do_shares_no_qualifier():
    got = rows(objectives("- Tổ chức ít nhất 03 ngày hội tư vấn tuyển sinh, trong đó có 01 ngày hội dành riêng cho "
                          "học sinh vùng sâu."))
    assert [(r[1], r[4]) for r in got] == [(3, "min"), (1, "none")]


@pytest.mark.parametrize("sentence, expected", [
    # what the training is on may stand before "cho"
    ("Tổ chức tập huấn kiến thức, kỹ năng thoát nạn và sử dụng phương tiện chữa cháy cho khoảng 2.400 tiểu thương.",
     [2400]),
    ("Đào tạo bổ sung 150 cô đỡ thôn bản là người dân tộc thiểu số.", [150]),
    # a second count a bare verb governs, and coaches
    ("Đào tạo, bồi dưỡng 500 huấn luyện viên, cố vấn khởi nghiệp và 1.200 cán bộ, giảng viên nòng cốt.", [500, 1200]),
    # people sent to be trained
    ("Cử 45 công chức, viên chức tham gia bồi dưỡng kỹ năng số trong năm 2026.", [45]),
])
def test_training_needs_in_more_shapes(sentence, expected):
    text = "III. NHIỆM VỤ, GIẢI PHÁP\n1. Đào tạo nguồn nhân lực\n- " + sentence + "\n"
    assert [r[1] for r in rows(text) if r[0] == "need"] == expected


def test_a_school_year_that_leads_the_next_goal_is_that_goal_s():
    line = ("Để tổ chức tốt bữa ăn bán trú trong năm học 2026 - 2027, phấn đấu đến hết tháng 12/2026 có ít nhất "
            "95% trường có bếp ăn một chiều và trong năm học 2026 - 2027 có 100% trường có tủ lưu mẫu thức ăn.")
    assert [(r[1], r[4], r[5]) for r in rows(objectives(line))] == [(95, "min", 2026), (100, "none", 2027)]


def test_what_a_news_report_says_will_be_done_for_a_share_is_a_goal():
    text = ("Theo kế hoạch, đến năm 2030, tỉnh phấn đấu có ít nhất 30 điểm du lịch cộng đồng đạt tiêu chuẩn.\n"
            "Hơn 70% hộ dân tham gia làm du lịch sẽ được tập huấn kỹ năng phục vụ khách; 100% điểm du lịch "
            "được giới thiệu trên nền tảng số của tỉnh.\n")
    got = rows(text, DocMeta(source_kind="news"))
    assert [(r[1], r[3], r[4], r[5]) for r in got] == [(30, "điểm", "min", 2030), (70, "%", "over", 2030),
                                                       (100, "%", "none", 2030)]


@pytest.mark.parametrize("line, expected", [
    # a course's length is a kind of course, no time to reach
    ("- Mở ít nhất 120 lớp đào tạo trình độ sơ cấp và đào tạo dưới 03 tháng tại các xã;", [(120, "lớp")]),
    # a count of years the clause names is a goal in years
    ("- Tuổi thọ bình quân đạt tối thiểu 75 tuổi, trong đó số năm sống khỏe mạnh đạt ít nhất 68 năm.",
     [(75, "tuổi"), (68, "năm")]),
    # what a rate is per is no count of its own
    ("- Tỷ số giới tính khi sinh dưới 109 bé trai trên 100 bé gái sinh ra sống.", [(109, "bé")]),
])
def test_times_and_bases_in_count_goals(line, expected):
    assert [(r[1], r[3]) for r in rows(objectives(line))] == expected
