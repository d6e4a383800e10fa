"""Steps 1 and 5 over the whole document: find every stated value in the body, annexed plan
and task appendices, read each in the part it stands in, drop a report's restated
headline and counts, and give each row an id derived from its content."""
from __future__ import annotations

import hashlib
from collections import Counter

import regex as re

from pipeline.models import DocMeta, Document, Structure, Target
from pipeline.extraction.numbers import NumberMention, find_values, is_year
from pipeline.extraction.quantities import section_role
from pipeline.extraction.spans import sentence_bounds
from pipeline.extraction.structure import PREAMBLE_START, annexed_plan, indicator_appendices, task_appendices
from pipeline.extraction.targets.patterns import GOAL_ROLES, LIST_JOINER
from pipeline.extraction.targets.goals import _list_key, _tells_the_present
from pipeline.extraction.targets.records import (_appendix_goals, _need, _planned_training, _table_goals, _target,
                                                 under_needs_list_head)


# The next sentence breaking a count down: "… đón 1,6 triệu lượt khách du lịch. Trong đó, 1,4
# triệu lượt khách nội địa, 200 nghìn lượt khách quốc tế."
# A share of a count just set, told after "trong đó": "tuyển sinh khoảng 75.000 người, trong đó
# trình độ cao đẳng, trung cấp chiếm trên 25%".
SHARE_OF_COUNT = re.compile(r"(?:\s+\p{L}+){0,3}\s*,?\s*trong đó\b[^.;:%\n]*")
BREAKDOWN_OPENS = re.compile(r"[^.;:!?\n]{0,40}\.\s+Trong\s+đó\s*,?\s*(?:có\s+)?")

# Figures read from an OCR'd page are less sure than typed ones.
SCANNED_CONFIDENCE = 0.8
# Normative acts (laws, decrees, circulars, technical regulations) set rules: their
# per cents are conditions and limits ("ít nhất 25% vốn góp", "độ dốc … không quá
# 12%"), goals only where the act says so (an objectives section, "phấn đấu").
NORMATIVE_TYPES = {"Luật", "Bộ luật", "Pháp lệnh", "Nghị định", "Thông tư", "Thông tư liên tịch",
                   "Quy chuẩn", "Quy chế"}
# So is a province's decision numbered with its year ("35/2024/QĐ-UBND"): the year in the
# number marks a legal normative act, a decision that lays down rules, not a plan's.
NORMATIVE_DECISION = re.compile(r"^\d+/(?:19|20)\d\d/QĐ-")

# A per cent this close after a goal per cent continues the same list of goals
# ("…; 100% viên chức …", "Cùng với đó, 100% lãnh đạo …"): about two paragraphs.
CONTINUATION_CHARS = 400

# The plan period named near the top of the document (used when metadata has none).
PERIOD_IN_TITLE = re.compile(
    r"(?<!(?:so\s+với|thấp\s+hơn|cao\s+hơn)\s+(?:trung\s+bình\s+)?)(?:giai đoạn\s+(?:năm\s+)?(?:19|20)\d\d\s*[-–—]\s*|đến năm\s+)"
    r"(?P<y>(?:19|20)\d\d)(?!\d)", re.I)
TITLE_WINDOW = 1500


