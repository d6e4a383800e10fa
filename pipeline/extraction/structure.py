"""Document anatomy: header, title, section tree with roles, signature, recipients.

Steps of ``parse``:
 1. lines       — split the text into lines with offsets, markup trimmed
 2. header      — issuing body lines, ``Số:`` number and symbol, place and date
 3. title       — the type line (``KẾ HOẠCH``) and the subject line(s) under it
 4. closing     — where the body ends: closing sentence, recipients, signature
 5. sections    — numbered headings between body start and end, nested by kind
 6. roles       — each section's role from its heading, else its parent's
 7. signature   — TM./KT. lines, the signer's title and name; recipients list
Everything works on ``Document.text``; block boldness is only a hint.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
import datetime

import regex as re

from pipeline.models import Document, Section, Structure
from pipeline.extraction.registry import PROVINCE_NAMES, TYPE_NAMES, UNIT_SUFFIX, canonical_symbol, fold, parse_symbol
from pipeline.reading.normalize import is_syllable
from pipeline.reading.lines import RECIPIENTS_WORDS

# --------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------

# Markdown and table leftovers at the edges of a line.
LINE_EDGE = re.compile(r"^[\s*#>|_]+|[\s*|_]+$")

# Roman part: "II. MỤC TIÊU"; OCR may read I as l or 1 ("Il."), so at least one
# real Roman letter is required and a lone digit never qualifies.
# Party documents mark parts with a dash ("IV- TỔ CHỨC THỰC HIỆN").
# (OCR may also read "II" as "H": "HI- TỔ CHỨC THỰC HIỆN")
ROMAN_HEADING = re.compile(
    r"^(?P<label>(?=[IVXlH1]*[IVX])(?!H[.:])[IVXlH1]{1,5})\s*(?:[.:]|-(?=\s))\s*(?P<title>\S.*)$")
# Article of a decision: "Điều 5. Tổ chức thực hiện".
# (a copy may drop its dot: "Điều 5 Điều khoản thi hành", a short title alone on its line;
# a wrapped line that goes on citing an article does not open one: "Điều 11 Nghị định số
# 186/2025/NĐ-CP tại …", "Điều 5 Quy định này; …")
ARTICLE_HEADING = re.compile(r"^Điều\s+(?P<label>\d{1,3})\s*(?:[.:]|(?=\s+\p{Lu})(?!\s+(?:Luật|Bộ luật|Nghị định|"
                             r"Nghị quyết|Thông tư|Quyết định|Chỉ thị|Pháp lệnh|Hiến pháp|Hiệp định|Công ước)\b)"
                             r"(?=(?:\s+[^\s.,;:]+){1,10}\s*$)(?!.*\bnày\b))"
                             r"\s*(?P<title>.*)$")
# Decimal section: "2.1. Đến năm 2030" (not "5.190 cộng tác viên").
DECIMAL_HEADING = re.compile(r"^(?P<label>\d{1,2}(?:\.\d{1,2}){1,2})\.?\s+(?P<title>\S.*)$")
# Arabic section: "1. Sở Y tế", "2) ..." (not "1.5" or "2030.").
ARABIC_HEADING = re.compile(r"^(?P<label>\d{1,2})\s*[.)](?![\d.])\s*(?P<title>\S.*)$")
# Lettered point in Vietnamese order: a) b) c) d) đ) e) g) h) i) k) ...
LETTER_HEADING = re.compile(r"^(?P<label>[a-zđ])\s*\)\s*(?P<title>\S.*)$")

# A lettered point marked with a dot ("a. Chủ trì …"), at a line's start or run in by a
# flattened copy ("… Đường sắt Việt Nam. b. Các cơ quan …", "1. Tuyên truyền a. Tổ chức …").
DOTTED_POINT = re.compile(r"(?m)(?:^[ \t*_#]*|(?<=\s))(?P<letter>[a-zđ])(?P<dot>\.)"
                          r"(?=[ \t]+[\p{Lu}\d“\"(])")


def bracket_dotted_points(text: str) -> str:
    """``text`` with its lettered points marked "a)" where the document marks them "a.",
    "b.", …, so every rule reads one mark (same length). Only a document whose dotted
    marks run from "a" to "b" letters its points so; a lone "c." may be anything."""
    found = list(DOTTED_POINT.finditer(text))
    if not {"a", "b"} <= {m["letter"] for m in found}:
        return text
    chars = list(text)
    for m in found:
        chars[m.start("dot")] = ")"
    return "".join(chars)


# A heading's number as patterns over a heading's text see it: "II.", "3)", or a decimal
# one, "2.3." (a plan numbered "1.", "1.1.", "1.1.1." has no Roman parts).
HEADING_NUMBER = r"(?:[IVXLC]+|\d+(?:\.\d+)*)\s*[.)]"

# A part counted as "Phần I. MỤC ĐÍCH, YÊU CẦU", "PHẦN THỨ HAI", "Phần 3 - …": a part as a
# Roman numeral marks one (its title may stand on the next line, in capitals).
# (not a sentence that opens on a part's name: "Phần 2 của Kế hoạch này …")
PART_HEADING = re.compile(r"^(?:Phần|PHẦN)\s+(?P<label>[IVX]{1,5}|\d{1,2}|(?:thứ|THỨ)\s+\p{L}+)"
                          r"(?:\s*[.:\-–]\s*|\s+(?=\p{Lu})|\s*$)(?P<title>(?:\p{Lu}.*)?)$")

# Heading kinds, outermost first; a heading closes open sections of its rank or deeper.
KIND_RANK = {"part": 0, "roman": 0, "article": 0, "arabic": 1, "decimal": 2, "letter": 3}
HEADING_PATTERNS = (("part", PART_HEADING), ("roman", ROMAN_HEADING), ("article", ARTICLE_HEADING),
                    ("decimal", DECIMAL_HEADING), ("arabic", ARABIC_HEADING),
                    ("letter", LETTER_HEADING))

# Section roles from the words a heading starts with (after "Các", "Một số"...).
# Order matters: "Phân công nhiệm vụ" is implementation before "nhiệm vụ" is tasks,
# and "Kết quả thực hiện mục tiêu" is baseline before "mục tiêu" is objectives.
# (and powers named before the duties they go with: "Thẩm quyền, trách nhiệm của …")
ROLE_FILLER = r"(?:(?:các|một số|những|đánh giá|dự kiến|nguồn)\s+|(?:thẩm quyền|quyền hạn)(?:,|\s+và)\s+(?=trách nhiệm))?"
ROLE_RULES = [
    # (OCR may drop the hook of "tổ": "TÔ CHỨC THỰC HIỆN")
    ("implementation", r"t[ổôỏ] chức thực hiện|phân công|trách nhiệm|tổ chức triển khai"),
    ("funding", r"kinh phí|ngân sách|nguồn vốn|vốn"),
    ("baseline", r"kết quả|thực trạng|hiện trạng|tình hình|đánh giá"),
    ("purpose", r"mục đích|yêu cầu|quan điểm|sự cần thiết"),
    ("objectives", r"mục tiêu|chỉ tiêu|lộ trình|định hướng|đến năm\s+(?:19|20)\d\d"),
    ("scope", r"đối tượng|phạm vi"),
    ("needs", r"nhu cầu"),
    ("tasks", r"nhiệm vụ|giải pháp|nội dung|hoạt động"),
]
ROLE_PATTERNS = [(role, re.compile(rf"^{ROLE_FILLER}(?:{words})\b", re.I))
                 for role, words in ROLE_RULES]
# Goal words anywhere in a heading ("Quán triệt các mục tiêu của Đề án") make it
# objectives, unless the heading reports results ("Tổng hợp kết quả thực hiện các
# chỉ tiêu"): then it is baseline. "Chương trình mục tiêu" names a kind of programme
# (budget lines: "Chi thực hiện các chương trình mục tiêu"), not a goal.
GOAL_WORDS = re.compile(r"\b(?<!chương\s+trình\s+)(?:mục tiêu|chỉ tiêu)\b", re.I)
RESULT_WORDS = re.compile(r"\b(?:kết quả|thực trạng|hiện trạng|tình hình|báo cáo|đã đạt)\b", re.I)
# A heading that asks bodies to carry out what follows is a part of duties, whatever goal it
# names first ("II. Để đạt được mục tiêu …, yêu cầu các Bộ, cơ quan, địa phương triển khai một
# số nhiệm vụ trọng tâm sau").
ASKS_BODIES = re.compile(r"\b(?:yêu cầu|đề nghị|giao)\s+(?:cho\s+)?(?:các\s+)?"
                         r"(?:bộ|sở|ban|ngành|cơ quan|đơn vị|địa phương|ủy ban|ubnd)\b.*\bsau$", re.I)
# Work already done: a tasks-like heading that reports it ("Một số nội dung đã
# thực hiện trong năm 2025", "Các nhiệm vụ đã triển khai") describes results.
PAST_WORK = re.compile(r"\bđã\s+(?:được\s+)?(?:thực hiện|triển khai|làm|đạt|hoàn thành|tổ chức|ban hành)\b", re.I)
# A heading that is only a stage ("Giai đoạn 2025 - 2030", "Giai đoạn 2 (2028-2030)",
# "Giai đoạn đến năm 2030"): the goals of that stage follow.
STAGE_ONLY = re.compile(
    r"^(?:giai đoạn|thời kỳ)\s*(?:\d|[IVX]{1,3})?\s*[:(\-–]?\s*(?:từ\s+)?(?:năm\s+)?"
    r"(?:(?:19|20)\d\d\s*(?:[-–—]|đến)\s*(?:năm\s+)?(?:19|20)\d\d|đến\s+năm\s+(?:19|20)\d\d)\s*\)?[\s:.;]*$",
    re.I)
# A needs heading ("Nhu cầu bồi dưỡng ... như sau:") is one however long it runs.
NEEDS_START = re.compile(r"^(?:(?:các|một số|những|dự kiến)\s+)?nhu cầu\b", re.I)

# Header: the number line "Số: 303/KH-UBND", "Số: /QĐ - UBND", "Số 10-CTr/TU".
# One code of a symbol: letters and digits, a point between two codes of capitals (an old
# police symbol, "QĐ.CATP"), and a copy's stray space after a lone capital ("U BND") or
# inside the year ("69/20 24 /NĐ-CP").
SYMBOL_CODE = r"(?:(?:19|20)(?:\s?\d){2}(?=\s*/)|[\p{L}\d][\p{L}\d&]*(?:\.\p{Lu}[\p{L}\d&]*)*(?:(?<=[/\-]\s*\p{Lu})\s(?=\p{Lu}{2,}(?![\p{L}\d]))\p{Lu}+)?)"
NUMBER_LINE = re.compile(
    # (the older form spaces the number from its codes: "Số: 1986 QĐ/UB")
    r"\bSố\s*[:.]?\s*(?P<raw>(?P<num>[0-9][0-9.]*)?\s*(?P<rest>(?:[/\-]|(?<=\d)[ \t]+(?=" + SYMBOL_CODE + r"\s*/))\s*" + SYMBOL_CODE +
    r"(?:\s*[/\-]\s*" + SYMBOL_CODE + r")*" + UNIT_SUFFIX + "))")
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
# OCR letters read for digits in a day number ("U6_" for 06).
OCR_DIGITS = str.maketrans("OoUIl", "00011")
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
# Table cells flattened onto one line are separated by runs of spaces.
CELL_GAP = re.compile(r"\s{3,}|\t+")
# Trailing rules after a header cell ("TỈNH ĐỒNG THÁP --------").
RULE_TAIL = re.compile(r"\s*[-_=–—]{3,}.*$")

# Document types as printed in capitals on the type line.
DOC_TYPES = ("KẾ HOẠCH", "QUYẾT ĐỊNH", "NGHỊ QUYẾT", "BÁO CÁO", "THÔNG TƯ", "CÔNG VĂN",
             "CHỈ THỊ", "THÔNG BÁO", "HƯỚNG DẪN", "TỜ TRÌNH", "CHƯƠNG TRÌNH HÀNH ĐỘNG",
             "CHƯƠNG TRÌNH", "ĐỀ ÁN", "NGHỊ ĐỊNH", "LUẬT", "GIẤY PHÉP", "PHƯƠNG ÁN",
             "QUY CHẾ", "QUY ĐỊNH", "CÔNG ĐIỆN", "KẾT LUẬN", "BIÊN BẢN", "THÔNG TƯ LIÊN TỊCH")
DOC_TYPE_FOLDED = sorted(((fold(t), t) for t in DOC_TYPES), key=lambda x: -len(x[0]))
# Subject line of an official letter: "V/v triển khai ...".
# (a header table read row by row may run it after the number, and after the place and
# date beside it: "Số: 4240/UBND-VX V/v …", "Số: 5973 /UBND-KT Lào Cai, ngày 11 tháng 6
# năm 2026 V/v …").
LETTER_SUBJECT = re.compile(r"^(?:Số\s*:?[^\n]{0,80}?\s)?V/v[.:]?\s*(?P<title>.+)$"
                            # a Party letter writes it out after its number: "Số 2449 -CV/ĐU về việc …",
                            # and some letters print "Về …" there ("Số: 5155/SGDĐT-GDTX Về hướng dẫn …")
                            r"|^Số\s*:?\s*\d[^\n]{0,60}?\s(?:[Vv]ề\s+việc|(?-i:Về))\s+(?P<title>.+)$", re.I)
SUBJECT_UNDER_NUMBER = re.compile(r"^Về(?:\s+việc)?\s+(?P<title>\p{Ll}.+)$")
NUMBER_FIRST = re.compile(r"^Số\b", re.I)
# The addressees' line ("Kính gửi: …"): a text that opens with it is a letter copied
# without its header.
ADDRESSEES = re.compile(r"^[\s*_#|>]*Kính\s+gửi\b", re.M)

# Lines that open the preamble and so end the title.
PREAMBLE_START = re.compile(
    r"^(?:Căn cứ|Xét|Theo đề nghị|Kính gửi|Thực hiện\s+(?:\S+\s+){0,5}?(?:số\s*:?\s*\d|" + r"(?-i:" + r"Nghị|Quyết|Chỉ|Công|"
    r"Kế|Thông|Chương|Luật|Văn))|Triển khai\s+(?-i:Nghị|Quyết|Chỉ|Công|Kế|Thông|Chương))", re.I)
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

# Closing block: the closing sentence, the recipients, the signature.
# The closing sentence: "Trên đây là Kế hoạch ...", "Quyết định này có hiệu lực ...",
# "Nghị quyết này được Hội đồng nhân dân ... khóa X, kỳ họp thứ Y thông qua ngày ...".
CLOSING_SENTENCE = re.compile(r"^(?:Trên đây là|(?:Quyết định|Nghị quyết|Thông tư) này có hiệu lực"
                              r"|Nghị quyết này (?:đã )?được\b.{0,300}?\bthông qua)")
RECIPIENTS = re.compile(RECIPIENTS_WORDS + r"\s*:?", re.I)
# Who executes the text, after the sentence that puts it in force ("Quyết định này có hiệu
# lực …" over "Chánh Văn phòng …, Trưởng phòng … chịu trách nhiệm thi hành Quyết định này"):
# the body goes on to that clause.
# (its line may break anywhere: "… chịu" over "trách nhiệm thi hành Quyết định này")
EXECUTING_CLAUSE = re.compile(r"\btrách\s+nhiệm\s+thi\s+hành\b|"
                              r"căn\s+cứ\s+(?:Quyết\s+định|Nghị\s+quyết)\s+(?:này\s+)?thi\s+hành")
# The marks are also written with a slash ("T/M. ĐOÀN KIỂM TRA", "K/T. GIÁM ĐỐC").
# The mark and whom it names share a line: "Lưu: VT, KT." ends with a filing code.
# (a slashed mark may go without its dot: "T/M TỈNH ỦY")
ON_BEHALF = re.compile(r"\b(?P<mark>T/?M|K/?T|T/?L|TUQ|Q)(?:\.|(?<=\b[TK]/[MTL])(?=[ \t]+\p{Lu}{2})"
                       # (or without its dot where it opens its line: "KT GIÁM ĐỐC")
                       r"|(?<=(?m:^)[ \t*_]*(?:KT|TM))(?=[ \t]+\p{Lu}{2}))[ \t]*"
                       # (one authority may hold two titles: "KT. BỘ TRƯỞNG, CHỦ NHIỆM")
                       # (whole words in capitals: not the first letter of the signer's name run on
                       # after them, "TM. ỦY BAN NHÂN DÂN TỈNH CHỦ TỊCH Phạm Thế Dũng")
                       r"(?P<whom>\p{Lu}{2,}(?:(?:[ \t]+|,[ \t]*)(?!(?:T/?M|K/?T|T/?L|TUQ|Q)\.)\p{Lu}+(?!\p{Ll}))*)")
# "TM. <collective>" is signed by the collective's head; the title under the mark,
# when the OCR lost it (a seal drawn over it), is the head's (Decree 30/2020/NĐ-CP).
HEAD_OF = (("uy ban nhan dan", "CHỦ TỊCH"), ("hoi dong", "CHỦ TỊCH"), ("doan", "TRƯỞNG ĐOÀN"),
           # (the Party's central committee is signed by its general secretary, not a "Trưởng ban")
           ("ban chap hanh", ""), ("ban", "TRƯỞNG BAN"), ("to", "TỔ TRƯỞNG"))
# A word in capitals with one small letter a web page's font left in it ("CHỦ TịCH"): the
# signature's words are read in capitals (one letter for one, so offsets stay).
CAPITALS_WITH_A_SMALL = re.compile(r"(?<![\p{L}])\p{Lu}{2,}\p{Ll}\p{Lu}*(?![\p{L}])|(?<![\p{L}])\p{Lu}\p{Ll}\p{Lu}{2,}(?![\p{L}])")
# The marks and the title a web page set in small letters, each on a line of its own ("TM. Ủy
# ban nhân dân tỉnh" / "KT. CHỦ TỊCH" / "Phó Chủ tịch"): read as the capitals they stand for.
SIGNATURE_LINE_IN_SMALL = re.compile(r"(?m)^[ \t]*(?:(?:TM|KT|TL)\.[ \t]+(?i:(?:ủy|uỷ)\s+ban\s+nhân\s+dân(?:\s+tỉnh|\s+thành\s+phố)?)|"
                                     r"(?:Phó\s+)?(?:Chủ\s+tịch|Giám\s+đốc|Bộ\s+trưởng|Chánh\s+Văn\s+phòng|"
                                     r"Trưởng\s+ban)(?:\s+[Tt]hường\s+trực)?)(?=[ \t]*(?:\((?i:đã ký)[^)\n]*\))?[ \t]*$)")


def in_capitals(m) -> str:
    """The match in capitals, where that keeps its length (offsets stay)."""
    up = m.group(0).upper()
    return up if len(up) == len(m.group(0)) else m.group(0)


# Titles printed above the signer's name.
SIGNER_TITLE = re.compile(
    r"(?<![\p{L}.])(?P<title>(?:PHÓ\s+|TỔNG\s+)?(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|BỘ\s+TRƯỞNG|THỨ\s+TRƯỞNG|"
    r"THỦ\s+TƯỚNG|TRƯỞNG\s+BAN|TRƯỞNG\s+PHÒNG|CHÁNH\s+VĂN\s+PHÒNG|CHÁNH\s+THANH\s+TRA|"
    r"CỤC\s+TRƯỞNG|CHI\s+CỤC\s+TRƯỞNG|VỤ\s+TRƯỞNG|BÍ\s+THƯ|HIỆU\s+TRƯỞNG|CHỦ\s+NHIỆM|"
    r"TRƯỞNG\s+ĐOÀN|GIÁM\s+ĐỐC\s+SỞ|"
    # (a deputy of the office may sign as "PHÓ VĂN PHÒNG")
    r"(?<=PHÓ[ \t])VĂN\s+PHÒNG)(?:[ \t]+THƯỜNG[ \t]+TRỰC)?)(?![\p{L}])")
# A second title of the same authority after a comma.
SECOND_TITLE = re.compile(r",[ \t]*" + SIGNER_TITLE.pattern)
# The title a mark is given, which may follow its dot with no space: "KT.CHỦ TỊCH PHÓ CHỦ TỊCH".
MARKS_TITLE = re.compile(SIGNER_TITLE.pattern.removeprefix(r"(?<![\p{L}.])"))
# Words before a name that are not part of it ("Ông Trần Văn An").
HONORIFICS = {"Ông", "Bà", "Anh", "Chị", "Đồng"}
# The last line of the recipients: "- Lưu: VT, ATMT." (an OCR that drops the horn
# reads "- Luu: VT, KT.")
FILING_LINE = re.compile(r"(?m)^[\s\-–•+]*L[ưu]u(?:\s*:|\s+(?=\p{Lu}))[^\n]*$")
# A military or police rank printed before the signer's name ("Đại tá Hà Nghĩa Lộ",
# "THIẾU TƯỚNG" on a line of its own): not part of the name.
RANK = re.compile(r"(?:(?:Đại|Thượng|Trung|Thiếu)[ \t]+(?:tá|tướng|úy|uý)|"
                  r"(?:ĐẠI|THƯỢNG|TRUNG|THIẾU)[ \t]+(?:TÁ|TƯỚNG|ÚY|UÝ))[ \t]+$")
# A document type in words ("Quyết định"), and a legal website's label of the document run
# on after the signer's name in a copied page ("… Nguyễn Hữu Tháp Quyết định 435/QĐ-UBND").
DOC_TYPE_WORDS = r"(?:Quyết định|Kế hoạch|Nghị quyết|Chỉ thị|Thông báo|Công văn|Công điện|Chương trình|Thông tư|Nghị định)\b"
SITE_LABEL = re.compile(r"[ \t]+" + DOC_TYPE_WORDS + r"[ \t]+\d{1,5}/")
# A person's name: 2-6 capitalised words ("Nguyễn Văn Khởi").
# (never a document type run on after it: "Nguyễn Hữu Tháp Quyết định 435/QĐ-UBND …")
# (a word of one letter stands in the names of the Hmong and the Ê Đê: "Thào A Tráng",
# "Y Biêr Niê", before another word of the name)
_NAME_WORD = r"(?:\p{Lu}\p{Ll}+|[AY](?=[ \t]+\p{Lu}\p{Ll}))"
PERSON_NAME = re.compile(r"(?<![\p{L}])(?P<name>" + _NAME_WORD + r"(?:[ \t]+(?!" + DOC_TYPE_WORDS + r")" + _NAME_WORD + r"){1,5})"
                         r"(?![\p{L}])")
# "KT. X" is signed by X's deputy; the deputy of a minister is a vice-minister.
DEPUTY_OF = {"BỘ TRƯỞNG": "THỨ TRƯỞNG"}
# A name line missing its first letters: "guyến Thành Sinh".
NAME_FRAGMENT = re.compile(r"(?m)^[^\p{L}\n]{0,3}(?P<frag>\p{Ll}{2,}(?:[ \t]+\p{Lu}\p{Ll}+){1,4})[ \t]*$")
# An appendix's title that lists indicators, and one that reports results (folded).
INDICATOR_TITLE = re.compile(r"\b(?:chi tieu|muc tieu)\b")
RESULTS_TITLE = re.compile(r"\b(?:ket qua|thuc hien nam|uoc thuc hien|da dat)\b")
APPENDIX_TITLE_CHARS = 300
# The words that tie an annexed text or table to the document: "Ban hành kèm theo", "Kèm
# theo" (a scan may leave a speck after "Ban": "(Ban:" / "hành kèm theo Quyết định …").
ISSUED_WITH = r"(?:[Bb]an(?:\s*[:.,;'\"])?\s+hành\s+)?[Kk]èm\s+theo"
# The caption under an appendix's title, and the first cell of a table under it.
APPENDIX_CAPTION = re.compile(r"\(" + ISSUED_WITH + r"[^)\n]*\)?")
# An appendix that lists tasks, by its title or its table's header (folded), how far past
# its title the header may reach, and the title of a text a decision issues in its annex.
# (or the work it divides among bodies: "PHỤ LỤC 01 / NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN KẾ HOẠCH")
TASKS_TITLE = re.compile(r"\b(?:nhiem\s*vu|phan\s*cong)\b")
TASK_HEADER_CHARS = 200
# Words by which an appendix's title names what it holds (folded).
KIND_WORDS = re.compile(r"\b(?:nhiem\s*vu|chi tieu|muc tieu|ket qua|danh muc|bieu|mau)\b")
# How many lines above its caption an appendix's "PHỤ LỤC" line may stand.
CAPTION_TITLE_LINES = 4
ISSUED_TEXT_TITLE = re.compile(r"^[\s*#|_]*(?:KẾ HOẠCH|QUY CHẾ|QUY ĐỊNH|CHƯƠNG TRÌNH|ĐỀ ÁN|HƯỚNG DẪN|ĐIỀU LỆ)\b")
APPENDIX_TABLE_START = re.compile(r"(?m)^[ \t*]*(?:S?TT|Số\s+TT)\b|\|")
# A line that opens an appendix: "PHỤ LỤC" at its start, or alone at its end after a page
# header an OCR read into it ("===== Trang 11 ===== Phụ lục").
APPENDIX_LINE = re.compile(r"(?m)^[\s*#|_]*(?:PHỤ\s*LỤC|Phụ\s*lục)\b|(?<=\S[ \t]+)(?:PHỤ\s*LỤC|Phụ\s*lục)[ \t\dIVX.:]*$")
# Where an appendix starts (after the signature).
APPENDIX = re.compile(r"^(?:PHỤ\s*LỤC|Phụ\s*lục|\(\s*" + ISSUED_WITH + ")")
# End of a news article's body.
NEWS_TAIL = re.compile(r"^(?:Bình luận bài viết|Xem thêm trên|Tin liên quan|Bài viết liên quan)")
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

# How far into the document the header may reach (lines).
HEADER_MAX_LINES = 40
# How many lines after the number line the place and date may come (a letter's
# "V/v" subject and the motto can sit between them).
HEADER_DATE_LINES = 8
# How many lines after a letter's "V/v" subject its motto may stand when the header has
# no number line ("UBND / THÀNH PHỐ HÀ NỘI / V/v: … / CỘNG HÒA … / Hà Nội, ngày …").
MOTTO_AFTER_SUBJECT = 3
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


BRACKETED = re.compile(r"\([^()]*\)")
# Marks an OCR'd speck leaves at a line's start.
SPECKS_BEFORE = re.compile(r"^[-–—_.,:;'`ˆ~=\s]+")


def is_caps(s: str) -> bool:
    letters = "".join(filter(str.isalpha, s))
    return bool(letters) and sum(map(str.isupper, letters)) >= 0.8 * len(letters)


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
    return None


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
        if not nxt or PREAMBLE_START.match(nxt) or heading_of(nxt):
            return n
    return 0


def _titled_by_its_source(lines: list[Line], i: int) -> bool:
    """A line right under the type line that reads like the preamble ("Thực hiện Nghị
    quyết số …") but is a title: it closes no sentence, and a preamble line ("Căn cứ …")
    follows it."""
    if not PREAMBLE_START.match(lines[i].text) or not SOURCE_TITLE.match(lines[i].text):
        return False
    n = _source_title_lines(lines, i)
    if not n or i + n >= len(lines) or not PREAMBLE_START.match(lines[i + n].text):
        return False
    # (the preamble may open the same way when it cites what the title names by number:
    # "Thực hiện Chương trình trợ giúp người khuyết tật …" over "Thực hiện Quyết định số
    # 1190/QĐ-TTg …, Ủy ban nhân dân tỉnh ban hành Kế hoạch … như sau:")
    title = " ".join(ln.text for ln in lines[i:i + n])
    return not SOURCE_TITLE.match(lines[i + n].text) or (
        not CITED_NUMBER.search(title) and bool(CITED_NUMBER.search(lines[i + n].text)))


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


# --------------------------------------------------------------------------
# Sections
# --------------------------------------------------------------------------

def heading_of(text: str) -> tuple[str, str, str] | None:
    """(kind, label, title) when a line opens with section numbering. A quotation that
    opens on the line (a report reproducing a letter: "Nội dung Công văn như sau: “1.
    Giao Công an tỉnh chủ trì …") leaves its numbering in place."""
    text = text.removeprefix("“")
    for kind, pat in HEADING_PATTERNS:
        m = pat.match(text)
        if m:
            label = m["label"]
            if kind == "roman":
                label = label.replace("l", "I").replace("1", "I").replace("H", "II")
            return kind, label, m["title"]
    return None


# Marks and spaces before a heading's words.
TITLE_LEAD = re.compile(r"^[\s*_:–\-]+")


def _clean_title(title: str) -> str:
    return TITLE_LEAD.sub("", title).strip()


def heading_role(title: str) -> str | None:
    """Step 6: the role a heading's own words give, or None when they say nothing.
    ``title`` is the heading proper (see ``heading_proper``)."""
    t = _clean_title(title).casefold()
    for role, pat in ROLE_PATTERNS:
        if pat.match(t):
            return "baseline" if role == "tasks" and PAST_WORK.search(t) else role
    if STAGE_ONLY.match(t):
        return "objectives"
    if GOAL_WORDS.search(t):
        if ASKS_BODIES.search(t.rstrip(" .:")):
            return "tasks"
        return "baseline" if RESULT_WORDS.search(t) else "objectives"
    return None


# A numbered line's heading proper is its text before the first colon; it reads as
# a heading (not as a sentence of the body) when it is short or set in bold or
# capitals. Lettered items often run a whole paragraph on from a short lead
# ("a) Nhân sự và kết quả ...: Có 20 ... nhiệm vụ dân số ..."): words deep in such
# a body say nothing about the section's role.
HEADING_MAX_CHARS = 90


def heading_proper(title: str) -> str:
    return _clean_title(title).split(":", 1)[0].strip()


def reads_as_heading(title: str, looks: bool = False) -> bool:
    """``looks``: the line is set as a heading (bold, capitals, a Roman part)."""
    lead = heading_proper(title)
    return bool(lead) and (len(lead) <= HEADING_MAX_CHARS or looks or is_caps(lead))


def own_role(title: str, looks: bool = False) -> str | None:
    """The role a numbered line gives itself: from its heading proper when that reads
    as a heading; a needs heading always counts. None: inherit the parent's."""
    if NEEDS_START.match(_clean_title(title)):
        return "needs"
    if not reads_as_heading(title, looks):
        return None
    return heading_role(heading_proper(title))


def continues_heading(head: Line, nxt: Line) -> bool:
    """A hard-wrapped heading: the next line carries on the same heading."""
    if heading_of(nxt.text) or nxt.text[:1] in "-+•":
        return False
    if head.text.rstrip()[-1:] in ".;:":
        return False
    if nxt.text[:1].islower() and len(head.text) < 60:
        return True
    return is_caps(head.text) and is_caps(nxt.text) and len(nxt.text) < 120 and head.bold == nxt.bold


def parse_sections(lines: list[Line], body_start: int, body_end: int) -> list[Section]:
    """Step 5: nest numbered headings; each section ends where the next sibling or an
    ancestor's sibling starts (or at the end of the body)."""
    sections: list[Section] = []
    stack: list[tuple[int, Section, int]] = []   # (rank, section, its index)
    body = [ln for ln in lines if body_start <= ln.start < body_end]
    for idx, ln in enumerate(body):
        h = heading_of(ln.text)
        if not h:
            continue
        kind, label, title = h
        rank = KIND_RANK[kind]
        if kind == "decimal":           # "1.3.1" sits under "1.3"
            rank += (label.count(".") - 1) / 10
        while stack and stack[-1][0] >= rank:
            stack.pop()[1].end = ln.start
        parent = stack[-1][1] if stack else None
        parent_i = stack[-1][2] if stack else None
        heading_end, heading = ln.end, ln.text
        j = idx + 1
        while j < len(body) and continues_heading(body[j - 1], body[j]) and j - idx < 3:
            heading_end, heading, title = body[j].end, heading + " " + body[j].text, title + " " + body[j].text
            j += 1
        if kind == "article":
            label = f"Điều {label}"
        elif kind == "part":
            label = f"Phần {label}"
        if kind == "decimal" and parent and parent.path.endswith(label.rsplit(".", 1)[0]) \
                and parent.path.rsplit(".", 1)[-1] == label.rsplit(".", 2)[-2]:
            label = label.rsplit(".", 1)[1]         # "1.3" > "1.3.1": path "….1.3.1"
        elif kind == "decimal" and parent and label.startswith(parent.path.rsplit(".", 1)[-1] + "."):
            label = label.split(".", 1)[1]
        path = f"{parent.path}.{label}" if parent else label
        # a Roman part is a heading by its numbering; a hard-wrapped heading keeps the
        # look (bold, capitals) of its first line
        looks = ln.bold or kind in ("roman", "part") or is_caps(h[2])
        role = own_role(title, looks) or (parent.role if parent else "other")
        if parent and parent.role == "baseline" and STAGE_ONLY.match(heading_proper(title)):
            role = parent.role      # a stage under a results part reports that stage
        s = Section(path=path, heading=heading, level=len(stack) + 1, role=role,
                    start=ln.start, end=body_end, heading_end=heading_end, parent=parent_i)
        sections.append(s)
        stack.append((rank, s, len(sections) - 1))
    return sections


# --------------------------------------------------------------------------
# Closing block, signature, recipients
# --------------------------------------------------------------------------

def is_signature_line(text: str) -> bool:
    """A line of the signature block: "TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", or the
    title run together with the signer's name ("CHỦ TỊCH Trần Thanh Mẫn")."""
    if ON_BEHALF.match(text):
        return True
    # (a title a page set in small letters on a line of its own: "Phó Chủ tịch" / "(Đã ký)")
    text = SIGNATURE_LINE_IN_SMALL.sub(in_capitals, text)
    t = SIGNER_TITLE.match(text.strip())
    if not t or not is_caps(t.group(0)):
        return False
    # (a note on the signing may follow the title: "CHỦ TỊCH (Đã ký)")
    rest = SIGNING_NOTE.sub("", text.strip()[t.end():]).strip()
    return not rest or bool(PERSON_NAME.fullmatch(rest))


SIGNING_NOTE = re.compile(r"^\s*\((?i:đã ký)[^()\n]{0,30}\)")


# The recipients' first item, which sends the text to those it addresses ("- Như trên;",
# "- Như khoản 2 Điều 8;"): the list has begun even where a scan lost its "Nơi nhận:".
AS_ABOVE = re.compile(r"^[\s\-–•+_~]*Như\s+(?:trên|(?:khoản\s+\d+\s+)?Điều\s+\d+)\s*[;.,:]*\s*$")


def find_body_end(lines: list[Line], body_start: int, text_len: int) -> int:
    """Step 4: first character of the closing block — the closing sentence, the
    recipients (``Nơi nhận:``), the signature, or the end of a news article,
    whichever comes first after the last section.

    A closing sentence counts only when no numbered heading follows it before the
    recipients or signature: "Trên đây là kết quả ..." may close one part of a report
    with the next part still to come."""
    hard = text_len                    # recipients, signature, news tail
    body = [ln for ln in lines if ln.start >= body_start]
    for ln in body:
        if NEWS_TAIL.match(ln.text) or RECIPIENTS.match(ln.text) or is_signature_line(ln.text) \
                or AS_ABOVE.match(ln.text):
            hard = ln.start
            break
    closing = None
    for ln in body:
        if ln.start >= hard or (closing is not None and APPENDIX.match(ln.text)):
            break                      # an appendix's headings are not the body's
        if CLOSING_SENTENCE.match(ln.text):
            # (not where the clause of who executes it follows on the same line: "Quyết định này
            # có hiệu lực kể từ ngày ký. Chánh Văn phòng …, Trưởng phòng … chịu trách nhiệm thi hành")
            if closing is None and not EXECUTING_CLAUSE.search(ln.text):
                closing = ln.start
        elif closing is not None and (heading_of(ln.text) or EXECUTING_CLAUSE.search(ln.text)):
            closing = None             # the body goes on: that sentence closed a part only
    return closing if closing is not None else hard


def title_case(title: str) -> str:
    """'PHÓ CHỦ TỊCH' -> 'Phó Chủ tịch', 'GIÁM ĐỐC' -> 'Giám đốc'."""
    words = title.split()
    if words and words[0] in ("PHÓ", "TỔNG", "Q."):     # ("Q. CHỦ TỊCH": the acting chairman)
        return words[0].capitalize() + " " + title_case(" ".join(words[1:]))
    out = " ".join(words).capitalize()
    return out.replace("văn phòng", "Văn phòng").replace("thanh tra", "Thanh tra") \
        .replace("thường trực", "Thường trực")


def indicator_appendices(text: str, body_end: int | None) -> list[tuple[int, int, int | None]]:
    """Appendices after the signature that list the document's indicators ("Phụ lục /
    CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030"): (start, end, the year their title
    reaches, or None). An appendix that reports results ("Kết quả thực hiện các chỉ
    tiêu") is none. OCR may drop the marks of the title, so it is compared folded."""
    if not body_end:
        return []
    starts = [m.start() for m in APPENDIX_LINE.finditer(text, body_end)]
    out = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        title = fold(_appendix_title(text, start, end)).lower()
        if INDICATOR_TITLE.search(title) and not RESULTS_TITLE.search(title):
            years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", title)]
            out.append((start, end, max(years) if years else None))
    return out


def task_appendices(text: str, body_end: int | None) -> list[tuple[int, int]]:
    """Appendices after the signature that list the document's tasks ("PHỤ LỤC II / DANH
    MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM …", or a title over its caption alone: "NHIỆM VỤ
    TRỌNG TÂM NĂM 2026 (Kèm theo Nghị quyết số …)", a table headed "Nhiệm vụ và chỉ
    tiêu"): (start, end). One that lists indicators or reports results is none, and so is
    a plan or rules a decision issues under its caption (read as the annexed text)."""
    if not body_end:
        return []
    starts = _appendix_starts(text, body_end)
    out: list[tuple[int, int]] = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        title = _appendix_title(text, start, end)
        folded = fold(title).lower()
        head = fold(text[start:min(end, start + len(title) + TASK_HEADER_CHARS)]).lower()
        other = INDICATOR_TITLE.search(folded) or RESULTS_TITLE.search(folded) or ISSUED_TEXT_TITLE.match(title)
        # (a caption repeated over the next part of the same table, with no title of its own
        # and a header the scan may have garbled, goes on with the appendix before it)
        caption = APPENDIX_CAPTION.search(title)
        untitled = not APPENDIX_LINE.match(text, start) and \
            not KIND_WORDS.search(fold(title[:caption.start()] if caption else title).lower())
        goes_on = bool(out) and out[-1][1] == start and untitled and not other
        if (TASKS_TITLE.search(head) and not other) or goes_on:
            out.append((start, end))
    return out


def appendix_start(text: str, body_end: int | None, pos: int) -> int | None:
    """Where the appendix holding ``pos`` (after the signature) starts, or None."""
    if not body_end or pos < body_end:
        return None
    starts = _appendix_starts(text, body_end)
    return starts[bisect_right(starts, pos) - 1] if starts and starts[0] <= pos else body_end


@lru_cache(maxsize=4)
def _appendix_starts(text: str, body_end: int) -> tuple[int, ...]:
    """The lines that open an appendix, by "PHỤ LỤC" or by its caption (asked once per
    document, for each of its figures)."""
    return tuple(sorted({m.start() for m in APPENDIX_LINE.finditer(text, body_end)} | set(_caption_starts(text, body_end))))


def _caption_starts(text: str, body_end: int) -> list[int]:
    """The lines that open an appendix with its caption and no "PHỤ LỤC" above it: the
    title's line just above the caption when it is in capitals, else the caption's own."""
    out = []
    for m in APPENDIX_CAPTION.finditer(text, body_end):
        line = _line_start(text, m.start())
        if APPENDIX_LINE.search(text, max(body_end, _lines_above(text, line, CAPTION_TITLE_LINES)), m.start()):
            continue                        # (the caption of a "PHỤ LỤC" just above)
        above = _lines_above(text, line, 1)
        title = text[above:line]
        start = above if above >= body_end and sum(map(str.isalpha, title)) >= 6 and is_caps(title) else line
        # (the title may stand under the type of the text the caption issues: "QUY ĐỊNH" /
        # "CHỨC NĂNG, NHIỆM VỤ, … CỦA SỞ NỘI VỤ" / "(Ban hành kèm theo …)")
        kind = _lines_above(text, start, 1)
        if start == above and kind >= body_end and ISSUED_TEXT_TITLE.match(text[kind:start]) \
                and text[kind:start].strip(" \t\n*#_|").count(" ") <= 2:
            start = kind
        out.append(start)
    return out


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _lines_above(text: str, line: int, n: int) -> int:
    """Where the line ``n`` lines above the line starting at ``line`` starts."""
    for _ in range(n):
        if line == 0:
            break
        line = _line_start(text, line - 1)
    return line


def _appendix_title(text: str, start: int, end: int) -> str:
    """An appendix's title: its lines up to the caption that ties it to the document
    ("(Kèm theo Quyết định số …)") or, without one, up to its table's first cell. A column
    headed "Kết quả" is the result to reach, and no title of results."""
    head = text[start:min(end, start + APPENDIX_TITLE_CHARS)]
    caption = APPENDIX_CAPTION.search(head)
    if caption:
        return head[:caption.end()]
    first_line_end = head.find("\n")
    table = APPENDIX_TABLE_START.search(head, first_line_end) if first_line_end >= 0 else None
    return head[:table.start()] if table else head


INLINE_TAG = re.compile(r"</?[a-zA-Z][^<>\n]*>")


def closing_region(text: str, body_end: int) -> str:
    """The text from the body's end up to an appendix (or the end)."""
    rest = text[body_end:]
    for m in re.finditer(r"(?m)^.*$", rest):
        # (a copy may keep the page's markup: "<p align="center"><b>Phụ lục I</b><br>")
        if m.start() > 0 and APPENDIX.match(INLINE_TAG.sub("", m.group(0)).strip(" *|")):
            return rest[: m.start()]
    return rest


# The rest of a title in capitals between the title and the name in a flattened copy, and
# the word in capitals the copy runs on into after the name.
FLAT_TITLE_RUN = re.compile(r"[ \t]+[\p{Lu}][\p{Lu} \t,\-–]{2,80}[ \t]+")
CAPITALS_AFTER = re.compile(r"[ \t]+\p{Lu}{2,}(?![\p{Ll}])")


def stands_alone(region: str, after: int, m) -> bool:
    """A name candidate sits on its own line or cell, or right after the title. A
    province's name is a place, not a person (a table cell "Yên Bái" an OCR read into the
    signature column's lines)."""
    if m["name"] in PROVINCE_NAMES:
        return False
    before = region[after:m.start()]
    if (rank := RANK.search(before)) and (not before[:rank.start()].strip()
                                          or before[:rank.start()].endswith("\n")):
        before = before[:rank.start()]
    tail = region[m.end():m.end() + 4]
    # (or at the end of a recipient's line, the signature column read into it:
    # "- Lãnh đạo VPUBND tỉnh; Nguyễn Thế Phước"; or, in a flattened copy, after a second
    # title in capitals and before the capitals of the text run on after it: "BỘ TRƯỞNG
    # CHỦ TỊCH HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG Nguyễn Văn Thắng QUY CHẾ …")
    flat = FLAT_TITLE_RUN.fullmatch(before)
    # (or after a speck a worn copy left at the line's start, the name alone on the rest of
    # the line: "- Nguyễn Hoàng Giang", not a recipient "- Bộ Công Thương (b/c);")
    specked = re.search(r"\n[-_`'|~^.\"][ \t]*$", before) and (re.match(r"[ \t]*(?:\n|$)", tail)
                                                                  or NON_STOP_SPECK_AFTER.match(region, m.end()))
    own_start = not before.strip() or re.search(r"(?:\n|\s{3}|\n[-–•+][^\n]*[;.]\s)\s*$", before) or flat or specked
    # (or a table cell's end, or a website's label after it)
    own_end = not tail.strip() or re.match(r"\s*\n|\s{3}|\s*\(|\s*\|", tail) \
        or SITE_LABEL.match(region, m.end()) or (flat and CAPITALS_AFTER.match(region, m.end())) \
        or _speck_after(region, m.end()) \
        or specked or (before.endswith("\n") or not before) and PUNCT_SPECK_AFTER.match(region, m.end()) \
        or (before.endswith("\n") or not before) and RECIPIENT_AFTER.match(region, m.end())
    return bool(own_start and own_end)


# What a scan may leave after the name on its line: a speck of the seal or signature read
# as letters no syllable holds ("Hoàng Chí Hiền wư"); or, the two columns read as one line,
# the recipients' next entry ("Trần Huy Tuấn - Cổng thông tin điện tử tỉnh;").
SPECK_AFTER = re.compile(r"[ \t]+(?P<speck>\p{L}{1,3})[ \t]*(?:\n|$)")
# ... or a mark of the seal or the ink, alone at the name's line's end ("Bùi Thanh An.",
# "Trần Thị Diệu Thúy :", "Phùng Thành Vinh -"); not a recipient's ";" nor a bracket.
_INK_MARKS = r":_`'\"~^\-"
PUNCT_SPECK_AFTER = re.compile(rf"[ \t]*[.{_INK_MARKS}]{{1,2}}[ \t]*(?:\n|$)")
# (after a speck at the line's start too, but not a stop: "- Sở Y Tế." is a recipient)
NON_STOP_SPECK_AFTER = re.compile(rf"[ \t]*[{_INK_MARKS}]{{1,2}}[ \t]*(?:\n|$)")
RECIPIENT_AFTER = re.compile(r"[ \t]+[-–][ \t]+\p{Lu}[^\n]*[;.][ \t]*(?:\n|$)")


def _speck_after(region: str, end: int) -> bool:
    speck = SPECK_AFTER.match(region, end)
    return bool(speck) and not is_syllable(speck["speck"])


def _marks(region: str) -> tuple[dict, int]:
    """The TM./KT. marks of a signature block ({"on_behalf": …, "for": …}) and where the
    last of them ends, past the title a KT. mark prints after its own."""
    sig: dict = {}
    pos = 0
    for m in ON_BEHALF.finditer(region):
        mark = m["mark"].replace("/", "")
        whom = re.sub(r"\s+", " ", m["whom"]).strip()
        # the title printed after "KT. CHỦ TỊCH" starts after the mark's own title
        t = MARKS_TITLE.match(region, m.start("whom"))
        if t and (second := SECOND_TITLE.match(region, t.end())):
            t = second                  # "KT. BỘ TRƯỞNG, CHỦ NHIỆM": both titles are the mark's
        if mark != "TM" and t:
            whom = re.sub(r"\s+", " ", region[m.start("whom"):t.end()])
        key = "on_behalf" if mark == "TM" else "for"
        sig[key] = f"{mark}. {whom}"
        pos = t.end() if t and mark != "TM" else m.end("whom")
    return sig, pos


# The first word of a body's name, which no person's name opens with ("Bộ Công Thương").
BODY_WORD = re.compile(r"(?:Bộ|Sở|Ban|Cục|Chi|Ủy|Uỷ|Công|Phòng|Trung|Văn|Hội|Viện|Tổng|Đài|Báo|Kho|Thanh|Ngân|"
                       r"Tỉnh|Thành|Đảng|Mặt|Liên|Học|Trường|Bệnh|Cổng|Lãnh|Các|Như)\b")
# A speck a worn copy left before the name that opens the line after the filing line.
SPECK_OPENING = re.compile(r"[ \t]*(?:[-_`'|~^.\"“”][ \t]*)?")


def _name_after_filing(region: str, body_end: int, min_words: int = 3, worn: bool = False) -> dict:
    """A full name (``min_words`` words or more, so no place name) alone on the very next
    line after the recipients' filing line "Lưu: VT, ..."; {} if there is none. With
    ``worn``, the name opens that line, after a speck perhaps, whatever a worn copy ran on
    after it ("" Phan Trung Bá tụ", "- Nguyễn Tuấn Anh PHỤ LỤC:", "Phạm Năng Chung 4 Ưu
    tiên …"). A body's name is never one."""
    filed = FILING_LINE.search(region)
    nxt = filed and re.match(r"\s*\n[ \t]*", region[filed.end():])
    if not nxt:
        return {}
    at = filed.end() + nxt.end()
    line_end = region.find("\n", at) if "\n" in region[at:] else len(region)
    if worn:
        name = PERSON_NAME.match(region, SPECK_OPENING.match(region, at).end())
    else:
        name = PERSON_NAME.fullmatch(region, at, at + len(region[at:line_end].rstrip()))
    if not name or len(name["name"].split()) < min_words or name["name"] in PROVINCE_NAMES \
            or BODY_WORD.match(name["name"]):
        return {}
    return {"signer": name["name"], "signer_start": body_end + name.start(), "signer_end": body_end + name.end()}


def parse_signature(text: str, body_end: int) -> dict:
    """Step 7: TM./KT. marks, the signer's title and name, with offsets."""
    region = SIGNATURE_LINE_IN_SMALL.sub(in_capitals, CAPITALS_WITH_A_SMALL.sub(in_capitals, closing_region(text, body_end)))
    sig, pos = _marks(region)
    titles = [t for t in SIGNER_TITLE.finditer(region, pos)]
    if titles and title_of_mark(sig) and _name_before(region, pos, titles[0].start()):
        titles = []     # a post printed under the name ("Hoàng Văn Thuân / PHÓ GIÁM ĐỐC"): the mark's head signs
    if titles:
        title = titles[0]
        read, after = re.sub(r"\s+", " ", title["title"]), title.end()
        sig["title_start"] = body_end + title.start()
    elif (read := title_of_mark(sig)):
        after = pos                    # no title read under the marks: the mark's own
    else:
        # no title at all (a seal over the whole block)
        # (a block with no title: 2 words under a mark, "T/M TỈNH ỦY" … "Hoàng Giang")
        return {**sig, **_name_after_filing(region, body_end, 2 if sig else 3)}
    name = next((n for n in PERSON_NAME.finditer(region, after) if stands_alone(region, after, n)), None)
    if "for" in sig and sig["for"].split(". ", 1)[-1] == read:
        # "KT. CHỦ TỊCH" is signed by a deputy: a title equal to the mark's lost its
        # "PHÓ" to the OCR (the seal or signature drawn over it)
        read = DEPUTY_OF.get(read, "PHÓ " + read)
    sig["signer_title"] = title_case(read)
    if name:
        sig["signer"] = name["name"]
        sig["signer_start"] = body_end + name.start()
        sig["signer_end"] = body_end + name.end()
    elif (full := completed_name(region, after, text)):
        sig["signer"] = full[0]
        sig["signer_start"] = body_end + full[1]
        sig["signer_end"] = body_end + full[2]
    elif (filed := _name_after_filing(region, body_end, worn=True)):
        # no name stands alone under the title
        sig.update(filed)
    elif not titles and not re.search(r"\p{Ll}", _before_annex(text[body_end + pos:])) \
            and not re.search(r"\s+".join(map(re.escape, read.split())), _before_annex(region), re.I):
        # the mark alone at the end of a copy, nothing written under it but capitals (a copy
        # cut after "TM. ỦY BAN NHÂN DÂN", the annexed plan's title begun): who signs is not
        # printed, so no title is given for them (a seal over the title leaves a name below)
        del sig["signer_title"]
    return sig


# The line under an annexed plan's title: "(Kèm theo Quyết định số 981/QĐ-UBND …)".
ANNEX_LINE = re.compile(r"\(\s*" + ISSUED_WITH + r"\b")


def _name_before(region: str, start: int, end: int) -> bool:
    """Whether a name line (or one whose first word the seal garbled) stands between
    the marks and the first title, which then is the post printed under the name."""
    return bool(any(stands_alone(region, start, n) for n in PERSON_NAME.finditer(region, start, end))
                or NAME_FRAGMENT.search(region, start, end))


# A legal website's mark of the signature it does not reproduce, after the signer's name:
# "… thi hành Quyết định này. Đào Đình Bình (Đã ký) QUY ĐỊNH …" (the name may be wrapped).
SIGNED_ON_SITE = re.compile(r"(?<![\p{L}])(?P<name>" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,4})\s*\(\s*Đã\s+ký\s*\)")


def _signed_on_site(text: str, body_start: int) -> dict:
    """The signer a website's copy marks "(Đã ký)" after the name, where no signature block
    was read; {} when there is no such mark."""
    m = SIGNED_ON_SITE.search(text, body_start)
    if not m or BODY_WORD.match(m["name"]):
        return {}
    return {"signer": " ".join(m["name"].split()), "signer_start": m.start("name"), "signer_end": m.end("name")}


def _before_annex(rest: str) -> str:
    """What a copy prints after the signature mark, up to an annexed plan's own lines."""
    m = ANNEX_LINE.search(rest)
    return rest[:m.start()] if m else rest


def _drop_misread_signer(doc: Document, sig: dict) -> None:
    """A name read off a scan under the seal, with a word no Vietnamese syllable
    ("Hơấñg Chí Hiên"), is no name to report; the title above it stands. A family name
    read with a wrong mark ("Đỉnh Công Sứ") is the one family name of those letters."""
    if "signer" not in sig or doc.page_at(sig["signer_start"]) not in doc.ocr_pages:
        return
    if not all(is_syllable(w) for w in sig["signer"].split()):
        for key in ("signer", "signer_start", "signer_end"):
            del sig[key]
        return
    first, _, rest = sig["signer"].partition(" ")
    if rest and first not in FAMILY_NAMES and len(named := FAMILY_NAMES_BY_LETTERS.get(fold(first), ())) == 1:
        sig["signer"] = f"{named[0]} {rest}"


# Vietnamese family names, the common ones; by their letters without marks, where the OCR
# may misread a mark ("Đỉnh" for "Đinh"). Letters two names share ("La", "Lã") tell neither.
FAMILY_NAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Đoàn Trịnh Trương "
    "Lương Lưu Mạc Tạ Tô Tống Nông Lâm Quách Cao Mai Diệp Thái Chu Kiều Hứa Vương Triệu Thân Phùng Lục "
    "Khuất Tiêu Hầu Giang Tăng Đàm Châu Văn Hà Lò Vi Hoàng Kim Doãn Cù Khổng Lại Nghiêm Ninh Âu Bạch "
    "Biện Cấn Chử Đồng Hàn La Lã Ma Mẫn Ông Quan Quản Sầm Thạch Trình Từ Viên Vy Yên "
    # (and rarer ones whose letters are a common one's: "Lường" is no misread "Lương")
    "Lường Đường Lữ Phí Giáp Khương Ngụy Mông Thiều Tào Tôn Ứng Ưng Hạ Đăng".split())
