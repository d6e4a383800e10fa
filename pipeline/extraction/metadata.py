"""The document's own identity: kind, type, symbol, status, province, issuer,
dates, period, title and signer.

Steps of ``extract``:
 1. kind      — official text or a news report about a plan
 2. identity  — type and symbol from the header (news: from the reported plan)
 3. status    — draft when the number or the day is blank (and no signature
                stamp supplies them)
 4. place     — province and issuer from the header, title or body
 5. time      — issue date, year, plan period
 6. signer    — from the signature block
"""
from __future__ import annotations

import datetime
from functools import lru_cache

from collections import Counter

import regex as re

from pipeline.models import DocMeta, Document, Structure
from pipeline.extraction.mend import mend_title
from pipeline.extraction.registry import (ISSUER_NAMES, PROVINCE_NAMES, PROVINCE_PATTERN, canonical_symbol, fold,
                                          listed_body_names, parse_symbol, type_name)
from pipeline.extraction.structure import (ADDRESSEES, HEADING_NUMBER, ISSUED_WITH, NUMBER_LINE, PLACE_DATE,
                                           STATE_MOTTO)

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

# News pages: the byline "Hạnh Nguyên - 05/12/2022 10:40" and page furniture.
BYLINE = re.compile(r"^[^\n]{2,60}?\s[-–|]\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\s+\d{1,2}:\d{2}", re.M)
# A cue is page furniture on a line of its own ("Tin liên quan"), never words of a
# sentence ("... thông tin liên quan đến ...").
NEWS_CUES = re.compile(r"(?m)^[\s*#>|_\-•]*(?:Bình luận bài viết|Đặt mua báo|Xem thêm trên|Chia sẻ bài viết"
                       r"|Tin liên quan|Bài viết liên quan|Tin cùng chuyên mục|Các tin khác|Tin khác"
                       r"|Ngày cập nhật|Nguồn tin|Ý kiến bạn đọc|Tin theo lĩnh vực|Go top|In bài này|Chi tiết tin|Lượt xem)\b|\(Chinhphu\.vn\)"
                       r"|^[\s*#>|_\-•]*\(?\s*Cập nhật lúc"
                       # a story's date and hour on a line of their own: "07/04/2020 | 04:00"
                       # … or after its writer's name: "Hồng Nhung 14/04/2023 - 21:26"
                       r"|^[ \t]*(?:\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){0,4}[ \t]+)?\d{1,2}/\d{1,2}/\d{4}[ \t]*[|,–-][ \t]*\d{1,2}:\d{2}\b"
                       # the page's date of update: "Cập nhật: 06/03/2020", "Cập nhật 14/2/2025, 16:02"
                       r"|^[ \t]*\(?\s*Cập\s+nhật\s*:?\s*(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}\b"
                       # a caption with no credit: "Ảnh minh họa" on a line of its own
                       r"|^[ \t]*Ảnh\s+minh\s+h(?:ọa|oạ)\.?[ \t]*$"
                       # … or after its weekday, with or without the hour: "Thứ Ba, 13/09/2022, 18:26
                       # [GMT+7]", "Thứ Sáu, ngày 12/08/2022" (a document dates itself by place and day)
                       r"|^[ \t]*(?:Thứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|Chủ\s+[Nn]hật)\s*,\s*(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}\b"
                       # a dateline opening the story: "(QNO) - Theo Sở …", "ĐBP - Theo Kế hoạch …",
                       # "(Baothanhhoa.vn) - Tỉnh …"
                       r"|^[ \t]*(?:\((?:\p{Lu}[\p{L}]{1,8}(?:\.vn)?|\p{L}+\.vn)\)\s*|\p{Lu}{2,6}\s|\p{Lu}{2,8}\.VN\s)[-–]\s+\p{Lu}\p{Ll}"
                       # a picture's file name on a line of its own ("W-ha-nam-1.jpeg")
                       r"|^[ \t]*[\w.\-]{1,200}\.(?:jpe?g|png|gif|webp)[ \t]*$"
                       # a photo's credit at a caption's end: "Ảnh: D.L", "Ảnh minh họa: Thanh Hà",
                       # "Ảnh: baolangson.vn"
                       r"|\b(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh)\s*:\s*(?:\p{Lu}[^\n]{0,40}|[\p{L}\d.\-]+\.(?:vn|com|net))$"
                       # … or a paper: "…/Nguồn: Báo Hòa Bình"
                       r"|\bNguồn\s*:\s*Báo\s+\p{Lu}[^\n]{0,30}$")
# A reporter's words about a plan, in the third person: "UBND tỉnh vừa ban hành …", "Kế
# hoạch đã đề ra các mục tiêu cụ thể", "Cũng tại kế hoạch này, tỉnh phấn đấu …", "Nội
# dung Công văn như sau". Read only where the text has no state header of its own.
REPORTING = re.compile(
    r"\bvừa\s+(?:ký\s+)?(?:ban\s+hành|phê\s+duyệt|giao)\b|"
    # a goal told as the plan's: "Đây là mục tiêu được đề ra trong Kế hoạch …", "…, đó là mục
    # tiêu của “Đề án …”" (not the slogan "là trung tâm, là mục tiêu, là động lực")
    r"\b(?:Đây|Đó)\s+(?:cũng\s+)?là\s+(?:các\s+|những\s+)?mục\s+tiêu\b|"
    r",\s*(?:đó\s+)?là\s+(?:các\s+|những\s+)?mục\s+tiêu\s+(?:chính\s+|chủ\s+yếu\s+)?(?:của|trong|được|tại|mà)\s|"
    # a speaker at a meeting, named: "Ông Nguyễn Công Vinh, Phó Chủ tịch UBND tỉnh phát biểu …"
    r"(?-i:(?m:^)[ \t]*(?:Ông|Bà|Đồng chí)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3}\s*,[^\n.]{3,80}?\s+phát\s+biểu\b)|"
    # … or quoted by name and office: "…, ông Trần Văn Cần, Chủ tịch UBND tỉnh Long An, cho biết …"
    r"(?-i:\b(?:[Ôô]ng|[Bb]à)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3}\s*,[^\n.,]{3,80},\s+"
    r"(?:cho\s+biết|nhấn\s+mạnh|khẳng\s+định|chia\s+sẻ)\b)|"
    # "UBND tỉnh vừa có văn bản chỉ đạo …"
    r"\bvừa\s+có\s+(?:văn\s+bản|công\s+văn|quyết\s+định|kế\s+hoạch|chỉ\s+thị)\b|"
    # a signing told as news: "Quyền Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam ký ban hành quyết
    # định phê duyệt …" (a text's own "có hiệu lực kể từ ngày ký ban hành" names no type)
    r"\bký\s+ban\s+hành\s+(?:quyết\s+định|kế\s+hoạch|chỉ\s+thị|công\s+văn|chương\s+trình|đề\s+án)\b|"
    r"\b(?:[Kk]ế\s+hoạch|[Cc]hương\s+trình|[Đđ]ề\s+án|[Nn]ghị\s+quyết(?:\s+(?:số\s+)?\d+)?)\s+(?:này\s+|của\s+[^.;:\n]{3,40}?\s+)?(?:đã\s+|cũng\s+)?"
    r"(?:đề\s+ra|đặt\s+ra|đưa\s+ra|nêu\s+ra)\b|"
    # a paragraph that tells when the plan was issued: "Ngày 15/11/2022, UBND tỉnh đã ban
    # hành Kế hoạch số 203/KH-UBND …"; and what it says: "Theo Kế hoạch, Bộ Tư lệnh …"
    r"\b[Nn]gày\s+\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*(?:19|20)\d\d)?\s*,[^.\n]{0,60}?\b(?:ban\s+hành|có)\s+"
    r"(?:Kế hoạch|Văn bản|Công văn|Quyết định|Chỉ thị|Chương trình)\s+số\b|"
    # … and any issuing of a day, numbered or not: "Ngày 9/02/2021, UBND tỉnh … ban hành công văn"
    r"\b[Nn]gày\s+\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*(?:19|20)\d\d)?\s*,[^.\n]{0,60}?\bban\s+hành\s+"
    r"(?:Kế hoạch|Văn bản|Công văn|Quyết định|Chỉ thị|Chương trình)\b|"
    # what the issuer directed, told: "Đó là chỉ đạo của UBND tỉnh tại Công văn số 1626/UBND-KTN"
    r"\bchỉ\s+đạo\s+của\s+(?:UBND|Ủy ban nhân dân|Chủ tịch UBND)\s+(?:tỉnh|thành phố)\s+tại\s+(?:Công văn|Văn bản|Kế hoạch|Quyết định|Chỉ thị)\s+số\b|"
    r"(?m:^)[ \t]*Theo\s+[Kk]ế\s+hoạch(?:\s+số\s+\d+\s*/\s*[\p{L}\d/\-]+)?\s*,|"
    # a day told as the reporter's ("Hôm qua 24.2, UBND tỉnh ban hành …"), and an issuing
    # told as news ("UBND tỉnh Ninh Bình đã chính thức ban hành kế hoạch số 88/KH-UBND")
    r"\bHôm\s+(?:qua|nay)\s+(?:\(?\d{1,2}[./-]\d{1,2}\)?\s*)?,|\bđã\s+chính\s+thức\s+ban\s+hành\b|"
    # the issuer's orders told in the third person: "UBND tỉnh đã chỉ đạo Sở …", "UBND tỉnh
    # cũng chỉ đạo Công ty Điện lực; …"
    r"\b(?:UBND|Ủy ban nhân dân)\s+(?:tỉnh|thành phố)(?:\s+\p{Lu}\p{Ll}*)*\s+(?:đã|cũng)\s+chỉ\s+đạo\s+(?=\p{Lu})|"
    # "Mới đây, UBND tỉnh đã ban hành …": lately, as a reporter tells it
    r"(?-i:\bMới\s+đây\s*,)|(?-i:,\s+mới\s+đây\s+\p{Lu})|"
    r"\b(?:Trong|Cũng\s+tại|Cũng\s+theo)\s+(?:kế\s+hoạch|chương\s+trình|đề\s+án)\s+này\b|"
    # a committee that names its own province issuing ("Ủy ban nhân dân tỉnh Bắc Giang ban hành Kế
    # hoạch 20/KH-UBND"), a reporter's hour of the day ("Chiều ngày 6/1, Sở … tổ chức"), a
    # province by its bare name striving ("…, Thái Nguyên phấn đấu đến năm 2030 …")
    r"\b(?:UBND|Ủy ban nhân dân)\s+(?:tỉnh|thành phố)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}\s+(?:đã\s+)?ban\s+hành\s+"
    r"(?:Kế hoạch|Quyết định|Chỉ thị|Công văn)\s+(?:số\s+)?\d|"
    # … or giving orders ("UBND tỉnh Hậu Giang yêu cầu các Sở, Ngành liên quan …")
    r"(?-i:\b(?:UBND|Ủy ban nhân dân)\s+(?:tỉnh|thành\s+phố)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}\s+(?:đã\s+|cũng\s+)?"
    r"(?:yêu\s+cầu|đề\s+nghị|giao|chỉ\s+đạo)\s+(?:các\s+)?(?:[Ss]ở|UBND|Ủy\s+ban|[Bb]an|[Nn]gành|địa\s+phương))|"
    r"(?-i:\b(?:Sáng|Chiều|Tối|Trưa)\s+(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}\b)|"
    r"(?-i:(?:^|[.,;]\s+)(?:TP\.\s?|tỉnh\s+|thành\s+phố\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}\s+"
    r"(?:phấn\s+đấu|đặt\s+(?:ra\s+)?mục\s+tiêu))|"
    # a text that opens on what follows from a story cut off before it: "Theo đó, …"
    r"\A\s*Theo\s+đó\s*,|"
    # … or what it will also do: "Bình Thuận cũng sẽ tích cực …", "tỉnh cũng có kế hoạch đào tạo …"
    r"(?-i:\b(?:tỉnh|thành\s+phố|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)\s+cũng\s+(?:sẽ|có\s+kế\s+hoạch)\s)|"
    # a department quoted as the source of what follows: "Theo Sở Lao động, … tỉnh Tiền Giang, …"
    r"(?-i:(?m:^)[ \t]*Theo\s+(?:Sở|Cục|Chi\s+cục|Trung\s+tâm|Ban\s+Quản\s+lý)\s+\p{Lu}[^\n]{2,80}?,\s)|"
    r"\bNội\s+dung\s+(?:Công\s+văn|Kế\s+hoạch|Quyết\s+định|Chỉ\s+thị)\s+(?:như\s+sau|cụ\s+thể)\b", re.I)
