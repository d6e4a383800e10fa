"""Step 4, place: the issuing body and its province, from the header's issuer lines, else
the authority under the title or the symbol's issuer code; the province also from the
title, the text, the place line or, for a report, its headline and the provinces it names."""
from __future__ import annotations

from functools import lru_cache

from collections import Counter

import regex as re

from pipeline.models import DocMeta, Structure
from pipeline.extraction.registry import ISSUER_NAMES, PROVINCE_NAMES, fold, listed_body_names
from pipeline.extraction.metadata.identity import _suffix_symbol
from pipeline.extraction.metadata.web import headline

# Accent- and case-free spelling -> name (matches capitals, OCR and old tone marks).
_FOLDED_PROVINCES = sorted(((re.sub(r"[\s\-]+", " ", fold(p)), p) for p in PROVINCE_NAMES),
                           key=lambda x: -len(x[0]))

# "tỉnh X", "thành phố X", "TP. X" — the province named after its prefix.
PROVINCE_PREFIX = re.compile(r"(?<![\p{L}])(?P<prefix>tỉnh|thành\s+phố|tp\.?)\s*(?P<rest>[^\n]{0,40})", re.I)
# The plan's own scope: "trên địa bàn tỉnh X".
LOCAL_SCOPE = re.compile(r"trên\s+địa\s+bàn\s+(?P<prefix>tỉnh|thành\s+phố|tp\.?)\s*(?P<rest>[^\n]{0,40})", re.I)
# A people's committee named as the actor: "UBND Thành phố Hà Nội ban hành".
COMMITTEE_ACTOR = re.compile(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?P<prefix>tỉnh|thành\s+phố|tp\.?)"
                             r"\s*(?P<rest>[^\n]{0,40})", re.I)

# Issuing bodies in header capitals and their names in words.
BODY_NAMES = [
    (r"ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND", "Ủy ban nhân dân"),
    (r"HỘI ĐỒNG NHÂN DÂN|HĐND", "Hội đồng nhân dân"),
    (r"SỞ CÔNG THƯƠNG", "Sở Công Thương"), (r"SỞ Y TẾ", "Sở Y tế"),
    (r"SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo"),
    (r"SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Sở Khoa học và Công nghệ"),
    (r"SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Sở Nông nghiệp và Môi trường"),
    (r"BỘ Y TẾ", "Bộ Y tế"), (r"BỘ CÔNG THƯƠNG", "Bộ Công Thương"), (r"CHÍNH PHỦ", "Chính phủ"),
    (r"ỦY BAN THƯỜNG VỤ QUỐC HỘI|UỶ BAN THƯỜNG VỤ QUỐC HỘI", "Ủy ban Thường vụ Quốc hội"),
    (r"QUỐC HỘI", "Quốc hội"), (r"THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ"),
    (r"VĂN PHÒNG", "Văn phòng"), (r"ĐOÀN KIỂM TRA", "Đoàn kiểm tra"), (r"ĐOÀN THANH TRA", "Đoàn thanh tra"),
]
# The same, compiled once: as written, and with a stray capital glued before the body.
BODY_PATTERNS = [(re.compile(pat), name) for pat, name in BODY_NAMES]
GLUED_BODY_PATTERNS = [(re.compile(rf"\p{{Lu}}?(?:{pat})"), name) for pat, name in BODY_NAMES]
SPACES = re.compile(r"\s+")
# Units named by their function alone ("VĂN PHÒNG", "ĐOÀN KIỂM TRA"): the body they
# belong to completes the name ("Văn phòng Ủy ban nhân dân tỉnh Lào Cai").
FUNCTION_UNIT = re.compile(r"^(?:VĂN PHÒNG|ĐOÀN (?:KIỂM|THANH) TRA|TỔ CÔNG TÁC|THANH TRA)$")
# The verb a telegram's authority line ends in: "THỦ TƯỚNG CHÍNH PHỦ điện:".
TELEGRAM_VERB = re.compile(r"\s+điện\s*:?\s*$")
# Title words before the body on an authority line ("GIÁM ĐỐC SỞ CÔNG THƯƠNG").
AUTHORITY_TITLE = re.compile(r"^(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|TRƯỞNG BAN)\s+")
# Central bodies: their documents belong to no province (the place line is the capital).
CENTRAL_BODY = re.compile(r"^(?:BỘ|CHÍNH PHỦ|QUỐC HỘI|ỦY BAN THƯỜNG VỤ QUỐC HỘI|THỦ TƯỚNG|BAN CHẤP HÀNH TRUNG ƯƠNG|"
                          r"BỘ CHÍNH TRỊ|BAN BÍ THƯ|VĂN PHÒNG CHÍNH PHỦ|TỔNG CỤC|CỤC)(?![\p{L}])")
