"""After the signature: appendices that list the document's indicators or tasks, and a
plan or rules a decision issues in its annex, read into sections of their own."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

import regex as re

from pipeline.models import Document, Structure
from pipeline.extraction.registry import fold
from pipeline.extraction.structure.patterns import ANNEX_LINE, APPENDIX, ISSUED_WITH, is_caps
from pipeline.extraction.structure.header import Line, split_lines
from pipeline.extraction.structure.sections import parse_sections

# An appendix's title that lists indicators, and one that reports results (folded).
INDICATOR_TITLE = re.compile(r"\b(?:chi tieu|muc tieu)\b")
RESULTS_TITLE = re.compile(r"\b(?:ket qua|thuc hien nam|uoc thuc hien|da dat)\b")
APPENDIX_TITLE_CHARS = 300

# The caption under an appendix's title, and the first cell of a table under it.
APPENDIX_CAPTION = re.compile(r"\(" + ISSUED_WITH + r"[^)\n]*\)?")
# An appendix that lists tasks, by its title or its table's header (folded), how far past
# its title the header may reach, and the title of a text a decision issues in its annex.
# (or the work it divides among bodies: "PHỤ LỤC 01 / NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN KẾ HOẠCH")
TASKS_TITLE = re.compile(r"\b(?:nhiem\s*vu|phan\s*cong)\b")
TASK_HEADER_CHARS = 200
# Words by which an appendix's title names what it holds (folded).
KIND_WORDS = re.compile(r"\b(?:nhiem\s*vu|chi tieu|muc tieu|ket qua|danh muc|bieu|mau)\b")
# How many lines above its caption an appendix's "PHỤ LỤC" line may stand.
CAPTION_TITLE_LINES = 4
ISSUED_TEXT_TITLE = re.compile(r"^[\s*#|_]*(?:KẾ HOẠCH|QUY CHẾ|QUY ĐỊNH|CHƯƠNG TRÌNH|ĐỀ ÁN|HƯỚNG DẪN|ĐIỀU LỆ)\b")
APPENDIX_TABLE_START = re.compile(r"(?m)^[ \t*]*(?:S?TT|Số\s+TT)\b|\|")
# A line that opens an appendix: "PHỤ LỤC" at its start, or alone at its end after a page
# header an OCR read into it ("===== Trang 11 ===== Phụ lục").
APPENDIX_LINE = re.compile(r"(?m)^[\s*#|_]*(?:PHỤ\s*LỤC|Phụ\s*lục)\b|(?<=\S[ \t]+)(?:PHỤ\s*LỤC|Phụ\s*lục)[ \t\dIVX.:]*$")


def indicator_appendices(text: str, body_end: int | None) -> list[tuple[int, int, int | None]]:
    """Appendices after the signature that list the document's indicators ("Phụ lục /
    CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030"): (start, end, the year their title
    reaches, or None). An appendix that reports results ("Kết quả thực hiện các chỉ
    tiêu") is none. OCR may drop the marks of the title, so it is compared folded."""
    if not body_end:
        return []
    starts = [m.start() for m in APPENDIX_LINE.finditer(text, body_end)]
    out = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        title = fold(_appendix_title(text, start, end)).lower()
        if INDICATOR_TITLE.search(title) and not RESULTS_TITLE.search(title):
            years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", title)]
            out.append((start, end, max(years) if years else None))
    return out


def task_appendices(text: str, body_end: int | None) -> list[tuple[int, int]]:
    """Appendices after the signature that list the document's tasks ("PHỤ LỤC II / DANH
    MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM …", or a title over its caption alone: "NHIỆM VỤ
    TRỌNG TÂM NĂM 2026 (Kèm theo Nghị quyết số …)", a table headed "Nhiệm vụ và chỉ
    tiêu"): (start, end). One that lists indicators or reports results is none, and so is
    a plan or rules a decision issues under its caption (read as the annexed text)."""
    if not body_end:
        return []
    starts = _appendix_starts(text, body_end)
    out: list[tuple[int, int]] = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        title = _appendix_title(text, start, end)
        folded = fold(title).lower()
        head = fold(text[start:min(end, start + len(title) + TASK_HEADER_CHARS)]).lower()
        other = INDICATOR_TITLE.search(folded) or RESULTS_TITLE.search(folded) or ISSUED_TEXT_TITLE.match(title)
        # (a caption repeated over the next part of the same table, with no title of its own
        # and a header the scan may have garbled, goes on with the appendix before it)
        caption = APPENDIX_CAPTION.search(title)
        untitled = not APPENDIX_LINE.match(text, start) and \
            not KIND_WORDS.search(fold(title[:caption.start()] if caption else title).lower())
        goes_on = bool(out) and out[-1][1] == start and untitled and not other
        if (TASKS_TITLE.search(head) and not other) or goes_on:
            out.append((start, end))
    return out


def appendix_start(text: str, body_end: int | None, pos: int) -> int | None:
    """Where the appendix holding ``pos`` (after the signature) starts, or None."""
    if not body_end or pos < body_end:
        return None
    starts = _appendix_starts(text, body_end)
    return starts[bisect_right(starts, pos) - 1] if starts and starts[0] <= pos else body_end


@lru_cache(maxsize=4)
def _appendix_starts(text: str, body_end: int) -> tuple[int, ...]:
    """The lines that open an appendix, by "PHỤ LỤC" or by its caption (asked once per
    document, for each of its figures)."""
    return tuple(sorted({m.start() for m in APPENDIX_LINE.finditer(text, body_end)} | set(_caption_starts(text, body_end))))


def _caption_starts(text: str, body_end: int) -> list[int]:
    """The lines that open an appendix with its caption and no "PHỤ LỤC" above it: the
    title's line just above the caption when it is in capitals, else the caption's own."""
    out = []
    for m in APPENDIX_CAPTION.finditer(text, body_end):
        line = _line_start(text, m.start())
        if APPENDIX_LINE.search(text, max(body_end, _lines_above(text, line, CAPTION_TITLE_LINES)), m.start()):
            continue                        # (the caption of a "PHỤ LỤC" just above)
        above = _lines_above(text, line, 1)
        title = text[above:line]
        start = above if above >= body_end and sum(map(str.isalpha, title)) >= 6 and is_caps(title) else line
        # (the title may stand under the type of the text the caption issues: "QUY ĐỊNH" /
        # "CHỨC NĂNG, NHIỆM VỤ, … CỦA SỞ NỘI VỤ" / "(Ban hành kèm theo …)")
        kind = _lines_above(text, start, 1)
        if start == above and kind >= body_end and ISSUED_TEXT_TITLE.match(text[kind:start]) \
                and text[kind:start].strip(" \t\n*#_|").count(" ") <= 2:
            start = kind
        out.append(start)
    return out


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _lines_above(text: str, line: int, n: int) -> int:
    """Where the line ``n`` lines above the line starting at ``line`` starts."""
    for _ in range(n):
        if line == 0:
            break
        line = _line_start(text, line - 1)
    return line


def _appendix_title(text: str, start: int, end: int) -> str:
    """An appendix's title: its lines up to the caption that ties it to the document
    ("(Kèm theo Quyết định số …)") or, without one, up to its table's first cell. A column
    headed "Kết quả" is the result to reach, and no title of results."""
    head = text[start:min(end, start + APPENDIX_TITLE_CHARS)]
    caption = APPENDIX_CAPTION.search(head)
    if caption:
        return head[:caption.end()]
    first_line_end = head.find("\n")
    table = APPENDIX_TABLE_START.search(head, first_line_end) if first_line_end >= 0 else None
    return head[:table.start()] if table else head


# --------------------------------------------------------------------------
# A plan issued in the annex of a decision
# --------------------------------------------------------------------------

# The head of a plan issued in a decision's annex: its type in capitals, its title (up
# to eight more lines: a long title wraps often in a PDF, a title naming six kinds of bodies
# takes six lines; a title's line may hold brackets of its own, "(OCOP)", but opens with
# none), then "(Ban hành kèm theo Quyết định số …)".
ANNEX_TITLE_LINES = 8
ANNEXED_PLAN = re.compile(
    # (a flattened copy may run the appendix's label into the type: "PHỤ LỤC PHƯƠNG ÁN …")
    # (a scan may read a type in capitals one word a line: "QUY" over "CHẾ")
    r"(?m)^[\s*#_]*(?:PHỤ LỤC(?:\s+[IVX\d]{1,4})?[\s.:]+)?(?:KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH|ĐỀ\s+ÁN|PHƯƠNG\s+ÁN)\b"
    r"(?:[^\n]*\n(?:(?![\s*_]*\()[^\n]{1,400}\n){0,8}?)?"
    # (a reflowed copy runs the title and the bracket together on one line, or the type
    # line, its title and the bracket: "PHƯƠNG ÁN ĐƠN GIẢN HÓA … (Kèm theo Quyết định …)")
    r"[^\n(]{0,400}\(\s*" + ISSUED_WITH + r"\b")


# A decision's article issuing a plan, and the plan's type line on its own.
ANNEXED_RULES = re.compile(ANNEXED_PLAN.pattern.replace(r"KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH|ĐỀ\s+ÁN|PHƯƠNG\s+ÁN",
                                                       r"QUY\s+CHẾ|QUY\s+ĐỊNH"))
# (a scan may garble the type's second word, "Kế boscl": its first still says which)
ISSUES_PLAN = re.compile(r"\b[Bb]an hành kèm theo Quyết định này\s+[“\"']?(?:Kế|Chương|Đề|Phương)\s+\S")
# ... or, a scan having lost that line, the caption under its title, which names the decision
# ("(Kèm theo Quyết định số: 1627/QĐ-UBND ngày 21/11/2025 của" / "Chủ tịch …)")
ANNEX_CAPTION = re.compile(ANNEX_LINE.pattern + r"\s+Quyết\s+định\b[^()]{0,250}\)")
PLAN_TYPE_LINE = re.compile(r"(?m)^[\s*#_]*(?:KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN)[\s*_]*$")
# ... or run into the signature's line by a flattened copy, its title in capitals after it
# ("… PHÓ CHỦ TỊCH Nguyễn Hữu Tháp CHƯƠNG TRÌNH HÀNH ĐỘNG. TRIỂN KHAI KẾ HOẠCH …")
# (not a word of another title in capitals: "PHỤ LỤC 01 NỘI DUNG … THỰC HIỆN KẾ HOẠCH …")
PLAN_TYPE_RUN_IN = re.compile(r"(?<=[\s.])(?<!\p{Lu}\s)(?:KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN)(?:\s+HÀNH ĐỘNG)?"
                              r"(?=[.\s]+\p{Lu}{2,}\s+\p{Lu}{2,})")


def annexed_plan(doc: Document, structure: Structure,
                 alone: bool = False) -> tuple[Structure, tuple[int, int]] | None:
    """A decision that issues a plan ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch
    …") carries the plan after its signature: "KẾ HOẠCH …" over "(Ban hành kèm theo
    Quyết định số …)". Its goals and duties are the document's. Returns the structure with
    the annex's own sections added (their roles from their headings; with ``alone``, the
    annex's sections only) and the annex's span, or None."""
    text = doc.text
    if not structure.body_end:
        return None
    m = ANNEXED_PLAN.search(text, structure.body_end)
    if m is None and ISSUES_PLAN.search(text, structure.body_start or 0, structure.body_end):
        # the decision says it issues a plan, and the plan's type line follows the
        # signature without the "(Kèm theo …)" line
        m = PLAN_TYPE_LINE.search(text, structure.body_end) or PLAN_TYPE_RUN_IN.search(text, structure.body_end) \
            or ANNEX_CAPTION.search(text, structure.body_end)
    return _annex(doc, structure, m, alone)


def annexed_rules(doc: Document, structure: Structure,
                  alone: bool = False) -> tuple[Structure, tuple[int, int]] | None:
    """A decision that issues rules ("QUY CHẾ …", "QUY ĐỊNH …" over "(Ban hành kèm theo
    Quyết định số …)") carries them after its signature. Their articles are rules, not
    goals; only their duties part ("Chương III. TỔ CHỨC THỰC HIỆN", "Điều 16. Trách
    nhiệm Sở Công Thương") gives bodies duties. Same return as ``annexed_plan``."""
    if not structure.body_end:
        return None
    return _annex(doc, structure, ANNEXED_RULES.search(doc.text, structure.body_end), alone)


# The rest of an annex's bracket line, when a flattened copy runs the annex on after it.
RUN_ON_BRACKET = re.compile(r"[^\n)]*\)[ \t]*(?=\S)")


def _cut_line(ln: Line, at: int) -> list[Line]:
    """``ln``, or its two pieces when ``at`` falls inside it."""
    if not ln.start < at < ln.end:
        return [ln]
    head = ln.text[:at - ln.start].rstrip()
    return [Line(ln.start, ln.start + len(head), head, ln.bold), Line(at, ln.end, ln.text[at - ln.start:], ln.bold)]


def _annex(doc: Document, structure: Structure, m, alone: bool) -> tuple[Structure, tuple[int, int]] | None:
    """The structure with the sections of the annex whose type line ``m`` found."""
    text = doc.text
    if m is None:
        return None
    start = text.find("\n", m.end())
    if start < 0:
        return None
    lines = split_lines(doc)
    run_on = RUN_ON_BRACKET.match(text, m.end(), start)
    if run_on:
        # a flattened copy runs the annex on after its bracket: "(Ban hành kèm theo Quyết
        # định số 1191/BGTVT …) I. MỤC TIÊU Xây dựng …"; that rest is the annex's first line
        rest = run_on.end()
        lines = [piece for ln in lines for piece in _cut_line(ln, rest)]
        start = rest - 1
    end, captioned = len(text), False
    for i, nxt in enumerate(re.finditer(r"(?m)^[\s*#_|]*(?=\S)", text[start + 1:])):
        line_at = start + 1 + nxt.end()
        if i <= ANNEX_TITLE_LINES and not captioned and APPENDIX_CAPTION.match(text, line_at):
            captioned = True        # (the annex's own caption under its title: "(Ban hành kèm theo …)")
            continue
        if APPENDIX.match(text[line_at:line_at + 40]) or ANNEXED_PLAN.match(text, start + 1 + nxt.start()):
            end = start + 1 + nxt.start()
            break
    own = parse_sections(lines, start + 1, end)
    if alone:
        return replace(structure, sections=own), (start + 1, end)
    base = len(structure.sections)
    extra = [replace(sec, parent=None if sec.parent is None else sec.parent + base) for sec in own]
    return replace(structure, sections=structure.sections + extra), (start + 1, end)
