"""Steps 1-2, finding: every symbol in the text (strict shapes first, then irregular letter
numbers after "số", then bare numbers that share the symbol after them), and the document's own
number, which is no citation (its header's "Số:" line, the caption of the text it issues, a
technical regulation it issues)."""
from __future__ import annotations

import regex as re

from pipeline.models import DocMeta, Structure
from pipeline.extraction.registry import canonical_symbol, fold
from pipeline.extraction.structure import ISSUED_WITH
from pipeline.extraction.references.symbols import (DIGIT, DIGITS, STRICT_PATTERNS, codes_known, fix_number, ocr_key,
                                                    parse_symbol, repair_codes, repair_lookalikes)

# A form's number is no document: "theo Mẫu số 09/PLIII Phụ lục III ban hành kèm theo Nghị
# định số 145/2020/NĐ-CP", "biểu mẫu số 01/BC".
FORM_BEFORE = re.compile(r"\b(?:[Bb]iểu\s+)?[Mm]ẫu\s+(?:số\s*)?:?\s*$"
                         # the year of any standard's code is no document's number either:
                         # "TCCS 38 : 2022/TCĐBVN" (a base standard, spaced as a site copies it)
                         r"|\b\p{Lu}{2,}\s*\d+\s*:\s*$"
                         # nor a road's chainage, its metres after the kilometre and the road's
                         # code after a slash: "nối vào Km3+120/QL.14H", "Km10+380/ĐT.609"
                         r"|\bKm\s*\d+\s*\+\s*$")
FORM_LOOKBACK = 20
# Bare numbers sharing the symbol that follows them: "QĐ số 1656 và 1662/QĐ-UBND",
# "Quyết định số 12, 15 và 20/QĐ-UBND" — each number is a document of its own.
# "số" must open the list, so a count ("03 và 05/KH-UBND" is not a thing) or a
# ratio never lends its number to a symbol.
SHARED_SUFFIX = re.compile(r"\bsố[ \t]+(?P<nums>\d{1,5}(?:[ \t]*,[ \t]*\d{1,5})*)[ \t]*(?:,|và)[ \t]*$")
SHARED_LOOKBACK = 60

# Irregular letter numbers, accepted only right after "số": 01-GCN-MT,
# YBB-SA032/26-LR, 11/2026CV-YVG, 13.4/2026/ĐN-VL. They need a capital and a
# separator, so "số 02 ngày" and "số 165 Lý Thường Kiệt" stay out. (A space typed before a
# slash after figures is no end: "Quyết định số 22/201 /QĐ-UBND".)
INTRODUCED = re.compile(
    r"(?<![\p{L}])số\s*:?\s*(?:\.{2,}|…+)?(?P<sym>[\p{Lu}\d][\p{L}\d.&…]*(?:(?<=\d)[ \t](?=/\p{Lu}{2})|[/\-][\p{L}\d.&]+)+)", re.I)
# The dots of a blank the clerk filled in by hand: "số ...539.../TTr-SNNMT" is 539/TTr-SNNMT.
# A short name a text gives the document it has just cited: "(sau đây gọi tắt là Chỉ thị
# số 20-TTg)" names 20/CT-TTg again, no other document.
ALIAS_BEFORE = re.compile(r"\(\s*(?:sau\s+đây\s+)?(?:được\s+)?gọi\s+(?:tắt\s+)?là\s+(?:\p{L}+\s+){0,3}(?:số\s*)?$", re.I)
FILL_IN_DOTS = re.compile(r"(?<=\d)(?:\.{2,}|…+)(?=/)")
HAS_CAPITAL = re.compile(r"\p{Lu}")
# Certificate and registration codes in appendix tables ("Số: BXD-00008539",
# "HAN-000900021", "KS-280-02060"): letters first, then long runs of digits, no slash.
# A document's symbol opens with its number ("01-GCN-MT") or carries a slash.
# (and a vehicle's plate, "biển số 24A-123.45", "29C-12345": a province's two digits, a series
# letter, five digits)
REGISTRATION_CODE = re.compile(r"^\p{Lu}{1,5}(?:-\d{3,})+$|^\d{2}\p{Lu}{1,2}\d?-\d{3}\.?\d{2}$")


# --------------------------------------------------------------------------
# 1-2. Finding symbols
# --------------------------------------------------------------------------

