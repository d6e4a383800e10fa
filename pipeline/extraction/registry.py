"""Document symbols: their canonical form, the codes inside them, and the registry
of known documents (``data/registry.csv``) used to fill in and check citations.

Only documents whose symbol is unique nationwide belong in the registry (central
Party, National Assembly, Government, ministries): ``303/KH-UBND`` exists in
every province, so provincial symbols are never looked up here.
"""
from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex as re

from pipeline.text import strip_marks

REGISTRY_CSV = Path(__file__).resolve().parent.parent / "data" / "registry.csv"
BODY_NAMES_TXT = Path(__file__).resolve().parent.parent / "data" / "agency_names.txt"

# Type codes (DOMAIN.md §3) and the document type each names, in words.
TYPE_NAMES = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "QC": "Quy chế",
    "QYĐ": "Quy định", "QyĐ": "Quy định", "TB": "Thông báo", "HD": "Hướng dẫn",
    "CTR": "Chương trình", "CTr": "Chương trình", "KH": "Kế hoạch", "PA": "Phương án",
    "ĐA": "Đề án", "DA": "Dự án", "BC": "Báo cáo", "BB": "Biên bản", "TTR": "Tờ trình",
    "TTr": "Tờ trình", "HĐ": "Hợp đồng", "CĐ": "Công điện", "TT": "Thông tư",
    "NĐ": "Nghị định", "KL": "Kết luận", "TTLT": "Thông tư liên tịch", "L": "Luật",
    "GP": "Giấy phép", "GCN": "Giấy chứng nhận", "CV": "Công văn", "GM": "Giấy mời",
    "VBHN": "Văn bản hợp nhất",
}

# Issuer codes whose documents are national (unique symbols), with the body's name.
ISSUER_NAMES = {
    "TTg": "Thủ tướng Chính phủ", "CP": "Chính phủ", "BYT": "Bộ Y tế",
    "BCT": "Bộ Công Thương", "BTC": "Bộ Tài chính", "BNV": "Bộ Nội vụ",
    "TW": "Ban Chấp hành Trung ương", "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân",
}

# Codes written without the stroke on Đ (ASCII keyboards, OCR) -> canonical form.
STROKE_FIXES = {"QD": "QĐ", "ND": "NĐ", "HDND": "HĐND", "DA": "DA", "QyD": "QyĐ"}

# A unit's code in brackets glued to a symbol's end is part of it: "368/TT-XD(KTXD)",
# "02/2003/TT-BCA(C11)" (not a year, nor a bracket after a space).
UNIT_SUFFIX = r"(?:\([A-ZĐ][A-ZĐ\d]{0,7}\))?"
# Dash-like characters folded to "-" in symbols.
DASHES = re.compile(r"[\u2010-\u2015\u2212]")
# Spaces around the separators of a symbol ("10- CTr/TU", "1050 /QĐ-SCT").
SEPARATOR_SPACES = re.compile(r"\s*([/\-])\s*")
# The law family's issuer: the National Assembly with its term (QH14, QH15).
LAW_CODE = re.compile(r"^(?:UBTV)?QH\d{1,2}$")
# A letter doubled by OCR ("QĐĐ").
DOUBLED_LETTER = re.compile(r"(.)\1+")
# The National Assembly's code with its term, OCR reading 1 as I or l ("QHI5").
ASSEMBLY_CODE = re.compile(r"QH[\dIl]{1,2}")
# A technical standard's prefix, and the spaces around its ":" and "/".
STANDARD_PREFIX = re.compile(r"^(QCVN|TCVN)\s*", re.I)
STANDARD_SEPARATOR_SPACES = re.compile(r"\s*([:/])\s*")
DOUBLED_DASH = re.compile(r"-{2,}")
SPACES = re.compile(r"\s+")
SEPARATOR = re.compile(r"([/\-])")
LEADING_NUMBER = re.compile(r"\d+")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s or "")


def fold(s: str) -> str:
    """Upper-case, accent-free form for loose comparisons (OCR'd capitals, QD vs QĐ)."""
    return strip_marks(s or "").upper()


def _fix_code(code: str, is_type: bool) -> str:
    """Canonical spelling of one code of a symbol."""
    if code.upper() in ("TƯ", "TW"):
        return "TW"
    code = code.replace("\u00d0", "Đ")          # Icelandic eth read for Đ by OCR
    if is_type and code in STROKE_FIXES:
        return STROKE_FIXES[code]
    if is_type and code not in TYPE_NAMES:
        # OCR doubles a letter ("QĐĐ"): keep the code it was meant to be
        single = DOUBLED_LETTER.sub(r"\1", code)
        if single in TYPE_NAMES or single in STROKE_FIXES:
            return STROKE_FIXES.get(single, single)
    if code == "HDND":
        return "HĐND"
    if ASSEMBLY_CODE.fullmatch(code):
        return "QH" + code[2:].replace("I", "1").replace("l", "1")   # OCR: "QHI5" is QH15
    return code


# The 63 provincial units before 1 July 2025 (the 34 after are among them).
PROVINCE_NAMES = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre",
    "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ",
    "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang",
    "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hồ Chí Minh",
    "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lạng Sơn", "Lào Cai", "Lâm Đồng",
    "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình",
    "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh",
    "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Huế", "Tiền Giang", "Trà Vinh",
    "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
)

# The same as alternatives of a pattern, longest first ("Thừa Thiên Huế" before "Huế").
PROVINCE_PATTERN = "|".join(re.escape(p) for p in sorted(PROVINCE_NAMES, key=len, reverse=True))

