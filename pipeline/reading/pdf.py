"""PDF files: the text layer where it is usable, Tesseract OCR where it is not.

1. Open with pypdfium2; a password or a damaged file is a ReadError.
2. Per page, extract the text layer and score it (``ocr.layer_usable``):
   empty pages are scans, pages typed in legacy fonts extract as nonsense.
3. OCR the pages that need it (``ocr.ocr_pages``), or — without Tesseract —
   leave them empty (a garbage layer is worse than none) and name them in
   ``warnings`` and ``meta["unread_pages"]``, which makes ingest mark the
   document partial. A garbage layer still knows its letters when only its
   fonts' character maps are missing: OCR's words take them (``glyphs``).
4. On a first page read from its text layer, signature-field stamps (the
   number and date an e-signing system draws over blanks) are OCR'd into
   ``meta["stamps"]`` (``ocr.read_stamps``); on a scanned first page, the lines a
   digital signature's block draws ("Thời gian ký: …") into ``meta["signature_lines"]``
   (``ocr.read_signature_blocks``).
5. Drop running headers/footers (the same line at the top or bottom of most
   pages) and page-number lines, then rejoin wrapped lines into paragraphs.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from pipeline.models import Block, ReadResult
from pipeline.reading import ocr
from pipeline.reading.base import Reader, ReadError, one_line, page_ranges
from pipeline.reading.lines import (END_PUNCT, OPEN_END, continues_range, group_wrapped, list_kind,
                                    starts_new_item, usual_width)
from pipeline.reading.normalize import is_syllable
from pipeline.reading.pdf_tables import TableFinder, cell_texts

#: A line that is only a page number: "3", "- 3 -", "Trang 3", "3/12".
PAGE_NUMBER_RE = re.compile(r"^\s*(?:trang|page)?\s*[-–]?\s*\d{1,4}\s*(?:[-–]|/\s*\d{1,4})?\s*$", re.I)
#: ... and a number alone, which may also be a table's figure.
BARE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")
#: Lines looked at for running headers/footers at each end of a page.
EDGE_LINES = 2
#: A line counts as a running header/footer when it (digits ignored) sits at a
#: page edge on at least this share of pages, and on 3 pages or more.
RUNNING_SHARE = 0.5
#: A page with a short text layer and more path objects than this may draw its
#: words as outlines (then OCR reads them); fewer are rules and borders.
MAX_PLAIN_PATHS = 200
#: pdfium writes a hyphen that ends a line as U+FFFE or U+0002, taking it for a word cut
#: in two, and may join the two lines there.
SOFT_BREAK_RE = re.compile("[\ufffe\x02](?:\r?\n)?")
#: The letters before and after such a hyphen.
LETTERS_BEFORE = re.compile(r"[^\W\d_]+$")
LETTERS_AFTER = re.compile(r"[^\W\d_]+")
#: A line of lone capitals with marks ("Ế Ậ Ủ Ủ Ủ"): some printers (Chromium) lay a tall
#: capital's glyph above its line once more; no text is written so.
STRAY_MARKS_RE = re.compile("(?:[ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]"
                            "[ \t]*)+")


class PdfReader(Reader):
    format = "pdf"

    def read(self, path: Path) -> ReadResult:
        import pypdfium2 as pdfium
        pdf = _open(pdfium, path)
        finder = TableFinder(path)
        try:
            return self._read(pdf, finder)
        finally:
            finder.close()
            pdf.close()

    def _read(self, pdf, finder: TableFinder | None = None) -> ReadResult:
        import pypdfium2 as pdfium
        n_pages = len(pdf)
        pages: dict[int, list[str]] = {}
        bold: dict[int, set[str]] = {}
        widths: dict[int, int | None] = {}
        last_lengths: dict[str, int] = {}
        cells: dict[int, set[str]] = {}
        need_ocr: dict[int, str] = {}
        damaged: list[int] = []
        scores = {}
        for i in range(n_pages):
            try:
                text, bold[i + 1], widths[i + 1] = _page_text(pdf, i, last_lengths, finder, cells.setdefault(i + 1, set()))
            except pdfium.PdfiumError:     # a broken page tree or page object
                damaged.append(i + 1)
                pages[i + 1], bold[i + 1] = [], set()
                continue
            ok, why = ocr.layer_usable(text)
            if not ok and why == "no text layer" and text.strip() and not _has_picture(pdf, i):
                ok = True           # a short page of real text (a last page with the signature)
            scores[i + 1] = ocr.layer_scores(text)
            if ok:
                pages[i + 1] = _lines(text)
            else:
                bold[i + 1], widths[i + 1] = set(), None
                need_ocr[i + 1] = why
                pages[i + 1] = []      # filled by OCR, or left empty (and reported)
        if damaged and len(damaged) == n_pages:
            raise ReadError(f"damaged PDF: page {page_ranges(damaged)} cannot be loaded")
        result = ReadResult(blocks=[], page_count=n_pages, meta={"layer_scores": scores})
        title = (pdf.get_metadata_dict().get("Title") or "").strip()
        if title:
            result.meta["title"] = title      # may be TCVN3; ingest converts it
        if need_ocr:
            self._ocr(pdf, need_ocr, pages, result)
        if damaged:
            result.meta["unread_pages"] = sorted(set(result.meta.get("unread_pages", [])) | set(damaged))
            result.warnings.append(f"damaged PDF: page {page_ranges(damaged)} cannot be loaded")
        if n_pages and 1 not in need_ocr and 1 not in damaged:
            self._stamps(pdf, result)
        elif n_pages and 1 in need_ocr:
            self._signed_block(pdf, result)
        _drop_running_lines(pages)
        for n in range(1, n_pages + 1):
            lines = pages.get(n, [])
            # (the width of the page's own lines, before the wraps its geometry showed were joined)
            width = widths.get(n) or usual_width(lines)
            for group in group_wrapped(_break_at_weight_change(lines, bold[n]), width, last_lengths):
                para = " ".join(group)
                is_bold = all(line in bold[n] for line in group)
                kind = "table_row" if group[0] in cells.get(n, ()) else list_kind(para)
                result.blocks.append(Block(para, kind=kind, page=n, bold=is_bold))
        result.blocks = _join_across_pages(result.blocks)
        return result

    @staticmethod
    def _stamps(pdf, result: ReadResult) -> None:
        """Signature stamps of page 1 (``ocr.read_stamps``)."""
        PdfReader._page_one_signing(pdf, result, ocr.read_stamps, "stamps", "signature stamps")

    @staticmethod
    def _signed_block(pdf, result: ReadResult) -> None:
        """The lines a digital signature draws on a scanned first page (who signed and
        when), kept beside the text (``ocr.read_signature_blocks``)."""
        PdfReader._page_one_signing(pdf, result, ocr.read_signature_blocks, "signature_lines", "signature block")

    @staticmethod
    def _page_one_signing(pdf, result: ReadResult, read, key: str, what: str) -> None:
        """What a signing system drew on page 1, read by ``read`` into ``meta[key]``; it
        only adds to the metadata, so any failure to render or read it is a warning,
        never a lost document."""
        try:
            found = read(pdf, 0)
        except Exception as e:      # pdfium, Tesseract or a refused render
            result.warnings.append(f"{what} not read ({one_line(e, 120)})")
            return
        if found:
            result.meta[key] = found

    @staticmethod
    def _ocr(pdf, need_ocr: dict[int, str], pages: dict[int, list[str]], result: ReadResult) -> None:
        missing = ocr.tesseract_status()
        wanted = sorted(need_ocr)
        if missing:
            result.warnings.append(
                f"OCR unavailable ({missing}): install tesseract-ocr tesseract-ocr-vie; "
                f"pages {page_ranges(wanted)} have no usable text")
            result.meta["unread_pages"] = wanted
            return
        broken = frozenset(n for n, why in need_ocr.items() if why != "no text layer")
        texts, errors = ocr.ocr_pages(pdf, wanted, broken=broken)
        for n, text in texts.items():
            pages[n] = _lines(text)
        result.ocr_pages = sorted(texts)
        if errors:
            result.meta["unread_pages"] = sorted(errors)
            for n in sorted(errors):
                result.warnings.append(f"page {n}: {errors[n]}")
        if broken:
            result.warnings.append(f"text layer unreadable on pages {page_ranges(sorted(broken))} (legacy font); "
                                   "read by OCR")


def _open(pdfium, path: Path):
    try:
        pdf = pdfium.PdfDocument(str(path))
        pdf.init_forms()     # before any page is loaded, so stamps can be drawn
        return pdf
    except pdfium.PdfiumError as e:
        msg = str(e).lower()
        if "password" in msg:
            raise ReadError("password-protected PDF") from e
        raise ReadError("damaged or not a PDF") from e


def _has_picture(pdf, index: int) -> bool:
    """Whether page ``index`` draws anything OCR could read beyond its text layer:
    an image (a scan, a stamp), or text drawn as outlines (many path objects)."""
    import pypdfium2.raw as raw
    page = pdf[index]
    try:
        if next(page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE]), None) is not None:
            return True
        paths = page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH])
        return sum(1 for _ in zip(paths, range(MAX_PLAIN_PATHS + 1))) > MAX_PLAIN_PATHS
    finally:
        page.close()


def _page_text(pdf, index: int, last_lengths: dict[str, int] | None = None, finder: TableFinder | None = None,
               cells: set[str] | None = None) -> tuple[str, set[str], int | None]:
    """The page's text layer (line breaks as "\n", its line-end hyphens read back), the
    set of its lines set entirely in a bold font, and the usual length of its lines as set
    (``usual_width``). A line the page's geometry joined from several has the length of its
    last one put in ``last_lengths``: that one says whether its paragraph ends there. A
    ruled table (``finder``) is read one cell a line, each line a paragraph of its own,
    where its first line was; those lines are put in ``cells``."""
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            raw = textpage.get_text_range()
            bold = _bold_flags(textpage, len(raw))
            lines, bold_lines, ends = _split_lines(raw, bold)
            breaks, goes_on = _paragraph_breaks(textpage, len(raw), lines, ends, bold_lines)
            tables = finder.tables(page, index) if finder is not None else []
            in_table, table_cells = _table_lines(textpage, page.get_height(), tables, ends) if tables else ({}, [])
        finally:
            textpage.close()
    finally:
        page.close()
    out: list[str] = []
    for n, line in enumerate(lines):
        if n in in_table:
            cell_lines = table_cells[in_table[n]]
            if cell_lines and out and out[-1]:
                out.append("")
            for cell in cell_lines:             # (the table's first line stands for it; the rest go)
                out.extend((cell, ""))
                if cells is not None:
                    cells.add(cell)
            table_cells[in_table[n]] = []
            continue
        if STRAY_MARKS_RE.fullmatch(line):
            continue
        if n in goes_on and out and out[-1]:
            if out[-1] in bold_lines and line in bold_lines:
                bold_lines.add(f"{out[-1]} {line}")
            out[-1] = f"{out[-1]} {line}"   # a wrap the text alone would take for a paragraph's end
            if last_lengths is not None:
                last_lengths[out[-1]] = len(line)
            continue
        if n in breaks and out and out[-1]:
            out.append("")                  # a paragraph the page's geometry shows
        out.append(line)
    return "\n".join(out), bold_lines, usual_width(lines)


def _table_lines(textpage, height: float, tables: list, ends: list[tuple[int, int]]) -> tuple[dict[int, int], list[list[str]]]:
    """Which of the page's lines lie in which table (by their first character's centre),
    and each table's cells as lines: a cell's wrapped lines joined, its paragraphs and
    list items apart ("- Sở Y tế" / "- Công an tỉnh"), as a Word cell's paragraphs are."""
    in_table: dict[int, int] = {}
    for n, (first, _) in enumerate(ends):
        if first < 0:
            continue
        left, bottom, right, top = textpage.get_charbox(first)
        x, y = (left + right) / 2, height - (bottom + top) / 2
        for t, table in enumerate(tables):
            if table.holds(x, y):
                in_table[n] = t
                break
    texts = [[" ".join(group) for cell in cell_texts(textpage, height, table)
              for group in group_wrapped(_split_lines(cell, [])[0])] for table in tables]
    return in_table, texts