def find_symbols(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical symbol) of every candidate, without overlaps."""
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def form(a: int) -> bool:
        return FORM_BEFORE.search(text, max(0, a - FORM_LOOKBACK), a) is not None

    for pat in STRICT_PATTERNS:
        for m in pat.finditer(text):
            raw = m.group(0).rstrip()
            if form(m.start()):
                taken.append((m.start(), m.start() + len(raw)))
                continue
            if free(m.start(), m.start() + len(raw)):
                found.append((m.start(), m.start() + len(raw), canonical_symbol(fix_number(raw))))
                taken.append((m.start(), m.start() + len(raw)))
    for m in INTRODUCED.finditer(text):
        printed = m["sym"].rstrip(".-")
        raw = FILL_IN_DOTS.sub("", printed)
        a, b = m.start("sym"), m.start("sym") + len(printed)
        if form(a):
            taken.append((a, b))            # a form's code: "theo mẫu số C74-HĐ/LĐTBXH"
            continue
        if HAS_CAPITAL.search(raw) and DIGIT.search(raw) and free(a, b) and not REGISTRATION_CODE.match(raw):
            fixed = repair_lookalikes(raw)
            if fixed:
                found.append((a, b, canonical_symbol(fixed)))
            taken.append((a, b))
    found += shared_suffix_numbers(text, found)
    found = [_with_prime_minister(text, a, b, sym) for a, b, sym in found]
    found = [(a, b, fixed) for a, b, sym in found if (fixed := repair_codes(sym))]
    return sorted(found)


# The Prime Minister's code with its capitals read as ones ("Chỉ thị số 02/CT-11g"): a scan
# reads the two T of "TTg" as 1, l or I, which no code of capitals opens with.
PRIME_MINISTER_READ = re.compile(r"[ \t]*-[ \t]*[1lI|T]{2}g\b")
PM_TYPES = re.compile(r"/(?:CT|QĐ|CĐ|TB|TTr)$")


def _with_prime_minister(text: str, a: int, b: int, sym: str) -> tuple[int, int, str]:
    m = PRIME_MINISTER_READ.match(text, b) if PM_TYPES.search(sym) else None
    return (a, m.end(), sym + "-TTg") if m else (a, b, sym)


def shared_suffix_numbers(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Bare numbers listed before a symbol, each given that symbol's suffix."""
    extra = []
    for start, _, sym in found:
        head, slash, suffix = sym.partition("/")
        if not slash or not head.isdigit():
            continue
        lo = max(0, start - SHARED_LOOKBACK)
        m = SHARED_SUFFIX.search(text[lo:start])
        if not m:
            continue
        for n in DIGITS.finditer(m["nums"]):
            a = lo + m.start("nums") + n.start()
            extra.append((a, a + len(n.group(0)), f"{n.group(0)}/{suffix}"))
    return extra


# The header's number label, whatever the OCR made of the number after it: "Số: 45 6 /QĐ-UBND",
# "… Hạnh phúc số: 45 6 /QĐ-UBND Lào Cai, …" (a title citing a document writes "số" bare).
OWN_NUMBER_LABEL = re.compile(r"(?<![\p{L}\d])số\s*[:.][\s\d.]*$", re.I)


# A certificate's or permit's number filling a cell of a table ("| 0318/2025/HC-OCVN |", "Số Giấy
# chứng nhận" in an appendix of certified producers): no document the text cites. A cell
# holds it alone, with codes we do not know or a certificate's type, and no type word before it.
CELL_EDGE = re.compile(r"[\n|\t]")
CERTIFICATE_TYPES = frozenset({"GCN", "GP"})


def certificate_cell(text: str, start: int, end: int, sym: str) -> bool:
    left = max(text.rfind(c, 0, start) for c in "\n|\t")
    right = CELL_EDGE.search(text, end)
    alone = not text[left + 1:start].strip() and not text[end:right.start() if right else len(text)].strip(" .")
    return alone and (not codes_known(sym) or parse_symbol(sym).type_code in CERTIFICATE_TYPES)


def _own_number_line(text: str, start: int, structure: Structure) -> bool:
    """Whether a symbol before the body follows the label "Số:": the document's own number,
    garbled past reading (so no own symbol was found to set it apart)."""
    return start < structure.body_start and bool(OWN_NUMBER_LABEL.search(text, max(0, start - 20), start))


def own_spans(structure: Structure, meta: DocMeta) -> tuple[str, tuple[int, int]]:
    """The document's own symbol key (``ocr_key``) and its header span (never a reference)."""
    h = structure.header
    span = (h.get("symbol_start", -1), h.get("symbol_end", -1))
    own = ocr_key(meta.symbol) if meta.symbol and meta.source_kind != "news" else ""
    return own, span


# The caption under an annexed text's title: "(Ban hành kèm theo Quyết định số: 1114/2003/QĐ-UB …".
CAPTION_BEFORE = re.compile(r"\(\s*" + ISSUED_WITH + r"\s+(?P<type>Quyết định|Kế hoạch|Công văn|Thông tư|Nghị định)\s+"
                            r"(?:s\s?ố\s*:?\s*)?$")


def _own_caption(text: str, start: int, sym: str, meta: DocMeta, annexed: bool) -> bool:
    """The document's own number in the caption of the text it issues, written otherwise
    than in its header ("1114/2003/QĐ-UB" under "Số: 1114/QĐ-UB") or cut by the copy's end
    ("04/2020/QĐ-U"): the same number, no citation. Under the signature, the caption of the
    document's own annex names the document even where its number came out wrong
    ("10325/QĐ-UBND" for 103/2025/QĐ-UBND): the same type and codes suffice there."""
    caption = CAPTION_BEFORE.search(text, max(0, start - 60), start) if meta.symbol else None
    if not caption:
        return False
    if sym.split("/")[0].strip() == meta.symbol.split("/")[0].strip():
        return True
    return annexed and fold(caption["type"]) == fold(meta.doc_type or "") \
        and sym.rsplit("/", 1)[-1].strip() == meta.symbol.rsplit("/", 1)[-1].strip()


# The technical regulation a circular issues, named in its first article: "… Quy chuẩn kỹ
# thuật quốc gia về … Mã số: QCVN 67:2017/BGTVT", "Ban hành kèm theo Thông tư này Quy chuẩn
# kỹ thuật quốc gia về khí thải … (QCVN 85:2025/BNNMT)". It is the document's own text (its
# annex bears the code as its title), not a document it cites.
ISSUED_REGULATION = re.compile(
    r"(?:Mã\s+số(?:\s+đăng\s+ký)?\s*:\s*|[Bb]an hành kèm theo (?:Thông tư|Quyết định) này Quy chuẩn[^.;()]{0,200}\(\s*)"
    r"(?P<code>QCVN\s*\d+(?:-\d+)?\s*:\s*\d{4}\s*/\s*\p{Lu}+)")


def issued_regulations(text: str) -> set[str]:
    """``ocr_key`` of each technical regulation the document itself issues."""
    return {ocr_key(m["code"]) for m in ISSUED_REGULATION.finditer(text)}
