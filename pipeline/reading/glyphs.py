"""Mending OCR with a text layer whose fonts have no character map.

Word files saved as PDF by some printers embed their fonts without telling
which character each glyph draws. pdfium then reports a glyph's number
("7ӌ1+" for "TỈNH": glyph 55 is T, glyph 1228 is Ỉ) or, for a symbol font, a
byte read as Mac Roman ("ng‡y" for "ngày"). Such a page fails the layer check
and is read by OCR, which is right on most words and wrong on some marks
("Hơấñg Chí Hiên" for "Hoàng Chí Hiền").

The two readings of a page fix each other. OCR teaches the layer's code: each
layer word that OCR read at the same place and with as many letters votes, letter
by letter, for what each (font, code) stands for (``learn``). The votes of a whole
document are weighed against three ways fonts are known to be written, chosen per
font by how many votes agree:

- ``identity``: the font has a real map (its words are then left as OCR read
  them: on a page that failed the layer check, a map is no warrant);
- ``mac_roman``: a symbol font's bytes were read as Mac Roman, not Windows-1252;
- ``glyph_ids``: glyph numbers, of which TrueType fonts put the printable ASCII
  characters first, in order, from glyph 3 (space) on.

Glyph numbers past ASCII follow the font's own order, which keeps Unicode's
order in runs (Ạ … ỹ is one run). A glyph with no reliable votes of its own
takes the offset shared by the nearest learnt glyphs below and above it.
Then each OCR word that matches a layer word whose every letter is known is
replaced by the layer's decoded word (``mend``): OCR keeps the page's order and
lines, the layer gives the letters.
"""
from __future__ import annotations

import bisect
import ctypes
import difflib
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

#: A layer word and an OCR word are the same word when their boxes overlap by
#: this share of their union; a piece of the layer belongs to the OCR word
#: holding this share of it.
MIN_OVERLAP = 0.5
MIN_INSIDE = 0.6
#: A (font, code) is learnt from its own votes when at least this many agree and
#: they are at least this share of its votes.
MIN_VOTES = 2
MIN_VOTE_SHARE = 0.6
#: A way of writing is taken for a font when this share of its votes agree.
MIN_MODEL_SHARE = 0.8
#: Nearest learnt glyphs looked for this far below and above an unknown one.
RUN_REACH = 24
#: The OCR word and the decoded word, marks set aside, must be this alike: a
#: guard against two different words whose boxes happen to overlap.
MIN_LIKENESS = 0.6
#: ... unless Tesseract itself doubts its word (confidence under this, of 100;
#: it rates words it reads right 70-95): a signature's name under a seal.
DOUBTFUL = 50
#: Glyph numbers from which runs are trusted: TrueType fonts number their first 258
#: glyphs in the Macintosh order (Ä Å Ç É Ñ Ö Ü á à â …), which is not Unicode's.
RUNS_FROM = 258
#: A gap between two glyphs wider than this share of the word's height parts words.
WORD_GAP = 0.25
#: Characters pdfium adds between words and lines (never glyphs of the page).
SEPARATORS = " \r\n\xa0"


@dataclass(frozen=True)
class LayerWord:
    """One word of a page's text layer: its codes, the font of each, and its
    box in the OCR image's pixels (left, top, right, bottom)."""
    codes: str
    fonts: tuple[str, ...]
    box: tuple[float, float, float, float]


def layer_words(page, scale: float) -> list[LayerWord]:
    """The words of a pypdfium2 page's text layer, boxed in the pixels of the
    page rendered at ``scale``. Empty for a rotated page (its boxes would need
    turning too; such pages are read by OCR alone)."""
    if page.get_rotation():
        return []
    left, _, _, top = page.get_cropbox()
    textpage = page.get_textpage()
    try:
        return _words(_glyphs(textpage, lambda x, y: ((x - left) * scale, (top - y) * scale)))
    finally:
        textpage.close()


def _glyphs(textpage, to_pixels):
    """(code, font, box in pixels) of each glyph the page draws, in the layer's
    order, and None where pdfium puts a space or a line break between words."""
    import pypdfium2.raw as raw
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    for k in range(textpage.count_chars()):
        code = chr(raw.FPDFText_GetUnicode(textpage, k))
        if raw.FPDFText_IsGenerated(textpage, k) or code in SEPARATORS:
            yield None
            continue
        left, right, bottom, top = (ctypes.c_double() for _ in range(4))
        raw.FPDFText_GetCharBox(textpage, k, left, right, bottom, top)
        if right.value <= left.value:        # a blank glyph: a space drawn as a glyph
            yield None
            continue
        raw.FPDFText_GetFontInfo(textpage, k, name, len(name), flags)
        box = to_pixels(left.value, top.value) + to_pixels(right.value, bottom.value)
        yield code, name.value.decode("latin-1"), box


