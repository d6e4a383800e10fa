"""Deciding whether a PDF page's text layer can be trusted, and OCR with Tesseract.

Steps, in pipeline order, and the module of each:
 1. text-layer check (``layer``: ``layer_usable``): a page is read from its text
    layer only when it has text, that text is made of Vietnamese syllables, and it
    is free of the odd symbols legacy fonts produce. Scores measured on the real
    documents (../shared/real): good layers (QD-2170, 9 pages) have a syllable share
    of 0.89-1.00 and an odd-character share of 0.000; the legacy-font layers
    (KH-1105, QD-1050, 10 pages) 0.18-0.33 and 0.19-0.28. The thresholds sit in the
    wide gap between.
 2. rendering (``render``: ``render_page``): a page to a grayscale image, within
    the memory a bitmap and the images it draws may take.
 3. Tesseract runs (``tesseract``; one page's reading, ``_tesseract``, here):
    Tesseract's TSV output gives words with positions and confidences; a speckled
    page is read again despeckled, the cells of its ruled tables read again on
    their own, and a signature column the reading dropped read again (here).
 4. words to text (``words``: ``tsv_to_text``, ``words_to_text``; its clean-ups in
    ``cleanups``): header-table columns on one scanned line are split apart,
    low-confidence specks dropped and the specks at a line's edges trimmed
    (``_without_edge_specks``).
 5. the pool (here: ``ocr_pages``): pages are rendered one at a time in the
    calling thread (pdfium is not thread-safe) only when a Tesseract worker is
    free, written to a temporary grayscale image, read by one ``tesseract``
    process per core with ``OMP_THREAD_LIMIT=1``, and the image deleted at once —
    memory stays flat however long the scan. The words of pages whose layer has no
    character map are mended with that layer (``LayerMending``).
 6. e-signature stamps (here: ``read_stamps``, ``read_signature_blocks``; their
    widgets and regions in ``stamps``).

One page's reading, the pool and the stamp readers stay in this module: tests patch
``_run_tesseract``, ``_layer_words`` and ``tesseract_status`` on it, and a patch
reaches only the code that looks the name up here.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path

from pipeline.reading import glyphs
from pipeline.reading.base import one_line
from pipeline.reading.scan_tables import into_cells
from pipeline.reading.ocr.layer import MAX_ODD_SHARE, MIN_SYLLABLE_SHARE, layer_scores, layer_usable
from pipeline.reading.ocr.render import OCR_DPI, RenderRefused, _render_scale, render_page
from pipeline.reading.ocr.tesseract import (OCR_PAGE_TIMEOUT, TESSERACT_PSM, WORN_PAGE_OPTIONS, _cells_read_again,
                                            _despeckle, _run_tesseract, _tables, speckled, tesseract_status)
from pipeline.reading.ocr.words import tsv_to_text, tsv_words, words_to_text
from pipeline.reading.ocr.stamps import STAMP_PAD, _bands, _ocr_lines, _ocr_regions, _with_and_without_forms, widget_rects

__all__ = ["LayerMending", "MAX_ODD_SHARE", "MIN_SYLLABLE_SHARE", "WORN_PAGE_OPTIONS", "_despeckle", "_layer_words",
           "_run_tesseract", "_signature_column", "_tesseract", "layer_scores", "layer_usable", "ocr_pages",
           "read_signature_blocks", "read_stamps", "speckled", "tesseract_status", "tsv_to_text", "tsv_words",
           "words_to_text"]


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
