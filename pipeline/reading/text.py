"""Plain text (.txt) and Markdown (.md) files.

Plain text is taken one line per paragraph, unless the file is hard-wrapped
(many lines continue in lowercase on the next line), in which case wrapped
lines are rejoined. Markdown copies of web pages lose their markup: table
pipes and rule lines end paragraphs, emphasis and heading marks and footnote
references are removed, and hard-wrapped lines are rejoined. A .txt file that
is really Markdown (a page copied with its markup) is read as Markdown.
"""
from __future__ import annotations

import re
from pathlib import Path

from pipeline.models import Block, ReadResult
from pipeline.reading.normalize import decode_bytes
from pipeline.reading.base import Reader, ReadError
from pipeline.reading.lines import (END_PUNCT, awaits_number, continues_range, join_wrapped, list_kind, starts_new_item,
                                    usual_width)

#: A rule line (table border or horizontal rule): dashes, equals, underscores.
#: A line that is only a printed page's number.
PAGE_NUMBER_LINE = re.compile(r"^\d{1,3}$")
RULE_LINE_RE = re.compile(r"^\s*[-=_*]{3,}\s*$")
#: A run of 3+ dashes inside a line is a drawn rule (header tables glue them to text).
INLINE_RULE_RE = re.compile(r"-{3,}")
#: Footnote references: "[1]", "[12]" (a marker may carry emphasis, "*[1]*").
FOOTNOTE_RE = re.compile(r"\[\d{1,3}\]")
#: Markdown heading marks at the start of a line.
HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+")
#: Emphasis: asterisks anywhere; underscores only at word edges.
EMPHASIS_RE = re.compile(r"\*+|(?<![^\W_])_+|_+(?![^\W_])")
#: A bold span "**...**" (non-greedy; spans on one paragraph).
BOLD_SPAN_RE = re.compile(r"\*\*(.+?)\*\*", re.S)

#: Control characters (other than line breaks and tabs) in decoded text; more
#: than 5% of them means the file is binary data with a text extension.
CONTROL_CHARS_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
BINARY_CONTROL_SHARE = 0.05

#: Plain text counts as hard-wrapped when at least this share of line breaks
#: inside text runs are followed by a lowercase letter (a sentence going on).
#: One-paragraph-per-line files (the seeds) are near 0; wrapped files 0.4+.
WRAPPED_LOWERCASE_SHARE = 0.25
#: ... or when most full-width lines of prose stop without punctuation: a letter
#: whose wrapped lines go on with names ("giao Sở Nông nghiệp và" / "Môi trường chủ
#: trì") has few lowercase starts. Paragraph-per-line files stay under 0.3.
OPEN_FULL_LINE_SHARE = 0.5
OPEN_FULL_LINE_MIN = 10
FULL_LINE_SHARE = 0.6


class TextReader(Reader):
    format = "txt"

    def read(self, path: Path) -> ReadResult:
        text, encoding = _decode(path)
        warnings = [] if encoding.startswith("utf") else [f"decoded as {encoding}"]
        bad = text.count("\ufffd") if encoding == DAMAGED_UTF8 else 0
        if bad:
            warnings.append(f"{bad} invalid UTF-8 byte sequence(s) replaced by \ufffd")
        markdown = self.format == "md" or looks_like_markdown(text)
        if markdown and self.format != "md":
            warnings.append("plain text with Markdown markup: read as Markdown")
        blocks = markdown_blocks(text) if markdown else plain_blocks(text)
        return ReadResult(blocks=blocks, warnings=warnings,
                          meta={"encoding": encoding})


#: Markdown markup in a file saved as plain text (a web page copied with its markup):
#: bold marks, pipe-table rows, or heading marks. Plain text copies of legal pages hold
#: few of these (of the 596 crawled texts, at most 8 "**"; of the web pages, 6 lines
#: opening with a pipe); the Markdown copies of ../shared/real and tests/gold-md2025*
#: hold 14 or more bold marks or 22 or more table rows.
MARKDOWN_BOLD_MARK = re.compile(r"\*\*")
MARKDOWN_TABLE_ROW = re.compile(r"^[ \t]*\|", re.M)
MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.M)
MARKDOWN_MIN_MARKS = 10
MARKDOWN_MIN_HEADINGS = 3


def looks_like_markdown(text: str) -> bool:
    """Whether plain text is really Markdown: many bold marks or table rows, or headings."""
    return (len(MARKDOWN_BOLD_MARK.findall(text)) >= MARKDOWN_MIN_MARKS
            or len(MARKDOWN_TABLE_ROW.findall(text)) >= MARKDOWN_MIN_MARKS
            or len(MARKDOWN_HEADING.findall(text)) >= MARKDOWN_MIN_HEADINGS)


class MarkdownReader(TextReader):
    format = "md"


#: A file is UTF-8 with a few damaged bytes, rather than in an 8-bit encoding,
#: when its valid multi-byte UTF-8 characters outnumber the invalid bytes by
#: this much. In 8-bit Vietnamese text (TCVN3, VNI, cp1258) nearly every
#: accented letter is an invalid UTF-8 sequence, so the ratio is far below 1.
UTF8_VALID_PER_INVALID = 20
#: Encoding name recorded for such a file.
DAMAGED_UTF8 = "utf-8 (damaged)"


