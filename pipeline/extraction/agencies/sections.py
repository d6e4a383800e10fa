"""Where a text gives duties (its implementation part, lists headed by bodies, a
decision's articles and executing clause, task tables) and the items each holds."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import chain, islice

import regex as re

from pipeline.models import Document, Structure
from pipeline.extraction.metadata import LETTER_TYPES as LETTER_DOC_TYPES
from pipeline.extraction.spans import sentence_bounds
from pipeline.extraction.structure import ADDRESSEES, ITEM_MARK, LIST_RANK, annexed_plan, annexed_rules
from pipeline.reading.lines import RECIPIENTS_WORDS
from pipeline.extraction.agencies.patterns import (ACTS, ARTICLE_TITLE, ASSIGN_VERBS, ASSIGNS, BODY_HEAD, HEAD_TITLE,
                                                   OBLIGATIONS,
                                                   _CHAPTER_MARK, CLASS_ARTICLE, CUT_EXECUTION_ARTICLE,
                                                   EXECUTES, EXECUTION_HEADING, GENERIC_PLURAL,
                                                   IMPLEMENTATION_HEADING, LEAD_IN, MAX_NAME_WORDS,
                                                   NOT_A_BODY, NOT_DUTY_ROLES, _OTHER_KIND, PARTS_ONLY_TYPES, PLURAL,
                                                   RELATED_AFTER, RELATED_TAIL, SENTENCE_STOP, STANDING_WORDS)
from pipeline.extraction.agencies.naming import _among, _body_key, normalise
from pipeline.extraction.agencies.names import (CAPITAL_DUTY, KINDS_BY_TASK, _capped, _class_heading, _class_named,
                                                _clause_end, _clause_start,
                                                _executors, _first_clause_names, _lines, _named_at, _names, _not_a_name,
                                                _quoted_execution, _quoted_rules, _split, _trim)


# A part whose title ends by sharing out the duties of what it lists ("II. NHIỆM VỤ TRỌNG
# TÂM VÀ PHÂN CÔNG TRÁCH NHIỆM", "II. NỘI DUNG, PHÂN CÔNG TRÁCH NHIỆM"): its tasks' lines
# that open with bodies give them duties, as items of a "Phân công trách nhiệm" part do.
SHARED_OUT_HEADING = re.compile(r"(?:,|\svà)\s+phân công\s+(?:trách nhiệm|nhiệm vụ|thực hiện)[\s*_.:]*$", re.I)
# The enacting line of a decision, over its articles.
ENACTS_DECISION = re.compile(r"(?m)^[\s*#_|]*QUYẾT\s+ĐỊNH\s*:[\s*_|]*\n[\s*#_|]*Điều\s+1\b")
# What a body is given inside a decision's article: a duty of its own, to chair or assist.
# (or a task it is to carry out: "… các sở, ban, ngành, Ủy ban nhân dân các xã, phường triển
# khai giao chỉ tiêu kế hoạch …", "… xây dựng và tổ chức thực hiện kế hoạch …")
ARTICLE_DUTY = re.compile(r"[\s,:]*(?:(?:có|chịu) trách nhiệm(?! thi hành)|chủ trì|phối hợp|theo chức năng|"
                          r"(?:khẩn trương\s+|tiếp tục\s+)?(?:triển khai|tổ chức thực hiện|hướng dẫn|"
                          r"xây dựng(?: kế hoạch| và tổ chức thực hiện)|theo dõi|kiểm tra|đôn đốc|"
                          # or a plan to put to its council: "… Ủy ban nhân dân các huyện, thị xã,
                          # thành phố trình Hội đồng nhân dân cùng cấp thông qua"
                          r"trình\s+(?:Hội đồng nhân dân|HĐND)))\b", re.I)
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
CHAPTER = re.compile(_CHAPTER_MARK + r"[.:\s*_-]*(?P<title>[^\n]*)\n(?P<next>[^\n]*)", re.M)
CHAPTER_STOP = re.compile(r"(?:" + _CHAPTER_MARK + r"|^[\s*#_]*(?:Trên đây là|" + RECIPIENTS_WORDS + r"))", re.M)
# Closing formula after the last item ("Trên đây là Kế hoạch…", "Nơi nhận:").
CLOSING = re.compile(
    r"^[\s*_]*(?:Trên đây là|" + RECIPIENTS_WORDS + r"|Trong quá trình (?:tổ chức )?(?:thực hiện|triển khai)|"
    r"(?:Nghị quyết|Quyết định|Thông tư|Kế hoạch|Chỉ thị) này (?:được|có hiệu lực)|TM\.|KT\.|"
    # a notice's closing line: "Thừa lệnh Bộ trưởng …, Văn phòng Bộ thông báo đến các cơ quan,
    # đơn vị liên quan biết và triển khai thực hiện./."
    r"(?:Thừa lệnh|Theo ý kiến chỉ đạo)\b[^\n]{0,200}?\bthông báo\s+(?:đến|để|cho)\b)")

# The closing request to all, run into the last item's line by a copy: "Yêu cầu các sở, ban,
# ngành, đơn vị, địa phương nghiêm túc triển khai thực hiện./." (its end mark says so; a
# request inside an item, "Yêu cầu các Ban QLDA nghiêm túc thực hiện, không …", is a task)
CLOSING_REQUEST = re.compile(r"[\s*_]*(?:(?:Ủy ban nhân dân|UBND)\s+(?:tỉnh|[Tt]hành phố)\s+)?"
                             r"(?:[Yy]êu cầu|[Đđ]ề nghị)\b[^\n.]{0,200}?\bnghiêm túc\b[^\n.]{0,80}\./\.")
# A numbered item further down: a closing formula before it is not the end of the section.
# (an article's line is one: "Trong quá trình thực hiện chỉ đạo các sở …" goes on its article's
# duty, and "Điều 3. Thường trực Hội đồng nhân dân … giám sát …" follows)
NUMBERED_LINE = re.compile(r"^[\s*#_]*(?:\d+(?:\.\d+)*\s*[.)]|Điều\s+\d+\s*[.:])\s", re.M)
# The closing formula of a decision or resolution: its subjects execute it.
EXECUTION_FORMULA = re.compile(
    EXECUTES.pattern + r"(?=\s+(?:Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị|Thông\s+tư|Nghị\s+định|Kế\s+hoạch)\s+này\b)"
    # (or its other form, which names the decision before the verb: "… căn cứ Quyết định thi hành./.")
    # (an older one says "chiếu": "… chiếu quyết định thi hành kể từ ngày ký./.")
    r"|\s(?:căn\s+cứ|chiếu)\s+(?:Quyết\s+định|Nghị\s+quyết)\s+(?:này\s+)?thi\s+hành(?=\s*(?:[./;:]|,?\s*kể\s+từ\s+ngày))", re.I)
# An article that is the execution clause itself: "Điều 5. Chánh Văn phòng …, Giám đốc
# Sở Xây dựng … chịu trách nhiệm thi hành Quyết định này."
EXECUTION_ARTICLE = re.compile(r"^[\s*#_]*Điều\s+\d+\s*[.:]\s*[^\n]*" + EXECUTES.pattern, re.M)
# An article with no title of its own ("Điều 2.") whose items are headed by bodies
# gives them duties; a titled article's clauses are its rules.
UNTITLED_ARTICLE = re.compile(r"^[\s*#_]*Điều\s+\d+\s*[.:]?[\s*_]*$")
# A figure right after the body's name: the item allots it a share ("a) Ban An toàn
# giao thông tỉnh 40%;"), it gives no duty.
SHARE_AFTER = re.compile(r"\s*[:\-–]?\s*\d")
# How many items of a list must be headed by bodies for it to give duties.
BODY_LIST_MIN = 2
# Businesses named at the head of an item: a letter's single such item is no duty of a body.
BUSINESS = re.compile(r"^(?:(?:Các|Những)\s+)?(?:Công ty|Tổng công ty|Doanh nghiệp|doanh nghiệp|Hợp tác xã|"
                      r"đơn vị kinh doanh|Đơn vị kinh doanh|chủ đầu tư|Chủ đầu tư|nhà thầu|Nhà thầu)", re.I)
# Letters, notices and telegrams: short texts whose every item headed by a body is a duty.
LETTER_TYPES = {t.upper() for t in LETTER_DOC_TYPES}     # as the header prints them
# Words of a plan's purpose part (a letter's "Yêu cầu chung" is no such part).
PLAN_PURPOSE = re.compile(r"\b(?:mục đích|quan điểm|sự cần thiết)\b", re.I)

# A notice's closing line, naming whom it is for.
NOTICE_CLOSING = re.compile(r"^[^\n]{0,80}?\bthông báo\s+(?:để|cho|đến)\s")

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
# Where the bodies of a "Cơ quan thực hiện" row stop to say they chair.
CHAIRS = re.compile(r"\s+chủ trì\b")
# How many lines a "phối hợp" row may stand from the "chủ trì" row of its task.
TABLE_ROW_REACH = 3
# A line that opens the list of a class's members: "… theo ngành, lĩnh vực gồm:".
MEMBERS_OPENER = re.compile(r"\b(?:bao gồm|gồm(?: có)?|sau đây|như sau)\s*:\s*$", re.I)
MEMBERS_OPENER_LINES = 2
# An item headed by its topic that names its bodies after it: "1. Đối với 03 hầm trên
# tuyến cao tốc: Yêu cầu các Ban Quản lý dự án 6, 85 phối hợp …", "2. Đối với các hầm còn
# lại, yêu cầu các Ban QLDA 2, 6, 7 khẩn trương …", "1. Về công tác bảo trì: Giao Cục …".
# (after a colon the body may follow at once: "2. Về dự án nạo vét luồng tàu …: Bộ Xây dựng
# khẩn trương rà soát …", as a conclusion notice assigns its points)
# (or a copy ran the topic into its order: "3. Đối với các tổ chức khác Đề nghị Ủy ban Mặt trận …")
# (or "Việc …": "4. Việc quản lý người, phương tiện …: Tổng cục Đường bộ Việt Nam chủ trì …")
TOPIC_HEAD = re.compile(r"(?:Đối với|Về|Việc)\b[^;\n]{0,240}?(?:[:,]\s*(?=" + ASSIGN_VERBS + r"\s)|:\s*(?="
                        + BODY_HEAD.pattern + r")|\s+(?=(?:Đề nghị|Yêu cầu|Giao)\s+\p{Lu})"
                        # (or a flattened copy ran the topic's line into its paragraph, which opens
                        # with a ministry or department that chairs: "1. Về rà soát … Quốc gia Bộ
                        # Giao thông vận tải chủ trì, phối hợp …")
                        r"|\s+(?=(?:Bộ|Sở|Tổng cục|Cục)\s+\p{Lu}[^;:,.\n]{0,60}?\s(?:chủ trì|có trách nhiệm|chịu trách nhiệm)\b))")
# A heading of the bodies a list regards, and nothing else: "1. Đối với Công ty TNHH Đại
# Đồng Tiến và Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ" over the points they are to carry
# out, "2. Đối với các sở, ban, ngành trên địa bàn tỉnh và Ủy ban nhân dân xã Văn Chấn:".
REGARDING = re.compile(r"[ \t*_]*Đối với\s+")
# (a flattened copy runs the heading into its first dashed point: "… Nghĩa Lộ - Thường xuyên …")
HEADING_REST = re.compile(r"[ \t*_]*:?[ \t*_]*(?:$|[-–+•][ \t]+(?=\p{Lu}))")


def _heading_line_end(text: str, at: int, le: int) -> int:
    """Where a heading line's words end, before its closing colon or marks."""
    return at + len(text[at:le].rstrip(" \t*_:"))


