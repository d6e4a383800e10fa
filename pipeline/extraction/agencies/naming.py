"""The name a row gives a body: a head's title dropped, the trailing province dropped,
spelling variants unified, known bodies spelt as listed; and the key that makes one
body written two ways one row."""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import regex as re

from pipeline.extraction.registry import PROVINCE_PATTERN, fold, listed_body_names
from pipeline.extraction.agencies.patterns import (CHIEF_OF_OFFICE, COMMITTEE, DEPARTMENTS_KEY, HEAD_TITLE,
                                                   RELATED_COMMITTEES, RELATED_TAIL)
from pipeline.reading.normalize import normalize_tone_placement
from pipeline.reading.syllables import dictionary_pairs


ALIASES_CSV = Path(__file__).resolve().parents[2] / "data" / "agency_aliases.csv"
# Short forms expanded in the name itself: "UBND" is read as "Ủy ban nhân dân" everywhere.
# Other short forms ("Sở GTVT", "Cục ĐKVN") stay as the text writes them.
EXPANDED = {"UBND"}
# Numbered bodies of one kind: "các Ban Quản lý dự án 6, 85" are Ban Quản lý dự án 6 and 85.
NUMBERED_BODIES = re.compile(r"^(?:Các|Những)\s+(?P<kind>\p{Lu}.*?)\s+(?P<nums>\d+(?:\s*(?:,|và)\s*\d+)+)$")
# Units of one kind named by their codes: "Phòng PC13, PC26" are Phòng PC13 and Phòng PC26.
CODED_BODIES = re.compile(r"^(?:(?:Các|Những)\s+)?(?P<kind>\p{Lu}\p{Ll}+)\s+"
                          r"(?P<codes>[A-ZĐ]{2,5}\d+(?:\s*(?:,|và)\s*[A-ZĐ]{2,5}\d+)+)$")
# The chief of a board written with the board's own word in small letters: "Trưởng ban Chỉ huy
# Phòng, chống thiên tai …" is the head of the "Ban Chỉ huy …".
BOARD_CHIEF = re.compile(r"Trưởng ban\s+$")
# Bodies that never carry a number in their name, and a bare number ending a name.
UNNUMBERED_BODY = re.compile(r"^(?:Sở|Ủy ban|Uỷ ban|Công an|Thanh tra|Thuế|Liên đoàn|Hội|Văn phòng|Bảo hiểm xã hội|"
                             r"Kho bạc|Công ty|Đài|Báo)\b")
# (a region's or an office's number is its own: "Bảo hiểm xã hội khu vực 12", "Thuế cơ sở 3")
PAGE_NUMBER_TAIL = re.compile(r"(?<!\b(?:[Kk]hu vực|[Cc]ơ sở))\s+\d{1,3}$")
SPECK_LETTER_TAIL = re.compile(r"(?P<word>\p{L}{2,})(?P<gap>\s+)(?P<letter>\p{Ll})$")
# The commune-level committees however a text lists the tier ("Ủy ban nhân dân các xã,
# phường", "… xã, phường, đặc khu", defined as "Ủy ban nhân dân cấp xã"): one body.
# (a special zone may be named: "… xã, phường, đặc khu Lý Sơn")
COMMUNE_COMMITTEES = re.compile(r"^Ủy ban nhân dân (?:các )?(?:xã|phường)(?:,? (?:và )?(?:xã|phường|thị trấn|đặc khu)){1,3}"
                                r"(?:(?<=đặc khu)(?: \p{Lu}\p{Ll}*)+)?$")
# Heads of a class of units, named by their title: "các Vụ trưởng" are the Vụ, "các
# Cục trưởng" the Cục.
UNIT_HEADS = re.compile(r"^(?P<all>Các|Những)\s+(?P<unit>Vụ|Cục|Viện|Bộ|Sở|Chi cục)\s+trưởng$")

