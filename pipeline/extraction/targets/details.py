"""Step 3, what a goal says besides its value: its qualifier (comparator), its deadline
(stated, carried from the head of its list or an enclosing heading, or the plan's last year),
whether it recurs yearly, and the group, level and action it names."""
from __future__ import annotations

from functools import lru_cache

import regex as re

from pipeline.models import Section, Structure
from pipeline.extraction.numbers import NumberMention
from pipeline.extraction.spans import sentence_bounds
from pipeline.extraction.structure import LIST_RANK, appendix_start, list_mark
from pipeline.extraction.targets.patterns import (CLAUSE_MARK, FROM_LEVEL, FULL_STOP, LIST_JOINER,
                                                  QUALIFIERS, RUN_IN_ITEM, STRIVE, TO_LEVEL)


QUALIFIER_BEFORE = re.compile(
    r"(?:^|(?<=[^\p{L}]))(?:" + "|".join(f"(?P<{c}>{p})" for c, p in QUALIFIERS)
    # (a deadline may stand between the qualifier and its value: "ít nhất vào năm 2025 đạt 40%")
    + r")\s*(?:(?:vào|đến|tới|trong)(?:\s+hết)?\s+năm\s+(?:19|20)\d\d\s*,?\s*đạt\s+)?"
    # (or the verb: "tối thiểu đạt 80%", "ít nhất phải đạt 80%")
    r"(?:(?:phải\s+)?(?:đạt|là)\s+)?(?:mức\s+|là\s+)?(?:từ\s+)?$", re.I)

# Qualifiers after the value: "30% trở lên", "90% hoặc cao hơn" (at least), "5% trở xuống" (at most).
QUALIFIER_AFTER = re.compile(r"\s*(?:(?P<up>trở lên|hoặc (?:cao )?hơn)|trở xuống|hoặc thấp hơn)\b", re.I)

# The second end of a range after its first value: "từ 80% đến 90%".
RANGE_END = re.compile(r"\s*(?:đến|tới|[-–])\s*\d", re.I)

# A deadline stated in words: "đến năm 2025", "trước năm 2030", "giai đoạn 2026 - 2030",
# "Đến năm 2030" as a heading; "tầm nhìn đến năm 2045" is an outlook, not a deadline.
DEADLINE = re.compile(
    r"(?<!tầm nhìn\s)(?:(?:đến|tới|trước|đến hết|hết|vào|trong)\s+(?:cuối\s+)?năm\s+(?P<y1>(?:19|20)\d\d)"
    # (the year alone where a mark closes it: "Đến 2028, đạt 85%"; not a count, "từ 1800 đến 2000 con")
    r"|(?<!tầm nhìn\s)(?:đến|tới|trước)\s+(?:(?:hết|cuối)\s+)?(?P<y6>20\d\d)(?=\s*[,:;)])"
    # (not the period of a standard: "theo chuẩn nghèo đa chiều giai đoạn 2021-2025")
    # (nor a period compared against: "giảm 10% ca mắc … so với (trung bình) giai đoạn 2016-2020")
    r"|(?<!(?:chuẩn|tiêu chí)\b[^,;.()]{0,40})(?<!(?:so\s+với|thấp\s+hơn|cao\s+hơn)\s+(?:trung\s+bình\s+)?)"
    r"giai đoạn\s+(?:năm\s+)?(?:19|20)\d\d\s*[-–—]\s*(?P<y2>(?:19|20)\d\d)"
    # or a school year, reached by its end: "100% học sinh tham gia BHYT năm học 2021 - 2022"
    # (not the one a rule starts from: "Kể từ năm học 2025 - 2026, … mỗi năm học")
    r"|(?<!\btừ\s)năm học\s+(?:19|20)\d\d\s*[-–—]\s*(?P<y5>(?:19|20)\d\d)"
    # or a date to meet: "hoàn thành 100% … trước ngày 06 tháng 12 năm 2025", "trước 30/6/2026"
    r"|(?:trước|chậm nhất(?:\s+(?:đến|là|vào))?|đến hết|đến)\s+(?:ngày\s+)?\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+|[/.-]\d{1,2}[/.-])"
    r"(?P<y3>(?:19|20)\d\d)"
    # or a month or quarter to meet: "trình Thủ tướng Chính phủ phê duyệt trong tháng 11 năm 2025"
    # ("phấn đấu đến tháng 6/2028 có 70% …", "đến cuối quý II năm 2027")
    r"|(?:trong|trước|đến(?: hết| cuối)?|tới|chậm nhất)\s+(?:tháng\s+\d{1,2}|quý\s+[IV1-4]+)(?:\s+năm\s+|/)"
    r"(?P<y4>(?:19|20)\d\d))(?!\d)", re.I)
