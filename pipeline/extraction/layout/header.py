"""Step 3: the header cut into its parts: issuing body, motto, ``Số:``, place and date,
type heading, title and the authority line under it, each on a line of its own."""
from __future__ import annotations

import regex as re

from pipeline.extraction.registry import fold
from pipeline.extraction.structure import DOC_TYPE_FOLDED, MOTTO_TEXT, NUMBER_LINE, PLACE_DATE, PLACE_DATE_BARE_AT
from pipeline.extraction.layout.cuts import cut, cut_after
from pipeline.extraction.layout.flattened import HEADER_CHARS

#: A drawn rule under the issuer or the motto ("-------", "___").
RULE = re.compile(r"[-_=–—]{3,}")
#: The subject line of an official letter.
LETTER_SUBJECT = re.compile(r"(?<![\p{L}/])V/v(?![\d/])", re.I)     # (glued too: "V/vủy quyền …")
#: A letter's addressees after its subject, and how far the subject may run.
ADDRESSEES_LINE = re.compile(r"\bKính\s+gửi\s*:")
SUBJECT_CHARS = 600
#: One word of a heading in capitals: capitals, digits and the marks of a symbol
#: ("11/CT-TTG", "(ĐH)", "2021-2030,").
CAPS_WORD = re.compile(r"[^\s\p{Ll}]+|\S*[\d/]\S*")
#: A name in quotes inside a title, on one line or wrapped: “Năm An toàn giao thông - 2017”.
QUOTED_NAME = re.compile(r"[“\"«][^“”\"«»\n]{1,150}(?:\n[^“”\"«»\n]{1,150})?[”\"»][^\s]*")
#: A heading's number that ends a title run on into the first part ("... NĂM 2024 I. MỤC ĐÍCH").
PART_NUMBER = re.compile(r"(?:[IVX]{1,5}|\d{1,2})\.")
#: The authority line printed under a decision's title ("BỘ TRƯỞNG BỘ X", "CHỦ TỊCH
#: ỦY BAN NHÂN DÂN TỈNH X", "ỦY BAN NHÂN DÂN TỈNH X"); the longest form first so
#: "THỦ TƯỚNG CHÍNH PHỦ" is one name. ("TỔ CHỨC PHI CHÍNH PHỦ" is the title's.)
AUTHORITY = re.compile(
    r"(?<![\p{L}])(?:(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|BỘ\s+TRƯỞNG|CỤC\s+TRƯỞNG|TỔNG\s+CỤC\s+TRƯỞNG|"
    r"TRƯỞNG\s+BAN|THỦ\s+TƯỚNG\s+CHÍNH\s+PHỦ|THỦ\s+TƯỚNG)|Ủ?Y\s+BAN\s+NHÂN\s+DÂN|UỶ\s+BAN\s+NHÂN\s+DÂN|"
    r"HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|(?<!PHI\s+)CHÍNH\s+PHỦ|ỦY\s+BAN\s+THƯỜNG\s+VỤ\s+QUỐC\s+HỘI|QUỐC\s+HỘI)(?![\p{L}])")
#: Words after which a body's name belongs to the title ("... CỦA BỘ X", "... VÀ ỦY BAN").
#: ("ĐẠI BIỂU QUỐC HỘI", "ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN": the deputies of a body, in the title)
LINKING_WORD = re.compile(r"(?:CỦA|VÀ|VỚI|CHO|THUỘC|TẠI|GIỮA|VỀ|BỞI|DO|ĐỐI|TRỰC|CÁC|GIAO|THEO|HOẶC|BIỂU)$")
#: The first basis of the preamble after a title in sentence case, and how far it may be.
FIRST_BASIS = re.compile(r"(?<=\S\s+)(?:Căn cứ|Xét|Theo đề nghị"
                         # (or the document it carries out, after a title of its own: "… giai
                         # đoạn 2026 - 2030 Thực hiện Nghị quyết Đại hội …")
                         r"|Thực hiện\s+(?=(?:Nghị|Quyết|Chỉ|Công|Kế|Thông|Chương|Luật|Văn)\s))\b")
SENTENCE_TITLE_CHARS = 400
SPACES = re.compile(r"\s*")
#: Longest authority line (characters): longer, the words are the title's.
AUTHORITY_MAX = 90

