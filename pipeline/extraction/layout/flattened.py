"""Steps 1 and 2: has the text lost its line breaks (long lines, breaks inside sentences,
a header run together)? If so, a break inside a sentence, the site's wrapping, becomes
a space."""
from __future__ import annotations

import regex as re

from pipeline.extraction.registry import fold
from pipeline.reading.lines import RECIPIENTS_START, continues_range, starts_new_item
from pipeline.extraction.structure import DOC_TYPE_FOLDED, MOTTO_TEXT, NUMBER_LINE, PLACE_DATE, PREAMBLE_START

# -- step 1 ------------------------------------------------------------------

#: Mean line length above which a text has lost its line breaks. Documents that
#: keep them average 70-180 characters a line (the news page is the longest);
#: crawled texts 400-1600.
FLAT_MEAN_LINE = 300
#: ... or when this share of its line breaks (of at least so many) fall inside a sentence.
#: Documents read from Word, PDF, web pages and Markdown stay under 0.25; texts copied
#: from a legal website, header or not, are mostly over 0.5.
MID_SENTENCE_BREAK_SHARE = 0.4
MID_SENTENCE_BREAKS_MIN = 10
# A body keeps its lines when this share of at least this many line breaks fall between blocks.
KEPT_SHARE = 0.75
KEPT_BREAKS_MIN = 20
#: A line this long is a paragraph's full line, not a heading, a cell or a signature's line.
FULL_LINE_CHARS = 80
#: How far into the text the header may reach (characters).
HEADER_CHARS = 1200


def is_flattened(text: str) -> bool:
    """Lines far longer than paragraphs are, a header run together, or lines broken
    inside sentences more often than not (a copy with no header of its own)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if not lines:
        return False
    return sum(map(len, lines)) / len(lines) > FLAT_MEAN_LINE or mid_sentence_breaks(lines) \
        or header_fused(text) and not body_keeps_lines(text)


def body_keeps_lines(text: str) -> bool:
    """Past the header, nearly every line ends a sentence or block, or the next opens an
    item: a PDF or Word file whose header columns ran together, its paragraphs whole."""
    lines = [ln.strip() for ln in text[HEADER_CHARS:].split("\n") if ln.strip()]
    breaks = list(zip(lines, lines[1:]))
    # (or so after the lines of full length: short lines — headings, a table's cells, the
    # signature — say nothing of how a page was wrapped)
    full = [(a, b) for a, b in breaks if len(a) >= FULL_LINE_CHARS]
    return any(len(pairs) >= KEPT_BREAKS_MIN
               and sum(1 for a, b in pairs if ENDS_BLOCK.search(a) or starts_new_item(b)) >= KEPT_SHARE * len(pairs)
               for pairs in (breaks, full))


def mid_sentence_breaks(lines: list[str]) -> bool:
    """Most line breaks fall inside a sentence: the line ends with no closing mark and
    the next goes on in lower case."""
    breaks = len(lines) - 1
    inside = sum(1 for a, b in zip(lines, lines[1:])
                 if not ENDS_BLOCK.search(a) and b.lstrip()[:1].islower())
    return breaks >= MID_SENTENCE_BREAKS_MIN and inside >= MID_SENTENCE_BREAK_SHARE * breaks


def header_fused(text: str) -> bool:
    """The header's parts run together: the motto broken across a line ("CỘNG HÒA XÃ
    HỘI" / "CHỦ NGHĨA VIỆT NAM"), the number line on the motto's line, or the type
    heading on the date's line. A document that keeps its layout has none of these
    (a PDF may put the number and the date side by side, which is not counted)."""
    head = text[:HEADER_CHARS]
    motto = list(MOTTO_TEXT.finditer(head))
    if any("\n" in m.group(0) for m in motto):
        return True
    number = NUMBER_LINE.search(head)
    if motto and number and motto[-1].end() <= number.start() \
            and "\n" not in head[motto[-1].end():number.start()]:
        return True
    date = PLACE_DATE.search(head)
    if date:
        # (the type may itself be broken across the line: "… năm 1993 QUYẾT" / "ĐỊNH Ban hành …";
        # a type on the line under the date is the layout kept)
        after = head[date.end():date.end() + 40].lstrip(" \t")
        if after.startswith(("\n", "\r")):
            return False
        after = " ".join(after.split())
        return any(fold(after[:len(f) + 1]).startswith(f) for f, _ in DOC_TYPE_FOLDED)
    return False


# -- step 2 ------------------------------------------------------------------

#: A line that ends a sentence or a clause: its break is the document's own.
ENDS_BLOCK = re.compile(r"(?:[.;:!?…]['\"”’)\]*_]*|\|)[ \t]*$")      # (or a table row: "… |")
#: ... unless all that ends it is a heading's number ("... an toàn. II." / "YÊU CẦU").
ENDS_IN_NUMBER = re.compile(r"(?:^|\s)(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*|Điều\s+\d{1,3}|[a-zđ]\))[.:]?[ \t]*$")
#: ... or a signing mark, which heads the title it signs for ("KT." / "BỘ TRƯỞNG").
ENDS_IN_MARK = re.compile(r"(?:^|\s)(?:KT|TM|TL|TUQ|K/T|T/M|T/L)\.[ \t]*$")
#: A line that is a bare number over a line that opens with its own item mark ("3" over "2. Đề
#: nghị …") is a page's number left in the text, not a heading's number: its break stays.
BARE_NUMBER = re.compile(r"[ \t]*\d{1,3}[ \t]*")


def unwrap(text: str, chars: list[str]) -> None:
    """A line break after a line that does not end a sentence or clause is the
    site's wrapping: it becomes a space (never before the addressees or recipients,
    which always open a line)."""
    pos = 0
    lines = text.split("\n")
    for line, nxt in zip(lines, lines[1:]):
        pos += len(line)
        if line.strip() and (not ENDS_BLOCK.search(line) or ENDS_IN_NUMBER.search(line)
                             or ENDS_IN_MARK.search(line)) and not RECIPIENTS_START.match(nxt.lstrip()) \
                and not (BARE_NUMBER.fullmatch(line) and starts_new_item(nxt)) \
                and not heading_then_point(line, nxt) and not addressees_then_preamble(line, nxt):
            chars[pos] = " "
        pos += 1


def addressees_then_preamble(line: str, nxt: str) -> bool:
    """The addressees' line over a capitalised grounds ("Kính gửi: Các tổ chức, cá nhân …"
    / "Căn cứ Luật …"): a letter's grounds open a line of their own."""
    nxt = nxt.lstrip()
    return bool(RECIPIENTS_START.match(line.lstrip()) and nxt[:1].isupper() and PREAMBLE_START.match(nxt))


#: A point opened by a dash or bullet ("- Xây dựng kế hoạch …").
DASH_POINT = re.compile(r"[ \t]*[-+•–][ \t]+\S")


def heading_then_point(line: str, nxt: str) -> bool:
    """A numbered heading with no stop, its first point on the next line ("7. UBND các xã:
    Hải Tiến, …, Kim Đông" / "- Xây dựng kế hoạch …"): a copy whose header alone ran
    together keeps its body's lines, and a heading's points are no part of the heading. (Not
    a compound the wrap cut at its dash: "3. Chủ tịch Hội đồng Thi đua" / "- Khen thưởng
    tỉnh …", "giai đoạn 2021" / "- 2025".)"""
    return bool(starts_new_item(line.lstrip()) and DASH_POINT.match(nxt)
                and not continues_range(line, nxt))
