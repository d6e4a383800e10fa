"""Words of an OCR'd page that the rules look for, mended where only their marks are wrong.

Specks first: a mark standing alone between words ("Sở Tư # pháp"), a stop or quote
after a word that makes a common pair with the next ("QUYẾT. ĐỊNH", "Tờ. trình") and a
mark glued before a document's number ("số -142/2005/NĐ-CP") are read as spaces, and a
code's last letter in small type set apart ("817/TT r-SXD") is read with its code.

Tesseract often misreads a Vietnamese mark ("Để nghị" for "Đề nghị", "Ủy ban nhàn dân" for
"Ủy ban nhân dân", "phổi hợp" for "phối hợp"), and the rules, which read words, then miss
a request, a body or a role. On the pages read by OCR, a run of words that matches one of
the phrases below but for its marks is read as the phrase. A phrase and its misreading
have the same length, so every offset stays valid; the saved text keeps what the page
says, and quotes are cut from it.

Only phrases of two words or more, each found in the duties or goals of real plans, are
mended: a single syllable may be another word.

A syllable no Vietnamese word can be (one ending in p, t, c or ch without the rising or
the heavy tone: "câp", "chât", "xuât") takes the marks of the syllable of the same
letters that its neighbours pair with most, else the commonest ("cấp", "chất", "xuất").

A syllable in small letters (or with only its first letter a capital), which the OCR
reads better, is mended only where each neighbour pairs with the other marks RARER_BY
times as often as with the marks read, and with the marks read too seldom to make a word
("quy định chỉ tiết thi hành" is "chi tiết", "Sở Tự pháp" is "Sở Tư pháp"; "dựa vào" and
"truyền thống" stay, though "đưa vào" and "truyền thông" are commoner).

A marked syllable in capitals made of letters whose two sizes look alike ("các SỞ, ngành")
inside a sentence in small letters is in small letters.

A run of syllables in capitals (a title, a heading), where the OCR loses most marks
and often several side by side ("PHONG CHONG BẸNH LƠ MOM LONG MONG"), is read as a whole:
of all the ways to mark its syllables, the likeliest given how the clean, digitally born
plans and decisions pair syllables and how seldom the OCR misreads a mark in capitals
("PHÒNG CHỐNG BỆNH LỞ MỒM LONG MÓNG", "PHÓ THỦ TƯỚNG", "THÀNH PHỐ CẦN THƠ"). The pair
counts are in ``data/syllable_pairs.tsv.gz`` (``reading/syllables.py`` reads it); the
pairs inside the words of underthesea's dictionary count as pairs seen too.
"""
from __future__ import annotations

import math
from bisect import bisect_left
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import regex as re

from pipeline.extraction.registry import fold
from pipeline.models import Document
from pipeline.reading.syllables import dictionary_pairs, syllable_counts as _counts, syllable_pairs as _pairs

PHRASES = (
    "đề nghị", "chủ trì", "phối hợp", "hằng năm", "có trách nhiệm", "chịu trách nhiệm", "tổ chức thực hiện",
    "triển khai thực hiện", "theo dõi", "đôn đốc", "hướng dẫn", "báo cáo", "tham mưu", "phân công nhiệm vụ",
    "Ủy ban nhân dân", "Hội đồng nhân dân", "nhân dân", "Mặt trận Tổ quốc", "chủ tịch", "giám đốc",
    "thủ trưởng", "các sở, ban, ngành", "các xã, phường", "đặc khu", "thành phố", "trực thuộc Trung ương",
    "văn phòng", "công an", "tài chính", "xây dựng", "nội vụ", "tư pháp", "Y tế", "Giáo dục và Đào tạo",
    "Khoa học và Công nghệ", "Nông nghiệp và Môi trường", "Công Thương", "Văn hóa, Thể thao và Du lịch",
    "Dân tộc và Tôn giáo", "viễn thông", "doanh nghiệp", "kế hoạch", "quyết định",
)


