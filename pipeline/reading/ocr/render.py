"""Step 2, rendering: a PDF page, or a crop of it, to a grayscale PNG for Tesseract, at
a lower resolution where the bitmap would be too large, and refused where an image on
it would take too much memory to decode."""
from __future__ import annotations

from pathlib import Path


#: Rendering resolution for OCR: Tesseract's documented sweet spot.
OCR_DPI = 300
#: Largest bitmap rendered for OCR (grayscale, one byte a pixel): an A2 sheet
#: at 300 dpi. Larger pages are rendered at a lower resolution.
MAX_RENDER_PIXELS = 36_000_000
#: Largest image a page to render may hold (pdfium decodes it whole, up to four
#: bytes a pixel, so 400 MB at most): an A3 sheet scanned at 600 dpi is 70
#: megapixels. Pages with larger images are not OCR'd, and say why.
MAX_IMAGE_PIXELS = 100_000_000


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
