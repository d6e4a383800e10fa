"""Steps 5 and 6: numbered headings between body start and end, nested by kind, and each
section's role from its heading, else its parent's. Also the lettered points marked "a."
that extraction brackets as "a)" before it parses."""
from __future__ import annotations

import regex as re

from pipeline.models import Section
from pipeline.extraction.structure.patterns import is_caps
from pipeline.extraction.structure.header import Line

# Roman part: "II. MỤC TIÊU"; OCR may read I as l or 1 ("Il."), so at least one
# real Roman letter is required and a lone digit never qualifies.
# Party documents mark parts with a dash ("IV- TỔ CHỨC THỰC HIỆN").
# (OCR may also read "II" as "H": "HI- TỔ CHỨC THỰC HIỆN")
ROMAN_HEADING = re.compile(
    r"^(?P<label>(?=[IVXlH1]*[IVX])(?!H[.:])[IVXlH1]{1,5})\s*(?:[.:]|-(?=\s))\s*(?P<title>\S.*)$")
# Article of a decision: "Điều 5. Tổ chức thực hiện".
# (a copy may drop its dot: "Điều 5 Điều khoản thi hành", a short title alone on its line;
# a wrapped line that goes on citing an article does not open one: "Điều 11 Nghị định số
# 186/2025/NĐ-CP tại …", "Điều 5 Quy định này; …")
ARTICLE_HEADING = re.compile(r"^Điều\s+(?P<label>\d{1,3})\s*(?:[.:]|(?=\s+\p{Lu})(?!\s+(?:Luật|Bộ luật|Nghị định|"
                             r"Nghị quyết|Thông tư|Quyết định|Chỉ thị|Pháp lệnh|Hiến pháp|Hiệp định|Công ước)\b)"
                             r"(?=(?:\s+[^\s.,;:]+){1,10}\s*$)(?!.*\bnày\b))"
                             r"\s*(?P<title>.*)$")
# Decimal section: "2.1. Đến năm 2030" (not "5.190 cộng tác viên").
DECIMAL_HEADING = re.compile(r"^(?P<label>\d{1,2}(?:\.\d{1,2}){1,2})\.?\s+(?P<title>\S.*)$")
# Arabic section: "1. Sở Y tế", "2) ..." (not "1.5" or "2030.").
ARABIC_HEADING = re.compile(r"^(?P<label>\d{1,2})\s*[.)](?![\d.])\s*(?P<title>\S.*)$")
# ... or a section named as such: "Mục 1. MỤC TIÊU", "Mục 3 - NHIỆM VỤ, GIẢI PHÁP" (not a
# pointer to one, "Mục 2 Phần I").
NAMED_SECTION_HEADING = re.compile(r"^(?:Mục|MỤC)\s+(?P<label>\d{1,2})\s*[.:)\-–]\s*(?P<title>\S.*)$")
# An Arabic number closed by a bracket: "1)", "12)".
PAREN_NUMBER = re.compile(r"^\d{1,2}\s*\)")
# Lettered point in Vietnamese order: a) b) c) d) đ) e) g) h) i) k) ...
LETTER_HEADING = re.compile(r"^(?P<label>[a-zđ])\s*\)\s*(?P<title>\S.*)$")

# A lettered point marked with a dot ("a. Chủ trì …"), at a line's start or run in by a
# flattened copy ("… Đường sắt Việt Nam. b. Các cơ quan …", "1. Tuyên truyền a. Tổ chức …").
DOTTED_POINT = re.compile(r"(?m)(?:^[ \t*_#]*|(?<=\s))(?P<letter>[a-zđ])(?P<dot>\.)"
                          r"(?=[ \t]+[\p{Lu}\d“\"(])")


def bracket_dotted_points(text: str) -> str:
    """``text`` with its lettered points marked "a)" where the document marks them "a.",
    "b.", …, so every rule reads one mark (same length). Only a document whose dotted
    marks run from "a" to "b" letters its points so; a lone "c." may be anything."""
    found = list(DOTTED_POINT.finditer(text))
    if not {"a", "b"} <= {m["letter"] for m in found}:
        return text
    chars = list(text)
    for m in found:
        chars[m.start("dot")] = ")"
    return "".join(chars)