# Inside the value's own sentence a bare "năm 2030" also counts (not a date "tháng 4 năm 2021").
# A year compared against ("giảm 5-10% so với năm 2020") is the baseline, not the deadline.
# Of years listed together the last is the one reached ("năm 2025 và 2026"). A year things
# come from is none either ("100% số hộ chuyển tiếp từ năm 2026").
YEAR_IN_SENTENCE = re.compile(r"(?<!tháng\s\d{1,2}\s)(?<!hằng\s|hàng\s|mỗi\s)(?<!so\svới\s|so\s|cùng\skỳ\s)(?<!\btừ\s)"
                              r"năm\s+(?:(?:19|20)\d\d\s*(?:và|,|[-–])\s*)*(?P<y>(?:19|20)\d\d)(?!\d)", re.I)
# What a table's stage row holds besides its stage: marks, cell rules and a row number.
STAGE_ROW = re.compile(r"[\s|*_.:()\-–]*(?:[IVX]{1,4}|\d{1,2}|[A-Đa-đ])?[\s|*_.:()\-–]*")
# A goal kept once reached: "… vào năm 2025 và duy trì đến năm 2030".
MAINTAINED = re.compile(r"\bduy trì(?:\s+ổn định)?\s*$", re.I)
# Headings that name a stage to reach ("1. Giai đoạn 2025 - 2030", "2.1. Đến năm 2030",
# "2.2. Định hướng đến năm 2035", "a) Năm 2026"); not a report's "Kết quả trong năm 2025".
HEADING_STAGE = re.compile(
    r"(?:(?:đến|tới|trước)\s+(?:(?:hết|cuối)\s+)?năm\s+|giai đoạn\s+(?:19|20)\d\d\s*[-–—]\s*|^\W*(?:[\d.]*|[a-zđ][.)])\s*năm\s+|"
    # (the tasks or goals of one year: "III. NHIỆM VỤ TRỌNG TÂM NĂM 2027")
    r"\b(?:nhiệm vụ|mục tiêu|chỉ tiêu|kế hoạch|phương hướng)(?:[\s,]+[^\W\d]+){0,3}\s+năm\s+)"
    r"(?P<y>(?:19|20)\d\d)(?!\d)", re.I)

# What follows a year that is another figure's: "năm 2022 là 2,4 con/bà mẹ".
OTHER_FIGURES_YEAR = re.compile(r"\s*(?:là|đạt|:)\s*\d")
# A sentence that opens with its year: "Năm 2022, tỉnh Yên Bái …", "CTTĐT - Năm 2022, …",
# "Trong năm 2023, …"; or a line of yearly goals, its year over every clause: "- Năm 2027: rà
# soát …; tổng chiều dài đường băng đạt ít nhất 26 km; …".
YEAR_LEADS_SENTENCE = re.compile(r"[\W\p{Lu}]{0,12}?(?:[Tt]rong\s+)?[Nn]ăm\s+(?P<y>(?:19|20)\d\d)\s*[,:]")

# A deadline printed right after its value, nothing but a few words between
# ("10% trong năm 2027", "95% vào năm 2025"): that value's own, even when the
# clause names other years for other values.
OWN_DEADLINE = re.compile(
    # (not past "và": "85% và đến năm 2020 có trên 95%" names the next value's year)
    r"\s*(?:(?!và\b)[\p{L}]+\s+){0,2}?(?:(?:trong|vào|đến|tới|trước|đến hết|hết)\s+năm\s+(?P<y1>(?:19|20)\d\d)"
    r"|giai đoạn\s+(?:19|20)\d\d\s*[-–—]\s*(?P<y2>(?:19|20)\d\d))(?!\d)"
    # or a bare year right after the value: "90% năm 2030", "98% (năm 2030)"; not the year of a
    # base told in brackets: "2,35 con/bà mẹ (năm 2022 là 2,4 con/bà mẹ)"
    r"|\s*\(?\s*năm\s+(?P<y3>(?:19|20)\d\d)(?!\d)(?!\s*(?:là|đạt|:)\s*\d)", re.I)

# A year right before its value, joined by a colon or "đạt" and a qualifier: "năm 2026:
# 80%", "năm 2027 đạt trên 85%", "đến năm 2030 là 90%", "đến năm 2015 có trên 85%".
LEAD_YEAR = re.compile(
    # (or a school year, reached by its end: "trong năm học 2026 - 2027 có 100% trường …")
    r"(?<!so\svới\s)(?<!so\s)\bnăm\s+(?:học\s+(?:19|20)\d\d\s*[-–]\s*)?(?P<y>(?:19|20)\d\d)\s*(?::|,)?\s*(?:(?:đạt|là|có|(?:xuống\s+|giảm\s+)?còn|lên)\s+)?"
    r"(?:(?:" + "|".join(p for _, p in QUALIFIERS) + r")\s+)?(?:từ\s+)?$", re.I)   # ("năm 2015 đạt từ 85%")
