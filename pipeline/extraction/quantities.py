"""Baseline figures: what the last period achieved, counted with the noun it counts.

Steps:
 1. take the sections that report results (role ``baseline``); in a report
    (``BÁO CÁO``) every part states the present state, so every part is taken
    but those that set goals or plan (objectives, needs, future tasks)
 2. find every value there (``numbers.find_values``)
 3. drop false friends: years, dates, document numbers, section numbers,
    durations (``Sau 04 năm``, ``lớp 3 tháng``), money, ranks (``hạng III``),
    measures (``970,46 ha``, ``2,6 km``): a quantity counts things
 4. keep the counted noun as ``unit`` and the longer phrase as ``subject``
 5. ``split`` sets the rates (per cents, per milles) apart from the counts and ratios
"""
from __future__ import annotations

import regex as re

from pipeline.text import head_word
from pipeline.models import Document, Quantity, Structure
from pipeline.extraction.numbers import GLUED_MEASURE, SCALES, NumberMention, find_values, is_year
from pipeline.extraction.spans import evidence, sentence_bounds
from pipeline.extraction.structure import annexed_plan
from pipeline.extraction.structure.patterns import PREAMBLE_START
from pipeline.extraction.tables import count_cells

# Roles whose figures are baseline results.
BASELINE_ROLES = {"baseline"}

# Units of time: a figure counting them is a duration or a label, not a baseline count;
# an age ("trẻ em dưới 15 tuổi") bounds a group, it counts nothing.
TIME_UNITS = {"năm", "tháng", "ngày", "tuần", "quý", "giờ", "phút", "buổi", "h", "kỳ", "lần", "tuổi"}
# Units of time that also count events, when they are held ("tổ chức ít nhất 02 buổi ngoại
# khóa", "đã tổ chức 146 buổi nói chuyện"), not when they are spent ("tập huấn trong 02 buổi").
EVENT_UNITS = {"buổi"}
SPENT = re.compile(r"\b(?:trong|kéo dài|mất|từ|sau|trước)(?:\s+(?:khoảng|ít nhất|tối đa|hơn))?\s*$", re.I)
HELD = re.compile(r"\b(?:tổ chức|mở)\s+(?:(?:ít nhất|tối thiểu|không ít hơn|không dưới|trên|hơn|khoảng|từ|được)\s+)?$", re.I)

# Document types whose whole body reports results (a report, not a plan).
REPORT_TYPES = {"BÁO CÁO"}
# In a report, parts with these roles still look ahead: goals, planned counts.
REPORT_NOT_BASELINE = {"objectives", "needs", "purpose", "scope"}
# A report's task part is results only when its heading says the work is done
# ("Một số nội dung đã thực hiện trong năm 2025"), not "Nhiệm vụ thời gian tới".
PAST_HEADING = re.compile(r"\b(?:đã|kết quả)\b", re.I)

# In a report, the proposals part (``V. KIẾN NGHỊ``, ``4. Đề xuất, kiến nghị``) asks
# for action ahead: its figures are what is proposed, not results.
PROPOSAL_HEADING = re.compile(r"^\W*(?:[\dIVX.]+\s*)?(?:đề xuất|kiến nghị|đề nghị)\b", re.I)

# A whole number written with its thousands marked: "1.972".
THOUSANDS = re.compile(r"\d{1,3}[.,]\d{3}$")

# A figure inside a company's name ("Công ty TNHH Sản xuất và Thương mại 186 Yên Bái",
# "Công ty TNHH Lâm nghiệp 888 Yên Bái"): the name runs from the company word to
# the figure with no clause break and no verb between.
COMPANY_NAME = re.compile(
    # (the company word in capitals: "doanh nghiệp đang hoạt động và khoảng 72.400 hộ" names none)
    r"(?-i:\bCông ty|\bDoanh nghiệp|\bHợp tác xã|\bHTX|\bTập đoàn|\bLiên danh)\b"
    r"(?:(?![,;:()\n]|\s(?:có|đã|được|với|gồm|là|cho|cấp|ban hành|thực hiện|nộp)\s).)*$", re.I)

# Words that cannot open a counted noun: a figure before them ends a name or list
# ("Phú Thịnh 1, Phú Thịnh 2, Phú Thịnh 3 và đường trục chính").
NOT_NOUN_START = {"và", "hoặc", "với", "cùng", "hay"}