# Where committees stand, the province itself: "Ủy ban nhân dân cấp huyện, cấp xã trên địa
# bàn thành phố" are those of the tiers ("… đóng trên địa bàn" stays, and so does the place of
# central bodies: "Các cơ quan Trung ương trên địa bàn tỉnh" are their local offices, not the
# ministries). A class of other bodies keeps where they stand, as the readings of the tune
# parts mostly do (7 of 10): "Các cơ sở KCB BHYT trên địa bàn Thành phố".
AREA_TAIL = re.compile(r"^(?!(?:Các|Những)\s(?!.*(?:Ủy|Uỷ) ban nhân dân))(?P<body>.*?)(?<!\bđóng|\b[Tt]rung ương)\s+trên\s+địa\s+bàn\s+"
                       r"(?:[Tt]ỉnh|[Tt]hành phố)(?:\s+\p{Lu}\p{L}*)*$")
# The tiers a body spans, after its name: "Kho bạc Nhà nước từ tỉnh đến huyện" is the treasury.
TIER_SPAN_TAIL = re.compile(r"\s+(?:các cấp\s+)?từ\s+(?:tỉnh|thành phố|trung ương)\s+(?:đến|tới|xuống)\s+"
                            r"(?:huyện|xã|cơ sở|thôn|các\s+(?:huyện|xã))$")
# Trailing province or city name: "Sở Y tế tỉnh Cần Thơ", "Công an thành phố Hà Nội".
PROVINCE_TAIL = re.compile(r"\s+(?P<tier>[Tt]ỉnh|[Tt]hành phố|TP\.?)\s+(?P<place>\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}]*)*)\s*$")
# What places a body before its province: "tại".
PLACE_PREPOSITION = re.compile(r"\s+tại$")
# Cities that are provinces ("thành phố Đà Nẵng"); any other "thành phố X" is a town
# inside a province ("Ủy ban nhân dân thành phố Tuyên Quang", "các huyện, thành phố Nam
# Định"), a body of its own, and keeps its name.
PROVINCIAL_CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Thừa Thiên Huế"}
# A province's name right after a body, without its tier word: "Sở Giao thông vận tải Bình
# Dương", "Báo và Phát thanh, Truyền hình Lào Cai". Dropped like "tỉnh X" when a name of two
# words or more stays (the shared gold's "named as written without the trailing province
# name"; our annotators drop it from papers 4 readings to 1); a paper of one word keeps
# it ("Báo Bình Dương").
BARE_PROVINCE_BODY = re.compile(r"^(?:Sở|Công an|Bộ Chỉ huy|Chi cục|Cục|Kho bạc|Thanh tra|Văn phòng|Ban|Báo|Đài|"
                                r"Bảo hiểm xã hội|Ủy ban|Liên đoàn|Hội|Tỉnh đoàn|Thành đoàn|Công ty Điện lực|Điện lực)\b")
BARE_PROVINCE_TAIL = re.compile(
    # (not after a lower tier: "Ủy ban nhân dân phường Yên Bái" is the ward, named after
    # a former province)
    # nor after a zone named after one: "Ban quản lý Khu Kinh tế Phú Yên"; the zones of a
    # province are no zone's name: "Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ")
    r"(?<=\S\s+\S+)(?<!\b(?:phường|xã|huyện|quận|thị xã|thị trấn|thành phố|đặc khu))"
    r"(?<!(?<!các )\b[Kk]hu\b(?:(?![Kk]hu\b)[^,;])*)\s+(?:" + PROVINCE_PATTERN
    + r")\s*$")
# A list of a centrally-run city's tiers closed by the city's name ("Ủy ban nhân dân các quận,
# huyện, thị xã, thành phố Hà Nội"): the name closes the list, as a body's would.
TIER_LIST_PROVINCE = re.compile(r"(?<=\bquận\b[^;]*,\s*(?:thành phố|TP\.?))\s+(?:"
                                + PROVINCE_PATTERN + r")\s*$")