def _split_lines(raw: str, bold: list[bool]) -> tuple[list[str], set[str], list[tuple[int, int]]]:
    """The text range's lines (pdfium's line-end hyphens read back), those set wholly in
    bold, and the index of each line's first and last visible character ((-1, -1) for a
    blank line)."""
    lines: list[str] = []
    bold_lines: set[str] = set()
    ends: list[tuple[int, int]] = []
    chars: list[str] = []
    flags: list[bool] = []
    first = last = -1
    i = 0
    while i <= len(raw):
        c = raw[i] if i < len(raw) else "\n"
        soft = SOFT_BREAK_RE.match(raw, i)
        if soft:
            if not _cuts_a_syllable("".join(chars), raw[soft.end():soft.end() + 12]):
                chars.append("-")
                last = i
            i = soft.end()
            continue
        if c == "\n":
            line = "".join(chars).strip()
            lines.append(line)
            ends.append((first, last) if line else (-1, -1))
            if flags and all(flags):
                bold_lines.add(line)
            chars, flags, first, last = [], [], -1, -1
        elif c != "\r":
            chars.append(c)
            if not c.isspace():
                first = i if first < 0 else first
                last = i
            if c.isalnum():
                flags.append(bold[i] if i < len(bold) else False)
        i += 1
    return lines, bold_lines, ends


