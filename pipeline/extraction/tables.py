"""Tables whose cells stand one per line, as Word and web tables are read.

A table of indicators is written as cells, not sentences: "TT" / "Nội dung chỉ tiêu" /
"Đơn vị tính" / "Giai đoạn 2021 - 2025" / "Giai đoạn 2026 - 2030" / "1" / "Tỷ lệ …" / "%" /
"80" / "90". Read one cell a line, a row's figures have no sign of their own: the unit
cell gives it, and the column a figure stands in gives the year it is due. This module
finds such rows and pairs each figure with its column; whether a figure is a goal is the
caller's to decide.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex as re

from pipeline.extraction.numbers import parse_number

# The unit cell of a row in per cent or per mille ("%", "(%)").
UNIT_CELL = re.compile(r"^\(?(?P<unit>%|‰)\)?$")
# The unit cell of a row that counts, in a table with a unit column: a word or two of
# letters ("Câu lạc bộ", "Bệnh viện", "tỷ đồng", "km"), no figure, no sentence.
WORD_UNIT_CELL = re.compile(r"^\(?(?P<unit>\p{L}+(?:[ /]\p{L}+){0,3})\)?$")
# The qualifier a goal's figure may carry ("≥ 80", "Trên 90") and the figure itself.
QUALIFIER = r"≥|>=|>|≤|<=|<|[Tt]rên|[Dd]ưới|[Tt]ối thiểu|[Íí]t nhất|[Kk]hông dưới|[Tt]ối đa|[Kk]hông quá|[Kk]hoảng"
FIGURE = r"(?:" + QUALIFIER + r")?\s*\d{1,3}(?:[.,]\d{1,2})?"
# A figure alone in its cell.
# (a count may group its thousands: "1.500")
VALUE_CELL = re.compile(r"^(?P<cmp>" + QUALIFIER + r")?\s*(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d{1,3}(?:[.,]\d{1,2})?)"
                        r"\s*[%‰]?$")
# A cell that holds no figure of its column's kind: a dash for none yet, or a share of a whole
# reported ("111/117") in a column of results. It keeps its column's place in the row.
FRACTION = r"(?P<done>\d{1,3}(?:\.\d{3})*)\s*/\s*(?P<whole>\d{1,3}(?:\.\d{3})*)"
PLACE_CELL = re.compile(r"^(?:[-–—x]|" + FRACTION + r")$")
# ... of which the share of a whole reported, done over planned, is a count in a table of results.
FRACTION_CELL = re.compile(r"^" + FRACTION + r"$")
COMPARATORS = {"≥": "min", ">=": "min", "tối thiểu": "min", "ít nhất": "min", "không dưới": "min",
               ">": "over", "trên": "over", "≤": "max", "<=": "max", "tối đa": "max",
               "không quá": "max", "<": "under", "dưới": "under", "khoảng": "about"}
# The number of a row ("1", "2.", "II").
ROW_NUMBER = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})[.)]?$")
# An indicator cell with its row's number run in before it ("1 Tỷ lệ người …").
NUMBERED_CELL = re.compile(r"^\d{1,2}\s+\p{Lu}")
# The same number at the head of an indicator's words, which is no part of them.
ROW_NUMBER_LEAD = re.compile(r"^\d{1,2}\.?\s+")
# The header cell of the indicators, in a table without a unit column: the columns after
# it that name a year hold figures that carry their own sign ("80%").
INDICATOR_HEADER = re.compile(r"^(?:Các\s+)?(?:Chỉ tiêu|Nội dung(?:\s+chỉ tiêu)?|Tên chỉ tiêu|Tiêu chí)$", re.I)
# A header row a PDF sets on one line, the indicator cell then the year columns: "TT Chỉ
# tiêu Năm 2027 Năm 2030", "STT Nội dung Thực hiện 2025 Kế hoạch 2030" (the line opens
# with it: "… hoàn thành các chỉ tiêu đến năm 2030" ends a sentence, not a header).
INLINE_HEADER = re.compile(r"^[ \t]*(?:S?TT[ \t]+)?(?:Các\s+)?(?:Chỉ tiêu|Nội dung(?:\s+chỉ tiêu)?|Tên chỉ tiêu|Tiêu chí)"
                           r"(?P<columns>(?:[ \t]+[^\d\n]{0,30}?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)+)[ \t]*$",
                           re.I | re.M)
# Either header cell at a line's end, as a quick test for a table at all (with INLINE_HEADER).
TABLE_HEADER = re.compile(r"(?:Đơn vị(?:\s+tính)?|ĐVT|Chỉ tiêu|Nội dung(?:\s+chỉ tiêu)?|Tiêu chí)[ \t]*$",
                          re.I | re.M)
# A figure cell with its own sign.
SIGNED_CELL = re.compile(r"^" + FIGURE + r"\s*[%‰]$")
# A figure with its own sign among others on a line ("≥ 95% 100%").
SIGNED_FIGURE = re.compile(r"(?P<fig>(?P<cmp>" + QUALIFIER + r")?\s*(?P<num>\d{1,3}(?:[.,]\d{1,2})?)\s*(?P<unit>[%‰]))")
# The unit an indicator's cell ends on, in brackets, in a table with no unit column: "Tỷ lệ
# trẻ dưới 6 tháng tuổi được bú mẹ hoàn toàn (%)", "Số phòng … thành lập mới trong năm (phòng)".
BRACKETED_UNIT = re.compile(r"\p{L}.*?\s\((?P<unit>%|‰|\p{Ll}+(?:\s\p{Ll}+){0,2})\)$")
# The header cell of the unit column; the columns after it hold the figures. (A PDF may
# set the header cells before it on the same line: "TT Nội dung chỉ tiêu Đơn vị tính".)
UNIT_HEADER = re.compile(r"(?:^|\s)(?:Đơn vị(?:\s+tính)?|ĐVT)$", re.I)
# A row whose unit and figures a PDF sets on one line: "% 80 90", "% ≥ 70 85".
INLINE_ROW = re.compile(r"^\(?(?P<unit>%|‰)\)?(?P<figures>(?:\s+" + FIGURE + r")+)$")
# How many lines a row set on one line may stand below the header or the row before it
# (an indicator may wrap onto a line of its own).
ROW_GAP_LINES = 3
# A whole row on one line, its figures carrying their own sign: "1 Tỷ lệ trường đạt chuẩn
# quốc gia 80% 90%" (the reader may run the next row on after it: "… 80% 90% 2 Tỷ lệ …").
INLINE_SIGNED_ROW = re.compile(r"(?:^|(?<=\s))(?P<indicator>\d{1,2}\.?\s+\p{L}[^%‰\n]*?)"
                               r"(?P<figures>(?:\s+" + FIGURE + r"\s*[%‰])+)(?=\s+\d{1,2}\.?\s+\p{Lu}|\s*$)")
# A whole row on one line with its unit between the indicator and the figures, as a PDF's
# layout text sets it: "1 Doanh nghiệp có website % 40 55".
INLINE_UNIT_ROW = re.compile(r"^(?P<indicator>\d{1,2}\.?\s+\p{L}[^%‰\n\d]*?)\s+\(?(?P<unit>%|‰)\)?"
                             r"(?P<figures>(?:\s+" + FIGURE + r")+)$")
# A whole table a copy ran into one line, header then rows: "… TT Nội dung chỉ tiêu Đơn vị tính
# Giai đoạn 2021 - 2025 Giai đoạn 2026 - 2030 1 Tỷ lệ … % 80 90 2 Tỷ lệ … % 70 80 3 Số người …
# Người 1.000 1.500 …" (a legal website's text of a Word table).
RUN_HEADER = re.compile(r"(?:\bS?TT\s+)?(?:Nội dung(?:\s+chỉ tiêu)?|Chỉ tiêu|Tên chỉ tiêu|Tiêu chí)\s+"
                        r"(?:Đơn vị(?:\s+tính)?|ĐVT)"
                        r"(?P<columns>(?:\s+[^\d\n%]{0,30}?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)+)"
                        r"(?=\s+\d{1,2}\.?\s+\p{Lu})", re.I)
# A per-cent row of such a table with ``n`` figures: its number, indicator (up to the next
# row's number), unit and figures, then the next row, the next sentence or the line's end.
RUN_ROW = (r"(?<!\S)(?P<indicator>\d{1,2}\.?\s+\p{Lu}(?:(?!\s\d{1,2}\.?\s+\p{Lu})[^%‰\n])*?)"
           r"\s+\(?(?P<unit>%|‰)\)?(?P<figures>(?:\s+" + FIGURE + r"(?![\d.,])){n})"
           r"(?=\s+\d{1,2}\.?\s+\p{Lu}|\s+\p{Lu}|\s*[.;]?\s*$)")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A column that reports where things stand, not where they should be.
BASELINE_COLUMN = re.compile(r"\b(?:thực hiện|hiện trạng|hiện nay|hiện hành|ước|năm gốc|cơ sở|đã đạt|kết quả)\b", re.I)
GOAL_WORDS = re.compile(r"\b(?:chỉ tiêu|mục tiêu|kế hoạch)\b", re.I)
# How far above its unit cell a row's indicator may run (a long indicator may wrap).
INDICATOR_LINES = 3


@dataclass(frozen=True)
class Column:
    year: int | None                   # the last year its header names
    baseline: bool                     # a column of results, not goals


@dataclass(frozen=True)
class CellFigure:
    """A figure of a table row whose unit cell gives its sign."""
    value: float
    unit: str
    comparator: str
    year: int | None                   # the year its column reaches
    row_start: int                     # where the row's indicator begins
    start: int
    end: int
    indicator: str
    goal_table: bool                   # the table's header speaks of goals ("chỉ tiêu")
    signed: bool = False               # the figure's cell carries its sign ("80%")
    baseline: bool = False             # it stands in a column of results: no goal


def cell_figures(text: str, lo: int, hi: int) -> list[CellFigure]:
    """The figures of per-cent rows in the one-cell-a-line tables of ``text[lo:hi]``, each
    paired with its column when the row has as many figures as the header has year columns
    (or a single figure and no such column). Rows that do not fit are left out."""
    if not (TABLE_HEADER.search(text, lo, hi) or INLINE_HEADER.search(text, lo, hi)
            or RUN_HEADER.search(text, lo, hi)):
        return []                           # (most texts hold no such table: one scan decides)
    lines = _cell_lines(text, lo, hi)
    out: list[CellFigure] = []
    columns: list[Column] | None = None
    goal_table = False
    last_row = -ROW_GAP_LINES - 1           # the line of the last header or row set on one line
    floor = -1                              # the last line of the header: no row's indicator above it
    for i, (s, e) in enumerate(lines):
        cell = text[s:e]
        if (run := RUN_HEADER.search(cell)) is not None:
            out += _run_table(text, s, cell, run)
            continue
        if UNIT_HEADER.search(cell) or INDICATOR_HEADER.match(cell):
            columns, goal_table, floor = _columns(text, lines, i)
            continue
        if (header := INLINE_HEADER.search(cell)) is not None:
            columns, goal_table = _inline_columns(header["columns"]), True
            last_row = i
            continue
        if columns and i - last_row <= ROW_GAP_LINES and INLINE_SIGNED_ROW.match(cell):
            figures = [f for row in INLINE_SIGNED_ROW.finditer(cell)
                       for f in _inline_signed_row(s, row, columns, goal_table)]
            out += figures
            last_row = i if figures else last_row
            continue
        if columns and SIGNED_CELL.match(cell) and not _signed_cell(text, lines, i - 1):
            out += _signed_row(text, lines, i, columns, goal_table, floor)
            continue
        if columns and i - last_row <= ROW_GAP_LINES and (row := INLINE_UNIT_ROW.match(cell)):
            indicator = (s, " ".join(ROW_NUMBER_LEAD.sub("", row["indicator"]).split()))
            figures = _figures_in_columns(row["unit"], _inline_figures(text, s, row), indicator, columns,
                                          goal_table)
            out += figures
            last_row = i if figures else last_row
            continue
        if columns and (bracket := BRACKETED_UNIT.search(cell)) and (indicator := _indicator(text, lines, i + 1, floor)):
            # (a table with no unit column may give the unit at the end of the indicator's cell:
            # "Tỷ lệ trẻ được bú mẹ … (%)" / "68,4" / "70" / "73")
            words = indicator[1][:len(indicator[1]) - len(bracket[0].strip())].rstrip()
            out += _figures_in_columns(bracket["unit"], _figures_after(text, lines, i, len(columns)),
                                       (indicator[0], words), columns, goal_table)
            continue
        unit = UNIT_CELL.match(cell) or INLINE_ROW.match(cell) or (WORD_UNIT_CELL.match(cell) if columns else None)
        if unit is None or columns is None:
            continue
        figures = _inline_figures(text, s, unit) if "figures" in unit.groupdict() \
            else _figures_after(text, lines, i, len(columns))
        indicator = _indicator(text, lines, i, floor)
        if figures and indicator is not None:
            out += _figures_in_columns(unit["unit"], figures, indicator, columns, goal_table)
    return out


@dataclass(frozen=True)
class CountCell:
    """A count in a row of a table whose unit cell names what it counts ("nhà" / "38")."""
    value: float
    unit: str
    row_start: int                     # where the row's indicator begins
    start: int
    end: int
    indicator: str
    of: float | None = None            # the whole of a share reported as "412/450"


def count_cells(text: str, lo: int, hi: int) -> list[CountCell]:
    """The counts of the one-cell-a-line tables of ``text[lo:hi]`` whose header has a unit
    column ("Nội dung" / "Đơn vị" / "Số lượng"): each row's figures after a unit cell in words,
    with the row's indicator. Which of them state where things stand is the caller's to say."""
    if not TABLE_HEADER.search(text, lo, hi):
        return []
    lines = _cell_lines(text, lo, hi)
    out: list[CountCell] = []
    columns: list[Column] | None = None
    floor = -1
    for i, (s, e) in enumerate(lines):
        cell = text[s:e]
        if UNIT_HEADER.search(cell):
            columns, _, floor = _columns(text, lines, i)
            floor = max(floor, _header_end(text, lines, i))
            continue
        if columns is None or not WORD_UNIT_CELL.match(cell) or UNIT_CELL.match(cell):
            continue
        run = _figures_after(text, lines, i, len(columns))
        figures = [f for f in run if f[2] is not None]
        indicator = _indicator(text, lines, i, floor)
        if indicator is None:
            continue
        if figures and len(figures) == max(len(columns), 1):
            out += [CountCell(value=parse_number(m["num"]), unit=cell, row_start=indicator[0], start=fs, end=fe,
                              indicator=indicator[1]) for fs, fe, m in figures if not m["cmp"] and not _is_share(text, fs, fe)]
        # (a results column may give done over planned, "412/450", beside its share "91,6%":
        # the count is 412 of 450, and the share only restates it)
        out += [CountCell(value=parse_number(f["done"]), of=parse_number(f["whole"]), unit=cell,
                          row_start=indicator[0], start=fs, end=fe, indicator=indicator[1])
                for fs, fe, m in run if m is None and (f := FRACTION_CELL.match(text[fs:fe]))]
    return out


def _is_share(text: str, s: int, e: int) -> bool:
    """A figure cell with its sign, "91,6%": a share of the row's count, not one of its unit."""
    return text[s:e].rstrip()[-1:] in ("%", "‰")


