"""A decision's executing clause ("… chịu trách nhiệm thi hành Quyết định này"), a part
that gives duties (step 1) whose list names the bodies (step 3): where it begins and
ends, the bodies its list names piece by piece; a clause that another text's quotation
holds is not the document's."""
from __future__ import annotations

import regex as re

from pipeline.extraction.structure import ITEM_MARK
from pipeline.extraction.agencies.patterns import (_ANY_KIND, BODY_HEAD, CHIEF_OF_OFFICE, CUT_EXECUTION_ARTICLE,
                                                   EXECUTES, EXECUTION_HEADING, HEAD_TITLE, IMPLEMENTATION_HEADING,
                                                   _KIND, NOT_A_BODY, PLACE_OF_TIER, RELATED_TAIL, SENTENCE_STOP)
from pipeline.extraction.agencies.naming import normalise
from pipeline.extraction.agencies.name_parts import CATCH_ALL, _not_a_name, _split, _trim
from pipeline.extraction.agencies.name_ends import _capped, LONG_NAME_WORDS, NAME_COMMA_END
from pipeline.extraction.agencies.kind_lists import BARE_TITLE, PLACE, _share_kind


# An article's mark alone on its line, as older decisions print it ("Điều 3" over its text).
BARE_ARTICLE_MARK = re.compile(r"[\s*#_]*Điều\s+\d+\s*[.:]?[\s*_]*")
# The title of the closing article run into its clause in a flattened copy: "Điều 3. Trách
# nhiệm thi hành Các Bộ trưởng, … chịu trách nhiệm thi hành Nghị định này".
# ("Điều 3. Trách nhiệm tổ chức thực hiện Chánh Văn phòng UBND tỉnh; …" too)
RUN_IN_ARTICLE_TITLE = re.compile(r"^\s*(?:(?:Trách nhiệm|Điều khoản|Hiệu lực)\s+(?:và\s+)?"
                                  r"(?:tổ\s+chức\s+)?(?:thi\s+hành|thực\s+hiện)|"
                                  r"Tổ chức thực hiện)\s*[.:]?\s*(?=\p{Lu})")
# How many earlier lines an executing clause may run over.
CLAUSE_LINES = 3

# A lead-in naming the kind of the bodies listed after its colon: "Giám đốc các Sở:
# Tài chính, Xây dựng", "Bộ trưởng các Bộ: Xây dựng, Tài chính".
# (and a ministry's own departments: "Vụ trưởng các Vụ: Vận tải, Hợp tác quốc tế; Cục trưởng
# các Cục: Đường bộ Việt Nam, Hàng hải Việt Nam")
SHARED_NOUN = re.compile(r"\b(?:các\s+)?(?P<noun>[Ss]ở|[Bb]ộ|[Tt]ập đoàn|Vụ|Cục)(?:\s*,\s*(?:[Bb]an|[Nn]gành)){0,2}\s*$")
# The same without a colon, in an executing clause: "Giám đốc các Sở Y tế, Công Thương,
# Nông nghiệp và Môi trường" (a list of bare names after the plural kind).
KIND_LIST = re.compile(r"\b(?:(?:Giám đốc|Bộ trưởng|Thủ trưởng)\s+)?các\s+(?P<noun>Sở|Bộ)\s+"
                       r"(?=\p{Lu}[^;,]*,\s*\p{Lu})")

# The verb the cut broke off: "… Thủ trưởng các đơn vị có liên quan chịu trách nhi".
CUT_VERB = re.compile(r"\s+(?:có|chịu)(?:\s+t\p{L}*(?:\s+n\p{L}*(?:\s+t\p{L}*(?:\s+h\p{L}*)?)?)?)?\s*$")


# Where the next body of a list starts: after a comma, a body's opening word.
# (or a plural kind in lower case: "…, các cơ quan Trung ương trên địa bàn tỉnh")
NEXT_BODY = re.compile(r"(?:,|\s[-–]|\s+và)\s+(?=" + BODY_HEAD.pattern + r"|(?:các|những)\s+(?:cơ quan|sở|đơn vị|trường|"
                       r"doanh nghiệp|hội|đoàn thể|chi cục|trung tâm|ban quản lý)\b)")


