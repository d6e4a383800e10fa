"""Line layout of flattened text: the document's own blocks, whatever the lines it came with.

Texts copied from legal-document websites keep the site's line wrapping, not the
document's: the header, the title and the first section run together on a few
lines ("ỦY BAN NHÂN DÂN TỈNH X ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập -
Tự do - Hạnh phúc --------------- Số: 06/KH-UBND X, ngày 16 tháng 01 năm 2024 KẾ
HOẠCH ...") and headings run into the sentence after them ("I. MỤC TIÊU 1. Nâng
cao ..."). Every extractor reads the document line by line, so the layout is
rebuilt before any of them runs.

The layout only swaps whitespace: a space becomes a line break where a block
begins, and in a flattened document a line break inside a sentence becomes a
space. The text keeps its length, so every offset the reader recorded (blocks,
pages) stays valid, and the saved text is the re-laid one.

Steps of ``relayout``, and the module of each:
 0. split labels — a heading word alone on its line ("Điều", "Chương") joins the
    number on the next line: a Markdown save wraps bold headings inside the label
    ("**Điều" / "13. Trách nhiệm của ...**")                                  (here)
 1. flattened? — long lines, or a header whose parts share a line; a document
    that kept its line breaks is left as it is, except for step 4         (flattened)
 2. unwrap     — (flattened only) breaks inside a sentence become spaces  (flattened)
 3. header     — issuing body, motto, ``Số:``, place and date, type heading,
    title, the authority line under it, each on a line of its own            (header)
 4. body       — numbered headings that continue their sequence (``I.`` after
    nothing, ``2.`` after ``1.``, ``b)`` after ``a)``, ``Điều 3`` after ``Điều 2``)
    open a line when a sentence or a heading in capitals ends before them; a
    number inside a sentence is not a heading                              (headings)
    List items, bases ("Căn cứ ...;"), the recipients and the signature open
    lines too (flattened only)                                               (blocks)
    An article's title run into its first sentence is parted from it       (headings)
Every step opens and closes lines with ``cuts``.
"""
from __future__ import annotations

import regex as re

from pipeline.extraction.layout.cuts import cut_after
from pipeline.extraction.layout.flattened import HEADER_CHARS, body_keeps_lines, header_fused, is_flattened, unwrap
from pipeline.extraction.layout.header import lay_header
from pipeline.extraction.layout.headings import lay_closing_titles, lay_headings, lay_repeated_subjects
from pipeline.extraction.layout.blocks import lay_closing, lay_lists

__all__ = ["relayout", "body_keeps_lines", "header_fused", "is_flattened", "unwrap"]

#: A heading word on a line of its own, its number opening the next line.
SPLIT_LABEL = re.compile(r"(?m)^[ \t]*(?:Điều|Chương|Mục|Phần)[ \t]*(\n)(?=[ \t]*(?:\d{1,3}|[IVXL]{1,6})\b)")
#: A rule of underscores or dashes with words on both sides, in a flattened copy.
RULE_RUN = re.compile(r"(?<=\S[ \t]+)[-_=–—]{5,}(?=[ \t]+\S)")


def relayout(text: str) -> str:
    """The text with its blocks on lines of their own; same length as ``text``."""
    chars = list(text)
    for m in SPLIT_LABEL.finditer(text):                          # 0
        chars[m.start(1)] = " "
    text = "".join(chars)
    flat = is_flattened(text)
    if flat:                                                      # 2
        unwrap(text, chars)
        text = "".join(chars)
    header_end = lay_header(text, chars) if flat or header_fused(text) else 0     # 3
    if flat:
        # (the rule drawn under the title closes it: "… trong toàn tỉnh ________ Căn cứ …")
        for m in RULE_RUN.finditer(text, 0, header_end + HEADER_CHARS):
            cut_after(text, chars, m.end())
        text = "".join(chars)
    lay_headings(text, chars, header_end)                         # 4
    if flat:
        lay_lists(text, chars, header_end)
        lay_closing(text, chars, header_end)
    text = "".join(chars)
    if flat:
        lay_closing_titles(text, chars)
    # (not only in a flattened copy: a PDF's lines may join a title to the sentence under it)
    lay_repeated_subjects(text, chars)
    return "".join(chars)