def _regarded_bodies(text: str, at: int, le: int) -> tuple[list[tuple[str, str]], int]:
    """The bodies of a numbered heading that only says whom its points regard, else none."""
    regard = REGARDING.match(text, at, le)
    if not regard:
        return [], at
    names, tail = _names(text, regard.end(), le, item=True)
    # (or into its first task in capitals: "… xã Văn Chấn Căn cứ theo chức năng, …")
    ends = HEADING_REST.match(text, tail, le) or CAPITAL_DUTY.match(text, tail - 1 if text[tail - 1:tail].isspace() else tail, le)
    return (names, tail) if names and ends else ([], at)


# A point's body chairing its task: "- Ủy ban nhân dân phường Yên Bái chủ trì …".
CHAIRS = re.compile(r"[\s,]*chủ trì\b")
OWN_INITIATIVE = re.compile(r"[\s,]*chủ động\b")


@dataclass
class Item:
    """One numbered item of the implementation section: who, and its task sentences."""
    names: list[tuple[str, str]]            # (raw, normalised)
    start: int
    end: int
    tasks: list[tuple[int, int]] = field(default_factory=list)
    role: str | None = None                 # set by a task table's row ("Cơ quan chủ trì: …")
    formal: bool = False                    # the closing "… chịu trách nhiệm thi hành" clause
    names_end: int = 0                      # a task that opens with the names reads its role after them
    headed: bool = False                    # a generic class is its whole heading ("3. Các cơ quan, đơn vị:")
    role_only: bool = False                 # a rule's clause: it raises the role of a body given duties
    if_absent: bool = False                 # it gives a row only to a body no other item gave one
    opens_clause: bool = False              # a rule's clause that opens with the body that chairs it


# A generic class that is the whole heading of an item ("3. Các cơ quan, đơn vị, địa phương
# thuộc tỉnh: Căn cứ …"): in running text a catch-all, here the bodies that item gives duties.
# (or the whole of an article's title after its duties: "Điều 13. Trách nhiệm của các cơ quan,
# đơn vị", the class a regulation defines and gives an article of its own)
# (a heading may close with a stop: "4. Các cơ quan, tổ chức, đơn vị còn lại."; a sentence does
# too, so a class so closed must be one whole: see _generic_class_heading)
# (or their heads: "1. Thủ trưởng các cơ quan, đơn vị:" heads the duties of the bodies)
CLASS_HEADING = re.compile(r"[\s*_]*(?:(?:Trách nhiệm\s+(?:của\s+)?|(?:Thủ trưởng|Người đứng đầu|Lãnh đạo)\s+)(?=các\s))?(?P<name>(?:Các|Những|(?<=\s)các)\s[^:;.\n]{3,160}?)"
                           r"[\s*_]*(?::|(?P<stop>\.)?$)", re.M)


# (or such a class placed by what it was given: "6. Các cơ quan, đơn vị được phân công, phân cấp:",
# or the rest of a kind: "2.12. Các Sở, ban, ngành khác")
GENERIC_CLASS_GIVEN = re.compile(r"^(?:Các|Những)\s+(?:cơ quan|đơn vị|địa phương|tổ chức)"
                                 r"(?:\s*,\s*(?:cơ quan|đơn vị|địa phương|tổ chức|doanh nghiệp))*"
                                 r"\s+được\s+(?:giao|phân công)\b")
# (a kind of the province's departments among them: "Các đơn vị khác" alone is whoever is left,
# a catch-all)
OTHER_BODIES = re.compile(r"^(?:Các|Những)\s+(?=.*\b(?:sở|ban|ngành|đoàn thể|hội)\b)" + _OTHER_KIND + r"(?:\s*,\s*" + _OTHER_KIND + r")*\s+khác$", re.I)


# The class of bodies as a point's subject, its duty next (not "… liên quan", "… khác").
GENERIC_SUBJECT = re.compile(r"[\s*_]*(?P<name>(?:Các|Những)\s+(?:cơ quan|đơn vị|địa phương)"
                             r"(?:\s*,\s*(?:cơ quan|đơn vị|địa phương|doanh nghiệp))*)"
                             # (not "chủ trì": "Các cơ quan, đơn vị chủ trì quản lý tài sản có trách
                             # nhiệm …" names which of them)
                             r"(?=\s+(?:căn cứ|có trách nhiệm|chủ động|khẩn trương|tiếp tục|tập trung|tổ chức|"
                             r"triển khai|xây dựng|thực hiện|rà soát)\b)")


# A class of bodies, placed by what it holds, heading the duties listed under it: "Các cơ quan,
# đơn vị, cá nhân có thẩm quyền quyết định được phân cấp tại Quyết định này có trách nhiệm:" >
# "1. Quyết định …" (the list head governs its items).
GOVERNING_CLASS = re.compile(r"[\s*_]*(?P<name>(?:Các|Những)\s+(?:cơ quan|đơn vị|tổ chức|địa phương)"
                             r"(?:\s*,\s*(?:cơ quan|đơn vị|tổ chức|địa phương|cá nhân|doanh nghiệp))*"
                             r"(?:\s+[^\n:;.]{1,100}?)?)\s+(?:có|chịu)\s+trách\s+nhiệm\s*:[\s*_]*$"
                             # (or a class defined by what it does, its duty after it: "1. Các cơ quan,
                             # tổ chức, đơn vị, doanh nghiệp trực tiếp quản lý tài sản cố định có trách
                             # nhiệm thường xuyên theo dõi …")
                             r"|[\s*_]*(?P<doing>(?:Các|Những)\s+(?:cơ quan|đơn vị|tổ chức)(?:\s*,\s*(?:cơ quan|đơn vị|tổ chức|"
                             r"doanh nghiệp))*\s+(?:trực tiếp\s+)?(?:quản lý|sử dụng|thực hiện|được giao)\s[^\n:;.,]{3,80}?)"
                             r"\s+(?:có|chịu)\s+trách\s+nhiệm\s+(?!thi hành)\p{Ll}")

RUN_IN_POINT_MARK = re.compile(r"\s+[a-zđ][.)]\s*$")


def _generic_class_heading(text: str, start: int, end: int) -> tuple[list[tuple[str, str]], int]:
    m = CLASS_HEADING.match(text, start, end)
    if m and m["stop"] and not GENERIC_PLURAL.match(m["name"][0].upper() + m["name"][1:]):
        m = None                        # a sentence, not a heading closed by a stop
    if not m and (duty := CAPITAL_DUTY.search(text, start, end)):
        # (a copy that ran the heading into its task in capitals: "2.12. Các Sở, ban, ngành
        # khác Căn cứ chức năng, nhiệm vụ …", or into its first point, "… hạ tầng a) Thực hiện …")
        point = RUN_IN_POINT_MARK.search(text, start, duty.start())
        m = CLASS_HEADING.match(text, start, point.start() if point else duty.start())
    name = m.group("name")[0].upper() + m.group("name")[1:] if m else ""
    if not m or ", cá nhân" in name or RELATED_TAIL.search(name) \
            or not (GENERIC_PLURAL.match(name) or GENERIC_CLASS_GIVEN.match(name) or OTHER_BODIES.match(name.strip())):
        return [], start
    return [(name, name)], m.end("name")


def _is_letter(text: str, structure: Structure) -> bool:
    kind = structure.header.get("type")
    first = structure.sections[0].start if structure.sections else len(text)
    return kind in LETTER_TYPES or (kind is None and bool(ADDRESSEES.search(text, 0, first)))


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
        spans = body_lists(text, structure, minimum=1)
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


def _body_article(text: str, section) -> bool:
    """An article titled by the body whose duties it lists: "Điều 4. Phân cấp cho Sở Y tế
    thực hiện một số nhiệm vụ, quyền hạn sau", "Điều 5. Trách nhiệm của Sở Xây dựng"."""
    m = ARTICLE_TITLE.match(section.heading)
    if not m or section.role in NOT_DUTY_ROLES:
        return False
    lead = LEAD_IN.match(m["rest"])
    if lead:
        rest = m["rest"][lead.start("rest"):]
        return bool(BODY_HEAD.match(rest[:1].upper() + rest[1:]))
    if _titled_by_body(text, section.start, section.heading_end) and _clauses_open_with_duties(text, section):
        return True
    # a class in lower case whose first clause names it again: "Điều 28. Trách nhiệm của
    # doanh nghiệp viễn thông" over "1. Doanh nghiệp viễn thông có trách nhiệm đầu tư …"
    # (or any such class, in a chapter of duties: "Chương III. TỔ CHỨC THỰC HIỆN" > "Điều 11.
    # Trách nhiệm của cơ quan, tổ chức đặt hàng tư vấn")
    kind = CLASS_ARTICLE.match(m["rest"])
    if not kind:
        return False
    if _in_duties_chapter(text, section.start):
        return bool(_class_heading(text, section.start, section.heading_end)[0])
    first = text[section.heading_end:section.end].lstrip()
    first = first[ITEM_MARK.match(first).end():]
    return first.startswith(kind["kind"][:1].upper() + kind["kind"][1:] + " ") and BODY_HEAD.match(first) is not None


