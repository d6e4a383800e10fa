"""Step 1 outside a part named for duties: lists that give them body by body (sibling
sections headed by bodies, runs of dashed lines that open with a body bearing a duty);
the parts that report, aim or fund give none."""
from __future__ import annotations

import regex as re

from pipeline.models import Structure
from pipeline.extraction.metadata import LETTER_TYPES as LETTER_DOC_TYPES
from pipeline.extraction.structure import ADDRESSEES, ITEM_MARK
from pipeline.extraction.agencies.patterns import NOT_DUTY_ROLES, PARTS_ONLY_TYPES
from pipeline.extraction.agencies.heading_names import _lines, _names
from pipeline.extraction.agencies.item_headings import _generic_class_heading, _regarded_bodies, TOPIC_HEAD
from pipeline.extraction.agencies.articles import _duties_part, _rules_article


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


def _is_letter(text: str, structure: Structure) -> bool:
    kind = structure.header.get("type")
    first = structure.sections[0].start if structure.sections else len(text)
    return kind in LETTER_TYPES or (kind is None and bool(ADDRESSEES.search(text, 0, first)))


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


# In a letter, a body's name then a colon or a duty in lower case is enough: "- Sở Giáo dục và
# Đào tạo: Chỉ đạo …", "- Công an tỉnh bảo đảm an ninh …" (not what was done: "- Sở Y tế đã …",
# "- Sở Y tế: đã tổ chức …").
# (nor a count after the colon: "- Sở Y tế: 15 hồ sơ")
LETTER_DUTY = re.compile(r"(?:[\s*_]*:[\s*_]*|[\s,]+)(?!(?:đã|đang|vừa|cũng|chưa|không)\b)\p{L}")


def dashed_duty_lists(text: str, structure: Structure, letter: bool = False) -> list[tuple[int, int]]:
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
            duty = BEARS_DUTY.match(text, tail, le) or letter and LETTER_DUTY.match(text, tail, le)
            run.append((ls, le, bool(names) and bool(duty)))
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