FAMILY_NAMES_BY_LETTERS: dict[str, tuple[str, ...]] = {}
for _name in sorted(FAMILY_NAMES):
    FAMILY_NAMES_BY_LETTERS[fold(_name)] = FAMILY_NAMES_BY_LETTERS.get(fold(_name), ()) + (_name,)


def title_of_mark(sig: dict) -> str:
    """The signer's title when the OCR read the marks but lost the title under them:
    "KT. CHỦ TỊCH" is signed by a deputy ("PHÓ CHỦ TỊCH"), "TM. ĐOÀN KIỂM TRA" by the
    collective's head ("TRƯỞNG ĐOÀN"). Empty when the marks say nothing of it."""
    if "for" in sig:
        # an acting head signs as such ("Q. CHỦ TỊCH"); "KT. X" is signed by X's deputy,
        # whom the caller names from X (one title: "KT. BỘ TRƯỞNG, CHỦ NHIỆM" has no one
        # deputy); whoever signs "TL."/"TUQ." is not told by the mark
        if sig["for"].startswith("Q. "):
            return sig["for"]
        mark, _, whom = sig["for"].partition(". ")
        return whom if mark == "KT" and "," not in whom else ""
    whom = fold(sig.get("on_behalf", "").split(". ", 1)[-1]).lower()
    whom = re.sub(r"^ban ch\w*p hanh\b", "ban chap hanh", whom)      # (OCR: "BAN CHẮÁP HÀNH")
    for start, head in HEAD_OF:
        if whom == start or whom.startswith(start + " "):
            return head
    return ""