#: A syllable is read with other marks only where they stand beside its neighbours this
#: many times in the clean texts, and the marks as read never do.
MIN_PAIR_EVIDENCE = 3
#: ... and only where the syllable as read is this many times rarer than with those marks
#: (a common word in an unusual pair, "phường Tân Phong", stays as it is), or where each
#: neighbour makes a pair with the other marks this many times (MIN_PAIR_EVIDENCE).
RARER_BY = 20
#: ... and where the syllable has one neighbour only, that pair this many times.
ONE_SIDED_EVIDENCE = 50
SYLLABLE = re.compile(r"[^\W\d_]+")
#: A character that joins a syllable into a code ("13-KH/TU", "QĐ-UBND").
CODE_MARK = re.compile(r"[/\-\d]")
#: What may stand between two syllables of one pair: spaces only.
PAIR_GAP = re.compile(r"[ \t]+")
#: ... and, when mending, one line break too: a title or a sentence wrapped at the page's
#: edge goes on ("… thủ tục cấp" over "Giây phép vận chuyển").
MEND_GAP = re.compile(r"[ \t]*\n?[ \t]*")


def mend_ocr_pages(doc: Document, text: str) -> str:
    """``text`` with the phrases, then single syllables, mended on the document's OCR'd
    pages (same length)."""
    if not doc.ocr_pages:
        return text
    chars = list(text)
    for page in doc.pages:
        if page.ocr:
            _blank_stray_marks(text, chars, page.start, page.end)
    text = "".join(chars)
    # (a title and its restatement are two readings of the page: compared as the OCR gave
    # them, before the pair model mends either)
    settled = _restated_capitals(doc, text, chars)
    text = "".join(chars)
    for page in doc.pages:
        if page.ocr:
            for m in _pattern().finditer(text, page.start, page.end):
                _mend_phrase(m.group(0), m.start(), chars)
    mended = "".join(chars)
    for page in doc.pages:
        if page.ocr:
            _mend_syllables(mended, chars, page.start, page.end)
            _mend_case(mended, chars, page.start, page.end)
    mended = "".join(chars)
    for page in doc.pages:
        if page.ocr:
            _mend_capitals(mended, chars, page.start, page.end, settled)
    _mend_first_part(doc, "".join(chars), chars)
    return "".join(chars)


#: A part's heading in capitals numbered "1." on a line of its own, the second part's, and
#: the first part's as printed.
ONE_OVER_CAPITALS = re.compile(r"(?m)^[ \t]*(?P<one>1)[.:][ \t]+(?=\p{Lu})[^\n\p{Ll}]{3,}$")
SECOND_PART = re.compile(r"(?m)^[ \t]*II[.:][ \t]+\p{Lu}{2,}")
FIRST_PART = re.compile(r"(?m)^[ \t]*I[.:][ \t]+\p{Lu}")


def _mend_first_part(doc: Document, text: str, chars: list[str]) -> None:
    """The OCR reads a part's "I." as "1." ("1. CÔNG TÁC QUẢN LÝ NHÀ NƯỚC …"): where a
    second part "II." follows and no "I." comes before it, the first heading in capitals
    numbered "1." on an OCR'd page is part I."""
    second = SECOND_PART.search(text)
    if not second or FIRST_PART.search(text, 0, second.start()):
        return
    one = ONE_OVER_CAPITALS.search(text, 0, second.start())
    if one and doc.page_at(one.start("one")) in doc.ocr_pages:
        chars[one.start("one")] = "I"


#: Letters whose small and capital forms differ only in size, which the OCR often gets
#: wrong ("các SỞ, ngành" for "các sở, ngành").
SIZE_ONLY = frozenset("COSUVWXZ")


def _mend_case(text: str, chars: list[str], start: int, end: int) -> None:
    """A marked syllable in capitals made only of such letters, between two words in small
    letters, is in small letters: an acronym has no marks, and a word in capitals inside
    a running sentence is a misread size."""
    words = list(SYLLABLE.finditer(text, start, end))
    for before, m, after in zip(words, words[1:], words[2:]):
        word = m.group(0)
        if not (len(word) > 1 and word.isupper() and fold(word) != word and set(fold(word)) <= SIZE_ONLY):
            continue
        if before.group(0).islower() and after.group(0).islower():
            chars[m.start():m.end()] = word.lower()
        elif after.group(0).istitle() and (not before.group(0).isupper() or "\n" in text[before.end():m.start()]):
            # (before a name's next word, it opens the name: "1. SỞ Giáo dục và Đào tạo:" is "Sở")
            chars[m.start():m.end()] = word[0] + word[1:].lower()


