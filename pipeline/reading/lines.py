"""Turning hard-wrapped lines back into paragraphs (shared by the text and PDF readers).

A line continues the paragraph above it unless it opens a new list item or
heading, or the paragraph above has visibly ended. The markers are the ones
Vietnamese administrative documents use: Roman parts, Arabic sections,
lettered points (with đ), dashes and pluses.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from pipeline.reading.normalize import is_syllable

#: Compounds written with a spaced dash ("Thi đua - Khen thưởng"), one "left - right" a line.
DASH_COMPOUNDS_TXT = Path(__file__).resolve().parents[1] / "data" / "dash_compounds.txt"

#: A line that opens a new numbered part, point or list item:
#: "I.", "IV.", "1.", "1)", "2.3.", "2.3", "a)", "đ)", "-", "+", "•", and "Điều 5."
#: articles; a Roman part marked with a dash, as Party documents mark it ("IV- TỔ CHỨC
#: THỰC HIỆN", "V - …"). A bare number ("12 tháng 6") is not a marker: dates wrap onto lines.
LIST_MARKER_RE = re.compile(
    r"^(?:[IVXLC]{1,6}(?:\.|\s?[-–](?=\s))|\d{1,2}(?:\.\d{1,2}){0,3}[.)](?=\s)|\d{1,2}(?:\.\d{1,2}){1,3}(?=\s)"
    r"|[a-zđ][).](?=\s)|[-+•–](?=\s)|(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+\b)"
)
#: A line ending in these, followed by a capital, ends its paragraph at any
#: length: legal texts end each "Căn cứ ...;" basis and each list item so, and
#: a capital after ";" or ":" inside a running sentence is rare.
CLAUSE_END = (";", ":")
#: Punctuation that closes a paragraph when it ends a short line.
END_PUNCT = (".", ":", ";", "!", "?")
#: The mark that closes a document's body ("… tổ chức thực hiện./."): its line ends the
#: paragraph at any length, and the recipients' list ("Nơi nhận:") always opens one.
BODY_END = ("./.", "/.")
#: A line that stops on a comma, a joining word or a compound's spaced dash goes on, however
#: short: "1.3.2. Các sở: Nông nghiệp và" / "Môi trường, Xây dựng, …", "Sở Lao động -" /
#: "Thương binh và Xã hội".
OPEN_END = re.compile(r"(?:,|\s(?:và|hoặc|của|với|các|những|cho|tại|về|[-–]))$")
#: The recipients' list opens with "Nơi nhận" (a scan may drop the dot: "Nơi nhân").
RECIPIENTS_WORDS = r"Nơi\s+nh[ậâ]n"
RECIPIENTS_START = re.compile(r"^(?:" + RECIPIENTS_WORDS + r"|Kính\s+gửi)\b")     # (a letter's addressees open a line too)


#: The signature's lines each stand alone: a signer's title in capitals ("KT. CHỦ TỊCH", "PHÓ
#: CHỦ TỊCH") is never wrapped into the name under it. Nor is a name wrapped into a page's
#: footnote ("[1] Xã Phú Mỡ, …") or an appendix's heading ("PHỤ LỤC") below it.
SIGNER_TITLE_LINE = re.compile(r"^(?:(?:TM|KT|TL|TUQ|Q)\.\s*)?(?:PHÓ\s+|TỔNG\s+)?"
                               r"(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|BỘ\s+TRƯỞNG|THỨ\s+TRƯỞNG|TRƯỞNG\s+BAN|CHÁNH\s+VĂN\s+PHÒNG)$")
NOTE_OR_ANNEX_START = re.compile(r"^(?:\[\d{1,3}\]\s|PHỤ\s+LỤC\b)")


#: A line that is only the word of an article or chapter, its number wrapped onto the next
#: line ("**Điều" over "13. Trách nhiệm của các cơ quan, đơn vị**"): the next line goes on.
AWAITS_NUMBER = re.compile(r"^[*_#\s]*(?:Điều|Chương|Mục|Phần)[*_\s]*$")


def awaits_number(line: str) -> bool:
    return AWAITS_NUMBER.match(line) is not None


def starts_new_item(line: str) -> bool:
    return LIST_MARKER_RE.match(line.lstrip()) is not None


#: A wrap inside a range: "… tăng bình quân 05" / "- 06%/năm" (the dash is the range's).
RANGE_END = re.compile(r"\d$")
RANGE_REST = re.compile(r"^[-–]\s*\d")
WRAPPED_COMPOUND = re.compile(r"^[-–]\s+(\w)")


def continues_range(prev: str, line: str) -> bool:
    """The line goes on with a range the line before left open at its figure, or with
    a compound the wrap cut at its dash ("tổ chức chính trị" / "- xã hội, hội quần
    chúng"): no list item opens in lower case after a line that stops mid-phrase. So does
    a named compound cut at its dash, in capitals ("3. Chủ tịch Hội đồng Thi đua" / "-
    Khen thưởng tỉnh quyết định …")."""
    prev, line = prev.rstrip(), line.lstrip()
    return bool(RANGE_END.search(prev) and RANGE_REST.match(line)) or \
        bool((m := WRAPPED_COMPOUND.match(line)) and m.group(1).islower() and prev and not prev.endswith(END_PUNCT)) \
        or splits_dash_compound(prev, line)


#: Emphasis marks a Markdown line may close or open with ("**Thi đua**").
EMPHASIS_EDGE = re.compile(r"[*_]+")


def splits_dash_compound(prev: str, line: str) -> bool:
    """The line before ends with a compound's left part and this one opens with its
    dash and right part (``data/dash_compounds.txt``)."""
    if not line[:1] in "-–":
        return False
    before = _plain(EMPHASIS_EDGE.sub("", prev).rstrip())
    after = _plain(EMPHASIS_EDGE.sub("", line[1:]).lstrip())
    return any(_ends_with_word(before, left)
               and after.startswith(right) and (len(after) == len(right) or not after[len(right)].isalnum())
               for left, right in _dash_compounds())


def ends_dash_compound_left(text: str) -> bool:
    """The text ends with the left part of a compound written with a spaced dash ("… Sở
    Lao động"), so a dash after it may be the compound's, its right part wrapped on."""
    before = _plain(EMPHASIS_EDGE.sub("", text).rstrip())
    return any(_ends_with_word(before, left) for left, _ in _dash_compounds())


def _ends_with_word(text: str, words: str) -> bool:
    """``text`` ends with ``words``, whole words."""
    return text.endswith(words) and (len(text) == len(words) or not text[-len(words) - 1].isalnum())


def _plain(text: str) -> str:
    """Lower case without marks ("Hoá" and "Hóa" alike), đ kept apart from d."""
    text = unicodedata.normalize("NFD", text.casefold().replace("đ", "\x00"))
    return "".join(c for c in text if not unicodedata.combining(c)).replace("\x00", "đ")


@lru_cache(maxsize=1)
def _dash_compounds() -> tuple[tuple[str, str], ...]:
    pairs = []
    for raw in DASH_COMPOUNDS_TXT.read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#") and " - " in raw:
            left, right = raw.split(" - ", 1)
            pairs.append((_plain(left.strip()), _plain(right.strip())))
    return tuple(pairs)


def list_kind(text: str) -> str:
    return "list_item" if starts_new_item(text) else "paragraph"


#: A line shorter than this share of the usual full line, ending in
#: punctuation, ends its paragraph (0.8 leaves room for ragged justification).
SHORT_LINE_SHARE = 0.8


def join_wrapped(lines: list[str], wrap_width: int | None = None) -> list[str]:
    """Rejoin wrapped ``lines`` into paragraphs; blank lines end paragraphs.

    A line ending in ';' or ':' before a capital ends its paragraph. With
    ``wrap_width`` (the usual length of a full line), a clearly shorter line
    also ends it when it closes a sentence or the next line opens with a
    capital — the way a typeset page shows a paragraph end.
    """
    return [join_lines(group) for group in group_wrapped(lines, wrap_width)]


#: A line ending in a syllable cut by a hyphen ("quán tri-"), and the rest of the
#: syllable opening the next line ("ệt, thực hiện").
HYPHENATED_END = re.compile(r"([^\W\d_]+)-$")
NEXT_PIECE = re.compile(r"^([^\W\d_]+)")


def join_lines(lines: list[str]) -> str:
    """The lines of one paragraph joined with spaces; a syllable a PDF viewer cut
    with a hyphen at a line end is joined whole ("tri-" / "ệt" -> "triệt") when
    the two pieces make one syllable."""
    out = lines[0] if lines else ""
    for line in lines[1:]:
        end, nxt = HYPHENATED_END.search(out), NEXT_PIECE.match(line)
        if end and nxt and nxt.group(1)[0].islower() and is_syllable(end.group(1) + nxt.group(1)):
            out = out[:-1] + line
        else:
            out = out + " " + line
    return out


def group_wrapped(lines: list[str], wrap_width: int | None = None,
                  last_lengths: dict[str, int] | None = None) -> list[list[str]]:
    """The stripped lines of each paragraph (see ``join_wrapped``). ``last_lengths`` gives,
    for a line a reader joined from several (a PDF's wraps), the length of its last one."""
    groups: list[list[str]] = []
    prev: str | None = None          # None: the next line opens a paragraph
    for line in lines:
        line = line.strip()
        if not line:
            # a blank line ends the paragraph, but not a list left open in brackets (OCR
            # may set a blank line inside a paragraph)
            prev = prev if prev is not None and opens_bracket(prev) else None
            continue
        if groups and prev is not None and (awaits_number(prev) or (continues_range(prev, line) or not starts_new_item(line))
                                            and not line_ends_paragraph(prev, line, wrap_width,
                                                                        (last_lengths or {}).get(prev))):
            groups[-1].append(line)
        else:
            groups.append([line])
        prev = line
    return groups


def line_ends_paragraph(line: str, following: str, wrap_width: int | None, length: int | None = None) -> bool:
    """A clearly short line ends its paragraph when it closes a sentence or the
    next line opens with a capital (a heading line such as '1. Mục đích'). Marks of
    emphasis around a line are no part of it ("*Căn cứ Luật …;*"). ``length`` is the
    length of its last wrap, for a line a reader joined from several."""
    line, following = line.rstrip("*_ "), following.lstrip("*_ ")
    if line.endswith(CLAUSE_END) and following[:1].isupper():
        return True
    if line.endswith(BODY_END) or RECIPIENTS_START.match(following):
        return True
    if SIGNER_TITLE_LINE.match(line) or NOTE_OR_ANNEX_START.match(following):
        return True
    if wrap_width is None or (length or len(line)) >= SHORT_LINE_SHARE * wrap_width or OPEN_END.search(line) \
            or opens_bracket(line):
        return False
    return line.endswith(END_PUNCT) or following[:1].isupper()


#: A bracket left open at the line's end on words and commas alone: a list of names goes on
#: in the next line, capital or not ("1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản
#: lý Khu" / "Kinh tế Phú Yên, …):"). (Not a table's cells: "(32171724 | 74 |", "(Mã số:".)
OPEN_BRACKET_LIST = re.compile(r"\((?:[^\W\d_]|[\s,])+$")


def opens_bracket(line: str) -> bool:
    return OPEN_BRACKET_LIST.search(line) is not None


def usual_width(lines: list[str]) -> int | None:
    """The length of a full line: the 80th percentile of non-blank line lengths."""
    lengths = sorted(len(l.strip()) for l in lines if l.strip())
    if len(lengths) < 5:
        return None
    return lengths[int(len(lengths) * 0.8)]