def _executors(text: str, start: int, end: int) -> tuple[list[tuple[str, str]], int] | None:
    """Bodies listed before "có trách nhiệm thi hành": pieces split at ";", a generic
    lead-in before ":" dropped ("Giám đốc các sở, ngành, đơn vị, địa phương: A, B")."""
    stop = _executing_verb_at(text, start, end)
    if stop is None:
        return None
    names = _clause_names(_executing_clause(text, start, stop))
    return (names, stop) if names else None


def _executing_verb_at(text: str, start: int, end: int) -> int | None:
    """Where the executing verb ("chịu trách nhiệm thi hành") of a clause from ``start``
    stands, or where a copy cut off before it or inside it ends; None if neither."""
    m = EXECUTES.search(text, start, end)
    if m:
        return m.start()
    if CUT_EXECUTION_ARTICLE.match(text, text.rfind("\n", 0, start) + 1) and not text[end:].strip():
        stop = len(text.rstrip())           # cut off before its verb, or inside it
        verb = CUT_VERB.search(text, start, stop)
        return verb.start() if verb else stop
    return None


def _executing_clause(text: str, start: int, stop: int) -> str:
    """The executing clause's list of bodies, up to ``stop``: from its own sentence on,
    an article's mark and title, addressed persons and assigned clauses taken out."""
    clause = text[_clause_start(text, start):stop]
    stops = list(SENTENCE_STOP.finditer(clause))    # "Quyết định này có hiệu lực …. Chánh Văn phòng …"
    # (not a stray stop inside the list itself: "…, Cục trưởng Cục Thi hành án dân sự tỉnh. Chỉ huy
    # trưởng BCH Quân sự tỉnh; …": what it closes is bodies alone, no sentence)
    while stops and _names_alone(clause[stops[-2].end() if len(stops) > 1 else 0:stops[-1].start()]):
        stray = stops.pop()
        clause = clause[:stray.start()] + ";" + clause[stray.start() + 1:]
    clause = clause[stops[-1].end():] if stops else clause
    # (an article's mark may open the clause, its point lost in a copy: "Điều 3 Các ông, bà …")
    clause = BARE_ARTICLE_MARK.sub("", clause, count=1) if BARE_ARTICLE_MARK.match(clause) else clause
    clause = ADDRESSED_PERSONS.sub("", ASSIGNED_CLAUSE.sub("", RUN_IN_ARTICLE_TITLE.sub("", clause)))
    return clause


def _clause_names(clause: str) -> list[tuple[str, str]]:
    """(raw, normalised) for each body of an executing clause's list: pieces split at
    ";", a lead-in's kind shared by the bare names after its colon, places of a tier."""
    names = []
    kind = ""                               # the kind a lead-in shares out, while its list lasts
    for piece in clause.split(";"):
        if (tiered := TIER_LISTED_IN_CLAUSE.search(piece)) is not None:
            # "…, Chủ tịch UBND các huyện: Chợ Đồn, Bạch Thông, Chi cục trưởng …": the committee
            # of each place, then the clause goes on
            places, rest = _places_then_rest(piece[tiered.end():])
            if places:
                names += _piece_names(piece[:tiered.start()].rstrip(" ,"))
                # (a place of another tier says its own: "…, Duy Xuyên, thành phố Tam Kỳ")
                placed = [p if TIERED_PLACE.match(p) else f"{tiered['tier']} {p}" for p in places]
                names += [(f"{tiered['head']} {p}", normalise(f"Ủy ban nhân dân {p}")) for p in placed]
                piece, kind = rest, ""
        if ":" in piece:
            lead, piece = piece.rsplit(":", 1)
            shared = SHARED_NOUN.search(lead)
            kind = shared["noun"].capitalize() if shared else ""
            if kind:
                # "Giám đốc các Sở: Tài chính, Giao thông vận tải" -> Sở Tài chính, Sở Giao thông vận tải
                piece = _share_kind(piece, kind)
            before = _before_lead_in(lead)
            piece = f"{before}, {piece}" if before else piece
        elif kind and not BODY_HEAD.match(piece.strip()):
            # the list may go on past a semicolon: "Giám đốc các Sở: Văn hóa, Thể thao và
            # Du lịch; Nội vụ; Tài chính; Chủ tịch …" -> Sở Nội vụ, Sở Tài chính
            piece = _share_kind(piece.strip(), kind)
        else:
            kind = ""
            kinds = KIND_LIST.search(piece)
            if kinds:
                # "Giám đốc các Sở Y tế, Công Thương, Nông nghiệp và Môi trường" -> three Sở
                piece = piece[:kinds.start()] + _share_kind(piece[kinds.end():], kinds["noun"])
        names += _piece_names(piece)
    return names


