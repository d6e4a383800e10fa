"""Step 3: the title: the type line (``KẾ HOẠCH``) and the subject line(s) under it, a
letter's ``V/v`` subject, or a title in capitals whose type line the copy dropped."""
from __future__ import annotations

import regex as re

from pipeline.extraction.registry import PROVINCE_NAMES
from pipeline.extraction.structure.patterns import (GARBLED_DATE, ISSUED_WITH, LETTER_SUBJECT, MOTTO, MOTTO_TEXT,
                                                    PLACE_DATE, PREAMBLE_START, is_caps)
from pipeline.extraction.structure.header import Line, doc_type_of
from pipeline.extraction.structure.sections import heading_of

SUBJECT_UNDER_NUMBER = re.compile(r"^Về(?:\s+việc)?\s+(?P<title>\p{Ll}.+)$")

# A document cited by its number ("Quyết định số 1190/QĐ-TTg", "số 34-NQ/TU").
CITED_NUMBER = re.compile(r"\bsố\s*:?\s*\d+[^\s,;]*/")
# A title may itself name the document the plan carries out ("Thực hiện Nghị quyết số …").
SOURCE_TITLE = re.compile(r"^(?:Thực hiện|Triển khai)\s", re.I)
# (the names of documents are capitalised: "Thực hiện Công văn số …" opens a preamble,
# "Thực hiện công tác dân số …" is a title)
# Authority line of a decision ("GIÁM ĐỐC SỞ CÔNG THƯƠNG", "CHỦ TỊCH ỦY BAN NHÂN DÂN").
AUTHORITY_LINE = re.compile(
    r"^(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|THỦ TƯỚNG|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|"
    r"HỘI ĐỒNG NHÂN DÂN|CHÍNH PHỦ|BAN THƯỜNG VỤ|BAN QUẢN LÝ|TRƯỞNG BAN|ỦY BAN THƯỜNG VỤ QUỐC HỘI|"
    r"UỶ BAN THƯỜNG VỤ QUỐC HỘI|QUỐC HỘI)\b")

# A Party title's line that ends its capitals with the subject ("BAN CHẤP HÀNH TRUNG ƯƠNG
# ĐẢNG KHOÁ XIV về bảo vệ môi trường …" under "HỘI NGHỊ LẦN THỨ BA"): the title goes on.
CAPS_THEN_SUBJECT = re.compile(r"^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\s(?:về|V/v)\s+\p{Ll}")

# The same authority run onto the end of a title's line, and the words after which a body
# named at a title's end belongs to it ("… CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG").
AUTHORITY_TAIL = re.compile(
    # (the Chairman's needs no province's name: "… CỦA SỞ CÔNG THƯƠNG CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH")
    r"\s(?P<auth>(?:(?:PHÓ\s+)?CHỦ TỊCH\s+)?(?:ỦY|UỶ) BAN NHÂN DÂN\s+(?:TỈNH|THÀNH PHỐ)(?:\s+\p{Lu}+){1,4}"
    r"|(?:PHÓ\s+)?CHỦ TỊCH\s+(?:ỦY|UỶ) BAN NHÂN DÂN\s+(?:TỈNH|THÀNH PHỐ)"
    r"|(?:BỘ|THỨ) TRƯỞNG\s+BỘ(?:\s+\p{Lu}+){1,6}|THỦ TƯỚNG CHÍNH PHỦ|GIÁM ĐỐC SỞ(?:\s+\p{Lu}+){1,6}"
    # (the Standing Committee's resolutions on the 2025 mergers: "… năm 2025 ỦY BAN THƯỜNG VỤ QUỐC HỘI")
    r"|(?:ỦY|UỶ) BAN THƯỜNG VỤ QUỐC HỘI)\s*"
    # (or with the preamble run on after it, its grounds dashed: "… nhiệm kỳ 2004 - 2009 UỶ BAN
    # NHÂN DÂN TỈNH BẮC KẠN - Căn cứ Luật …")
    r"(?:$|(?=[-–+]\s*Căn\s+cứ\s))")
TITLE_LINKING_WORD = re.compile(r"\b(?:CỦA|VÀ|VỚI|CHO|THUỘC|TẠI|GIỮA|VỀ|BỞI|DO|ĐỐI|TRỰC|CÁC|GIAO|THEO|HOẶC)\s*$")

