"""Step 3, the bodies a heading or a sentence names, read from where their names begin
(past a lead-in, an opening circumstance, a head's title) to where they end; the
investor a text defines; the classes an article for duties names in lower case."""
from __future__ import annotations

import regex as re

from pipeline.extraction.structure import ITEM_MARK
from pipeline.extraction.agencies.patterns import (ARTICLE_TITLE, BODY_HEAD, CLASS_ARTICLE, DUTY_AFTER_COLON,
                                                   HEAD_TITLE, LEAD_IN, NOT_A_BODY, PLURAL, RELATED_AFTER,
                                                   RELATED_TAIL, ROLE_IN_BRACKETS)
from pipeline.extraction.agencies.naming import normalise
from pipeline.extraction.agencies.name_parts import LOWER_HEAD_TITLE, _not_a_name, _split, _trim
from pipeline.extraction.agencies.name_ends import _capped, _name_end
from pipeline.extraction.agencies.kind_lists import (BARE_TITLE, _kind_listed, _kind_listed_last, _kind_listed_next,
                                                     LISTED_KIND, LISTED_TIER, _places, _share_kind)


# A body that asks others to act: what follows names them (and so does a notice's closing:
# "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Điện Biên … biết, thực hiện").
ASKS_OTHERS = re.compile(r"\s+(?:(?:yêu cầu|đề nghị)\s+(?=\p{Lu}|các\s+(?:[Đđ]ồng chí\b|\p{Lu}))"
                         # (or assigns them: "Ủy ban nhân dân tỉnh giao Sở Xây dựng chủ trì …")
                         r"|giao(?:\s+cho)?\s+(?=\p{Lu}|các\s+\p{L}|cơ quan\s)"
                         r"|(?:xin\s+)?thông báo\s+(?:để|cho|đến)\s+)")
# "và" or a comma after a catch-all closed by "liên quan", before a body of its own.
RELATED_THEN_BODY = re.compile(r"\s*((?:có\s+)?liên quan)?(?:\s+và|\s*,)\s+")
# Bodies given a duty, then others asked to act with them: "và đề nghị Giám đốc Ngân hàng …".
ALSO_ASKED = re.compile(r"(?:\s+và|(?<=\svà))\s+(?:đề nghị|yêu cầu)\s+(?=\p{Lu}|các\s+\p{Lu})")
TRAILING_AND = re.compile(r"\s+và$")
GROUP_OF_TIERS = re.compile(r"(?:các|những)\s+\p{Lu}")
PERSONS_FIRST = re.compile(r"(?:Thủ trưởng|Người đứng đầu|Lãnh đạo|Cán bộ|Công chức|Viên chức)\b")
# What a class's own article adds after its name: "… các cơ quan, đơn vị trong quản lý, sử dụng …".
CLASS_STOP = re.compile(r"\s(?:trong|khi)\s")
# What may open a list of bodies in brackets: "(gồm các Sở: …)", "(bao gồm: …)".
BRACKET_LEAD = re.compile(r"\s*(?:bao gồm|gồm|là)\s*:?\s*", re.I)
# How far a class's description may run before the brackets listing its members.
BRACKET_REACH = 80
# A circumstance opening an item before its bodies: "2. Căn cứ nội dung Kế hoạch và tình
# hình thực tiễn, các sở, ngành và Ủy ban nhân dân các xã, phường … có trách nhiệm …".
# ("Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan … phản ánh" names everyone).
CIRCUMSTANCE = re.compile(r"(?:Căn cứ|Trên cơ sở|(?P<time>Định kỳ|Hằng năm|Hàng năm))\b")
CIRCUMSTANCE_CHARS = 240
# A time is a circumstance when a comma soon closes it ("Định kỳ 6 tháng, hằng năm, Sở …");
# "Hàng năm lập dự toán …, gửi Sở Tài chính thẩm định, Ủy ban nhân dân tỉnh phê duyệt"
# is a task that opens with its time, and the bodies after its commas are partners.
TIME_CLOSED = re.compile(r"(?:\s+[^\s,;.]+){0,4}\s*,")
PARTNERS_BEFORE = re.compile(r"\b(?:phối hợp|chủ trì|phải|báo cáo)\b", re.I)

# A class a heading may define by the bodies in brackets after it: a plural, or the investor
# ("Chủ đầu tư cảng cạn (Công ty Cổ phần Cảng Thạnh Phước) thực hiện …").
CLASS_HEAD = re.compile(PLURAL.pattern + r"|chủ đầu tư\b")