def _clauses_open_with_duties(text: str, section) -> bool:
    """The article's first clause opens with a duty and names no subject ("Điều 2. Sở Giáo dục
    và Đào tạo" > "1. Chủ trì thực hiện tuyển dụng …"): the title's body is its subject."""
    body = text[section.heading_end:section.end].lstrip()
    mark = ITEM_MARK.match(body)
    return mark.lastgroup in ("num", "letter") and bool(SUBJECTLESS_DUTY.match(body, mark.end()))


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


def article_duties(text: str, structure: Structure, spans: list[tuple[int, int]]) -> list[Item]:
    """Sentences of a decision's articles, outside the parts read above, that give a body
    a duty of its own: "Trưởng Phòng PC13, PC26 có trách nhiệm hướng dẫn …", "Giao Sở
    Giao thông vận tải chủ trì, phối hợp …" inside "Điều 2. Quyết định này có hiệu lực …"."""
    if structure.header.get("type") != "QUYẾT ĐỊNH" and not (
            not structure.header.get("type") and ENACTS_DECISION.search(text)):
        return []                           # (a copy that lost its type line still enacts: "QUYẾT ĐỊNH:")
    items = []
    # a decision that lays down rules in its own articles (it states their scope) and gives
    # duties in a part of their own: its titled articles are rules ("Điều 6. Đơn vị chủ trì
    # quản lý tài sản" > "4. Hội đồng nhân dân thành phố; … chủ trì quản lý tài sản …" before
    # "Điều 8. Tổ chức thực hiện"); without such a part, they are where duties are given
    tops = [sec for sec in structure.sections if sec.parent is None and sec.path.startswith("Điều")]
    rules = any(sec.role == "scope" for sec in tops) and any(_duties_part(sec) for sec in tops)
    for sec in structure.sections:
        if sec.parent is not None or not sec.path.startswith("Điều") or sec.role in NOT_DUTY_ROLES:
            continue
        if rules and _rules_article(text, sec, sec.heading_end):
            continue
        listed: list[tuple[str, str]] = []    # names alone before ";", subjects of what follows
        last = None                           # the article's last body given a duty
        for s, e in (se for ls, le in _lines(text, sec.start, sec.end) for se in _sentences(text, ls, le)):
            if any(a <= s < b for a, b in spans):    # read with its part (or the executing clause)
                continue
            if _quoted_rules(text, sec.start, s):
                continue
            mark_end = s + ITEM_MARK.match(text[s:e]).end()     # (anchored: matched on the sentence)
            # (the bodies may follow an opening circumstance: "Điều 2. Căn cứ các chỉ tiêu kế
            # hoạch giao, các sở, ban, ngành, Ủy ban nhân dân các xã triển khai …")
            names, tail = _names(text, mark_end, e, item=True)
            if names and ARTICLE_DUTY.match(text, tail, e):
                # (the duty is what follows the names: "Đề nghị Ủy ban Kiểm tra Tỉnh ủy … phối
                # hợp kiểm tra" assists)
                last = _duty_item(text, listed + names, s, tail, e)
                last.tasks += _points_after_colon(text, e, sec.end)
                items.append(last)
            elif last and not names and _subjectless_clause(text, s, e):
                last.tasks.append((s, e))      # "1. Sở … có trách nhiệm …" > "2. Chủ trì, phối hợp …"
            # "2. Các cơ quan chuyên môn cấp tỉnh; Ủy ban nhân dân các xã chịu trách nhiệm …"
            alone, rest = _names(text, mark_end, e, item=True)
            listed = alone if alone and not text[rest:e].strip(" ;,") else []
    return items


# A rule's condition before the body it sets to act: "Trường hợp …, ", "Khi …, ", "Nếu …, ".
CONDITION_FIRST = re.compile(r"(?:Trường hợp|Khi|Nếu)\b[^;.:,]{0,160}(?:,[^;.:,]{0,80})?,\s*(?=\p{Lu})")


# An article that says which unit is the chairing one ("Điều 6. Đơn vị chủ trì quản lý tài
# sản" > "1. Sở Tài chính chủ trì quản lý tài sản …") designates it by law; it sets no task to
# chair (both readings of a tests/gold-md2025d decision).
CHAIR_TITLE = re.compile(r"\bchủ trì\b", re.I)
CHAIRS_AT_MARK = re.compile(r"\s*chủ trì\s+(?!hoặc\b)\p{Ll}")


def chairs_in_rules(doc: Document, structure: Structure, spans: list[tuple[int, int]], annex=None) -> list[Item]:
    """Sentences of articles outside the parts read that name a body and what it chairs
    ("Điều 3. Nguyên tắc phối hợp" > "4. Trường hợp vướng mắc …, Sở Nông nghiệp và Môi
    trường chủ trì, tổng hợp báo cáo …"; "1. Sở Tài chính có trách nhiệm quản lý về nghiệp
    vụ, bao gồm:" > "c) Chủ trì, phối hợp …"). A rule gives no body a duty of its own, but a
    body given duties elsewhere that a rule sets to chair is the lead (both readings of a
    tests/gold-md2025e and a tests/gold-dev2026 regulation): these items raise the role of
    bodies that have rows, and add one only for a task chaired with partners (see
    ``CHAIRS_WITH_PARTNERS`` where the rows are made)."""
    text = doc.text
    items = []
    for sec in structure.sections + (annex[0].sections if annex else []):
        if not sec.path.startswith("Điều") or sec.role in NOT_DUTY_ROLES or CHAIR_TITLE.search(sec.heading) \
                or not CHAIR_TITLE.search(text, sec.heading_end, sec.end):
            continue                        # (an article that sets no one to chair raises no role)
        last = None
        for s, e in (se for ls, le in _lines(text, sec.heading_end, sec.end) for se in _sentences(text, ls, le)):
            if any(a <= s < b for a, b in spans) or _quoted_rules(text, sec.start, s):
                continue
            mark_end = s + ITEM_MARK.match(text[s:e]).end()
            # (the rule may first say when: "Trường hợp vướng mắc mà các bên không thống nhất
            # phương án giải quyết, Sở … chủ trì")
            when = CONDITION_FIRST.match(text, mark_end, e)
            names, tail = _names(text, when.end() if when else mark_end, e, item=True)
            tail = _past_remit(text, tail, e) if names else tail
            if names and ARTICLE_DUTY.match(text, tail, e):
                last = _duty_item(text, names, s, tail, e)
                last.tasks += _points_after_colon(text, e, sec.end)
                last.role_only = True
                last.opens_clause = not when and _opens_clause(text, s, e) and len(names) == 1 \
                    and bool(CHAIRS_AT_MARK.match(text, tail, e)) and _proper_body(names[0][0])
                items.append(last)
            elif last and not names and _subjectless_clause(text, s, e):
                last.tasks.append((s, e))
            elif names and _opens_clause(text, s, e):
                last = None         # a clause of other bodies: the points after it are not the last's
    return items


# A body's remit between its name and its duty: "Các Sở, ban, ngành, UBND cấp xã trong phạm vi
# quản lý liên quan đến thông tin, dữ liệu … có trách nhiệm:".
REMIT = re.compile(r"[\s,]*trong\s+phạm\s+vi\b[^.;:]{0,160}?(?=,?\s*(?:có|chịu)\s+trách\s+nhiệm\b)", re.I)


def _past_remit(text: str, tail: int, end: int) -> int:
    """Where a body's duty begins after its names, past the remit said between them."""
    remit = REMIT.match(text, tail, end)
    return remit.end() if remit else tail


# A clause of an article that opens with the duty, its subject the body of the clause
# before: "1. Sở Giao thông vận tải có trách nhiệm phổ biến …" > "2. Chủ trì, phối hợp với …".
SUBJECTLESS_DUTY = re.compile(r"(?:Chủ trì|Phối hợp|Hướng dẫn|Theo dõi|Tham mưu|Chủ động|Chỉ đạo|Rà soát|"
                              r"Có trách nhiệm|Chịu trách nhiệm)\b")


def _proper_body(raw: str) -> bool:
    """A body named by its own name (a capital past its first word: "Sở Văn hóa và Thể thao"),
    not a kind ("Cơ quan, đơn vị lấy ý kiến") nor a head's title over it."""
    return not HEAD_TITLE.match(raw) and bool(PROPER_PAST_FIRST.search(raw))


PROPER_PAST_FIRST = re.compile(r"\s\p{Lu}")


def _clause_opening(text: str, start: int, end: int) -> int | None:
    """Where the words of a numbered or lettered clause begin, when the sentence at
    ``start`` is its first; None for any other sentence."""
    line_start = text.rfind("\n", 0, start) + 1
    mark = ITEM_MARK.match(text[line_start:end])
    at = line_start + mark.end()
    return at if mark.lastgroup in ("num", "letter") and at >= start else None


def _opens_clause(text: str, start: int, end: int) -> bool:
    return _clause_opening(text, start, end) is not None


def _subjectless_clause(text: str, start: int, end: int) -> bool:
    """A numbered or lettered clause of an article that opens with a duty and names no
    subject."""
    at = _clause_opening(text, start, end)
    return at is not None and bool(SUBJECTLESS_DUTY.match(text, at, end))


def _points_after_colon(text: str, end: int, hi: int) -> list[tuple[int, int]]:
    """The points a sentence ending on a colon heads, up to ``hi``: "Sở Giao thông vận tải
    có trách nhiệm:" > "- Chủ trì, phối hợp …" > "- Hướng dẫn …" are that body's tasks (the
    first makes it the chair)."""
    if not text[:end].rstrip().endswith(":"):
        return []
    points = []
    line_end = text.find("\n", end, hi)
    for ls, le in _lines(text, hi if line_end < 0 else line_end + 1, hi):
        mark = ITEM_MARK.match(text[ls:le])
        if mark.lastgroup not in ("dash", "letter"):
            break                           # the list ends where its marks do
        points.append((ls + mark.end(), le))
    return points


# An article that sets out a body's standing tasks: "Điều 2. Nhiệm vụ, quyền hạn", "Điều 2.
# Nhiệm vụ, quyền hạn và nguyên tắc hoạt động của Hội đồng thẩm định".
FUNCTIONS_ARTICLE = re.compile(r"(?:Chức năng,\s*)?[Nn]hiệm vụ(?:,|\s+và)\s+quyền hạn\b"
                               r"(?:[^\n]*?\bcủa\s+(?=\p{Lu})(?P<who>.+))?")
