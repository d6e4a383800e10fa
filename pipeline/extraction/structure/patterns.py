"""Patterns several steps share: the header's place and date and mottos, a letter's subject,
the preamble's first words, the words that tie an annex or appendix to the document
("Kèm theo"), the list marks other modules read, and the capitals test."""
from __future__ import annotations

import regex as re

# --------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------

# Place and date: "Cần Thơ, ngày 15 tháng 12 năm 2022"; day/month may be blank. A day
# printed without "ngày" is read too ("Hà Nội, 19 tháng 08 năm 2024").
# (or in figures, as some letters and copies write it: "Đồng Tháp, ngày 19/11/2025")
PLACE_DATE = re.compile(
    r"(?<![\p{L}\d/\-])(?P<place>\p{Lu}[\p{L}.]*(?: \p{Lu}?[\p{L}.]*){0,4}?)\s*,\s*"
    r"(?:(?:ngày\s*(?:(?P<d>[OoUIl]?\d|\d{1,2})_?)?|(?P<d>\d{1,2})(?=\s*tháng))\s*"
    r"tháng\s*(?P<m>\d{1,2})?\s*năm\s*(?P<y>(?:19|20)\d\d)"
    r"|ngày\s*(?P<d>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>(?:19|20)\d\d)(?!\d))")
# The same line without its comma ("Hà Nội ngày 31 tháng 12 năm 2023"): only where the
# line opens with the place, every word of it capitalised, so a sentence's "... địa
# phương ngày 19 tháng 6 năm 2015" is never read as a place and date.
PLACE_DATE_BARE_AT = re.compile(
    r"(?P<place>\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,4}?)\s+ngày\s*"
    r"(?:(?P<d>[OoUIl]?\d|\d{1,2})_?)?\s*"
    r"tháng\s*(?P<m>\d{1,2})?\s*năm\s*(?P<y>(?:19|20)\d\d)")
PLACE_DATE_BARE = re.compile("^" + PLACE_DATE_BARE_AT.pattern)
# (PLACE_DATE_BARE_AT.match(text, pos) anchors at pos: "^" matches at pos only after a newline)
# A place/date line whose day and month the OCR garbled ("Hà Nội, ngày0} thángh măm 2026"):
# only the year is read. The words between "ngày" and the year must stay short.
GARBLED_DATE = re.compile(
    r"(?<![\p{L}\d/\-])(?P<place>\p{Lu}[\p{L}.]*(?: \p{Lu}?[\p{L}.]*){0,4}?)\s*,\s*ngày(?P<mid>[^\n]{0,30}?)"
    r"(?<![\d/.\-])(?P<y>(?:19|20)\d\d)(?![\d/])")

# "VIỆT" and "HÒA" of the motto, whatever mark a typist or a scan put on their vowels
# ("CHỦ NGHĨA VIẾT NAM", "CỘNG HÕA XÃ HỘI").
_VIET = r"VI[ỆẾỀỂỄÊÉÈẺẼẸE]T"
_HOA = r"H[OÒÓỎÕỌ][ÀÁẢÃẠA]"
# The state's and the Party's mottos in full.
STATE_MOTTO = re.compile(rf"CỘNG\s*{_HOA}\s*XÃ\s*HỘI\s*CHỦ\s*NGHĨA\s*{_VIET}\s*NAM|ĐẢNG\s*CỘNG\s*SẢN\s*{_VIET}\s*NAM",
                         re.I)
# National motto and rules that share the header with the issuing body.
MOTTO = re.compile(rf"CỘNG\s*{_HOA}\s*XÃ\s*HỘI|Độc\s*lập\s*-\s*Tự\s*do|ĐẢNG\s*CỘNG\s*SẢN\s*{_VIET}\s*NAM"
                   r"|^[\s\-_=–—.]*$", re.I)
# The motto's full wording, cut out of header lines that also hold the issuer.
MOTTO_TEXT = re.compile(STATE_MOTTO.pattern + r"|Độc\s*lập\s*[-–]\s*Tự\s*do\s*[-–]\s*Hạnh\s*phúc", re.I)