def _lines(text: str, lo: int, hi: int):
    pos = lo
    while pos < hi:
        end = text.find("\n", pos, hi)
        end = hi if end < 0 else end
        if text[pos:end].strip():
            yield pos, end
        pos = end + 1


def _names(text: str, start: int, end: int, item: bool = False) -> tuple[list[tuple[str, str]], int]:
    """Bodies named at ``text[start:]`` and where the rest of the line begins. An
    ``item`` of a duties part may name them after an opening circumstance. A body that
    asks others to act names them: "Bộ Xây dựng yêu cầu Thủ trưởng các cơ quan …" gives
    the duty to those it asks (here a catch-all: none)."""
    names, tail = _named_at(text, start, end, item)
    beyond = RELATED_THEN_BODY.match(text, tail, end)
    if beyond and (beyond.group(1) or text[max(start, tail - 9):tail].endswith("liên quan")) \
            and BODY_HEAD.match(text, beyond.end(), end):
        # a catch-all closed by "liên quan", then a body: "các Sở, ban, ngành, đoàn thể có liên
        # quan và Ủy ban nhân dân các huyện, thị xã, thành phố xây dựng …" gives the committees
        more, tail = _named_at(text, beyond.end(), end, item)
        names = names + more
    also = ALSO_ASKED.match(text, tail, end) if names else None
    if also:
        # "giao giám đốc các sở; … và đề nghị Giám đốc Ngân hàng …": given a duty and asked, both
        more, tail = _named_at(text, also.end(), end)
        names = [(TRAILING_AND.sub("", raw), TRAILING_AND.sub("", name)) for raw, name in names]
        return names + more, tail
    asks = ASKS_OTHERS.match(text, tail, end) if names else None
    return _named_at(text, asks.end(), end) if asks else (names, tail)


# A short form in brackets inside a name, before the rest of it: "(BHXH) tỉnh", "(Sở VHTTDL),".
SHORT_FORM = re.compile(r"\s\(\p{Lu}[\p{Lu}\d&\-]{1,11}\)(?=\s+\p{Ll})")


# What a class leaves out, in brackets after it: "(trừ …)", "(không bao gồm …)".
EXCEPTED = re.compile(r"\s\((?:trừ|ngoại trừ|không bao gồm|không kể)\s[^()\n]{2,160}\)")


# A department's kind in small letters before its name, after its head's title: "Giám đốc
# sở Xây dựng" is "Giám đốc Sở Xây dựng", not a title over a lone "sở".
LOWER_SO_NAMED = re.compile(r"(?<=(?:Giám đốc|Thủ trưởng)\s+)s(?=ở\s+\p{Lu})")


# A head's title before a colon and the bodies it heads: "Giám đốc: Sở …, Sở …".
TITLE_THEN_COLON = re.compile(r"^(?:Phó\s+)?(?:Giám đốc|Thủ trưởng|Chủ tịch)\s*:\s*")


# A heading that lists kinds down to individuals names persons at large, no body.
PERSONS_AT_LARGE = re.compile(r"^[^:;]*,\s*cá nhân$")
# Organisations and individuals of a kind are the public, no body: "Điều 11. Trách nhiệm của các
# tổ chức, cá nhân sử dụng điện".
PUBLIC_AT_LARGE = re.compile(r"^(?:Các\s+|Những\s+)?tổ chức\s*(?:,|và)\s*cá nhân\b", re.I)


