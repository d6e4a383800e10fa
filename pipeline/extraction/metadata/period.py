"""Step 5, time: the issue date and year, and the plan's period, from its title or the
sentence that introduces it, else its own term, schedule, a part's span or the horizon of
its objectives. A letter, telegram or notice has none (a letter's subject may name a year)."""
from __future__ import annotations

import regex as re

from pipeline.models import DocMeta, Document, Structure
from pipeline.extraction.registry import PROVINCE_PATTERN, fold
from pipeline.extraction.structure import HEADING_NUMBER
from pipeline.extraction.metadata.dates import GRANTED_ON, PASSED_ON, _preamble_at, iso, signing_time
from pipeline.extraction.metadata.web import BYLINE, REPORTED_ON, SIGNED_ON_LATER, _page_year, _spelled_date

# A stage right after the local scope: "… trên địa bàn tỉnh Cao Bằng giai đoạn 2020 - 2025", "… VỀ
# PHÁT TRIỂN THỂ DỤC, THỂ THAO TỈNH NINH BÌNH GIAI ĐOẠN 2026 - 2030".
# (without "trên địa bàn", only a province's own name scopes it: "tỉnh miền núi giai đoạn …" of a
# cited programme does not)
SCOPED_PERIOD = re.compile(r"(?:trên\s+địa\s+bàn\s+(?:tỉnh|thành\s+phố)(?:\s+\p{Lu}[\p{L}-]*)*|(?:tỉnh|thành\s+phố)\s+(?:"
                           + PROVINCE_PATTERN + r")),?\s+"
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

# A scheme a title says the document carries out: "… THỰC HIỆN ĐỀ ÁN …", "… triển khai
# Chương trình …" (its period is the scheme's).
CARRIES_OUT = re.compile(r"(?:^|\s)(?:thực hiện|triển khai)\s+(?:các\s+)?(?:Đề án|Chương trình|Kế hoạch|Chiến lược|"
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
# The plan a report's title joins to the results it reports: "Kết quả … năm 2025 và kế hoạch
# năm 2026", "… năm 2025, phương hướng, nhiệm vụ năm 2026". The period runs from the year
# reported to the year planned (five of seven blind readers of such reports read it so).
PLAN_PART_YEAR = re.compile(r"(?:\bvà|,)\s+(?:kế hoạch|phương hướng|nhiệm vụ)\b[^.;\d]{0,50}?\bnăm\s+(?P<a>(?:19|20)\d\d)(?![\d/])",
                            re.I)
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
# ... unless the committee is named after it as the one that issues: "Xét đề nghị của Sở Y tế
# tại Tờ trình số …, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện giai đoạn 2026 - 2028".
ISSUER_NAMED = re.compile(r"(?:Ủy ban nhân dân|UBND)(?:\s+(?:tỉnh|thành phố|xã|phường|đặc khu))?\s*$")
# A sentence of the plan about itself, in its purpose part: "Chương trình hành động đề ra
# các nhiệm vụ … trong giai đoạn 2026 - 2030", "Kế hoạch được triển khai trong năm 2026".
SELF_SCOPE = re.compile(r"(?<![\p{L}\d/])(?:Kế hoạch|Chương trình(?:\s+hành\s+động)?|Đề án)(?:\s+này)?\s+"
                        r"(?:đề ra|được\s+(?:thực hiện|triển khai|áp dụng)|thực hiện|triển khai)\b[^.;\n]{0,200}")
# How far into the body a plan speaks of itself so.
SELF_SCOPE_CHARS = 3000


# A law named with its year, not its number ("… MỘT SỐ ĐIỀU, KHOẢN CỦA LUẬT ĐẤT ĐAI NĂM 2024"):
# the year is the law's, no period of the document's.
LAW_YEAR = re.compile(r"\b(?:bộ\s+)?luật\s+(?:(?!(?:và|kế|giai|năm)\b)\S+\s+){1,6}?năm\s+(?:19|20)\d\d(?![\d/])", re.I)


# A name in quotes (a scheme the plan carries out, named by its own title).
QUOTED_NAME = re.compile(r"[\"“][^\"“”\n]{3,300}[\"”]")


# A stage after a comma that closes a title: ", giai đoạn 2025 - 2030".
TRAILING_STAGE = re.compile(r"(?<=,)\s*giai\s+đoạn\s+(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d\s*[.]?\s*$", re.I)


def own_words(text: str) -> str:
    """The words of a title or self-introduction before the first document it cites:
    a period after "Chỉ thị số 23/CT-TTg ngày ... về ..." is the cited document's. A
    scheme cited by its name in quotes is blanked out too where a stage of the document's
    own stands outside it: "Triển khai Đề án "… giai đoạn 2025 - 2035, tầm nhìn đến năm
    2045" trên địa bàn tỉnh … giai đoạn 2026 - 2030" (the name may be the plan's own,
    "Năm An toàn giao thông - 2017", or the only stage it states)."""
    m = CITED_DOCUMENT.search(text)
    # (a stage set off by a comma at the very end stays the document's own: "… thực hiện Chỉ
    # thị số 22/CT-TTg … về tăng cường …, giai đoạn 2025 - 2030")
    tail = TRAILING_STAGE.search(text, m.end()) if m else None
    text = text[: m.start()] + (" " + tail.group(0) if tail else "") if m else text
    blanked = QUOTED_NAME.sub(lambda q: " " * len(q.group(0)), text)
    return blanked if blanked != text and PERIOD_RANGE.search(blanked) else text


def own_intro(text: str, start: int):
    """The first sentence from ``start`` in which the document says it issues a plan, not
    one where a document it cites is said to have issued one."""
    for m in SELF_INTRO.finditer(text, start):
        before = text[max(start, m.start() - 600):m.start()]
        run = RUN_BEFORE.search(before)
        if (run and CITED_DOCUMENT.search(run.group(0))) or (LEGAL_BASIS.search(before)
                                                              and not (run and ISSUER_NAMED.search(run.group(0)))):
            continue
        return m
    return None


def _own_stage(intro: str, year: int | None) -> tuple[int, int] | None:
    """The stage a self-introduction gives the plan, when it starts no earlier than the year
    before the plan is issued."""
    m = PERIOD_RANGE.search(own_words(LAW_YEAR.sub(" ", intro or "")))
    if m and year and year - 1 <= int(m["a"]) <= int(m["b"]):
        return int(m["a"]), int(m["b"])
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
        if is_title and (plan := PLAN_PART_YEAR.search(text)) and (told := PERIOD_YEAR.search(text, 0, plan.start())):
            return min(int(told["a"]), int(plan["a"])), int(plan["a"])
        carried = CARRIES_OUT.search(text)
        if is_title and carried and not PERIOD_RANGE.search(text, 0, carried.start()) \
                and (own := PERIOD_YEAR.search(text, 0, carried.start())):
            return int(own["a"]), int(own["a"])
        m = PERIOD_RANGE.search(text)
        if m and int(m["a"]) <= int(m["b"]):
            # (a title's stage after the scheme it carries out is the scheme's when the plan
            # states a stage of its own as it issues itself: "KẾ HOẠCH THỰC HIỆN CHIẾN LƯỢC …
            # GIAI ĐOẠN 2021 - 2030" and "… ban hành Kế hoạch thực hiện giai đoạn 2026 - 2028")
            if is_title and carried and carried.start() < m.start() \
                    and (own := _own_stage(body_intro, year)) and own[0] > int(m["a"]):
                return own
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
        # (objectives headed for one year: "III. MỤC TIÊU, NHIỆM VỤ NĂM 2026")
        one = {int(m["a"]) for m in PERIOD_YEAR.finditer(sec.heading)}
        if len(one) == 1 and year <= min(one) <= year + 1 and not PERIOD_RANGE.search(sec.heading):
            return min(one), min(one)
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


# ... or the one school year it names: "V/v … cho học sinh năm học 2026 - 2027" (both readings
# of a tests/gold-pages2026j tune letter: "năm học 1992 - 1993" as [1992, 1993]).
SCHOOL_YEAR = re.compile(r"\bnăm\s+học\s+(?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)\d\d)(?![\d/])", re.I)


def letter_year(title: str) -> tuple[int | None, int | None]:
    """The one year a letter's or telegram's subject names as its scope, as (year, year), or
    the school year it names, or (None, None) where it names none, a span, or more than one."""
    school = {(int(m["a"]), int(m["b"])) for m in SCHOOL_YEAR.finditer(title)}
    if len(school) == 1 and (span := school.pop())[1] == span[0] + 1 \
            and {m["a"] for m in BARE_YEAR.finditer(title)} <= {str(y) for y in span}:
        return span
    years = {m["a"] for m in PERIOD_YEAR.finditer(title)}
    if len(years) != 1 or PERIOD_RANGE.search(title) or PERIOD_UNTIL.search(title):
        return None, None
    year = int(years.pop())
    return year, year


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
        elif later := SIGNED_ON_LATER.search(text, reported.end()):
            meta.issue_date = iso(later["d"], later["m"], later["y"])
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
