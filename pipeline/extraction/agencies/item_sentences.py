"""Step 2, an item of a duties part and its task sentences: the sentences of a line, the
tasks after an item's names up to a closing formula, and later sentences that open with
a body and its duty."""
from __future__ import annotations

from dataclasses import dataclass, field

import regex as re

from pipeline.extraction.spans import sentence_bounds
from pipeline.reading.lines import RECIPIENTS_WORDS
from pipeline.extraction.agencies.patterns import ACTS, EXECUTES, RELATED_AFTER, STANDING_WORDS
from pipeline.extraction.agencies.heading_names import _names


# Closing formula after the last item ("Trên đây là Kế hoạch…", "Nơi nhận:").
CLOSING = re.compile(
    r"^[\s*_]*(?:Trên đây là|" + RECIPIENTS_WORDS + r"|Trong quá trình (?:tổ chức )?(?:thực hiện|triển khai)|"
    r"(?:Nghị quyết|Quyết định|Thông tư|Kế hoạch|Chỉ thị) này (?:được|có hiệu lực)|TM\.|KT\.|"
    # a notice's closing line: "Thừa lệnh Bộ trưởng …, Văn phòng Bộ thông báo đến các cơ quan,
    # đơn vị liên quan biết và triển khai thực hiện./."
    r"(?:Thừa lệnh|Theo ý kiến chỉ đạo)\b[^\n]{0,200}?\bthông báo\s+(?:đến|để|cho)\b)")

# The closing request to all, run into the last item's line by a copy: "Yêu cầu các sở, ban,
# ngành, đơn vị, địa phương nghiêm túc triển khai thực hiện./.", or with where to report
# after it, "…; trong quá trình thực hiện, nếu có vướng mắc, báo cáo về …/.", or "khẩn trương
# triển khai thực hiện; định kỳ … báo cáo kết quả về Sở …/." (its end mark says so, also after
# a closing sentence of its line: "… nghiêm túc triển khai thực hiện. Trong quá trình thực hiện
# có khó khăn, vướng mắc, báo cáo về …/."; a request inside an item, "Yêu cầu các Ban QLDA
# nghiêm túc thực hiện, không …", is a task)
CLOSING_REQUEST = re.compile(r"[\s*_]*(?:(?:Ủy ban nhân dân|UBND)\s+(?:tỉnh|[Tt]hành phố)\s+)?"
                             r"(?:[Yy]êu cầu|[Đđ]ề nghị)\b[^\n.]{0,200}?\b(?:nghiêm túc|khẩn trương)\b"
                             r"(?:[^\n.]{0,240}|[^\n.]{0,240}\.\s+Trong quá trình\b[^\n]{0,300}?)\./\.")

# A notice's closing line, naming whom it is for.
NOTICE_CLOSING = re.compile(r"^[^\n]{0,80}?\bthông báo\s+(?:để|cho|đến)\s")


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
