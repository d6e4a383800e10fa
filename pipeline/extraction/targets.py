"""Targets (goal values) and training needs (planned counts of people to train).

Steps:
 1. find every stated value in the body (``numbers.find_values``)
 2. keep per-cent values that are goals: in objective sections, or in goal
    sentences elsewhere; never results of the last period (baseline role)
 3. read each goal's qualifier, deadline (stated, carried from the head of its
    list or an enclosing heading, or the plan's last year), yearly flag, group,
    level and action
 4. in training-needs sections, keep counts of people as ``need`` rows
 5. give each row an id derived from its content, so edits elsewhere in the
    document do not change it
"""
from __future__ import annotations

import hashlib
from collections import Counter
from functools import lru_cache

import regex as re

from pipeline.models import DocMeta, Document, Section, Structure, Target
from pipeline.extraction.numbers import NumberMention, find_values, is_year
from pipeline.extraction.quantities import TIME_UNITS, counted_noun, section_role
from pipeline.text import head_word
from pipeline.extraction.spans import evidence, sentence_bounds
from pipeline.extraction.structure import (LIST_RANK, PREAMBLE_START, annexed_plan, appendix_start,
                                           indicator_appendices, list_mark, task_appendices)
from pipeline.extraction.tables import cell_figures

# Longest sentence quoted whole as a goal's evidence (documents read with their lines run
# to 800 characters at most); past it, the words before and after the figure are quoted.
QUOTE_MAX = 1000
QUOTE_BEFORE = 300
QUOTE_AFTER = 100

# Qualifier words right before a value, longest first; the value they head
# takes their comparator. "trên địa bàn" never precedes a figure, so it is safe.
QUALIFIERS = [
    # ("thấp nhất là 30% đối với trẻ nhà trẻ": the lowest it may be)
    ("min", r"tối thiểu|ít nhất|thấp nhất|không dưới|không thấp hơn|không ít hơn|(?:trên|cao hơn|lớn hơn) hoặc bằng|≥|>="),
    ("max", r"tối đa|không quá|không vượt quá|không cao hơn|không nhiều hơn|(?:dưới|thấp hơn|nhỏ hơn) hoặc bằng|≤|<="),
    ("over", r"trên|hơn|vượt|cao hơn|>"),
    ("under", r"dưới|thấp hơn|<"),
    ("about", r"khoảng|xấp xỉ|gần|chừng|trên dưới"),   # ("trên dưới 90%": about, not under)
]
QUALIFIER_BEFORE = re.compile(
    r"(?:^|(?<=[^\p{L}]))(?:" + "|".join(f"(?P<{c}>{p})" for c, p in QUALIFIERS)
    # (a deadline may stand between the qualifier and its value: "ít nhất vào năm 2025 đạt 40%")
    + r")\s*(?:(?:vào|đến|tới|trong)(?:\s+hết)?\s+năm\s+(?:19|20)\d\d\s*,?\s*đạt\s+)?"
    r"(?:mức\s+|là\s+)?(?:từ\s+)?$", re.I)

# Qualifiers after the value: "30% trở lên", "90% hoặc cao hơn" (at least), "5% trở xuống" (at most).
QUALIFIER_AFTER = re.compile(r"\s*(?:(?P<up>trở lên|hoặc (?:cao )?hơn)|trở xuống|hoặc thấp hơn)\b", re.I)

# Words that make a sentence outside the objective sections a goal.
GOAL_CUE = re.compile(
    r"\b(?:phấn đấu|đạt|(?<!suy )giảm|tăng|bảo đảm|đảm bảo|nâng|đưa|(?<!trở )lên|mục tiêu|chỉ tiêu|"
    r"tối thiểu|ít nhất|không dưới|đến năm|hướng tới|"
    # what a plan foretells it will do: "Ngành du lịch cũng sẽ tạo việc làm cho 6.000 lao động"
    r"sẽ(?=\s+(?:\p{Ll}+\s+){0,3}?(?:tạo|giải quyết|đón|có|đạt|xây dựng|hoàn thành|thu hút|đào tạo)\b))\b", re.I)

# A count an objective sets without a qualifier, right after the verb that sets it:
# "đầu tư xây dựng mới 120 km đường", "phấn đấu đạt 2,1 con", "giảm 50 vụ".
COUNT_GOAL_VERB = re.compile(r"\b(?:đạt|hoàn thành|xây dựng(?:\s+mới(?:\s+thay thế)?|\s+thành công)?|xây mới|"
                             r"(?:đón\s+và\s+)?phục vụ|đón|tạo(?:\s+ra|\s+thêm)?|đầu tư|nâng cấp|cải tạo|trồng(?:\s+mới)?|"
                             r"khởi công(?:\s+mới)?|đưa vào (?:khai thác|sử dụng|vận hành)|"
                             r"giảm|tăng|(?:tăng\s+|nâng\s+)?lên|xuống|thu hút|đào tạo|tổ chức|"
                             r"giải quyết(?: việc làm(?: mới)? cho)?|tạo việc làm(?: mới)? cho|"
                             # "đưa 1.000 người đi làm việc ở nước ngoài", "có thêm từ 25 - 30 sản phẩm",
                             # "phát triển mới và củng cố 65 - 70 tổ chức kinh tế"
                             r"đưa|có thêm|phát triển mới|củng cố|thành lập(?:\s+mới)?|"
                             # "Thực hiện 15 ca về triệt sản"; a market plan's "di dời, xây mới 7 chợ", "giải tỏa 9 chợ"
                             r"thực hiện|di dời|giải tỏa|giải toả)"
                             r"(?:\s+(?:thêm|được|khoảng|trên|hơn|tối thiểu|ít nhất|tối đa|dưới|từ)){0,2}\s*$", re.I)
# A task stated as a share to have: "Có 30% diện tích nuôi thủy sản chủ lực áp dụng …".
HAS_SHARE = re.compile(r"[-+•*\s]*Có\s+(?:(?:ít nhất|tối thiểu|trên|khoảng)\s+)?")
# A clause that strives for the value, goal even among an agency's duties.
STRIVE = re.compile(r"\bphấn đấu\b", re.I)
# A count that heads what is to be done to it: "6.000 lao động được giải quyết việc làm".
# ("20.000 ngôi nhà … đạt tiêu chí Ngôi nhà an toàn", "150 trường học đạt tiêu chuẩn")
COUNT_TO_BE_DONE = re.compile(r"\s+\p{Ll}+(?:\s+(?:\p{Ll}+|\p{Lu}{2,})){0,9}\s+(?<!\snhằm\s)(?:được|đạt)\s+"
                              r"(?:(?!\d)\p{L}|\d+\s+sao\b)")   # ("… sản phẩm OCOP đạt 5 sao": a grade to reach)
# A count said again for a later year, its noun left out: "… và 22.000 vào năm 2030".
DEADLINE_NEXT = re.compile(r"\s+(?:(?:vào|đến|trong)\s+)?năm\s+(?:19|20)\d\d\b", re.I)
# The top of a range after its bottom: "26.000 - 30.000".
RANGE_REST = re.compile(r"\s*[-–]\s*\d[\d.,]*(?=\s)")
# A count set by "sẽ" or as what a deadline's figure "is": "sẽ có 202 trường", "sẽ đạt
# 176.000 tấn", "đến năm 2030 là khoảng 1,65 tỷ USD", "xuống còn 16 …".
SET_BY = re.compile(r"\b(?:sẽ(?:\s+(?:có|là|đạt|nâng|tăng|giảm))?|phấn đấu,?\s*có|xuống còn|còn dưới|là|có thêm|"
                    r"(?:(?:đến|vào)\s+)?năm\s+(?:19|20)\d\d\s+là|đạt(?:\s+thêm)?)"
                    r"(?:\s+(?:khoảng|trên|dưới|tối thiểu|ít nhất|hơn))?\s*$", re.I)
# An income to reach named right before its sum: "tổng thu từ du lịch khoảng 8.460 tỷ
# đồng", "doanh thu du lịch 4.000 tỷ đồng" (money earned, set as a count is by its verb).
INCOME_BEFORE = re.compile(r"\b(?:doanh\s+thu|tổng\s+thu|thu\s+nhập|kim\s+ngạch|thu\s+ngân\s+sách)"
                           r"[^,;.:()\d]{0,40}?(?:\s+(?:khoảng|trên|hơn|tối thiểu|ít nhất))?\s*$", re.I)
# What a plan carries out and then lists: "tập trung thực hiện 10 giải pháp cụ thể, gồm: …".
CARRIED_OUT = re.compile(r"\b(?:thực\s+hiện|triển\s+khai)\s*$", re.I)
ENUMERATED = re.compile(r"[^.;:\n]{0,120}?(?:,\s*|\s)(?:bao\s+)?gồm\s*:")
# The next sentence breaking a count down: "… đón 1,6 triệu lượt khách du lịch. Trong đó, 1,4
# triệu lượt khách nội địa, 200 nghìn lượt khách quốc tế."
BREAKDOWN_OPENS = re.compile(r"[^.;:!?\n]{0,40}\.\s+Trong\s+đó\s*,?\s*(?:có\s+)?")
# A per cent restated as a count in brackets right after it: "còn 5,86% (13.003 hộ)",
# "giảm 3,3% (giảm 7.219 hộ)": the count is set as the share is.
PER_CENT_AS_COUNT = re.compile(r"%(?:\s+so\s+với\s+[^()%;]{1,40}?)?\s*\(\s*(?:(?:giảm|tăng)\s+)?(?:khoảng\s+|trên\s+|hơn\s+)?$")
# A sum of money after its figure (not "Dự kiến đến năm 2025 số lượng trang trại … là 770 trang trại").
MONEY_AFTER = re.compile(r"\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)?\s*(?:đồng|USD|đô la)\b", re.I)
# Money to be spent, not a goal to reach ("budget allocations are not targets").
FUNDING_BEFORE = re.compile(r"\b(?:dự kiến|kinh phí|nguồn vốn|dự toán|bố trí|phân bổ)\b", re.I)
# The population a rate is counted over: "trên 1 vạn dân", "100.000 dân".
PER_POPULATION = re.compile(r"^(?:vạn|nghìn|ngàn|triệu)?\s*(?:dân|người dân)\b|^vạn\b", re.I)
# The measures and sums a count may be stated in, which need no noun after them; a person
# counted is a "người" whatever follows ("1.200 người lao động"), and so on.
MEASURE_UNIT = re.compile(
    r"(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+)?(?:đồng|USD|tấn(?:\s+\S*\p{Lu}\S*\d\S*)?|ha|héc-ta|km|m2|m3|kg|lít|MW|kW|kWh|"
    r"[KMG]bps|"
    r"căn|chiếc|tuổi)(?!\S)|người(?!\S)|"
    # a household is a "hộ" whatever it is ("3.000 hộ nghèo"), a visit a "lượt" ("lượt người",
    # "lượt khách")
    r"hộ(?=\s+(?!gia đình)\p{Ll})|lượt(?=\s+(?:người|khách)\b)", re.I)
MAGNITUDE_SPELLING = re.compile(r"^tỉ(?=\s)", re.I)
# What a count in years of age is a goal for: "tuổi thọ trung bình đạt 77,67 tuổi".
LIFE_SPAN = re.compile(r"\btuổi thọ\b", re.I)
# The second figure of a range: "26.000 - 30.000".
RANGE_TOP = re.compile(r"\d\s*[-–]\s*$")
# A conjunction after a count's noun joins the next count, no part of the noun.
NOUN_JOINED = re.compile(r"\s+(?:và|hoặc|cùng)\b.*$")
# What a count is per, after a slash: "2,1 con/phụ nữ", "115 bé trai/100 bé gái".
PER_NOUN = re.compile(r"\s*/\s*(?P<noun>(?:\d[\d.]*\s+)?\p{Ll}+(?:\s+\p{Ll}+)?)(?=\s*(?:[;,.)]|$|\s(?:và|trong|vào|đến)\b))")
# A sentence elsewhere that sets a count: it strives for it, or it says "sẽ", or it names
# the year it is due ("Kim ngạch xuất khẩu đến năm 2025 đạt 1,765 tỷ USD").
COUNT_GOAL_SENTENCE = re.compile(r"\b(?:phấn đấu|sẽ|mục tiêu|chỉ tiêu|(?:đến|vào|tới)\s+năm\s+(?:19|20)\d\d)\b", re.I)
# So is a value a duty must secure at least: "đảm bảo ít nhất 70% xã, phường …", "lộ trình
# đạt mục tiêu ít nhất 50% xã, phường không có ma túy vào năm 2030".
SECURED_MINIMUM = re.compile(r"\b(?:đạt|bảo đảm|đảm bảo|mục tiêu|chỉ tiêu)\s+(?:mục tiêu\s+)?"
                             r"(?:tối thiểu|ít nhất|không dưới|trên)\s*$", re.I)
