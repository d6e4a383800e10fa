"""Step 2 for plain counts: a count is a goal where a qualifier or a setting verb sets it,
and is counted in the noun after it ("20.000 lao động" in lao động, "1,6 triệu lượt khách" as
1.600.000 lượt)."""
from __future__ import annotations

import regex as re

from pipeline.extraction.numbers import SCALES, NumberMention, is_year
from pipeline.extraction.quantities import counted_noun, held_events, time_unit
from pipeline.extraction.spans import line_bounds
from pipeline.extraction.tables import VALUE_CELL
from pipeline.extraction.targets.goals import FLOOR_IN_DUTY
from pipeline.text import head_word
from pipeline.extraction.targets.patterns import (FROM_LEVEL, GOALS_COLON, GOAL_ROLES, RESULT_CUE, STRIVE,
                                                  TO_LEVEL)


# A count an objective sets without a qualifier, right after the verb that sets it:
# "đầu tư xây dựng mới 120 km đường", "phấn đấu đạt 2,1 con", "giảm 50 vụ".
COUNT_GOAL_VERB = re.compile(r"\b(?:đạt|hoàn thành|xây dựng(?:\s+mới(?:\s+thay thế)?|\s+thành công)?|xây mới|"
                             r"(?:đón\s+và\s+)?phục vụ|đón|tạo(?:\s+ra|\s+thêm)?|đầu tư|nâng cấp|cải tạo|trồng(?:\s+mới)?|"
                             r"khởi công(?:\s+mới)?|đưa vào (?:khai thác|sử dụng|vận hành)|"
                             r"giảm|tăng|(?:tăng\s+|nâng\s+)?lên|xuống|thu hút|đào tạo|tổ chức|"
                             # an intake to reach: "hằng năm tuyển sinh khoảng 75.000 người"
                             r"tuyển sinh(?:\s+mới)?|tuyển mới|"
                             # what is installed or equipped: "lắp đặt 04 camera giám sát"
                             r"lắp đặt(?:\s+mới)?|trang bị(?:\s+mới)?|"
                             r"giải quyết(?: việc làm(?: mới)? cho)?|tạo việc làm(?: mới)? cho|"
                             # "đưa 1.000 người đi làm việc ở nước ngoài", "có thêm từ 25 - 30 sản phẩm",
                             # "phát triển mới và củng cố 65 - 70 tổ chức kinh tế"
                             r"đưa|có thêm|phát triển mới|củng cố|thành lập(?:\s+mới)?|"
                             # "Thực hiện 15 ca về triệt sản"; a market plan's "di dời, xây mới 7 chợ", "giải tỏa 9 chợ"
                             r"thực hiện|di dời|giải tỏa|giải toả|"
                             # "đặt mục tiêu công nhận mới 60 sản phẩm"
                             r"công nhận(?:\s+mới)?|"
                             # what is built or restored: "Xây dựng mới, thay thế 120 cầu dân sinh",
                             # "xếp hạng mới 25 di tích", "tu bổ, tôn tạo 15 di tích"
                             # ("thay thế hoặc gia cố 150 cầu yếu")
                             r"thay thế|xếp hạng(?:\s+mới)?|tu bổ|tôn tạo|cứng hóa(?:\s+mới)?|bê tông hóa|nhựa hóa|gia cố)"
                             r"(?:\s+(?:thêm|được|khoảng|trên|hơn|tối thiểu|ít nhất|tối đa|dưới|từ|bình quân)){0,2}\s*$", re.I)
# A multiple a goal sets: "tăng gấp 2 lần so với năm 2024" (no count of times done).
TIMES_BEFORE = re.compile(r"\bgấp(?:\s+(?:khoảng|trên|hơn|ít nhất|tối thiểu))?\s*$", re.I)
TIMES_AFTER = re.compile(r"\s*lần\b")
# A count that heads what is to be done to it: "6.000 lao động được giải quyết việc làm".
# ("20.000 ngôi nhà … đạt tiêu chí Ngôi nhà an toàn", "150 trường học đạt tiêu chuẩn")
COUNT_TO_BE_DONE = re.compile(r"\s+\p{Ll}+(?:\s+(?:\p{Ll}+|\p{Lu}{2,})){0,9}\s+(?<!\snhằm\s)(?:được|đạt)\s+"
                              r"(?:(?!\d)\p{L}|\d+\s+sao\b)")   # ("… sản phẩm OCOP đạt 5 sao": a grade to reach)