# Table cells flattened onto one line are separated by runs of spaces.
CELL_GAP = re.compile(r"\s{3,}|\t+")

# Subject line of an official letter: "V/v triển khai ...".
# (a header table read row by row may run it after the number, and after the place and
# date beside it: "Số: 4240/UBND-VX V/v …", "Số: 5973 /UBND-KT Lào Cai, ngày 11 tháng 6
# năm 2026 V/v …").
LETTER_SUBJECT = re.compile(r"^(?:Số\s*:?[^\n]{0,80}?\s)?V/v[.:]?\s*(?P<title>.+)$"
                            # a Party letter writes it out after its number: "Số 2449 -CV/ĐU về việc …",
                            # and some letters print "Về …" there ("Số: 5155/SGDĐT-GDTX Về hướng dẫn …")
                            r"|^Số\s*:?\s*\d[^\n]{0,60}?\s(?:[Vv]ề\s+việc|(?-i:Về))\s+(?P<title>.+)$", re.I)

# The addressees' line ("Kính gửi: …"): a text that opens with it is a letter copied
# without its header.
ADDRESSEES = re.compile(r"^[\s*_#|>]*Kính\s+gửi\b", re.M)

# Lines that open the preamble and so end the title.
PREAMBLE_START = re.compile(
    r"^(?:Căn cứ|Xét|Theo đề nghị|Kính gửi|Thực hiện\s+(?:\S+\s+){0,5}?(?:số\s*:?\s*\d|" + r"(?-i:" + r"Nghị|Quyết|Chỉ|Công|"
    r"Kế|Thông|Chương|Luật|Văn))|Triển khai\s+(?-i:Nghị|Quyết|Chỉ|Công|Kế|Thông|Chương))", re.I)

# The words that tie an annexed text or table to the document: "Ban hành kèm theo", "Kèm
# theo" (a scan may leave a speck after "Ban": "(Ban:" / "hành kèm theo Quyết định …").
ISSUED_WITH = r"(?:[Bb]an(?:\s*[:.,;'\"])?\s+hành\s+)?[Kk]èm\s+theo"

# Where an appendix starts (after the signature).
APPENDIX = re.compile(r"^(?:PHỤ\s*LỤC|Phụ\s*lục|\(\s*" + ISSUED_WITH + ")")

# A recipient item: "- Sở Y tế;" (list marks may be run together on one line).
# List mark at the start of a line: "1.", "2)", "a)", "-", "+", "•", with markdown stars.
ITEM_MARK = re.compile(
    r"^[\s*#_“]*(?:(?P<num>\(?\d+(?:\.\d+)*\s*[.)]|Điều\s+\d+\s*[.:])|(?P<letter>[a-zđ]\s*[.)])|(?P<dash>[-+•–]))?[\s*_]*")

# Levels of list marks, outermost first: an item of a higher level than the items that
# name bodies may still name one.
LIST_RANK = {"num": 3, "letter": 2, "dash": 1, "none": 0}


def list_mark(text: str, pos: int) -> str | None:
    """The kind of list mark ("num", "letter", "dash" or None) that opens the line holding
    ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return ITEM_MARK.match(text[start:end if end >= 0 else len(text)]).lastgroup


RECIPIENT_ITEM = re.compile(r"(?:^|(?<=[;:.])\s*|\n)\s*[-–•+]\s*(?P<item>[^\n]+?)(?=\s*(?:;|\.)?\s*(?:\n|$|[-–•+]\s))")


def is_caps(s: str) -> bool:
    letters = "".join(filter(str.isalpha, s))
    return bool(letters) and sum(map(str.isupper, letters)) >= 0.8 * len(letters)


# The line under an annexed plan's title: "(Kèm theo Quyết định số 981/QĐ-UBND …)".
ANNEX_LINE = re.compile(r"\(\s*" + ISSUED_WITH + r"\b")