LEAD_YEAR_CHARS = 40

# A goal that recurs every year.
# Not a plan or roadmap that is yearly ("theo lộ trình thực hiện hàng năm, phấn đấu đạt 20% …").
ANNUAL = re.compile(r"(?<!\b(?:lộ trình|kế hoạch|chương trình|báo cáo|dự toán)(?:\s+thực hiện)?\s+)"
                    r"\b(?:hằng năm|hàng năm|mỗi năm|năm nào cũng)\b|[%‰]\s*/\s*năm\b"
                    # a count per year: "đạt 90.000 lượt/năm", "25 - 30 câu lạc bộ/năm"
                    r"|(?<=\d\s+\p{Ll}+(?:\s+\p{Ll}+){0,2})\s*/\s*năm\b", re.I)

PER_YEAR_SIGN = re.compile(r"[%‰]")
# A yearly mark heading a whole sentence or list item ("d) Hằng năm, …").
# (after a connective that opens a report's list of goals: "Theo đó, hàng năm, 100% …")
ANNUAL_LEAD = re.compile(r"[-+•*\s]*(?:[a-zđ]\)|\d+[.)])?\s*(?:(?:theo đó|trong đó|cụ thể|đồng thời)\s*,\s*)?"
                         r"(?:hằng năm|hàng năm|mỗi năm)\b", re.I)

# Where the group (who or what the goal counts) ends and the action begins.
GROUP_END = re.compile(
    r"\s(?:được|có|tham gia|đạt|ứng dụng|áp dụng|triển khai|thực hiện|sử dụng|trở lên|phải|"
    r"đáp ứng|bảo đảm|đảm bảo|không|hoàn thành|tiếp cận|kết nối|sở hữu)\b|[;.(:]|$"
    r"|\s(?:và\s+)?(?:trên\s+|tối thiểu\s+|ít nhất\s+)?\d")
# List marks at the start of an item ("- ", "a) ", "2.1. ").
LIST_MARK = re.compile(r"^[-+•*\s]*(?:[a-zđ]\)|\d+(?:\.\d+)*[.)])?\s*")
# The verb and qualifier between a measured thing and its value ("… đạt tối thiểu").
VALUE_VERB_TAIL = re.compile(
    r"(?:\s+(?:phấn đấu|đạt|chiếm|tăng|giảm|lên|xuống|còn|là|ở mức|"
    + "|".join(p for _, p in QUALIFIERS) + r"))+\s*$", re.I)
# Words before the measured thing that are not part of it: "Hằng năm, số vụ …",
# "Phấn đấu tỷ lệ …", "Tỷ lệ người dân …" (the rate of people: the group is the people).
SUBJECT_LEAD = re.compile(
    r"^\s*(?:(?:hằng năm|hàng năm|mỗi năm)\s*,?\s*)?(?:phấn đấu\s+)?"
    r"(?:(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng)\s+(?=\p{L}))?", re.I)
# The period of a rate right after its value ("10,5%/năm"): not the group.
PER_PERIOD = re.compile(r"^\s*/\s*(?:năm|tháng|quý)\b")
# Filler before the group noun.
GROUP_LEAD = re.compile(r"^\s*(?:số|các|tổng số|những)\s+", re.I)
# Administrative tier named in the group ("tuyến xã", "cấp tỉnh", "tuyến Thành phố").
LEVEL = re.compile(r"\b(?:tuyến|cấp)\s+(?P<tier>tỉnh|thành phố|huyện|quận|xã|cơ sở|trung ương)", re.I)
LEVEL_NAMES = {"tỉnh": "province", "thành phố": "province", "huyện": "district", "quận": "district",
               "xã": "commune", "cơ sở": "commune", "trung ương": "central"}

# Figures that are plain counts after a qualifier in an objective ("ít nhất 20 mô hình").
MAX_GROUP_WORDS = 14


# (a value's own verb right before it: "… xuống dưới 12,5% vào năm 2015 và xuống còn 10% …")
OWN_VERB_BEFORE = re.compile(r"\b(?:đạt|còn|lên)\s*$")


PART_OF = re.compile(r"\btrong đó\b", re.I)


