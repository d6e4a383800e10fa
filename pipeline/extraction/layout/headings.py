"""Step 4: numbered headings that continue their sequence open a line when a sentence
or a heading in capitals ends before them; a number inside a sentence is not a heading.
Then an article's title run into its first sentence is parted from it."""
from __future__ import annotations

from itertools import islice

import regex as re

from pipeline.extraction.structure import ISSUED_WITH
from pipeline.extraction.layout.cuts import cut

#: Numbered heading candidates anywhere in a line, preceded by whitespace.
HEADING_CANDIDATE = re.compile(
    r"(?<=\s)(?:"
    r"(?P<article>Điều)\s+(?P<art>\d{1,3})\s*[.:]"
    r"|(?P<chapter>Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s+(?P<chap>[IVXLC]{1,6}|\d{1,2}"
    # (a part counted in words: "Phần thứ hai", "PHẦN THỨ BA")
    r"|(?:thứ|THỨ)\s+(?:nhất|NHẤT|hai|HAI|ba|BA|tư|TƯ|năm|NĂM|sáu|SÁU|bảy|BẢY))(?=[\s.:])"
    # (Party documents mark parts with a dash, "II- NHIỆM VỤ", which OCR may read "HI-")
    r"|(?P<roman>(?=[IVXH]*[IVX])[IVXH]{1,5})(?:\.|-)(?=\s)"
    r"|(?P<decimal>\d{1,2}(?:\.\d{1,2}){1,2})\.?(?=\s+\p{Lu})"
    r"|(?P<arabic>\d{1,2})[ ]?[.)](?=\s+[\p{L}\"“])"
    r"|(?P<letter>[a-zđ])\)(?=\s)"
    r")")
#: What may end before a heading that runs on in the same line: a sentence or
#: clause end (with its closing quote or bracket, and the page break a PDF's copy left
#: after it: "… thực tiễn. Trang 6 6 2. Sở Tài chính"), or a heading in capitals.
BOUNDARY_BEFORE = re.compile(r"(?:[.;:!?…]['\"”’)\]]*(?:\s+Trang\s+\d{1,3})?(?:\s+\d{1,3})?|\p{Lu}{2,})\s+$")
#: Before an article that continues its sequence a closing bracket is enough: a
#: decision's list of prices may end "(Bằng chữ: ... đồng) Điều 2. Tổ chức ...".
ARTICLE_BOUNDARY_BEFORE = re.compile(r"[)\]]\s+$")
#: An annex's own numbering may run on after its bracket: "(Ban hành kèm theo Quyết định
#: số 1691/QĐ-BGTVT … của Bộ trưởng Bộ Giao thông vận tải) I. MỤC ĐÍCH, YÊU CẦU".
ANNEX_BRACKET_BEFORE = re.compile(r"\(\s*" + ISSUED_WITH + r"[^()\n]{0,300}\)\s+$")
#: The title after an article's number, and the words that cite an article in a sentence.
TITLE_START = re.compile(r"\s+\p{Lu}")
CITING_BEFORE = re.compile(r"(?:\b(?:tại|theo|của|và|ở|trong|khoản|điểm|với|từ|đến|hoặc|các|này|như)|[,(])\s+$")
#: Two words in capitals after a heading's number: the title of a part.
CAPS_TITLE = re.compile(r"\s+\p{Lu}{2,}[,]?\s+\p{Lu}{2,}\b")
#: ... or, after the next number of its list, a short title closed by a colon, whatever ends
#: before it (a flattened table's last cell: "… 7020 4. Quy mô dự án: Đầu tư …").
COLON_TITLE = re.compile(r"\s+\p{Lu}\p{Ll}*(?:\s+[\p{L}]+){1,7}\s*:")
#: A sentence or clause mark inside a heading.
CLAUSE_END = re.compile(r"[.;:!?]\s")
#: ... and inside an article's title, which may part the bodies it names by ";" ("Điều 2.
#: Trách nhiệm của Sở Văn hóa, Thể thao và Du lịch; Uỷ ban nhân dân các xã, phường 1. …").
TITLE_CLAUSE_END = re.compile(r"[.:!?]\s")
#: Longest heading (characters) whose first point may follow it without a mark between.
SHORT_HEADING = 80
#: ... and an article's, whose title may be long ("Điều 6. Phối hợp trong tuyên truyền, phổ
#: biến … 1. Sở Dân tộc và Tôn giáo a) Chủ trì …").
ARTICLE_TITLE_CHARS = 400
#: Vietnamese order of lettered points: no f, j, w, z; đ after d.
LETTERS = "abcdđeghiklmnopqrstuvxy"
#: Parts counted in words, first to seventh.
ORDINALS = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy"]
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
#: Rank of each heading kind, outermost first (the structure parser's order).
RANK = {"chapter": 0, "roman": 1, "article": 1, "arabic": 2, "decimal": 3, "letter": 4}