# Or everyone a duty must reach: "… xây dựng nội dung tuyên truyền, đảm bảo 100% các lái xe,
# phụ xe tiếp cận …".
SECURED_ALL = re.compile(r"\b(?:bảo đảm|đảm bảo)\s*$", re.I)

# The head of a list of goals: "…, cụ thể: Phấn đấu A; B; C", "b) Phấn đấu trong năm
# 2026:" over dash items, "Mục tiêu cụ thể:". Its clauses or items are goals even
# among a body's duties.
GOAL_LIST_HEAD = re.compile(r"\b(?:phấn đấu|mục tiêu|chỉ tiêu)\b", re.I)
# A line that heads goals by naming them, colon or not: "Về mục tiêu cụ thể", "Các chỉ tiêu chủ yếu".
GOAL_LIST_HEADING = re.compile(r"^(?:Về\s+)?(?:[Cc]ác\s+)?(?:[Mm]ục tiêu|[Cc]hỉ tiêu)\b(?!.*[.;]$)")
GOAL_LIST_HEADING_WORDS = 8
# A full stop that ends a sentence inside a line (semicolons do not: they separate
# the clauses of one list).
FULL_STOP = re.compile(r"[.!?](?=\s+[\p{Lu}\d])")
# A list item's mark, by kind: dashes, letters, numbers.
ITEM_KIND = re.compile(r"^[\s*_]*(?:(?P<dash>[-+•–])|(?P<letter>\(?[a-zđ]\))|(?P<num>\(?\d+(?:\.\d+)*[.)]))\s")
# How many lines back a list head may be found.
LIST_HEAD_LINES = 30

# A per cent of money ("100% kinh phí", "100% vốn"): a funding share, not a goal.
# (the value may sit in brackets: "Giảm (10%-15%) thuế thu nhập doanh nghiệp")
# A share of a score is how it is weighed, no goal: "- 50% số điểm dựa trên số lần bình chọn".
SCORE_SHARE = re.compile(r"\s*(?:số|tổng(?:\s+số)?)\s+điểm\b", re.I)
MONEY_SHARE = re.compile(r"\)?\s*(?:số\s+)?(?:kinh phí|vốn|chi phí|ngân sách|nguồn|tiền|giá|lệ phí|phí|thuế)\b", re.I)

# A cut in a tax, fee or rent is a relief a policy grants, no goal, even in a part of
# goals or a task appendix: "Giảm (20-30%) tiền thuê đất", "Miễn 50% lệ phí".
RELIEF_BEFORE = re.compile(r"\b(?:[Gg]iảm|[Mm]iễn)[\s|(]*$")
LEVY_AFTER = re.compile(r"[)\s|]*(?:thuế|lệ phí|phí|tiền[\s|]+thuê|tiền sử dụng đất)\b", re.I)

# Figures read from an OCR'd page are less sure than typed ones.
SCANNED_CONFIDENCE = 0.8

# Words that mark a reported result rather than a goal ("hiện có", but not the
# "thực hiện có hiệu quả" of a duty; "kết quả", but not the "trả kết quả" of a service).
# (a concession states a fact: "Tuy nhiên, quý II năm 2024, mặc dù số người chết … giảm 10,6%, …")
RESULT_TENSE = (r"ước đạt|ước thực hiện|đã(?! đề ra| được phê duyệt| giao| ban hành)|(?<!thực\s)hiện có|"
                r"hiện nay|lũy kế|đến nay|mặc dù")
# A period already run opens a report too: "Trong 10 tháng năm 2025, … tăng 17,4%".
# ("kết quả giải quyết" thủ tục hành chính are the papers a procedure issues, which goals
# count: "Tỷ lệ số hoá hồ sơ, kết quả giải quyết TTHC … đạt tối thiểu 70%"; and a
# certificate "công nhận kết quả đào tạo" is what a trained worker holds)
RESULT_CUE = re.compile(rf"\b(?:{RESULT_TENSE}|(?<!trả\s)(?<!công nhận\s)kết quả(?!\s+giải quyết)|"
                        r"[Tt]rong\s+\d{1,2}\s+tháng(?:\s+đầu)?\s+năm\s+\d{4})\b", re.I)
# After the figure, only the words of a tense report it: "kết quả" there is what a goal
# counts ("đồng bộ 100% hồ sơ, kết quả giải quyết thủ tục hành chính").
RESULT_AFTER = re.compile(rf"\b(?:{RESULT_TENSE})\b", re.I)

# Per cents of something that are achievement ratios, not goals ("đạt 100% kế hoạch"),
# or a change on the same period of last year ("tăng 03 vụ (50%) so với cùng kỳ").
RATIO_OF_PLAN = re.compile(r"\)?\s*(?:so (?:với )?)?(?:kế hoạch|dự toán|cùng kỳ)", re.I)
# Capital to disburse is a share of its plan: "giải ngân 100% kế hoạch vốn năm 2025", "tỷ lệ
# giải ngân vốn đầu tư công đạt 100% so với kế hoạch giao".
DISBURSE_BEFORE = re.compile(r"\bgiải ngân\b(?:\s+[^\d\s;,.]+){0,6}?(?:\s+(?:đạt|hết|tối thiểu|trên|ít nhất))?\s*$",
                             re.I)
# A change stated right before its figure: "tăng khoảng 10%", "giảm 5%".
CHANGE_BEFORE = re.compile(r"\b(?:tăng|giảm)(?:\s+(?:khoảng|trên|ít nhất|tối thiểu|từ))?\s*$", re.I)

# A floor allotted to a purpose: "Bố trí tối thiểu 2% ngân sách tỉnh".
AT_LEAST = re.compile(r"\b(?:bố trí|dành|phân bổ|chi)\s+(?:tối thiểu|ít nhất|không dưới)\s*$", re.I)
# A level that describes what a rule applies to, not a level to reach: "Đối với các ngành
# có tỷ lệ nữ … thấp dưới 30% có thể điều chỉnh mục tiêu"; "không thấp hơn 95%" is a floor.
LEVEL_DESCRIBED = re.compile(r"(?<!\bkhông\s+)\b(?:thấp|cao)\s+(?:hơn|dưới|trên)\s*$", re.I)

# A level a decision sets by adjusting it, no goal: "Lãi suất cho vay … điều chỉnh giảm từ
# 6,6%/năm xuống 6,24%/năm".
ADJUSTED = re.compile(r"\bđiều chỉnh\s+(?:tăng|giảm)\b", re.I)

# The level a change starts from: "giảm … từ 12,1% giai đoạn 2007 - 2010 xuống còn 10%",
# "tăng từ 40% lên 60%". The goal is the value after "xuống"/"lên".
FROM_LEVEL = re.compile(r"\btừ\s*(?:mức\s+)?$", re.I)
# (a rate's base may stand between them, its thousands grouped: "từ 23 ca sinh/1.000 phụ nữ xuống 18 …")
TO_LEVEL = re.compile(r"(?:[^;.%]|(?<=\d)\.(?=\d)){0,60}?\s(?:xuống|lên)(?:\s+(?:còn|mức|đến|tới))?\s+"
                      r"(?:(?:dưới|trên|khoảng|còn)\s+)?\d", re.I)

# The second end of a range after its first value: "từ 80% đến 90%".
RANGE_END = re.compile(r"\s*(?:đến|tới|[-–])\s*\d", re.I)
# Headings that announce goals even when the structure gives their part no role
# ("1. Quán triệt các mục tiêu của Đề án", "Các chỉ tiêu chủ yếu").
ROADMAP_HEADING = re.compile(r"^(?:Điều\s+\d+\s*[.:]\s*)?Lộ trình\b", re.I)
GOAL_HEADING = re.compile(r"\b(?:mục tiêu|chỉ tiêu)\b(?!.*\bkết quả\b)", re.I)

# Sections whose per cents are goals without any cue word.
GOAL_ROLES = {"objectives"}
# Normative acts (laws, decrees, circulars, technical regulations) set rules: their
# per cents are conditions and limits ("ít nhất 25% vốn góp", "độ dốc … không quá
# 12%"), goals only where the act says so (an objectives section, "phấn đấu").
NORMATIVE_TYPES = {"Luật", "Bộ luật", "Pháp lệnh", "Nghị định", "Thông tư", "Thông tư liên tịch",
                   "Quy chuẩn", "Quy chế"}
# So is a province's decision numbered with its year ("35/2024/QĐ-UBND"): the year in the
# number marks a legal normative act, a decision that lays down rules, not a plan's.
NORMATIVE_DECISION = re.compile(r"^\d+/(?:19|20)\d\d/QĐ-")
# "… chiếm 29,3%": a share the text reports, not one it aims for (a goal says "phấn đấu"; a
# share planned as a range is one: "nông, lâm, ngư nghiệp chiếm 19% - 20%").
# (a share foretold is one to reach: "thương mại điện tử … sẽ chiếm trên 10% tổng mức bán lẻ")
SHARE_OF = re.compile(r"(?<!\bsẽ\s)\bchiếm(?:\s+(?:khoảng|tỷ lệ|tỉ lệ|gần|hơn|trên|dưới))?\s*$", re.I)
# ... nor in a sentence that sets targets before it: "Mục tiêu cụ thể đến năm 2025 đạt …; doanh
# số thương mại điện tử chiếm hơn 10% …", "đến năm 2030, tỉnh đặt mục tiêu …, chiếm khoảng 30% …"
SETS_TARGETS = re.compile(r"\b(?:[Mm]ục tiêu|phấn đấu|[Đđ]ến năm\s+(?:19|20)\d\d)\b")
# ... but the part of a goal just set is one: "… đạt 69%, trong đó có bằng cấp, chứng chỉ chiếm 29%".
PART_OF_GOAL = re.compile(r"\d\s*%\s*,?\s*trong đó\b[^.;:%]*$")
# Sections whose values are never goals (a scope section sets criteria: "Tiêu chuẩn khen
# thưởng" > "Có tỷ lệ cử tri đi bầu cử đạt từ 98% trở lên").
NON_GOAL_ROLES = {"baseline", "funding", "implementation", "needs", "scope"}
# Parts where a task or requirement to reach everyone (100%) is a goal without a goal word.
COVERAGE_ROLES = {"tasks", "purpose"}

# A deadline stated in words: "đến năm 2025", "trước năm 2030", "giai đoạn 2026 - 2030",
# "Đến năm 2030" as a heading; "tầm nhìn đến năm 2045" is an outlook, not a deadline.
DEADLINE = re.compile(
    r"(?<!tầm nhìn\s)(?:(?:đến|tới|trước|đến hết|hết|vào|trong)\s+(?:cuối\s+)?năm\s+(?P<y1>(?:19|20)\d\d)"
    # (not the period of a standard: "theo chuẩn nghèo đa chiều giai đoạn 2021-2025")
    # (nor a period compared against: "giảm 10% ca mắc … so với (trung bình) giai đoạn 2016-2020")
    r"|(?<!(?:chuẩn|tiêu chí)\b[^,;.()]{0,40})(?<!(?:so\s+với|thấp\s+hơn|cao\s+hơn)\s+(?:trung\s+bình\s+)?)"
    r"giai đoạn\s+(?:năm\s+)?(?:19|20)\d\d\s*[-–—]\s*(?P<y2>(?:19|20)\d\d)"
    # or a school year, reached by its end: "100% học sinh tham gia BHYT năm học 2021 - 2022"
    r"|năm học\s+(?:19|20)\d\d\s*[-–—]\s*(?P<y5>(?:19|20)\d\d)"
    # or a date to meet: "hoàn thành 100% … trước ngày 06 tháng 12 năm 2025", "trước 30/6/2026"
    r"|(?:trước|chậm nhất|đến hết)\s+(?:ngày\s+)?\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+|[/.-]\d{1,2}[/.-])"
    r"(?P<y3>(?:19|20)\d\d)"
    # or a month or quarter to meet: "trình Thủ tướng Chính phủ phê duyệt trong tháng 11 năm 2025"
    # ("phấn đấu đến tháng 6/2028 có 70% …", "đến cuối quý II năm 2027")
    r"|(?:trong|trước|đến(?: hết| cuối)?|tới|chậm nhất)\s+(?:tháng\s+\d{1,2}|quý\s+[IV1-4]+)(?:\s+năm\s+|/)"
    r"(?P<y4>(?:19|20)\d\d))(?!\d)", re.I)