def _named_at(text: str, start: int, end: int, item: bool = False) -> tuple[list[tuple[str, str]], int]:
    head, offset = _heading_words(text, start, end, item)
    role = INVESTOR_ROLE.match(head)
    if role and (investor := _defined_investor(text)):
        # "1. Trách nhiệm của nhà đầu tư", "Đề nghị Chủ đầu tư tổ chức khảo sát …": the
        # business the document names as the project's investor
        return [(INVESTOR_WORDS.search(head, 0, role.end()).group(0), investor)], start + offset + role.end()
    tiered = LISTED_TIER.match(head)
    if tiered and (places := _places(head[tiered.end():])):
        # "UBND các xã: Hải Tiến, Giao Minh, …, Kim Đông" heads an item of each commune (the
        # shared gold README: a heading that names several bodies gives one entry each; three
        # real readings of two plans keep such a heading whole, one names the tier's class)
        names = [(f"{tiered['head']} {tiered['tier']} {p}", normalise(f"Ủy ban nhân dân {tiered['tier']} {p}"))
                 for p, _ in places]
        return names, start + offset + tiered.end() + places[-1][1]
    # "Các sở, ngành: Tài chính, Nội vụ, Giáo dục và Đào tạo" heads an item of three Sở
    names, cut = _kind_listed(head)
    if names:
        return names, start + offset + cut
    if not BODY_HEAD.match(head) or NOT_A_BODY.match(head):
        return [], start
    if ":" in head and PERSONS_AT_LARGE.match(head.split(":", 1)[0].strip()):
        return [], start        # "Doanh nghiệp, cộng đồng, tổ chức, cá nhân: …": persons at large
    cut, max_words = _name_end(head)
    # each ";"-separated piece is trimmed apart: a catch-all tail ends its own piece,
    # not the bodies after it ("…, các đơn vị trực thuộc; Chủ tịch Ủy ban nhân dân các xã")
    phrase = "; ".join(t for t in (_trim(p) for p in head[:cut].split(";")) if t)
    parts = _split(phrase)
    if parts and RELATED_AFTER.match(head, cut) and re.match(r"(?i)(?:" + BARE_TITLE.pattern + r"\s+)?các\s", parts[-1]) \
            and head[:cut].rstrip(" ,").endswith(parts[-1]):
        parts = parts[:-1]                  # "(Thủ trưởng) các sở, ban, ngành, địa phương có liên quan": a catch-all
    a_class = len(parts) == 1 and bool(CLASS_HEAD.match(parts[0].casefold()))
    listed = _bracketed_bodies(head, cut) if a_class else []
    if listed:
        # a class defined by the bodies in brackets after it: "Các cơ quan đăng ký đầu tư
        # (Sở Tài chính, Ban quản lý Khu kinh tế …)" names those bodies
        return listed, start + offset + head.find(")", head.find("(", cut)) + 1
    members, members_end = _members_after_colon(head, cut) if a_class else ([], 0)
    if members:
        # … and so does a class whose colon lists its members before their duty: "Các cơ
        # quan báo chí của tỉnh: Báo Lào Cai, Đài Phát thanh - Truyền hình tỉnh tăng cường …"
        return members, start + offset + members_end
    # "UBND các huyện; các sở: Xây dựng, Công Thương …": the Sở after the ";" too
    kind_listed, cut = _kind_listed_next(head, cut)
    if not kind_listed and (shared := _kind_listed_last(head, cut)):
        # … and after a comma: "Công an Thành phố, các Sở: Tài chính, Tư pháp, UBND các
        # quận … căn cứ chức năng …" (the plural kind is no body of its own)
        kind_listed, cut = shared
        parts = parts[:-1]
    return _part_names(parts, max_words) + kind_listed, start + offset + cut


# The investor by its role, and where a decision or letter says who it is: "1. Nhà đầu tư" over
# "Tên doanh nghiệp: Công ty Cổ phần …", "- Chủ đầu tư: Ban Quản lý dự án đầu tư xây dựng xã …".
# (the role alone, then its duty or the heading's end: not "Chủ đầu tư cảng cạn (Công ty …)")
INVESTOR_ROLE = re.compile(r"(?:(?:Trách nhiệm|Nhiệm vụ) của\s+)?(?:[Cc]hủ|[Nn]hà) đầu tư(?: dự án)?"
                           r"(?=[ \t]*(?:$|[\n:;,.]|[-–]\s)|\s+(?:có|chịu|phải|thực hiện|tổ chức|triển khai|khẩn trương|"
                           r"chủ động|cập nhật|hoàn thiện|báo cáo|phối hợp|lập|rà soát)\b)")
INVESTOR_WORDS = re.compile(r"(?:[Cc]hủ|[Nn]hà) đầu tư(?: dự án)?")
INVESTOR_DEFINED = re.compile(r"(?m)^[ \t\-+*•]*(?:\d+\.[ \t]*)?(?:Chủ|Nhà) đầu tư(?: dự án)?[ \t]*"
                              r"(?::[ \t]*|\n[ \t\-+*•]*Tên (?:doanh nghiệp|nhà đầu tư|tổ chức|đơn vị)[ \t]*:[ \t]*)(?=\p{Lu})")
# (names are read hundreds of times a text: the investor is looked up once for the text last read)
_investors: dict = {"text": None, "name": ""}