# The same, read folded: OCR mangles the marks of a Party header ("BẠN CHẬP HÀNH TRÙNG ƯƠNG").
CENTRAL_FOLDED = re.compile(r"^(?:BAN CHAP HANH TRUNG UONG|BO CHINH TRI|BAN BI THU)\b")
# ... or a body named national ("ỦY BAN AN TOÀN GIAO THÔNG QUỐC GIA", "CỤC ĐƯỜNG BỘ VIỆT NAM"),
# but not a provincial Party committee under the Party's name that OCR read into its lines
# ("TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM").
NATIONAL_END = re.compile(r"(?:QUỐC GIA|TRUNG ƯƠNG|VIỆT NAM)\s*$")
PARTY_NAME = re.compile(r"Đ\w{1,3}NG\s+C\w{1,3}NG\s+S\w{1,2}N\s+VI\w{1,2}T\s+NAM.*$")


def is_central(issuer: str) -> bool:
    """A central body's name opens the issuer lines."""
    issuer = issuer.strip()
    return bool(CENTRAL_BODY.match(issuer) or CENTRAL_FOLDED.match(fold(issuer).upper())
                or NATIONAL_END.search(PARTY_NAME.sub("", issuer).strip()))


# Where a lower body starts inside the header's issuer lines ("UBND TỈNH X SỞ Y TẾ").
# A body's name that ends in its tier alone ("Công an tỉnh", "Công an TP").
BARE_TIER_END = re.compile(r"\s+(?:tỉnh|thành phố|tp\.?)$", re.I)
BODY_START = re.compile(r"(?<![\p{L}])(?:SỞ|(?<!ĐƯỜNG )BỘ|BAN|CHI CỤC|CỤC|TRUNG TÂM|VĂN PHÒNG|THANH TRA|(?<!BỘ )(?<![-–])CÔNG AN|"
                        r"ĐOÀN (?:KIỂM|THANH) TRA|TỔ CÔNG TÁC|"
                        r"ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|HĐND|TỔNG CỤC|TỈNH ỦY|THÀNH ỦY)(?![\p{L}])")


def province_in(text: str) -> str:
    """The province whose name opens ``text`` (accent-, case- and hyphen-insensitive)."""
    folded = re.sub(r"[\s\-–]+", " ", fold(text)).strip()
    for f, name in _FOLDED_PROVINCES:
        if folded == f or folded.startswith(f + " ") or folded.startswith(f + ",") \
                or (folded.startswith(f) and not folded[len(f):len(f) + 1].isalpha()):
            # (as printed at issue: "Thừa Thiên Huế" before 2025, "Huế" after; province_now
            # maps the one to the other)
            return name
    return ""


def find_province(text: str, pattern=PROVINCE_PREFIX) -> tuple[str, str]:
    """First (prefix, province) the pattern finds in ``text`` with a known province name."""
    for m in pattern.finditer(text):
        name = province_in(m["rest"])
        if name:
            prefix = m.groupdict().get("prefix") or "tỉnh"
            return ("thành phố" if fold(prefix).startswith(("THANH", "TP")) else "tỉnh"), name
    return "", ""


def body_name(caps: str) -> str:
    """'SỞ CÔNG THƯƠNG' -> 'Sở Công Thương'; unknown bodies keep their first word capitalised."""
    caps = SPACES.sub(" ", caps).strip()
    for pat, name in BODY_PATTERNS:
        if pat.fullmatch(caps):
            return name
    # a stray letter glued to a known body ("DUBND" for "UBND")
    for pat, name in GLUED_BODY_PATTERNS:
        if pat.fullmatch(caps):
            return name
    # a body of the list of names, spelled as listed ("BỘ NGOẠI GIAO" -> "Bộ Ngoại giao")
    return _listed_by_letters().get(fold(caps)) or _name_case(caps)


