"""Step 3, a heading's names split into bodies: where the next body of a list opens, the
catch-alls and persons a list ends on ("và các đơn vị liên quan"), and the parts that
name no body of their own."""
from __future__ import annotations

import regex as re

from pipeline.extraction.agencies.patterns import (BODY_HEAD, GENERIC_PLURAL, HEAD_TITLE, _KIND, MEMBER_CLASSES,
                                                   MEMBERS_AFTER_COMMA, NOT_A_BODY, PLURAL, RELATED_COMMITTEES,
                                                   RELATED_TAIL)
from pipeline.extraction.agencies.naming import _folded_known_names, _loose, _numbered


# A class named by where the text lists it, not a body of its own: "Các Sở, Ban, Ngành nêu
# tại Điều 7 Quy định này" (the bodies of that article, each named there).
REFERS_ELSEWHERE = re.compile(r"^(?:[Cc]ác|[Nn]hững)\s.*\s(?:nêu|quy định|nói|có tên)\s+tại\s+(?:Điều|khoản|điểm|[Mm]ục|[Pp]hụ lục)\b")
# "The other …" is a catch-all too: "Các sở, ban, ngành khác".
OTHERS = re.compile(r"^(?:Các|Những)\s.*\skhác$", re.I)
# ... also when more of the kind follows it: "Các cơ quan, đơn vị có liên quan và các cơ sở
# có tên tại Điều 1".
RELATED_THEN_MORE = re.compile(r"^(?:Các|Những)\s.*\s(?:có\s+)?liên quan\s+(?:và|,)\s", re.I)

# Persons joined to a body by "và" end the name: they are not a body
# ("Đoàn đại biểu Quốc hội và đại biểu Quốc hội thành phố" names one body).
PERSONS_TAIL = re.compile(
    # (or heads at large: "… và thủ trưởng các đơn vị", "… và trưởng các đơn vị có liên quan";
    # or a sector named in lower case, no name of the body before it: "Các UBND huyện, thị xã
    # và ngành thủy lợi")
    r"\s+và\s+(?:các\s+)?(?:đại biểu|cán bộ|công chức|viên chức|người|cá nhân|ông|bà|trưởng(?=\s+các\b)"
    r"|ngành(?=\s+\p{Ll}))\b.*$", re.S)
# Separators between several bodies in one heading.
NAME_SPLIT = re.compile(r",\s+và\s+|,\s+|;\s*|\s+và\s+|\s+với\s+"
                        # a head's title after a whole name, its ";" left out ("Giám đốc Sở Tài
                        # chính Chủ tịch Ủy ban nhân dân cấp huyện")
                        r"|\s+(?=(?:Giám đốc|Chủ tịch|Thủ trưởng)\s+(?:các\s+)?(?:Sở|Ủy ban|UBND|cơ quan|Ban|Công an)\b)"
                        # a department's name after another's, run together by a copy ("Sở Nội
                        # vụ Sở Khoa học và Công nghệ chủ trì …": no name holds two "Sở")
                        r"|(?<=(?:^|[,;]\s*)Sở\s+\p{Lu}[^,;]*?)\s+(?=Sở\s+\p{Lu})"
                        # a dash for the list's mark before a tier's committees (no body's name
                        # goes on into one): "…, đoàn thể của tỉnh – Uỷ ban nhân dân các huyện"
                        r"|\s+[-–]\s+(?=(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(?:các|cấp|huyện|quận|thị xã|xã|phường)\b)")
