"""Patterns the steps of reading goals share: the qualifier words, "phấn đấu", the words
that tell a result, a level changed from and to, the roles that set goals or none, a list's
joiners, the head of a paragraph's goals and an item run into its line."""
from __future__ import annotations

import regex as re


# Qualifier words right before a value, longest first; the value they head
# takes their comparator. "trên địa bàn" never precedes a figure, so it is safe.
QUALIFIERS = [
    # ("thấp nhất là 30% đối với trẻ nhà trẻ": the lowest it may be)
    # ("đạt và vượt 90%": reach it or more, a floor)
    # ("bằng hoặc cao hơn 90%": the same floor written the other way round)
    ("min", r"tối thiểu|ít nhất|thấp nhất|không dưới|không thấp hơn|không ít hơn|(?:trên|cao hơn|lớn hơn) hoặc bằng|"
            r"bằng hoặc (?:cao|lớn) hơn|đạt\s*(?:(?:và|hoặc)\s+|,\s*)vượt|≥|>="),
    # ("Không để phát sinh quá 03 điểm đen mới": no more than that may arise)
    ("max", r"tối đa|không quá|không vượt quá|không cao hơn|không nhiều hơn|(?:dưới|thấp hơn|nhỏ hơn) hoặc bằng|"
            r"bằng hoặc (?:thấp|nhỏ) hơn|không để\s+(?:\p{Ll}+\s+){0,3}?(?:vượt\s+)?quá|≤|<="),
    ("over", r"trên|hơn|vượt|cao hơn|>"),
    ("under", r"dưới|thấp hơn|<"),
    ("about", r"khoảng|xấp xỉ|gần|chừng|trên dưới"),   # ("trên dưới 90%": about, not under)
]
# A clause that strives for the value, goal even among an agency's duties.
STRIVE = re.compile(r"\bphấn đấu\b", re.I)
# A full stop that ends a sentence inside a line (semicolons do not: they separate
# the clauses of one list).
FULL_STOP = re.compile(r"[.!?](?=\s+[\p{Lu}\d])")

# Words that mark a reported result rather than a goal ("hiện có", but not the
# "thực hiện có hiệu quả" of a duty, nor the things that exist now a goal counts,
# "60% số lối đi tự mở hiện có và …"; "kết quả", but not the "trả kết quả" of a service).
# (a concession states a fact: "Tuy nhiên, quý II năm 2024, mặc dù số người chết … giảm 10,6%, …";
# so does a level told now: "tỷ lệ xe điện … đang ở mức 12%, kế hoạch đặt mục tiêu … trên 40%")
RESULT_TENSE = (r"ước đạt|ước thực hiện|đã(?! đề ra| được phê duyệt| giao| ban hành)|(?<!thực\s)hiện có(?!\s*(?:[,;.)]|và\b))|"
                r"hiện nay|lũy kế|đến nay|mặc dù|(?:đang|hiện) ở mức|"
                # (only so far: "… mới đạt 81,5%", "mới có 86/102 xã", "chỉ đạt"; not what is new, "xây mới")
                r"(?<!(?:xây|lập|tạo|triển|cấp|sinh|tư|thêm|đổi|mua)\s)mới\s+(?:đạt|có)|"
                # (not a certificate's or an address's word: "bằng cấp, chứng chỉ đạt trên 38%")
                r"(?<!(?:chứng|địa)\s)chỉ\s+đạt")
# A period already run opens a report too: "Trong 10 tháng năm 2025, … tăng 17,4%", "Từ
# đầu năm 2025 đến thời điểm ban hành Chỉ thị …, … tăng 6% số vụ".
# ("kết quả giải quyết" thủ tục hành chính are the papers a procedure issues, which goals
# count: "Tỷ lệ số hoá hồ sơ, kết quả giải quyết TTHC … đạt tối thiểu 70%"; and a
# certificate "công nhận kết quả đào tạo" is what a trained worker holds)
# (or a source of figures: "Theo báo cáo của Bảo hiểm xã hội tỉnh …, đến hết quý I … đạt 94,1%",
# "Theo số liệu của ngành du lịch, năm 2025 …")
RESULT_CUE = re.compile(rf"\b(?:{RESULT_TENSE}|(?<!trả\s)(?<!công nhận\s)kết quả(?!\s+giải quyết)|"
                        r"[Tt]heo\s+(?:báo cáo|số liệu)\b|"
                        r"[Tt]rong\s+\d{1,2}\s+tháng(?:\s+đầu)?\s+năm\s+\d{4}|"
                        r"[Tt]ừ\s+đầu\s+năm(?:\s+\d{4})?\s+(?:đến|tới)(?=\s+(?:nay|thời điểm)\b))\b", re.I)
# After the figure, only the words of a tense report it: "kết quả" there is what a goal
# counts ("đồng bộ 100% hồ sơ, kết quả giải quyết thủ tục hành chính").
RESULT_AFTER = re.compile(rf"\b(?:{RESULT_TENSE})\b", re.I)

# The level a change starts from: "giảm … từ 12,1% giai đoạn 2007 - 2010 xuống còn 10%",
# "tăng từ 40% lên 60%". The goal is the value after "xuống"/"lên".
FROM_LEVEL = re.compile(r"\btừ\s*(?:mức\s+)?$", re.I)
# (a rate's base may stand between them, its thousands grouped: "từ 23 ca sinh/1.000 phụ nữ xuống 18 …")
TO_LEVEL = re.compile(r"(?:[^;.%]|(?<=\d)\.(?=\d)){0,60}?\s(?:xuống|lên)(?:\s+(?:còn|mức|đến|tới))?\s+"
                      r"(?:(?:dưới|trên|khoảng|còn)\s+)?\d", re.I)

# A figure a goal is raised from or set against, dated by its year: "tăng từ mức 94,6% của
# năm 2025", "so với 18,5% năm 2025". The figure is where the plan starts, and its year is
# no deadline ("tăng từ 1,5 - 2%" undated is a rise by that much, not a start).
BASE_FIGURE = re.compile(r"\b(?:(?:tăng|giảm|nâng)\s+(?:lên\s+)?từ|so\s+với)\s+(?:mức\s+)?"
                         r"(?P<value>\d[\d.,]*)\s*(?:%|‰|\S{1,12})?\s+(?:của\s+|trong\s+)?"
                         r"năm\s+(?:19|20)\d\d(?!\d)(?!\s*[-–]\s*\d)", re.I)

# Sections whose per cents are goals without any cue word.
GOAL_ROLES = {"objectives"}
# Sections whose values are never goals (a scope section sets criteria: "Tiêu chuẩn khen
# thưởng" > "Có tỷ lệ cử tri đi bầu cử đạt từ 98% trở lên").
NON_GOAL_ROLES = {"baseline", "funding", "implementation", "needs", "scope"}
# Between two values of one list: a joining "và" or comma, and no clause mark.
LIST_JOINER = re.compile(r"\svà\s|,\s")
CLAUSE_MARK = re.compile(r"[;.]")


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
# A list item's mark run into a flattened line after a sentence's or clause's end: ". - ",
# "; a) ", ". 2. ", "; (3) ", ": (1) ".
RUN_IN_ITEM = re.compile(r"[.;:]\s+(?:[-+•–]|[a-zđ]\)|\d{1,2}\.)\s|[;:]\s*(?:\(\d{1,2}\)|\d{1,2}\)|[a-zđ]\))\s")