def completed_name(region: str, after: int, text: str = "") -> tuple[str, int, int] | None:
    """A signer's name whose first letters the OCR lost ("guyến Thành Sinh") completed
    from a full name of the closing block that ends the same way once accents are
    folded ("- PCT UBND tỉnh Nguyễn Thành Sinh;"). A first word the seal garbled whole
    ("lowfg Văn Thuân") is completed from the one full name of the document (``text``)
    whose other words are the fragment's ("Ông. Hoàng Văn Thuân - Trưởng đoàn").
    Returns the full name and the fragment's span; None when no full name fits (a
    fragment is never kept as is)."""
    for frag in NAME_FRAGMENT.finditer(region, after):
        tail = fold(frag["frag"])
        for n in PERSON_NAME.finditer(region):
            full = n["name"]
            if len(full.split()) == len(frag["frag"].split()) and fold(full).endswith(tail) \
                    and len(tail) >= len(fold(full)) - 3:
                return full, frag.start("frag"), frag.end("frag")
        words = frag["frag"].split()
        if len(words) < 3:
            continue                   # a given name alone is too weak a key
        rest = fold(" ".join(words[1:]))
        names = (" ".join(n["name"].split()[1:]) if n["name"].split()[0] in HONORIFICS else n["name"]
                 for n in PERSON_NAME.finditer(text or region))
        fits = {n for n in names if len(n.split()) == len(words) and fold(n).endswith(" " + rest)}
        if len(fits) == 1:
            return fits.pop(), frag.start("frag"), frag.end("frag")
    return None


