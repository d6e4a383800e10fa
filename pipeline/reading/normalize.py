"""Text normalisation applied the same way to every format.

Two jobs, in this order:

1. Legacy 8-bit encodings (``fix_legacy_encoding``). Older Word files and PDFs
   typed with TCVN3 (ABC, ``.VnTime``) or VNI fonts store Vietnamese letters in
   Latin-1 code points; read as Unicode they look like ``Kõ ho¹ch`` (TCVN3) or
   ``Keá hoaïch`` (VNI). They are converted only on evidence: enough
   characteristic characters *and* a clear gain in the share of words that
   are valid Vietnamese syllables, so ordinary Unicode text is never touched.
2. Unicode clean-up (``normalize``): NFC, invisible characters removed, odd
   spaces and bullets unified, one tone-placement convention (``hòa``,
   ``khỏe``, ``thủy``, ``quý``).

``decode_bytes`` turns the bytes of a text file into text, trying the Unicode
encodings first and the Vietnamese 8-bit ones after.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


# --------------------------------------------------------------------------
# Legacy encodings as data
# --------------------------------------------------------------------------

#: TCVN3 (ABC): the Latin-1 character each byte shows as -> the Unicode letter.
#: TCVN3 has no capitals with tone marks: the ``.VnTimeH`` font draws these
#: same codes as capitals, so such text decodes to lowercase.
TCVN3_TO_UNICODE: dict[str, str] = {
    "\u00b5": "à", "\u00b8": "á", "\u00b6": "ả", "\u00b7": "ã", "\u00b9": "ạ",
    "\u00a8": "ă", "\u00bb": "ằ", "\u00be": "ắ", "\u00bc": "ẳ", "\u00bd": "ẵ", "\u00c6": "ặ",
    "\u00a9": "â", "\u00c7": "ầ", "\u00ca": "ấ", "\u00c8": "ẩ", "\u00c9": "ẫ", "\u00cb": "ậ",
    "\u00cc": "è", "\u00d0": "é", "\u00ce": "ẻ", "\u00cf": "ẽ", "\u00d1": "ẹ",
    "\u00aa": "ê", "\u00d2": "ề", "\u00d5": "ế", "\u00d3": "ể", "\u00d4": "ễ", "\u00d6": "ệ",
    "\u00d7": "ì", "\u00dd": "í", "\u00d8": "ỉ", "\u00dc": "ĩ", "\u00de": "ị",
    "\u00df": "ò", "\u00e3": "ó", "\u00e1": "ỏ", "\u00e2": "õ", "\u00e4": "ọ",
    "\u00ab": "ô", "\u00e5": "ồ", "\u00e8": "ố", "\u00e6": "ổ", "\u00e7": "ỗ", "\u00e9": "ộ",
    "\u00ac": "ơ", "\u00ea": "ờ", "\u00ed": "ớ", "\u00eb": "ở", "\u00ec": "ỡ", "\u00ee": "ợ",
    "\u00ef": "ù", "\u00f3": "ú", "\u00f1": "ủ", "\u00f2": "ũ", "\u00f4": "ụ",
    "\u00ad": "ư", "\u00f5": "ừ", "\u00f8": "ứ", "\u00f6": "ử", "\u00f7": "ữ", "\u00f9": "ự",
    "\u00fa": "ỳ", "\u00fd": "ý", "\u00fb": "ỷ", "\u00fc": "ỹ", "\u00fe": "ỵ",
    "\u00ae": "đ", "\u00a1": "Ă", "\u00a2": "Â", "\u00a3": "Ê", "\u00a4": "Ô",
    "\u00a5": "Ơ", "\u00a6": "Ư", "\u00a7": "Đ",
}
UNICODE_TO_TCVN3: dict[str, str] = {u: l for l, u in TCVN3_TO_UNICODE.items()}

#: VNI: a base letter followed by one or two mark characters (as cp1252 shows
#: them). Lowercase marks follow lowercase letters, capital marks capitals.
_VNI_MARKS_LOWER = {"ø": "\u0300", "ù": "\u0301", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_MARKS_UPPER = {k.upper(): v for k, v in _VNI_MARKS_LOWER.items()}
# Vowel shape marks combined with a tone in one character: circumflex (â-series)
# and breve (ê-series, for a only); 'â'/'ê' alone carry no tone.
_VNI_SHAPE_TONE_LOWER = {
    "â": ("\u0302", ""), "á": ("\u0302", "\u0301"), "à": ("\u0302", "\u0300"),
    "å": ("\u0302", "\u0309"), "ã": ("\u0302", "\u0303"), "ä": ("\u0302", "\u0323"),
    "ê": ("\u0306", ""), "é": ("\u0306", "\u0301"), "è": ("\u0306", "\u0300"),
    "ú": ("\u0306", "\u0309"), "ü": ("\u0306", "\u0303"), "ë": ("\u0306", "\u0323"),
}
_VNI_SINGLE = {  # one character standing for a whole letter
    "ô": "ơ", "ö": "ư", "ñ": "đ", "æ": "ỉ", "ò": "ị", "ó": "ĩ", "î": "ỵ",
    "Ô": "Ơ", "Ö": "Ư", "Ñ": "Đ", "Æ": "Ỉ", "Ò": "Ị", "Ó": "Ĩ", "Î": "Ỵ",
}


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for lower in (True, False):
        marks = _VNI_MARKS_LOWER if lower else _VNI_MARKS_UPPER
        shapes = {(k if lower else k.upper()): v for k, v in _VNI_SHAPE_TONE_LOWER.items()}
        for base in "aeiouy":
            b = base if lower else base.upper()
            for m, tone in marks.items():
                if base not in "i":          # i takes single-character forms
                    table[b + m] = unicodedata.normalize("NFC", b + tone)
            for m, (shape, tone) in shapes.items():
                if shape == "\u0306" and base != "a":
                    continue                 # breve only on a
                if shape == "\u0302" and base not in "aeo":
                    continue                 # circumflex only on a, e, o
                table[b + m] = unicodedata.normalize("NFC", b + shape + tone)
        # ơ/ư (single characters) followed by a tone mark
        for letter in ("ô", "ö") if lower else ("Ô", "Ö"):
            for m, tone in marks.items():
                table[letter + m] = unicodedata.normalize("NFC", _VNI_SINGLE[letter] + tone)
    table.update(_VNI_SINGLE)
    return table


VNI_TO_UNICODE: dict[str, str] = _vni_table()
_VNI_RE = re.compile("|".join(sorted(map(re.escape, VNI_TO_UNICODE), key=len, reverse=True)))

# Characters that do not occur in Vietnamese written in Unicode but are frequent
# in legacy text read as Latin-1 / cp1252. Used only as the first cheap test.
TCVN3_SIGNAL = set("\u00b5\u00b8\u00b6\u00b7\u00b9\u00a8\u00a9\u00aa\u00ab\u00ac\u00ae"
                   "\u00bb\u00be\u00bc\u00bd\u00c6\u00c7\u00cb\u00ce\u00cf\u00d0\u00d1"
                   "\u00d6\u00d7\u00d8\u00dc\u00de\u00df\u00e4\u00e5\u00e6\u00e7\u00eb"
                   "\u00ee\u00ef\u00f1\u00f6\u00f7\u00f8\u00fb\u00fc\u00fe"
                   "\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7")
VNI_SIGNAL = set("øûïåäëüñöØÛÏÅÄËÜÑÖ")
#: Minimum number of signal characters before a conversion is even tried. Kept
#: low (a one-line VNI file has 4) because the syllable-gain and Unicode-letter
#: tests below are what protect Unicode text; this only skips needless work.
MIN_LEGACY_SIGNALS = 3
#: A conversion is kept only when the share of valid Vietnamese syllables rises
#: by at least this much (absolute). Real TCVN3/VNI text gains 0.3-0.6; Unicode
#: text loses syllables under either conversion, so 0.15 leaves a wide margin.
MIN_SYLLABLE_GAIN = 0.15
#: Legacy text read as Latin-1 holds (almost) no letters that only Unicode
#: Vietnamese has; when they number more than this share of the signal
#: characters the text is Unicode already, whatever the syllable count says
#: (converting Unicode keeps many words syllable-shaped: công -> cụng).
MAX_UNICODE_LETTER_RATIO = 0.1
_UNICODE_VN_LETTER_RE = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")
#: Characters examined when deciding (enough for a stable share, cheap on books).
DETECT_SAMPLE = 20000


def tcvn3_to_unicode(text: str) -> str:
    return "".join(TCVN3_TO_UNICODE.get(c, c) for c in text)


def vni_to_unicode(text: str) -> str:
    return _VNI_RE.sub(lambda m: VNI_TO_UNICODE[m.group(0)], text)


def encode_tcvn3(text: str) -> bytes:
    """Unicode text as TCVN3 bytes. Capitals with tone marks (which TCVN3
    lacks) are written as their lowercase codes, as .VnTimeH documents do."""
    out = []
    for c in unicodedata.normalize("NFC", text):
        code = UNICODE_TO_TCVN3.get(c)
        if code is None and c.lower() in UNICODE_TO_TCVN3 and not c.isascii():
            code = UNICODE_TO_TCVN3[c.lower()]
        out.append(code if code is not None else c)
    return "".join(out).encode("latin-1", errors="replace")


_LEGACY_CONVERTERS = {"TCVN3": tcvn3_to_unicode, "VNI": vni_to_unicode}


def detect_legacy_encoding(text: str, min_signals: int = MIN_LEGACY_SIGNALS) -> str | None:
    """'TCVN3', 'VNI' or None, decided on a sample of ``text`` (see module doc).

    ``min_signals`` may be lowered for short strings such as a file's title
    property; the syllable-gain test still has to pass.
    """
    sample = text[:DETECT_SAMPLE]
    candidates = []
    if sum(c in TCVN3_SIGNAL for c in sample) >= min_signals:
        candidates.append("TCVN3")
    if sum(c in VNI_SIGNAL for c in sample) >= min_signals:
        candidates.append("VNI")
    if not candidates:
        return None
    signals = sum(c in TCVN3_SIGNAL or c in VNI_SIGNAL for c in sample)
    if len(_UNICODE_VN_LETTER_RE.findall(sample)) > MAX_UNICODE_LETTER_RATIO * signals:
        return None
    base = syllable_share(sample)
    best, best_score = None, base + MIN_SYLLABLE_GAIN
    for name in candidates:
        score = syllable_share(_LEGACY_CONVERTERS[name](sample))
        if score >= best_score:
            best, best_score = name, score
    return best


_TCVN3_SIGNAL_RE = re.compile("[" + re.escape("".join(sorted(TCVN3_SIGNAL))) + "]")
_VNI_SIGNAL_RE = re.compile("[" + re.escape("".join(sorted(VNI_SIGNAL))) + "]")


def may_hold_legacy(text: str, min_signals: int = MIN_LEGACY_SIGNALS) -> bool:
    """False when no piece of ``text`` can be detected as legacy text: detection
    needs ``min_signals`` signal characters of one encoding in the piece, and a
    piece holds no more of them than the whole. One pass, so a Unicode document
    need not be tested paragraph by paragraph."""
    return (len(_TCVN3_SIGNAL_RE.findall(text)) >= min_signals
            or len(_VNI_SIGNAL_RE.findall(text)) >= min_signals)


def convert_legacy(text: str, encoding: str) -> str:
    return _LEGACY_CONVERTERS[encoding](text)


def fix_legacy_encoding(text: str, min_signals: int = MIN_LEGACY_SIGNALS) -> tuple[str, str | None]:
    """Convert TCVN3 or VNI text to Unicode when the evidence says it is one."""
    enc = detect_legacy_encoding(text, min_signals)
    return (convert_legacy(text, enc), enc) if enc else (text, None)


# --------------------------------------------------------------------------
# Vietnamese syllables (used for encoding and text-layer checks)
# --------------------------------------------------------------------------

_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
#: onset, nucleus (1-3 vowels), coda; lax on vowel clusters on purpose — the
#: aim is to tell language from mojibake, not to spell-check.
SYLLABLE_RE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"[aăâeêioôơuưy]{1,3}"
    r"(?:ch|ng|nh|[cmnpt])?"
)
_TOKEN_STRIP = ".,;:!?()[]{}\"'“”‘’…*«»<>-–—/"
_HAS_DIGIT_RE = re.compile(r"\d")


@lru_cache(maxsize=65536)      # a text repeats the same few thousand words
def is_syllable(word: str) -> bool:
    """True when ``word`` (any case) is shaped like one Vietnamese syllable."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(c in _TONE_MARKS for c in decomposed)
    if tones > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    if tones and STOP_FINAL_RE.search(bare) and not any(c in _STOP_TONES for c in decomposed):
        return False            # a closed syllable ending -p, -t, -c, -ch takes only sắc or nặng
    return SYLLABLE_RE.fullmatch(bare) is not None


