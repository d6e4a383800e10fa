"""Vietnamese number writing: parse figures and find the values a text states.

Conventions (DOMAIN §4): ``.`` groups thousands and ``,`` marks decimals
(``5.190`` = 5190, ``2,5`` = 2.5); counts keep leading zeros (``03``);
``N/M`` is N of M; ``‰`` is per mille; ranges are ``80-90%`` or
``từ 80% đến 90%``.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import regex as re

# One figure: thousands grouped with dots (optionally a comma decimal part),
# or plain digits with an optional comma/dot decimal part. Not glued to a
# letter, a slash or another digit on the left (symbols like 520/QĐ-TTg, 4G), nor
# the number of a code ("COVID-19").
NUMBER = r"(?<![\p{L}\d/.,])(?<!\p{L}-)(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?(?:\.\d+)?)"

# A unit sign after a figure: per cent or per mille, a space allowed before it, not a line's
# end (in a table read one cell a line, "… so với năm 2025" / "%" is an indicator over its
# unit cell, not 2025%).
SIGN = r"[^\S\n]?(?P<sign>%|‰)"

# Dashes that join the two ends of a range ("÷" is printed for one: "5% ÷ 10%").
DASH = r"[ \t]*[-–—÷][ \t]*"

# A measure a copy glued to its figure ("580ha", "12km"): a unit, where a code's letters
# ("4G", "H5N1") are not.
GLUED_MEASURE = r"(?:ha|km2|km|m2|m3|kg|MW|kWh|kW|[KMG]bps)\b"

# A magnitude word after a figure ("triệu", "tỷ", "nghìn"): no year is followed by one.
MAGNITUDE = r"(?:triệu|tỷ|tỉ|nghìn|ngàn)\b"

# A value: a single figure with its sign, or a range "từ A% đến B%", "A-B%",
# "A% - B%" (a range needs the sign on its upper end, so "2026 - 2030" is not one).
# Never the start of a date or symbol ("20/4/2018", "74-KH/TU"); a rate "10,5%/năm" is a value.
VALUE = re.compile(
    rf"(?:(?P<from>[Tt]ừ\s+))?(?P<lo>{NUMBER})(?:[^\S\n]?(?P<sign1>%|‰))?"
    rf"(?:(?:{DASH}|\s+(?:đến|tới)\s+)(?:(?P<hi>{NUMBER}){SIGN}"
    # (or before a magnitude both ends share: "10 - 12 triệu lượt khách", "2,5 - 3 triệu đồng")
    rf"|(?P<hi>{NUMBER})(?=\s+{MAGNITUDE})"
    # (or, after "từ", before the thing both ends count: "từ 8-10 điểm ùn tắc giao thông")
    rf"|(?(from)(?P<hi>{NUMBER})(?=\s+\p{{Ll}})|(?!))))?"
    # (a footnote's mark may follow a per cent: "dưới 24%1;"; a measure may be glued to a
    # figure: "580ha rau")
    r"(?:(?<=[%‰])\d{1,2}(?=[\s;,.)]|$))?(?:(?=" + GLUED_MEASURE + r")|(?![\p{L}\d]))(?!/(?!(?:năm|tháng|quý)\b)[\p{L}\d])(?!-\p{L})"
)

# A ratio "20/27" (not a date "20/4/2018" and not a symbol "02/2021/TT-BYT").
RATIO = re.compile(rf"(?P<num>{NUMBER})/(?P<den>\d+(?:\.\d{{3}})*)(?![/\d\p{{L}}-])")

# Thousands written with dots: every group after the first has three digits.
THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")


@dataclass
class NumberMention:
    """A stated value: where it is, what it is, and its sign (% or ‰ or none)."""
    start: int
    end: int
    value: float
    value_high: float | None = None
    sign: str = ""                    # "%", "‰" or ""
    of: float | None = None           # the M of an N/M ratio

    @property
    def kind(self) -> str:
        if self.of is not None:
            return "ratio"
        if self.sign == "%":
            return "percent"
        if self.sign == "‰":
            return "permille"
        return "count" if self.value == int(self.value) else "decimal"


#: Words for a count's scale, and what they multiply: "1,6 triệu lượt khách" is 1.600.000 lượt.
SCALES = {"triệu": 1_000_000, "nghìn": 1_000, "ngàn": 1_000, "vạn": 10_000}


def is_year(v: NumberMention) -> bool:
    """A bare whole number a year can be (1900-2100): "năm 2025" reads one."""
    return not v.sign and 1900 <= v.value <= 2100 and v.value == int(v.value)


def parse_number(s: str) -> float:
    """``5.190`` -> 5190, ``2,5`` -> 2.5, ``03`` -> 3, ``1.234,5`` -> 1234.5."""
    s = s.strip()
    if THOUSANDS.match(s):
        s = s.replace(".", "")
    elif "," in s and "." in s:          # English-style "1,234.5": drop the grouping commas
        s = s.replace(",", "")
    return float(s.replace(",", "."))


# The values of the text last read, by range: the targets and the quantities both
# read the body's values, and scanning a long text twice costs more than copying.
# The text itself is held (not its id) so a new text is never taken for it.
_seen: dict = {"text": None, "ranges": {}}


def find_values(text: str, start: int = 0, end: int | None = None) -> list[NumberMention]:
    """Every figure in ``text[start:end]`` with its sign, ranges joined, ratios split."""
    end = len(text) if end is None else end
    if _seen["text"] is not text:
        _seen["text"], _seen["ranges"] = text, {}
    if (start, end) not in _seen["ranges"]:
        _seen["ranges"][start, end] = _find_values(text, start, end)
    return [replace(m) for m in _seen["ranges"][start, end]]     # callers own their copies


def _find_values(text: str, start: int, end: int) -> list[NumberMention]:
    found: list[NumberMention] = []
    ratio_spans = []
    for m in RATIO.finditer(text, start, end):
        found.append(NumberMention(m.start(), m.end(), parse_number(m["num"]),
                                   of=parse_number(m["den"])))
        ratio_spans.append((m.start(), m.end()))
    pos = start
    while (m := VALUE.search(text, pos, end)) is not None:
        mention = _mention(m)
        # a failed range ("2028 - 60%") gives its first figure; the second is read again
        pos = mention.end if mention.value_high is None and m["hi"] else m.end()
        if not any(a <= m.start("lo") < b for a, b in ratio_spans):
            found.append(mention)
    return sorted(found, key=lambda n: n.start)


def _mention(m) -> NumberMention:
    """Build a mention from a VALUE match."""
    lo = parse_number(m["lo"])
    if m["hi"]:
        hi = parse_number(m["hi"])
        # (a year before a figure is no range's end: "năm 2024 - 4.972 triệu đồng")
        if hi > lo and (m["sign"] or not (1900 <= lo <= 2100 and lo == int(lo))):
            return NumberMention(m.start("lo"), m.end(), lo, hi, m["sign"] or "")
        return NumberMention(m.start("lo"), m.end("lo"), lo, None, m["sign1"] or "")
    end = m.end("sign1") if m["sign1"] else m.end("lo")
    return NumberMention(m.start("lo"), end, lo, None, m["sign1"] or "")
