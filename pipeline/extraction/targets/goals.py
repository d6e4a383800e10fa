"""Step 2, which per cents are goals: all in objective sections; elsewhere those of a goal
sentence, a list a goal word heads, or a heading that names goals or a stage; never a result
told, a cited title's goal, a share of money, a relief or a level started from."""
from __future__ import annotations

import regex as re

from pipeline.models import Structure
from pipeline.extraction.numbers import NumberMention
from pipeline.extraction.spans import sentence_bounds
from pipeline.extraction.targets.patterns import (BASE_FIGURE, FROM_LEVEL, FULL_STOP, GOALS_COLON, GOAL_ROLES,
                                                  NON_GOAL_ROLES, RESULT_AFTER, RESULT_CUE, RUN_IN_ITEM,
                                                  STRIVE, TO_LEVEL)
from pipeline.extraction.targets.details import HEADING_STAGE, _chain


# How far before a figure its base cue may start ("tăng từ mức ") and after it its year ends.
BASE_CUE_CHARS = 30

# Words that make a sentence outside the objective sections a goal.
GOAL_CUE = re.compile(
    r"\b(?:phấn đấu|đạt|(?<!suy )giảm|tăng|bảo đảm|đảm bảo|nâng|đưa|(?<!trở )lên|mục tiêu|chỉ tiêu|"
    r"tối thiểu|ít nhất|không dưới|đến(?:\s+(?:hết|cuối))?\s+năm|hướng tới|"
    # (a year a sentence sets its goal from: "Từ năm 2027, 100% hồ sơ … được giải quyết trên môi trường điện tử")
    r"(?<=(?:^|[.;:]\s*)[Tt]ừ\s)năm\s+(?:19|20)\d\d(?=\s*,)|"
    # what a plan foretells it will do: "Ngành du lịch cũng sẽ tạo việc làm cho 6.000 lao động",
    # or have done: "Hơn 70% hộ dân tham gia làm du lịch cộng đồng sẽ được tập huấn …"
    r"sẽ(?=\s+(?:\p{Ll}+\s+){0,3}?(?:tạo|giải quyết|đón|có|đạt|xây dựng|hoàn thành|thu hút|đào tạo|đầu tư|xây mới|"
    r"cải tạo|nâng cấp|được)\b)|"
    # a level to keep a rate at: "giữ tỷ lệ điểm tái họp chợ … dưới 5%", "duy trì tỷ lệ tăng dân số dưới 1%"
    r"(?:giữ|duy trì)(?:\s+(?:vững|ổn định))?(?=\s+(?:tỷ lệ|tỉ lệ|mức)\b)|"
    # what everyone must have done: "100% chợ hạng 1, hạng 2 phải có phương án chữa cháy"
    r"(?<=\d\s?%[^.;:]{0,60})phải(?=\s+(?:có|được|đạt|hoàn thành|bảo đảm|đảm bảo)\b))\b", re.I)
# A value the sentence requires before it: a "đã" after it then only says which things it
# counts ("phải giải tỏa không dưới 80% số điểm vi phạm đã thống kê").
REQUIRED_BEFORE = re.compile(r"\b(?:phải|cần|yêu cầu)\b[^.;:]{0,60}$|\b(?:tối thiểu|ít nhất|không dưới)\s*$", re.I)
# A task stated as a share to have: "Có 30% diện tích nuôi thủy sản chủ lực áp dụng …".
HAS_SHARE = re.compile(r"[-+•*\s]*Có\s+(?:(?:ít nhất|tối thiểu|trên|khoảng)\s+)?")
# So is a value a duty must secure at least: "đảm bảo ít nhất 70% xã, phường …", "lộ trình
# đạt mục tiêu ít nhất 50% xã, phường không có ma túy vào năm 2030".
SECURED_MINIMUM = re.compile(r"\b(?:đạt|bảo đảm|đảm bảo|mục tiêu|chỉ tiêu)\s+(?:mục tiêu\s+)?"
                             r"(?:tối thiểu|ít nhất|không dưới|trên)\s*$", re.I)