# What a news report says about the plan: "ban hành Kế hoạch số 303/KH-UBND về ...".
REPORTED_PLAN = re.compile(
    r"(?:ban\s+hành|phê\s+duyệt|xây\s+dựng|(?:đã\s+)?có|(?:nêu|đề\s+ra|đặt\s+ra|đưa\s+ra)\s+(?:trong|tại)|(?m:^)[ \t]*(?:\(?\p{Lu}{2,6}\)?\s*[-–]\s*)?Theo)\s+"
    # (a reporter may write its type in lower case: "ban hành văn bản số 5783/UBND-KGVX")
    r"(?P<type>[Kk]ế hoạch|[Qq]uyết định|[Nn]ghị quyết|[Cc]hỉ thị|[Cc]hương trình|[Đđ]ề án|[Tt]hông tư|[Cc]ông văn|[Vv]ăn bản)"
    # (its "số" may be left out before a symbol with letters: "ban hành Kế hoạch 29/KH-UBND về …")
    r"\s+(?:[Ss]ố\s+|(?=\d+\s*[/\-]\s*[\d/\-]*\p{L}))(?P<sym>\d+\s*[/\-]\s*[\p{L}\d/\-]+)\s*(?:ngày\s+(?P<date>\d{1,2}\.\d{1,2}(?:\.\d{4})?|\d[\d/ ]*\d|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?"
    # (its issuer may stand before its title: "… ngày 5/10/2017 của UBND tỉnh về tổ chức …")
    r"(?:\s+của\s+(?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân)"
    r"(?:\s+(?:tỉnh|thành phố|TP))?(?:\s+\p{Lu}[\p{L}-]*)*)?"
    r",?\s*(?P<title>(?i:về|nhằm|triển khai|thực hiện|tăng cường|tổ chức|phê duyệt)[^\n.]*)?")
# The report's date of the plan, before its issuer: "Ngày 15-7-2022, UBND tỉnh đã ban hành …",
# "ngày 19/12/2018 UBND tỉnh đã có Công văn số …" (no sentence ends in between).
# (or in words: "Ngày 27 tháng 01 năm 2022, Ủy ban nhân dân tỉnh … đã ban hành"; or without its
# year, "Ngày 1-3, UBND tỉnh Gia Lai ban hành …", told in the year of the page's own date)
REPORTED_ON = re.compile(r"\b[Nn]gày\s+(?P<d>\d{1,2})\s*(?:[-/.]|\s+tháng\s+)\s*(?P<m>\d{1,2})"
                         r"(?:\s*(?:[-/.]|\s+năm\s+)\s*(?P<y>(?:19|20)\d\d))?"
                         r"\s*,?\s+[^.\n]{0,80}$")
# The page's own date near its top: "07:08, 26/08/2021", "24/12/2018 17:12 CH".
PAGE_DATE = re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)(?![\d/])")
PAGE_DATE_CHARS = 600
# A plan a report names without its number: "Kế hoạch phát triển kinh tế - xã hội 5 năm
# 2021 - 2025 tỉnh Nghệ An", "thực hiện Kế hoạch triển khai Chương trình bơi an toàn …";
# the name runs to the clause's end or to what the report says of it.
# "trên địa bàn …" ends a named plan's title, unless its year follows ("kế hoạch về phát
# triển kinh tế số ngành, lĩnh vực trên địa bàn tỉnh năm 2025").
SCOPE_WITHOUT_YEAR = r"trên\s+địa\s+bàn(?![^\n.;:]{0,40}?\b(?:năm|giai\s+đoạn)\s+(?:19|20)\d\d)"
NAMED_PLAN = re.compile(
    r"\b(?P<type>[Kk]ế\s+hoạch|Chương\s+trình|Đề\s+án)\s+"
    # (its issuer may come first: "Kế hoạch của UBND tỉnh về thực hiện …")
    r"(?:của\s+(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|thành\s+phố)(?:\s+\p{Lu}\p{Ll}*)*\s+(?=về\b))?"
    r"(?!này\b|số\b|đã\b|cũng\b|còn\b|đề\s+ra|nêu|đưa\s+ra|của\b|nhằm\b)"
    r"(?P<title>\p{Ll}[^\n.;:]{10,200}?)(?=\s+(?:được|đã|nhằm|(?<!phù hợp\s)với|" + SCOPE_WITHOUT_YEAR + r")\b|[.;:\n]|$)")

# ... or in quotes, its name capitalised: "ban hành “Đề án Phát triển thương mại điện tử … đến
# năm 2025, tầm nhìn đến năm 2030”".
QUOTED_PLAN = re.compile(r"[“\"](?P<type>Kế\s+hoạch|Chương\s+trình|Đề\s+án)\s+(?P<title>\p{Lu}[^”\"\n]{10,300})[”\"]")

# A decision or directive a report names by its issuing, without its number: "… ký ban hành
# quyết định phê duyệt vùng quy hoạch trồng lúa … trên địa bàn tỉnh".
NAMED_DECISION = re.compile(
    r"\bban\s+hành\s+(?P<type>[Qq]uyết\s+định|[Cc]hỉ\s+thị)\s+(?!số\b)"
    r"(?P<title>\p{Ll}[^\n.;:]{10,200}?)(?=\s+(?:được|nhằm|với|" + SCOPE_WITHOUT_YEAR + r")\b|[.;:\n]|$)")

def _unquoted(title: str) -> str:
    """A title quoted whole ("“Quy chế phối hợp …”") without its quotes; a name quoted
    inside it keeps them ("Đề án “Phát triển …”")."""
    if len(title) > 2 and title[0] in "“\"" and title[-1] in "”\"" and not re.search(r"[“”\"]", title[1:-1]):
        return title[1:-1].strip()
    return title


# How far into a text with no type heading its "Kính gửi:" may stand: past the header's lines.
ADDRESSED_WITHIN = 600
# A decision's first article issuing or approving a plan (or rules): "Điều 1. Ban hành kèm theo
# Quyết định này, Kế hoạch hoạt động Chương trình … đến năm 2020 trên địa bàn tỉnh Khánh Hòa (…)".
# (or its second, after one that sets the body up: "Điều 1. Thành lập Quỹ …" / "Điều 2. Ban hành
# kèm theo Quyết định này Quy chế tổ chức và hoạt động Quỹ …")
ISSUES_PLAN = re.compile(
    r"(?m)^[\s*#_]*Điều\s+[12]\s*[.:]\s*(?:Ban\s+hành|Phê\s+duyệt)(?:\s+(?:kèm\s+)?theo\s+Quyết\s+định\s+này)?(?:\s+là)?\s*,?\s*"
    r"(?P<title>[“\"]?(?:Kế hoạch|Chương trình|Đề án|Phương án|Lộ trình|Quy định|Quy chế)\s*[“\"]?\s*\p{L}[^\n;(]{10,300}?)"
    r"\s*(?=\(|[.;:]?[ \t]*$|,\s+(?:với|cụ thể|gồm)\b)")

# A stage right after the local scope: "… trên địa bàn tỉnh Cao Bằng giai đoạn 2020 - 2025".
SCOPED_PERIOD = re.compile(r"trên\s+địa\s+bàn\s+(?:tỉnh|thành\s+phố)(?:\s+\p{Lu}[\p{L}-]*)*,?\s+"
                           r"giai\s+đoạn\s+(?P<a>(?:19|20)\d\d)\s*[-–—]\s*(?P<b>(?:19|20)\d\d)\b", re.I)