def parse_recipients(text: str, body_end: int, signature: dict | None = None) -> list[str]:
    """The ``Nơi nhận:`` list, one entry per recipient (items split at ';'); it ends
    where the signature's marks or the signer's name begin."""
    region = closing_region(text, body_end)
    if signature and signature.get("signer_start", -1) > body_end:
        region = region[: signature["signer_start"] - body_end]
    m = RECIPIENTS.search(region)
    if not m:
        return []
    stop = len(region)
    first_nl = region.find("\n", m.end())
    first_nl = len(region) if first_nl < 0 else first_nl
    for marker in (ON_BEHALF, SIGNER_TITLE):
        for s in marker.finditer(region, m.end()):
            # a title on the line of "Nơi nhận:" sits in another column: skip it
            if s.start() > first_nl or region[m.end():s.start()].strip(" -–•+"):
                stop = min(stop, s.start())
                break
    chunk = region[m.end():stop]
    head = region[m.end():min(first_nl, stop)]
    if is_caps(head) and SIGNER_TITLE.search(head):
        chunk = region[min(first_nl, stop):stop]
    chunk = "\n".join(CELL_GAP.split(line)[0] for line in chunk.split("\n"))
    out = []
    for item in re.split(r"(?:^|\n|(?<=[;:.])\s)\s*[-–•+]\s*", chunk):
        for part in item.split(";"):
            part = re.sub(r"\s+", " ", part).strip(" .;,")
            if part:
                out.append(part)
    return out