#: The stop finals, and the only tones a syllable ending in one can carry (sắc, nặng):
#: "chủt" is no syllable, so "CHỦ T Ị CH" rejoins as "CHỦ TỊCH".
STOP_FINAL_RE = re.compile(r"[aăâeêioôơuưy](?:ch|[ptc])$")
_STOP_TONES = {"\u0301", "\u0323"}


#: An acronym: capitals alone ("STT", "PKN", "QĐ", "UBND"), not a syllable but no sign
#: of a broken font either (those garble letters into marks: "Céng hßa").
_ACRONYM_RE = re.compile(r"[A-ZĐ]{2,6}")


def syllable_share(text: str) -> float:
    """Share of word tokens (tokens with digits and punctuation left out) that are
    Vietnamese syllables; 0.0 for text without words."""
    valid = total = 0
    for tok in text.split():
        tok = tok.strip(_TOKEN_STRIP)
        if not tok or _HAS_DIGIT_RE.search(tok) or _ACRONYM_RE.fullmatch(tok):
            continue                                # numbers, codes like M36, acronyms like STT, PKN
        total += 1
        valid += is_syllable(tok)
    return valid / total if total else 0.0


# --------------------------------------------------------------------------
# Bytes of text files
# --------------------------------------------------------------------------

#: Share of NUL bytes above which BOM-less bytes are taken for UTF-16
#: (ASCII-heavy UTF-16 is ~50% NULs; 8-bit text has none).
UTF16_NUL_SHARE = 0.2


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Decode a text file: BOMs, UTF-8, UTF-16, then Vietnamese 8-bit encodings.

    Returns (text, encoding name). 8-bit candidates (cp1258, TCVN3, VNI, cp1252)
    are ranked by their share of valid Vietnamese syllables.
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace"), "utf-16"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    sample = raw[:DETECT_SAMPLE]
    if sample and sample.count(0) / len(sample) > UTF16_NUL_SHARE:
        le = sample[1::2].count(0) > sample[0::2].count(0)
        enc = "utf-16-le" if le else "utf-16-be"
        return raw.decode(enc, errors="replace"), enc
    latin = raw.decode("latin-1")
    legacy = detect_legacy_encoding(latin)
    if legacy:
        return convert_legacy(latin, legacy), legacy
    cp1258 = unicodedata.normalize("NFC", raw.decode("cp1258", errors="replace"))
    cp1252 = raw.decode("cp1252", errors="replace")
    if syllable_share(cp1258) > syllable_share(cp1252):
        return cp1258, "cp1258"
    return cp1252, "cp1252"