# Plan period: "giai đoạn 2026 - 2030", "2021-2025", "đến năm 2035", "năm 2026".
# (not a term of office: "bầu cử … đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031")
# ("từ năm 2009 đến hết năm 2023" too)
PERIOD_RANGE = re.compile(r"(?<!nhiệm\s+kỳ\s+)(?:giai\s+đoạn\s+|thời\s+kỳ\s+|từ\s+năm\s+)?(?P<a>(?:19|20)\d\d)\s*(?:[-–—]|đến(?:\s+hết)?)\s*"
                          r"(?:năm\s+)?(?P<b>(?:19|20)\d\d)(?![\d/])", re.I)
# A term of office ("nhiệm kỳ 2004 - 2009"), and the election that fills one.
TERM_OF_OFFICE = re.compile(r"\bnhiệm\s+kỳ\s+(?P<a>(?:19|20)\d\d)\s*[-–—]\s*(?P<b>(?:19|20)\d\d)(?![\d/])", re.I)
ELECTION = re.compile(r"\bbầu\s+cử\b", re.I)
# Years a title lists, for a plan over those years: "CHO NĂM 2025 VÀ NĂM 2026", "năm 2025, 2026".
PERIOD_YEARS = re.compile(r"(?<![\d/])(?<!tháng\s+\d{1,2}\s+)năm\s+(?P<a>(?:19|20)\d\d)"
                          r"(?:\s*(?:,|và)\s*(?:năm\s+)?(?P<b>(?:19|20)\d\d))+(?![\d/])", re.I)
# Two bare figures after page 1's last sentence, right before the page 2 marker of a
# text copy: the number and day an e-signature stamped on a header printed blank.
# (on the sentence's line or lines of their own; the marker on the next line, or run into
# the same one where the copy was flattened)
STRAY_STAMPS = re.compile(r"(?<=[.;:!?])(?:[ \t]+|[ \t]*\n[ \t]*)(?P<num>\d{1,5})(?:[ \t]+|[ \t]*\n[ \t]*)(?P<day>\d{1,2})\s+"
                          r"(?:#{1,6}[ \t]*)?(?:Trang|Page)[ \t]+2\b", re.I)
STRAY_STAMPS_CHARS = 20000
# A scheme a title says the document carries out: "… THỰC HIỆN ĐỀ ÁN …", "… triển khai
# Chương trình …" (its period is the scheme's).
CARRIES_OUT = re.compile(r"\s(?:thực hiện|triển khai)\s+(?:các\s+)?(?:Đề án|Chương trình|Kế hoạch|Chiến lược|"
                         r"Nghị quyết|Dự án|Quy hoạch)\b", re.I)
# (or a later horizon joined by "và": "giai đoạn 2016 - 2020 và đến năm 2030")
ORIENTED_TO = re.compile(r"\s*,?\s*(?:(?:và\s+)?định\s+hướng\s+(?:đến|tới)\s+|và\s+(?:đến|tới)\s+(?=năm\b))"
                         r"(?:năm\s+)?(?P<c>(?:19|20)\d\d)(?!\d)", re.I)
# ... or with the vision it looks to: "giai đoạn 2026 - 2030, tầm nhìn đến năm 2045" runs to
# 2045 (10 of 13 readings of the tune sets take the vision's year as the
# period's last; the plan's goals are still due by its stage: DocMeta.goals_due).
VISION_TO = re.compile(r"\s*,?\s*(?:(?:và\s+)?(?:(?:định\s+hướng|tầm\s+nhìn)\s+(?:đến|tới)\s+|tầm\s+nhìn\s+)"
                       r"|và\s+(?:đến|tới)\s+(?=năm\b))"
                       r"(?:năm\s+)?(?P<c>(?:19|20)\d\d)(?!\d)", re.I)
# "đến năm 2030", also "đến hết năm 2030", "tới cuối năm 2030": the year a stage runs to.
UNTIL_YEAR = r"(?:đến|tới)\s+(?:(?:hết|cuối)\s+)?năm"
PERIOD_UNTIL = re.compile(rf"(?<!tầm\s+nhìn\s+){UNTIL_YEAR}\s+(?P<b>(?:19|20)\d\d)", re.I)
# The month of a date, or what an OCR made of it ("†", "ÿ", "j‡"): digits, or up to three
# marks that are no Vietnamese word ("6 tháng đầu năm 2024" is no date).
_VN_LETTER = "a-zA-ZđĐàáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝăĂĩĨũŨơƠưƯ\u1ea0-\u1ef9"
GARBLED_MONTH = r"(?:\d{1,2}|(?![" + _VN_LETTER + r"]+\s)\S{1,3})"
# (not the year of a date: "Chỉ thị số 27/CT-TTg ngày 15 tháng 8 năm 2024" in a title)
# (nor a year to be reached: "… trở thành tỉnh công nghiệp hiện đại vào năm 2030")
# (nor either end of a span: "… TỪ NĂM 2009 ĐẾN HẾT NĂM 2023")
PERIOD_YEAR = re.compile(r"(?<![\d/])(?<!đến\s)(?<!vào\s)(?<!tới\s)(?<!trước\s)(?<!từ\s)(?<!hết\s)(?<!tháng\s+" + GARBLED_MONTH + r"\s+)"
                         r"năm\s+(?P<a>(?:19|20)\d\d)(?![\d/])", re.I)
# A title may name its one year after a theme ("NĂM AN TOÀN GIAO THÔNG 2022",
# "... LỄ HỘI XUÂN 2025", "“NĂM AN TOÀN GIAO THÔNG - 2012”"): a bare year that is
# no part of a date (26/7/2024) or a symbol (45/2019/QĐ-UBND).
BARE_YEAR = re.compile(r"(?<![\d/.\-])(?<![\d/.]\s)(?P<a>(?:19|20)\d\d)(?![\d/])")
# In a title, not the year of a date in words either: "(cấp lần đầu: ngày 16 tháng 7 năm 2026)".
# (a date whose month the OCR garbled is still a date: "Ngày 0£ tháng † năm 2026")
TITLE_YEAR = re.compile(r"(?<!tháng\s+" + GARBLED_MONTH + r"\s+năm\s+)(?<!(?:đến|vào|tới|trước)\s+năm\s+)" + BARE_YEAR.pattern, re.I)
# The document's own term of validity: "Giấy phép này có giá trị kể từ ngày ký đến hết
# ngày 05 tháng 7 năm 2031", "Quyết định này có hiệu lực đến hết ngày 31/12/2027".
VALID_UNTIL = re.compile(r"(?P<type>\p{Lu}\p{Ll}*(?:[ \t]+\p{Ll}+){0,3})[ \t]+này[ \t]+có[ \t]+(?:giá[ \t]+trị|hiệu[ \t]+lực"
                         r"|thời[ \t]+hạn)(?:[ \t]+(?:thi[ \t]+hành|sử[ \t]+dụng))?[^.;\n]{0,40}?[ \t]đến[ \t]+(?:hết[ \t]+)?"
                         r"(?:ngày[ \t]+\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+|ngày[ \t]+\d{1,2}[/.\-]\d{1,2}[/.\-]"
                         r"|\d{1,2}[/.\-]\d{1,2}[/.\-]|năm[ \t]+)(?P<y>(?:19|20)\d\d)(?!\d)")
# A term the document sets itself in a clause of its own ("Điều 2. Thời hạn ủy quyền: Từ ngày
# 20 tháng 8 năm 2026 đến hết ngày 28 tháng 02 năm 2027"; "… Từ ngày Quyết định này có hiệu
# lực đến hết ngày …", which starts in the issue year; "Kể từ ngày …" says the same): the span
# it covers.
_DAY = r"ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+|[/.\-]\d{1,2}[/.\-])"
OWN_TERM = re.compile(r"(?m)^[ \t*_]*(?:Điều[ \t]+\d+[ \t]*[.:][ \t]*)?Thời[ \t]+hạn(?:[ \t]+\p{Ll}+){0,3}[ \t]*:\s*"
                      r"(?:[Kk]ể\s+)?[Tt]ừ\s+(?:" + _DAY + r"(?P<a>(?:19|20)\d\d)|ngày\s+\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?\s+này"
                      r"\s+có\s+hiệu\s+lực)\s+đến\s+(?:hết\s+)?" + _DAY + r"(?P<b>(?:19|20)\d\d)(?!\d)")
# A plan's opening that issues it by name: "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện
# Đề án “…” trên địa bàn tỉnh như sau:".
ISSUES_ITSELF = re.compile(r"\bban\s+hành\s+(?P<title>(?:Kế hoạch|Chương trình(?:\s+hành\s+động)?)\s+\p{L}[^\n:]{10,300}?)"
                           r"(?:\s+trên\s+địa\s+bàn(?:\s+\p{Ll}+){0,2})?\s*,?\s*(?:cụ\s+thể\s+)?như\s+sau\s*:")
# A cited document in a title or a self-introduction: "số 23/CT-TTg", "SỐ 35/CT-TTG",
# "Quyết định 1043/QĐ-TTg", "Nghị quyết 21-NQ/TW".
CITED_DOCUMENT = re.compile(r"(?<![\p{L}\d])(?:số\s+)?\d{1,5}\s*(?:/\s*(?:19|20)\d\d)?\s*[/\-]\s*\p{Lu}[\p{L}Đđ]*"
                            r"(?:\s*[/\-]\s*\p{Lu}[\p{L}\d]*)?", re.I)
# The sentence in which a plan introduces itself ("ban hành Kế hoạch ... giai đoạn ...").
# A part or section that gives the plan's own schedule.
# (or its roadmap: "1.4. Lộ trình thực hiện: Năm 2025 - 2026.")
SCHEDULE_HEADING = re.compile(rf"^[\s*#_]*{HEADING_NUMBER}\s*[*_]*\s*(?:Thời gian|Lộ trình)\s+"
                              r"(?:thực hiện|thi đua|triển khai|tổ chức)\b", re.I)