# --------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------

def parse(doc: Document) -> Structure:
    text = doc.text
    lines = split_lines(doc)                                          # 1
    header, after = parse_header(lines)                               # 2
    number_i = next((i for i, ln in enumerate(lines) if ln.start == header.get("number_line_start")), None)
    if number_i is None and "header_end" in header:
        # no number line: the title may begin right after the issuer block
        number_i = next((i - 1 for i, ln in enumerate(lines) if ln.start >= header["header_end"]), None)
    after = parse_title(lines, after, header, number_i)               # 3
    body_start = lines[after].start if after < len(lines) else 0
    if after == 0:
        body_start = 0
    body_end = find_body_end(lines, body_start, len(text))             # 4
    sections = parse_sections(lines, body_start, body_end)            # 5, 6
    signature = parse_signature(text, body_end)                       # 7
    if "signer" not in signature:
        signature.update(_signed_on_site(text, body_start))
    _drop_misread_signer(doc, signature)
    recipients = parse_recipients(text, body_end, signature)
    return Structure(sections=sections, header=header, signature=signature,
                     recipients=recipients, body_start=body_start, body_end=body_end)


# --------------------------------------------------------------------------
# Texts that stop mid-sentence
# --------------------------------------------------------------------------

# What a complete text ends with: a sentence's or clause's closing mark, with its
# closing quote or bracket ("... thi hành Quyết định này./.").
ENDS_SENTENCE = re.compile(r"[.;:!?…]['\"”’»)\]]*\s*$")
# A line cut inside a sentence ends in a lowercase letter or a comma.
MID_SENTENCE_END = re.compile(r"(?:\p{Ll}|,)\s*$")
# Shortest last line read as running prose (a table cell or a name is shorter).
CUT_LINE_MIN = 80
# ... or of a numbered point ("a) …") that opens it.
CUT_POINT_MIN = 8
# The warning a cut-off text gets in documents.csv.
CUT_OFF_WARNING = "text stops mid-sentence (cut off?): lists it stops in may be incomplete"