# Parts of the document itself, not things counted in the world ("cả 03 tiêu chí",
# "4 mục tiêu", "05 nhiệm vụ trọng tâm").
DOCUMENT_PARTS = re.compile(r"\s*(?:tiêu chí|mục tiêu|nhiệm vụ|giải pháp|nội dung|nhóm)\b", re.I)

# Measures: areas, lengths, volumes, weights are sizes, not counts of things.
MEASURE = re.compile(r"\s*(?:ha|km2|km²|km|m2|m²|m3|m³|m|kg|tấn|lít)(?![\p{L}\d])", re.I)

# A grade after its figure: "sản phẩm đạt 4 sao" rates a product, it counts nothing.
GRADE_AFTER = re.compile(r"\s*sao\b", re.I)

# Money: not a count of anything the plans track as a baseline figure.
MONEY = re.compile(r"\s*(?:nghìn|ngàn|triệu|tỷ)?\s*(?:đồng|USD|VNĐ|VND)\b", re.I)
MAGNITUDE = re.compile(r"\s*(?:nghìn|ngàn|triệu|tỷ)\b", re.I)
# ... but a scale before a noun of things counted is a count's: "6,8 triệu lượt hành khách".
SCALED_COUNT = re.compile(r"\s*(?P<scale>nghìn|ngàn|triệu|vạn)(?=\s+\p{L})", re.I)

# Words right before a figure that make it a label: document numbers, dates,
# articles, ranks, ordinals ("số 520", "ngày 01", "Điều 9", "khóa XII", "lần thứ 6", "mũi 2").
LABEL_BEFORE = re.compile(
    # (not a total's "tổng số": "với tổng số 225 thành viên" counts members)
    r"(?:(?<!\btổng\s)\bsố|\bngày|\btháng|\bnăm|\bĐiều|\bkhoản|\bđiểm|\bmục|\bhạng|\bkhóa|\bkhoá|\bthứ|"
    r"\bphụ lục|\bbảng|\bgiai đoạn|\bquý|\bcấp|\bhướng|\blớp|\bđợt|\btop|\bmã|\bQCVN|\bTCVN|/|"
    # (a dose's number: "tiêm mũi 2 vắc xin sởi - rubella")
    r"\bmũi|"
    # (a plenum's number: "Hội nghị Trung ương 8 khóa XI")
    r"\bTrung ương)\s*$",
    re.I)
# A level, month or span takes a small number ("cấp 2", "tháng 6"): a figure with its thousands
# marked after one is the count of the class it names ("trình độ sơ cấp 1.294 người, đào tạo
# dưới 03 tháng 2.173 người").
LEVEL_OR_SPAN_BEFORE = re.compile(r"\b(?:cấp|tháng|quý|lớp|đợt|hạng|khóa|khoá)\s*$", re.I)
# "cấp" is a level before a figure ("cấp 2") but the verb "to issue" after an
# auxiliary: "đã cấp 09 giấy phép" counts licences.
ISSUED_COUNT = re.compile(r"\b(?:đã|được|sẽ|mới)\s+cấp\s*$", re.I)
# A figure at the start of a line followed by "." or ")" is a section number.
ENUMERATOR = re.compile(r"^[\s*#]*$")
ENUM_AFTER = re.compile(r"[.)]")

# Words that end the counted noun: verbs, links and prepositions after it.
# ("làm" is a verb after a count, but part of the noun in "việc làm")
NOUN_END = re.compile(
    # (a figure a preposition follows counts no noun: "tại COP 26 về …" is a name's number)
    r"\s(?:và tương đương|hiện có|hiện nay|thực hiện|có|được|đã|là|với|tại|trong|của|để|theo|về|thuộc|đạt|"
    r"(?<!việc\s)làm|trực tiếp|gián tiếp|phụ trách|quản lý theo|chiếm|gồm|bao gồm|trên|so với|khoảng|đang|nên|vượt|ước|"
    # ("tổng" opens a total, "… 50 hộ, tổng …", not the words it begins: "01 tổng đài", "02 tổng kho")
    r"tổng(?!\s+(?:đài|đội|công ty|cục|kho|đại lý)\b)|sau|trước|từ|đến|vào|tăng thêm)\b|[,;.:()\[\]/…]|\s[-–]\s|\s\d|\n\s*\n|\n(?=\s*\p{Lu})|$")