# A count said again for a later year, its noun left out: "… và 22.000 vào năm 2030".
DEADLINE_NEXT = re.compile(r"\s+(?:(?:vào|đến|trong)\s+)?năm\s+(?:19|20)\d\d\b", re.I)
# The top of a range after its bottom: "26.000 - 30.000".
RANGE_REST = re.compile(r"\s*[-–]\s*\d[\d.,]*(?=\s)")
# A count set by "sẽ" or as what a deadline's figure "is": "sẽ có 202 trường", "sẽ đạt
# 176.000 tấn", "đến năm 2030 là khoảng 1,65 tỷ USD", "xuống còn 16 …".
SET_BY = re.compile(r"\b(?:sẽ(?:\s+(?:có|là|đạt|nâng|tăng|giảm))?|phấn đấu,?\s*có|xuống còn|còn dưới|là|có thêm|"
                    r"(?:(?:đến|vào)\s+)?năm\s+(?:19|20)\d\d\s+là|đạt(?:\s+thêm)?)"
                    r"(?:\s+(?:khoảng|trên|dưới|tối thiểu|ít nhất|hơn))?\s*$", re.I)
# An income to reach named right before its sum: "tổng thu từ du lịch khoảng 8.460 tỷ
# đồng", "doanh thu du lịch 4.000 tỷ đồng" (money earned, set as a count is by its verb).
INCOME_BEFORE = re.compile(r"\b(?:doanh\s+thu|tổng\s+thu|thu\s+nhập|kim\s+ngạch|thu\s+ngân\s+sách)"
                           r"[^,;.:()\d]{0,40}?(?:\s+(?:khoảng|trên|hơn|tối thiểu|ít nhất))?\s*$", re.I)
# What a plan carries out and then lists: "tập trung thực hiện 10 giải pháp cụ thể, gồm: …".
CARRIED_OUT = re.compile(r"\b(?:thực\s+hiện|triển\s+khai)\s*$", re.I)
ENUMERATED = re.compile(r"[^.;:\n]{0,120}?(?:,\s*|\s)(?:bao\s+)?gồm\s*:")
# A per cent restated as a count in brackets right after it: "còn 5,86% (13.003 hộ)",
# "giảm 3,3% (giảm 7.219 hộ)": the count is set as the share is.
PER_CENT_AS_COUNT = re.compile(r"%(?:\s+so\s+với\s+[^()%;]{1,40}?)?\s*\(\s*(?:(?:giảm|tăng)\s+)?(?:khoảng\s+|trên\s+|hơn\s+)?$")
# A sum of money after its figure (not "Dự kiến đến năm 2025 số lượng trang trại … là 770 trang trại").
MONEY_AFTER = re.compile(r"\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)?\s*(?:đồng|USD|đô la)\b", re.I)
# Money to be spent, not a goal to reach ("budget allocations are not targets").
FUNDING_BEFORE = re.compile(r"\b(?:dự kiến(?!\s+(?:sẽ\s+)?(?:đạt|đón|thu hút)\b)|kinh phí|nguồn vốn|dự toán|bố trí|phân bổ)\b",
                            re.I)
