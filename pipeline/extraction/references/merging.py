"""Steps 4-5: short second mentions ("Quyết định 520") counted to the earlier citation they
repeat; one row per symbol, its cut, glued, yearless or misprinted readings joined to the
symbol cited whole; the registry fills gaps and flags contradictions."""
from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict

import regex as re

from pipeline.extraction import registry
from pipeline.models import Document, Reference, Structure
from pipeline.extraction.registry import ISSUER_NAMES, parse_symbol, type_name
from pipeline.extraction.spans import evidence
from pipeline.extraction.references.symbols import ocr_key
from pipeline.extraction.references.reading import Citation

# Issuer names that stop at "Tỉnh"/"Tỉnh ủy" mean the citing document's own province.
BARE_LOCAL = re.compile(r"(?:\b(?:tỉnh|thành\s+phố)|Tỉnh\s+ủy|Thành\s+ủy)$", re.I)
# Short second mentions: "Quyết định 520", "Chỉ thị số 27", "Nghị quyết 21".
SHORT_MENTION = re.compile(
    r"(?P<type>Nghị quyết|Quyết định|Chỉ thị|Công văn|Kế hoạch|Thông tư|Nghị định|Chương trình|"
    r"Thông báo|Luật|Hướng dẫn)\s+(?:số\s+)?(?P<n>\d{1,5})(?![\d.,]\d|\s*[/\-–]\s*[\p{L}\d])", re.I)
TRAILING_DIGITS = re.compile(r"\d+$")
CAPITAL_UNIT = re.compile(r"\b(?:Tỉnh|Thành phố)(?=\s+\p{Lu})")
# Issuers named by an issuer code alone, where the code is unique nationwide.
NATIONAL_ISSUERS = {"TTg": "Thủ tướng Chính phủ", "CP": "Chính phủ", "BYT": "Bộ Y tế",
                    "BCT": "Bộ Công Thương", "QH": "Quốc hội"}


# --------------------------------------------------------------------------
# 4-5. Short mentions, merging, registry
# --------------------------------------------------------------------------

def same_type(word: str, ref: Reference) -> bool:
    w = word.casefold()
    return w == ref.doc_type.casefold() or w == type_name(parse_symbol(ref.symbol)).casefold()


def count_short_mentions(text: str, refs: list[Reference], firsts: dict[str, int],
                         taken: list[tuple[int, int]]) -> None:
    """Add each short mention to the latest earlier full citation of that type and number."""
    spans = merged_spans(taken)
    span_starts = [s for s, _ in spans]
    by_number: dict[str, list[Reference]] = defaultdict(list)
    for r in refs:
        by_number[r.number.lstrip("0")].append(r)
    for m in SHORT_MENTION.finditer(text):
        i = bisect_right(span_starts, m.start("n")) - 1
        if i >= 0 and m.start("n") < spans[i][1]:
            continue                     # the number of a full citation
        number = m["n"].lstrip("0")
        best = None
        for r in by_number.get(number, ()):
            if firsts[r.symbol] < m.start() and same_type(m["type"], r):
                if best is None or firsts[r.symbol] > firsts[best.symbol]:
                    best = r
        if best:
            best.mentions += 1


def merged_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans covering the same offsets (for bisection)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if s >= e:
            continue
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def apply_registry(ref: Reference) -> None:
    """Fill missing facts from the registry; flag a stated date that contradicts it."""
    known = registry.lookup(ref.symbol)
    if not known:
        if not ref.issuer:
            code = TRAILING_DIGITS.sub("", ref.issuer_code)
            ref.issuer = NATIONAL_ISSUERS.get(code, "")
        return
    if ref.date and known.date and ref.date != known.date:
        ref.flag = "; ".join(f for f in (ref.flag, f"date differs from registry ({known.date})") if f)
    ref.date = ref.date or known.date
    ref.issuer = ref.issuer or known.issuer
    ref.doc_type = ref.doc_type or known.doc_type


def localise(issuer: str, province: str) -> str:
    """'Ủy ban nhân dân Tỉnh' in a Đồng Tháp plan -> '... Tỉnh Đồng Tháp'."""
    issuer = CAPITAL_UNIT.sub(lambda m: m.group(0).lower(), issuer)
    if province and BARE_LOCAL.search(issuer):
        return f"{issuer} {province}"
    return issuer


def to_reference(doc: Document, structure: Structure, c: Citation) -> Reference:
    parts = parse_symbol(c.symbol)
    doc_type = c.doc_type or type_name(parts) or "Văn bản"
    ev = evidence(doc, structure, c.phrase_start, c.phrase_end)
    return Reference(doc_id=doc.doc_id, symbol=c.symbol, doc_type=doc_type, number=parts.number,
                     year=parts.year, type_code=parts.type_code, issuer_code=parts.issuer_code,
                     date=c.date, issuer=c.issuer, subject=c.subject,
                     relation="basis" if c.basis else "mention", mentions=1, **ev)


def merge(ref: Reference, c: Citation) -> None:
    """A later full citation of the same symbol: count it, fill gaps, note contradictions."""
    ref.mentions += 1
    if c.basis:
        ref.relation = "basis"
    if c.date and ref.date and c.date != ref.date:
        note = f"dates differ within document ({ref.date} vs {c.date})"
        if note not in ref.flag:
            ref.flag = "; ".join(f for f in (ref.flag, note) if f)
    ref.date = ref.date or c.date
    ref.issuer = ref.issuer or c.issuer
    ref.subject = ref.subject or c.subject
    if ref.doc_type == "Văn bản" and c.doc_type:
        ref.doc_type = c.doc_type


