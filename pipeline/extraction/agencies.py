"""Bodies given duties in the implementation section, with their role and tasks.

Steps:
 1. find where duties are given: the implementation section (``Tổ chức thực
    hiện``, ``Phân công nhiệm vụ``, ``Điều N. Tổ chức thực hiện``), lists whose
    items are headed by bodies wherever they stand, a decision's executing clause
    (``… chịu trách nhiệm thi hành Quyết định này``), task-table rows; in a letter,
    notice or telegram without these, every item headed by a state body
 2. split it into items: a line (or a later sentence of a paragraph) that starts
    with a body's name opens an item; what follows is its task sentences
 3. one row per body an item heading names (``Sở Nội vụ, Sở Tài chính`` -> two),
    named as the text writes it: a head's title dropped to the body, the trailing
    province dropped (a town keeps its name), spelling variants unified and known
    bodies spelt as in ``data/agency_names.txt``; short forms stay as written
    (``Sở GTVT``) but one body written both ways is one row (``data/agency_aliases.csv``)
 4. role from the item's task sentences: ``chủ trì`` anywhere -> lead; every
    sentence only ``phối hợp`` -> support; otherwise -> implement
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain, islice
from pathlib import Path

import regex as re

from pipeline.models import Agency, Assignment, Document, Structure
from pipeline.extraction.metadata import LETTER_TYPES as LETTER_DOC_TYPES, PROVINCE_NAMES, header_issuer, is_central
from pipeline.extraction.registry import PROVINCE_PATTERN, fold, listed_body_names
from pipeline.extraction.spans import evidence, sentence_bounds
from pipeline.extraction.structure import (ADDRESSEES, ITEM_MARK, LIST_RANK, annexed_plan, annexed_rules,
                                          ends_mid_sentence)
from pipeline.reading.lines import RECIPIENTS_WORDS

ALIASES_CSV = Path(__file__).resolve().parent.parent / "data" / "agency_aliases.csv"
# Short forms expanded in the name itself: "UBND" is read as "Ủy ban nhân dân" everywhere.
# Other short forms ("Sở GTVT", "Cục ĐKVN") stay as the text writes them.
EXPANDED = {"UBND"}

# The people's committee, and the provincial one that issues most of these texts: the
# voice of the issuer's orders, whether the text gives them or a press report tells them.
COMMITTEE = r"(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)"
PROVINCIAL_COMMITTEE = COMMITTEE + r"\s+(?:tỉnh|thành phố|TP\.?(?=\s))"
# How such an order opens a paragraph of its own: "Giao Sở Công Thương chủ trì …".
ORDER_OPENER = r"^[ \t]*(?:Giao(?:\s+cho)?|Đề nghị)\s+"

# Heading of an implementation section, with its number ("VI.", "3.", "Điều 5.").
IMPLEMENTATION_HEADING = re.compile(
    # (an article's title may open with "Về": "Điều 28. Về tổ chức thực hiện và sửa đổi, bổ
    # sung Quy chế"; not a paragraph's label, "Về tổ chức thực hiện: Các địa phương …")
    r"^[\s*#_]*(?:(?:[IVXLC]+|\d+)\s*[.)-]\s*|Điều\s+\d+\s*[.:]?\s*(?:về\s+)?)?[\s*_]*"
    # (a decree's or resolution's last articles: "Điều 6. Tổ chức thi hành")
    r"(?:(?:trách nhiệm\s+|phân công\s+)?t[ổôỏ] chức (?:thực hiện|thi hành)|phân công nhiệm vụ|phân công thực hiện|phân công trách nhiệm|"
    r"trách nhiệm thực hiện|trách nhiệm thi hành|trách nhiệm của các (?:cơ quan|[Ss]ở|[Bb]ộ|ngành)|tổ chức triển khai)\b",
    re.I | re.M)
# A part whose title ends by sharing out the duties of what it lists ("II. NHIỆM VỤ TRỌNG
# TÂM VÀ PHÂN CÔNG TRÁCH NHIỆM", "II. NỘI DUNG, PHÂN CÔNG TRÁCH NHIỆM"): its tasks' lines
# that open with bodies give them duties, as items of a "Phân công trách nhiệm" part do.
SHARED_OUT_HEADING = re.compile(r"(?:,|\svà)\s+phân công\s+(?:trách nhiệm|nhiệm vụ|thực hiện)[\s*_.:]*$", re.I)
# The enacting line of a decision, over its articles.
ENACTS_DECISION = re.compile(r"(?m)^[\s*#_|]*QUYẾT\s+ĐỊNH\s*:[\s*_|]*\n[\s*#_|]*Điều\s+1\b")
# What a body is given inside a decision's article: a duty of its own, to chair or assist.
# (or a task it is to carry out: "… các sở, ban, ngành, Ủy ban nhân dân các xã, phường triển
# khai giao chỉ tiêu kế hoạch …", "… xây dựng và tổ chức thực hiện kế hoạch …")
ARTICLE_DUTY = re.compile(r"[\s,:]*(?:(?:có|chịu) trách nhiệm(?! thi hành)|chủ trì|phối hợp|theo chức năng|"
                          r"(?:khẩn trương\s+|tiếp tục\s+)?(?:triển khai|tổ chức thực hiện|hướng dẫn|"
                          r"xây dựng(?: kế hoạch| và tổ chức thực hiện)|theo dõi|kiểm tra|đôn đốc|"
                          # or a plan to put to its council: "… Ủy ban nhân dân các huyện, thị xã,
                          # thành phố trình Hội đồng nhân dân cùng cấp thông qua"
                          r"trình\s+(?:Hội đồng nhân dân|HĐND)))\b", re.I)
# The colon after an implementation heading whose text runs on in its line.
RUN_ON_HEADING = re.compile(r"[\s*_]*(?::|(?=\d{1,2}\s*\.\s*\p{Lu}))")     # (or runs into its first item:
                                                                      # "III. TỔ CHỨC THỰC HIỆN 1.Các sở …")
# A line that ends the implementation section when the structure does not say:
# the next Roman part or article, or the closing formula.
SECTION_STOP = re.compile(r"^[\s*#_]*(?:[IVXLC]+\s*\.\s|Điều\s+\d+|Trên đây là|" + RECIPIENTS_WORDS + r")", re.M)
# A chapter heading ("Chương III"); its title on the same line or the next; where a chapter ends.
_CHAPTER_MARK = r"^[\s*#_]*Chương\s+[IVXLC\d]+\b"
CHAPTER_LINE = re.compile(_CHAPTER_MARK, re.M)
CHAPTER = re.compile(_CHAPTER_MARK + r"[.:\s*_-]*(?P<title>[^\n]*)\n(?P<next>[^\n]*)", re.M)
CHAPTER_STOP = re.compile(r"(?:" + _CHAPTER_MARK + r"|^[\s*#_]*(?:Trên đây là|" + RECIPIENTS_WORDS + r"))", re.M)
# Closing formula after the last item ("Trên đây là Kế hoạch…", "Nơi nhận:").
CLOSING = re.compile(
    r"^[\s*_]*(?:Trên đây là|" + RECIPIENTS_WORDS + r"|Trong quá trình (?:tổ chức )?(?:thực hiện|triển khai)|"
    r"(?:Nghị quyết|Quyết định|Thông tư|Kế hoạch|Chỉ thị) này (?:được|có hiệu lực)|TM\.|KT\.|"
    # a notice's closing line: "Thừa lệnh Bộ trưởng …, Văn phòng Bộ thông báo đến các cơ quan,
    # đơn vị liên quan biết và triển khai thực hiện./."
    r"(?:Thừa lệnh|Theo ý kiến chỉ đạo)\b[^\n]{0,200}?\bthông báo\s+(?:đến|để|cho)\b)")

# The closing request to all, run into the last item's line by a copy: "Yêu cầu các sở, ban,
# ngành, đơn vị, địa phương nghiêm túc triển khai thực hiện./." (its end mark says so; a
# request inside an item, "Yêu cầu các Ban QLDA nghiêm túc thực hiện, không …", is a task)
CLOSING_REQUEST = re.compile(r"[\s*_]*(?:(?:Ủy ban nhân dân|UBND)\s+(?:tỉnh|[Tt]hành phố)\s+)?"
                             r"(?:[Yy]êu cầu|[Đđ]ề nghị)\b[^\n.]{0,200}?\bnghiêm túc\b[^\n.]{0,80}\./\.")

# An article that closes a decision or circular and may still give bodies duties
# ("Điều 3. Điều khoản thi hành": "… Công an tỉnh … có trách nhiệm thi hành Quyết định này").
EXECUTION_HEADING = re.compile(
    r"^[\s*#_]*Điều\s+\d+\s*[.:]?\s*(?:về\s+)?(?:điều khoản thi hành|trách nhiệm thi hành|"
    r"(?:trách nhiệm\s+)?tổ chức thực hiện)\b", re.I)
# An article's mark alone on its line, as older decisions print it ("Điều 3" over its text).
BARE_ARTICLE_MARK = re.compile(r"[\s*#_]*Điều\s+\d+\s*[.:]?[\s*_]*")
# A numbered item further down: a closing formula before it is not the end of the section.
# (an article's line is one: "Trong quá trình thực hiện chỉ đạo các sở …" goes on its article's
# duty, and "Điều 3. Thường trực Hội đồng nhân dân … giám sát …" follows)
NUMBERED_LINE = re.compile(r"^[\s*#_]*(?:\d+(?:\.\d+)*\s*[.)]|Điều\s+\d+\s*[.:])\s", re.M)
# The executing clause of a list of bodies: "A; Giám đốc các sở: B, C, D có trách nhiệm thi hành".
# (a copy that keeps the printed lines may break it anywhere: "… chịu trách nhiệm thi hành
# Quyết" over "định này")
EXECUTES = re.compile(r"\s(?:(?:có|chịu)\s+tr[aáàảãạ]ch\s+nhiệm\s+(?:thi|chấp)\s+hành|"     # (a mark misprinted: "trạch")
                      # "… chịu trách nhiệm thực hiện Kế hoạch này." as the whole of an item
                      r"(?:có|chịu)\s+trách\s+nhiệm\s+(?:tổ\s+chức\s+)?thực\s+hiện(?=\s+(?:Kế\s+hoạch|"
                      r"Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị|Chương\s+trình)\s+này\s*[./]*\s*$)|"
                      r"căn\s+cứ\s+(?:[Qq]uyết\s+định|[Nn]ghị\s+quyết)\s+(?:này\s+)?(?:thi\s+hành|thực\s+hiện)"
                      # (its day may follow: "… căn cứ Quyết định thi hành, kể từ ngày ký./.",
                      # "… căn cứ quyết định thi hành từ ngày ký./.")
                      r"(?=\s*(?:[./;]|,?\s*(?:kể\s+)?từ\s+ngày)))")
# The title of the closing article run into its clause in a flattened copy: "Điều 3. Trách
# nhiệm thi hành Các Bộ trưởng, … chịu trách nhiệm thi hành Nghị định này".
# ("Điều 3. Trách nhiệm tổ chức thực hiện Chánh Văn phòng UBND tỉnh; …" too)
RUN_IN_ARTICLE_TITLE = re.compile(r"^\s*(?:(?:Trách nhiệm|Điều khoản|Hiệu lực)\s+(?:và\s+)?"
                                  r"(?:tổ\s+chức\s+)?(?:thi\s+hành|thực\s+hiện)|"
                                  r"Tổ chức thực hiện)\s*[.:]?\s*(?=\p{Lu})")
# How many earlier lines an executing clause may run over.
CLAUSE_LINES = 3
# The end of a sentence inside a line ("… kể từ ngày ký. Chánh Văn phòng …").
SENTENCE_STOP = re.compile(r"[.!?]\s+(?=\p{Lu})")
# The closing formula of a decision or resolution: its subjects execute it.
EXECUTION_FORMULA = re.compile(
    EXECUTES.pattern + r"(?=\s+(?:Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị|Thông\s+tư|Nghị\s+định|Kế\s+hoạch)\s+này\b)"
    # (or its other form, which names the decision before the verb: "… căn cứ Quyết định thi hành./.")
    r"|\scăn\s+cứ\s+(?:Quyết\s+định|Nghị\s+quyết)\s+(?:này\s+)?thi\s+hành(?=\s*(?:[./;]|,\s*kể\s+từ\s+ngày))", re.I)
# An item heading that lists departments by their bare names after a colon: "Các sở,
# ngành: Tài chính, Nội vụ, Giáo dục và Đào tạo", before their duties.
# A committee of a tier whose places follow a colon: "UBND các xã: Hải Tiến, Giao Minh".
LISTED_TIER = re.compile(r"^(?P<head>Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+các\s+(?P<tier>xã|phường|huyện|quận|thị xã)\s*:\s*")
PLACE = re.compile(r"\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}")
# The list of places ends at a mark or a word in lower case other than "và".
PLACE_LIST_STOP = re.compile(r"[.;:()\n]|\s(?!và\s)\p{Ll}")
# A class whose kind the bodies listed after its colon share: "Các Sở: Tài chính, Xây dựng"
# (not a duty the class is given after its colon: "Các sở, ngành: Căn cứ chức năng, nhiệm
# vụ, phối hợp …", "Các Sở: Chủ động …"; words no department is named by).
DUTY_AFTER_COLON = (r"\s*(?:Căn cứ|Theo chức năng|Trên cơ sở|Chủ trì|Phối hợp|Chủ động|Tham mưu|Triển khai|"
                    r"Hướng dẫn|Tăng cường|Thực hiện|Có trách nhiệm|Chịu trách nhiệm|Rà soát|Tiếp tục|Theo dõi|"
                    r"Tổ chức\s+\p{Ll})\b")
LISTED_KIND = re.compile(r"^(?:Các\s+)?(?P<noun>[Ss]ở|[Bb]ộ|[Tt]ập đoàn)(?:\s*,\s*(?:[Bb]an|[Nn]gành|đơn vị|cơ quan)){0,3}"
                         r"\s*:(?!" + DUTY_AFTER_COLON + r")\s*(?=\p{Lu})")
# A lead-in naming the kind of the bodies listed after its colon: "Giám đốc các Sở:
# Tài chính, Xây dựng", "Bộ trưởng các Bộ: Xây dựng, Tài chính".
# (and a ministry's own departments: "Vụ trưởng các Vụ: Vận tải, Hợp tác quốc tế; Cục trưởng
# các Cục: Đường bộ Việt Nam, Hàng hải Việt Nam")
SHARED_NOUN = re.compile(r"\b(?:các\s+)?(?P<noun>[Ss]ở|[Bb]ộ|[Tt]ập đoàn|Vụ|Cục)(?:\s*,\s*(?:[Bb]an|[Nn]gành)){0,2}\s*$")
# The same without a colon, in an executing clause: "Giám đốc các Sở Y tế, Công Thương,
# Nông nghiệp và Môi trường" (a list of bare names after the plural kind).
KIND_LIST = re.compile(r"\b(?:(?:Giám đốc|Bộ trưởng|Thủ trưởng)\s+)?các\s+(?P<noun>Sở|Bộ)\s+"
                       r"(?=\p{Lu}[^;,]*,\s*\p{Lu})")
# A head's title left bare in a list ("…, Thủ trưởng , các đơn vị"): no body of the kind.
BARE_TITLE = re.compile(r"(?:Thủ trưởng|Chủ tịch|Giám đốc|Phó|Trưởng|Chánh|Bộ trưởng|Người đứng đầu)\b")
# Where an item of a list shared by one kind starts: the start, or after "," or "và".
KIND_ITEM = re.compile(r"(?:^\s*|,\s*|\s+và\s+)(?=\p{Lu})")
# An article that is the execution clause itself: "Điều 5. Chánh Văn phòng …, Giám đốc
# Sở Xây dựng … chịu trách nhiệm thi hành Quyết định này."
EXECUTION_ARTICLE = re.compile(r"^[\s*#_]*Điều\s+\d+\s*[.:]\s*[^\n]*" + EXECUTES.pattern, re.M)
# The same article (or its clause on a line of its own) in a copy cut off before its verb:
# it opens with the office's chief, as executing clauses do, and runs to the end of the text ("Điều 3. Chánh Văn phòng UBND tỉnh,
# Giám đốc các sở: Lao động - Thương binh và Xã hội, Tài chính, … Văn hóa, Thể thao ").
# (or with the heads of the bodies it lists: "Thủ trưởng các cơ quan: Văn phòng UBND tỉnh; …")
CUT_EXECUTION_ARTICLE = re.compile(r"^[\s*#_]*(?:Điều\s+\d+\s*[.:]\s*)?(?:Chánh\s+Văn\s+phòng\b|"
                                   r"Thủ\s+trưởng\s+các\s+(?:cơ\s+quan|sở|đơn\s+vị)\b[^\n:;]{0,40}:)"
                                   r"[^\n]*[^.\s]\s*\Z", re.M)
# The verb the cut broke off: "… Thủ trưởng các đơn vị có liên quan chịu trách nhi".
CUT_VERB = re.compile(r"\s+(?:có|chịu)(?:\s+t\p{L}*(?:\s+n\p{L}*(?:\s+t\p{L}*(?:\s+h\p{L}*)?)?)?)?\s*$")
# Bodies named by a generic plural alone are a catch-all, not a body: "Các cơ quan,
# đơn vị báo cáo …" ("Các sở, ban, ngành" names the provincial departments and stays).
GENERIC_PLURAL = re.compile(
    r"^(?:Các|Những)\s+(?:cơ quan|đơn vị|địa phương|tổ chức|cá nhân)"
    r"(?:\s*,\s*(?:cơ quan|đơn vị|địa phương|tổ chức|cá nhân|doanh nghiệp))*"
    r"(?:\s+(?:thuộc|của|trên địa bàn)(?:\s+tỉnh|\s+thành phố)?)?$"
    # individuals are no body: "Doanh nghiệp, cộng đồng, tổ chức, cá nhân"
    r"|.*,\s*cá nhân$"
    # nor are the sectors alone ("Thủ trưởng các ngành, đơn vị có liên quan")
    r"|^(?:Các|Những)\s+ngành$"
    # nor the competent authority, whichever it is ("Cơ quan có thẩm quyền kiểm tra …")
    r"|^(?:(?:Các|Những)\s+)?[Cc]ơ quan (?:nhà nước )?có thẩm quyền$")
# A name ending in "(có) liên quan" is a catch-all ("Các sở, ban, ngành, địa phương có liên quan").
RELATED_TAIL = re.compile(r"\s(?:có\s+)?liên quan(?:\s+(?:của|thuộc)\s+(?:tỉnh|thành phố|huyện|xã))?$", re.I)
# The committees of a tier "concerned", heading an item of their own, are the bodies it
# gives duties ("12. Ủy ban nhân dân các xã, phường liên quan"), not a catch-all.
RELATED_COMMITTEES = re.compile(r"^" + COMMITTEE + r"\s+(?:các\s+)?(?:xã|phường|huyện|quận|thị xã)"
                                r"(?:,\s*(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố))*\s+(?:có\s+)?liên quan$")
# A class named by where the text lists it, not a body of its own: "Các Sở, Ban, Ngành nêu
# tại Điều 7 Quy định này" (the bodies of that article, each named there).
REFERS_ELSEWHERE = re.compile(r"^(?:[Cc]ác|[Nn]hững)\s.*\s(?:nêu|quy định|nói|có tên)\s+tại\s+(?:Điều|khoản|điểm|[Mm]ục|[Pp]hụ lục)\b")
# "The other …" is a catch-all too: "Các sở, ban, ngành khác".
OTHERS = re.compile(r"^(?:Các|Những)\s.*\skhác$", re.I)
RELATED_AFTER = re.compile(r"\s*(?:có\s+)?liên quan\b", re.I)
# ... also when more of the kind follows it: "Các cơ quan, đơn vị có liên quan và các cơ sở
# có tên tại Điều 1".
RELATED_THEN_MORE = re.compile(r"^(?:Các|Những)\s.*\s(?:có\s+)?liên quan\s+(?:và|,)\s", re.I)

# A name the OCR garbled: a letter glued to a digit, a capital inside a lower-case
# word ("SởY"), or characters no name holds. Such a record is dropped. A unit's code
# ("Phòng PC13") is capitals then digits, a word of its own, and no debris.
GARBLED_NAME = re.compile(r"\p{L}\d|\d\p{L}|\p{Ll}\p{Lu}|[^\p{L}\p{M}\d\s,.&()/'’\-–]")
UNIT_CODE = re.compile(r"\b[A-ZĐ]{2,5}\d+\b")
# Bodies read from an OCR'd page are less sure than typed ones.
SCANNED_CONFIDENCE = 0.7

# An article's title after its number.
ARTICLE_TITLE = re.compile(r"^[\s*#_]*Điều\s+\d+\s*[.:]\s*(?P<rest>\S.*)$", re.S)
# An article with no title of its own ("Điều 2.") whose items are headed by bodies
# gives them duties; a titled article's clauses are its rules.
UNTITLED_ARTICLE = re.compile(r"^[\s*#_]*Điều\s+\d+\s*[.:]?[\s*_]*$")

# Parts whose lists of bodies report results, set goals or fund: not duties.
NOT_DUTY_ROLES = {"baseline", "objectives", "purpose", "scope", "needs", "funding"}
# A figure right after the body's name: the item allots it a share ("a) Ban An toàn
# giao thông tỉnh 40%;"), it gives no duty.
SHARE_AFTER = re.compile(r"\s*[:\-–]?\s*\d")
# How many items of a list must be headed by bodies for it to give duties.
BODY_LIST_MIN = 2
# Businesses named at the head of an item: a letter's single such item is no duty of a body.
BUSINESS = re.compile(r"^(?:(?:Các|Những)\s+)?(?:Công ty|Tổng công ty|Doanh nghiệp|doanh nghiệp|Hợp tác xã|"
                      r"đơn vị kinh doanh|Đơn vị kinh doanh|chủ đầu tư|Chủ đầu tư|nhà thầu|Nhà thầu)", re.I)
# Letters, notices and telegrams: short texts whose every item headed by a body is a duty.
LETTER_TYPES = {t.upper() for t in LETTER_DOC_TYPES}     # as the header prints them
# Words of a plan's purpose part (a letter's "Yêu cầu chung" is no such part).
PLAN_PURPOSE = re.compile(r"\b(?:mục đích|quan điểm|sự cần thiết)\b", re.I)
# A request whose list of contents follows: the lines after it are what is asked.
# (not a topic about a request: "7. Về đề nghị hướng dẫn việc xây dựng bộ tiêu chí …:")
REQUEST_HEAD = re.compile(r"(?m)(?<!\b[Vv]ề\s)\bđề nghị\b[^\n]*:[ \t]*$")
# Texts whose duties are read from their parts alone: plans (part by part), and reports
# and submissions, whose requests ask a superior ("Đề nghị Bộ Nông nghiệp và Môi trường:").
PARTS_ONLY_TYPES = {"KẾ HOẠCH", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "BÁO CÁO", "TỜ TRÌNH"}
# A request that opens its own paragraph ("Giao Sở …", "Đề nghị các cơ quan …").
PARAGRAPH_OPENER = re.compile(ORDER_OPENER)
# The issuer's own request to a body in a letter: "kính đề nghị Bộ Xây dựng …".
REQUEST = re.compile(r"\b(?:[Kk]ính|[Tt]rân trọng)\s+(?:đề nghị|kiến nghị)\s+(?=\p{Lu})"
                     # or a paragraph the issuer opens by assigning or asking: "Giao Sở Công Thương
                     # chủ trì …", "Đề nghị Ủy ban nhân dân tỉnh Đắk Lắk chủ trì …"
                     r"|" + ORDER_OPENER + r"(?=\p{Lu}|các\s)"
                     # or the issuer's head assigns (or asks) in its own sentence: "… Chủ tịch Ủy ban
                     # nhân dân tỉnh giao Sở Nông nghiệp và Môi trường chủ trì", "…, UBND tỉnh yêu
                     # cầu Giám đốc Sở …, Chi cục trưởng … chủ động triển khai" ("… tỉnh đã giao" reports)
                     r"|(?<=\b" + PROVINCIAL_COMMITTEE + r"\s+)"
                     r"(?:giao|yêu cầu)\s+(?:cho\s+)?(?=\p{Lu})"
                     # or a conclusion assigns after its circumstance: "…, giao Bộ Văn hóa, Thể thao
                     # và Du lịch chủ trì …"
                     r"|(?<=[,:;]\s)(?:giao|yêu cầu)\s+(?:cho\s+)?(?=\p{Lu})"
                     # (or, in a copy that ran the paragraphs together, after the sentence that
                     # leads to it: "… có ý kiến như sau: Giao Sở Công Thương chủ trì …")
                     r"|(?<=\p{L}:\s)Giao\s+(?:cho\s+)?(?=\p{Lu})"
                     # (or the body and its duty right after it: "… có ý kiến như sau: Sở Tài
                     # nguyên và Môi trường chủ trì …")
                     r"|(?<=\bnhư sau\s*:[ \t])(?=\p{Lu})"
                     # or points numbered in the run of a sentence: "…, trong đó lưu ý: (1) Bộ Y tế
                     # chỉ đạo …; (2) Bộ Công an …"
                     r"|(?<=[,:;.]\s)\(\d{1,2}\)\s+(?=\p{Lu})"
                     # or a later sentence opens with the body and its duty: "5. Khẩn trương khôi
                     # phục sản xuất. Bộ Nông nghiệp và Môi trường chủ động phối hợp …"
                     r"|(?<=[.;][ \t])(?=\p{Lu})"
                     # or a paragraph does ("3. Về kiến nghị …:" over "Bộ Nội vụ theo chức năng
                     # nhiệm vụ được giao khẩn trương nghiên cứu …")
                     r"|^(?=\p{Lu})", re.M)

# A notice's closing line, naming whom it is for.
NOTICE_CLOSING = re.compile(r"^[^\n]{0,80}?\bthông báo\s+(?:để|cho|đến)\s")
# A body that asks others to act: what follows names them (and so does a notice's closing:
# "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Điện Biên … biết, thực hiện").
ASKS_OTHERS = re.compile(r"\s+(?:(?:yêu cầu|đề nghị)\s+(?=\p{Lu}|các\s+(?:[Đđ]ồng chí\b|\p{Lu}))"
                         r"|(?:xin\s+)?thông báo\s+(?:để|cho|đến)\s+)")
# "và" or a comma after a catch-all closed by "liên quan", before a body of its own.
RELATED_THEN_BODY = re.compile(r"\s*((?:có\s+)?liên quan)?(?:\s+và|\s*,)\s+")
# Bodies given a duty, then others asked to act with them: "và đề nghị Giám đốc Ngân hàng …".
ALSO_ASKED = re.compile(r"(?:\s+và|(?<=\svà))\s+(?:đề nghị|yêu cầu)\s+(?=\p{Lu}|các\s+\p{Lu})")
TRAILING_AND = re.compile(r"\s+và$")

# What follows a body's name when a sentence gives it a duty (not "đã …", "là …", "có …").
# (not the issuer's own "… chỉ đạo như sau:", which heads the orders it gives)
# (the verbs an order gives, shared with what a press report says a body is to do)
ORDER_VERBS = (r"chủ động|khẩn trương|chỉ đạo(?!\s+(?:như sau|các nội dung sau))|chủ trì|phối hợp|hướng dẫn|rà soát|"
               r"theo dõi|bố trí|huy động|có trách nhiệm|chịu trách nhiệm|có nhiệm vụ")
ACTS = re.compile(r"\s+(?:" + ORDER_VERBS + r"|tiếp tục|tập trung|kịp thời|tổ chức|triển khai|nghiên cứu|hỗ trợ|"
                  r"theo chức năng|bàn giao)\b")

# Words that open a body's name (case matters: these are capitalised in names).
BODY_HEAD = re.compile(
    r"(?:Sở|Ủy ban|Uỷ ban|UBND|Ban(?! hành)|Chi cục|Chi nhánh|Cục|Tổng cục|Bộ(?! máy)|Phòng(?:,| chống| ngừa)?|"
    r"Trung tâm|Công an|Công An|Đài|Các Ban|Tổng Giám đốc|Tổng giám đốc|Phó Giám đốc|Tổng [Bb]iên tập|Báo(?! cáo)|Tạp chí|Nhà xuất bản|Thông tấn xã|Văn phòng|Liên hiệp|Liên đoàn|Hiệp hội|Hội(?! nghị| thảo| thi| chợ)|"
    r"Đoàn(?! kết)|Mặt trận|Tỉnh [đĐ]oàn|Thành [đĐ]oàn|Tỉnh ủy|Thành ủy|Ngân hàng|Kho bạc|Thanh tra|"
    r"Bảo hiểm xã hội|Trường(?! hợp)|Viện|Vườn quốc gia|Chánh|Trưởng|Phó Trưởng|Giám đốc|Thống đốc|Thủ trưởng|Chủ tịch|"
    r"Chỉ huy trưởng|Hiệu trưởng|(?:Các\s+[Tt]|T)hành viên(?= (?:Hội đồng|Ban)\b)|"
    # the standing members of a board or council ("Thường trực BCĐ CCHC tỉnh", "Thường trực HĐND")
    r"Thường trực(?=\s+(?:Ban|BCĐ|Hội đồng|HĐND|Ủy ban|UBND|Tỉnh ủy|Thành ủy)\b)|"
    # a command written short ("BCH Quân sự tỉnh", "BCH Bộ đội biên phòng tỉnh")
    r"BCH(?=\s+\p{Lu})|"
    # a working group of a council or board ("Tổ giúp việc Hội đồng"), not "Tổ chức", "Tổ quốc"
    # (or a council's group of delegates, "các Tổ đại biểu Hội đồng nhân dân")
    r"Tổ(?=\s+(?:giúp việc|công tác|thư ký|chuyên gia|thẩm định|kiểm tra|biên tập|chuyên trách|đại biểu)\b)|"
    r"Các sở|Các Sở|Các (?:UBND|Ủy ban|Uỷ ban)|Các Bộ trưởng|Các Bộ|Các cơ sở|Các trường|Các cơ quan|Các đơn vị|Các ban|Các phòng|Các hội|Các ngành|Các đoàn thể|"
    r"Các tổ chức(?! tham mưu)|"
    r"Các cấp ủy|Cấp ủy|Đảng ủy|Đảng uỷ|Đảng đoàn|Ban cán sự đảng|Quân ủy|Quân uỷ|[Cc]ác chi bộ|chi bộ|"
    r"Các (?:tỉnh|thành|đảng) (?:ủy|uỷ)|Người đứng đầu(?=\s+(?:các\s+)?\p{Lu}|\s+các\s)|"
    r"Công ty|Tổng công ty|Tổng Công ty|Tập đoàn|Các Tập đoàn|"
    # a zone run by its own board ("Khu Quản lý đường bộ III", "Khu Bảo tồn thiên nhiên …"),
    # not a zone of land ("Khu công nghiệp", "Khu dân cư")
    r"Khu(?=\s+(?:Quản lý|Bảo tồn|Di tích)\b)|"
    r"Điện lực|Bưu điện|Cơ quan|Cổng [Tt]hông tin|Hội đồng|Tòa án|Toà án|Thi hành án(?= dân sự)|Cục Thuế|Thuế|Hải quan|"
    # the provincial statistics office since 2025 ("Thống kê tỉnh Bắc Ninh")
    r"Thống kê(?=\s+(?:tỉnh|thành phố)\b)|Bộ đội|Học viện|Đại học|Bệnh viện|"
    # a facility that serves ("Cơ sở khám bệnh, chữa bệnh …"), not "Cơ sở dữ liệu"
    r"Cơ sở(?=\s+(?:khám|y tế|giáo dục|đào tạo|cai nghiện|bảo trợ|trợ giúp)\b)|"
    r"Hợp tác xã|Doanh nghiệp|Các doanh nghiệp|Các chủ đầu tư|chủ đầu tư|Chủ đầu tư|Chủ rừng|Các chủ rừng|Quỹ|Chính phủ|Quốc hội|Thủ tướng|Liên minh|Kiểm toán|"
    r"Vụ(?! việc| án| tai nạn))\b")
# Heads that are verbs or topics when followed by these words.
NOT_A_BODY = re.compile(r"^(?:Phòng,|Phòng chống|Phòng ngừa|Cơ quan chức năng|Doanh nghiệp (?:phải|cần)|"
                        # "Thanh tra việc chấp hành …", "Thanh tra, kiểm tra …": the verb, not
                        # "Thanh tra tỉnh", "Thanh tra Bộ"
                        r"Thanh tra(?:,|\s+(?!(?:tỉnh|thành phố|huyện|quận|xã|sở|bộ)\b)\p{Ll})|"
                        # (and the receiver of a report described: "c) Cơ quan nhận báo cáo: …")
                        r"(?:Cơ quan|Đơn vị) (?:chủ trì|phối hợp|thực hiện|nhận|tiếp nhận)\b|"
                        # a post defined, not a body ("- Giám đốc là người đứng đầu Trung tâm")
                        r"(?:Phó\s+)?(?:Giám đốc|Trưởng|Chủ tịch|Thủ trưởng|Chánh)(?:\s+\p{Ll}+)?\s+là\b|"
                        # a letter's "Công ty" is its addressee, named by no name ("Đề nghị Công
                        # ty liên hệ với Sở …": a verb after it), not "Công ty cổ phần …", "Công ty
                        # Điện lực", nor a company named in small letters ("Công ty bến bãi")
                        r"Công ty\s+(?=(?:liên hệ|phải|cần|có|được|thực hiện|báo cáo|gửi|nộp|chịu|chủ động|"
                        r"khẩn trương|tiếp tục|hoàn thiện|bổ sung|triển khai|tổ chức|khắc phục|cung cấp|"
                        r"đăng ký|lập|xây dựng|rà soát|căn cứ|nghiên cứu|kiểm tra)\b))")

# A row of a task table under a task: "- Cơ quan chủ trì: Sở Giao thông vận tải.", "- Cơ
# quan phối hợp: Sở Tư pháp; các Sở, ban, ngành tỉnh". The lead chairs the task, the
# others assist. "Cơ quan thực hiện" alone is how procedures are described, not a duty;
# a row that says its body chairs is a lead's ("Cơ quan thực hiện: Công an tỉnh chủ trì, …").
TABLE_ROW = re.compile(
    # (a flattened copy runs the rows into their task's line: "… đồng bộ. - Cơ quan chủ trì: Sở Tư pháp.",
    # or into the task's title: "1. Tổ chức tuyên truyền - Cơ quan thực hiện: Công an tỉnh chủ trì")
    r"(?:^|(?<=[.;]\s)|(?<=\p{L}\s)(?=[-–]\s))[\s*_]*(?:[-+•–]\s*)?(?:Cơ quan|Đơn vị)\s+(?P<kind>chủ trì|đầu mối|phối hợp|thực hiện)(?:\s+\p{Ll}+){0,3}\s*:\s*", re.M)
# ("Đơn vị đầu mối (trình)" is the lead in other words)
TABLE_ROLES = {"chủ trì": "lead", "đầu mối": "lead", "phối hợp": "support", "thực hiện": "lead"}
# Where the bodies of a "Cơ quan thực hiện" row stop to say they chair.
CHAIRS = re.compile(r"\s+chủ trì\b")
# How many lines a "phối hợp" row may stand from the "chủ trì" row of its task.
TABLE_ROW_REACH = 3

# Lead-in verbs before a body named as object: "Giao phòng Quản lý Công nghiệp triển khai…".
# A heading that names the body whose duties follow: "2. Trách nhiệm của Sở Y tế",
# "Điều 2. Nhiệm vụ và quyền hạn của Ban An toàn giao thông tỉnh"; not a group's heading
# ("Trách nhiệm của các sở, ngành"), whose items name the bodies.
# The verbs that give a named body a duty.
ASSIGN_VERBS = r"(?:(?:[Tt]hống nhất|[Đđ]ồng ý)(?:\s+chủ\s+trương)?\s+giao|[Gg]iao cho|[Gg]iao|[Đđ]ề nghị|[Yy]êu cầu|[Pp]hân cấp cho|[Ủủ]y quyền cho|[Uu]ỷ quyền cho)"
LEAD_IN = re.compile(r"^(?:" + ASSIGN_VERBS + r"|"
                     # encouraging a named body ("Khuyến khích Liên đoàn Lao động tỉnh …"), not
                     # a policy for a kind ("Khuyến khích doanh nghiệp đầu tư …")
                     r"[Kk]huyến khích(?=\s+\p{Lu})|"
                     # ("của" may be left out: "Điều 16. Trách nhiệm Sở Công Thương")
                     # ("Điều 6. Nội dung Công an tỉnh có trách nhiệm chủ trì" of a coordination rule)
                     # (so is a class it qualifies or lists: "1. Trách nhiệm của các Sở quản lý
                     # công trình xây dựng chuyên ngành", "2. Trách nhiệm của các Sở: Xây dựng, Nội vụ";
                     # not a group of tiers, whose items name the bodies: "Trách nhiệm của các Sở, ngành")
                     r"(?:Trách nhiệm(?:(?:,| và) quyền hạn)?(?:\s+của)?|Nhiệm vụ(?:(?:,| và) quyền hạn)?\s+của|Nội dung)"
                     # (and a body named after its kind in lower case: "Trách nhiệm của cơ quan Thuế")
                     r"(?=\s+\p{Lu}|\s+các\s+\p{Lu}\p{Ll}*(?:\s*:|\s+\p{Ll})|\s+cơ quan\s+\p{Lu})"
                     # (a save that lost the space: "Trách nhiệm củaTrung tâm …")
                     r"|Trách nhiệm\s+của(?=\p{Lu}))"
                     # "6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, …"
                     r"(?:\s*:)?\s*(?P<rest>\p{L})")
GROUP_OF_TIERS = re.compile(r"(?:các|những)\s+\p{Lu}")
PERSONS_FIRST = re.compile(r"(?:Thủ trưởng|Người đứng đầu|Lãnh đạo|Cán bộ|Công chức|Viên chức)\b")
# What a class's own article adds after its name: "… các cơ quan, đơn vị trong quản lý, sử dụng …".
CLASS_STOP = re.compile(r"\s(?:trong|khi)\s")
# An article for a class named in lower case: "Trách nhiệm của doanh nghiệp viễn thông".
CLASS_ARTICLE = re.compile(r"Trách nhiệm(?:(?:,| và) quyền hạn)?\s+(?:của\s+)?(?P<kind>\p{Ll}[\p{L} ,&]*?)\s*$")
# A line that opens the list of a class's members: "… theo ngành, lĩnh vực gồm:".
MEMBERS_OPENER = re.compile(r"\b(?:bao gồm|gồm(?: có)?|sau đây|như sau)\s*:\s*$", re.I)
MEMBERS_OPENER_LINES = 2
# What may open a list of bodies in brackets: "(gồm các Sở: …)", "(bao gồm: …)".
BRACKET_LEAD = re.compile(r"\s*(?:bao gồm|gồm|là)\s*:?\s*", re.I)
# How far a class's description may run before the brackets listing its members.
BRACKET_REACH = 80
# A point that assigns a duty to a body it names.
# (capitalised: the point opens with it)
ASSIGNS = re.compile(r"(?=\p{Lu})" + ASSIGN_VERBS + r"\s+(?=\p{Lu})")
# An item headed by its topic that names its bodies after it: "1. Đối với 03 hầm trên
# tuyến cao tốc: Yêu cầu các Ban Quản lý dự án 6, 85 phối hợp …", "2. Đối với các hầm còn
# lại, yêu cầu các Ban QLDA 2, 6, 7 khẩn trương …", "1. Về công tác bảo trì: Giao Cục …".
# (after a colon the body may follow at once: "2. Về dự án nạo vét luồng tàu …: Bộ Xây dựng
# khẩn trương rà soát …", as a conclusion notice assigns its points)
# (or a copy ran the topic into its order: "3. Đối với các tổ chức khác Đề nghị Ủy ban Mặt trận …")
# (or "Việc …": "4. Việc quản lý người, phương tiện …: Tổng cục Đường bộ Việt Nam chủ trì …")
TOPIC_HEAD = re.compile(r"(?:Đối với|Về|Việc)\b[^;\n]{0,240}?(?:[:,]\s*(?=" + ASSIGN_VERBS + r"\s)|:\s*(?="
                        + BODY_HEAD.pattern + r")|\s+(?=(?:Đề nghị|Yêu cầu|Giao)\s+\p{Lu})"
                        # (or a flattened copy ran the topic's line into its paragraph, which opens
                        # with a ministry or department that chairs: "1. Về rà soát … Quốc gia Bộ
                        # Giao thông vận tải chủ trì, phối hợp …")
                        r"|\s+(?=(?:Bộ|Sở|Tổng cục|Cục)\s+\p{Lu}[^;:,.\n]{0,60}?\s(?:chủ trì|có trách nhiệm|chịu trách nhiệm)\b))")
# A circumstance opening an item before its bodies: "2. Căn cứ nội dung Kế hoạch và tình
# hình thực tiễn, các sở, ngành và Ủy ban nhân dân các xã, phường … có trách nhiệm …".
# ("Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan … phản ánh" names everyone).
CIRCUMSTANCE = re.compile(r"(?:Căn cứ|Trên cơ sở|(?P<time>Định kỳ|Hằng năm|Hàng năm))\b")
CIRCUMSTANCE_CHARS = 240
# A time is a circumstance when a comma soon closes it ("Định kỳ 6 tháng, hằng năm, Sở …");
# "Hàng năm lập dự toán …, gửi Sở Tài chính thẩm định, Ủy ban nhân dân tỉnh phê duyệt"
# is a task that opens with its time, and the bodies after its commas are partners.
TIME_CLOSED = re.compile(r"(?:\s+[^\s,;.]+){0,4}\s*,")
PARTNERS_BEFORE = re.compile(r"\b(?:phối hợp|chủ trì|phải|báo cáo)\b", re.I)
# Numbered bodies of one kind: "các Ban Quản lý dự án 6, 85" are Ban Quản lý dự án 6 and 85.
NUMBERED_BODIES = re.compile(r"^(?:Các|Những)\s+(?P<kind>\p{Lu}.*?)\s+(?P<nums>\d+(?:\s*(?:,|và)\s*\d+)+)$")
# Units of one kind named by their codes: "Phòng PC13, PC26" are Phòng PC13 and Phòng PC26.
CODED_BODIES = re.compile(r"^(?:(?:Các|Những)\s+)?(?P<kind>\p{Lu}\p{Ll}+)\s+"
                          r"(?P<codes>[A-ZĐ]{2,5}\d+(?:\s*(?:,|và)\s*[A-ZĐ]{2,5}\d+)+)$")

# A body's role said after its name ("Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo").
APPOSED_ROLE = r"Cơ quan (?:[Tt]hường trực|[Cc]hủ trì|[Đđ]ầu mối|[Cc]huyên môn)"
# Lower-case words that end a body's name: the verbs of its duties (not the function that
# names the Party's advisory bodies: "Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy").
NAME_STOP = re.compile(
    # (not a word naming the field a body works in: "doanh nghiệp hoạt động trong lĩnh vực
    # xây dựng, giao thông …")
    r"(?<!lĩnh vực)\s(?:chủ trì|phối hợp|kết hợp|triển khai|thực hiện|tổ chức(?!\s+chính trị|\s+đoàn thể|\s+đảng|\s+xã hội|\s+thành viên\s+của)|tham mưu(?!,\s*giúp việc)|chịu trách nhiệm|có trách nhiệm|"
    r"căn cứ|hướng dẫn|đồng bộ|(?<!đầu tư |công trình |[Vv]ật liệu )xây dựng|theo dõi|tự|chỉ đạo|rà soát|nghiên cứu|bố trí|đảm bảo|bảo đảm|"
    r"phụ trách|là|(?<!việc )làm|tiếp tục|cân đối|tăng cường|đẩy mạnh|hỗ trợ|chủ động|(?<!Giáo dục )thường xuyên|định kỳ|"
    r"kiểm tra|giám sát|đôn đốc|tổng hợp|báo cáo|đề xuất|hoàn thiện|(?<!công )trình|ban hành|phổ biến|(?<!thông tin, )tuyên truyền|"
    r"vận động|phát động|khẩn trương|cung cấp|bổ sung|lồng ghép|phân bổ|ưu tiên|huy động|phát huy|cử|thành lập|(?<!công |dân |tư |độc )lập|"
    r"(?:tùy|tuỳ)(?=\s+theo\b)|(?<!quản lý )trực tiếp|có(?!(?<=nghiệp có)\s+hoạt động\b)|được|nắm|trên cơ sở|tiếp nhận|thẩm định|phê duyệt|hoàn thành|nghiêm túc|quan tâm|duy trì|"
    r"quản lý(?= nhà nước)|thi hành|căn cứ|sau khi|theo|(?<!hoạt động )trong|về|để|nhằm|"
    r"đưa|tập trung|nâng cao|tiến hành|kịp thời|tích cực|xem xét|yêu cầu|cập nhật|"
    r"công bố|công khai|biên soạn|phát hành|tuần tra|điều tra|chấp hành|tuân thủ|"
    r"(?<!quản lý )vận hành|sửa chữa|cắm|tạm dừng|quyết liệt|sớm|hoàn tất|phân công|bằng|ở|tiên phong|cần|dự thảo|nơi|lãnh đạo|"
    r"bàn giao|chuyển giao|tiếp nhận|"
    r"này|quán triệt|kiện toàn|chấn chỉnh|thống nhất|thông báo|biết|đề nghị|xin|trân trọng|cảm ơn|đã|sẽ|vừa|cũng|cho biết|giải quyết|"
    # a duty denied ("Văn phòng đăng ký đất đai không chịu trách nhiệm …"), not aviation, air
    # defence, space or air ("Cục Hàng không", "Phòng không", "không gian mạng", "không khí")
    r"(?<![Hh]àng |[Pp]hòng )không(?! gian| khí)|giúp(?! việc)|phải|"
    # "cấp" as a verb ends the name ("Sở Tư pháp cấp, khóa tài khoản"), not a level ("các cấp")
    r"(?<!các )cấp(?=\s*[,;])|"
    # (or a role in capitals run on after the name: "5. Vụ Kế hoạch - Đầu tư Đầu mối tham mưu")
    r"Chủ trì|Phối hợp|(?:Là\s+)?[Đđ]ầu mối)\b|[:(.\n]"
    # a point's letter after the name in a flattened list ("1. Sở Xây dựng a. Chủ trì …")
    r"|\s[a-zđ][.)](?=\s)"
    # a semicolon, unless another body follows it ("3. Sở Nội vụ; Sở Tư pháp: …", "… giám đốc
    # các sở; thủ trưởng cơ quan, ban ngành thành phố; chủ tịch UBND quận, huyện")
    r"|;(?!\s*(?:" + BODY_HEAD.pattern + r"|(?:thủ trưởng|giám đốc|chủ tịch)\s))"
    # a dash before a lower-case word or a duty in capitals ("Sở Y tế - chủ trì", "Bộ Giao
    # thông vận tải - Chỉ đạo …"), not inside a name ("Sở Lao động - Thương binh và Xã hội",
    # "Cục Kinh tế - Quản lý đầu tư xây dựng")
    # (nor inside a list of tiers written with dashes: "Ủy ban nhân dân quận - huyện",
    # "… phường - xã, thị trấn")
    r"|(?<!chính trị)\s[-–]\s(?:(?!\p{Lu})(?!đường (?:sắt|bộ|thủy|biển))(?!(?:xã|phường|huyện|quận|thị xã|thị trấn)\b)|(?=(?:Chủ trì|Phối hợp|Chỉ đạo|Tổ chức|Triển khai|Thực hiện|"
    r"Tăng cường|Hướng dẫn|Tham mưu|Kiểm tra|Xây dựng|Rà soát|Tiếp tục|Đẩy mạnh|Nghiên cứu|Căn cứ|"
    # or its role in apposition ("Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo")
    + APPOSED_ROLE + r")\b))"
    # a list mark run into the heading line ("Cục Hàng không Việt Nam a) Khẩn trương …")
    r"|\s[a-zđ]\)\s"
    # a share allotted to the body ("Công an tỉnh 70% kinh phí")
    r"|\s(?=\d[\d.,]*\s?%)"
    # "liên quan" closes a list ("Các Sở, ngành, đơn vị liên quan kiện toàn …")
    r"|(?<=\bliên quan)(?=\s)")
# A comma then a lower-case word ends a name, unless the word continues a list of
# tiers or sectors inside the name ("Ủy ban nhân dân xã, phường", "Các sở, ban, ngành").
NAME_COMMA_END = re.compile(
    r",\s+(?!(?:(?:cấp\s+)?(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã)|ban|(?:các\s+)?sở|ngành|đoàn thể|thành phố|tỉnh|(?:các\s+|những\s+)?tổ chức chính trị|"
    r"tổ chức đảng|tổ chức xã hội|chiến lược|thành (?:ủy|uỷ)|đảng (?:ủy|uỷ|bộ)|"
    r"thành\b(?!\s+(?:lập|viên|công))|thị\b(?!\s+(?:sát|hiếu))|"
    r"địa phương|đơn vị|cơ quan|tổ chức(?=\s*,\s*(?:đơn vị|cơ quan)\b)|(?:các\s+)?đơn vị sự nghiệp|doanh nghiệp nhà nước|lực lượng vũ trang|sau đại học|đại học|cao đẳng|trung cấp|kinh doanh|dịch vụ|"
    r"(?:các\s+)?chủ đầu tư|giúp việc|lĩnh vực|báo chí|tuyên truyền|truyền thông|truyền hình|phát thanh|"
    # a head's title in lower case opens the next body ("…, thủ trưởng các sở, ban ngành")
    r"(?:thủ trưởng|giám đốc|chủ tịch)\s+(?=các\s|\p{Lu})|"
    # the paired verbs a name holds ("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn",
    # "Cảnh sát Phòng cháy, chữa cháy")
    r"(?<=[Pp]hòng(?:\s+cháy)?,\s+)(?:chống|chữa cháy)|"
    # a list of zone kinds ("Ban quản lý các khu công nghiệp, khu chế xuất, khu kinh tế")
    r"khu(?=\s+(?:công nghiệp|chế xuất|kinh tế|công nghệ cao|nông nghiệp)))\b)"
    r"(?!(?:các|những)\s+\p{Lu})"
    # nor the last field of a name that its tier closes ("Ban Chỉ huy phòng, chống lụt, bão tỉnh",
    # "Ban Quản lý Khu Kinh tế, công nghiệp tỉnh")
    r"(?!\p{Ll}+(?:\s\p{Ll}+)?\s+tỉnh\s*(?:$|[,;]\s*\p{Lu}))"
    # nor a list of single nouns inside the name ("Ban quản lý bãi tắm biển, sông, hồ, suối, thác")
    r"(?!\p{Ll}+(?:,\s+\p{Ll}+)+\s)(?!(?<=,\s+\p{Ll}+,\s+)\p{Ll}+\s)"
    # nor one field of a name's list that ends in a capital ("Vụ Khoa học công nghệ, môi
    # trường và Vật liệu xây dựng")
    r"(?!\p{Ll}+(?:\s\p{Ll}+){0,3}\svà\s\p{Lu}\p{Ll}*(?:\s\p{Ll}+){0,4}(?=\s*(?:[,;:.]|$|\s(?:chịu|có|chủ trì|phối hợp)\b)))\p{Ll}")
# In a heading of names alone, a plural kind after a comma still ends the name ("Sở Giáo
# dục và Đào tạo, các trường học").
# (not a class that is a member of the list: "…, các đơn vị sự nghiệp công lập")
PLURAL_AFTER_COMMA = re.compile(r",\s+(?:các|những)\s+(?!\p{Lu})(?!tổ chức chính trị|đơn vị sự nghiệp)\p{Ll}")
# Persons joined to a body by "và" end the name: they are not a body
# ("Đoàn đại biểu Quốc hội và đại biểu Quốc hội thành phố" names one body).
PERSONS_TAIL = re.compile(
    # (or heads at large: "… và thủ trưởng các đơn vị", "… và trưởng các đơn vị có liên quan";
    # or a sector named in lower case, no name of the body before it: "Các UBND huyện, thị xã
    # và ngành thủy lợi")
    r"\s+và\s+(?:các\s+)?(?:đại biểu|cán bộ|công chức|viên chức|người|cá nhân|ông|bà|thủ trưởng|trưởng(?=\s+các\b)"
    r"|ngành(?=\s+\p{Ll}))\b.*$", re.S)
# Separators between several bodies in one heading.
NAME_SPLIT = re.compile(r",\s+và\s+|,\s+|;\s*|\s+và\s+|\s+với\s+"
                        # a head's title after a whole name, its ";" left out ("Giám đốc Sở Tài
                        # chính Chủ tịch Ủy ban nhân dân cấp huyện")
                        r"|\s+(?=(?:Giám đốc|Chủ tịch|Thủ trưởng)\s+(?:các\s+)?(?:Sở|Ủy ban|UBND|cơ quan|Ban|Công an)\b)"
                        # a department's name after another's, run together by a copy ("Sở Nội
                        # vụ Sở Khoa học và Công nghệ chủ trì …": no name holds two "Sở")
                        r"|(?<=(?:^|[,;]\s*)Sở\s+\p{Lu}[^,;]*?)\s+(?=Sở\s+\p{Lu})"
                        # a dash for the list's mark before a tier's committees (no body's name
                        # goes on into one): "…, đoàn thể của tỉnh – Uỷ ban nhân dân các huyện"
                        r"|\s+[-–]\s+(?=(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(?:các|cấp|huyện|quận|thị xã|xã|phường)\b)")
# One office serves both councils: "Văn phòng HĐND và UBND tỉnh" is one body.
JOINT_OFFICE = re.compile(r"[Vv]ăn phòng\s+(?:Đoàn\s+(?:ĐBQH|[Đđ]ại biểu Quốc hội)\s*(?:,|và)\s*)?(?:HĐND|Hội đồng nhân dân)$")
COMMITTEE_NEXT = re.compile(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\b")
# … and the delegation of deputies with the council: "Văn phòng Đoàn Đại biểu Quốc hội và
# Hội đồng nhân dân Thành phố".
DELEGATION_OFFICE = re.compile(r"[Vv]ăn phòng\s+Đoàn\s+(?:ĐBQH|[Đđ]ại biểu Quốc hội)$")
COUNCIL_NEXT = re.compile(r"(?:HĐND|Hội đồng nhân dân)\b")
# Before another body, "các" may stand: "Hội đồng Dân tộc, các Ủy ban của Quốc hội".
PLURAL = re.compile(r"(?:các|những)\s+")
# A class a heading may define by the bodies in brackets after it: a plural, or the investor
# ("Chủ đầu tư cảng cạn (Công ty Cổ phần Cảng Thạnh Phước) thực hiện …").
CLASS_HEAD = re.compile(PLURAL.pattern + r"|chủ đầu tư\b")
# Classes of bodies that are named members of a heading, not a catch-all:
# "Mặt trận Tổ quốc tỉnh và các tổ chức chính trị - xã hội", "… và các cơ quan báo chí".
# The central agencies based in the province, a member of a list even after a bare comma
# ("Các Sở, ban, ngành, đoàn thể cấp tỉnh, cơ quan ngành dọc đóng trên địa bàn").
BASED_AGENCIES = re.compile(r"cơ quan (?:ngành dọc|[Tt]rung ương)(?:\s+đóng)?\s+trên\s+địa\s+bàn", re.I)
# Classes that are members of a list, not one more kind of the class before them: the public
# service units as a plural ("Thủ trưởng các sở, ban, ngành, cơ quan, đoàn thể cấp tỉnh, các đơn
# vị sự nghiệp công lập, doanh nghiệp nhà nước; …"; a bare "đơn vị sự nghiệp" is one more kind,
# "Các cơ quan, đơn vị sự nghiệp công lập"), and even after a bare comma the state's enterprises,
# the armed forces ("…, đoàn thể cấp tỉnh, lực lượng vũ trang, …") and the Government's bodies
# after the ministries ("Bộ, cơ quan ngang bộ, …").
MEMBERS_AFTER_COMMA = re.compile(r"(?:doanh nghiệp nhà nước|lực lượng vũ trang|cơ quan ngang bộ|"
                                 r"cơ quan thuộc Chính phủ)\b", re.I)
MEMBER_CLASSES = re.compile(r"(?:đơn vị sự nghiệp(?: công lập)?|" + MEMBERS_AFTER_COMMA.pattern + ")", re.I)
COLLECTIVE = re.compile(
    r"(?:tổ chức chính trị\s*[-–]?\s*xã hội|tổ chức đoàn thể|tổ chức thành viên\s+của|đoàn thể|cơ quan báo chí|"
    r"cơ quan thông tấn|cơ sở (?:giáo dục|đào tạo|y tế)|" + BASED_AGENCIES.pattern + "|" + MEMBER_CLASSES.pattern
    + r")\b", re.I)
# Socio-political organisations are a member of a list even after a bare comma ("Các sở,
# ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường").
POLITICAL_ORGS = re.compile(r"tổ chức chính trị\s*[-–]?\s*xã hội\b", re.I)
# (but not while more kinds follow them in the same class: "Các sở, ban, ngành, đơn vị, tổ chức
# chính trị - xã hội, hội, đoàn thể" is one)
KINDS_GO_ON = re.compile(r"\s*,\s*(?:hội|đoàn thể|đơn vị|cơ quan|tổ chức)\b")


def _political_orgs_apart(nxt: str) -> bool:
    m = POLITICAL_ORGS.match(nxt)
    return bool(m) and not KINDS_GO_ON.match(nxt, m.end())


# A catch-all list ending a heading: "và các đơn vị liên quan", ", các tổ chức cá nhân…".
CATCH_ALL = re.compile(
    r"(?:,\s*|\s+và\s+)(?:các|những)\s+(?!tổ chức chính trị|tổ chức đoàn thể|tổ chức thành viên\s+của|cơ quan báo chí|"
    # (the province's departments named as a class end the list: "Nội vụ và các sở, ban, ngành")
    # (with more kinds of the province's own, or before a dash that opens the next body:
    # "…, các sở, ban, ngành, đoàn thể của tỉnh – Uỷ ban nhân dân các huyện")
    r"cơ quan thông tấn|đơn vị sự nghiệp|"
    # (nor the central agencies based in the province, a class of their own: "…, các cơ quan
    # Trung ương đóng trên địa bàn, UBND các huyện")
    r"cơ quan\s+(?:ngành dọc\s+)?(?:Trung ương|trung ương|TW)\b|sở,\s*(?:ban,\s*)?ngành(?:,\s*(?:đoàn thể|cơ quan|đơn vị))*"
    r"(?:\s+(?:của\s+|cấp\s+)?tỉnh)?\s*(?:$|[-–]\s)"
    # (businesses of a named trade are a body of the list: "Hiệp hội Du lịch và các doanh
    # nghiệp du lịch"; "các doanh nghiệp trên địa bàn", "… có liên quan" stay a catch-all)
    r"|doanh nghiệp\s+(?!có\b|liên\b|khác\b|trên\b|thuộc\b|tại\b|đang\b|được\b|và\b|,)\p{Ll})"
    r"(?:tổ chức|cơ quan|đơn vị|cá nhân|ông|bà|địa phương|ngành|sở|"
    r"doanh nghiệp|lực lượng|thành viên|bộ phận|phòng|tập thể)\b.*$"
    # without "các": "Giám đốc Sở Xây dựng và tổ chức, cá nhân có liên quan"
    # (not a kind inside a plural list of kinds: "các cơ quan, tổ chức, đơn vị thuộc …")
    r"|(?!(?<=\bcác\s+(?:cơ quan|đơn vị)),\s*tổ chức\s*,\s*(?:đơn vị|cơ quan)\b)(?:,\s*|\s+và\s+)(?:tổ chức|cá nhân)(?:,\s*(?:tổ chức|cá nhân|cơ quan|đơn vị)\b.*)?$"
    # a kind closed by "liên quan" ends a list of named ones: "Các Sở, ngành, đơn vị liên quan",
    # "…, Ngân hàng Nhà nước khu vực I và đơn vị liên quan"
    # (not a list of kinds alone: "Thủ trưởng cơ quan, đơn vị có liên quan" names no one)
    r"|(?<!\b(?:cơ quan|đơn vị|địa phương|tổ chức))"
    r"(?:,\s*|\s+và\s+)(?:đơn vị|cơ quan|địa phương)(?:\s*,\s*(?:đơn vị|cơ quan|địa phương))*\s+(?:có\s+)?liên quan$"
    # "…, cơ quan hành chính khác": the others, a catch-all
    r"|,\s*(?:các\s+)?(?:cơ quan|đơn vị|tổ chức)\b[^,;]*\skhác$")
# A plural tail joined by "và" and closed by "liên quan" is one catch-all, whatever it
# lists: "… và các Bộ trưởng, Thủ trưởng các cơ quan liên quan".
RELATED_LIST = re.compile(r"\s+và\s+(?:các|những)\s+[^;:]*?\s(?:có\s+)?liên quan\s*$")
# What a cut can leave hanging: "Mặt trận Tổ quốc tỉnh và các" (…tổ chức chính trị - xã hội).
DANGLING = re.compile(r"(?:,|\s+và|\s+với)?\s+(?:các|những)\s*$"
                      # an apposition cut at its verb: "Viện …, cơ quan chủ trì xây dựng"
                      # (not the last of a list of kinds: "Các ban, sở, ngành, đơn vị")
                      r"|(?<!\b(?:ban|sở|ngành|đoàn thể|địa phương)),\s*(?:là\s+)?(?:cơ quan|đơn vị)\s*$"
                      # bare kinds joined last, a catch-all cut at its verb: "Ủy ban nhân dân cấp xã
                      # và cơ quan, đơn vị[, tổ chức khác được giao …]"
                      r"|\s+và\s+(?:cơ quan|đơn vị)(?:\s*,\s*(?:cơ quan|đơn vị))*\s*$")
MAX_NAME_WORDS = 20
# ... and where it stands before a task run into the heading.
ROLE_APPOSITION = re.compile(r"\s[-–]\s+" + APPOSED_ROLE + r"\b")
# A heading whose tasks follow it on the same line after a duty in capitals: the heading
# ends there ("Sở Xây dựng Chủ trì …", "… về công thương - Phối hợp …"). Only duties that
# rarely open a word of a body's name ("Ban Tổ chức", "Sở Xây dựng" do), and not after the
# words that make them one ("Ban Chỉ đạo", "Phòng Tham mưu").
CAPITAL_DUTY = re.compile(r"(?<!\b(?:Ban|Phòng|Trung tâm|Viện|Học viện|Trường))\s(?:[-–]\s+)?(?:Chủ trì|Phối hợp|Chỉ đạo|Tham mưu|"
                          r"Triển khai|Hướng dẫn|Rà soát|Tăng cường|Đẩy mạnh|Khẩn trương|Theo dõi|Tiếp tục|"
                          r"Đôn đốc|Cập nhật|Nghiên cứu|Tập trung|Thực hiện|Chủ động|Quan tâm|Phổ biến|Phê duyệt|"
                          r"Huy động|Bố trí|Phát động|Phát huy|Đánh giá|Có trách nhiệm|Chịu trách nhiệm|Căn cứ|"
                          r"Định hướng|Đề xuất|Phân bổ|Theo chức năng|Trực tiếp)\b"
                          # ("Hỗ trợ" names a fund or a team: "Quỹ Hỗ trợ nông dân")
                          # (nor a name's words in capitals: "Trung tâm Xúc tiến … và Hỗ trợ Doanh nghiệp")
                          r"|(?<!\b(?:Quỹ|Tổ|Đội|Nhóm|Hội|Ban|Phòng|Trung tâm|Viện))\sHỗ trợ\b(?!\s+\p{Lu}\p{Ll})"
                          # ("Kiểm tra" names a committee after "ban": "Ủy ban Kiểm tra Tỉnh ủy")
                          r"|(?<!\b(?:[Bb]an|Đoàn|Cục|Vụ|Phòng|Đội))\sKiểm tra\b"
                          # ("Tổ chức" over a lower-case task is the duty, over a name a body:
                          # "… thành phố Huế Tổ chức tuyên truyền …", "Tổ chức Hội …")
                          r"|\sTổ chức(?=\s+(?:tuyên truyền|triển khai|thực hiện|quán triệt|kiểm tra|rà soát|phổ biến)\b)"
                          # (after a dash no word of a name needs guarding: "Sở Tài chính - Trên cơ sở …",
                          # "Hiệp hội Doanh nghiệp - Vận động …", "Sở Công Thương - Là cơ quan …")
                          r"|\s[-–]\s+(?:Là|Trên|Vận động|Tổ chức|Tuyên truyền|Kiểm tra|Xây dựng|Giao|Siết chặt|Nâng cao|"
                          r"Thường xuyên|Hằng năm|Hàng năm|Định kỳ|Tích cực|Thẩm định|Phụ trách)\b"
                          # ("Xây dựng" names a department after its head: "Sở Xây dựng", "Công ty Xây dựng")
                          r"|(?<!\b(?:Sở|Bộ|Vụ|Cục|Phòng|Ban|Viện|ty|Trường|tâm|Đội|Tổng))\sXây dựng\b")
# ... or a capitalised word after the tier that ends a name: after "tỉnh" (or the city
# "Thành phố") unless a province's name follows, or after a plural list of tiers.
TIER_THEN_CAPITAL = re.compile(r"\s(?:(?P<one>tỉnh|Thành phố)|(?:các\s+)?(?:xã|phường|huyện|quận)"
                               r"(?:,\s*(?:xã|phường|thị trấn|đặc khu|thị xã|thành phố))+|cấp\s+(?:tỉnh|xã|huyện))"
                               r"\s+(?=\p{Lu}\p{Ll})")
PROVINCE_FIRST_WORDS = {name.split()[0] for name in PROVINCE_NAMES}
CAPITAL_AT = re.compile(r"\p{Lu}")
# A sentence opening: a capitalised word, then one in lower case ("Vận động hội viên").
SENTENCE_GOES_ON = re.compile(r"\p{Lu}\p{Ll}*\s+\p{Ll}")
# Such a heading may name a body by its duties ("Cơ quan chuyên môn trực thuộc Ủy ban nhân
# dân tỉnh thực hiện công tác quản lý nhà nước về xây dựng, giao thông và vận tải").
LONG_NAME_WORDS = 32

# A head's title before the body's name: the body is the agency ("Giám đốc Sở Y tế",
# "Chủ tịch Ủy ban nhân dân các xã", "Thủ trưởng các sở, ban, ngành"). Chiefs of
# office ("Chánh Văn phòng …") and unit heads written as one word with their unit
# ("Trưởng phòng Quản lý công nghiệp") are kept as written.
HEAD_TITLE = re.compile(
    # (an honorific may come first: "các Đồng chí Bộ trưởng")
    r"^(?:(?:[Cc]ác\s+)?[Đđ]ồng chí\s+)?(?:Phó\s+)?(?:Giám đốc|Thống đốc|Tổng Giám đốc|Tổng giám đốc|Chủ tịch|Thủ trưởng|Bộ trưởng|Cục trưởng|"
    r"Chi cục trưởng|Tổng cục trưởng|Vụ trưởng|Trưởng ban|Chỉ huy trưởng|Hiệu trưởng|Viện trưởng|Tổng [Bb]iên tập|"
    r"Chánh(?= Thanh tra)|Trưởng(?= (?:Ban|Công an|Phòng|Đài|các)\b)|Trưởng(?= [Tt]huế\b)|Người đứng đầu|"
    # the members of a council or board answer for it ("Thành viên Hội đồng Thi đua - Khen thưởng tỉnh")
    r"(?:[Cc]ác\s+)?[Tt]hành viên(?= (?:Hội đồng|Ban)\b))"
    # (another title in brackets or after a slash: "Giám đốc (Thủ trưởng) các sở, ban, ngành",
    # "Giám đốc/Thủ trưởng các sở, ban, ngành")
    r"(?:\s*\((?:Phó\s+)?(?:Giám đốc|Thủ trưởng|Chủ tịch|Trưởng ban|Người đứng đầu)\)"
    r"|\s*/\s*(?:Phó\s+)?(?:Giám đốc|Thủ trưởng|Chủ tịch|Trưởng ban|Người đứng đầu))?"
    # ("Thủ trưởng cơ quan ngang bộ", "Giám đốc sở": the class of bodies it heads)
    r"\s+(?=\p{Lu}|các\s+\p{L}|thuế\b|(?<=Thủ trưởng\s+)(?:cơ quan|sở|ban|ngành)\b|(?<=Giám đốc\s+)sở\b)")
# The chief of a board written with the board's own word in small letters: "Trưởng ban Chỉ huy
# Phòng, chống thiên tai …" is the head of the "Ban Chỉ huy …".
BOARD_CHIEF = re.compile(r"Trưởng ban\s+$")
# Bodies that never carry a number in their name, and a bare number ending a name.
UNNUMBERED_BODY = re.compile(r"^(?:Sở|Ủy ban|Uỷ ban|Công an|Thanh tra|Thuế|Liên đoàn|Hội|Văn phòng|Bảo hiểm xã hội|"
                             r"Kho bạc|Công ty|Đài|Báo)\b")
PAGE_NUMBER_TAIL = re.compile(r"\s+\d{1,3}$")
# The commune-level committees however a text lists the tier ("Ủy ban nhân dân các xã,
# phường", "… xã, phường, đặc khu", defined as "Ủy ban nhân dân cấp xã"): one body.
# (a special zone may be named: "… xã, phường, đặc khu Lý Sơn")
COMMUNE_COMMITTEES = re.compile(r"^Ủy ban nhân dân (?:các )?(?:xã|phường)(?:,? (?:và )?(?:xã|phường|thị trấn|đặc khu)){1,3}"
                                r"(?:(?<=đặc khu)(?: \p{Lu}\p{Ll}*)+)?$")
# A Party committee, whose name lists the bodies it leads.
PARTY_COMMITTEE = re.compile(r"(?:Đảng ủy|Đảng uỷ)\b")
# A person named by title and name: "Phó Giám đốc Sở - Hoàng Văn Thuân" heads an item
# of his own tasks; no body is named.
NAMED_PERSON = re.compile(r"^\p{Lu}\p{Ll}*\s*[-–]\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,4}$")
# Heads of a class of units, named by their title: "các Vụ trưởng" are the Vụ, "các
# Cục trưởng" the Cục.
UNIT_HEADS = re.compile(r"^(?P<all>Các|Những)\s+(?P<unit>Vụ|Cục|Viện|Bộ|Sở|Chi cục)\s+trưởng$")
# A title alone names persons, not a body ("các Bộ trưởng", "Thủ trưởng").
TITLE_ONLY = re.compile(
    r"^(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Thủ trưởng|Bộ trưởng|Cục trưởng|Vụ trưởng|"
    r"Trưởng ban|Trưởng phòng|Chánh Văn phòng)"
    # or the head of any body of a kind: "Thủ trưởng cơ quan, đơn vị"
    r"(?:\s+(?:các\s+)?(?:cơ quan|đơn vị|địa phương|tổ chức)(?:\s*,\s*(?:cơ quan|đơn vị|địa phương|tổ chức))*)?$", re.I)

# Where the bodies of a class stand, the province itself: "Các đơn vị cấp nước sạch trên
# địa bàn thành phố" are "Các đơn vị cấp nước sạch" ("… đóng trên địa bàn" stays, and so
# does the place of central bodies: "Các cơ quan Trung ương trên địa bàn tỉnh" are their
# local offices, not the ministries).
AREA_TAIL = re.compile(r"(?<!\bđóng|\b[Tt]rung ương)\s+trên\s+địa\s+bàn\s+(?:[Tt]ỉnh|[Tt]hành phố)(?:\s+\p{Lu}\p{L}*)*$")
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
# "…, thị xã, thành phố Huế", "…, thị xã Gò Công, thành phố Mỹ Tho"): the town is one of the
# bodies, even where the province bears its name (a province has no "quận"). Readers split
# (3 readings drop "Bạc Liêu", 5 keep "Nam Định" and "Huế"); the town is what the list says.
TOWN_CLOSES_TIERS = re.compile(r"^(?!.*\bquận\b).*\b(?:huyện|thị xã)\b[^;]*,\s*(?:thành phố|TP\.?)\s+\p{Lu}[^,;]*$")
# Kinds of bodies listed after a head's title without "các" ("Thủ trưởng sở, ban, ngành"):
# the class of them, written as such ("Các sở, ban, ngành").
BARE_KINDS = re.compile(r"^(?:[Ss]ở|[Bb]an|[Nn]gành|[Cc]ơ quan|[Đđ]ơn vị)(?:\s*,\s*(?:sở|ban|ngành|cơ quan|đơn vị|"
                        r"đoàn thể|địa phương))+(?=\s|$)")
# A name that ends by placing its class: the tier stays ("… trực thuộc thành phố").
PLACED_BY = re.compile(r"\s(?:thuộc|của|trên địa bàn)(?:\s+" + COMMITTEE + r")?$")
# Bodies whose name keeps the tier word once the province is dropped ("Công an tỉnh").
KEEPS_TIER = re.compile(r"^(?:Công an|Thuế|Bộ Chỉ huy Quân sự|Ủy ban nhân dân|Hội đồng nhân dân|Ủy ban Mặt trận Tổ quốc(?: Việt Nam)?|"
                        r"Bảo hiểm xã hội|Thanh tra|"
                        r"Văn phòng Ủy ban nhân dân|Tỉnh ủy|Liên đoàn Lao động|Đài Phát thanh và Truyền hình)$")

# The chief of an office, named by title: the office is the body ("Chánh Văn phòng …").
CHIEF_OF_OFFICE = re.compile(r"^Chánh\s+(?=Văn phòng\b)")

# Role words of a task sentence.
# ("chịu trách nhiệm chính" says the same: "Sở A và Sở B là cơ quan chịu trách nhiệm chính
# chỉ đạo, tổ chức thực hiện Kế hoạch")
LEAD_WORD = re.compile(r"\bchủ trì\b|\bchịu trách nhiệm chính\b", re.I)
OTHERS_CHAIR = re.compile(r"\([^()]*\)|\bdo\s+(?:[\p{L},]+\s+){1,6}?chủ trì\b"
                          # "phối hợp với các cơ quan chủ trì", "theo đề nghị của cơ quan chủ trì
                          # thẩm định": the chairing body is another
                          r"|\b(?:với|của)\s+(?:các\s+)?(?:cơ quan|đơn vị)\s+chủ trì\b"
                          # "đề xuất của các cơ quan, đơn vị được giao nhiệm vụ chủ trì": others'
                          # (not "do cơ quan, đơn vị mình được giao chủ trì": its own)
                          # (or "phối hợp với các Sở, ban, ngành được giao chủ trì")
                          r"|\b(?:cơ quan|đơn vị|[Ss]ở|[Bb]an|ngành)\b(?:(?!\bmình\b)[^.;]){0,40}?được\s+(?:giao|phân công)"
                          r"(?:\s+nhiệm(?:\s+vụ)?)?\s+chủ trì\b"
                          # an apposition that says what the body chaired, between commas, gives
                          # it no task to chair: "Viện …, cơ quan chủ trì xây dựng tiêu chuẩn, chịu
                          # trách nhiệm về nội dung …"
                          r"|,\s*(?:là\s+)?(?:cơ quan|đơn vị)\s+chủ trì\b[^,;.]*,"
                          # a demand that roles be made clear names the role, it gives none:
                          # "phân công rõ nhiệm vụ chủ trì, phối hợp", "xác định rõ vai trò chủ trì"
                          r"|\b(?:phân công|xác định|quy định|làm)\s+rõ\s+(?:(?:nhiệm vụ|trách nhiệm|vai trò)\s+)?"
                          r"(?:(?:cơ quan|đơn vị)\s+)?chủ trì\b",
                          re.I)
# A point's body chairing its task: "- Ủy ban nhân dân phường Yên Bái chủ trì …".
CHAIRS = re.compile(r"[\s,]*chủ trì\b")
ASSIGNED_SUBJECT = re.compile(r"^[\s,]*(?:đã\s+)?được\s+(?:phân công|giao)\s+chủ trì\b", re.I)
# A task that only assists, after the usual "within its remit" opening ("Căn cứ chức năng,
# nhiệm vụ, phối hợp với …", "Theo chức năng, nhiệm vụ của đơn vị phối hợp, hỗ trợ …").
SUPPORT_START = re.compile(
    r"^(?:[-+•–*:\s]|[a-zđ]\)|\d+[.)])*"
    r"(?:(?:theo|căn cứ)\s+chức năng(?:,\s*|\s+và\s+|\s+)nhiệm vụ(?:,?\s*(?:và\s+)?(?:quyền hạn|thẩm quyền))?"
    r"(?:\s+(?:của\s+(?:đơn vị|ngành|mình)|được giao))?\s*,?\s*"
    # or its remit in other words: "trong phạm vi chức năng, nhiệm vụ, quyền hạn của mình"
    r"|trong phạm vi(?:\s+(?:chức năng|nhiệm vụ|quyền hạn|thẩm quyền)(?:,\s*|\s+và\s+|\s+)?){1,3}"
    r"(?:\s*(?:của\s+(?:đơn vị|ngành|mình)|được giao))?\s*,?\s*"
    # or any circumstance first: "Căn cứ vào khả năng cân đối ngân sách hằng năm, phối hợp …"
    r"|(?:căn cứ|trên cơ sở)\b[^,;.:]{0,120},\s*)?"
    # (or the rest of the subjects the names left, in lower case: "…; Chủ tịch Ủy ban nhân dân
    # cấp xã, chủ sở hữu di tích có trách nhiệm phối hợp …")
    r"(?:,\s*\p{Ll}[^,;.:]{0,60}?\s+(?=(?:(?:có|chịu)\s+trách\s+nhiệm|chủ\s+động|tích\s+cực|phối\s+hợp)\s))?"
    r"(?:(?:có|chịu)\s+trách\s+nhiệm\s+)?"
    # (not bodies told to work closely together, "A, B và C phối hợp chặt chẽ chỉ đạo …": their own task)
    r"(?:chủ động\s+|tích cực\s+|khẩn trương\s+|kịp thời\s+|tiếp tục\s+)?(?:tham gia\s+)?"
    r"(?:phối hợp(?!\s+chặt\s+chẽ\s++(?!(?:với|trong|cùng)\b))|tham gia)\b", re.I)

# Administrative tier of a body, from its name.
LEVEL_WORDS = [
    ("commune", re.compile(r"(?<!hợp tác )\b(?:xã|phường|thị trấn|đặc khu)\b", re.I)),
    ("district", re.compile(r"\b(?:huyện|quận|thị xã)\b", re.I)),
    ("central", re.compile(r"^(?:Bộ(?! Chỉ huy)|Cục|Tổng cục|Chính phủ|Thủ tướng|Ban Chỉ đạo Trung ương)\b")),
]


@dataclass
class Item:
    """One numbered item of the implementation section: who, and its task sentences."""
    names: list[tuple[str, str]]            # (raw, normalised)
    start: int
    end: int
    tasks: list[tuple[int, int]] = field(default_factory=list)
    role: str | None = None                 # set by a task table's row ("Cơ quan chủ trì: …")
    formal: bool = False                    # the closing "… chịu trách nhiệm thi hành" clause
    names_end: int = 0                      # a task that opens with the names reads its role after them
    headed: bool = False                    # a generic class is its whole heading ("3. Các cơ quan, đơn vị:")


# A generic class that is the whole heading of an item ("3. Các cơ quan, đơn vị, địa phương
# thuộc tỉnh: Căn cứ …"): in running text a catch-all, here the bodies that item gives duties.
CLASS_HEADING = re.compile(r"[\s*_]*(?P<name>(?:Các|Những)\s[^:;.\n]{3,160}?)[\s*_]*(?::|$)", re.M)


# (or such a class placed by what it was given: "6. Các cơ quan, đơn vị được phân công, phân cấp:",
# or the rest of a kind: "2.12. Các Sở, ban, ngành khác")
GENERIC_CLASS_GIVEN = re.compile(r"^(?:Các|Những)\s+(?:cơ quan|đơn vị|địa phương|tổ chức)"
                                 r"(?:\s*,\s*(?:cơ quan|đơn vị|địa phương|tổ chức|doanh nghiệp))*"
                                 r"\s+được\s+(?:giao|phân công)\b")


_OTHER_KIND = r"(?:sở|ban|ngành|đoàn thể|đơn vị|cơ quan|địa phương|hội|tổ chức)"
OTHER_BODIES = re.compile(r"^(?:Các|Những)\s+" + _OTHER_KIND + r"(?:\s*,\s*" + _OTHER_KIND + r")*\s+khác$", re.I)


# The class of bodies as a point's subject, its duty next (not "… liên quan", "… khác").
GENERIC_SUBJECT = re.compile(r"[\s*_]*(?P<name>(?:Các|Những)\s+(?:cơ quan|đơn vị|địa phương)"
                             r"(?:\s*,\s*(?:cơ quan|đơn vị|địa phương|doanh nghiệp))*)"
                             # (not "chủ trì": "Các cơ quan, đơn vị chủ trì quản lý tài sản có trách
                             # nhiệm …" names which of them)
                             r"(?=\s+(?:căn cứ|có trách nhiệm|chủ động|khẩn trương|tiếp tục|tập trung|tổ chức|"
                             r"triển khai|xây dựng|thực hiện|rà soát)\b)")


def _generic_class_heading(text: str, start: int, end: int) -> tuple[list[tuple[str, str]], int]:
    m = CLASS_HEADING.match(text, start, end)
    if not m or ", cá nhân" in m.group("name") or RELATED_TAIL.search(m.group("name")) \
            or not (GENERIC_PLURAL.match(m.group("name")) or GENERIC_CLASS_GIVEN.match(m.group("name"))
                    or OTHER_BODIES.match(m.group("name").strip())):
        return [], start
    return [(m.group("name"), m.group("name"))], m.end("name")


# Where the next body of a list starts: after a comma, a body's opening word.
NEXT_BODY = re.compile(r"(?:,|\s[-–])\s+(?=" + BODY_HEAD.pattern + ")")
# The classes of the whole government a central text's executing clause names ("Bộ trưởng,
# Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân
# dân các tỉnh, thành phố trực thuộc trung ương … chịu trách nhiệm thi hành").
_GOVERNMENT_TIER = (r"(?:các\s+)?(?:bộ|cơ quan ngang bộ|cơ quan thuộc chính phủ|"
                    r"(?:ủy|uỷ) ban nhân dân (?:các\s+)?tỉnh, thành phố(?: trực thuộc trung ương)?)")
GOVERNMENT_CLASS = re.compile(rf"^{_GOVERNMENT_TIER}(?:,\s*{_GOVERNMENT_TIER})*$", re.I)


def extract(doc: Document, structure: Structure, news: bool = False) -> tuple[list[Agency], list[Assignment]]:
    """``news``: the text reports a plan; the bodies it says the plan or its issuer assigns
    are the ones given duties."""
    text = doc.text
    agencies: list[Agency] = []
    assignments: list[Assignment] = []
    by_name: dict[str, Agency] = {}
    formal_only: set[str] = set()           # bodies named so far only by the executing clause
    central = is_central(structure.header.get("issuer", ""))
    issuer = normalise(header_issuer(structure.header.get("issuer_lines", []))[0]) if not news else ""
    own = _body_key(issuer) if issuer else None
    cut_off = ends_mid_sentence(text, structure)
    spans = implementation_spans(text, structure) + _annexed_plan_spans(doc, structure)
    spans = spans or directed_lists(text, structure)
    items = [item for lo, hi in spans for item in _items(text, lo, hi)]
    if news:
        # (a report may quote a part's own words too, "… chịu trách nhiệm thi hành Quyết định
        # này": what it tells outside them still assigns)
        items += [item for item in _reported_assignments(text, structure)
                  if not any(a <= item.start < b for a, b in spans)]
    elif not items and _is_letter(text, structure):
        items = _requested(text, structure)
    elif structure.header.get("type") not in PARTS_ONLY_TYPES:
        # a paragraph of its own that asks or assigns, outside the parts read ("1. Về triển
        # khai …" > "Đề nghị các cơ quan chuyên môn …; Hội đồng nhân dân, Ủy ban nhân dân các
        # xã, phường và đặc khu: tổ chức triển khai …")
        # (in a letter, so does a paragraph that opens with a body and its duty)
        items += [item for item in _requested(text, structure, openers_only=True,
                                              paragraphs=_is_letter(text, structure))
                  if not any(a <= item.start < b for a, b in spans)]
    rows = task_table_items(text, structure, spans, headed=bool(items))
    items = items + rows + article_duties(text, structure, spans) + functions_items(text, structure)
    # where the text gives duties body by body, its executing clause's classes of the whole
    # government are the formula that closes it, no duty of their own
    own_items = any(item.names and not item.formal for item in items)
    for item in items:
        if item.formal and own_items:
            item = replace(item, names=[(raw, name) for raw, name in item.names
                                        if not GOVERNMENT_CLASS.match(name)])
        roles = _task_roles(text, item)
        role = item.role or _item_role(roles)
        ev = evidence(doc, structure, item.start, item.end)
        scanned = doc.page_at(item.start) in doc.ocr_pages
        for raw, name in item.names:
            # (a text that stops on a lone letter was cut inside that word: "… Giám đốcSở N")
            if (cut_off or CUT_LETTER.search(text)) and _at_the_cut(text, raw):
                continue                    # a copy cut off inside the name ("… Chủ tịch Ủy ban nhân")
            if len(item.names) > 1 and not item.role:
                # bodies that share a heading may share its tasks unequally: "2. Sở Khoa học
                # và Công nghệ, Sở Nội vụ" > "Sở Khoa học và Công nghệ chủ trì, phối hợp với
                # Sở Nội vụ …": the partner assists
                role = _item_role([_partner_role(text, s, e, raw) or r for (s, e), r in zip(item.tasks, roles)])
            if central:             # a central text names a province's body by its province
                name = normalise(raw, keep_place=True)
            if GARBLED_NAME.search(UNIT_CODE.sub(" ", name)):    # OCR debris, not a body we can name
                continue
            if GENERIC_PLURAL.match(name) and not item.headed:
                continue        # "Thủ trưởng các cơ quan, đơn vị": a catch-all once the head's title is
                                # dropped; but a class that is the whole heading of an item of its own
                                # is given that item's duties ("3. Các cơ quan, đơn vị, địa phương:")
            key = _body_key(name)
            if (tiers := _tier_pair_keys(name)) and all(t in by_name for t in tiers):
                # "Thủ trưởng cơ quan quản lý giao thông cấp huyện, xã" in the clause: the bodies
                # of each tier given duties above, named together
                for t in tiers:
                    _merge(by_name[t], role, len(item.tasks))
                continue
            if key == DEPARTMENTS_KEY and key in by_name and item.formal != (key in formal_only) \
                    and by_name[key].agency.casefold() != name.casefold():
                # the departments as the executing clause names them and as an item of the plan
                # names them, each in its own words ("Thủ trưởng các sở, ban, ngành, đơn vị trực
                # thuộc Ủy ban nhân dân tỉnh" and "1. … các sở, ban, ngành tỉnh …"): two entries
                key = key + "|" + name.casefold()
            if key == own:
                continue                       # the issuer itself ("1. Chính phủ thống nhất quản lý …")
            if key in by_name:                 # a body with items in two sections: one row
                # one row with the strongest role its items give (lead > implement > support),
                # the executing clause's own among them: "2. Hiệp hội Du lịch … phối hợp với
                # Sở Du lịch …" assists, but "Chủ tịch Hiệp hội Du lịch … chịu trách nhiệm thi
                # hành" then gives it the decision to carry out (both annotators of each reading
                # in tests/gold-repos2026 take the stronger role)
                if key in formal_only and not item.formal:
                    # (and the name its own item gives it: "Ủy ban nhân dân cấp xã", not the
                    # clause's "Ủy ban nhân dân các xã, phường")
                    by_name[key].agency, by_name[key].agency_raw = name, raw
                    formal_only.discard(key)
                _merge(by_name[key], role, len(item.tasks))
            else:
                by_name[key] = Agency(
                    doc_id=doc.doc_id, agency=name, agency_raw=raw, level=_level(name), role=role,
                    tasks=len(item.tasks), quote=ev["quote"], start=item.start, end=item.end,
                    section=ev["section"], confidence=SCANNED_CONFIDENCE if scanned else 1.0)
                agencies.append(by_name[key])
                if item.formal:
                    formal_only.add(key)
            for (s, e), r in zip(item.tasks, roles):
                tev = evidence(doc, structure, s, e)
                assignments.append(Assignment(doc_id=doc.doc_id, agency=name, role=r,
                                              task=tev["quote"], start=s, end=e,
                                              page=tev["page"], section=tev["section"]))
    return agencies, assignments


# A lone letter that ends a text: the first letter of a word a copy's cut broke off.
CUT_LETTER = re.compile(r"\s\p{L}\s*\Z")
# The start of a word in lower case the cut left after a comma: the list it belongs to went on.
CUT_FRAGMENT = re.compile(r",\s*\p{Ll}{1,6}$")


def _at_the_cut(text: str, raw: str) -> bool:
    """The name is the last words of the text (it may go on past the cut); a name given its
    kind from a list ("Giám đốc các sở: Tài chính, Giao thông" gives "Sở Giao thông") by
    the words after its kind."""
    tail = " ".join(text[-4 * len(raw) - 20:].split())
    tail = CUT_FRAGMENT.sub("", tail)       # "… Thủ trưởng các Ban, ng": the class went on
    words = raw.split()
    # (compared without spaces too: a copy may glue the words, "Giám đốcSở N")
    return tail.endswith(" ".join(words)) or (len(words) > 1 and tail.endswith(" " + " ".join(words[1:]))) \
        or tail.replace(" ", "").endswith("".join(words)) or _name_goes_on(tail, raw)


# What a list left at the cut after a name: a comma and words in capitals ("… Văn hóa, Thể thao").
CUT_LIST_REST = re.compile(r",\s*\p{Lu}\p{Ll}*(?:\s+\p{L}+)*$")


def _name_goes_on(tail: str, raw: str) -> bool:
    """The words the cut left after ``raw`` go on a known name with a comma inside it:
    "… Giám đốc các sở: Y tế, Văn hóa, Thể thao" stops inside "Văn hóa, Thể thao và Du
    lịch", so "Văn hóa" is no body of its own."""
    last = " ".join(raw.split()[-2:])               # (its kind may stand far before it)
    at = tail.rfind(last)
    rest = CUT_LIST_REST.match(tail, at + len(last)) if at >= 0 else None
    if rest is None:
        return False
    words = fold(last + rest.group(0))
    return any(words in fold(n) and not fold(n).endswith(words) for n in _known_names())