def _cuts_a_syllable(before: str, after: str) -> bool:
    """True when a line-end hyphen cut one syllable ("tri-" / "ệt"); Vietnamese is not
    hyphenated, so any other such hyphen is the text's own: a symbol's ("QĐ-" / "UBND"),
    a compound's ("XGS-" / "PON"), and is kept."""
    a, b = LETTERS_BEFORE.search(before), LETTERS_AFTER.match(after)
    return bool(a and b and b.group()[0].islower() and is_syllable(a.group() + b.group()))


#: A gap between two lines this many times the page's usual line pitch opens a paragraph.
PARAGRAPH_GAP = 1.35
#: A line that starts this far (points) right of the usual left edge, after a line that
#: closes a sentence, is a paragraph's indented first line.
FIRST_LINE_INDENT = 12


#: A line whose last character ends within this many font sizes of the right edge of
#: the page's full lines fills the measure.
FULL_LINE_SLACK = 1.0
#: ... and a line that follows it this close (times the usual pitch) is set as a wrap.
WRAP_PITCH = 1.15
#: A line that stops on a word or a comma, mid-phrase.
MID_PHRASE_END = re.compile(r"[\w,]$")


def _paragraph_breaks(textpage, n_chars: int, lines: list[str], ends: list[tuple[int, int]],
                      bold_lines: set[str] | frozenset[str] = frozenset()) -> tuple[set[int], set[int]]:
    """Lines that open a paragraph by the page's geometry, and lines that go on with the
    one above although the text alone would end a paragraph there.

    A paragraph opens after a wider gap than the usual line pitch (space between
    paragraphs), or indented after a closed sentence (a first-line indent). On a page
    that marks its paragraphs so, a line that fills the measure up to the right edge and
    stops on a colon ("Giám đốc các sở:", "Quốc tịch:") is a wrap when the next line has
    neither mark and opens no list item: the text alone would end the paragraph there.
    So is a full line that stops mid-phrase over a line of its own weight that opens with a
    capital (a bold article title wrapped before a name: "… cơ quan" / "Thi hành án, …").
    (After a semicolon a capital opens a new sentence, so that break is kept.)"""
    import ctypes
    import pypdfium2.raw as raw
    if raw.FPDFText_CountChars(textpage) != n_chars:
        return set(), set()
    x, y = ctypes.c_double(), ctypes.c_double()
    origins = {}                                        # line -> (x, baseline y) of its first character
    rights = {}                                         # line -> right edge of its last character
    box = [ctypes.c_double() for _ in range(4)]
    for n, (i, j) in enumerate(ends):
        if i >= 0 and raw.FPDFText_GetCharOrigin(textpage, i, ctypes.byref(x), ctypes.byref(y)):
            origins[n] = (x.value, y.value)
            if raw.FPDFText_GetCharBox(textpage, j, *(ctypes.byref(b) for b in box)):
                rights[n] = box[1].value
    order = sorted(origins)
    firsts = [i for i, _ in ends]
    size = max(raw.FPDFText_GetFontSize(textpage, max(firsts)), 1.0) if firsts else 1.0
    pitches = sorted(origins[a][1] - origins[b][1] for a, b in zip(order, order[1:])
                     if 0 < origins[a][1] - origins[b][1] < 3 * size)
    if len(pitches) < 3:
        return set(), set()
    pitch = pitches[len(pitches) // 2]
    lefts = sorted(round(origins[n][0]) for n in order)
    margin = lefts[len(lefts) // 5]                     # the usual left edge (most lines start there)
    breaks = set()
    for a, b in zip(order, order[1:]):
        gap = origins[a][1] - origins[b][1]
        indented = origins[b][0] > margin + FIRST_LINE_INDENT and lines[a].endswith(END_PUNCT)
        if gap > PARAGRAPH_GAP * pitch or indented:
            breaks.add(b)
    return breaks, (_wraps_at_clause_end(order, origins, rights, lines, margin, pitch, size, bold_lines) - breaks
                    if breaks else set())


def _wraps_at_clause_end(order, origins, rights, lines, margin, pitch, size, bold_lines) -> set[int]:
    """Lines after a full line that stops on a colon, or mid-phrase over a line of the same
    weight, set at the usual left edge and the usual pitch, opening no list item (see
    ``_paragraph_breaks``)."""
    if len(rights) < 5:
        return set()
    edge = sorted(rights.values())[int(len(rights) * 0.8)]     # the right edge of full lines
    out = set()
    for a, b in zip(order, order[1:]):
        full = a in rights and rights[a] >= edge - FULL_LINE_SLACK * size
        level = abs(origins[b][0] - margin) < FIRST_LINE_INDENT / 2 \
            and 0 < origins[a][1] - origins[b][1] <= WRAP_PITCH * pitch
        mid_phrase = MID_PHRASE_END.search(lines[a]) and (lines[a] in bold_lines) == (lines[b] in bold_lines)
        if full and level and (lines[a].endswith(":") or mid_phrase) and not starts_new_item(lines[b]):
            out.add(b)
    return out


#: Font names that mark bold faces (the weight pdfium reports is often 400
#: for bold fonts, as in QD-2170; the name is reliable).
BOLD_FONT_RE = re.compile(r"bold|black|heavy|demi|semibold", re.I)
#: Font weights counted as bold where a PDF does report them.
BOLD_WEIGHT = 600


def _bold_flags(textpage, n_chars: int) -> list[bool]:
    """Per character of the text range: set in a bold font? ([] when the
    character count does not line up with the text, to stay safe)."""
    import ctypes
    import pypdfium2.raw as raw
    if raw.FPDFText_CountChars(textpage) != n_chars:
        return []
    buf = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    out = []
    for i in range(n_chars):
        raw.FPDFText_GetFontInfo(textpage, i, buf, len(buf), ctypes.byref(flags))
        name = buf.value.decode("latin-1", "replace")
        out.append(bool(BOLD_FONT_RE.search(name)) or raw.FPDFText_GetFontWeight(textpage, i) >= BOLD_WEIGHT)
    return out


def _join_across_pages(blocks: list[Block]) -> list[Block]:
    """A paragraph that a page break cut goes on as one block (on the page it starts on):
    the last block of a page stops mid-sentence and the next page's first block goes on
    in lower case, with the rest of a range ("bình quân 03" / "- 04%/năm"), after a
    joining word ("phối hợp với" / "Sở Tài chính …"), or with the figure a word wants
    ("ít nhất vào năm" / "2025 đạt 40%")."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if prev is not None and prev.page is not None and b.page == prev.page + 1 \
                and prev.bold == b.bold and "table_row" not in (prev.kind, b.kind) and _goes_on(prev.text, b.text):
            prev.text = f"{prev.text} {b.text}"
            prev.kind = list_kind(prev.text)
            continue
        out.append(b)
    return out


#: A word that wants the figure the next page opens with: "… các cấp ít nhất vào năm" /
#: "2025 đạt 40%", "… tỷ lệ đạt" / "95%".
AWAITS_FIGURE = re.compile(r"\s(?:năm|ngày|tháng|số|đạt|khoảng|trên|dưới|từ|đến|còn|là|nhất|thiểu|lên|xuống)$")


def _goes_on(before: str, after: str) -> bool:
    before, after = before.rstrip(), after.lstrip()
    if not before or not after:
        return False
    if before.endswith(END_PUNCT):
        # (a clause closed by ";" goes on in lower case: "… các nguồn kinh phí hợp pháp
        # khác;" / "tham mưu việc quản lý …", not a list's next point)
        return before.endswith(";") and after[0].islower() and not starts_new_item(after)
    if continues_range(before, after):
        return True
    if starts_new_item(after):              # ("a) Công an tỉnh: …" opens in lower case)
        return False
    return after[0].islower() or bool(OPEN_END.search(before)) \
        or (after[0].isdigit() and bool(AWAITS_FIGURE.search(before)))



def _break_at_weight_change(lines: list[str], bold: set[str]) -> list[str]:
    """A blank line wherever the text turns bold or stops being bold: a bold
    heading never runs into the body around it."""
    out: list[str] = []
    prev = None
    for line in lines:
        if line:
            weight = line in bold
            if prev is not None and weight != prev and out and out[-1]:
                out.append("")
            prev = weight
        out.append(line)
    return out


def _lines(text: str) -> list[str]:
    """Stripped lines; blank lines are kept (as "") where they separate text,
    since Tesseract marks paragraph ends with them."""
    lines = [l.strip() for l in text.split("\n")]
    out: list[str] = []
    for l in lines:
        if l or (out and out[-1]):
            out.append(l)
    while out and not out[-1]:
        out.pop()
    return out


def _edge_key(line: str) -> str:
    return re.sub(r"\d+", "#", line.lower())


def _edge_indexes(lines: list[str]) -> list[int]:
    """Positions of the first and last EDGE_LINES non-blank lines of a page."""
    filled = [i for i, l in enumerate(lines) if l]
    return sorted(set(filled[:EDGE_LINES] + filled[-EDGE_LINES:]))


def _drop_running_lines(pages: dict[int, list[str]]) -> None:
    """Remove page-number lines and repeated headers/footers at page edges. A bare number
    at an edge is the page's number only where it follows a count of the pages (an offset
    from the page's index that two pages share, or none): a table cut by a page break
    leaves its figures ("80", "90") at the page's foot."""
    counts: Counter[str] = Counter()
    offsets: Counter[int] = Counter()
    for n, lines in pages.items():
        counts.update({_edge_key(lines[i]) for i in _edge_indexes(lines)})
        offsets.update({int(lines[i]) - n for i in _edge_indexes(lines) if BARE_NUMBER.match(lines[i])})
    with_text = sum(1 for lines in pages.values() if any(lines))
    running = {k for k, c in counts.items() if c >= 3 and c >= RUNNING_SHARE * with_text} - {"#"}
    # (offsets seen on two pages or more, an appendix that numbers its pages anew making a
    # second; and a page numbered as it stands, or from the second page on)
    seen = {k for k, c in offsets.items() if c >= 2} | {0, -1}
    for n, lines in pages.items():
        drop = {i for i in _edge_indexes(lines)
                if (int(lines[i]) - n in seen if BARE_NUMBER.match(lines[i]) else PAGE_NUMBER_RE.match(lines[i]))
                or _edge_key(lines[i]) in running}
        pages[n] = [l for i, l in enumerate(lines) if i not in drop]