# A title without its type line must be at least this long, so that a stray line in
# capitals ("V/V", "KHẨN") is not taken for it.
UNTYPED_TITLE_WORDS = 4
# A title in capitals run into the sentence after it, at least UNTYPED_TITLE_WORDS words.
# (a dash may stand alone between its words: "KINH TẾ - XÃ HỘI")
CAPS_RUN = re.compile(r"^[\s|*#_]*(?P<title>(?:(?:[\p{Lu}\d][\p{Lu}\d,.\-–()/]*|[-–])\s+){3,}[\p{Lu}\d][\p{Lu}\d,.\-–()/]*)"
                      # (the first part's number is no end of it: "… ĐẾN NĂM 2025 1. Mục tiêu tổng quát")
                      r"(?<!\s(?:\d{1,2}|[IVX]{1,4})\.)(?=\s+(?:(?:\d{1,2}|[IVX]{1,4})\.\s+)?\p{Lu}\p{Ll})")
# The enacting words that close a decision's preamble ("QUYẾT ĐỊNH:"), never its type line.
ENACTING_LINE = re.compile(r"^[\s*#_|]*QUYẾT\s+(?:ĐỊNH|NGHỊ)\s*:[\s*_|]*$")
# The authority line a flattened copy runs in after an untyped title.
AUTHORITY_IN_RUN = re.compile(r"\s(?=(?:ỦY|UỶ) BAN NHÂN DÂN|CHỦ TỊCH ỦY BAN|HỘI ĐỒNG NHÂN DÂN)")
# Longest title, in lines, before the parser gives up on finding its end.
TITLE_MAX_LINES = 5
# ... and under its type line, where the title's own end is known: a PDF sets a long title
# centred on short lines (eight of them for 60 words).
TYPED_TITLE_MAX_LINES = 9
# A paragraph of prose (sentences closed inside it) is the preamble, never a title line.
PROSE = re.compile(r"[.;:]\s+\p{Lu}\p{Ll}[^\n]*\.\s*$")
# ... and so is a paragraph this long that closes a sentence (no title runs so long).
PROSE_LINE_CHARS = 250
# A rule drawn at the end of a title's line.
RULE_END = re.compile(r"\s*[-_=–—]{5,}\s*$")

BRACKETED = re.compile(r"\([^()]*\)")


def stops_subject(text: str) -> bool:
    """A line that is no longer part of a letter's "V/v" subject."""
    return bool(MOTTO.search(text) or PLACE_DATE.search(text) or PREAMBLE_START.match(text)
                or heading_of(text) or is_caps(text))


def _words_before_place(text: str) -> str:
    """Words in small letters that open a place-and-date line before a province's name
    ("Phổ thông Bạc Liêu, ngày …" gives "Phổ thông"), or ''. A place is a province's or a
    city's name; a subject's words in small letters are none."""
    m = PLACE_DATE.match(text)
    if not m:
        return ""
    place = m["place"]
    for name in PROVINCE_NAMES:
        extra = place[:-len(name)].strip() if place.endswith(" " + name) else ""
        # (not the place's own prefix, "TP. Hồ Chí Minh", "Thành phố Cần Thơ")
        if extra and not PLACE_PREFIX.fullmatch(extra) and (
                any(w[:1].islower() for w in extra.split()) or extra in PROVINCE_NAMES):
            return extra
    return ""


PLACE_PREFIX = re.compile(r"(?i)tp\.?|thành\s+phố|tỉnh|thị\s+xã")


def interleaved(text: str, before: str, after: str) -> bool:
    """A header line (place/date, motto) that OCR read into the middle of a wrapped
    "V/v" subject: the subject runs on after it ("V/v triển khai thủ tục cấp" /
    "Hà Nội, ngày ..." / "Giấy phép vận chuyển ...")."""
    if not (MOTTO_TEXT.search(text) or PLACE_DATE.search(text) or GARBLED_DATE.search(text)):
        return False
    return bool(after) and not before.rstrip().endswith((".", ";", ":")) and len(after) <= 120 \
        and not stops_subject(after)


def _prose(text: str) -> bool:
    """A paragraph of prose: sentences closed inside it, or a long one closing a sentence."""
    return bool(PROSE.search(text)) or (len(text) > PROSE_LINE_CHARS and text.rstrip().endswith((".", ";")))