# A province's list of tiers closed by a town ("Ủy ban nhân dân các huyện, thành phố Nam Định",
# "…, thị xã, thành phố Huế", "…, thị xã và thành phố Huế", "…, thị xã Gò Công, thành phố Mỹ
# Tho"): the town is one of the bodies, even where the province bears its name (a province has
# no "quận"). Readers split (3 readings drop "Bạc Liêu", 5 keep "Nam Định" and "Huế"); the town
# is what the list says.
TOWN_CLOSES_TIERS = re.compile(r"^(?!.*\bquận\b).*\b(?:huyện|thị xã)\b[^;]*(?:,|\s+và)\s*(?:thành phố|TP\.?)\s+\p{Lu}[^,;]*$")
# A name that ends by placing its class: the tier stays ("… trực thuộc thành phố").
PLACED_BY = re.compile(r"\s(?:thuộc|của|trên địa bàn)(?:\s+" + COMMITTEE + r")?$")
# Bodies whose name keeps the tier word once the province is dropped ("Công an tỉnh", and the
# statistics office of 2025, "Thống kê tỉnh"). The Front named in full is whole without it:
# "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Thọ" is the "Ủy ban Mặt trận Tổ quốc Việt Nam" of
# four real readings of three plans (two keep "tỉnh"); its short form keeps its tier.
KEEPS_TIER = re.compile(r"^(?:Công an|Thuế|Thống kê|Bộ Chỉ huy Quân sự|Ủy ban nhân dân|Hội đồng nhân dân|Ủy ban Mặt trận Tổ quốc|"
                        r"Bảo hiểm xã hội|Thanh tra|"
                        r"Văn phòng Ủy ban nhân dân|Tỉnh ủy|Liên đoàn Lao động|Đài Phát thanh và Truyền hình|Ban An toàn giao thông|Cục [Tt]huế(?: Nhà nước)?)$")

# Administrative tier of a body, from its name.
LEVEL_WORDS = [
    # ("xã hội" is society, "thị xã" a town of the district tier: "Sở Lao động - Thương binh và Xã
    # hội", "Ủy ban nhân dân thị xã Sơn Tây")
    ("commune", re.compile(r"(?<!hợp tác )(?<!thị )\b(?:xã(?!\s+hội)|phường|thị trấn|đặc khu)\b", re.I)),
    ("district", re.compile(r"\b(?:huyện|quận|thị xã)\b", re.I)),
    ("central", re.compile(r"^(?:Bộ(?! Chỉ huy)|Cục|Tổng cục|Chính phủ|Thủ tướng|Ban Chỉ đạo Trung ương)\b")),
]


# The province's departments as a class, however a text qualifies them ("Các sở, ban,
# ngành thuộc tỉnh", "Các Sở, ngành", "Các sở, ban, ngành Thành phố", "Các Sở, Ban, ngành,
# đoàn thể", "Các Sở, ban, ngành, cơ quan, đơn vị thuộc Ủy ban nhân dân tỉnh"): one body
# (casefolded).
DEPARTMENTS = re.compile(r"^(?:các\s+)?sở(?:,\s*ban)?(?:,\s*|(?<=ban)\s+)ngành(?:,\s*(?:cơ quan|đơn vị|đoàn thể))*"
                         r"(?:\s+(?:(?:trực\s+)?thuộc|của|cấp)?\s*(?:(?:ủy|uỷ) ban nhân dân\s+)?(?:tỉnh|thành phố))?$")


# The committees of the district tier listed by kind ("Ủy ban nhân dân các quận, huyện, thị
# xã", "… các huyện, thành phố"): the same body as "Ủy ban nhân dân cấp huyện".
DISTRICT_COMMITTEES = re.compile(r"^Ủy ban nhân dân (?:các )?(?:quận|huyện|thị xã)(?:,? (?:và )?(?:quận|huyện|thị xã|thành phố)){1,3}$")