# Words that name a body's kind: the word after them opens its proper name ("Cục Hàng hải").
# (the longest first: "Tổng cục" before "Cục")
KIND_WORDS = sorted(("Tổng cục", "Chi cục", "Cục", "Vụ", "Sở", "Bộ", "Ban", "Trường", "Trung tâm", "Học viện",
                     "Viện", "Bệnh viện", "Phòng", "Văn phòng", "Ủy ban", "Hội đồng", "Hội", "Đài", "Báo",
                     "Tổng công ty", "Công ty", "Tập đoàn", "Ngân hàng", "Kho bạc", "Thanh tra",
                     "Bảo hiểm xã hội"), key=len, reverse=True)
NATION = re.compile(r"\bviệt nam\b")
# Bodies whose kind runs on in lower case: "Ủy ban nhân dân", "Hội đồng nhân dân".
PEOPLES_BODIES = ("Ủy ban nhân dân", "Uỷ ban nhân dân", "Hội đồng nhân dân")


def _name_case(caps: str) -> str:
    """A body's name in capitals, unknown to the list, in the case Vietnamese names take:
    its first word, the word after its kind, "Việt Nam" and a province capitalised
    ("CỤC HÀNG HẢI VIỆT NAM" -> "Cục Hàng hải Việt Nam")."""
    name = NATION.sub("Việt Nam", caps.capitalize())
    kind = next((k for k in KIND_WORDS if name.startswith(k.capitalize() + " ")), None)
    if kind and not name.startswith(PEOPLES_BODIES):
        n = len(kind) + 1
        name = name[:n] + name[n:n + 1].upper() + name[n + 1:]
    for _, province in _FOLDED_PROVINCES:
        m = re.search(r"(?<![\p{L}])" + re.escape(province.lower()) + r"(?![\p{L}])", name)
        if m:
            name = name[:m.start()] + province + name[m.end():]
    return name


@lru_cache(maxsize=1)
def _listed_by_letters() -> dict[str, str]:
    return {fold(name): name for name in listed_body_names()}


def header_issuer(lines: list[str]) -> tuple[str, str, str]:
    """(issuer in words, province, prefix) from the header's issuer lines."""
    joined = re.sub(r"[\s|]+", " ", " ".join(lines)).strip()       # (a table's cell edge: "DÂN |TỈNH")
    joined = PARTY_NAME.sub("", joined).strip()                  # (the Party's name, OCR'd into the lines)
    if not joined:
        return "", "", ""
    starts = [m.start() for m in BODY_START.finditer(joined)]
    if not starts or starts[0] > 0:
        starts.insert(0, 0)            # a first body the pattern does not know
    segments = [joined[a:b].strip() for a, b in zip(starts, starts[1:] + [len(joined)])]
    prefix, province = find_province(joined)
    def own_name(segment: str) -> str:
        pm = PROVINCE_PREFIX.search(segment)
        return segment[: pm.start()].strip() if pm and province_in(pm["rest"]) else segment

    own = own_name(segments[-1])
    # (a body named with its tier alone, the place on the line above: "CÔNG AN TỈNH")
    issuer = BARE_TIER_END.sub("", body_name(own))
    if FUNCTION_UNIT.match(own) and len(segments) > 1:
        issuer += " " + body_name(own_name(segments[-2]))
    elif len(segments) > 1 and FUNCTION_UNIT.match(segments[-2]):
        # "VĂN PHÒNG UBND TỈNH X": the unit names its parent after itself
        issuer = body_name(segments[-2]) + " " + issuer
    # (a local body under a central one names its province: "BỘ CÔNG AN / CÔNG AN TP CẦN THƠ")
    local = own != segments[-1]
    if province and (not is_central(joined) or local):
        issuer += f" {prefix} {province}"
    return issuer, province, prefix


