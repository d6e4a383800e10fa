"""Evidence spans shared by every extractor: sentence bounds and record evidence."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex as re

from pipeline.models import RECORD_LISTS, Document, Extraction, Structure

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
    starts, ends = _sentence_ends(text, lo, hi)
    # the last separator ending at or before the offset, the first starting at or after it
    i = bisect_right(ends, offset) - 1
    start = ends[i] if i >= 0 else lo
    j = bisect_left(starts, offset)
    end = starts[j] if j < len(starts) else hi
    while start < end and text[start].isspace():
        start += 1
    mark = LIST_MARK.match(text, start, end)
    if mark:
        start = mark.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# Sentence separators of the lines of the text last asked about: extractors ask
# for the sentence of every figure, and a flattened text is a few very long
# lines, so scanning the line per mention would be quadratic. The text itself is
# held (not its id) so a new text can never be mistaken for the cached one.
_seen: dict = {"text": None, "lines": {}}


def _sentence_ends(text: str, lo: int, hi: int) -> tuple[list[int], list[int]]:
    """Starts and ends of the separators in the line text[lo:hi], found once per line."""
    if _seen["text"] is not text:
        _seen["text"], _seen["lines"] = text, {}
    found = _seen["lines"].get(lo)
    if found is None:
        ms = list(SENTENCE_END.finditer(text, lo, hi))
        found = _seen["lines"][lo] = ([m.start() for m in ms], [m.end() for m in ms])
    return found


def evidence(doc: Document, structure: Structure, start: int, end: int) -> dict:
    """The evidence columns every record carries: quote is exactly text[start:end]."""
    return {"quote": doc.text[start:end], "start": start, "end": end,
            "page": doc.page_at(start), "section": structure.path_at(start)}


# What a quote may begin with that is not part of what is quoted: list marks (a dash,
# plus or bullet) and any other character a spreadsheet takes as the start of a
# formula ('=', '@'), with the spaces after them. Left in, the CSV guard would add an
# apostrophe and the quote would no longer match the text.
LEADING_MARK = re.compile(r"^[-+=@–—•·*\s]+(?=\w)")


def tidy_quotes(doc: Document, extraction: Extraction) -> None:
    """Start every record's evidence (``quote``, or an assignment's ``task``) after its
    list mark or formula character; ``text[start:end]`` still equals it."""
    for name in RECORD_LISTS:
        for r in getattr(extraction, name, []):
            field_name = "quote" if hasattr(r, "quote") else "task"
            quote, start = getattr(r, field_name, None), getattr(r, "start", None)
            if not isinstance(quote, str) or not isinstance(start, int):
                continue
            m = LEADING_MARK.match(quote)
            if m and doc.text[start:start + len(quote)] == quote:
                setattr(r, field_name, quote[m.end():])
                r.start = start + m.end()


# -- the document's own spelling --------------------------------------------

WORD = re.compile(r"\w+")
# Fields that give the document's words (not keys, codes or numbers). A body is named as
# the document writes it, tone placement included ("Sở Văn hoá"), as ../shared/gold/README.md
# asks ("named as written"); a task row names its body as the body's row does.
NAMED_FIELDS = {"agencies": ("agency", "agency_raw"), "assignments": ("agency",),
                "targets": ("group", "action"), "quantities": ("subject",), "rates": ("subject",),
                "references": ("subject",)}
META_FIELDS = ("title", "issuer", "signer", "signer_title")


def respell(own: str, working: str, extraction: Extraction, named: str | None = None) -> None:
    """Give the records back the document's own spelling. The extractors read
    ``working``, the text with one tone placement ("hòa", "khỏe"), so one rule fits
    every document; ``own`` is the text as the document writes it ("hoá", "khoẻ"),
    of the same length. Evidence is cut again from ``own``, and titles, subjects and
    raw names take the document's spelling of each word, so a reviewer finds them as
    printed. ``named`` (same length) is the text names are spelled from when it is not
    ``own``: the document's spelling with its OCR'd marks mended."""
    if own == working:
        return
    spelled = _spellings(named or own, working)
    read_as = {a.agency: a for a in extraction.agencies}    # (a task row names its body as the body's row does)
    for name in RECORD_LISTS:
        for r in getattr(extraction, name, []):
            field_name = "quote" if hasattr(r, "quote") else "task"
            setattr(r, field_name, own[r.start:r.end])
            if name == "assignments" and r.agency in read_as:
                r.agency = read_as[r.agency].agency
                continue
            # (a word is spelled as the record's own span spells it, where the document
            # spells it both ways: "Sở Văn hóa" in its heading, "văn hoá" elsewhere)
            here = {**spelled, **_spelled_here(named or own, working, r.start, r.end)}
            for f in NAMED_FIELDS[name]:
                setattr(r, f, _respelled(getattr(r, f), here))
    # (a title found whole in the text takes the spelling it has there, not the one its
    # words have first elsewhere: "ĐƠN GIẢN HÓA" in the title, "HOÁ" in a heading below)
    in_place = _spelled_in_place(extraction.meta.title, named or own, working)
    for f in META_FIELDS:
        setattr(extraction.meta, f, _respelled(getattr(extraction.meta, f), spelled))
    extraction.meta.title = in_place or extraction.meta.title
    for sec in extraction.structure.sections:
        sec.heading = _respelled(sec.heading, spelled)


def _spelled_in_place(value: str, own: str, working: str) -> str:
    """``value`` as ``own`` spells it where ``working`` has it whole (its line breaks
    read as spaces), or ''."""
    words = value.split()
    if not words:
        return ""
    m = re.search(r"\s+".join(map(re.escape, words)), working)
    return " ".join(own[m.start():m.end()].split()) if m else ""


def _spellings(own: str, working: str) -> dict[str, str]:
    """Each word the working text spells otherwise, as the document spells it."""
    out: dict[str, str] = {}
    pos = _first_diff(own, working, 0)
    while pos is not None:
        start = pos
        while start > 0 and working[start - 1].isalnum():
            start -= 1
        m = WORD.match(working, start)
        # (a mark that differs past its word, "a)" for "a.", is no spelling of the word)
        if m and m.end() > pos:
            out.setdefault(m.group(0), own[start:m.end()])
        end = max(m.end(), pos + 1) if m else pos + 1
        pos = _first_diff(own, working, end)
    return out


def _spelled_here(own: str, working: str, start: int, end: int) -> dict[str, str]:
    """Each word of ``working[start:end]`` as ``own`` spells it there."""
    return {m.group(0): own[m.start():m.end()] for m in WORD.finditer(working, start, end)}


def _first_diff(a: str, b: str, pos: int) -> int | None:
    """First index from ``pos`` where the two same-length strings differ."""
    step = 4096
    while pos < len(a):
        hi = min(len(a), pos + step)
        if a[pos:hi] != b[pos:hi]:
            return next(k for k in range(pos, hi) if a[k] != b[k])
        pos = hi
    return None


def _respelled(value, spelled: dict[str, str]):
    if not isinstance(value, str) or not value:
        return value
    return WORD.sub(lambda m: spelled.get(m.group(0), m.group(0)), value)