def _decode(path: Path) -> tuple[str, str]:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise ReadError(f"cannot open file ({e.strerror})") from e
    text, encoding = _mostly_utf8(raw) or decode_bytes(raw)
    sample = text[:4096]
    if sample and len(CONTROL_CHARS_RE.findall(sample)) > BINARY_CONTROL_SHARE * len(sample):
        raise ReadError("binary data, not a text file")
    return text, encoding


def _mostly_utf8(raw: bytes) -> tuple[str, str] | None:
    """UTF-8 text with a few invalid bytes, each replaced by U+FFFD, or None.

    Without this one bad byte sends the whole file to the 8-bit decoders,
    which turn every accented letter into nonsense.
    """
    try:
        raw.decode("utf-8")
        return None                  # valid UTF-8: decode_bytes handles it
    except UnicodeDecodeError:
        pass
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if c > "\x7f") - bad
    if not bad or good < UTF8_VALID_PER_INVALID * bad:
        return None
    return text, DAMAGED_UTF8


# --------------------------------------------------------------------------
# Plain text
# --------------------------------------------------------------------------

def plain_blocks(text: str) -> list[Block]:
    lines = text.splitlines()
    if not looks_wrapped(lines):
        return [Block(l.strip(), kind=list_kind(l.strip())) for l in lines if l.strip()]
    width = usual_width(lines)
    blocks = []
    for para in _paragraph_groups(lines):
        blocks.extend(Block(p, kind=list_kind(p)) for p in join_wrapped(para, width))
    return blocks


def looks_wrapped(lines: list[str]) -> bool:
    breaks = lower = 0
    for a, b in zip(lines, lines[1:]):
        a, b = a.strip(), b.strip()
        if a and b:
            breaks += 1
            lower += b[0].islower()
    if breaks >= 5 and lower / breaks >= WRAPPED_LOWERCASE_SHARE:
        return True
    full, open_ = _open_full_lines(lines)
    return full >= OPEN_FULL_LINE_MIN and open_ / full >= OPEN_FULL_LINE_SHARE


def _open_full_lines(lines: list[str]) -> tuple[int, int]:
    """How many near-full lines of prose (not capitals) another line follows, and how
    many of them end without punctuation."""
    width = usual_width(lines) or 0
    full = open_ = 0
    for a, b in zip(lines, lines[1:]):
        a, b = a.strip(), b.strip()
        if not a or not b or len(a) < FULL_LINE_SHARE * width or _capitals(a):
            continue
        full += 1
        open_ += not a.endswith(END_PUNCT)
    return full, open_


def _capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _paragraph_groups(lines: list[str]) -> list[list[str]]:
    groups: list[list[str]] = [[]]
    for line in lines:
        if PAGE_NUMBER_LINE.match(line.strip()) and groups[-1]:
            # a page's number right under its last line stands apart: "2. Phòng Quản lý
            # công nghiệp" / "2" is a heading, not "… công nghiệp 2"
            groups += [[line.strip()], []]
        elif line.strip():
            groups[-1].append(line.strip())
        elif groups[-1]:
            groups.append([])
    return _across_page_breaks([g for g in groups if g])


def _across_page_breaks(groups: list[list[str]]) -> list[list[str]]:
    """A sentence a printed page broke goes on: "… trường lớp cho" / (blank lines) / "6" /
    "ngành giáo dục …" is one paragraph, its page number dropped. Only where the line
    before stops without its punctuation and the words after open in lower case. So does
    one a copy broke with a blank line alone ("… Bộ đội Biên phòng" / "" / "tỉnh:"): no
    paragraph opens in lower case unless it is a list's point ("a) …")."""
    out: list[list[str]] = []
    held = None                             # a page number standing alone, kept back
    for g in groups:
        number = bool(PAGE_NUMBER_LINE.match(g[0]))
        rest = g[1:] if number else g
        # (a clause closed by ";" goes on too: "… hợp pháp khác;" / "tham mưu việc …")
        open_before = bool(out) and (not out[-1][-1].endswith(END_PUNCT) or out[-1][-1].endswith(";"))
        if open_before and rest and rest[0][:1].islower() and not starts_new_item(rest[0]):
            out[-1] = out[-1] + rest
            held = None
        elif open_before and number and not rest and held is None:
            held = g
        else:
            out.extend([held] if held else [])
            out.append(g)
            held = None
    return out + ([held] if held else [])


# --------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------

