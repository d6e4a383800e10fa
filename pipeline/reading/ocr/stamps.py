"""Step 6, e-signature stamps (what ``read_stamps`` and ``read_signature_blocks`` use): the
form widgets on a page, the text lines they sit on, and those regions rendered with and
without the form drawings, all read by one Tesseract run."""
from __future__ import annotations

from pathlib import Path

from pipeline.reading.ocr.render import render_page
from pipeline.reading.ocr.tesseract import _read_listed


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