def authority_issuer(line: str) -> str:
    """'ỦY BAN THƯỜNG VỤ QUỐC HỘI' -> its name; 'GIÁM ĐỐC SỞ X' -> the body 'SỞ X';
    a telegram's 'THỦ TƯỚNG CHÍNH PHỦ điện:' -> 'Thủ tướng Chính phủ'."""
    body = AUTHORITY_TITLE.sub("", TELEGRAM_VERB.sub("", re.sub(r"\s+", " ", line).strip()))
    return header_issuer([body])[0] if body else ""


# The first basis of a central body's document: the law that organises the Government
# ("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;"); a province's cites the law on local
# government first.
GOVERNMENT_BASIS = re.compile(r"^\W*Căn cứ Luật Tổ chức Chính phủ\b", re.M)
BASIS_CHARS = 600


def issuer_lines_read(header: dict) -> bool:
    return bool(" ".join(header.get("issuer_lines", [])).strip())


# Cities under the central government, whose committee is "Ủy ban nhân dân thành phố".
CENTRAL_CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}


# A province's name as a report writes it, not "tư tưởng Hồ Chí Minh" nor a part of a longer name.
PROVINCE_MENTION = re.compile(r"(?<![\p{L}])(?:" + "|".join(
    re.escape(p) for p in sorted(PROVINCE_NAMES, key=len, reverse=True) if p != "Hồ Chí Minh")
    + r"|(?<=(?:TP\.?|[Tt]hành phố)\s*)Hồ Chí Minh)(?![\p{L}])")


def named_province(text: str) -> str:
    """The province a press report is about, when it does not say so in its headline: the
    only one it names, or the one it names at least twice and more than any other."""
    counts = Counter(m.group(0) for m in PROVINCE_MENTION.finditer(text))
    ranked = counts.most_common(2)
    if len(ranked) == 1 or (ranked and ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return ""


def _issuer_and_province(meta: DocMeta, text: str, structure: Structure, h: dict, news: bool):
    """(issuer, province): the header's issuing body, else the authority under the title
    or a national issuer code; the province from the header, else the title and text."""
    lines = h.get("issuer_lines", [])
    issuer, province, prefix = header_issuer(lines)
    central = header_central = is_central(" ".join(lines))
    headers_province = province
    if not issuer and not news:
        issuer, central = _issuer_without_lines(meta, h, central)
    # a copy without its header, issued under the Government's law: a province its text
    # gives tasks to is not its own (its title may still name the province it is about)
    governed = not issuer_lines_read(h) and bool(GOVERNMENT_BASIS.search(
        text[structure.body_start or 0:][:BASIS_CHARS]))
    central = central or governed
    if not province:
        body = "" if governed else text[:5000]
        for source, pattern in ((meta.title, LOCAL_SCOPE), (body, COMMITTEE_ACTOR),
                                (meta.title, PROVINCE_PREFIX), (body, LOCAL_SCOPE)):
            prefix, province = find_province(source, pattern)
            if province:
                break
    if not province and h.get("place") and not central:     # the capital is no central body's province
        province = province_in(h["place"])
    if not province and news:
        # a report headed by its province ("Đà Nẵng triển khai …", "Quảng Ngãi: Triển khai …"),
        # else the one province it names, or names most
        province = province_in(headline(text)) or named_province(text)
        prefix = "thành phố" if province in CENTRAL_CITIES else prefix
    if header_central and not headers_province:
        province = ""           # a central body's header names no province: none is its own
    if not issuer and province:
        if _suffix_symbol(meta, h).issuer_code in ("UBND", "") or news:
            issuer = f"Ủy ban nhân dân {prefix or 'tỉnh'} {province}"
    elif issuer and province and province not in issuer and not central:
        issuer = f"{issuer} {prefix or 'tỉnh'} {province}"
    return issuer, province


def _issuer_without_lines(meta: DocMeta, h: dict, central: bool):
    """(issuer, central) of a text whose header names no issuer: the authority under the
    title, else a national issuer code of the symbol."""
    issuer = ""
    if h.get("authority"):
        issuer = authority_issuer(h["authority"])
        central = is_central(AUTHORITY_TITLE.sub("", h["authority"]))
    if not issuer:
        code = re.sub(r"\d+$", "", _suffix_symbol(meta, h).issuer_code)
        if code in ISSUER_NAMES and code not in ("UBND", "HĐND"):
            issuer, central = ISSUER_NAMES[code], True
    return issuer, central