# A title's name is short; a flattened copy may run the article's text into its title
# ("… của Chính phủ quy định chức năng, nhiệm vụ …"), which names no body.
TITLE_NAME_WORDS = 10
# (nor does the sentence's own lead-in to its list: "… tại Nghị định số 118/2025/NĐ-CP … của
# Chính phủ, cụ thể như sau")
RUN_ON_TITLE = re.compile(r"\b(?:quy định|về|chức năng|nhiệm vụ|thực hiện|cụ thể|như sau)\b|\d")
# A functions title and the article's first sentence, a body its subject (run together in a
# flattened copy).
RUN_ON_SUBJECT = re.compile(r"[\s*#_]*Điều\s+\d+\s*[.:]\s*(?:Chức năng,\s*)?[Nn]hiệm vụ(?:,|\s+và)\s+quyền hạn"
                            r"[ \t*_]*\n?[ \t*_]*(?=\p{Lu})")
# That sentence's verb: the body carries out, or has, the tasks the article lists.
SUBJECT_VERB = re.compile(r"[ \t]*(?:thực hiện|có)\b")
# The article that says what that body is: "Điều 1. Vị trí và chức năng" > "1. Trung tâm
# Phục vụ hành chính công thành phố là tổ chức hành chính …".
POSITION_ARTICLE = re.compile(r"Vị trí(?:,|\s+và)\s+chức năng\b", re.I)


def functions_items(text: str, structure: Structure) -> list[Item]:
    """A decision that sets out a body's standing tasks gives them to it: one item whose
    tasks are the article's clauses, for the body its title names or, failing that, the
    body its "Vị trí và chức năng" article opens with."""
    tops = [s for s in structure.sections if s.parent is None and s.path.startswith("Điều")]
    items = []
    for sec in tops:
        title = ARTICLE_TITLE.match(sec.heading)
        m = FUNCTIONS_ARTICLE.fullmatch(title["rest"].strip(" .:*_")) if title else None
        if m is None:
            continue
        if m["who"]:
            who = " ".join(m["who"].split()).strip(" .:")     # (a title's name runs to its end)
            short = len(who.split()) <= TITLE_NAME_WORDS and not RUN_ON_TITLE.search(who)
            names = [(who, normalise(who))] if short and BODY_HEAD.match(who) else []
        else:
            names = _position_subject(text, structure, tops)
        names = names or _run_on_subject(text, sec)
        if names:
            items.append(Item(names=names, start=sec.start, end=sec.end, names_end=sec.heading_end,
                              tasks=[se for ls, le in _lines(text, sec.heading_end, sec.end)
                                     for se in _sentences(text, ls, le)]))
    return items


def _run_on_subject(text: str, sec) -> list[tuple[str, str]]:
    """The body the article's first sentence gives its tasks: "Điều 2. Nhiệm vụ và quyền hạn" /
    "Bộ Xây dựng thực hiện các nhiệm vụ, quyền hạn … sau đây:", on a line of its own or run
    into the title as a flattened copy shows it."""
    m = RUN_ON_SUBJECT.match(text, sec.start, sec.end)
    if m is None:
        return []
    line_end = text.find("\n", m.end(), sec.end)
    hi = sec.end if line_end < 0 else line_end
    names, tail = _names(text, m.end(), hi)
    return names if len(names) == 1 and SUBJECT_VERB.match(text, tail, hi) else []


def annexed_functions_items(doc: Document, structure: Structure) -> list[Item]:
    """The standing tasks the rules a decision issues in its annex set out for the body
    they organise ("QUY ĐỊNH VỀ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA BAN AN TOÀN GIAO THÔNG TỈNH" >
    "Điều 1. Vị trí, chức năng …" > "Điều 2. Nhiệm vụ và quyền hạn")."""
    annex = annexed_rules(doc, structure, alone=True)
    if annex is None:
        return []
    annexed, (lo, hi) = annex
    return [item for item in functions_items(doc.text, annexed) if lo <= item.start < hi]


def _position_subject(text: str, structure: Structure, tops: list) -> list[tuple[str, str]]:
    """The body a "Vị trí và chức năng" article opens with ("1. Trung tâm … là …")."""
    for sec in tops:
        title = ARTICLE_TITLE.match(sec.heading)
        if title and POSITION_ARTICLE.match(title["rest"]):
            for ls, le in _lines(text, sec.heading_end, sec.end):
                mark = ITEM_MARK.match(text[ls:le])
                names, _ = _names(text, ls + mark.end(), le)
                return names
    return []


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


def body_lists(text: str, structure: Structure, minimum: int = BODY_LIST_MIN) -> list[tuple[int, int]]:
    """Lists that give duties body by body outside a part named for it: sibling
    sections (same parent, or the top level of a letter) of which at least
    BODY_LIST_MIN, and at least half, are headed by a body ("2. Phân công trách
    nhiệm" > "2.1. Sở Y tế", "II. NỘI DUNG THỰC HIỆN" > "1. Công an tỉnh", a công
    văn's "1. Giao Sở Xây dựng chủ trì …", "2. Sở Công Thương …"). Lists in parts
    that report, aim or fund, and the clauses of a regulation's articles, are not
    duties (an article that assigns them is found by its heading). Span: from the first body-headed item
    to the end of the list."""
    siblings: dict[int | None, list] = {}
    for s in structure.sections:
        siblings.setdefault(s.parent, []).append(s)
    letter = _is_letter(text, structure)
    spans = []
    for parent, kids in siblings.items():
        holder = structure.sections[parent] if parent is not None else None
        if holder is not None and _not_duties(structure, holder, letter):
            continue
        if holder is not None and _rules_article(text, holder, kids[0].start):
            # a titled article's clauses are rules, not task items; but a clause that is a
            # body's name alone heads that body's duties ("Điều 10. Quản lý, vận hành hệ
            # thống" > "1. Văn phòng Ủy ban nhân dân tỉnh." > "a) Chủ trì, phối hợp …")
            # (an article titled for duties is read whole, where duties parts are found)
            if not _duties_part(holder) and not _grants_powers(holder):
                spans += [(k.start, k.end) for k in kids if _named_alone(text, k)]
            continue
        heads = [k for k in kids if not _not_duties(structure, k, letter)
                 and _heads_body(text, k, state_only=minimum < BODY_LIST_MIN)]
        if len(heads) >= minimum and (2 * len(heads) >= len(kids) or minimum < BODY_LIST_MIN):
            spans.append((heads[0].start, kids[-1].end))
    return spans


# An article that hands powers down, body by body ("Điều 2. Nội dung phân cấp" > "1. Sở Tài
# chính" > "a) Giao tài sản …"): each clause says what a body may decide, not a duty it is
# given (both readings of a tests/gold-md2025g decision). An article that gives duties with
# the powers ("Điều 4. Phân cấp và trách nhiệm …") is not one.
POWERS_ARTICLE = re.compile(r"\b(?:phân cấp|ủy quyền|uỷ quyền|giao quyền)\b", re.I)
POWERS_WITH_DUTIES = re.compile(r"\b(?:trách nhiệm|nhiệm vụ)\b", re.I)


def _grants_powers(article) -> bool:
    return bool(POWERS_ARTICLE.search(article.heading)) and not POWERS_WITH_DUTIES.search(article.heading)


# A dashed line that opens with a body and the duty it bears: "- Công an Thành phố chịu
# trách nhiệm liên hệ với Sở Tài chính …".
DASH_LINE = re.compile(r"[ \t]*[-+•–][ \t]+")
BEARS_DUTY = re.compile(r"[\s,]*(?:chịu trách nhiệm|có trách nhiệm|có nhiệm vụ|chủ trì)\b")


def dashed_duty_lists(text: str, structure: Structure) -> list[tuple[int, int]]:
    """Runs of dashed lines of which at least BODY_LIST_MIN, and at least half, open with
    a body that bears a duty ("…, cụ thể:" >
    "- Công an Thành phố chịu trách nhiệm …" / "- Công an quận, huyện chịu trách nhiệm …"),
    wherever they stand but in parts that report, aim or fund. (A plan's duties are read
    from its parts: a dashed "- Sở … chủ trì" under one of its tasks names who leads that
    task.) Span: from the first such line to the end of the run."""
    if structure.header.get("type") in PARTS_ONLY_TYPES:
        return []
    spans = []
    run: list[tuple[int, int, bool]] = []
    lo, hi = structure.body_start or 0, structure.body_end or len(text)
    for ls, le in _lines(text, lo, hi):
        dash = DASH_LINE.match(text, ls, le)
        if dash:
            names, tail = _names(text, dash.end(), le)
            run.append((ls, le, bool(names) and bool(BEARS_DUTY.match(text, tail, le))))
            continue
        spans += _duty_run(structure, run)
        run = []
    return spans + _duty_run(structure, run)