def _title_line_end(text: str, below: str) -> tuple[int | None, str]:
    """Where a title's line ends the title before its own end, and the authority found
    there: at the authority line run onto it ("… (VỤ MÙA NĂM 2025) ỦY BAN NHÂN DÂN THÀNH
    PHỐ HÀ NỘI"; not a body the title names, "… CỦA ỦY BAN …", nor one over the authority's
    own line, nor one inside a title that wraps on in capitals: "… ỦY QUYỀN CHO CHÁNH VĂN
    PHÒNG ỦY BAN NHÂN DÂN TỈNH CÔNG" over "BỐ THỦ TỤC HÀNH CHÍNH"), or at a rule drawn under
    it ("… phát triển bền vững -------------")."""
    auth = AUTHORITY_TAIL.search(text)
    title_goes_on = is_caps(below) and not heading_of(below)
    if auth and text[:auth.start()].strip() and not TITLE_LINKING_WORD.search(text[:auth.start()]) \
            and not AUTHORITY_LINE.match(below) and not title_goes_on:
        # (and at the rule drawn between them: "… vụ mùa năm 1997 _______ ỦY BAN NHÂN DÂN …")
        rule = RULE_END.search(text, 0, auth.start())
        return (rule.start() if rule and text[:rule.start()].strip() else auth.start()), auth["auth"]
    rule = RULE_END.search(text)
    if rule and text[:rule.start()].strip():
        return rule.start(), ""
    return None, ""


def _without_date(subject: str) -> str:
    """A subject line with the place and date that the OCR read into it taken out
    ("triển khai thủ tục cấp Hà Nội, ngày 02 tháng 4 năm 2026" when the subject wraps
    on beside the date column)."""
    d = PLACE_DATE.search(subject) or GARBLED_DATE.search(subject)
    return " ".join((subject[:d.start()] + subject[d.end():]).split()) if d else subject


# How many lines above a subject line its type line may stand.
TYPE_ABOVE_SUBJECT = 3
# At most this many words after the type on its line qualify the type, not a title.
TYPE_QUALIFIER_WORDS = 3
# The caption that ties an annexed text to the document issuing it.
CAPTION_LINE = re.compile(r"^\(?\s*" + ISSUED_WITH + r"\b")
INLINE_CAPTION = re.compile(r"\s\(\s*" + ISSUED_WITH + r"\s+\p{Lu}")


# Whose the type is, on the type's line in older decisions: "QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH".
TYPE_OF_ISSUER = re.compile(r"CỦA\s+(?:(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|UBND|CHỦ\s+TỊCH)\b[^\p{Ll}]*")
ISSUERS_PLACE = re.compile(r"(?:TỈNH|THÀNH\s+PHỐ)\s+[^\p{Ll}\d]+")


def parse_title(lines: list[Line], first: int, header: dict, number_i: int | None = None) -> int:
    """Step 3: type line and subject; stores them in ``header``, returns the next line index."""
    # (the number's own line may carry the subject: "Số: 4240/UBND-VX V/v …")
    begin = first if number_i is None else min(first, number_i)
    for i in range(begin, min(first + 12, len(lines))):
        if ENACTING_LINE.match(lines[i].text):
            break               # the enacting words after the preamble: the type line was left out
        if doc_type_of(lines[i].text):
            return _typed_title(lines, i, header)
        if (whole := _type_over_two_lines(lines, i)):
            # (the lines after the two are one place further on in ``lines``)
            return _typed_title(lines[:i] + [whole] + lines[i + 2:], i, header) + 1
        m = LETTER_SUBJECT.match(lines[i].text) or (
            # (the line under the number may give it without "V/v": "Số: 523/UBND-ĐTMT" /
            # "Về thực hiện chính sách, chiến lược …")
            SUBJECT_UNDER_NUMBER.match(lines[i].text) if number_i is not None and i == number_i + 1 else None)
        if m:
            return max(_letter_subject(lines, i, m, header), first)
    return _untyped_title(lines, first, header) if number_i is not None else first


def _type_over_two_lines(lines: list[Line], i: int) -> Line | None:
    """Lines ``i`` and ``i + 1`` as one line when they hold a type of two words, one word on
    each: a scan of widely spaced capitals may read "KẾ" and "HOẠCH" as two lines."""
    if i + 1 >= len(lines) or len(lines[i].text.split()) != 1 or len(lines[i + 1].text.split()) != 1:
        return None
    joined = lines[i].text.strip() + " " + lines[i + 1].text.strip()
    found = doc_type_of(joined)
    if not found or found[1] or " " not in found[0]:
        return None
    return Line(lines[i].start, lines[i + 1].end, joined, lines[i].bold)


