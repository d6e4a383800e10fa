"""Deciding whether a PDF page's text layer can be trusted, and OCR with Tesseract.

Text-layer check (``layer_usable``): a page is read from its text layer only
when it has text, that text is made of Vietnamese syllables, and it is free of
the odd symbols legacy fonts produce. Scores measured on the real documents
(../shared/real): good layers (QD-2170, 9 pages) have a syllable share of
0.89-1.00 and an odd-character share of 0.000; the legacy-font layers
(KH-1105, QD-1050, 10 pages) 0.18-0.33 and 0.19-0.28. The thresholds sit in
the wide gap between.

OCR (``ocr_pages``): Tesseract's TSV output gives words with positions and
confidences (``tsv_to_text``), so header-table columns on one scanned line are
split apart, low-confidence specks dropped and the specks at a line's edges trimmed
(``_without_edge_specks``). Pages are rendered one at a time in the calling thread
(pdfium is not thread-safe) only when a Tesseract worker is free, written to a
temporary grayscale image, read by one ``tesseract`` process per core with
``OMP_THREAD_LIMIT=1``, and the image deleted at once — memory stays flat
however long the scan.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from functools import lru_cache
from pathlib import Path

import regex as re

from pipeline.reading import glyphs
from pipeline.reading.base import child_options, one_line
from pipeline.reading.lines import ends_dash_compound_left, group_wrapped, starts_new_item
from pipeline.reading.normalize import syllable_share
from pipeline.reading.scan_tables import find_tables, into_cells

#: Fewer visible characters than this on a page means no text layer (a scan;
#: stray page numbers or a signature stamp label stay below it).
MIN_LAYER_CHARS = 40
#: Minimum share of words that are Vietnamese syllables (good 0.89+, broken 0.33-).
MIN_SYLLABLE_SHARE = 0.6
#: Maximum share of characters outside Vietnamese letters, ASCII and common
#: typographic punctuation (good 0.000, broken 0.19+).
MAX_ODD_SHARE = 0.05

_VN_LETTERS = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝăĂđĐĩĨũŨơƠưƯ")
_TYPOGRAPHIC = set("“”‘’–—…•°º±×÷€§№²³\u00a0\ufffe\u00ad")

#: Rendering resolution for OCR: Tesseract's documented sweet spot.
OCR_DPI = 300
#: Largest bitmap rendered for OCR (grayscale, one byte a pixel): an A2 sheet
#: at 300 dpi. Larger pages are rendered at a lower resolution.
MAX_RENDER_PIXELS = 36_000_000
#: Largest image a page to render may hold (pdfium decodes it whole, up to four
#: bytes a pixel, so 400 MB at most): an A3 sheet scanned at 600 dpi is 70
#: megapixels. Pages with larger images are not OCR'd, and say why.
MAX_IMAGE_PIXELS = 100_000_000
#: Page segmentation: on KH-1105 page 1, --psm 3 (automatic) and 4 gave the
#: same words (92% of them found in the reference text) and mark paragraph
#: ends with blank lines; --psm 6 lost the blank lines and some diacritics (90%).
TESSERACT_PSM = "3"
#: Seconds allowed per page before the Tesseract process is killed.
OCR_PAGE_TIMEOUT = 180


def odd_share(text: str) -> float:
    """Share of visible characters that no Vietnamese text layer should hold."""
    n = odd = 0
    for c in text:
        if c.isspace():
            continue
        n += 1
        if not (" " <= c <= "~" or c in _VN_LETTERS or "\u1ea0" <= c <= "\u1ef9" or c in _TYPOGRAPHIC):
            odd += 1
    return odd / n if n else 0.0


def layer_scores(text: str) -> dict[str, float]:
    visible = sum(not c.isspace() for c in text)
    return {"chars": visible, "syllables": round(syllable_share(text), 3),
            "odd": round(odd_share(text), 3)}


def layer_usable(text: str) -> tuple[bool, str]:
    """(usable, why not) for one page's extracted text."""
    s = layer_scores(text)
    if s["chars"] < MIN_LAYER_CHARS:
        return False, "no text layer"
    if s["syllables"] < MIN_SYLLABLE_SHARE or s["odd"] > MAX_ODD_SHARE:
        return False, f"unreadable text layer (syllables {s['syllables']}, odd {s['odd']})"
    return True, ""


@lru_cache(maxsize=1)
def tesseract_status() -> str:
    """'' when Tesseract with the Vietnamese model is installed, else what is missing."""
    exe = shutil.which("tesseract")
    if not exe:
        return "tesseract is not installed"
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return "tesseract does not run"
    langs = set(out.stdout.split())
    return "" if "vie" in langs else "the Vietnamese model (vie) is not installed"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"      # one core per process; parallelism is ours
    return env


def _tesseract(image: Path) -> list[dict]:
    """The words Tesseract reads on a page image (see ``tsv_words``), those of a
    signature column read again on its own last (``_signature_column``)."""
    try:
        tsv, options = _run_tesseract(image, TESSERACT_PSM), ()
        if speckled(words_to_text(tsv_words(tsv), trim=False)):
            _despeckle(image)
            options = WORN_PAGE_OPTIONS
            tsv = _run_tesseract(image, TESSERACT_PSM, options)
        words = tsv_words(tsv) + _signature_column(image, tsv, options)
        tables = _tables(image)
        return _cells_read_again(image, into_cells(words, tables), tables) if tables else words
    finally:
        image.unlink(missing_ok=True)


