"""Duties given outside such parts: a letter's requests, a sentence that directs the
list after it, and the assignments a press report tells of."""
from __future__ import annotations

from dataclasses import replace

import regex as re

from pipeline.models import Structure
from pipeline.extraction.metadata import header_issuer
from pipeline.extraction.spans import sentence_bounds
from pipeline.extraction.structure import ITEM_MARK
from pipeline.extraction.agencies.patterns import (ACTS, ASSIGNS, BODY_HEAD, COMMITTEE, COMMITTEE_SPEAKS,
                                                   HEAD_TITLE, NOT_DUTY_ROLES, STATE_BODY, ORDER_OPENER, ORDER_VERBS,
                                                   PROVINCIAL_COMMITTEE, REPORT_LINK, REPORTED_DUTY, SENTENCE_STOP)
from pipeline.extraction.agencies.naming import _body_key, normalise
from pipeline.extraction.agencies.names import (_after_circumstance, _lines, _named_at, _names, _piece_names,
                                                _quoted, _quoted_rules)
from pipeline.extraction.agencies.sections import _duty_item, Item, _part_role, _points_after_colon, _sentences


# The provincial committee, its tier in either case and its place's name after it.
COMMITTEE_NAMED = (COMMITTEE + r"\s+(?:[Tt]ỉnh|[Tt]hành phố|TP\.?(?=\s))(?:\s+(?!(?:[Gg]iao|[Yy]êu)\b)\p{Lu}\p{Ll}*){0,3}")
# The committee asking in its own sentence, before a colon: "…, Ủy ban nhân dân tỉnh An Giang yêu cầu".
# (or assigning: "Chủ tịch UBND tỉnh giao: Sở Nội vụ chủ trì …; Sở Tài chính …")
_COMMITTEE_ASKS = COMMITTEE + r"[^,;:\n]{0,40}\s(?:yêu cầu|đề nghị|chỉ đạo|giao)"
# A request whose list of contents follows: the lines after it are what is asked.
# (not a topic about a request: "7. Về đề nghị hướng dẫn việc xây dựng bộ tiêu chí …:")
REQUEST_HEAD = re.compile(r"(?m)(?<!\b[Vv]ề\s)\bđề nghị\b[^\n]*:[ \t]*$")
# A request that opens its own paragraph ("Giao Sở …", "Đề nghị các cơ quan …").
PARAGRAPH_OPENER = re.compile(ORDER_OPENER)
# The issuer's own request to a body in a letter: "kính đề nghị Bộ Xây dựng …".
REQUEST = re.compile(r"\b(?:[Kk]ính|[Tt]rân trọng)\s+(?:đề nghị|kiến nghị)\s+(?=\p{Lu})"
                     # or a paragraph the issuer opens by assigning or asking: "Giao Sở Công Thương
                     # chủ trì …", "Đề nghị Ủy ban nhân dân tỉnh Đắk Lắk chủ trì …"
                     r"|" + ORDER_OPENER + r"(?=\p{Lu}|các\s)"
                     # or the issuer's head assigns (or asks) in its own sentence: "… Chủ tịch Ủy ban
                     # nhân dân tỉnh giao Sở Nông nghiệp và Môi trường chủ trì", "…, UBND tỉnh yêu
                     # cầu Giám đốc Sở …, Chi cục trưởng … chủ động triển khai" ("… tỉnh đã giao" reports)
                     # (its place may follow, the tier in capitals: "Ủy ban nhân dân Thành phố Hà Nội giao …")
                     r"|(?<=\b" + COMMITTEE_NAMED + r"\s+)"
                     r"(?:giao|yêu cầu)\s+(?:cho\s+)?(?=\p{Lu})"
                     # or a conclusion assigns after its circumstance: "…, giao Bộ Văn hóa, Thể thao
                     # và Du lịch chủ trì …"
                     r"|(?<=[,:;]\s)(?:giao|yêu cầu)\s+(?:cho\s+)?(?=\p{Lu})"
                     # (or, in a copy that ran the paragraphs together, after the sentence that
                     # leads to it: "… có ý kiến như sau: Giao Sở Công Thương chủ trì …")
                     r"|(?<=\p{L}:\s)Giao\s+(?:cho\s+)?(?=\p{Lu})"
                     # (or the body and its duty right after it: "… có ý kiến như sau: Sở Tài
                     # nguyên và Môi trường chủ trì …", "Ủy ban nhân dân tỉnh yêu cầu: Sở Nông
                     # nghiệp … phối hợp …")
                     # (a plural in lower case too: "… chỉ đạo: các sở, ngành khẩn trương …")
                     r"|(?<=(?:\bnhư sau|" + _COMMITTEE_ASKS + r")\s*:[ \t])(?=\p{Lu}|các\s)"
                     # or points numbered in the run of a sentence: "…, trong đó lưu ý: (1) Bộ Y tế
                     # chỉ đạo …; (2) Bộ Công an …"
                     r"|(?<=[,:;.]\s)\(\d{1,2}\)\s+(?=\p{Lu})"
                     # or a later sentence opens with the body and its duty: "5. Khẩn trương khôi
                     # phục sản xuất. Bộ Nông nghiệp và Môi trường chủ động phối hợp …"
                     r"|(?<=[.;][ \t])(?=\p{Lu})"
                     # or a paragraph does ("3. Về kiến nghị …:" over "Bộ Nội vụ theo chức năng
                     # nhiệm vụ được giao khẩn trương nghiên cứu …")
                     r"|^(?=\p{Lu})"
                     # (or a point does, its number marked with a dash or a bracket: "2- Các huyện
                     # tổ chức di dời dân …", as "2. …" after its stop)
                     r"|(?<=^[ \t]*\d{1,2}[ \t]*[-–)][ \t]*)(?=\p{Lu})"
                     # or a later sentence of a point assigns ("1. Thống nhất chủ trương …. Giao
                     # Giám đốc Sở Tài chính phối hợp thẩm định …"), where only openers are read
                     r"|(?<=\p{L}[.;][ \t])Giao\s+(?:cho\s+)?(?=\p{Lu})", re.M)


