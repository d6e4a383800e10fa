"""Steps 1 and 2: the text's lines with their offsets, then the header above the title:
issuing body, ``Số:`` number and symbol, place and date (the type line that ends it is
read here too)."""
from __future__ import annotations

from dataclasses import dataclass
import datetime

import regex as re

from pipeline.models import Document
from pipeline.extraction.registry import TYPE_NAMES, UNIT_SUFFIX, canonical_symbol, fold, parse_symbol
from pipeline.extraction.structure.patterns import (CELL_GAP, GARBLED_DATE, LETTER_SUBJECT, MOTTO, MOTTO_TEXT,
                                                    PLACE_DATE, PLACE_DATE_BARE, PREAMBLE_START, is_caps)

# Markdown and table leftovers at the edges of a line.
LINE_EDGE = re.compile(r"^[\s*#>|_]+|[\s*|_]+$")

# Header: the number line "Số: 303/KH-UBND", "Số: /QĐ - UBND", "Số 10-CTr/TU".
# One code of a symbol: letters and digits, a point between two codes of capitals (an old
# police symbol, "QĐ.CATP"), and a copy's stray space after a lone capital ("U BND") or
# inside the year ("69/20 24 /NĐ-CP").
SYMBOL_CODE = r"(?:(?:19|20)(?:\s?\d){2}(?=\s*/)|[\p{L}\d][\p{L}\d&]*(?:\.\p{Lu}[\p{L}\d&]*)*(?:(?<=[/\-]\s*\p{Lu})\s(?=\p{Lu}{2,}(?![\p{L}\d]))\p{Lu}+)?)"
NUMBER_LINE = re.compile(
    # (the older form spaces the number from its codes: "Số: 1986 QĐ/UB")
    r"\bSố\s*[:.]?\s*(?P<raw>(?P<num>[0-9][0-9.]*)?\s*(?P<rest>(?:[/\-]|(?<=\d)[ \t]+(?=" + SYMBOL_CODE + r"\s*/))\s*" + SYMBOL_CODE +
    r"(?:\s*[/\-]\s*" + SYMBOL_CODE + r")*" + UNIT_SUFFIX + "))")

# OCR letters read for digits in a day number ("U6_" for 06).
OCR_DIGITS = str.maketrans("OoUIl", "00011")

# OCR misreadings of header capitals, corrected only in the issuer lines and only
# word by word from this table ("TĨNH LÀO CAI" is always "TỈNH", "ĐOÀN KIÊM TRA"
# is "KIỂM"): a general spelling fix would damage real words.
HEADER_WORD_FIXES = {"TĨNH": "TỈNH", "KIÊM": "KIỂM", "ĐÓC": "ĐỐC", "QUYÉT": "QUYẾT", "PHÙ": "PHỦ",
                     "THUONG": "THƯƠNG", "NHẦN": "NHÂN", "DẦN": "DÂN", "SƠ": "SỞ"}
HEADER_WORD = re.compile(r"(?<![\p{L}])(?:" + "|".join(HEADER_WORD_FIXES) + r")(?![\p{L}])")
# A speck read as a stop inside the committee's name: "ỦY, BAN NHÂN DÂN".
COMMITTEE_SPECK = re.compile(r"(?<=\b(?:ỦY|UỶ))\s*[,.]\s*(?=BAN\b)")
# Issuer-line cells that qualify the body rather than name it: "THEO QUYẾT ĐỊNH",
# "SỐ 1050/QĐ-SCT" (a team set up by a decision).
ISSUER_QUALIFIER = re.compile(r"^(?:THEO|KÈM THEO|SỐ\s*:?\s*\d)(?![\p{L}])")
# A document-symbol-shaped token in the header ("19/2026/NQ-CP"), for a number line
# whose "Số:" the OCR garbled: (number, year, type code, issuer code).
HEADER_SYMBOL = re.compile(
    r"(?<![\p{L}\d/.\-])(?P<num>\d{1,5})\s*/\s*(?:(?:19|20)\d\d\s*/\s*)?(?P<type>[A-ZĐ][A-Za-zĐđ]{0,4})"
    r"\s*-\s*[A-ZĐ][A-Za-zĐđ&]*\d*(?:\s*[/\-]\s*[A-ZĐ][A-Za-zĐđ&]*\d*)*(?![\p{L}\d])")