def _header_end(text: str, lines: list[tuple[int, int]], at: int) -> int:
    """The last header cell after the unit header at ``at``: those before the first row's number."""
    k = at
    while k + 1 < len(lines) and k - at < 8 and not ROW_NUMBER.match(text[lines[k + 1][0]:lines[k + 1][1]]):
        k += 1
    return k


def _run_table(text: str, line_start: int, line: str, header) -> list[CellFigure]:
    """The per-cent rows of a table run into one line after its ``header``, each figure
    paired with its year column (rows in other units are passed over)."""
    columns = _inline_columns(header["columns"])
    out = []
    for row in re.finditer(RUN_ROW.replace("{n}", "{%d}" % max(len(columns), 1)), line, pos=header.end()):
        indicator = (line_start + row.start(), " ".join(ROW_NUMBER_LEAD.sub("", row["indicator"]).split()))
        out += _figures_in_columns(row["unit"], _inline_figures(text, line_start, row), indicator, columns, True)
    return out


def _figures_in_columns(unit: str, figures: list, indicator: tuple[int, str], columns: list[Column],
                        goal_table: bool) -> list[CellFigure]:
    """A row's unsigned figures paired with its columns, when there are as many (or one
    figure and no year column); none under a column of results."""
    cols = columns if columns else [Column(None, False)]
    if len(figures) != len(cols):
        # (a row new since the results column has figures for the goal columns only, when
        # there are two or more: one figure may as well be the result)
        cols = [c for c in cols if not c.baseline]
        if len(figures) != len(cols) or len(cols) == len(columns) or len(cols) < 2:
            return []
    return [CellFigure(value=parse_number(m["num"]), unit=unit,
                       comparator=COMPARATORS.get((m["cmp"] or "").lower(), "none"), year=col.year,
                       row_start=indicator[0], start=fs, end=fe, indicator=indicator[1], goal_table=goal_table)
            for (fs, fe, m), col in zip(figures, cols) if not col.baseline and m is not None]