def mended_words(own: str, before: str, after: str) -> str:
    """``own`` with each word that mending changed (``before`` -> ``after``, all three of
    the same length) taken from ``after``, and each stray mark it blanked blank: the
    document's spelling, its OCR'd marks mended."""
    if before == after:
        return own
    chars = list(own)
    for m in SYLLABLE.finditer(after):
        if after[m.start():m.end()] != before[m.start():m.end()]:
            chars[m.start():m.end()] = after[m.start():m.end()]
    for k, (was, now) in enumerate(zip(before, after)):
        if now == " " and was != now:
            chars[k] = " "
    return "".join(chars)


#: Specks the OCR reads as marks standing alone between words ("Sở Tư # pháp", "Tờ trình
#: số 373/TT- TY ¬ ngày", "QUẢN ' LÝ").
STRAY_TOKEN = re.compile(r"(?<=[ \t])[|\\#¬~`'‘’_^€¡¦‹›]{1,3}(?=[ \t])"
                         # (or glued to the next item of a list: "…, 'Giám đốc Sở Tài chính")
                         r"|(?<=[,;][ \t]+)['`](?=\p{L})")
#: ... one glued before a document's number ("Nghị định số -142/2005/NĐ-CP", "Công văn số:
#: .240/CN-KH").
STRAY_BEFORE_NUMBER = re.compile(r"(?<=[ \t])[-.](?=\d+[ \t]*/)")
#: ... and one read as a full stop or a quote after a word ("QUYẾT. ĐỊNH", "Tờ. trình", "có
#: trách . nhiệm"), or at a line's end inside a wrapped title ("KHU CÔNG." / "NGHỆ CAO"),
STRAY_STOP = re.compile(r"(?<=(?P<first>\p{L}+)[ \t]{0,2})[.'`‘’](?=(?:[ \t]+|[ \t]*\n[ \t]*)(?P<second>\p{L}+))")
#: where the words on both sides make a pair this common in the clean texts, and the second
#: is no new sentence (small letters, or capitals after capitals): a word split by a stop
#: would not pair so often. (Not a comma: "PHÒNG, CHỐNG" is written with one.)
STRONG_PAIR = 20
#: A speck inside a phrase (below), which no phrase is written with: "Ủy ban: Nhân dân",
#: "Uỷ ban nhân - dân các xã", "tổ chức. thực hiện", "chịu | trách nhiệm", "Giám: đốc".
PHRASE_SPECK = re.compile(r"[-–:.'_|‘’`]")
PHRASE_GAP = re.compile(r"[ \t]+")
#: A code's last letter in small type ("TTr" for Tờ trình, "TTg" for Thủ tướng) that the
#: OCR set apart or read with a stroke before it: "817/TT r-SXD", "2975/TTIr-CAT".
SPLIT_CODE_TAIL = re.compile(r"(?<=\d[ \t]*/(?:[ \t]*\p{Lu}{1,6}[ \t]*[-–/])*[ \t]*\p{Lu}{1,3})(?:[ \t]|[Il|])"
                             r"(?=(?P<tail>[rg])(?![\p{L}\d]))")


def _blank_stray_marks(text: str, chars: list[str], start: int, end: int) -> None:
    """Blank in ``chars`` the specks of ``text[start:end]``, and join a code's small letter
    back to it (same length: the letter moves, a space takes its place)."""
    for m in STRAY_TOKEN.finditer(text, start, end):
        chars[m.start():m.end()] = " " * (m.end() - m.start())
    for m in STRAY_BEFORE_NUMBER.finditer(text, start, end):
        chars[m.start()] = " "
    for m in SPLIT_CODE_TAIL.finditer(text, start, end):
        chars[m.start():m.end() + 1] = m["tail"] + " "      # "TT r-" -> "TTr -": one code
    pairs = _pairs()
    text = "".join(chars)                   # (a stop before a lone speck: "trách . _ nhiệm")
    for m in STRAY_STOP.finditer(text, start, end):
        first, second = m["first"], m["second"]
        new_sentence = not (second.islower() or first.isupper() and second.isupper() and len(first) > 1)
        if not new_sentence and pairs.get((first.lower(), second.lower()), 0) >= STRONG_PAIR:
            chars[m.start()] = " "


