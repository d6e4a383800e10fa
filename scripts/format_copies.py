#!/usr/bin/env python3
"""Word, RTF, PDF and web-page copies of annotated documents: what a format costs.

Usage: format_copies.py --extracted OUTDIR --gold DIR [DIR ...] --out COPYDIR [--scans] [--speckled]

Most annotated texts came as plain text or Markdown, while users bring the same
kind of plan as a Word file or a PDF. This script takes the normalised texts a
run saved (``OUTDIR/text``) for the documents the gold folders annotate and
writes each twice to ``COPYDIR/texts``:

- ``.docx``: one paragraph per line, as a typist's file holds it;
- ``.pdf``: a text layer set in DejaVu Serif 13 pt on A4 as the decree on document
  form (Nghị định 30/2020) asks: paragraphs justified with a 1 cm first-line indent
  and 2 mm before, lines in capitals centred, the page number at the top of every
  page but the first;
- ``.rtf``: Rich Text Format as Word saves it, a paragraph a line, Unicode escapes;
- ``.html``: a legal website's page, one paragraph a line inside the site's menu and
  footer (the web-page reader takes the main text from such furniture);
- with ``--scans``, also ``-scan.pdf``: that PDF printed and scanned, pages as images
  only (200 dpi, grey, turned by up to 0.6 degree and slightly blurred), which the
  pipeline reads by OCR. Slow (a few seconds a page), so ``make eval`` leaves it out;
- with ``--speckled``, also ``-speckled.pdf``: a worn copier's scan (150 dpi, turned by
  up to 1.5 degree, blurred, one pixel in 400 a black or white speck, JPEG at quality 40);
- with ``--printed``, also ``-printed.pdf``: the text printed to PDF by Chromium (Debian's
  ``chromium``), as an office prints a Word file: its lines break after a hyphen too
  ("… Quyết định số 46/2002/QĐ-" / "UBND …"), which fpdf2 never does, and a capital
  line set in a narrow column wraps. Its dates are fixed after printing.

The annotations, renamed to each copy, go to ``COPYDIR/gold/<label>-docx``,
``<label>-pdf``, ``<label>-html`` and ``<label>-rtf``. Extracting ``COPYDIR/texts`` and scoring each gold folder says
what the Word and PDF readers lose against the text. The copies are the same
bytes for the same input (fixed dates, no randomness).

Needs fpdf2 (the build extra) and the DejaVu fonts (Debian's fonts-dejavu-core).
"""
from __future__ import annotations

import argparse
import io
import json
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_helpers import rtf_escaped  # noqa: E402
from site_copies import annotated_texts  # noqa: E402

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
WHEN = datetime(2026, 1, 5, 8, 0, 0, tzinfo=timezone(timedelta(hours=7)))
ZIP_TIME = (2026, 1, 5, 8, 0, 0)


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def _fixed_zip(data: bytes) -> bytes:
    """The docx archive again with fixed member times, so copies are reproducible."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def docx_copy(text: str) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.created = WHEN.replace(tzinfo=None)
    document.core_properties.modified = WHEN.replace(tzinfo=None)
    for line in _lines(text):
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return _fixed_zip(buf.getvalue())


def html_copy(text: str) -> bytes:
    """The text as a legal website's page shows it: its paragraphs inside a menu and a footer."""
    from html import escape

    paragraphs = "".join(f"<p>{escape(line)}</p>\n" for line in _lines(text))
    return ("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Văn bản</title></head>\n"
            "<body><header><nav><a href=\"/\">Trang chủ</a> <a href=\"/van-ban\">Văn bản pháp luật</a> "
            "<a href=\"/lien-he\">Liên hệ</a></nav></header>\n<main><div class=\"noi-dung\">\n"
            f"{paragraphs}</div></main>\n<footer><p>Cổng thông tin điện tử. Ghi rõ nguồn khi phát hành lại "
            "thông tin từ trang này.</p></footer></body></html>\n").encode("utf-8")


def rtf_copy(text: str) -> bytes:
    """The text as Word saves it in Rich Text Format: a paragraph a line, letters beyond
    ASCII as Unicode escapes."""
    body = "".join(f"\\pard {rtf_escaped(line)}\\par\n" for line in _lines(text))
    return ("{\\rtf1\\ansi\\ansicpg1258\\deff0{\\fonttbl{\\f0 Times New Roman;}}"
            "{\\*\\generator Microsoft Word;}\\f0\\fs26\n" + body + "}\n").encode("ascii")


