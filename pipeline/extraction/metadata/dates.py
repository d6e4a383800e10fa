"""Step 3, status, and the dates a header leaves blank: the number and day signature
stamps put on it, draft or issued, and the signing stamp, approval note or closing line
that dates a text whose header gives no date."""
from __future__ import annotations

import datetime

import regex as re

from pipeline.models import DocMeta, Document
from pipeline.extraction.registry import canonical_symbol, fold
from pipeline.extraction.structure import NUMBER_LINE, PLACE_DATE

# Two bare figures after page 1's last sentence, right before the page 2 marker of a
# text copy: the number and day an e-signature stamped on a header printed blank.
# (on the sentence's line or lines of their own; the marker on the next line, or run into
# the same one where the copy was flattened)
STRAY_STAMPS = re.compile(r"(?<=[.;:!?])(?:[ \t]+|[ \t]*\n[ \t]*)(?P<num>\d{1,5})(?:[ \t]+|[ \t]*\n[ \t]*)(?P<day>\d{1,2})\s+"
                          r"(?:#{1,6}[ \t]*)?(?:Trang|Page)[ \t]+2\b", re.I)
STRAY_STAMPS_CHARS = 20000


def iso(d: str | int, m: str | int, y: str | int) -> str:
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


# A draft says so at its head ("DỰ THẢO", "Dự thảo lần 2").
DRAFT_MARK = re.compile(r"(?<![\p{L}])(?:DỰ THẢO|Dự thảo)(?![\p{L}])")
DRAFT_MARK_CHARS = 1500


def stray_stamps(text: str, header: dict) -> dict:
    """The e-signature's number and day left as two bare figures at the foot of page 1
    in a text copy of a signed PDF ("… hiệu quả. 75 11" over "## Trang 2"), where the
    header prints both blank ("Số: /KH-UBND", "ngày tháng 3 năm 2026"). Only with the
    month and year printed, and a day the month has."""
    m = STRAY_STAMPS.search(text, 0, STRAY_STAMPS_CHARS)
    year, month = header.get("year"), header.get("month")
    if not m or not year or not month:
        return {}
    try:
        date = datetime.date(year, month, int(m["day"])).isoformat()
    except ValueError:
        return {}
    number = m["num"].lstrip("0") or m["num"]
    return {"number": number, "symbol": canonical_symbol(f"{number}/{header['symbol_suffix']}"),
            "day": int(m["day"]), "date": date}


def stamped_header(header: dict, stamps: list) -> dict:
    """The number and day/month that e-signature stamps put on a header left blank.

    Digitally signed PDFs keep ``Số: /QĐ-UBND`` and ``ngày tháng năm 2026`` in their
    text layer; the signing system draws the number and the day/month as signature
    fields, which the PDF reader OCRs into ``doc.meta["stamps"]`` (DOMAIN.md §2: a
    blank number is not proof of a draft until the stamps are read). OCR of a
    rendered line is noisy, so a stamp is believed only when its whole line agrees
    with the text layer — the same symbol suffix (``QĐ-UBND``) and the same year —
    and the value read is one the stamp itself added (in ``values``). Otherwise
    nothing is filled: a misread must never invent a number or a date.
    Returns the keys to fill: ``number``/``symbol`` and ``day``/``month``/``date``."""
    out: dict = {}
    suffix, year = header.get("symbol_suffix", ""), header.get("year")
    place = fold(header.get("place", ""))
    for stamp in stamps or []:
        if not isinstance(stamp, dict) or stamp.get("page", 1) != 1:
            continue
        line = str(stamp.get("line", "")).replace("\u00d0", "Đ")   # OCR's eth for Đ
        values = {str(v).lstrip("0") for v in stamp.get("values", [])}
        n, d = NUMBER_LINE.search(line), PLACE_DATE.search(line)
        if d and not (year and int(d["y"]) == year):
            continue                       # another year: not this header's line
        if n and suffix and canonical_symbol(n["rest"].lstrip("/")) != suffix:
            continue                       # another symbol: not this header's line
        number_ok = bool(n and n["num"] and suffix and canonical_symbol(n["rest"].lstrip("/")) == suffix
                         and n["num"].rstrip(".").lstrip("0") in values)
        if number_ok and not header.get("number") and "number" not in out:
            out["number"] = n["num"].rstrip(".")
            out["symbol"] = canonical_symbol(f"{out['number']}/{suffix}")
        # a date stamp on a line of its own must name the header's place
        place_ok = bool(d and place and (place.endswith(fold(d["place"])) or fold(d["place"]).endswith(place)))
        if d and d["d"] and d["m"] and (number_ok or place_ok) and not header.get("day") \
                and "date" not in out and d["d"].lstrip("0") in values and d["m"].lstrip("0") in values:
            try:
                date = datetime.date(year, int(d["m"]), int(d["d"])).isoformat()
            except ValueError:
                continue
            out.update(day=int(d["d"]), month=int(d["m"]), date=date)
    return out