# --------------------------------------------------------------------------
# Unicode clean-up
# --------------------------------------------------------------------------

#: Invisible characters dropped outright: soft hyphen, zero-width space/joiners,
#: word joiner, BOM / non-character left by PDF extraction.
INVISIBLE_RE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffe]")
#: C0/C1 control characters other than tab and newline (garbage from PDF fonts).
CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: Spaces of every width, including NBSP and tabs, become one plain space.
SPACE_RE = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
#: Private-use characters are symbol-font bullets (Wingdings, Symbol).
PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff]")
#: Bullet glyphs at the start of a line become the '-' Vietnamese lists use.
BULLET_RE = re.compile(r"(?m)^[ \t]*[•●▪◦■□❖➢►✓]\s*")
#: Hyphen look-alikes that mean '-' (hyphen, non-breaking hyphen, minus); en
#: and em dashes are kept as written.
HYPHEN_RE = re.compile("[\u2010\u2011\u2212]")
#: Slash look-alikes (fraction slash from OCR, division slash) in symbols like 1105/KH.
SLASH_RE = re.compile("[\u2044\u2215]")

# Tone placement: tone on the first vowel of open 'oa', 'oe', 'uy' (hòa, khỏe,
# thủy) and on 'y' after the 'qu' onset (quý). The following lookahead keeps
# closed syllables (hoàn, khoèo, quỳnh) as they are.
_NOT_LETTER_AFTER = r"(?![^\W\d_])"
_TONE_SHIFT_RE = re.compile(
    r"(?<![qQ])([oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])" + _NOT_LETTER_AFTER
    + r"|(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])" + _NOT_LETTER_AFTER
)
_QU_TONE_RE = re.compile(r"([qQ])([ùúủũụÙÚỦŨỤ])([yY])" + _NOT_LETTER_AFTER)