def _names_alone(piece: str) -> bool:
    """A run of the clause between two stops that is only bodies and their heads' titles
    (a head's title first, commas and semicolons between, no verb of a sentence)."""
    piece = piece.strip()
    opens = HEAD_TITLE.match(piece) or CHIEF_OF_OFFICE.match(piece[:1] + piece[1:].replace("văn phòng", "Văn phòng", 1))
    return bool(piece) and bool(opens) and not CLAUSE_VERB.search(piece)


# The verbs no list of a clause's subjects holds.
CLAUSE_VERB = re.compile(r"\b(?:có hiệu lực|thay thế|bãi bỏ|ban hành|chịu trách nhiệm|có trách nhiệm|căn cứ|"
                         r"thi hành|thực hiện|hướng dẫn|kiểm tra|theo dõi|báo cáo)\b")


# Whom a clause addresses before naming them: "Các ông, bà: Chánh Văn phòng …", "Các Ông (Bà): …".
# (with or without its colon: "Các ông (bà) Chánh Văn phòng …", "Các ông Chánh Văn phòng …")
# (the title after it may be in lower case: "Các ông (bà) chánh Văn phòng …")
ADDRESSED_PERSONS = re.compile(r"^\s*(?:[Cc]ác\s+)?[ÔôOo]ng(?:\s*(?:,|/|\(|\s+và)?\s*[Bb]à\)?)?\s*:?\s*"
                               r"(?=\p{Lu}|(?:chánh|giám đốc|chủ tịch|thủ trưởng)\s)")
# A tier's committees listed by place after a colon inside the clause ("Chủ tịch UBND các
# huyện: Chợ Đồn, Bạch Thông, …").
TIER_LISTED_IN_CLAUSE = re.compile(r"(?:\b(?:Chủ tịch|Thủ trưởng)\s+)?(?P<head>Ủy ban nhân dân|Uỷ ban nhân dân|UBND)"
                                   r"\s+các\s+(?P<tier>xã|phường|huyện|quận|thị xã)\s*:\s*")


def _places_then_rest(rest: str) -> tuple[list[str], str]:
    """The place names a tier lists (comma-pieces that are proper names, not a body's or a
    title's head: "Chợ Đồn, Bạch Thông và Ba Bể, Chi cục trưởng …"), and what follows them;
    none unless two or more."""
    pieces = [p.strip() for p in rest.split(",")]
    places, after = [], []
    for i, piece in enumerate(pieces):
        first, _, more = piece.partition(" và ")
        if not _a_place(first):
            after = pieces[i:]
            break
        places.append(first)
        if more:                            # ("… Ba Bể và Chợ Mới" ends the list)
            places += [more] if _a_place(more) else []
            after = ([] if _a_place(more) else [more]) + pieces[i + 1:]
            break
    return (places, ", ".join(after)) if len(places) >= 2 else ([], rest)


def _a_place(name: str) -> bool:
    if (tiered := TIERED_PLACE.match(name)) is not None:
        name = name[tiered.end():]
    return bool(PLACE.fullmatch(name)) and not BODY_HEAD.match(name) and not BARE_TITLE.match(name)


# A place in a tier's list that names its own tier: "thành phố Tam Kỳ", "thị xã Cửa Lò".
TIERED_PLACE = re.compile(r"(?:thành phố|thị xã|huyện|quận|thị trấn|xã|phường)\s+(?=\p{Lu})")