def _words(glyphs) -> list[LayerWord]:
    """Glyphs grouped into words: a word ends at a separator or at a gap wider than
    WORD_GAP of its height (a layer may space words by position alone)."""
    words: list[LayerWord] = []
    run: list[tuple[str, str, tuple]] = []
    for glyph in list(glyphs) + [None]:
        if run and (glyph is None or _apart(run, glyph)):
            words.append(LayerWord("".join(g[0] for g in run), tuple(g[1] for g in run),
                                   _union([g[2] for g in run])))
            run = []
        if glyph is not None:
            run.append(glyph)
    return words


def _apart(run: list, glyph: tuple) -> bool:
    gap = glyph[2][0] - run[-1][2][2]
    return gap > WORD_GAP * max(g[2][3] - g[2][1] for g in run + [glyph])


# --------------------------------------------------------------------------
# Pairing OCR words with layer words
# --------------------------------------------------------------------------

def _area(box) -> float:
    return max(0.0, box[2] - box[0]) * max(0.0, box[3] - box[1])


def _common(a, b) -> float:
    """The area two boxes share."""
    return _area((max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])))


def _union(boxes) -> tuple[float, float, float, float]:
    """The box around ``boxes``."""
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _overlap(a, b) -> float:
    """The area two boxes share, as a share of the area they cover together."""
    common = _common(a, b)
    covered = _area(a) + _area(b) - common
    return common / covered if common and covered > 0 else 0.0


def _ocr_box(word: dict) -> tuple[float, float, float, float]:
    return (word["left"], word["top"], word["left"] + word["width"], word["top"] + word["height"])


def _inside(inner, outer) -> float:
    """Share of box ``inner`` that lies within box ``outer``."""
    area = _area(inner)
    return _common(inner, outer) / area if area else 0.0


def pairs(ocr_words: list[dict], layer: list[LayerWord]) -> list[tuple[int, LayerWord]]:
    """(index of an OCR word, the layer's reading of it).

    Each layer word goes to the OCR word holding most of it; the pieces an OCR
    word gets are joined left to right (the layer may break a word where its
    font changes), and kept when together they overlap the OCR word enough.
    """
    if not ocr_words or not layer:
        return []
    boxes = [_ocr_box(w) for w in ocr_words]
    # sorting by top lets each layer word look only at OCR words near its line
    order = sorted(range(len(boxes)), key=lambda i: boxes[i][1])
    tops = [boxes[i][1] for i in order]
    tallest = max(b[3] - b[1] for b in boxes)
    pieces: dict[int, list[LayerWord]] = defaultdict(list)
    for word in layer:
        lo = bisect.bisect_left(tops, word.box[1] - tallest)
        hi = bisect.bisect_right(tops, word.box[3])
        share, best = max(((_inside(word.box, boxes[i]), i) for i in order[lo:hi]), default=(0.0, -1))
        if share >= MIN_INSIDE:
            pieces[best].append(word)
    out = []
    for i in sorted(pieces):
        parts = sorted(pieces[i], key=lambda w: w.box[0])
        joined = LayerWord("".join(w.codes for w in parts), tuple(f for w in parts for f in w.fonts),
                           _union([w.box for w in parts]))
        if _overlap(boxes[i], joined.box) >= MIN_OVERLAP:
            out.append((i, joined))
    return out


# --------------------------------------------------------------------------
# Learning the code
# --------------------------------------------------------------------------

def _identity(code: str) -> str | None:
    return code


def _mac_roman(code: str) -> str | None:
    try:
        return code.encode("mac_roman").decode("cp1252")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


def _glyph_ids(code: str) -> str | None:
    n = ord(code)
    return chr(n + 29) if 3 <= n <= 97 else None


MODELS = {"identity": _identity, "mac_roman": _mac_roman, "glyph_ids": _glyph_ids}