def _mend_phrase(read: str, start: int, chars: list[str]) -> None:
    """Read ``read`` (found at ``start``) as the phrase it matches: its specks blanked and
    its letters given the phrase's marks, where its words are in the phrase's case (any case
    for a phrase of three words or more, written in title case by older texts: "Ủy ban:
    Nhân dân", where a stop after two words could end a sentence: "thành công. An")."""
    clean = PHRASE_SPECK.sub(" ", read)
    words = PHRASE_GAP.sub(" ", clean.strip())
    variants = [p for p in _phrases().get(fold(words), ()) if len(p) == len(words)]
    right = next((p for p in variants if _same_case(p, words)), None)
    if right is None and clean != read and variants and words.count(" ") >= 2:
        right = words
    if right is None:
        return
    letters = [k for k, c in enumerate(clean) if not c.isspace()]
    for k, c in zip(letters, right.replace(" ", "")):
        chars[start + k] = c
    for k, (was, now) in enumerate(zip(read, clean)):
        if was != now:
            chars[start + k] = " "


def adjacent_pairs(text: str) -> Iterator[tuple[str, str]]:
    """Each pair of syllables with only spaces between them."""
    prev = None
    for m in SYLLABLE.finditer(text):
        if prev is not None and PAIR_GAP.fullmatch(text, prev.end(), m.start()):
            yield prev.group(0), m.group(0)
        prev = m


def _mend_syllables(text: str, chars: list[str], start: int, end: int) -> None:
    """Mend in ``chars`` each syllable of ``text[start:end]`` whose pairs with its
    neighbours, as read, never occur in the clean texts while the same letters with other
    marks make pairs that do (the left neighbour as mended, the right one as read)."""
    pairs, forms, counts = _pairs(), _forms(), _counts()
    words = list(SYLLABLE.finditer(text, start, end))
    left = None                             # the previous syllable as mended, when adjacent
    for k, m in enumerate(words):
        read = m.group(0).lower()
        nxt = words[k + 1] if k + 1 < len(words) else None
        right = nxt.group(0).lower() if nxt and MEND_GAP.fullmatch(text, m.end(), nxt.start()) else None

        def seen(form: str) -> int:
            return pairs.get((left, form), 0) + pairs.get((form, right), 0)

        def outweighs(form: str, other: str) -> bool:
            """Each neighbour pairs with ``form`` at least MIN_PAIR_EVIDENCE times and
            RARER_BY times as often as with ``other``, and with ``other`` too seldom to
            make it a word ("truyền thống" stays, though "truyền thông" is commoner)."""
            sides = [(p, q) for p, q in (((left, form), (left, other)), ((form, right), (other, right)))
                     if None not in p]
            # (a syllable with one neighbour, its line begun after a column's other line,
            # "… năm 2026" over "Giây phép vận chuyển", needs that one pair ONE_SIDED times)
            least = MIN_PAIR_EVIDENCE if len(sides) == 2 else ONE_SIDED_EVIDENCE
            return bool(sides) and all(pairs.get(q, 0) < MIN_PAIR_EVIDENCE
                                       and pairs.get(p, 0) >= max(least, RARER_BY * pairs.get(q, 0))
                                       for p, q in sides)

        impossible = _no_such_syllable(read) and not _in_code(text, m)
        if impossible:
            # (then any syllable of the same letters that can be is likelier: the one its
            # neighbours pair with most, else the commonest)
            best = max((f for f in forms.get(fold(read), ()) if not _no_such_syllable(f) and _keeps_strokes(read, f)),
                       key=lambda f: (seen(f), counts.get(f, 0), f), default=read)
        else:
            best = max((f for f in forms.get(fold(read), ()) if _keeps_strokes(read, f)),
                       key=lambda f: (seen(f), f), default=read)
        other_marks = best != read and len(best) == len(read)
        if other_marks and (_small(m.group(0)) and outweighs(best, read)
                            or impossible and counts.get(best, 0) >= MIN_PAIR_EVIDENCE):
            chars[m.start():m.end()] = _cased(best, m.group(0))
            read = best
        left = read if right is not None else None