# Or everyone a duty must reach: "… xây dựng nội dung tuyên truyền, đảm bảo 100% các lái xe,
# phụ xe tiếp cận …".
# ("bảo đảm đến hết năm 2027, 100% trường …"; a level kept: "duy trì 100% đường mòn, lối mở trọng
# điểm có tổ công tác chốt chặn")
SECURED_ALL = re.compile(r"\b(?:bảo đảm|đảm bảo|duy trì)(?:\s+(?:đến|tới|trước)\s+(?:hết\s+)?năm\s+(?:19|20)\d\d\s*,?)?\s*$", re.I)
# A floor a duty sets on what it does: "Hằng năm tổ chức kiểm tra, giám sát ít nhất 30% cơ sở y tế".
FLOOR_IN_DUTY = re.compile(r"\b(?:tối thiểu|ít nhất|không dưới|không ít hơn)\s*$", re.I)
# A value a duty dates: "…; đến năm 2028 có ít nhất 10 xã, phường được công nhận …".
DATED_IN_DUTY = re.compile(r"\b(?:đến|tới|trước)\s+(?:hết\s+|cuối\s+)?năm\s+(?:19|20)\d\d\s*,?\s*(?:(?:có|đạt)\s+)?"
                           r"(?:(?:tối thiểu|ít nhất|không dưới|trên|hơn|khoảng)\s+)?$", re.I)

# ... or after the change it sets: "… thực hiện giảm 20% lượng chất thải nhựa so với năm 2025 vào năm 2030".
DATED_AFTER = re.compile(r"[^;:.]{0,80}?\b(?:vào|đến|tới|trước)\s+(?:hết\s+|cuối\s+)?năm\s+(?:19|20)\d\d\b", re.I)

# The head of a list of goals: "…, cụ thể: Phấn đấu A; B; C", "b) Phấn đấu trong năm
# 2026:" over dash items, "Mục tiêu cụ thể:". Its clauses or items are goals even
# among a body's duties.
GOAL_LIST_HEAD = re.compile(r"\b(?:phấn đấu|mục tiêu|chỉ tiêu)\b", re.I)
# A line that heads goals by naming them, colon or not: "Về mục tiêu cụ thể", "Các chỉ tiêu chủ yếu".
GOAL_LIST_HEADING = re.compile(r"^(?:Về\s+)?(?:[Cc]ác\s+)?(?:[Mm]ục tiêu|[Cc]hỉ tiêu)\b(?!.*[.;]$)")
GOAL_LIST_HEADING_WORDS = 8
# A list item's mark, by kind: dashes, letters, numbers.
ITEM_KIND = re.compile(r"^[\s*_]*(?:(?P<dash>[-+•–])|(?P<letter>\(?[a-zđ]\))|(?P<num>\(?\d+(?:\.\d+)*[.)]))\s")
# How many lines back a list head may be found.
LIST_HEAD_LINES = 30

# A per cent of money ("100% kinh phí", "100% vốn"): a funding share, not a goal.
# (the value may sit in brackets: "Giảm (10%-15%) thuế thu nhập doanh nghiệp")
# A share of a score is how it is weighed, no goal: "- 50% số điểm dựa trên số lần bình chọn".
# A place is no score: "80% số điểm vi phạm", "số điểm giao dịch" (a word after it that
# names what kind of point it is).
SCORE_SHARE = re.compile(r"\s*(?:số|tổng(?:\s+số)?)\s+điểm\b(?!\s+(?!(?:dựa|căn|theo|của|do|được|đánh|chấm|bình|xét|thi|tối|trên|cho)\b)\p{Ll})", re.I)
MONEY_SHARE = re.compile(r"\)?\s*(?:số\s+)?(?:kinh phí|vốn|chi phí|ngân sách|nguồn|tiền|giá|lệ phí|phí|thuế)\b", re.I)

