"""Step 3, reading one citation: the type word before its symbol; the date, issuer and subject
after it; and whether its clause makes it the document's basis or a mere mention."""
from __future__ import annotations

from dataclasses import dataclass, field

import regex as re

from pipeline.extraction.registry import PROVINCE_NAMES
from pipeline.extraction.references.symbols import DIGIT
from pipeline.extraction.references.finding import find_symbols

# Document types in words, as written before a number ("Quyết định số", "Luật số").
TYPE_WORDS = ("Chương trình hành động", "Quy chuẩn kỹ thuật quốc gia", "Thông tư liên tịch",
              "Nghị quyết", "Quyết định", "Chỉ thị", "Công văn", "Văn bản", "Kế hoạch", "Thông tư",
              "Nghị định", "Luật", "Thông báo", "Chương trình", "Hướng dẫn", "Tờ trình", "Báo cáo",
              "Đề án", "Công điện", "Kết luận", "Quy định", "Quy chế", "Pháp lệnh", "Giấy phép",
              "Biên bản", "Phương án", "Đề nghị", "Giấy đề nghị", "Giấy mời")
TYPE_BEFORE = re.compile(
    r"(?P<type>" + "|".join(TYPE_WORDS) + r")(?:\s+số)?\s*:?\s*$", re.I)
# How far back the type word may sit (characters), e.g. "Quyết định số " = 14.
TYPE_LOOKBACK = 40

# The date right after a symbol: "ngày 01 tháng 4 năm 2021", "ngày 20/4/2018".
DATE_AFTER = re.compile(
    r"\s*,?\s*(?:ban\s+hành\s+)?ngày\s*(?:(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>(?:19|20)\d\d)"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>(?:19|20)\d\d))", re.I)
# The issuer after the date: "của Thủ tướng Chính phủ", "của UBND tỉnh Hậu Giang".
ISSUER_AFTER = re.compile(r"\s*,?\s*(?:của|do)\s+(?P<issuer>[^,;.()\n]{2,120}?)"
                          r"(?=\s+(?:về|v/v|quy\s+định|hướng\s+dẫn|ban\s+hành|phê\s+duyệt|thông\s+báo|sửa\s+đổi"
                          r"|thực\s+hiện|triển\s+khai|và\s+(?:Chương|Nghị|Quyết|Kế|Thông|Công|Chỉ))\b|[,;.()\n]|$)",
                          re.I)
# The issuer before the citation: "Công ty cổ phần Miền Tây tại Văn bản số",
# "UBND Thành phố Hà Nội ban hành Kế hoạch số".
ISSUER_BEFORE = re.compile(r"(?P<issuer>\p{Lu}[^;:\n]{2,120}?)\s+(?:tại|ban\s+hành)\s+(?:các\s+)?$")
# A province closes an issuer name: "UBND tỉnh Hậu Giang đào tạo ..." -> cut after it.
ISSUER_PROVINCE_END = re.compile(r"(?:tỉnh|thành\s+phố)\s+(?:\p{Lu}\p{Ll}*(?:\s*-\s*|\s+)){0,3}\p{Lu}\p{Ll}*")
# The subject: "về việc ..." up to ";" or the end of the sentence.
SUBJECT_AFTER = re.compile(r"\s*,?\s*(?P<subject>(?:về\s+việc|v/v|về|quy\s+định|hướng\s+dẫn|phê\s+duyệt|ban\s+hành)\s+"
                           r"[^;\n]{2,300}?)(?=;|\.\s|\.$|\n|$)", re.I)
# Words that make a citation the basis of the document.
BASIS_WORDS = re.compile(r"căn\s+cứ|thực\s+hiện|triển\s+khai|cụ\s+thể\s+hóa|cụ\s+thể\s+hoá", re.I)
# Where a clause starts: sentence end or a colon ("cụ thể như sau: Kế hoạch số 95").
CLAUSE_BREAK = re.compile(r"[.:](?:\s|$)|\n")
# A request or basis before the body that made it: "Theo đề nghị của", "Xét đề nghị",
# "Trên cơ sở xin ý kiến tham gia của", "Căn cứ Thông tư … của".
ISSUER_LEAD = re.compile(r"^(?:Theo|Xét|Trên\s+cơ\s+sở|Căn\s+cứ|Thực\s+hiện)\b[^;]*?\s"
                         r"(?:(?:đề\s+nghị|đề\s+xuất)(?:\s+của)?|của)\s+", re.I)