# Inside the value's own sentence a bare "năm 2030" also counts (not a date "tháng 4 năm 2021").
# A year compared against ("giảm 5-10% so với năm 2020") is the baseline, not the deadline.
# Of years listed together the last is the one reached ("năm 2025 và 2026").
YEAR_IN_SENTENCE = re.compile(r"(?<!tháng\s\d{1,2}\s)(?<!hằng\s|hàng\s|mỗi\s)(?<!so\svới\s|so\s|cùng\skỳ\s)"
                              r"năm\s+(?:(?:19|20)\d\d\s*(?:và|,|[-–])\s*)*(?P<y>(?:19|20)\d\d)(?!\d)", re.I)
# A value with most of the words around it figures or codes ("3,82", "K2-CN6") is a cell
# of a table whose rows were run together.
FIGURE_WORD = re.compile(r"\d")
FIGURE_RUN_CHARS = 50
FIGURE_RUN_MIN = 6
# What a table's stage row holds besides its stage: marks, cell rules and a row number.
STAGE_ROW = re.compile(r"[\s|*_.:()\-–]*(?:[IVX]{1,4}|\d{1,2}|[A-Đa-đ])?[\s|*_.:()\-–]*")
# A goal kept once reached: "… vào năm 2025 và duy trì đến năm 2030".
MAINTAINED = re.compile(r"\bduy trì(?:\s+ổn định)?\s*$", re.I)
# Headings that name a stage to reach ("1. Giai đoạn 2025 - 2030", "2.1. Đến năm 2030",
# "2.2. Định hướng đến năm 2035"); not a report's "Kết quả trong năm 2025".
HEADING_STAGE = re.compile(
    r"(?:(?:đến|tới|trước)\s+(?:(?:hết|cuối)\s+)?năm\s+|giai đoạn\s+(?:19|20)\d\d\s*[-–—]\s*|^\W*[\d.]*\s*năm\s+)"
    r"(?P<y>(?:19|20)\d\d)(?!\d)", re.I)

# What follows a year that is another figure's: "năm 2022 là 2,4 con/bà mẹ".
OTHER_FIGURES_YEAR = re.compile(r"\s*(?:là|đạt|:)\s*\d")
# A sentence that opens with its year: "Năm 2022, tỉnh Yên Bái …", "CTTĐT - Năm 2022, …",
# "Trong năm 2023, …".
YEAR_LEADS_SENTENCE = re.compile(r"[\W\p{Lu}]{0,12}?(?:[Tt]rong\s+)?[Nn]ăm\s+(?P<y>(?:19|20)\d\d)\s*,")

# A deadline printed right after its value, nothing but a few words between
# ("10% trong năm 2027", "95% vào năm 2025"): that value's own, even when the
# clause names other years for other values.
OWN_DEADLINE = re.compile(
    # (not past "và": "85% và đến năm 2020 có trên 95%" names the next value's year)
    r"\s*(?:(?!và\b)[\p{L}]+\s+){0,2}?(?:(?:trong|vào|đến|tới|trước|đến hết|hết)\s+năm\s+(?P<y1>(?:19|20)\d\d)"
    r"|giai đoạn\s+(?:19|20)\d\d\s*[-–—]\s*(?P<y2>(?:19|20)\d\d))(?!\d)"
    # or a bare year right after the value: "90% năm 2030", "98% (năm 2030)"; not the year of a
    # base told in brackets: "2,35 con/bà mẹ (năm 2022 là 2,4 con/bà mẹ)"
    r"|\s*\(?\s*năm\s+(?P<y3>(?:19|20)\d\d)(?!\d)(?!\s*(?:là|đạt|:)\s*\d)", re.I)

# A year right before its value, joined by a colon or "đạt" and a qualifier: "năm 2026:
# 80%", "năm 2027 đạt trên 85%", "đến năm 2030 là 90%", "đến năm 2015 có trên 85%".
LEAD_YEAR = re.compile(
    r"(?<!so\svới\s)(?<!so\s)\bnăm\s+(?P<y>(?:19|20)\d\d)\s*(?::|,)?\s*(?:(?:đạt|là|có|(?:xuống\s+|giảm\s+)?còn|lên)\s+)?"
    r"(?:(?:" + "|".join(p for _, p in QUALIFIERS) + r")\s+)?(?:từ\s+)?$", re.I)   # ("năm 2015 đạt từ 85%")
LEAD_YEAR_CHARS = 40

# A goal that recurs every year.
# Not a plan or roadmap that is yearly ("theo lộ trình thực hiện hàng năm, phấn đấu đạt 20% …").
ANNUAL = re.compile(r"(?<!\b(?:lộ trình|kế hoạch|chương trình|báo cáo|dự toán)(?:\s+thực hiện)?\s+)"
                    r"\b(?:hằng năm|hàng năm|mỗi năm|năm nào cũng)\b|[%‰]\s*/\s*năm\b"
                    # a count per year: "đạt 90.000 lượt/năm", "25 - 30 câu lạc bộ/năm"
                    r"|(?<=\d\s+\p{Ll}+(?:\s+\p{Ll}+){0,2})\s*/\s*năm\b", re.I)
YEAR_WORDS = {"năm"}

PER_YEAR_SIGN = re.compile(r"[%‰]")
# A yearly mark heading a whole sentence or list item ("d) Hằng năm, …").
# (after a connective that opens a report's list of goals: "Theo đó, hàng năm, 100% …")
ANNUAL_LEAD = re.compile(r"[-+•*\s]*(?:[a-zđ]\)|\d+[.)])?\s*(?:(?:theo đó|trong đó|cụ thể|đồng thời)\s*,\s*)?"
                         r"(?:hằng năm|hàng năm|mỗi năm)\b", re.I)

# Where the group (who or what the goal counts) ends and the action begins.
GROUP_END = re.compile(
    r"\s(?:được|có|tham gia|đạt|ứng dụng|áp dụng|triển khai|thực hiện|sử dụng|trở lên|phải|"
    r"đáp ứng|bảo đảm|đảm bảo|không|hoàn thành|tiếp cận|kết nối|sở hữu)\b|[;.(:]|$"
    r"|\s(?:và\s+)?(?:trên\s+|tối thiểu\s+|ít nhất\s+)?\d")
# List marks at the start of an item ("- ", "a) ", "2.1. ").
LIST_MARK = re.compile(r"^[-+•*\s]*(?:[a-zđ]\)|\d+(?:\.\d+)*[.)])?\s*")
# The verb and qualifier between a measured thing and its value ("… đạt tối thiểu").
VALUE_VERB_TAIL = re.compile(
    r"(?:\s+(?:phấn đấu|đạt|chiếm|tăng|giảm|lên|xuống|còn|là|ở mức|"
    + "|".join(p for _, p in QUALIFIERS) + r"))+\s*$", re.I)
# Words before the measured thing that are not part of it: "Hằng năm, số vụ …",
# "Phấn đấu tỷ lệ …", "Tỷ lệ người dân …" (the rate of people: the group is the people).
SUBJECT_LEAD = re.compile(
    r"^\s*(?:(?:hằng năm|hàng năm|mỗi năm)\s*,?\s*)?(?:phấn đấu\s+)?"
    r"(?:(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng)\s+(?=\p{L}))?", re.I)
# The period of a rate right after its value ("10,5%/năm"): not the group.
PER_PERIOD = re.compile(r"^\s*/\s*(?:năm|tháng|quý)\b")
# Filler before the group noun.
GROUP_LEAD = re.compile(r"^\s*(?:số|các|tổng số|những)\s+", re.I)
# Administrative tier named in the group ("tuyến xã", "cấp tỉnh", "tuyến Thành phố").
LEVEL = re.compile(r"\b(?:tuyến|cấp)\s+(?P<tier>tỉnh|thành phố|huyện|quận|xã|cơ sở|trung ương)", re.I)
LEVEL_NAMES = {"tỉnh": "province", "thành phố": "province", "huyện": "district", "quận": "district",
               "xã": "commune", "cơ sở": "commune", "trung ương": "central"}

# Nouns of people counted in a training-needs list ("03 công chức", "85 viên chức").
NEED_NOUNS = re.compile(
    r"\s*(?:lượt\s+)?(?:công chức|viên chức|cán bộ|người|học viên|cộng tác viên|giảng viên|"
    r"báo cáo viên|nhân viên|lãnh đạo|đại biểu|thành viên|lượt|y tế thôn bản|cô đỡ)", re.I)

# A per cent this close after a goal per cent continues the same list of goals
# ("…; 100% viên chức …", "Cùng với đó, 100% lãnh đạo …"): about two paragraphs.
CONTINUATION_CHARS = 400

# An ordinal before a figure ("con thứ 3"), and a per cent earlier in the clause.
ORDINAL_BEFORE = re.compile(r"\bthứ\s*$", re.I)
PER_CENT_IN = re.compile(r"\d\s?[%‰]")
# A rate named before a count: the count is part of what the rate measures.
RATE_WORD = re.compile(r"\b(?:tỷ lệ|tỉ lệ|tỷ suất|tỉ suất)\b", re.I)

# Figures that are plain counts after a qualifier in an objective ("ít nhất 20 mô hình").
MAX_GROUP_WORDS = 14

# The plan period named near the top of the document (used when metadata has none).
PERIOD_IN_TITLE = re.compile(
    r"(?<!(?:so\s+với|thấp\s+hơn|cao\s+hơn)\s+(?:trung\s+bình\s+)?)(?:giai đoạn\s+(?:năm\s+)?(?:19|20)\d\d\s*[-–—]\s*|đến năm\s+)"
    r"(?P<y>(?:19|20)\d\d)(?!\d)", re.I)
TITLE_WINDOW = 1500
# Between two values of one list: a joining "và" or comma, and no clause mark.
LIST_JOINER = re.compile(r"\svà\s|,\s")
CLAUSE_MARK = re.compile(r"[;.]")


def extract(doc: Document, structure: Structure, meta: DocMeta) -> list[Target]:
    text = doc.text
    lo = structure.body_start or 0
    hi = structure.body_end or len(text)
    news = meta.source_kind == "news" or not structure.sections
    period_end = meta.goals_due or meta.period_end or _period_from_title(text, structure)
    normative = meta.doc_type in NORMATIVE_TYPES or bool(NORMATIVE_DECISION.match(meta.symbol or ""))
    # (a plan for one year that names a programme's span, "theo Đề án … giai đoạn 2026 -
    # 2030", sets its goals for its own year)
    one_year = meta.period_start is not None and meta.period_start == period_end
    rows: list[Target] = []
    values = find_values(text, lo, hi)
    annex = annexed_plan(doc, structure)
    if annex:
        structure, (a_lo, a_hi) = annex
        values += find_values(text, a_lo, a_hi)
    rows += _read_values(doc, structure, values, news, period_end, normative, one_year=one_year)
    # (a task appendix schedules what is to be done and reached, "Nhiệm vụ và chỉ tiêu": a
    # figure in its rows is read as a goal, as in an objectives part)
    for t_lo, t_hi in task_appendices(text, structure.body_end):
        if not (annex and t_lo < annex[1][1] and annex[1][0] < t_hi):
            rows += _read_values(doc, structure, find_values(text, t_lo, t_hi), news, period_end,
                                 normative, role="objectives", one_year=one_year)
    # (an appendix row that restates a body goal is a statement of its own, as a goal said
    # twice in the body is: each carries its own evidence)
    rows += _appendix_goals(doc, structure, period_end, normative)
    tabled, results = _table_goals(doc, structure, [(lo, hi)] + ([annex[1]] if annex else []), period_end, rows)
    rows = [r for r in rows if id(r) not in results] + tabled
    if meta.source_kind == "news":
        rows = _without_restated_counts(_without_restated_headlines(text, rows))
    for r in rows:                  # a figure read from an OCR'd page may be misread
        if doc.page_at(r.start) in doc.ocr_pages:
            r.confidence = SCANNED_CONFIDENCE
    _assign_ids(doc.doc_id, rows)
    return rows


