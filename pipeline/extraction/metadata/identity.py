"""Step 2, identity: the document's type, symbol and title, from its header, else from a
caption, a portal's abstract, a website's name for it or its opening lines; a news
report's from the plan it reports."""
from __future__ import annotations

import regex as re

from pipeline.models import DocMeta, Document, Structure
from pipeline.extraction.mend import mend_title
from pipeline.extraction.registry import canonical_symbol, fold, parse_symbol, type_name
from pipeline.extraction.structure import ADDRESSEES, ISSUED_WITH
from pipeline.extraction.metadata.dates import iso
from pipeline.extraction.metadata.web import REPORTED_PLAN, _reported_scheme, _scheme_spoken_of, headline, site_title


def _unquoted(title: str) -> str:
    """A title quoted whole ("“Quy chế phối hợp …”") without its quotes; a name quoted
    inside it keeps them ("Đề án “Phát triển …”")."""
    if len(title) > 2 and title[0] in "“\"" and title[-1] in "”\"" and not re.search(r"[“”\"]", title[1:-1]):
        return title[1:-1].strip()
    return title


# How far into a text with no type heading its "Kính gửi:" may stand: past the header's lines.
ADDRESSED_WITHIN = 600
# A decision's first article issuing or approving a plan (or rules): "Điều 1. Ban hành kèm theo
# Quyết định này, Kế hoạch hoạt động Chương trình … đến năm 2020 trên địa bàn tỉnh Khánh Hòa (…)".
# (or its second, after one that sets the body up: "Điều 1. Thành lập Quỹ …" / "Điều 2. Ban hành
# kèm theo Quyết định này Quy chế tổ chức và hoạt động Quỹ …")
ISSUES_PLAN = re.compile(
    r"(?m)^[\s*#_]*Điều\s+[12]\s*[.:]\s*(?:Ban\s+hành|Phê\s+duyệt)(?:\s+(?:kèm\s+)?theo\s+Quyết\s+định\s+này)?(?:\s+là)?\s*,?\s*"
    r"(?P<title>[“\"]?(?:Kế hoạch|Chương trình|Đề án|Phương án|Lộ trình|Quy định|Quy chế)\s*[“\"]?\s*\p{L}[^\n;(]{10,300}?)"
    r"\s*(?=\(|[.;:]?[ \t]*$|,\s+(?:với|cụ thể|gồm)\b)")

# A plan's opening that issues it by name: "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện
# Đề án “…” trên địa bàn tỉnh như sau:".
ISSUES_ITSELF = re.compile(r"\bban\s+hành\s+(?P<title>(?:Kế hoạch|Chương trình(?:\s+hành\s+động)?)\s+\p{L}[^\n:]{10,300}?)"
                           r"(?:\s+trên\s+địa\s+bàn(?:\s+\p{Ll}+){0,2})?\s*,?\s*(?:cụ\s+thể\s+)?như\s+sau\s*:")


# The type code of a consolidated text's symbol ("16/VBHN-BGTVT").
CONSOLIDATED = "VBHN"


def doc_type_words(caps: str) -> str:
    """'KẾ HOẠCH' -> 'Kế hoạch'."""
    return caps.capitalize() if caps else ""


# An appendix's caption names the document it belongs to: "(Kèm theo Nghị quyết số
# 394/NQ-CP ngày 03 tháng 12 năm 2025 của Chính phủ)".
OWN_CAPTION = re.compile(
    r"\(\s*" + ISSUED_WITH + r"\s+(?P<type>\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?)\s+số\s*:?\s*"
    # (a typed number may leave a space before its slash: "số 19 /2020/QĐ-UBND ngày 18 /12/2020")
    r"(?P<sym>\d[\w.\-]*(?:[ \t]?/[\w.\-]+)+)\s+[Nn]gày\s+(?P<d>\d{1,2})(?:\s+tháng\s+|[ \t]?/)(?P<m>\d{1,2})"
    r"(?:\s+năm\s+|[ \t]?/)(?P<y>(?:19|20)\d\d)")