# A formula whose subscript a copy set apart: "tấn CO 2 tđ" is "tấn CO2tđ".
SUBSCRIPT = re.compile(r"(?<=\b(?:CO|CH|NO|SO|N|O))\s(\d)(?:\s?(tđ)\b)?")
# Nouns that need their next word to mean anything ("biên chế công chức").
NOUN_MAX_WORDS = 6
SUBJECT_MAX_WORDS = 12


#: The kinds of figure that are rates, not counts: kept apart from the counts and ratios.
RATE_KINDS = ("percent", "permille")


def split(found: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """The counts and N/M ratios, and the rates (per cents, per milles) a plan starts from:
    a count answers "how many", a rate "what share", and the two are compared apart."""
    return [q for q in found if q.kind not in RATE_KINDS], [q for q in found if q.kind in RATE_KINDS]


def extract(doc: Document, structure: Structure, period_start: int | None = None) -> list[Quantity]:
    """``period_start``: the first year of the plan's period, before which a year's figures
    are where it starts."""
    text = doc.text
    lo, hi = structure.body_start or 0, structure.body_end or len(text)
    report = is_report(structure)
    # the opening text before the first heading states where things stand: a
    # directive's "Năm 2021, toàn tỉnh xảy ra 40 vụ …" is the baseline it answers
    # (counts only: its per cents are compared with something, "tăng 03 vụ (50%)")
    opening_end = min((sec.start for sec in structure.sections), default=lo)
    values = find_values(text, lo, hi)
    # (a plan a decision issues after its signature tells where things stand too)
    if annex := annexed_plan(doc, structure):
        structure, (a_lo, a_hi) = annex
        values += find_values(text, a_lo, a_hi)
    rows = [row for v in values
            if (section_role(structure, v.start) in BASELINE_ROLES
                or (report and _report_baseline(structure, v.start))
                or (v.start < opening_end and not v.sign and not DOCUMENT_PARTS.match(text, v.end)
                and not _cites(text, v.start) and not _aims(text, v.start))
                or _told_state(text, structure, v, period_start))
            and (row := _quantity(doc, structure, v))]
    # (a table of where things stand gives its counts in a unit column: "Nhà bị sập, trôi" /
    # "nhà" / "38"; its sizes and sums are no counts, as in sentences)
    taken = {r.start for r in rows}
    for c in count_cells(text, lo, hi):
        if (section_role(structure, c.start) in BASELINE_ROLES or (report and _report_baseline(structure, c.start))) \
                and not MONEY.match(c.unit) and not MEASURE.match(c.unit) and c.row_start not in taken:
            ev = evidence(doc, structure, c.row_start, c.end)
            rows.append(Quantity(doc_id=doc.doc_id, value=c.value, of=c.of, unit=c.unit, subject=c.indicator, kind="count",
                                 quote=ev["quote"], start=c.row_start, end=c.end, page=ev["page"],
                                 section=ev["section"]))
    return sorted(rows, key=lambda r: r.start)


# Elsewhere, a sentence that tells where things stand: "Hiện nay toàn tỉnh có 78 đơn vị …",
# "Tính đến ngày 30/6/2025, … có 6.950 doanh nghiệp", "Đến nay mới có 642/1.126 cổng trường …".
STATE_TOLD = re.compile(r"\b(?:[Hh]iện\s+(?:nay|có|còn|đang)|[Hh]iện(?=\s+(?:toàn|trên|cả|tỉnh|thành phố|huyện|xã)\b)|"
                        r"[Tt]ính đến|[Đđ]ến nay|mới có|mới đạt|[Tt]heo số liệu|[Qq]ua rà soát|[Tt]heo thống kê|"
                        # (what the province or city has, said of it as a whole: "thành phố có 58 trạm
                        # sạc công cộng", "toàn tỉnh có 124 đơn vị"; not "mỗi xã có …", a quota)
                        r"(?:[Tt]oàn\s+(?:tỉnh|thành phố|huyện|xã|phường)|(?<![Mm]ỗi\s)(?:[Tt]ỉnh|[Tt]hành phố))"
                        r"\s+(?:hiện\s+)?(?:đã\s+)?có)\b")
# ... or opens with a year or a period before the plan's: "Năm học 2024 - 2025, thành phố có …",
# "Giai đoạn 2021 - 2025, … xảy ra 214 vụ".
PAST_OPENING = re.compile(r"[\W]{0,4}(?:[Tt]rong\s+)?(?:[Nn]ăm(?:\s+học)?|[Gg]iai đoạn)\s+(?:(?:19|20)\d\d\s*[-–]\s*)?"
                          r"(?P<y>(?:19|20)\d\d)\s*,")
# ... or with the months of a year run so far, whatever the year: "Trong 9 tháng đầu năm 2025,
# trên tuyến xảy ra 11 vụ …".
MONTHS_RUN = re.compile(r"[\W]{0,4}(?:[Tt]rong\s+)?\d{1,2}\s+tháng\s+(?:đầu\s+)?năm\s+(?:19|20)\d\d\s*,")
# ... or names such a year before its count, not as one to reach: "Theo Sở Công Thương, năm
# 2025 toàn tỉnh có khoảng 1.250 doanh nghiệp …".
# (not a date's year, "ngày 12 tháng 6 năm 2025", nor a base compared with, "so với năm 2025")
PAST_YEAR_BEFORE = re.compile(r"(?<!\b(?:đến|tới|trước|vào|hết|cuối|từ|với)\s)(?<!tháng\s+\d{1,2}\s+)"
                              r"\b[Nn]ăm\s+(?P<y>(?:19|20)\d\d)\b(?!\s*[-–])")
# ... or the end of such a year as the time of its count: "đến hết năm 2025 toàn tỉnh có 386
# sản phẩm OCOP" in a plan for 2026-2030 (a year to reach is never before the plan's).
PAST_YEAR_END = re.compile(r"\b(?:đến|tới)\s+(?:hết|cuối)\s+năm\s+(?P<y>(?:19|20)\d\d)\b(?!\s*[-–])", re.I)
# ... or says what the things counted are doing now: "Khoảng 3.100 hộ tiểu thương đang buôn bán
# tại các điểm này".
# (the count is the sentence's subject: "Khám sàng lọc cho khoảng 6.000 người lao động đang thuê
# trọ" is a task for those people)
DOING_NOW = re.compile(r"\s+(?:\p{Ll}+\s+){1,4}?đang\s+\p{Ll}")
SUBJECT_COUNT = re.compile(r"[\W]*(?:(?:khoảng|gần|hơn|trên|có)\s+)?$", re.I)
# The end of a clause another goes on from: "…; 2.950 thanh niên …".
CLAUSE_GOES_ON = re.compile(r";\s")
# What a sentence says when it aims rather than tells.
AIMS_AHEAD = re.compile(r"\b(?:phấn đấu|mục tiêu|chỉ tiêu|sẽ|hướng tới|đặt ra|dự kiến|kế hoạch|đến năm|"
                        r"ít nhất|tối thiểu|không dưới)\b", re.I)
# A number of a part of a law, or one of a list of numbers: "… 3 Điều …", "bến cảng số 3, 4".
TOLD_LABEL_AFTER = re.compile(r"\s*(?:Điều|Chương|Mục|Khoản|Phụ lục)\b")
TOLD_LABEL_BEFORE = re.compile(r"\bsố\s+\d+\s*,\s*$")
# Parts whose counts are planned, funded or bounded, not told.
NOT_TOLD_ROLES = {"needs", "funding", "scope"}


def _told_state(text: str, structure: Structure, v: NumberMention, period_start: int | None) -> bool:
    """A count (or N/M) in a sentence outside the baseline parts that tells where things
    stand now, aiming at nothing."""
    if v.sign or section_role(structure, v.start) in NOT_TOLD_ROLES or DOCUMENT_PARTS.match(text, v.end) \
            or _cites(text, v.start) \
            or TOLD_LABEL_AFTER.match(text, v.end) or TOLD_LABEL_BEFORE.search(text, max(0, v.start - 20), v.start):
        return False
    s, e = sentence_bounds(text, v.start)
    # (a clause after a semicolon that opens with its figure is read with the sentence it
    # goes on: "Năm 2025, toàn tỉnh đã giải quyết việc làm cho 42.310 lao động; 2.950 thanh
    # niên được vay vốn …")
    while s >= 2 and CLAUSE_GOES_ON.match(text, s - 2, s) and text.rfind("\n", s - 2, s) < 0:
        s = sentence_bounds(text, s - 2)[0]
    if AIMS_AHEAD.search(text, s, e):
        return False
    due = PAST_YEAR_END.search(text, s, e)
    if due and period_start is not None and int(due["y"]) >= period_start:
        return False                        # "Đến hết năm 2028, tỉnh có …": a year to reach
    lead = PAST_OPENING.match(text, s, e) or PAST_YEAR_BEFORE.search(text, s, v.start) \
        or PAST_YEAR_END.search(text, s, v.start)
    doing_now = DOING_NOW.match(text, v.end, e) and SUBJECT_COUNT.fullmatch(text, s, v.start)
    return bool(STATE_TOLD.search(text, s, v.start) or MONTHS_RUN.match(text, s, e) or doing_now
                or (lead and period_start is not None and int(lead["y"]) < period_start)
                or (DONE_BEFORE.search(text, s, v.start) and _after_told_sentence(text, s, period_start)))


# What was done, told before the count: "Các lực lượng chức năng đã phát hiện, xử lý 3.860 trường hợp".
DONE_BEFORE = re.compile(r"\bđã\s+(?!được\b)\p{Ll}+")


def _after_told_sentence(text: str, s: int, period_start: int | None) -> bool:
    """The sentence before ``s`` in its paragraph tells a past year's state ("Năm 2025, trên địa
    bàn tỉnh xảy ra 14 vụ …."): the next one that tells what was done goes on with it."""
    if s < 2 or text.rfind("\n", s - 2, s) >= 0:
        return False
    ps, _ = sentence_bounds(text, s - 2)
    lead = PAST_OPENING.match(text, ps, s) or PAST_YEAR_BEFORE.search(text, ps, s)
    return bool(lead) and period_start is not None and int(lead["y"]) < period_start


# What an opening's sentence says when it sets a goal, not the state it answers: "- Tổ chức không
# dưới 150 buổi truyền thông …" in a letter's list of goals before its numbered requests.
OPENING_AIMS = re.compile(r"\b(?:phấn đấu|mục tiêu(?! quốc gia)|chỉ tiêu|sẽ|ít nhất|tối thiểu|không dưới|không ít hơn)\b", re.I)


def _aims(text: str, pos: int) -> bool:
    """The clause of ``pos`` sets a goal (its sentence may still tell the state before a
    semicolon: "… xảy ra 405 vụ …; phấn đấu giảm cả 3 tiêu chí")."""
    s, e = sentence_bounds(text, pos)
    lo = text.rfind(";", s, pos) + 1 or s
    hi = text.find(";", pos, e)
    return bool(OPENING_AIMS.search(text, lo, e if hi < 0 else hi))


def _cites(text: str, pos: int) -> bool:
    """The figure stands in a preamble's sentence that cites documents ("Căn cứ Nghị định số …
    quy định về … chính quyền địa phương 2 cấp"): a title's words, nothing counted."""
    return bool(PREAMBLE_START.match(text[sentence_bounds(text, pos)[0]:pos]))


def is_report(structure: Structure) -> bool:
    """A report (``BÁO CÁO``): its body states results throughout."""
    return str(structure.header.get("type", "")).strip().upper() in REPORT_TYPES


def _report_baseline(structure: Structure, pos: int) -> bool:
    """In a report, a part holds baseline figures unless it sets goals or plans work ahead."""
    chain = [s for s in structure.sections if s.start <= pos < s.end]
    if any(s.role in REPORT_NOT_BASELINE or PROPOSAL_HEADING.search(s.heading) for s in chain):
        return False
    if any(s.role == "tasks" for s in chain):
        return any(s.role == "tasks" and PAST_HEADING.search(s.heading) for s in chain)
    return True


def section_role(structure: Structure, pos: int) -> str:
    """The role of the section holding ``pos`` (the structure reads it from headings)."""
    return structure.role_at(pos)


def _quantity(doc: Document, structure: Structure, v: NumberMention) -> Quantity | None:
    text = doc.text
    if _is_label(text, v):
        return None
    noun = counted_noun(text, v.end)
    value = v.value
    # a count with its scale in words: "6,8 triệu lượt hành khách" is 6.800.000 lượt (not a
    # sum or a measure: "1,2 triệu đồng", "1,1 triệu m²")
    scaled = SCALED_COUNT.match(text, v.end) if v.of is None and not v.sign else None
    if scaled and (MONEY.match(text, scaled.end()) or MEASURE.match(text, scaled.end())):
        scaled = None
    if scaled:
        value, noun = round(v.value * SCALES[scaled["scale"].casefold()], 6), counted_noun(text, scaled.end())
    if v.sign:
        unit = v.sign
    elif not noun or noun.split()[0].casefold() in NOT_NOUN_START or (time_unit(noun) and not held_events(text, v, noun)) \
            or MONEY.match(text, v.end) \
            or (MAGNITUDE.match(text, v.end) and not scaled) or MEASURE.match(text, v.end) \
            or GRADE_AFTER.match(text, v.end):
        return None
    else:
        unit = noun
    s, e = sentence_bounds(text, v.start)
    ev = evidence(doc, structure, s, e)
    return Quantity(doc_id=doc.doc_id, value=value, of=v.of, unit=unit,
                    subject=_subject(text, v.end, e), kind="count" if scaled and value == int(value) else v.kind,
                    quote=ev["quote"], start=s, end=e, page=ev["page"], section=ev["section"])


def _is_label(text: str, v: NumberMention) -> bool:
    """Years, dates, document and section numbers, ranks."""
    if v.of is None and is_year(v) and not THOUSANDS.match(text, v.start, v.end):
        return True                         # (not "1.972 tàu", a count with its thousands marked)
    before = text[max(0, v.start - 25):v.start]
    if LABEL_BEFORE.search(before) and not ISSUED_COUNT.search(before) \
            and not (LEVEL_OR_SPAN_BEFORE.search(before) and THOUSANDS.match(text, v.start, v.end)):
        return True
    if COMPANY_NAME.search(text[max(0, v.start - 120):v.start]):
        return True
    line_start = text.rfind("\n", 0, v.start) + 1
    return bool(ENUMERATOR.match(text[line_start:v.start]) and ENUM_AFTER.match(text, v.end))


def time_unit(noun: str) -> str:
    """The unit of time a noun counts in ("năm", "buổi"), or '': not a word that only opens
    with one ("ngày hội", a festival, as the segmenter reads it)."""
    first = noun.split()[0].casefold() if noun else ""
    # (the segmenter is asked only when the first syllable is a unit of time)
    return first if first in TIME_UNITS and head_word(noun).casefold() == first else ""


def held_events(text: str, v, noun: str) -> bool:
    """The count is of events held ("đã tổ chức 146 buổi nói chuyện chuyên đề"), or named for
    what they are ("với 1.250 buổi tuyên truyền trực tiếp"), not time spent ("kéo dài 02 buổi",
    "trong 02 buổi tập huấn")."""
    if noun.split()[0].casefold() not in EVENT_UNITS:
        return False
    before = text[max(0, v.start - 40):v.start]
    return bool(HELD.search(before)) or (len(noun.split()) > 1 and not SPENT.search(before))


def counted_noun(text: str, pos: int, max_words: int = NOUN_MAX_WORDS) -> str:
    """The noun a figure counts: the words after it up to a verb, link or punctuation."""
    tail = text[pos:pos + 120]
    if re.match(GLUED_MEASURE, tail):
        tail = " " + tail                   # "580ha rau": the measure glued to the figure
    if not tail[:1].isspace():
        return ""
    tail = SUBSCRIPT.sub(lambda m: m[1] + (m[2] or ""), tail)
    m = NOUN_END.search(tail)
    words = tail[:m.start()].split()
    if not words or not words[0][0].isalpha():
        return ""
    return " ".join(words[:max_words])


def _subject(text: str, pos: int, end: int) -> str:
    """A longer description: the words after the figure up to the clause end."""
    tail = text[pos:end]
    cut = re.search(r"[;:]", tail)
    words = (tail[:cut.start()] if cut else tail).split()
    return " ".join(words[:SUBJECT_MAX_WORDS]).strip(" ,.")
