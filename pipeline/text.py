"""Text helpers shared by every layer (reading, extraction, publishing): they
know nothing of file formats or of records."""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path


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


COMPOUND_WORDS_TXT = Path(__file__).resolve().parent / "data" / "compound_words.txt"


@lru_cache(maxsize=1)
def _compound_words() -> tuple[str, ...]:
    lines = COMPOUND_WORDS_TXT.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=8192)
def head_word(phrase: str) -> str:
    """The first word of a noun phrase as underthesea's segmenter reads it (a word may be of
    several syllables): 'trường mầm non' -> 'trường', 'mô hình du lịch' -> 'mô hình',
    'câu lạc bộ thể dục' -> 'câu lạc bộ'; the words it would split are kept whole
    (``data/compound_words.txt``: 'nhà văn hóa cộng đồng' -> 'nhà văn hóa')."""
    from underthesea import word_tokenize
    fixed = [w for w in _compound_words() if w in phrase.casefold()]
    fixed += [w[0].upper() + w[1:] for w in fixed]    # (the segmenter matches them by case: "Ngày hội")
    words = word_tokenize(phrase, fixed_words=fixed) if fixed else word_tokenize(phrase)
    return words[0] if words else phrase