# A heading's number as patterns over a heading's text see it: "II.", "3)", or a decimal
# one, "2.3." (a plan numbered "1.", "1.1.", "1.1.1." has no Roman parts).
HEADING_NUMBER = r"(?:[IVXLC]+|\d+(?:\.\d+)*)\s*[.)]"

# A part counted as "Phần I. MỤC ĐÍCH, YÊU CẦU", "PHẦN THỨ HAI", "Phần 3 - …": a part as a
# Roman numeral marks one (its title may stand on the next line, in capitals).
# (not a sentence that opens on a part's name: "Phần 2 của Kế hoạch này …")
PART_HEADING = re.compile(r"^(?:Phần|PHẦN)\s+(?P<label>[IVX]{1,5}|\d{1,2}|(?:thứ|THỨ)\s+\p{L}+)"
                          r"(?:\s*[.:\-–]\s*|\s+(?=\p{Lu})|\s*$)(?P<title>(?:\p{Lu}.*)?)$")

# Heading kinds, outermost first; a heading closes open sections of its rank or deeper.
KIND_RANK = {"part": 0, "roman": 0, "article": 0, "arabic": 1, "decimal": 2, "letter": 3}
HEADING_PATTERNS = (("part", PART_HEADING), ("roman", ROMAN_HEADING), ("article", ARTICLE_HEADING),
                    ("decimal", DECIMAL_HEADING), ("arabic", ARABIC_HEADING), ("arabic", NAMED_SECTION_HEADING),
                    ("letter", LETTER_HEADING))

# Section roles from the words a heading starts with (after "Các", "Một số"...).
# Order matters: "Phân công nhiệm vụ" is implementation before "nhiệm vụ" is tasks,
# and "Kết quả thực hiện mục tiêu" is baseline before "mục tiêu" is objectives.
# (and powers named before the duties they go with: "Thẩm quyền, trách nhiệm của …")
ROLE_FILLER = r"(?:(?:các|một số|những|đánh giá|dự kiến|nguồn)\s+|(?:thẩm quyền|quyền hạn)(?:,|\s+và)\s+(?=trách nhiệm))?"
ROLE_RULES = [
    # (OCR may drop the hook of "tổ": "TÔ CHỨC THỰC HIỆN")
    ("implementation", r"t[ổôỏ] chức thực hiện|phân công|trách nhiệm|tổ chức triển khai"),
    ("funding", r"kinh phí|ngân sách|nguồn vốn|vốn"),
    ("baseline", r"kết quả|thực trạng|hiện trạng|tình hình|đánh giá|đặc điểm"),
    ("purpose", r"mục đích|yêu cầu|quan điểm|sự cần thiết"),
    ("objectives", r"mục tiêu|chỉ tiêu|lộ trình|định hướng|đến năm\s+(?:19|20)\d\d"),
    ("scope", r"đối tượng|phạm vi"),
    ("needs", r"nhu cầu"),
    ("tasks", r"nhiệm vụ|giải pháp|nội dung|hoạt động"),
]
ROLE_PATTERNS = [(role, re.compile(rf"^{ROLE_FILLER}(?:{words})\b", re.I))
                 for role, words in ROLE_RULES]
# Goal words anywhere in a heading ("Quán triệt các mục tiêu của Đề án") make it
# objectives, unless the heading reports results ("Tổng hợp kết quả thực hiện các
# chỉ tiêu"): then it is baseline. "Chương trình mục tiêu" names a kind of programme
# (budget lines: "Chi thực hiện các chương trình mục tiêu"), not a goal.
GOAL_WORDS = re.compile(r"\b(?<!chương\s+trình\s+)(?:mục tiêu|chỉ tiêu)\b", re.I)
RESULT_WORDS = re.compile(r"\b(?:kết quả|thực trạng|hiện trạng|tình hình|báo cáo|đã đạt)\b", re.I)
# A heading that asks bodies to carry out what follows is a part of duties, whatever goal it
# names first ("II. Để đạt được mục tiêu …, yêu cầu các Bộ, cơ quan, địa phương triển khai một
# số nhiệm vụ trọng tâm sau").
ASKS_BODIES = re.compile(r"\b(?:yêu cầu|đề nghị|giao)\s+(?:cho\s+)?(?:các\s+)?"
                         r"(?:bộ|sở|ban|ngành|cơ quan|đơn vị|địa phương|ủy ban|ubnd)\b.*\bsau$", re.I)
