"""Step 4's clean-ups of OCR'd lines: the specks a worn copy leaves at a line's edges,
as stops or as dashes, dropped, and the misread marks of items, points and parts mended."""
from __future__ import annotations

import regex as re

from pipeline.reading.lines import ends_dash_compound_left, starts_new_item


#: A speck read as a stop at a line's end (one inside a line: ``STOP_SPECK``), before a line
#: of some length that goes on in small letters ("… bạo lực trên cơ sở." / "giới được phát
#: hiện …"); a short line after a stop is a speck's own line ("nước ngọt." / "hs").
LINE_END_STOP_SPECK = re.compile(r"(?<=\p{L}{2})\.$")
GOES_ON_SMALL = re.compile(r"^\p{Ll}{2,}(?:\s+\S+){2,}")


#: A speck read as a dash at the start of a line that goes on, in small letters, the sentence
#: the line above left open ("… gửi Sở Nông nghiệp và Môi" / "- trường …", "… phối hợp" /
#: "- với Sở Y tế …"), often as a paragraph of its own: no list's item opens so (none in the
#: typed texts of every development set; hundreds in the OCR of their worn copies, none in
#: the clean scans). The line then goes on the sentence (``_wraps_on``). A compound's dash
#: after its left part stays ("… tổ chức chính trị" / "- xã hội …").
LEADING_DASH_SPECK = re.compile(r"^[-–][ \t]*(?=\p{Ll})")


def _dash_speck_before_small(line: str, following: str) -> bool:
    return bool(LEADING_DASH_SPECK.match(following)) and line[-1:].isalpha() and not ends_dash_compound_left(line)


def _line_end_stops_dropped(lines: list[str]) -> list[str]:
    return [LINE_END_STOP_SPECK.sub("", line) if GOES_ON_SMALL.match(following) else line
            for line, following in zip(lines, lines[1:] + [""])]


def _wraps_on(line: str, following: str) -> bool:
    """Whether ``following``, which Tesseract set in a paragraph of its own in the same
    block, goes on ``line``'s sentence: the line ends in a word, the next opens with a
    small letter, not an item ("… Sở Văn hóa, Thể" / "thao và Du lịch, …" on a worn page)."""
    return line[-1:].isalnum() and following[:1].islower() and not starts_new_item(following)


#: A dash a worn copy left at a line's end, with the specks around it ("… an ninh. -",
#: "Sở Nội vụ - ¬"): no item or sentence goes on from it where the line ends a sentence, the
#: next line opens a new item, or the line is an item's and its paragraph ends with it. (A
#: compound cut at its dash, "tổ chức chính trị -" over "xã hội …", goes on in the same
#: paragraph and keeps it, and so do a range cut after its first figure, "giai đoạn 2021 -",
#: and a named compound's left part, "Sở Lao động -", whatever follows.)
TRAILING_DASH = re.compile(r"(?<=\S)(?:\s+[_`'‘’|~^¬=\\]*[-–—][-–—_`'‘’|~^¬=\\]*)+$")
SENTENCE_STOP = re.compile(r"(?:[.;:!?]|/\.)$")


def _trailing_dashes_dropped(lines: list[str]) -> list[str]:
    out = list(lines)
    for k, line in enumerate(out):
        m = TRAILING_DASH.search(line)
        if not m:
            continue
        following = next((l for l in out[k + 1:] if l), "")
        before = line[:m.start()]
        # (a blank line after it ends an item's line, but not a table's cell: the pieces of a
        # row split into columns each stand before a blank line, "… cao tốc Nội Bài -" / "" /
        # "Công ty …" / "" / "Lào Cai (IC14) …")
        ended = starts_new_item(following) or starts_new_item(line) and out[k + 1:k + 2] == [""]
        if SENTENCE_STOP.search(before) or ended and not before[-1].isdigit() and not ends_dash_compound_left(before):
            out[k] = line[:m.start()]
    return out


#: A lettered point's mark misread: "©)" and "€)" are "c)"; "8)" is "a)" where a "b)" point
#: follows within POINT_REACH lines and no "7)" item comes before it.
MISREAD_C = re.compile(r"^[©€](?=\)\s)")
EIGHT = re.compile(r"^8(?=\)\s)")
POINT_REACH = 30


def _points_mended(lines: list[str]) -> list[str]:
    out = [MISREAD_C.sub("c", line) for line in lines]
    for k, line in enumerate(out):
        if EIGHT.match(line) and any(l.startswith("b) ") for l in out[k + 1:k + POINT_REACH]) \
                and not any(l.startswith("7) ") for l in out[max(0, k - POINT_REACH):k]):
            out[k] = "a" + line[1:]
    return out