def _duty_run(structure: Structure, run: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    heads = [ls for ls, _, duty in run if duty]
    if len(heads) < BODY_LIST_MIN or 2 * len(heads) < len(run) \
            or _part_role(structure, heads[0]) in NOT_DUTY_ROLES:
        return []
    return [(heads[0], run[-1][1])]


def _duties_part(article) -> bool:
    """An article that gives duties as its subject ("Điều 8. Tổ chức thực hiện", "Điều 9.
    Trách nhiệm của các cơ quan"), not the closing "Điều 11. Trách nhiệm thi hành"."""
    return bool((IMPLEMENTATION_HEADING.match(article.heading) or DUTIES_ARTICLE.match(article.heading))
                and not CLOSING_ARTICLE.search(article.heading))


def _rules_article(text: str, article, first_clause: int) -> bool:
    """A titled article that lays down rules: its clauses are not task items ("Điều 6. Đơn
    vị chủ trì quản lý tài sản" > "1. Sở Tài chính chủ trì quản lý tài sản …"). Not an
    article titled for duties, one whose opening hands its clauses out, nor one in a
    chapter of duties."""
    return (article.path.startswith("Điều") and not UNTITLED_ARTICLE.match(article.heading)
            and not DUTIES_ARTICLE.match(article.heading)
            and not ASSIGNING_LEAD.search(text, article.heading_end, first_clause)
            and not _in_duties_chapter(text, article.start))


# The title of the article that closes a decision: who executes it, not who does what.
CLOSING_ARTICLE = re.compile(r"(?:trách nhiệm|điều khoản|hiệu lực)\s+(?:và\s+)?thi hành", re.I)
# A chapter of rules that gives bodies their duties: "Chương II" over "TRÁCH NHIỆM PHỐI HỢP
# CỦA CÁC CƠ QUAN, ĐƠN VỊ …", whose articles ("Điều 5. Phối hợp trong …") list them body by
# body; or one that gives them with the procedure they follow ("TRÌNH TỰ, THỦ TỤC GIẢI QUYẾT
# VÀ TRÁCH NHIỆM CỦA CÁC TỔ CHỨC, CÁ NHÂN" > "Điều 7. Đối với các cơ quan nhà nước").
DUTIES_CHAPTER = re.compile(r"^[\s*_]*(?:TRÁCH NHIỆM|NHIỆM VỤ|PHÂN CÔNG)\b|\sVÀ\s+(?:TRÁCH NHIỆM|PHÂN CÔNG)\b")
# A chapter title that goes on on its next line: it ends with a joining word.
TITLE_GOES_ON = re.compile(r"(?:\s(?:VÀ|CỦA|VỀ)|,)$")
# So is an article titled for duties ("Điều 3. Trách nhiệm phối hợp giữa các cơ quan …").
# ("Điều 5. Trách nhiệm quản lý nhà nước về …" gives the state's duties body by body; so
# do duties named with the powers that go with them: "Điều 6. Thẩm quyền, trách nhiệm quản
# lý nhà nước của các cơ quan, đơn vị liên quan", "Điều 9. Quyền hạn và trách nhiệm của …")
DUTIES_ARTICLE = re.compile(r"^[\s*#_]*Điều\s+\d+\s*[.:]\s*(?:(?:Thẩm quyền|Quyền hạn|Quyền)(?:,|\s+và)\s+trách nhiệm\s+"
                            r"(?:của|phối hợp|quản lý nhà nước)|Trách nhiệm\s+(?:của|phối hợp|quản lý nhà nước)|Phân công|"
                            + OBLIGATIONS + r"\s+của)\b")
# So is an article whose opening words hand its clauses out: "Điều 7. Chủ sở hữu công trình
# thoát nước" > "…, phân công trách nhiệm của các cơ quan chuyên môn … như sau:" > "1. Sở Xây
# dựng …", "2. Phân cấp cho Ủy ban nhân dân các phường …".
ASSIGNING_LEAD = re.compile(r"\b(?:phân công (?:trách nhiệm|nhiệm vụ)|phân cấp)\b[^.;]*(?:như sau|sau đây|cụ thể)\s*:\s*$")
# Articles of a chapter, and how many of them titled for duties make it a chapter of duties.
ARTICLE_LINE = re.compile(r"^[\s*#_]*Điều\s+\d+\s*[.:][^\n]*", re.M)
DUTY_ARTICLES_MIN = 3


def _named_in_duties_chapter(text: str, section) -> bool:
    """An article titled by a body alone in a chapter of duties ("Chương III. TỔ CHỨC THỰC
    HIỆN" > "Điều 22. Sở Tài chính")."""
    return section.parent is None and _titled_by_body(text, section.start, section.heading_end) \
        and _in_duties_chapter(text, section.start)


def _in_duties_chapter(text: str, pos: int) -> bool:
    """The chapter holding ``pos`` is titled for bodies' duties."""
    last = None
    for m in CHAPTER.finditer(text, 0, pos):
        last = m
    if last is None:
        return False
    title = last["title"].strip() or last["next"]
    if TITLE_GOES_ON.search(title):         # a title broken over two lines ("… CÔNG NGHIỆP VÀ" / "TRÁCH NHIỆM …")
        title = f"{title} {last['next'].strip()}"
    return bool(DUTIES_CHAPTER.search(title) or IMPLEMENTATION_HEADING.match(title)
                or _chapter_of_duty_articles(text, last.end()))


def _chapter_of_duty_articles(text: str, start: int) -> bool:
    """A chapter whose articles are mostly titled for bodies' duties, whatever its title
    ("Chương II. QUY ĐỊNH CỤ THỂ" > "Điều 7. Trách nhiệm của Văn phòng đăng ký đất đai", …,
    "Điều 11. Trách nhiệm của cơ quan thuế", …), or by the bodies alone (a copy that lost
    the title or printed it above the mark: "Chương IV" > "Điều 11. Sở Du lịch", "Điều 12.
    Sở Văn hóa và Thể thao", …)."""
    stop = CHAPTER_STOP.search(text, start)
    titles = list(ARTICLE_LINE.finditer(text, start, stop.start() if stop else len(text)))
    duties = sum(1 for t in titles if DUTIES_ARTICLE.match(t.group()) or _titled_by_body(text, t.start(), t.end()))
    return duties >= DUTY_ARTICLES_MIN and 2 * duties > len(titles)


def _titled_by_body(text: str, start: int, end: int) -> bool:
    """The article heading at ``text[start:end]`` is titled by bodies and nothing else
    ("Điều 22. Sở Tài chính", "Điều 16. Sở Nông nghiệp và Môi trường, Sở Công thương,
    Công an thành phố.")."""
    m = ARTICLE_TITLE.match(text[start:end])
    if not m:
        return False
    names, tail = _named_at(text, start + m.start("rest"), end, item=True)
    return bool(names) and not text[tail:end].strip(" .:*_")


def _not_duties(structure: Structure, section, letter: bool) -> bool:
    """A section whose part reports, aims or funds. A letter's "1. Yêu cầu chung:" asks
    for what follows, it states no purpose of a plan ("Mục đích, yêu cầu")."""
    if section.role != "purpose" or not letter:
        return section.role in NOT_DUTY_ROLES
    while section is not None:
        if PLAN_PURPOSE.search(section.heading):
            return True
        section = structure.sections[section.parent] if section.parent is not None else None
    return False


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


def _part_role(structure: Structure, at: int) -> str | None:
    """Role of the deepest section holding ``at`` (roles are inherited downwards)."""
    role = None
    for s in structure.sections:
        if s.start <= at < s.end:
            role = s.role
    return role


# A clause's heading line that is a body's name and nothing more (its stop or colon aside).
NAME_ALONE_END = re.compile(r"[\s*_]*[.:]?[\s*_]*$")
# (one body by its name: not a class, "2. Các phòng chuyên môn:", nor what a rule defines or
# lists, "5. Cơ quan có thẩm quyền bao gồm:", "3. Các trường hợp … bị tạm khóa:")
NOT_ONE_BODY = re.compile(r"^(?:Các|Những)\s|\b(?:gồm|có|bị|được|là)\b")
POINT_NEXT = re.compile(r"\s*\n\s*(?:[a-zđ]\)|[-+•–]\s)")


def _named_alone(text: str, section) -> bool:
    """The section's heading line is one body's name alone, and points follow it."""
    line_end = text.find("\n", section.start)
    if line_end < 0 or line_end >= section.end - 1 or not POINT_NEXT.match(text, line_end, section.end):
        return False
    mark = ITEM_MARK.match(text[section.start:line_end])
    names, tail = _names(text, section.start + mark.end(), line_end)
    return len(names) == 1 and bool(NAME_ALONE_END.fullmatch(text, tail, line_end)) \
        and not NOT_ONE_BODY.search(names[0][1])


def _heads_body(text: str, section, state_only: bool = False) -> bool:
    """The section's heading line opens with a body's name (with ``state_only``, a state
    body's, not a business's: "Các đơn vị kinh doanh vận tải …", "Công ty …")."""
    line_end = text.find("\n", section.start)
    line_end = len(text) if line_end < 0 else line_end
    mark = ITEM_MARK.match(text[section.start:line_end])
    names, tail = _names(text, section.start + mark.end(), line_end, item=bool(mark.lastgroup))
    topic = TOPIC_HEAD.match(text, section.start + mark.end(), line_end) if not names else None
    if topic:
        names, tail = _names(text, topic.end(), line_end)
    if not names and mark.lastgroup:
        names, tail = _regarded_bodies(text, section.start + mark.end(), line_end)
    if state_only and any(BUSINESS.match(name) for _, name in names):
        return False
    if not names and text[line_end - 1:line_end] == ":":
        # (a class of bodies heading points of its own: "1. Thủ trưởng các cơ quan, đơn vị:")
        return bool(_generic_class_heading(text, section.start + mark.end(), line_end)[0])
    return bool(names) and not SHARE_AFTER.match(text, tail, line_end)


# The lower-case end of a heading wrapped onto a line of its own, closed by its colon.
# (words that go on a body's name: its tier, or the rest of a joined name, "… và Đầu tư:")
WRAPPED_HEADING_END = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:tỉnh|thành phố|huyện|quận|thị xã|cấp|trực thuộc|và)\b"
                                 r"[\p{L} ]{0,24}?[ \t]*:[ \t]*(?=\n|$)")


def _wrapped_heading(text: str, names, tail: int, le: int, hi: int, consumed: int):
    """A heading whose last word a page's layout put on a line of its own ("4. …, Bộ Chỉ huy
    Bộ đội Biên phòng" / "tỉnh:"): that word ends its last name, and the item goes on
    after it."""
    wrapped = WRAPPED_HEADING_END.match(text, le, hi)
    if not wrapped:
        return _continued_heading(text, names, tail, le, hi, consumed)
    raw = names[-1][0] + " " + wrapped.group(0).strip(" \t\n:")
    return names[:-1] + [(raw, normalise(raw))], wrapped.end(), wrapped.end(), max(consumed, wrapped.end())


# A heading's names run on to a second line of names alone, its points below: "3. Đề nghị Ủy
# ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp" / "Phụ nữ Thành phố và các tổ chức
# thành viên của Mặt trận" / "- Trong phạm vi …" (a save that broke the bold heading in two).
CONTINUED_HEADING = re.compile(r"[ \t]*\n[ \t]*(?![-+•–*]|\d|[a-zđ]\))(?P<line>\p{Lu}[^\n.;:]{2,100}?)[ \t]*"
                               r"(?=\n[ \t]*(?:[-+•–]|[a-zđ]\)|\d+(?:\.\d+)*[.)])\s)")
# A heading wrapped inside a name, its colon on the next line: "2. Sở Văn hóa, Thể thao và" /
# "Du lịch:", "2. Các cơ quan, đơn vị liên" / "quan đến hoạt động của doanh nghiệp:" (a save
# that keeps a PDF's line breaks; the colon says the line before was no heading of its own).
COLON_CLOSED_HEADING = re.compile(r"[ \t]*\n[ \t]*(?![-+•–*]|\d|[a-zđ]\))(?P<line>[^\n.;:]{2,80}?)[ \t]*:[ \t]*(?=\n|$)")
# ("các tổ chức thành viên", the organisations: no verb "tổ chức")
MEMBER_ORGS = re.compile(r"\b(?:các|những)\s+tổ chức\b")