def _defined_investor(text: str) -> str:
    """The one body the text defines as the project's investor, or '' (none, or several)."""
    if _investors["text"] is not text:
        found = set()
        for m in INVESTOR_DEFINED.finditer(text):
            line_end = text.find("\n", m.end())
            names, _ = _named_at(text, m.end(), len(text) if line_end < 0 else line_end)
            found |= {name for _, name in names[:1]}
        _investors.update(text=text, name=found.pop() if len(found) == 1 else "")
    return _investors["name"]


def _heading_words(text: str, start: int, end: int, item: bool) -> tuple[str, int]:
    """The words of a heading from where its bodies' names begin, marks blanked, and
    their offset from ``start``: past a lead-in ("Giao", "Đề nghị"), an item's
    circumstance, or a head's title over the bodies it lists."""
    head = text[start:end].replace("*", " ").replace("_", " ")
    # (a name's short form in brackets is no end of it: "Bảo hiểm xã hội (BHXH) tỉnh")
    head = SHORT_FORM.sub(lambda m: " " * len(m.group(0)), head)
    # (nor is a role in brackets: roles.apposed_role reads it)
    head = ROLE_IN_BRACKETS.sub(lambda m: " " * len(m.group(0)), head)
    # (nor is an exception in brackets: "các cơ quan chuyên môn, đơn vị sự nghiệp công lập
    # (trừ đơn vị … tự đảm bảo chi thường xuyên), tổ chức hành chính khác …")
    head = EXCEPTED.sub(lambda m: " " * len(m.group(0)), head)
    head = LOWER_SO_NAMED.sub("S", head)
    if head.startswith(("các ", "cơ quan ")) or LOWER_HEAD_TITLE.match(head):
        # the asked, after "yêu cầu" or "giao": "… các Sở, ngành tổ chức …", "… giám đốc các sở; …"
        head = head[0].upper() + head[1:]
    lead = LEAD_IN.match(head)
    offset = lead.start("rest") if lead else (_after_circumstance(head) if item else 0)
    if offset:
        head = head[offset:]
        head = head[0].upper() + head[1:]
    colon = TITLE_THEN_COLON.match(head)
    if colon and BODY_HEAD.match(head, colon.end()):
        # "Giao Giám đốc: Sở Văn hóa, …, Sở Thông tin và Truyền thông phối hợp …": the heads
        # of the bodies listed after the colon
        offset += colon.end()
        head = head[colon.end():]
    titled = HEAD_TITLE.match(head)
    if titled and LISTED_KIND.match(head[titled.end():][:1].upper() + head[titled.end() + 1:]):
        # "Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo …": the heads of the Bộ listed
        offset += titled.end()
        head = head[titled.end():]
        head = head[0].upper() + head[1:]
    return _before_restated_subject(head), offset


# Words that join a body named again to the heading it stands in ("… phối hợp với Sở Y tế").
JOINS_A_NAME = re.compile(r"(?:và|với|của|cho|cùng|hoặc|thuộc|tại|[,;:(])$")
RESTATED_WORDS = 3


def _before_restated_subject(head: str) -> str:
    """A heading cut where a flattened copy ran its item's first sentence on after it, that
    sentence opening with the heading's first body again: "Sở Văn hóa, Thể thao và Du lịch
    và các cơ quan truyền thông Sở Văn hóa, Thể thao và Du lịch quản lý về …" heads with
    the words before the repeat. A repeat joined by a word ("… phối hợp với Sở Văn hóa, Thể
    thao và Du lịch") or a mark, or after a capital ("Văn phòng đăng ký đất đai, Chi nhánh
    Văn phòng đăng ký đất đai"), is part of the heading."""
    words = head.split()
    # (most headings name their first body once: no pattern is built for them)
    if len(words) < 2 * RESTATED_WORDS or words.count(words[0]) < 2 or not BODY_HEAD.match(head):
        return head
    opening = re.compile(r"\s" + r"\s+".join(map(re.escape, words[:RESTATED_WORDS])) + r"(?=\s)")
    for m in opening.finditer(head, 1):
        before = head[:m.start()].rstrip()
        # (the name before ends in small words, "… truyền thông"; a capital among them is a
        # unit's own name the body's goes on, "Chi nhánh Văn phòng đăng ký đất đai")
        if not JOINS_A_NAME.search(before) and all(w[:1].islower() for w in before.split()[-2:]):
            return head[:m.start()]
    return head


