"""Vietnamese number writing: figures, ranges, ratios and the false friends."""
import pytest

from pipeline.extraction.numbers import find_values, parse_number


@pytest.mark.parametrize("written, value", [
    ("5.190", 5190), ("2,5", 2.5), ("03", 3), ("09", 9), ("1.234,5", 1234.5),
    ("10.052,700", 10052.7), ("100", 100), ("1,14", 1.14),
])
def test_parse_number(written, value):
    assert parse_number(written) == pytest.approx(value)


@pytest.mark.parametrize("text, expected", [
    ("Có 5.190 cộng tác viên dân số", [(5190, None, "", None)]),
    ("tăng 2,5% so cùng kỳ", [(2.5, None, "%", None)]),
    ("tỷ suất sinh 3,5‰", [(3.5, None, "‰", None)]),
    ("đạt 80-90% số xã", [(80, 90, "%", None)]),
    ("từ 80% đến 90% số xã", [(80, 90, "%", None)]),
    ("giảm hàng năm 1%-1,5%", [(1, 1.5, "%", None)]),
    # a rate per year: "%/năm" is a value, unlike a symbol "3D/VR360"
    ("khoảng từ 10 - 10,5%/năm.", [(10, 10.5, "%", None)]),
    ("tăng 8%/năm", [(8, None, "%", None)]),
    ("có 20/27 biên chế công chức", [(20, None, "", 27)]),
    ("là 05/08 công chức", [(5, None, "", 8)]),
    # a unit cell on the line after an indicator that ends with a year signs nothing of it
    ("so với năm 2025\n%\n5\n20", [(2025, None, "", None), (5, None, "", None), (20, None, "", None)]),
    # false friends: dates and document symbols give nothing
    ("Kế hoạch số 94/KH-UBND ngày 20/4/2018", []),
    ("Kế hoạch số 74-KH/TU", []),
    ("Thông tư số 02/2021/TT-BYT", []),
    # a year range is two figures, not a range value
    ("giai đoạn 2026 - 2030", [(2026, None, "", None), (2030, None, "", None)]),
    # a range both ends of which a magnitude word follows
    ("thu hút 10 - 12 triệu lượt khách", [(10, 12, "", None)]),
    ("chi tiêu khoảng 2,5 - 3 triệu đồng/khách", [(2.5, 3, "", None)]),
    ("từ 5 đến 7 tỷ đồng", [(5, 7, "", None)]),
    # ... but not from a year
    ("năm 2024 - 4.972 triệu đồng", [(2024, None, "", None), (4972, None, "", None)]),
    # a count range opened by "từ", before the thing both ends count
    ("giải quyết từ 8-10 điểm ùn tắc giao thông", [(8, 10, "", None)]),
    # ... (not a span of years, nor two figures without "từ")
    ("từ 2021-2025 các dự án", [(2021, None, "", None), (2025, None, "", None)]),
    ("mục 8-10 điểm", [(8, None, "", None), (10, None, "", None)]),
])
def test_find_values(text, expected):
    got = [(v.value, v.value_high, v.sign, v.of) for v in find_values(text)]
    assert got == expected


def test_offsets_cover_the_figure():
    text = "bảo đảm tối thiểu 95% công chức"
    (v,) = find_values(text)
    assert text[v.start:v.end] == "95%"
    assert v.kind == "percent"


def test_a_measure_glued_to_its_figure_leaves_the_figure_a_value_but_not_a_codes_digit():
    text = "Xây dựng 580ha rau, 12,5km đường; mạng 4G; cúm H5N1."
    assert [(v.value, text[v.end:v.end + 2]) for v in find_values(text, 0, len(text))] == [(580, "ha"), (12.5, "km")]


def test_a_footnotes_mark_after_a_per_cent_leaves_the_per_cent_a_value():
    text = "thấp còi dưới 24%1; nhẹ cân dưới 15%2; sơ sinh thấp dưới 5%3."
    assert [(v.value, v.sign) for v in find_values(text, 0, len(text))] == [(24, "%"), (15, "%"), (5, "%")]