#: Specks a worn copy leaves at a line's edges, read as marks standing alone ("__ V. TỔ CHỨC
#: THỰC HIỆN _", "` a) Ngân sách …") or glued before a list's mark ("__-b) Nguồn …",
#: "_..2. Việc lập …"): they would hide the mark that opens the line, and so its heading or
#: item. A dash, plus or bullet alone is a list's own mark and stays (but not before another
#: mark: "— VI. TỔ CHỨC …"), and so does a table's rule ("|") on a line that has more of them.
EDGE_SPECK = re.compile(r"[_`'‘’|^.,:;\\¬®¿›]+")
DASHES = ("-", "–", "—")
#: A form's dotted blank to be filled in ("Tên tiếng Việt: ......"): part of the text.
DOT_LEADER = re.compile(r"[.…]{3,}")
#: A dash, or specks around one, or what a blurred dash is read as ("~", "=").
BULLET_SPECK = re.compile(r"[_`'‘’|~^.,:;=\\\-–—]*[-–—~=][_`'‘’|~^.,:;=\\\-–—]*")
#: A part's, item's or point's mark, its stop perhaps read as a comma, semicolon or colon.
ITEM_MARK = r"(?:[IVX]{1,5}[.,]|\d{1,2}(?:\.\d{1,2})*[.,;:)]|[a-zđ©€]\))"   # (©, €: a blurred c)
SPECK_BEFORE_MARK = re.compile(r"^[_`'‘’|~^.,:;\\\-–—]+(?=" + ITEM_MARK + r"(?:\s|$))")
#: ... or before a dash, plus or bullet that opens an item ("_+ Sở Xây dựng: …", "_- Căn cứ …").
SPECK_BEFORE_BULLET = re.compile(r"^[_`'‘’|~^.,:;\\]+(?=[-+•–—](?:\s|$))")
#: Specks glued before the first word ("__Mai Sơn"); not quotes, which open quoted words.
GLUED_SPECK = re.compile(r"^[_`~^]+(?=\p{L})")
#: A speck read as a stop inside a sentence, after a word and before a small one ("khu. vực",
#: "HĐND. tỉnh"): typed text hardly stops there (3 typos in the text sets' 3.4 MB), an OCR'd
#: copy often (41 in the clean scans of the md2025 tune part, 0.45 MB, 212 in their worn
#: copies, all specks). Not after an abbreviation's one letter ("v.v. các"). Nor is a stop
#: after a comma ever typed ("các Sở,. ngành:"), though an ellipsis may follow one (",...").
STOP_SPECK = re.compile(r"(?<=\p{L}{2})\.(?= \p{Ll}{2})|(?<=,)\.(?=\s|$)")
MARK_TOKEN = re.compile(ITEM_MARK + "$")
#: The stop after an item's or a part's number read as a comma, semicolon or colon: "1, Sở
#: Giáo dục và Đào tạo", "2: Đề nghị …", "VI, TỔ CHỨC THỰC HIỆN".
#: (Not a list of numbers or numerals: "Phụ lục I, II, III".)
MISREAD_STOP = re.compile(r"^(\d{1,2}|[IVX]{1,5})[,;:](?=\s+\p{Lu}[^\s,]*(?:\s|$))")


#: A part's Roman number with its I read as "1", "l" or "Ị", or its II as "H" ("1V. KINH PHÍ",
#: "H. NỘI DUNG", "IH. NHIỆM VỤ"), before a heading in capitals.
ROMAN_MISREAD = re.compile(r"^([IVX1lỊH]{1,4})(?=\.\s+\p{Lu}{2,})")
ROMAN_READ = str.maketrans({"1": "I", "l": "I", "Ị": "I", "H": "II"})
ROMAN = re.compile(r"X{0,2}(?:IX|IV|V?I{0,3})")


def _roman_mended(line: str) -> str:
    m = ROMAN_MISREAD.match(line)
    if not m or ROMAN.fullmatch(m[1]) or m[1].isdigit():      # ("1. MỤC ĐÍCH" is numbered)
        return line
    read = m[1].translate(ROMAN_READ)
    return read + line[m.end():] if read and ROMAN.fullmatch(read) else line


def _without_edge_specks(line: str) -> str:
    """``line`` without the specks at its edges (see EDGE_SPECK), its mark's stop mended."""
    tokens = line.split(" ")
    table = tokens.count("|") > 1
    while len(tokens) > 1:
        first, second = tokens[0], tokens[1]
        if EDGE_SPECK.fullmatch(first) and not (table and first == "|") \
                or BULLET_SPECK.fullmatch(first) and MARK_TOKEN.match(SPECK_BEFORE_MARK.sub("", second)):
            tokens.pop(0)
        elif BULLET_SPECK.fullmatch(first) and first not in DASHES:
            # a dash the copy blurred ("~ Chuẩn hóa …", "__ = Phối hợp …") opens an item
            # before a capital; before small letters it is a speck on a wrapped line
            if second[:1].isupper():
                tokens[0] = "-"
            else:
                tokens.pop(0)
            break
        else:
            break
    while len(tokens) > 1 and EDGE_SPECK.fullmatch(tokens[-1]) and tokens[-1] not in (".", ",", ";", ":") \
            and not (table and tokens[-1] == "|") and not DOT_LEADER.fullmatch(tokens[-1]):
        tokens.pop()
    line = STOP_SPECK.sub("", SPECK_BEFORE_BULLET.sub("", GLUED_SPECK.sub("", " ".join(tokens))))
    return _roman_mended(MISREAD_STOP.sub(r"\1.", SPECK_BEFORE_MARK.sub("", line)))
