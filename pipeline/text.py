"""Text helpers shared by every layer (reading, extraction, publishing): they
know nothing of file formats or of records."""
from __future__ import annotations

import unicodedata
from functools import lru_cache


class _CombiningMarks(dict):
    """A ``str.translate`` table deleting combining marks, filled as characters are met."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


DROP_MARKS = _CombiningMarks()


def strip_marks(text: str) -> str:
    """``text`` without its diacritics: 'Kế hoạch Đà Nẵng' -> 'Ke hoach Da Nang'
    (đ is a letter of its own, not a mark, so it is replaced by hand)."""
    s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return s.translate(DROP_MARKS)


def value_text(value, empty: str = "", yes: str = "true", no: str = "false") -> str:
    """A value as text in a cell or a form: None -> ``empty``, a boolean ->
    ``yes``/``no``, a whole float without its '.0' (95.0 -> '95'), anything
    else as ``str`` writes it."""
    if value is None:
        return empty
    if isinstance(value, bool):
        return yes if value else no
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@lru_cache(maxsize=8192)
def head_word(phrase: str) -> str:
    """The first word of a noun phrase as underthesea's segmenter reads it (a word may be of
    several syllables): 'trường mầm non' -> 'trường', 'mô hình du lịch' -> 'mô hình',
    'câu lạc bộ thể dục' -> 'câu lạc bộ'."""
    from underthesea import word_tokenize
    words = word_tokenize(phrase)
    return words[0] if words else phrase
