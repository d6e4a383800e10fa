"""Step 1, kind: a press report about a plan, or the document itself. And what a saved
web page tells of the document: a report's headline, the plan it names, that plan's date
and signer; a legal website's record of it (number, type, date, title, signer)."""
from __future__ import annotations

from collections import Counter

import regex as re

from pipeline.models import Document, Structure
from pipeline.extraction.registry import PROVINCE_NAMES, PROVINCE_PATTERN, canonical_symbol
from pipeline.extraction.structure import ADDRESSEES, STATE_MOTTO
from pipeline.extraction.metadata.dates import iso

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
# ... or told of the plan later in the report: "Kế hoạch được ký ban hành ngày 02/4/2026", "Kế
# hoạch này ban hành ngày …", "Quyết định được ký ngày …".
SIGNED_ON_LATER = re.compile(r"\b(?:[Kk]ế hoạch|[Qq]uyết định|[Cc]hương trình|[Đđ]ề án|[Vv]ăn bản)(?:\s+này)?\s+(?:được\s+)?"
                             r"(?:ký\s+)?(?:ban hành|ký)\s+(?:từ\s+)?ngày\s+(?P<d>\d{1,2})\s*(?:[-/.]|\s+tháng\s+)\s*(?P<m>\d{1,2})"
                             r"\s*(?:[-/.]|\s+năm\s+)\s*(?P<y>(?:19|20)\d\d)\b")
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


# Who a report says signed the plan: "Phó Chủ tịch UBND tỉnh Cà Mau Ngô Vũ Thăng ký ban hành …"
# (the province's name, if any, before the person's).
REPORTED_SIGNER = re.compile(
    r"(?<![\p{L}])(?P<title>(?:Phó\s+)?Chủ\s+tịch)\s+(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|thành\s+phố)"
    r"(?:\s+(?P<province>" + PROVINCE_PATTERN + r"))?"
    r"\s+(?P<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3})\s+(?:đã\s+|vừa\s+)?ký\b")
SIGNING_CHARS = 6000      # (a report may close with it: "Kế hoạch do Phó Chủ tịch … ký ban hành.")


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