# A symbol with its issuer cut off: number, year and type only ("105/2025/NĐ").
CUT_SYMBOL = re.compile(r"^\d+/(?:19|20)\d\d/\p{Lu}+$")
# A symbol ending in a letter code with figures glued after it ("NĐ-CP2", "QH151").
GLUED_MARK = re.compile(r"\p{L}\d{1,3}$")


def _merged_variants(rows: list[Reference]) -> list[Reference]:
    """Readings of a symbol the document also cites whole are that symbol once more: one
    row, its mentions added. A symbol cited only so stays as read."""
    by_key = {ocr_key(r.symbol): r for r in rows}
    kept = []
    for r in rows:
        base = (_glued_mark_base(r, by_key) or _cut_symbol_base(r, by_key) or _spaced_code_base(r, rows)
                or _yearless_base(r, rows)
                or _short_form_base(r, rows) or _misprinted_issuer_base(r, rows))
        if base is not None:
            base.mentions += r.mentions
            continue
        kept.append(r)
    return kept


def _glued_mark_base(r: Reference, by_key: dict[str, Reference]) -> Reference | None:
    """A footnote's mark glued to a symbol: "105/2025/NĐ-CP2" is "105/2025/NĐ-CP"."""
    if not GLUED_MARK.search(r.symbol):
        return None
    key = ocr_key(r.symbol)
    return next((by_key[key[:-n]] for n in (1, 2)
                 if key[-n:].isdigit() and by_key.get(key[:-n], r) is not r), None)


def _spaced_code_base(r: Reference, rows: list[Reference]) -> Reference | None:
    """A symbol whose issuer code a copy's stray space cut ("07/2010/TT-BGT V T"): the one
    cited symbol of the same number, year and kind whose code it begins."""
    if not r.issuer_code or not r.number:
        return None
    same = [o for o in rows if o is not r and (o.number, o.year, o.type_code) == (r.number, r.year, r.type_code)
            and len(o.issuer_code) > len(r.issuer_code) and o.issuer_code.startswith(r.issuer_code)
            and o.issuer_code[len(r.issuer_code):].isalpha()]     # (not a footnote's mark: "NĐ-CP2")
    return same[0] if len(same) == 1 else None


def _yearless_base(r: Reference, rows: list[Reference]) -> Reference | None:
    """A symbol cited once without its year, on the date of a symbol the document cites
    whole: "Nghị định số 178/NĐ-CP ngày 01/7/2025" is 178/2025/NĐ-CP (same number, kind,
    issuer and date)."""
    if r.year or not r.date or not r.number:
        return None
    same = [o for o in rows if o is not r and o.year and o.number == r.number and o.date == r.date
            and (o.type_code, o.issuer_code) == (r.type_code, r.issuer_code) and str(o.year) == r.date[:4]]
    return same[0] if len(same) == 1 else None


def _short_form_base(r: Reference, rows: list[Reference]) -> Reference | None:
    """A symbol cited in a short form, on the date of the full symbol of the same number:
    "Quyết định số 118/TTg ngày 27/02/1996" is 118/QĐ-TTg of that day (its codes are
    among the full symbol's)."""
    if r.type_code or not r.date or not r.number:
        return None
    codes = set(_codes(r.symbol))
    same = [o for o in rows if o is not r and o.number == r.number and o.date == r.date and o.type_code
            and (not r.year or o.year == r.year) and codes <= set(_codes(o.symbol))]
    return same[0] if len(same) == 1 else None


def _misprinted_issuer_base(r: Reference, rows: list[Reference]) -> Reference | None:
    """A symbol whose issuer code contradicts the issuer its citation names, on the date of
    a symbol of the same number, year and kind whose code agrees: "Thông tư số
    98/2013/TT-BXD ngày 24 tháng 7 năm 2013 của Bộ Tài chính" is 98/2013/TT-BTC."""
    said = r.issuer.casefold()
    if not said or not r.date or said.startswith(ISSUER_NAMES.get(r.issuer_code, "\0").casefold()):
        return None
    same = [o for o in rows if o is not r and (o.number, o.year, o.type_code, o.date) == (r.number, r.year, r.type_code, r.date)
            and o.issuer_code != r.issuer_code and said.startswith(ISSUER_NAMES.get(o.issuer_code, "\0").casefold())]
    return same[0] if len(same) == 1 else None


def _codes(symbol: str) -> list[str]:
    """The codes after a symbol's number and year: "118/QĐ-TTg" -> ["QĐ", "TTg"]."""
    return [c for c in re.split(r"[/-]", symbol)[1:] if c and not c.isdigit()]


def _cut_symbol_base(r: Reference, by_key: dict[str, Reference]) -> Reference | None:
    """A symbol whose issuer a line's (or a table cell's) end cut off: "105/2025/NĐ-" is
    the one cited symbol that completes it."""
    if not CUT_SYMBOL.match(r.symbol):
        return None
    key = ocr_key(r.symbol)
    fuller = [o for k, o in by_key.items() if o is not r and k.startswith(key) and len(k) > len(key)]
    return fuller[0] if len(fuller) == 1 else None