# A cut in a tax, fee or rent is a relief a policy grants, no goal, even in a part of
# goals or a task appendix: "Giảm (20-30%) tiền thuê đất", "Miễn 50% lệ phí".
RELIEF_BEFORE = re.compile(r"\b(?:[Gg]iảm|[Mm]iễn)[\s|(]*$")
LEVY_AFTER = re.compile(r"[)\s|]*(?:thuế|lệ phí|phí|tiền[\s|]+thuê|tiền sử dụng đất)\b", re.I)

# Per cents of something that are achievement ratios, not goals ("đạt 100% kế hoạch"),
# or a change on the same period of last year ("tăng 03 vụ (50%) so với cùng kỳ").
RATIO_OF_PLAN = re.compile(r"\)?\s*(?:so (?:với )?)?(?:kế hoạch|dự toán|cùng kỳ)", re.I)
# Capital to disburse is a share of its plan: "giải ngân 100% kế hoạch vốn năm 2025", "tỷ lệ
# giải ngân vốn đầu tư công đạt 100% so với kế hoạch giao".
DISBURSE_BEFORE = re.compile(r"\bgiải ngân\b(?:\s+[^\d\s;,.]+){0,6}?(?:\s+(?:đạt|hết|tối thiểu|trên|ít nhất))?\s*$",
                             re.I)
# A change stated right before its figure: "tăng khoảng 10%", "giảm 5%".
CHANGE_BEFORE = re.compile(r"\b(?:tăng|giảm)(?:\s+(?:khoảng|trên|ít nhất|tối thiểu|từ))?\s*$", re.I)

# A floor allotted to a purpose: "Bố trí tối thiểu 2% ngân sách tỉnh".
AT_LEAST = re.compile(r"\b(?:bố trí|dành|phân bổ|chi)\s+(?:tối thiểu|ít nhất|không dưới)\s*$", re.I)
# A level that describes what a rule applies to, not a level to reach: "Đối với các ngành
# có tỷ lệ nữ … thấp dưới 30% có thể điều chỉnh mục tiêu"; "không thấp hơn 95%" is a floor.
LEVEL_DESCRIBED = re.compile(r"(?<!\bkhông\s+)\b(?:thấp|cao)\s+(?:hơn|dưới|trên)\s*$", re.I)
# A rule a law sets, told after a colon: no goal of the plan's, though it says "phải".
LAW_RULE_TOLD = re.compile(r"\bquy định (?:của|tại)\s+(?:Luật|Bộ luật|Nghị định|Thông tư)\b[^.;:]{0,80}:[^.;]*$")
# A count of things that have a level: the level describes them, it is no goal ("23 xã, phường có
# tỷ lệ bao phủ bảo hiểm y tế dưới 90%").
COUNTED_AT_LEVEL = re.compile(r"(?<![\d.,/])\d+\s+\p{L}[^;:.\d%]{0,40}?\s+có\s+(?:tỷ lệ|tỉ lệ|mức)\b[^;:.\d%]{0,80}?"
                              r"\s(?:dưới|trên|thấp hơn|cao hơn|chỉ đạt|đạt)\s*$")
# ... which a condition or a thing that has the level shows: "có tỷ lệ …", "đối với", "nếu".
CONDITION_BEFORE = re.compile(r"\b(?:có|đối với|nếu|trường hợp|khi)\b", re.I)

