"""Step 3, bodies listed by their kind: the Sở after "Các sở, ngành:", a tier's places
after its colon ("UBND các xã: Hải Tiến, Giao Minh"), sectors after "Các ngành"; the
kind shared out to the bare names after it."""
from __future__ import annotations

import regex as re

from pipeline.extraction.agencies.patterns import BODY_HEAD, DUTY_AFTER_COLON
from pipeline.extraction.agencies.naming import _known_name_spans, normalise
from pipeline.extraction.agencies.name_parts import _not_a_name, _split, _trim
from pipeline.extraction.agencies.name_ends import NAME_STOP


# An item heading that lists departments by their bare names after a colon: "Các sở,
# ngành: Tài chính, Nội vụ, Giáo dục và Đào tạo", before their duties.
# A committee of a tier whose places follow a colon: "UBND các xã: Hải Tiến, Giao Minh".
LISTED_TIER = re.compile(r"^(?P<head>Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+các\s+(?P<tier>xã|phường|huyện|quận|thị xã)\s*:\s*")
PLACE = re.compile(r"\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}")
# The list of places ends at a mark or a word in lower case other than "và".
PLACE_LIST_STOP = re.compile(r"[.;:()\n]|\s(?!và\s)\p{Ll}")
LISTED_KIND = re.compile(r"^(?:Các\s+)?(?P<noun>[Ss]ở|[Bb]ộ|[Tt]ập đoàn)(?:\s*,\s*(?:[Bb]an|[Nn]gành|đơn vị|cơ quan)){0,3}"
                         r"\s*:(?!" + DUTY_AFTER_COLON + r")\s*(?=\p{Lu})")

# A head's title left bare in a list ("…, Thủ trưởng , các đơn vị"): no body of the kind.
BARE_TITLE = re.compile(r"(?:Thủ trưởng|Chủ tịch|Giám đốc|Phó|Trưởng|Chánh|Bộ trưởng|Người đứng đầu)\b")
# Where an item of a list shared by one kind starts: the start, or after "," or "và".
KIND_ITEM = re.compile(r"(?:^\s*|,\s*|\s+và\s+)(?=\p{Lu})")


def _kind_listed(head: str) -> tuple[list[tuple[str, str]], int]:
    """The Sở (or Bộ) a head lists by their bare names after its plural kind and a colon
    ("Các sở, ngành: Tài chính, Nội vụ …"), each with a name of its own, and where the list
    ends; ([], 0) for any other head."""
    listed = LISTED_KIND.match(head)
    if not listed:
        return _fields_listed(head)
    rest = head[listed.end():]
    stop = NAME_STOP.search(rest)
    end = stop.start() if stop else len(rest)
    piece = _share_kind(_trim(rest[:end]).strip(".;"), listed["noun"].capitalize())
    names = [(p, normalise(p)) for p in _split(piece) if BODY_HEAD.match(p) and not _not_a_name(p)]
    return (names, listed.end() + end) if names else ([], 0)


# Sectors listed by their bare names after "Các ngành", without a colon: "Các ngành Tài chính,
# Giao thông hướng dẫn …" (the sector of each, "Ngành Tài chính", "Ngành Giao thông").
FIELDS_LISTED = re.compile(r"^Các\s+ngành\s+(?=\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)*\s*,\s*\p{Lu})")
FIELD_NAME = re.compile(r"\p{Lu}\p{Ll}*(?:\s+(?!và\b)\p{Ll}+)*")


def _fields_listed(head: str) -> tuple[list[tuple[str, str]], int]:
    listed = FIELDS_LISTED.match(head)
    if not listed:
        return [], 0
    pos, names = listed.end(), []
    while (field := FIELD_NAME.match(head, pos)) and not NAME_STOP.match(head, field.start() - 1):
        # (each field ends at the verb after it: "Giao thông hướng dẫn …")
        stop = NAME_STOP.search(head, field.start(), field.end())
        end = stop.start() if stop else field.end()
        names.append((head[field.start():end], "Ngành " + head[field.start():end]))
        sep = re.match(r"\s*,\s*|\s+và\s+", head[end:])
        if stop or not sep:
            return names, end
        pos = end + sep.end()
    return names, pos