def _continued_heading(text: str, names, tail: int, le: int, hi: int, consumed: int):
    """The names of a heading continued on the next line (``CONTINUED_HEADING``), read as one
    line; the heading as it was when the next line is no run of names (a duty's verb in it)."""
    if text[:le].rstrip().endswith(":"):
        return names, tail, le, consumed
    more = CONTINUED_HEADING.match(text, le, hi)
    closed = None if more else COLON_CLOSED_HEADING.match(text, le, hi)
    more = more or closed
    if not more or ACTS.search(" " + MEMBER_ORGS.sub("", more["line"])):
        return names, tail, le, consumed
    joined = text[:le] + " " * (more.start("line") - le) + text[more.start("line"):]     # same offsets
    start = text.rfind("\n", 0, le) + 1
    # (a heading closed by its colon is read with it: "… liên quan đến công tác bầu cử:")
    whole, end = _names(joined, start + ITEM_MARK.match(text[start:le]).end(), more.end() if closed else more.end("line"))
    # (a word cut in two is read whole even when the joined name is no body of its own:
    # "… đơn vị liên" / "quan đến …:" is no "Các cơ quan, đơn vị liên")
    cut_word = closed is not None and closed["line"][:1].islower()
    if not cut_word and (len(whole) < len(names) or end <= le):
        return names, tail, le, consumed
    return whole, more.end("line"), more.end("line"), max(consumed, more.end("line"))


@dataclass
class _ListState:
    """What the item reader carries from line to line."""
    items: list[Item]
    consumed: int                           # lines an executing clause already took
    style: str | None = None                # the mark kind of the items that name bodies
    heads: dict[int, bool] = field(default_factory=dict)  # rank -> whether its last line named a body
    titles: list[Item] = field(default_factory=list)       # articles titled by bodies their clauses name again


@dataclass
class _Heading:
    """The bodies a line names as its item's heading, where their names end, and how."""
    names: list[tuple[str, str]]
    tail: int
    end: int                                # the line's end, or of the clause or list it runs into
    below: bool = False                     # a point under the items that name bodies
    class_head: bool = False                # a generic class is the whole heading
    formal: bool = False                    # an executing clause


def _items(text: str, lo: int, hi: int) -> list[Item]:
    """Split the section body into items opened by lines that name a body."""
    state = _ListState(items=[], consumed=lo)
    for ls, le in _lines(text, lo, hi):
        if ls < state.consumed:
            continue
        line = text[ls:le]
        if CHAPTER_LINE.match(line):
            # a chapter's mark and title end the item before: no duty of its body
            state.items.append(Item(names=[], start=ls, end=le))
            continue
        if CLOSING.match(line):
            # a closing formula ends the section unless numbered items still follow; bodies
            # given duties in its own paragraph after it still count ("Thông tư này có hiệu
            # lực …. Tổng cục Cảnh sát chỉ đạo …")
            state.items.extend(_sentence_items(text, ls, le))
            # (nor does it end before its executing clause: "Quyết định này có hiệu lực …" over
            # "Chánh Văn phòng …; Chủ đầu tư … chịu trách nhiệm thi hành Quyết định này")
            if not NUMBERED_LINE.search(text, le, hi) and not EXECUTION_FORMULA.search(text, le, hi):
                break
            continue
        _read_line(text, state, ls, le, hi)
    return _headed_by_title(text, state.items, state.titles)


def _read_line(text: str, state: _ListState, ls: int, le: int, hi: int) -> None:
    """Read one line of the section: it opens an item, or adds to the one before."""
    items, line = state.items, text[ls:le]
    mark = ITEM_MARK.match(line)
    kind = mark.lastgroup or "none"
    rest_at = ls + mark.end()
    head = _line_heading(text, state, mark, kind, ls, le, hi)
    if head is None:
        return
    names, le = head.names, head.end
    if names and kind != "none" and head.tail >= le - len(line) + len(line.rstrip()):
        names, head.tail, le, state.consumed = _wrapped_heading(text, names, head.tail, le, hi, state.consumed)
    if names and items and _restates_article(text, items[-1], names, mark) \
            and len(names) < len(items[-1].names):
        # an article titled by several bodies that gives each a clause of its own
        # ("Điều 31. Trách nhiệm của Văn phòng … và các sở, ban, ngành" > "1. Văn phòng …:",
        # …, "9. Các Sở, Ban, ngành …"): the title heads their clauses, each body's tasks
        # are its own clause's
        items[-1].names = [n for n in items[-1].names if not _among([n], names)]
        state.titles.append(items[-1])
    elif names and items and (_restates_article(text, items[-1], names, mark)
                              or _asked_by_article(text, items[-1], rest_at, mark)):
        # a clause of a body's article that names it again is one of its tasks: "Điều 21.
        # Trách nhiệm của Sở Tài chính" > "1. Trên cơ sở …, Sở Tài chính thực hiện …"
        # (its siblings "2. …", "3. Chủ trì …" stay the article's)
        items[-1].tasks.extend(_sentences(text, rest_at, le))
        items[-1].end = le
        return
    if kind != "none":
        state.heads = {r: n for r, n in state.heads.items() if r > LIST_RANK[kind]}
        state.heads[LIST_RANK[kind]] = bool(names)
    if names:
        if not head.below:
            state.style = state.style if state.style and LIST_RANK[kind] > LIST_RANK[state.style] else kind
        members = _members(text, le, hi, ls) if len(names) == 1 and PLURAL.match(names[0][1].casefold()) else []
        item = Item(names=members or names, start=ls, end=le, formal=head.formal,
                    headed=head.class_head or (kind != "none" and not head.formal and not head.below))
        items.extend(_with_line_tasks(text, item, head.tail, le))
    elif items and kind != "none" and _mark_shape(mark.group(0)) in (
            # (the mark of the line the item opens in: a body named after a semicolon
            # opens its item mid-line, "2. Thủ trưởng …; Chủ tịch Ủy ban nhân dân …")
            _mark_shape(text[text.rfind("\n", 0, items[-1].start) + 1:items[-1].end]),
            # (or an article: the clause of the one before is over, "2. Nhiệm vụ của Tổ giúp
            # việc" > … > "Điều 3. Quyết định này có hiệu lực …")
            "Điều"):
        # a sibling item that names no body ("2.12. Các Sở, ban, ngành khác", "3. Trong quá
        # trình thực hiện, nếu có vướng mắc …") ends the item before: its lines are no
        # duty of that body; a later sentence of it may still open with a body and its duty
        # ("5. Khẩn trương khôi phục sản xuất. Bộ Nông nghiệp và Môi trường chủ động …")
        items.append(Item(names=[], start=ls, end=le))
        items.extend(_acting_sentences(text, rest_at, le))
    elif kind == "none" and NOTICE_CLOSING.match(line) and (notified := _names(text, rest_at, le))[0]:
        # "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh … biết, thực hiện./."
        items.append(replace(_duty_item(text, notified[0], ls, notified[1], le), formal=True))
    else:
        later = _sentence_items(text, rest_at, le) if kind == "none" else []
        if items:
            items[-1].tasks.extend(_sentences(text, ls, later[0].start if later else le))
        items.extend(later)


def _line_heading(text: str, state: _ListState, mark, kind: str, ls: int, le: int, hi: int) -> _Heading | None:
    """The bodies that head the line's item (none, often), or None when the line is
    taken whole: a quoted executing clause, or the task of a heading of bodies alone."""
    rest_at = ls + mark.end()
    head = _Heading(names=[], tail=rest_at, end=le)
    # an executing clause names bodies whatever its mark, and may run over lines
    clause_end = _clause_end(text, le, hi)
    if _quoted_execution(text, rest_at, clause_end):
        state.consumed = clause_end
        return None
    if executors := _executors(text, rest_at, clause_end):
        (head.names, head.tail), head.end, head.formal = executors, clause_end, True
        state.consumed = clause_end
        # (a flattened copy runs the article's earlier sentences into the clause's line:
        # "Điều 3. Chánh Văn phòng … chịu trách nhiệm đôn đốc …. Các thành viên … chịu
        # trách nhiệm thi hành …": a sentence that gives a body a duty is its item)
        state.items.extend(_duties_before_clause(text, rest_at, clause_end))
        return head
    style = state.style
    group = style is not None and LIST_RANK[kind] < LIST_RANK[style] and _class_heading_alone(text, state.items, kind, rest_at) \
        or _numbered_below_class(text, state.items, mark)
    # bodies head items of one level; a higher level may still name one ("1. Trách
    # nhiệm của các sở" > "a) Sở Y tế", then "2. Trách nhiệm của Ủy ban nhân dân xã")
    if style is None or LIST_RANK[kind] >= LIST_RANK[style] or _under_unnamed_head(state.heads, kind) or group:
        # (a deeper list under a heading that names no body names its own: "2. Các sở,
        # ban, ngành" > "2.2. Trách nhiệm cụ thể" > "a) Sở Xây dựng"; so does one under a
        # class named alone, which heads its members: "2. Các phòng thuộc Sở GDĐT" >
        # "a) Phòng Giáo dục Phổ thông", "b) Văn phòng Sở")
        return _level_heading(text, state, head, mark, kind, ls, hi, group)
    if ASSIGNS.match(text, rest_at, le):
        # below the items that name bodies, a point that assigns a body by name is its
        # item too ("8. Thủ trưởng cơ quan, ban, ngành … b) Giao Thanh tra thành phố …");
        # the level of the items that name bodies stays
        head.names, head.tail = _names(text, rest_at, le)
        head.below = True
    elif BODY_HEAD.match(text, rest_at, le):
        # so is a point whose body chairs its task ("9. Ủy ban nhân dân cấp xã" > "- Ủy ban
        # nhân dân phường Yên Bái chủ trì … di dời cụm công nghiệp Đầm Hồng")
        names, tail = _names(text, rest_at, le)
        last = state.items[-1] if state.items else None
        if names and last and not last.tasks and _among(names, last.names):
            # but a heading of bodies alone, then a line that opens with one of them, is
            # one item: "2. Sở Khoa học và Công nghệ, Sở Nội vụ" > "Sở Khoa học và Công
            # nghệ chủ trì, phối hợp với Sở Nội vụ …"
            last.tasks.extend(_sentences(text, rest_at, le))
            last.end = le
            return None
        if names and CHAIRS.match(text, tail, le):
            head.names, head.tail, head.below = names, tail, True
        elif names and kind == "none" and last and not _among(names, last.names) \
                and OWN_INITIATIVE.match(text, tail, le):
            # an unmarked paragraph between numbered items that opens with other bodies and what
            # they are to do ("18. Khuyến khích Mặt trận …" > "Hội, hiệp hội xã hội nghề
            # nghiệp chủ động, tích cực …"): an item of its own
            head.names, head.tail, head.below = names, tail, True
    return head