# The tier word ending a provincial body's name, a province's or a city's ("Ban quản lý các
# khu công nghệ cao và khu công nghiệp Thành phố" in one article is the "Ban Quản lý … thành
# phố Hà Nội" of the one before); a council or committee is named by its tier.
# (one body's name only, not a class placed by it: "các đơn vị thuộc tỉnh")
PROVINCE_TIER_TAIL = re.compile(r"^(?!(?:ủy|uỷ) ban nhân dân|hội đồng nhân dân|các\s|những\s)([^,;]*?)"
                                r"(?<!thuộc|của|cấp|trong|toàn)\s+(?:tỉnh|thành phố)$")
PLURAL_TIER = re.compile(r"^((?:ủy|uỷ) ban nhân dân )các (?=(?:quận|huyện|xã|phường|thị xã|thị trấn)\b)")


# A body of two tiers named together: "Cơ quan quản lý giao thông cấp huyện, xã".
TIER_PAIR = re.compile(r"^(?P<body>.+?)\s+cấp\s+(?P<a>tỉnh|huyện)\s*(?:,|và)\s*(?:cấp\s+)?(?P<b>huyện|xã)$")


def _tier_pair_keys(name: str) -> list[str]:
    """The keys of the body at each of the two tiers a name joins, or [] for other names."""
    m = TIER_PAIR.match(name)
    return [_body_key(f"{m['body']} cấp {m['a']}"), _body_key(f"{m['body']} cấp {m['b']}")] if m else []


PLURAL_COMMITTEES = re.compile(r"^(?:Các|Những)\s+(?=(?:Ủy|Uỷ) ban nhân dân\b)")


def _body_key(name: str) -> str:
    """One key for a body however it is written: short forms expanded ("Sở GTVT" is "Sở
    Giao thông vận tải"). A chief of office keeps his title ("Chánh Văn phòng Ủy ban nhân
    dân tỉnh" is named as written, beside the office given duties of its own)."""
    for pat, full in _aliases(abbreviations=True):
        name = pat.sub(full, name)
    # ("Các UBND huyện, thị xã" are the committees of the tier, "UBND huyện, thị xã")
    name = PLURAL_COMMITTEES.sub("", name)
    name = COMMUNE_COMMITTEES.sub("Ủy ban nhân dân cấp xã", name)
    name = DISTRICT_COMMITTEES.sub("Ủy ban nhân dân cấp huyện", name)
    name = name.casefold()
    # (the committees of a tier, with or without "các": "Ủy ban nhân dân các quận, huyện" in
    # the executing clause is the "Ủy ban nhân dân quận, huyện" given duties above)
    name = PLURAL_TIER.sub(r"\1", name)
    # (a provincial body with or without its tier: "Ban Dân tộc tỉnh" given the lead in one
    # article is the "Ban Dân tộc" whose head executes the decision in the next)
    if DEPARTMENTS.match(name):
        return DEPARTMENTS_KEY
    # (and with or without the "và" between its fields: "Viện Chiến lược Chính sách Y tế" is
    # the "Viện Chiến lược và Chính sách Y tế" named a line before)
    return AND_BETWEEN.sub(" ", PROVINCE_TIER_TAIL.sub(r"\1", name))


AND_BETWEEN = re.compile(r"\s+và\s+")


def _known_name_spans(item: str, at: int) -> bool:
    """A known body's full name opens ``item`` and runs past ``at`` (compared without
    marks and dashes: "Văn hoá" is "Văn hóa", "Lao động Thương binh và Xã hội" is "Lao
    động - Thương binh và Xã hội")."""
    folded, before = _loose(item), len(_loose(item[:at]))
    return any(folded.startswith(n) and len(n) > before for n in _folded_known_names())


@lru_cache(maxsize=1)
def _folded_known_names() -> tuple[str, ...]:
    return tuple(_loose(n) for n in _known_names())


def _loose(name: str) -> str:
    return DASH_GAP.sub(" ", fold(name))


DASH_GAP = re.compile(r"\s*[-–]\s*")


@lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    """The full names the alias table expands to ("Sở Kế hoạch và Đầu tư") and the
    spelled names ("Bộ Văn hóa, Thể thao và Du lịch")."""
    with ALIASES_CSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    # (and a spelling variant of one that puts other marks between its words: "Sở Lao động,
    # Thương binh và Xã hội", "Sở Văn hóa - Thể thao và Du lịch")
    variants = {r["alias"] for r in rows
                if _letters(r["alias"]) == _letters(r["name"]) and _marks(r["alias"]) != _marks(r["name"])
                and len(_marks(r["alias"])) >= len(_marks(r["name"]))}
    return frozenset(r["name"] for r in rows) | variants | frozenset(listed_body_names())


def _numbered(part: str) -> list[str]:
    """"Các Ban Quản lý dự án 6, 85" -> one name per number, "Phòng PC13, PC26" one per
    code (a head's title before them goes, as it would from each name)."""
    title = HEAD_TITLE.match(part)
    rest = part[title.end():] if title else part
    rest = rest[:1].upper() + rest[1:]
    m = NUMBERED_BODIES.match(rest)
    if m:
        return [f"{m['kind']} {n}" for n in re.findall(r"\d+", m["nums"])]
    m = CODED_BODIES.match(rest)
    if m:
        return [f"{m['kind']} {c}" for c in re.findall(r"[A-ZĐ]+\d+", m["codes"])]
    return [part]


def _marks(name: str) -> str:
    return re.sub(r"[^,\-–]", "", name)


def _letters(name: str) -> str:
    return re.sub(r"[\W_]+", "", fold(name))


@lru_cache(maxsize=2)
def _aliases(abbreviations: bool = False) -> list[tuple[re.Pattern, str]]:
    """Patterns of the alias table: spelling variants ("Uỷ ban", "Sở Công thương"), or
    with ``abbreviations`` the short forms ("Sở GTVT", "Cục ĐKVN") too."""
    with ALIASES_CSV.open(encoding="utf-8", newline="") as f:
        rows = [(r["alias"], r["name"]) for r in csv.DictReader(f)]
    # (a variant with other marks between its words stays as written, "Sở Văn hóa Thể thao và
    # Du lịch", "Sở Văn hóa - Thể thao và Du lịch"; it is the same body for the key)
    rows = [r for r in rows if abbreviations or r[0] in EXPANDED
            or (_letters(r[0]) == _letters(r[1]) and _marks(r[0]) == _marks(r[1]))]
    rows.sort(key=lambda r: -len(r[0]))
    return [(re.compile(rf"(?<![\p{{L}}&]){re.escape(a)}(?![\p{{L}}&])"), n) for a, n in rows]


def _without_page_number(name: str) -> str:
    """A page number a PDF's text layer left at the end of a heading line ("Điều 17.
    Trách nhiệm Sở Tài chính 16") is no part of a body's name; numbered units ("Ban Quản
    lý dự án 6", "Phòng PC13") keep theirs. Nor is a lone small letter a scan's speck left
    there ("Sở Giáo dục và Đào tạo ư"), unless it ends a word of the language with the
    syllable before it ("Chi cục Thú y", "Bệnh viện Quân y")."""
    speck = SPECK_LETTER_TAIL.search(name)
    if speck and (normalize_tone_placement(speck["word"].lower()), speck["letter"]) not in dictionary_pairs():
        name = name[:speck.start("gap")]
    return PAGE_NUMBER_TAIL.sub("", name) if UNNUMBERED_BODY.match(name) else name