def extract(doc: Document, structure: Structure, meta: DocMeta) -> list[Target]:
    text = doc.text
    lo = structure.body_start or 0
    hi = structure.body_end or len(text)
    news = meta.source_kind == "news" or not structure.sections
    period_end = meta.goals_due or meta.period_end or _period_from_title(text, structure)
    normative = meta.doc_type in NORMATIVE_TYPES or bool(NORMATIVE_DECISION.match(meta.symbol or ""))
    # (a plan for one year that names a programme's span, "theo Đề án … giai đoạn 2026 -
    # 2030", sets its goals for its own year)
    one_year = meta.period_start is not None and meta.period_start == period_end
    rows: list[Target] = []
    values = find_values(text, lo, hi)
    annex = annexed_plan(doc, structure)
    if annex:
        structure, (a_lo, a_hi) = annex
        values += find_values(text, a_lo, a_hi)
    values = [v for v in values if not _past_aside(text, v, meta.period_start)]
    rows += _read_values(doc, structure, values, news, period_end, normative, one_year=one_year)
    # (a task appendix schedules what is to be done and reached, "Nhiệm vụ và chỉ tiêu": a
    # figure in its rows is read as a goal, as in an objectives part)
    for t_lo, t_hi in task_appendices(text, structure.body_end):
        if not (annex and t_lo < annex[1][1] and annex[1][0] < t_hi):
            rows += _read_values(doc, structure, find_values(text, t_lo, t_hi), news, period_end,
                                 normative, role="objectives", one_year=one_year)
    # (an appendix row that restates a body goal is a statement of its own, as a goal said
    # twice in the body is: each carries its own evidence)
    rows += _appendix_goals(doc, structure, period_end, normative)
    # (an indicator appendix's table with a unit column sets its rows' goals too: "%" / "40" /
    # "60" / "80" under "Năm 2026" / "Năm 2027" / "Năm 2028")
    tables = [(lo, hi)] + ([annex[1]] if annex else []) \
        + [(a_lo, a_hi) for a_lo, a_hi, _ in indicator_appendices(text, structure.body_end)]
    tabled, results = _table_goals(doc, structure, tables, period_end, rows, meta.period_start)
    rows = [r for r in rows if id(r) not in results] + tabled
    if meta.source_kind == "news":
        rows = _without_restated_counts(_without_restated_headlines(text, rows))
    rows = _without_past_results(text, structure, rows, meta.period_start)
    if not structure.sections:
        _no_past_carried_deadlines(text, rows, meta.period_start, period_end)
    for r in rows:                  # a figure read from an OCR'd page may be misread
        if doc.page_at(r.start) in doc.ocr_pages:
            r.confidence = SCANNED_CONFIDENCE
    _assign_ids(doc.doc_id, rows)
    return rows


def _read_values(doc: Document, structure: Structure, values: list[NumberMention], news: bool,
                 period_end: int | None, normative: bool, role: str | None = None,
                 one_year: bool = False) -> list[Target]:
    """The goals and training needs among ``values``, in text order, each read in the part
    it stands in (or in ``role``)."""
    rows: list[Target] = []
    last_goal = None
    last_count = None                         # the last count read as a goal
    last_unit = ""                            # ... and its unit
    stated: list[tuple[int, int]] = []        # (offset, year) of deadlines stated with a goal
    for i, v in enumerate(values):
        part = role or section_role(structure, v.start)
        if part == "needs" or under_needs_list_head(doc.text, v.start):
            row = _need(doc, structure, v)
        elif (row := _planned_training(doc, structure, v, part)) is None:
            # (a count of people a goal or task trains is a need; any other value may be a goal)
            follows = (last_goal is not None and v.start - last_goal.end < CONTINUATION_CHARS
                       and _list_key(structure, last_goal.start) == _list_key(structure, v.start)
                       and not _tells_the_present(doc.text, last_goal.end, v.start)) \
                or (v.sign and last_count is not None and bool(SHARE_OF_COUNT.fullmatch(doc.text, last_count.end, v.start)))
            # (a count goes on a list of counts its sentence set: "Giải quyết việc làm cho trên
            # 20.000 lao động, trong đó từ phát triển kinh tế xã hội 9.300 lao động, …")
            # (not a breakdown after a colon, "… trên 18.000 người, cụ thể: Cao đẳng 2.100 người");
            # the next clause of the list goes on only with a verb of its own ("…; năm 2030 đón
            # khoảng 17 triệu lượt khách"): ``counts_on`` is "clause" or "list"
            between = doc.text[last_count.end:v.start] if last_count is not None else ""
            counts_on = ""
            if not v.sign and last_count is not None and ":" not in between and len(between) < CONTINUATION_CHARS:
                if not re.search(r"[;.!?\n]", between) and LIST_JOINER.search(between) \
                        and sentence_bounds(doc.text, v.start) == sentence_bounds(doc.text, last_count.start):
                    counts_on = "clause"
                elif between.count(";") == 1 and not re.search(r"[.!?\n]", between):
                    counts_on = "list"
                elif BREAKDOWN_OPENS.fullmatch(between):
                    counts_on = "clause"    # "… sẽ đón 1,6 triệu lượt khách. Trong đó, 1,4 triệu lượt …"
            # earlier values of the same kind, nearest first (a year between two per cents
            # does not break "khoảng 10% trong năm 2027, 50% trong năm 2028")
            prevs = [u for u in reversed(values[max(0, i - 8):i]) if u.sign == v.sign] if v.sign else \
                [u for u in values[max(0, i - 1):i] if not is_year(u)]
            # (a year is no next count: "đạt 1,4 tỷ USD, đến năm 2030 là khoảng 1,65 tỷ USD")
            nxt = next((u.start for u in values[i + 1:i + 8] if u.sign == v.sign and not is_year(u)), None)
            if role and i and sentence_bounds(doc.text, v.start) != sentence_bounds(doc.text, values[i - 1].start):
                stated = []         # (a table's row takes no year from the row above: only its column)
            row = _target(doc, structure, v, prevs, part, news, period_end, follows, stated, normative,
                          nxt, one_year, counts_on, last_unit if counts_on else "")
            if row and row.unit in ("%", "‰"):
                last_goal = row
            elif row:
                last_count, last_unit = v, row.unit
        if row:
            rows.append(row)
    return rows