def ends_mid_sentence(text: str, structure: Structure) -> bool:
    """The text stops inside a sentence: a crawler's limit or a truncated download.

    Only an unsigned text with no recipients whose last line is running prose cut
    inside a sentence (a line of some length ending in a lowercase letter or a
    comma) counts: a table, a scan's last garbled line or a signature block ending
    without a closing mark does not."""
    tail = text.rstrip()
    if not tail or structure.signature.get("signer") or structure.recipients:
        return False
    last = tail[tail.rfind("\n") + 1:]
    # (a numbered point is prose of its own however short the cut left it: "a) Công dân
    # Việt Nam thường trú tại tỉnh có")
    long_enough = len(last) >= CUT_LINE_MIN or (heading_of(last) is not None and len(last) >= CUT_POINT_MIN)
    return long_enough and bool(MID_SENTENCE_END.search(last)) \
        and not ENDS_SENTENCE.search(last[-8:])


# --------------------------------------------------------------------------
# A plan issued in the annex of a decision
# --------------------------------------------------------------------------

# The head of a plan issued in a decision's annex: its type in capitals, its title (up
# to eight more lines: a long title wraps often in a PDF, a title naming six kinds of bodies
# takes six lines), then "(Ban hành kèm theo Quyết định số …)".
ANNEXED_PLAN = re.compile(
    # (a flattened copy may run the appendix's label into the type: "PHỤ LỤC PHƯƠNG ÁN …")
    # (a scan may read a type in capitals one word a line: "QUY" over "CHẾ")
    r"(?m)^[\s*#_]*(?:PHỤ LỤC(?:\s+[IVX\d]{1,4})?[\s.:]+)?(?:KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH|ĐỀ\s+ÁN|PHƯƠNG\s+ÁN)\b"
    r"(?:[^\n]*\n(?:[^\n(]{1,400}\n){0,8}?)?"
    # (a reflowed copy runs the title and the bracket together on one line, or the type
    # line, its title and the bracket: "PHƯƠNG ÁN ĐƠN GIẢN HÓA … (Kèm theo Quyết định …)")
    r"[^\n(]{0,400}\(\s*" + ISSUED_WITH + r"\b")