def normalise(raw: str, keep_place: bool = False) -> str:
    """The body's name as the text writes it, in one spelling: one tone placement, a
    head's title dropped to the body ("Giám đốc Sở Xây dựng" -> "Sở Xây dựng"), the
    trailing province dropped (with ``keep_place`` a "tỉnh X" stays: a central text names a
    province's body by its province). Short forms stay as written ("Sở GTVT"); ``_body_key``
    expands them, so one body written both ways is one row."""
    name = _without_page_number(_once(GLOSS_TAIL.sub("", " ".join(raw.split()))))
    name = ARTICLE_OF_THIS.sub("", name)
    name = UNIT_HEADS.sub(lambda m: f"{m['all']} {m['unit']}", name)
    title = HEAD_TITLE.match(name)
    if title:
        name = name[title.end():]
        name = name[0].upper() + name[1:]
        if BOARD_CHIEF.search(title.group(0)) and not name.startswith("Ban "):
            name = "Ban " + name            # "Trưởng ban Chỉ huy …" heads the "Ban Chỉ huy …"
    name = OWNER_BY_KIND.sub("", name)
    for pat, full in _aliases():
        name = pat.sub(full, name)
    name = _spelled(name)
    name = TIER_SPAN_TAIL.sub("", AREA_TAIL.sub(r"\g<body>", name))
    if RELATED_COMMITTEES.match(name):
        name = RELATED_TAIL.sub("", name)   # "Ủy ban nhân dân các xã liên quan" -> those of the xã
    name = name if keep_place else TIER_LIST_PROVINCE.sub("", name)
    m = None if keep_place or TOWN_CLOSES_TIERS.search(name) else PROVINCE_TAIL.search(name)
    if m:
        if m["tier"].casefold() == "tỉnh" or m["place"] in PROVINCIAL_CITIES:    # not a town's body
            kept = PLACE_PREPOSITION.sub("", name[:m.start()])    # "Cơ quan Thuế tại tỉnh Đồng Tháp"
            # (so does a class the tier places: "Các đơn vị trực thuộc thành phố")
            name = f"{kept} {m['tier']}" if KEEPS_TIER.match(CHIEF_OF_OFFICE.sub("", kept)) \
                or PLACED_BY.search(kept) else kept
    elif BARE_PROVINCE_BODY.match(name) and not (keep_place and PROVINCE_TAIL.search(name)):
        name = BARE_PROVINCE_TAIL.sub("", name)
    return name.strip(" ,.;:-–")


# A unit named, then whose it is by its owner's kind alone: "Phòng Khoáng sản thuộc Sở" is the
# issuing department's "Phòng Khoáng sản" (a class keeps it: "Các Cục thuộc Bộ").
OWNER_BY_KIND = re.compile(r"(?<=^(?!Các\s|Những\s)\p{Lu}[^,;]*?\s\p{Lu}[^,;]*?)\s+(?:trực\s+)?thuộc\s+(?:Sở|Bộ|Ban)$")
# The document an article-pointer names is this one: "các cơ quan, đơn vị tại Điều 1 Quyết
# định (này)" are those "tại Điều 1".
ARTICLE_OF_THIS = re.compile(r"(?<=\bĐiều\s+\d+)\s+(?:của\s+)?(?:Quyết định|Kế hoạch|Quy chế|Quy định|Chỉ thị)"
                             r"(?:\s+này)?$")
# A gloss in brackets after the name says what the body is, not who: "Ủy ban nhân dân các
# quận, huyện, thị xã (chính quyền cấp cơ sở)"; a name in brackets is the body's other name
# and stays, as both readings of tests/gold-crawlcutd keep it ("Sở Thương mại (Sở Thương mại -
# Du lịch)", "Các Sở GTVT (GTCC)").
GLOSS_TAIL = re.compile(r"\s*\((?!\s*\p{Lu})[^()]*\)$")


