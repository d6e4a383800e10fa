"""Provinces as issued and since 1 July 2025 (DOMAIN.md §7)."""
from __future__ import annotations

import pytest

from pipeline.models import DocMeta
from pipeline.comparison.provinces import (ALIASES, current_province, display_name, province_from_issuer,
                                provinces_of)

# Every merger of DOMAIN.md §7: (new unit, old provinces folded into it).
MERGED = {
    "Tuyên Quang": ["Tuyên Quang", "Hà Giang"],
    "Lào Cai": ["Lào Cai", "Yên Bái"],
    "Thái Nguyên": ["Thái Nguyên", "Bắc Kạn"],
    "Phú Thọ": ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"],
    "Bắc Ninh": ["Bắc Ninh", "Bắc Giang"],
    "Hưng Yên": ["Hưng Yên", "Thái Bình"],
    "Hải Phòng": ["Hải Phòng", "Hải Dương"],
    "Ninh Bình": ["Ninh Bình", "Hà Nam", "Nam Định"],
    "Quảng Trị": ["Quảng Trị", "Quảng Bình"],
    "Đà Nẵng": ["Đà Nẵng", "Quảng Nam"],
    "Quảng Ngãi": ["Quảng Ngãi", "Kon Tum"],
    "Gia Lai": ["Gia Lai", "Bình Định"],
    "Khánh Hòa": ["Khánh Hòa", "Ninh Thuận"],
    "Lâm Đồng": ["Lâm Đồng", "Đắk Nông", "Bình Thuận"],
    "Đắk Lắk": ["Đắk Lắk", "Phú Yên"],
    "Hồ Chí Minh": ["Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"],
    "Đồng Nai": ["Đồng Nai", "Bình Phước"],
    "Tây Ninh": ["Tây Ninh", "Long An"],
    "Cần Thơ": ["Cần Thơ", "Sóc Trăng", "Hậu Giang"],
    "Vĩnh Long": ["Vĩnh Long", "Bến Tre", "Trà Vinh"],
    "Đồng Tháp": ["Đồng Tháp", "Tiền Giang"],
    "Cà Mau": ["Cà Mau", "Bạc Liêu"],
    "An Giang": ["An Giang", "Kiên Giang"],
}
UNCHANGED = ["Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh",
             "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng"]


@pytest.mark.parametrize("new,old", [(n, o) for n, olds in MERGED.items() for o in olds])
def test_merged_province_maps_to_new_unit(new, old):
    assert current_province(old) == new
    assert current_province(f"tỉnh {old}") == new


@pytest.mark.parametrize("name", UNCHANGED)
def test_unchanged_province_keeps_its_name(name):
    assert current_province(name) == name


@pytest.mark.parametrize("written,now", [
    ("Thừa Thiên Huế", "Huế"),          # pre-2025 name, unknown to underthesea
    ("tỉnh Thừa Thiên Huế", "Huế"),
    ("Bắc Cạn", "Thái Nguyên"),          # old spelling of Bắc Kạn
    ("Đắc Lắc", "Đắk Lắk"),
    ("TP.HCM", "Hồ Chí Minh"),
    ("Thanh Hoá", "Thanh Hóa"),          # old tone placement
    ("thành phố Hà Nội", "Hà Nội"),
    ("Bà Rịa – Vũng Tàu", "Hồ Chí Minh"),
])
def test_spellings_and_fallback_table(written, now):
    assert current_province(written) == now


def test_fallback_table_only_holds_cases_the_library_misses():
    from underthesea.address import convert_address
    for alias in ALIASES:
        assert not convert_address(alias).converted, f"{alias} no longer needs the table"


def test_unknown_place_is_empty():
    assert current_province("") == ""
    assert current_province("Atlantis") == ""


@pytest.mark.parametrize("issuer,province", [
    ("Ủy ban nhân dân tỉnh Hậu Giang", "Hậu Giang"),
    ("UBND tỉnh Sóc Trăng", "Sóc Trăng"),
    ("Ủy ban nhân dân thành phố Cần Thơ", "Cần Thơ"),
    ("UBND Thành phố Hà Nội", "Hà Nội"),
    ("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("UBND TP. Cần Thơ", "Cần Thơ"),
])
def test_province_from_issuer(issuer, province):
    assert province_from_issuer(issuer) == province


def test_document_provinces_as_issued_and_now():
    assert provinces_of(DocMeta(province="Hậu Giang")) == ("Hậu Giang", "Cần Thơ")
    assert provinces_of(DocMeta(issuer="Ủy ban nhân dân tỉnh Sóc Trăng")) == ("Sóc Trăng", "Cần Thơ")
    assert provinces_of(DocMeta(province="Thành phố Hà Nội")) == ("Hà Nội", "Hà Nội")
    assert provinces_of(DocMeta(province="Thừa Thiên Huế")) == ("Thừa Thiên Huế", "Huế")
    assert provinces_of(DocMeta()) == ("", "")


def test_display_name_strips_prefix():
    assert display_name("Thành phố Cần Thơ") == "Cần Thơ"
    assert display_name("Tỉnh  Lâm Đồng") == "Lâm Đồng"