def _signed_cell(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    return k >= 0 and bool(SIGNED_CELL.match(text[lines[k][0]:lines[k][1]]))


def _signed_row(text: str, lines: list[tuple[int, int]], at: int, columns: list[Column],
                goal_table: bool, floor: int = -1) -> list[CellFigure]:
    """A row whose figures carry their own sign, one cell each ("80%" / "90%"), from the
    line ``at`` on: paired with the year columns when there are as many of them (those
    under a column of results marked so)."""
    run = []
    for s, e in lines[at:at + len(columns) + 1]:
        if not SIGNED_CELL.match(text[s:e]):
            break
        run.append((s, e, VALUE_CELL.match(text[s:e])))
    indicator = _indicator(text, lines, at, floor)
    if len(run) != len(columns) or indicator is None:
        return []
    return [CellFigure(value=parse_number(m["num"]), unit=text[s:e].rstrip()[-1],
                       comparator=COMPARATORS.get((m["cmp"] or "").lower(), "none"), year=col.year,
                       row_start=indicator[0], start=s, end=e, indicator=indicator[1],
                       goal_table=goal_table, signed=True, baseline=col.baseline)
            for (s, e, m), col in zip(run, columns)]


def _inline_columns(header: str) -> list[Column]:
    """The year columns of a header row set on one line, each labelled by the words before
    its year ("Thực hiện 2025" is a column of results)."""
    columns, last = [], 0
    for m in re.finditer(r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?", header):
        label = header[last:m.end()]
        columns.append(Column(int(YEAR.findall(m.group(0))[-1]), bool(BASELINE_COLUMN.search(label))))
        last = m.end()
    return columns


def _inline_signed_row(line_start: int, row, columns: list[Column], goal_table: bool) -> list[CellFigure]:
    """The figures of a row set on one line with their own signs, paired with the year
    columns when there are as many of them (those under a column of results marked so)."""
    at = line_start + row.start("figures")
    figures = [(at + m.start("fig"), at + m.end(), m) for m in SIGNED_FIGURE.finditer(row["figures"])]
    if len(figures) != len(columns):
        return []
    indicator = " ".join(ROW_NUMBER_LEAD.sub("", row["indicator"]).split())
    return [CellFigure(value=parse_number(m["num"]), unit=m["unit"],
                       comparator=COMPARATORS.get((m["cmp"] or "").lower(), "none"), year=col.year,
                       row_start=line_start + row.start(), start=s, end=e, indicator=indicator,
                       goal_table=goal_table, signed=True, baseline=col.baseline)
            for (s, e, m), col in zip(figures, columns)]


def _cell_lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, without its surrounding spaces."""
    out = []
    for m in re.finditer(r"[^\n]+", text[lo:hi]):
        raw = m.group(0)
        stripped = raw.strip()
        if stripped:
            s = lo + m.start() + (len(raw) - len(raw.lstrip()))
            out.append((s, s + len(stripped)))
    return out


def _columns(text: str, lines: list[tuple[int, int]], at: int) -> tuple[list[Column], bool, int]:
    """The figure columns after the unit header at line ``at``: the header cells up to the
    first row number, those naming a year. A spanning header without one ("Chỉ tiêu đến
    năm" over "2025", "2030") adds none. Also whether the header speaks of goals, and the
    header's last line."""
    columns, goal, last = [], False, at
    for s, e in lines[max(0, at - 3):at + 1]:
        goal = goal or bool(GOAL_WORDS.search(text, s, e))
    for k, (s, e) in enumerate(lines[at + 1:at + 9], at + 1):
        cell = text[s:e]
        if ROW_NUMBER.match(cell) or UNIT_CELL.match(cell) or INLINE_ROW.match(cell):
            break
        years = YEAR.findall(cell)
        if not years and columns and not GOAL_WORDS.search(cell):
            break                           # (the first row's indicator, its number run in before it)
        goal = goal or bool(GOAL_WORDS.search(cell))
        if years:
            columns.append(Column(int(years[-1]), bool(BASELINE_COLUMN.search(cell))))
            last = k
    return columns, goal, last


def _inline_figures(text: str, start: int, row):
    """The figures of a row set on one line after its unit ("% 80 90")."""
    at = start + row.start("figures")
    start += row.start()
    return [(at + m.start(), at + m.end(), VALUE_CELL.match(m.group(0)))
            for m in re.finditer(FIGURE, row["figures"]) if m.group(0).strip()]


def _figures_after(text: str, lines: list[tuple[int, int]], at: int, wanted: int):
    """The run of figure cells after the unit cell at line ``at``. The next row's number
    may follow the last figure ("80" / "90" / "2" / "Tỷ lệ …"): one figure more than the
    columns, followed by text, is that number."""
    run = []
    for s, e in lines[at + 1:at + 2 + max(wanted, 1)]:
        m = VALUE_CELL.match(text[s:e])
        if not m and not PLACE_CELL.match(text[s:e]):
            break
        run.append((s, e, m))               # (a place cell holds its column with no figure: None)
    if len(run) == max(wanted, 1) + 1 and run[-1][2] and ROW_NUMBER.match(text[run[-1][0]:run[-1][1]]):
        run.pop()
    return run if any(m for _, _, m in run) else []


def _indicator(text: str, lines: list[tuple[int, int]], at: int, floor: int = -1) -> tuple[int, str] | None:
    """Where the row's indicator starts and its words: the cells above the unit cell up
    to the row's number (at most INDICATOR_LINES), below the header's last line ``floor``."""
    first = None
    for k in range(at - 1, max(floor, at - 1 - INDICATOR_LINES), -1):
        cell = text[lines[k][0]:lines[k][1]]
        if ROW_NUMBER.match(cell) or VALUE_CELL.match(cell) or UNIT_CELL.match(cell) or UNIT_HEADER.search(cell) \
                or INLINE_ROW.match(cell):
            break
        first = k
        if NUMBERED_CELL.match(cell):
            break                           # (a PDF runs the row's number into it: "1 Tỷ lệ …")
    if first is None:
        return None
    words = ROW_NUMBER_LEAD.sub("", text[lines[first][0]:lines[at - 1][1]])
    return lines[first][0], " ".join(words.split())