#: Pixels a cell is cropped inside its rules, so no rule is read as a letter ("Sở Ở Y tế").
CELL_CROP_INSET = 5
#: White pixels put around a cell's crop: Tesseract misreads text that touches the image's
#: edge.
CELL_MARGIN = 20
#: A cell's crop is read at half the page's resolution: on a small image Tesseract takes
#: the page's letters for larger than they are ("TT" read "lề", "95" "ĐĐ", "3" "E)" on a
#: 200-dpi scan of a printed table, all read right at half size). Reading both sizes and
#: keeping the better rated cost a third more and mended as many cells as it broke.
CELL_SCALE = 0.5
#: --psm 6: a cell is one block of text.
CELL_PSM = "6"
#: A cell's own reading is kept unless the page's reading of it is rated this much higher:
#: the page's reading may drop a cell's first line ("Thời" of "Thời gian") and rate the rest well.
CELL_PREFERENCE = 10
#: Line keys of cells read again start here.
CELL_BLOCK = 2_000_000


def _cells_read_again(image: Path, words: list[dict], tables: list) -> list[dict]:
    """``words`` with each cell of ``tables`` read again on its own, cropped inside its
    rules, all by one Tesseract run. A cell takes that reading unless the page's reading
    of it is rated clearly higher (``CELL_PREFERENCE``); where Tesseract fails, the
    page's words stay."""
    from PIL import Image, ImageOps

    cells = [((t, r, c), (left + CELL_CROP_INSET, row.top + CELL_CROP_INSET,
                          right - CELL_CROP_INSET, row.bottom - CELL_CROP_INSET))
             for t, table in enumerate(tables) for r, row in enumerate(table.rows)
             for c, (left, right) in enumerate(row.cells)]
    crops = []
    with Image.open(image) as page:
        for n, (_, box) in enumerate(cells):
            cell = page.crop(box)
            cell = cell.resize((max(1, round(cell.width * CELL_SCALE)), max(1, round(cell.height * CELL_SCALE))),
                               Image.LANCZOS)
            crop = image.with_name(f"{image.stem}-cell{n}.png")
            ImageOps.expand(cell, CELL_MARGIN, fill=255).save(crop)
            crops.append(crop)
    try:
        again = _ocr_regions_words(crops, image.with_name(f"{image.stem}-cells.txt"), CELL_PSM)
    except (RuntimeError, subprocess.TimeoutExpired):
        return words
    finally:
        for crop in crops:
            crop.unlink(missing_ok=True)
        image.with_name(f"{image.stem}-cells.txt").unlink(missing_ok=True)
    by_cell: dict[tuple, list[dict]] = {}
    for w in words:
        if "cell" in w:
            by_cell.setdefault(w["cell"], []).append(w)
    replaced, out = set(), []
    for n, (at, (left, top, _, _)) in enumerate(cells):
        own = [{**w, "line": (CELL_BLOCK + n,) + w["line"][1:], "left": left + (w["left"] - CELL_MARGIN) / CELL_SCALE,
                "top": top + (w["top"] - CELL_MARGIN) / CELL_SCALE, "width": w["width"] / CELL_SCALE,
                "height": w["height"] / CELL_SCALE, "cell": at, "table_top": tables[at[0]].top}
               for w in again[n]]
        if own and _confidence(own) + CELL_PREFERENCE >= _confidence(by_cell.get(at, [])):
            replaced.add(at)
            out.extend(own)
    return [w for w in words if w.get("cell") not in replaced] + out


def _confidence(words: list[dict]) -> float:
    """The mean of Tesseract's ratings of ``words`` (0 for none)."""
    return sum(w["conf"] for w in words) / len(words) if words else 0.0


def _ocr_regions_words(images: list[Path], listing: Path, psm: str) -> list[list[dict]]:
    """Each region's words (``tsv_words``, boxed in the region), all read by one Tesseract
    run as ``_ocr_regions`` reads them; ``listing`` names the run's list of images (one per
    page: pages are read at once)."""
    out = _read_listed(images, listing, psm, "tsv")
    by_page: list[list[str]] = [[] for _ in images]
    header, *rows = out.splitlines() or [""]
    for row in rows:
        f = row.split("\t")
        if len(f) > 1 and f[1].isdigit() and 1 <= int(f[1]) <= len(images):
            by_page[int(f[1]) - 1].append(row)
    return [tsv_words("\n".join([header] + page)) for page in by_page]


def _tables(image: Path) -> list:
    """The page's ruled tables (``scan_tables``): a better reading of the page, never a
    condition of reading it, so a failure to find them finds none."""
    try:
        return find_tables(image)
    except Exception:
        return []


#: A copier's or scanner's specks come back from Tesseract as marks standing alone between
#: words ("Căn cứ: Luật. Quy. hoạch _ ngày") and as full stops before small letters. A page
#: read with more of these than this share of its words (clean scans stay near 0.01, a
#: speckled copy is over 0.04) is read again after a median filter wipes the specks. Only
#: such pages are filtered: the filter also thins the slashes of symbols.
SPECKLED_SHARE = 0.015
SPECKLED_MIN_WORDS = 50
STRAY_MARK = re.compile(r"(?<!\S)[^\w\s\-+•–|]{1,2}(?!\S)")     # ("|" draws a table's rules)
STOP_BEFORE_SMALL = re.compile(r"\w\.\s+\p{Ll}")
DESPECKLE = 3          # the filter's size, pixels at OCR_DPI: narrower than a stroke of 11-14 pt type
#: Such a page is read again with Sauvola's threshold, set by each pixel's neighbourhood,
#: rather than Otsu's one threshold for the page: on a worn copier's grey, blotched pages
#: (``scripts/format_copies.py --speckled``) it keeps lines Otsu's drops whole, and the
#: bodies heading them (agencies 0.78 -> 0.84 on the md2025 tune part's copies). On a clean
#: scan it breaks thin strokes of figures ("574" read "S74"), so clean pages keep Otsu's.
WORN_PAGE_OPTIONS = ("-c", "thresholding_method=2")