def _comparator(text: str, cs: int, v: NumberMention, prevs: list[NumberMention]) -> str:
    """The qualifier right before the value, or one shared with the values before it."""
    m = QUALIFIER_BEFORE.search(text, max(cs, v.start - 40), v.start)
    if m:
        return next(c for c, _ in QUALIFIERS if m.group(c))
    after = QUALIFIER_AFTER.match(text, v.end)
    if after:                       # "đạt từ 30% trở lên": at least
        return "min" if after["up"] else "max"
    if FROM_LEVEL.search(text, max(cs, v.start - 12), v.start) and v.value_high is None \
            and not TO_LEVEL.match(text, v.end) and not RANGE_END.match(text, v.end):
        return "min"                # "đạt từ 90%", "tăng trưởng từ 12%": from there up
    # "Tối thiểu 70% A và 50% B": the qualifier heads both (not "trên 80% A và 100% B";
    # but "khoảng 10% …, 50% … và 100% …" is about all three): walk back along values
    # joined by "," or "và" to the first one with a qualifier; not past a verb of the value's
    # own ("đạt trên 95%, … nông thôn đạt 60%")
    if OWN_VERB_BEFORE.search(text, max(cs, v.start - 12), v.start):
        return "none"
    cur = v
    for prev in prevs:
        if prev.start < cs or prev.sign != v.sign:
            break
        between = text[prev.end:cur.start]
        if not (LIST_JOINER.search(between) and len(between) < 120 and not CLAUSE_MARK.search(between)) \
                or PART_OF.search(between):
            break                   # (a part of the value before is stated on its own: "ít nhất 03
                                    # Ngày hội …, trong đó có 01 ngày hội …")
        pm = QUALIFIER_BEFORE.search(text, max(cs, prev.start - 40), prev.start)
        if pm:
            shared = next(c for c, _ in QUALIFIERS if pm.group(c))
            return shared if v.value < 100 or shared == "about" else "none"
        cur = prev
    return "none"


# -- deadline ----------------------------------------------------------------

# What the things a goal counts have had done to them, before a date: "… đã được xác định".
DONE_BY = re.compile(r"\bđã\b", re.I)
HAD_IN_YEAR = re.compile(r"\btrong\s+(?:năm\s+)?$", re.I)


def _had_in(text: str, v: NumberMention, year) -> bool:
    """The year after the value is one the things counted had something in, told after "đã"
    ("… các xã đã có dịch trong năm 2025")."""
    digits = year.start() + re.search(r"(?:19|20)\d\d", year.group(0)).start()
    return year.start() > v.end and bool(DONE_BY.search(text, v.end, year.start())) \
        and bool(HAD_IN_YEAR.search(text, max(v.end, digits - 16), digits))