def _requested(text: str, structure: Structure, openers_only: bool = False,
               paragraphs: bool = True) -> list[Item]:
    """The issuer's own requests and assignments outside any item: "Ủy ban nhân dân tỉnh
    kính đề nghị Bộ Xây dựng xem xét: …", "… trân trọng đề nghị Bộ Xây dựng quan tâm",
    a paragraph opened by assigning or asking ("Giao Sở Công Thương chủ trì …", "Đề nghị
    các cơ quan chuyên môn …: …"), and sentences or paragraphs that open with a body and
    its duty ("Bộ Nội vụ theo chức năng … khẩn trương nghiên cứu …"). Reported requests
    ("Cục … đã có văn bản đề nghị …") do not say "kính" or "trân trọng", nor open a
    paragraph. ``openers_only`` keeps the paragraph openers (and, with ``paragraphs``,
    the paragraphs that open with a body), for a text whose items were read already."""
    items = []
    lo = structure.body_start or 0
    for m in REQUEST.finditer(text, lo, structure.body_end or len(text)):
        bare = not m.group(0)
        # (an article's mark opens its paragraph too, in a decision as in a letter: "Điều 2. Cục
        # Thuế … có nhiệm vụ hướng dẫn …")
        article = bool(ARTICLE_OPENING.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()))
        paragraph = m.start() == 0 or text[m.start() - 1] == "\n" or article
        opener = bool(PARAGRAPH_OPENER.match(m.group(0)))
        if openers_only and not opener and not ((paragraphs or article) and paragraph and bare) \
                and not (bare and _responsible_clause(text, m.start(), structure.body_end or len(text))):
            continue
        if openers_only and bare and _quoted(text[max(lo, m.start() - QUOTE_REACH):m.start()]):
            continue        # (the new wording an amendment quotes: "Sửa đổi Điều 17 như sau: "…")
        if m.group(0).lstrip().startswith("Giao") and REQUEST_HEAD.search(text, lo, m.start()):
            continue    # what the addressee is asked to assign ("đề nghị … thực hiện một số nội dung sau:")
        end = _request_end(text, m)
        # (an opener is read with its verb, which lets a plural open the list: "Đề nghị các
        # cơ quan chuyên môn, …")
        verb_at = m.start() + POINT_MARK.match(m.group(0)).end()
        at = m.end()
        if bare:
            # (its time or ground first: "Hàng năm, Sở Giao thông vận tải có trách nhiệm lập …",
            # a paragraph's or a later sentence's, where a copy ran the paragraphs together)
            at += _after_circumstance(text[at:end])
        names, tail = _names(text, verb_at if opener else at, end)
        if opener:
            names, tail = _addressees(text, m.end(), end) or (names, tail)
        if bare and not _bare_duty(text, structure, m.start(), names, tail, end, paragraph, at):
            continue
        if names:       # (a bare sentence is its own evidence, not the paragraph it ends)
            inline = _assigns_inside_line(text, m)
            s = m.start() if bare or inline else text.rfind("\n", 0, m.start()) + 1
            if inline and items and items[-1].start == s:
                continue    # (a sentence read bare already, "Giao …" matching again as an opener)
            items.append(_duty_item(text, names, s, tail, end))
    if not openers_only:
        items += _issuer_asks(text, structure, lo)
    return items


def _responsible_clause(text: str, start: int, hi: int) -> bool:
    """A numbered clause that opens with a body (or its head) made responsible: "Điều 2. Điều
    khoản chuyển tiếp" > "1. Bộ trưởng Bộ Tài chính chịu trách nhiệm: a) …" (both readings of a
    tests/gold-crawlcutf tune decree list the ministry). Whatever article it stands in, the
    clause gives that body the duty."""
    if not CLAUSE_MARK_BEFORE.search(text, max(0, start - 12), start):
        return False
    if not (BODY_HEAD.match(text, start) or HEAD_TITLE.match(text[start:start + TITLE_REACH])):
        return False
    nl = text.find("\n", start, hi)
    names, tail = _named_at(text, start, hi if nl < 0 else nl)
    return len(names) == 1 and bool(STATE_BODY.match(names[0][1])) and bool(RESPONSIBLE.match(text, tail))


# A clause's number right before its first word: "1. ", "2.3. ", "a) ".
CLAUSE_MARK_BEFORE = re.compile(r"(?:^|[\s.:])(?:\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\))[ \t]+$", re.M)
# How far a head's title that opens the clause may run ("Bộ trưởng Bộ Tài chính").
TITLE_REACH = 80
# What makes it responsible: "chịu trách nhiệm", "có trách nhiệm".
RESPONSIBLE = re.compile(r"\s+(?:chịu|có)\s+trách\s+nhiệm\b")


