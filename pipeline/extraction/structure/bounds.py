"""Where the document's own text stops: a text cut off mid-sentence, and the additions of
a saved web page: its labels of related documents before the text, its trailer (or
another decision) after it."""
from __future__ import annotations

import regex as re

from pipeline.models import Structure
from pipeline.extraction.structure.sections import heading_of

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