# The population a rate is counted over: "trên 1 vạn dân", "100.000 dân".
# (not people of an ethnic group: "1.500 người dân tộc thiểu số")
PER_POPULATION = re.compile(r"^(?:vạn|nghìn|ngàn|triệu)?\s*(?:dân|người dân)\b(?!\s+tộc)|^vạn\b", re.I)
# ... but "người dân" is a count of its own ("Hướng dẫn ít nhất 1.500 người dân kích hoạt tài
# khoản") unless a rate's figure comes first and the count is what it is per (RATE_PER_BEFORE).
PEOPLE_COUNTED = re.compile(r"^người dân\b", re.I)
# What a rate is per: a figure and its noun, then "trên", "mỗi" or "/" ("2,5 bác sĩ trên 10.000
# người dân", "dưới 109 bé trai trên 100 bé gái"); not a part of a count ("20.000 lao động trong
# đó trên 9.000 lao động nữ").
RATE_PER_BEFORE = re.compile(r"(?:(?<![\d.,])(?!(?:19|20)\d\d(?!\d))\d+(?:[.,]\d+)*\s+"
                             r"(?:(?!(?:trong|đó|và|hoặc|với|cho|đạt|là|có|còn|lên|xuống|tăng|giảm)\b)\p{L}+\s+){1,4}"
                             r"(?:trên|mỗi)|/)\s*$", re.I)
# The measures and sums a count may be stated in, which need no noun after them; a person
# counted is a "người" whatever follows ("1.200 người lao động"), and so on.
MEASURE_UNIT = re.compile(
    r"(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+)?(?:đồng|USD|tấn(?:\s+\S*\p{Lu}\S*\d\S*)?|ha|héc-ta|km|m2|m3|kg|lít|MW|kW|kWh|"
    r"[KMG]bps|"
    r"căn|chiếc|tuổi)(?!\S)|người(?!\S)|"
    # a household is a "hộ" whatever it is ("3.000 hộ nghèo"), a visit a "lượt" ("lượt người",
    # "lượt khách")
    r"hộ(?=\s+(?!gia đình)\p{Ll})|lượt(?=\s+(?:người|khách)\b)", re.I)
MAGNITUDE_SPELLING = re.compile(r"^tỉ(?=\s)", re.I)
# What a count in years of age is a goal for: "tuổi thọ trung bình đạt 77,67 tuổi".
LIFE_SPAN = re.compile(r"\btuổi thọ\b", re.I)
# The second figure of a range: "26.000 - 30.000".
RANGE_TOP = re.compile(r"\d\s*[-–]\s*$")
# A conjunction after a count's noun joins the next count, no part of the noun.
NOUN_JOINED = re.compile(r"\s+(?:và|hoặc|cùng)\b.*$")
# What a count is per, after a slash: "2,1 con/phụ nữ", "115 bé trai/100 bé gái".
PER_NOUN = re.compile(r"\s*/\s*(?P<noun>(?:\d[\d.]*\s+)?\p{Ll}+(?:\s+\p{Ll}+)?)(?=\s*(?:[;,.)]|$|\s(?:và|trong|vào|đến)\b))")
YEAR_WORDS = {"năm", "năm học"}       # ("06 cuốn sách/năm học": a yearly count, in cuốn sách)

# An ordinal before a figure ("con thứ 3"), and a per cent earlier in the clause.
ORDINAL_BEFORE = re.compile(r"\bthứ\s*$", re.I)
PER_CENT_IN = re.compile(r"\d\s?[%‰]")
# A rate named before a count: the count is part of what the rate measures.
# A count's floor that closes a few words after it ("từ 30 người mắc trở lên"): with a per
# cent after it in the clause, it bounds the class of what the per cent is of.
CLASS_FLOOR = re.compile(r"(?:\s+[^\s\d;.,%]+){1,4}?\s+trở lên\b")
RATE_WORD = re.compile(r"\b(?:tỷ lệ|tỉ lệ|tỷ suất|tỉ suất)\b", re.I)
# ... and with "có" or "sử dụng" before it, it bounds the class of the places named before:
# "doanh nghiệp … sử dụng từ 1.000 lao động nữ trở lên", "hộ có từ 3 lao động trở lên".
HELD_FROM = re.compile(r"\b(?:có|sử dụng)\s+từ\s*$", re.I)