def _read_values(doc: Document, structure: Structure, values: list[NumberMention], news: bool,
                 period_end: int | None, normative: bool, role: str | None = None,
                 one_year: bool = False) -> list[Target]:
    """The goals and training needs among ``values``, in text order, each read in the part
    it stands in (or in ``role``)."""
    rows: list[Target] = []
    last_goal = None
    last_count = None                         # the last count read as a goal
    last_unit = ""                            # ... and its unit
    stated: list[tuple[int, int]] = []        # (offset, year) of deadlines stated with a goal
    for i, v in enumerate(values):
        part = role or section_role(structure, v.start)
        if part == "needs":
            row = _need(doc, structure, v)
        else:
            follows = (last_goal is not None and v.start - last_goal.end < CONTINUATION_CHARS
                       and _list_key(structure, last_goal.start) == _list_key(structure, v.start)
                       and not _tells_the_present(doc.text, last_goal.end, v.start))
            # (a count goes on a list of counts its sentence set: "Giải quyết việc làm cho trên
            # 20.000 lao động, trong đó từ phát triển kinh tế xã hội 9.300 lao động, …")
            # (not a breakdown after a colon, "… trên 18.000 người, cụ thể: Cao đẳng 2.100 người");
            # the next clause of the list goes on only with a verb of its own ("…; năm 2030 đón
            # khoảng 17 triệu lượt khách"): ``counts_on`` is "clause" or "list"
            between = doc.text[last_count.end:v.start] if last_count is not None else ""
            counts_on = ""
            if not v.sign and last_count is not None and ":" not in between and len(between) < CONTINUATION_CHARS:
                if not re.search(r"[;.!?\n]", between) and LIST_JOINER.search(between) \
                        and sentence_bounds(doc.text, v.start) == sentence_bounds(doc.text, last_count.start):
                    counts_on = "clause"
                elif between.count(";") == 1 and not re.search(r"[.!?\n]", between):
                    counts_on = "list"
                elif BREAKDOWN_OPENS.fullmatch(between):
                    counts_on = "clause"    # "… sẽ đón 1,6 triệu lượt khách. Trong đó, 1,4 triệu lượt …"
            # earlier values of the same kind, nearest first (a year between two per cents
            # does not break "khoảng 10% trong năm 2027, 50% trong năm 2028")
            prevs = [u for u in reversed(values[max(0, i - 8):i]) if u.sign == v.sign] if v.sign else \
                [u for u in values[max(0, i - 1):i] if not is_year(u)]
            # (a year is no next count: "đạt 1,4 tỷ USD, đến năm 2030 là khoảng 1,65 tỷ USD")
            nxt = next((u.start for u in values[i + 1:i + 8] if u.sign == v.sign and not is_year(u)), None)
            if role and i and sentence_bounds(doc.text, v.start) != sentence_bounds(doc.text, values[i - 1].start):
                stated = []         # (a table's row takes no year from the row above: only its column)
            row = _target(doc, structure, v, prevs, part, news, period_end, follows, stated, normative,
                          nxt, one_year, counts_on, last_unit if counts_on else "")
            if row and row.unit in ("%", "‰"):
                last_goal = row
            elif row:
                last_count, last_unit = v, row.unit
        if row:
            rows.append(row)
    return rows


# -- goals -------------------------------------------------------------------

def _appendix_goals(doc: Document, structure: Structure, period_end: int | None,
                    normative: bool) -> list[Target]:
    """The per cents of an appendix that lists the document's indicators are goals, due
    the year its title reaches ("CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030")."""
    rows: list[Target] = []
    for lo, hi, year in indicator_appendices(doc.text, structure.body_end):
        # (a share over 100 in an indicator table is a misread cell: "703%")
        values = [v for v in find_values(doc.text, lo, hi) if v.sign in ("%", "‰") and v.value <= 100]
        cells = cell_figures(doc.text, lo, hi)
        stated: list[tuple[int, int]] = []
        for i, v in enumerate(values):
            nxt = values[i + 1].start if i + 1 < len(values) else None
            row = _target(doc, structure, v, list(reversed(values[max(0, i - 8):i])), "objectives",
                          False, year or period_end, False, stated, normative, nxt)
            if row and _as_table_row(doc, structure, row, cells):
                rows.append(row)
    return rows


def _as_table_row(doc: Document, structure: Structure, row: Target, cells) -> bool:
    """A goal read from a table's cell ("100%" under "Kết quả") takes its row as evidence,
    what the row's indicator counts as its group, and its column's year when it names one.
    False when the cell stands in a column of results ("Thực hiện năm 2025"): no goal."""
    cell = next((f for f in cells if f.start <= row.start < f.end or row.start <= f.start < row.end), None)
    if cell is None or cell.value != row.value:
        return True
    if cell.baseline:
        return False
    row.deadline = cell.year or row.deadline
    row.group = _indicator_group(cell.indicator) or row.group
    row.level = _level(cell.indicator) or row.level
    for key, value in _evidence(doc, structure, cell.row_start, cell.end).items():
        setattr(row, key, value)
    return True


def _table_goals(doc: Document, structure: Structure, ranges: list[tuple[int, int]],
                 period_end: int | None, found: list[Target]) -> tuple[list[Target], set[int]]:
    """Per cents of indicator tables read one cell a line ("Tỷ lệ …" / "%" / "80" / "90"
    under "Giai đoạn 2021 - 2025" / "Giai đoạn 2026 - 2030"): goals in a part that sets
    them, or in a table whose header speaks of goals outside parts that report or fund.
    Each is due the year its column reaches (else the plan's last year). Returns the new
    goals and the ids of goals already ``found`` that a column of results shows to be none
    ("75%" under "Thực hiện 2025")."""
    taken = {r.start for r in found} | {r.end for r in found}
    dated: set[int] = set()                 # (ids of) goals a column has dated
    results: set[int] = set()               # (ids of) figures a column shows to be results
    rows = []
    for lo, hi in ranges:
        for f in cell_figures(doc.text, lo, hi):
            role = section_role(structure, f.start)
            if not (role in GOAL_ROLES or (f.goal_table and role not in NON_GOAL_ROLES)):
                continue
            same = next((r for r in found if f.signed and id(r) not in dated and r.start <= f.start < r.end
                         and r.value == f.value and r.unit == f.unit), None)
            if same is not None:
                # a figure read already as a goal, in its cell or its row's line: its
                # column says when it is due, or that it is a result
                if f.baseline:
                    results.add(id(same))
                else:
                    same.deadline = f.year or same.deadline
                    same.group = _indicator_group(f.indicator) or same.group
                    for key, value in _evidence(doc, structure, f.row_start, f.end).items():
                        setattr(same, key, value)       # (the row is its evidence, not the cell)
                dated.add(id(same))
                continue
            if f.baseline:
                continue
            if f.start in taken or f.end in taken:
                continue
            group = _indicator_group(f.indicator)
            rows.append(Target(
                doc_id=doc.doc_id, target_id="", kind="target", value=f.value, unit=f.unit,
                comparator=f.comparator, deadline=f.year or period_end, group=group,
                level=_level(f.indicator), **_evidence(doc, structure, f.row_start, f.end)))
    return rows, results


# An aside that restates a goal as a change on a past year: "có 1.510 câu lạc bộ … (tăng 27
# CLB so với năm 2024)".
COMPARISON_ASIDE = re.compile(r"[^()]*\bso với\s+(?:năm|cùng kỳ|giai đoạn|kỳ)\b[^()]*\)")


CHANGE_OPENS_ASIDE = re.compile(r"\(\s*(?:tăng|giảm)(?:\s+(?:thêm|khoảng|hơn|trên))?\s*$")


def _in_comparison_aside(text: str, s: int, e: int, v: NumberMention) -> bool:
    """The value opens a bracket with its change ("(tăng 27 CLB so với năm 2024)"), not a
    goal the bracket sets itself ("(trong đó, khách quốc tế đạt 640.000 lượt, tăng …)")."""
    opened = text.rfind("(", s, v.start)
    return opened >= 0 and bool(CHANGE_OPENS_ASIDE.match(text, opened, v.start)) \
        and bool(COMPARISON_ASIDE.match(text, v.end, e + 1))


def _indicator_group(indicator: str) -> str:
    """What a table row's indicator counts ("Tỷ lệ hộ nghèo" -> "hộ nghèo")."""
    return RATE_WORD.sub("", indicator, count=1).strip(" .:") if indicator else ""


def _target(doc, structure, v: NumberMention, prevs: list[NumberMention], role: str,
            news: bool, period_end: int | None, follows: bool,
            stated: list[tuple[int, int]], normative: bool = False,
            next_value: int | None = None, one_year: bool = False, counts_on: str = "",
            counted_before: str = "") -> Target | None:
    """``counts_on``: ``v`` is a count in the clause ("clause") or the list ("list") of a
    count read as a goal, in ``counted_before``."""
    text = doc.text
    s, e = sentence_bounds(text, v.start)
    if _in_comparison_aside(text, s, e, v):
        return None
    cs, ce = _clause(text, s, e, v.start)
    comparator = _comparator(text, cs, v, prevs)
    if v.sign:
        if not _is_goal(text, cs, ce, v, role, news, structure, follows, normative):
            return None
        unit = v.sign
    else:
        # (outside objectives, a count in a goal sentence, read as a per cent would be)
        # (a requirement to reach it is one too: "2. Yêu cầu" > "- Xây dựng thành công 580 ha rau")
        required = role == "purpose" and not normative \
            and bool(COUNT_GOAL_VERB.search(text, max(cs, v.start - 30), v.start))
        goal_sentence = required or role not in GOAL_ROLES and not normative \
            and (bool(COUNT_GOAL_SENTENCE.search(text, s, e))
                 # (or one of the sentences a paragraph's "mục tiêu cụ thể:" heads)
                 or bool(GOALS_COLON.search(text, text.rfind("\n", 0, s) + 1, max(s, v.start)))
                 # (or heads what is to be done in a list "phấn đấu" heads: "…; 37 xã đạt chuẩn nâng cao")
                 or bool(COUNT_TO_BE_DONE.match(text, v.end, ce)) and _under_goal_head(text, v.start)
                 # (or right after a goal, set by its verb: "… đạt 69%. Giải quyết việc làm cho 20.000
                 # lao động", or by "là" in the goal's list: "… đạt 42%; Số lao động … là 5.000 người")
                 or follows and bool(COUNT_GOAL_VERB.search(text, max(cs, v.start - 30), v.start)
                                     or comparator == "min"
                                     or text[:s].rstrip().endswith(";")
                                     and SET_BY.search(text, max(cs, v.start - 30), v.start))) \
            and _is_goal(text, cs, ce, v, role, news, structure, follows, normative)
        unit = _count_goal_unit(text, v, role, comparator, cs, ce, goal_sentence, counts_on, counted_before)
        if not unit:
            return None
    value, value_high, unit = _scaled(v.value, v.value_high, unit)
    group = _group(text, v.end, ce) or _subject_before(text, cs, v.start)
    timed = _without_comparison_base(text, v.end, ce)
    return Target(
        doc_id=doc.doc_id, target_id="", kind="target", value=value, value_high=value_high,
        unit=unit, comparator=comparator,
        deadline=_deadline(timed, structure, v, cs, ce, period_end, stated, next_value,
                           prevs[0] if prevs else None, one_year),
        annual=_annual(timed, s, cs, ce, v), group=group, level=_level(group or text[cs:ce]),
        action=_action(text, v.end, ce, group),
        **_evidence(doc, structure, *_readable(text, s, e, v)))


# The base a goal is measured against, after its value: "giảm 5-10% … so với trung bình
# hàng năm giai đoạn 2011 - 2016". It runs to the clause's next mark or to a deadline of
# the goal's own ("… so với năm 2020 vào năm 2025").
COMPARED_WITH = re.compile(r"\bso\s+với\b", re.I)
BASE_END = re.compile(r"[,;.\n]|\s(?:đến|tới|vào|trong|trước|đến hết)\s+năm\s", re.I)