def speckled(text: str) -> bool:
    words = len(text.split())
    stray = len(STRAY_MARK.findall(text)) + len(STOP_BEFORE_SMALL.findall(text))
    return words >= SPECKLED_MIN_WORDS and stray > SPECKLED_SHARE * words


def _despeckle(image: Path) -> None:
    from PIL import Image, ImageFilter
    with Image.open(image) as page:
        cleaned = page.filter(ImageFilter.MedianFilter(DESPECKLE))
    cleaned.save(image)


def _run_tesseract(image: Path, psm: str, options: tuple[str, ...] = ()) -> str:
    """Tesseract's TSV of ``image`` read with page segmentation ``psm`` and ``options``."""
    out = subprocess.run(
        ["tesseract", str(image), "stdout", *options, "-l", "vie", "--psm", psm, "tsv"],
        capture_output=True, timeout=OCR_PAGE_TIMEOUT, env=_env(), **child_options())
    if out.returncode != 0:
        # Tesseract (and Leptonica) print several lines; the last says what
        # happened, naming our temporary image, which means nothing to a reader
        err = out.stderr.decode("utf-8", "replace").replace(str(image), "the page image")
        lines = [l for l in err.splitlines() if l.strip()]
        raise RuntimeError(one_line(lines[-1] if lines else f"exit code {out.returncode}", 120))
    return out.stdout.decode("utf-8", "replace")


#: The signature column beside the recipients ("Nơi nhận:" on the left; the signer's
#: title, the seal and the name on the right): where the seal covers it, Tesseract's
#: layout analysis may drop the whole column. It is then read again on its own, as one
#: block of text, from the recipients' line down this share of the page's height.
SIGNATURE_BAND = 0.22
SIGNATURE_PSM = "6"


#: Line keys of a signature column read on its own start here, after any block
#: of the page's own reading.
COLUMN_BLOCK = 1_000_000