def _count_goal_unit(text: str, v: NumberMention, role: str, comparator: str, cs: int, ce: int,
                     goal_sentence: bool = False, counts_on: str = "", counted_before: str = "") -> str:
    """A plain count is a goal in objective sections with a qualifier or a setting verb
    before it, or as the subject of what is to be done ("6.000 lao động được giải quyết
    việc làm"); elsewhere in a sentence that strives for it or sets it by a deadline
    (``goal_sentence``: "phấn đấu đạt 15.500 tỷ đồng", "đến năm 2025 … đạt 1,4 tỷ USD").
    Not an ordinal ("con thứ 3 trở lên"), nor a count inside the measure of a per cent
    stated before it ("95% phụ nữ mang thai được tầm soát ít nhất 4 bệnh")."""
    if (v.of is not None and not _rate_or_share(v)) or (role not in GOAL_ROLES and not goal_sentence and not counts_on):
        return ""
    # (the parts of a count set just before share its verb: "Giải quyết việc làm cho trên
    # 20.000 lao động, trong đó từ phát triển kinh tế xã hội 9.300 lao động, …")
    # (a range's bottom reads on after its top: "25 - 30 sản phẩm được đánh giá")
    top = RANGE_REST.match(text, v.end)
    set_before = COUNT_GOAL_VERB.search(text, max(cs, v.start - 30), v.start) \
        or SET_BY.search(text, max(cs, v.start - 30), v.start) or counts_on == "clause" \
        or (counts_on == "list" and not text[cs:v.start].strip(" \t;,")) \
        or INCOME_BEFORE.search(text, max(cs, v.start - 60), v.start) \
        or PER_CENT_AS_COUNT.search(text, max(cs, v.start - 70), v.start) \
        or _counts_its_object(text, cs, v, top.end() if top else v.end)
    to_be_done = (role in GOAL_ROLES or goal_sentence) and COUNT_TO_BE_DONE.match(text, top.end() if top else v.end, ce)
    if TIMES_BEFORE.search(text, max(cs, v.start - 12), v.start) and TIMES_AFTER.match(text, v.end):
        return "lần"                        # a multiple to reach: "tăng gấp 1,5 lần so với năm 2025"
    if comparator == "none" and not set_before and not to_be_done:
        return ""
    if role not in GOAL_ROLES and not set_before and comparator != "min" and not STRIVE.search(text, cs, v.start) \
            and not to_be_done and not GOALS_COLON.search(text, text.rfind("\n", 0, v.start) + 1, v.start):
        return ""                           # elsewhere a qualifier alone sets nothing ("ô tô dưới 10 chỗ ngồi"),
                                            # but a list of goals or quotas sets its items ("… gồm: … trên 40.500 người")
    if is_year(v) and not GROUPED.search(text, v.start, v.end):
        return ""                           # a year, not "2.000 tỷ đồng" written with its thousands
    restated = PER_CENT_AS_COUNT.search(text, max(cs, v.start - 70), v.start)
    if ORDINAL_BEFORE.search(text, max(cs, v.start - 8), v.start) \
            or (not restated and _in_per_cents_measure(text, cs, v, set_before)):
        return ""
    if RESULT_CUE.search(text, cs, v.start):
        return ""                           # "Hiện nay, tổng số trạm … khoảng 180 trạm": the state now
    if FROM_LEVEL.search(text, max(cs, v.start - 12), v.start) and TO_LEVEL.match(text, v.end, ce):
        return ""                           # "giảm từ 23 ca … xuống 18 ca": the level it starts from
    if RATE_WORD.search(text, cs, v.start) and PER_CENT_IN.search(text, v.end, ce) and not restated:
        return ""                           # "tỷ lệ … tầm soát ít nhất 4 bệnh … đạt 90%"
    if (floor := CLASS_FLOOR.match(text, v.end, ce)) and FROM_LEVEL.search(text, max(cs, v.start - 12), v.start) \
            and (pc := PER_CENT_IN.search(text, floor.end(), ce)) and "," not in text[floor.end():pc.start()]:
        return ""                           # "Số vụ ngộ độc từ 30 người mắc trở lên giảm 10%": the class counted
                                            # (not "Phát triển từ 30 hợp tác xã trở lên, chiếm 20% …")
    if HELD_FROM.search(text, max(cs, v.start - 16), v.start) and CLASS_FLOOR.match(text, v.end, ce):
        return ""                           # the size of the places a goal is set for
    if RANGE_TOP.search(text, max(cs, v.start - 4), v.start):
        return ""                           # the top of a range read with its bottom ("26.000 - 30.000 tỷ đồng")
    if goal_sentence and FUNDING_BEFORE.search(text, cs, v.start) and MONEY_AFTER.match(text, top.end() if top else v.end):
        return ""                           # "Dự kiến, tổng nguồn vốn đầu tư … khoảng 20.000 tỷ đồng": money to spend
    if counted_before and DEADLINE_NEXT.match(text, v.end):
        return counted_before               # "20.000 ngôi nhà … vào năm 2025 và 22.000 vào năm 2030"
    # (a goal's ceiling on a time is a level to reach: "Thời gian chờ khám bệnh … không quá 30 phút")
    # (but not a course's length: "Mở ít nhất 120 lớp đào tạo … và đào tạo dưới 03 tháng")
    timed_level = role in GOAL_ROLES and comparator in CEILINGS \
        and not COURSE_LENGTH.search(text, max(cs, v.start - 40), v.start)
    return _goal_count_noun(text, v, cs, top.end() if top else v.end, bool(set_before), timed_level)