#: How much likelier a syllable in capitals is as the OCR read it than with other marks:
#: about one in fifty is misread (121 of 7,290 on scanned copies of annotated plans),
#: so reading another costs log(55).
MISREAD_COST = math.log(55)
#: The weight of the pair itself against the syllable's own frequency when scoring what
#: follows a syllable (interpolated, so a pair never seen still has a chance).
PAIR_WEIGHT = 0.9


def _mend_capitals(text: str, chars: list[str], start: int, end: int, settled: frozenset[int] = frozenset()) -> None:
    """Each run of syllables in capitals in ``text[start:end]``, side by side, takes the
    marks that make it likeliest (its neighbours in small letters as read); a syllable a
    restatement settled (``settled``: where it starts) stays as it is."""
    for run in _capital_runs(text, start, end):
        reads = [m.group(0).lower() for m in run]
        before = _neighbour(text, run[0].start(), -1)
        after = _neighbour(text, run[-1].end(), 1)
        fixed = [m.start() in settled for m in run]
        for m, form in zip(run, _likeliest(reads, before, after, fixed)):
            if form != m.group(0).lower():
                chars[m.start():m.end()] = _cased(form, m.group(0))


def _capital_runs(text: str, start: int, end: int) -> Iterator[list]:
    """The runs of syllables in capitals with only spaces and line breaks (one at a time)
    between them (codes excluded)."""
    run: list = []
    for m in SYLLABLE.finditer(text, start, end):
        if _in_capitals(text, m) and run and MEND_GAP.fullmatch(text, run[-1].end(), m.start()):
            run.append(m)
            continue
        if run:
            yield run
        run = [m] if _in_capitals(text, m) else []
    if run:
        yield run


def _neighbour(text: str, at: int, step: int) -> str | None:
    """The syllable right before (``step`` -1) or right after (1) ``at`` with only spaces
    and at most one line break between, in small letters."""
    k = at
    if step < 0:
        while k > 0 and text[k - 1] in " \t\n" and MEND_GAP.fullmatch(text, k - 1, at):
            k -= 1
        words = list(SYLLABLE.finditer(text, max(0, k - 20), k)) if k < at else []
        return words[-1].group(0).lower() if words and words[-1].end() == k else None
    while k < len(text) and text[k] in " \t\n" and MEND_GAP.fullmatch(text, at, k + 1):
        k += 1
    word = SYLLABLE.match(text, k) if k > at else None
    return word.group(0).lower() if word else None


def _likeliest(reads: list[str], before: str | None, after: str | None, fixed: list[bool] | None = None) -> list[str]:
    """The marking of ``reads`` with the best score (Viterbi): the pairs it makes, each
    syllable read otherwise than the OCR did costing MISREAD_COST; a ``fixed`` one keeps
    its reading."""
    forms = _joint_forms()
    best: dict[str, tuple[float, list[str]]] = {"": (0.0, [])}
    previous = before
    for k, read in enumerate(reads):
        options = [read] if fixed and fixed[k] else \
            sorted({read} | {f for f in forms.get(fold(read), ()) if len(f) == len(read) and _keeps_strokes(read, f)})
        step = {}
        for form in options:
            cost = 0.0 if form == read else MISREAD_COST
            score, path = max(((s + _follows(p[-1] if p else previous, form), p) for s, p in best.values()),
                              key=lambda sp: sp[0])
            step[form] = (score - cost, path + [form])
        best = step
    # (on a tie, the reading as the OCR gave it)
    final = max(best.values(), key=lambda sp: (sp[0] + (_follows(sp[1][-1], after) if after else 0.0),
                                                sp[1] == reads))
    return final[1]


def _keeps_strokes(read: str, form: str) -> bool:
    """``form`` has the stroke of each Đ the OCR read: a scan loses a stroke (DỊNH for ĐỊNH)
    but never draws one, so ĐIỆN is never mended to DIỆN ("AN TOÀN ĐIỆN", though "toàn
    diện" is the commoner pair)."""
    return all(b == "đ" for a, b in zip(read, form) if a == "đ")


def _follows(first: str | None, second: str) -> float:
    """log P(second | first) from the pair counts, the dictionary's pairs counted as
    MIN_PAIR_EVIDENCE sightings; P(second) alone where there is no first."""
    opens, closes, total, vocabulary = _model()
    alone = (closes.get(second, 0) + 0.5) / (total + 0.5 * vocabulary)
    if first is None:
        return math.log(alone)
    seen_first = opens.get(first, 0)
    pair = _joint_pairs().get((first, second), 0) / seen_first if seen_first else 0.0
    return math.log(PAIR_WEIGHT * pair + (1 - PAIR_WEIGHT) * alone)