def _requested(text: str, structure: Structure, openers_only: bool = False,
               paragraphs: bool = True) -> list[Item]:
    """The issuer's own requests and assignments outside any item: "Ủy ban nhân dân tỉnh
    kính đề nghị Bộ Xây dựng xem xét: …", "… trân trọng đề nghị Bộ Xây dựng quan tâm",
    a paragraph opened by assigning or asking ("Giao Sở Công Thương chủ trì …", "Đề nghị
    các cơ quan chuyên môn …: …"), and sentences or paragraphs that open with a body and
    its duty ("Bộ Nội vụ theo chức năng … khẩn trương nghiên cứu …"). Reported requests
    ("Cục … đã có văn bản đề nghị …") do not say "kính" or "trân trọng", nor open a
    paragraph. ``openers_only`` keeps the paragraph openers (and, with ``paragraphs``,
    the paragraphs that open with a body), for a text whose items were read already."""
    items = []
    lo = structure.body_start or 0
    for m in REQUEST.finditer(text, lo, structure.body_end or len(text)):
        bare = not m.group(0)
        # (an article's mark opens its paragraph too, in a decision as in a letter: "Điều 2. Cục
        # Thuế … có nhiệm vụ hướng dẫn …")
        article = bool(ARTICLE_OPENING.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()))
        paragraph = m.start() == 0 or text[m.start() - 1] == "\n" or article
        opener = bool(PARAGRAPH_OPENER.match(m.group(0)))
        if openers_only and not opener and not ((paragraphs or article) and paragraph and bare):
            continue
        if openers_only and bare and _quoted(text[max(lo, m.start() - QUOTE_REACH):m.start()]):
            continue        # (the new wording an amendment quotes: "Sửa đổi Điều 17 như sau: "…")
        if m.group(0).lstrip().startswith("Giao") and REQUEST_HEAD.search(text, lo, m.start()):
            continue    # what the addressee is asked to assign ("đề nghị … thực hiện một số nội dung sau:")
        end = _request_end(text, m)
        # (an opener is read with its verb, which lets a plural open the list: "Đề nghị các
        # cơ quan chuyên môn, …")
        verb_at = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        at = m.end()
        if bare and paragraph:
            # (its time or ground first: "Hàng năm, Sở Giao thông vận tải có trách nhiệm lập …")
            at += _after_circumstance(text[at:end])
        names, tail = _names(text, verb_at if opener else at, end)
        if opener:
            names, tail = _addressees(text, m.end(), end) or (names, tail)
        if bare and not _bare_duty(text, structure, m.start(), names, tail, end, paragraph, at):
            continue
        if names:       # (a bare sentence is its own evidence, not the paragraph it ends)
            s = m.start() if bare else text.rfind("\n", 0, m.start()) + 1
            items.append(_duty_item(text, names, s, tail, end))
    if not openers_only:
        items += _issuer_asks(text, structure, lo)
    return items


