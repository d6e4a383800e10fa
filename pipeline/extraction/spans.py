"""Evidence spans shared by every extractor: sentence bounds and record evidence."""
from __future__ import annotations

import regex as re

from pipeline.models import Document, Structure

# A sentence or list item ends at a line break or at ". " / "; " followed by a capital
# or a list mark; abbreviations like "TP." are rare enough in these documents that
# the capital test keeps them inside.
SENTENCE_END = re.compile(r"\n|(?<=[.;!?…])\s+(?=[\p{Lu}\-+•\d])")

# A list mark opening an item ("- ", "+ ", "• ", "– "). Evidence starts after it:
# the mark carries no meaning, and a quote beginning with "-" or "+" would be
# taken for a formula by spreadsheets (and so be escaped, no longer equal to
# the text at its offsets).
LIST_MARK = re.compile(r"[-+•*–]\s+")


def line_bounds(text: str, offset: int) -> tuple[int, int]:
    """Start and end of the line (block) holding ``offset``."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, (len(text) if end < 0 else end)


def sentence_bounds(text: str, offset: int) -> tuple[int, int]:
    """Start and end of the sentence or list item holding ``offset``, without outer spaces."""
    lo, hi = line_bounds(text, offset)
    start, end = lo, hi
    for m in SENTENCE_END.finditer(text, lo, hi):
        if m.end() <= offset:
            start = m.end()
        elif m.start() >= offset:
            end = m.start()
            break
    while start < end and text[start].isspace():
        start += 1
    mark = LIST_MARK.match(text, start, end)
    if mark:
        start = mark.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def evidence(doc: Document, structure: Structure, start: int, end: int) -> dict:
    """The evidence columns every record carries: quote is exactly text[start:end]."""
    return {"quote": doc.text[start:end], "start": start, "end": end,
            "page": doc.page_at(start), "section": structure.path_at(start)}
