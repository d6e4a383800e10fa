"""Building the rows: a value read as a goal becomes a ``Target`` with its evidence; so does a
goal in a table's cell or an indicator appendix, and a count of people to train in a
training-needs section (step 4)."""
from __future__ import annotations

from dataclasses import replace

import regex as re

from pipeline.models import Document, Structure, Target
from pipeline.extraction.numbers import NumberMention, find_values
from pipeline.extraction.quantities import counted_noun, section_role
from pipeline.extraction.spans import evidence, line_bounds, sentence_bounds
from pipeline.extraction.structure import indicator_appendices
from pipeline.extraction.tables import cell_figures
from pipeline.extraction.targets.patterns import (BASE_FIGURE, GOALS_COLON, GOAL_ROLES, NON_GOAL_ROLES,
                                                  RESULT_CUE, RUN_IN_ITEM)
from pipeline.extraction.targets.goals import FLOOR_IN_DUTY, _is_goal, _under_goal_head
from pipeline.extraction.targets.counts import (COUNT_GOAL_VERB, COUNT_TO_BE_DONE, NOUN_JOINED, RATE_WORD, SET_BY,
                                                _count_goal_unit, _scaled)
from pipeline.extraction.targets.details import (_action, _annual, _comparator, _deadline, _group, _level,
                                                 _subject_before)


# Longest sentence quoted whole as a goal's evidence (documents read with their lines run
# to 800 characters at most); past it, the words before and after the figure are quoted.
QUOTE_MAX = 1000
QUOTE_BEFORE = 300
QUOTE_AFTER = 100
# Parts of duties and tasks, where a floor set on what is done is a goal: "Lắp đặt đồng hồ đo
# nước thông minh … tại ít nhất 30 công trình".
DUTY_ROLES = ("implementation", "tasks")
# A sentence elsewhere that sets a count: it strives for it, or it says "sẽ", or it names
# the year it is due ("Kim ngạch xuất khẩu đến năm 2025 đạt 1,765 tỷ USD").
# (a yearly amount a duty must secure is one too: "bảo đảm hằng năm tuyển sinh khoảng 75.000 người")
COUNT_GOAL_SENTENCE = re.compile(r"\b(?:phấn đấu|sẽ|mục tiêu|chỉ tiêu|(?:đến|vào|tới)\s+năm\s+(?:19|20)\d\d|"
                                 r"(?:bảo đảm|đảm bảo)\s+(?:hằng|hàng|mỗi)\s+năm|"
                                 # (or what the plan expects to reach: "Tổng thu từ khách du lịch dự kiến
                                 # đạt khoảng 120.000 tỷ đồng"; not money it expects to spend, FUNDING_BEFORE)
                                 r"dự kiến\s+(?:sẽ\s+)?(?:đạt|đón|thu hút))\b", re.I)

# Nouns of people counted in a training-needs list ("03 công chức", "85 viên chức",
# "2.000 lao động").
NEED_NOUNS = re.compile(
    r"\s*(?:lượt\s+)?(?:công chức|viên chức|cán bộ|người|học viên|cộng tác viên|giảng viên|"
    r"báo cáo viên|nhân viên|lãnh đạo|đại biểu|thành viên|lượt|y tế thôn bản|cô đỡ|"
    r"lao động|giáo viên|chủ|lái xe|nông dân|thanh niên|học sinh|sinh viên|doanh nhân|hội viên|đội viên|"
    # (the posts and trades a plan trains: "tập huấn … cho 1.240 tổ trưởng Tổ công nghệ số cộng
    # đồng", "… cho 1.350 bác sĩ, điều dưỡng")
    r"tổ trưởng|trưởng thôn|bác sĩ|y sĩ|dược sĩ|điều dưỡng|hộ sinh|kỹ thuật viên|chiến sĩ|công nhân|"
    r"hướng dẫn viên|tuyên truyền viên|tình nguyện viên|kiểm lâm viên|nhà giáo|nghệ nhân|tiểu thương|"
    r"thương nhân|ngư dân|huấn luyện viên|trọng tài|cố vấn|vận động viên|"
    # (and a boat's crew: "tập huấn pháp luật về thủy sản cho 1.500 thuyền trưởng, chủ tàu cá")
    r"thuyền trưởng|máy trưởng|thuyền viên)", re.I)