# How far back an amendment's open quotation is looked for (its quoted article is short).
QUOTE_REACH = 4000
# An article's mark before the first sentence of its paragraph.
ARTICLE_OPENING = re.compile(r"[\s*#_]*Điều\s+\d+\s*[.:]\s*")


# A sentence that ends by directing what its list says: "Theo đó, UBND tỉnh chỉ đạo:",
# "Ủy ban nhân dân tỉnh yêu cầu:", "… giao nhiệm vụ cụ thể như sau:".
# (a sentence, not a heading: "I. Mục đích, yêu cầu:")
DIRECTS_HEAD = re.compile(r"(?m)^(?![ \t]*(?:[IVXLC]+|\d+(?:\.\d+)*)\s*[.)])(?![^\n]*\b[Mm]ục đích,\s*yêu cầu)"
                          r"[^\n]*\b(?:chỉ đạo|yêu cầu|đề nghị|giao nhiệm vụ|phân công)"
                          # (whom it addresses may come first: "… giao nhiệm vụ cho các đơn vị liên
                          # quan như sau:")
                          r"(?:(?:\s+cho\s+[^:\n]{1,80}?)?\s+(?:cụ thể\s+)?(?:như sau|cụ thể))?\s*:[ \t]*$")
LIST_LINE = re.compile(r"[ \t]*(?:[-+•–]|\d{1,2}\s*[.)]|[a-zđ]\))\s")


