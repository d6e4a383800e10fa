"""The task table of a plan's appendix: each row's task, the body that chairs it and the
bodies that assist, and when it is due.

A plan often lists its tasks in an appendix ("PHỤ LỤC / DANH MỤC CÁC NHIỆM VỤ …") as a
table headed "STT / Nhiệm vụ / Cơ quan chủ trì / Cơ quan phối hợp / Thời gian hoàn thành".
Every reader sets a table one cell a line, so a row reads as its number ("1", "1.1", or
"I" / "A" for a group of rows), its task's lines, then its bodies and its time:

    1.1
    Rà soát, xây dựng … các quy định pháp luật …
    Sở Tư pháp
    Các sở, ban, ngành; UBND các phường, xã
    2026 - 2030

An empty cell leaves no line and a cell of two paragraphs leaves two, so the row's cells
are not counted off by the header: the chairing body is the first cell after the task
that holds names alone, the assisting bodies the next such cell, and the time the cell
after them. The rows give task rows (``Assignment``) only: an appendix is no
implementation part, so a body it names gets no agency row of its own (the shared
annotations of 552/KH-UBND leave such a body out).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex as re

from pipeline.models import Assignment, Document, Structure
from pipeline.extraction.spans import evidence
from pipeline.extraction.structure import task_appendices
from pipeline.extraction.agencies.names import _lines
from pipeline.extraction.agencies.sections import _pieces, _table_names

# The header's first cell, the row number's column.
HEADER_FIRST = re.compile(r"^(?:S?TT|Số\s+TT|Số\s+thứ\s+tự)$", re.I)
# The columns read: the task, the chairing body ("Đơn vị thực hiện" where no column says
# "chủ trì"), the assisting bodies, and the time.
TASK_HEADER = re.compile(r"^(?:Tên\s+)?(?:nhiệm vụ|nội dung|đề án|công việc|hoạt động|nhóm nhiệm vụ)\b", re.I)
CHAIR_HEADER = re.compile(r"^(?:(?:Cơ quan|Đơn vị)\s+(?:chủ trì|đầu mối)|Chủ trì)\b", re.I)
DOER_HEADER = re.compile(r"^(?:Cơ quan|Đơn vị)\s+(?:thực hiện|chịu trách nhiệm)\b", re.I)
PARTNER_HEADER = re.compile(r"^(?:(?:Cơ quan|Đơn vị)\s+phối hợp|Phối hợp)\b", re.I)
DUE_HEADER = re.compile(r"^(?:Thời gian|Thời hạn|Tiến độ|Lộ trình)\b", re.I)
# A row's number alone in its cell: "1", "1.1.", "II", "A".
ROW_LABEL = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}|[IVXLC]{1,6}|[A-ZĐ])\.?$")
# A header is a few short cells.
HEADER_CELLS_MAX = 10
HEADER_CELL_CHARS = 60
# What a time cell says: a year, a quarter or month, or how often.
DUE_CELL = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\b(?:[Qq]uý|[Tt]háng|[Hh]ằng năm|[Hh]àng năm|[Tt]hường xuyên|"
                      r"[Ll]iên tục|[Đđ]ịnh kỳ|[Hh]ằng quý|[Hh]àng quý)\b")
# What is no part of a cell's words: a copy's table marks and bold.
CELL_MARKS = " \t*_|#"


def appendix_task_rows(doc: Document, structure: Structure) -> list[Assignment]:
    """The task rows of every task table in the document's task appendices."""
    rows: list[Assignment] = []
    for lo, hi in task_appendices(doc.text, structure.body_end):
        rows += _table_rows(doc, structure, _cells(doc.text, lo, hi))
    return rows


