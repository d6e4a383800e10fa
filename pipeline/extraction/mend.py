"""Words of an OCR'd page that the rules look for, mended where only their marks are wrong.

Tesseract often misreads a Vietnamese mark ("Để nghị" for "Đề nghị", "Ủy ban nhàn dân" for
"Ủy ban nhân dân", "phổi hợp" for "phối hợp"), and the rules, which read words, then miss
a request, a body or a role. On the pages read by OCR, a run of words that matches one of
the phrases below but for its marks is read as the phrase. A phrase and its misreading
have the same length, so every offset stays valid; the saved text keeps what the page
says, and quotes are cut from it.

Only phrases of two words or more, each found in duties sections of real plans, are
mended: a single syllable may be another word.
"""
from __future__ import annotations

from functools import lru_cache

import regex as re

from pipeline.extraction.registry import fold
from pipeline.models import Document

PHRASES = (
    "đề nghị", "chủ trì", "phối hợp", "có trách nhiệm", "chịu trách nhiệm", "tổ chức thực hiện",
    "triển khai thực hiện", "theo dõi", "đôn đốc", "hướng dẫn", "báo cáo", "tham mưu", "phân công nhiệm vụ",
    "Ủy ban nhân dân", "Hội đồng nhân dân", "nhân dân", "Mặt trận Tổ quốc", "chủ tịch", "giám đốc",
    "thủ trưởng", "các sở, ban, ngành", "các xã, phường", "đặc khu", "thành phố", "trực thuộc Trung ương",
    "văn phòng", "công an", "tài chính", "xây dựng", "nội vụ", "tư pháp", "Y tế", "Giáo dục và Đào tạo",
    "Khoa học và Công nghệ", "Nông nghiệp và Môi trường", "Công Thương", "Văn hóa, Thể thao và Du lịch",
    "Dân tộc và Tôn giáo", "viễn thông", "doanh nghiệp", "kế hoạch", "quyết định",
)


def mend_ocr_pages(doc: Document, text: str) -> str:
    """``text`` with the phrases mended on the document's OCR'd pages (same length)."""
    if not doc.ocr_pages:
        return text
    chars = list(text)
    for page in doc.pages:
        if page.ocr:
            for m in _pattern().finditer(text, page.start, page.end):
                read = m.group(0)
                right = next((p for p in _phrases().get(fold(read), ())
                              if len(p) == len(read) and _same_case(p, read)), None)
                if right and right != read:
                    chars[m.start():m.end()] = right
    return "".join(chars)


def _same_case(a: str, b: str) -> bool:
    return [c.isupper() for c in a] == [c.isupper() for c in b]


@lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[str, ...]]:
    """The phrases by folded form, each as written and with its first letter in the
    other case ("chủ trì", "Chủ trì")."""
    by_form: dict[str, set[str]] = {}
    for p in PHRASES:
        for q in (p, p[0].upper() + p[1:], p[0].lower() + p[1:]):
            by_form.setdefault(fold(q), set()).add(q)
    return {f: tuple(sorted(v)) for f, v in by_form.items()}


@lru_cache(maxsize=1)
def _pattern():
    """Any run of words that folds to a phrase: the phrases' letters with any marks."""
    forms = sorted({fold(p) for p in PHRASES}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(_loose(f) for f in forms) + r")(?!\w)", re.I)


def _loose(form: str) -> str:
    """A folded phrase as a pattern that matches its letters with any marks."""
    out = []
    for c in form:
        if c.isalpha():
            out.append(r"(?:" + c + r"\p{M}*|[" + _variants(c) + r"]\p{M}*)")
        else:
            out.append(re.escape(c))
    return "".join(out)


@lru_cache(maxsize=None)
def _variants(letter: str) -> str:
    """Every precomposed letter that folds to ``letter`` (either case)."""
    return "".join(sorted({ch for ch in map(chr, range(0xC0, 0x1F00))
                           if ch.isalpha() and fold(ch) == letter.upper()}))