SCHEDULE_CHARS = 800
SCHEDULE_SPAN = 15
# An objectives heading with its horizon: "2. Mục tiêu cụ thể đến năm 2030".
OBJECTIVES_HORIZON = re.compile(rf"^[\s*#_]*{HEADING_NUMBER}\s*[*_]*\s*(?:Mục tiêu|Chỉ tiêu)\b[^\n]{{0,40}}?"
                                rf"\b{UNTIL_YEAR}\s+(?P<y>20\d\d)\b", re.I)
HORIZON_SPAN = 25
# A vision heading of the plan's own: "3. Tầm nhìn đến năm 2050".
VISION_HEADING = re.compile(rf"^[\s*#_]*{HEADING_NUMBER}\s*[*_]*\s*Tầm nhìn\s+{UNTIL_YEAR}\s+(?P<y>20\d\d)\b",
                            re.I)
# The heading of the objectives ("II. MỤC TIÊU", "1. Mục tiêu chung"), and how far into
# them their own stage may be read.
OBJECTIVES_HEADING = re.compile(rf"^[\s*#_]*{HEADING_NUMBER}\s*[*_]*\s*(?:Mục tiêu|MỤC TIÊU)\b", re.I)
OBJECTIVES_OPENING_CHARS = 500
# A part of the plan titled for the span it plans ("Phần thứ hai / QUAN ĐIỂM, MỤC TIÊU, NHIỆM VỤ
# / VÀ GIẢI PHÁP GIAI ĐOẠN 2026-2030"), the span within three lines of "Phần".
PART_SPAN = re.compile(r"(?m)^[ \t*#_]*(?:PHẦN|Phần)[ \t]+(?:THỨ|thứ)?[ \t]*\S+[ \t*_]*\n(?:[^\n]*\n){0,2}?"
                       r"[^\n]*?\b(?:GIAI ĐOẠN|giai đoạn)[ \t]+(?P<a>20\d\d)[ \t]*[-–][ \t]*(?P<b>20\d\d)\b")
SELF_INTRO = re.compile(r"(?:ban\s+hành|xây\s+dựng)\s+(?:Kế hoạch|Chương trình|Đề án)[^\n]{0,300}", re.I)
# The run of words before it, back to a comma or the end of a sentence: a cited document in
# that run is the one it describes ("Căn cứ Quyết định số 1085/QĐ-TTg ngày 15/9/2022 của Thủ
# tướng Chính phủ ban hành Kế hoạch … giai đoạn 2022-2025"), and so is a legal basis.
RUN_BEFORE = re.compile(r"[^,;:.]{0,300}$")
LEGAL_BASIS = re.compile(r"(?:^|[.;]\s*)(?:Căn\s+cứ|Xét\s+đề\s+nghị|Theo\s+đề\s+nghị)\b[^.;]*$", re.I)
# A sentence of the plan about itself, in its purpose part: "Chương trình hành động đề ra
# các nhiệm vụ … trong giai đoạn 2026 - 2030", "Kế hoạch được triển khai trong năm 2026".
SELF_SCOPE = re.compile(r"(?<![\p{L}\d/])(?:Kế hoạch|Chương trình(?:\s+hành\s+động)?|Đề án)(?:\s+này)?\s+"
                        r"(?:đề ra|được\s+(?:thực hiện|triển khai|áp dụng)|thực hiện|triển khai)\b[^.;\n]{0,200}")
# How far into the body a plan speaks of itself so.
SELF_SCOPE_CHARS = 3000

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


def iso(d: str | int, m: str | int, y: str | int) -> str:
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


# The first basis of a central body's document: the law that organises the Government
# ("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;"); a province's cites the law on local
# government first.
GOVERNMENT_BASIS = re.compile(r"^\W*Căn cứ Luật Tổ chức Chính phủ\b", re.M)
BASIS_CHARS = 600


def issuer_lines_read(header: dict) -> bool:
    return bool(" ".join(header.get("issuer_lines", [])).strip())


# A draft says so at its head ("DỰ THẢO", "Dự thảo lần 2").
DRAFT_MARK = re.compile(r"(?<![\p{L}])(?:DỰ THẢO|Dự thảo)(?![\p{L}])")
DRAFT_MARK_CHARS = 1500
# How far into a page its document's own header may start (a saved page's furniture first).
OWN_HEADER_CHARS = 4000


def is_news(doc: Document, structure: Structure) -> bool:
    """Step 1: a press report, by the reader's word or by text cues with no header. A
    web page that carries the document's own state header (motto, type, number) is the
    document itself, whatever the reader took it for."""
    h = structure.header
    own_header = STATE_MOTTO.search(doc.text[:OWN_HEADER_CHARS]) and (h.get("symbol_raw") or h.get("type"))
    # (so is a legal website's page that shows its record of the document, "Số hiệu:
    # 4001/UBND-ĐT" / "Loại văn bản: Công văn", though the saved text lost the header)
    # (or a letter saved from its salutation on, "Kính gửi: - Sở Y tế; …": no report opens so)
    own_header = own_header or (SITE_SYMBOL.search(doc.text[:SITE_RECORD_CHARS])
                                and SITE_TYPE.search(doc.text[:SITE_RECORD_CHARS])) \
        or ADDRESSEES.match(doc.text)
    if doc.meta.get("source_kind") == "news":
        return not own_header
    if h.get("symbol_raw"):
        return False
    head = doc.text[:3000]
    if STATE_MOTTO.search(doc.text[:1500]) and (h.get("type") or h.get("issuer_lines")
                                                or ADDRESSEES.search(doc.text, 0, 1500)):
        return False                   # the document's own state header (a letter's: motto, then "Kính gửi:")
    return bool(BYLINE.search(head) or NEWS_CUES.search(doc.text) or REPORTING.search(head))


# A law named with its year, not its number ("… MỘT SỐ ĐIỀU, KHOẢN CỦA LUẬT ĐẤT ĐAI NĂM 2024"):
# the year is the law's, no period of the document's.
LAW_YEAR = re.compile(r"\b(?:bộ\s+)?luật\s+(?:(?!(?:và|kế|giai|năm)\b)\S+\s+){1,6}?năm\s+(?:19|20)\d\d(?![\d/])", re.I)


def own_words(text: str) -> str:
    """The words of a title or self-introduction before the first document it cites:
    a period after "Chỉ thị số 23/CT-TTg ngày ... về ..." is the cited document's."""
    m = CITED_DOCUMENT.search(text)
    return text[: m.start()] if m else text


def own_intro(text: str, start: int):
    """The first sentence from ``start`` in which the document says it issues a plan, not
    one where a document it cites is said to have issued one."""
    for m in SELF_INTRO.finditer(text, start):
        before = text[max(start, m.start() - 600):m.start()]
        run = RUN_BEFORE.search(before)
        if (run and CITED_DOCUMENT.search(run.group(0))) or LEGAL_BASIS.search(before):
            continue
        return m
    return None


def plan_period(title: str, body_intro: str, year: int | None,
                vision: bool = True) -> tuple[int | None, int | None]:
    """Step 5: the plan's first and last year, from its title, else its self-introduction.
    A stage ("giai đoạn 2021 - 2025", "đến năm 2030") is never read from the
    description of a document they cite; a title's single year ("... năm 2025") is
    the document's own wherever it stands. The last year is the vision's when the stage
    looks to one; with ``vision`` False, the stage's own."""
    further_to = VISION_TO if vision else ORIENTED_TO
    for whole, is_title in ((title, True), (body_intro, False)):
        whole = LAW_YEAR.sub(" ", whole or "")         # (the year of a law it names is the law's)
        text = own_words(whole)
        # (a year of its own before the scheme it carries out is the document's: "KẾ HOẠCH
        # VỐN NĂM 2023 THỰC HIỆN ĐỀ ÁN … GIAI ĐOẠN 2022-2025" plans 2023)
        carried = CARRIES_OUT.search(text)
        if is_title and carried and not PERIOD_RANGE.search(text, 0, carried.start()) \
                and (own := PERIOD_YEAR.search(text, 0, carried.start())):
            return int(own["a"]), int(own["a"])
        m = PERIOD_RANGE.search(text)
        if m and int(m["a"]) <= int(m["b"]):
            # (a stage with its orientation plans up to it: "giai đoạn 2021 – 2025, định hướng
            # đến năm 2030" runs to 2030, and so does one with its vision)
            further = further_to.match(text, m.end())
            return int(m["a"]), max(int(m["b"]), int(further["c"]) if further else 0)
        # (the term of office of the body whose rules it sets is their period: "QUY CHẾ LÀM VIỆC
        # CỦA ỦY BAN NHÂN DÂN TỈNH … NHIỆM KỲ 2016 - 2021"; an election's term is not)
        term = TERM_OF_OFFICE.search(text) if is_title and not ELECTION.search(text) else None
        if term and int(term["a"]) < int(term["b"]):
            return int(term["a"]), int(term["b"])
        # (a stage after the province's own scope is the plan's, though a cited document
        # comes first: "TRIỂN KHAI NGHỊ QUYẾT SỐ 35/NQ-CP … TRÊN ĐỊA BÀN TỈNH CAO BẰNG GIAI ĐOẠN 2020 - 2025")
        scoped = SCOPED_PERIOD.search(whole or "") if is_title and text != (whole or "") else None
        if scoped and int(scoped["a"]) <= int(scoped["b"]):
            return int(scoped["a"]), int(scoped["b"])
        m = PERIOD_UNTIL.search(text)
        if m and year and year <= int(m["b"]):
            # ("đến năm 2020, định hướng đến năm 2030" runs to its orientation too)
            further = further_to.match(text, m.end())
            return year, max(int(m["b"]), int(further["c"]) if further else 0)
        m = PERIOD_YEARS.search(whole or "")
        if m and is_title and int(m["a"]) < int(m["b"]):
            return int(m["a"]), int(m["b"])
        m = PERIOD_YEAR.search(whole or "")
        if m and is_title:
            return int(m["a"]), int(m["a"])
        years = {y["a"] for y in TITLE_YEAR.finditer(text)} if is_title else set()
        if len(years) == 1:
            return int(min(years)), int(min(years))
    return None, None