# What may stand before an opener's verb: spaces, a point's dash.
POINT_MARK = re.compile(r"[ \t]*(?:[-+•–][ \t]*)?")
# How far back an amendment's open quotation is looked for (its quoted article is short).
QUOTE_REACH = 4000
# An article's mark before the first sentence of its paragraph.
ARTICLE_OPENING = re.compile(r"[\s*#_]*Điều\s+\d+\s*[.:]\s*")


# A sentence that ends by directing what its list says: "Theo đó, UBND tỉnh chỉ đạo:",
# "Ủy ban nhân dân tỉnh yêu cầu:", "… giao nhiệm vụ cụ thể như sau:".
# (a sentence, not a heading: "I. Mục đích, yêu cầu:")
DIRECTS_HEAD = re.compile(r"(?m)^(?![ \t]*(?:[IVXLC]+|\d+(?:\.\d+)*)\s*[.)])(?![^\n]*\b[Mm]ục đích,\s*yêu cầu)"
                          r"[^\n]*\b(?:chỉ đạo|yêu cầu|đề nghị|giao nhiệm vụ|phân công)"
                          # (whom it addresses may come first: "… giao nhiệm vụ cho các đơn vị liên
                          # quan như sau:")
                          r"(?:(?:\s+cho\s+[^:\n]{1,80}?)?\s+(?:cụ thể\s+)?(?:như sau|cụ thể))?\s*:[ \t]*$")
LIST_LINE = re.compile(r"[ \t]*(?:[-+•–]|\d{1,2}\s*[.)]|[a-zđ]\))\s")


def directed_lists(text: str, structure: Structure) -> list[tuple[int, int]]:
    """In a text with no duties part (a report, a short letter), the list that a sentence
    directing it heads ("UBND tỉnh chỉ đạo:" over "- Các Sở: …; UBND các huyện … có
    trách nhiệm …", "- Giao Sở Tài nguyên và Môi trường chủ trì …"): its items, to the
    first line that is not one, save the paragraph an item's head gives its duties ("4. Giám
    đốc Sở Văn hóa, Thể thao và Du lịch:" over "Phối hợp với …")."""
    spans = []
    for m in DIRECTS_HEAD.finditer(text, structure.body_start or 0, structure.body_end or len(text)):
        end = pos = m.end() + 1
        headed = False                      # (the line before is an item's head, closed by a colon)
        while pos < len(text) and (LIST_LINE.match(text, pos) or headed and text[pos:pos + 1].strip()):
            nl = text.find("\n", pos)
            line = text[pos:len(text) if nl < 0 else nl]
            headed = bool(LIST_LINE.match(line)) and line.rstrip().endswith(":")
            end = pos = len(text) if nl < 0 else nl + 1
        if end > m.end() + 1:
            spans.append((m.end() + 1, end))
    return spans
REPORTED_ASSIGNING = re.compile(
    r"(?:" + COMMITTEE_SPEAKS + r"|\b[Kk]ế hoạch\s+(?:cũng\s+)?|"
    # a text signed that orders: "… đã ký công văn khẩn yêu cầu các sở ngành, UBND các huyện …"
    r"\b(?:ký|ban hành)\s+(?:công văn|văn bản|công điện|chỉ thị|quyết định|kế hoạch)(?:\s+\p{Ll}+){0,2}?\s+|"
    r"\b[Tt]ổ chức thực hiện,?\s+|"
    # a further assignment of the same issuer: "Đồng thời, giao Giám đốc Sở … tham mưu"
    r"\b(?:Đồng thời|Bên cạnh đó|Ngoài ra|Cùng với đó|Theo đó),\s+|"
    # or a sentence that opens with the order, its issuer told before: "Giao Sở Giao thông -
    # Vận tải … kiểm tra, đôn đốc …", "Yêu cầu các Sở: Nông nghiệp …, Công Thương theo dõi …"
    r"(?:^|(?<=[.;]\s))[ \t]*(?=[GY])|"
    # or after the circumstance it answers: "Theo chức năng, nhiệm vụ …, yêu cầu Sở …"
    r"(?<=,\s)(?=[gy]))"
    # (the committee itself may ask: "UBND tỉnh Tây Ninh đề nghị Sở …")
    # (its colon may come first: "Chủ tịch UBND tỉnh giao: Sở Nội vụ chủ trì …; Sở Tài chính …")
    r"(?:[Gg]iao(?:\s+trách\s+nhiệm)?|[Yy]êu cầu|chỉ đạo|(?<=" + COMMITTEE_SPEAKS + r")đề nghị)(?:\s*:)?\s+"
    r"(?:cho\s+)?(?=\p{Lu}|các\s+\p{L}|(?:giám đốc|thủ trưởng|chủ tịch)\s)", re.M)


# A verb after the body, not one that tells what was done or said ("đã", "cho biết", "là").
ORDER_GOES_ON = re.compile(r"(?![^.\n]*\bnhư sau\s*:)\s+(?!(?:đã|đang|cho biết|là|có|được|vừa|cũng|không|chưa|từng)\b)"
                           r"\p{Ll}{2,}\s")