# A decision's article issuing a plan, and the plan's type line on its own.
ANNEXED_RULES = re.compile(ANNEXED_PLAN.pattern.replace(r"KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH|ĐỀ\s+ÁN|PHƯƠNG\s+ÁN",
                                                       r"QUY\s+CHẾ|QUY\s+ĐỊNH"))
# (a scan may garble the type's second word, "Kế boscl": its first still says which)
ISSUES_PLAN = re.compile(r"\b[Bb]an hành kèm theo Quyết định này\s+[“\"']?(?:Kế|Chương|Đề|Phương)\s+\S")
# ... or, a scan having lost that line, the caption under its title, which names the decision
# ("(Kèm theo Quyết định số: 1627/QĐ-UBND ngày 21/11/2025 của" / "Chủ tịch …)")
ANNEX_CAPTION = re.compile(ANNEX_LINE.pattern + r"\s+Quyết\s+định\b[^()]{0,250}\)")
PLAN_TYPE_LINE = re.compile(r"(?m)^[\s*#_]*(?:KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN)[\s*_]*$")
# ... or run into the signature's line by a flattened copy, its title in capitals after it
# ("… PHÓ CHỦ TỊCH Nguyễn Hữu Tháp CHƯƠNG TRÌNH HÀNH ĐỘNG. TRIỂN KHAI KẾ HOẠCH …")
# (not a word of another title in capitals: "PHỤ LỤC 01 NỘI DUNG … THỰC HIỆN KẾ HOẠCH …")
PLAN_TYPE_RUN_IN = re.compile(r"(?<=[\s.])(?<!\p{Lu}\s)(?:KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN)(?:\s+HÀNH ĐỘNG)?"
                              r"(?=[.\s]+\p{Lu}{2,}\s+\p{Lu}{2,})")