def schedule_period(text: str, structure, year: int) -> tuple[int | None, int | None]:
    """The years of the plan's own schedule, where its title and introduction name none:
    a part or section headed "Thời gian thực hiện" / "Thời gian thi đua" ("từ ngày 20
    tháng 11 năm 2025 đến ngày 10 tháng 12 năm 2025" -> 2025-2025). A task's own
    "Thời gian thực hiện: Quý IV năm 2024" line is no heading and does not count; years
    before the issue year are those of documents cited there."""
    for sec in structure.sections:
        if sec.level > 2 or not SCHEDULE_HEADING.match(sec.heading):
            continue
        end = min(sec.end, sec.start + SCHEDULE_CHARS)
        years = [int(m["a"]) for m in BARE_YEAR.finditer(text, sec.start, end)]
        years = [y for y in years if year <= y <= year + SCHEDULE_SPAN]
        if years:
            return min(years), max(years)
    return None, None


def part_span(text: str, structure, year: int) -> tuple[int | None, int | None]:
    """A plan that names no period of its own but titles a part for a span to come
    ("Phần thứ hai … GIAI ĐOẠN 2026-2030"): that span (a part on the span gone by,
    "Phần thứ nhất … GIAI ĐOẠN 2021-2025", reports and is none)."""
    for m in PART_SPAN.finditer(text, structure.body_start or 0, structure.body_end or len(text)):
        if year <= int(m["a"]) <= int(m["b"]) <= year + HORIZON_SPAN:
            return int(m["a"]), int(m["b"])
    return None, None


def objectives_horizon(structure, year: int, text: str = "", vision: bool = True) -> tuple[int | None, int | None]:
    """A plan that names no period of its own but sets its objectives to a year ("2. Mục
    tiêu cụ thể đến năm 2030") runs from its issue year to that year; one whose objectives
    open on a stage of their own ("1. Mục tiêu chung: … trong giai đoạn 2026-2030") runs
    over that stage."""
    for sec in structure.sections:
        m = OBJECTIVES_HORIZON.search(sec.heading) if sec.level <= 2 else None
        if m and year <= int(m["y"]) <= year + HORIZON_SPAN:
            # (and to the vision it looks to in a heading of its own, as a title's stage runs to
            # its vision: "2. Mục tiêu cụ thể đến năm 2030" / "3. Tầm nhìn đến năm 2050")
            visions = [int(v["y"]) for other in structure.sections if vision and other.level <= 2
                       and (v := VISION_HEADING.search(other.heading))]
            return year, max([int(m["y"])] + [y for y in visions if y <= year + HORIZON_SPAN])
    for sec in structure.sections:
        if sec.level > 3 or not OBJECTIVES_HEADING.match(sec.heading):
            continue
        opening = own_words(text[sec.start:min(sec.end, sec.start + OBJECTIVES_OPENING_CHARS)])
        m = PERIOD_RANGE.search(opening)
        if m and year - 1 <= int(m["a"]) <= int(m["b"]) <= year + HORIZON_SPAN:
            return int(m["a"]), int(m["b"])
        # (or its items are milestones: "a) Đến hết năm 2025: …", …, "đ) Đến hết năm 2045: …")
        marks = [int(x["y"]) for x in MILESTONE.finditer(text, sec.start, sec.end)]
        if len(marks) >= MILESTONES_MIN and year <= min(marks) and max(marks) <= year + HORIZON_SPAN:
            return year, max(marks)
        if m or sec.level == 1:
            break                           # the first objectives say it or nothing does
    return None, None


# An objective's item that opens with the year it is due: "a) Đến hết năm 2025: Có ≥ 30% …".
MILESTONE = re.compile(r"(?m)^[ \t*_]*(?:[a-zđ]\)|\d+(?:\.\d+)*[.)]|[-+•])?[ \t*_]*Đến[ \t]+(?:hết[ \t]+|cuối[ \t]+)?"
                       r"năm[ \t]+(?P<y>(?:19|20)\d\d)[ \t*_]*[:,]")
MILESTONES_MIN = 2

TERM_IS_NO_PERIOD = {"Quyết định"}
# Documents that act now rather than plan: no period of their own (a telegram's "năm 2025"
# or a letter's "từ năm 2025" dates what it asks, not a span it covers).
LETTER_TYPES = {"Công văn", "Công điện", "Thông báo"}
# ... unless its subject is the work of one year it names: "V/v điều chỉnh chi phí nhân công
# ngành xây dựng năm 2012", "… an toàn giao thông trong quý IV năm 2016" (both readings of a
# tests/gold-pages2026k tune letter and of a tests/gold-crawlcutf tune telegram). A notice of
# conclusions names the year of the meeting it reports, no period.
SCOPED_LETTER_TYPES = {"Công văn", "Công điện"}


def letter_year(title: str) -> tuple[int | None, int | None]:
    """The one year a letter's or telegram's subject names as its scope, as (year, year), or
    (None, None) where it names none, a span, or more than one."""
    years = {m["a"] for m in PERIOD_YEAR.finditer(title)}
    if len(years) != 1 or PERIOD_RANGE.search(title) or PERIOD_UNTIL.search(title):
        return None, None
    year = int(years.pop())
    return year, year


# The type code of a consolidated text's symbol ("16/VBHN-BGTVT").
CONSOLIDATED = "VBHN"


def valid_until(text: str, doc_type: str) -> int | None:
    """The last year of the document's own term of validity ("Giấy phép này có giá trị
    ... đến hết ngày 05 tháng 7 năm 2031"). Only a clause about the document itself
    counts: its subject is the document's own type ("Giấy phép này" in a permit), so a
    form reproduced in an appendix or a clause about another document is not its term."""
    own = fold(doc_type)
    if not own:
        return None
    for m in VALID_UNTIL.finditer(text):
        if fold(m["type"]).endswith(own):
            return int(m["y"])
    return None


def doc_type_words(caps: str) -> str:
    """'KẾ HOẠCH' -> 'Kế hoạch'."""
    return caps.capitalize() if caps else ""


def stray_stamps(text: str, header: dict) -> dict:
    """The e-signature's number and day left as two bare figures at the foot of page 1
    in a text copy of a signed PDF ("… hiệu quả. 75 11" over "## Trang 2"), where the
    header prints both blank ("Số: /KH-UBND", "ngày tháng 3 năm 2026"). Only with the
    month and year printed, and a day the month has."""
    m = STRAY_STAMPS.search(text, 0, STRAY_STAMPS_CHARS)
    year, month = header.get("year"), header.get("month")
    if not m or not year or not month:
        return {}
    try:
        date = datetime.date(year, month, int(m["day"])).isoformat()
    except ValueError:
        return {}
    number = m["num"].lstrip("0") or m["num"]
    return {"number": number, "symbol": canonical_symbol(f"{number}/{header['symbol_suffix']}"),
            "day": int(m["day"]), "date": date}


def stamped_header(header: dict, stamps: list) -> dict:
    """The number and day/month that e-signature stamps put on a header left blank.

    Digitally signed PDFs keep ``Số: /QĐ-UBND`` and ``ngày tháng năm 2026`` in their
    text layer; the signing system draws the number and the day/month as signature
    fields, which the PDF reader OCRs into ``doc.meta["stamps"]`` (DOMAIN.md §2: a
    blank number is not proof of a draft until the stamps are read). OCR of a
    rendered line is noisy, so a stamp is believed only when its whole line agrees
    with the text layer — the same symbol suffix (``QĐ-UBND``) and the same year —
    and the value read is one the stamp itself added (in ``values``). Otherwise
    nothing is filled: a misread must never invent a number or a date.
    Returns the keys to fill: ``number``/``symbol`` and ``day``/``month``/``date``."""
    out: dict = {}
    suffix, year = header.get("symbol_suffix", ""), header.get("year")
    place = fold(header.get("place", ""))
    for stamp in stamps or []:
        if not isinstance(stamp, dict) or stamp.get("page", 1) != 1:
            continue
        line = str(stamp.get("line", "")).replace("\u00d0", "Đ")   # OCR's eth for Đ
        values = {str(v).lstrip("0") for v in stamp.get("values", [])}
        n, d = NUMBER_LINE.search(line), PLACE_DATE.search(line)
        if d and not (year and int(d["y"]) == year):
            continue                       # another year: not this header's line
        if n and suffix and canonical_symbol(n["rest"].lstrip("/")) != suffix:
            continue                       # another symbol: not this header's line
        number_ok = bool(n and n["num"] and suffix and canonical_symbol(n["rest"].lstrip("/")) == suffix
                         and n["num"].rstrip(".").lstrip("0") in values)
        if number_ok and not header.get("number") and "number" not in out:
            out["number"] = n["num"].rstrip(".")
            out["symbol"] = canonical_symbol(f"{out['number']}/{suffix}")
        # a date stamp on a line of its own must name the header's place
        place_ok = bool(d and place and (place.endswith(fold(d["place"])) or fold(d["place"]).endswith(place)))
        if d and d["d"] and d["m"] and (number_ok or place_ok) and not header.get("day") \
                and "date" not in out and d["d"].lstrip("0") in values and d["m"].lstrip("0") in values:
            try:
                date = datetime.date(year, int(d["m"]), int(d["d"])).isoformat()
            except ValueError:
                continue
            out.update(day=int(d["d"]), month=int(d["m"]), date=date)
    return out


