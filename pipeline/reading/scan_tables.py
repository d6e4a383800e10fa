"""Ruled tables on a scanned page, found in its pixels, so OCR's words read one cell a line.

Tesseract reads a scanned table by its own blocks: the wrapped lines of a long cell come
out between the short cells beside it, a row's cells run into the next row's, and the
rules come back as "|" glued to words ("|Quý", "Sở Ở Y tế"). The rules themselves are plain
in the pixels: a horizontal rule is a long run of dark pixels, and a cell's side is a
column of dark pixels from one rule to the next, which no letter makes. Each word then
goes to the cell its centre lies in.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import regex as re

#: A pixel this dark (0-255) or darker is ink.
INK = 140
#: A horizontal rule is a run of ink at least this share of the page's width ...
RULE_SHARE = 0.2
#: ... and the rules of one table start and end within this share of the width.
EDGE_SLACK = 0.02
#: A cell's side is ink over this share of its row's height (letters never are).
SIDE_SHARE = 0.9
#: Rows of pixels left out at a band's top and bottom, where the rules' ink is.
BAND_MARGIN = 3
#: A cell narrower than this (pixels) is the gap between a double rule.
MIN_CELL = 12
#: What Tesseract makes of a rule a word touches.
RULE_MARKS = re.compile(r"^[|\[\]_—]+|[|\[\]_—]+$")


@dataclass
class Row:
    top: int
    bottom: int
    cells: list[tuple[int, int]]        # (left, right) of each cell, left to right


@dataclass
class Table:
    left: int
    right: int
    rows: list[Row]

    @property
    def top(self) -> int:
        return self.rows[0].top

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        if not (self.left <= x <= self.right):
            return None
        for r, row in enumerate(self.rows):
            if row.top <= y <= row.bottom:
                for c, (left, right) in enumerate(row.cells):
                    if left <= x <= right:
                        return r, c
        return None


def find_tables(image: Path) -> list[Table]:
    """The ruled tables of a page image: a row or more between rules, some row with two
    cells (a table's last row that a page break carried over stands alone)."""
    import numpy as np
    from PIL import Image

    with Image.open(image) as page:
        ink = np.asarray(page.convert("L")) < INK
    height, width = ink.shape
    tables = []
    for rules in _rule_groups(_horizontal_rules(ink, int(RULE_SHARE * width)), EDGE_SLACK * width):
        left, right = min(r[1] for r in rules), max(r[2] for r in rules)
        rows = [Row(a[0], b[0], _cells(ink, a[0], b[0], left, right)) for a, b in zip(rules, rules[1:])]
        if any(len(row.cells) >= 2 for row in rows):
            tables.append(Table(left, right, rows))
    return tables


def _horizontal_rules(ink, min_run: int) -> list[tuple[int, int, int]]:
    """(y, left, right) of each horizontal rule, a rule's rows of pixels made one."""
    import numpy as np

    rules: list[list[int]] = []
    for y in np.flatnonzero(ink.sum(axis=1) >= min_run):
        row = np.concatenate(([0], ink[y].view(np.int8), [0]))
        edges = np.flatnonzero(np.diff(row))
        starts, ends = edges[::2], edges[1::2]
        longest = int(np.argmax(ends - starts))
        if ends[longest] - starts[longest] < min_run:
            continue
        x0, x1 = int(starts[longest]), int(ends[longest])
        if rules and y - rules[-1][3] <= 1 and x0 < rules[-1][2] and x1 > rules[-1][1]:
            last = rules[-1]                  # (the same rule a pixel lower)
            rules[-1] = [last[0], min(last[1], x0), max(last[2], x1), int(y)]
        else:
            rules.append([int(y), x0, x1, int(y)])
    return [((r[0] + r[3]) // 2, r[1], r[2]) for r in rules]


def _rule_groups(rules: list[tuple[int, int, int]], slack: float) -> list[list[tuple[int, int, int]]]:
    """Runs of consecutive rules that start and end together: one table's rules."""
    groups: list[list[tuple[int, int, int]]] = []
    for rule in rules:
        last = groups[-1][-1] if groups else None
        if last and abs(rule[1] - last[1]) <= slack and abs(rule[2] - last[2]) <= slack:
            groups[-1].append(rule)
        else:
            groups.append([rule])
    return [g for g in groups if len(g) >= 2]


def _cells(ink, top: int, bottom: int, left: int, right: int) -> list[tuple[int, int]]:
    """The cells of the row between two rules: split at the columns inked from rule to rule."""
    import numpy as np

    band = ink[top + BAND_MARGIN:bottom - BAND_MARGIN + 1, left:right + 1]
    if band.shape[0] < 2 * BAND_MARGIN:
        return [(left, right)]
    sides = np.flatnonzero(band.mean(axis=0) >= SIDE_SHARE) + left
    bounds = [left] + [int(x) for x in sides] + [right]
    cells, start = [], bounds[0]
    for x in bounds[1:]:
        if x - start >= MIN_CELL:
            cells.append((start, x))
        start = x
    return cells or [(left, right)]


def into_cells(words: list[dict], tables: list[Table]) -> list[dict]:
    """``words`` with each one inside a table's cell marked ``cell`` (table, row, column)
    and ``table_top`` (where the table stands in the page's text), and stripped of the
    rule marks it touched; a word that is only a rule is dropped."""
    out = []
    for w in (piece for word in words for piece in _split_at_rules(word)):
        x, y = w["left"] + w["width"] / 2, w["top"] + w["height"] / 2
        where = next(((t,) + at for t, table in enumerate(tables) if (at := table.cell_at(x, y))), None)
        if where is None:
            out.append(w)
            continue
        text = RULE_MARKS.sub("", w["text"])
        if text:
            out.append({**w, "text": text, "cell": where, "table_top": tables[where[0]].top})
    return out


def _split_at_rules(word: dict) -> list[dict]:
    """A word Tesseract read across a cell's side ("chống|Báo"): its pieces, each boxed by
    its share of the letters, so each goes to its own cell."""
    pieces = [p for p in word["text"].split("|") if p]
    if len(pieces) < 2:
        return [word]
    out, left, per_char = [], word["left"], word["width"] / max(1, len(word["text"]))
    for piece in word["text"].split("|"):
        width = round(len(piece) * per_char)
        if piece:
            out.append({**word, "text": piece, "left": left, "width": max(1, width)})
        left += width + round(per_char)
    return out