def directed_lists(text: str, structure: Structure) -> list[tuple[int, int]]:
    """In a text with no duties part (a report, a short letter), the list that a sentence
    directing it heads ("UBND tỉnh chỉ đạo:" over "- Các Sở: …; UBND các huyện … có
    trách nhiệm …", "- Giao Sở Tài nguyên và Môi trường chủ trì …"): its items, to the
    first line that is not one."""
    spans = []
    for m in DIRECTS_HEAD.finditer(text, structure.body_start or 0, structure.body_end or len(text)):
        end = pos = m.end() + 1
        while pos < len(text) and LIST_LINE.match(text, pos):
            nl = text.find("\n", pos)
            end = pos = len(text) if nl < 0 else nl + 1
        if end > m.end() + 1:
            spans.append((m.end() + 1, end))
    return spans


# A report of the issuer assigning: "UBND tỉnh vừa giao Sở VH-TT chịu trách nhiệm …", "Chủ tịch
# UBND thành phố giao giám đốc các sở; …", "Theo đó,
# UBND tỉnh yêu cầu Sở Nông nghiệp và Phát triển nông thôn, các ngành …", "Về tổ chức thực
# hiện giao Sở Y tế … chủ trì".
COMMITTEE_SPEAKS = (r"\b(?:Chủ tịch\s+)?" + PROVINCIAL_COMMITTEE +
                    r"(?:\s+\p{Lu}\p{Ll}*)*\s+(?:(?:vừa|đã|cũng|còn)\s+)*")
REPORTED_ASSIGNING = re.compile(
    r"(?:" + COMMITTEE_SPEAKS + r"|\b[Kk]ế hoạch\s+(?:cũng\s+)?|"
    # a text signed that orders: "… đã ký công văn khẩn yêu cầu các sở ngành, UBND các huyện …"
    r"\b(?:ký|ban hành)\s+(?:công văn|văn bản|công điện|chỉ thị|quyết định|kế hoạch)(?:\s+\p{Ll}+){0,2}?\s+|"
    r"\b[Tt]ổ chức thực hiện,?\s+|"
    # a further assignment of the same issuer: "Đồng thời, giao Giám đốc Sở … tham mưu"
    r"\b(?:Đồng thời|Bên cạnh đó|Ngoài ra|Cùng với đó|Theo đó),\s+|"
    # or a sentence that opens with the order, its issuer told before: "Giao Sở Giao thông -
    # Vận tải … kiểm tra, đôn đốc …", "Yêu cầu các Sở: Nông nghiệp …, Công Thương theo dõi …"
    r"(?:^|(?<=[.;]\s))[ \t]*(?=[GY])|"
    # or after the circumstance it answers: "Theo chức năng, nhiệm vụ …, yêu cầu Sở …"
    r"(?<=,\s)(?=[gy]))"
    # (the committee itself may ask: "UBND tỉnh Tây Ninh đề nghị Sở …")
    r"(?:[Gg]iao(?:\s+trách\s+nhiệm)?|[Yy]êu cầu|chỉ đạo|(?<=" + COMMITTEE_SPEAKS + r")đề nghị)\s+"
    r"(?:cho\s+)?(?=\p{Lu}|các\s+\p{L}|(?:giám đốc|thủ trưởng|chủ tịch)\s)", re.M)


# A report's sentence that opens with a body and the duty the plan gives it, after a link
# word: "Theo Kế hoạch, Bộ Tư lệnh Thủ đô sẽ chủ trì …", "Bên cạnh đó, Công an thành phố có
# nhiệm vụ chủ trì …", "Sở Công Thương tham mưu …" (not what a body says it did: "Sở … cho biết").
REPORT_LINK = re.compile(r"(?:(?:Theo (?:[Kk]ế hoạch|đó)(?:\s[^,.;:\n]{0,100}?)?|Bên cạnh đó|Đồng thời|Ngoài ra|Cùng với đó|Trong đó)"
                         r"\s*[,:]\s*)?")
REPORTED_DUTY = re.compile(r"(?![^.\n]*\bnhư sau\s*:)"      # (not the issuer's "… xây dựng kế hoạch như sau:")
                           r"\s+(?:sẽ\s+)?"
                           # (given by the issuer: "… được Ủy ban nhân dân tỉnh giao chủ trì", "… được
                           # giao là cơ quan chủ trì")
                           r"(?:được\s+(?:" + PROVINCIAL_COMMITTEE + r"\s+)?giao\s+"
                           r"(?:là\s+cơ quan\s+)?)?"
                           # (or any task it is given: "Văn phòng UBND tỉnh được giao hoàn thiện …")
                           r"(?:(?<=được\s(?:\S+\s){0,4}giao\s)(?=\p{Ll}{2,}\s)|"
                           # what it is to do, in the words of an order (a partner's part too: "Báo Lạng
                           # Sơn phối hợp với … đưa tin"; "UBND cấp huyện tăng cường trách nhiệm …",
                           # "Các sở, ngành liên quan … xây dựng các phương án …"), and each body's own
                           # share ("… tùy theo chức năng nhiệm vụ được giao … giám sát")
                           r"(?:" + ORDER_VERBS + r"|có nhiệm vụ|tham mưu|là cơ quan thường trực|thực hiện nghiêm|"
                           r"tăng cường|xây dựng|đôn đốc|đảm bảo|bảo đảm|(?:(?:tùy|tuỳ|căn cứ)\s+)?theo\s+chức\s+năng,?\s+nhiệm\s+vụ)\b)"
                           # or its duties after a colon: "UBND các quận, huyện: Lập và ban hành …"
                           r"|\s*:\s*(?=\p{Lu}\p{Ll})")


# A verb after the body, not one that tells what was done or said ("đã", "cho biết", "là").
ORDER_GOES_ON = re.compile(r"(?![^.\n]*\bnhư sau\s*:)\s+(?!(?:đã|đang|cho biết|là|có|được|vừa|cũng|không|chưa|từng)\b)"
                           r"\p{Ll}{2,}\s")
# The committee that issues the plan reported on is not one of the bodies it assigns.
ISSUING_COMMITTEE = re.compile(COMMITTEE + r"\s+(?:[Tt]ỉnh|[Tt]hành phố)(?:\s+\p{Lu}\p{Ll}*)*")
# "… và các cơ quan có liên quan chỉ đạo …": the catch-all's close before the duty.
RELATED_BEFORE_DUTY = re.compile(r"(?:\s+có\s+liên\s+quan)?")


# What a report must speak of before a body's own sentence reads as a duty given: a
# scheme named by its kind, or its issuing ("kế hoạch năm" is a measure, not a scheme),
# or a duty in words ("chịu trách nhiệm …", "được giao").
SCHEME_SPOKEN_OF = re.compile(r"\b(?:Kế hoạch|Quyết định|Chỉ thị|Công văn|Công điện|Nghị quyết|Đề án|"
                              r"Chương trình|Thông báo|Phương án|Kết luận)\b|\bban hành\b|\bkế hoạch\s+(?:số|này)\b|"
                              r"\b(?:chịu trách nhiệm|được giao|có nhiệm vụ)\b")


def _reported_assignments(text: str, structure: Structure) -> list[Item]:
    """In a press report, the bodies its sentences say the issuer or the plan assigns,
    and those a sentence opens with before their duty."""
    lo, hi = structure.body_start or 0, structure.body_end or len(text)
    items = []
    for m in REPORTED_ASSIGNING.finditer(text, lo, hi):
        s, end = sentence_bounds(text, m.start())
        # (the bodies ordered may be listed by semicolons: "… chỉ đạo Công ty Điện lực; Sở Tài
        # chính; Ủy ban nhân dân các huyện …": the order runs to its full stop)
        end = max(end, _full_stop(text, m.end(), hi))
        names, tail = _names(text, m.end(), end)
        if names:
            items.append(_duty_item(text, names, s, tail, end))
    if not items and not SCHEME_SPOKEN_OF.search(text, lo, hi):
        # a report of results that speaks of no scheme and no order: "Trung tâm Dịch vụ việc
        # làm tỉnh phối hợp với các đơn vị … tổ chức tư vấn" tells what was done
        return items
    ordered_until = None                    # where the last sentence that gave a duty ends
    for ls, le in _lines(text, lo, hi):
        listed, listed_at = [], None        # bodies a piece names before a semicolon, awaiting their duty
        for s, e in _clauses_of_subjects(text, _sentences(text, ls, le)):
            at = REPORT_LINK.match(text, s, e).end()
            names, tail = _names(text, at, e) if _opens_with_body(text, at, e) else ([], at)
            tail = RELATED_BEFORE_DUTY.match(text, tail, e).end() if names else tail
            names = [n for n in names if not ISSUING_COMMITTEE.fullmatch(n[1])]
            given = any(i.start == s for i in items)
            # (the order goes on body by body: "UBND tỉnh giao Sở Công Thương … . Sở Tài chính
            # thẩm định dự toán …": any verb of an order right after one)
            goes_on = ordered_until is not None and not text[ordered_until:s].strip() \
                and ORDER_GOES_ON.match(text, tail, e)
            if names and (REPORTED_DUTY.match(text, tail, e) or goes_on) and not given:
                # ("Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện … chịu trách nhiệm chỉ
                # đạo …": the bodies listed before the semicolon share the duty)
                items.append(_duty_item(text, listed + names, listed_at if listed else s, tail, e))
                given = True
            if given:
                ordered_until = e
            listed, listed_at = (listed + names, listed_at if listed else s) \
                if names and not given and ";" in text[e - 1:e + 1] else ([], None)
    return items


# A clause of another subject inside a report's sentence: "Công an tỉnh đảm bảo an toàn thông
# tin …, trong khi Sở KH-CN chủ trì thúc đẩy …" gives each body its own duty.
ANOTHER_SUBJECT = re.compile(r",\s+(?:trong khi|còn)\s+(?=" + BODY_HEAD.pattern + r")")