# A report's headline: its first line, short, with no full stop ("Phấn đấu tỷ lệ lao động
# qua đào tạo đạt 69%").
HEADLINE_MAX = 160
#: ... the page's first lines (a page's title over its article's headline).
HEADLINE_LINES = 2


def _without_restated_headlines(text: str, rows: list[Target]) -> list[Target]:
    """A report's goals without those its headline states and its story states again (the
    same value and unit): the story's sentence is the statement, the headline sums it up."""
    top = [m for m in re.finditer(r"(?m)^.*\S.*$", text)][:HEADLINE_LINES]

    def headline(r: Target) -> bool:
        line = next((m for m in top if m.start() <= r.start < m.end()), None)
        return line is not None and len(line.group(0).strip()) <= HEADLINE_MAX \
            and not line.group(0).rstrip().endswith((".", ";", ":", ","))
    told = {(r.value, r.unit) for r in rows if not headline(r)}
    return [r for r in rows if not (headline(r) and (r.value, r.unit) in told)]


# A sentence that opens with its year or period: "Năm 2025, …", "Giai đoạn 2021-2025, …", "Tính
# đến ngày 30/6/2025, …" (the
# year alone, as details.YEAR_LEADS_SENTENCE reads it for deadlines, or a period's last year).
PERIOD_LEADS_SENTENCE = re.compile(r"[\W\p{Lu}]{0,12}?(?:(?:[Tt]rong\s+)?(?:[Nn]ăm\s+|[Gg]iai đoạn\s+(?:19|20)\d\d\s*[-–]\s*)"
                                   # (or the day, month or year's end it tells the state of: "Tính
                                   # đến ngày 30/6/2025, …"; not "Đến hết năm 2025, bảo đảm …", a goal)
                                   r"|[Tt]ính\s+đến\s+(?:(?:hết|cuối)\s+)?(?:ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]"
                                   r"|tháng\s+\d{1,2}[/.-]|năm\s+))(?P<y>(?:19|20)\d\d)\s*,")
# A lead that counts to a day as the time of a state: "Tính đến ngày 30/6/2025, …".
AS_OF = re.compile(r"[\W\p{Lu}]{0,12}?[Tt]ính\s+đến\b")
# What such a sentence says when it aims rather than tells: "Năm 2027, tỉnh phấn đấu …",
# "Năm 2027, kế hoạch đặt mục tiêu …".
AIMS = re.compile(r"\b(?:phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|sẽ|hướng tới|đặt ra|cần|phải)\b", re.I)


# A year a goal is due by: "đến hết năm 2025", "trong năm 2025", "trước năm 2026".
DUE_BY = re.compile(r"\b(?:đến|tới|trước|trong|hết|cuối|vào)\s+(?:\S+\s+){0,2}$", re.I)


def _year_of_state(sentence: str, year: int) -> bool:
    """The sentence names ``year`` as the time of a state, not as a time to reach it."""
    return any(not DUE_BY.search(sentence[max(0, m.start() - 20):m.start()])
               for m in re.finditer(rf"(?<!\d){year}(?!\d)", sentence))


ASIDE_CHARS = 25
# A bracket that tells a past year's figure beside a goal: "tối thiểu 95% … (năm 2025 đạt 88%)".
YEAR_FIGURE_ASIDE = re.compile(r"\(\s*(?:[Nn]ăm|[Cc]uối năm|[Hh]ết năm)\s+(?P<y>(?:19|20)\d\d)\s*(?:đạt|là|:)\s*$")