def roman_value(s: str) -> int:
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = ROMAN_VALUES[a]
        total += -v if b != " " and ROMAN_VALUES.get(b, 0) > v else v
    return total


class Sequence:
    """The numbering seen so far: which heading may come next at each rank."""

    def __init__(self):
        self.last: dict[str, object] = {}

    def value(self, kind: str, m) -> object:
        if kind == "roman":
            return roman_value(m["roman"].replace("H", "II"))
        if kind == "article":
            return int(m["art"])
        if kind == "chapter":
            c = m["chap"]
            if c[:3].lower() == "thứ":
                return ORDINALS.index(c.split()[-1].lower()) + 1
            return int(c) if c.isdigit() else roman_value(c)
        if kind == "arabic":
            return int(m["arabic"])
        if kind == "decimal":
            return tuple(int(x) for x in m["decimal"].split("."))
        return LETTERS.index(m["letter"]) if m["letter"] in LETTERS else -1

    def fits(self, kind: str, value) -> bool:
        """``value`` continues the numbering of its kind, or opens it."""
        last = self.last.get(kind)
        if kind == "letter":
            return value == 0 if last is None else value == last + 1
        if kind == "decimal":
            arabic = self.last.get("arabic")
            if last is not None and last[:-1] == value[:-1]:
                return value[-1] == last[-1] + 1
            return value[-1] == 1 and (arabic is None or value[:-1] == (arabic,) or len(value) == 2)
        return value == 1 if last is None else value == last + 1

    def take(self, kind: str, value) -> None:
        self.last[kind] = value
        for k, r in RANK.items():
            # articles are numbered through the whole text, across chapters
            if r > RANK[kind] and not (kind == "chapter" and k == "article"):
                self.last.pop(k, None)
        if kind == "decimal":
            self.last["arabic"] = value[0]


def lay_headings(text: str, chars: list[str], body_start: int) -> None:
    """Step 4: numbered headings that continue their sequence open a line when a
    sentence, a clause or a heading in capitals ends right before them."""
    seq = Sequence()
    last = (-1, -1, "")                        # start, label end and kind of the last heading
    own_line = scanned = 0                     # line start found so far, and how far it was sought
    for m in HEADING_CANDIDATE.finditer(" " + text, body_start + 1):
        at = m.start() - 1                     # offset in ``text``
        kind = next(k for k in RANK if m.group(k))
        value = seq.value(kind, m)
        if value == -1:
            continue
        # candidates come in order: look for a line break only since the last one
        # (a flattened line is long; searching it from its start each time is quadratic)
        own_line = text.rfind("\n", scanned, at) + 1 or own_line
        scanned = at
        at_line_start = not text[own_line:at].strip()
        if at_line_start:            # a heading already: the sequence follows it
            take(seq, kind, value, m)
            last = (at, m.end() - 1, kind)
            continue
        opens_chapter = first_article(last, at, kind, seq, value)
        # (the rules an annex issues number their articles from 1 again, right after its
        # bracket: "(Ban hành kèm theo Quyết định số …) Điều 1. Vị trí và chức năng …")
        restarts = kind == "article" and value == 1 and ANNEX_BRACKET_BEFORE.search(text, max(own_line, at - 400), at)
        if not (seq.fits(kind, value) or part_in_capitals(text, kind, m.end() - 1, seq, value)
                or opens_chapter or restarts):
            continue
        if not (opens_chapter or restarts or titled(text, kind, at, m.end() - 1, seq, value)
                or BOUNDARY_BEFORE.search(text, max(own_line, at - 60), at)
                or ARTICLE_BOUNDARY_BEFORE.search(text, max(own_line, at - 60), at)
                or ANNEX_BRACKET_BEFORE.search(text, max(own_line, at - 400), at)
                or first_child(text, last, at, kind, value)
                or first_subpoint(text, last, at, kind, value, seq)):
            continue
        cut(chars, at)
        take(seq, kind, value, m)
        last = (at, m.end() - 1, kind)


