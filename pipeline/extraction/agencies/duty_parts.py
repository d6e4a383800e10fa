"""Step 1, where a text gives duties: the spans of its implementation sections, from the
structure (sections named for it, closing articles, lists headed by bodies, the
executing clause wherever it fell) or else by heading."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import regex as re

from pipeline.models import Document, Structure
from pipeline.extraction.structure import ITEM_MARK, annexed_plan, annexed_rules
from pipeline.reading.lines import RECIPIENTS_WORDS
from pipeline.extraction.agencies.patterns import (BODY_HEAD, _CHAPTER_MARK, CUT_EXECUTION_ARTICLE, EXECUTES,
                                                   EXECUTION_HEADING, IMPLEMENTATION_HEADING, SENTENCE_STOP)
from pipeline.extraction.agencies.heading_names import _first_clause_names
from pipeline.extraction.agencies.executing_clause import _clause_start
from pipeline.extraction.agencies.item_headings import _generic_class_heading
from pipeline.extraction.agencies.articles import _body_article, CHAPTER_STOP, _named_in_duties_chapter
from pipeline.extraction.agencies.body_lists import body_lists, dashed_duty_lists, _is_letter


# A part whose title ends by sharing out the duties of what it lists ("II. NHIỆM VỤ TRỌNG
# TÂM VÀ PHÂN CÔNG TRÁCH NHIỆM", "II. NỘI DUNG, PHÂN CÔNG TRÁCH NHIỆM") or by organising
# them ("VI. KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN"): its tasks' lines that open with bodies give them
# duties, as items of a "Phân công trách nhiệm" part do.
SHARED_OUT_HEADING = re.compile(r"(?:,|\svà)\s+(?:phân công\s+(?:trách nhiệm|nhiệm vụ|thực hiện)|tổ chức thực hiện)"
                                r"[\s*_.:]*$", re.I)

# The colon after an implementation heading whose text runs on in its line.
RUN_ON_HEADING = re.compile(r"[\s*_]*(?::|(?=\d{1,2}\s*\.\s*\p{Lu}))")     # (or runs into its first item:
                                                                      # "III. TỔ CHỨC THỰC HIỆN 1.Các sở …")
# ... or, in a flattened copy, into its executing clause: "Điều 6. Trách nhiệm tổ chức thực hiện
# Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở …; … chịu trách nhiệm thi hành …"
RUN_IN_BODIES = re.compile(r"[ \t]*\.?[ \t]+(?=" + BODY_HEAD.pattern + r")")
# A line that ends the implementation section when the structure does not say:
# the next Roman part or article, or the closing formula.
SECTION_STOP = re.compile(r"^[\s*#_]*(?:[IVXLC]+\s*\.\s|Điều\s+\d+|Trên đây là|" + RECIPIENTS_WORDS + r")", re.M)
CHAPTER_LINE = re.compile(_CHAPTER_MARK, re.M)

# The closing formula of a decision or resolution: its subjects execute it.
EXECUTION_FORMULA = re.compile(
    EXECUTES.pattern + r"(?=\s+(?:Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị|Thông\s+tư|Nghị\s+định|Kế\s+hoạch)\s+này\b)"
    # (or its other form, which names the decision before the verb: "… căn cứ Quyết định thi hành./.")
    # (an older one says "chiếu": "… chiếu quyết định thi hành kể từ ngày ký./.")
    r"|\s(?:căn\s+cứ|chiếu)\s+(?:Quyết\s+định|Nghị\s+quyết)\s+(?:này\s+)?thi\s+hành(?=\s*(?:[./;:]|,?\s*kể\s+từ\s+ngày))", re.I)
# An article that is the execution clause itself: "Điều 5. Chánh Văn phòng …, Giám đốc
# Sở Xây dựng … chịu trách nhiệm thi hành Quyết định này."
EXECUTION_ARTICLE = re.compile(r"^[\s*#_]*Điều\s+\d+\s*[.:]\s*[^\n]*" + EXECUTES.pattern, re.M)


def implementation_spans(text: str, structure: Structure) -> list[tuple[int, int]]:
    """Body spans of implementation sections: from the structure (sections named for
    it, and lists whose items are headed by bodies wherever they stand), else by heading."""
    spans: list[tuple[int, int]] = []
    for at, lo, hi in _duty_parts(text, structure):
        if not any(a <= at < b for a, b in spans):      # a part inside one taken is in it
            spans.append((lo, hi))
    if spans:
        return sorted(spans)
    spans = _parts_by_heading(text, structure)
    # a letter, notice or telegram with no such part: any item headed by a body is a duty
    # ("2. Bộ Giao thông vận tải chỉ đạo chủ đầu tư …" among a notice's conclusions)
    if not spans and _is_letter(text, structure):
        spans = sorted(body_lists(text, structure, minimum=1) + dashed_duty_lists(text, structure, letter=True))
    return spans


def _duty_parts(text: str, structure: Structure) -> Iterator[tuple[int, int, int]]:
    """(where it stands, start, end) of each part of the structure that gives duties, in
    the order they are preferred: sections named for it, a closing article, lists headed
    by bodies, articles of bodies, the executing clause wherever it fell, one cut off."""
    for s in structure.sections:
        if (s.role == "implementation" and IMPLEMENTATION_HEADING.match(s.heading)
                or SHARED_OUT_HEADING.search(s.heading)):
            # (an article for the duties of a class it names, "Điều 13. Trách nhiệm của các cơ
            # quan, đơn vị", is headed by that class: its title is its first item's heading)
            yield s.start, s.start if _class_article(text, s) else _heading_text_end(text, s), s.end
    # the article that closes a decision or its rules may still give a body a duty of its
    # own ("Điều 5. Điều khoản thi hành" > "Sở Xây dựng chủ trì, phối hợp … hướng dẫn …")
    for s in structure.sections:
        if m := EXECUTION_HEADING.match(text[s.start:s.heading_end]):
            yield s.start, _run_in_clause(text, s, s.start + m.end()) or s.heading_end, s.end
    for lo, hi in body_lists(text, structure) + dashed_duty_lists(text, structure):
        yield lo, lo, hi
    for s in structure.sections:
        if (EXECUTION_ARTICLE.match(text, s.start) or CUT_EXECUTION_ARTICLE.match(text, s.start)
                or _body_article(text, s) or _named_in_duties_chapter(text, s)):
            yield s.start, s.start, s.end
    # the closing formula wherever the lines fell ("… Điều 3. Quyết định này có hiệu lực …
    # Thủ trưởng các cơ quan: A, B căn cứ Quyết định thi hành"): its line is an item
    for m in EXECUTION_FORMULA.finditer(text, structure.body_start or 0, structure.body_end or len(text)):
        # (from the clause's own sentence: a report's paragraph may tell other orders first,
        # "Theo đó, UBND tỉnh giao Sở … chủ trì …. Giao Giám đốc Sở …, … chịu trách nhiệm thi hành")
        line_start = text.rfind("\n", 0, m.start()) + 1
        told = [s.end() for s in SENTENCE_STOP.finditer(text, line_start, m.start())
                if text[s.start() - 1].isalpha()]      # (not an article's number, "Điều 3.")
        lo = told[-1] if told else _clause_start(text, line_start)
        hi = text.find("\n", m.end())
        yield m.start(), lo, len(text) if hi < 0 else hi
    # (and the executing clause a cut broke off, on a line of its own: "Chánh Văn phòng UBND
    # tỉnh; Thủ trưởng các Sở, ngành của tỉnh; … chịu trách nhi")
    cut = CUT_EXECUTION_ARTICLE.search(text, structure.body_start or 0)
    if cut:
        yield cut.start(), cut.start(), len(text)


def _parts_by_heading(text: str, structure: Structure) -> list[tuple[int, int]]:
    """Spans under the implementation headings the text holds, where the structure
    found no part: to the next chapter under a chapter's title, else the next section."""
    spans = []
    body_end = structure.body_end or len(text)
    for m in IMPLEMENTATION_HEADING.finditer(text, structure.body_start or 0, body_end):
        line_end = text.find("\n", m.start())
        line_end = body_end if line_end < 0 else line_end
        # a chapter's title ("Chương III" over "TỔ CHỨC THỰC HIỆN") holds its articles
        chapter = CHAPTER_LINE.search(text, text.rfind("\n", 0, max(0, m.start() - 1)) + 1, line_end)
        stop = (CHAPTER_STOP if chapter else SECTION_STOP).search(text, line_end + 1, body_end)
        spans.append((line_end, stop.start() if stop else body_end))
    return spans


