"""Ruled tables on a PDF page, read one cell a line as Word tables are.

A table that Word or a browser printed with its borders comes out of the text layer
row by row with its cells run together: the lines of a long cell interleave with the
short cells beside it ("Sở Y tế Năm 2026 3 Kiểm tra 100% …"), and a row runs into the
next. pdfplumber finds the grid the borders draw (its "lines" strategy: a table of
whitespace alone, such as a header block of two columns, is not one); pdfium reads the
text inside each cell, so a cell's text is the same as elsewhere on the page.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

#: A page with fewer path objects than this draws no table's grid (a rule under the
#: issuer and the motto), and is not looked at.
MIN_GRID_PATHS = 3
#: A cell's rectangle is read this far (points) inside its borders, so the text of the
#: cells around it stays out.
CELL_INSET = 1.0


@dataclass
class Table:
    """A grid on a page: its box (pdfplumber's coordinates: from the page's top-left
    corner, in points) and each row's cells, a box or None for a cell merged away."""
    bbox: tuple[float, float, float, float]
    rows: list[list[tuple[float, float, float, float] | None]]

    def holds(self, x: float, top: float) -> bool:
        x0, y0, x1, y1 = self.bbox
        return x0 <= x <= x1 and y0 <= top <= y1


class TableFinder:
    """The ruled tables of one PDF's pages, found when a page is first asked for; the
    file is opened by pdfplumber once, and only if a page draws enough paths."""

    def __init__(self, path: Path):
        self.path = path
        self._pdf = None
        self._failed = False

    def tables(self, page, index: int) -> list[Table]:
        """The tables of two columns or more on page ``index`` (``page`` its pdfium page);
        one row may stand alone, the last of a table a page break carried over. Tables
        are a better reading, never a condition of one: anything pdfplumber cannot parse
        gives none."""
        if self._failed or not _draws_grid(page):
            return []
        try:
            if self._pdf is None:
                import pdfplumber
                logging.getLogger("pdfminer").setLevel(logging.ERROR)   # (font warnings of valid files)
                self._pdf = pdfplumber.open(self.path)
            page = self._pdf.pages[index]
            try:
                return [Table(t.bbox, [list(r.cells) for r in t.rows]) for t in page.find_tables()
                        if t.rows and max(len(r.cells) for r in t.rows) >= 2]
            finally:
                page.close()         # (its parsed objects: memory stays flat over a long file)
        except Exception:            # pdfminer's own errors on files pdfium reads
            self._failed = True
            return []

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None


def _draws_grid(page) -> bool:
    import pypdfium2.raw as raw
    paths = page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH])
    return sum(1 for _ in zip(paths, range(MIN_GRID_PATHS))) >= MIN_GRID_PATHS


def cell_texts(textpage, height: float, table: Table) -> list[str]:
    """The raw text of each cell of ``table``, row by row and left to right (pdfium's
    line breaks and line-end hyphens kept for the caller to read back); empty cells are
    left out."""
    out = []
    for row in table.rows:
        for box in row:
            if box is None:
                continue
            x0, top, x1, bottom = box
            text = textpage.get_text_bounded(left=x0 + CELL_INSET, bottom=height - bottom + CELL_INSET,
                                             right=x1 - CELL_INSET, top=height - top - CELL_INSET)
            if text.strip():
                out.append(text)
    return out