# A level a decision sets by adjusting it, no goal: "Lãi suất cho vay … điều chỉnh giảm từ
# 6,6%/năm xuống 6,24%/năm".
ADJUSTED = re.compile(r"\bđiều chỉnh\s+(?:tăng|giảm)\b", re.I)
# Headings that announce goals even when the structure gives their part no role
# ("1. Quán triệt các mục tiêu của Đề án", "Các chỉ tiêu chủ yếu").
ROADMAP_HEADING = re.compile(r"^(?:Điều\s+\d+\s*[.:]\s*)?Lộ trình\b", re.I)
GOAL_HEADING = re.compile(r"\b(?:mục tiêu|chỉ tiêu)\b(?!.*\bkết quả\b)", re.I)
# "… chiếm 29,3%": a share the text reports, not one it aims for (a goal says "phấn đấu"; a
# share planned as a range is one: "nông, lâm, ngư nghiệp chiếm 19% - 20%").
# (a share foretold is one to reach: "thương mại điện tử … sẽ chiếm trên 10% tổng mức bán lẻ")
SHARE_OF = re.compile(r"(?<!\bsẽ\s)\bchiếm(?:\s+(?:khoảng|tỷ lệ|tỉ lệ|gần|hơn|trên|dưới))?\s*$", re.I)
# ... nor in a sentence that sets targets before it: "Mục tiêu cụ thể đến năm 2025 đạt …; doanh
# số thương mại điện tử chiếm hơn 10% …", "đến năm 2030, tỉnh đặt mục tiêu …, chiếm khoảng 30% …"
# (in the share's own clause too: "Mục tiêu của kế hoạch là kinh tế số chiếm 20% GRDP")
SETS_TARGETS = re.compile(r"\b(?:[Mm]ục tiêu|phấn đấu|[Đđ]ến năm\s+(?:19|20)\d\d)\b")
# ... but the part of a goal just set is one: "… đạt 69%, trong đó có bằng cấp, chứng chỉ chiếm 29%",
# a count's too: "tuyển sinh khoảng 75.000 người, trong đó trình độ cao đẳng chiếm trên 25%".
PART_OF_GOAL = re.compile(r"\d(?:\s*%|(?:\s+\p{L}+){1,3})\s*,?\s*trong đó\b[^.;:%]*$")
# Parts where a task or requirement to reach everyone (100%) is a goal without a goal word.
COVERAGE_ROLES = {"tasks", "purpose"}
# A value with most of the words around it figures or codes ("3,82", "K2-CN6") is a cell
# of a table whose rows were run together.
FIGURE_WORD = re.compile(r"\d")
FIGURE_RUN_CHARS = 50
FIGURE_RUN_MIN = 6


# A value inside the title of a document the text cites ("Thực hiện Kết luận số
# 123-KL/TW ngày 24/01/2025 … về Đề án … với mục tiêu tăng trưởng đạt 8% trở lên",
# "THEO NGHỊ QUYẾT SỐ 25/NQ-CP … VỀ MỤC TIÊU … NĂM 2025 ĐẠT 8% TRỞ LÊN"): the cited
# document's goal. The title runs on until a mark or the document's own words resume.
# (or the name in quotes of a scheme it approves: "Quyết định số 338/QĐ-TTg ngày 03 tháng 4 năm 2023 …
# phê duyệt Đề án “Đầu tư xây dựng ít nhất 01 triệu căn hộ …”")
IN_CITED_TITLE = re.compile(
    r"(?<![\p{L}\d])\d{1,5}(?:/(?:19|20)\d\d)?[/\-]\p{Lu}[\p{L}\d/\-]*\s+"
    r"(?:ngày\s+(?:[\d/]+|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s+)?(?:của\s+[^;:\n]{0,80}?\s+)?"
    r"(?:về\s+(?:(?!phấn\s+đấu|[Tt]heo\s+đó|[Tt]rong\s+đó)[^;:\n])*"
    r"|phê duyệt\s+(?:Đề án|Chương trình|Kế hoạch|Chiến lược)\s*[“\"][^”\"\n]*)$", re.I)


GOALS_IT_SETS = re.compile(r"\bvới\s+(?:các\s+)?mục\s+tiêu\b")
LOCAL_SYMBOL = re.compile(r"\S*(?:UBND|HĐND)")