# -- goals -------------------------------------------------------------------

def _appendix_goals(doc: Document, structure: Structure, period_end: int | None,
                    normative: bool) -> list[Target]:
    """The per cents of an appendix that lists the document's indicators are goals, due
    the year its title reaches ("CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030")."""
    rows: list[Target] = []
    for lo, hi, year in indicator_appendices(doc.text, structure.body_end):
        # (a share over 100 in an indicator table is a misread cell: "703%")
        values = [v for v in find_values(doc.text, lo, hi) if v.sign in ("%", "‰") and v.value <= 100]
        cells = cell_figures(doc.text, lo, hi)
        stated: list[tuple[int, int]] = []
        for i, v in enumerate(values):
            nxt = values[i + 1].start if i + 1 < len(values) else None
            row = _target(doc, structure, v, list(reversed(values[max(0, i - 8):i])), "objectives",
                          False, year or period_end, False, stated, normative, nxt)
            if row and _as_table_row(doc, structure, row, cells):
                rows.append(row)
    return rows


def _as_table_row(doc: Document, structure: Structure, row: Target, cells) -> bool:
    """A goal read from a table's cell ("100%" under "Kết quả") takes its row as evidence,
    what the row's indicator counts as its group, and its column's year when it names one.
    False when the cell stands in a column of results ("Thực hiện năm 2025"): no goal."""
    cell = next((f for f in cells if f.start <= row.start < f.end or row.start <= f.start < row.end), None)
    if cell is None or cell.value != row.value:
        return True
    if cell.baseline:
        return False
    row.deadline = cell.year or row.deadline
    row.group = _indicator_group(cell.indicator) or row.group
    row.level = _level(cell.indicator) or row.level
    for key, value in _evidence(doc, structure, cell.row_start, cell.end).items():
        setattr(row, key, value)
    return True


def _table_goals(doc: Document, structure: Structure, ranges: list[tuple[int, int]],
                 period_end: int | None, found: list[Target],
                 period_start: int | None = None) -> tuple[list[Target], set[int]]:
    """Per cents of indicator tables read one cell a line ("Tỷ lệ …" / "%" / "80" / "90"
    under "Giai đoạn 2021 - 2025" / "Giai đoạn 2026 - 2030"): goals in a part that sets
    them, or in a table whose header speaks of goals outside parts that report or fund.
    Each is due the year its column reaches (else the plan's last year). Returns the new
    goals and the ids of goals already ``found`` that a column of results shows to be none
    ("75%" under "Thực hiện 2025"). A column of a year before the plan's period
    (``period_start``) shows where things stand too: "Năm 2025" in a plan for 2026 - 2030."""
    taken = {r.start for r in found} | {r.end for r in found}
    dated: set[int] = set()                 # (ids of) goals a column has dated
    results: set[int] = set()               # (ids of) figures a column shows to be results
    rows = []
    for lo, hi in ranges:
        for f in cell_figures(doc.text, lo, hi):
            if f.year is not None and period_start is not None and f.year < period_start:
                f = replace(f, baseline=True)
            role = section_role(structure, f.start)
            if not (role in GOAL_ROLES or (f.goal_table and role not in NON_GOAL_ROLES)):
                continue
            same = next((r for r in found if f.signed and id(r) not in dated and r.start <= f.start < r.end
                         and r.value == f.value and r.unit == f.unit), None)
            if same is not None:
                # a figure read already as a goal, in its cell or its row's line: its
                # column says when it is due, or that it is a result
                if f.baseline:
                    results.add(id(same))
                else:
                    same.deadline = f.year or same.deadline
                    same.group = _indicator_group(f.indicator) or same.group
                    for key, value in _evidence(doc, structure, f.row_start, f.end).items():
                        setattr(same, key, value)       # (the row is its evidence, not the cell)
                dated.add(id(same))
                continue
            if f.baseline:
                continue
            if f.start in taken or f.end in taken:
                continue
            group = _indicator_group(f.indicator)
            unit, annual = _yearly(f.unit, f.indicator)
            rows.append(Target(
                doc_id=doc.doc_id, target_id="", kind="target", value=f.value, unit=unit,
                comparator=f.comparator, deadline=f.year or period_end, group=group, annual=annual,
                level=_level(f.indicator), **_evidence(doc, structure, f.row_start, f.end)))
    return rows, results