def _year_stated(text: str, v: NumberMention, cs: int, ce: int, period_end: int | None,
                 next_value: int | None, prev_value: NumberMention | None, one_year: bool):
    """The match of the year the value's clause states for it, or None: printed right
    after it, leading it, before the clause's next value, or the clause's last."""
    # a year printed right after the value is its own ("10% trong năm 2027, 50% trong năm 2028")
    m = OWN_DEADLINE.match(text, v.end, ce)
    if m is None:
        # a year that leads the value: "năm 2026: 80%, năm 2027: 85%"; not the year of
        # the value before it ("80% … vào năm 2025, 90% năm 2030")
        m = LEAD_YEAR.search(text, max(cs, v.start - LEAD_YEAR_CHARS), v.start)
        if m is not None and prev_value is not None and prev_value.end >= cs:
            own = OWN_DEADLINE.match(text, prev_value.end, v.start)
            m = None if own and own.end() >= m.end("y") else m
    if m is None and next_value is not None and next_value < ce:
        # before the clause's next value: "Giảm 10% số trẻ em … năm 2025 và 20% vào năm 2030";
        # not a year that leads that next value
        # the first year there ("20% xã … năm 2025, bảo đảm đến hết năm 2030 đạt 50%")
        found = [x for x in (DEADLINE.search(text, v.end, next_value),
                             YEAR_IN_SENTENCE.search(text, v.end, next_value)) if x]
        m = min(found, key=lambda x: x.start()) if found else None
        lead = LEAD_YEAR.search(text, m.start(), next_value) if m is not None else None
        if lead is not None and lead.start() < m.end():
            m = None
    if m is None and next_value is not None and next_value < ce:
        # a year stated before the value, when the later ones follow the next value:
        # "đến năm 2025 có 60% trẻ em … và đạt 70% vào năm 2030" is due 2025
        after_prev = prev_value.end if prev_value is not None and prev_value.end >= cs else cs
        m = ([*DEADLINE.finditer(text, after_prev, v.start)] or [None])[-1]
    if m is None:
        # the last stated, but not a year the goal is only kept to once reached ("100% … vào
        # năm 2025 và duy trì đến năm 2030" is due 2025)
        found = [d for d in DEADLINE.finditer(text, cs, ce)
                 if not (one_year and d["y2"] and period_end and int(d["y2"]) > period_end)]
        reached = [d for d in found if not MAINTAINED.search(text, max(cs, d.start() - 20), d.start())]
        # (nor the date by which the things counted were done: "Đến hết năm 2027, xử lý dứt điểm
        # 100% điểm đen đã được xác định đến ngày 31 tháng 12 năm 2025" is due 2027)
        due = [d for d in reached if not (d.start() > v.end and DONE_BY.search(text, v.end, d.start()))]
        # (a year the things counted had something in, after "đã", is theirs even alone: "100%
        # đàn tại các xã đã có dịch trong năm 2025"; a date they were done by still dates the goal
        # where it is the only one, "… số điểm vi phạm đã thống kê trước khi kết thúc năm 2027")
        reached, found = ([d for d in ds if not _had_in(text, v, d)] for ds in (reached, found))
        m = (due or reached or found or [None])[-1]
    if m is None:
        # (not the year of another figure after this one: "2,35 con/bà mẹ (năm 2022 là 2,4 …)",
        # nor one of what the things counted have had: "100% đàn tại các xã đã có dịch trong năm 2025")
        m = ([y for y in YEAR_IN_SENTENCE.finditer(text, cs, ce)
              if not (y.start() > v.end and OTHER_FIGURES_YEAR.match(text, y.end())) and not _had_in(text, v, y)]
             or [None])[-1]
    if m is None:
        # the year a sentence opens with frames its goals: "Năm 2022, tỉnh … phấn đấu có 136
        # trường học hạnh phúc, bằng 30% tổng số trường …"
        m = YEAR_LEADS_SENTENCE.match(text, sentence_bounds(text, v.start)[0], v.start)
    return m


def _deadline(text: str, structure: Structure, v: NumberMention, cs: int, ce: int,
              period_end: int | None, stated: list[tuple[int, int]],
              next_value: int | None = None, prev_value: NumberMention | None = None,
              one_year: bool = False, yearly: bool = False) -> int | None:
    """Stated in the clause, else carried from earlier text, headings or an earlier goal's
    own year ("Đích đến của năm 2030 là …; Cùng thời điểm đó, …"), else the period end.
    In a plan for one year a span past it is a programme's, not the goal's deadline. A
    ``yearly`` goal takes no year from a sentence closed before its own ("Riêng năm 2026:
    … 95% dân số. Hằng năm giảm ít nhất 10% …" recurs to the period's end)."""
    m = _year_stated(text, v, cs, ce, period_end, next_value, prev_value, one_year)
    if m is not None:
        year = int(next(g for g in m.groups() if g))
        if not _a_clauses_own(text, cs, m.start(), year, stated):
            stated.append((m.start(), year))
        return year
    own_time = _item_time(text, v.end)
    if own_time is not None:
        return own_time
    carried = _carried_deadline(text, structure, v.start)
    region = _chain(structure, v.start)
    lo = region[0].start if region else appendix_start(text, structure.body_end, v.start) or structure.body_start or 0
    if not structure.sections and period_end is not None and carried is not None \
            and carried[0] < text.rfind("\n", 0, v.start) and carried[1] > period_end:
        # a text in paragraphs (a press report) whose plan ends before a year told in an earlier
        # paragraph: that year is another scheme's ("… Kế hoạch … giai đoạn 2021 – 2025."), not
        # this plan's goal's
        carried = None
    # (a goal's own year carries to goals after it in its section, not into a sibling's:
    # "1.2.2. … ngay trong năm học 2026 - 2027." is no deadline of "1.4. Mục tiêu thực hiện
    # hằng năm")
    inside = {id(s) for s in region}
    own = sentence_bounds(text, v.start)[0]
    earlier = [(p, y) for p, y in stated if lo <= p < v.start and _governs(text, p, v.start)
               and all(id(s) in inside for s in structure.sections if s.start <= p < s.end)
               and not (SOLE_YEAR.search(text, max(0, p - SOLE_YEAR_CHARS), p + SOLE_YEAR_CHARS)
                        and _closed_before(text, p, own))]
    if yearly and period_end is not None:
        earlier = [(p, y) for p, y in earlier if not _closed_before(text, p, own)]
        carried = None if carried is not None and _closed_before(text, carried[0], own) else carried
    if earlier and (carried is None or earlier[-1][0] > carried[0]):
        return earlier[-1][1]
    return carried[1] if carried else period_end