def annexed_plan(doc: Document, structure: Structure,
                 alone: bool = False) -> tuple[Structure, tuple[int, int]] | None:
    """A decision that issues a plan ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch
    …") carries the plan after its signature: "KẾ HOẠCH …" over "(Ban hành kèm theo
    Quyết định số …)". Its goals and duties are the document's. Returns the structure with
    the annex's own sections added (their roles from their headings; with ``alone``, the
    annex's sections only) and the annex's span, or None."""
    text = doc.text
    if not structure.body_end:
        return None
    m = ANNEXED_PLAN.search(text, structure.body_end)
    if m is None and ISSUES_PLAN.search(text, structure.body_start or 0, structure.body_end):
        # the decision says it issues a plan, and the plan's type line follows the
        # signature without the "(Kèm theo …)" line
        m = PLAN_TYPE_LINE.search(text, structure.body_end) or PLAN_TYPE_RUN_IN.search(text, structure.body_end) \
            or ANNEX_CAPTION.search(text, structure.body_end)
    return _annex(doc, structure, m, alone)


def annexed_rules(doc: Document, structure: Structure,
                  alone: bool = False) -> tuple[Structure, tuple[int, int]] | None:
    """A decision that issues rules ("QUY CHẾ …", "QUY ĐỊNH …" over "(Ban hành kèm theo
    Quyết định số …)") carries them after its signature. Their articles are rules, not
    goals; only their duties part ("Chương III. TỔ CHỨC THỰC HIỆN", "Điều 16. Trách
    nhiệm Sở Công Thương") gives bodies duties. Same return as ``annexed_plan``."""
    if not structure.body_end:
        return None
    return _annex(doc, structure, ANNEXED_RULES.search(doc.text, structure.body_end), alone)


# The rest of an annex's bracket line, when a flattened copy runs the annex on after it.
RUN_ON_BRACKET = re.compile(r"[^\n)]*\)[ \t]*(?=\S)")


def _cut_line(ln: Line, at: int) -> list[Line]:
    """``ln``, or its two pieces when ``at`` falls inside it."""
    if not ln.start < at < ln.end:
        return [ln]
    head = ln.text[:at - ln.start].rstrip()
    return [Line(ln.start, ln.start + len(head), head, ln.bold), Line(at, ln.end, ln.text[at - ln.start:], ln.bold)]


def _annex(doc: Document, structure: Structure, m, alone: bool) -> tuple[Structure, tuple[int, int]] | None:
    """The structure with the sections of the annex whose type line ``m`` found."""
    text = doc.text
    if m is None:
        return None
    start = text.find("\n", m.end())
    if start < 0:
        return None
    lines = split_lines(doc)
    run_on = RUN_ON_BRACKET.match(text, m.end(), start)
    if run_on:
        # a flattened copy runs the annex on after its bracket: "(Ban hành kèm theo Quyết
        # định số 1191/BGTVT …) I. MỤC TIÊU Xây dựng …"; that rest is the annex's first line
        rest = run_on.end()
        lines = [piece for ln in lines for piece in _cut_line(ln, rest)]
        start = rest - 1
    end = len(text)
    for i, nxt in enumerate(re.finditer(r"(?m)^[\s*#_|]*(?=\S)", text[start + 1:])):
        line_at = start + 1 + nxt.end()
        if i == 0 and APPENDIX_CAPTION.match(text, line_at):
            continue                # (the annex's own caption under its title: "(Ban hành kèm theo …)")
        if APPENDIX.match(text[line_at:line_at + 40]) or ANNEXED_PLAN.match(text, start + 1 + nxt.start()):
            end = start + 1 + nxt.start()
            break
    own = parse_sections(lines, start + 1, end)
    if alone:
        return replace(structure, sections=own), (start + 1, end)
    base = len(structure.sections)
    extra = [replace(sec, parent=None if sec.parent is None else sec.parent + base) for sec in own]
    return replace(structure, sections=structure.sections + extra), (start + 1, end)


# --------------------------------------------------------------------------
# Where a saved web page's own additions begin
# --------------------------------------------------------------------------

# A legal database's page goes on after the document: its list of related documents
# and its notice to readers, which cite documents of their own ("Nghị định
# 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân").
# (a reflowed save runs them into the lines before: "… ban hành Văn bản liên quan Ban hành:").
SITE_TRAILER = re.compile(r"\bVăn bản liên quan[\s#*_]+(?:Ban hành:|Văn bản)|\bThưa Quý khách,")


# ... or comes before it: a numbered list of related documents in the site's own label
# ("- 2 Kế hoạch 206/KH-UBND năm 2022 thực hiện Đề án …", "- 1Quyết định 2357/QĐ-BYT năm 2011
# phê duyệt …"): the type, the number without "số", then "năm" and its year.
SITE_LABEL_LINE = re.compile(
    r"(?m)^[ \t]*[-•]?[ \t]*\d{0,2}[ \t]*(?:Quyết định|Kế hoạch|Chỉ thị|Kết luận|Nghị quyết|Nghị định|Thông tư|"
    r"Thông tư liên tịch|Công văn|Công điện|Thông báo|Luật|Văn bản hợp nhất|Hướng dẫn|Chương trình|Quy định)"
    # (a normative act's label has its year in its number: "- 4Nghị định 30/2020/NĐ-CP về công tác văn thư")
    r"[ \t]+(?:\d[\w./\-]*/[\w./\-]+[ \t]+năm[ \t]+(?:19|20)\d\d\b|\d+/(?:19|20)\d\d/[\w./\-]+[ \t]+\p{Ll})[^\n]*$")


def site_labels(text: str, structure: Structure) -> list[tuple[int, int]]:
    """Lines before the document's own text that are a web page's list of related
    documents in its label form; their symbols are the site's, not citations."""
    head = structure.header.get("number_line_start") or structure.body_start or 0
    spans = [(m.start(), m.end()) for m in SITE_LABEL_LINE.finditer(text, 0, head)]
    own = structure.header.get("symbol")
    if own:
        # (and the page's own lines about the document, which name it by its number: "Quyết
        # định 11/2017/QĐ-UBND … đã được thay thế bởi Quyết định 08/2019/QĐ-UBND …")
        about = re.compile(r"(?m)^[^\n]*(?<![\w/])" + re.escape(own) + r"(?![\w/])[^\n]*$")
        spans += [(m.start(), m.end()) for m in about.finditer(text, 0, head)]
    return sorted(spans)


def document_end(text: str, structure: Structure) -> int:
    """End of the document's own text: before a web page's trailer, if one follows the
    document's body, or before another decision the page shows after the signature (an
    annexed text is never headed "QUYẾT ĐỊNH"), else the end of the text."""
    m = SITE_TRAILER.search(text, structure.body_end or 0)
    end = m.start() if m else len(text)
    signed = structure.signature.get("signer_end") if structure.signature else None
    nxt = NEXT_DECISION.search(text, signed, end) if signed else None
    return nxt.start() if nxt else end


# Another decision after the signature: its type line, then within a few lines the
# authority or the grounds that open every decision.
NEXT_DECISION = re.compile(r"(?m)^[ \t]*QUYẾT ĐỊNH(?:[ \t]*\n|[ \t]+(?=\p{Lu}))(?:[^\n]*\n){0,8}?[^\n]*?(?:Căn cứ\b|"
                           r"CHỦ TỊCH\s+(?:ỦY|UỶ) BAN|(?:ỦY|UỶ) BAN NHÂN DÂN)")
