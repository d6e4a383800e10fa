"""Step 2, the shapes of an item's heading line: a class of bodies that is the whole
heading, a topic or the bodies it regards, a heading wrapped onto the next line, points
under a class named alone, a clause that names its article's bodies again."""
from __future__ import annotations

import regex as re

from pipeline.extraction.structure import ITEM_MARK, LIST_RANK
from pipeline.extraction.agencies.patterns import (ACTS, ASSIGN_VERBS, BODY_HEAD, GENERIC_PLURAL, _OTHER_KIND, PLURAL,
                                                   RELATED_TAIL)
from pipeline.extraction.agencies.naming import _among, normalise
from pipeline.extraction.agencies.name_ends import CAPITAL_DUTY
from pipeline.extraction.agencies.heading_names import _names
from pipeline.extraction.agencies.item_sentences import Item


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
# ... or on a line of its own in lower case, the task below it opening in capitals: "1. Sở Văn
# hóa, Thể thao" / "và Du lịch" / "Chủ trì …" (a text that kept a page's line breaks).
LOWER_CONTINUED_HEADING = re.compile(r"[ \t]*\n[ \t]*(?P<line>\p{Ll}[^\n.;:]{1,60}?)[ \t]*(?=\n[ \t]*\p{Lu})")
# ("các tổ chức thành viên", the organisations: no verb "tổ chức")
MEMBER_ORGS = re.compile(r"\b(?:các|những)\s+tổ chức\b")


def _continued_heading(text: str, names, tail: int, le: int, hi: int, consumed: int):
    """The names of a heading continued on the next line (``CONTINUED_HEADING``), read as one
    line; the heading as it was when the next line is no run of names (a duty's verb in it)."""
    if text[:le].rstrip().endswith(":"):
        return names, tail, le, consumed
    more = CONTINUED_HEADING.match(text, le, hi) or LOWER_CONTINUED_HEADING.match(text, le, hi)
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
    # có trách nhiệm theo dõi, tổng hợp … như sau:" > "a) Công an tỉnh: Tổng hợp …"; or a
    # paragraph of the class's own under a heading that names it alone: "1. Các sở, ban,
    # ngành" > "Các sở, ban, ngành cấp tỉnh căn cứ … chủ động …" > "a) Sở Công Thương: …")
    if items[-1].tasks and not ((_hands_out(text, items[-1]) or _named_alone(text, items[-1]))
                                and at is not None and MEMBER_POINT.match(text, at)):
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


def _named_alone(text: str, item: Item) -> bool:
    """The item's heading line is its mark and its one name, nothing else."""
    nl = text.find("\n", item.start, item.end)
    line = text[item.start:item.end if nl < 0 else nl]
    mark = ITEM_MARK.match(line)
    return bool(mark and mark.lastgroup) and line[mark.end():].strip(" \t*_:.") == item.names[0][0].strip()


def _hands_out(text: str, item: Item) -> bool:
    """The item is its heading line alone, and the line ends on a colon."""
    line = text[item.start:item.end]
    return "\n" not in line.strip() and line.rstrip(" \t*_").endswith(":")


def _under_unnamed_head(heads: dict[int, bool], kind: str) -> bool:
    """No list line above this one's level names a body (the line is no point of a
    body's own item: "2.3. Công an tỉnh" > "b) Chủ trì, phối hợp" > "- Sở Tài chính …")."""
    above = [r for r in heads if r > LIST_RANK[kind]]
    return kind != "none" and bool(above) and not any(heads[r] for r in above)


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
