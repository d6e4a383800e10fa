"""Step 2, a duties part split into items: a line (or a later sentence of a paragraph)
that starts with a body's name opens an item; what follows is its task sentences."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import chain, islice

import regex as re

from pipeline.extraction.structure import ITEM_MARK, LIST_RANK
from pipeline.extraction.agencies.patterns import ACTS, ASSIGNS, BODY_HEAD, PLURAL, RELATED_TAIL, REPORT_LINK, REPORTED_DUTY
from pipeline.extraction.agencies.naming import _among, _body_key, normalise
from pipeline.extraction.agencies.heading_names import _class_heading, _class_named, KINDS_BY_TASK, _lines, _names
from pipeline.extraction.agencies.executing_clause import _clause_end, _executors, _quoted_execution
from pipeline.extraction.agencies.item_sentences import (_acting_sentences, CLOSING, CLOSING_REQUEST, _duties_before_clause, _duty_item,
                                                         Item, NOTICE_CLOSING, _sentence_items, _sentences,
                                                         _with_line_tasks)
from pipeline.extraction.agencies.item_headings import (_asked_by_article, _class_heading_alone, COLON_CLOSED_HEADING,
                                                        _generic_class_heading, GENERIC_SUBJECT, GOVERNING_CLASS,
                                                        _heading_line_end, _listed_by_colon, _mark_shape,
                                                        _numbered_below_class, _open_list, _regarded_bodies,
                                                        _restates_article, TOPIC_HEAD, _under_unnamed_head,
                                                        _wrapped_heading)
from pipeline.extraction.agencies.body_lists import BODY_LIST_MIN
from pipeline.extraction.agencies.table_rows import CHAIRS
from pipeline.extraction.agencies.duty_parts import ARTICLE_MARK, CHAPTER_LINE, EXECUTION_FORMULA


# A body's duty stated after its name: "Sở Tài chính có trách nhiệm: …", "… chịu trách nhiệm …".
OWN_DUTY = re.compile(r"[\s,]*(?:có|chịu)\s+trách\s+nhiệm\b")


# A numbered item further down: a closing formula before it is not the end of the section.
# (an article's line is one: "Trong quá trình thực hiện chỉ đạo các sở …" goes on its article's
# duty, and "Điều 3. Thường trực Hội đồng nhân dân … giám sát …" follows)
NUMBERED_LINE = re.compile(r"^[\s*#_]*(?:\d+(?:\.\d+)*\s*[.)]|Điều\s+\d+\s*[.:])\s", re.M)

# A line that opens the list of a class's members: "… theo ngành, lĩnh vực gồm:".
MEMBERS_OPENER = re.compile(r"\b(?:bao gồm|gồm(?: có)?|sau đây|như sau)\s*:\s*$", re.I)
MEMBERS_OPENER_LINES = 2

OWN_INITIATIVE = re.compile(r"[\s,]*chủ động\b")


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


def _same_bodies(names: list[tuple[str, str]], others: list[tuple[str, str]]) -> bool:
    return {n.casefold() for _, n in names} == {n.casefold() for _, n in others}


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
        # (or the closing request to all on its own line: "Yêu cầu các cơ quan, đơn vị, địa
        # phương khẩn trương triển khai thực hiện; … báo cáo kết quả về Sở Xây dựng …/.")
        if CLOSING.match(line) or CLOSING_REQUEST.match(text, ls, min(le + 4, len(text))):
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
        read = _with_line_tasks(text, item, head.tail, le)
        if kind == "none" and not head.formal and items and items[-1].names \
                and _same_bodies(names, items[-1].names):
            # (an unmarked line that names the item's own body again is its task: "5.
            # Trường Đại học Quy Nhơn" > "Đề nghị Trường Đại học Quy Nhơn phối hợp với Sở …")
            items[-1].tasks.extend(read.pop(0).tasks)
            items[-1].end = le
        items.extend(read)
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
    elif kind == "none" and items and items[-1].names and CLASS_OPENS.match(line) and _after_points(text, ls):
        # a paragraph after an item's points that speaks to a class of all ("Các phòng, đơn vị
        # thuộc Sở báo cáo kết quả … ; nếu có vướng mắc, các đơn vị kịp thời phản ánh …") closes
        # the list: it is no duty of the last item's body
        items.append(Item(names=[], start=ls, end=le))
    else:
        later = _sentence_items(text, rest_at, le) if kind == "none" else []
        if items:
            items[-1].tasks.extend(_sentences(text, ls, later[0].start if later else le))
        items.extend(later)


# An unmarked paragraph that opens with a class of bodies.
CLASS_OPENS = re.compile(r"[\s*_]*(?:Các|Những)\s+\p{Ll}")
POINT_LINE = re.compile(r"[ \t*_]*(?:[-+•–]|[a-zđ]\))\s")


def _after_points(text: str, ls: int) -> bool:
    """The line before ``ls`` is a point ("- …", "a) …")."""
    prev_end = text.rfind("\n", 0, ls)
    while prev_end > 0 and not text[text.rfind("\n", 0, prev_end) + 1:prev_end].strip():
        prev_end = text.rfind("\n", 0, prev_end)
    return prev_end > 0 and bool(POINT_LINE.match(text, text.rfind("\n", 0, prev_end) + 1))


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
        # nhân dân phường Yên Bái chủ trì … di dời cụm công nghiệp Đầm Hồng"), or is given
        # a duty in words at a point's mark ("2. Các Sở, ban, ngành … có trách nhiệm:" > "b) Sở
        # Tài chính có trách nhiệm: Tham mưu bố trí kinh phí …")
        names, tail = _names(text, rest_at, le)
        last = state.items[-1] if state.items else None
        if names and last and not last.tasks and _among(names, last.names):
            # but a heading of bodies alone, then a line that opens with one of them, is
            # one item: "2. Sở Khoa học và Công nghệ, Sở Nội vụ" > "Sở Khoa học và Công
            # nghệ chủ trì, phối hợp với Sở Nội vụ …"
            last.tasks.extend(_sentences(text, rest_at, le))
            last.end = le
            return None
        if names and (CHAIRS.match(text, tail, le) or kind != "none" and OWN_DUTY.match(text, tail, le)):
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
    if not names and kind == "none" and (link := REPORT_LINK.match(text, rest_at, le)).end() > rest_at:
        # a paragraph that opens with a link, then a body and its duty, as a report writes
        # under a heading of duties: "Phân công thực hiện" > "Theo kế hoạch, Sở Nội vụ chủ trì …"
        linked, after = _names(text, link.end(), le)
        if linked and REPORTED_DUTY.match(text, after, le):
            names, tail = linked, after
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