# A decision that grants or amends an approval dates each version in its title; the last is
# the decision's own when the header leaves the date out: "(cấp lần đầu: ngày 31 tháng 7 năm
# 2020) (điều chỉnh lần thứ 03: ngày 10 tháng 9 năm 2026)".
GRANTED_ON = re.compile(r"\((?:[Cc]ấp lần đầu|[Đđ]iều chỉnh lần thứ\s*\S+)\s*:\s*[Nn]gày\s+(?P<d>\d{1,2})\s+tháng\s+"
                        r"(?P<m>\d{1,2})\s+năm\s+(?P<y>(?:19|20)\d\d)\s*\)")
# The time a digital signature was put, as an OCR of the stamp reads it: "Thời gian ký:
# 19/06/2026 14:18:57 +07:00" (the day the text leaves blank); the government's signing
# stamp prints the date with dots ("Thời gian ký: 02.04.2026 14:24:26 +07:00", CV-2265).
# (an OCR of a stamp at the page's edge may lose the line's first letter: "hời gian ký: …")
SIGNED_AT = re.compile(r"(?<!\p{L})T?hời gian ký\s*:\s*(?P<d>\d{1,2})(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)\b")
# The preamble's first "Căn cứ …" line, where the header's dates end, and how far into
# the text a header may reach (characters).
BASIS_LINE = re.compile(r"(?m)^[ \t*_]*Căn cứ\b")
HEADER_REACH = 3000
# Resolutions and laws adopted by a council or the National Assembly carry their
# date in the closing line, not in the header: "Nghị quyết này được Ủy ban
# Thường vụ Quốc hội … khóa XV thông qua ngày 16 tháng 6 năm 2025", "… đã được
# Hội đồng nhân dân tỉnh … kỳ họp thứ 5 thông qua ngày …".
PASSED_ON = re.compile(
    r"\b(?:Nghị quyết|Luật|Bộ luật|Pháp lệnh) này (?:đã )?được [^\n]{0,200}?thông qua "
    r"(?:vào )?ngày (?P<d>\d{1,2}) tháng (?P<m>\d{1,2}) năm (?P<y>(?:19|20)\d\d)")


# An appendix's caption names the document it belongs to: "(Kèm theo Nghị quyết số
# 394/NQ-CP ngày 03 tháng 12 năm 2025 của Chính phủ)".
OWN_CAPTION = re.compile(
    r"\(\s*" + ISSUED_WITH + r"\s+(?P<type>\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?)\s+số\s*:?\s*"
    # (a typed number may leave a space before its slash: "số 19 /2020/QĐ-UBND ngày 18 /12/2020")
    r"(?P<sym>\d[\w.\-]*(?:[ \t]?/[\w.\-]+)+)\s+[Nn]gày\s+(?P<d>\d{1,2})(?:\s+tháng\s+|[ \t]?/)(?P<m>\d{1,2})"
    r"(?:\s+năm\s+|[ \t]?/)(?P<y>(?:19|20)\d\d)")


# A text saved from its subject line on, the header and type line lost ("VỀ VIỆC CÔNG BỐ DANH
# MỤC THỦ TỤC HÀNH CHÍNH …" first), and the caption of its annex that names the decision it is
# ("(Ban hành kèm theo Quyết định số: 2806/QĐ-UBND ngày 19 tháng 11 năm 2025 …)"; its number
# may be left blank, "số /QĐ-UBND ngày / /2025").
# (a subject in capitals goes on over the whole lines in capitals under it, up to an annex's
# own title or caption)
HEADLESS_SUBJECT = re.compile(r"\A[\s*#_]*(?P<title>(?:VỀ|Về)\s+(?:VIỆC|việc)\s[^\n]*"
                              r"(?:\n(?![\s*#_]*(?:DANH MỤC|PHỤ LỤC|\())[^\n\p{Ll}]*\p{Lu}[^\n\p{Ll}]*(?=\n|\Z))*)")
ISSUING_CAPTION = re.compile(r"\(\s*" + ISSUED_WITH + r"\s+(?P<type>Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị)\s+"
                             r"số\b(?P<rest>[^)]{0,160})\)")
BLANK_NUMBER = re.compile(r"\s*:?\s*/")
CAPTION_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# A portal's abstract of a letter in place of its header: its subject, then its number and
# date in brackets ("Về việc báo cáo tình hình ô nhiễm … (3585/VP-KTN, ngày 23/10/2017).").
ABSTRACT_LINE = re.compile(
    r"(?m)^[\s*#_]*[Vv]ề việc\s+(?P<title>[^\n()]{10,400}?)\s*\(\s*(?P<sym>\d+\s*/\s*[\p{L}\d]+(?:[/\-][\p{L}\d]+)+)"
    r"\s*,\s*ngày\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d\d)\s*\)[ \t.]*$")
ABSTRACT_CHARS = 1500


def own_caption(text: str, structure: Structure, doc_type: str):
    """The symbol and date a caption gives a document whose header has none: one right
    under its title ("KẾ HOẠCH …" over "(Kèm theo Quyết định số 1422/QĐ-TTg ngày …)": an
    annexed plan carries the number of the decision that issues it), or an appendix's
    caption naming the document's own type (further down, a plan's "(Ban hành kèm theo
    Quyết định số …)" names the decision that issued it, not the plan)."""
    lo = structure.header.get("title_end") or structure.body_start or 0
    for m in OWN_CAPTION.finditer(text, lo):
        if fold(m["type"]) == fold(doc_type) or not text[lo:m.start()].strip():
            return canonical_symbol(m["sym"]), iso(m["d"], m["m"], m["y"])
    return None


# A legal website's page shows its own record of the document above the text ("Số hiệu:
# 4001/UBND-ĐT", "Loại văn bản: Công văn", "Ngày ban hành: 24/11/2025"). A save of such
# a page keeps it; where the copy has no header of its own, it is the only record.
SITE_RECORD_CHARS = 3000
# (two fields may share a line: "Số hiệu: 228/KH-UBND Loại văn bản: Kế hoạch", "Nơi ban hành:
# Tỉnh Vĩnh Phúc Người ký: Vũ Chí Giang")
SITE_FIELD_END = (r"(?=[ \t]*$|[ \t]+(?:Loại văn bản|Nơi ban hành|Người ký|Ngày ban hành|Ngày hiệu lực|"
                  r"Ngày công báo|Số công báo|Tình trạng|Số hiệu)[ \t]*:)")
SITE_SYMBOL = re.compile(r"(?m)(?:^|\s)Số hiệu:\s*(?P<sym>\d[\w./\-]*/[\w./\-]+)" + SITE_FIELD_END)
SITE_TYPE = re.compile(r"(?m)(?:^|\s)Loại văn bản:\s*(?P<type>\p{Lu}\p{Ll}+(?: \p{Ll}+)?)" + SITE_FIELD_END)
SITE_DATE = re.compile(r"(?m)(?:^|\s)Ngày ban hành:\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)"
                       + SITE_FIELD_END)


# The same record as a table ("| Số hiệu | 208/QĐ-UBND |", "Người ký: | Ngô Văn Quý |"):
# its signer stands for a signature the copy cut off.
SITE_CELL = r"(?:^|\||\s)[ \t]*{label}[ \t]*:?[ \t]*(?:\|[ \t]*)?"
# (a copy that ran the table's cells together keeps only the next field's label: "Số hiệu
# 335/KH-UBND Ngày ban hành 12/09/2021 … Người ký Lê Ngọc Châu Lĩnh vực Văn hóa - Xã hội")
SITE_NEXT_LABEL = (r"[ \t]+(?:Loại văn bản|Nơi ban hành|Cơ quan ban hành|Người ký|Ngày ban hành|Ngày (?:có )?hiệu lực|"
                   r"Ngày công báo|Số công báo|Tình trạng|Số hiệu|Lĩnh vực)\b")
SITE_SIGNER = re.compile(r"(?m)" + SITE_CELL.format(label="Người ký")
                         + r"(?P<name>\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){1,4})[ \t]*(?=\||$|" + SITE_NEXT_LABEL + "|"
                         + SITE_FIELD_END[3:])
SITE_NUMBER = re.compile(r"(?m)" + SITE_CELL.format(label="Số hiệu")
                         + r"(?P<sym>\d[\w./\-]*/[\w./\-]+)[ \t]*(?=\||$|" + SITE_NEXT_LABEL + "|" + SITE_FIELD_END[3:])


# A legal website's name for the page, on its first line: "Quyết định 423/QĐ-UBND năm 2021 phê
# duyệt Đề án … do tỉnh Lai Châu ban hành".
SITE_PAGE_TITLE = re.compile(
    r"\A\s*(?:Quyết định|Kế hoạch|Công văn|Chỉ thị|Nghị quyết|Thông báo|Chương trình|Đề án|Công điện|Hướng dẫn)\s+"
    r"(?P<sym>\d[\w./\-]*/[\w./\-]+)\s+năm\s+(?:19|20)\d\d\s+(?P<title>[^\n]{10,400}?)\s+do\s+[^\n]{2,80}?\s+ban\s+hành\b")

# ... or where the copy ends, before the site's note on its translation and its related
# documents: "Công văn 4001/UBND-ĐT năm 2025 về Danh mục các mỏ khoáng sản … Văn bản này chưa
# cập nhật nội dung Tiếng Anh …" (run into one line when the page's lines are joined).
SITE_NAME_LINE = re.compile(
    r"(?m)^[ \t]*(?:Quyết định|Kế hoạch|Công văn|Chỉ thị|Nghị quyết|Thông báo|Chương trình|Đề án|Công điện|Hướng dẫn)[ \t]+"
    r"(?P<sym>\d[\w./\-]*/[\w./\-]+)[ \t]+năm[ \t]+(?:19|20)\d\d[ \t]+(?:về[ \t]+)?"
    r"(?P<title>\p{L}[^\n]{10,400}?)(?:[ \t]+do[ \t]+[^\n]{2,80}?[ \t]+ban[ \t]+hành)?"
    r"(?=[ \t]+Văn[ \t]+bản[ \t]+này[ \t]+chưa[ \t]+cập[ \t]+nhật\b|[ \t]*$)")