# Work already done: a tasks-like heading that reports it ("Một số nội dung đã
# thực hiện trong năm 2025", "Các nhiệm vụ đã triển khai") describes results.
PAST_WORK = re.compile(r"\bđã\s+(?:được\s+)?(?:thực hiện|triển khai|làm|đạt|hoàn thành|tổ chức|ban hành)\b", re.I)
# A heading that is only a stage ("Giai đoạn 2025 - 2030", "Giai đoạn 2 (2028-2030)",
# "Giai đoạn đến năm 2030"): the goals of that stage follow.
STAGE_ONLY = re.compile(
    r"^(?:giai đoạn|thời kỳ)\s*(?:\d|[IVX]{1,3})?\s*[:(\-–]?\s*(?:từ\s+)?(?:năm\s+)?"
    r"(?:(?:19|20)\d\d\s*(?:[-–—]|đến)\s*(?:năm\s+)?(?:19|20)\d\d|đến\s+năm\s+(?:19|20)\d\d)\s*\)?[\s:.;]*$",
    re.I)
# A needs heading ("Nhu cầu bồi dưỡng ... như sau:") is one however long it runs.
NEEDS_START = re.compile(r"^(?:(?:các|một số|những|dự kiến)\s+)?nhu cầu\b", re.I)


# --------------------------------------------------------------------------
# Sections
# --------------------------------------------------------------------------

def heading_of(text: str) -> tuple[str, str, str] | None:
    """(kind, label, title) when a line opens with section numbering. A quotation that
    opens on the line (a report reproducing a letter: "Nội dung Công văn như sau: “1.
    Giao Công an tỉnh chủ trì …") leaves its numbering in place."""
    text = text.removeprefix("“")
    for kind, pat in HEADING_PATTERNS:
        m = pat.match(text)
        if m:
            label = m["label"]
            if kind == "roman":
                label = label.replace("l", "I").replace("1", "I").replace("H", "II")
            return kind, label, m["title"]
    return None


# Marks and spaces before a heading's words.
TITLE_LEAD = re.compile(r"^[\s*_:–\-]+")


def _clean_title(title: str) -> str:
    return TITLE_LEAD.sub("", title).strip()


def heading_role(title: str) -> str | None:
    """Step 6: the role a heading's own words give, or None when they say nothing.
    ``title`` is the heading proper (see ``heading_proper``)."""
    t = _clean_title(title).casefold()
    for role, pat in ROLE_PATTERNS:
        if pat.match(t):
            return "baseline" if role == "tasks" and PAST_WORK.search(t) else role
    if STAGE_ONLY.match(t):
        return "objectives"
    if GOAL_WORDS.search(t):
        if ASKS_BODIES.search(t.rstrip(" .:")):
            return "tasks"
        return "baseline" if RESULT_WORDS.search(t) else "objectives"
    return None


# A numbered line's heading proper is its text before the first colon; it reads as
# a heading (not as a sentence of the body) when it is short or set in bold or
# capitals. Lettered items often run a whole paragraph on from a short lead
# ("a) Nhân sự và kết quả ...: Có 20 ... nhiệm vụ dân số ..."): words deep in such
# a body say nothing about the section's role.
HEADING_MAX_CHARS = 90


def heading_proper(title: str) -> str:
    return _clean_title(title).split(":", 1)[0].strip()


def reads_as_heading(title: str, looks: bool = False) -> bool:
    """``looks``: the line is set as a heading (bold, capitals, a Roman part)."""
    lead = heading_proper(title)
    return bool(lead) and (len(lead) <= HEADING_MAX_CHARS or looks or is_caps(lead))