# Trailing rules after a header cell ("TỈNH ĐỒNG THÁP --------").
RULE_TAIL = re.compile(r"\s*[-_=–—]{3,}.*$")

# Document types as printed in capitals on the type line.
DOC_TYPES = ("KẾ HOẠCH", "QUYẾT ĐỊNH", "NGHỊ QUYẾT", "BÁO CÁO", "THÔNG TƯ", "CÔNG VĂN",
             "CHỈ THỊ", "THÔNG BÁO", "HƯỚNG DẪN", "TỜ TRÌNH", "CHƯƠNG TRÌNH HÀNH ĐỘNG",
             "CHƯƠNG TRÌNH", "ĐỀ ÁN", "NGHỊ ĐỊNH", "LUẬT", "GIẤY PHÉP", "PHƯƠNG ÁN",
             "QUY CHẾ", "QUY ĐỊNH", "CÔNG ĐIỆN", "KẾT LUẬN", "BIÊN BẢN", "THÔNG TƯ LIÊN TỊCH")
DOC_TYPE_FOLDED = sorted(((fold(t), t) for t in DOC_TYPES), key=lambda x: -len(x[0]))

NUMBER_FIRST = re.compile(r"^Số\b", re.I)

# How far into the document the header may reach (lines).
HEADER_MAX_LINES = 40
# How many lines after the number line the place and date may come (a letter's
# "V/v" subject and the motto can sit between them).
HEADER_DATE_LINES = 8
# How many lines after a letter's "V/v" subject its motto may stand when the header has
# no number line ("UBND / THÀNH PHỐ HÀ NỘI / V/v: … / CỘNG HÒA … / Hà Nội, ngày …").
MOTTO_AFTER_SUBJECT = 3


@dataclass
class Line:
    start: int
    end: int
    text: str        # markup-trimmed text
    bold: bool = False


def split_lines(doc: Document) -> list[Line]:
    """Step 1: lines with offsets; markup trimmed but offsets kept on the raw line. On an
    OCR'd page, specks read as marks before a document's type heading ("- KẾ HOẠCH") go too."""
    bold_starts = {b.start for b in doc.blocks if b.bold}
    lines, pos = [], 0
    for raw in doc.text.split("\n"):
        text = LINE_EDGE.sub("", raw)
        if doc.ocr_pages and (m := SPECKS_BEFORE.match(text)) and doc.page_at(pos) in doc.ocr_pages \
                and any(fold(text[m.end():].rstrip(" .:-_")) == f for f, _ in DOC_TYPE_FOLDED):
            text = text[m.end():]
        if text:
            lead = raw.find(text[:1])
            lines.append(Line(pos + max(lead, 0), pos + len(raw.rstrip()), text, pos in bold_starts))
        pos += len(raw) + 1
    return lines


# Marks an OCR'd speck leaves at a line's start.
SPECKS_BEFORE = re.compile(r"^[-–—_.,:;'`ˆ~=\s]+")


# --------------------------------------------------------------------------
# Header and title
# --------------------------------------------------------------------------

# A stop the OCR read after the first word of a type in capitals: "QUYẾT: ĐỊNH CHẤP THUẬN …".
# (only a type of two words or more is mended so: a one-word "LUẬT: …" stays a label)
STRAY_STOP_IN_TYPE = re.compile(r"^(\p{Lu}+)[:.;,](?=[ \t]+\p{Lu})")
TWO_WORD_TYPES = [(f, t) for f, t in DOC_TYPE_FOLDED if " " in f]


def doc_type_of(line: str) -> tuple[str, str] | None:
    """(type in capitals, rest of the line) when a line opens with a type word in capitals."""
    head = line.strip(" :*")
    mended = STRAY_STOP_IN_TYPE.sub(r"\1", head)
    readings = [(head, DOC_TYPE_FOLDED)] + ([(mended, TWO_WORD_TYPES)] if mended != head else [])
    for text, types in readings:
        folded = fold(text)
        for f, t in types:
            if (folded == f or folded.startswith(f + " ")) and is_caps(text[: len(f)]):
                return t, text[len(f):].strip(" :")
    # a type line alone whose letters are spaced out or split by a scan ("Q U Y Ế T  Đ Ị N H",
    # "KẾ HO ẠCH"): the same letters, whatever the spaces
    squeezed = "".join(fold(head).split())
    if is_caps(head) and len(head) <= SPACED_TYPE_CHARS:
        for f, t in DOC_TYPE_FOLDED:
            if squeezed == f.replace(" ", ""):
                return t, ""
    return None