# The committee that issues the plan reported on is not one of the bodies it assigns.
ISSUING_COMMITTEE = re.compile(COMMITTEE + r"\s+(?:[Tt]ỉnh|[Tt]hành phố)(?:\s+\p{Lu}\p{Ll}*)*")
# "… và các cơ quan có liên quan chỉ đạo …": the catch-all's close before the duty.
RELATED_BEFORE_DUTY = re.compile(r"(?:\s+có\s+liên\s+quan)?")


# What a report must speak of before a body's own sentence reads as a duty given: a
# scheme named by its kind, or its issuing ("kế hoạch năm" is a measure, not a scheme),
# or a duty in words ("chịu trách nhiệm …", "được giao").
SCHEME_SPOKEN_OF = re.compile(r"\b(?:Kế hoạch|Quyết định|Chỉ thị|Công văn|Công điện|Nghị quyết|Đề án|"
                              r"Chương trình|Thông báo|Phương án|Kết luận)\b|\bban hành\b|\bkế hoạch\s+(?:số|này)\b|"
                              r"\b(?:chịu trách nhiệm|được giao|có nhiệm vụ)\b")


def _reported_assignments(text: str, structure: Structure) -> list[Item]:
    """In a press report, the bodies its sentences say the issuer or the plan assigns,
    and those a sentence opens with before their duty."""
    lo, hi = structure.body_start or 0, structure.body_end or len(text)
    items = []
    for m in REPORTED_ASSIGNING.finditer(text, lo, hi):
        s, end = sentence_bounds(text, m.start())
        # (the bodies ordered may be listed by semicolons: "… chỉ đạo Công ty Điện lực; Sở Tài
        # chính; Ủy ban nhân dân các huyện …": the order runs to its full stop)
        end = max(end, _full_stop(text, m.end(), hi))
        names, tail = _names(text, m.end(), end)
        if names:
            items.append(_duty_item(text, names, s, tail, end))
    if not items and not SCHEME_SPOKEN_OF.search(text, lo, hi):
        # a report of results that speaks of no scheme and no order: "Trung tâm Dịch vụ việc
        # làm tỉnh phối hợp với các đơn vị … tổ chức tư vấn" tells what was done
        return items
    ordered_until = None                    # where the last sentence that gave a duty ends
    for ls, le in _lines(text, lo, hi):
        listed, listed_at = [], None        # bodies a piece names before a semicolon, awaiting their duty
        for s, e in _clauses_of_subjects(text, _sentences(text, ls, le)):
            at = REPORT_LINK.match(text, s, e).end()
            names, tail = _names(text, at, e) if _opens_with_body(text, at, e) else ([], at)
            tail = _past_qualifier(text, RELATED_BEFORE_DUTY.match(text, tail, e).end(), e) if names else tail
            names = [n for n in names if not ISSUING_COMMITTEE.fullmatch(n[1])]
            given = any(i.start == s for i in items)
            # (the order goes on body by body: "UBND tỉnh giao Sở Công Thương … . Sở Tài chính
            # thẩm định dự toán …": any verb of an order right after one)
            goes_on = ordered_until is not None and not text[ordered_until:s].strip() \
                and ORDER_GOES_ON.match(text, tail, e)
            if names and (REPORTED_DUTY.match(text, tail, e) or goes_on) and not given:
                # ("Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện … chịu trách nhiệm chỉ
                # đạo …": the bodies listed before the semicolon share the duty)
                items.append(_duty_item(text, listed + names, listed_at if listed else s, tail, e))
                given = True
            if given:
                ordered_until = e
            listed, listed_at = (listed + names, listed_at if listed else s) \
                if names and not given and ";" in text[e - 1:e + 1] else ([], None)
    return items


# A clause of another subject inside a report's sentence: "Công an tỉnh đảm bảo an toàn thông
# tin …, trong khi Sở KH-CN chủ trì thúc đẩy …" gives each body its own duty.
ANOTHER_SUBJECT = re.compile(r",\s+(?:trong khi|còn)\s+(?=" + BODY_HEAD.pattern + r")")