CEILINGS = ("max", "under")
# A training's length, told after the training: a kind of course, no time to reach.
COURSE_LENGTH = re.compile(r"\b(?:đào tạo|bồi dưỡng|tập huấn|huấn luyện|khóa học|lớp học)(?:\s+\p{Ll}+){0,2}?\s+"
                           r"(?:dưới|trên|từ|không quá|tối đa|tối thiểu)\s*$", re.I)
# An age told in months or days: "trẻ dưới 6 tháng tuổi" names a class of children, not a time.
AGE_IN = re.compile(r"^\p{L}+\s+tuổi\b")


def _time_counted(text: str, cs: int, at: int, unit: str) -> bool:
    """The clause before ``at`` names what the time unit itself counts: a life span in years of
    age ("tuổi thọ … 77,67 tuổi"), or a count of the unit ("số năm sống khỏe mạnh … 68 năm")."""
    if unit == "tuổi":
        return LIFE_SPAN.search(text, cs, at) is not None
    return re.search(rf"\bsố\s+{unit}\b", text[cs:at], re.I) is not None


def _goal_count_noun(text: str, v: NumberMention, cs: int, noun_at: int, set_before: bool,
                     timed_level: bool = False) -> str:
    """The unit of a count set as a goal: the noun it counts (with "/noun" for a rate per
    one), or '' where the noun makes it no goal's count (a rate's base, a grade, the plan's
    own parts, a span of time)."""
    if VALUE_CELL.match(text[slice(*line_bounds(text, v.start))].strip()):
        return ""                           # a figure alone in a table's cell: its column gives its unit,
                                            # not the cell on the next line ("4,1" / "dưới 5,0")
    # (the bottom of a range is counted in the noun after its top: "26.000 - 30.000 tỷ đồng")
    noun = NOUN_JOINED.sub("", counted_noun(text, noun_at, max_words=3))  # "13 bác sĩ và 39 giường bệnh"
    if v.value == 1 and MEASURE_UNIT.match(noun) and not BOUND_BEFORE.search(text, max(cs, v.start - 14), v.start):
        return ""                           # "giá trị sản xuất 1ha đất trồng trọt": the base of a rate
                                            # (not a bound: "diện tích rừng bị cháy dưới 1 ha")
    if RATE_PER_BEFORE.search(text, max(cs, v.start - 60), v.start):
        return ""                           # what a rate is per: "dưới 109 bé trai trên 100 bé gái"
    population = PER_POPULATION.match(noun) and not PEOPLE_COUNTED.match(noun)
    if not noun or population or (len(noun.split()[0]) < 2 and noun.split()[0] != "m"):
        return ""                           # "13 bác sĩ … trên 1 vạn dân": the base of a rate; a
                                            # letter, not the metre ("3.500 m đê, kè")
    if noun.split()[0].casefold() == "sao":
        return ""                           # a grade, not a count: "phân hạng 3 sao trở lên"
    if any(m.start() <= v.start < m.end() for m in SHIFTS.finditer(text, max(0, v.start - 10), v.end + 12)):
        return ""                           # how work is run: "thi công 3 ca 4 kíp", round the clock
    if PLAN_PARTS.match(noun):
        return ""                           # the plan's own parts: "4 mục tiêu được đặt ra", "11 nhiệm vụ"
    if CARRIED_OUT.search(text, max(cs, v.start - 30), v.start) and ENUMERATED.match(text, v.end):
        return ""                           # "thực hiện 5 dự án thành phần …, gồm: …": the plan's parts
    first = time_unit(noun)                 # ("ngày hội" is a festival, no span of days)
    if first and not (set_before and _time_counted(text, cs, v.start, first)) \
            and not held_events(text, v, noun) and not (timed_level and first != "tuổi" and not AGE_IN.match(noun)):
        return ""                           # a span or an age, but "tuổi thọ … đạt 77,67 tuổi" is a goal,
                                            # and so are the sessions held: "tổ chức không ít hơn 02 buổi ngoại khóa",
                                            # and a count of years the clause names: "số năm sống khỏe mạnh
                                            # đạt ít nhất 68 năm"
    per = PER_NOUN.match(text, v.end + text[v.end:].find(noun) + len(noun))
    if per and per["noun"] in YEAR_WORDS:
        per = None                          # "90.000 lượt/năm": a yearly count, in lượt
    # (the head word is read off the longer phrase: "đầu sách điện" cut at three words
    # splits "đầu sách")
    whole = NOUN_JOINED.sub("", counted_noun(text, noun_at))
    return f"{noun}/{per['noun']}" if per else _count_unit(whole if whole.startswith(noun) else noun)