# Cyrillic and Greek capitals a copied page may set for their Latin twins ("16495/BТС-PTHT").
LOOKALIKES = str.maketrans("АВЕКМНОРСТХУІ" "ΑΒΕΗΙΚΜΝΟΡΤΧΥΖ", "ABEKMHOPCTXYI" "ABEHIKMNOPTXYZ")


@lru_cache(maxsize=16384)      # a document cites the same symbols again and again
def canonical_symbol(raw: str) -> str:
    """One written form per symbol: NFC, plain dashes, no spaces, QD->QĐ, TƯ->TW.

    >>> canonical_symbol("10- CTr/TƯ")
    '10-CTr/TW'
    """
    s = DASHES.sub("-", nfc(raw).translate(LOOKALIKES)).strip().strip(".,;:")
    if s.upper().startswith(("QCVN", "TCVN")):
        return STANDARD_PREFIX.sub(r"\1 ", STANDARD_SEPARATOR_SPACES.sub(r"\1", s))
    s = SEPARATOR_SPACES.sub(r"\1", s)
    s = DOUBLED_DASH.sub("-", s)                 # a doubled dash ("NĐ- -CP")
    s = SPACES.sub("", s)
    parts = SEPARATOR.split(s)
    # the first code after the number (or after the year) is the type code
    out, seen_code = [], False
    for p in parts:
        if p and p[0].isalpha() and not seen_code:
            out.append(_fix_code(p, True))
            seen_code = True
        elif p and p[0].isalpha():
            out.append(_fix_code(p, False))
        else:
            out.append(p)
    return "".join(out)


@dataclass
class SymbolParts:
    number: str = ""
    year: int | None = None
    type_code: str = ""
    issuer_code: str = ""
    family: str = ""        # administrative | letter | normative | law | party | standard | irregular


# Shapes of canonical symbols, tried in order.
NORMATIVE_SHAPE = re.compile(r"^(?P<n>\d+)/(?P<y>(?:19|20)\d\d)/(?P<t>[^/\-]+)-(?P<i>.+)$")
LAW_SHAPE = re.compile(r"^(?P<n>\d+)/(?P<y>(?:19|20)\d\d)/(?P<i>QH\d{1,2})$")
PARTY_SHAPE = re.compile(r"^(?P<n>\d+)-(?P<t>[^/\-]+)/(?P<i>.+)$")
ADMIN_SHAPE = re.compile(r"^(?P<n>\d+)/(?P<t>[^/\-]+)-(?P<i>[^/]+)$")
STANDARD_SHAPE = re.compile(r"^(?P<t>QCVN|TCVN)\s(?P<n>[\d\-]+):(?P<y>\d{4})(?:/(?P<i>.+))?$")


def parse_symbol(sym: str) -> SymbolParts:
    """Number, year, type and issuer codes of a canonical symbol, as far as its shape tells."""
    if m := STANDARD_SHAPE.match(sym):
        return SymbolParts(m["n"], int(m["y"]), m["t"], m["i"] or "", "standard")
    if m := LAW_SHAPE.match(sym):
        return SymbolParts(m["n"], int(m["y"]), "L", m["i"], "law")
    if m := NORMATIVE_SHAPE.match(sym):
        return SymbolParts(m["n"], int(m["y"]), m["t"], m["i"], "normative")
    if m := PARTY_SHAPE.match(sym):
        return SymbolParts(m["n"], None, m["t"], m["i"], "party")
    if m := ADMIN_SHAPE.match(sym):
        if m["t"] in TYPE_NAMES:
            return SymbolParts(m["n"], None, m["t"], m["i"], "administrative")
        # no type code: an official letter N/ISSUER-UNIT
        return SymbolParts(m["n"], None, "", m["t"], "letter")
    num = LEADING_NUMBER.match(sym)
    return SymbolParts(num.group(0) if num else "", None, "", "", "irregular")


def type_name(parts: SymbolParts) -> str:
    """The document type a symbol's shape implies ('' when it does not say)."""
    if parts.family == "law":
        return "Luật"
    if parts.family == "standard":
        return "Quy chuẩn kỹ thuật quốc gia" if parts.type_code == "QCVN" else "Tiêu chuẩn quốc gia"
    if parts.family == "letter":
        return "Công văn"
    return TYPE_NAMES.get(parts.type_code, "")


@dataclass
class Known:
    symbol: str
    doc_type: str
    date: str
    issuer: str
    title: str


@lru_cache(maxsize=4)
def load(path: Path = REGISTRY_CSV) -> dict[str, Known]:
    """The registry keyed by loose symbol key; empty when the file is missing."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        rows = [Known(**{k: nfc(v or "") for k, v in r.items()}) for r in csv.DictReader(f)]
    return {symbol_key(r.symbol): r for r in rows}


@lru_cache(maxsize=16384)
def symbol_key(sym: str) -> str:
    """Loose key: the scorer's folding (case, TƯ/TW, Đ/D, dashes, spaces)."""
    s = canonical_symbol(sym).upper().replace("TƯ", "TW").replace("Đ", "D")
    return SPACES.sub("", s)


def lookup(sym: str) -> Known | None:
    return load().get(symbol_key(sym))


@lru_cache(maxsize=1)
def listed_body_names() -> tuple[str, ...]:
    """The names of bodies spelled as they should be (``data/agency_names.txt``)."""
    return tuple(ln.strip() for ln in BODY_NAMES_TXT.read_text(encoding="utf-8").splitlines()
                 if ln.strip() and not ln.startswith("#"))