# A row counted each year: its unit per year ("người/năm") or its indicator's words ("Quy mô
# tuyển sinh … hằng năm"). The count is in the unit before "/năm", as in sentences.
PER_YEAR_UNIT = re.compile(r"^(?P<unit>.+?)\s*/\s*năm$", re.I)
YEARLY_INDICATOR = re.compile(r"\b(?:hằng|hàng|mỗi)\s+năm\b", re.I)


def _yearly(unit: str, indicator: str) -> tuple[str, bool]:
    """A table row's unit and whether its figures are yearly."""
    if per := PER_YEAR_UNIT.match(unit):
        return per["unit"], True
    return unit, bool(YEARLY_INDICATOR.search(indicator))


# An aside that restates a goal as a change on a past year: "có 1.510 câu lạc bộ … (tăng 27
# CLB so với năm 2024)".
COMPARISON_ASIDE = re.compile(r"[^()]*\bso với\s+(?:năm|cùng kỳ|giai đoạn|kỳ)\b[^()]*\)")


CHANGE_OPENS_ASIDE = re.compile(r"\(\s*(?:tăng|giảm)(?:\s+(?:thêm|khoảng|hơn|trên))?\s*$")


def _in_comparison_aside(text: str, s: int, e: int, v: NumberMention) -> bool:
    """The value opens a bracket with its change ("(tăng 27 CLB so với năm 2024)"), not a
    goal the bracket sets itself ("(trong đó, khách quốc tế đạt 640.000 lượt, tăng …)")."""
    opened = text.rfind("(", s, v.start)
    return opened >= 0 and bool(CHANGE_OPENS_ASIDE.match(text, opened, v.start)) \
        and bool(COMPARISON_ASIDE.match(text, v.end, e + 1))


def _indicator_group(indicator: str) -> str:
    """What a table row's indicator counts ("Tỷ lệ hộ nghèo" -> "hộ nghèo")."""
    return RATE_WORD.sub("", indicator, count=1).strip(" .:") if indicator else ""


def _target(doc, structure, v: NumberMention, prevs: list[NumberMention], role: str,
            news: bool, period_end: int | None, follows: bool,
            stated: list[tuple[int, int]], normative: bool = False,
            next_value: int | None = None, one_year: bool = False, counts_on: str = "",
            counted_before: str = "") -> Target | None:
    """``counts_on``: ``v`` is a count in the clause ("clause") or the list ("list") of a
    count read as a goal, in ``counted_before``."""
    text = doc.text
    s, e = sentence_bounds(text, v.start)
    if _in_comparison_aside(text, s, e, v):
        return None
    cs, ce = _clause(text, s, e, v.start)
    comparator = _comparator(text, cs, v, prevs)
    if v.sign:
        if not _is_goal(text, cs, ce, v, role, news, structure, follows, normative):
            return None
        unit = v.sign
    else:
        # (outside objectives, a count in a goal sentence, read as a per cent would be)
        # (a requirement to reach it is one too: "2. Yêu cầu" > "- Xây dựng thành công 580 ha rau")
        required = role == "purpose" and not normative \
            and bool(COUNT_GOAL_VERB.search(text, max(cs, v.start - 30), v.start))
        goal_sentence = required or role not in GOAL_ROLES and not normative \
            and (bool(COUNT_GOAL_SENTENCE.search(text, s, e))
                 # (or one of the sentences a paragraph's "mục tiêu cụ thể:" heads)
                 or bool(GOALS_COLON.search(text, text.rfind("\n", 0, s) + 1, max(s, v.start)))
                 # (or heads what is to be done in a list "phấn đấu" heads: "…; 37 xã đạt chuẩn nâng cao")
                 or bool(COUNT_TO_BE_DONE.match(text, v.end, ce)) and _under_goal_head(text, v.start)
                 # (or right after a goal, set by its verb: "… đạt 69%. Giải quyết việc làm cho 20.000
                 # lao động", or by "là" in the goal's list: "… đạt 42%; Số lao động … là 5.000 người")
                 # (or a floor a duty sets: "… phối hợp duy trì không dưới 6 cụm xử lý …")
                 or role in DUTY_ROLES and bool(FLOOR_IN_DUTY.search(text, max(cs, v.start - 20), v.start))
                 or follows and bool(COUNT_GOAL_VERB.search(text, max(cs, v.start - 30), v.start)
                                     or comparator == "min"
                                     or text[:s].rstrip().endswith(";")
                                     and SET_BY.search(text, max(cs, v.start - 30), v.start))) \
            and _is_goal(text, cs, ce, v, role, news, structure, follows, normative)
        unit = _count_goal_unit(text, v, role, comparator, cs, ce, goal_sentence, counts_on, counted_before)
        if not unit:
            return None
    value, value_high, unit = _scaled(v.value, v.value_high, unit)
    group = _group(text, v.end, ce) or _subject_before(text, cs, v.start)
    timed = _without_comparison_base(text, v.end, ce, s, e)
    annual = _annual(timed, s, cs, ce, v, structure)
    return Target(
        doc_id=doc.doc_id, target_id="", kind="target", value=value, value_high=value_high,
        unit=unit, comparator=comparator,
        deadline=_deadline(timed, structure, v, cs, ce, period_end, stated, next_value,
                           prevs[0] if prevs else None, one_year, annual),
        annual=annual, group=group, level=_level(group or text[cs:ce]),
        action=_action(text, v.end, ce, group),
        **_evidence(doc, structure, *_readable(text, s, e, v)))