#: How far a saved page's own opening may run before the document's header, and the
#: issuing body in capitals that ends just before the motto there.
PAGE_OPENING_CHARS = 8000
ISSUER_CHARS = 120
ISSUER_BEFORE = re.compile(r"(?<=[.;:!?\])]\s+|^|\p{Ll}\s+)(?:[^\s\p{Ll}]+\s+){1,12}$")


def join(chars: list[str], start: int, end: int) -> None:
    """One part of the header broken across lines ("Số:" / "04/VBHN-BGTVT",
    "BỘ GIAO THÔNG VẬN" / "TẢI") is put back on one line."""
    for i in range(start, end):
        if chars[i] == "\n":
            chars[i] = " "


def lay_header(text: str, chars: list[str]) -> int:
    """Step 3: cut the header into its parts; returns where the preamble starts
    (0 when no header is found). A saved web page may set its own summary first: the
    header is then sought from the first motto the page's opening holds."""
    lo = header_start(text)
    head = text[:lo + HEADER_CHARS]
    motto = list(MOTTO_TEXT.finditer(head, lo))
    number = NUMBER_LINE.search(head, lo)
    if not motto and not number:
        return 0
    first = min([m.start() for m in motto] + ([number.start()] if number else []))
    _lay_issuer(text, head, chars, lo, first, number)
    end = _lay_motto_and_number(text, head, chars, motto, number)
    letter = LETTER_SUBJECT.search(head, end)
    end = _lay_date(text, head, chars, end, motto_run_end(motto))
    # (a decision's title may open with "V/V" too: "QUYẾT ĐỊNH V/V PHÊ DUYỆT …")
    if letter and letter.start() - end < 40 and type_heading(text, end) is None:
        cut(chars, letter.start())
        addressees = ADDRESSEES_LINE.search(text, letter.end(), letter.end() + SUBJECT_CHARS)
        if addressees:                      # ("V/v …" then "Kính gửi: …", on their own lines)
            cut(chars, addressees.start())
        return letter.start()
    return lay_title(text, chars, end)


def _lay_issuer(text: str, head: str, chars: list[str], lo: int, first: int, number) -> None:
    """The issuing body on lines of its own, from the header's start to its rule or to
    the first motto or number; a letter's subject set under it, before the motto."""
    rule = RULE.search(head, lo, first)
    join(chars, lo, rule.start() if rule else first)          # the issuing body
    if not lo:
        # (a note run on before it, "[Bản trích chữ tự động …] BỘ XÂY DỰNG", is no part of it)
        issuer = ISSUER_BEFORE.search(text, max(0, first - ISSUER_CHARS), first)
        lo = issuer.start() if issuer and text[:issuer.start()].strip() else 0
    if lo:
        cut(chars, lo)
    # (a letter with no number may give its subject under the issuer, before the motto:
    # "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI ------ V/v: Bố trí … CỘNG HÒA XÃ HỘI …")
    subject = LETTER_SUBJECT.search(head, lo, first) if not number or number.start() > first else None
    if subject:
        cut(chars, subject.start())


def _lay_motto_and_number(text: str, head: str, chars: list[str], motto: list, number) -> int:
    """Each motto and the number line on lines of their own; returns where the last of
    them ends (the number's symbol, when there is one)."""
    for m in motto:
        join(chars, m.start(), m.end())
        cut(chars, m.start())
        rule = RULE.match(head, m.end() + 1) if m.end() < len(head) else None
        cut_after(text, chars, rule.end() if rule else m.end())
    end = max((m.end() for m in motto), default=0)
    if number:
        join(chars, number.start(), number.end())
        cut(chars, number.start())
        end = number.start("raw") + len(number["raw"].rstrip())
        cut_after(text, chars, end)
    return end


def _lay_date(text: str, head: str, chars: list[str], end: int, motto_end: int) -> int:
    """The place and date on a line of their own, when they follow within 200 characters
    of ``end``; returns where they end (``end`` when there are none)."""
    # (the date comes after the motto, whichever of it and the number a copy ran first: "Số:
    # 856/QĐ-UB CỘNG HOÀ … Độc lập - Tự do - Hạnh phúc Hải Phòng, ngày …" is not dated at a
    # place named "Hạnh phúc Hải Phòng")
    date = PLACE_DATE.search(head, max(end, motto_end))
    if not (date and date.start() - end < 200):
        # a date line without its comma, right after the number
        date = PLACE_DATE_BARE_AT.match(head, end + len(head[end:]) - len(head[end:].lstrip()))
    if date and date.start() - end < 200:
        join(chars, date.start(), date.end())
        cut(chars, date.start())
        cut_after(text, chars, date.end())
        return date.end()
    return end