class Code:
    """What each (font, code) of a document's broken layers stands for."""

    def __init__(self, votes: dict[tuple[str, str], Counter]):
        self.votes = votes
        by_font: dict[str, dict[str, Counter]] = defaultdict(dict)
        for (font, code), counter in votes.items():
            by_font[font][code] = counter
        #: per font: its way of writing, if one fits; the glyphs learnt from their
        #: own votes; those as sorted (glyph number, offset to its character)
        self.models: dict[str, str] = {}
        self.own: dict[str, dict[int, str]] = {}
        self.runs: dict[str, list[tuple[int, int]]] = {}
        for font, codes in by_font.items():
            self.models[font] = _model(codes)
            self.own[font] = _own_votes(codes)
            self.runs[font] = sorted((n, ord(c) - n) for n, c in self.own[font].items())

    def decode(self, font: str, code: str) -> str | None:
        """The character (font, code) stands for, or None when not known."""
        model = self.models.get(font, "")
        if model == "identity":
            # a font with a map on a page that failed the layer check (a scanner's own
            # OCR, marks dropped): its words are no better than Tesseract's
            return None
        own = self.own.get(font, {}).get(ord(code))
        if model and (letter := MODELS[model](code)) is not None:
            votes = self.votes.get((font, code), Counter())
            if model == "mac_roman" and votes[code] > votes[letter]:
                return code          # pdfium reads some bytes of a symbol font right
            # a code the font's way of writing reads as an odd sign (a symbol
            # font's "£" drawn as "Á"): its own votes, where they agree
            return own if own and not _plain(letter) else letter
        if model == "glyph_ids" and ord(code) >= RUNS_FROM and (letter := self._in_run(font, ord(code))):
            return letter
        return own

    def _in_run(self, font: str, n: int) -> str | None:
        """The character of glyph ``n`` when the nearest learnt glyphs below and
        above it, within RUN_REACH, are offset alike (it sits inside a run)."""
        runs = self.runs.get(font, [])
        k = bisect.bisect_left(runs, (n, -10**9))
        below = runs[k - 1] if k > 0 else None
        above_k = k + 1 if k < len(runs) and runs[k][0] == n else k
        above = runs[above_k] if above_k < len(runs) else None
        if not below or not above or n - below[0] > RUN_REACH or above[0] - n > RUN_REACH:
            return None
        if below[1] != above[1]:
            return None
        letter = chr(n + below[1])
        return letter if letter.isalpha() else None

    def word(self, layer: LayerWord) -> str | None:
        """The layer word decoded, or None when a letter of it is not known."""
        out = []
        for font, code in zip(layer.fonts, layer.codes):
            letter = self.decode(font, code)
            if letter is None or not letter.isprintable():
                return None
            out.append(letter)
        return unicodedata.normalize("NFC", "".join(out))


def _model(codes: dict[str, Counter]) -> str:
    """The way of writing most of a font's votes agree with ('' if none does)."""
    best, best_share = "", 0.0
    for name, model in MODELS.items():
        agree = total = 0
        for code, counter in codes.items():
            if (letter := model(code)) is not None:
                total += sum(counter.values())
                agree += counter[letter]
        share = agree / total if total else 0.0
        if total >= 10 and share >= MIN_MODEL_SHARE and share > best_share:
            best, best_share = name, share
    return best


def _own_votes(codes: dict[str, Counter]) -> dict[int, str]:
    """Code point to character, for the codes whose votes are many and agree."""
    own = {}
    for code, counter in codes.items():
        letter, n = counter.most_common(1)[0]
        if n >= MIN_VOTES and n >= MIN_VOTE_SHARE * sum(counter.values()):
            own[ord(code)] = letter
    return own


def learn(pages: list[tuple[list[dict], list[LayerWord]]]) -> Code:
    """The code of a document's broken layers, from its pages' (OCR words,
    layer words)."""
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for ocr_words, layer in pages:
        for i, word in pairs(ocr_words, layer):
            text = unicodedata.normalize("NFC", ocr_words[i]["text"])
            if len(text) != len(word.codes):
                continue
            for font, code, letter in zip(word.fonts, word.codes, text):
                votes[(font, code)][letter] += 1
    return Code(votes)


def _bare(text: str) -> str:
    """Lower-case letters and digits without marks (đ kept apart from d)."""
    text = unicodedata.normalize("NFD", text.casefold().replace("đ", "\x00"))
    return "".join(c for c in text if not unicodedata.combining(c)).replace("\x00", "đ")


#: Marks a Vietnamese page uses besides letters, digits and ASCII.
TYPOGRAPHIC = set("“”‘’–—…•°º§²³")


def _plain(c: str) -> bool:
    """Whether ``c`` may stand in a word of a Vietnamese page: a code the font's
    way of writing gets wrong gives an odd sign ("GI£M"), and then OCR's word stays."""
    return " " < c <= "~" or c in TYPOGRAPHIC or (c.isalpha() and "LATIN" in unicodedata.name(c, ""))


def _marks(word: str) -> int:
    return sum(not c.isalnum() for c in word)


def mend(ocr_words: list[dict], layer: list[LayerWord], code: Code) -> list[dict]:
    """``ocr_words`` with each word the layer holds, decoded, in place of OCR's."""
    out = [dict(w) for w in ocr_words]
    for i, word in pairs(ocr_words, layer):
        decoded = code.word(word)
        if not decoded or decoded == out[i]["text"] or not all(map(_plain, decoded)):
            continue
        if _marks(decoded) > _marks(out[i]["text"]):
            continue                 # a stroke beside the word ("Cường" and its dash)
        likeness = difflib.SequenceMatcher(a=_bare(decoded), b=_bare(out[i]["text"])).ratio()
        if likeness >= MIN_LIKENESS or out[i]["conf"] < DOUBTFUL:
            out[i]["text"] = decoded
    return out