# How an issuer's name opens, and its longest name.
ISSUER_HEAD = re.compile(r"(?:Bộ|Sở|Ủy ban|Uỷ ban|UBND|HĐND|Chính phủ|Thủ tướng|Văn phòng|Giám đốc|Phó Giám đốc|Chủ tịch|"
                         r"Ban|Cục|Tổng cục|Chi cục|Công ty|Tổng [Cc]ông ty|Ngân hàng|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|"
                         r"Hội đồng|Quốc hội|Kho bạc|Thanh tra|Công an|Đảng ủy|Đảng uỷ|Trung tâm|Viện|Liên|Tập đoàn|"
                         r"Doanh nghiệp|Chi nhánh|Phòng|Đài|Bảo hiểm|Tòa án|Toà án|Hợp tác xã|Thường trực|Thuế|Hải quan|"
                         r"Kiểm toán|Bí thư|Trưởng|Cơ quan|Đoàn|Hội|Mặt trận|Trường|Học viện|Đại học|Tổng Bí thư|"
                         r"Vụ|Bộ trưởng|Cảnh sát|Bộ Chỉ huy|Quân|Tổng Liên đoàn|Người|Khu|Tổng cục trưởng|Cục trưởng|"
                         r"Vụ trưởng|Chánh)\b", re.I)
ISSUER_MAX_WORDS = 16
# Abbreviations expanded in issuer names.
ISSUER_ABBREVIATIONS = ((re.compile(r"\bUBND\b"), "Ủy ban nhân dân"),
                        (re.compile(r"\bHĐND\b"), "Hội đồng nhân dân"))
SPACES = re.compile(r"\s+")
CLAUSE_MARK = re.compile(r"[;:]")


@dataclass
class Citation:
    """One place where a document is cited in full."""
    symbol: str
    start: int                # symbol span
    end: int
    phrase_start: int = 0     # type word .. last parsed part
    phrase_end: int = 0
    doc_type: str = ""
    date: str = ""
    issuer: str = ""
    subject: str = ""
    basis: bool = False
    extra: list = field(default_factory=list)


# --------------------------------------------------------------------------
# 3. Reading one citation
# --------------------------------------------------------------------------

def iso_date(m) -> str:
    d, mo, y = (m["d"], m["m"], m["y"]) if m["d"] else (m["d2"], m["m2"], m["y2"])
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return ""
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"


def clean_issuer(raw: str) -> str:
    """The body a citation names as its issuer, without the request or basis that leads
    to it ("Theo đề nghị của Giám đốc Sở Xây dựng" -> "Giám đốc Sở Xây dựng"); empty when
    what is left names no body (a run of prose caught before "tại")."""
    issuer = ISSUER_LEAD.sub("", SPACES.sub(" ", raw).strip())
    m = ISSUER_PROVINCE_END.search(issuer)
    if m:
        issuer = issuer[: m.end()]
    for pat, full in ISSUER_ABBREVIATIONS:
        issuer = pat.sub(full, issuer)
    if issuer in PROVINCE_NAMES:
        return issuer               # "tỉnh Hậu Giang ban hành Kế hoạch số 95/KH-UBND": its province
    if not ISSUER_HEAD.match(issuer) or len(issuer.split()) > ISSUER_MAX_WORDS or DIGIT.search(issuer):
        return ""
    return issuer


def read_citation(text: str, start: int, end: int, symbol: str) -> Citation:
    """Type word before; date, issuer and subject after; relation from the clause."""
    c = Citation(symbol=symbol, start=start, end=end, phrase_start=start, phrase_end=end)
    before = text[max(0, start - TYPE_LOOKBACK):start]
    m = TYPE_BEFORE.search(before)
    if m:
        c.doc_type = m["type"][0].upper() + m["type"][1:].lower()
        c.phrase_start = start - len(before) + m.start()
    if not c.doc_type or c.phrase_start < start:
        lead = text[max(0, c.phrase_start - 160):c.phrase_start]
        lead = CLAUSE_MARK.split(lead)[-1]
        m = ISSUER_BEFORE.search(lead)
        if m:
            c.issuer = clean_issuer(m["issuer"])
    pos = end
    m = DATE_AFTER.match(text, pos)
    if m:
        c.date, pos = iso_date(m), m.end()
    m = ISSUER_AFTER.match(text, pos)
    if m:
        c.issuer = clean_issuer(m["issuer"])
        pos = m.start("issuer") + len(m["issuer"])
    m = SUBJECT_AFTER.match(text, pos)
    if m and not find_symbols(m["subject"][:40]):
        c.subject = SPACES.sub(" ", m["subject"]).strip()
        pos = m.end()
    c.phrase_end = pos
    line_start = text.rfind("\n", 0, c.phrase_start) + 1
    clause = text[line_start:c.phrase_start]
    breaks = list(CLAUSE_BREAK.finditer(clause))
    if breaks:
        clause = clause[breaks[-1].end():]
    c.basis = bool(BASIS_WORDS.search(clause))
    return c