# A year said to be one sentence's alone: "Ở chặng giữa, riêng năm 2027 tỉnh đặt mục tiêu đón ít
# nhất 12 triệu lượt khách." dates no goal of the sentences after it.
SOLE_YEAR = re.compile(r"\briêng\s+(?:trong\s+)?năm\s+(?:19|20)\d\d\b", re.I)
SOLE_YEAR_CHARS = 16


def _closed_before(text: str, at: int, own: int) -> bool:
    """The sentence of the year at ``at`` ends before ``own``, the start of a goal's own
    sentence, and on the year's own line: a sentence of prose, however many paragraphs
    back ("Đến năm 2028, 100% trạm y tế … . ¶ … ¶ … hằng năm có ít nhất 95% …"), not a
    heading or a list head whose items run on below it."""
    # (the stop's capital after it is the goal's sentence's first letter, at ``own``)
    stop = FULL_STOP.search(text, at, own + 1) if at < own else None
    return stop is not None and "\n" not in text[at:stop.start()]


# A task item's own time line after its goal: "… đến 100% các Sở, ban, ngành … Thời gian
# hoàn thành: Tháng 3/2023. (2) …", "Thời gian thực hiện: Quý IV/2024".
ITEM_TIME = re.compile(r"Thời gian\s+(?:hoàn thành|thực hiện)\s*:\s*(?P<when>[^\n;]{0,40}?(?:19|20)\d\d)(?![\d/])")
# Where the item ends: the next item's mark, in brackets or at a line's start.
NEXT_ITEM = re.compile(r"\(\d{1,2}\)\s|\n[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-+•])\s")
ITEM_TIME_CHARS = 400


def _item_time(text: str, at: int) -> int | None:
    """The year a task item's own time line gives ("Thời gian hoàn thành: Tháng 3/2023"),
    when it follows the value before the next item opens; its last year for a span."""
    end = NEXT_ITEM.search(text, at, at + ITEM_TIME_CHARS)
    m = ITEM_TIME.search(text, at, end.start() if end else at + ITEM_TIME_CHARS)
    if m is None:
        return None
    return int(re.findall(r"(?:19|20)\d\d", m["when"])[-1])


def _a_clauses_own(text: str, cs: int, at: int, year: int, stated: list[tuple[int, int]]) -> bool:
    """A year stated in a clause of a list whose head states another is that clause's alone
    ("Phấn đấu đến năm 2020, … 2 triệu lượt khách; năm 2030 đón khoảng 3 triệu lượt khách;
    mức tăng trưởng … hàng năm đạt 15%": the list's 2020 goes on past 2030's clause)."""
    head = sentence_bounds(text, cs)[0]
    return at >= cs and any(head <= lo < cs and y != year for lo, y in stated)


# A second year joined to a deadline: "đến năm 2027 và năm 2030".
YEAR_PAIR_AFTER = re.compile(r"\s+và\s+(?:năm\s+)?(?:19|20)\d\d\b")
FULL_STOP_OR_LINE = re.compile(r"\n|[.!?](?=\s)")


def _carried_deadline(text: str, structure: Structure, pos: int) -> tuple[int, int] | None:
    """(offset, year) of the last deadline stated before ``pos`` in its own section and
    the ones enclosing it."""
    chain = _chain(structure, pos)
    appendix = None if chain else appendix_start(text, structure.body_end, pos)
    if appendix is not None:
        # (a row of an appendix takes no year from the body, from an appendix before its own,
        # or from the rows above it: only from a row that names a stage, "Giai đoạn 2025-2027")
        return next(((at, year) for at, year in reversed(_stage_rows(text, appendix)) if at < pos), None)
    start = chain[0].start if chain else structure.body_start or 0
    inside = set(id(s) for s in chain)
    best = None
    for m in reversed([*DEADLINE.finditer(text, start, pos)]):
        if YEAR_PAIR_AFTER.match(text, m.end()) and FULL_STOP_OR_LINE.search(text, m.end(), pos):
            continue                # ("… đến năm 2027 và năm 2030 như sau:" heads the columns of a table, each
                                    # with its year; it dates nothing after its sentence)
        holder = [s for s in structure.sections if s.start <= m.start() < s.end]
        if all(id(s) in inside for s in holder) and _governs(text, m.start(), pos):
            best = m
            break
    for sec in reversed(chain):   # the innermost heading naming a stage: "1. Giai đoạn 2025 - 2030"
        if sec.start <= pos < sec.start + len(sec.heading):
            continue              # (the goal's own point, read above: "d) … giảm 10% so với giai đoạn 2021 - 2025.")
        stage = HEADING_STAGE.search(sec.heading)
        if stage and (best is None or sec.start > best.start()):
            return sec.start, int(stage["y"])
    return (best.start(), int(next(g for g in best.groups() if g))) if best else None