def _level_heading(text: str, state: _ListState, head: _Heading, mark, kind: str, ls: int, hi: int,
                   group: bool) -> _Heading:
    """The heading of a line at the level of the items that name bodies (or of a list
    of its own): bodies named, a generic class, a topic run into its body, an article's."""
    rest_at, le = head.tail, head.end
    names, tail = _names(text, rest_at, le, item=kind == "num")
    if names and kind == "none" and _listed_by_colon(text, ls, tail, le):
        names = []
    if names and text[tail:le].strip(" \t") in (";", ","):
        # a list of bodies left open at its line's end goes on on the next ("2. Các
        # Sở, ban, ngành; Ủy ban nhân dân các phường, xã;" / "Hiệp hội Du lịch thành
        # phố phối hợp …"): one item
        names, tail, le = _open_list(text, names, tail, le, hi)
        state.consumed = le
    if names and group:
        if text[tail:le].strip(" :.-–*_\t") and not MEMBER_COLON.match(text, tail, le) \
                and not SEPARATOR_READ.search(text, rest_at, tail):
            # (a point that opens a sentence with a kind of the class is its task:
            # "18. Các doanh nghiệp công nghệ số" > "a) Doanh nghiệp viễn thông … ưu tiên …")
            names = []
        elif not state.items[-1].tasks:
            # the members head the points, alone or by name and colon ("a) Công an tỉnh:
            # Tổng hợp …"); a class with a task of its own that its colon hands to them
            # ("2. Các cơ quan, đơn vị, địa phương có trách nhiệm … như sau:") keeps it
            state.items.pop()
    if not names and kind != "none":
        names, tail = _generic_class_heading(text, rest_at, le)
        head.class_head = bool(names)
    if not names and kind != "none" and (subject := GENERIC_SUBJECT.match(text, rest_at, le)):
        # a point whose subject is the class of bodies, then its duty ("- Các cơ
        # quan, đơn vị căn cứ Kế hoạch này … phát động …"): that class heads the point
        names, tail, head.class_head = [(subject["name"], subject["name"])], subject.end("name"), True
    if not names and (governs := GOVERNING_CLASS.match(text, rest_at, le)) \
            and not RELATED_TAIL.search(governs["name"] or governs["doing"]):
        key = "name" if governs["name"] else "doing"
        names, tail, head.class_head = [(governs[key], governs[key])], governs.end(key), True
    topic = TOPIC_HEAD.match(text, rest_at, le) if not names and kind == "num" else None
    if topic:
        names, tail = _names(text, topic.end(), le)
    if not names and kind == "num":
        names, tail = _regarded_bodies(text, rest_at, le)
    if not names and kind == "num" and (task_class := KINDS_BY_TASK.fullmatch(text, rest_at, _heading_line_end(text, rest_at, le))):
        # a heading of kinds named by their task, its points under it ("5. Đơn vị, tổ chức
        # thực hiện nhiệm vụ bồi thường, hỗ trợ, tái định cư" > "a) Chủ trì, phối hợp …")
        names, tail = [(task_class.group(0), normalise(task_class.group(0)))], task_class.end()
    if not names and kind == "num" and mark.group(0).lstrip(" *#_").startswith("Điều"):
        names, tail = _class_heading(text, ls, le)
    elif not names and kind == "num":
        names, tail, le = _class_item_heading(text, state, rest_at, le, hi)
    head.names, head.tail, head.end = names, tail, le
    return head


# The colon that ends a sentence's line and opens a list of what it names.
LINE_ENDS_IN_COLON = re.compile(r":[ \t*_]*\n[ \t]*$")
ASSIGNING = re.compile(r"\b(?:" + ASSIGN_VERBS + r"|chủ trì|phối hợp|trách nhiệm)\b", re.I)


def _listed_by_colon(text: str, ls: int, tail: int, le: int) -> bool:
    """An unmarked line of bodies alone that a sentence's colon on the line before opens
    ("… thuộc thẩm quyền cấp của Chủ tịch Ủy ban nhân dân cấp tỉnh:" / "Sở Nông nghiệp và
    Môi trường, Sở Xây dựng;"): the sentence's list (whom reports go to), not an item; a
    sentence that assigns work before its colon is read as the item it heads."""
    if text[tail:le].strip(" \t") not in ("", ";", ",", "."):
        return False
    before = text[max(0, ls - 400):ls]
    if not LINE_ENDS_IN_COLON.search(before):
        return False
    sentence = re.split(r"[.;]\s", before.rstrip())[-1]
    return not ASSIGNING.search(sentence)


# A numbered heading of a class's duties, closed by its colon or its line: "2. Trách nhiệm của
# các sở, ban, ngành:" (the class heads the item, as an article so titled heads its clauses).
CLASS_ITEM = re.compile(r"[ \t*_]*(?P<heading>(?:Trách nhiệm|Nhiệm vụ)\s+của\s+(?:các|những)\s[^\n:;.]{2,200}?)"
                        r"[ \t*_]*[:.]?[ \t*_]*$")


def _class_item_heading(text: str, state: _ListState, rest_at: int, le: int, hi: int):
    """The classes a numbered item's heading names in lower case, its names' end and the
    heading's end (a heading wrapped onto a line closed by its colon is read whole)."""
    m = CLASS_ITEM.match(text, rest_at, le)
    if not m:
        return [], rest_at, le
    heading, end = m["heading"], le
    more = None if text[rest_at:le].rstrip(" \t*_").endswith(":") else COLON_CLOSED_HEADING.match(text, le, hi)
    if more and not ACTS.search(" " + more["line"]):
        heading, end = f"{heading} {more['line'].strip()}", more.end()
    names = _class_named(text, " ".join(heading.split()), end)
    if names and _points_name_bodies(text, end, hi):
        return [], rest_at, le          # a group whose points name its members: they head them
    if names and end > le:
        state.consumed = max(state.consumed, end)
    return (names, end, end) if names else ([], rest_at, le)


def _points_name_bodies(text: str, at: int, hi: int) -> bool:
    """Whether a point below the heading ending at ``at``, before the next numbered item,
    opens with a body's name ("2. Trách nhiệm của các sở, ngành, địa phương" > "- Sở Công
    Thương, Ban Quản lý Khu kinh tế có trách nhiệm …")."""
    for ls, le in _lines(text, at, hi):
        mark = ITEM_MARK.match(text[ls:le])
        if mark.lastgroup == "num":
            return False
        if mark.lastgroup in ("letter", "dash") and _names(text, ls + mark.end(), le, item=True)[0]:
            return True
    return False


# A name's colon or dash, then the point's task (or the names read up to their dash).
MEMBER_COLON = re.compile(r"[ \t*_]*(?::|[-–](?=\s))[ \t*_]*\S")
SEPARATOR_READ = re.compile(r"\s[-–]\s*$")


def _with_line_tasks(text: str, item: Item, tail: int, le: int) -> list[Item]:
    """``item`` with the sentences after its names on its own line as its tasks, up to a
    closing formula run into it; a later sentence that opens with bodies is their item."""
    out = []
    rest = text[tail:le].strip(" :.-–*_\t")
    if not rest or RELATED_AFTER.fullmatch(rest):     # ("… khác có liên quan": no task)
        return [item]
    for s, e in _sentences(text, tail, le):
        if CLOSING.match(text[s:e]) or CLOSING_REQUEST.match(text, s, min(le + 4, len(text))) \
                or NOTICE_CLOSING.match(text[s:e]):
            break           # the closing formula run into the item's line
        # a later sentence of the heading line that opens with bodies is their item:
        # "2. Đề nghị A, B phối hợp …. Thanh tra tỉnh, Công an tỉnh … tham mưu …"
        more, more_tail = _names(text, s, e) if item.tasks and not _partners_go_on(
            text, *item.tasks[-1]) else ([], s)
        if more and not STANDING_WORDS.match(text, more_tail, e):     # (not "… tự giải thể …")
            out.append(item)
            item = Item(names=more, start=s, end=e)
            if text[more_tail:e].strip(" :.-–*_\t"):
                item.tasks.extend(_sentences(text, more_tail, e))
        else:
            item.tasks.append((s, e))
    return out + [item]


ARTICLE_MARK = re.compile(r"[\s*#_]*Điều\s+\d+")


def _headed_by_title(text: str, items: list[Item], titles: list[Item]) -> list[Item]:
    """Drop from an article's title the bodies its own clauses name (they get those clauses'
    tasks), and the title's item when it names no other."""
    for title in titles:
        at = items.index(title)
        end = next((i for i in range(at + 1, len(items)) if ARTICLE_MARK.match(text, items[i].start)), len(items))
        named = {_body_key(n) for item in items[at + 1:end] for _, n in item.names}
        # (the title may give a body its short form, a clause its full name: "Điều 2. Nhiệm vụ
        # của Hội đồng và Tổ giúp việc" > "2. Nhiệm vụ của Tổ giúp việc Hội đồng")
        title.names = [(raw, n) for raw, n in title.names
                       if not any(key == _body_key(n) or key.startswith(_body_key(n) + " ") for key in named)]
    return [item for item in items if item.names or not any(item is t for t in titles)]


def _open_list(text: str, names, tail: int, le: int, hi: int):
    """The names, where the rest begins and the line's end, with the next line's opening
    bodies added when it has no mark of its own."""
    ns = le + 1
    ne = text.find("\n", ns, hi)
    ne = hi if ne < 0 else ne
    if ns >= hi or ITEM_MARK.match(text[ns:ne]).lastgroup:
        return names, tail, le
    more, more_tail = _names(text, ns, ne)
    return (names + more, more_tail, ne) if more else (names, tail, le)


