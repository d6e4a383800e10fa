"""Step 1 in task tables: rows under a plan's tasks ("- Cơ quan chủ trì: Sở Tư pháp.",
"- Cơ quan phối hợp: …"), one item per row, its role from the row's label."""
from __future__ import annotations

import regex as re

from pipeline.models import Structure
from pipeline.extraction.agencies.patterns import BODY_HEAD, MAX_NAME_WORDS, NOT_A_BODY, NOT_DUTY_ROLES
from pipeline.extraction.agencies.naming import normalise
from pipeline.extraction.agencies.name_parts import _not_a_name, _split, _trim
from pipeline.extraction.agencies.name_ends import _capped
from pipeline.extraction.agencies.heading_names import _lines, _names
from pipeline.extraction.agencies.item_sentences import Item
from pipeline.extraction.agencies.body_lists import _part_role


# A row of a task table under a task: "- Cơ quan chủ trì: Sở Giao thông vận tải.", "- Cơ
# quan phối hợp: Sở Tư pháp; các Sở, ban, ngành tỉnh". The lead chairs the task, the
# others assist. "Cơ quan thực hiện" alone is how procedures are described, not a duty;
# a row that says its body chairs is a lead's ("Cơ quan thực hiện: Công an tỉnh chủ trì, …").
TABLE_ROW = re.compile(
    # (a flattened copy runs the rows into their task's line: "… đồng bộ. - Cơ quan chủ trì: Sở Tư pháp.",
    # or into the task's title: "1. Tổ chức tuyên truyền - Cơ quan thực hiện: Công an tỉnh chủ trì")
    r"(?:^|(?<=[.;]\s)|(?<=\p{L}\s)(?=[-–]\s))[\s*_]*(?:[-+•–]\s*)?(?:Cơ quan|Đơn vị)\s+(?P<kind>chủ trì|đầu mối|phối hợp|thực hiện)(?:\s+\p{Ll}+){0,3}\s*:\s*", re.M)
# ("Đơn vị đầu mối (trình)" is the lead in other words)
TABLE_ROLES = {"chủ trì": "lead", "đầu mối": "lead", "phối hợp": "support", "thực hiện": "lead"}
# How many lines a "phối hợp" row may stand from the "chủ trì" row of its task.
TABLE_ROW_REACH = 3


# A body saying it chairs: where the bodies of a "Cơ quan thực hiện" row stop ("Công an tỉnh
# chủ trì, …"), and a point's body chairing its task ("- Ủy ban nhân dân phường Yên Bái chủ trì …").
CHAIRS = re.compile(r"[\s,]*chủ trì\b")


def task_table_items(text: str, structure: Structure, spans: list[tuple[int, int]],
                     headed: bool) -> list[Item]:
    """Rows of task tables: one item per row, its role from the row's label. A "phối
    hợp" row counts only near a "chủ trì" row. Rows under the tasks of a plan whose
    implementation part has items headed by bodies (``headed``) are the tasks' detail,
    not its duties list: only rows inside that part count. Without such items, rows in
    any part that may assign duties stand for it. A text that stops before its closing
    (no signature, no recipients: a crawled copy cut short) gives only the rows inside a
    part named for the duties ("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN"): whether the plan
    would go on to give them body by body is unknown."""
    items: list[Item] = []
    closed = bool(structure.signature or structure.recipients)
    lo, hi = structure.body_start or 0, structure.body_end or len(text)
    # (and the duties part of a plan the decision issues, after its signature)
    ranges = [(lo, hi)] + [(a, b) for a, b in spans if a >= hi]
    # (numbered from each range's offset: a row in one is never near a row in another)
    lines = [(n, line) for a, b in ranges for n, line in enumerate(_lines(text, a, b), start=a)]
    last_lead = None                        # line number of the last "chủ trì" row
    for n, (ls, le) in lines:
        for row in TABLE_ROW.finditer(text, ls, le):
            rs = row.start()
            if _part_role(structure, rs) in NOT_DUTY_ROLES:
                continue
            if (headed or not closed) and not any(a <= rs < b for a, b in spans):
                continue
            row_end = _row_end(text, row.end(), le)
            role = TABLE_ROLES[row["kind"]]
            if row["kind"] == "thực hiện":
                chairs = CHAIRS.search(text, row.end(), row_end)
                if chairs:
                    row_end = chairs.start()
                elif last_lead is None or n - last_lead > TABLE_ROW_REACH:
                    continue
                else:
                    # a table that names each task's lead in a row of its own: the row of
                    # those who do the work beside it gives them duties of their own
                    role = "implement"
            if row["kind"] != "phối hợp":
                last_lead = n
            elif last_lead is None or n - last_lead > TABLE_ROW_REACH:
                continue
            names = [name for ps, pe in _pieces(text, row.end(), row_end) for name in _table_names(text[ps:pe])]
            if names:
                items.append(Item(names=names, start=rs, end=row_end, tasks=[(rs, row_end)], role=role))
    return items


# Where a row run into its line ends: its full stop, or the next row's dash.
ROW_END = re.compile(r"\.\s|\s[-+•–]\s+(?=\p{Lu})")


def _row_end(text: str, start: int, le: int) -> int:
    m = ROW_END.search(text, start, le)
    if m is None:
        return le
    if not m.group(0).startswith("."):
        return m.start()
    # (a row may give a further body as a sentence of its own, names alone: "Đơn vị thực
    # hiện: Cơ sở khám bệnh, chữa bệnh công lập và tư nhân. Trung tâm cấp cứu các tỉnh, thành phố.")
    nxt = ROW_END.search(text, m.end(), le)
    stop = nxt.start() if nxt else le
    names, tail = _names(text, m.end(), stop)
    if names and not text[tail:stop].strip(" ."):
        return stop + (1 if nxt and nxt.group(0).startswith(".") else 0)
    return m.start() + 1


def _table_names(piece: str) -> list[tuple[str, str]]:
    """Bodies of one piece of a table row: the piece holds names only, so no duty verb
    ends them ("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh" is one body)."""
    piece = " ".join(piece.replace("*", " ").split())
    piece = piece[:1].upper() + piece[1:]
    if not BODY_HEAD.match(piece) or NOT_A_BODY.match(piece):
        return []
    phrase = _trim(piece)
    names = []
    for part in _split(phrase):
        if _not_a_name(part):
            continue
        raw = _capped(part, MAX_NAME_WORDS)
        names.append((raw, normalise(raw)))
    return names


def _pieces(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The ";"-separated names of a table row (or separated by a sentence's stop), without the
    final stop."""
    out, pos = [], lo
    for m in re.finditer(r";|(?<=\p{Ll}{2})\.\s+(?=\p{Lu})|\.\s*$", text[lo:hi]):
        out.append((pos, lo + m.start()))
        pos = lo + m.end()
    out.append((pos, hi))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in out if text[a:b].strip(" .")]