# One office serves both councils: "Văn phòng HĐND và UBND tỉnh" is one body.
JOINT_OFFICE = re.compile(r"[Vv]ăn phòng\s+(?:Đoàn\s+(?:ĐBQH|[Đđ]ại biểu Quốc hội)\s*(?:,|và)\s*)?(?:HĐND|Hội đồng nhân dân)$")
COMMITTEE_NEXT = re.compile(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\b")
# … and the delegation of deputies with the council: "Văn phòng Đoàn Đại biểu Quốc hội và
# Hội đồng nhân dân Thành phố".
DELEGATION_OFFICE = re.compile(r"[Vv]ăn phòng\s+Đoàn\s+(?:ĐBQH|[Đđ]ại biểu Quốc hội)$")
COUNCIL_NEXT = re.compile(r"(?:HĐND|Hội đồng nhân dân)\b")

# The press and broadcasters as a class, however a text calls them: "cơ quan báo chí" (in the
# patterns below), "cơ quan truyền thông", "cơ quan thông tin truyền thông", "… đại chúng".
PRESS = r"cơ quan\s+(?:thông tin\s+)?(?:truyền thông|đại chúng)"
# Classes of bodies that are named members of a heading, not a catch-all:
# "Mặt trận Tổ quốc tỉnh và các tổ chức chính trị - xã hội", "… và các cơ quan báo chí".
# The central agencies based in the province, a member of a list even after a bare comma
# ("Các Sở, ban, ngành, đoàn thể cấp tỉnh, cơ quan ngành dọc đóng trên địa bàn").
BASED_AGENCIES = re.compile(r"cơ quan (?:ngành dọc|[Tt]rung ương)(?:\s+đóng)?\s+trên\s+địa\s+bàn", re.I)
COLLECTIVE = re.compile(
    r"(?:tổ chức chính trị\s*[-–]?\s*xã hội|tổ chức đoàn thể|tổ chức thành viên\s+của|đoàn thể|cơ quan báo chí|" + PRESS + r"|"
    r"cơ quan thông tấn|cơ sở (?:giáo dục|đào tạo|y tế)|" + BASED_AGENCIES.pattern + "|" + MEMBER_CLASSES.pattern
    + r")\b", re.I)
# Socio-political organisations are a member of a list even after a bare comma ("Các sở,
# ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường").
POLITICAL_ORGS = re.compile(r"tổ chức chính trị\s*[-–]?\s*xã hội\b", re.I)
# (but not while more kinds follow them in the same class: "Các sở, ban, ngành, đơn vị, tổ chức
# chính trị - xã hội, hội, đoàn thể" is one)
KINDS_GO_ON = re.compile(r"\s*,\s*(?:hội|đoàn thể|đơn vị|cơ quan|tổ chức)\b")


def _political_orgs_apart(nxt: str) -> bool:
    m = POLITICAL_ORGS.match(nxt)
    return bool(m) and not KINDS_GO_ON.match(nxt, m.end())


# A catch-all list ending a heading: "và các đơn vị liên quan", ", các tổ chức cá nhân…".
CATCH_ALL = re.compile(
    # (or joined by "cùng": "Giám đốc Sở Giao thông cùng các đơn vị có liên quan")
    r"(?:,\s*|\s+và\s+|\s+cùng\s+(?:với\s+)?)(?:các|những)\s+(?!tổ chức chính trị|tổ chức đoàn thể|tổ chức thành viên\s+của|cơ quan báo chí|" + PRESS + r"|"
    # (the province's departments named as a class end the list: "Nội vụ và các sở, ban, ngành")
    # (with more kinds of the province's own, or before a dash that opens the next body:
    # "…, các sở, ban, ngành, đoàn thể của tỉnh – Uỷ ban nhân dân các huyện")
    r"cơ quan thông tấn|đơn vị sự nghiệp|"
    # (nor the central agencies based in the province, a class of their own: "…, các cơ quan
    # Trung ương đóng trên địa bàn, UBND các huyện")
    r"cơ quan\s+(?:ngành dọc\s+)?(?:Trung ương|trung ương|TW)\b|sở,\s*(?:ban,\s*)?ngành(?:,\s*(?:đoàn thể|cơ quan|đơn vị))*"
    r"(?:\s+(?:của\s+|cấp\s+)?tỉnh)?\s*(?:$|[-–]\s)"
    # (businesses or units of a named trade are a body of the list: "Hiệp hội Du lịch và các
    # doanh nghiệp du lịch", "… và các đơn vị chủ rừng"; "các doanh nghiệp trên địa bàn", "các
    # đơn vị chức năng", "… có liên quan" stay a catch-all)
    r"|(?:doanh nghiệp|đơn vị)\s+(?!có\b|liên\b|khác\b|trên\b|thuộc\b|trực\b|tại\b|đang\b|được\b|và\b|chức năng\b|,)\p{Ll})"
    r"(?:tổ chức|cơ quan|đơn vị|cá nhân|ông|bà|địa phương|ngành|sở|"
    r"doanh nghiệp|lực lượng|thành viên|bộ phận|phòng|tập thể)\b.*$"
    # without "các": "Giám đốc Sở Xây dựng và tổ chức, cá nhân có liên quan"
    # (not a kind inside a plural list of kinds: "các cơ quan, tổ chức, đơn vị thuộc …")
    r"|(?!(?<=(?:\bcác\s+|(?:^|,\s*)(?:Thủ trưởng|Người đứng đầu|Lãnh đạo)\s+)(?:cơ quan|đơn vị)),\s*tổ chức\s*,\s*(?:đơn vị|cơ quan)\b)(?:,\s*|\s+và\s+)(?:tổ chức|cá nhân)(?:,\s*(?:tổ chức|cá nhân|cơ quan|đơn vị)\b.*)?$"
    # a kind closed by "liên quan" ends a list of named ones: "Các Sở, ngành, đơn vị liên quan",
    # "…, Ngân hàng Nhà nước khu vực I và đơn vị liên quan"
    # (not a list of kinds alone: "Thủ trưởng cơ quan, đơn vị có liên quan" names no one)
    r"|(?<!\b(?:cơ quan|đơn vị|địa phương|tổ chức))"
    r"(?:,\s*|\s+và\s+)(?:đơn vị|cơ quan|địa phương)(?:\s*,\s*(?:đơn vị|cơ quan|địa phương))*\s+(?:có\s+)?liên quan$"
    # "…, cơ quan hành chính khác": the others, a catch-all
    r"|,\s*(?:các\s+)?(?:cơ quan|đơn vị|tổ chức)\b[^,;]*\skhác$")
# A plural tail joined by "và" and closed by "liên quan" is one catch-all, whatever it
# lists: "… và các Bộ trưởng, Thủ trưởng các cơ quan liên quan".
RELATED_LIST = re.compile(r"\s+và\s+(?:các|những)\s+[^;:]*?\s(?:có\s+)?liên quan\s*$")
# What a cut can leave hanging: "Mặt trận Tổ quốc tỉnh và các" (…tổ chức chính trị - xã hội).
DANGLING = re.compile(r"(?:,|\s+và|\s+với)?\s+(?:các|những)\s*$"
                      # an apposition cut at its verb: "Viện …, cơ quan chủ trì xây dựng"
                      # (not the last of a list of kinds: "Các ban, sở, ngành, đơn vị")
                      r"|(?<!\b(?:ban|sở|ngành|đoàn thể|địa phương)),\s*(?:là\s+)?(?:cơ quan|đơn vị)\s*$"
                      # bare kinds joined last, a catch-all cut at its verb: "Ủy ban nhân dân cấp xã
                      # và cơ quan, đơn vị[, tổ chức khác được giao …]"
                      r"|\s+và\s+(?:cơ quan|đơn vị)(?:\s*,\s*(?:cơ quan|đơn vị))*\s*$"
                      # a joining word left bare by a cut at a catch-all's verb-like head ("các
                      # Sở, ban, ngành và [tổ chức, cá nhân có liên quan]")
                      r"|\s+(?:và|với|cùng)\s*$")

# A Party committee, whose name lists the bodies it leads.
PARTY_COMMITTEE = re.compile(r"(?:Đảng ủy|Đảng uỷ)\b")
# A person named by title and name: "Phó Giám đốc Sở - Hoàng Văn Thuân" heads an item
# of his own tasks; no body is named.
NAMED_PERSON = re.compile(r"^\p{Lu}\p{Ll}*\s*[-–]\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,4}$")
# A title alone names persons, not a body ("các Bộ trưởng", "Thủ trưởng").
TITLE_ONLY = re.compile(
    r"^(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Thủ trưởng|Bộ trưởng|Cục trưởng|Vụ trưởng|"
    r"Trưởng ban|Trưởng phòng|Chánh Văn phòng)"
    # or the head of any body of a kind: "Thủ trưởng cơ quan, đơn vị"
    r"(?:\s+(?:các\s+)?(?:cơ quan|đơn vị|địa phương|tổ chức)(?:\s*,\s*(?:cơ quan|đơn vị|địa phương|tổ chức))*)?$", re.I)


# "Bộ" alone in a list is the ministries as a class, as a central text names them ("Bộ, cơ
# quan ngang bộ, Ủy ban nhân dân các cấp … chịu trách nhiệm thi hành"); no other bare kind is.
MINISTRIES = "Bộ"


# A bare kind "concerned", wherever it is placed: "Cục liên quan thuộc Bảo hiểm Xã hội Việt Nam".
KIND_RELATED = re.compile(r"\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?\s+(?:có\s+)?liên\s+quan\b")


def _not_a_name(part: str) -> bool:
    """A catch-all ("… có liên quan", "Các cơ quan, đơn vị"), a title alone (persons), or
    one bare word ("Giám đốc Sở, Thủ trưởng ban, ngành": "Sở" names no department; the
    readers of pages2026j and k split on it, three "Các sở", three "Sở")."""
    bare = HEAD_TITLE.sub("", part)
    # (the committees of a tier "concerned" are those of its places that the task touches,
    # a body: "Chủ tịch Ủy ban nhân dân các huyện có liên quan")
    related = RELATED_TAIL.search(part) and not RELATED_COMMITTEES.match(bare)
    return bool(related or RELATED_THEN_MORE.match(bare) or KIND_RELATED.match(bare) or GENERIC_PLURAL.match(part)
                or TITLE_ONLY.match(part) or OTHERS.match(part) or len(bare.split()) < 2 and bare != MINISTRIES
                or KIND_ALONE.match(bare) or NAMED_PERSON.match(bare) or REFERS_ELSEWHERE.match(bare))


# A kind of body named by its kind alone, no name after it: "Ngân hàng hướng dẫn quy trình …"
# is whichever bank serves the client, not a body of the plan.
KIND_ALONE = re.compile(r"(?i)^(?:ngân hàng|công ty|doanh nghiệp|cơ quan|đơn vị|tổ chức)$")


def _trim(phrase: str) -> str:
    """A heading's names without what follows the bodies: persons joined by "và", a
    catch-all tail ("và các đơn vị liên quan"), a plural word left hanging by a cut."""
    if RELATED_CLASSES.match(phrase.strip(" ,")):
        return ""                           # "Các Sở, ngành, đơn vị liên quan": a catch-all whole
    phrase = _drop_related(PERSONS_TAIL.sub("", phrase))
    tail = CATCH_ALL.search(phrase)
    after = BODY_AFTER_COMMA.search(phrase, tail.start() + 1) if tail else None
    if after:
        # a catch-all ends at the next named body: "…, các đơn vị có liên quan, UBND các
        # huyện, thành phố, thị xã" keeps the committees
        return ", ".join(t for t in (_trim(phrase[:tail.start()]), _trim(phrase[after.end():])) if t)
    return DANGLING.sub("", CATCH_ALL.sub("", phrase)).strip(" ,-–")
RELATED_CLASSES = re.compile(r"^(?:Các|Những)\s+" + _KIND + r"(?:\s*,\s*(?:các\s+)?" + _KIND + r")*"
                             r"\s+(?:có\s+)?liên quan$", re.I)
# A comma that a named body follows (not a class: "…, Các sở").
BODY_AFTER_COMMA = re.compile(r",\s*(?=(?!Các\s)" + BODY_HEAD.pattern + r")")


def _drop_related(phrase: str) -> str:
    return RELATED_LIST.sub("", phrase)


# A lower-case unit with a description of its own, and a plural class it may follow.
# (or a network named so: "…, Cổng Thông tin điện tử tỉnh và hệ thống truyền thanh cơ sở")
UNIT_AFTER_CLASS = re.compile(r"(?:đơn vị|hệ thống)\s+(?!có\b|liên\b|khác\b|trực thuộc\b)\p{Ll}+\s+\p{Ll}+")
ANY_PLURAL = re.compile(r"(?i)\b(?:các|những)\s")
BARE_KIND = re.compile(r"(?i)^(?:cơ quan|đơn vị|tổ chức|doanh nghiệp)$")
UNIT_OF_TIER = re.compile(r"đơn vị\s+(?:cấp|thuộc|trực thuộc)\b")
CLASS_OF_ITS_OWN = re.compile(r"^(?:(?:Các|Những)\s+\p{Ll}+(?:\s+\p{Ll}+){2,}|Chủ đầu tư\b)")


def _split(phrase: str) -> list[str]:
    """Several bodies in one heading, split only where the next piece opens a name."""
    parts: list[str] = []
    pos = 0
    party = PARTY_COMMITTEE.match(phrase)
    for m in NAME_SPLIT.finditer(phrase):
        nxt = phrase[m.end():]
        if JOINT_OFFICE.search(phrase, pos, m.start()) and COMMITTEE_NEXT.match(nxt) \
                or DELEGATION_OFFICE.search(phrase, pos, m.start()) and COUNCIL_NEXT.match(nxt):
            continue
        if party and not PARTY_COMMITTEE.match(nxt):
            continue        # "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh" is one committee

        plural = PLURAL.match(nxt)
        nxt = nxt[plural.end():] if plural else nxt
        # a class of bodies is a member of its own only when named as such ("và các tổ
        # chức chính trị - xã hội"), not inside a list of tiers ("Các sở, ban, ngành, đoàn thể")
        collective = COLLECTIVE.match(nxt) and (plural or not m.group(0).startswith(",")
                                                or _political_orgs_apart(nxt) or BASED_AGENCIES.match(nxt)
                                                or MEMBERS_AFTER_COMMA.match(nxt))
        # one word alone is a sector in a list, not a body ("các Sở, Ban, ngành")
        # (nor is the pair "Ban ngành" after the plural "các Sở": "các Sở, Ban ngành tỉnh", nor
        # "Mặt trận" among kinds)
        one_word = not plural and not m.group(0).startswith(";") and (len(re.split(r"[,;]", nxt, 1)[0].split()) < 2
                                                                    or SECTORS_PAIR.match(nxt))
        # (a plural kind in lower case opens a body too: "Sở Nội vụ và các sở, ban, ngành")
        opens = BODY_HEAD.match(nxt) or (plural and BODY_HEAD.match(nxt[:1].upper() + nxt[1:])) \
            or LOWER_HEAD_TITLE.match(nxt) or (m.group(0).startswith(";") and LOWER_TITLE.match(nxt))
        # (so does the kind of the name before said again: "Cơ quan Tòa án, cơ quan Thi hành
        # án", "Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ")
        opens = opens or _kind_again(phrase[pos:m.start()], nxt)
        # (and a unit described in lower case after a class or a body: "Các cơ sở sản xuất,
        # kinh doanh và đơn vị thực hiện dịch vụ vệ sinh")
        opens = opens or _unit_after(phrase[pos:m.start()], nxt)
        # (a unit of its own kind, plural, joined by "và": "Chủ tịch UBND các huyện, thị xã và
        # các đơn vị chủ rừng trên địa bàn tỉnh")
        opens = opens or (plural and m.group(0).strip() == "và" and bool(UNIT_AFTER_CLASS.match(nxt))
                          and not UNIT_OF_TIER.match(nxt))
        # (nor does the last of a plural list of kinds, the place it names being all of theirs:
        # "Các Trường đại học, Viện, Học viện thuộc Bộ")
        head = phrase[pos:m.start()]
        title = HEAD_TITLE.match(head)
        shared_place = PLURAL_KINDS.match(head[title.end():] if title else head) and KIND_THEN_PLACE.match(nxt)
        if (opens and not NOT_A_BODY.match(nxt) and not one_word and not shared_place) or collective:
            parts.append(phrase[pos:m.start()])
            pos = m.end()
    parts.append(phrase[pos:])
    parts = [q for p in parts for q in _departments_apart(ADDRESS_AFTER.sub("", p))]
    parts = _ministers_as_ministries(_shared_tier([p.strip(" ,-–") for p in parts if p.strip(" ,-–")]))
    return [q for p in parts for q in _numbered(p[0].upper() + p[1:])]


# A department named, then others by their bare names: "Giám đốc Sở Xây dựng, Tài chính".
DEPARTMENT_THEN_BARE = re.compile(r"^(?P<head>(?:Giám đốc\s+)?)Sở\s+(?P<first>[^,]+)(?P<rest>(?:,\s*[^,]+)+)$")


def _departments_apart(part: str) -> list[str]:
    """The departments of "Sở Xây dựng, Tài chính" (each a department the names table knows
    once "Sở" is said again), or the part as it is."""
    m = DEPARTMENT_THEN_BARE.match(part)
    if not m or _loose(part) in _folded_known_names():
        return [part]
    names = [f"Sở {m['first'].strip()}"] + [f"Sở {p.strip()}" for p in m["rest"].split(",")[1:]]
    if not all(_loose(n) in _folded_known_names() for n in names):
        return [part]
    return [m["head"] + n for n in names]


# The address of the next persons, where a clause left out its comma: "…, Sở Thủy lợi các ông
# Chủ tịch UBND huyện …" ends "Sở Thủy lợi".
ADDRESS_AFTER = re.compile(r"\s+(?:các\s+)?(?:ông|bà)(?:\s*[(/,]?\s*bà\)?)?$", re.I)


# The Government's formula names the ministers by their bare title before the heads of the
# other central bodies: "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc
# Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh …" gives duties to the ministries.
MINISTRY_PEERS = re.compile(r"(?:Thủ trưởng\s+)?(?:các\s+)?cơ quan ngang bộ\b", re.I)


def _ministers_as_ministries(parts: list[str]) -> list[str]:
    return ["Các Bộ trưởng" if part == "Bộ trưởng" and nxt is not None and MINISTRY_PEERS.match(nxt) else part
            for part, nxt in zip(parts, parts[1:] + [None])]


# A plural list of kinds of body in capitals, up to three words each ("Các Trường đại học,
# Viện"), and the last kind with the place of them all ("Học viện thuộc Bộ").
PLURAL_KINDS = re.compile(r"\s*(?:[Cc]ác|[Nn]hững)\s+\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,2}(?:\s*,\s*\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,2})*$")
KIND_THEN_PLACE = re.compile(r"\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,2}\s+(?:trực\s+)?thuộc\s")
# "Ban ngành" as one word for the sectors, not a body's name; "Mặt trận" among kinds ("các sở,
# ban, ngành, Mặt trận, đoàn thể cấp tỉnh"), not the Front by its name.
SECTORS_PAIR = re.compile(r"[Bb]an\s+ngành\b|Mặt trận\s*,\s*(?:đoàn thể|hội)\b")
# A head's title in lower case before a body or a class of them: "thủ trưởng các sở, ban ngành".
# (or before the class it heads: "…, thủ trưởng cơ quan thuộc UBND tỉnh")
LOWER_HEAD_TITLE = re.compile(r"(?:thủ trưởng|giám đốc|chủ tịch)\s+(?=các\s+\p{L}|\p{Lu}|(?:cơ quan|đơn vị)\s)")
# ... and after a semicolon, before any body ("…; thủ trưởng cơ quan, ban ngành thành phố; …").
LOWER_TITLE = re.compile(r"(?:thủ trưởng|giám đốc|chủ tịch)\s")


def _unit_after(before: str, nxt: str) -> bool:
    """``nxt`` is a unit described in lower case after a class of its own ("Các chủ đầu tư,
    đơn vị điều hành dự án") or after one body named ("Ủy ban nhân dân cấp huyện, đơn vị
    quản lý khu du lịch"), not a sector in a list ("Các sở, ban, ngành, đơn vị cấp tỉnh")."""
    if not UNIT_AFTER_CLASS.match(nxt) or GENERIC_PLURAL.match(before):
        return False
    if CLASS_OF_ITS_OWN.match(before):
        return True
    return bool(BODY_HEAD.match(before)) and not ANY_PLURAL.search(before) and not BARE_KIND.match(before) \
        and not UNIT_OF_TIER.match(nxt)


# The others of a kind, one class with the kind before them: "Các cơ quan chuyên môn, cơ
# quan hành chính khác thuộc Ủy ban nhân dân Thành phố".
OTHERS_OF_KIND = re.compile(r"[^,;]*\skhác\b")


def _kind_again(before: str, nxt: str) -> bool:
    """``nxt`` opens with the kind of the name ``before`` it (its head's title set aside),
    in lower case, and that name says more than its kind."""
    name = HEAD_TITLE.sub("", before).strip()
    kind = BODY_HEAD.match(name[:1].upper() + name[1:])
    # (a plural kind is said again without its "các": "Các cơ sở giáo dục đại học, cơ sở
    # giáo dục nghề nghiệp")
    said = PLURAL.sub("", kind.group(0).lower(), count=1) if kind else ""
    return bool(kind) and len(name.split()) > len(kind.group(0).split()) and \
        re.match(re.escape(said) + r"\s+(?!có\b|liên\b|khác\b)\S", nxt) is not None \
        and not OTHERS_OF_KIND.match(nxt)


# A people's council or committee named bare before its partner with a tier: "Hội đồng nhân
# dân, Ủy ban nhân dân các xã, phường và đặc khu" are the councils and committees of the
# communes; each takes the tier.
COUNCIL = re.compile(r"^(?:Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|UBND)(?:\s+(?P<tier>\S.*))?$")


# So are a district's units named before the last, which carries their tier: "Trung tâm Y
# tế, Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố" are those of every district.
DISTRICT_UNIT = re.compile(r"^(?:Trung tâm|Phòng)\s")
DISTRICT_TIER = re.compile(r"\s(?P<tier>các\s+(?:huyện|quận|thị xã)(?:\s*,\s*(?:huyện|quận|thị xã|thành phố))*)$")


def _shared_tier(parts: list[str]) -> list[str]:
    out = list(parts)
    for i in range(len(out) - 1):
        bare, nxt = COUNCIL.match(out[i]), COUNCIL.match(out[i + 1])
        # (a tier of many: one named place is named for the partner alone, as the text has it)
        if bare and not bare["tier"] and nxt and nxt["tier"] and nxt["tier"].startswith("các "):
            out[i] = f"{out[i]} {nxt['tier']}"
    for i in range(len(out) - 2, -1, -1):
        tier = DISTRICT_TIER.search(out[i + 1])
        if tier and DISTRICT_UNIT.match(out[i]) and DISTRICT_UNIT.match(out[i + 1]) \
                and not re.search(r"\s(?:tỉnh|thành phố|huyện|quận|xã)\b", out[i]):
            out[i] = f"{out[i]} {tier['tier']}"
    return out