def markdown_blocks(text: str) -> list[Block]:
    """Paragraphs of a Markdown page (see module doc), bold-only ones marked."""
    paras: list[tuple[str, bool]] = []   # (raw markdown of a paragraph, in a table)
    current: list[str] = []
    in_table = False

    def close():
        if current:
            paras.append(("\n".join(current), in_table))
            current.clear()

    for raw_line in text.splitlines():
        for piece, boundary in _split_cells(raw_line):
            line = piece.strip()
            if boundary:                     # a '|' cell edge or a rule
                close()
                in_table = in_table or boundary == "|"
                continue
            if not line:
                close()
                in_table = False
                continue
            line = HEADING_RE.sub("", line)
            if current and not awaits_number(current[-1]) and ((_starts_item(line) and not continues_range(current[-1], line)
                                                             and not _wrapped_dash(current, line))
                            or _closed_emphasis_paragraph(current)
                            or _capitals_then_sentence(current, line)):
                close()
            current.append(line)
    close()
    blocks = []
    for raw, table in paras:
        b = _markdown_block(raw, table)
        if b is not None:
            blocks.append(b)
    return blocks


#: An HTML line break, which a Markdown table cell uses for its lines.
LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)


def _split_cells(line: str) -> list[tuple[str, str]]:
    """A line as (text, '') pieces and ('', boundary) markers for '|', rules and line breaks."""
    if RULE_LINE_RE.match(line):
        return [("", "rule")]
    out: list[tuple[str, str]] = []
    for i, cell in enumerate(line.split("|")):
        if i:
            out.append(("", "|"))
        for j, part in enumerate(INLINE_RULE_RE.split(cell)):
            if j:
                out.append(("", "rule"))
            # (a line break written as HTML inside a cell: "**ỦY BAN NHÂN DÂN**<br>**TỈNH …**")
            for k, piece in enumerate(LINE_BREAK_TAG.split(part)):
                if k:
                    out.append(("", "br"))
                if piece.strip():
                    out.append((piece, ""))
    if not out:
        out.append(("", ""))
    return out


def _starts_item(line: str) -> bool:
    return starts_new_item(EMPHASIS_RE.sub("", line))


#: Where a line of running text may end a paragraph before a list item: at a stop.
ENDS_PHRASE_RE = re.compile(r"[.:;!?…)\]*\"”]\s*$")


def _wrapped_dash(lines: list[str], line: str) -> bool:
    """A dash that the wrap put first on a line of running text: the paragraph is no
    list item and its last line stops mid-phrase ("Thành viên Hội đồng Thi đua" / "-
    Khen thưởng tỉnh, …", "… kinh tế" / "- xã hội và môi trường …"). A list item after
    running text follows a stop ("… như sau:" / "- …")."""
    return (line[:1] in "-–" and not ENDS_PHRASE_RE.search(lines[-1])
            and not _starts_item(lines[0]) and not lines[0].startswith(("*", "_")))


#: A code or number among words ("5155/SGDĐT-GDTX", "2026-2035"): no word in capitals.
CODE_WORD_RE = re.compile(r"\S*[\d/]\S*")
#: A word of a title (two letters or more; not a heading's number "II.").
TITLE_WORD_RE = re.compile(r"(?<!\S)(?![IVXLC]+\.)[^\W\d_]{2,}")


def _capitals_then_sentence(lines: list[str], line: str) -> bool:
    """A paragraph in capitals (a title, a heading) that the next line, a sentence in
    ordinary case, does not go on: a hard-wrapped page sets no blank line between a
    title and the text under it ("… GIAI ĐOẠN 2026-2035" / "Ngày 18 tháng 11 năm 2025, …")."""
    line = EMPHASIS_RE.sub("", line).lstrip()
    opens_sentence = len(line) > 1 and line[0].isupper() and line[1].islower()    # "Ngày 18 …"
    # (codes are no words: "Số: 5155/SGDĐT"; a heading's number alone, "II.", is no title)
    words = CODE_WORD_RE.sub("", EMPHASIS_RE.sub("", " ".join(lines)))
    return (opens_sentence and not _capitals(line) and _capitals(words)
            and len(TITLE_WORD_RE.findall(words)) >= 2)


def _closed_emphasis_paragraph(lines: list[str]) -> bool:
    """True when the paragraph so far opened with emphasis and has just closed it:
    a bold header line such as '**ỦY BAN NHÂN\\nDÂN**' is complete."""
    raw = "\n".join(lines)
    if not raw.startswith("*") or not raw.rstrip().endswith("*"):
        return False
    return raw.count("*") % 2 == 0 and raw.count("**") % 2 == 0


def _is_bold(raw: str) -> bool:
    rest = BOLD_SPAN_RE.sub("", raw)
    has_text = any(ch.isalnum() for m in BOLD_SPAN_RE.finditer(raw) for ch in m.group(1))
    return has_text and not any(ch.isalnum() for ch in rest)


# A table cell that holds only a unit sign ("%", "(‰)").
UNIT_SIGN_CELL = re.compile(r"\(?[%‰]\)?")


def _markdown_block(raw: str, in_table: bool) -> Block | None:
    text = FOOTNOTE_RE.sub("", raw)
    text = EMPHASIS_RE.sub("", text)
    text = " ".join(text.split())
    if not any(ch.isalnum() for ch in text) and not (in_table and UNIT_SIGN_CELL.fullmatch(text)):
        return None                         # (a table's unit cell "%" is kept: it signs its row)
    kind = "table_row" if in_table else list_kind(text)
    return Block(text, kind=kind, bold=_is_bold(FOOTNOTE_RE.sub("", raw)))