def _split_tone(c: str) -> tuple[str, str]:
    d = unicodedata.normalize("NFD", c)
    tone = "".join(x for x in d if x in _TONE_MARKS)
    base = unicodedata.normalize("NFC", "".join(x for x in d if x not in _TONE_MARKS))
    return base, tone


def _move_tone_left(m: re.Match) -> str:
    first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    base, tone = _split_tone(second)
    return unicodedata.normalize("NFC", first + tone) + base


def _move_tone_to_y(m: re.Match) -> str:
    base, tone = _split_tone(m.group(2))
    return m.group(1) + base + unicodedata.normalize("NFC", m.group(3) + tone)


def normalize_tone_placement(text: str) -> str:
    """hoà→hòa, khoẻ→khỏe, thuỷ→thủy, qúy→quý (text must be NFC)."""
    text = _TONE_SHIFT_RE.sub(_move_tone_left, text)
    return _QU_TONE_RE.sub(_move_tone_to_y, text)


#: Spaces at the start or end of a line.
LINE_EDGE_SPACES_RE = re.compile(r"(?m)^ +| +$")
#: A year a web page split in two ("năm 20 23"): only after "năm", where "20" can
#: only be the year's first half.
SPLIT_YEAR_RE = re.compile(r"(?<=\bnăm )(19|20) (\d\d)\b")
#: A comma a copy glued to the next word ("Môi trường,Khoa học và Công nghệ"): between
#: letters it always separates two words (a decimal comma stands between digits).
GLUED_COMMA_RE = re.compile(r"(?<=[^\W\d_]),(?=[^\W\d_])")
#: A day, month or year word a copy glued to its figure ("ngày29/5/2012", "04tháng 5",
#: "ĐẾN NĂM2020"): the word and the figure are always apart.
DATE_WORD_GLUED_RE = re.compile(r"(?i)(?<![^\W\d_])(ngày|tháng|năm)(?=\d)|(?<=\d)(ngày|tháng|năm)(?![^\W\d_])")
#: "Ủy ban" whose first letter a font or copy lost ("Chánh Văn phòng y ban nhân dân tỉnh"): a
#: lone "y" never opens "ban nhân dân".
LOST_U_RE = re.compile(r"(?<![^\W\d_])y(?= ban nhân dân\b)")
#: The Icelandic eth some news sites type for the Vietnamese capital D with stroke
#: ("Ðiện Biên", "Ðồng thời"): Vietnamese has no eth, and rules look for "Đ".
ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