# A decision that grants or amends an approval dates each version in its title; the last is
# the decision's own when the header leaves the date out: "(cấp lần đầu: ngày 31 tháng 7 năm
# 2020) (điều chỉnh lần thứ 03: ngày 10 tháng 9 năm 2026)".
GRANTED_ON = re.compile(r"\((?:[Cc]ấp lần đầu|[Đđ]iều chỉnh lần thứ\s*\S+)\s*:\s*[Nn]gày\s+(?P<d>\d{1,2})\s+tháng\s+"
                        r"(?P<m>\d{1,2})\s+năm\s+(?P<y>(?:19|20)\d\d)\s*\)")
# The time a digital signature was put, as an OCR of the stamp reads it: "Thời gian ký:
# 19/06/2026 14:18:57 +07:00" (the day the text leaves blank); the government's signing
# stamp prints the date with dots ("Thời gian ký: 02.04.2026 14:24:26 +07:00", CV-2265).
# (an OCR of a stamp at the page's edge may lose the line's first letter: "hời gian ký: …")
SIGNED_AT = re.compile(r"(?<!\p{L})T?hời gian ký\s*:\s*(?P<d>\d{1,2})(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)\b")
# The preamble's first "Căn cứ …" line, where the header's dates end, and how far into
# the text a header may reach (characters).
BASIS_LINE = re.compile(r"(?m)^[ \t*_]*Căn cứ\b")
HEADER_REACH = 3000
# Resolutions and laws adopted by a council or the National Assembly carry their
# date in the closing line, not in the header: "Nghị quyết này được Ủy ban
# Thường vụ Quốc hội … khóa XV thông qua ngày 16 tháng 6 năm 2025", "… đã được
# Hội đồng nhân dân tỉnh … kỳ họp thứ 5 thông qua ngày …".
PASSED_ON = re.compile(
    r"\b(?:Nghị quyết|Luật|Bộ luật|Pháp lệnh) này (?:đã )?được [^\n]{0,200}?thông qua "
    r"(?:vào )?ngày (?P<d>\d{1,2}) tháng (?P<m>\d{1,2}) năm (?P<y>(?:19|20)\d\d)")


def _completed_header(doc: Document, h: dict) -> dict:
    """The header, its number and date filled in from signature stamps where the text
    layer lacks them."""
    if not h.get("number") or (h.get("date_raw") and not h.get("day")):
        h = {**h, **stamped_header(h, doc.meta.get("stamps", []))}
    if not h.get("number") and h.get("symbol_suffix") and not h.get("day"):
        h = {**h, **stray_stamps(doc.text, h)}
    return h


def signing_time(doc: Document, reach: int | None = None):
    """The time a digital signature was put (SIGNED_AT), in the text (within ``reach``
    characters of its start) or in the lines a signature's block draws on a scanned page."""
    found = SIGNED_AT.search(doc.text, 0, reach or len(doc.text))
    lines = doc.meta.get("signature_lines") or []
    return found or next((m for line in lines if isinstance(line, str) and (m := SIGNED_AT.search(line))), None)


def _status(meta: DocMeta, text: str, h: dict, news: bool, captioned, signed: bool = False) -> str:
    """'issued' or 'draft' ('' when nothing tells)."""
    draft_marked = bool(DRAFT_MARK.search(text, 0, DRAFT_MARK_CHARS))
    if news:
        # a report speaks of an adopted plan unless it calls it a draft, even where it
        # names no plan by its type ("tỉnh đặt mục tiêu …" reports what was adopted)
        return "issued" if meta.symbol or not draft_marked else "draft"
    if h.get("symbol_raw") or h.get("date_raw"):
        if signed:
            # a signing stamp's time: the text was signed, and the system that signed it
            # stamps the number and day the printed header leaves blank
            return "issued"
        if h.get("date_garbled"):
            # the OCR garbled a day that was printed: blank only if the number is
            blank = bool(h.get("symbol_raw")) and not h.get("number")
        else:
            # (a copy that lost the number's whole line, its day printed, is of an issued
            # document: the web page's "Hà Nội, ngày 9 tháng 11 năm 2010" over no "Số:")
            blank = (bool(h.get("symbol_raw")) and not h.get("number")) or (h.get("date_raw") and not h.get("day")) \
                or (not h.get("symbol_raw") and draft_marked)
        return "draft" if blank else "issued"
    if captioned:
        return "issued" if captioned[0] else "draft"
    if meta.doc_type:
        # a copy without its header (a page saved from "Kính gửi" on) is of an issued
        # document unless it says it is a draft
        return "draft" if draft_marked else "issued"
    return meta.doc_status


def _preamble_at(text: str) -> int:
    """Where the preamble's first basis starts (the end of the header), else how far a
    header may reach."""
    m = BASIS_LINE.search(text, 0, HEADER_REACH)
    return m.start() if m else min(len(text), HEADER_REACH)