def _without_past_results(text: str, structure: Structure, rows: list[Target],
                          period_start: int | None) -> list[Target]:
    """Goals without the figures of a year before the plan's period that a sentence opens
    with (or gives its figure) and tells, aiming at nothing ("Năm 2025, tỷ lệ hồ sơ trực tuyến đạt 60%" in a plan
    for 2026-2030, or a report on one): the state the plan starts from. (A part of objectives
    sets what it states, whatever its year.)"""
    if period_start is None:
        return rows

    def past(r: Target) -> bool:
        s, e = sentence_bounds(text, r.start)
        lead = PERIOD_LEADS_SENTENCE.match(text, s, e)
        # (or a year before the period that the sentence itself gives the figure: "Tỷ lệ huy
        # động trẻ … năm học 2024 - 2025 đạt 96,8%" in a plan for 2026-2030)
        year = int(lead["y"]) if lead else r.deadline if r.deadline and _year_of_state(text[s:e], r.deadline) else None
        # ("Tính đến ngày 30/6/2025, …" tells the state on that day, whatever the year)
        told = lead is not None and bool(AS_OF.match(text, s, e))
        return year is not None and (year < period_start or told) and not AIMS.search(text, s, e) \
            and section_role(structure, r.start) not in GOAL_ROLES
    return [r for r in rows if not past(r)]


def _no_past_carried_deadlines(text: str, rows: list[Target], period_start: int | None,
                               period_end: int | None) -> None:
    """In a text in paragraphs (a press report), a goal's deadline carried from an earlier
    sentence is never a year before the plan's period: that year dated a state told
    earlier ("đến cuối năm 2025 toàn tỉnh còn 20.384 hộ nghèo"), so the goal is due when
    the plan ends. (A plan's own parts may carry a past stage: a table's column "Giai đoạn
    2021 - 2025".)"""
    if period_start is None or period_end is None:
        return
    for r in rows:
        if r.deadline is not None and r.deadline < period_start \
                and str(r.deadline) not in text[slice(*sentence_bounds(text, r.start))]:
            r.deadline = period_end


def _past_aside(text: str, v: NumberMention, period_start: int | None) -> bool:
    """The value is a year's figure before the plan's period, told in a bracket beside a
    goal: the state the goal starts from, in any part."""
    aside = YEAR_FIGURE_ASIDE.search(text, max(0, v.start - ASIDE_CHARS), v.start)
    return aside is not None and period_start is not None and int(aside["y"]) < period_start


def _without_restated_counts(rows: list[Target]) -> list[Target]:
    """A report's count goals, each once: a report tells a count in its lead and again in its
    story ("đón 1,2 triệu lượt khách" twice), and the later telling, the story's, is kept.
    Per cents are not merged: one share often measures several indicators ("100% xã …, 100%
    trường …")."""
    def key(r: Target):
        return (r.kind, r.value, r.value_high, r.unit, r.comparator, r.deadline, r.annual)
    last: dict = {}
    for r in rows:
        if r.unit != "%" and r.start >= last.get(key(r), r).start:
            last[key(r)] = r
    return [r for r in rows if r.unit == "%" or last[key(r)] is r]


def _period_from_title(text: str, structure: Structure) -> int | None:
    """Last year of the plan's period as the title area states it: the title when the
    header has one (the preamble's citations name other documents' periods), else the
    top of the text."""
    h = structure.header
    if h.get("title"):
        return None                    # metadata read the title already
    end = min(structure.sections[0].start if structure.sections else TITLE_WINDOW, TITLE_WINDOW)
    for line in re.finditer(r"(?m)^.*$", text[:end]):
        if PREAMBLE_START.match(line.group(0).strip()):
            end = line.start()          # "Thực hiện Quyết định số … giai đoạn 2026-2030": another's
            break
    m = PERIOD_IN_TITLE.search(text, 0, end)
    return int(m["y"]) if m else None


def _assign_ids(doc_id: str, rows: list[Target]) -> None:
    """Content-derived ids: doc, kind, normalised quote, value and occurrence among equals."""
    seen: Counter = Counter()
    for r in rows:
        key = (r.kind, " ".join(r.quote.split()).casefold(), f"{r.value:g}", f"{r.value_high or ''}")
        seen[key] += 1
        raw = "|".join((doc_id,) + key + (str(seen[key]),))
        r.target_id = hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]