def _class_heading_alone(text: str, items: list[Item], kind: str, at: int | None = None) -> bool:
    """The last item is a plural class named alone on its line, no task yet (or one its
    colon hands out, when ``at`` opens a point headed by a body), and this line is a point
    below it ("2. Các phòng thuộc Sở" > "a) …"): points that name a body head its members."""
    if kind not in ("letter", "dash") or not items or len(items[-1].names) != 1 or items[-1].formal:
        return False
    # (or with a task that its colon hands to the points: "2. Các cơ quan, đơn vị, địa phương
    # có trách nhiệm theo dõi, tổng hợp … như sau:" > "a) Công an tỉnh: Tổng hợp …")
    if items[-1].tasks and not (_hands_out(text, items[-1]) and at is not None and MEMBER_POINT.match(text, at)):
        return False
    return bool(PLURAL.match(items[-1].names[0][1].casefold()))


def _numbered_below_class(text: str, items: list[Item], mark) -> bool:
    """This line's number is below the last item's ("1.1." under "1."), and that item is a
    class named alone with no task of its own ("1. Đối với Ủy ban nhân dân các cấp" >
    "1.1. Ủy ban nhân dân Thành phố:"): as with lettered points, the numbered ones under
    it head its members."""
    if not mark.group("num") or not items or len(items[-1].names) != 1 or items[-1].formal or items[-1].tasks:
        return False
    number = DECIMAL_LABEL.match(mark.group("num"))
    above = ITEM_MARK.match(text[items[-1].start:items[-1].end])
    parent = DECIMAL_LABEL.match(above.group("num")) if above and above.group("num") else None
    if not number or not parent or number["label"].rpartition(".")[0] != parent["label"]:
        return False
    return bool(PLURAL.match(items[-1].names[0][1].casefold()) or CLASS_OF_TIERS.search(items[-1].names[0][1]))


# An item's number without its closing mark ("1.1." > "1.1"), and a tier's bodies as a class
# ("Ủy ban nhân dân các cấp", "… các xã, phường").
DECIMAL_LABEL = re.compile(r"\(?(?P<label>\d+(?:\.\d+)*)\s*[.)]")
CLASS_OF_TIERS = re.compile(r"\s(?:các|những)\s")


# A point headed by a body and its colon or dash: "a) Công an tỉnh: Tổng hợp …", "a) Sở Xây dựng - Đánh giá …".
MEMBER_POINT = re.compile(rf"[ \t*_]*(?:{BODY_HEAD.pattern})[^:\n;.]{{0,100}}?(?::|\s[-–])[ \t*_]*\S")


def _hands_out(text: str, item: Item) -> bool:
    """The item is its heading line alone, and the line ends on a colon."""
    line = text[item.start:item.end]
    return "\n" not in line.strip() and line.rstrip(" \t*_").endswith(":")


def _under_unnamed_head(heads: dict[int, bool], kind: str) -> bool:
    """No list line above this one's level names a body (the line is no point of a
    body's own item: "2.3. Công an tỉnh" > "b) Chủ trì, phối hợp" > "- Sở Tài chính …")."""
    above = [r for r in heads if r > LIST_RANK[kind]]
    return kind != "none" and bool(above) and not any(heads[r] for r in above)


def _members(text: str, le: int, hi: int, ls: int | None = None) -> list[tuple[str, str]]:
    """The bodies a class heading lists under it: "2. Các sở quản lý nhà nước chuyên ngành"
    / "Giao các sở … gồm:" / "- Sở Công Thương (đối với …);" / "- Sở Xây dựng (…);". The
    list must open on the heading's line (a copy runs them together) or within the next
    lines, and name a body on each of its dash lines."""
    lines = _lines(text, le, hi)                # read lazily: most classes list no members
    head = list(islice(lines, MEMBERS_OPENER_LINES))
    on_heading = ls is not None and MEMBERS_OPENER.search(text, ls, le)
    opener = -1 if on_heading else \
        next((i for i, (s, e) in enumerate(head) if MEMBERS_OPENER.search(text, s, e)), None)
    if opener is None:
        return []
    names: list[tuple[str, str]] = []
    for s, e in chain(head[opener + 1:], lines):
        mark = ITEM_MARK.match(text[s:e])
        if mark.lastgroup != "dash":
            break
        found, _ = _names(text, s + mark.end(), e)
        if not found:
            return []
        names += found
    return names if len(names) >= BODY_LIST_MIN else []


def _restates_article(text: str, last: Item, names: list[tuple[str, str]], mark) -> bool:
    """A clause (not an article) whose bodies are those the article before it is titled by."""
    return (_mark_shape(text[last.start:last.end]) == "Điều" and _mark_shape(mark.group(0)) != "Điều"
            and bool(last.names) and (_among(names, last.names) or _class_shortened(names, last.names)))


def _class_shortened(names: list[tuple[str, str]], title: list[tuple[str, str]]) -> bool:
    """A class the article is titled by, said again in fewer of its words: "Điều 18. Trách
    nhiệm của các cơ quan, đơn vị xử lý phản ánh kiến nghị" > "2. Các cơ quan xử lý phải có
    trách nhiệm …" (both readings of a tests/gold-md2025d regulation list the class once)."""
    if len(names) != 1 or len(title) != 1:
        return False
    short, whole = (PLURAL.sub("", n.casefold()).replace(",", " ").split() for n in (names[0][1], title[0][1]))
    if not PLURAL.match(names[0][1].casefold()) or not PLURAL.match(title[0][1].casefold()) \
            or len(short) < 2 or short[:2] != whole[:2] or len(short) >= len(whole):
        return False
    rest = iter(whole)
    return all(word in rest for word in short)     # its words, in the title's order


# A request that opens a clause: whom it names the clause's body asks.
REQUEST_LEAD = re.compile(r"[\s*_]*(?:[Yy]êu cầu|[Đđ]ề nghị)\s")


def _asked_by_article(text: str, last: Item, at: int, mark) -> bool:
    """A clause of an article titled by a body that asks another ("Điều 21. Trách nhiệm của
    Sở Công Thương" > "5. Yêu cầu chủ đầu tư hạ tầng cụm công nghiệp bố trí …"): a task of
    the article's body, no duty the document gives the one asked."""
    return (_mark_shape(text[last.start:last.end]) == "Điều" and _mark_shape(mark.group(0)) != "Điều"
            and bool(last.names) and bool(REQUEST_LEAD.match(text, at)))


def _mark_shape(line: str) -> str:
    """The shape of a line's list mark: "Điều", "1.", "1.1.", "a)", "-" (a sibling of an
    item has its shape; "1. Chủ trì …" under "Điều 2. Sở … chịu trách nhiệm:" does not)."""
    mark = ITEM_MARK.match(line)
    token = mark.group(0).strip(" *#_\t") if mark else ""
    if token.startswith("Điều"):
        return "Điều"
    return re.sub(r"\d+", "9", re.sub(r"[a-zđ]", "a", token))


def _duties_before_clause(text: str, lo: int, hi: int) -> list[Item]:
    """Sentences before the executing clause in ``text[lo:hi]`` that open with a body and its
    duty, one item each."""
    clause = EXECUTES.search(text, lo, hi)
    if clause is None:
        return []
    items = []
    for s, e in _sentences(text, lo, hi):
        if e >= clause.start():
            break                           # (the clause's own sentence: its subjects are read)
        names, tail = _names(text, s, e)
        if names and ACTS.match(text, tail, e):
            items.append(_duty_item(text, names, s, tail, e))
    return items


def _sentence_items(text: str, lo: int, hi: int) -> list[Item]:
    """Items of a paragraph whose later sentences open with bodies and their duties ("Thông
    tư này có hiệu lực …. Tổng cục Cảnh sát chỉ đạo, kiểm tra …. Cục Cảnh sát giao thông
    hướng dẫn …"): one item per such sentence, the sentences after it its tasks."""
    items: list[Item] = []
    for s, e in _later_sentences(text, lo, hi):
        names, tail = _names(text, s, e)
        if names and text[tail:e].strip(" :.-–*_\t") and not STANDING_WORDS.match(text, tail, e):
            items.append(Item(names=names, start=s, end=e, tasks=[(s, e)]))
        elif items:
            items[-1].tasks.append((s, e))
    return items


def _later_sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The sentences of a line after its first, up to a closing request a copy ran into it
    ("… hiệu quả. Yêu cầu các sở, ban, ngành … nghiêm túc triển khai thực hiện./.")."""
    out = []
    for s, e in _sentences(text, lo, hi)[1:]:
        if CLOSING_REQUEST.match(text, s, min(hi + 4, len(text))):
            break
        out.append((s, e))
    return out


def _duty_item(text: str, names: list[tuple[str, str]], start: int, tail: int, end: int) -> Item:
    """A sentence giving the ``names`` a duty: the whole sentence is its task (what a
    reviewer reads), the words after the names give its role ("Đề nghị Ủy ban Kiểm tra
    Tỉnh ủy … phối hợp kiểm tra" assists)."""
    return Item(names=names, start=start, end=end, tasks=[(start, end)], names_end=tail)


def _acting_sentences(text: str, lo: int, hi: int) -> list[Item]:
    """Later sentences of a line that open with a body and its duty (see ACTS)."""
    items = []
    for s, e in _later_sentences(text, lo, hi):
        names, tail = _names(text, s, e)
        if names and ACTS.match(text, tail, e):
            items.append(_duty_item(text, names, s, tail, e))
    return items


# A clause that ends on the partners it names: "Chủ trì phối hợp với các Sở, ngành tỉnh;".
PARTNERS_AT_END = re.compile(r"\b(?:phối hợp|cùng)\s+với\s+(?:(?!\b(?:và|để)\b)[^.;:])*?[;,]?\s*$", re.I)


def _partners_go_on(text: str, start: int, end: int) -> bool:
    """The clause ``text[start:end]`` ends on a list of partners that a semicolon leaves
    open: the body after it is one more partner ("Chủ trì phối hợp với các Sở, ngành tỉnh;
    UBND cấp huyện tổ chức triển khai …" gives the chair the task), not a subject."""
    m = PARTNERS_AT_END.search(text, start, end)
    if not m:
        return False
    piece = text[text.index("với", m.start()) + 3:end].strip()
    piece = piece[:1].upper() + piece[1:]           # (a plural class opens the list: "các Sở, …")
    names, tail = _names(piece, 0, len(piece))
    return bool(names) and not piece[tail:].strip(" ;,")


def _sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Sentences (task statements) within one line."""
    out = []
    pos = lo
    while pos < hi:
        while pos < hi and text[pos] in " \t*_":
            pos += 1
        if pos >= hi:
            break
        s, e = sentence_bounds(text, pos)
        s, e = max(s, lo), min(e, hi)
        if re.search(r"\p{L}", text[s:e]):
            out.append((s, e))
        pos = max(e, pos) + 1
    return out