def _is_goal(text: str, cs: int, ce: int, v: NumberMention, role: str, news: bool,
             structure: Structure, follows: bool, normative: bool = False) -> bool:
    """A per cent is a goal in objective sections, or in a goal sentence elsewhere."""
    if _never_a_goal(text, cs, ce, v, news, role):
        return False
    if normative:
        # (a rule's roadmap sets goals by stage: "Điều 4. Lộ trình thực hiện …" > "a) Giai
        # đoạn 1: … đến hết ngày 31 tháng 12 năm 2025, bảo đảm đạt ít nhất 60% số giáo viên")
        return role in GOAL_ROLES or _under_goal_head(text, v.start) or (
            any(ROADMAP_HEADING.search(sec.heading) for sec in _chain(structure, v.start))
            and bool(GOAL_CUE.search(text, cs, v.start)))
    if _share_not_goal(text, cs, v, role, follows):
        return False
    if role in NON_GOAL_ROLES:
        # "c) Phấn đấu tỷ trọng … đạt tối thiểu 30%" in a duties list is still a goal,
        # and so is every clause or item of a list that "phấn đấu" heads
        return role == "implementation" and (bool(STRIVE.search(text, cs, v.start))
                                             or bool(SECURED_MINIMUM.search(text, cs, v.start))
                                             or (v.value == 100 and v.value_high is None
                                                 and bool(SECURED_ALL.search(text, cs, v.start)))
                                             or bool(DATED_IN_DUTY.search(text, cs, v.start))
                                             or (bool(CHANGE_BEFORE.search(text, max(cs, v.start - 20), v.start))
                                                 and bool(DATED_AFTER.match(text, v.end, ce)))
                                             or bool(FLOOR_IN_DUTY.search(text, max(cs, v.start - 20), v.start))
                                             or _under_goal_head(text, v.start))
    if role in GOAL_ROLES:
        return True
    return _goal_sentence(text, cs, ce, v, role, news, structure, follows)


def _never_a_goal(text: str, cs: int, ce: int, v: NumberMention, news: bool, role: str = "") -> bool:
    """A per cent no part makes a goal: a cited title's, a share of a plan's figure, a
    level described or started from, a relief, an adjustment."""
    cited = IN_CITED_TITLE.search(text, cs, v.start)
    if cited and not (news and LOCAL_SYMBOL.match(cited.group(0)) and GOALS_IT_SETS.search(text, cs, v.start)):
        # the goal a cited document's title states (but a report tells the goals of the
        # province's plan it names: "… ban hành Quyết định số 2617/QĐ-UBND về việc phê duyệt
        # Đề án … với mục tiêu …", not those of a national one it cites)
        return True
    if RATIO_OF_PLAN.match(text, v.end) and not STRIVE.search(text, cs, v.start) \
            and not CHANGE_BEFORE.search(text, max(cs, v.start - 20), v.start) \
            and not DISBURSE_BEFORE.search(text, max(cs, v.start - 60), v.start) \
            and not FLOOR_IN_DUTY.search(text, max(cs, v.start - 20), v.start):
        return True     # (a change or a share to strive for names its base: "tăng khoảng 10% so
                        # với cùng kỳ", "Phấn đấu giải ngân trên 95% kế hoạch"; so does a floor set
                        # on it, "Tỷ lệ thu Quỹ … đạt không dưới 95% kế hoạch")
    if LEVEL_DESCRIBED.search(text, max(cs, v.start - 20), v.start) \
            and (role not in GOAL_ROLES or CONDITION_BEFORE.search(text, cs, v.start)):
        return True     # (in objectives an indicator set below or above a level is a goal:
                        # "Tỷ lệ hộ nghèo thấp hơn 3%")
    if LAW_RULE_TOLD.search(text, sentence_bounds(text, v.start)[0], v.start):
        return True                        # "… nhắc lại quy định của Luật Nhà ở năm 2023: dự án … phải dành 20% …"
    if COUNTED_AT_LEVEL.search(text, max(cs, v.start - 140), v.start):
        return True                        # "23 xã, phường có tỷ lệ bao phủ … dưới 90%": whom a level describes
    if RELIEF_BEFORE.search(text, max(cs, v.start - 20), v.start) and LEVY_AFTER.match(text, v.end):
        return True                        # a relief granted ("Giảm (10%-15%) thuế thu nhập …"), in any part
    if ADJUSTED.search(text, cs, v.start) and not STRIVE.search(text, cs, v.start):
        return True
    if FROM_LEVEL.search(text, max(cs, v.start - 12), v.start) and TO_LEVEL.match(text, v.end, ce):
        return True                        # "từ 12,1% … xuống còn 10%": the level it starts from
    return _a_dated_base(text, v)