def _signature_column(image: Path, tsv: str, options: tuple[str, ...] = ()) -> list[dict]:
    """The words of the signature column beside "Nơi nhận:" when the page's reading
    holds no word right of the page's middle from that line down, boxed in the page's
    pixels and read with the page's ``options``; [] otherwise."""
    words = tsv_words(tsv)
    anchor = next((w for w, nxt in zip(words, words[1:])
                   if w["text"] == "Nơi" and nxt["text"].startswith("nhận") and w["line"] == nxt["line"]), None)
    if anchor is None:
        return []
    from PIL import Image                 # (pdfplumber's dependency; read only on such pages)
    with Image.open(image) as page:
        width, height = page.size
        top = max(0, anchor["top"] - anchor["height"])
        bottom = min(height, int(anchor["top"] + SIGNATURE_BAND * height))
        if any(w["left"] > width / 2 and top <= w["top"] <= bottom and w["conf"] > 0 for w in words):
            return []                     # the column was read with the page
        crop = image.with_name(image.stem + "-signature.png")
        page.crop((width // 2, top, width, bottom)).save(crop)
    try:
        column = tsv_words(_run_tesseract(crop, SIGNATURE_PSM, options))
    finally:
        crop.unlink(missing_ok=True)
    for w in column:
        w["line"] = (COLUMN_BLOCK + w["line"][0],) + w["line"][1:]
        w["left"] += width // 2
        w["top"] += top
    return column


#: A gap between two words wider than this many line heights splits a line:
#: the two columns of a header table (issuer left, national motto right) sit
#: on one scanned line; justified body text keeps gaps under one line height.
COLUMN_GAP_HEIGHTS = 2.5
#: Lines whose mean word confidence is below this are dropped as noise
#: (stamps, signatures, handwriting); Tesseract rates real text 70-95.
MIN_LINE_CONFIDENCE = 40


def tsv_words(tsv: str) -> list[dict]:
    """The words of a Tesseract TSV with their line (block, paragraph, line), box and
    confidence, in reading order."""
    out = []
    for row in tsv.splitlines()[1:]:
        f = row.split("\t")
        if len(f) < 12 or f[0] != "5" or not f[11].strip():
            continue
        out.append({"line": (int(f[2]), int(f[3]), int(f[4])), "left": int(f[6]), "top": int(f[7]),
                    "width": int(f[8]), "height": int(f[9]), "conf": float(f[10]), "text": f[11].strip()})
    return out


def tsv_to_text(tsv: str) -> str:
    return words_to_text(tsv_words(tsv))


def words_to_text(words: list[dict], trim: bool = True) -> str:
    """Tesseract's words to text: one line per text line, a blank line between
    paragraphs, lines split where a wide gap separates columns (each column
    piece then stands as its own paragraph), noise lines dropped, and with ``trim`` the
    specks at each line's edges (``_without_edge_specks``). Words a ruled table holds
    (``scan_tables.into_cells``) come where the table stands, one cell a paragraph."""
    if any("cell" in w for w in words):
        return _text_with_tables(words, trim)
    lines: dict[tuple, list[tuple[int, int, int, float, str]]] = {}
    for w in words:                          # by (block, paragraph, line)
        lines.setdefault(w["line"], []).append((w["left"], w["width"], w["height"], w["conf"], w["text"]))
    out: list[str] = []
    last_par = None
    for key in sorted(lines):
        words = lines[key]
        if sum(w[3] for w in words) / len(words) < MIN_LINE_CONFIDENCE:
            continue
        pieces = _split_columns(words)
        if trim:
            pieces = [_without_edge_specks(p) for p in pieces]
        if not pieces:
            continue
        if trim and len(pieces) == 1 and out and _dash_speck_before_small(out[-1], pieces[0]):
            pieces = [LEADING_DASH_SPECK.sub("", pieces[0])]
        if (key[:2] != last_par or len(pieces) > 1) and out and out[-1] \
                and not (len(pieces) == 1 and last_par and key[0] == last_par[0] and _wraps_on(out[-1], pieces[0])):
            out.append("")
        for piece in pieces:
            out.append(piece)
            if len(pieces) > 1:
                out.append("")
        last_par = key[:2]
    return "\n".join(_points_mended(_trailing_dashes_dropped(_line_end_stops_dropped(out))) if trim else out).strip("\n")


def _text_with_tables(words: list[dict], trim: bool) -> str:
    """The page's text around its tables, each table's cells in their place: row by row,
    left to right, a cell's wrapped lines joined and its paragraphs or list items apart."""
    tables = sorted({(w["table_top"], w["cell"][0]) for w in words if "cell" in w})
    flow: list[list[dict]] = [[] for _ in range(len(tables) + 1)]
    cells: dict[int, dict[tuple[int, int], list[dict]]] = {t: {} for _, t in tables}
    for w in words:
        if "cell" in w:
            cells[w["cell"][0]].setdefault(w["cell"][1:], []).append(w)
        else:                   # (a word beside a table comes after it)
            middle = w["top"] + w["height"] / 2
            flow[sum(1 for top, _ in tables if top <= middle)].append(w)
    parts = []
    for i, segment in enumerate(flow):
        parts.append(words_to_text(segment, trim) if segment else "")
        if i < len(tables):
            table = cells[tables[i][1]]
            parts.extend(_cell_text(table[at]) for at in sorted(table))
    return "\n\n".join(p for p in parts if p)


def _cell_text(words: list[dict]) -> str:
    """A cell's words as its paragraphs, one a line."""
    lines: dict[tuple, list[dict]] = {}
    for w in words:
        lines.setdefault(w["line"], []).append(w)
    kept = [sorted(ws, key=lambda w: w["left"]) for ws in lines.values()
            if sum(w["conf"] for w in ws) / len(ws) >= MIN_LINE_CONFIDENCE]
    kept.sort(key=lambda ws: min(w["top"] for w in ws))
    groups = group_wrapped([" ".join(w["text"] for w in ws) for ws in kept])
    return "\n\n".join(" ".join(g) for g in groups)


#: A speck read as a stop at a line's end (one inside a line: ``STOP_SPECK``), before a line
#: of some length that goes on in small letters ("… bạo lực trên cơ sở." / "giới được phát
#: hiện …"); a short line after a stop is a speck's own line ("nước ngọt." / "hs").
LINE_END_STOP_SPECK = re.compile(r"(?<=\p{L}{2})\.$")
GOES_ON_SMALL = re.compile(r"^\p{Ll}{2,}(?:\s+\S+){2,}")


#: A speck read as a dash at the start of a line that goes on, in small letters, the sentence
#: the line above left open ("… gửi Sở Nông nghiệp và Môi" / "- trường …", "… phối hợp" /
#: "- với Sở Y tế …"), often as a paragraph of its own: no list's item opens so (none in the
#: typed texts of every development set; hundreds in the OCR of their worn copies, none in
#: the clean scans). The line then goes on the sentence (``_wraps_on``). A compound's dash
#: after its left part stays ("… tổ chức chính trị" / "- xã hội …").
LEADING_DASH_SPECK = re.compile(r"^[-–][ \t]*(?=\p{Ll})")


def _dash_speck_before_small(line: str, following: str) -> bool:
    return bool(LEADING_DASH_SPECK.match(following)) and line[-1:].isalpha() and not ends_dash_compound_left(line)


def _line_end_stops_dropped(lines: list[str]) -> list[str]:
    return [LINE_END_STOP_SPECK.sub("", line) if GOES_ON_SMALL.match(following) else line
            for line, following in zip(lines, lines[1:] + [""])]


def _wraps_on(line: str, following: str) -> bool:
    """Whether ``following``, which Tesseract set in a paragraph of its own in the same
    block, goes on ``line``'s sentence: the line ends in a word, the next opens with a
    small letter, not an item ("… Sở Văn hóa, Thể" / "thao và Du lịch, …" on a worn page)."""
    return line[-1:].isalnum() and following[:1].islower() and not starts_new_item(following)


#: A dash a worn copy left at a line's end, with the specks around it ("… an ninh. -",
#: "Sở Nội vụ - ¬"): no item or sentence goes on from it where the line ends a sentence, the
#: next line opens a new item, or the line is an item's and its paragraph ends with it. (A
#: compound cut at its dash, "tổ chức chính trị -" over "xã hội …", goes on in the same
#: paragraph and keeps it, and so do a range cut after its first figure, "giai đoạn 2021 -",
#: and a named compound's left part, "Sở Lao động -", whatever follows.)
TRAILING_DASH = re.compile(r"(?<=\S)(?:\s+[_`'‘’|~^¬=\\]*[-–—][-–—_`'‘’|~^¬=\\]*)+$")
SENTENCE_STOP = re.compile(r"(?:[.;:!?]|/\.)$")


def _trailing_dashes_dropped(lines: list[str]) -> list[str]:
    out = list(lines)
    for k, line in enumerate(out):
        m = TRAILING_DASH.search(line)
        if not m:
            continue
        following = next((l for l in out[k + 1:] if l), "")
        before = line[:m.start()]
        # (a blank line after it ends an item's line, but not a table's cell: the pieces of a
        # row split into columns each stand before a blank line, "… cao tốc Nội Bài -" / "" /
        # "Công ty …" / "" / "Lào Cai (IC14) …")
        ended = starts_new_item(following) or starts_new_item(line) and out[k + 1:k + 2] == [""]
        if SENTENCE_STOP.search(before) or ended and not before[-1].isdigit() and not ends_dash_compound_left(before):
            out[k] = line[:m.start()]
    return out


#: A lettered point's mark misread: "©)" and "€)" are "c)"; "8)" is "a)" where a "b)" point
#: follows within POINT_REACH lines and no "7)" item comes before it.
MISREAD_C = re.compile(r"^[©€](?=\)\s)")
EIGHT = re.compile(r"^8(?=\)\s)")
POINT_REACH = 30


def _points_mended(lines: list[str]) -> list[str]:
    out = [MISREAD_C.sub("c", line) for line in lines]
    for k, line in enumerate(out):
        if EIGHT.match(line) and any(l.startswith("b) ") for l in out[k + 1:k + POINT_REACH]) \
                and not any(l.startswith("7) ") for l in out[max(0, k - POINT_REACH):k]):
            out[k] = "a" + line[1:]
    return out


#: Specks a worn copy leaves at a line's edges, read as marks standing alone ("__ V. TỔ CHỨC
#: THỰC HIỆN _", "` a) Ngân sách …") or glued before a list's mark ("__-b) Nguồn …",
#: "_..2. Việc lập …"): they would hide the mark that opens the line, and so its heading or
#: item. A dash, plus or bullet alone is a list's own mark and stays (but not before another
#: mark: "— VI. TỔ CHỨC …"), and so does a table's rule ("|") on a line that has more of them.
EDGE_SPECK = re.compile(r"[_`'‘’|^.,:;\\¬®¿›]+")
DASHES = ("-", "–", "—")
#: A form's dotted blank to be filled in ("Tên tiếng Việt: ......"): part of the text.
DOT_LEADER = re.compile(r"[.…]{3,}")
#: A dash, or specks around one, or what a blurred dash is read as ("~", "=").
BULLET_SPECK = re.compile(r"[_`'‘’|~^.,:;=\\\-–—]*[-–—~=][_`'‘’|~^.,:;=\\\-–—]*")
#: A part's, item's or point's mark, its stop perhaps read as a comma, semicolon or colon.
ITEM_MARK = r"(?:[IVX]{1,5}[.,]|\d{1,2}(?:\.\d{1,2})*[.,;:)]|[a-zđ©€]\))"   # (©, €: a blurred c)
SPECK_BEFORE_MARK = re.compile(r"^[_`'‘’|~^.,:;\\\-–—]+(?=" + ITEM_MARK + r"(?:\s|$))")
#: ... or before a dash, plus or bullet that opens an item ("_+ Sở Xây dựng: …", "_- Căn cứ …").
SPECK_BEFORE_BULLET = re.compile(r"^[_`'‘’|~^.,:;\\]+(?=[-+•–—](?:\s|$))")
#: Specks glued before the first word ("__Mai Sơn"); not quotes, which open quoted words.
GLUED_SPECK = re.compile(r"^[_`~^]+(?=\p{L})")
#: A speck read as a stop inside a sentence, after a word and before a small one ("khu. vực",
#: "HĐND. tỉnh"): typed text hardly stops there (3 typos in the text sets' 3.4 MB), an OCR'd
#: copy often (41 in the clean scans of the md2025 tune part, 0.45 MB, 212 in their worn
#: copies, all specks). Not after an abbreviation's one letter ("v.v. các"). Nor is a stop
#: after a comma ever typed ("các Sở,. ngành:"), though an ellipsis may follow one (",...").
STOP_SPECK = re.compile(r"(?<=\p{L}{2})\.(?= \p{Ll}{2})|(?<=,)\.(?=\s|$)")
MARK_TOKEN = re.compile(ITEM_MARK + "$")
#: The stop after an item's or a part's number read as a comma, semicolon or colon: "1, Sở
#: Giáo dục và Đào tạo", "2: Đề nghị …", "VI, TỔ CHỨC THỰC HIỆN".
#: (Not a list of numbers or numerals: "Phụ lục I, II, III".)
MISREAD_STOP = re.compile(r"^(\d{1,2}|[IVX]{1,5})[,;:](?=\s+\p{Lu}[^\s,]*(?:\s|$))")


#: A part's Roman number with its I read as "1", "l" or "Ị", or its II as "H" ("1V. KINH PHÍ",
#: "H. NỘI DUNG", "IH. NHIỆM VỤ"), before a heading in capitals.
ROMAN_MISREAD = re.compile(r"^([IVX1lỊH]{1,4})(?=\.\s+\p{Lu}{2,})")
ROMAN_READ = str.maketrans({"1": "I", "l": "I", "Ị": "I", "H": "II"})
ROMAN = re.compile(r"X{0,2}(?:IX|IV|V?I{0,3})")


def _roman_mended(line: str) -> str:
    m = ROMAN_MISREAD.match(line)
    if not m or ROMAN.fullmatch(m[1]) or m[1].isdigit():      # ("1. MỤC ĐÍCH" is numbered)
        return line
    read = m[1].translate(ROMAN_READ)
    return read + line[m.end():] if read and ROMAN.fullmatch(read) else line


def _without_edge_specks(line: str) -> str:
    """``line`` without the specks at its edges (see EDGE_SPECK), its mark's stop mended."""
    tokens = line.split(" ")
    table = tokens.count("|") > 1
    while len(tokens) > 1:
        first, second = tokens[0], tokens[1]
        if EDGE_SPECK.fullmatch(first) and not (table and first == "|") \
                or BULLET_SPECK.fullmatch(first) and MARK_TOKEN.match(SPECK_BEFORE_MARK.sub("", second)):
            tokens.pop(0)
        elif BULLET_SPECK.fullmatch(first) and first not in DASHES:
            # a dash the copy blurred ("~ Chuẩn hóa …", "__ = Phối hợp …") opens an item
            # before a capital; before small letters it is a speck on a wrapped line
            if second[:1].isupper():
                tokens[0] = "-"
            else:
                tokens.pop(0)
            break
        else:
            break
    while len(tokens) > 1 and EDGE_SPECK.fullmatch(tokens[-1]) and tokens[-1] not in (".", ",", ";", ":") \
            and not (table and tokens[-1] == "|") and not DOT_LEADER.fullmatch(tokens[-1]):
        tokens.pop()
    line = STOP_SPECK.sub("", SPECK_BEFORE_BULLET.sub("", GLUED_SPECK.sub("", " ".join(tokens))))
    return _roman_mended(MISREAD_STOP.sub(r"\1.", SPECK_BEFORE_MARK.sub("", line)))


def _split_columns(words) -> list[str]:
    heights = sorted(w[2] for w in words)
    line_height = heights[len(heights) // 2] or 1
    pieces: list[list[str]] = [[]]
    prev_end = None
    for left, width, _, _, text in sorted(words):
        if prev_end is not None and left - prev_end > COLUMN_GAP_HEIGHTS * line_height:
            pieces.append([])
        pieces[-1].append(text)
        prev_end = left + width
    # a piece with fewer than 2 letters or digits is a speck or a stray mark
    return [" ".join(p) for p in pieces if sum(c.isalnum() for c in "".join(p)) >= 2]


class RenderRefused(Exception):
    """A page that is not rendered because it would take too much memory."""


def _check_images(page) -> None:
    """Refuse a page holding an image too large to decode (pdfium decodes every
    image it draws in full, whatever the output size)."""
    import pypdfium2.raw as raw
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE]):
        w, h = obj.get_px_size()
        if w * h > MAX_IMAGE_PIXELS:
            raise RenderRefused(f"image too large to render ({w}×{h} pixels; "
                                f"limit {MAX_IMAGE_PIXELS // 10**6} megapixels)")


def _render_scale(page, dpi: int, crop) -> float:
    """``dpi`` as a scale, lowered where the page is so large that the bitmap
    would exceed MAX_RENDER_PIXELS."""
    w, h = page.get_size()
    if crop:
        w, h = w - crop[0] - crop[2], h - crop[1] - crop[3]
    scale = dpi / 72
    area = max(w, 1.0) * max(h, 1.0)
    if area * scale * scale > MAX_RENDER_PIXELS:
        scale = (MAX_RENDER_PIXELS / area) ** 0.5
    return scale


def render_page(pdf, index: int, folder: Path, dpi: int = OCR_DPI, forms: bool = False,
                crop: tuple[float, float, float, float] | None = None) -> Path:
    """Render page ``index`` (0-based) to a grayscale PNG in ``folder``; close everything.

    Raises RenderRefused for pages whose images or size would take too much memory.
    """
    page = pdf[index]
    try:
        _check_images(page)
        kwargs = {"scale": _render_scale(page, dpi, crop), "grayscale": True, "may_draw_forms": forms}
        if crop:
            kwargs["crop"] = crop
        bitmap = page.render(**kwargs)
        try:
            image = bitmap.to_pil()
            path = folder / f"p{index + 1:05d}.png"
            image.save(path)
            image.close()
        finally:
            bitmap.close()
    finally:
        page.close()
    return path


def ocr_pages(pdf, pages: list[int], workers: int | None = None,
              broken: frozenset[int] = frozenset()) -> tuple[dict[int, str], dict[int, str]]:
    """OCR the given 1-based ``pages`` of an open pypdfium2 document.

    Returns (texts by page, errors by page). Rendering happens here, lazily:
    a page is rendered only when a worker is free. The words of ``broken``
    pages, whose text layers have no character map, are mended with those
    layers (``LayerMending``).
    """
    workers = workers or max(1, os.cpu_count() or 1)
    texts: dict[int, str] = {}
    errors: dict[int, str] = {}
    mending = LayerMending(sorted(broken & set(pages)))
    with tempfile.TemporaryDirectory(prefix="kehoach-ocr-") as tmp, \
            ThreadPoolExecutor(max_workers=workers) as pool:
        running: dict[Future, int] = {}
        todo = list(pages)
        while todo or running:
            while todo and len(running) < workers:
                n = todo.pop(0)
                try:
                    image = render_page(pdf, n - 1, Path(tmp))
                except RenderRefused as e:
                    errors[n] = str(e)
                    mending.lost(n)
                    continue
                except Exception as e:       # pdfium render failure on one page
                    errors[n] = f"page cannot be rendered for OCR ({one_line(e, 120)})"
                    mending.lost(n)
                    continue
                mending.layer(n, pdf)
                running[pool.submit(_tesseract, image)] = n
            if not running:
                continue
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for fut in done:
                n = running.pop(fut)
                try:
                    words = fut.result()
                except subprocess.TimeoutExpired:
                    errors[n] = f"OCR timed out after {OCR_PAGE_TIMEOUT} s"
                    mending.lost(n)
                except Exception as e:
                    errors[n] = f"OCR failed ({one_line(e, 120)})"
                    mending.lost(n)
                else:
                    texts.update(mending.read(n, words))
    texts.update(mending.rest())
    return texts, errors


class LayerMending:
    """OCR words of pages with a broken layer, mended with that layer (``glyphs``).

    The code is learnt from the first LEARN_PAGES broken pages by number (a fixed
    set, whatever order the workers finish in, so the output is the same every run);
    a page is held until then, and then mended and let go, so memory stays bounded
    however long the document. Other pages pass through as text.
    """

    #: Broken pages whose words teach the code: hundreds of votes per common letter.
    LEARN_PAGES = 20

    def __init__(self, broken: list[int]):
        self.broken = set(broken)
        self.teachers = set(broken[:self.LEARN_PAGES])
        self.layers: dict[int, list] = {}
        self.held: dict[int, tuple[list[dict], list]] = {}
        self.code: glyphs.Code | None = None

    def layer(self, n: int, pdf) -> None:
        if n in self.broken:
            self.layers[n] = _layer_words(pdf, n - 1)

    def lost(self, n: int) -> None:
        """Page ``n`` gave no words (a render or OCR failure)."""
        self.layers.pop(n, None)
        self.teachers.discard(n)
        self._learn_when_taught()

    def read(self, n: int, words: list[dict]) -> dict[int, str]:
        """The texts ready once page ``n`` has given ``words``."""
        if n not in self.broken:
            return {n: words_to_text(words)}
        self.held[n] = (words, self.layers.pop(n, []))
        self._learn_when_taught()
        return self._release() if self.code else {}

    def rest(self) -> dict[int, str]:
        """The pages still held at the end."""
        if self.held and self.code is None:
            self.teachers = set(self.held)
            self._learn_when_taught()
        return self._release()

    def _learn_when_taught(self) -> None:
        if self.broken and self.code is None and self.teachers <= set(self.held):
            self.code = glyphs.learn([self.held[n] for n in sorted(self.teachers)])

    def _release(self) -> dict[int, str]:
        out = {n: words_to_text(glyphs.mend(words, layer, self.code) if layer else words)
               for n, (words, layer) in sorted(self.held.items())}
        self.held.clear()
        return out


def _layer_words(pdf, index: int) -> list:
    """A page's text-layer words, boxed as on its OCR image (none if pdfium fails)."""
    page = pdf[index]
    try:
        return glyphs.layer_words(page, _render_scale(page, OCR_DPI, None))
    except Exception:                         # a damaged layer only loses the mending
        return []
    finally:
        page.close()


# --------------------------------------------------------------------------
# Signature stamps (e-signed PDFs)
# --------------------------------------------------------------------------

#: Signature systems stamp the number and date as form-widget drawings; only
#: the first page carries them and a handful per page at most.
MAX_STAMPS = 12
#: Points of margin around a widget when rendering it alone, and the height of
#: the band rendered to read the whole line a stamp sits on.
STAMP_PAD = 2.0
#: --psm 7: one text line, which is what a stamp region or its band holds.
STAMP_PSM = "7"


def _ocr_regions(images: list[Path], folder: Path, psm: str) -> list[str]:
    """Rendered regions, each read with page segmentation ``psm``, by one Tesseract run.

    Loading the model is most of the cost of so small an image, so the
    regions go to one process, which takes a file listing them and reads each
    as its own page (the same text as one process per region), its pages
    separated by form feeds.
    """
    pages = _read_listed(images, folder / "regions.txt", psm).split("\f")
    if len(pages) < len(images):
        raise RuntimeError(f"Tesseract read {len(pages)} of {len(images)} regions")
    return pages[:len(images)]


def _read_listed(images: list[Path], listing: Path, psm: str, *output: str) -> str:
    """What one Tesseract run prints for the ``images`` listed in the file ``listing``."""
    listing.write_text("".join(f"{image}\n" for image in images), encoding="utf-8")
    out = subprocess.run(
        ["tesseract", str(listing), "stdout", "-l", "vie", "--psm", psm, *output],
        capture_output=True, timeout=OCR_PAGE_TIMEOUT, env=_env(), **child_options())
    if out.returncode != 0:
        raise RuntimeError(f"Tesseract could not read the regions (exit code {out.returncode})")
    return out.stdout.decode("utf-8", "replace")


def _ocr_lines(images: list[Path], folder: Path) -> list[str]:
    """Rendered regions, each read as a single text line."""
    return [" ".join(page.split()) for page in _ocr_regions(images, folder, STAMP_PSM)]


def widget_rects(pdf, index: int) -> list[tuple[float, float, float, float]]:
    """(left, bottom, right, top) of the form widgets on page ``index``."""
    import pypdfium2.raw as raw
    page = pdf[index]
    rects = []
    try:
        for i in range(min(raw.FPDFPage_GetAnnotCount(page), MAX_STAMPS)):
            annot = raw.FPDFPage_GetAnnot(page, i)
            try:
                if raw.FPDFAnnot_GetSubtype(annot) != raw.FPDF_ANNOT_WIDGET:
                    continue
                r = raw.FS_RECTF()
                if raw.FPDFAnnot_GetRect(annot, r):
                    rects.append((r.left, min(r.bottom, r.top), r.right, max(r.bottom, r.top)))
            finally:
                raw.FPDFPage_CloseAnnot(annot)
    finally:
        page.close()
    return rects


def _bands(rects) -> list[tuple[float, float]]:
    """Vertical extents (bottom, top) of the text lines holding the widgets."""
    bands: list[list[float]] = []
    for _, bottom, _, top in sorted(rects, key=lambda r: -r[3]):
        for band in bands:
            if bottom < band[1] and top > band[0]:      # overlaps vertically
                band[0], band[1] = min(band[0], bottom), max(band[1], top)
                break
        else:
            bands.append([bottom, top])
    return [(b, t) for b, t in bands]


def _with_and_without_forms(pdf, index: int, crops, folder: Path) -> list[Path]:
    """Each region (a crop of page ``index``) rendered twice, with the form drawings and
    without them, in that order."""
    images = []
    for k, crop in enumerate(crops):
        for forms in (True, False):
            own = folder / f"{k}-{'forms' if forms else 'plain'}"
            own.mkdir()
            images.append(render_page(pdf, index, own, forms=forms, crop=crop))
    return images


def read_stamps(pdf, index: int = 0) -> list[dict]:
    """Values that signature-field drawings add to a page's lines.

    Each line holding widgets is rendered and OCR'd twice, with and without
    the form drawings (``pdf.init_forms()`` must have been called before the
    page was loaded); the words present only with them are the stamped values.
    The line itself is kept for context. Nothing here interprets the values.
    """
    import difflib
    rects = widget_rects(pdf, index)
    if not rects or tesseract_status():
        return []
    page = pdf[index]
    height = page.get_size()[1]
    page.close()
    stamps = []
    bands = _bands(rects)
    with tempfile.TemporaryDirectory(prefix="kehoach-stamp-") as tmp:
        crops = [(0, max(bottom - STAMP_PAD, 0), 0, max(height - top - STAMP_PAD, 0)) for bottom, top in bands]
        lines = _ocr_lines(_with_and_without_forms(pdf, index, crops, Path(tmp)), Path(tmp))
        for k in range(len(bands)):
            with_forms, without = lines[2 * k], lines[2 * k + 1]
            a, b = without.split(), with_forms.split()
            # OCR of the two renderings jitters on letters (QĐ/QÐ, lần/lân);
            # the stamps hold numbers, so only added tokens with digits count
            added = [w for op, _, _, j1, j2 in difflib.SequenceMatcher(a=a, b=b).get_opcodes()
                     if op in ("insert", "replace") for w in b[j1:j2]
                     if any(c.isdigit() for c in w) and w not in a]
            if added:
                stamps.append({"page": index + 1, "values": added, "line": with_forms,
                               "line_without_stamps": without})
    return stamps


#: --psm 6: one block of text, which is what a signature's appearance holds ("Ký bởi: …" /
#: "Cơ quan: …" / "Thời gian ký: 02.04.2026 14:24:26 +07:00").
SIGNATURE_BLOCK_PSM = "6"


def read_signature_blocks(pdf, index: int = 0) -> list[str]:
    """The lines a digital signature's appearance draws on a scanned page.

    A page that is only a picture has no text layer to compare with, and its OCR is made
    without the form drawings, so the signing system's block (who signed, when) is not in
    its text. Each widget is rendered alone, with and without the drawings, read as one
    block by one Tesseract run, and the lines present only with the drawings are returned.
    Nothing here interprets them (``pdf.init_forms()`` must have been called before the
    page was loaded)."""
    rects = widget_rects(pdf, index)
    if not rects or tesseract_status():
        return []
    page = pdf[index]
    width, height = page.get_size()
    page.close()
    with tempfile.TemporaryDirectory(prefix="kehoach-signed-") as tmp:
        crops = [(max(left - STAMP_PAD, 0), max(bottom - STAMP_PAD, 0),
                  max(width - right - STAMP_PAD, 0), max(height - top - STAMP_PAD, 0))
                 for left, bottom, right, top in rects]
        images = _with_and_without_forms(pdf, index, crops, Path(tmp))
        blocks = [page.splitlines() for page in _ocr_regions(images, Path(tmp), SIGNATURE_BLOCK_PSM)]
    lines = []
    for k in range(len(rects)):
        plain = {" ".join(l.split()) for l in blocks[2 * k + 1]}
        lines += [l for l in (" ".join(l.split()) for l in blocks[2 * k]) if l and l not in plain]
    return lines