def _cells(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The non-empty lines of ``text[lo:hi]``, each without its table marks."""
    out = []
    for s, e in _lines(text, lo, hi):
        line = text[s:e]
        s += len(line) - len(line.lstrip(CELL_MARKS))
        e -= len(line) - len(line.rstrip(CELL_MARKS))
        if s < e:
            out.append((s, e))
    return out


def _table_rows(doc: Document, structure: Structure, cells: list[tuple[int, int]]) -> list[Assignment]:
    rows: list[Assignment] = []
    for row in _rows(doc.text, cells):
        ev = evidence(doc, structure, row.start, row.end)
        rows += [Assignment(doc_id=doc.doc_id, agency=name, role=role, task=ev["quote"], start=row.start,
                            end=row.end, page=ev["page"], section=ev["section"], due=row.due)
                 for role, names in (("lead", row.leads), ("support", row.partners)) for name in names]
    return rows


@dataclass
class _Row:
    """A task table's row: its task's span, the bodies that chair it and assist, its time,
    and where its cells end."""
    start: int
    end: int
    leads: list[str]
    partners: list[str]
    due: str
    cells_end: int


def _rows(text: str, cells: list[tuple[int, int]]) -> list[_Row]:
    """The rows of the task table whose header is among ``cells``, if any."""
    at = next((i for i, (s, e) in enumerate(cells) if HEADER_FIRST.match(text[s:e])), None)
    if at is None:
        return []
    header = _header(text, cells, at)
    columns = _columns(header)
    if columns is None:
        return []
    rows: list[_Row] = []
    k = at + len(header)
    while k < len(cells):
        end = k + 1
        while end < len(cells) and not ROW_LABEL.match(text[slice(*cells[end])]) \
                and not HEADER_FIRST.match(text[slice(*cells[end])]):
            end += 1
        if HEADER_FIRST.match(text[slice(*cells[k])]):
            k += len(_header(text, cells, k))       # the header said again over a new page
            continue
        row = _row(text, cells[k + 1:end], columns)
        if row:
            rows.append(row)
        k = end
    return rows


def table_span(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Where the task table inside ``text[lo:hi]`` stands, from its header to its last row's
    last cell, or None when the span holds none."""
    # (the header's first cell may have been read with the part's heading, a line in
    # capitals: "II. TỔ CHỨC THỰC HIỆN" / "TT")
    before = text.rfind("\n", 0, max(0, text.rfind("\n", 0, lo + 1))) + 1
    if HEADER_FIRST.match(text[before:lo].strip(CELL_MARKS + "\n")):
        lo = before
    cells = _cells(text, lo, hi)
    rows = _rows(text, cells)
    if not rows:
        return None
    at = next(s for s, e in cells if HEADER_FIRST.match(text[s:e]))
    return at, max(r.cells_end for r in rows)


def table_duties(text: str, lo: int, hi: int) -> list[tuple[str, str, int, int]]:
    """(body, role, start, end) for each body a task table inside an implementation part
    names: its chair leads the row's task, the bodies that assist support it."""
    return [(name, role, row.start, row.end) for row in _rows(text, _cells(text, lo, hi))
            for role, names in (("lead", row.leads), ("support", row.partners)) for name in names]


def _header(text: str, cells: list[tuple[int, int]], at: int) -> list[str]:
    """The header's cells from its first one: short cells up to the first row's number."""
    header = [text[slice(*cells[at])]]
    for s, e in cells[at + 1:at + HEADER_CELLS_MAX]:
        if ROW_LABEL.match(text[s:e]) or e - s > HEADER_CELL_CHARS:
            break
        header.append(text[s:e])
    return header


def _columns(header: list[str]) -> tuple[bool, bool] | None:
    """Whether the table has a column of assisting bodies and one of time, or None when it
    is no task table: a task column, then one of the body that chairs or does it."""
    def first(pattern):
        return next((i for i, cell in enumerate(header) if pattern.match(cell)), None)
    task, lead = first(TASK_HEADER), first(CHAIR_HEADER)
    lead = first(DOER_HEADER) if lead is None else lead
    if task is None or lead is None or lead < task:
        return None
    partner, due = first(PARTNER_HEADER), first(DUE_HEADER)
    return partner is not None and partner > lead, due is not None and due > lead


def _row(text: str, cells: list[tuple[int, int]], columns: tuple[bool, bool]) -> _Row | None:
    """A row: its task's lines up to the first cell of names alone, the body that chairs
    it, the bodies in the next such cells that assist, and the time after them. A group's
    row ("I" / "Hoàn thiện thể chế") names no body and gives none."""
    has_partners, has_due = columns
    lead_at = next((i for i in range(1, len(cells)) if _cell_names(text, *cells[i])), None)
    if lead_at is None:
        return None
    after = lead_at + 1
    partners: list[str] = []
    # (the assisting cell may hold two paragraphs, two lines: "Sở Nông nghiệp và Môi trường" /
    # "Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Ủy ban nhân dân các xã, phường")
    while has_partners and after < len(cells) and (more := _cell_names(text, *cells[after])):
        partners += more
        after += 1
    due = text[slice(*cells[after])] if has_due and after < len(cells) \
        and DUE_CELL.search(text, *cells[after]) else ""
    return _Row(start=cells[0][0], end=cells[lead_at - 1][1], leads=_unique(_cell_names(text, *cells[lead_at])),
                partners=_unique(partners), due=due, cells_end=cells[-1][1])


def _cell_names(text: str, s: int, e: int) -> list[str]:
    """The bodies a cell names, when it holds names alone (each ";"-separated piece a
    body's name or a list of them), else none."""
    names = []
    for ps, pe in _pieces(text, s, e):
        found = _table_names(text[ps:pe])
        if not found:
            return []
        names += [name for _, name in found]
    return names


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))