def _a_dated_base(text: str, v: NumberMention) -> bool:
    """The value is the dated figure a goal rises from or is set against ("…, tăng từ 58%
    năm 2025")."""
    return any(m.start("value") == v.start
               for m in BASE_FIGURE.finditer(text, max(0, v.start - BASE_CUE_CHARS), v.end + BASE_CUE_CHARS))


def _share_not_goal(text: str, cs: int, v: NumberMention, role: str, follows: bool) -> bool:
    """A share outside the goal parts that is no goal: of a whole named before it, a
    score's, or of money (a floor set on a budget is one)."""
    if role not in GOAL_ROLES and SHARE_OF.search(text, max(cs, v.start - 40), v.start) \
            and v.value_high is None and not _under_goal_head(text, v.start) \
            and not (follows and PART_OF_GOAL.search(text, cs, v.start)) \
            and not SETS_TARGETS.search(text, sentence_bounds(text, v.start)[0], v.start):
        return True
    if SCORE_SHARE.match(text, v.end):
        return True
    if role not in GOAL_ROLES and MONEY_SHARE.match(text, v.end) and not STRIVE.search(text, cs, v.start) \
            and not AT_LEAST.search(text, max(cs, v.start - 30), v.start):
        # "Giảm 50% lệ phí trước bạ": a measure of money, no goal; but a floor set on a
        # budget is one ("Bố trí tối thiểu 2% ngân sách tỉnh cho sự nghiệp môi trường")
        return True
    return False


def _goal_sentence(text: str, cs: int, ce: int, v: NumberMention, role: str, news: bool,
                   structure: Structure, follows: bool) -> bool:
    """A per cent outside the goal and duty parts: a goal when its sentence or list strives
    for it, its heading names goals or a stage, or it is a task to reach everyone."""
    if _among_figures(text, v):
        return False                        # a cell of a table whose rows were run together
    s, e = sentence_bounds(text, v.start)
    # (an item run into its list's line is a sentence of its own: "…; (3) Ít nhất 80% …")
    s = max([s] + [m.end() for m in RUN_IN_ITEM.finditer(text, s, v.start)])
    chain = _chain(structure, v.start)
    under_head = _under_goal_head(text, v.start)
    # a result is told before its figure ("đến nay đã đạt 85%"); after it, "đã" may only
    # describe whom a goal counts ("85% người hưởng … hoặc người đã có tài khoản"), and a
    # list headed by its goals ("các chỉ tiêu cụ thể như sau:") states none
    # (a point that opens with what has been done may still strive for a value: "a) Hiện nay
    # tổng khối lượng hoàn thành … (phấn đấu sản lượng mỗi tháng đạt tối thiểu 20%)")
    # (an item's heading is its own text: only what it says before the value counts there,
    # "a) Bảo đảm … xóa bỏ không dưới 60% số lối đi tự mở hiện có")
    reports_chain = any(RESULT_CUE.search(_title(sec.heading)[:max(0, v.start - sec.start)]
                                          if v.start < sec.heading_end else _title(sec.heading))
                        for sec in chain) \
        and not STRIVE.search(text, cs, v.start)
    if _reported(text, s, v.start) or reports_chain \
            or (_told_after(text, v, ce) and not under_head
                and not REQUIRED_BEFORE.search(text, s, v.start)):
        return False
    if news and not chain and _in_present_paragraph(text, v.start):
        return False                        # "Tỉnh … hiện có …; … đạt tỷ lệ huy động 19,11%": the state now
    # (a colon after the figure opens another clause: "… Lưu lượng thoát nước lớn nhất (85%)
    # 27.738 Giải pháp thiết kế: Để đảm bảo …" lends its cue to no figure before it)
    colon = text.find(":", v.end, ce)
    if GOAL_CUE.search(text, cs, ce if colon < 0 else colon) or follows or under_head \
            or HAS_SHARE.fullmatch(text, cs, v.start) \
            or GOALS_COLON.search(text, text.rfind("\n", 0, s) + 1, max(s, v.start)):
        return True
    # a task to reach everyone or everything ("phổ biến … đối với 100% cán bộ", "100% xe ô tô
    # … sử dụng tài khoản thu phí điện tử") is a coverage goal, and so is a requirement the
    # plan's purposes set; a share of money is not
    if role in COVERAGE_ROLES and v.value == 100 and v.value_high is None and not MONEY_SHARE.match(text, v.end):
        return True
    # (anywhere, a sentence that requires it of everyone: "Lực lượng Cảnh sát giao thông phải kiểm
    # tra nồng độ cồn … đối với 100% lái xe khách")
    if v.value == 100 and v.value_high is None and REQUIRED_BEFORE.search(text, s, v.start) \
            and not MONEY_SHARE.match(text, v.end):
        return True
    if any(GOAL_HEADING.search(sec.heading) for sec in _chain(structure, v.start)):
        return True
    # a per cent under a heading that names a stage to reach ("1. Giai đoạn 2025 - 2030")
    return any(HEADING_STAGE.search(sec.heading) for sec in _chain(structure, v.start))