# Shifts and crews of round-the-clock work: "tổ chức thi công 3 ca 4 kíp".
SHIFTS = re.compile(r"\d+\s+ca\s+\d+\s+kíp\b", re.I)
# A bound set on a value, a ceiling or the floor a duty sets: one measure unit after it is a
# level, no rate's base.
BOUND_BEFORE = re.compile(r"\b(?:dưới|không quá|tối đa)\s*$|" + FLOOR_IN_DUTY.pattern, re.I)
GROUPED = re.compile(r"\d[.,]\d{3}")
# What a plan counts of itself, no goal: its goals, tasks, solutions, groups of them (not
# "chỉ tiêu", also a quota: "tuyển sinh 1.800 chỉ tiêu"); a bare "nhóm" is a group of them,
# but a group named for what it is, is counted ("thành lập mới ít nhất 12 nhóm PGS").
PLAN_PARTS = re.compile(r"(?:nhóm\s+)?(?:mục tiêu|nhiệm vụ|giải pháp|nội dung)\b|nhóm$", re.I)
# A setting verb and its object before the count that names it again: "tổ chức các giải thể
# thao các cấp 400 giải", "duy trì tổ chức các giải … từ 400 - 420 giải/năm".
VERB_THEN_OBJECT = re.compile(r"\b(?:tổ chức|xây dựng|thành lập|phát triển|đào tạo|mở)\s+(?P<object>[^,;.:()]{3,50}?)"
                              r"(?:\s+(?:từ|khoảng|trên|hơn|ít nhất|tối thiểu))?\s*$")


def _counts_its_object(text: str, cs: int, v: NumberMention, after: int) -> bool:
    m = VERB_THEN_OBJECT.search(text, max(cs, v.start - 60), v.start)
    noun = counted_noun(text, after, max_words=1)
    return bool(m and noun and noun.casefold() in m["object"].casefold().split())


VERB_JOINED = re.compile(r"\svà\s+\p{Ll}[^,;%]*$")
PART_OPENED = re.compile(r",\s*trong đó\s*,?\s*(?:(?:ít nhất|tối thiểu|không dưới|trên|hơn|khoảng)\s+)?$", re.I)
NEXT_COUNT_JOINED = re.compile(r"\svà\s+(?:(?:ít nhất|tối thiểu|không dưới|trên|hơn|khoảng)\s+)?$", re.I)