# The base a goal is measured against, after its value: "giảm 5-10% … so với trung bình
# hàng năm giai đoạn 2011 - 2016". It runs to the clause's next mark or to a deadline of
# the goal's own ("… so với năm 2020 vào năm 2025").
COMPARED_WITH = re.compile(r"\bso\s+với\b", re.I)
BASE_END = re.compile(r"[,;.\n]|\s(?:đến|tới|vào|trong|trước|đến hết)\s+năm\s", re.I)


def _without_comparison_base(text: str, v_end: int, ce: int, s: int, e: int) -> str:
    """The text with the comparison bases of the sentence [s, e) blanked, offsets kept: their
    years and their "hằng năm" are the bases', not a goal's deadline or recurrence, whether
    the base is the goal's own or a clause's before it ("… giảm ít nhất 50% so với năm học
    2024 - 2025; ít nhất 80% trường học …" is due when its list head says). So are the dated
    bases ("…, tăng từ 58% năm 2025")."""
    for b in BASE_FIGURE.finditer(text, s, e):
        text = _blanked(text, b.start(), b.end())
    for m in [*COMPARED_WITH.finditer(text, s, e)]:
        bound = ce if v_end <= m.start() < ce else e     # (the goal's own base ends with its clause)
        stop = BASE_END.search(text, m.end(), bound)
        text = _blanked(text, m.start(), stop.start() if stop else bound)
    return text