def _without_comparison_base(text: str, v_end: int, ce: int) -> str:
    """The text with the comparison base after the value blanked, offsets kept: its years
    and its "hằng năm" are the base's, not the goal's deadline or recurrence."""
    m = COMPARED_WITH.search(text, v_end, ce)
    if not m:
        return text
    stop = BASE_END.search(text, m.end(), ce)
    end = stop.start() if stop else ce
    return text[:m.start()] + " " * (end - m.start()) + text[end:]


def _readable(text: str, s: int, e: int, v: NumberMention) -> tuple[int, int]:
    """The sentence [s, e) as evidence, or, when it runs far beyond what a reviewer reads
    (a flattened table is one "sentence" of thousands of characters), the words around
    the figure: what leads to it and a little of what follows."""
    if e - s <= QUOTE_MAX:
        return s, e
    # (an item of a list run into one line is read whole: "…; (5) 100% số người … lập danh
    # sách chi trả …;")
    marks = [m for m in RUN_IN_ITEM.finditer(text, s, v.start)]
    close = text.find(";", v.end, e)
    close = e if close < 0 else close
    if marks and close - marks[-1].start() <= QUOTE_MAX:
        lo = marks[-1].start() + 1
        return lo + len(text[lo:close]) - len(text[lo:close].lstrip()), close
    lo = max(s, v.start - QUOTE_BEFORE)
    hi = min(e, v.end + QUOTE_AFTER)
    if lo > s:                                                  # (whole words only)
        space = text.find(" ", lo, v.start)
        lo = space + 1 if space >= 0 else lo
    cut = text.rfind(" ", v.end, hi)
    return lo, (cut if hi < e and cut > 0 else hi)


# A value inside the title of a document the text cites ("Thực hiện Kết luận số
# 123-KL/TW ngày 24/01/2025 … về Đề án … với mục tiêu tăng trưởng đạt 8% trở lên",
# "THEO NGHỊ QUYẾT SỐ 25/NQ-CP … VỀ MỤC TIÊU … NĂM 2025 ĐẠT 8% TRỞ LÊN"): the cited
# document's goal. The title runs on until a mark or the document's own words resume.
IN_CITED_TITLE = re.compile(
    r"(?<![\p{L}\d])\d{1,5}(?:/(?:19|20)\d\d)?[/\-]\p{Lu}[\p{L}\d/\-]*\s+(?:ngày\s+[\d/]+\s+)?(?:của\s+[^;:\n]{0,80}?\s+)?"
    r"về\s+(?:(?!phấn\s+đấu|[Tt]heo\s+đó|[Tt]rong\s+đó)[^;:\n])*$", re.I)


GOALS_IT_SETS = re.compile(r"\bvới\s+(?:các\s+)?mục\s+tiêu\b")
LOCAL_SYMBOL = re.compile(r"\S*(?:UBND|HĐND)")


def _is_goal(text: str, cs: int, ce: int, v: NumberMention, role: str, news: bool,
             structure: Structure, follows: bool, normative: bool = False) -> bool:
    """A per cent is a goal in objective sections, or in a goal sentence elsewhere."""
    if _never_a_goal(text, cs, ce, v, news):
        return False
    if normative:
        # (a rule's roadmap sets goals by stage: "Điều 4. Lộ trình thực hiện …" > "a) Giai
        # đoạn 1: … đến hết ngày 31 tháng 12 năm 2025, bảo đảm đạt ít nhất 60% số giáo viên")
        return role in GOAL_ROLES or _under_goal_head(text, v.start) or (
            any(ROADMAP_HEADING.search(sec.heading) for sec in _chain(structure, v.start))
            and bool(GOAL_CUE.search(text, cs, v.start)))
    if _share_not_goal(text, cs, v, role, follows):
        return False
    if role in NON_GOAL_ROLES:
        # "c) Phấn đấu tỷ trọng … đạt tối thiểu 30%" in a duties list is still a goal,
        # and so is every clause or item of a list that "phấn đấu" heads
        return role == "implementation" and (bool(STRIVE.search(text, cs, v.start))
                                             or bool(SECURED_MINIMUM.search(text, cs, v.start))
                                             or (v.value == 100 and v.value_high is None
                                                 and bool(SECURED_ALL.search(text, cs, v.start)))
                                             or _under_goal_head(text, v.start))
    if role in GOAL_ROLES:
        return True
    return _goal_sentence(text, cs, ce, v, role, news, structure, follows)


def _never_a_goal(text: str, cs: int, ce: int, v: NumberMention, news: bool) -> bool:
    """A per cent no part makes a goal: a cited title's, a share of a plan's figure, a
    level described or started from, a relief, an adjustment."""
    cited = IN_CITED_TITLE.search(text, cs, v.start)
    if cited and not (news and LOCAL_SYMBOL.match(cited.group(0)) and GOALS_IT_SETS.search(text, cs, v.start)):
        # the goal a cited document's title states (but a report tells the goals of the
        # province's plan it names: "… ban hành Quyết định số 2617/QĐ-UBND về việc phê duyệt
        # Đề án … với mục tiêu …", not those of a national one it cites)
        return True
    if RATIO_OF_PLAN.match(text, v.end) and not STRIVE.search(text, cs, v.start) \
            and not CHANGE_BEFORE.search(text, max(cs, v.start - 20), v.start) \
            and not DISBURSE_BEFORE.search(text, max(cs, v.start - 60), v.start):
        return True     # (a change or a share to strive for names its base: "tăng khoảng 10% so
                        # với cùng kỳ", "Phấn đấu giải ngân trên 95% kế hoạch")
    if LEVEL_DESCRIBED.search(text, max(cs, v.start - 20), v.start):
        return True
    if RELIEF_BEFORE.search(text, max(cs, v.start - 20), v.start) and LEVY_AFTER.match(text, v.end):
        return True                        # a relief granted ("Giảm (10%-15%) thuế thu nhập …"), in any part
    if ADJUSTED.search(text, cs, v.start) and not STRIVE.search(text, cs, v.start):
        return True
    if FROM_LEVEL.search(text, max(cs, v.start - 12), v.start) and TO_LEVEL.match(text, v.end, ce):
        return True                        # "từ 12,1% … xuống còn 10%": the level it starts from
    return False


def _share_not_goal(text: str, cs: int, v: NumberMention, role: str, follows: bool) -> bool:
    """A share outside the goal parts that is no goal: of a whole named before it, a
    score's, or of money (a floor set on a budget is one)."""
    if role not in GOAL_ROLES and SHARE_OF.search(text, max(cs, v.start - 40), v.start) \
            and v.value_high is None and not _under_goal_head(text, v.start) \
            and not (follows and PART_OF_GOAL.search(text, cs, v.start)) \
            and not SETS_TARGETS.search(text, sentence_bounds(text, v.start)[0], cs):
        return True
    if SCORE_SHARE.match(text, v.end):
        return True
    if role not in GOAL_ROLES and MONEY_SHARE.match(text, v.end) and not STRIVE.search(text, cs, v.start) \
            and not AT_LEAST.search(text, max(cs, v.start - 30), v.start):
        # "Giảm 50% lệ phí trước bạ": a measure of money, no goal; but a floor set on a
        # budget is one ("Bố trí tối thiểu 2% ngân sách tỉnh cho sự nghiệp môi trường")
        return True
    return False


def _goal_sentence(text: str, cs: int, ce: int, v: NumberMention, role: str, news: bool,
                   structure: Structure, follows: bool) -> bool:
    """A per cent outside the goal and duty parts: a goal when its sentence or list strives
    for it, its heading names goals or a stage, or it is a task to reach everyone."""
    if _among_figures(text, v):
        return False                        # a cell of a table whose rows were run together
    s, e = sentence_bounds(text, v.start)
    # (an item run into its list's line is a sentence of its own: "…; (3) Ít nhất 80% …")
    s = max([s] + [m.end() for m in RUN_IN_ITEM.finditer(text, s, v.start)])
    chain = _chain(structure, v.start)
    under_head = _under_goal_head(text, v.start)
    # a result is told before its figure ("đến nay đã đạt 85%"); after it, "đã" may only
    # describe whom a goal counts ("85% người hưởng … hoặc người đã có tài khoản"), and a
    # list headed by its goals ("các chỉ tiêu cụ thể như sau:") states none
    # (a point that opens with what has been done may still strive for a value: "a) Hiện nay
    # tổng khối lượng hoàn thành … (phấn đấu sản lượng mỗi tháng đạt tối thiểu 20%)")
    reports_chain = any(RESULT_CUE.search(_title(sec.heading)) for sec in chain) \
        and not STRIVE.search(text, cs, v.start)
    if _reported(text, s, v.start) or reports_chain \
            or (RESULT_AFTER.search(text, v.end, e) and not under_head):
        return False
    if news and not chain and _in_present_paragraph(text, v.start):
        return False                        # "Tỉnh … hiện có …; … đạt tỷ lệ huy động 19,11%": the state now
    # (a colon after the figure opens another clause: "… Lưu lượng thoát nước lớn nhất (85%)
    # 27.738 Giải pháp thiết kế: Để đảm bảo …" lends its cue to no figure before it)
    colon = text.find(":", v.end, ce)
    if GOAL_CUE.search(text, cs, ce if colon < 0 else colon) or follows or under_head \
            or HAS_SHARE.fullmatch(text, cs, v.start) \
            or GOALS_COLON.search(text, text.rfind("\n", 0, s) + 1, max(s, v.start)):
        return True
    # a task to reach everyone or everything ("phổ biến … đối với 100% cán bộ", "100% xe ô tô
    # … sử dụng tài khoản thu phí điện tử") is a coverage goal, and so is a requirement the
    # plan's purposes set; a share of money is not
    if role in COVERAGE_ROLES and v.value == 100 and v.value_high is None and not MONEY_SHARE.match(text, v.end):
        return True
    if any(GOAL_HEADING.search(sec.heading) for sec in _chain(structure, v.start)):
        return True
    # a per cent under a heading that names a stage to reach ("1. Giai đoạn 2025 - 2030")
    return any(HEADING_STAGE.search(sec.heading) for sec in _chain(structure, v.start))


def _among_figures(text: str, v: NumberMention) -> bool:
    """The value stands among figures and codes, not words: a table flattened into a run
    of cells ("… HTKT1- 11,46 3,82 >1% 4,19 HTKT 2 2 …"), whose heading names no goal of
    the value's own."""
    words = text[max(0, v.start - FIGURE_RUN_CHARS):v.start].split()[1:] \
        + text[v.end:v.end + FIGURE_RUN_CHARS].split()[:-1]
    figures = sum(1 for w in words if FIGURE_WORD.search(w))
    return figures >= FIGURE_RUN_MIN and figures * 2 > len(words)


def _reported(text: str, s: int, pos: int) -> bool:
    """A result is told before the figure, unless a goal is named between the two: "các
    KCN đã đi vào hoạt động, … mục tiêu tỷ lệ phủ sóng 5G đến năm 2030 đạt 100%"."""
    last = None
    for last in RESULT_CUE.finditer(text, s, pos):
        pass
    return last is not None and not GOAL_LIST_HEAD.search(text, last.end(), pos)


def _title(heading: str) -> str:
    """What a heading says of its part: its first sentence. A list item's "heading"
    is the whole item, whose later sentences are its content, not its title."""
    m = FULL_STOP.search(heading)
    return heading[:m.start()] if m else heading


def _under_goal_head(text: str, pos: int) -> bool:
    """The value is a clause of a list of goals: "phấn đấu" (or "mục tiêu", "chỉ tiêu")
    earlier in its sentence, across the semicolons between clauses; or its line is
    an item under a head line that ends with ":" and names goals."""
    ls = text.rfind("\n", 0, pos) + 1
    head_from = ls
    for m in FULL_STOP.finditer(text, ls, pos):
        head_from = m.end()
    head = text[head_from:pos]
    if STRIVE.search(head) and not RESULT_CUE.search(head):
        return True
    head = _list_head(text, ls)
    if head and GOAL_LIST_HEAD.search(head) and not RESULT_CUE.search(head):
        return True
    # (or an item of such a list run into its head's line by a copy: "… các chỉ tiêu cụ thể
    # như sau: (1) 100% …; (2) Ít nhất 85% …")
    colon = text.rfind(":", ls, pos)
    if colon < 0 or not RUN_IN_ITEM.match(text, colon) or FULL_STOP.search(text, colon, pos):
        return False
    head = text[max([ls] + [m.end() for m in FULL_STOP.finditer(text, ls, colon)]):colon]
    return bool(GOAL_LIST_HEAD.search(head) and not RESULT_CUE.search(head))