# A year whose words close its line with a colon: a head over the lines after it, whatever
# its mark ("- Đến năm 2027:" over "- 60% …", or one a flattened copy ran onto an item's line
# after its full stop, "- Giảm … so với năm 2025. Giai đoạn 2028 - 2030:").
RUN_IN_HEAD = re.compile(r"[^\n.:;]{0,30}:[ \t]*(?:\n|$)")


def _governs(text: str, at: int, pos: int) -> bool:
    """Whether a year stated at ``at`` can carry to a value at ``pos``: not from an item of a
    list to the items after it at its own level or above ("d) … đến tháng 6/2028 có 70% …"
    is not "đ)"'s deadline), nor from items under an earlier item; a head above does carry
    ("a) Đến hết năm 2027:" to its "- 60% …")."""
    kind, year_kind = list_mark(text, pos), list_mark(text, at)
    if kind is None or year_kind is None or text.rfind("\n", 0, at) == text.rfind("\n", 0, pos):
        return True
    if RUN_IN_HEAD.match(text, at):
        return True                         # a head, whatever its mark
    rank = LIST_RANK[year_kind]
    if rank <= LIST_RANK[kind]:
        return False
    # (the head must still be open: no item of its level or above between it and ``pos``)
    own_line = text.rfind("\n", 0, pos) + 1
    line = text.find("\n", at) + 1
    while 0 < line < own_line:
        between = list_mark(text, line)
        if between is not None and LIST_RANK[between] >= rank:
            return False
        line = text.find("\n", line) + 1
    return True


@lru_cache(maxsize=16)
def _stage_rows(text: str, start: int) -> tuple[tuple[int, int], ...]:
    """(offset, year) of the stage rows from the appendix that starts at ``start`` on
    (asked once per appendix, for each of its figures)."""
    return tuple((m.start(), int(next(g for g in m.groups() if g)))
                 for m in DEADLINE.finditer(text, start) if _stage_row(text, m))