# The longest line read as a spaced-out type alone ("C H Ư Ơ N G  T R Ì N H  H À N H  Đ Ộ N G").
SPACED_TYPE_CHARS = 60


def header_zone_end(lines: list[Line]) -> int:
    """Index of the line that ends the header zone: the type heading, a letter's
    "V/v" subject or the preamble, whichever comes first."""
    for i, ln in enumerate(lines[:HEADER_MAX_LINES]):
        if doc_type_of(ln.text) or (LETTER_SUBJECT.match(ln.text) and not NUMBER_FIRST.match(ln.text)) \
                or PREAMBLE_START.match(ln.text):
            return i
    return min(HEADER_MAX_LINES, len(lines))


def type_codes_of(caps_type: str) -> set[str]:
    """Folded type codes naming a type heading: 'NGHỊ QUYẾT' -> {'NQ'}."""
    want = fold(caps_type)
    return {fold(code) for code, name in TYPE_NAMES.items() if fold(name) == want}


def symbol_in_header(lines: list[Line], zone_end: int):
    """(line index, match) of a symbol-shaped token before the type heading whose type
    code is the heading's ("19/2026/NQ-CP" above "NGHỊ QUYẾT"): the number line of
    a scan whose "Số:" the OCR garbled."""
    if zone_end >= len(lines):
        return None
    t = doc_type_of(lines[zone_end].text)
    codes = type_codes_of(t[0]) if t else set()
    if not codes:
        return None
    for i in range(zone_end):
        text = lines[i].text
        if len(text) > 80 or text.lower().startswith(("căn cứ", "kèm theo")):
            continue
        for m in HEADER_SYMBOL.finditer(text):
            if fold(parse_symbol(canonical_symbol(m.group(0))).type_code) in codes:
                return i, m
    return None


def fix_header_words(cell: str) -> str:
    """Correct the OCR misreadings of HEADER_WORD_FIXES in an issuer cell."""
    return COMMITTEE_SPECK.sub(" ", HEADER_WORD.sub(lambda m: HEADER_WORD_FIXES[m.group(0)], cell))