def _list_head(text: str, ls: int) -> str:
    """The line that heads the list item starting at ``ls``: back over the items of
    the same kind to the first other line, when that line ends with ":"."""
    mark = ITEM_KIND.match(text[ls:ls + 12])
    if not mark:
        return _paragraph_head(text, ls)
    pos = ls
    for _ in range(LIST_HEAD_LINES):
        if pos == 0:
            return ""
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev:pos - 1]
        prev_mark = ITEM_KIND.match(line)
        if prev_mark and prev_mark.lastgroup == mark.lastgroup:
            pos = prev
            continue
        # (or a short heading of goals without its colon: "Về mục tiêu cụ thể")
        bare = line.strip(" *_#\t")
        return line if bare.endswith(":") or (GOAL_LIST_HEADING.match(bare) and len(bare.split()) <= GOAL_LIST_HEADING_WORDS) else ""
    return ""


# Unmarked paragraphs a head line's colon governs: at most this many, none a heading.
UNMARKED_ITEMS = 3
NUMBERED_HEADING = re.compile(r"^[\s*_#]*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)]\s")


def _paragraph_head(text: str, ls: int) -> str:
    """The line ending with ":" right above a few unmarked paragraphs, each closed by "." or
    ";" ("Mục tiêu cụ thể của Kế hoạch là phấn đấu đến năm 2025:" over "Tỷ trọng lao động
    nông nghiệp … dưới 61%; …" and "Duy trì tỷ lệ thất nghiệp …"), or ''."""
    pos = ls
    for _ in range(UNMARKED_ITEMS):
        if pos == 0:
            return ""
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev:pos - 1].strip(" *_#\t")
        if not line or NUMBERED_HEADING.match(line):
            return ""
        if line.endswith(":"):
            return line
        if not line.endswith((".", ";")):
            return ""
        pos = prev
    return ""


# A paragraph that opens on the state of things now: "Tỉnh Bình Dương hiện có 51/91 xã …",
# "Đến nay, …", "Năm qua, …".
PRESENT_STATE = re.compile(r"[^.\n]{0,60}?\b(?:hiện\s+(?:có|nay|đang)|đến\s+nay|tính\s+đến|năm\s+qua|vừa\s+qua)\b",
                           re.I)


# What sets a goal, not what reports a result ("đạt", "tăng" do both).
AIMS = re.compile(r"\b(?:phấn đấu|mục tiêu|chỉ tiêu|đến năm|sẽ|kế hoạch|dự kiến|hướng tới)\b", re.I)


def _in_present_paragraph(text: str, pos: int) -> bool:
    """``pos`` lies in a paragraph that opens on the state of things now and aims at
    nothing before it."""
    para = text.rfind("\n", 0, pos) + 1
    return bool(PRESENT_STATE.match(text, para)) and not AIMS.search(text, para, pos)


def _tells_the_present(text: str, after: int, pos: int) -> bool:
    """A new paragraph between a goal and ``pos`` that opens on the state of things now:
    its figures go on from no goal."""
    para = text.rfind("\n", 0, pos) + 1
    return para > after and bool(PRESENT_STATE.match(text, para))


def _list_key(structure: Structure, pos: int) -> int:
    """Items of one list share the section that holds them all (the parent of an item)."""
    chain = _chain(structure, pos)
    return chain[-2].start if len(chain) >= 2 else (chain[0].start if chain else -1)


def _count_goal_unit(text: str, v: NumberMention, role: str, comparator: str, cs: int, ce: int,
                     goal_sentence: bool = False, counts_on: str = "", counted_before: str = "") -> str:
    """A plain count is a goal in objective sections with a qualifier or a setting verb
    before it, or as the subject of what is to be done ("6.000 lao động được giải quyết
    việc làm"); elsewhere in a sentence that strives for it or sets it by a deadline
    (``goal_sentence``: "phấn đấu đạt 15.500 tỷ đồng", "đến năm 2025 … đạt 1,4 tỷ USD").
    Not an ordinal ("con thứ 3 trở lên"), nor a count inside the measure of a per cent
    stated before it ("95% phụ nữ mang thai được tầm soát ít nhất 4 bệnh")."""
    if (v.of is not None and not _rate_or_share(v)) or (role not in GOAL_ROLES and not goal_sentence and not counts_on):
        return ""
    # (the parts of a count set just before share its verb: "Giải quyết việc làm cho trên
    # 20.000 lao động, trong đó từ phát triển kinh tế xã hội 9.300 lao động, …")
    # (a range's bottom reads on after its top: "25 - 30 sản phẩm được đánh giá")
    top = RANGE_REST.match(text, v.end)
    set_before = COUNT_GOAL_VERB.search(text, max(cs, v.start - 30), v.start) \
        or SET_BY.search(text, max(cs, v.start - 30), v.start) or counts_on == "clause" \
        or (counts_on == "list" and not text[cs:v.start].strip(" \t;,")) \
        or INCOME_BEFORE.search(text, max(cs, v.start - 60), v.start) \
        or PER_CENT_AS_COUNT.search(text, max(cs, v.start - 70), v.start) \
        or _counts_its_object(text, cs, v, top.end() if top else v.end)
    to_be_done = (role in GOAL_ROLES or goal_sentence) and COUNT_TO_BE_DONE.match(text, top.end() if top else v.end, ce)
    if comparator == "none" and not set_before and not to_be_done:
        return ""
    if role not in GOAL_ROLES and not set_before and comparator != "min" and not STRIVE.search(text, cs, v.start) \
            and not to_be_done and not GOALS_COLON.search(text, text.rfind("\n", 0, v.start) + 1, v.start):
        return ""                           # elsewhere a qualifier alone sets nothing ("ô tô dưới 10 chỗ ngồi"),
                                            # but a list of goals or quotas sets its items ("… gồm: … trên 40.500 người")
    if is_year(v) and not GROUPED.search(text, v.start, v.end):
        return ""                           # a year, not "2.000 tỷ đồng" written with its thousands
    restated = PER_CENT_AS_COUNT.search(text, max(cs, v.start - 70), v.start)
    if ORDINAL_BEFORE.search(text, max(cs, v.start - 8), v.start) \
            or (not restated and _in_per_cents_measure(text, cs, v, set_before)):
        return ""
    if RESULT_CUE.search(text, cs, v.start):
        return ""                           # "Hiện nay, tổng số trạm … khoảng 180 trạm": the state now
    if FROM_LEVEL.search(text, max(cs, v.start - 12), v.start) and TO_LEVEL.match(text, v.end, ce):
        return ""                           # "giảm từ 23 ca … xuống 18 ca": the level it starts from
    if RATE_WORD.search(text, cs, v.start) and PER_CENT_IN.search(text, v.end, ce) and not restated:
        return ""                           # "tỷ lệ … tầm soát ít nhất 4 bệnh … đạt 90%"
    if RANGE_TOP.search(text, max(cs, v.start - 4), v.start):
        return ""                           # the top of a range read with its bottom ("26.000 - 30.000 tỷ đồng")
    if goal_sentence and FUNDING_BEFORE.search(text, cs, v.start) and MONEY_AFTER.match(text, top.end() if top else v.end):
        return ""                           # "Dự kiến, tổng nguồn vốn đầu tư … khoảng 20.000 tỷ đồng": money to spend
    if counted_before and DEADLINE_NEXT.match(text, v.end):
        return counted_before               # "20.000 ngôi nhà … vào năm 2025 và 22.000 vào năm 2030"
    return _goal_count_noun(text, v, cs, top.end() if top else v.end, bool(set_before))


def _goal_count_noun(text: str, v: NumberMention, cs: int, noun_at: int, set_before: bool) -> str:
    """The unit of a count set as a goal: the noun it counts (with "/noun" for a rate per
    one), or '' where the noun makes it no goal's count (a rate's base, a grade, the plan's
    own parts, a span of time)."""
    # (the bottom of a range is counted in the noun after its top: "26.000 - 30.000 tỷ đồng")
    noun = NOUN_JOINED.sub("", counted_noun(text, noun_at, max_words=3))  # "13 bác sĩ và 39 giường bệnh"
    if v.value == 1 and MEASURE_UNIT.match(noun):
        return ""                           # "giá trị sản xuất 1ha đất trồng trọt": the base of a rate
    if not noun or PER_POPULATION.match(noun) or len(noun.split()[0]) < 2:
        return ""                           # "13 bác sĩ … trên 1 vạn dân": the base of a rate
    if noun.split()[0].casefold() == "sao":
        return ""                           # a grade, not a count: "phân hạng 3 sao trở lên"
    if PLAN_PARTS.match(noun):
        return ""                           # the plan's own parts: "4 mục tiêu được đặt ra", "11 nhiệm vụ"
    if CARRIED_OUT.search(text, max(cs, v.start - 30), v.start) and ENUMERATED.match(text, v.end):
        return ""                           # "thực hiện 5 dự án thành phần …, gồm: …": the plan's parts
    if noun.split()[0].casefold() in TIME_UNITS and not (
            noun.split()[0].casefold() == "tuổi" and set_before and LIFE_SPAN.search(text, cs, v.start)):
        return ""                           # a span or an age, but "tuổi thọ … đạt 77,67 tuổi" is a goal
    per = PER_NOUN.match(text, v.end + text[v.end:].find(noun) + len(noun))
    if per and per["noun"] in YEAR_WORDS:
        per = None                          # "90.000 lượt/năm": a yearly count, in lượt
    return f"{noun}/{per['noun']}" if per else _count_unit(noun)     # "2,1 con/phụ nữ": a rate per one


# A paragraph's words that head the goals it goes on to list: "… đã đề ra mục tiêu cụ thể: …".
GOALS_COLON = re.compile(r"\b(?:mục tiêu|chỉ tiêu)(?:\s+của\s+[^:.;\n]{2,30}?)?(?:\s+(?:cụ thể|chủ yếu|chính))?"
                         r"(?:\s+như sau)?\s*:"
                         # (or tells that it sets goals, which its next sentences state: "Kế hoạch đề ra
                         # các mục tiêu cụ thể đến năm 2025. Đó là …: 100% thư viện cấp huyện, …")
                         r"|\b(?:đề\s+ra|đặt\s+ra)\s+(?:các\s+|những\s+)?mục\s+tiêu\b"
                         # (or opens the paragraph with the stage it plans: "Giai đoạn 2021 - 2025: Chợ …
                         # có quy hoạch xây mới thêm 15 chợ; …")
                         r"|^[^\S\n]*(?:[-+•*][^\S\n]*)?Giai\s+đoạn\s+(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d\s*:"
                         # (or quotas it assigns: "… được giao cụ thể cho từng huyện, thị, thành phố gồm: …")
                         r"|\bđược\s+giao(?:\s+cụ\s+thể)?[^:.;\n]{0,60}?\s(?:gồm|như\s+sau)\s*:"
                         # (or opens the paragraph with its deadline: "Theo đó, mục tiêu đến năm 2025, …")
                         r"|^(?:[^.\n]{0,20}?,\s*)?mục tiêu\s+(?:đến|tới|trong)\s+năm\s+(?:19|20)\d\d\s*,", re.I | re.M)
GROUPED = re.compile(r"\d[.,]\d{3}")
# What a plan counts of itself, no goal: its goals, tasks, solutions, groups of them (not
# "chỉ tiêu", also a quota: "tuyển sinh 1.800 chỉ tiêu").
PLAN_PARTS = re.compile(r"(?:nhóm\s+)?(?:mục tiêu|nhiệm vụ|giải pháp|nội dung|nhóm)\b", re.I)
# A setting verb and its object before the count that names it again: "tổ chức các giải thể
# thao các cấp 400 giải", "duy trì tổ chức các giải … từ 400 - 420 giải/năm".
VERB_THEN_OBJECT = re.compile(r"\b(?:tổ chức|xây dựng|thành lập|phát triển|đào tạo|mở)\s+(?P<object>[^,;.:()]{3,50}?)"
                              r"(?:\s+(?:từ|khoảng|trên|hơn|ít nhất|tối thiểu))?\s*$")