@lru_cache(maxsize=1)
def _joint_pairs() -> dict[tuple[str, str], int]:
    """The pair counts, each pair inside a dictionary word seen MIN_PAIR_EVIDENCE times more."""
    joint = dict(_pairs())
    for pair in dictionary_pairs():
        joint[pair] = joint.get(pair, 0) + MIN_PAIR_EVIDENCE
    return joint


@lru_cache(maxsize=1)
def _joint_forms() -> dict[str, frozenset[str]]:
    """The syllables of the pairs and of the dictionary by their letters without marks."""
    by_letters: dict[str, set[str]] = {}
    for pair in _joint_pairs():
        for w in pair:
            by_letters.setdefault(fold(w), set()).add(w)
    return {k: frozenset(v) for k, v in by_letters.items()}


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, int], dict[str, int], int, int]:
    """How often each syllable opens a pair and closes one, how many pairs were seen, and
    how many syllables."""
    opens: dict[str, int] = {}
    closes: dict[str, int] = {}
    for (a, b), n in _joint_pairs().items():
        opens[a] = opens.get(a, 0) + n
        closes[b] = closes.get(b, 0) + n
    return opens, closes, sum(opens.values()), len(set(opens) | set(closes))


#: A syllable that ends in p, t, c or ch carries the rising or the heavy tone (sắc, nặng)
#: in Vietnamese, never another: "câp", "chât", "xuât" are misreads of "cấp", "chất",
#: "xuất", whatever their neighbours.
STOP_ENDING = re.compile(r"(?:p|t|c|ch)$")
STOP_TONES = ("\u0301", "\u0323")


def _no_such_syllable(syllable: str) -> bool:
    if not STOP_ENDING.search(fold(syllable).lower()):
        return False
    marks = unicodedata.normalize("NFD", syllable)
    return not any(tone in marks for tone in STOP_TONES)


#: The five tone marks (the sixth tone has none): a syllable bears one at most.
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _impossible(syllable: str) -> bool:
    """No Vietnamese syllable: two tone marks ("thựục", "múức"), or a stop ending without
    a tone that can close on it."""
    return sum(c in TONE_MARKS for c in unicodedata.normalize("NFD", syllable)) > 1 or _no_such_syllable(syllable)


def _small(word: str) -> bool:
    """In small letters, or with only its first letter a capital, as a name's words are
    ("Sở Tự pháp", "Để án" read for "Sở Tư pháp", "Đề án")."""
    return word.islower() or word.istitle()


def _in_capitals(text: str, m) -> bool:
    """A word in capitals, where OCR loses most marks (lower-case words are read well, and
    the clean texts hold too few of their rarer pairs), and not part of a code ("KH/TU")."""
    return m.group(0).isupper() and m.end() - m.start() > 1 and not _in_code(text, m)


def _in_code(text: str, m) -> bool:
    """Part of a code: a slash, a dash or a digit touches it ("KH/TU", "TTr-CAT-QLXNC")."""
    before = text[m.start() - 1] if m.start() else " "
    after = text[m.end()] if m.end() < len(text) else " "
    return bool(CODE_MARK.match(before) or CODE_MARK.match(after))


def _cased(form: str, like: str) -> str:
    """``form`` in the case of ``like`` (all capitals, a capital first, or lower case)."""
    if like.isupper() and len(like) > 1:
        return form.upper()
    return form[0].upper() + form[1:] if like[0].isupper() else form


@lru_cache(maxsize=1)
def _forms() -> dict[str, tuple[str, ...]]:
    """Every syllable of the pair table by its letters without marks ("CUA": của, cúa …)."""
    by_letters: dict[str, set[str]] = {}
    for a, b in _pairs():
        for w in (a, b):
            by_letters.setdefault(fold(w), set()).add(w)
    return {k: tuple(sorted(v)) for k, v in by_letters.items()}


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
    """A folded phrase as a pattern that matches its letters with any marks, and a speck
    between its words."""
    out = []
    for c in form:
        if c.isalpha():
            out.append(r"(?:" + c + r"\p{M}*|[" + _variants(c) + r"]\p{M}*)")
        elif c == " ":
            out.append(r"(?:[ \t]*" + PHRASE_SPECK.pattern + r"[ \t]*|[ \t]+)")
        else:
            out.append(re.escape(c))
    return "".join(out)


