"""Syllable pairs of clean texts, and words a copy glued together split by them.

Web copies of older decisions lose the space where the original broke its lines:
"Giám đốc Sở Giáo dục và Đào tạochủ trì", "Chủtịch UBND", "chịutrách nhiệm thi hành",
"VỀVIỆC". The rules read words, so the glued ones hide a body, a role or a title.

A Vietnamese word is one syllable; a run of letters that is not one but splits into
two or three that are ("tạo|chủ") is a glued word when the clean texts hold those
syllables side by side, or when each is a common syllable. That evidence also picks the split where the letters allow
more than one ("THỰC|HIỆN", not "THỰ|CHIỆN"; "Ban|hành", not "Ba|nhành"). Letters
with no Vietnamese mark (codes, loanwords: "online", "OCOP") are split only into a pair
the texts hold often ("Giao|cho").

The pair counts are in ``data/syllable_pairs.tsv.gz`` (``scripts/build_syllable_pairs.py``
makes it); ``extraction/mend.py`` reads the same table to mend OCR'd marks.
"""
from __future__ import annotations

import gzip
import importlib.util
import unicodedata
from functools import lru_cache
from pathlib import Path

import regex as re

from pipeline.reading.normalize import LETTERS_RE as LETTERS, is_syllable, normalize_tone_placement

PAIRS_FILE = Path(__file__).resolve().parents[1] / "data" / "syllable_pairs.tsv.gz"
#: Two syllables are split apart only where the clean texts hold them side by side
#: this many times (the table keeps pairs seen twice or more).
MIN_PAIR_EVIDENCE = 2
#: ... or, for a pair the texts happen not to hold ("tạo|chủ", "xã|căn"), where each
#: syllable is a common one: seen this many times in all the pairs.
MIN_COMMON = 30
#: Letters without any Vietnamese mark (codes, loanwords, "online", "OCOP") are split only
#: into a pair the clean texts hold this often ("Giaocho Sở Xây dựng").
MIN_ASCII_PAIR_EVIDENCE = 10
#: Most syllables one glued run is split into.
MAX_PARTS = 3


@lru_cache(maxsize=1)
def syllable_pairs() -> dict[tuple[str, str], int]:
    """The syllable pairs of the clean texts (lower case, one tone placement) and how
    often each occurs; empty where the table is missing."""
    if not PAIRS_FILE.exists():
        return {}
    out = {}
    with gzip.open(PAIRS_FILE, "rt", encoding="utf-8") as f:
        for line in f:
            pair, _, n = line.rstrip("\n").partition("\t")
            a, _, b = pair.partition(" ")
            out[(a, b)] = int(n)
    return out


#: The word list underthesea ships (74,000 words of the language, Apache-2.0), inside the
#: installed package: its words of two syllables or more say which pairs make a word,
#: however rarely the clean texts use it ("dinh dưỡng", "lở mồm long móng").
DICTIONARY = ("corpus", "data", "Viet74K.txt")


@lru_cache(maxsize=1)
def dictionary_pairs() -> frozenset[tuple[str, str]]:
    """The syllable pairs that stand side by side inside a word of the dictionary (lower
    case, one tone placement); empty where the package or its list is missing."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(list(spec.submodule_search_locations)[0]).joinpath(*DICTIONARY)
    if not path.exists():
        return frozenset()
    pairs = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        syllables = normalize_tone_placement(unicodedata.normalize("NFC", line.strip().lower())).split()
        pairs.update(zip(syllables, syllables[1:]))
    return frozenset(pairs)


def split_glued_words(text: str) -> str:
    """``text`` with each glued run of syllables written apart ("Chủtịch" -> "Chủ tịch")."""
    out, last = [], 0
    for m in LETTERS.finditer(text):
        parts = _glued_parts(m.group(0))
        if parts:
            out.append(text[last:m.start()])
            out.append(" ".join(parts))
            last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


# An abbreviation in capitals glued to the word after it ("UBNDtỉnh", "HĐNDhuyện").
CAPITALS_THEN_WORD = re.compile(r"^(?P<caps>\p{Lu}{2,6})(?P<word>\p{Ll}{2,7})$")


@lru_cache(maxsize=65536)
def _glued_parts(word: str) -> tuple[str, ...] | None:
    if len(word) < 3 or is_syllable(word):
        return None
    caps = CAPITALS_THEN_WORD.match(word)
    if caps and not is_syllable(caps["caps"]) and is_syllable(caps["word"]) and _common(caps["word"]) >= MIN_COMMON:
        return caps["caps"], caps["word"]
    best = _best_split(word, MAX_PARTS)
    if best and word.isascii() and best[1][0] < MIN_ASCII_PAIR_EVIDENCE:
        return None             # letters without a mark: only a pair the texts hold often ("Giaocho")
    return best[0] if best else None


def _best_split(word: str, parts: int) -> tuple[tuple[str, ...], tuple[int, int]] | None:
    """The best attested split of ``word`` into at most ``parts`` syllables, with its
    evidence: how often its weakest neighbouring pair and its rarest syllable occur."""
    best = None
    for i in range(1, len(word)):
        head, rest = word[:i], word[i:]
        if not (is_syllable(head) and _cased(head)):
            continue
        if is_syllable(rest) and _cased(rest):
            split = ((head, rest), (_seen(head, rest), min(_common(head), _common(rest))))
        elif parts > 2:
            tail = _best_split(rest, parts - 1)
            if not tail:
                continue
            split = ((head,) + tail[0],
                     (min(_seen(head, tail[0][0]), tail[1][0]), min(_common(head), tail[1][1])))
        else:
            continue
        pair, rarest = split[1]
        if (pair >= MIN_PAIR_EVIDENCE or rarest >= MIN_COMMON) and (best is None or split[1] > best[1]):
            best = split
    return best


def _cased(syllable: str) -> bool:
    """Written as a word is: lower case, a capital first, or all capitals."""
    return syllable.islower() or syllable.isupper() or (syllable[0].isupper() and syllable[1:].islower())


def _seen(a: str, b: str) -> int:
    return syllable_pairs().get((_key(a), _key(b)), 0)


def _common(syllable: str) -> int:
    return syllable_counts().get(_key(syllable), 0)


@lru_cache(maxsize=1)
def syllable_counts() -> dict[str, int]:
    """How often each syllable of the pair table occurs in its pairs."""
    out: dict[str, int] = {}
    for (a, b), n in syllable_pairs().items():
        out[a] = out.get(a, 0) + n
        out[b] = out.get(b, 0) + n
    return out


@lru_cache(maxsize=65536)
def _key(syllable: str) -> str:
    return normalize_tone_placement(syllable.lower())