def _once(name: str) -> str:
    """A heading run into its first sentence may repeat the name: "Trách nhiệm của Bộ Tư
    pháp Bộ Tư pháp chịu trách nhiệm …" names "Bộ Tư pháp" once, and "Nhiệm vụ, quyền
    hạn của Thanh tra Bộ Thanh tra Bộ Giáo dục và Đào tạo thực hiện …" names "Thanh tra Bộ"."""
    words = name.split()
    for k in range(2, len(words) // 2 + 1):
        if words[:k] == words[k:2 * k]:
            return " ".join(words[:k])
    # (or its repeat cut short where a duty word ended the name: "Đoàn kiểm tra Đoàn" from
    # "Đoàn kiểm tra Đoàn kiểm tra thực hiện …")
    # (not a class of the head's own kind: "Vụ trưởng các Vụ")
    for k in range(1, len(words) // 2):
        if words[-k:] == words[:k] and words[-k - 1].casefold() not in ("các", "những"):
            return " ".join(words[:-k])
    return name


# A joint-stock company's legal form, as OCR loses its marks ("Công ty Cô phần").
OCR_STOCK_FORM = re.compile(r"(?<=Công ty )([Cc])(?:ô|ồ|ỗ|o|ố)\s+ph(?:ân|ần|ẩn|an|ấn)\b")


def _spelled(name: str) -> str:
    """A known body's spelling for a name that differs from it only in its marks, as OCR
    reads them ("Sở Y tê" -> "Sở Y tế"); other names as they are, but for a company's
    legal form ("Công ty Cô phần" -> "Công ty Cổ phần")."""
    name = OCR_STOCK_FORM.sub(lambda m: m[1] + "ổ phần", name)
    name = MARKED_NUMERAL.sub(lambda m: fold(m[0]).upper(), name)
    name = COMMITTEE_IN_SMALL.sub(lambda m: "Uỷ" if m[0] == "uỷ" else "Ủy", name)
    name = COMMITTEE_WITHOUT_DAN.sub("Ủy ban nhân dân", name)
    name = POLITICAL_DASH.sub("chính trị - xã hội", name)
    name = LOPSIDED_DASH.sub(" - ", name)
    return _spellings().get(fold(name), name)


# A unit's Roman number at the end of its name that the OCR read with a mark on an I
# ("Kiểm toán khu vực VỊI" for "VII"): no Vietnamese word is spelled so.
MARKED_NUMERAL = re.compile(r"(?<=\s)(?=[IVX]*[ỊÌÍỈĨ])[IVXỊÌÍỈĨ]{2,5}$")
# The people's committee typed in small letters inside a name, or with the hook on the
# wrong letter ("Chánh Văn phòng ửy ban nhân dân tỉnh"): one committee, one spelling.
COMMITTEE_IN_SMALL = re.compile(r"(?<!\p{L})(?:ửy|ủy|uỷ)(?=\s+ban\s+nhân\s+dân\b)")
# ... or misprinted without "dân" before its tier ("… trực thuộc Ủy ban nhân Thành phố").
COMMITTEE_WITHOUT_DAN = re.compile(r"(?<!\p{L})(?:Ủy|Uỷ)\s+ban\s+nhân(?=\s+(?:[Tt]ỉnh|[Tt]hành phố|huyện|quận|xã|phường|cấp|các)\b)")
# "chính trị-xã hội", "chính trị – xã hội": texts mostly space a plain dash (55 of 59 in the
# crawl and ../shared), and one body is one name.
POLITICAL_DASH = re.compile(r"chính trị\s*(?:-(?=\S)|(?<=\S)-|[–—])\s*xã hội")
# A dash spaced on one side only, a slip of typing: "Sở Du lịch -Thương mại", "Đài Phát thanh
# -Truyền hình" are written "… - …" (a dash spaced on both sides or on neither stays).
LOPSIDED_DASH = re.compile(r"(?<=\p{L})(?:\s+-(?=\p{L})|-\s+)(?=\p{L})")


@lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    return {fold(n): n for n in _known_names()}


def _level(name: str) -> str:
    for level, pat in LEVEL_WORDS:
        if pat.search(name):
            return level
    return "province"


def _among(names: list[tuple[str, str]], heading: list[tuple[str, str]]) -> bool:
    """Every one of ``names`` is one of the bodies a heading named."""
    keys = {_body_key(n) for _, n in heading}
    return all(_body_key(n) in keys for _, n in names)
