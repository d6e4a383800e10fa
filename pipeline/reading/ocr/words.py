"""Step 4, words to text: Tesseract's words (TSV) to lines and paragraphs, header-table
columns on one scanned line split apart, noise lines dropped, a ruled table's cells in
their place, and the clean-ups of ``cleanups`` applied."""
from __future__ import annotations

from pipeline.reading.lines import group_wrapped
from pipeline.reading.ocr.cleanups import (LEADING_DASH_SPECK, _dash_speck_before_small, _line_end_stops_dropped,
                                           _points_mended, _trailing_dashes_dropped, _without_edge_specks,
                                           _wraps_on)


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