@lru_cache(maxsize=None)
def _variants(letter: str) -> str:
    """Every precomposed letter that folds to ``letter`` (either case)."""
    return "".join(sorted({ch for ch in map(chr, range(0xC0, 0x1F00))
                           if ch.isalpha() and fold(ch) == letter.upper()}))


# -- a scanned title, from its restatement ------------------------------------------------

#: How many syllables in a row a title and a later passage must share (marks aside) for
#: the passage to restate it ("Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động
#: của hệ thống cán bộ đầu mối …" restates "… QUY CHẾ HOẠT ĐỘNG CỦA HỆ THỐNG …").
RESTATED_RUN = 4
#: How many times as often the neighbours of a title's syllable must pair with the
#: restatement's reading of it (which the OCR may have misread too) for it to give way.
RESTATED_BY = 5
#: What may stand between two syllables of a title that its restatement runs together: a
#: speck the OCR read ("DÙNG . CỦA", "PHỐI HỢP -TRONG").
TITLE_SPECK_GAP = re.compile(r"[ \t]+[-.,'`_|][ \t]*|[ \t]*[-'`_|][ \t]+")


def _restated_capitals(doc: Document, text: str, chars: list[str]) -> frozenset[int]:
    """Runs of capitals on OCR'd pages that a later passage restates in small letters
    (a decision's title in its first article): each syllable the passage reads otherwise
    takes its spelling where it must (see ``_respelled_forms``) and the two readings then
    settle it (where the syllable starts), so the pair model does not overrule them: "CÁC
    CHỢ" restated "các chợ" stays, though "chở" follows "các" more often."""
    body = [m for m in SYLLABLE.finditer(text) if not m.group(0).isupper()]
    index, starts = _trigrams(body), [m.start() for m in body]
    settled = set()
    for page in doc.pages:
        if not page.ocr:
            continue
        for run in _comma_joined(text, _capital_runs(text, page.start, page.end)):
            pairs = _restated(run, body, text, index, bisect_left(starts, run[-1].end()))
            forms = _respelled_forms([m.group(0).lower() for m in run], body, pairs)
            for k, b in pairs.items():
                m = run[k]
                # (two readings that agree settle it; where they disagree, the passage's
                # settles it only where it must be right, else the pair model decides)
                if forms[k] == body[b].group(0).lower() and len(forms[k]) == len(m.group(0)):
                    chars[m.start():m.end()] = _cased(forms[k], m.group(0))
                    settled.add(m.start())
    return frozenset(settled)


def _comma_joined(text: str, runs: Iterator[list]) -> Iterator[list]:
    """Runs of capitals with only a comma between them as one ("VIỆC CƯỚI, VIỆC TANG"), as a
    passage that restates them runs on past the comma."""
    joined: list = []
    for run in runs:
        if joined and text[joined[-1].end():run[0].start()].strip(" \t\n") in (",", ";") \
                and text.count("\n", joined[-1].end(), run[0].start()) <= 1:
            joined += run
            continue
        if joined:
            yield joined
        joined = list(run)
    if joined:
        yield joined


def _trigrams(body: list) -> dict[tuple[str, ...], list[int]]:
    index: dict[tuple[str, ...], list[int]] = {}
    for j in range(len(body) - 2):
        index.setdefault(tuple(fold(m.group(0)) for m in body[j:j + 3]), []).append(j)
    return index


def _restated(words: list, body: list, text: str, index: dict, first: int = 0) -> dict[int, int]:
    """Each syllable of ``words`` a run of RESTATED_RUN or more in ``body`` (from ``first``)
    restates, with the body syllable it pairs with."""
    keys = [fold(m.group(0)) for m in words]
    best: dict[int, int] = {}
    i = 0
    while i + 3 <= len(words):
        run = max((_run(keys, body, text, i, j) for j in index.get(tuple(keys[i:i + 3]), ()) if j >= first),
                  key=len, default=[])
        if len(run) >= RESTATED_RUN:
            best.update((k, b) for k, b in run if k not in best)
            i = run[-1][0] + 1
        else:
            i += 1
    return best