def pdf_copy(text: str) -> bytes:
    from fpdf import FPDF

    class Page(FPDF):
        def header(self):
            if self.page_no() > 1:           # page numbers from page 2, top centre
                self.set_font("Serif", "", 12)
                self.set_y(10)
                self.cell(0, 5, str(self.page_no()), align="C")
                self.set_y(20)

    pdf = Page(format="A4", unit="mm")
    for style, name in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf")):
        pdf.add_font("Serif", style, str(FONT_DIR / name))
    pdf.set_creation_date(WHEN)
    pdf.set_margins(30, 20, 15)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    with pdf.text_columns(text_align="J", line_height=1.25) as column:
        for line in _lines(text):
            heading = line.isupper()
            pdf.set_font("Serif", "B" if heading else "", 13)
            with column.paragraph(text_align="C" if heading else "J", first_line_indent=0 if heading else 10,
                                  top_margin=2) as paragraph:
                paragraph.write(line)
    return bytes(pdf.output())


def scan_copy(text: str, seed: str, dpi: int = 200, turn: float = 0.6, blur: float = 0.6,
              specks: int = 0) -> bytes:
    """The PDF copy printed and scanned: pages as grey images at ``dpi``, turned by up to
    ``turn`` degrees, blurred, with one speck in ``specks`` pixels and saved as JPEG when
    ``specks`` is set (a worn copier's page)."""
    import random

    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rnd = random.Random(seed)
    pdf = pdfium.PdfDocument(pdf_copy(text))
    pages = []
    for page in pdf:
        image = page.render(scale=dpi / 72).to_pil().convert("L")
        image = image.rotate(rnd.uniform(-turn, turn), fillcolor=255, resample=Image.BICUBIC)
        image = image.filter(ImageFilter.GaussianBlur(blur))
        if specks:
            pixels, (w, h) = image.load(), image.size
            for _ in range(w * h // specks):
                pixels[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((0, 255))
            jpeg = io.BytesIO()
            image.save(jpeg, "JPEG", quality=40)
            image = Image.open(io.BytesIO(jpeg.getvalue())).convert("L")
        pages.append(image)
    buf = io.BytesIO()
    pages[0].save(buf, format="PDF", save_all=True, append_images=pages[1:], resolution=dpi)
    return buf.getvalue()


def speckled_copy(text: str, seed: str) -> bytes:
    return scan_copy(text, seed, dpi=150, turn=1.5, blur=0.8, specks=400)


def printed_copy(text: str, seed: str) -> bytes:
    """The text as an HTML page printed to PDF by headless Chromium: paragraphs justified
    with a first-line indent, lines in capitals centred in bold, on A4."""
    import html
    import re
    import subprocess
    import tempfile

    body = "".join(f'<p class="{"c" if line.isupper() else "j"}">{html.escape(line)}</p>' for line in _lines(text))
    page = ('<html><head><meta charset="utf-8"><style>@page{size:A4;margin:20mm 15mm 20mm 30mm}'
            'body{font-family:"DejaVu Serif",serif;font-size:13pt}p{margin:2mm 0}'
            '.j{text-align:justify;text-indent:10mm}.c{text-align:center;font-weight:bold}</style></head>'
            f'<body>{body}</body></html>')
    with tempfile.TemporaryDirectory() as tmp:
        source, printed = Path(tmp, "copy.html"), Path(tmp, "copy.pdf")
        source.write_text(page, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={printed}", source.as_uri()], capture_output=True, timeout=120, check=True)
        data = printed.read_bytes()
    # (the print's own dates, the only bytes that differ between two prints)
    return re.sub(rb"/(CreationDate|ModDate) ?\(D:[^)]*\)", rb"/\1 (D:20260105080000+07'00')", data)


KINDS = {"docx": lambda text, seed: docx_copy(text), "pdf": lambda text, seed: pdf_copy(text),
         "html": lambda text, seed: html_copy(text), "rtf": lambda text, seed: rtf_copy(text)}
SCAN = {"scan.pdf": scan_copy}
SPECKLED = {"speckled.pdf": speckled_copy}
PRINTED = {"printed.pdf": printed_copy}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--extracted", type=Path, required=True)
    ap.add_argument("--gold", type=Path, nargs="+", required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--scans", action="store_true", help="also scanned copies (read by OCR; slow)")
    ap.add_argument("--speckled", action="store_true", help="also worn, speckled scans (150 dpi; slow)")
    ap.add_argument("--printed", action="store_true", help="also PDFs printed by Chromium (needs chromium)")
    args = ap.parse_args(argv)
    kinds = {**KINDS, **(SCAN if args.scans else {}), **(SPECKLED if args.speckled else {}),
             **(PRINTED if args.printed else {})}
    (args.out / "texts").mkdir(parents=True, exist_ok=True)
    written = 0
    for label, path, gold, doc_id, text in annotated_texts(args.extracted, args.gold):
        for kind, make in kinds.items():
            name = f"{label}__{doc_id}.{kind}"
            (args.out / "texts" / name).write_bytes(make(text, name))
            target = args.out / "gold" / f"{label}-{kind.split('.')[0]}"
            target.mkdir(parents=True, exist_ok=True)
            (target / path.name).write_text(json.dumps({**gold, "file": name}, ensure_ascii=False, indent=1),
                                            encoding="utf-8")
            written += 1
    print(f"{written} format copies in {args.out / 'texts'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