# An executing clause opened by the verb that assigns it: "Giao Giám đốc Sở NN&PTNT, Sở Tài
# chính; … chịu trách nhiệm thi hành Quyết định này".
ASSIGNED_CLAUSE = re.compile(r"^\s*[Gg]iao\s+(?=\p{Lu})")


def _quoted(clause: str) -> bool:
    """The clause runs inside a quotation left open before it: the new wording an amendment
    quotes ("1. Sửa đổi Điều 3 như sau: "Điều 3. Chánh Văn phòng … chịu trách nhiệm thi
    hành"") names the amended text's executors, not the document's."""
    return clause.count("“") > clause.count("”") or clause.count('"') % 2 == 1


# An article the quoted new wording opens: "\"Điều 17. Trình tự …", "“Điều 6. Tổ chức thực hiện:".
QUOTED_ARTICLE = re.compile(r"(?m)^[\s*_]*[\"“][\s*_]*Điều\s+\d+[^\n]*")


def _quoted_rules(text: str, start: int, pos: int) -> bool:
    """``pos`` lies in the rules an amendment quotes ("1. Sửa đổi Điều 17 như sau: "Điều 17.
    …"), which are not duties this decision gives; the duties part it quotes ("Điều 6. Tổ
    chức thực hiện") is."""
    if not _quoted(text[start:pos]):
        return False
    opened = None
    for opened in QUOTED_ARTICLE.finditer(text, start, pos):
        pass
    return opened is None or not IMPLEMENTATION_HEADING.match(opened.group(0).lstrip(" *_\"“"))


def _quoted_execution(text: str, start: int, end: int) -> bool:
    """An executing clause between ``start`` and ``end`` that another text's quotation holds."""
    m = EXECUTES.search(text, start, end)
    return bool(m) and _quoted(text[_clause_start(text, start):m.start()])


def _piece_names(piece: str) -> list[tuple[str, str]]:
    """The bodies of one piece of a list split at semicolons. A piece is a list item
    whatever its case ("…; cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố; ban ngành
    thành phố và Chủ tịch …"), but a lower-case catch-all names none ("…; cơ quan, tổ chức
    và cá nhân có liên quan")."""
    piece = PLURAL_BEFORE_TITLE.sub(r"\1 các ", " ".join(piece.replace("*", " ").split()))
    piece = PLURAL_BEFORE_CHAIRMEN.sub("", piece)
    # (the committee's members are persons: "Thành viên Ủy ban nhân dân tỉnh, thủ trưởng …")
    piece = ISSUERS_MEMBERS.sub("", GLUED_BRACKET.sub(" (", piece))
    # (and what a class's bracket says of it is no body of the list: "các cơ quan cấp tỉnh
    # (Đảng, chính quyền, UBMT Tổ quốc và các đoàn thể)")
    piece = CLASS_GLOSS.sub("", piece)
    # (a body named with a duty of its own before the clause's verb: "Chánh Văn phòng … chịu
    # trách nhiệm đôn đốc, kiểm tra …; Thủ trưởng … chịu trách nhiệm thi hành")
    own_duty = OWN_DUTY_IN_CLAUSE.search(piece)
    piece = piece[:own_duty.start()] if own_duty else piece
    if piece.islower() and RELATED_TAIL.search(piece) and not CATCH_ALL.search(piece):
        return []
    if RELATED_KINDS.match(piece):
        return []       # "Thủ trưởng các doanh nghiệp, cơ quan và cá nhân có liên quan": one catch-all
    piece = _trim(_without_lowercase_runs(piece[:1].upper() + piece[1:]))
    if not BODY_HEAD.match(piece) or NOT_A_BODY.match(piece):
        return []
    # (a piece ends at its list's marks, so a long name is whole: "Các đơn vị, cơ quan là thành
    # viên Ban Chỉ đạo đổi mới giáo dục phổ thông và phổ cập giáo dục cấp tỉnh")
    raws = [_capped(one, LONG_NAME_WORDS) for whole in _split(piece) for part in _central_apart(whole)
            if not _not_a_name(part) for one in _both_places(part)]
    return [(raw, normalise(raw)) for raw in raws]