#: Most characters between the motto's two lines (a rule of dashes may stand between).
MOTTO_GAP = 60


def motto_run_end(motto: list) -> int:
    """End of the header's motto: its first match and the line that follows it, not a
    later "Đảng Cộng sản Việt Nam" in the preamble."""
    end = 0
    for m in motto:
        if end and m.start() - end > MOTTO_GAP:
            break
        end = m.end()
    return end


def header_start(text: str) -> int:
    """Where the header starts: 0, or when the first motto comes after a page's own
    opening (a site's summary of the document), the issuing body in capitals just
    before it ("… ngày 23/11/2025. THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI …")."""
    motto = MOTTO_TEXT.search(text, 0, PAGE_OPENING_CHARS)
    if motto is None or motto.start() < HEADER_CHARS:
        return 0
    issuer = ISSUER_BEFORE.search(text, max(0, motto.start() - ISSUER_CHARS), motto.start())
    return issuer.start() if issuer else motto.start()


def lay_title(text: str, chars: list[str], pos: int) -> int:
    """The type heading in capitals after ``pos``, its title (the run of capitals
    that follows) and the authority line that may end that run. Returns where the
    preamble starts."""
    heading = type_heading(text, pos)
    if heading is None:
        return pos
    start, type_end = heading
    run_end = caps_run_end(text, type_end)
    join(chars, start, run_end)                # the title broken by the site's wrapping
    cut(chars, start)
    cut_after(text, chars, type_end)
    if run_end <= type_end:
        # a title in sentence case ends where the first basis opens ("KẾ HOẠCH Thực hiện
        # Nghị quyết số 34-NQ/TU … năm 2026 Căn cứ Nghị định …")
        # (not at the title's first word: "KẾ HOẠCH Thực hiện Nghị quyết số 34-NQ/TU …")
        first = SPACES.match(text, type_end).end() + 1
        basis = FIRST_BASIS.search(text, first, type_end + SENTENCE_TITLE_CHARS)
        if basis:
            cut(chars, basis.start())
            return basis.start()
        return type_end
    auth = authority_in(text, type_end, run_end)
    if auth is not None:
        cut(chars, auth)
    cut_after(text, chars, run_end)
    return run_end


def type_heading(text: str, pos: int) -> tuple[int, int] | None:
    """Start and end of the type heading in capitals ("QUYẾT ĐỊNH") opening the text
    at ``pos`` (after spaces), or None."""
    # (a web page's header table may leave its cell marks between: "… năm 2024 |" / "QUYẾT ĐỊNH")
    rest = text[pos:pos + 400]
    start = pos + len(rest) - len(rest.lstrip(" \t\n|"))
    folded = fold(text[start:start + 40])
    for f, t in DOC_TYPE_FOLDED:
        if folded.startswith(f) and not folded[len(f):len(f) + 1].isalpha() \
                and text[start:start + len(t)].isupper():
            return start, start + len(t)
    return None


def caps_run_end(text: str, pos: int) -> int:
    """End of the run of words in capitals starting at ``pos`` (the title). A name in
    quotes belongs to it however it is written ("KẾ HOẠCH HÀNH ĐỘNG “Năm An toàn giao
    thông - 2017”")."""
    end = pos
    stop = min(len(text), pos + 1200)
    words = re.compile(r"\S+")
    m = words.search(text, pos, stop)
    while m:
        quoted = QUOTED_NAME.match(text, m.start(), stop)
        if quoted:
            end = quoted.end()
        elif not CAPS_WORD.fullmatch(m.group(0)) or PART_NUMBER.fullmatch(m.group(0)) \
                or m.group(0) == "V/v":
            break                       # (a subject's "V/v" opens the title in small letters)
        else:
            end = m.end()
        m = words.search(text, end, stop)
    return end


def authority_in(text: str, start: int, end: int) -> int | None:
    """Start of the authority line closing a title's run of capitals, or None."""
    best = None
    for m in AUTHORITY.finditer(text, start, end):
        before = text[start:m.start()].split()
        if not before or LINKING_WORD.search(before[-1]) or end - m.start() > AUTHORITY_MAX:
            continue
        best = m.start()
        break
    return best