def _part_names(parts: list[str], max_words: int) -> list[tuple[str, str]]:
    """(raw, normalised) for each body of a heading's parts: catch-alls and persons
    left out, a plural kind shared by the bare names after it ("các sở GĐ&ĐT, Y tế")."""
    names = []
    for part in parts:
        if _not_a_name(part):
            continue                        # a catch-all or persons, not a body
        if kinds := KINDS_NAMED.match(part):
            # "các sở GĐ&ĐT, LĐ-TB&XH, Y tế": a Sở each
            shared = _share_kind(part[kinds.end():], kinds["noun"].capitalize())
            names += [(p, normalise(p)) for p in _split(shared) if BODY_HEAD.match(p) and not _not_a_name(p)]
            continue
        raw = " ".join(_capped(part, max_words).split())
        names.append((raw, normalise(raw)))
    return names


# The plural kind before the bare names it shares, with no colon: "các sở GĐ&ĐT, LĐ-TB&XH, Y tế".
KINDS_NAMED = re.compile(r"^[Cc]ác\s+(?P<noun>[Ss]ở|[Bb]ộ)\s+(?=\p{Lu}[^;,]*,\s*\p{Lu})")


def _members_after_colon(head: str, cut: int) -> tuple[list[tuple[str, str]], int]:
    """Two bodies or more named in a list right after the class's colon at ``head[cut]``,
    and where the list ends; none where a duty follows the colon or a single body opens its
    own sentence ("Các sở, ngành: Sở Tài chính chủ trì …")."""
    if head[cut:cut + 1] != ":":
        return [], 0
    at = cut + 1 + len(head[cut + 1:]) - len(head[cut + 1:].lstrip())
    if not BODY_HEAD.match(head, at) or re.match(DUTY_AFTER_COLON, head[at:]):
        return [], 0
    names, end = _names(head, at, len(head))
    return (names, end) if len(names) >= 2 else ([], 0)


# Brackets that give a class examples, not its members: "(VNPT, Viettel, MobiFone và doanh
# nghiệp khác)", "(Sở Y tế, Sở Giáo dục và Đào tạo, v.v.)".
EXAMPLES_ONLY = re.compile(r"\bkhác$|\bv\.v\.?$|(?:…|\.\.\.)$")


def _bracketed_bodies(head: str, cut: int) -> list[tuple[str, str]]:
    """Bodies listed in the brackets that open at ``head[cut]`` ("(Sở Tài chính, Ban …)",
    "(gồm các Sở: Xây dựng, Công Thương)"), or none."""
    opening = head.find("(", cut)
    close = head.find(")", opening)
    if opening < 0 or close < 0:
        return []
    if opening > cut:
        # the class's description may run on to its brackets ("Các cơ quan tham mưu quản
        # lý ngành, lĩnh vực (gồm các Sở: Xây dựng, …)") when they say they list members
        between = head[cut:opening]
        if len(between) > BRACKET_REACH or re.search(r"[.;:]", between) \
                or not BRACKET_LEAD.match(head, opening + 1, close):
            return []
    inner = BRACKET_LEAD.sub("", head[opening + 1:close]).strip()
    if not inner or EXAMPLES_ONLY.search(inner):
        return []
    inner = inner[0].upper() + inner[1:]
    names, _ = _names(inner, 0, len(inner))
    return names


# An item titled for the duties it gives, run into its first sentence by a copy: "3. Tổ chức
# thực hiện Thủ trưởng các sở, ban, ngành …; Chủ tịch Ủy ban nhân dân các xã …".
RUN_IN_DUTIES_TITLE = re.compile(r"(?:Tổ chức thực hiện|Tổ chức triển khai|Phân công (?:nhiệm vụ|thực hiện|trách nhiệm)|"
                                 r"Trách nhiệm thực hiện)\s+(?=(?:" + BODY_HEAD.pattern + r")\s)")


