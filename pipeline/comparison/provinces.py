"""Provinces as issued, and the province they belong to since 1 July 2025.

The country went from 63 to 34 provincial units on 1 July 2025 (DOMAIN.md §7).
``underthesea.address.convert_address`` maps an old province name to the new
unit ("tỉnh Hậu Giang" → "Thành phố Cần Thơ"); this module feeds it a clean
province name, strips the "Tỉnh"/"Thành phố" prefix for display, and covers
the few spellings the library does not know (ALIASES).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Prefixes of a province's formal name, removed for display ("Thành phố Cần Thơ" → "Cần Thơ").
PREFIX_RE = re.compile(r"^\s*(?:tỉnh|thành\s+phố|tp\.?)\s+", re.IGNORECASE)

# The issuing body before the province name in an issuer line.
ISSUER_BODY_RE = re.compile(
    r"^\s*(?:ủy\s+ban\s+nhân\s+dân|uỷ\s+ban\s+nhân\s+dân|ubnd|hội\s+đồng\s+nhân\s+dân|hđnd|"
    r"sở\s+[^,]*?\s+(?=tỉnh|thành\s+phố)|ban\s+thường\s+vụ\s+(?:tỉnh|thành)\s+ủy)\s*",
    re.IGNORECASE)

# A province named inside a longer text: "... tỉnh Hậu Giang", "... thành phố Hà Nội".
PROVINCE_IN_TEXT_RE = re.compile(r"(?:tỉnh|thành\s+phố)\s+([A-ZĐÀ-Ỹ][^\s,;.()]*(?:\s+[-–]?\s*[A-ZĐÀ-Ỹ][^\s,;.()]*)*)")

# Spellings underthesea 9.5 does not resolve, checked against all 63 old names
# and their common variants: the pre-2025 name of Huế, the "C" spellings of
# Bắc Kạn and Đắk Lắk, and the short forms of Hồ Chí Minh City.
ALIASES = {
    "thừa thiên huế": "Huế",
    "thừa thiên - huế": "Huế",
    "bắc cạn": "Bắc Kạn",
    "đắc lắc": "Đắk Lắk",
    "đắk lắc": "Đắk Lắk",
    "tp.hcm": "Hồ Chí Minh",
    "tp hcm": "Hồ Chí Minh",
    "tphcm": "Hồ Chí Minh",
    "hcm": "Hồ Chí Minh",
    "sài gòn": "Hồ Chí Minh",
}


def display_name(name: str) -> str:
    """Province name without "Tỉnh"/"Thành phố", NFC, single spaces."""
    name = unicodedata.normalize("NFC", name or "").strip()
    name = PREFIX_RE.sub("", name)
    return re.sub(r"\s+", " ", name).strip(" ,.;")


def _alias(name: str) -> str:
    return ALIASES.get(display_name(name).lower(), display_name(name))


def province_from_issuer(issuer: str) -> str:
    """The province in an issuer line ("Ủy ban nhân dân tỉnh Hậu Giang" → "Hậu Giang")."""
    issuer = unicodedata.normalize("NFC", issuer or "")
    m = PROVINCE_IN_TEXT_RE.search(issuer)
    if m:
        return display_name(m.group(1))
    rest = ISSUER_BODY_RE.sub("", issuer)
    return display_name(rest) if rest != issuer else ""


@lru_cache(maxsize=512)
def current_province(name: str) -> str:
    """The province ``name`` belongs to since 1 July 2025, without prefix ('' if unknown)."""
    if not (name or "").strip():
        return ""
    from underthesea.address import convert_address
    clean = _alias(name)
    result = convert_address(clean)
    return display_name(result.converted) if result.converted else ""


def load_converter() -> None:
    """Import the address converter and load its table now (about half a
    second, mostly a 5 MB mapping read on the first conversion), so that a
    caller can do it while other work runs; answers do not depend on it."""
    from underthesea.address import convert_address
    convert_address("Hà Nội")


def province_issued(meta) -> str:
    """The province a document was issued in: its metadata, else its issuer line."""
    if getattr(meta, "province", ""):
        return display_name(meta.province)
    return province_from_issuer(getattr(meta, "issuer", ""))


def provinces_of(meta) -> tuple[str, str]:
    """(province as issued, province since 1 July 2025); '' where unknown."""
    issued = province_issued(meta)
    return issued, current_province(issued) if issued else ""