def _clauses_of_subjects(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in sentences:
        for m in ANOTHER_SUBJECT.finditer(text, s, e):
            out.append((s, m.start()))
            s = m.end()
        out.append((s, e))
    return out


def _full_stop(text: str, start: int, hi: int) -> int:
    """Where the sentence running at ``start`` ends: its full stop or its line's end."""
    nl = text.find("\n", start, hi)
    line_end = hi if nl < 0 else nl
    stop = SENTENCE_STOP.search(text, start, line_end)
    return stop.start() + 1 if stop else line_end


def _opens_with_body(text: str, at: int, end: int) -> bool:
    """A sentence's subject is a body, capitalised or after a link ("Theo kế hoạch …, các
    sở, ban, ngành …")."""
    return bool(BODY_HEAD.match(text, at, end)
                or text.startswith("các ", at) and BODY_HEAD.match("C" + text[at + 1:end]))


def _issuer_asks(text: str, structure: Structure, lo: int) -> list[Item]:
    """A letter's issuer asking by its own name: "…, Sở Giáo dục và Đào tạo đề nghị UBND các
    xã, phường thực hiện …", "Sở Nội vụ đề nghị các doanh nghiệp có hoạt động cho thuê lại
    lao động … tự kiểm tra" (another body's request names another body; a catch-all asked,
    "các cơ quan, đơn vị liên quan", names none)."""
    issuer = normalise(header_issuer(structure.header.get("issuer_lines", []))[0])
    if not issuer:
        issuer = _speaking_body(text, lo, structure.body_end or len(text))
    if not BODY_HEAD.match(issuer):
        return []
    own = _body_key(issuer)
    items = []
    for m in ISSUER_ASKING.finditer(text, lo, structure.body_end or len(text)):
        # (by its name or its short form: "Bộ GTVT đề nghị Bộ KH&ĐT, Bộ Tài chính …" in a notice
        # of the Bộ Giao thông vận tải)
        who, said = _names(text, m.start("who"), m.end("who"))
        if len(who) != 1 or said < m.end("who") or _body_key(who[0][1]) != own:
            continue                    # (not "Bộ Y tế trân trọng đề nghị …": its request is read as one)
        end = sentence_bounds(text, m.start())[1]
        # (a list parted by semicolons may run past the sentence a semicolon seems to end, and
        # past the line a copy broke: it reads to the full stop)
        stop = SENTENCE_STOP.search(text, m.end(), m.end() + LIST_REACH)
        names, tail = _names_by_semicolons(text, m.end(), max(end, stop.start() if stop else end))
        if names:
            items.append(_duty_item(text, names, sentence_bounds(text, m.start())[0], tail,
                                    max(end, sentence_bounds(text, tail)[1])))
    return items


# How far a list of bodies may run before its sentence's stop.
LIST_REACH = 1500


def _names_by_semicolons(text: str, start: int, end: int) -> tuple[list[tuple[str, str]], int]:
    """Bodies asked one after another, parted by semicolons as the letter's addressees are
    ("… đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; các Sở, ban, ngành của tỉnh; Công an
    tỉnh; … tổ chức nghiên cứu, quán triệt …"): a piece that is only names leads on to the
    next; the first piece that holds more than names (its task, or no body) ends the list."""
    names, tail = _names(text, start, end)
    while names:
        # (the names may have taken their last semicolon with them, before a line break)
        stop = SEMICOLON_NEXT.match(text, tail, end)
        if not stop and not text[start:tail].rstrip().endswith(";"):
            break
        at = stop.end() if stop else tail
        while at < end and text[at].isspace():
            at += 1
        more, after = _names(text, at, end)
        if not more:
            break
        names, tail = names + more, after
    return names, tail


# A semicolon that parts two names of a list.
SEMICOLON_NEXT = re.compile(r"\s*;\s*")


# A body that asks in its own voice, opening a sentence or a clause after a comma.
ISSUER_ASKING = re.compile(r"(?:^|(?<=[.;,:]\s))(?P<who>\p{Lu}[^.;:,\n]{1,80}?)\s+(?:đề nghị|yêu cầu)\s+"
                           r"(?=\p{Lu}|các\s+\p{L})", re.M)


# A sentence whose subject asks in the present: "Sở Nội vụ đề nghị các doanh nghiệp …"
# (a reported request says so: "Cục … đã có văn bản đề nghị …").
ASKS_IN_OWN_VOICE = re.compile(r"(?:^|(?<=[.;]\s))(?P<who>\p{Lu}[^.;:\n]{2,80}?)\s+(?:đề nghị|yêu cầu)\s+(?=\p{L})", re.M)


def _speaking_body(text: str, lo: int, hi: int) -> str:
    """The body a letter that lost its header speaks for: the first that opens a sentence
    asking in its own name ("…. Sở Nội vụ đề nghị các doanh nghiệp …"), or ''."""
    for m in ASKS_IN_OWN_VOICE.finditer(text, lo, hi):
        names, tail = _names(text, m.start("who"), m.end("who"))
        if len(names) == 1 and tail == m.end("who"):
            return names[0][1]
    return ""


def _addressees(text: str, start: int, end: int) -> tuple[list[tuple[str, str]], int] | None:
    """An opener's list of bodies split by semicolons up to the colon of their duty:
    "Đề nghị các cơ quan chuyên môn …; Văn phòng Đoàn Đại biểu Quốc hội …; các đơn vị sự
    nghiệp công lập, các doanh nghiệp nhà nước …; Hội đồng nhân dân, Ủy ban nhân dân các
    xã, phường và đặc khu: tổ chức triển khai …" (each piece whatever its case)."""
    colon = text.find(":", start, end)
    if colon < 0 or ";" not in text[start:colon]:
        return None
    names = [name for piece in text[start:colon].split(";") for name in _piece_names(piece)]
    return (names, colon) if names else None


def _request_end(text: str, m) -> int:
    """Where a request's names and task end: its sentence, for a bare sentence and an
    assignment that may wrap ("…, giao Bộ …"), else its line."""
    if not m.group(0) or m.group(0).startswith(("giao", "yêu cầu")) or _assigns_inside_line(text, m):
        end = sentence_bounds(text, m.start())[1]
        # (an assignment closed by a colon gives its tasks as the points below: "…, giao Văn
        # phòng Ban Chỉ đạo …:" over "- Chủ trì, phối hợp …")
        points = POINTS_BELOW.match(text, end - 1) if m.group(0).startswith("giao") else None
        return points.end() if points else end
    end = text.find("\n", m.end())
    return len(text) if end < 0 else end


# A colon that ends a line, then lines marked as points.
POINTS_BELOW = re.compile(r":[ \t]*(?:\n[ \t]*[-+•–][^\n]*)+")


def _assigns_inside_line(text: str, m) -> bool:
    """An assignment that opens a later sentence of a point ("…. Giao Giám đốc Sở Tài chính
    phối hợp …"): its sentence, not its line, is what it assigns."""
    return m.group(0).startswith("Giao") and m.start() > 0 and text[m.start() - 1] != "\n"


# A letter's closing request: its last sentence asks named bodies to carry the letter out
# ("Nhận được công văn này, đề nghị Sở Giáo dục và Đào tạo, Sở Tài chính tiến hành thực
# hiện./.", "Yêu cầu Sở Nông nghiệp và PTNT, Sở Y tế và Ủy ban nhân dân huyện, thị, thành phố
# khẩn trương tổ chức thực hiện."), or names them as its subject ("Căn cứ nội dung văn bản,
# Sở Công Thương tổ chức thực hiện./.").
CLOSING_ASK = re.compile(r"[\s*_]*(?:Nhận được\s+(?i:công văn|văn bản|công điện|thông báo)\s+này\s*,?\s*)?"
                         r"(?:[Yy]êu cầu|[Đđ]ề nghị)\s+(?:cho\s+)?(?=\p{Lu}|các\s)")
# What the bodies are asked: to carry it out, and no task of their own ("… khẩn trương tổ chức
# thực hiện", "… nghiêm túc triển khai thực hiện./."); a request with a task of its own
# ("… đề nghị Sở … báo cáo kết quả trước ngày …") is read as one already.
CARRY_OUT = re.compile(r"[\s,]*(?:(?:có\s+)?liên\s+quan\s+)?(?:(?:khẩn trương|nghiêm túc|tiến hành|chủ động|kịp thời)\s+)*"
                       r"(?:tổ\s*chức\s*)?(?:triển khai\s*)?(?:thực hiện|triển khai)"
                       r"(?:\s+(?:nghiêm túc|có hiệu quả|hiệu quả|kịp thời|theo quy định))?\s*(?:\./\.|\.)?[\s*_]*$")


def closing_request(text: str, structure: Structure) -> list[Item]:
    """The bodies a letter's last sentence asks to carry it out: each is to implement it
    (a body given a duty before keeps its stronger role)."""
    end = len(text[:structure.body_end or len(text)].rstrip())
    if end <= (structure.body_start or 0):
        return []
    line = max(text.rfind("\n", 0, end - 1) + 1, structure.body_start or 0)
    # (its own sentence, even where a copy glued it to the one before: "… từng khu vực.Nhận được
    # Công văn này, yêu cầu …")
    asks = [m for m in CLOSING_ASK.finditer(text, line, end) if text[line:m.start()].rstrip()[-1:] in ("", ".", ";", ":")]
    ask = asks[-1] if asks else None
    start = ask.start() if ask else max(sentence_bounds(text, end - 1)[0], line)
    at = ask.end() if ask else start + _after_circumstance(text[start:end])
    names, tail = _names(text, at, end)
    if names and CARRY_OUT.match(text, tail, end):
        return [_duty_item(text, names, start, tail, end)]
    # (the summing-up line may be read as the start of the closing block, before "Nơi nhận")
    summary = SUMMARY_ASK.search(text, line, min(len(text), (structure.body_end or end) + SUMMARY_REACH))
    if summary:
        stop = text.find("\n", summary.end())
        stop = len(text) if stop < 0 else stop
        names, tail = _names(text, summary.end(), stop)
        if names and SUMMARY_TASK.match(text, tail, stop):
            return [_duty_item(text, names, summary.start(), tail, stop)]
    return []


# A letter that closes by summing itself up and asking the body it answers to carry on: "Trên
# đây là ý kiến tham gia dự án của Sở Nông nghiệp và Môi trường đề nghị Sở Công thương tổng
# hợp, báo cáo theo quy định./." (both readings of a tests/gold-dev2026 tune letter list the
# body asked). The task is its own: to gather, report, consider or carry out.
SUMMARY_REACH = 400
SUMMARY_ASK = re.compile(r"(?m)^[ \t*_]*Trên đây là\b[^.\n]*?[\s,]\s*(?:trân trọng\s+|kính\s+)?đề nghị\s+(?:cho\s+)?(?=\p{Lu}|các\s)")
SUMMARY_TASK = re.compile(r"[\s,]*(?:tổng hợp|báo cáo|xem xét|nghiên cứu|tiếp thu|hoàn thiện|phối hợp|"
                          r"(?:tổ chức\s+)?(?:triển khai\s+)?thực hiện)\b")


# A request to the units "named above" ("Sở Công Thương yêu cầu đơn vị nêu trên thực hiện một
# số nội dung sau:") asks the units an earlier sentence listed: "… của các đơn vị: Công ty cổ
# phần Xây dựng giao thông Yên Bái (Gói thầu số 13 …); Tổng công ty Xây dựng Trường Sơn (…);
# Công ty TNHH Hiệp Phú (…) cho thấy …" (both readings of a tests/gold-dev2026 tune notice list
# the three).
NAMED_ABOVE = re.compile(r"\b(?:yêu cầu|đề nghị)\s+(?:các\s+)?(?:đơn vị|doanh nghiệp|công ty|tổ chức)\s+"
                         r"(?:nêu|kể|có tên|được kiểm tra)?\s*(?:ở\s+|phía\s+)?trên\b")
UNITS_LISTED = re.compile(r"\b(?:các|những)\s+(?:đơn vị|doanh nghiệp|công ty|tổ chức)\s*:\s*")
# A bracket's aside in a listed unit ("(Gói thầu số 13: …)"), and what ends the list.
ASIDE = re.compile(r"\([^()]*\)")
LIST_END = re.compile(r"\s+(?:cho thấy|đã|đều|được)\b|[.\n]")
UNIT_WORDS = 12


def units_named_above(text: str, structure: Structure) -> list[Item]:
    """The units a request to those "named above" asks: each listed unit gets the request's
    sentence and the points under it."""
    items = []
    lo, hi = structure.body_start or 0, structure.body_end or len(text)
    for m in NAMED_ABOVE.finditer(text, lo, hi):
        listed = list(UNITS_LISTED.finditer(text, lo, m.start()))
        if not listed:
            continue
        names = _listed_units(text, listed[-1].end(), m.start())
        s, e = sentence_bounds(text, m.start())
        if names:
            item = _duty_item(text, names, s, m.end(), e)
            item.tasks += _points_after_colon(text, e, hi)
            items.append(item)
    return items


def _listed_units(text: str, start: int, hi: int) -> list[tuple[str, str]]:
    """The units of a list after "các đơn vị:", one a piece between semicolons, their asides
    in brackets dropped, up to where the sentence goes on ("… cho thấy …")."""
    blank = lambda a: " " * len(a.group(0))      # noqa: E731 (offsets kept)
    flat = ASIDE.sub(blank, ASIDE.sub(blank, text[start:hi]))    # (twice: an aside may hold one)
    end = LIST_END.search(flat)
    names = []
    for piece in (flat[:end.start()] if end else flat).split(";"):
        piece = " ".join(piece.split())
        # (the piece is the unit's whole name: a company's may hold words a duty's verb
        # would end, "Công ty cổ phần Xây dựng giao thông Yên Bái")
        if BODY_HEAD.match(piece) and len(piece.split()) <= UNIT_WORDS:
            names.append((piece, normalise(piece)))
    return names


# Where a text sends the difficulties met in carrying it out: "Trong quá trình thực hiện, nếu
# có khó khăn, vướng mắc, các tổ chức, cá nhân phản ánh về Sở Khoa học và Công nghệ để tổng
# hợp, trình Ủy ban nhân dân tỉnh xem xét". The body that gathers them has that task (both
# readings of a tests/gold-dev2026 regulation and of a tests/gold-sct2026 decision list it,
# where nothing else gives it a duty). (Sent to the committee through a body, the body gathers
# them: "… phản ánh về Ủy ban nhân dân tỉnh thông qua Sở Nông nghiệp và Môi trường để …".)
DIFFICULTIES = re.compile(r"\b(?:khó khăn|vướng mắc)\b")
SENT_TO = re.compile(r"\b(?:phản ánh|phản hồi|gửi|báo cáo|kiến nghị)\b[^.;:\n]{0,60}?\s(?:về|đến|tới)\s+"
                     r"(?P<via>(?:Ủy|Uỷ) ban nhân dân[^.;:()\n]{0,30}?\s*(?P<bracket>\(\s*)?(?:thông\s+)?qua\s+)?(?=\p{Lu})")
VIA = re.compile(r"\squa\s")
# What the body does with them (not what the sender is then given: "để được hướng dẫn").
# A body the committee is reached through only gathers and advises; the committee considers
# and settles ("… về Ủy ban nhân dân tỉnh (thông qua Sở Tài chính) để xem xét, giải quyết":
# the department is only the way in; both readings of a tests/gold-md2025g decision give it
# no row).
_GATHERING = r"tổng hợp|báo cáo|trình|tham mưu|nghiên cứu"
GATHERS = re.compile(r"[ \t]*\)?[ \t]*để\s+(?:" + _GATHERING + r"|xem xét|giải quyết|hướng dẫn)\b")
CHANNEL_GATHERS = re.compile(r"[ \t]*\)?[ \t]*để\s+(?:" + _GATHERING + r")\b")


def difficulties_sent_to(text: str, structure: Structure, annex=None) -> list[Item]:
    """The bodies a text, or the rules or plan its annex issues, sends the difficulties of
    carrying it out to, to gather and report them: each has that task (a body given duties
    elsewhere keeps its role: see ``Item.if_absent``)."""
    lo, hi = structure.body_start or 0, structure.body_end or len(text)
    items, read = [], set()
    # (only the sentences that speak of difficulties are read)
    for a, b in [(lo, hi)] + ([annex[1]] if annex else []):
        for trouble in DIFFICULTIES.finditer(text, a, b):
            s, e = sentence_bounds(text, trouble.start())
            sent = s not in read and SENT_TO.search(text, trouble.end(), e)
            read.add(s)
            if not sent or _quoted_rules(text, lo, s):
                continue
            # (read up to the bracket the body stands in; a body reached through another,
            # "… về Ban Chỉ huy … qua Văn phòng Ban Chỉ huy … để tổng hợp", is left alone: both
            # readings of a tests/gold-md2025d plan give neither a row)
            close = text.find(")", sent.end(), e) if sent.group("bracket") else -1
            names, tail = _names(text, sent.end(), e if close < 0 else close)
            gathers = CHANNEL_GATHERS if sent.group("via") else GATHERS
            if names and gathers.match(text, tail, e) and not any(VIA.search(raw) for raw, _ in names):
                items.append(replace(_duty_item(text, names, s, tail, e), role="implement", if_absent=True))
    return items


# The end mark of a document's last sentence.
CLOSING_MARK = re.compile(r"\./\.")
CLOSING_REQUEST_OPENER = re.compile(r"[\s*_]*(?:Yêu cầu|Đề nghị)\s")


def _bare_duty(text: str, structure: Structure, start: int, names, tail: int, end: int,
               paragraph: bool, at: int | None = None) -> bool:
    """A sentence that opens with bodies gives them a duty when a duty verb follows them
    (or, inside a paragraph, it asks: ". Đề nghị Ủy ban nhân dân phường … thực hiện …").
    A paragraph must open with the bodies and their own duty: not whom a sentence lists
    ("Tham dự cuộc họp có …:"), a closing request ("Yêu cầu Sở …, Sở … triển khai thực
    hiện./.") or another's request ("Bộ Y tế đề nghị …"); and no report gives one."""
    # (a copy that ran the paragraphs together keeps the letter's closing request in the
    # run of the last paragraph: "… biết. Yêu cầu Sở …, Sở … triển khai thực hiện./.")
    closing = CLOSING_REQUEST_OPENER.match(text, start, end) and CLOSING_MARK.search(text, start, min(end + 3, len(text)))
    asks = ASSIGNS.match(text, start, end) and not paragraph and not closing
    # (the paragraph right after the issuer's "… yêu cầu:" is what it directs, whatever the
    # verb: "Ủy ban nhân dân các huyện, thị, thành phố vận động nhân dân treo cờ …")
    # (or, where a copy ran the paragraphs together, the sentence right after the committee's
    # "… yêu cầu:"; a run-on "… kết luận như sau:" may go on with praise)
    directed = not closing and bool(ISSUER_DIRECTS.search(_line_before(text, start)) if paragraph
                                    else COMMITTEE_DIRECTS.search(text, max(0, start - DIRECTS_REACH), start))
    tail = _past_qualifier(text, tail, end)
    if not names or not (ACTS.match(text, tail, end) or asks or directed):
        return False
    # (``at``: where the bodies start, after the paragraph's opening time or ground)
    if (paragraph or closing) and not directed and (_listed_after_colon(text, start)
                                                    or not _acts_itself(text, start if at is None else at, end)):
        return False
    return _part_role(structure, start) not in NOT_DUTY_ROLES


def _acts_itself(text: str, start: int, end: int) -> bool:
    """A paragraph opens with bodies and their own duty (not a verb that asks others)."""
    names, tail = _named_at(text, start, end) if BODY_HEAD.match(text, start) else ([], start)
    return bool(names) and bool(ACTS.match(text, _past_qualifier(text, tail, end), end))


# What the places named have, between them and their duty: "UBND các xã, phường, đặc khu có
# hoạt động du lịch chịu trách nhiệm quản lý …".
PLACES_QUALIFIED = re.compile(r"(?<=\b(?:xã|phường|đặc khu|thị trấn|huyện|quận|địa phương))\s+có(?:\s+\p{Ll}+){1,5}?"
                              r"(?=\s+(?:có|chịu)\s+trách\s+nhiệm\b)")


def _past_qualifier(text: str, tail: int, end: int) -> int:
    """``tail``, or past the qualifier of the places named before it."""
    m = PLACES_QUALIFIED.match(text, tail, end)
    return m.end() if m else tail


def _line_before(text: str, start: int) -> str:
    """The line before the one ``start`` opens (blank lines skipped)."""
    before = text[:start].rstrip()
    return before[before.rfind("\n") + 1:]


def _listed_after_colon(text: str, start: int) -> bool:
    """The line before ``start`` is a sentence that introduces whom the next line lists
    ("Tham dự cuộc họp có lãnh đạo các cơ quan, đơn vị:"), not a numbered topic ("3. Về
    kiến nghị liên quan đến tổ chức bộ máy …:")."""
    before = text[text.rfind("\n", 0, max(start - 1, 0)) + 1:max(start - 1, 0)]
    return before.rstrip().endswith(":") and ITEM_MARK.match(before).lastgroup not in ("num", "letter") \
        and not ISSUER_DIRECTS.search(before)


# How far before a run-on sentence the issuer's "… yêu cầu:" is looked for.
DIRECTS_REACH = 200
# The issuer's sentence that leads to its directions, not to a list of whom it names: "…,
# Phó Chủ tịch UBND tỉnh có ý kiến như sau:", "… chỉ đạo như sau:".
# (or asks in one word: "…, Ủy ban nhân dân tỉnh An Giang yêu cầu:")
ISSUER_DIRECTS = re.compile(r"\b(?:(?:ý kiến|chỉ đạo|kết luận)(?:\s+chỉ đạo)?\s+(?:cụ thể\s+)?như sau"
                            r"|" + _COMMITTEE_ASKS + r")\s*:\s*$")
COMMITTEE_DIRECTS = re.compile(_COMMITTEE_ASKS + r"\s*:\s*$")