def _after_circumstance(head: str) -> int:
    """Where the bodies start after an opening circumstance: "Căn cứ nội dung Kế hoạch và
    tình hình thực tiễn, các sở, ngành … có trách nhiệm …" (0 when none opens the line,
    or no body follows any of its commas)."""
    run_in = RUN_IN_DUTIES_TITLE.match(head)
    if run_in:
        return run_in.end()     # a copy ran the item's title into its first sentence
    opening = CIRCUMSTANCE.match(head)
    if not opening or (opening["time"] and not TIME_CLOSED.match(head, opening.end())):
        return 0
    for comma in re.finditer(r",\s*", head[:CIRCUMSTANCE_CHARS]):
        if PARTNERS_BEFORE.search(head, 0, comma.start()):
            return 0            # the duty has begun: "Hằng năm, phối hợp với Sở …, Trung tâm …"
        rest = head[comma.end():]
        # (not the circumstance's own catch-all: "Trên cơ sở đề nghị của các Bộ, cơ quan liên
        # quan, Bộ Tài chính khẩn trương …")
        if rest and BODY_HEAD.match(rest[0].upper() + rest[1:]) and not NOT_A_BODY.match(rest) \
                and not RELATED_TAIL.search(rest.split(",", 1)[0]):
            return comma.end()
    return 0


def _class_heading(text: str, start: int, end: int) -> tuple[list[tuple[str, str]], int]:
    """Inside a duties part, an article for classes named in lower case: "Điều 10. Trách
    nhiệm của các sở, cơ quan thuộc Ủy ban nhân dân tỉnh, Ủy ban nhân dân các xã, phường",
    "Điều 11. Trách nhiệm của cơ quan, tổ chức đặt hàng tư vấn" (catch-alls and persons
    at large name none)."""
    title = ARTICLE_TITLE.match(text[start:end].replace("*", " ").strip())
    names = _class_named(text, title["rest"], end) if title else []
    return (names, end) if names else ([], start)


def _class_named(text: str, heading: str, end: int) -> list[tuple[str, str]]:
    """The classes a heading of duties names in lower case ("Trách nhiệm của các sở, ban,
    ngành"), or none; ``end`` is where the heading ends in ``text``."""
    m = CLASS_ARTICLE.match(heading)
    # (not a group of tiers whose items name the bodies: "Trách nhiệm của các Sở, ngành" >
    # "1. Sở Y tế …"; a group whose clauses are its duties is one: "Điều 7. Trách nhiệm của
    # các Sở, ban, ngành cấp tỉnh" > "1. Phối hợp với Văn phòng …")
    if not m or GROUP_OF_TIERS.match(m["kind"]) and _first_clause_names(text, end):
        return []
    phrase = m["kind"][:1].upper() + m["kind"][1:]
    if KINDS_BY_TASK.fullmatch(phrase.strip()) or KIND_BY_FUNCTION.fullmatch(phrase.strip()):
        return [(phrase.strip(), normalise(phrase.strip()))]
    if not BODY_HEAD.match(phrase) or HEAD_TITLE.match(phrase) or PERSONS_FIRST.match(phrase) \
            or PUBLIC_AT_LARGE.match(phrase):
        return []                   # persons at large or by title: "tổ chức, cá nhân …", "thủ trưởng, …"
    stop = CLASS_STOP.search(phrase)
    phrase = _trim(phrase[:stop.start()] if stop else phrase)
    return [(p, normalise(p)) for p in _split(phrase) if BODY_HEAD.match(p) and not _not_a_name(p)
            and not NOT_A_BODY.match(p)]


# One kind of body named by its function, the whole subject of an article for its duties:
# "Điều 18. Quyền và nghĩa vụ của đơn vị thoát nước" (a few words, no list).
KIND_BY_FUNCTION = re.compile(r"(?:Đơn vị|Cơ quan|Doanh nghiệp)(?:\s+\p{Ll}+){1,5}")


# Kinds of bodies named together by the task they carry out, one class: "đơn vị, tổ chức thực
# hiện nhiệm vụ bồi thường, giải phóng mặt bằng" (its commas part no bodies).
KINDS_BY_TASK = re.compile(r"(?:Đơn vị|Tổ chức|Cơ quan)(?:\s*,\s*(?:đơn vị|tổ chức|cơ quan))+\s+"
                           r"(?:thực hiện|làm)\s+(?:nhiệm vụ|công tác)\s+\p{Ll}[\p{Ll}\s,]{2,120}")


def _first_clause_names(text: str, at: int) -> bool:
    """The first line after ``at`` opens, after its mark, with a body's name."""
    line = next(iter(_lines(text, at, min(len(text), at + 2000))), None)
    if line is None:
        return False
    ls, le = line
    mark = ITEM_MARK.match(text[ls:le])
    return bool(_names(text, ls + mark.end(), le, item=True)[0])