def take(seq: Sequence, kind: str, value, m) -> None:
    """``seq`` goes on from the heading ``m``. The chapters starting again ("Chương I"
    after the decision's own articles) open the rules it issues, whose articles are
    numbered from 1 again (a "Mục 1" inside a chapter does not)."""
    seq.take(kind, value)
    if kind == "chapter" and value == 1 and m["chapter"] in ("Chương", "CHƯƠNG"):
        seq.last.pop("article", None)


def first_article(last: tuple[int, int, str], at: int, kind: str, seq: Sequence, value) -> bool:
    """The first article of a chapter, just after its heading ("Chương 2: QUY ĐỊNH TRÁCH
    NHIỆM Điều 4. …"): its number goes on from any article before, even one the
    flattening hid."""
    start, _, parent = last
    return kind == "article" and parent == "chapter" and at - start <= SHORT_HEADING \
        and value > seq.last.get("article", 0)


def titled(text: str, kind: str, at: int, label_end: int, seq: Sequence, value) -> bool:
    """An article with its title (a capital after its number), or a Roman part next in
    its sequence with its title in capitals, opens a line whatever ends before it ("…
    giao thông vận tải Điều 2. Đối tượng …", "… 18.KLTW7S.DOC 4 II- NHIỆM VỤ, GIẢI
    PHÁP"), unless a citation leads to it ("quy định tại Điều 2.")."""
    title = TITLE_START if kind == "article" else \
        CAPS_TITLE if kind == "roman" and seq.fits(kind, value) else \
        COLON_TITLE if kind == "arabic" and seq.fits(kind, value) else None
    citing = CITING_BEFORE.search(text, max(0, at - 20), at)
    if citing and citing.group(0).startswith(",") and kind == "article" and value == 1 and "article" not in seq.last:
        citing = None       # a rule-making decision's enacting sentence ends with a comma: "… thành phố Huế, Điều 1."
    return title is not None and title.match(text, label_end) is not None and citing is None


def part_in_capitals(text: str, kind: str, label_end: int, seq: Sequence, value) -> bool:
    """A Roman part whose title is in capitals ("II- NHIỆM VỤ CHỦ YẾU") opens a line even
    when the numbering before it was lost (OCR read "I-" as "1-") or repeats a number
    by the drafter's slip ("IV. KINH PHÍ" … "IV. PHÂN CÔNG NHIỆM VỤ"), as long as it
    does not go back."""
    last = seq.last.get("roman")
    return kind == "roman" and (last is None or value >= last) and \
        bool(CAPS_TITLE.match(text, label_end))


def first_child(text: str, last: tuple[int, int, str], at: int, kind: str, value) -> bool:
    """The first point under a short heading with no closing mark ("1. Mục đích a) Tạo
    ...", "Điều 1. Phạm vi điều chỉnh 1. Nghị định này ...")."""
    start, label_end, parent = last
    longest = ARTICLE_TITLE_CHARS if parent == "article" else SHORT_HEADING
    if start < 0 or RANK[kind] <= RANK.get(parent, 9) or at - start > longest:
        return False
    first = value[-1] == 1 if kind == "decimal" else value == (0 if kind == "letter" else 1)
    return first and not (TITLE_CLAUSE_END if parent == "article" else CLAUSE_END).search(text, label_end, at)


