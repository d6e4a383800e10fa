"""Step 1 in decisions and rules: the articles and chapters that give duties, and the
duties their sentences give (a body's own, the chair a rule sets, the standing tasks an
article sets out)."""
from __future__ import annotations

import regex as re

from pipeline.models import Document, Structure
from pipeline.extraction.structure import ITEM_MARK, annexed_rules
from pipeline.reading.lines import RECIPIENTS_WORDS
from pipeline.extraction.agencies.patterns import (ARTICLE_TITLE, BODY_HEAD, HEAD_TITLE, OBLIGATIONS, _CHAPTER_MARK,
                                                   CLASS_ARTICLE, IMPLEMENTATION_HEADING, LEAD_IN, NOT_DUTY_ROLES)
from pipeline.extraction.agencies.naming import normalise
from pipeline.extraction.agencies.heading_names import _class_heading, _lines, _named_at, _names
from pipeline.extraction.agencies.executing_clause import _quoted_rules
from pipeline.extraction.agencies.item_sentences import _duty_item, Item, _sentences


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

CHAPTER = re.compile(_CHAPTER_MARK + r"[.:\s*_-]*(?P<title>[^\n]*)\n(?P<next>[^\n]*)", re.M)
CHAPTER_STOP = re.compile(r"(?:" + _CHAPTER_MARK + r"|^[\s*#_]*(?:Trên đây là|" + RECIPIENTS_WORDS + r"))", re.M)

# An article with no title of its own ("Điều 2.") whose items are headed by bodies
# gives them duties; a titled article's clauses are its rules.
UNTITLED_ARTICLE = re.compile(r"^[\s*#_]*Điều\s+\d+\s*[.:]?[\s*_]*$")


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


# A point that names a body and gives it a duty of its own: "b) Sở Tài chính có trách nhiệm: …".
POINT_OWN_DUTY = re.compile(r"[\s,:]*(?:(?:có|chịu)\s+trách\s+nhiệm|chủ\s+trì)\b")


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
        names, tail = _names(text, ls + mark.end(), le, item=True)
        if names and POINT_OWN_DUTY.match(text, tail, le):
            continue                        # "b) Sở Tài chính có trách nhiệm: …": that body's own
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