def annexed_part(doc: Document, structure: Structure) -> tuple[Structure, tuple[int, int]] | None:
    """The plan or rules a decision issues in its annex, with their own sections (the
    decision's articles and the annex's are no one list), and where they stand."""
    return annexed_plan(doc, structure, alone=True) or annexed_rules(doc, structure, alone=True)


def _annexed_plan_spans(doc: Document, structure: Structure, annex=None) -> list[tuple[int, int]]:
    """Duties parts of a plan issued in the decision's annex, after its signature
    ("Nhiệm vụ cụ thể", "Tổ chức thực hiện" of the plan a "Quyết định ban hành Kế
    hoạch" carries): the bodies given duties there are the document's; so are those of
    the duties part of rules it issues ("Quy chế" > "Điều 16. Trách nhiệm Sở Công Thương")."""
    annex = annex or annexed_part(doc, structure)
    if annex is None:
        return []
    annexed, (lo, hi) = annex
    plan = replace(annexed, body_start=lo, body_end=hi)
    return [(a, b) for a, b in implementation_spans(doc.text, plan) if lo <= a < hi]


def _class_article(text: str, section) -> bool:
    """An article titled for the duties of a class alone, its clauses naming no body."""
    heading = text[section.start:section.heading_end]
    return bool(ARTICLE_MARK.match(heading)) and not _first_clause_names(text, section.heading_end) \
        and bool(_generic_class_heading(text, section.start + ITEM_MARK.match(heading).end(), section.heading_end)[0])


def _heading_text_end(text: str, section) -> int:
    """Where an implementation section's own text starts: after its heading, or after the
    colon of a heading that runs on ("8. Tổ chức thực hiện: Thông tư này … Tổng cục Cảnh
    sát chỉ đạo …")."""
    # (the pattern is anchored: it is matched on the heading's own text, not at an offset)
    m = IMPLEMENTATION_HEADING.match(text[section.start:section.heading_end])
    title_end = section.start + m.end() if m else None
    colon = RUN_ON_HEADING.match(text, title_end, section.heading_end) if m else None
    if colon and text[colon.end():section.heading_end].strip():
        return colon.end()
    return (_run_in_clause(text, section, title_end) if m else None) or section.heading_end


def _run_in_clause(text: str, section, title_end: int) -> int | None:
    """Where the text starts that a flattened copy ran on after the article's title (ending
    at ``title_end``) on its line, when a body opens it, or None: the executing clause
    ("Điều 6. Trách nhiệm tổ chức thực hiện Chánh Văn phòng …") or a body's duty ("Điều 5.
    Điều khoản thi hành Sở Xây dựng chủ trì, phối hợp …")."""
    run_in = RUN_IN_BODIES.match(text, title_end, section.heading_end)
    return run_in.end() if run_in else None


ARTICLE_MARK = re.compile(r"[\s*#_]*Điều\s+\d+")