def first_subpoint(text: str, last: tuple[int, int, str], at: int, kind: str, value, seq: Sequence) -> bool:
    """The first numbered sub-point of the point just before, its number saying so, runs on
    from a long heading with clauses of its own ("2. Rà soát …; phân định rõ trách nhiệm …
    an toàn giao thông 2.1. Sở Giao thông vận tải - Chủ trì …"), unless a citation leads to it."""
    start, _, parent = last
    return kind == "decimal" and parent == "arabic" and value == (seq.last.get("arabic"), 1) \
        and at - start <= ARTICLE_TITLE_CHARS and CITING_BEFORE.search(text, max(0, at - 20), at) is None


# A closing article's title, always the same few words, run into its first sentence in a
# flattened copy: "Điều 11. Tổ chức thực hiện Công tác cấp phát … do ngành … quản lý. Giám đốc
# Sở … chủ trì …". The sentence, from its capital, opens the article's text; a title that goes
# on ("Điều 9. Tổ chức thực hiện Quy chế") holds no sentence's end.
CLOSING_TITLE = re.compile(r"(?m)^[ \t]*Điều[ \t]+\d{1,3}[ \t]*[.:][ \t]*(?:Tổ chức (?:thực hiện|thi hành)|"
                           r"Trách nhiệm (?:tổ chức )?(?:thực hiện|thi hành)|Điều khoản thi hành|Hiệu lực thi hành)"
                           r"[ \t]+(?=\p{Lu}[^\n]*?\p{Ll}[.;][ \t]+\p{Lu})")


def lay_closing_titles(text: str, chars: list[str]) -> None:
    """Open a line where a closing article's title gives way to its first sentence."""
    for m in CLOSING_TITLE.finditer(text):
        cut(chars, m.end())


# An article's title run into its first sentence, which opens by naming again whom the title
# names: "Điều 15. Trách nhiệm của các cơ quan, đơn vị, địa phương Các cơ quan, đơn vị, địa
# phương có trách nhiệm …", "Điều 14. Trách nhiệm của Sở Dân tộc và Tôn giáo Sở Dân tộc và Tôn
# giáo là cơ quan thường trực …". The repetition, capitalised, opens the article's text.
# A class the title names in small letters may be named again in part, by its first words
# with a capital: "Điều 24. Trách nhiệm của các cơ quan phối hợp Các cơ quan … có trách nhiệm".
ARTICLE_START = re.compile(r"(?m)^[ \t]*Điều[ \t]+\d{1,3}[ \t]*[.:][ \t]*")
WORD = re.compile(r"[\p{L}\d]+")
SUBJECT_WORDS = range(2, 13)
TITLE_WORDS = 25


def _renames_class(words: list, folded: list[str], i: int) -> bool:
    """The i-th word, a capitalised "Các", opens a run of at least two words that a class
    the title names in small letters opened ("… của các cơ quan phối hợp Các cơ quan …"),
    with no item's mark between them (a sentence of the article's items names classes too)."""
    k = SUBJECT_WORDS[0]
    if words[i].group() != "Các" or any(w.isdigit() for w in folded[:i]):
        return False
    return any(words[j].group() == "các" and folded[j:j + k] == folded[i:i + k] for j in range(1, i - k + 1))


def lay_repeated_subjects(text: str, chars: list[str]) -> None:
    """Open a line where an article's title gives way to a first sentence naming its subject again."""
    for m in ARTICLE_START.finditer(text):
        words = list(islice(WORD.finditer(text, m.end()), 2 * TITLE_WORDS))
        folded = [w.group().casefold() for w in words]
        # the i-th word, capitalised, opens a run of k words that repeats the k before it
        # (the title keeps at least one word of its own: "Trách nhiệm của …")
        at = next((i for i in range(2, TITLE_WORDS) if words[i:] and words[i].group()[0].isupper()
                   and (any(i - k >= 1 and folded[i - k:i] == folded[i:i + k] for k in SUBJECT_WORDS)
                        or _renames_class(words, folded, i))), None)
        if at is not None:
            cut(chars, words[at].start())