# What a figure counts, told as done: "dưới 5% số điểm đã giải tỏa" (the points cleared).
COUNTED_DONE = re.compile(r"\s*(?:số|các|những)\s+(?:\p{Ll}+\s+){1,3}?đã\b", re.I)
# ... or the places it is counted in: "100% đàn tại các xã đã có dịch trong năm 2025".
PLACES_DONE = re.compile(r"\b(?:tại|ở)\s+(?:các|những)\s+(?:\p{Ll}+\s+){1,3}?$", re.I)


def _told_after(text: str, v: NumberMention, ce: int) -> bool:
    """A result's tense after the figure in its own clause ("…; đồng thời giữ … dưới 5%" is not
    reported by a "đã" in another clause), not the tense that says what the figure counts or
    where."""
    m = RESULT_AFTER.search(text, v.end, ce)
    return m is not None and not (COUNTED_DONE.match(text, v.end) and COUNTED_DONE.match(text, v.end).end() == m.end()) \
        and not PLACES_DONE.search(text, max(v.end, m.start() - 40), m.start())


def _among_figures(text: str, v: NumberMention) -> bool:
    """The value stands among figures and codes, not words: a table flattened into a run
    of cells ("… HTKT1- 11,46 3,82 >1% 4,19 HTKT 2 2 …"), whose heading names no goal of
    the value's own."""
    words = text[max(0, v.start - FIGURE_RUN_CHARS):v.start].split()[1:] \
        + text[v.end:v.end + FIGURE_RUN_CHARS].split()[:-1]
    figures = sum(1 for w in words if FIGURE_WORD.search(w))
    return figures >= FIGURE_RUN_MIN and figures * 2 > len(words)


def _reported(text: str, s: int, pos: int) -> bool:
    """A result is told before the figure, unless a goal is named between the two: "các
    KCN đã đi vào hoạt động, … mục tiêu tỷ lệ phủ sóng 5G đến năm 2030 đạt 100%"."""
    last = None
    for last in RESULT_CUE.finditer(text, s, pos):
        pass
    return last is not None and not GOAL_LIST_HEAD.search(text, last.end(), pos)


def _title(heading: str) -> str:
    """What a heading says of its part: its first sentence. A list item's "heading"
    is the whole item, whose later sentences are its content, not its title."""
    m = FULL_STOP.search(heading)
    return heading[:m.start()] if m else heading