# A line break some sites store as the four characters "\r\n" and show as they are.
ESCAPED_BREAK_RE = re.compile(r"\\r\\n")


def normalize(text: str) -> str:
    """NFC, invisible and control characters out, spaces and bullets unified.
    Line breaks are kept (and those a site wrote out as "\\r\\n" restored); spaces at
    line ends are dropped."""
    text = ESCAPED_BREAK_RE.sub("\n", unicodedata.normalize("NFC", text))
    text = INVISIBLE_RE.sub("", text)
    text = CONTROL_RE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = PRIVATE_USE_RE.sub("-", text)
    text = BULLET_RE.sub("- ", text)
    text = HYPHEN_RE.sub("-", text)
    text = SLASH_RE.sub("/", text)
    text = SPACE_RE.sub(" ", text)
    text = LINE_EDGE_SPACES_RE.sub("", text)
    text = SPLIT_YEAR_RE.sub(r"\1\2", text)
    text = GLUED_COMMA_RE.sub(", ", text)
    text = DATE_WORD_GLUED_RE.sub(_date_word_apart, text)
    text = LOST_U_RE.sub("Ủy", text)
    text = text.translate(ETH)
    # tone placement is left as the document writes it ("hoá" or "hóa"): quotes must
    # match the document; extraction reads a copy with one placement
    return join_split_surnames(join_split_syllables(text))


#: The commonest family names, long enough that their letters spaced apart cannot be
#: another word: "Ngu y ễn Hữu Tín", the signer of an OCR that spaced its letters.
SURNAMES = ("Nguyễn", "Trần", "Hoàng", "Huỳnh", "Phạm", "Phan", "Đặng", "Dương", "Trương", "Trịnh")
SPLIT_SURNAME_RE = re.compile(r"(?<!\w)(?:" + "|".join("[ ]?".join(name) for name in SURNAMES)
                              + r")(?=[ ]\w)")


def join_split_surnames(text: str) -> str:
    """A family name a stray space split ("Ngu y ễn Văn An") written whole, where a
    capitalised given name follows it."""
    def whole(m: re.Match) -> str:
        split = " " in m.group(0) and text[m.end() + 1:m.end() + 2].isupper()
        return m.group(0).replace(" ", "") if split else m.group(0)
    return SPLIT_SURNAME_RE.sub(whole, text)


def _date_word_apart(m: re.Match) -> str:
    return m.group(1) + " " if m.group(1) else " " + m.group(2)