# A line that is no headline: a date or hour, a phone number, a list item, a sentence's
# end or a clause's, a lead-in.
NOT_A_HEADLINE = re.compile(r"\d{1,2}[/:]\d{2}|\d{5,}|\d{3,}[.\s]\d{3}|^[\s'\"]*[-+•*]\s|:\s*$|;|\.\s+\p{Lu}|>>|»")
HEADLINE_LINES = 12
# Cities under the central government, whose committee is "Ủy ban nhân dân thành phố".
CENTRAL_CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}
HEADLINE_WORDS = (5, 40)
VIETNAMESE_MARK = re.compile(r"[^\x00-\x7f]")


def headline(text: str) -> str:
    """A press report's headline: the first of its first lines that reads as one (a run of
    Vietnamese words, no page furniture, no date or hour), or ''."""
    for line in text.splitlines()[:HEADLINE_LINES]:
        words = line.strip(" #*_|").split()
        if len(words) > HEADLINE_WORDS[1]:
            break                           # the story has begun
        if len(words) < HEADLINE_WORDS[0] or not VIETNAMESE_MARK.search(line):
            continue
        if NEWS_CUES.search(line) or NOT_A_HEADLINE.search(line):
            continue
        return " ".join(words).rstrip(".")
    return ""


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


# Who a report says signed the plan: "Phó Chủ tịch UBND tỉnh Cà Mau Ngô Vũ Thăng ký ban hành …"
# (the province's name, if any, before the person's).
REPORTED_SIGNER = re.compile(
    r"(?<![\p{L}])(?P<title>(?:Phó\s+)?Chủ\s+tịch)\s+(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|thành\s+phố)"
    r"(?:\s+(?P<province>" + PROVINCE_PATTERN + r"))?"
    r"\s+(?P<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3})\s+(?:đã\s+|vừa\s+)?ký\b")
SIGNING_CHARS = 3000


def _reported_signing(text: str) -> tuple[str, str] | None:
    """(title, name) of the signer a report names, or None."""
    m = REPORTED_SIGNER.search(text, 0, SIGNING_CHARS)
    if m is None or m["name"] in PROVINCE_NAMES:    # "Chủ tịch UBND tỉnh Thừa Thiên Huế ký …": no one named
        return None
    return " ".join(m["title"].split()), m["name"]


def site_title(text: str, symbol: str) -> str:
    """The title a website's page gives the document numbered ``symbol``, or ''."""
    m = SITE_PAGE_TITLE.match(text)
    if m and canonical_symbol(m["sym"]) == symbol:
        return m["title"]
    named = (m for m in SITE_NAME_LINE.finditer(text) if canonical_symbol(m["sym"]) == symbol)
    return next((m["title"].strip() for m in named), "")


def site_signer(text: str, symbol: str) -> str:
    """The signer the website's record names for the document numbered ``symbol``."""
    head = text[:SITE_RECORD_CHARS]
    number, signer = SITE_NUMBER.search(head), SITE_SIGNER.search(head)
    if not (number and signer) or canonical_symbol(number["sym"]) != symbol:
        return ""
    return signer["name"]


def site_record(text: str) -> tuple[str, str, str] | None:
    """Symbol, type and date of the website's record above a saved page's text."""
    head = text[:SITE_RECORD_CHARS]
    sym, kind, date = SITE_SYMBOL.search(head), SITE_TYPE.search(head), SITE_DATE.search(head)
    if not (sym and kind and date):
        return None
    return canonical_symbol(sym["sym"]), kind["type"], iso(date["d"], date["m"], date["y"])


# A decision that issues standing rules or a procedure ("BAN HÀNH QUY TRÌNH RÀ SOÁT … THỰC
# HIỆN DỰ ÁN 1 … CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA … GIAI ĐOẠN 2021-2030"): the stage its title
# names after a scheme is the scheme's, not the rules'.
ISSUES_RULES = re.compile(r"^(?:VỀ\s+VIỆC\s+)?(?:BAN\s+HÀNH\s+)?(?:QUY\s+TRÌNH|QUY\s+CHẾ|QUY\s+ĐỊNH|NỘI\s+QUY|"
                          r"BỘ\s+TIÊU\s+CHÍ)\b", re.I)
SCHEME_NAMED = re.compile(r"\b(?:CHƯƠNG\s+TRÌNH|ĐỀ\s+ÁN|DỰ\s+ÁN|KẾ\s+HOẠCH|CHIẾN\s+LƯỢC)\b", re.I)


def _own_title(meta: DocMeta) -> str:
    """The title as far as it speaks of the document itself: for a decision issuing rules,
    up to the first scheme it names."""
    title = meta.title or ""
    if meta.doc_type == "Quyết định" and ISSUES_RULES.match(title) and (scheme := SCHEME_NAMED.search(title)):
        return title[:scheme.start()]
    return title


def _set_period(meta: DocMeta, text: str, structure: Structure, news: bool) -> None:
    """Step 5 for a document that plans: its period from its title or introduction, else
    its own term, schedule or the horizon of its objectives."""
    intro = own_intro(text, structure.body_start if not news else 0)
    said = (_own_title(meta), intro.group(0) if intro else "")
    meta.period_start, meta.period_end = plan_period(*said, meta.year)
    if meta.period_start is None and not news:
        start = structure.body_start or 0
        scope = SELF_SCOPE.search(text, start, start + SELF_SCOPE_CHARS)
        if scope:
            said = ("", scope.group(0))
            meta.period_start, meta.period_end = plan_period(*said, meta.year)
    stage_end = plan_period(*said, meta.year, vision=False)[1] if meta.period_start is not None else None
    meta.goals_due = stage_end if stage_end != meta.period_end else None
    if meta.period_start is None and meta.year and not news:
        term = OWN_TERM.search(text, structure.body_start or 0, structure.body_end or len(text))
        if term and meta.year <= int(term["b"]) <= meta.year + HORIZON_SPAN \
                and int(term["a"] or meta.year) <= int(term["b"]):
            # a term it sets itself in a clause of its own ("Thời hạn ủy quyền: Từ ngày … đến
            # hết ngày 28 tháng 02 năm 2027"): both readings of two such decisions in
            # tests/gold-repos2026's tune part take it as the period
            meta.period_start, meta.period_end = int(term["a"] or meta.year), int(term["b"])
            return
        # a permit that states its own term covers the years up to its end (a decision's
        # term of effect, such as a delegation's, is no plan period)
        until = valid_until(text[structure.body_start:structure.body_end or len(text)], meta.doc_type) \
            if meta.doc_type not in TERM_IS_NO_PERIOD else None
        if until and until >= meta.year:
            meta.period_start, meta.period_end = meta.year, until
        else:
            meta.period_start, meta.period_end = schedule_period(text, structure, meta.year)
        if meta.period_start is None:
            meta.period_start, meta.period_end = part_span(text, structure, meta.year)
        if meta.period_start is None:
            meta.period_start, meta.period_end = objectives_horizon(structure, meta.year, text)
            # (its goals are due by the objectives' horizon, not the vision's)
            due = objectives_horizon(structure, meta.year, text, vision=False)[1]
            meta.goals_due = due if due != meta.period_end else None


# What a report says was done with a scheme it names: issued or approved ("Sở … ban hành
# Chương trình hành động …"), not merely carried out ("… triển khai thực hiện Kế hoạch …").
ISSUED_HERE = re.compile(r"(?:ban\s+hành|phê\s+duyệt)\s+(?:các\s+|bản\s+)?[“\"]?$", re.I)
NAMED_CHARS = 3000


# The kinds of scheme a report may speak of without naming one: "Theo Kế hoạch, mục tiêu chung là …".
SCHEME_WORD = re.compile(r"(?<![\p{L}])(?P<kind>kế\s+hoạch|đề\s+án|chương\s+trình|nghị\s+quyết)(?![\p{L}])", re.I)


def _scheme_spoken_of(text: str) -> str:
    """The kind of scheme a report speaks of most (the first of those it names as often),
    or ''."""
    counts = Counter(" ".join(m["kind"].lower().split()) for m in SCHEME_WORD.finditer(text))
    if not counts:
        return ""
    top = max(counts.values())
    first = next(m for m in SCHEME_WORD.finditer(text) if counts[" ".join(m["kind"].lower().split())] == top)
    return " ".join(first["kind"].lower().split()).capitalize()


def _reported_scheme(text: str):
    """The scheme a report names without its number: the first it says was issued or
    approved, else the first it names."""
    found = sorted((m for pattern in (NAMED_PLAN, NAMED_DECISION, QUOTED_PLAN)
                    for m in pattern.finditer(text, 0, NAMED_CHARS)), key=lambda m: m.start())
    issued = [m for m in found if ISSUED_HERE.search(text, max(0, m.start() - 20), m.start())]
    return (issued or found or [None])[0]


def extract(doc: Document, structure: Structure) -> DocMeta:
    """The document's own record: what it is, whether it was issued, who issued it for
    which province, when, for which period, and who signed it."""
    h = _completed_header(doc, structure.header)
    meta = DocMeta()
    news = is_news(doc, structure)
    meta.source_kind = "news" if news else "official"
    reported, captioned = _identity(meta, doc, structure, h, news)
    meta.doc_status = _status(meta, doc.text, h, news, captioned, signed=bool(signing_time(doc, HEADER_REACH)))
    meta.issuer, meta.province = _issuer_and_province(meta, doc.text, structure, h, news)
    _time(meta, doc, structure, h, news, reported, captioned)
    meta.signer = structure.signature.get("signer", "")
    meta.signer_title = structure.signature.get("signer_title", "")
    if news and not meta.signer and (signing := _reported_signing(doc.text)):
        meta.signer_title, meta.signer = signing
    return meta


def _completed_header(doc: Document, h: dict) -> dict:
    """The header, its number and date filled in from signature stamps where the text
    layer lacks them."""
    if not h.get("number") or (h.get("date_raw") and not h.get("day")):
        h = {**h, **stamped_header(h, doc.meta.get("stamps", []))}
    if not h.get("number") and h.get("symbol_suffix") and not h.get("day"):
        h = {**h, **stray_stamps(doc.text, h)}
    return h