def _counts_its_object(text: str, cs: int, v: NumberMention, after: int) -> bool:
    m = VERB_THEN_OBJECT.search(text, max(cs, v.start - 60), v.start)
    noun = counted_noun(text, after, max_words=1)
    return bool(m and noun and noun.casefold() in m["object"].casefold().split())


def _in_per_cents_measure(text: str, cs: int, v: NumberMention, set_before) -> bool:
    """A per cent earlier in the clause measures what the count describes ("95% phụ nữ mang
    thai được tầm soát ít nhất 4 bệnh"), unless the count has a verb of its own after a
    comma ("… tăng bình quân trên 15%/năm, đạt trên 2.380 tỷ đồng")."""
    last = None
    for last in PER_CENT_IN.finditer(text, cs, v.start):
        pass
    return last is not None and not (set_before and "," in text[last.end():v.start])


# Words that class the noun they stand before; the count is in both: "ngôi nhà", "cuốn sách".
CLASSIFIERS = {"ngôi", "cái", "chiếc", "cuốn", "quyển", "bản", "tấm", "bức", "toà", "tòa", "cây"}
# A count of things written with a word for its scale: "11 triệu con", "200 nghìn lượt khách".
SCALE_WORD = re.compile(r"^(?P<scale>triệu|nghìn|ngàn|vạn)\s+(?P<noun>.+)$", re.I)
SCALES = {"triệu": 1_000_000, "nghìn": 1_000, "ngàn": 1_000, "vạn": 10_000}


def _scaled(value: float, value_high: float | None, unit: str) -> tuple[float, float | None, str]:
    """A count of things written with its scale is the whole number, in the things
    ("1,6 triệu lượt khách" is 1.600.000 lượt, "11 triệu con" 11.000.000 con); a sum of
    money or a measure keeps its scale in its unit ("1.200 tỷ đồng", "2 triệu tấn")."""
    m = SCALE_WORD.match(unit)
    if not m or MEASURE_UNIT.match(unit.split("/")[0]):
        return value, value_high, unit
    factor = SCALES[m["scale"].casefold()]
    return (round(value * factor, 6), round(value_high * factor, 6) if value_high is not None else None,
            _count_unit(m["noun"]))


def _rate_or_share(v: NumberMention) -> bool:
    """A ratio that is a count: a rate per a round number ("xuống còn 500/100.000 trẻ em") or a
    share of a whole ("7/8 huyện có Trung tâm dạy nghề"), counted, as annotators do, in its
    noun; not a whole of itself ("trực 24/24")."""
    return v.of is not None and v.value < v.of and (v.of >= 100 and str(int(v.of)).strip("0") == "1" or v.of < 100)


def _count_unit(noun: str) -> str:
    """A count's unit: a measure or a sum of money alone ("176.000 tấn thành phẩm" is in
    tấn, "65.000 căn nhà ở xã hội" in căn, "1.200.000 tỉ đồng" in tỷ đồng), else the noun's
    head word, as the word segmenter reads it ("31 trường mầm non" in trường, "8 mô hình du
    lịch" in mô hình, "20.000 lao động" in lao động): the word annotators count in."""
    m = MEASURE_UNIT.match(noun)
    if m:
        return MAGNITUDE_SPELLING.sub("tỷ", m.group(0))
    scale = SCALE_WORD.match(noun)
    if scale:                               # (the scale stays for _scaled to read: "triệu lượt khách")
        return f"{scale['scale']} {_count_unit(scale['noun'])}"
    words = noun.split()
    head = head_word(noun)
    if head in CLASSIFIERS and len(words) > 1:
        head = f"{head} {head_word(' '.join(words[1:]))}"      # "20.000 ngôi nhà an toàn" in ngôi nhà
    return head


# (a value's own verb right before it: "… xuống dưới 12,5% vào năm 2015 và xuống còn 10% …")
OWN_VERB_BEFORE = re.compile(r"\b(?:đạt|còn|lên)\s*$")


def _comparator(text: str, cs: int, v: NumberMention, prevs: list[NumberMention]) -> str:
    """The qualifier right before the value, or one shared with the values before it."""
    m = QUALIFIER_BEFORE.search(text, max(cs, v.start - 40), v.start)
    if m:
        return next(c for c, _ in QUALIFIERS if m.group(c))
    after = QUALIFIER_AFTER.match(text, v.end)
    if after:                       # "đạt từ 30% trở lên": at least
        return "min" if after["up"] else "max"
    if FROM_LEVEL.search(text, max(cs, v.start - 12), v.start) and v.value_high is None \
            and not TO_LEVEL.match(text, v.end) and not RANGE_END.match(text, v.end):
        return "min"                # "đạt từ 90%", "tăng trưởng từ 12%": from there up
    # "Tối thiểu 70% A và 50% B": the qualifier heads both (not "trên 80% A và 100% B";
    # but "khoảng 10% …, 50% … và 100% …" is about all three): walk back along values
    # joined by "," or "và" to the first one with a qualifier; not past a verb of the value's
    # own ("đạt trên 95%, … nông thôn đạt 60%")
    if OWN_VERB_BEFORE.search(text, max(cs, v.start - 12), v.start):
        return "none"
    cur = v
    for prev in prevs:
        if prev.start < cs or prev.sign != v.sign:
            break
        between = text[prev.end:cur.start]
        if not (LIST_JOINER.search(between) and len(between) < 120 and not CLAUSE_MARK.search(between)):
            break
        pm = QUALIFIER_BEFORE.search(text, max(cs, prev.start - 40), prev.start)
        if pm:
            shared = next(c for c, _ in QUALIFIERS if pm.group(c))
            return shared if v.value < 100 or shared == "about" else "none"
        cur = prev
    return "none"


# -- deadline ----------------------------------------------------------------

def _year_stated(text: str, v: NumberMention, cs: int, ce: int, period_end: int | None,
                 next_value: int | None, prev_value: NumberMention | None, one_year: bool):
    """The match of the year the value's clause states for it, or None: printed right
    after it, leading it, before the clause's next value, or the clause's last."""
    # a year printed right after the value is its own ("10% trong năm 2027, 50% trong năm 2028")
    m = OWN_DEADLINE.match(text, v.end, ce)
    if m is None:
        # a year that leads the value: "năm 2026: 80%, năm 2027: 85%"; not the year of
        # the value before it ("80% … vào năm 2025, 90% năm 2030")
        m = LEAD_YEAR.search(text, max(cs, v.start - LEAD_YEAR_CHARS), v.start)
        if m is not None and prev_value is not None and prev_value.end >= cs:
            own = OWN_DEADLINE.match(text, prev_value.end, v.start)
            m = None if own and own.end() >= m.end("y") else m
    if m is None and next_value is not None and next_value < ce:
        # before the clause's next value: "Giảm 10% số trẻ em … năm 2025 và 20% vào năm 2030";
        # not a year that leads that next value
        # the first year there ("20% xã … năm 2025, bảo đảm đến hết năm 2030 đạt 50%")
        found = [x for x in (DEADLINE.search(text, v.end, next_value),
                             YEAR_IN_SENTENCE.search(text, v.end, next_value)) if x]
        m = min(found, key=lambda x: x.start()) if found else None
        lead = LEAD_YEAR.search(text, m.start(), next_value) if m is not None else None
        if lead is not None and lead.start() < m.end():
            m = None
    if m is None and next_value is not None and next_value < ce:
        # a year stated before the value, when the later ones follow the next value:
        # "đến năm 2025 có 60% trẻ em … và đạt 70% vào năm 2030" is due 2025
        after_prev = prev_value.end if prev_value is not None and prev_value.end >= cs else cs
        m = ([*DEADLINE.finditer(text, after_prev, v.start)] or [None])[-1]
    if m is None:
        # the last stated, but not a year the goal is only kept to once reached ("100% … vào
        # năm 2025 và duy trì đến năm 2030" is due 2025)
        found = [d for d in DEADLINE.finditer(text, cs, ce)
                 if not (one_year and d["y2"] and period_end and int(d["y2"]) > period_end)]
        reached = [d for d in found if not MAINTAINED.search(text, max(cs, d.start() - 20), d.start())]
        m = (reached or found or [None])[-1]
    if m is None:
        # (not the year of another figure after this one: "2,35 con/bà mẹ (năm 2022 là 2,4 …)")
        m = ([y for y in YEAR_IN_SENTENCE.finditer(text, cs, ce)
              if not (y.start() > v.end and OTHER_FIGURES_YEAR.match(text, y.end()))] or [None])[-1]
    if m is None:
        # the year a sentence opens with frames its goals: "Năm 2022, tỉnh … phấn đấu có 136
        # trường học hạnh phúc, bằng 30% tổng số trường …"
        m = YEAR_LEADS_SENTENCE.match(text, sentence_bounds(text, v.start)[0], v.start)
    return m


def _deadline(text: str, structure: Structure, v: NumberMention, cs: int, ce: int,
              period_end: int | None, stated: list[tuple[int, int]],
              next_value: int | None = None, prev_value: NumberMention | None = None,
              one_year: bool = False) -> int | None:
    """Stated in the clause, else carried from earlier text, headings or an earlier goal's
    own year ("Đích đến của năm 2030 là …; Cùng thời điểm đó, …"), else the period end.
    In a plan for one year a span past it is a programme's, not the goal's deadline."""
    m = _year_stated(text, v, cs, ce, period_end, next_value, prev_value, one_year)
    if m is not None:
        year = int(next(g for g in m.groups() if g))
        if not _a_clauses_own(text, cs, m.start(), year, stated):
            stated.append((m.start(), year))
        return year
    own_time = _item_time(text, v.end)
    if own_time is not None:
        return own_time
    carried = _carried_deadline(text, structure, v.start)
    region = _chain(structure, v.start)
    lo = region[0].start if region else appendix_start(text, structure.body_end, v.start) or structure.body_start or 0
    if not structure.sections and period_end is not None and carried is not None \
            and carried[0] < text.rfind("\n", 0, v.start) and carried[1] > period_end:
        # a text in paragraphs (a press report) whose plan ends before a year told in an earlier
        # paragraph: that year is another scheme's ("… Kế hoạch … giai đoạn 2021 – 2025."), not
        # this plan's goal's
        carried = None
    earlier = [(p, y) for p, y in stated if lo <= p < v.start and _governs(text, p, v.start)]
    if earlier and (carried is None or earlier[-1][0] > carried[0]):
        return earlier[-1][1]
    return carried[1] if carried else period_end


# A task item's own time line after its goal: "… đến 100% các Sở, ban, ngành … Thời gian
# hoàn thành: Tháng 3/2023. (2) …", "Thời gian thực hiện: Quý IV/2024".
ITEM_TIME = re.compile(r"Thời gian\s+(?:hoàn thành|thực hiện)\s*:\s*(?P<when>[^\n;]{0,40}?(?:19|20)\d\d)(?![\d/])")
# Where the item ends: the next item's mark, in brackets or at a line's start.
NEXT_ITEM = re.compile(r"\(\d{1,2}\)\s|\n[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-+•])\s")
ITEM_TIME_CHARS = 400


def _item_time(text: str, at: int) -> int | None:
    """The year a task item's own time line gives ("Thời gian hoàn thành: Tháng 3/2023"),
    when it follows the value before the next item opens; its last year for a span."""
    end = NEXT_ITEM.search(text, at, at + ITEM_TIME_CHARS)
    m = ITEM_TIME.search(text, at, end.start() if end else at + ITEM_TIME_CHARS)
    if m is None:
        return None
    return int(re.findall(r"(?:19|20)\d\d", m["when"])[-1])