def _clauses_of_subjects(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in sentences:
        for m in ANOTHER_SUBJECT.finditer(text, s, e):
            out.append((s, m.start()))
            s = m.end()
        out.append((s, e))
    return out


def _full_stop(text: str, start: int, hi: int) -> int:
    """Where the sentence running at ``start`` ends: its full stop or its line's end."""
    nl = text.find("\n", start, hi)
    line_end = hi if nl < 0 else nl
    stop = SENTENCE_STOP.search(text, start, line_end)
    return stop.start() + 1 if stop else line_end


def _opens_with_body(text: str, at: int, end: int) -> bool:
    """A sentence's subject is a body, capitalised or after a link ("Theo kế hoạch …, các
    sở, ban, ngành …")."""
    return bool(BODY_HEAD.match(text, at, end)
                or text.startswith("các ", at) and BODY_HEAD.match("C" + text[at + 1:end]))


def _issuer_asks(text: str, structure: Structure, lo: int) -> list[Item]:
    """A letter's issuer asking by its own name: "…, Sở Giáo dục và Đào tạo đề nghị UBND các
    xã, phường thực hiện …", "Sở Nội vụ đề nghị các doanh nghiệp có hoạt động cho thuê lại
    lao động … tự kiểm tra" (another body's request names another body; a catch-all asked,
    "các cơ quan, đơn vị liên quan", names none)."""
    issuer = normalise(header_issuer(structure.header.get("issuer_lines", []))[0])
    if not issuer:
        issuer = _speaking_body(text, lo, structure.body_end or len(text))
    if not BODY_HEAD.match(issuer):
        return []
    asks = re.compile(r"(?i:" + r"\s+".join(map(re.escape, issuer.split())) + r")\s+(?:đề nghị|yêu cầu)\s+(?=\p{Lu}|các\s+\p{L})")
    items = []
    for m in asks.finditer(text, lo, structure.body_end or len(text)):
        end = sentence_bounds(text, m.start())[1]
        names, tail = _names(text, m.end(), end)
        if names:
            items.append(_duty_item(text, names, sentence_bounds(text, m.start())[0], tail, end))
    return items


# A sentence whose subject asks in the present: "Sở Nội vụ đề nghị các doanh nghiệp …"
# (a reported request says so: "Cục … đã có văn bản đề nghị …").
ASKS_IN_OWN_VOICE = re.compile(r"(?:^|(?<=[.;]\s))(?P<who>\p{Lu}[^.;:\n]{2,80}?)\s+(?:đề nghị|yêu cầu)\s+(?=\p{L})", re.M)


def _speaking_body(text: str, lo: int, hi: int) -> str:
    """The body a letter that lost its header speaks for: the first that opens a sentence
    asking in its own name ("…. Sở Nội vụ đề nghị các doanh nghiệp …"), or ''."""
    for m in ASKS_IN_OWN_VOICE.finditer(text, lo, hi):
        names, tail = _names(text, m.start("who"), m.end("who"))
        if len(names) == 1 and tail == m.end("who"):
            return names[0][1]
    return ""


def _addressees(text: str, start: int, end: int) -> tuple[list[tuple[str, str]], int] | None:
    """An opener's list of bodies split by semicolons up to the colon of their duty:
    "Đề nghị các cơ quan chuyên môn …; Văn phòng Đoàn Đại biểu Quốc hội …; các đơn vị sự
    nghiệp công lập, các doanh nghiệp nhà nước …; Hội đồng nhân dân, Ủy ban nhân dân các
    xã, phường và đặc khu: tổ chức triển khai …" (each piece whatever its case)."""
    colon = text.find(":", start, end)
    if colon < 0 or ";" not in text[start:colon]:
        return None
    names = [name for piece in text[start:colon].split(";") for name in _piece_names(piece)]
    return (names, colon) if names else None


def _request_end(text: str, m) -> int:
    """Where a request's names and task end: its sentence, for a bare sentence and an
    assignment that may wrap ("…, giao Bộ …"), else its line."""
    if not m.group(0) or m.group(0).startswith(("giao", "yêu cầu")):
        return sentence_bounds(text, m.start())[1]
    end = text.find("\n", m.end())
    return len(text) if end < 0 else end


# The end mark of a document's last sentence.
CLOSING_MARK = re.compile(r"\./\.")
CLOSING_REQUEST_OPENER = re.compile(r"[\s*_]*(?:Yêu cầu|Đề nghị)\s")


def _bare_duty(text: str, structure: Structure, start: int, names, tail: int, end: int,
               paragraph: bool, at: int | None = None) -> bool:
    """A sentence that opens with bodies gives them a duty when a duty verb follows them
    (or, inside a paragraph, it asks: ". Đề nghị Ủy ban nhân dân phường … thực hiện …").
    A paragraph must open with the bodies and their own duty: not whom a sentence lists
    ("Tham dự cuộc họp có …:"), a closing request ("Yêu cầu Sở …, Sở … triển khai thực
    hiện./.") or another's request ("Bộ Y tế đề nghị …"); and no report gives one."""
    # (a copy that ran the paragraphs together keeps the letter's closing request in the
    # run of the last paragraph: "… biết. Yêu cầu Sở …, Sở … triển khai thực hiện./.")
    closing = CLOSING_REQUEST_OPENER.match(text, start, end) and CLOSING_MARK.search(text, start, min(end + 3, len(text)))
    asks = ASSIGNS.match(text, start, end) and not paragraph and not closing
    # (the paragraph right after the issuer's "… yêu cầu:" is what it directs, whatever the
    # verb: "Ủy ban nhân dân các huyện, thị, thành phố vận động nhân dân treo cờ …")
    directed = paragraph and not closing and bool(ISSUER_DIRECTS.search(_line_before(text, start)))
    if not names or not (ACTS.match(text, tail, end) or asks or directed):
        return False
    # (``at``: where the bodies start, after the paragraph's opening time or ground)
    if (paragraph or closing) and not directed and (_listed_after_colon(text, start)
                                                    or not _acts_itself(text, start if at is None else at, end)):
        return False
    return _part_role(structure, start) not in NOT_DUTY_ROLES


def _acts_itself(text: str, start: int, end: int) -> bool:
    """A paragraph opens with bodies and their own duty (not a verb that asks others)."""
    names, tail = _named_at(text, start, end) if BODY_HEAD.match(text, start) else ([], start)
    return bool(names) and bool(ACTS.match(text, tail, end))


def _line_before(text: str, start: int) -> str:
    """The line before the one ``start`` opens (blank lines skipped)."""
    before = text[:start].rstrip()
    return before[before.rfind("\n") + 1:]


def _listed_after_colon(text: str, start: int) -> bool:
    """The line before ``start`` is a sentence that introduces whom the next line lists
    ("Tham dự cuộc họp có lãnh đạo các cơ quan, đơn vị:"), not a numbered topic ("3. Về
    kiến nghị liên quan đến tổ chức bộ máy …:")."""
    before = text[text.rfind("\n", 0, max(start - 1, 0)) + 1:max(start - 1, 0)]
    return before.rstrip().endswith(":") and ITEM_MARK.match(before).lastgroup not in ("num", "letter") \
        and not ISSUER_DIRECTS.search(before)


# The issuer's sentence that leads to its directions, not to a list of whom it names: "…,
# Phó Chủ tịch UBND tỉnh có ý kiến như sau:", "… chỉ đạo như sau:".
# (or asks in one word: "…, Ủy ban nhân dân tỉnh An Giang yêu cầu:")
ISSUER_DIRECTS = re.compile(r"\b(?:(?:ý kiến|chỉ đạo|kết luận)(?:\s+chỉ đạo)?\s+(?:cụ thể\s+)?như sau"
                            r"|(?:Ủy|Uỷ) ban nhân dân[^,;:\n]{0,40}\s(?:yêu cầu|đề nghị|chỉ đạo))\s*:\s*$")


def _is_letter(text: str, structure: Structure) -> bool:
    kind = structure.header.get("type")
    first = structure.sections[0].start if structure.sections else len(text)
    return kind in LETTER_TYPES or (kind is None and bool(ADDRESSEES.search(text, 0, first)))


# The province's departments as a class, however a text qualifies them ("Các sở, ban,
# ngành thuộc tỉnh", "Các Sở, ngành", "Các sở, ban, ngành Thành phố", "Các Sở, Ban, ngành,
# đoàn thể", "Các Sở, ban, ngành, cơ quan, đơn vị thuộc Ủy ban nhân dân tỉnh"): one body
# (casefolded).
DEPARTMENTS = re.compile(r"^các sở(?:,\s*ban)?(?:,\s*|(?<=ban)\s+)ngành(?:,\s*(?:cơ quan|đơn vị|đoàn thể))*"
                         r"(?:\s+(?:(?:trực\s+)?thuộc|của|cấp)?\s*(?:(?:ủy|uỷ) ban nhân dân\s+)?(?:tỉnh|thành phố))?$")


DEPARTMENTS_KEY = "các sở, ban, ngành"


# The committees of the district tier listed by kind ("Ủy ban nhân dân các quận, huyện, thị
# xã", "… các huyện, thành phố"): the same body as "Ủy ban nhân dân cấp huyện".
DISTRICT_COMMITTEES = re.compile(r"^Ủy ban nhân dân (?:các )?(?:quận|huyện|thị xã)(?:,? (?:và )?(?:quận|huyện|thị xã|thành phố)){1,3}$")


# The tier word ending a provincial body's name; a council or committee is named by its tier.
# (one body's name only, not a class placed by it: "các đơn vị thuộc tỉnh")
PROVINCE_TIER_TAIL = re.compile(r"^(?!(?:ủy|uỷ) ban nhân dân|hội đồng nhân dân|các\s|những\s)([^,;]*?)(?<!thuộc|của|cấp|trong|toàn)\s+tỉnh$")
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
    return DEPARTMENTS_KEY if DEPARTMENTS.match(name) else PROVINCE_TIER_TAIL.sub(r"\1", name)


# -- the section -------------------------------------------------------------

def implementation_spans(text: str, structure: Structure) -> list[tuple[int, int]]:
    """Body spans of implementation sections: from the structure (sections named for
    it, and lists whose items are headed by bodies wherever they stand), else by heading."""
    spans = []
    for s in structure.sections:
        if (s.role == "implementation" and IMPLEMENTATION_HEADING.match(s.heading)
                or SHARED_OUT_HEADING.search(s.heading)):
            if not any(a <= s.start < b for a, b in spans):
                spans.append((_heading_text_end(text, s), s.end))
    # the article that closes a decision or its rules may still give a body a duty of its
    # own ("Điều 5. Điều khoản thi hành" > "Sở Xây dựng chủ trì, phối hợp … hướng dẫn …")
    for s in structure.sections:
        if EXECUTION_HEADING.match(s.heading) and not any(a <= s.start < b for a, b in spans):
            spans.append((s.heading_end, s.end))
    for lo, hi in body_lists(text, structure):
        if not any(a <= lo < b for a, b in spans):
            spans.append((lo, hi))
    for s in structure.sections:
        if (EXECUTION_ARTICLE.match(text, s.start) or CUT_EXECUTION_ARTICLE.match(text, s.start)
                or _body_article(text, s) or _named_in_duties_chapter(text, s)) \
                and not any(a <= s.start < b for a, b in spans):
            spans.append((s.start, s.end))

    # the closing formula wherever the lines fell ("… Điều 3. Quyết định này có hiệu lực …
    # Thủ trưởng các cơ quan: A, B căn cứ Quyết định thi hành"): its line is an item
    for m in EXECUTION_FORMULA.finditer(text, structure.body_start or 0, structure.body_end or len(text)):
        if not any(a <= m.start() < b for a, b in spans):
            # (from the clause's own sentence: a report's paragraph may tell other orders first,
            # "Theo đó, UBND tỉnh giao Sở … chủ trì …. Giao Giám đốc Sở …, … chịu trách nhiệm thi hành")
            line_start = text.rfind("\n", 0, m.start()) + 1
            told = [s.end() for s in SENTENCE_STOP.finditer(text, line_start, m.start())
                    if text[s.start() - 1].isalpha()]      # (not an article's number, "Điều 3.")
            lo = told[-1] if told else _clause_start(text, line_start)
            hi = text.find("\n", m.end())
            spans.append((lo, len(text) if hi < 0 else hi))
    # (and the executing clause a cut broke off, on a line of its own: "Chánh Văn phòng UBND
    # tỉnh; Thủ trưởng các Sở, ngành của tỉnh; … chịu trách nhi")
    cut = CUT_EXECUTION_ARTICLE.search(text, structure.body_start or 0)
    if cut and not any(a <= cut.start() < b for a, b in spans):
        spans.append((cut.start(), len(text)))
    if spans:
        return sorted(spans)
    body_end = structure.body_end or len(text)
    for m in IMPLEMENTATION_HEADING.finditer(text, structure.body_start or 0, body_end):
        line_end = text.find("\n", m.start())
        line_end = body_end if line_end < 0 else line_end
        # a chapter's title ("Chương III" over "TỔ CHỨC THỰC HIỆN") holds its articles
        chapter = CHAPTER_LINE.search(text, text.rfind("\n", 0, max(0, m.start() - 1)) + 1, line_end)
        stop = (CHAPTER_STOP if chapter else SECTION_STOP).search(text, line_end + 1, body_end)
        spans.append((line_end, stop.start() if stop else body_end))
    # a letter, notice or telegram with no such part: any item headed by a body is a duty
    # ("2. Bộ Giao thông vận tải chỉ đạo chủ đầu tư …" among a notice's conclusions)
    if not spans and _is_letter(text, structure):
        spans = body_lists(text, structure, minimum=1)
    return spans


def _body_article(text: str, section) -> bool:
    """An article titled by the body whose duties it lists: "Điều 4. Phân cấp cho Sở Y tế
    thực hiện một số nhiệm vụ, quyền hạn sau", "Điều 5. Trách nhiệm của Sở Xây dựng"."""
    m = ARTICLE_TITLE.match(section.heading)
    if not m or section.role in NOT_DUTY_ROLES:
        return False
    lead = LEAD_IN.match(m["rest"])
    if lead:
        rest = m["rest"][lead.start("rest"):]
        return bool(BODY_HEAD.match(rest[:1].upper() + rest[1:]))
    # a class in lower case whose first clause names it again: "Điều 28. Trách nhiệm của
    # doanh nghiệp viễn thông" over "1. Doanh nghiệp viễn thông có trách nhiệm đầu tư …"
    # (or any such class, in a chapter of duties: "Chương III. TỔ CHỨC THỰC HIỆN" > "Điều 11.
    # Trách nhiệm của cơ quan, tổ chức đặt hàng tư vấn")
    kind = CLASS_ARTICLE.match(m["rest"])
    if not kind:
        return False
    if _in_duties_chapter(text, section.start):
        return bool(_class_heading(text, section.start, section.heading_end)[0])
    first = text[section.heading_end:section.end].lstrip()
    first = first[ITEM_MARK.match(first).end():]
    return first.startswith(kind["kind"][:1].upper() + kind["kind"][1:] + " ") and BODY_HEAD.match(first) is not None


def _annexed_plan_spans(doc: Document, structure: Structure) -> list[tuple[int, int]]:
    """Duties parts of a plan issued in the decision's annex, after its signature
    ("Nhiệm vụ cụ thể", "Tổ chức thực hiện" of the plan a "Quyết định ban hành Kế
    hoạch" carries): the bodies given duties there are the document's; so are those of
    the duties part of rules it issues ("Quy chế" > "Điều 16. Trách nhiệm Sở Công Thương")."""
    # (the annex's sections alone: the decision's articles and the annex's are no one list)
    annex = annexed_plan(doc, structure, alone=True) or annexed_rules(doc, structure, alone=True)
    if annex is None:
        return []
    annexed, (lo, hi) = annex
    plan = replace(annexed, body_start=lo, body_end=hi)
    return [(a, b) for a, b in implementation_spans(doc.text, plan) if lo <= a < hi]


def article_duties(text: str, structure: Structure, spans: list[tuple[int, int]]) -> list[Item]:
    """Sentences of a decision's articles, outside the parts read above, that give a body
    a duty of its own: "Trưởng Phòng PC13, PC26 có trách nhiệm hướng dẫn …", "Giao Sở
    Giao thông vận tải chủ trì, phối hợp …" inside "Điều 2. Quyết định này có hiệu lực …"."""
    if structure.header.get("type") != "QUYẾT ĐỊNH" and not (
            not structure.header.get("type") and ENACTS_DECISION.search(text)):
        return []                           # (a copy that lost its type line still enacts: "QUYẾT ĐỊNH:")
    items = []
    # a decision that lays down rules in its own articles (it states their scope) and gives
    # duties in a part of their own: its titled articles are rules ("Điều 6. Đơn vị chủ trì
    # quản lý tài sản" > "4. Hội đồng nhân dân thành phố; … chủ trì quản lý tài sản …" before
    # "Điều 8. Tổ chức thực hiện"); without such a part, they are where duties are given
    tops = [sec for sec in structure.sections if sec.parent is None and sec.path.startswith("Điều")]
    rules = any(sec.role == "scope" for sec in tops) and any(_duties_part(sec) for sec in tops)
    for sec in structure.sections:
        if sec.parent is not None or not sec.path.startswith("Điều") or sec.role in NOT_DUTY_ROLES:
            continue
        if rules and _rules_article(text, sec, sec.heading_end):
            continue
        listed: list[tuple[str, str]] = []    # names alone before ";", subjects of what follows
        last = None                           # the article's last body given a duty
        for s, e in (se for ls, le in _lines(text, sec.start, sec.end) for se in _sentences(text, ls, le)):
            if any(a <= s < b for a, b in spans):    # read with its part (or the executing clause)
                continue
            if _quoted_rules(text, sec.start, s):
                continue
            mark = ITEM_MARK.match(text, s, e)
            # (the bodies may follow an opening circumstance: "Điều 2. Căn cứ các chỉ tiêu kế
            # hoạch giao, các sở, ban, ngành, Ủy ban nhân dân các xã triển khai …")
            names, tail = _names(text, mark.end() if mark else s, e, item=True)
            if names and ARTICLE_DUTY.match(text, tail, e):
                # (the duty is what follows the names: "Đề nghị Ủy ban Kiểm tra Tỉnh ủy … phối
                # hợp kiểm tra" assists)
                last = _duty_item(text, listed + names, s, tail, e)
                last.tasks += _points_after_colon(text, e, sec.end)
                items.append(last)
            elif last and not names and _subjectless_clause(text, s, e):
                last.tasks.append((s, e))      # "1. Sở … có trách nhiệm …" > "2. Chủ trì, phối hợp …"
            # "2. Các cơ quan chuyên môn cấp tỉnh; Ủy ban nhân dân các xã chịu trách nhiệm …"
            alone, rest = _names(text, mark.end() if mark else s, e, item=True)
            listed = alone if alone and not text[rest:e].strip(" ;,") else []
    return items


# A clause of an article that opens with the duty, its subject the body of the clause
# before: "1. Sở Giao thông vận tải có trách nhiệm phổ biến …" > "2. Chủ trì, phối hợp với …".
SUBJECTLESS_DUTY = re.compile(r"(?:Chủ trì|Phối hợp|Hướng dẫn|Theo dõi|Tham mưu|Chủ động|Chỉ đạo|Rà soát|"
                              r"Có trách nhiệm|Chịu trách nhiệm)\b")


def _subjectless_clause(text: str, start: int, end: int) -> bool:
    """A numbered or lettered clause of an article that opens with a duty and names no
    subject."""
    line_start = text.rfind("\n", 0, start) + 1
    mark = ITEM_MARK.match(text[line_start:end])
    return mark.lastgroup in ("num", "letter") and line_start + mark.end() >= start \
        and bool(SUBJECTLESS_DUTY.match(text, line_start + mark.end(), end))


def _points_after_colon(text: str, end: int, hi: int) -> list[tuple[int, int]]:
    """The points a sentence ending on a colon heads, up to ``hi``: "Sở Giao thông vận tải
    có trách nhiệm:" > "- Chủ trì, phối hợp …" > "- Hướng dẫn …" are that body's tasks (the
    first makes it the chair)."""
    if not text[:end].rstrip().endswith(":"):
        return []
    points = []
    line_end = text.find("\n", end, hi)
    for ls, le in _lines(text, hi if line_end < 0 else line_end + 1, hi):
        mark = ITEM_MARK.match(text[ls:le])
        if mark.lastgroup not in ("dash", "letter"):
            break                           # the list ends where its marks do
        points.append((ls + mark.end(), le))
    return points


# An article that sets out a body's standing tasks: "Điều 2. Nhiệm vụ, quyền hạn", "Điều 2.
# Nhiệm vụ, quyền hạn và nguyên tắc hoạt động của Hội đồng thẩm định".
FUNCTIONS_ARTICLE = re.compile(r"(?:Chức năng,\s*)?[Nn]hiệm vụ(?:,|\s+và)\s+quyền hạn\b"
                               r"(?:[^\n]*?\bcủa\s+(?=\p{Lu})(?P<who>.+))?")
# A title's name is short; a flattened copy may run the article's text into its title
# ("… của Chính phủ quy định chức năng, nhiệm vụ …"), which names no body.
TITLE_NAME_WORDS = 10
RUN_ON_TITLE = re.compile(r"\b(?:quy định|về|chức năng|nhiệm vụ|thực hiện)\b|\d")
# The article that says what that body is: "Điều 1. Vị trí và chức năng" > "1. Trung tâm
# Phục vụ hành chính công thành phố là tổ chức hành chính …".
POSITION_ARTICLE = re.compile(r"Vị trí(?:,|\s+và)\s+chức năng\b", re.I)


def functions_items(text: str, structure: Structure) -> list[Item]:
    """A decision that sets out a body's standing tasks gives them to it: one item whose
    tasks are the article's clauses, for the body its title names or, failing that, the
    body its "Vị trí và chức năng" article opens with."""
    tops = [s for s in structure.sections if s.parent is None and s.path.startswith("Điều")]
    items = []
    for sec in tops:
        title = ARTICLE_TITLE.match(sec.heading)
        m = FUNCTIONS_ARTICLE.fullmatch(title["rest"].strip(" .:*_")) if title else None
        if m is None:
            continue
        if m["who"]:
            who = " ".join(m["who"].split()).strip(" .:")     # (a title's name runs to its end)
            short = len(who.split()) <= TITLE_NAME_WORDS and not RUN_ON_TITLE.search(who)
            names = [(who, normalise(who))] if short and BODY_HEAD.match(who) else []
        else:
            names = _position_subject(text, structure, tops)
        if names:
            items.append(Item(names=names, start=sec.start, end=sec.end, names_end=sec.heading_end,
                              tasks=[se for ls, le in _lines(text, sec.heading_end, sec.end)
                                     for se in _sentences(text, ls, le)]))
    return items


def _position_subject(text: str, structure: Structure, tops: list) -> list[tuple[str, str]]:
    """The body a "Vị trí và chức năng" article opens with ("1. Trung tâm … là …")."""
    for sec in tops:
        title = ARTICLE_TITLE.match(sec.heading)
        if title and POSITION_ARTICLE.match(title["rest"]):
            for ls, le in _lines(text, sec.heading_end, sec.end):
                mark = ITEM_MARK.match(text[ls:le])
                names, _ = _names(text, ls + mark.end(), le)
                return names
    return []


def _heading_text_end(text: str, section) -> int:
    """Where an implementation section's own text starts: after its heading, or after the
    colon of a heading that runs on ("8. Tổ chức thực hiện: Thông tư này … Tổng cục Cảnh
    sát chỉ đạo …")."""
    m = IMPLEMENTATION_HEADING.match(text, section.start, section.heading_end)
    colon = RUN_ON_HEADING.match(text, m.end(), section.heading_end) if m else None
    return colon.end() if colon and text[colon.end():section.heading_end].strip() else section.heading_end


def body_lists(text: str, structure: Structure, minimum: int = BODY_LIST_MIN) -> list[tuple[int, int]]:
    """Lists that give duties body by body outside a part named for it: sibling
    sections (same parent, or the top level of a letter) of which at least
    BODY_LIST_MIN, and at least half, are headed by a body ("2. Phân công trách
    nhiệm" > "2.1. Sở Y tế", "II. NỘI DUNG THỰC HIỆN" > "1. Công an tỉnh", a công
    văn's "1. Giao Sở Xây dựng chủ trì …", "2. Sở Công Thương …"). Lists in parts
    that report, aim or fund, and the clauses of a regulation's articles, are not
    duties (an article that assigns them is found by its heading). Span: from the first body-headed item
    to the end of the list."""
    siblings: dict[int | None, list] = {}
    for s in structure.sections:
        siblings.setdefault(s.parent, []).append(s)
    letter = _is_letter(text, structure)
    spans = []
    for parent, kids in siblings.items():
        holder = structure.sections[parent] if parent is not None else None
        if holder is not None and (_not_duties(structure, holder, letter)
                                   or _rules_article(text, holder, kids[0].start)):
            continue                        # a titled article's clauses are rules, not task items
        heads = [k for k in kids if not _not_duties(structure, k, letter)
                 and _heads_body(text, k, state_only=minimum < BODY_LIST_MIN)]
        if len(heads) >= minimum and (2 * len(heads) >= len(kids) or minimum < BODY_LIST_MIN):
            spans.append((heads[0].start, kids[-1].end))
    return spans


def _duties_part(article) -> bool:
    """An article that gives duties as its subject ("Điều 8. Tổ chức thực hiện", "Điều 9.
    Trách nhiệm của các cơ quan"), not the closing "Điều 11. Trách nhiệm thi hành"."""
    return bool((IMPLEMENTATION_HEADING.match(article.heading) or DUTIES_ARTICLE.match(article.heading))
                and not CLOSING_ARTICLE.search(article.heading))


def _rules_article(text: str, article, first_clause: int) -> bool:
    """A titled article that lays down rules: its clauses are not task items ("Điều 6. Đơn
    vị chủ trì quản lý tài sản" > "1. Sở Tài chính chủ trì quản lý tài sản …"). Not an
    article titled for duties, one whose opening hands its clauses out, nor one in a
    chapter of duties."""
    return (article.path.startswith("Điều") and not UNTITLED_ARTICLE.match(article.heading)
            and not DUTIES_ARTICLE.match(article.heading)
            and not ASSIGNING_LEAD.search(text, article.heading_end, first_clause)
            and not _in_duties_chapter(text, article.start))


# The title of the article that closes a decision: who executes it, not who does what.
CLOSING_ARTICLE = re.compile(r"(?:trách nhiệm|điều khoản|hiệu lực)\s+(?:và\s+)?thi hành", re.I)
# A chapter of rules that gives bodies their duties: "Chương II" over "TRÁCH NHIỆM PHỐI HỢP
# CỦA CÁC CƠ QUAN, ĐƠN VỊ …", whose articles ("Điều 5. Phối hợp trong …") list them body by
# body; or one that gives them with the procedure they follow ("TRÌNH TỰ, THỦ TỤC GIẢI QUYẾT
# VÀ TRÁCH NHIỆM CỦA CÁC TỔ CHỨC, CÁ NHÂN" > "Điều 7. Đối với các cơ quan nhà nước").
DUTIES_CHAPTER = re.compile(r"^[\s*_]*(?:TRÁCH NHIỆM|NHIỆM VỤ|PHÂN CÔNG)\b|\sVÀ\s+(?:TRÁCH NHIỆM|PHÂN CÔNG)\b")
# A chapter title that goes on on its next line: it ends with a joining word.
TITLE_GOES_ON = re.compile(r"(?:\s(?:VÀ|CỦA|VỀ)|,)$")
# So is an article titled for duties ("Điều 3. Trách nhiệm phối hợp giữa các cơ quan …").
# ("Điều 5. Trách nhiệm quản lý nhà nước về …" gives the state's duties body by body)
DUTIES_ARTICLE = re.compile(r"^[\s*#_]*Điều\s+\d+\s*[.:]\s*(?:Trách nhiệm\s+(?:của|phối hợp|quản lý nhà nước)|Phân công)\b")
# So is an article whose opening words hand its clauses out: "Điều 7. Chủ sở hữu công trình
# thoát nước" > "…, phân công trách nhiệm của các cơ quan chuyên môn … như sau:" > "1. Sở Xây
# dựng …", "2. Phân cấp cho Ủy ban nhân dân các phường …".
ASSIGNING_LEAD = re.compile(r"\b(?:phân công (?:trách nhiệm|nhiệm vụ)|phân cấp)\b[^.;]*(?:như sau|sau đây|cụ thể)\s*:\s*$")
# Articles of a chapter, and how many of them titled for duties make it a chapter of duties.
ARTICLE_LINE = re.compile(r"^[\s*#_]*Điều\s+\d+\s*[.:][^\n]*", re.M)
DUTY_ARTICLES_MIN = 3


def _named_in_duties_chapter(text: str, section) -> bool:
    """An article titled by a body alone in a chapter of duties ("Chương III. TỔ CHỨC THỰC
    HIỆN" > "Điều 22. Sở Tài chính")."""
    return section.parent is None and _titled_by_body(text, section.start, section.heading_end) \
        and _in_duties_chapter(text, section.start)


def _in_duties_chapter(text: str, pos: int) -> bool:
    """The chapter holding ``pos`` is titled for bodies' duties."""
    last = None
    for m in CHAPTER.finditer(text, 0, pos):
        last = m
    if last is None:
        return False
    title = last["title"].strip() or last["next"]
    if TITLE_GOES_ON.search(title):         # a title broken over two lines ("… CÔNG NGHIỆP VÀ" / "TRÁCH NHIỆM …")
        title = f"{title} {last['next'].strip()}"
    return bool(DUTIES_CHAPTER.search(title) or IMPLEMENTATION_HEADING.match(title)
                or _chapter_of_duty_articles(text, last.end()))


def _chapter_of_duty_articles(text: str, start: int) -> bool:
    """A chapter whose articles are mostly titled for bodies' duties, whatever its title
    ("Chương II. QUY ĐỊNH CỤ THỂ" > "Điều 7. Trách nhiệm của Văn phòng đăng ký đất đai", …,
    "Điều 11. Trách nhiệm của cơ quan thuế", …), or by the bodies alone (a copy that lost
    the title or printed it above the mark: "Chương IV" > "Điều 11. Sở Du lịch", "Điều 12.
    Sở Văn hóa và Thể thao", …)."""
    stop = CHAPTER_STOP.search(text, start)
    titles = list(ARTICLE_LINE.finditer(text, start, stop.start() if stop else len(text)))
    duties = sum(1 for t in titles if DUTIES_ARTICLE.match(t.group()) or _titled_by_body(text, t.start(), t.end()))
    return duties >= DUTY_ARTICLES_MIN and 2 * duties > len(titles)


def _titled_by_body(text: str, start: int, end: int) -> bool:
    """The article heading at ``text[start:end]`` is titled by bodies and nothing else
    ("Điều 22. Sở Tài chính", "Điều 16. Sở Nông nghiệp và Môi trường, Sở Công thương,
    Công an thành phố.")."""
    m = ARTICLE_TITLE.match(text[start:end])
    if not m:
        return False
    names, tail = _named_at(text, start + m.start("rest"), end, item=True)
    return bool(names) and not text[tail:end].strip(" .:*_")


def _not_duties(structure: Structure, section, letter: bool) -> bool:
    """A section whose part reports, aims or funds. A letter's "1. Yêu cầu chung:" asks
    for what follows, it states no purpose of a plan ("Mục đích, yêu cầu")."""
    if section.role != "purpose" or not letter:
        return section.role in NOT_DUTY_ROLES
    while section is not None:
        if PLAN_PURPOSE.search(section.heading):
            return True
        section = structure.sections[section.parent] if section.parent is not None else None
    return False


def task_table_items(text: str, structure: Structure, spans: list[tuple[int, int]],
                     headed: bool) -> list[Item]:
    """Rows of task tables: one item per row, its role from the row's label. A "phối
    hợp" row counts only near a "chủ trì" row. Rows under the tasks of a plan whose
    implementation part has items headed by bodies (``headed``) are the tasks' detail,
    not its duties list: only rows inside that part count. Without such items, rows in
    any part that may assign duties stand for it. A text that stops before its closing
    (no signature, no recipients: a crawled copy cut short) gives only the rows inside a
    part named for the duties ("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN"): whether the plan
    would go on to give them body by body is unknown."""
    items: list[Item] = []
    closed = bool(structure.signature or structure.recipients)
    lo, hi = structure.body_start or 0, structure.body_end or len(text)
    # (and the duties part of a plan the decision issues, after its signature)
    ranges = [(lo, hi)] + [(a, b) for a, b in spans if a >= hi]
    # (numbered from each range's offset: a row in one is never near a row in another)
    lines = [(n, line) for a, b in ranges for n, line in enumerate(_lines(text, a, b), start=a)]
    last_lead = None                        # line number of the last "chủ trì" row
    for n, (ls, le) in lines:
        for row in TABLE_ROW.finditer(text, ls, le):
            rs = row.start()
            if _part_role(structure, rs) in NOT_DUTY_ROLES:
                continue
            if (headed or not closed) and not any(a <= rs < b for a, b in spans):
                continue
            row_end = _row_end(text, row.end(), le)
            role = TABLE_ROLES[row["kind"]]
            if row["kind"] == "thực hiện":
                chairs = CHAIRS.search(text, row.end(), row_end)
                if chairs:
                    row_end = chairs.start()
                elif last_lead is None or n - last_lead > TABLE_ROW_REACH:
                    continue
                else:
                    # a table that names each task's lead in a row of its own: the row of
                    # those who do the work beside it gives them duties of their own
                    role = "implement"
            if row["kind"] != "phối hợp":
                last_lead = n
            elif last_lead is None or n - last_lead > TABLE_ROW_REACH:
                continue
            names = [name for ps, pe in _pieces(text, row.end(), row_end) for name in _table_names(text[ps:pe])]
            if names:
                items.append(Item(names=names, start=rs, end=row_end, tasks=[(rs, row_end)], role=role))
    return items


# Where a row run into its line ends: its full stop, or the next row's dash.
ROW_END = re.compile(r"\.\s|\s[-+•–]\s+(?=\p{Lu})")


def _row_end(text: str, start: int, le: int) -> int:
    m = ROW_END.search(text, start, le)
    return m.start() + (1 if m.group(0).startswith(".") else 0) if m else le


def _table_names(piece: str) -> list[tuple[str, str]]:
    """Bodies of one piece of a table row: the piece holds names only, so no duty verb
    ends them ("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh" is one body)."""
    piece = " ".join(piece.replace("*", " ").split())
    piece = piece[:1].upper() + piece[1:]
    if not BODY_HEAD.match(piece) or NOT_A_BODY.match(piece):
        return []
    phrase = _trim(piece)
    names = []
    for part in _split(phrase):
        if _not_a_name(part):
            continue
        raw = _capped(part, MAX_NAME_WORDS)
        names.append((raw, normalise(raw)))
    return names


def _pieces(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The ";"-separated names of a table row, without the final stop."""
    out, pos = [], lo
    for m in re.finditer(r";|\.\s*$", text[lo:hi]):
        out.append((pos, lo + m.start()))
        pos = lo + m.end()
    out.append((pos, hi))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in out if text[a:b].strip(" .")]


def _part_role(structure: Structure, at: int) -> str | None:
    """Role of the deepest section holding ``at`` (roles are inherited downwards)."""
    role = None
    for s in structure.sections:
        if s.start <= at < s.end:
            role = s.role
    return role


def _heads_body(text: str, section, state_only: bool = False) -> bool:
    """The section's heading line opens with a body's name (with ``state_only``, a state
    body's, not a business's: "Các đơn vị kinh doanh vận tải …", "Công ty …")."""
    line_end = text.find("\n", section.start)
    line_end = len(text) if line_end < 0 else line_end
    mark = ITEM_MARK.match(text[section.start:line_end])
    names, tail = _names(text, section.start + mark.end(), line_end, item=bool(mark.lastgroup))
    topic = TOPIC_HEAD.match(text, section.start + mark.end(), line_end) if not names else None
    if topic:
        names, tail = _names(text, topic.end(), line_end)
    if state_only and any(BUSINESS.match(name) for _, name in names):
        return False
    return bool(names) and not SHARE_AFTER.match(text, tail, line_end)


# The lower-case end of a heading wrapped onto a line of its own, closed by its colon.
# (words that go on a body's name: its tier, or the rest of a joined name, "… và Đầu tư:")
WRAPPED_HEADING_END = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:tỉnh|thành phố|huyện|quận|thị xã|cấp|trực thuộc|và)\b"
                                 r"[\p{L} ]{0,24}?[ \t]*:[ \t]*(?=\n|$)")


def _wrapped_heading(text: str, names, tail: int, le: int, hi: int, consumed: int):
    """A heading whose last word a page's layout put on a line of its own ("4. …, Bộ Chỉ huy
    Bộ đội Biên phòng" / "tỉnh:"): that word ends its last name, and the item goes on
    after it."""
    wrapped = WRAPPED_HEADING_END.match(text, le, hi)
    if not wrapped:
        return _continued_heading(text, names, tail, le, hi, consumed)
    raw = names[-1][0] + " " + wrapped.group(0).strip(" \t\n:")
    return names[:-1] + [(raw, normalise(raw))], wrapped.end(), wrapped.end(), max(consumed, wrapped.end())


# A heading's names run on to a second line of names alone, its points below: "3. Đề nghị Ủy
# ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp" / "Phụ nữ Thành phố và các tổ chức
# thành viên của Mặt trận" / "- Trong phạm vi …" (a save that broke the bold heading in two).
CONTINUED_HEADING = re.compile(r"[ \t]*\n[ \t]*(?![-+•–*]|\d|[a-zđ]\))(?P<line>\p{Lu}[^\n.;:]{2,100}?)[ \t]*"
                               r"(?=\n[ \t]*(?:[-+•–]|[a-zđ]\)|\d+(?:\.\d+)*[.)])\s)")
# ("các tổ chức thành viên", the organisations: no verb "tổ chức")
MEMBER_ORGS = re.compile(r"\b(?:các|những)\s+tổ chức\b")


def _continued_heading(text: str, names, tail: int, le: int, hi: int, consumed: int):
    """The names of a heading continued on the next line (``CONTINUED_HEADING``), read as one
    line; the heading as it was when the next line is no run of names (a duty's verb in it)."""
    if text[:le].rstrip().endswith(":"):
        return names, tail, le, consumed
    more = CONTINUED_HEADING.match(text, le, hi)
    if not more or ACTS.search(" " + MEMBER_ORGS.sub("", more["line"])):
        return names, tail, le, consumed
    joined = text[:le] + " " * (more.start("line") - le) + text[more.start("line"):]     # same offsets
    start = text.rfind("\n", 0, le) + 1
    whole, end = _names(joined, start + ITEM_MARK.match(text[start:le]).end(), more.end("line"))
    if len(whole) < len(names) or end <= le:
        return names, tail, le, consumed
    return whole, more.end("line"), more.end("line"), max(consumed, more.end("line"))


def _items(text: str, lo: int, hi: int) -> list[Item]:
    """Split the section body into items opened by lines that name a body."""
    items: list[Item] = []
    style = None
    heads: dict[int, bool] = {}             # rank -> whether the last line of that rank named a body
    consumed = lo                           # lines an executing clause already took
    titles: list[Item] = []                 # articles titled by bodies their clauses name again
    for ls, le in _lines(text, lo, hi):
        if ls < consumed:
            continue
        line = text[ls:le]
        if CHAPTER_LINE.match(line):
            # a chapter's mark and title end the item before: no duty of its body
            items.append(Item(names=[], start=ls, end=le))
            continue
        if CLOSING.match(line):
            # a closing formula ends the section unless numbered items still follow; bodies
            # given duties in its own paragraph after it still count ("Thông tư này có hiệu
            # lực …. Tổng cục Cảnh sát chỉ đạo …")
            items.extend(_sentence_items(text, ls, le))
            # (nor does it end before its executing clause: "Quyết định này có hiệu lực …" over
            # "Chánh Văn phòng …; Chủ đầu tư … chịu trách nhiệm thi hành Quyết định này")
            if not NUMBERED_LINE.search(text, le, hi) and not EXECUTION_FORMULA.search(text, le, hi):
                break
            continue
        mark = ITEM_MARK.match(line)
        kind = mark.lastgroup or "none"
        rest_at = ls + mark.end()
        names, tail, below, class_head = [], rest_at, False, False
        group = style is not None and LIST_RANK[kind] < LIST_RANK[style] and _class_heading_alone(items, kind)
        # an executing clause names bodies whatever its mark, and may run over lines
        clause_end = _clause_end(text, le, hi)
        if _quoted_execution(text, rest_at, clause_end):
            consumed = clause_end
            continue
        executors = _executors(text, rest_at, clause_end)
        if executors:
            (names, tail), le = executors, clause_end
            consumed = clause_end
            # (a flattened copy runs the article's earlier sentences into the clause's line:
            # "Điều 3. Chánh Văn phòng … chịu trách nhiệm đôn đốc …. Các thành viên … chịu
            # trách nhiệm thi hành …": a sentence that gives a body a duty is its item)
            items.extend(_duties_before_clause(text, rest_at, clause_end))
        # bodies head items of one level; a higher level may still name one ("1. Trách
        # nhiệm của các sở" > "a) Sở Y tế", then "2. Trách nhiệm của Ủy ban nhân dân xã")
        elif style is None or LIST_RANK[kind] >= LIST_RANK[style] or _under_unnamed_head(heads, kind) or group:
            # (a deeper list under a heading that names no body names its own: "2. Các sở,
            # ban, ngành" > "2.2. Trách nhiệm cụ thể" > "a) Sở Xây dựng"; so does one under a
            # class named alone, which heads its members: "2. Các phòng thuộc Sở GDĐT" >
            # "a) Phòng Giáo dục Phổ thông", "b) Văn phòng Sở")
            names, tail = _names(text, rest_at, le, item=kind == "num")
            if names and text[tail:le].strip(" \t") in (";", ","):
                # a list of bodies left open at its line's end goes on on the next ("2. Các
                # Sở, ban, ngành; Ủy ban nhân dân các phường, xã;" / "Hiệp hội Du lịch thành
                # phố phối hợp …"): one item
                names, tail, le = _open_list(text, names, tail, le, hi)
                consumed = le
            if names and group:
                if text[tail:le].strip(" :.-–*_\t"):
                    # (a point that opens a sentence with a kind of the class is its task:
                    # "18. Các doanh nghiệp công nghệ số" > "a) Doanh nghiệp viễn thông … ưu tiên …")
                    names = []
                else:
                    items.pop()
            if not names and kind != "none":
                names, tail = _generic_class_heading(text, rest_at, le)
                class_head = bool(names)
            if not names and kind != "none" and (subject := GENERIC_SUBJECT.match(text, rest_at, le)):
                # a point whose subject is the class of bodies, then its duty ("- Các cơ
                # quan, đơn vị căn cứ Kế hoạch này … phát động …"): that class heads the point
                names, tail, class_head = [(subject["name"], subject["name"])], subject.end("name"), True
            topic = TOPIC_HEAD.match(text, rest_at, le) if not names and kind == "num" else None
            if topic:
                names, tail = _names(text, topic.end(), le)
            if not names and kind == "num" and mark.group(0).lstrip(" *#_").startswith("Điều"):
                names, tail = _class_heading(text, ls, le)
        elif ASSIGNS.match(text, rest_at, le):
            # below the items that name bodies, a point that assigns a body by name is its
            # item too ("8. Thủ trưởng cơ quan, ban, ngành … b) Giao Thanh tra thành phố …");
            # the level of the items that name bodies stays
            names, tail = _names(text, rest_at, le)
            below = True
        elif BODY_HEAD.match(text, rest_at, le):
            # so is a point whose body chairs its task ("9. Ủy ban nhân dân cấp xã" > "- Ủy ban
            # nhân dân phường Yên Bái chủ trì … di dời cụm công nghiệp Đầm Hồng")
            names, tail = _names(text, rest_at, le)
            if names and items and not items[-1].tasks and _among(names, items[-1].names):
                # but a heading of bodies alone, then a line that opens with one of them, is
                # one item: "2. Sở Khoa học và Công nghệ, Sở Nội vụ" > "Sở Khoa học và Công
                # nghệ chủ trì, phối hợp với Sở Nội vụ …"
                items[-1].tasks.extend(_sentences(text, rest_at, le))
                items[-1].end = le
                continue
            names, below = (names, True) if names and CHAIRS.match(text, tail, le) else ([], False)
        if names and kind != "none" and tail >= le - len(line) + len(line.rstrip()):
            names, tail, le, consumed = _wrapped_heading(text, names, tail, le, hi, consumed)
        if names and items and _restates_article(text, items[-1], names, mark) \
                and len(names) < len(items[-1].names):
            # an article titled by several bodies that gives each a clause of its own
            # ("Điều 31. Trách nhiệm của Văn phòng … và các sở, ban, ngành" > "1. Văn phòng …:",
            # …, "9. Các Sở, Ban, ngành …"): the title heads their clauses, each body's tasks
            # are its own clause's
            items[-1].names = [n for n in items[-1].names if not _among([n], names)]
            titles.append(items[-1])
        elif names and items and (_restates_article(text, items[-1], names, mark)
                                  or _asked_by_article(text, items[-1], rest_at, mark)):
            # a clause of a body's article that names it again is one of its tasks: "Điều 21.
            # Trách nhiệm của Sở Tài chính" > "1. Trên cơ sở …, Sở Tài chính thực hiện …"
            # (its siblings "2. …", "3. Chủ trì …" stay the article's)
            items[-1].tasks.extend(_sentences(text, rest_at, le))
            items[-1].end = le
            continue
        if kind != "none":
            heads = {r: n for r, n in heads.items() if r > LIST_RANK[kind]}
            heads[LIST_RANK[kind]] = bool(names)
        if names:
            if not below:
                style = style if style and LIST_RANK[kind] > LIST_RANK[style] else kind
            members = _members(text, le, hi, ls) if len(names) == 1 and PLURAL.match(names[0][1].casefold()) else []
            names = members or names
            item = Item(names=names, start=ls, end=le, formal=bool(executors),
                        headed=class_head or (kind != "none" and not executors and not below))
            rest = text[tail:le].strip(" :.-–*_\t")
            if rest and not RELATED_AFTER.fullmatch(rest):     # ("… khác có liên quan": no task)
                for s, e in _sentences(text, tail, le):
                    if CLOSING.match(text[s:e]) or CLOSING_REQUEST.match(text, s, min(le + 4, len(text))) \
                            or NOTICE_CLOSING.match(text[s:e]):
                        break           # the closing formula run into the item's line
                    # a later sentence of the heading line that opens with bodies is their item:
                    # "2. Đề nghị A, B phối hợp …. Thanh tra tỉnh, Công an tỉnh … tham mưu …"
                    more, more_tail = _names(text, s, e) if item.tasks and not _partners_go_on(
                        text, *item.tasks[-1]) else ([], s)
                    if more:
                        items.append(item)
                        item = Item(names=more, start=s, end=e)
                        if text[more_tail:e].strip(" :.-–*_\t"):
                            item.tasks.extend(_sentences(text, more_tail, e))
                    else:
                        item.tasks.append((s, e))
            items.append(item)
        elif items and kind != "none" and _mark_shape(mark.group(0)) == _mark_shape(
                # (the mark of the line the item opens in: a body named after a semicolon
                # opens its item mid-line, "2. Thủ trưởng …; Chủ tịch Ủy ban nhân dân …")
                text[text.rfind("\n", 0, items[-1].start) + 1:items[-1].end]):
            # a sibling item that names no body ("2.12. Các Sở, ban, ngành khác", "3. Trong quá
            # trình thực hiện, nếu có vướng mắc …") ends the item before: its lines are no
            # duty of that body; a later sentence of it may still open with a body and its duty
            # ("5. Khẩn trương khôi phục sản xuất. Bộ Nông nghiệp và Môi trường chủ động …")
            items.append(Item(names=[], start=ls, end=le))
            items.extend(_acting_sentences(text, rest_at, le))
        elif kind == "none" and NOTICE_CLOSING.match(line) and (notified := _names(text, rest_at, le))[0]:
            # "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh … biết, thực hiện./."
            items.append(replace(_duty_item(text, notified[0], ls, notified[1], le), formal=True))
        else:
            later = _sentence_items(text, rest_at, le) if kind == "none" else []
            if items:
                items[-1].tasks.extend(_sentences(text, ls, later[0].start if later else le))
            items.extend(later)
    return _headed_by_title(text, items, titles)


ARTICLE_MARK = re.compile(r"[\s*#_]*Điều\s+\d+")


def _headed_by_title(text: str, items: list[Item], titles: list[Item]) -> list[Item]:
    """Drop from an article's title the bodies its own clauses name (they get those clauses'
    tasks), and the title's item when it names no other."""
    for title in titles:
        at = items.index(title)
        end = next((i for i in range(at + 1, len(items)) if ARTICLE_MARK.match(text, items[i].start)), len(items))
        named = {_body_key(n) for item in items[at + 1:end] for _, n in item.names}
        title.names = [(raw, n) for raw, n in title.names if _body_key(n) not in named]
    return [item for item in items if item.names or not any(item is t for t in titles)]


def _open_list(text: str, names, tail: int, le: int, hi: int):
    """The names, where the rest begins and the line's end, with the next line's opening
    bodies added when it has no mark of its own."""
    ns = le + 1
    ne = text.find("\n", ns, hi)
    ne = hi if ne < 0 else ne
    if ns >= hi or ITEM_MARK.match(text[ns:ne]).lastgroup:
        return names, tail, le
    more, more_tail = _names(text, ns, ne)
    return (names + more, more_tail, ne) if more else (names, tail, le)


def _class_heading_alone(items: list[Item], kind: str) -> bool:
    """The last item is a plural class named alone on its line, no task yet, and this
    line is a point below it ("2. Các phòng thuộc Sở" > "a) …"): points that name a
    body alone on their line head its members."""
    if kind not in ("letter", "dash") or not items or items[-1].tasks or len(items[-1].names) != 1 or items[-1].formal:
        return False
    return bool(PLURAL.match(items[-1].names[0][1].casefold()))


def _under_unnamed_head(heads: dict[int, bool], kind: str) -> bool:
    """No list line above this one's level names a body (the line is no point of a
    body's own item: "2.3. Công an tỉnh" > "b) Chủ trì, phối hợp" > "- Sở Tài chính …")."""
    above = [r for r in heads if r > LIST_RANK[kind]]
    return kind != "none" and bool(above) and not any(heads[r] for r in above)


def _members(text: str, le: int, hi: int, ls: int | None = None) -> list[tuple[str, str]]:
    """The bodies a class heading lists under it: "2. Các sở quản lý nhà nước chuyên ngành"
    / "Giao các sở … gồm:" / "- Sở Công Thương (đối với …);" / "- Sở Xây dựng (…);". The
    list must open on the heading's line (a copy runs them together) or within the next
    lines, and name a body on each of its dash lines."""
    lines = _lines(text, le, hi)                # read lazily: most classes list no members
    head = list(islice(lines, MEMBERS_OPENER_LINES))
    on_heading = ls is not None and MEMBERS_OPENER.search(text, ls, le)
    opener = -1 if on_heading else \
        next((i for i, (s, e) in enumerate(head) if MEMBERS_OPENER.search(text, s, e)), None)
    if opener is None:
        return []
    names: list[tuple[str, str]] = []
    for s, e in chain(head[opener + 1:], lines):
        mark = ITEM_MARK.match(text[s:e])
        if mark.lastgroup != "dash":
            break
        found, _ = _names(text, s + mark.end(), e)
        if not found:
            return []
        names += found
    return names if len(names) >= BODY_LIST_MIN else []


def _restates_article(text: str, last: Item, names: list[tuple[str, str]], mark) -> bool:
    """A clause (not an article) whose bodies are those the article before it is titled by."""
    return (_mark_shape(text[last.start:last.end]) == "Điều" and _mark_shape(mark.group(0)) != "Điều"
            and bool(last.names) and _among(names, last.names))


# A request that opens a clause: whom it names the clause's body asks.
REQUEST_LEAD = re.compile(r"[\s*_]*(?:[Yy]êu cầu|[Đđ]ề nghị)\s")


def _asked_by_article(text: str, last: Item, at: int, mark) -> bool:
    """A clause of an article titled by a body that asks another ("Điều 21. Trách nhiệm của
    Sở Công Thương" > "5. Yêu cầu chủ đầu tư hạ tầng cụm công nghiệp bố trí …"): a task of
    the article's body, no duty the document gives the one asked."""
    return (_mark_shape(text[last.start:last.end]) == "Điều" and _mark_shape(mark.group(0)) != "Điều"
            and bool(last.names) and bool(REQUEST_LEAD.match(text, at)))


def _mark_shape(line: str) -> str:
    """The shape of a line's list mark: "Điều", "1.", "1.1.", "a)", "-" (a sibling of an
    item has its shape; "1. Chủ trì …" under "Điều 2. Sở … chịu trách nhiệm:" does not)."""
    mark = ITEM_MARK.match(line)
    token = mark.group(0).strip(" *#_\t") if mark else ""
    if token.startswith("Điều"):
        return "Điều"
    return re.sub(r"\d+", "9", re.sub(r"[a-zđ]", "a", token))


def _duties_before_clause(text: str, lo: int, hi: int) -> list[Item]:
    """Sentences before the executing clause in ``text[lo:hi]`` that open with a body and its
    duty, one item each."""
    clause = EXECUTES.search(text, lo, hi)
    if clause is None:
        return []
    items = []
    for s, e in _sentences(text, lo, hi):
        if e >= clause.start():
            break                           # (the clause's own sentence: its subjects are read)
        names, tail = _names(text, s, e)
        if names and ACTS.match(text, tail, e):
            items.append(_duty_item(text, names, s, tail, e))
    return items


def _sentence_items(text: str, lo: int, hi: int) -> list[Item]:
    """Items of a paragraph whose later sentences open with bodies and their duties ("Thông
    tư này có hiệu lực …. Tổng cục Cảnh sát chỉ đạo, kiểm tra …. Cục Cảnh sát giao thông
    hướng dẫn …"): one item per such sentence, the sentences after it its tasks."""
    items: list[Item] = []
    for s, e in _sentences(text, lo, hi)[1:]:
        names, tail = _names(text, s, e)
        if names and text[tail:e].strip(" :.-–*_\t"):
            items.append(Item(names=names, start=s, end=e, tasks=[(s, e)]))
        elif items:
            items[-1].tasks.append((s, e))
    return items


def _duty_item(text: str, names: list[tuple[str, str]], start: int, tail: int, end: int) -> Item:
    """A sentence giving the ``names`` a duty: the whole sentence is its task (what a
    reviewer reads), the words after the names give its role ("Đề nghị Ủy ban Kiểm tra
    Tỉnh ủy … phối hợp kiểm tra" assists)."""
    return Item(names=names, start=start, end=end, tasks=[(start, end)], names_end=tail)


def _acting_sentences(text: str, lo: int, hi: int) -> list[Item]:
    """Later sentences of a line that open with a body and its duty (see ACTS)."""
    items = []
    for s, e in _sentences(text, lo, hi)[1:]:
        names, tail = _names(text, s, e)
        if names and ACTS.match(text, tail, e):
            items.append(_duty_item(text, names, s, tail, e))
    return items


# A clause that ends on the partners it names: "Chủ trì phối hợp với các Sở, ngành tỉnh;".
PARTNERS_AT_END = re.compile(r"\b(?:phối hợp|cùng)\s+với\s+(?:(?!\b(?:và|để)\b)[^.;:])*?[;,]?\s*$", re.I)


def _partners_go_on(text: str, start: int, end: int) -> bool:
    """The clause ``text[start:end]`` ends on a list of partners that a semicolon leaves
    open: the body after it is one more partner ("Chủ trì phối hợp với các Sở, ngành tỉnh;
    UBND cấp huyện tổ chức triển khai …" gives the chair the task), not a subject."""
    m = PARTNERS_AT_END.search(text, start, end)
    if not m:
        return False
    piece = text[text.index("với", m.start()) + 3:end].strip()
    piece = piece[:1].upper() + piece[1:]           # (a plural class opens the list: "các Sở, …")
    names, tail = _names(piece, 0, len(piece))
    return bool(names) and not piece[tail:].strip(" ;,")


def _lines(text: str, lo: int, hi: int):
    pos = lo
    while pos < hi:
        end = text.find("\n", pos, hi)
        end = hi if end < 0 else end
        if text[pos:end].strip():
            yield pos, end
        pos = end + 1


def _sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Sentences (task statements) within one line."""
    out = []
    pos = lo
    while pos < hi:
        while pos < hi and text[pos] in " \t*_":
            pos += 1
        if pos >= hi:
            break
        s, e = sentence_bounds(text, pos)
        s, e = max(s, lo), min(e, hi)
        if re.search(r"\p{L}", text[s:e]):
            out.append((s, e))
        pos = max(e, pos) + 1
    return out


# -- names -------------------------------------------------------------------

def _names(text: str, start: int, end: int, item: bool = False) -> tuple[list[tuple[str, str]], int]:
    """Bodies named at ``text[start:]`` and where the rest of the line begins. An
    ``item`` of a duties part may name them after an opening circumstance. A body that
    asks others to act names them: "Bộ Xây dựng yêu cầu Thủ trưởng các cơ quan …" gives
    the duty to those it asks (here a catch-all: none)."""
    names, tail = _named_at(text, start, end, item)
    beyond = RELATED_THEN_BODY.match(text, tail, end)
    if beyond and (beyond.group(1) or text[max(start, tail - 9):tail].endswith("liên quan")) \
            and BODY_HEAD.match(text, beyond.end(), end):
        # a catch-all closed by "liên quan", then a body: "các Sở, ban, ngành, đoàn thể có liên
        # quan và Ủy ban nhân dân các huyện, thị xã, thành phố xây dựng …" gives the committees
        more, tail = _named_at(text, beyond.end(), end, item)
        names = names + more
    also = ALSO_ASKED.match(text, tail, end) if names else None
    if also:
        # "giao giám đốc các sở; … và đề nghị Giám đốc Ngân hàng …": given a duty and asked, both
        more, tail = _named_at(text, also.end(), end)
        names = [(TRAILING_AND.sub("", raw), TRAILING_AND.sub("", name)) for raw, name in names]
        return names + more, tail
    asks = ASKS_OTHERS.match(text, tail, end) if names else None
    return _named_at(text, asks.end(), end) if asks else (names, tail)


# A short form in brackets inside a name, before the rest of it: "(BHXH) tỉnh", "(Sở VHTTDL),".
SHORT_FORM = re.compile(r"\s\(\p{Lu}[\p{Lu}\d&\-]{1,11}\)(?=\s+\p{Ll})")


# A head's title before a colon and the bodies it heads: "Giám đốc: Sở …, Sở …".
TITLE_THEN_COLON = re.compile(r"^(?:Phó\s+)?(?:Giám đốc|Thủ trưởng|Chủ tịch)\s*:\s*")


# A heading that lists kinds down to individuals names persons at large, no body.
PERSONS_AT_LARGE = re.compile(r"^[^:;]*,\s*cá nhân$")


def _named_at(text: str, start: int, end: int, item: bool = False) -> tuple[list[tuple[str, str]], int]:
    head = text[start:end].replace("*", " ").replace("_", " ")
    # (a name's short form in brackets is no end of it: "Bảo hiểm xã hội (BHXH) tỉnh")
    head = SHORT_FORM.sub(lambda m: " " * len(m.group(0)), head)
    if head.startswith("các ") or LOWER_HEAD_TITLE.match(head):
        # the asked, after "yêu cầu" or "giao": "… các Sở, ngành tổ chức …", "… giám đốc các sở; …"
        head = head[0].upper() + head[1:]
    lead = LEAD_IN.match(head)
    offset = lead.start("rest") if lead else (_after_circumstance(head) if item else 0)
    if offset:
        head = head[offset:]
        head = head[0].upper() + head[1:]
    colon = TITLE_THEN_COLON.match(head)
    if colon and BODY_HEAD.match(head, colon.end()):
        # "Giao Giám đốc: Sở Văn hóa, …, Sở Thông tin và Truyền thông phối hợp …": the heads
        # of the bodies listed after the colon
        offset += colon.end()
        head = head[colon.end():]
    titled = HEAD_TITLE.match(head)
    if titled and LISTED_KIND.match(head[titled.end():][:1].upper() + head[titled.end() + 1:]):
        # "Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo …": the heads of the Bộ listed
        offset += titled.end()
        head = head[titled.end():]
        head = head[0].upper() + head[1:]
    tiered = LISTED_TIER.match(head)
    if tiered and (places := _places(head[tiered.end():])):
        # "UBND các xã: Hải Tiến, Giao Minh, …, Kim Đông" heads an item of each commune
        names = [(f"{tiered['head']} {tiered['tier']} {p}", normalise(f"Ủy ban nhân dân {tiered['tier']} {p}"))
                 for p, _ in places]
        return names, start + offset + tiered.end() + places[-1][1]
    # "Các sở, ngành: Tài chính, Nội vụ, Giáo dục và Đào tạo" heads an item of three Sở
    names, cut = _kind_listed(head)
    if names:
        return names, start + offset + cut
    if not BODY_HEAD.match(head) or NOT_A_BODY.match(head):
        return [], start
    if ":" in head and PERSONS_AT_LARGE.match(head.split(":", 1)[0].strip()):
        return [], start        # "Doanh nghiệp, cộng đồng, tổ chức, cá nhân: …": persons at large
    cut = len(head)
    # (a duty in capitals may follow the head word itself, "Tỉnh đoàn Chỉ đạo …"; the
    # words that make one a name, "Ban Chỉ đạo", are guarded in the pattern)
    # (the first of them: "Sở Nông nghiệp và Môi trường - Lồng ghép …, Phối hợp …")
    found = [m for m in (CAPITAL_DUTY.search(head, BODY_HEAD.match(head).end()),
                         _task_after_tier(head), _task_after_dash(head)) if m]
    duty = min(found, key=lambda m: m.start()) if found else None
    max_words = MAX_NAME_WORDS
    if duty and not re.search(r"[.;:(]|\s[a-zđ]\)(?:\s|$)", head[:duty.start()]):
        # a heading run into its tasks ("1. Cơ quan chuyên môn … thực hiện công tác quản lý
        # nhà nước về xây dựng - Chủ trì, phối hợp …"): the whole heading is the name
        cut, max_words = duty.start(), LONG_NAME_WORDS
        # (its role in apposition before the task is no part of it: "Sở Tài chính - Cơ quan
        # thường trực Ban Chỉ đạo - Tuyên truyền …")
        role = ROLE_APPOSITION.search(head, 0, cut)
        cut = role.start() if role else cut
    else:
        stop = NAME_STOP.search(head, _after_first_word(head))
        cut = stop.start() if stop else cut
        # a heading that ends its name with a colon keeps what it lists before it ("Các
        # cơ quan thông tin, truyền thông của tỉnh: …"), and so does a heading that is
        # nothing but names ("7. Trung tâm Xúc tiến đầu tư, thương mại và du lịch");
        # elsewhere a comma then a lower-case word may start the duties
        ends = NAME_COMMA_END if stop and head[cut] != ":" else PLURAL_AFTER_COMMA if stop is None else None
        comma = ends.search(head, _after_first_word(head)) if ends and not PARTY_COMMITTEE.match(head) else None
        cut = min(cut, comma.start() if comma else cut)
        # (a duty in capitals after names listed with their marks still ends the last
        # name: "4. Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Cần
        # Thơ Chỉ đạo các cơ quan …", a heading a wrapped copy ran into its tasks)
        cut = min(cut, duty.start() if duty else cut)
        if stop is None and cut == len(head):
            max_words = LONG_NAME_WORDS     # a heading that is nothing but a name, however long
    # each ";"-separated piece is trimmed apart: a catch-all tail ends its own piece,
    # not the bodies after it ("…, các đơn vị trực thuộc; Chủ tịch Ủy ban nhân dân các xã")
    phrase = "; ".join(t for t in (_trim(p) for p in head[:cut].split(";")) if t)
    parts = _split(phrase)
    if parts and RELATED_AFTER.match(head, cut) and re.match(r"(?i)(?:" + BARE_TITLE.pattern + r"\s+)?các\s", parts[-1]) \
            and head[:cut].rstrip(" ,").endswith(parts[-1]):
        parts = parts[:-1]                  # "(Thủ trưởng) các sở, ban, ngành, địa phương có liên quan": a catch-all
    listed = _bracketed_bodies(head, cut) if len(parts) == 1 and CLASS_HEAD.match(parts[0].casefold()) else []
    if listed:
        # a class defined by the bodies in brackets after it: "Các cơ quan đăng ký đầu tư
        # (Sở Tài chính, Ban quản lý Khu kinh tế …)" names those bodies
        return listed, start + offset + head.find(")", head.find("(", cut)) + 1
    names = []
    # "UBND các huyện; các sở: Xây dựng, Công Thương …": the Sở after the ";" too
    kind_listed, cut = _kind_listed_next(head, cut)
    if not kind_listed and (shared := _kind_listed_last(head, cut)):
        # … and after a comma: "Công an Thành phố, các Sở: Tài chính, Tư pháp, UBND các
        # quận … căn cứ chức năng …" (the plural kind is no body of its own)
        kind_listed, cut = shared
        parts = parts[:-1]
    for part in parts:
        if _not_a_name(part):
            continue                        # a catch-all or persons, not a body
        if kinds := KINDS_NAMED.match(part):
            # "các sở GĐ&ĐT, LĐ-TB&XH, Y tế": a Sở each
            shared = _share_kind(part[kinds.end():], kinds["noun"].capitalize())
            names += [(p, normalise(p)) for p in _split(shared) if BODY_HEAD.match(p) and not _not_a_name(p)]
            continue
        raw = " ".join(_capped(part, max_words).split())
        names.append((raw, normalise(raw)))
    return names + kind_listed, start + offset + cut


# The plural kind before the bare names it shares, with no colon: "các sở GĐ&ĐT, LĐ-TB&XH, Y tế".
KINDS_NAMED = re.compile(r"^[Cc]ác\s+(?P<noun>[Ss]ở|[Bb]ộ)\s+(?=\p{Lu}[^;,]*,\s*\p{Lu})")


def _kind_listed(head: str) -> tuple[list[tuple[str, str]], int]:
    """The Sở (or Bộ) a head lists by their bare names after its plural kind and a colon
    ("Các sở, ngành: Tài chính, Nội vụ …"), each with a name of its own, and where the list
    ends; ([], 0) for any other head."""
    listed = LISTED_KIND.match(head)
    if not listed:
        return [], 0
    rest = head[listed.end():]
    stop = NAME_STOP.search(rest)
    end = stop.start() if stop else len(rest)
    piece = _share_kind(_trim(rest[:end]).strip(".;"), listed["noun"].capitalize())
    names = [(p, normalise(p)) for p in _split(piece) if BODY_HEAD.match(p) and not _not_a_name(p)]
    return (names, listed.end() + end) if names else ([], 0)


# The plural kind that closes a list of bodies before a colon: "Công an Thành phố, các Sở".
LAST_KIND = re.compile(r",\s*(?=các\s+(?:[Ss]ở|[Bb]ộ)(?:\s*,\s*(?:[Bb]an|[Nn]gành)){0,2}\s*$)")


def _kind_listed_last(head: str, cut: int) -> tuple[list[tuple[str, str]], int] | None:
    """The Sở (or Bộ) listed after a plural kind that ends a list of bodies at its colon
    ("…, các Sở: Tài chính, Tư pháp") and where the list ends; None for any other heading."""
    if head[cut:cut + 1] != ":" or not (last := LAST_KIND.search(head, 0, cut)):
        return None
    tail = head[last.end():]
    names, end = _kind_listed(tail[:1].upper() + tail[1:])
    return (names, last.end() + end) if names else None


def _kind_listed_next(head: str, cut: int) -> tuple[list[tuple[str, str]], int]:
    """The same list after a heading's ";" ("UBND các huyện; các sở: Xây dựng, Giao thông
    vận tải, Công Thương theo phạm vi …") and where it ends; ([], cut) for any other heading."""
    if head[cut:cut + 1] != ";":
        return [], cut
    tail = head[cut + 1:].lstrip()
    names, end = _kind_listed(tail[:1].upper() + tail[1:])
    return (names, len(head) - len(tail) + end) if names else ([], cut)


def _places(rest: str) -> list[tuple[str, int]]:
    """The places a tier lists after its colon ("Hải Tiến, Giao Minh và Kim Đông"), each
    with where it ends; none unless two or more proper names make the whole list."""
    stop = PLACE_LIST_STOP.search(rest)
    piece = rest[:stop.start() if stop else len(rest)]
    out = [(m.group(0), m.end()) for m in PLACE.finditer(piece)]
    between = PLACE.sub("", piece)
    return out if len(out) >= 2 and not re.sub(r"[\s,]|\bvà\b", "", between) else []


def _bracketed_bodies(head: str, cut: int) -> list[tuple[str, str]]:
    """Bodies listed in the brackets that open at ``head[cut]`` ("(Sở Tài chính, Ban …)",
    "(gồm các Sở: Xây dựng, Công Thương)"), or none."""
    opening = head.find("(", cut)
    close = head.find(")", opening)
    if opening < 0 or close < 0:
        return []
    if opening > cut:
        # the class's description may run on to its brackets ("Các cơ quan tham mưu quản
        # lý ngành, lĩnh vực (gồm các Sở: Xây dựng, …)") when they say they list members
        between = head[cut:opening]
        if len(between) > BRACKET_REACH or re.search(r"[.;:]", between) \
                or not BRACKET_LEAD.match(head, opening + 1, close):
            return []
    inner = BRACKET_LEAD.sub("", head[opening + 1:close]).strip()
    if not inner:
        return []
    inner = inner[0].upper() + inner[1:]
    names, _ = _names(inner, 0, len(inner))
    return names


# An item titled for the duties it gives, run into its first sentence by a copy: "3. Tổ chức
# thực hiện Thủ trưởng các sở, ban, ngành …; Chủ tịch Ủy ban nhân dân các xã …".
RUN_IN_DUTIES_TITLE = re.compile(r"(?:Tổ chức thực hiện|Tổ chức triển khai|Phân công (?:nhiệm vụ|thực hiện|trách nhiệm)|"
                                 r"Trách nhiệm thực hiện)\s+(?=(?:" + BODY_HEAD.pattern + r")\s)")


def _after_circumstance(head: str) -> int:
    """Where the bodies start after an opening circumstance: "Căn cứ nội dung Kế hoạch và
    tình hình thực tiễn, các sở, ngành … có trách nhiệm …" (0 when none opens the line,
    or no body follows any of its commas)."""
    run_in = RUN_IN_DUTIES_TITLE.match(head)
    if run_in:
        return run_in.end()     # a copy ran the item's title into its first sentence
    opening = CIRCUMSTANCE.match(head)
    if not opening or (opening["time"] and not TIME_CLOSED.match(head, opening.end())):
        return 0
    for comma in re.finditer(r",\s*", head[:CIRCUMSTANCE_CHARS]):
        if PARTNERS_BEFORE.search(head, 0, comma.start()):
            return 0            # the duty has begun: "Hằng năm, phối hợp với Sở …, Trung tâm …"
        rest = head[comma.end():]
        # (not the circumstance's own catch-all: "Trên cơ sở đề nghị của các Bộ, cơ quan liên
        # quan, Bộ Tài chính khẩn trương …")
        if rest and BODY_HEAD.match(rest[0].upper() + rest[1:]) and not NOT_A_BODY.match(rest) \
                and not RELATED_TAIL.search(rest.split(",", 1)[0]):
            return comma.end()
    return 0


def _executors(text: str, start: int, end: int) -> tuple[list[tuple[str, str]], int] | None:
    """Bodies listed before "có trách nhiệm thi hành": pieces split at ";", a generic
    lead-in before ":" dropped ("Giám đốc các sở, ngành, đơn vị, địa phương: A, B")."""
    m = EXECUTES.search(text, start, end)
    line_start = text.rfind("\n", 0, start) + 1
    if m:
        stop = m.start()
    elif CUT_EXECUTION_ARTICLE.match(text, line_start) and not text[end:].strip():
        stop = len(text.rstrip())           # cut off before its verb, or inside it
        verb = CUT_VERB.search(text, start, stop)
        stop = verb.start() if verb else stop
    else:
        return None
    names = []
    clause = text[_clause_start(text, start):stop]
    stops = list(SENTENCE_STOP.finditer(clause))    # "Quyết định này có hiệu lực …. Chánh Văn phòng …"
    # (not a stray stop inside the list itself: "…, Cục trưởng Cục Thi hành án dân sự tỉnh. Chỉ huy
    # trưởng BCH Quân sự tỉnh; …": what it closes is bodies alone, no sentence)
    while stops and _names_alone(clause[stops[-2].end() if len(stops) > 1 else 0:stops[-1].start()]):
        stray = stops.pop()
        clause = clause[:stray.start()] + ";" + clause[stray.start() + 1:]
    clause = clause[stops[-1].end():] if stops else clause
    # (an article's mark may open the clause, its point lost in a copy: "Điều 3 Các ông, bà …")
    clause = BARE_ARTICLE_MARK.sub("", clause, count=1) if BARE_ARTICLE_MARK.match(clause) else clause
    clause = ADDRESSED_PERSONS.sub("", ASSIGNED_CLAUSE.sub("", RUN_IN_ARTICLE_TITLE.sub("", clause)))
    kind = ""                               # the kind a lead-in shares out, while its list lasts
    for piece in clause.split(";"):
        if (tiered := TIER_LISTED_IN_CLAUSE.search(piece)) is not None:
            # "…, Chủ tịch UBND các huyện: Chợ Đồn, Bạch Thông, Chi cục trưởng …": the committee
            # of each place, then the clause goes on
            places, rest = _places_then_rest(piece[tiered.end():])
            if places:
                names += _piece_names(piece[:tiered.start()].rstrip(" ,"))
                # (a place of another tier says its own: "…, Duy Xuyên, thành phố Tam Kỳ")
                placed = [p if TIERED_PLACE.match(p) else f"{tiered['tier']} {p}" for p in places]
                names += [(f"{tiered['head']} {p}", normalise(f"Ủy ban nhân dân {p}")) for p in placed]
                piece, kind = rest, ""
        if ":" in piece:
            lead, piece = piece.rsplit(":", 1)
            shared = SHARED_NOUN.search(lead)
            kind = shared["noun"].capitalize() if shared else ""
            if kind:
                # "Giám đốc các Sở: Tài chính, Giao thông vận tải" -> Sở Tài chính, Sở Giao thông vận tải
                piece = _share_kind(piece, kind)
            before = _before_lead_in(lead)
            piece = f"{before}, {piece}" if before else piece
        elif kind and not BODY_HEAD.match(piece.strip()):
            # the list may go on past a semicolon: "Giám đốc các Sở: Văn hóa, Thể thao và
            # Du lịch; Nội vụ; Tài chính; Chủ tịch …" -> Sở Nội vụ, Sở Tài chính
            piece = _share_kind(piece.strip(), kind)
        else:
            kind = ""
            kinds = KIND_LIST.search(piece)
            if kinds:
                # "Giám đốc các Sở Y tế, Công Thương, Nông nghiệp và Môi trường" -> three Sở
                piece = piece[:kinds.start()] + _share_kind(piece[kinds.end():], kinds["noun"])
        names += _piece_names(piece)
    return (names, stop) if names else None


def _names_alone(piece: str) -> bool:
    """A run of the clause between two stops that is only bodies and their heads' titles
    (a head's title first, commas and semicolons between, no verb of a sentence)."""
    piece = piece.strip()
    opens = HEAD_TITLE.match(piece) or CHIEF_OF_OFFICE.match(piece[:1] + piece[1:].replace("văn phòng", "Văn phòng", 1))
    return bool(piece) and bool(opens) and not CLAUSE_VERB.search(piece)


# The verbs no list of a clause's subjects holds.
CLAUSE_VERB = re.compile(r"\b(?:có hiệu lực|thay thế|bãi bỏ|ban hành|chịu trách nhiệm|có trách nhiệm|căn cứ|"
                         r"thi hành|thực hiện|hướng dẫn|kiểm tra|theo dõi|báo cáo)\b")


# Whom a clause addresses before naming them: "Các ông, bà: Chánh Văn phòng …", "Các Ông (Bà): …".
# (with or without its colon: "Các ông (bà) Chánh Văn phòng …", "Các ông Chánh Văn phòng …")
# (the title after it may be in lower case: "Các ông (bà) chánh Văn phòng …")
ADDRESSED_PERSONS = re.compile(r"^\s*(?:[Cc]ác\s+)?[ÔôOo]ng(?:\s*(?:,|/|\(|\s+và)?\s*[Bb]à\)?)?\s*:?\s*"
                               r"(?=\p{Lu}|(?:chánh|giám đốc|chủ tịch|thủ trưởng)\s)")
# A tier's committees listed by place after a colon inside the clause ("Chủ tịch UBND các
# huyện: Chợ Đồn, Bạch Thông, …").
TIER_LISTED_IN_CLAUSE = re.compile(r"(?:\b(?:Chủ tịch|Thủ trưởng)\s+)?(?P<head>Ủy ban nhân dân|Uỷ ban nhân dân|UBND)"
                                   r"\s+các\s+(?P<tier>xã|phường|huyện|quận|thị xã)\s*:\s*")


def _places_then_rest(rest: str) -> tuple[list[str], str]:
    """The place names a tier lists (comma-pieces that are proper names, not a body's or a
    title's head: "Chợ Đồn, Bạch Thông và Ba Bể, Chi cục trưởng …"), and what follows them;
    none unless two or more."""
    pieces = [p.strip() for p in rest.split(",")]
    places, after = [], []
    for i, piece in enumerate(pieces):
        first, _, more = piece.partition(" và ")
        if not _a_place(first):
            after = pieces[i:]
            break
        places.append(first)
        if more:                            # ("… Ba Bể và Chợ Mới" ends the list)
            places += [more] if _a_place(more) else []
            after = ([] if _a_place(more) else [more]) + pieces[i + 1:]
            break
    return (places, ", ".join(after)) if len(places) >= 2 else ([], rest)


def _a_place(name: str) -> bool:
    if (tiered := TIERED_PLACE.match(name)) is not None:
        name = name[tiered.end():]
    return bool(PLACE.fullmatch(name)) and not BODY_HEAD.match(name) and not BARE_TITLE.match(name)


# A place in a tier's list that names its own tier: "thành phố Tam Kỳ", "thị xã Cửa Lò".
TIERED_PLACE = re.compile(r"(?:thành phố|thị xã|huyện|quận|thị trấn|xã|phường)\s+(?=\p{Lu})")


# An executing clause opened by the verb that assigns it: "Giao Giám đốc Sở NN&PTNT, Sở Tài
# chính; … chịu trách nhiệm thi hành Quyết định này".
ASSIGNED_CLAUSE = re.compile(r"^\s*[Gg]iao\s+(?=\p{Lu})")


def _quoted(clause: str) -> bool:
    """The clause runs inside a quotation left open before it: the new wording an amendment
    quotes ("1. Sửa đổi Điều 3 như sau: "Điều 3. Chánh Văn phòng … chịu trách nhiệm thi
    hành"") names the amended text's executors, not the document's."""
    return clause.count("“") > clause.count("”") or clause.count('"') % 2 == 1


# An article the quoted new wording opens: "\"Điều 17. Trình tự …", "“Điều 6. Tổ chức thực hiện:".
QUOTED_ARTICLE = re.compile(r"(?m)^[\s*_]*[\"“][\s*_]*Điều\s+\d+[^\n]*")


def _quoted_rules(text: str, start: int, pos: int) -> bool:
    """``pos`` lies in the rules an amendment quotes ("1. Sửa đổi Điều 17 như sau: "Điều 17.
    …"), which are not duties this decision gives; the duties part it quotes ("Điều 6. Tổ
    chức thực hiện") is."""
    if not _quoted(text[start:pos]):
        return False
    opened = None
    for opened in QUOTED_ARTICLE.finditer(text, start, pos):
        pass
    return opened is None or not IMPLEMENTATION_HEADING.match(opened.group(0).lstrip(" *_\"“"))


def _quoted_execution(text: str, start: int, end: int) -> bool:
    """An executing clause between ``start`` and ``end`` that another text's quotation holds."""
    m = EXECUTES.search(text, start, end)
    return bool(m) and _quoted(text[_clause_start(text, start):m.start()])


def _piece_names(piece: str) -> list[tuple[str, str]]:
    """The bodies of one piece of a list split at semicolons. A piece is a list item
    whatever its case ("…; cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố; ban ngành
    thành phố và Chủ tịch …"), but a lower-case catch-all names none ("…; cơ quan, tổ chức
    và cá nhân có liên quan")."""
    piece = PLURAL_BEFORE_TITLE.sub(r"\1 các ", " ".join(piece.replace("*", " ").split()))
    piece = PLURAL_BEFORE_CHAIRMEN.sub("", piece)
    # (the committee's members are persons: "Thành viên Ủy ban nhân dân tỉnh, thủ trưởng …")
    piece = ISSUERS_MEMBERS.sub("", GLUED_BRACKET.sub(" (", piece))
    # (and what a class's bracket says of it is no body of the list: "các cơ quan cấp tỉnh
    # (Đảng, chính quyền, UBMT Tổ quốc và các đoàn thể)")
    piece = CLASS_GLOSS.sub("", piece)
    # (a body named with a duty of its own before the clause's verb: "Chánh Văn phòng … chịu
    # trách nhiệm đôn đốc, kiểm tra …; Thủ trưởng … chịu trách nhiệm thi hành")
    own_duty = OWN_DUTY_IN_CLAUSE.search(piece)
    piece = piece[:own_duty.start()] if own_duty else piece
    if piece.islower() and RELATED_TAIL.search(piece) and not CATCH_ALL.search(piece):
        return []
    if RELATED_KINDS.match(piece):
        return []       # "Thủ trưởng các doanh nghiệp, cơ quan và cá nhân có liên quan": one catch-all
    piece = _trim(_without_lowercase_runs(piece[:1].upper() + piece[1:]))
    if not BODY_HEAD.match(piece) or NOT_A_BODY.match(piece):
        return []
    # (a piece ends at its list's marks, so a long name is whole: "Các đơn vị, cơ quan là thành
    # viên Ban Chỉ đạo đổi mới giáo dục phổ thông và phổ cập giáo dục cấp tỉnh")
    raws = [_capped(one, LONG_NAME_WORDS) for whole in _split(piece) for part in _central_apart(whole)
            if not _not_a_name(part) for one in _both_places(part)]
    return [(raw, normalise(raw)) for raw in raws]


# The central agencies in the province, listed after the province's own departments: a class
# of their own ("Thủ trưởng các sở, ban, ngành, cơ quan ngành dọc Trung ương đóng trên địa bàn
# tỉnh" heads the departments and the central agencies).
CENTRAL_CLASS = re.compile(r",\s*(?:các\s+)?(?=cơ quan (?:ngành dọc\s+)?(?:Trung ương|trung ương|TW)\b)")


def _central_apart(part: str) -> list[str]:
    m = CENTRAL_CLASS.search(part)
    if m is None or not part[:m.start()].strip():
        return [part]
    rest = part[m.end():]
    return [part[:m.start()], rest[:1].upper() + rest[1:]]


# One kind of committee for two places: "UBND huyện Long Mỹ và TP Vị Thanh".
PLACE_OF_TIER = r"(?:huyện|quận|thị\s+xã|thành\s+phố|TP\.?)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}"
TWO_PLACES = re.compile(r"^(?P<head>(?:(?:Chủ tịch|Thủ trưởng)\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân))\s+"
                        r"(?P<a>" + PLACE_OF_TIER + r")\s+và\s+(?P<b>" + PLACE_OF_TIER + r")$")
def _both_places(part: str) -> list[str]:
    """"Chủ tịch UBND huyện Long Mỹ và TP Vị Thanh": the committees of both places."""
    pair = TWO_PLACES.match(part.strip())
    return [f"{pair['head']} {pair['a']}", f"{pair['head']} {pair['b']}"] if pair else [part]


# What a clause's body is charged with before the clause's own verb: "Chánh Văn phòng …
# chịu trách nhiệm đôn đốc, kiểm tra …; Thủ trưởng … chịu trách nhiệm thi hành".
OWN_DUTY_IN_CLAUSE = re.compile(r"(?<=\p{L})\s+(?:chịu|có)\s+trách\s+nhiệm\s+(?!thi\s+hành)(?=\p{Ll})")
# The issuing committee's own members at a clause's head: persons, not a body ("Thành viên
# Ủy ban nhân dân tỉnh, …", "Phó Chủ tịch UBND tỉnh, Chánh Văn phòng UBND tỉnh, …").
ISSUERS_MEMBERS = re.compile(r"^(?:(?:[Cc]ác\s+)?[Tt]hành viên|(?:[Cc]ác\s+)?(?:Phó\s+)?[Cc]hủ tịch)\s+"
                             r"(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)(?:\s+(?:tỉnh|thành phố))?\s*(?:,|và)\s*")
# Kinds of bodies listed under one head's title and one "có liên quan": a catch-all as a whole.
_ANY_KIND = r"(?:doanh nghiệp|cơ quan|đơn vị|tổ chức|cá nhân|địa phương)"
RELATED_KINDS = re.compile(r"^\s*(?:(?:Thủ trưởng|Giám đốc|Lãnh đạo|Người đứng đầu)\s+)?(?:các|những)\s+" + _ANY_KIND
                           + r"(?:\s*(?:,|và)\s*(?:các\s+)?" + _ANY_KIND + r")+\s+(?:có\s+)?liên quan\b", re.I)
# What a bracket after a class says of it: "các cơ quan cấp tỉnh (Đảng, chính quyền, …)"; not a
# short form in brackets, the class's other name ("các Sở GTVT (GTCC)").
CLASS_GLOSS = re.compile(r"(?<=\b(?:các|những)\s[^;()]{2,60}?)\s*\((?!\p{Lu}{2,8}\))[^()]{2,120}\)")
# A bracket a copy glued to the word before it: "Thủ trưởng các cơ quan cấp tỉnh(Đảng, …)".
GLUED_BRACKET = re.compile(r"(?<=\p{L})\(")
# The plural said before a head's title: "các Giám đốc Sở" are the heads of the departments.
# (before the chairmen of a tier's committees it is theirs alone: "các Chủ tịch UBND huyện,
# thị xã" are the chairmen of "UBND huyện, thị xã")
PLURAL_BEFORE_TITLE = re.compile(r"\b[Cc]ác\s+(Giám đốc|Thủ trưởng|Chủ tịch)\s+"
                                 r"(?=\p{Lu})(?!(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:huyện|quận|thị xã|xã|phường)\b)")
PLURAL_BEFORE_CHAIRMEN = re.compile(r"\b[Cc]ác\s+(?=Chủ tịch\s+(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+"
                                    r"(?:huyện|quận|thị xã|xã|phường)\b)")


def _capped(part: str, max_words: int) -> str:
    """A name cut to its first words, guarding against a heading that runs on; the cut
    never splits a proper name ("thị xã Cai Lậy", "tỉnh Quảng Ninh"), so the capitalised
    words right after it stay."""
    words = part.split()
    keep = max_words
    while keep < len(words) and CAPITAL_AT.match(words[keep]) and CAPITAL_AT.match(words[keep - 1]):
        keep += 1
    return " ".join(words[:keep])


def _without_lowercase_runs(piece: str) -> str:
    """A piece of an executing clause without what follows a name after a comma in lower
    case, up to the next body ("Vụ trưởng Vụ Khoa học công nghệ, môi trường …, Thủ trưởng
    các đơn vị thuộc Bộ": the heads of the units still count)."""
    while cut := NAME_COMMA_END.search(piece):
        resume = NEXT_BODY.search(piece, cut.end())
        piece = piece[:cut.start()] + (piece[resume.start():] if resume else "")
    return piece


def _clause_end(text: str, le: int, hi: int) -> int:
    """Where an executing clause that opens on the line ending at ``le`` ends: that line,
    or a later one (within CLAUSE_LINES, none ending in a full stop before it) that holds
    "chịu trách nhiệm thi hành" ("Giám đốc các Sở:" over "Khoa học và Công nghệ, Xây
    dựng; … chịu trách nhiệm thi hành"). ``le`` itself when no such clause follows."""
    ls = text.rfind("\n", 0, le) + 1
    end = le
    for _ in range(CLAUSE_LINES + 1):
        if EXECUTES.search(text, ls, end):
            return end
        if text[ls:end].rstrip().endswith(".") or end >= hi:
            break
        nxt = text.find("\n", end + 1, hi)
        end = hi if nxt < 0 else nxt
    return le


def _clause_start(text: str, start: int) -> int:
    """Where the executing clause begins: a line break inside it (a copy keeps the
    printed lines) leaves its first bodies on earlier lines that end without a full
    stop ("… Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Công an tỉnh;" over "Giám
    đốc các sở: … chịu trách nhiệm thi hành", or a lead-in "Giám đốc các Sở:" over its
    list). A list mark opens the clause's line."""
    line_start = text.rfind("\n", 0, start) + 1
    if _names_alone(text[line_start:start].rstrip().rstrip(".")):
        return line_start                   # a stray stop inside its list: the list began the line
    if text[line_start:start].strip():
        return start                        # it opens after the mark of its own line
    for _ in range(CLAUSE_LINES):
        line_start = text.rfind("\n", 0, max(start - 1, 0)) + 1
        before = text[line_start:start].rstrip()
        if start == 0 or not before or before.endswith(".") or EXECUTION_HEADING.match(before) \
                or BARE_ARTICLE_MARK.fullmatch(before):
            break                           # ("Điều 10. Trách nhiệm thi hành" is the article's title,
                                            # "Điều 3" alone on its line its mark)
        start = line_start
        if ITEM_MARK.match(before).lastgroup:
            break
    return start


def _before_lead_in(lead: str) -> str:
    """The bodies listed before a lead-in that governs a colon: "Chánh Văn phòng Ủy ban
    nhân dân tỉnh, Giám đốc các Sở: …" keeps "Chánh Văn phòng Ủy ban nhân dân tỉnh". The
    lead-in is the last comma-piece opening with a body's head word; its plural tail
    ("Giám đốc các sở, ngành, đơn vị") opens none."""
    pieces = lead.split(",")
    if PLURAL_TITLES.match(pieces[-1].strip()):
        return ",".join(pieces[:-1]).strip()    # "…, Chánh Thanh tra Bộ, các Vụ trưởng: …"
    heads = [i for i, p in enumerate(pieces) if BODY_HEAD.match(p.strip())]
    return ",".join(pieces[:heads[-1]]).strip() if heads else ""


# Heads' titles in the plural before the colon of their list: "các Vụ trưởng", "các Giám đốc".
PLURAL_TITLES = re.compile(r"^(?:các|những)\s+(?:\p{Lu}\p{Ll}*\s+trưởng|Giám đốc|Thủ trưởng|Chủ tịch)$", re.I)


def _class_heading(text: str, start: int, end: int) -> tuple[list[tuple[str, str]], int]:
    """Inside a duties part, an article for classes named in lower case: "Điều 10. Trách
    nhiệm của các sở, cơ quan thuộc Ủy ban nhân dân tỉnh, Ủy ban nhân dân các xã, phường",
    "Điều 11. Trách nhiệm của cơ quan, tổ chức đặt hàng tư vấn" (catch-alls and persons
    at large name none)."""
    title = ARTICLE_TITLE.match(text[start:end].replace("*", " ").strip())
    m = CLASS_ARTICLE.match(title["rest"]) if title else None
    # (not a group of tiers whose items name the bodies: "Trách nhiệm của các Sở, ngành" >
    # "1. Sở Y tế …"; a group whose clauses are its duties is one: "Điều 7. Trách nhiệm của
    # các Sở, ban, ngành cấp tỉnh" > "1. Phối hợp với Văn phòng …")
    if not m or GROUP_OF_TIERS.match(m["kind"]) and _first_clause_names(text, end):
        return [], start
    phrase = m["kind"][:1].upper() + m["kind"][1:]
    if not BODY_HEAD.match(phrase) or HEAD_TITLE.match(phrase) or PERSONS_FIRST.match(phrase):
        return [], start            # persons at large or by title: "tổ chức, cá nhân …", "thủ trưởng, …"
    stop = CLASS_STOP.search(phrase)
    phrase = _trim(phrase[:stop.start()] if stop else phrase)
    names = [(p, normalise(p)) for p in _split(phrase) if BODY_HEAD.match(p) and not _not_a_name(p)
             and not NOT_A_BODY.match(p)]
    return names, end


def _first_clause_names(text: str, at: int) -> bool:
    """The first line after ``at`` opens, after its mark, with a body's name."""
    line = next(iter(_lines(text, at, min(len(text), at + 2000))), None)
    if line is None:
        return False
    ls, le = line
    mark = ITEM_MARK.match(text[ls:le])
    return bool(_names(text, ls + mark.end(), le, item=True)[0])


# "Bộ" alone in a list is the ministries as a class, as a central text names them ("Bộ, cơ
# quan ngang bộ, Ủy ban nhân dân các cấp … chịu trách nhiệm thi hành"); no other bare kind is.
MINISTRIES = "Bộ"


def _not_a_name(part: str) -> bool:
    """A catch-all ("… có liên quan", "Các cơ quan, đơn vị"), a title alone (persons), or
    one bare word ("Giám đốc Sở, Thủ trưởng ban, ngành": "Sở" names no department)."""
    bare = HEAD_TITLE.sub("", part)
    # (the committees of a tier "concerned" are those of its places that the task touches,
    # a body: "Chủ tịch Ủy ban nhân dân các huyện có liên quan")
    related = RELATED_TAIL.search(part) and not RELATED_COMMITTEES.match(bare)
    return bool(related or RELATED_THEN_MORE.match(bare) or GENERIC_PLURAL.match(part)
                or TITLE_ONLY.match(part) or OTHERS.match(part) or len(bare.split()) < 2 and bare != MINISTRIES
                or NAMED_PERSON.match(bare) or REFERS_ELSEWHERE.match(bare))


def _trim(phrase: str) -> str:
    """A heading's names without what follows the bodies: persons joined by "và", a
    catch-all tail ("và các đơn vị liên quan"), a plural word left hanging by a cut."""
    if RELATED_CLASSES.match(phrase.strip(" ,")):
        return ""                           # "Các Sở, ngành, đơn vị liên quan": a catch-all whole
    phrase = _drop_related(PERSONS_TAIL.sub("", phrase))
    tail = CATCH_ALL.search(phrase)
    after = BODY_AFTER_COMMA.search(phrase, tail.start() + 1) if tail else None
    if after:
        # a catch-all ends at the next named body: "…, các đơn vị có liên quan, UBND các
        # huyện, thành phố, thị xã" keeps the committees
        return ", ".join(t for t in (_trim(phrase[:tail.start()]), _trim(phrase[after.end():])) if t)
    return DANGLING.sub("", CATCH_ALL.sub("", phrase)).strip(" ,-–")


# Kinds of bodies listed, and closed by "liên quan": those concerned, whichever they are.
_KIND = r"(?:sở|ban|ngành|đoàn thể|đơn vị|cơ quan|địa phương|hội|tổ chức)"
RELATED_CLASSES = re.compile(r"^(?:Các|Những)\s+" + _KIND + r"(?:\s*,\s*(?:các\s+)?" + _KIND + r")*"
                             r"\s+(?:có\s+)?liên quan$", re.I)
# A comma that a named body follows (not a class: "…, Các sở").
BODY_AFTER_COMMA = re.compile(r",\s*(?=(?!Các\s)" + BODY_HEAD.pattern + r")")


def _drop_related(phrase: str) -> str:
    return RELATED_LIST.sub("", phrase)


def _share_kind(piece: str, noun: str) -> str:
    """Prefix the kind to each item of the list that does not name a body of its own
    ("Tài chính, Kho bạc Nhà nước, Công an tỉnh, Giao thông vận tải": Sở Tài chính, Kho bạc
    Nhà nước, Công an tỉnh, Sở Giao thông vận tải)."""
    out, pos = [], 0
    for m in KIND_ITEM.finditer(piece):
        head = BODY_HEAD.match(piece, m.end())
        if head and BARE_TITLE.fullmatch(head.group(0)) and not re.match(r"\s*(?:,|và\b|$)", piece[head.end():]):
            break                           # another head and his body: the kind's list has ended
                                            # ("Giám đốc các Sở: Tài chính, Nội vụ, Trưởng Ban Chỉ
                                            # huy … và Tìm kiếm cứu nạn tỉnh, …")
        if head and (not re.match(r"\s*(?:,|và\b|$)", piece[head.end():])
                     or BARE_TITLE.match(head.group(0))):
            continue                        # a body of its own ("Công an tỉnh"); a bare head
                                            # is one of the kind ("các Bộ: Quốc phòng, Công an")
        if m.group(0).strip() and _known_name_spans(f"{noun} {piece[pos:]}", len(noun) + 1 + m.start() - pos):
            continue                        # "Kế hoạch và Đầu tư", "Văn hóa, Thể thao và Du lịch": one Sở
        if "và" in m.group(0) and "," in piece[m.end():]:
            continue                        # "và" joins the list's last item; before a comma it is
                                            # inside a name ("các Vụ: Khoa học - Công nghệ và Môi
                                            # trường, Kế hoạch - Đầu tư, Vận tải")
        out.append(piece[pos:m.end()] + noun + " ")
        pos = m.end()
    return "".join(out) + piece[pos:]


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


def _task_after_dash(head: str):
    """Where a heading run into its tasks goes on after a dash: the capitalised word
    after it, when what precedes is a known body's full name ("Sở Nông nghiệp và Môi
    trường - Lồng ghép các nội dung …") or what follows opens with a duty's verb ("Các
    trường Đại học, Cao đẳng du lịch - Đào tạo nguồn nhân lực …"); None where a known
    name runs through the dash ("Sở Lao động - Thương binh và Xã hội")."""
    for m in NAME_DASH.finditer(head):
        if _known_name_spans(head, m.start() + 1):
            continue
        rest = head[m.end():]
        if _loose(head[:m.start()]) in _folded_known_names() \
                or NAME_STOP.match(" " + rest[:1].lower() + rest[1:]) or DASH_TASK.match(rest):
            return CAPITAL_AT.match(head, m.end())
    return None


# A dash between words, then a capitalised word that opens a sentence ("- Lồng ghép các").
NAME_DASH = re.compile(r"\s[-–]\s+(?=\p{Lu}\p{Ll}*\s+\p{Ll})")
# Verbs that open a task after a dash, besides those that end a name (NAME_STOP).
# (not words a department's name goes on with after a dash: "Cục Kinh tế - Quản lý đầu tư
# xây dựng", "Viện Nghiên cứu - Phát triển …")
DASH_TASK = re.compile(r"(?:Đào tạo|Quảng bá|Xúc tiến|Thu hút|Mở rộng|Đổi mới|Nâng|Tăng|Giảm|Ứng dụng|Chăm sóc)\s+\p{Ll}")


def _task_after_tier(head: str):
    """Where a heading run into its tasks goes on after the tier that ends a name: a
    capitalised word after "tỉnh" that opens no province's name, or after a plural list
    of tiers ("Ủy ban nhân dân các xã, phường Xử lý lấn chiếm …", "Hội Liên hiệp Phụ
    nữ tỉnh Vận động hội viên …"); None where the name goes on ("tỉnh Quảng Trị")."""
    for m in TIER_THEN_CAPITAL.finditer(head, _after_first_word(head)):
        if m["one"] and re.match(r"\S+", head[m.end():]).group(0) in PROVINCE_FIRST_WORDS:
            continue
        if not SENTENCE_GOES_ON.match(head, m.end()):
            continue                # (a place's name: "… các xã, phường, đặc khu Cồn Cỏ:")
        return CAPITAL_AT.match(head, m.end())
    return None


def _after_first_word(head: str) -> int:
    """Where verbs may start ending a name: after the head word and one more
    ("Đoàn kiểm tra", "Tổ thẩm định" are names), but never past punctuation."""
    m = BODY_HEAD.match(head)
    if m.group(0) in WHOLE_NAMES:
        return m.end()                      # "Chính phủ thống nhất quản lý …": the verb at once
    nxt = re.match(r"\s+[\p{L}\d&-]+", head[m.end():])
    return m.end() + (nxt.end() if nxt else 0)


# Head words that are a whole name: no word after them is part of it.
WHOLE_NAMES = {"Chính phủ", "Quốc hội", "Thủ tướng"}


# A lower-case unit with a description of its own, and a plural class it may follow.
# (or a network named so: "…, Cổng Thông tin điện tử tỉnh và hệ thống truyền thanh cơ sở")
UNIT_AFTER_CLASS = re.compile(r"(?:đơn vị|hệ thống)\s+(?!có\b|liên\b|khác\b|trực thuộc\b)\p{Ll}+\s+\p{Ll}+")
ANY_PLURAL = re.compile(r"(?i)\b(?:các|những)\s")
BARE_KIND = re.compile(r"(?i)^(?:cơ quan|đơn vị|tổ chức|doanh nghiệp)$")
UNIT_OF_TIER = re.compile(r"đơn vị\s+(?:cấp|thuộc|trực thuộc)\b")
CLASS_OF_ITS_OWN = re.compile(r"^(?:(?:Các|Những)\s+\p{Ll}+(?:\s+\p{Ll}+){2,}|Chủ đầu tư\b)")


def _split(phrase: str) -> list[str]:
    """Several bodies in one heading, split only where the next piece opens a name."""
    parts: list[str] = []
    pos = 0
    party = PARTY_COMMITTEE.match(phrase)
    for m in NAME_SPLIT.finditer(phrase):
        nxt = phrase[m.end():]
        if JOINT_OFFICE.search(phrase, pos, m.start()) and COMMITTEE_NEXT.match(nxt) \
                or DELEGATION_OFFICE.search(phrase, pos, m.start()) and COUNCIL_NEXT.match(nxt):
            continue
        if party and not PARTY_COMMITTEE.match(nxt):
            continue        # "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh" is one committee

        plural = PLURAL.match(nxt)
        nxt = nxt[plural.end():] if plural else nxt
        # a class of bodies is a member of its own only when named as such ("và các tổ
        # chức chính trị - xã hội"), not inside a list of tiers ("Các sở, ban, ngành, đoàn thể")
        collective = COLLECTIVE.match(nxt) and (plural or not m.group(0).startswith(",")
                                                or _political_orgs_apart(nxt) or BASED_AGENCIES.match(nxt)
                                                or MEMBERS_AFTER_COMMA.match(nxt))
        # one word alone is a sector in a list, not a body ("các Sở, Ban, ngành")
        # (nor is the pair "Ban ngành" after the plural "các Sở": "các Sở, Ban ngành tỉnh", nor
        # "Mặt trận" among kinds)
        one_word = not plural and not m.group(0).startswith(";") and (len(re.split(r"[,;]", nxt, 1)[0].split()) < 2
                                                                    or SECTORS_PAIR.match(nxt))
        # (a plural kind in lower case opens a body too: "Sở Nội vụ và các sở, ban, ngành")
        opens = BODY_HEAD.match(nxt) or (plural and BODY_HEAD.match(nxt[:1].upper() + nxt[1:])) \
            or LOWER_HEAD_TITLE.match(nxt) or (m.group(0).startswith(";") and LOWER_TITLE.match(nxt))
        # (so does the kind of the name before said again: "Cơ quan Tòa án, cơ quan Thi hành
        # án", "Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ")
        opens = opens or _kind_again(phrase[pos:m.start()], nxt)
        # (and a unit described in lower case after a class or a body: "Các cơ sở sản xuất,
        # kinh doanh và đơn vị thực hiện dịch vụ vệ sinh")
        opens = opens or _unit_after(phrase[pos:m.start()], nxt)
        if (opens and not NOT_A_BODY.match(nxt) and not one_word) or collective:
            parts.append(phrase[pos:m.start()])
            pos = m.end()
    parts.append(phrase[pos:])
    parts = [q for p in parts for q in _departments_apart(ADDRESS_AFTER.sub("", p))]
    parts = _ministers_as_ministries(_shared_tier([p.strip(" ,-–") for p in parts if p.strip(" ,-–")]))
    return [q for p in parts for q in _numbered(p[0].upper() + p[1:])]


# A department named, then others by their bare names: "Giám đốc Sở Xây dựng, Tài chính".
DEPARTMENT_THEN_BARE = re.compile(r"^(?P<head>(?:Giám đốc\s+)?)Sở\s+(?P<first>[^,]+)(?P<rest>(?:,\s*[^,]+)+)$")


def _departments_apart(part: str) -> list[str]:
    """The departments of "Sở Xây dựng, Tài chính" (each a department the names table knows
    once "Sở" is said again), or the part as it is."""
    m = DEPARTMENT_THEN_BARE.match(part)
    if not m or _loose(part) in _folded_known_names():
        return [part]
    names = [f"Sở {m['first'].strip()}"] + [f"Sở {p.strip()}" for p in m["rest"].split(",")[1:]]
    if not all(_loose(n) in _folded_known_names() for n in names):
        return [part]
    return [m["head"] + n for n in names]


# The address of the next persons, where a clause left out its comma: "…, Sở Thủy lợi các ông
# Chủ tịch UBND huyện …" ends "Sở Thủy lợi".
ADDRESS_AFTER = re.compile(r"\s+(?:các\s+)?(?:ông|bà)(?:\s*[(/,]?\s*bà\)?)?$", re.I)


# The Government's formula names the ministers by their bare title before the heads of the
# other central bodies: "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc
# Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh …" gives duties to the ministries.
MINISTRY_PEERS = re.compile(r"(?:Thủ trưởng\s+)?(?:các\s+)?cơ quan ngang bộ\b", re.I)


def _ministers_as_ministries(parts: list[str]) -> list[str]:
    return ["Các Bộ trưởng" if part == "Bộ trưởng" and nxt is not None and MINISTRY_PEERS.match(nxt) else part
            for part, nxt in zip(parts, parts[1:] + [None])]


# "Ban ngành" as one word for the sectors, not a body's name; "Mặt trận" among kinds ("các sở,
# ban, ngành, Mặt trận, đoàn thể cấp tỉnh"), not the Front by its name.
SECTORS_PAIR = re.compile(r"[Bb]an\s+ngành\b|Mặt trận\s*,\s*(?:đoàn thể|hội)\b")
# A head's title in lower case before a body or a class of them: "thủ trưởng các sở, ban ngành".
# (or before the class it heads: "…, thủ trưởng cơ quan thuộc UBND tỉnh")
LOWER_HEAD_TITLE = re.compile(r"(?:thủ trưởng|giám đốc|chủ tịch)\s+(?=các\s+\p{L}|\p{Lu}|(?:cơ quan|đơn vị)\s)")
# ... and after a semicolon, before any body ("…; thủ trưởng cơ quan, ban ngành thành phố; …").
LOWER_TITLE = re.compile(r"(?:thủ trưởng|giám đốc|chủ tịch)\s")


def _unit_after(before: str, nxt: str) -> bool:
    """``nxt`` is a unit described in lower case after a class of its own ("Các chủ đầu tư,
    đơn vị điều hành dự án") or after one body named ("Ủy ban nhân dân cấp huyện, đơn vị
    quản lý khu du lịch"), not a sector in a list ("Các sở, ban, ngành, đơn vị cấp tỉnh")."""
    if not UNIT_AFTER_CLASS.match(nxt) or GENERIC_PLURAL.match(before):
        return False
    if CLASS_OF_ITS_OWN.match(before):
        return True
    return bool(BODY_HEAD.match(before)) and not ANY_PLURAL.search(before) and not BARE_KIND.match(before) \
        and not UNIT_OF_TIER.match(nxt)


# The others of a kind, one class with the kind before them: "Các cơ quan chuyên môn, cơ
# quan hành chính khác thuộc Ủy ban nhân dân Thành phố".
OTHERS_OF_KIND = re.compile(r"[^,;]*\skhác\b")


def _kind_again(before: str, nxt: str) -> bool:
    """``nxt`` opens with the kind of the name ``before`` it (its head's title set aside),
    in lower case, and that name says more than its kind."""
    name = HEAD_TITLE.sub("", before).strip()
    kind = BODY_HEAD.match(name[:1].upper() + name[1:])
    # (a plural kind is said again without its "các": "Các cơ sở giáo dục đại học, cơ sở
    # giáo dục nghề nghiệp")
    said = PLURAL.sub("", kind.group(0).lower(), count=1) if kind else ""
    return bool(kind) and len(name.split()) > len(kind.group(0).split()) and \
        re.match(re.escape(said) + r"\s+(?!có\b|liên\b|khác\b)\S", nxt) is not None \
        and not OTHERS_OF_KIND.match(nxt)


# A people's council or committee named bare before its partner with a tier: "Hội đồng nhân
# dân, Ủy ban nhân dân các xã, phường và đặc khu" are the councils and committees of the
# communes; each takes the tier.
COUNCIL = re.compile(r"^(?:Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|UBND)(?:\s+(?P<tier>\S.*))?$")


# So are a district's units named before the last, which carries their tier: "Trung tâm Y
# tế, Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố" are those of every district.
DISTRICT_UNIT = re.compile(r"^(?:Trung tâm|Phòng)\s")
DISTRICT_TIER = re.compile(r"\s(?P<tier>các\s+(?:huyện|quận|thị xã)(?:\s*,\s*(?:huyện|quận|thị xã|thành phố))*)$")


def _shared_tier(parts: list[str]) -> list[str]:
    out = list(parts)
    for i in range(len(out) - 1):
        bare, nxt = COUNCIL.match(out[i]), COUNCIL.match(out[i + 1])
        # (a tier of many: one named place is named for the partner alone, as the text has it)
        if bare and not bare["tier"] and nxt and nxt["tier"] and nxt["tier"].startswith("các "):
            out[i] = f"{out[i]} {nxt['tier']}"
    for i in range(len(out) - 2, -1, -1):
        tier = DISTRICT_TIER.search(out[i + 1])
        if tier and DISTRICT_UNIT.match(out[i]) and DISTRICT_UNIT.match(out[i + 1]) \
                and not re.search(r"\s(?:tỉnh|thành phố|huyện|quận|xã)\b", out[i]):
            out[i] = f"{out[i]} {tier['tier']}"
    return out


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
    lý dự án 6", "Phòng PC13") keep theirs."""
    return PAGE_NUMBER_TAIL.sub("", name) if UNNUMBERED_BODY.match(name) else name


def normalise(raw: str, keep_place: bool = False) -> str:
    """The body's name as the text writes it, in one spelling: one tone placement, a
    head's title dropped to the body ("Giám đốc Sở Xây dựng" -> "Sở Xây dựng"), the
    trailing province dropped (with ``keep_place`` a "tỉnh X" stays: a central text names a
    province's body by its province). Short forms stay as written ("Sở GTVT"); ``_body_key``
    expands them, so one body written both ways is one row."""
    name = _without_page_number(_once(GLOSS_TAIL.sub("", " ".join(raw.split()))))
    name = UNIT_HEADS.sub(lambda m: f"{m['all']} {m['unit']}", name)
    title = HEAD_TITLE.match(name)
    if title:
        name = name[title.end():]
        name = "Các " + name[0].lower() + name[1:] if BARE_KINDS.match(name) else name[0].upper() + name[1:]
        if BOARD_CHIEF.search(title.group(0)) and not name.startswith("Ban "):
            name = "Ban " + name            # "Trưởng ban Chỉ huy …" heads the "Ban Chỉ huy …"
    for pat, full in _aliases():
        name = pat.sub(full, name)
    name = _spelled(name)
    name = TIER_SPAN_TAIL.sub("", AREA_TAIL.sub("", name))
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
    name = COMMITTEE_IN_SMALL.sub(lambda m: "Uỷ" if m[0] == "uỷ" else "Ủy", name)
    name = POLITICAL_DASH.sub("chính trị - xã hội", name)
    name = LOPSIDED_DASH.sub(" - ", name)
    return _spellings().get(fold(name), name)


# The people's committee typed in small letters inside a name, or with the hook on the
# wrong letter ("Chánh Văn phòng ửy ban nhân dân tỉnh"): one committee, one spelling.
COMMITTEE_IN_SMALL = re.compile(r"(?<!\p{L})(?:ửy|ủy|uỷ)(?=\s+ban\s+nhân\s+dân\b)")
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


# -- roles -------------------------------------------------------------------

# A point that only names whom the body assists, its tasks in the list under it: "b) Phối
# hợp với Sở Nông nghiệp và Môi trường" over "- Hướng dẫn …", "- Bồi dưỡng …".
SUPPORT_HEAD = re.compile(r"^[\s*_]*(?:[a-zđ]\s*[.)]|\d+(?:\.\d+)*\s*[.)])?[\s*_]*[Pp]hối hợp với\s+\p{Lu}[^.;,]*:?\s*$")


# A "clause" that is the next law of a list the task before cites ("… theo quy định của
# Luật Ngân sách nhà nước; Luật Đầu tư công …"): no task of its own.
CITATION_TAIL = re.compile(r"[\s*_]*(?:Luật|Bộ luật|Nghị định|Thông tư)\b")
# A task that only tells a body to carry out its other duties.
OTHER_DUTIES = re.compile(r"[-+•–*\s]*(?:[a-zđ]\)\s*)?[Tt]hực hiện (?:các )?nhiệm vụ khác\b")


def _task_roles(text: str, item: Item) -> list[str]:
    """The role each task gives; a point that only names whom the body assists gives its
    role to the points of a lower level under it."""
    roles: list[str] = []
    head_rank = None                        # the rank of such a point while its list runs
    for (s, e), (gs, ge) in zip(item.tasks, _wrapped_tasks(text, item.tasks)):
        line = text[text.rfind("\n", 0, s) + 1:e]        # (a task starts after its mark)
        rank = LIST_RANK[ITEM_MARK.match(line).lastgroup or "none"]
        if head_rank is not None and 0 < rank < head_rank:
            roles.append("support")
            continue
        head_rank = None
        at = max(gs, item.names_end)
        # (a name that ended inside an apposition is read with it: "Viện …, cơ quan" + "chủ trì
        # xây dựng tiêu chuẩn, chịu trách nhiệm …" says what it chaired, not a task to chair)
        apposition = APPOSITION_OPENED.search(text, gs, at)
        role = item.role or _task_role(text[apposition.start() if apposition else at:ge])
        if roles and not item.role and CITATION_TAIL.match(text, s, e):
            role = roles[-1]                # the laws a clause cites, listed on after ";"
        if role == "support" and not item.role and SUPPORT_HEAD.match(line):
            head_rank = rank
        roles.append(role)
    # "Thực hiện các nhiệm vụ khác có liên quan" closes a list of tasks; a body that
    # otherwise only assists still only assists
    generic = [bool(OTHER_DUTIES.match(text, s, e)) for s, e in item.tasks]
    if any(generic) and not all(generic) and all(r == "support" for r, g in zip(roles, generic) if not g):
        roles = ["support" if g else r for r, g in zip(roles, generic)]
    return roles


APPOSITION_OPENED = re.compile(r",\s*(?:là\s+)?(?:cơ quan|đơn vị)\s*$")


# A line that goes on a sentence the line before left open ("… quyền hạn của mình có" /
# "trách nhiệm phối hợp …"): a page's layout wrapped one task.
WRAPPED_LINE = re.compile(r"[ \t]*\n[ \t]*\p{Ll}")


def _wrapped_tasks(text: str, tasks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """For each task, the whole sentence it is part of when lines wrapped it."""
    groups: list[list[int]] = []
    for i, (s, e) in enumerate(tasks):
        if groups and not re.search(r"[.;:!?]\s*$", text[tasks[i - 1][0]:tasks[i - 1][1]]) \
                and WRAPPED_LINE.fullmatch(text, tasks[i - 1][1], s + 1):
            groups[-1].append(i)
        else:
            groups.append([i])
    spans = [(0, 0)] * len(tasks)
    for g in groups:
        for i in g:
            spans[i] = (tasks[g[0]][0], tasks[g[-1]][1])
    return spans


def _task_role(sentence: str) -> str:
    # "(các sở, ngành) được phân công chủ trì thực hiện nhiệm vụ … có trách nhiệm …": the
    # words right after the names say which bodies, not that they chair this task
    sentence = ASSIGNED_SUBJECT.sub("", sentence)
    # nor does another body's chair: in brackets ("(… các Bộ chủ trì dự án …)") or by
    # "do" ("kết quả dự án do Sở, ngành chủ trì")
    sentence = OTHERS_CHAIR.sub(" ", sentence)
    if LEAD_WORD.search(sentence):
        return "lead"
    if SUPPORT_START.match(sentence):
        # (a clause of its own after the assisting one gives the body a duty of its own:
        # "Phối hợp với Sở … triển khai Kế hoạch; theo dõi, thông báo kết quả …")
        return "implement" if OWN_CLAUSE.search(sentence) else "support"
    return "implement"


# A clause after a semicolon that opens with a duty of the body's own, not with more
# assisting ("; phối hợp …", "; tham gia …") nor with the objects of the first verb.
OWN_CLAUSE = re.compile(r";\s*(?:[-+•–]\s*)?(?!(?:phối hợp|tham gia|cùng|với|các|những|và)\b)"
                        r"(?:chủ động|theo dõi|kiểm tra|tổ chức|triển khai|chỉ đạo|hướng dẫn|xây dựng|"
                        r"báo cáo|thực hiện|tuyên truyền|rà soát|tham mưu|bố trí|đề xuất|giám sát|"
                        r"thông báo|tổng hợp|quản lý|vận động|cung cấp|đảm bảo|bảo đảm)\b", re.I)


# Where a task names its partners (text folded: "PHOI HOP VOI").
PARTNER = re.compile(r"\bPHOI HOP(?: VOI)?\b")

# When one body heads two items, the stronger role stands.
ROLE_RANK = {"lead": 3, "implement": 2, "support": 1}


def _merge(row: Agency, role: str, tasks: int) -> None:
    row.tasks += tasks
    if ROLE_RANK[role] > ROLE_RANK[row.role]:
        row.role = role


def _among(names: list[tuple[str, str]], heading: list[tuple[str, str]]) -> bool:
    """Every one of ``names`` is one of the bodies a heading named."""
    keys = {_body_key(n) for _, n in heading}
    return all(_body_key(n) in keys for _, n in names)


def _partner_role(text: str, start: int, end: int, raw: str) -> str | None:
    """"support" when a task names the body as another's partner ("… chủ trì, phối hợp với
    Sở Nội vụ …") without opening with it."""
    task = fold(" ".join(text[start:end].split()))
    partner = PARTNER.search(task)
    name = fold(" ".join(raw.split()))
    if partner and not task.startswith(name) and name in task[partner.end():]:
        return "support"
    return None


def _item_role(roles: list[str]) -> str:
    """lead if any task is chaired; support if every task only assists; else implement."""
    if "lead" in roles:
        return "lead"
    if roles and all(r == "support" for r in roles):
        return "support"
    return "implement"