# A text saved from its subject line on, the header and type line lost ("VỀ VIỆC CÔNG BỐ DANH
# MỤC THỦ TỤC HÀNH CHÍNH …" first), and the caption of its annex that names the decision it is
# ("(Ban hành kèm theo Quyết định số: 2806/QĐ-UBND ngày 19 tháng 11 năm 2025 …)"; its number
# may be left blank, "số /QĐ-UBND ngày / /2025").
# (a subject in capitals goes on over the whole lines in capitals under it, up to an annex's
# own title or caption)
HEADLESS_SUBJECT = re.compile(r"\A[\s*#_]*(?P<title>(?:VỀ|Về)\s+(?:VIỆC|việc)\s[^\n]*"
                              r"(?:\n(?![\s*#_]*(?:DANH MỤC|PHỤ LỤC|\())[^\n\p{Ll}]*\p{Lu}[^\n\p{Ll}]*(?=\n|\Z))*)")
ISSUING_CAPTION = re.compile(r"\(\s*" + ISSUED_WITH + r"\s+(?P<type>Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị)\s+"
                             r"số\b(?P<rest>[^)]{0,160})\)")
BLANK_NUMBER = re.compile(r"\s*:?\s*/")
CAPTION_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# A portal's abstract of a letter in place of its header: its subject, then its number and
# date in brackets ("Về việc báo cáo tình hình ô nhiễm … (3585/VP-KTN, ngày 23/10/2017).").
ABSTRACT_LINE = re.compile(
    r"(?m)^[\s*#_]*[Vv]ề việc\s+(?P<title>[^\n()]{10,400}?)\s*\(\s*(?P<sym>\d+\s*/\s*[\p{L}\d]+(?:[/\-][\p{L}\d]+)+)"
    r"\s*,\s*ngày\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d\d)\s*\)[ \t.]*$")
ABSTRACT_CHARS = 1500


def own_caption(text: str, structure: Structure, doc_type: str):
    """The symbol and date a caption gives a document whose header has none: one right
    under its title ("KẾ HOẠCH …" over "(Kèm theo Quyết định số 1422/QĐ-TTg ngày …)": an
    annexed plan carries the number of the decision that issues it), or an appendix's
    caption naming the document's own type (further down, a plan's "(Ban hành kèm theo
    Quyết định số …)" names the decision that issued it, not the plan)."""
    lo = structure.header.get("title_end") or structure.body_start or 0
    for m in OWN_CAPTION.finditer(text, lo):
        if fold(m["type"]) == fold(doc_type) or not text[lo:m.start()].strip():
            return canonical_symbol(m["sym"]), iso(m["d"], m["m"], m["y"])
    return None


def _suffix_symbol(meta: DocMeta, h: dict):
    """The document's symbol parsed, or only its printed suffix when the number is blank."""
    return parse_symbol(meta.symbol or "0/" + h.get("symbol_suffix", ""))


# Specks OCR reads into a title in capitals: a stop after a word that goes on ("KHẮC PHỤC.
# MÔI TRƯỜNG", "NGÀY. 15"; not an abbreviation's, "TP. HỒ CHÍ MINH"), a rule's stroke or a
# low quote before a word ("_DỊCH", "„QUAN").
OCR_TITLE_SPECKS = re.compile(r"(?<=\p{Lu}{3})\.(?=\s+[\p{Lu}\d])|(?<=^|\s)[_„‚]+(?=\p{Lu})")