# --------------------------------------------------------------------------
# Words split by stray spaces
# --------------------------------------------------------------------------

#: A run of letters (no digits, no underscore).
LETTERS_RE = re.compile(r"[^\W\d_]+")
#: Longest piece of a split syllable ("ngh" + "ĩa"); longer runs are words.
SPLIT_PIECE_MAX = 3


#: A lettered point's mark, never the rest of a split syllable ("khu vực V a) Chủ trì …").
ITEM_LETTER = re.compile(r"[a-zđ]\)")


def join_split_syllables(text: str) -> str:
    """Syllables split by a stray space ("s ố người", "PH Ủ", "Hà N ội") joined again.

    Two letter runs one space apart are joined only where one of them is not a
    Vietnamese syllable, their join is one, one piece is short, and the case fits
    (a lowercase second piece, or both in capitals). A unit after a figure
    ("5 m ở giữa") is never joined: "m" is a word there.
    """
    out, last, prev = [], 0, None        # prev: (start, end) of the word before
    word = ""                            # that word as joined so far ("Đ i ều": "Đi", then "Điều")
    for m in LETTERS_RE.finditer(text):
        if prev is not None and m.start() == prev[1] + 1 and text[prev[1]] == " " \
                and _split(word, m.group(0)) and not _after_figure(text, prev[0]) \
                and not ITEM_LETTER.match(text, m.start()) and not _in_slashed_mark(text, prev[0]) \
                and not _cut_letter(text, m):
            out.append(text[last:prev[1]])
            last = m.start()             # drop the space
            prev = (prev[0], m.end())
            word += m.group(0)
            continue
        prev = (m.start(), m.end())
        word = m.group(0)
    out.append(text[last:])
    return "".join(out)


#: Vowel pairs a syllable's nucleus may be split between, the tone on the second
#: ("Đi|ều", "tu|ổi", "hi|ện", "tu|ần"); "đi ở", "qua ải", "cho ảnh" are two words.
NUCLEUS_SEAMS = {"iê", "uô", "ươ", "uâ", "uê"}
#: A first piece ending in two vowels is a whole rhyme already ("lưu ý" are two words).
TWO_VOWELS_END_RE = re.compile(r"[aăâeêioôơuưy]{2}$")


def _cut_letter(text: str, m: re.Match) -> bool:
    """A lone letter that ends the text is a word the copy cut ("… và 70% hồ sơ c"), not
    the rest of the syllable before it."""
    return len(m.group(0)) == 1 and m.group(0).islower() and not text[m.end():].strip()


def _in_slashed_mark(text: str, start: int) -> bool:
    """The word at ``start`` ends a mark written with a slash: "T/M ỦY BAN", "K/T CHỦ
    TỊCH", "V/v" — a letter of an abbreviation, never a piece of the next word."""
    return start > 0 and text[start - 1] == "/"


def _split(a: str, b: str) -> bool:
    if min(len(a), len(b)) > SPLIT_PIECE_MAX:
        return False
    if is_syllable(a) and is_syllable(b) and not _rhyme_split(a, b):
        return False
    if not (b.islower() or (a.isupper() and b.isupper())):
        return False
    return is_syllable(a + b)


def _rhyme_split(a: str, b: str) -> bool:
    """Two pieces that are each shaped like a syllable but are one split inside its
    vowels ("Đi ều", "tu ổi"): the first is toneless, the second carries the tone
    and the vowels at the seam make one nucleus, which needs its final sound ("dân
    cư ở" are two words: "ươ" never ends a syllable). Two real words meet so ("và y tế") only when the first
    has the tone, which this excludes."""
    return not _tone_count(a) and _tone_count(b) == 1 \
        and (a[-1] + _bare(b[0])).lower() in NUCLEUS_SEAMS \
        and not TWO_VOWELS_END_RE.search(a.lower()) and len(b) > 1


def _tone_count(word: str) -> int:
    return sum(c in _TONE_MARKS for c in unicodedata.normalize("NFD", word))


def _bare(c: str) -> str:
    """The letter without its tone mark (the vowel's own mark kept)."""
    return unicodedata.normalize("NFC", "".join(
        x for x in unicodedata.normalize("NFD", c) if x not in _TONE_MARKS))


def _after_figure(text: str, start: int) -> bool:
    """The word at ``start`` follows a figure ("5 m", "100.000 đ")."""
    return start >= 2 and text[start - 1] == " " and text[start - 2].isdigit()