def _in_per_cents_measure(text: str, cs: int, v: NumberMention, set_before) -> bool:
    """A per cent earlier in the clause measures what the count describes ("95% phụ nữ mang
    thai được tầm soát ít nhất 4 bệnh"), unless the count has a verb of its own after a
    comma ("… tăng bình quân trên 15%/năm, đạt trên 2.380 tỷ đồng")."""
    last = None
    for last in PER_CENT_IN.finditer(text, cs, v.start):
        pass
    # (nor when "và" opens the count's own clause: "khoảng 12% sản phẩm đạt 4 sao và ít nhất
    # 4 sản phẩm được công nhận OCOP 5 sao"; nor "trong đó" a part stated on its own: "Trên 60%
    # hiện vật … được số hóa, trong đó khoảng 500 hiện vật tiêu biểu được số hóa mô hình 3D")
    # (nor when "và" opens a clause whose own verb sets the count: "… tại 100% cơ sở giáo dục
    # và tổ chức ít nhất 02 đợt cao điểm …")
    between = text[last.end():v.start] if last is not None else ""
    return last is not None and not (set_before and ("," in between or VERB_JOINED.search(between))) \
        and not NEXT_COUNT_JOINED.search(text, last.end(), v.start) \
        and not PART_OPENED.search(text, last.end(), v.start)


# Words that class the noun they stand before; the count is in both: "ngôi nhà", "cuốn sách".
CLASSIFIERS = {"ngôi", "cái", "chiếc", "cuốn", "quyển", "bản", "tấm", "bức", "toà", "tòa", "cây"}
# A count of things written with a word for its scale: "11 triệu con", "200 nghìn lượt khách".
SCALE_WORD = re.compile(r"^(?P<scale>triệu|nghìn|ngàn|vạn)\s+(?P<noun>.+)$", re.I)


def _scaled(value: float, value_high: float | None, unit: str) -> tuple[float, float | None, str]:
    """A count of things written with its scale is the whole number, in the things
    ("1,6 triệu lượt khách" is 1.600.000 lượt, "11 triệu con" 11.000.000 con); a sum of
    money or a measure keeps its scale in its unit ("1.200 tỷ đồng", "2 triệu tấn")."""
    m = SCALE_WORD.match(unit)
    if not m or MEASURE_UNIT.match(unit.split("/")[0]):
        return value, value_high, unit
    factor = SCALES[m["scale"].casefold()]
    return (round(value * factor, 6), round(value_high * factor, 6) if value_high is not None else None,
            _count_unit(m["noun"]))


def _rate_or_share(v: NumberMention) -> bool:
    """A ratio that is a count: a rate per a round number ("xuống còn 500/100.000 trẻ em") or a
    share of a whole ("7/8 huyện có Trung tâm dạy nghề"), counted, as annotators do, in its
    noun; not a whole of itself ("trực 24/24")."""
    return v.of is not None and v.value < v.of and (v.of >= 100 and str(int(v.of)).strip("0") == "1" or v.of < 100)


def _count_unit(noun: str) -> str:
    """A count's unit: a measure or a sum of money alone ("176.000 tấn thành phẩm" is in
    tấn, "65.000 căn nhà ở xã hội" in căn, "1.200.000 tỉ đồng" in tỷ đồng), else the noun's
    head word, as the word segmenter reads it ("31 trường mầm non" in trường, "8 mô hình du
    lịch" in mô hình, "20.000 lao động" in lao động): the word annotators count in."""
    m = MEASURE_UNIT.match(noun)
    if m:
        return MAGNITUDE_SPELLING.sub("tỷ", m.group(0))
    scale = SCALE_WORD.match(noun)
    if scale:                               # (the scale stays for _scaled to read: "triệu lượt khách")
        return f"{scale['scale']} {_count_unit(scale['noun'])}"
    words = noun.split()
    head = head_word(noun)
    if head in CLASSIFIERS and len(words) > 1:
        head = f"{head} {head_word(' '.join(words[1:]))}"      # "20.000 ngôi nhà an toàn" in ngôi nhà
    return head