def mend_title(title: str, text: str, after: int) -> str:
    """A scanned title in capitals mended from a passage after it that restates it in small
    letters (at least RESTATED_RUN syllables in a row that read the same but for marks; one
    syllable between two that match may differ in letters too): a syllable that is none
    ("THỰỤC") or lost letters ("CA" for "CỦA") takes the passage's spelling, in the title's
    capitals, and a speck the passage does not have between two of them goes ("DÙNG . CỦA").
    The marks alone were settled in the text (``_restated_capitals``). The title may be
    longer than the text it was read from: it is a field, not a quote."""
    words = list(SYLLABLE.finditer(title))
    body = [m for m in SYLLABLE.finditer(text, after) if not m.group(0).isupper()]
    if len(words) < RESTATED_RUN or not body:
        return title
    best = _restated(words, body, text, _trigrams(body))
    return _respelled(title, words, body, best) if best else title


def _run(keys: list[str], body: list, text: str, i: int, j: int) -> list[tuple[int, int]]:
    """Title syllables from ``i`` paired with body syllables from ``j`` while they read the
    same (one differing syllable between two that match is allowed); each body syllable
    follows the one before with only spaces (or one line break) between."""
    pairs = []
    k, b, missed = i, j, False
    while k < len(keys) and b < len(body):
        if b > j and not MEND_GAP.fullmatch(text, body[b - 1].end(), body[b].start()) \
                and text[body[b - 1].end():body[b].start()].strip(" \t\n") not in (",", ";"):
            break
        if fold(body[b].group(0)) != keys[k]:
            if missed or k + 1 >= len(keys) or b + 1 >= len(body) or fold(body[b + 1].group(0)) != keys[k + 1]:
                break
            missed = True
        pairs.append((k, b))
        k, b = k + 1, b + 1
    return pairs


def _respelled(title: str, words: list, body: list, best: dict[int, int]) -> str:
    """The title with its paired syllables as ``_respelled_forms`` reads them, and the
    specks between paired syllables gone."""
    read = [m.group(0).lower() for m in words]
    # (marks alone were settled in the text, on both readings as the OCR gave them; the
    # passage here is mended text, so it mends only what is no syllable or lost letters:
    # "CA SỞ TƯ PHÁP" restated "của Sở Tư pháp")
    chosen = _respelled_forms(read, body, best, by_pairs=False)
    out, pos = [], 0
    for k, m in enumerate(words):
        gap = title[pos:m.start()]
        if k - 1 in best and k in best and best[k] == best[k - 1] + 1 and TITLE_SPECK_GAP.fullmatch(gap):
            gap = " "
        out.append(gap)
        out.append(_cased(chosen[k], m.group(0)) if chosen[k] != read[k] else m.group(0))
        pos = m.end()
    out.append(title[pos:])
    return "".join(out)


def _respelled_forms(read: list[str], body: list, best: dict[int, int], by_pairs: bool = True) -> list[str]:
    """Each syllable of ``read`` as the passage pairs it, where the passage's reading must
    be the right one: the read one is no syllable, or pairs far worse with its neighbours
    (the passage's small letters may be misread too: "của hàng" for "cửa hàng"); a scan
    never draws a stroke."""
    pairs = _pairs()
    chosen = list(read)
    for k in sorted(best):
        other = body[best[k]].group(0).lower()
        if other == read[k]:
            continue
        left = chosen[k - 1] if k else None
        right = (body[best[k + 1]].group(0).lower() if k + 1 in best else read[k + 1]) if k + 1 < len(read) else None

        def seen(form: str) -> int:
            return pairs.get((left, form), 0) + pairs.get((form, right), 0)
        # (a reading no syllable can be, "THỰỤC", "MÚỨC", gives way; so does one whose
        # neighbours pair with the passage's reading RESTATED_BY times as often)
        if not _keeps_strokes(read[k], other):
            continue
        if _impossible(read[k]) and not _impossible(other) \
                or (by_pairs or fold(other) != fold(read[k])) \
                and seen(other) >= max(MIN_PAIR_EVIDENCE, RESTATED_BY * seen(read[k])):
            chosen[k] = other
    return chosen