# The central agencies in the province, listed after the province's own departments: a class
# of their own ("Thủ trưởng các sở, ban, ngành, cơ quan ngành dọc Trung ương đóng trên địa bàn
# tỉnh" heads the departments and the central agencies).
CENTRAL_CLASS = re.compile(r",\s*(?:các\s+)?(?=cơ quan (?:ngành dọc\s+)?(?:Trung ương|trung ương|TW)\b)")


def _central_apart(part: str) -> list[str]:
    m = CENTRAL_CLASS.search(part)
    if m is None or not part[:m.start()].strip():
        return [part]
    rest = part[m.end():]
    return [part[:m.start()], rest[:1].upper() + rest[1:]]
TWO_PLACES = re.compile(r"^(?P<head>(?:(?:Chủ tịch|Thủ trưởng)\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân))\s+"
                        r"(?P<a>" + PLACE_OF_TIER + r")\s+và\s+(?P<b>" + PLACE_OF_TIER + r")$")
def _both_places(part: str) -> list[str]:
    """"Chủ tịch UBND huyện Long Mỹ và TP Vị Thanh": the committees of both places."""
    pair = TWO_PLACES.match(part.strip())
    return [f"{pair['head']} {pair['a']}", f"{pair['head']} {pair['b']}"] if pair else [part]


# What a clause's body is charged with before the clause's own verb: "Chánh Văn phòng …
# chịu trách nhiệm đôn đốc, kiểm tra …; Thủ trưởng … chịu trách nhiệm thi hành".
OWN_DUTY_IN_CLAUSE = re.compile(r"(?<=\p{L})\s+(?:chịu|có)\s+trách\s+nhiệm\s+(?!thi\s+hành)(?=\p{Ll})")
# The issuing committee's own members at a clause's head: persons, not a body ("Thành viên
# Ủy ban nhân dân tỉnh, …", "Phó Chủ tịch UBND tỉnh, Chánh Văn phòng UBND tỉnh, …").
ISSUERS_MEMBERS = re.compile(r"^(?:(?:[Cc]ác\s+)?[Tt]hành viên|(?:[Cc]ác\s+)?(?:Phó\s+)?[Cc]hủ tịch)\s+"
                             r"(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)(?:\s+(?:tỉnh|thành phố))?\s*(?:,|và)\s*")
RELATED_KINDS = re.compile(r"^\s*(?:(?:Thủ trưởng|Giám đốc|Lãnh đạo|Người đứng đầu)\s+)?(?:các|những)\s+(?:"
                           + _ANY_KIND + r"(?:\s*(?:,|và)\s*(?:các\s+)?" + _ANY_KIND + r")+"
                           # (or the province's own kinds in one run of commas: "Thủ trưởng các sở,
                           # ban, ngành, đơn vị có liên quan"; "… đơn vị và các tổ chức, cá nhân có
                           # liên quan" closes its last group only)
                           + r"|" + _KIND + r"(?:\s*,\s*" + _KIND + r")+)\s+(?:có\s+)?liên quan\b", re.I)
# What a bracket after a class says of it: "các cơ quan cấp tỉnh (Đảng, chính quyền, …)"; not a
# short form in brackets, the class's other name ("các Sở GTVT (GTCC)").
CLASS_GLOSS = re.compile(r"(?<=\b(?:các|những)\s[^;()]{2,60}?)\s*\((?!\p{Lu}{2,8}\))[^()]{2,120}\)")
# A bracket a copy glued to the word before it: "Thủ trưởng các cơ quan cấp tỉnh(Đảng, …)".
GLUED_BRACKET = re.compile(r"(?<=\p{L})\(")
# The plural said before a head's title: "các Giám đốc Sở" are the heads of the departments.
# (before the chairmen of a tier's committees it is theirs alone: "các Chủ tịch UBND huyện,
# thị xã" are the chairmen of "UBND huyện, thị xã")
PLURAL_BEFORE_TITLE = re.compile(r"\b[Cc]ác\s+(Giám đốc|Thủ trưởng|Chủ tịch)\s+"
                                 r"(?=\p{Lu})(?!(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:huyện|quận|thị xã|xã|phường)\b)")