def own_role(title: str, looks: bool = False) -> str | None:
    """The role a numbered line gives itself: from its heading proper when that reads
    as a heading; a needs heading always counts. None: inherit the parent's."""
    if NEEDS_START.match(_clean_title(title)):
        return "needs"
    if not reads_as_heading(title, looks):
        return None
    return heading_role(heading_proper(title))


def continues_heading(head: Line, nxt: Line) -> bool:
    """A hard-wrapped heading: the next line carries on the same heading."""
    if heading_of(nxt.text) or nxt.text[:1] in "-+•":
        return False
    if (part := PART_HEADING.match(head.text)) and not part["title"]:
        return is_caps(nxt.text) and len(nxt.text) < 160   # "Phần I" over "THỰC TRẠNG …"
    if head.text.rstrip()[-1:] in ".;:":
        return False
    if nxt.text[:1].islower() and len(head.text) < 60:
        return True
    return is_caps(head.text) and is_caps(nxt.text) and len(nxt.text) < 120 and head.bold == nxt.bold


def parse_sections(lines: list[Line], body_start: int, body_end: int) -> list[Section]:
    """Step 5: nest numbered headings; each section ends where the next sibling or an
    ancestor's sibling starts (or at the end of the body)."""
    sections: list[Section] = []
    stack: list[tuple[float, Section, int, bool]] = []   # (rank, section, its index, numbered "N)")
    body = [ln for ln in lines if body_start <= ln.start < body_end]
    for idx, ln in enumerate(body):
        h = heading_of(ln.text)
        if not h:
            continue
        kind, label, title = h
        rank = KIND_RANK[kind]
        if kind == "decimal":           # "1.3.1" sits under "1.3"
            rank += (label.count(".") - 1) / 10
        elif kind == "arabic" and PAREN_NUMBER.match(ln.text) and any(r >= KIND_RANK["arabic"] and not p
                                                                   for r, _, _, p in stack):
            # "1)" under "1." or "2.1." is a point of it, not its sibling: it nests under
            # what is open, beside the "N)" points before it
            rank = next((r for r, _, _, p in reversed(stack) if p), stack[-1][0] + 0.5)
        while stack and stack[-1][0] >= rank:
            stack.pop()[1].end = ln.start
        parent = stack[-1][1] if stack else None
        parent_i = stack[-1][2] if stack else None
        heading_end, heading = ln.end, ln.text
        j = idx + 1
        while j < len(body) and continues_heading(body[j - 1], body[j]) and j - idx < 3:
            heading_end, heading, title = body[j].end, heading + " " + body[j].text, title + " " + body[j].text
            j += 1
        if kind == "article":
            label = f"Điều {label}"
        elif kind == "part":
            label = f"Phần {label}"
        if kind == "decimal" and parent and parent.path.endswith(label.rsplit(".", 1)[0]) \
                and parent.path.rsplit(".", 1)[-1] == label.rsplit(".", 2)[-2]:
            label = label.rsplit(".", 1)[1]         # "1.3" > "1.3.1": path "….1.3.1"
        elif kind == "decimal" and parent and label.startswith(parent.path.rsplit(".", 1)[-1] + "."):
            label = label.split(".", 1)[1]
        path = f"{parent.path}.{label}" if parent else label
        # a Roman part is a heading by its numbering; a hard-wrapped heading keeps the
        # look (bold, capitals) of its first line
        looks = ln.bold or kind in ("roman", "part") or is_caps(h[2])
        role = own_role(title, looks) or (parent.role if parent else "other")
        if parent and parent.role == "baseline" and STAGE_ONLY.match(heading_proper(title)):
            role = parent.role      # a stage under a results part reports that stage
        s = Section(path=path, heading=heading, level=len(stack) + 1, role=role,
                    start=ln.start, end=body_end, heading_end=heading_end, parent=parent_i)
        sections.append(s)
        stack.append((rank, s, len(sections) - 1, kind == "arabic" and bool(PAREN_NUMBER.match(ln.text))))
    return sections