# The plural kind that closes a list of bodies before a colon: "Công an Thành phố, các Sở".
LAST_KIND = re.compile(r",\s*(?=các\s+(?:[Ss]ở|[Bb]ộ)(?:\s*,\s*(?:[Bb]an|[Nn]gành)){0,2}\s*$)")


def _kind_listed_last(head: str, cut: int) -> tuple[list[tuple[str, str]], int] | None:
    """The Sở (or Bộ) listed after a plural kind that ends a list of bodies at its colon
    ("…, các Sở: Tài chính, Tư pháp") and where the list ends; None for any other heading."""
    if head[cut:cut + 1] != ":" or not (last := LAST_KIND.search(head, 0, cut)):
        return None
    tail = head[last.end():]
    names, end = _kind_listed(tail[:1].upper() + tail[1:])
    return (names, last.end() + end) if names else None


def _kind_listed_next(head: str, cut: int) -> tuple[list[tuple[str, str]], int]:
    """The same list after a heading's ";" ("UBND các huyện; các sở: Xây dựng, Giao thông
    vận tải, Công Thương theo phạm vi …") and where it ends; ([], cut) for any other heading."""
    if head[cut:cut + 1] != ";":
        return [], cut
    tail = head[cut + 1:].lstrip()
    names, end = _kind_listed(tail[:1].upper() + tail[1:])
    return (names, len(head) - len(tail) + end) if names else ([], cut)


def _places(rest: str) -> list[tuple[str, int]]:
    """The places a tier lists after its colon ("Hải Tiến, Giao Minh và Kim Đông"), each
    with where it ends; none unless two or more proper names make the whole list."""
    stop = PLACE_LIST_STOP.search(rest)
    piece = rest[:stop.start() if stop else len(rest)]
    out = [(m.group(0), m.end()) for m in PLACE.finditer(piece)]
    between = PLACE.sub("", piece)
    return out if len(out) >= 2 and not re.sub(r"[\s,]|\bvà\b", "", between) else []


BARE_POLICE = re.compile(r"(?:(?<=^\s*)|(?<=,\s*)|(?<=\svà\s+))Công an(?=\s*(?:,|và\b|$))")


def _share_kind(piece: str, noun: str) -> str:
    """Prefix the kind to each item of the list that does not name a body of its own
    ("Tài chính, Kho bạc Nhà nước, Công an tỉnh, Giao thông vận tải": Sở Tài chính, Kho bạc
    Nhà nước, Công an tỉnh, Sở Giao thông vận tải)."""
    if noun == "Sở":
        # (the police is a "ngành" of such a list, never a Sở: "các sở, ngành: Tư pháp, Công an")
        piece = BARE_POLICE.sub("Công an tỉnh", piece)
    out, pos = [], 0
    for m in KIND_ITEM.finditer(piece):
        head = BODY_HEAD.match(piece, m.end())
        if head and BARE_TITLE.fullmatch(head.group(0)) and not re.match(r"\s*(?:,|và\b|$)", piece[head.end():]):
            break                           # another head and his body: the kind's list has ended
                                            # ("Giám đốc các Sở: Tài chính, Nội vụ, Trưởng Ban Chỉ
                                            # huy … và Tìm kiếm cứu nạn tỉnh, …")
        if head and (not re.match(r"\s*(?:,|và\b|$)", piece[head.end():])
                     or BARE_TITLE.match(head.group(0))):
            continue                        # a body of its own ("Công an tỉnh"); a bare head
                                            # is one of the kind ("các Bộ: Quốc phòng, Công an")
        if m.group(0).strip() and _known_name_spans(f"{noun} {piece[pos:]}", len(noun) + 1 + m.start() - pos):
            continue                        # "Kế hoạch và Đầu tư", "Văn hóa, Thể thao và Du lịch": one Sở
        if "và" in m.group(0) and "," in piece[m.end():]:
            continue                        # "và" joins the list's last item; before a comma it is
                                            # inside a name ("các Vụ: Khoa học - Công nghệ và Môi
                                            # trường, Kế hoạch - Đầu tư, Vận tải")
        out.append(piece[pos:m.end()] + noun + " ")
        pos = m.end()
    return "".join(out) + piece[pos:]