def _letter_subject(lines: list[Line], i: int, m, header: dict) -> int:
    """A letter's subject ("V/v …") from line ``i`` on, with the lines it wraps onto;
    stores it in ``header`` and returns the index of the line after it."""
    parts, j = [_without_date(m["title"]).strip()], i + 1
    spill_end = None
    while j < len(lines) and len(parts) <= 3:
        text = lines[j].text
        if interleaved(text, parts[-1], lines[j + 1].text if j + 1 < len(lines) else ""):
            j += 1          # the date column read into the middle of the subject
            continue
        if stops_subject(text):
            # (a copy may set the subject's last words before the place: "Phổ thông Bạc
            # Liêu, ngày 01 tháng 03 năm 2007" under "V/v … bằng tốt nghiệp")
            spill = _words_before_place(text)
            if spill:
                parts.append(spill)
                spill_end = lines[j].start + len(spill)
            break
        parts.append(text)
        j += 1
    while j > i + 1 and interleaved(lines[j - 1].text, "x", "x"):
        j -= 1              # never end the subject's span on a skipped line
    # (an older decision may print its type line above the number line that gives the
    # subject: "QUYẾT ĐỊNH CỦA UBND TỈNH NGHỆ AN" / "Số 09/1999/QĐ-UB … về việc …")
    typed = next((found[0] for k in range(max(0, i - TYPE_ABOVE_SUBJECT), i)
                  if (found := doc_type_of(lines[k].text))), None)
    header.update(type=typed or "CÔNG VĂN", title=" ".join(parts), title_start=lines[i].start + m.start("title"),
                  title_end=spill_end or lines[j - 1].end)
    return j


def _typed_title(lines: list[Line], type_i: int, header: dict) -> int:
    """The type on line ``type_i`` and the title after it on that line or below;
    stores them in ``header``, returns the index of the line after the title."""
    t, rest = doc_type_of(lines[type_i].text)
    header.update(type=t, type_start=lines[type_i].start)
    parts, spans, i = [], [], type_i + 1
    if not rest.strip() and i < len(lines) and TYPE_OF_ISSUER.fullmatch(lines[i].text.strip()):
        rest, i = lines[i].text, i + 1      # (whose the type is, on a line of its own under it)
    if TYPE_OF_ISSUER.fullmatch(rest.strip()):
        rest = ""           # "QUYẾT ĐỊNH CỦA UBND TỈNH LÀO CAI": the type's, the title below
        if i < len(lines) and ISSUERS_PLACE.fullmatch(lines[i].text.strip()):
            i += 1          # (its place wrapped onto a line of its own: "… NHÂN DÂN" / "TỈNH BẮC KẠN")
    rest_start = lines[type_i].end - len(rest)
    run = CAPS_RUN.match(rest) if rest and not is_caps(rest) else None
    if run and len(run["title"].split()) > TYPE_QUALIFIER_WORDS and not MOTTO.search(run["title"]):
        # the title in capitals on the type line, run into the preamble ("KẾ HOẠCH PHÒNG, CHỐNG
        # … NĂM 2024 Thực hiện Quyết định số …"): the capitals are the whole title
        header.update(title=run["title"], title_start=rest_start + run.start("title"),
                      title_end=rest_start + run.end("title"))
        return type_i + 1
    if rest:
        parts.append(rest)
        spans.append((rest_start, lines[type_i].end))
    # a few words after the type qualify it ("KẾ HOẠCH QUỐC GIA"): the title's case is that
    # of the line below
    qualifier = bool(rest) and len(rest.split()) <= TYPE_QUALIFIER_WORDS
    i = _title_lines(lines, i, parts, spans, qualifier, header)
    if parts:
        header.update(title=" ".join(p.strip() for p in parts), title_start=spans[0][0],
                      title_end=spans[-1][1])
    # the authority printed under the title ("ỦY BAN THƯỜNG VỤ QUỐC HỘI",
    # "GIÁM ĐỐC SỞ CÔNG THƯƠNG"): the issuer of a header that names none
    if i < len(lines) and AUTHORITY_LINE.match(lines[i].text) and is_caps(lines[i].text):
        header["authority"] = lines[i].text.strip()
    return i