PLURAL_BEFORE_CHAIRMEN = re.compile(r"\b[Cc]ác\s+(?=Chủ tịch\s+(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+"
                                    r"(?:huyện|quận|thị xã|xã|phường)\b)")


def _without_lowercase_runs(piece: str) -> str:
    """A piece of an executing clause without what follows a name after a comma in lower
    case, up to the next body ("Vụ trưởng Vụ Khoa học công nghệ, môi trường …, Thủ trưởng
    các đơn vị thuộc Bộ": the heads of the units still count)."""
    pos = 0
    while cut := NAME_COMMA_END.search(piece, pos):
        resume = NEXT_BODY.search(piece, cut.start())
        if resume and resume.start() == cut.start():
            pos = cut.end()                 # the words after the comma open a body of their own
            continue
        piece = piece[:cut.start()] + (piece[resume.start():] if resume else "")
        pos = cut.start()
    return piece


def _clause_end(text: str, le: int, hi: int) -> int:
    """Where an executing clause that opens on the line ending at ``le`` ends: that line,
    or a later one (within CLAUSE_LINES, none ending in a full stop before it) that holds
    "chịu trách nhiệm thi hành" ("Giám đốc các Sở:" over "Khoa học và Công nghệ, Xây
    dựng; … chịu trách nhiệm thi hành"). ``le`` itself when no such clause follows."""
    ls = text.rfind("\n", 0, le) + 1
    end = le
    for _ in range(CLAUSE_LINES + 1):
        if EXECUTES.search(text, ls, end):
            return end
        if text[ls:end].rstrip().endswith(".") or end >= hi:
            break
        nxt = text.find("\n", end + 1, hi)
        end = hi if nxt < 0 else nxt
    return le


def _clause_start(text: str, start: int) -> int:
    """Where the executing clause begins: a line break inside it (a copy keeps the
    printed lines) leaves its first bodies on earlier lines that end without a full
    stop ("… Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Công an tỉnh;" over "Giám
    đốc các sở: … chịu trách nhiệm thi hành", or a lead-in "Giám đốc các Sở:" over its
    list). A list mark opens the clause's line."""
    line_start = text.rfind("\n", 0, start) + 1
    if _names_alone(text[line_start:start].rstrip().rstrip(".")):
        return line_start                   # a stray stop inside its list: the list began the line
    if text[line_start:start].strip():
        return start                        # it opens after the mark of its own line
    for _ in range(CLAUSE_LINES):
        line_start = text.rfind("\n", 0, max(start - 1, 0)) + 1
        before = text[line_start:start].rstrip()
        if start == 0 or not before or before.endswith(".") or EXECUTION_HEADING.match(before) \
                or BARE_ARTICLE_MARK.fullmatch(before):
            break                           # ("Điều 10. Trách nhiệm thi hành" is the article's title,
                                            # "Điều 3" alone on its line its mark)
        start = line_start
        if ITEM_MARK.match(before).lastgroup:
            break
    return start


def _before_lead_in(lead: str) -> str:
    """The bodies listed before a lead-in that governs a colon: "Chánh Văn phòng Ủy ban
    nhân dân tỉnh, Giám đốc các Sở: …" keeps "Chánh Văn phòng Ủy ban nhân dân tỉnh". The
    lead-in is the last comma-piece opening with a body's head word; its plural tail
    ("Giám đốc các sở, ngành, đơn vị") opens none."""
    pieces = lead.split(",")
    if PLURAL_TITLES.match(pieces[-1].strip()):
        return ",".join(pieces[:-1]).strip()    # "…, Chánh Thanh tra Bộ, các Vụ trưởng: …"
    heads = [i for i, p in enumerate(pieces) if BODY_HEAD.match(p.strip())]
    return ",".join(pieces[:heads[-1]]).strip() if heads else ""


# Heads' titles in the plural before the colon of their list: "các Vụ trưởng", "các Giám đốc".
PLURAL_TITLES = re.compile(r"^(?:các|những)\s+(?:\p{Lu}\p{Ll}*\s+trưởng|Giám đốc|Thủ trưởng|Chủ tịch)$", re.I)