def _stage_row(text: str, m) -> bool:
    """The deadline ``m`` is all its line says, but for a row's number: "II | Giai đoạn 2028-2030"."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return STAGE_ROW.fullmatch(line.replace(m.group(0), "")) is not None


def _chain(structure: Structure, pos: int) -> list[Section]:
    """Sections holding ``pos``, outermost first."""
    return sorted((s for s in structure.sections if s.start <= pos < s.end), key=lambda s: (s.start, -s.end))


# Where a clause goes on to another goal: "…, và năng suất lao động hàng năm tăng 7%".
NEXT_PART = re.compile(r",\s|\svà\s")
PER_CENT_AHEAD = re.compile(r"\d[\d.,]*\s*%")


def _next_goals_year(text: str, v: NumberMention, m, ce: int) -> bool:
    """A yearly word after the value, past a comma or "và", with another per cent after it
    belongs to that goal ("… sẽ chiếm trên 10% tổng mức bán lẻ, và năng suất lao động hàng
    năm tăng tối thiểu 7%": only the 7% recurs)."""
    return m.start() > v.end and bool(NEXT_PART.search(text, v.end, m.start())) \
        and bool(PER_CENT_AHEAD.search(text, m.end(), ce))


# A paragraph that strives year by year: each of its sentences is yearly ("Phấn đấu hàng năm,
# tỷ lệ người tập luyện … tăng từ 1,5 - 2%. Gia đình thể thao tăng từ 0,5 - 1%.").
STRIVE_YEARLY = re.compile(r"\b[Pp]hấn đấu\s+(?:hằng|hàng|mỗi)\s+năm\b")
YEARLY_REACH = 300
# A yearly word right after another value of the clause is that value's: "tăng 23-25% mỗi
# năm, chiếm khoảng 30% tổng mức bán lẻ" makes only the 23-25% yearly.
RIGHT_AFTER_VALUE = re.compile(r"[\d%‰]\s*$")
# "và" then a verb that opens a predicate of its own.
OWN_PREDICATE = re.compile(r"\svà\s+(?:đưa|giảm|nâng|tăng|đạt|bảo đảm|đảm bảo|phấn đấu)\b", re.I)


def _anothers_rate(text: str, cs: int, v: NumberMention, m) -> bool:
    """The yearly word is another value's: right after it, or before it where "và" then a
    verb of its own opens the value's predicate ("mỗi năm giải quyết việc làm cho 18.000
    thanh niên và đưa tỷ lệ … xuống dưới 6%": only the count recurs)."""
    if m.end() > v.start:
        # (a count per year after the value is that count's rate: "tối thiểu 75% người cao tuổi
        # được khám sức khỏe định kỳ ít nhất 01 lần/năm" is not yearly)
        return m.group(0).lstrip().startswith("/") and bool(re.search(r"\d", text[v.end:m.start()]))
    if RIGHT_AFTER_VALUE.search(text, max(cs, m.start() - 3), m.start()):
        return True
    joined = [j for j in OWN_PREDICATE.finditer(text, m.end(), v.start)]
    return bool(joined) and bool(re.search(r"\d", text[m.end():joined[-1].start()]))


# A heading that makes every goal under it yearly: "d) Hằng năm", "3. Chỉ tiêu hằng năm:",
# "c) Các chỉ tiêu thực hiện hằng năm:", "c) Các mục tiêu thực hiện hằng năm trong giai đoạn
# 2026 - 2030:" (the stage says over which years), "b) Chỉ tiêu duy trì hằng năm:".
ANNUAL_HEADING = re.compile(r"\W*(?:[\d.]+|[a-zđ][.)])?\s*(?:(?:các\s+)?(?:mục tiêu|chỉ tiêu)(?:\s+(?:thực hiện|phấn đấu|cụ thể|duy trì))?\s+)?"
                            r"(?:hằng|hàng|mỗi)\s+năm(?:\s+(?:trong\s+)?(?:giai đoạn|thời kỳ)\s+(?:19|20)\d\d\s*[-–]\s*"
                            r"(?:19|20)\d\d)?\W*", re.I)


def _annual(text: str, s: int, cs: int, ce: int, v: NumberMention, structure: Structure | None = None) -> bool:
    """Yearly when the clause says so, or the sentence opens with it ("Hằng năm, …; …"), or
    its heading is only that, and the clause names no deadline of its own. A rate per year
    is its own value's: "tăng 18 - 20%/năm, trong đó khách quốc tế đạt 45 - 50%" makes only
    the first yearly."""
    if any(not PER_YEAR_SIGN.match(m.group(0)) or m.start() == v.end - len(v.sign or "")
           for m in ANNUAL.finditer(text, cs, ce)
           if not _next_goals_year(text, v, m, ce) and not _anothers_rate(text, cs, v, m)):
        return True
    # (or the list item whose clauses, split by semicolons, the sentence continues: "- Hàng
    # năm khoảng 80% …; 70% trẻ em …")
    item = text.rfind("\n", 0, s) + 1
    strives = list(STRIVE.finditer(text, item, v.start))
    lead = ANNUAL_LEAD.match(text, s) or (ANNUAL_LEAD.match(text, item) and not FULL_STOP.search(text, item, s)) \
        or (strives and STRIVE_YEARLY.match(text, strives[-1].start())     # (until another strives,
            and (v.start - strives[-1].start() <= YEARLY_REACH               # a few sentences on, or
                 or "." not in text[strives[-1].start():v.start])           # its own list of clauses,
            and not RUN_IN_ITEM.search(text, strives[-1].start(), v.start))  # in the same item)
    headed = structure is not None and any(ANNUAL_HEADING.fullmatch(sec.heading.strip())
                                           for sec in _chain(structure, v.start))
    return bool(lead or headed) and not DEADLINE.search(text, cs, ce)


# -- group, level, action ----------------------------------------------------

def _group(text: str, start: int, end: int) -> str:
    tail = GROUP_LEAD.sub("", PER_PERIOD.sub("", text[start:end]))
    m = GROUP_END.search(tail)
    words = tail[:m.start()].split()
    return " ".join(words[:MAX_GROUP_WORDS]).strip(" ,")


def _subject_before(text: str, cs: int, pos: int) -> str:
    """For "Tỷ lệ X đạt 60%": the measured thing named before the value."""
    head = LIST_MARK.sub("", text[cs:pos])
    head = VALUE_VERB_TAIL.sub("", head)
    head = SUBJECT_LEAD.sub("", head)
    return " ".join(head.split()[:MAX_GROUP_WORDS]).strip(" ,:")


def _level(phrase: str) -> str:
    m = LEVEL.search(phrase)
    return LEVEL_NAMES[m["tier"].casefold()] if m else ""


def _action(text: str, start: int, end: int, group: str) -> str:
    tail = GROUP_LEAD.sub("", text[start:end]).strip()
    if group and tail.startswith(group):
        tail = tail[len(group):]
    return tail.strip(" ,;.")