def _blanked(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _readable(text: str, s: int, e: int, v: NumberMention) -> tuple[int, int]:
    """The sentence [s, e) as evidence, or, when it runs far beyond what a reviewer reads
    (a flattened table is one "sentence" of thousands of characters), the words around
    the figure: what leads to it and a little of what follows."""
    if e - s <= QUOTE_MAX:
        return s, e
    # (an item of a list run into one line is read whole: "…; (5) 100% số người … lập danh
    # sách chi trả …;")
    marks = [m for m in RUN_IN_ITEM.finditer(text, s, v.start)]
    close = text.find(";", v.end, e)
    close = e if close < 0 else close
    if marks and close - marks[-1].start() <= QUOTE_MAX:
        lo = marks[-1].start() + 1
        return lo + len(text[lo:close]) - len(text[lo:close].lstrip()), close
    lo = max(s, v.start - QUOTE_BEFORE)
    hi = min(e, v.end + QUOTE_AFTER)
    if lo > s:                                                  # (whole words only)
        space = text.find(" ", lo, v.start)
        lo = space + 1 if space >= 0 else lo
    cut = text.rfind(" ", v.end, hi)
    return lo, (cut if hi < e and cut > 0 else hi)


# -- training needs ----------------------------------------------------------

# A sum of the list's needs ("Tổng cộng giai đoạn 2026 - 2028: 1.668 lượt"), or a bound set on
# each class ("Mỗi lớp tổ chức không quá 60 học viên"): no need of its own.
TOTAL_OPENING = re.compile(r"[\s\-+•*]*(?:Tổng cộng|Tổng số|Cộng)\b", re.I)
PER_CLASS = re.compile(r"\b(?:mỗi|một)\s+(?:lớp|khóa|khoá|đợt)\b", re.I)
# ... nor a count per unit that explains a total: "248 người (02 người/đơn vị)".
PER_UNIT_AFTER = re.compile(r"\s*\p{L}+(?:\s+\p{L}+)?\s*/\s*(?:đơn vị|xã|phường|cơ quan|trường|lớp|người|cơ sở)\b")

# A sentence that heads a list of training needs, wherever it stands: "Nhu cầu đào tạo, bồi
# dưỡng giai đoạn 2026 - 2030 như sau:" over "- Bồi dưỡng …: 420 người;" (a needs heading is
# one however it is numbered; this one is not numbered at all).
NEEDS_LIST_HEAD = re.compile(r"\bnhu cầu\s+(?:đào tạo|bồi dưỡng|tập huấn|huấn luyện)\b[^\n]*:[ \t]*$", re.I)
LIST_ITEM = re.compile(r"[ \t]*[-+•*–]")


def under_needs_list_head(text: str, pos: int) -> bool:
    """``pos`` stands in a dashed item of a list whose head names training needs."""
    ls = text.rfind("\n", 0, pos) + 1
    while LIST_ITEM.match(text, ls):
        if ls == 0:
            return False
        ls = text.rfind("\n", 0, ls - 1) + 1
    if ls == text.rfind("\n", 0, pos) + 1:     # (the figure's own line is no item)
        return False
    return bool(NEEDS_LIST_HEAD.search(text, *line_bounds(text, ls)))


def _need(doc: Document, structure: Structure, v: NumberMention) -> Target | None:
    """A count of people to train in a needs section: ``+ Bồi dưỡng …: 03 công chức``."""
    if v.sign or v.of is not None or v.value_high is not None:
        return None
    text = doc.text
    if not NEED_NOUNS.match(text, v.end):
        return None
    s, e = sentence_bounds(text, v.start)
    if TOTAL_OPENING.match(text, s) or PER_CLASS.search(text, s, v.start) or PER_UNIT_AFTER.match(text, v.end):
        return None
    unit = counted_noun(text, v.end, max_words=2)
    return Target(doc_id=doc.doc_id, target_id="", kind="need", value=v.value, unit=unit,
                  action=text[s:v.start].strip(" :-+•*\t"),
                  deadline=None, **_evidence(doc, structure, s, e))


# A count of people a plan is to train, outside a needs section: "Đào tạo nghề cho 5.000 lao
# động", "tập huấn kỹ năng số cho khoảng 300 công chức", "bồi dưỡng thêm 45 cán bộ", or "1.150
# giáo viên được bồi dưỡng …". (A result told is none: "Năm 2025 đã đào tạo cho 3.000 lao động".)
TRAINING = r"(?:đào tạo|bồi dưỡng|tập huấn|huấn luyện)"
# (a second count the same "cho" governs: "… cho 60 đội viên dân quân và 112 thành viên …",
# the first's noun however long: "… cho 1.650 giáo viên phụ trách công tác an toàn giao thông và
# 480 cán bộ công an xã")
# (and one a bare verb governs: "Đào tạo, bồi dưỡng 500 huấn luyện viên, cố vấn … và 1.200 cán bộ …";
# what it is on may stand before "cho": "tập huấn kiến thức, kỹ năng thoát nạn và … cho khoảng 2.400
# tiểu thương")
TRAINED_BEFORE = re.compile(rf"\b{TRAINING}(?:(?:\s+(?:thêm|mới|nghề|bổ sung))?|[^.;:\d\n]{{0,100}}?\s+cho)"
                            r"(?:\s+(?:khoảng\s+|ít nhất\s+|tối thiểu\s+|trên\s+)?\d[\d.]*\s+[^.;:\d\n]{1,80}?(?:\s+và|,))?"
                            r"(?:\s+(?:khoảng|ít nhất|tối thiểu|trên|hơn|thêm))?\s+$", re.I)
# (or sent to be trained: "cử 45 công chức, viên chức tham gia bồi dưỡng kỹ năng số")
TRAINED_AFTER = re.compile(rf"(?:\s+\p{{Ll}}+){{1,4}}?\s+được\s+{TRAINING}\b|[^.;:\d\n]{{1,60}}?\s+tham gia\s+{TRAINING}\b", re.I)
# A clause that is only a count and its noun, in a list whose first clause trains: "… cho 1.200
# cộng tác viên dinh dưỡng; 270 nhân viên y tế; 520 giáo viên, nhân viên nấu ăn …".
COUNT_START = re.compile(r"(?<![\d.,])\d")
BARE_COUNT_CLAUSE = re.compile(r"\s*(?:khoảng\s+|ít nhất\s+|tối thiểu\s+|trên\s+)?\d")


def _listed_after_trained(text: str, v: NumberMention) -> int | None:
    """Where the clause starts that trains a count "cho" them, when ``v`` opens a clause of
    bare counts after it on its line (a semicolon before a figure ends a sentence for the rest
    of the reader); else None."""
    ls = text.rfind("\n", 0, v.start) + 1
    prev = text.rfind(";", ls, v.start)     # (the semicolon before the clause)
    if prev < 0 or text[prev + 1:v.start].strip(" \t"):
        return None
    while prev > ls:
        semi = text.rfind(";", ls, prev)
        ps = semi + 1 if semi >= 0 else ls
        if not BARE_COUNT_CLAUSE.match(text, ps, prev):
            trains = any(TRAINED_BEFORE.search(text, ps, m.start()) for m in COUNT_START.finditer(text, ps, prev))
            return sentence_bounds(text, ps)[0] if trains else None
        prev = ps - 1
    return None


# Parts that tell, fund or bound rather than plan: their counts are no needs.
NO_NEED_ROLES = {"baseline", "funding", "scope"}


def _planned_training(doc: Document, structure: Structure, v: NumberMention, part: str) -> Target | None:
    """A count of people to train that a plan's goal or task sets, as a need row."""
    text = doc.text
    if part in NO_NEED_ROLES or v.sign or v.of is not None or v.value_high is not None \
            or not NEED_NOUNS.match(text, v.end):
        return None
    s, e = sentence_bounds(text, v.start)
    cs = _clause(text, s, e, v.start)[0]
    trained_at = _listed_after_trained(text, v)
    if not (TRAINED_BEFORE.search(text, cs, v.start) or TRAINED_AFTER.match(text, v.end, e) or trained_at is not None) \
            or RESULT_CUE.search(text, s, v.start):
        return None
    if trained_at is not None:
        s = trained_at                      # (the evidence reads from the clause that trains them)
    return Target(doc_id=doc.doc_id, target_id="", kind="need", value=v.value,
                  unit=NOUN_JOINED.sub("", counted_noun(text, v.end, max_words=4)),
                  action=text[cs:v.start].strip(" :-+•*\t;"),
                  deadline=None, **_evidence(doc, structure, s, e))


# -- shared ------------------------------------------------------------------

def _clause(text: str, s: int, e: int, pos: int) -> tuple[int, int]:
    """The part of sentence [s, e) between semicolons that holds ``pos``."""
    cs = text.rfind(";", s, pos)
    ce = text.find(";", pos, e)
    return (s if cs < 0 else cs + 1), (e if ce < 0 else ce)


def _evidence(doc: Document, structure: Structure, s: int, e: int) -> dict:
    ev = evidence(doc, structure, s, e)
    return {k: ev[k] for k in ("quote", "start", "end", "page", "section")}