def _title_lines(lines: list[Line], i: int, parts: list[str], spans: list[tuple[int, int]],
                 qualifier: bool, header: dict) -> int:
    """Add the title's lines from ``i`` on to ``parts`` and ``spans``, up to a caption,
    the preamble, a heading, a change of case or the authority line; returns the index
    of the first line not taken."""
    while i < len(lines) and len(parts) < TYPED_TITLE_MAX_LINES:
        text = lines[i].text
        if CAPTION_LINE.match(text):
            break                       # "(Kèm theo Quyết định số …)" under the title
        caption = INLINE_CAPTION.search(text)
        if caption:
            # (or run into its last line: "… (cập nhật) (Kèm theo Quyết định số …")
            parts.append(text[:caption.start()].rstrip())
            spans.append((lines[i].start, lines[i].start + len(parts[-1])))
            i += 1
            break
        # a title in capitals may open with the preamble's words ("TRIỂN KHAI CÔNG TÁC ...")
        run = CAPS_RUN.match(text) if not is_caps(text) and (not parts or is_caps(parts[0])) else None
        if run and not MOTTO.search(run["title"]) and not heading_of(text):
            # a title in capitals run into the preamble on one line ("… LUẬT PHÒNG THỦ DÂN SỰ
            # Thực hiện Quyết định số …"): the capitals are the title's end
            parts.append(run["title"])
            spans.append((lines[i].start + run.start("title"), lines[i].start + run.end("title")))
            i += 1
            break
        if not parts and _titled_by_its_source(lines, i):
            # "Thực hiện Nghị quyết số 34-NQ/TU … về phát triển … năm 2026" under the type
            # line, then "Căn cứ …": the plan is titled by the document it carries out
            n = _source_title_lines(lines, i)
            parts += [ln.text for ln in lines[i:i + n]]
            spans += [(ln.start, ln.end) for ln in lines[i:i + n]]
            i += n
            break
        if (PREAMBLE_START.match(text) and not is_caps(text)) or heading_of(text) or MOTTO.search(text):
            break
        # (a title in capitals may end in a bracket that is not: "ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ
        # (cấp lần đầu: ngày 16 tháng 7 năm 2026)")
        first = parts[1] if qualifier and len(parts) > 1 else parts[0] if parts else ""
        if parts and not (qualifier and len(parts) == 1) \
                and is_caps(first) != is_caps(BRACKETED.sub("", text) or text) \
                and not (is_caps(first) and CAPS_THEN_SUBJECT.match(text)):
            break
        # (a line that ends on a linking word wants its object: "… THUỘC THẨM QUYỀN GIẢI
        # QUYẾT CỦA" over "CHỦ TỊCH UBND TỈNH" is still the title)
        if parts and AUTHORITY_LINE.match(text) and not TITLE_LINKING_WORD.search(parts[-1]):
            break
        if parts and _prose(text):
            break
        end, authority = _title_line_end(text, lines[i + 1].text if i + 1 < len(lines) else "")
        if end is not None:
            parts.append(text[:end])
            spans.append((lines[i].start, lines[i].start + end))
            if authority:
                header["authority"] = authority
            i += 1
            break
        parts.append(text)
        spans.append((lines[i].start, lines[i].end))
        i += 1
    return i


def _source_title_lines(lines: list[Line], i: int) -> int:
    """How many lines from ``i`` run on before one ends a sentence (".", ":", ";") or
    another part begins; 0 if none ends within a title's length."""
    for n in range(1, TITLE_MAX_LINES + 1):
        if i + n > len(lines):
            return 0
        text = lines[i + n - 1].text.rstrip(" *_")
        if text.endswith((".", ":", ";", ",")):
            return 0
        nxt = lines[i + n].text if i + n < len(lines) else ""
        if not nxt or PREAMBLE_START.match(nxt) or heading_of(nxt) or RULE_LINE.fullmatch(nxt):
            return n
    return 0


# A line drawn under a title ("-----", "*"): no words.
RULE_LINE = re.compile(r"[\s\-–—_*=.]+")


def _past_rules(lines: list[Line], j: int) -> int:
    """The first line from ``j`` that is no rule line."""
    while j < len(lines) and RULE_LINE.fullmatch(lines[j].text):
        j += 1
    return j