def _under_goal_head(text: str, pos: int) -> bool:
    """The value is a clause of a list of goals: "phấn đấu" (or "mục tiêu", "chỉ tiêu")
    earlier in its sentence, across the semicolons between clauses; or its line is
    an item under a head line that ends with ":" and names goals."""
    ls = text.rfind("\n", 0, pos) + 1
    head_from = ls
    for m in FULL_STOP.finditer(text, ls, pos):
        head_from = m.end()
    head = text[head_from:pos]
    if STRIVE.search(head) and not RESULT_CUE.search(head):
        return True
    head = _list_head(text, ls)
    if head and GOAL_LIST_HEAD.search(head) and not RESULT_CUE.search(head):
        return True
    # (or an item of such a list run into its head's line by a copy: "… các chỉ tiêu cụ thể
    # như sau: (1) 100% …; (2) Ít nhất 85% …")
    colon = text.rfind(":", ls, pos)
    if colon < 0 or not RUN_IN_ITEM.match(text, colon) or FULL_STOP.search(text, colon, pos):
        return False
    head = text[max([ls] + [m.end() for m in FULL_STOP.finditer(text, ls, colon)]):colon]
    return bool(GOAL_LIST_HEAD.search(head) and not RESULT_CUE.search(head))


def _list_head(text: str, ls: int) -> str:
    """The line that heads the list item starting at ``ls``: back over the items of
    the same kind to the first other line, when that line ends with ":"."""
    mark = ITEM_KIND.match(text[ls:ls + 12])
    if not mark:
        return _paragraph_head(text, ls)
    pos = ls
    for _ in range(LIST_HEAD_LINES):
        if pos == 0:
            return ""
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev:pos - 1]
        prev_mark = ITEM_KIND.match(line)
        if prev_mark and prev_mark.lastgroup == mark.lastgroup:
            pos = prev
            continue
        # (or a short heading of goals without its colon: "Về mục tiêu cụ thể")
        bare = line.strip(" *_#\t")
        return line if bare.endswith(":") or (GOAL_LIST_HEADING.match(bare) and len(bare.split()) <= GOAL_LIST_HEADING_WORDS) else ""
    return ""


# Unmarked paragraphs a head line's colon governs: at most this many, none a heading.
UNMARKED_ITEMS = 3
NUMBERED_HEADING = re.compile(r"^[\s*_#]*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)]\s")


def _paragraph_head(text: str, ls: int) -> str:
    """The line ending with ":" right above a few unmarked paragraphs, each closed by "." or
    ";" ("Mục tiêu cụ thể của Kế hoạch là phấn đấu đến năm 2025:" over "Tỷ trọng lao động
    nông nghiệp … dưới 61%; …" and "Duy trì tỷ lệ thất nghiệp …"), or ''."""
    pos = ls
    for _ in range(UNMARKED_ITEMS):
        if pos == 0:
            return ""
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev:pos - 1].strip(" *_#\t")
        if not line or NUMBERED_HEADING.match(line):
            return ""
        if line.endswith(":"):
            return line
        if not line.endswith((".", ";")):
            return ""
        pos = prev
    return ""


# A paragraph that opens on the state of things now: "Tỉnh Bình Dương hiện có 51/91 xã …",
# "Đến nay, …", "Năm qua, …".
PRESENT_STATE = re.compile(r"[^.\n]{0,60}?\b(?:hiện\s+(?:có|nay|đang)|đến\s+nay|tính\s+đến|năm\s+qua|vừa\s+qua)\b",
                           re.I)


# What sets a goal, not what reports a result ("đạt", "tăng" do both).
AIMS = re.compile(r"\b(?:phấn đấu|mục tiêu|chỉ tiêu|đến năm|sẽ|kế hoạch|dự kiến|hướng tới)\b", re.I)


def _in_present_paragraph(text: str, pos: int) -> bool:
    """``pos`` lies in a paragraph that opens on the state of things now and aims at
    nothing before it."""
    para = text.rfind("\n", 0, pos) + 1
    return bool(PRESENT_STATE.match(text, para)) and not AIMS.search(text, para, pos)


def _tells_the_present(text: str, after: int, pos: int) -> bool:
    """A new paragraph between a goal and ``pos`` that opens on the state of things now:
    its figures go on from no goal."""
    para = text.rfind("\n", 0, pos) + 1
    return para > after and bool(PRESENT_STATE.match(text, para))


def _list_key(structure: Structure, pos: int) -> int:
    """Items of one list share the section that holds them all (the parent of an item)."""
    chain = _chain(structure, pos)
    return chain[-2].start if len(chain) >= 2 else (chain[0].start if chain else -1)
