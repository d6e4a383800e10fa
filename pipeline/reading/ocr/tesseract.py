"""Step 3, the Tesseract runs: whether Tesseract and its Vietnamese model are installed,
the TSV of a page image or of a list of images, a worn copy's specks told and filtered
out, and the cells of a page's ruled tables read again on their own."""
from __future__ import annotations

import os
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

import regex as re

from pipeline.reading.base import child_options, one_line
from pipeline.reading.ocr.words import tsv_words
from pipeline.reading.scan_tables import find_tables


#: Page segmentation: on KH-1105 page 1, --psm 3 (automatic) and 4 gave the
#: same words (92% of them found in the reference text) and mark paragraph
#: ends with blank lines; --psm 6 lost the blank lines and some diacritics (90%).
TESSERACT_PSM = "3"
#: Seconds allowed per page before the Tesseract process is killed.
OCR_PAGE_TIMEOUT = 180


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


def _read_listed(images: list[Path], listing: Path, psm: str, *output: str) -> str:
    """What one Tesseract run prints for the ``images`` listed in the file ``listing``."""
    listing.write_text("".join(f"{image}\n" for image in images), encoding="utf-8")
    out = subprocess.run(
        ["tesseract", str(listing), "stdout", "-l", "vie", "--psm", psm, *output],
        capture_output=True, timeout=OCR_PAGE_TIMEOUT, env=_env(), **child_options())
    if out.returncode != 0:
        raise RuntimeError(f"Tesseract could not read the regions (exit code {out.returncode})")
    return out.stdout.decode("utf-8", "replace")


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