def find_header_date(lines: list[Line], anchor: int, stop: int | None = None) -> tuple[dict, int] | None:
    """The place and date near line ``anchor``: after it first (within HEADER_DATE_LINES),
    else before it (OCR may read the date column before the number); a date whose
    day and month the OCR garbled gives its year only. Returns the header keys and
    the index of the line after the date."""
    after_it = range(anchor, min(anchor + HEADER_DATE_LINES, len(lines)))
    before_it = range(anchor - 1, max(anchor - HEADER_DATE_LINES, 0) - 1, -1)
    dated: dict[int, object] = {}      # line index -> its PLACE_DATE match, searched once

    def place_date(k: int):
        if k not in dated:
            dated[k] = PLACE_DATE.search(lines[k].text) if k < len(lines) else None
        return dated[k]

    for pattern in (PLACE_DATE, PLACE_DATE_BARE, GARBLED_DATE):
        for i in [*after_it, *before_it]:
            if stop is not None and i >= stop:
                continue
            # the date may be wrapped onto the next line ("Cần Thơ, ngày" / "17 tháng 11 ...");
            # a line holding the whole date is read alone, so that the motto above it
            # ("... Hạnh phúc") never joins the place
            nxt = lines[i + 1].text if i + 1 < len(lines) else ""
            m = place_date(i) if pattern is PLACE_DATE else pattern.search(lines[i].text)
            if not m and pattern is PLACE_DATE and not place_date(i + 1):
                m = PLACE_DATE.search(lines[i].text + " " + nxt)
            if not (m and m.start() < len(lines[i].text)):
                continue
            nxt_i = i + 1 if m.end() <= len(lines[i].text) else i + 2
            if pattern is GARBLED_DATE:
                # something was printed in the day slot: not a blank draft date
                return dict(place=m["place"].strip(), date_raw=m.group(0), day=None, month=None,
                            year=int(m["y"]), date_garbled=bool(re.search(r"\d", m["mid"]))), nxt_i
            out = dict(place=m["place"].strip(), date_raw=m.group(0),
                       day=int(m["d"].translate(OCR_DIGITS)) if m["d"] else None,
                       month=int(m["m"]) if m["m"] else None, year=int(m["y"]))
            if m["d"] and m["m"]:
                if _real_date(out["year"], out["month"], out["day"]):
                    out["date"] = f"{int(m['y']):04d}-{int(m['m']):02d}-{out['day']:02d}"
                else:           # "ngày15 tháng 54 năm 2026": a misread day or month, year only
                    out.update(day=None, month=None, date_garbled=True)
            return out, nxt_i
    return None


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def parse_header(lines: list[Line]) -> tuple[dict, int]:
    """Step 2: issuing body, number, place, date. Returns the header and the index
    of the first line after it (0 when there is no recognisable header)."""
    header: dict = {}
    num_i = None
    zone_end = header_zone_end(lines)
    for i, ln in enumerate(lines[:HEADER_MAX_LINES]):
        m = NUMBER_LINE.search(ln.text)
        if m and m.start() < 40 and not ln.text.lower().startswith(("căn cứ", "kèm theo")):
            num_i = i
            raw = m["raw"]
            header.update(symbol_raw=raw, number=m["num"] or "",
                          symbol=canonical_symbol(raw) if m["num"] else "",
                          symbol_suffix=canonical_symbol(m["rest"].lstrip("/")),
                          symbol_start=ln.start + ln.text.find(raw) if raw in ln.text else ln.start,
                          number_line_start=ln.start, number_line_end=ln.end)
            header["symbol_end"] = header["symbol_start"] + len(raw)
            break
    if num_i is None and (found := symbol_in_header(lines, zone_end)):
        num_i, m = found
        ln, raw = lines[num_i], m.group(0)
        header.update(symbol_raw=raw, number=m["num"], symbol=canonical_symbol(raw),
                      symbol_suffix=canonical_symbol(raw[len(m["num"]):].strip().lstrip("/")),
                      symbol_start=ln.start + m.start(), symbol_end=ln.start + m.end(),
                      number_line_start=ln.start, number_line_end=ln.end)
    anchor = num_i
    if anchor is None:
        # no number line read (a scan that lost it): the state header still opens
        # the document when the motto stands above the type heading or "V/v" line
        # (a letter read column by column gives its "V/v" subject before the motto)
        subject = zone_end < len(lines) and LETTER_SUBJECT.match(lines[zone_end].text)
        motto_end = zone_end + (MOTTO_AFTER_SUBJECT if subject else 0)
        if not any(MOTTO_TEXT.search(ln.text) for ln in lines[:motto_end]):
            return header, 0
        anchor = max(zone_end - 1, 0)
        header["header_end"] = lines[zone_end].start if zone_end < len(lines) else lines[-1].end
    issuer_cells = []
    for ln in lines[:anchor + 1]:
        for cell in CELL_GAP.split(MOTTO_TEXT.sub("   ", ln.text)):
            cell = RULE_TAIL.sub("", cell).strip()
            if header.get("symbol_raw") and header["symbol_raw"] in cell:
                continue
            # is_caps first: it is cheap and rules out the long lines of a flattened text
            if cell and is_caps(cell) and not MOTTO.search(cell) and not NUMBER_LINE.search(cell) \
                    and not PLACE_DATE.search(cell) and not GARBLED_DATE.search(cell) \
                    and not ISSUER_QUALIFIER.match(cell):
                issuer_cells.append(fix_header_words(cell))
    header["issuer_lines"] = issuer_cells
    header["issuer"] = " ".join(issuer_cells)
    after = anchor + 1
    date = find_header_date(lines, anchor)
    if date:
        header.update(date[0])
        after = max(after, date[1])
    return header, after
