"""The two edits every step of the layout makes: open a line where a block begins, or
right after where one ends. Only whitespace changes, so the text keeps its length."""
from __future__ import annotations

import regex as re


def cut(chars: list[str], at: int) -> None:
    """Open a line at ``at``: the whitespace just before it becomes a line break."""
    i = at - 1
    if 0 <= i < len(chars) and chars[i] in " \t\n":
        chars[i] = "\n"


def cut_after(text: str, chars: list[str], end: int) -> None:
    """Open a line after ``end`` (the first whitespace from there)."""
    m = re.compile(r"\s").search(text, end) if end < len(text) else None
    if m and m.start() == end:
        chars[end] = "\n"