def _a_clauses_own(text: str, cs: int, at: int, year: int, stated: list[tuple[int, int]]) -> bool:
    """A year stated in a clause of a list whose head states another is that clause's alone
    ("Phấn đấu đến năm 2020, … 2 triệu lượt khách; năm 2030 đón khoảng 3 triệu lượt khách;
    mức tăng trưởng … hàng năm đạt 15%": the list's 2020 goes on past 2030's clause)."""
    head = sentence_bounds(text, cs)[0]
    return at >= cs and any(head <= lo < cs and y != year for lo, y in stated)


def _carried_deadline(text: str, structure: Structure, pos: int) -> tuple[int, int] | None:
    """(offset, year) of the last deadline stated before ``pos`` in its own section and
    the ones enclosing it."""
    chain = _chain(structure, pos)
    appendix = None if chain else appendix_start(text, structure.body_end, pos)
    if appendix is not None:
        # (a row of an appendix takes no year from the body, from an appendix before its own,
        # or from the rows above it: only from a row that names a stage, "Giai đoạn 2025-2027")
        return next(((at, year) for at, year in reversed(_stage_rows(text, appendix)) if at < pos), None)
    start = chain[0].start if chain else structure.body_start or 0
    inside = set(id(s) for s in chain)
    best = None
    for m in reversed([*DEADLINE.finditer(text, start, pos)]):
        holder = [s for s in structure.sections if s.start <= m.start() < s.end]
        if all(id(s) in inside for s in holder) and _governs(text, m.start(), pos):
            best = m
            break
    for sec in reversed(chain):   # the innermost heading naming a stage: "1. Giai đoạn 2025 - 2030"
        stage = HEADING_STAGE.search(sec.heading)
        if stage and (best is None or sec.start > best.start()):
            return sec.start, int(stage["y"])
    return (best.start(), int(next(g for g in best.groups() if g))) if best else None


def _governs(text: str, at: int, pos: int) -> bool:
    """Whether a year stated at ``at`` can carry to a value at ``pos``: not from an item of a
    list to the items after it at its own level or above ("d) … đến tháng 6/2028 có 70% …"
    is not "đ)"'s deadline), nor from items under an earlier item; a head above does carry
    ("a) Đến hết năm 2027:" to its "- 60% …")."""
    kind, year_kind = list_mark(text, pos), list_mark(text, at)
    if kind is None or year_kind is None or text.rfind("\n", 0, at) == text.rfind("\n", 0, pos):
        return True
    rank = LIST_RANK[year_kind]
    if rank <= LIST_RANK[kind]:
        return False
    # (the head must still be open: no item of its level or above between it and ``pos``)
    own_line = text.rfind("\n", 0, pos) + 1
    line = text.find("\n", at) + 1
    while 0 < line < own_line:
        between = list_mark(text, line)
        if between is not None and LIST_RANK[between] >= rank:
            return False
        line = text.find("\n", line) + 1
    return True


@lru_cache(maxsize=16)
def _stage_rows(text: str, start: int) -> tuple[tuple[int, int], ...]:
    """(offset, year) of the stage rows from the appendix that starts at ``start`` on
    (asked once per appendix, for each of its figures)."""
    return tuple((m.start(), int(next(g for g in m.groups() if g)))
                 for m in DEADLINE.finditer(text, start) if _stage_row(text, m))


def _stage_row(text: str, m) -> bool:
    """The deadline ``m`` is all its line says, but for a row's number: "II | Giai đoạn 2028-2030"."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return STAGE_ROW.fullmatch(line.replace(m.group(0), "")) is not None


def _chain(structure: Structure, pos: int) -> list[Section]:
    """Sections holding ``pos``, outermost first."""
    return sorted((s for s in structure.sections if s.start <= pos < s.end), key=lambda s: (s.start, -s.end))


# A report's headline: its first line, short, with no full stop ("Phấn đấu tỷ lệ lao động
# qua đào tạo đạt 69%").
HEADLINE_MAX = 160
#: ... the page's first line.
HEADLINE_LINES = 1


def _without_restated_headlines(text: str, rows: list[Target]) -> list[Target]:
    """A report's goals without those its headline states and its story states again (the
    same value and unit): the story's sentence is the statement, the headline sums it up."""
    top = [m for m in re.finditer(r"(?m)^.*\S.*$", text)][:HEADLINE_LINES]

    def headline(r: Target) -> bool:
        line = next((m for m in top if m.start() <= r.start < m.end()), None)
        return line is not None and len(line.group(0).strip()) <= HEADLINE_MAX \
            and not line.group(0).rstrip().endswith((".", ";", ":", ","))
    told = {(r.value, r.unit) for r in rows if not headline(r)}
    return [r for r in rows if not (headline(r) and (r.value, r.unit) in told)]


def _without_restated_counts(rows: list[Target]) -> list[Target]:
    """A report's count goals, each once: a report tells a count in its lead and again in its
    story ("đón 1,2 triệu lượt khách" twice), and the later telling, the story's, is kept.
    Per cents are not merged: one share often measures several indicators ("100% xã …, 100%
    trường …")."""
    def key(r: Target):
        return (r.kind, r.value, r.value_high, r.unit, r.comparator, r.deadline, r.annual)
    last: dict = {}
    for r in rows:
        if r.unit != "%" and r.start >= last.get(key(r), r).start:
            last[key(r)] = r
    return [r for r in rows if r.unit == "%" or last[key(r)] is r]


def _period_from_title(text: str, structure: Structure) -> int | None:
    """Last year of the plan's period as the title area states it: the title when the
    header has one (the preamble's citations name other documents' periods), else the
    top of the text."""
    h = structure.header
    if h.get("title"):
        return None                    # metadata read the title already
    end = min(structure.sections[0].start if structure.sections else TITLE_WINDOW, TITLE_WINDOW)
    for line in re.finditer(r"(?m)^.*$", text[:end]):
        if PREAMBLE_START.match(line.group(0).strip()):
            end = line.start()          # "Thực hiện Quyết định số … giai đoạn 2026-2030": another's
            break
    m = PERIOD_IN_TITLE.search(text, 0, end)
    return int(m["y"]) if m else None


# Where a clause goes on to another goal: "…, và năng suất lao động hàng năm tăng 7%".
NEXT_PART = re.compile(r",\s|\svà\s")
PER_CENT_AHEAD = re.compile(r"\d[\d.,]*\s*%")


def _next_goals_year(text: str, v: NumberMention, m, ce: int) -> bool:
    """A yearly word after the value, past a comma or "và", with another per cent after it
    belongs to that goal ("… sẽ chiếm trên 10% tổng mức bán lẻ, và năng suất lao động hàng
    năm tăng tối thiểu 7%": only the 7% recurs)."""
    return m.start() > v.end and bool(NEXT_PART.search(text, v.end, m.start())) \
        and bool(PER_CENT_AHEAD.search(text, m.end(), ce))


# A paragraph that strives year by year: each of its sentences is yearly ("Phấn đấu hàng năm,
# tỷ lệ người tập luyện … tăng từ 1,5 - 2%. Gia đình thể thao tăng từ 0,5 - 1%.").
STRIVE_YEARLY = re.compile(r"\b[Pp]hấn đấu\s+(?:hằng|hàng|mỗi)\s+năm\b")
YEARLY_REACH = 300
# A list item's mark run into a flattened line after a sentence's or clause's end: ". - ",
# "; a) ", ". 2. ", "; (3) ", ": (1) ".
RUN_IN_ITEM = re.compile(r"[.;:]\s+(?:[-+•–]|[a-zđ]\)|\d{1,2}\.)\s|[;:]\s*(?:\(\d{1,2}\)|\d{1,2}\)|[a-zđ]\))\s")
# A yearly word right after another value of the clause is that value's: "tăng 23-25% mỗi
# năm, chiếm khoảng 30% tổng mức bán lẻ" makes only the 23-25% yearly.
RIGHT_AFTER_VALUE = re.compile(r"[\d%‰]\s*$")


def _anothers_rate(text: str, cs: int, v: NumberMention, m) -> bool:
    return m.end() <= v.start and bool(RIGHT_AFTER_VALUE.search(text, max(cs, m.start() - 3), m.start()))


def _annual(text: str, s: int, cs: int, ce: int, v: NumberMention) -> bool:
    """Yearly when the clause says so, or the sentence opens with it ("Hằng năm, …; …")
    and the clause names no deadline of its own. A rate per year is its own value's:
    "tăng 18 - 20%/năm, trong đó khách quốc tế đạt 45 - 50%" makes only the first yearly."""
    if any(not PER_YEAR_SIGN.match(m.group(0)) or m.start() == v.end - len(v.sign or "")
           for m in ANNUAL.finditer(text, cs, ce)
           if not _next_goals_year(text, v, m, ce) and not _anothers_rate(text, cs, v, m)):
        return True
    # (or the list item whose clauses, split by semicolons, the sentence continues: "- Hàng
    # năm khoảng 80% …; 70% trẻ em …")
    item = text.rfind("\n", 0, s) + 1
    strives = list(STRIVE.finditer(text, item, v.start))
    lead = ANNUAL_LEAD.match(text, s) or (ANNUAL_LEAD.match(text, item) and not FULL_STOP.search(text, item, s)) \
        or (strives and STRIVE_YEARLY.match(text, strives[-1].start())     # (until another strives,
            and (v.start - strives[-1].start() <= YEARLY_REACH               # a few sentences on, or
                 or "." not in text[strives[-1].start():v.start])           # its own list of clauses,
            and not RUN_IN_ITEM.search(text, strives[-1].start(), v.start))  # in the same item)
    return bool(lead) and not DEADLINE.search(text, cs, ce)


# -- group, level, action ----------------------------------------------------

def _group(text: str, start: int, end: int) -> str:
    tail = GROUP_LEAD.sub("", PER_PERIOD.sub("", text[start:end]))
    m = GROUP_END.search(tail)
    words = tail[:m.start()].split()
    return " ".join(words[:MAX_GROUP_WORDS]).strip(" ,")


def _subject_before(text: str, cs: int, pos: int) -> str:
    """For "Tỷ lệ X đạt 60%": the measured thing named before the value."""
    head = LIST_MARK.sub("", text[cs:pos])
    head = VALUE_VERB_TAIL.sub("", head)
    head = SUBJECT_LEAD.sub("", head)
    return " ".join(head.split()[:MAX_GROUP_WORDS]).strip(" ,:")


def _level(phrase: str) -> str:
    m = LEVEL.search(phrase)
    return LEVEL_NAMES[m["tier"].casefold()] if m else ""


def _action(text: str, start: int, end: int, group: str) -> str:
    tail = GROUP_LEAD.sub("", text[start:end]).strip()
    if group and tail.startswith(group):
        tail = tail[len(group):]
    return tail.strip(" ,;.")


# -- training needs ----------------------------------------------------------

def _need(doc: Document, structure: Structure, v: NumberMention) -> Target | None:
    """A count of people to train in a needs section: ``+ Bồi dưỡng …: 03 công chức``."""
    if v.sign or v.of is not None or v.value_high is not None:
        return None
    text = doc.text
    if not NEED_NOUNS.match(text, v.end):
        return None
    s, e = sentence_bounds(text, v.start)
    unit = counted_noun(text, v.end, max_words=2)
    return Target(doc_id=doc.doc_id, target_id="", kind="need", value=v.value, unit=unit,
                  action=text[s:v.start].strip(" :-+•*\t"),
                  deadline=None, **_evidence(doc, structure, s, e))


# -- shared ------------------------------------------------------------------

def _clause(text: str, s: int, e: int, pos: int) -> tuple[int, int]:
    """The part of sentence [s, e) between semicolons that holds ``pos``."""
    cs = text.rfind(";", s, pos)
    ce = text.find(";", pos, e)
    return (s if cs < 0 else cs + 1), (e if ce < 0 else ce)


def _evidence(doc: Document, structure: Structure, s: int, e: int) -> dict:
    ev = evidence(doc, structure, s, e)
    return {k: ev[k] for k in ("quote", "start", "end", "page", "section")}


def _assign_ids(doc_id: str, rows: list[Target]) -> None:
    """Content-derived ids: doc, kind, normalised quote, value and occurrence among equals."""
    seen: Counter = Counter()
    for r in rows:
        key = (r.kind, " ".join(r.quote.split()).casefold(), f"{r.value:g}", f"{r.value_high or ''}")
        seen[key] += 1
        raw = "|".join((doc_id,) + key + (str(seen[key]),))
        r.target_id = hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]