def _suffix_symbol(meta: DocMeta, h: dict):
    """The document's symbol parsed, or only its printed suffix when the number is blank."""
    return parse_symbol(meta.symbol or "0/" + h.get("symbol_suffix", ""))


# Specks OCR reads into a title in capitals: a stop after a word that goes on ("KHẮC PHỤC.
# MÔI TRƯỜNG", "NGÀY. 15"; not an abbreviation's, "TP. HỒ CHÍ MINH"), a rule's stroke or a
# low quote before a word ("_DỊCH", "„QUAN").
OCR_TITLE_SPECKS = re.compile(r"(?<=\p{Lu}{3})\.(?=\s+[\p{Lu}\d])|(?<=^|\s)[_„‚]+(?=\p{Lu})")


def _identity(meta: DocMeta, doc: Document, structure: Structure, h: dict, news: bool):
    """Set type, symbol and title; return the reported plan of a news text (a match or
    None) and the (symbol, date) of an official text's own caption, or None."""
    text = doc.text
    meta.doc_type = doc_type_words(h.get("type", ""))
    meta.symbol = h.get("symbol", "")
    meta.title = h.get("title", "")
    if meta.title and doc.page_at(h.get("title_start", 0)) in doc.ocr_pages:
        meta.title = OCR_TITLE_SPECKS.sub("", meta.title)
        # (and its marks from where the text restates it in small letters)
        meta.title = mend_title(meta.title, text, h.get("title_end", h.get("title_start", 0)))
    reported = REPORTED_PLAN.search(text) if news else None
    if reported:
        # ("Văn bản số 1611/UBND-NNTNMT" is of the type its symbol says, and so is a "Công văn
        # số 481/KH-SVHTTDL" whose symbol names a plan)
        named_by_symbol = type_name(parse_symbol(canonical_symbol(reported["sym"])))
        kind = reported["type"][:1].upper() + reported["type"][1:]
        generic = kind == "Văn bản" or (kind == "Công văn" and named_by_symbol not in ("", "Công văn"))
        meta.doc_type = "" if generic else kind
        meta.symbol = canonical_symbol(reported["sym"])
        meta.title = (reported["title"] or "").strip(" :") or meta.title
    elif news:
        named = _reported_scheme(text)
        if named:
            meta.doc_type = " ".join(named["type"].split()).capitalize()
            meta.title = text[named.start("type"):named.end("title")].strip()
    if news:
        meta.title = meta.title or doc.meta.get("title", "") or headline(text)
        if not meta.doc_type and not reported:
            meta.doc_type = _scheme_spoken_of(text)
    else:
        meta.title = meta.title or _lost_title(text, structure, meta.symbol)
    abstract = ABSTRACT_LINE.search(text, 0, ABSTRACT_CHARS) \
        if not news and not meta.symbol and not h.get("symbol_raw") else None
    if abstract:
        meta.symbol, meta.title = canonical_symbol(abstract["sym"]), meta.title or abstract["title"]
    if not meta.doc_type and (meta.symbol or h.get("symbol_suffix")):
        meta.doc_type = type_name(_suffix_symbol(meta, h))
    if meta.symbol and parse_symbol(meta.symbol).type_code == CONSOLIDATED:
        # a consolidated text prints the type of the text it consolidates ("THÔNG TƯ" under
        # "Số: 16/VBHN-BGTVT"): its own symbol says what it is
        meta.doc_type = type_name(parse_symbol(meta.symbol))
    if not meta.doc_type and not news and ADDRESSEES.search(text, 0, ADDRESSED_WITHIN):
        # a letter copied from its addressees on, header left out, or one whose header
        # lost its number line ("ỦY BAN NHÂN DÂN TỈNH …" / motto / date / "Kính gửi: …")
        meta.doc_type = "Công văn"
    headless = None if news or meta.doc_type or meta.symbol or h.get("symbol_raw") else HEADLESS_SUBJECT.match(text)
    caption = ISSUING_CAPTION.search(text) if headless else None
    if caption:
        # a copy saved from its subject line on, the header lost: the annex's caption names
        # the decision the text is, and a blank number there makes it a draft
        meta.doc_type = " ".join(caption["type"].split())
        meta.title = meta.title or " ".join(headless["title"].split())
    captioned = own_caption(text, structure, meta.doc_type) \
        if not meta.symbol and not news and meta.doc_type and not h.get("symbol_raw") else None
    if caption and not captioned and BLANK_NUMBER.match(caption["rest"]):
        captioned = "", ""
        year = CAPTION_YEAR.search(caption["rest"])
        meta.year = int(year.group(0)) if year else meta.year   # ("ngày / /2025": its year is printed)
    if abstract:
        captioned = meta.symbol, iso(abstract["d"], abstract["m"], abstract["y"])
    if captioned:
        meta.symbol = captioned[0]
    return reported, captioned


def _lost_title(text: str, structure: Structure, symbol: str) -> str:
    """The title of an official text whose title line was lost: the website's name for
    it, else the plan a decision issues, else the name a plan's opening gives it."""
    title = site_title(text, symbol) if symbol else ""
    if not title and (issued := ISSUES_PLAN.search(text, structure.body_start or 0)):
        title = _unquoted(issued["title"].strip())
    if not title and (own := ISSUES_ITSELF.search(text, structure.body_start or 0)):
        title = own["title"].strip()
    return title


def signing_time(doc: Document, reach: int | None = None):
    """The time a digital signature was put (SIGNED_AT), in the text (within ``reach``
    characters of its start) or in the lines a signature's block draws on a scanned page."""
    found = SIGNED_AT.search(doc.text, 0, reach or len(doc.text))
    lines = doc.meta.get("signature_lines") or []
    return found or next((m for line in lines if isinstance(line, str) and (m := SIGNED_AT.search(line))), None)


def _status(meta: DocMeta, text: str, h: dict, news: bool, captioned, signed: bool = False) -> str:
    """'issued' or 'draft' ('' when nothing tells)."""
    draft_marked = bool(DRAFT_MARK.search(text, 0, DRAFT_MARK_CHARS))
    if news:
        # a report speaks of an adopted plan unless it calls it a draft, even where it
        # names no plan by its type ("tỉnh đặt mục tiêu …" reports what was adopted)
        return "issued" if meta.symbol or not draft_marked else "draft"
    if h.get("symbol_raw") or h.get("date_raw"):
        if signed:
            # a signing stamp's time: the text was signed, and the system that signed it
            # stamps the number and day the printed header leaves blank
            return "issued"
        if h.get("date_garbled"):
            # the OCR garbled a day that was printed: blank only if the number is
            blank = bool(h.get("symbol_raw")) and not h.get("number")
        else:
            # (a copy that lost the number's whole line, its day printed, is of an issued
            # document: the web page's "Hà Nội, ngày 9 tháng 11 năm 2010" over no "Số:")
            blank = (bool(h.get("symbol_raw")) and not h.get("number")) or (h.get("date_raw") and not h.get("day")) \
                or (not h.get("symbol_raw") and draft_marked)
        return "draft" if blank else "issued"
    if captioned:
        return "issued" if captioned[0] else "draft"
    if meta.doc_type:
        # a copy without its header (a page saved from "Kính gửi" on) is of an issued
        # document unless it says it is a draft
        return "draft" if draft_marked else "issued"
    return meta.doc_status


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


def _time(meta: DocMeta, doc: Document, structure: Structure, h: dict, news: bool, reported, captioned) -> None:
    """Set the issue date, year, period and (for news) the publication date."""
    text = doc.text
    if h.get("date") and meta.doc_status == "issued":
        meta.issue_date = h["date"]
    elif captioned:
        meta.issue_date = captioned[1]
    elif reported:
        on = REPORTED_ON.search(text, max(0, reported.start() - 160), reported.start())
        if reported["date"]:
            meta.issue_date = _spelled_date(reported["date"])
        elif on and (year := on["y"] or _page_year(text, int(on["m"]), on.start())):
            meta.issue_date = iso(on["d"], on["m"], year)
    elif not h.get("date") and meta.doc_status == "issued" and not news:
        dated = list(GRANTED_ON.finditer(text, 0, _preamble_at(text))) or \
            [signing_time(doc) or PASSED_ON.search(text)]
        if dated[-1]:
            meta.issue_date = iso(dated[-1]["d"], dated[-1]["m"], dated[-1]["y"])
    meta.year = h.get("year") or (int(meta.issue_date[:4]) if meta.issue_date else None) or meta.year
    if meta.doc_type not in LETTER_TYPES:   # a letter, telegram or notice has no period
        _set_period(meta, text, structure, news)
    elif meta.doc_type in SCOPED_LETTER_TYPES and not news:
        meta.period_start, meta.period_end = letter_year(meta.title)
    if news:
        pub = doc.meta.get("published", "")
        if not pub:
            m = BYLINE.search(text[:3000])
            pub = iso(m["d"], m["m"], m["y"]) if m else ""
        meta.published = pub[:10]


def _page_year(text: str, month: int, before: int) -> str:
    """The year a day told without one falls in: the page's own date's, or the one before
    when the day's month is later than the page's."""
    page = PAGE_DATE.search(text, 0, min(before, PAGE_DATE_CHARS))
    if page is None:
        return ""
    return str(int(page["y"]) - (1 if month > int(page["m"]) else 0))


def _spelled_date(raw: str) -> str:
    """A reported plan's date as written after its number: "20/4/2018", "20 tháng 4 năm 2018"."""
    parts = re.findall(r"\d+", raw)
    return iso(*parts[:3]) if len(parts) >= 3 and len(parts[2]) == 4 else ""


def _preamble_at(text: str) -> int:
    """Where the preamble's first basis starts (the end of the header), else how far a
    header may reach."""
    m = BASIS_LINE.search(text, 0, HEADER_REACH)
    return m.start() if m else min(len(text), HEADER_REACH)