def _titled_by_its_source(lines: list[Line], i: int) -> bool:
    """A line right under the type line that reads like the preamble ("Thực hiện Nghị
    quyết số …") but is a title: it closes no sentence, and a preamble line ("Căn cứ …")
    or the first part's heading ("I. MỤC ĐÍCH, YÊU CẦU") follows it."""
    if not PREAMBLE_START.match(lines[i].text) or not SOURCE_TITLE.match(lines[i].text):
        return False
    n = _source_title_lines(lines, i)
    after = _past_rules(lines, i + n)
    if not n or after >= len(lines):
        return False
    if heading_of(lines[after].text):
        return True         # (a plan with no preamble: its first part's heading follows the title)
    if not PREAMBLE_START.match(lines[after].text):
        return False
    # (the preamble may open the same way when it cites what the title names by number:
    # "Thực hiện Chương trình trợ giúp người khuyết tật …" over "Thực hiện Quyết định số
    # 1190/QĐ-TTg …, Ủy ban nhân dân tỉnh ban hành Kế hoạch … như sau:")
    # (or both cite the same document, the preamble to say what the issuer does: "Thực hiện
    # Nghị quyết số 66-NQ/TW …" over "Thực hiện Nghị quyết số 66-NQ/TW, Ban Thường vụ Tỉnh ủy
    # xây dựng kế hoạch như sau:"; two documents cited are two lines of a preamble)
    title = " ".join(ln.text for ln in lines[i:i + n])
    cited = CITED_NUMBER.search(title)
    return not SOURCE_TITLE.match(lines[after].text) or (
        not cited and bool(CITED_NUMBER.search(lines[after].text))) \
        or bool(cited) and cited.group(0) in lines[after].text


def _untyped_title(lines: list[Line], first: int, header: dict) -> int:
    """A copy that dropped the type line ("KẾ HOẠCH") keeps the subject in capitals right
    under the number and date: those capital lines are the title. (A page's table may
    leave cell marks on lines of their own before it: "|".)"""
    while first < len(lines) and not lines[first].text.strip(" |*#_"):
        first += 1
    parts, spans, i = [], [], first
    while i < min(first + TITLE_MAX_LINES, len(lines)):
        text = lines[i].text.strip(" |*#_")
        if parts and not is_caps(text) and (run := _title_run(lines[i].text)):
            # (a title wrapped onto a line that runs into the authority and the preamble:
            # "… CƠ CẤU LẠI NGÀNH NÔNG" / "NGHIỆP TỈNH BẠC LIÊU GIAI ĐOẠN 2021 - 2025 ỦY BAN
            # NHÂN DÂN TỈNH BẠC LIÊU Căn cứ …")
            parts.append(lines[i].text[run[0]:run[1]].strip())
            spans.append((lines[i].start + run[0], lines[i].start + run[1]))
            i += 1
            break
        if not is_caps(text) or MOTTO.search(text) or heading_of(text) or AUTHORITY_LINE.match(text) \
                or len(text.split()) < UNTYPED_TITLE_WORDS and not parts:
            break
        if not parts and (run := CAPS_RUN.match(text)) and re.search(r"\p{Ll}", text[run.end("title"):]):
            break           # (mostly capitals, but run into the preamble: read as a run below)
        parts.append(text)
        spans.append((lines[i].start, lines[i].end))
        i += 1
    if not parts and first < len(lines) and (run := _title_run(lines[first].text)):
        # a flattened copy runs the title into the preamble: "PHÒNG, CHỐNG … ĐẾN NĂM 2030
        # Thực hiện Quyết định số …"
        parts = [lines[first].text[run[0]:run[1]].strip()]
        spans = [(lines[first].start + run[0], lines[first].start + run[1])]
        i = first + 1
    if not parts:
        return first
    header.update(title=" ".join(parts), title_start=spans[0][0], title_end=spans[-1][1])
    return i


def _title_run(line: str) -> tuple[int, int] | None:
    """(start, end) in ``line`` of a title in capitals run into the preamble, up to the
    authority line run in after it; None where the capitals are no title."""
    run = CAPS_RUN.match(line)
    # (nor the authority line alone run into the preamble: "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU
    # Căn cứ …", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH Căn cứ …": a copy that lost its title)
    if not run or MOTTO.search(run["title"]) or AUTHORITY_LINE.match(run["title"]):
        return None
    # (not the authority line run in after it: "… 5 NĂM GIAI ĐOẠN 2026-2030 ỦY BAN
    # NHÂN DÂN TỈNH LAI CHÂU Căn cứ …")
    # (but a body the title names is its own: "… QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH …")
    authority = next((a for a in AUTHORITY_IN_RUN.finditer(run["title"])
                      if not TITLE_LINKING_WORD.search(run["title"][:a.start()])), None)
    return run.start("title"), run.start("title") + authority.start() if authority else run.end("title")