def _identity(meta: DocMeta, doc: Document, structure: Structure, h: dict, news: bool):
    """Set type, symbol and title; return the reported plan of a news text (a match or
    None) and the (symbol, date) of an official text's own caption, or None."""
    text = doc.text
    meta.doc_type = doc_type_words(h.get("type", ""))
    meta.symbol = h.get("symbol", "")
    meta.title = h.get("title", "")
    if meta.title and doc.page_at(h.get("title_start", 0)) in doc.ocr_pages:
        meta.title = OCR_TITLE_SPECKS.sub("", meta.title)
        # (and its marks from where the text restates it in small letters)
        meta.title = mend_title(meta.title, text, h.get("title_end", h.get("title_start", 0)))
    reported = REPORTED_PLAN.search(text) if news else None
    if reported:
        # ("Văn bản số 1611/UBND-NNTNMT" is of the type its symbol says, and so is a "Công văn
        # số 481/KH-SVHTTDL" whose symbol names a plan)
        named_by_symbol = type_name(parse_symbol(canonical_symbol(reported["sym"])))
        kind = reported["type"][:1].upper() + reported["type"][1:]
        generic = kind == "Văn bản" or (kind == "Công văn" and named_by_symbol not in ("", "Công văn"))
        meta.doc_type = "" if generic else kind
        meta.symbol = canonical_symbol(reported["sym"])
        meta.title = (reported["title"] or "").strip(" :") or meta.title
    elif news:
        named = _reported_scheme(text)
        if named:
            meta.doc_type = " ".join(named["type"].split()).capitalize()
            meta.title = text[named.start("type"):named.end("title")].strip()
    if news:
        meta.title = meta.title or doc.meta.get("title", "") or headline(text)
        if not meta.doc_type and not reported:
            meta.doc_type = _scheme_spoken_of(text)
    else:
        meta.title = meta.title or _lost_title(text, structure, meta.symbol)
    abstract = ABSTRACT_LINE.search(text, 0, ABSTRACT_CHARS) \
        if not news and not meta.symbol and not h.get("symbol_raw") else None
    if abstract:
        meta.symbol, meta.title = canonical_symbol(abstract["sym"]), meta.title or abstract["title"]
    if not meta.doc_type and (meta.symbol or h.get("symbol_suffix")):
        meta.doc_type = type_name(_suffix_symbol(meta, h))
    if meta.symbol and parse_symbol(meta.symbol).type_code == CONSOLIDATED:
        # a consolidated text prints the type of the text it consolidates ("THÔNG TƯ" under
        # "Số: 16/VBHN-BGTVT"): its own symbol says what it is
        meta.doc_type = type_name(parse_symbol(meta.symbol))
    if not meta.doc_type and not news and ADDRESSEES.search(text, 0, ADDRESSED_WITHIN):
        # a letter copied from its addressees on, header left out, or one whose header
        # lost its number line ("ỦY BAN NHÂN DÂN TỈNH …" / motto / date / "Kính gửi: …")
        meta.doc_type = "Công văn"
    headless = None if news or meta.doc_type or meta.symbol or h.get("symbol_raw") else HEADLESS_SUBJECT.match(text)
    caption = ISSUING_CAPTION.search(text) if headless else None
    if caption:
        # a copy saved from its subject line on, the header lost: the annex's caption names
        # the decision the text is, and a blank number there makes it a draft
        meta.doc_type = " ".join(caption["type"].split())
        meta.title = meta.title or " ".join(headless["title"].split())
    captioned = own_caption(text, structure, meta.doc_type) \
        if not meta.symbol and not news and meta.doc_type and not h.get("symbol_raw") else None
    if caption and not captioned and BLANK_NUMBER.match(caption["rest"]):
        captioned = "", ""
        year = CAPTION_YEAR.search(caption["rest"])
        meta.year = int(year.group(0)) if year else meta.year   # ("ngày / /2025": its year is printed)
    if abstract:
        captioned = meta.symbol, iso(abstract["d"], abstract["m"], abstract["y"])
    if captioned:
        meta.symbol = captioned[0]
    return reported, captioned


def _lost_title(text: str, structure: Structure, symbol: str) -> str:
    """The title of an official text whose title line was lost: the website's name for
    it, else the plan a decision issues, else the name a plan's opening gives it."""
    title = site_title(text, symbol) if symbol else ""
    if not title and (issued := ISSUES_PLAN.search(text, structure.body_start or 0)):
        title = _unquoted(issued["title"].strip())
    if not title and (own := ISSUES_ITSELF.search(text, structure.body_start or 0)):
        title = own["title"].strip()
    return title
