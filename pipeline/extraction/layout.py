"""Line layout of flattened text: the document's own blocks, whatever the lines it came with.

Texts copied from legal-document websites keep the site's line wrapping, not the
document's: the header, the title and the first section run together on a few
lines ("ỦY BAN NHÂN DÂN TỈNH X ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập -
Tự do - Hạnh phúc --------------- Số: 06/KH-UBND X, ngày 16 tháng 01 năm 2024 KẾ
HOẠCH ...") and headings run into the sentence after them ("I. MỤC TIÊU 1. Nâng
cao ..."). Every extractor reads the document line by line, so the layout is
rebuilt before any of them runs.

The layout only swaps whitespace: a space becomes a line break where a block
begins, and in a flattened document a line break inside a sentence becomes a
space. The text keeps its length, so every offset the reader recorded (blocks,
pages) stays valid, and the saved text is the re-laid one.

Steps of ``relayout``:
 0. split labels — a heading word alone on its line ("Điều", "Chương") joins the
    number on the next line: a Markdown save wraps bold headings inside the label
    ("**Điều" / "13. Trách nhiệm của ...**")
 1. flattened? — long lines, or a header whose parts share a line; a document
    that kept its line breaks is left as it is, except for step 4
 2. unwrap     — (flattened only) breaks inside a sentence become spaces
 3. header     — issuing body, motto, ``Số:``, place and date, type heading,
    title, the authority line under it, each on a line of its own
 4. body       — numbered headings that continue their sequence (``I.`` after
    nothing, ``2.`` after ``1.``, ``b)`` after ``a)``, ``Điều 3`` after ``Điều 2``)
    open a line when a sentence or a heading in capitals ends before them; a
    number inside a sentence is not a heading. List items, bases ("Căn cứ ...;"),
    the recipients and the signature open lines too (flattened only)
"""
from __future__ import annotations

from itertools import islice

import regex as re

from pipeline.extraction.registry import fold
from pipeline.reading.lines import RECIPIENTS_START, RECIPIENTS_WORDS, continues_range, starts_new_item
from pipeline.extraction.structure import (CAPITALS_WITH_A_SMALL, DOC_TYPE_FOLDED, ISSUED_WITH, MOTTO_TEXT, NUMBER_LINE,
                                           PLACE_DATE, PLACE_DATE_BARE_AT, PREAMBLE_START, SIGNER_TITLE, in_capitals)

# -- step 0 ------------------------------------------------------------------

#: A heading word on a line of its own, its number opening the next line.
SPLIT_LABEL = re.compile(r"(?m)^[ \t]*(?:Điều|Chương|Mục|Phần)[ \t]*(\n)(?=[ \t]*(?:\d{1,3}|[IVXL]{1,6})\b)")

def _renames_class(words: list, folded: list[str], i: int) -> bool:
    """The i-th word, a capitalised "Các", opens a run of at least two words that a class
    the title names in small letters opened ("… của các cơ quan phối hợp Các cơ quan …"),
    with no item's mark between them (a sentence of the article's items names classes too)."""
    k = SUBJECT_WORDS[0]
    if words[i].group() != "Các" or any(w.isdigit() for w in folded[:i]):
        return False
    return any(words[j].group() == "các" and folded[j:j + k] == folded[i:i + k] for j in range(1, i - k + 1))


# -- step 1 ------------------------------------------------------------------

#: Mean line length above which a text has lost its line breaks. Documents that
#: keep them average 70-180 characters a line (the news page is the longest);
#: crawled texts 400-1600.
FLAT_MEAN_LINE = 300
#: ... or when this share of its line breaks (of at least so many) fall inside a sentence.
#: Documents read from Word, PDF, web pages and Markdown stay under 0.25; texts copied
#: from a legal website, header or not, are mostly over 0.5.
MID_SENTENCE_BREAK_SHARE = 0.4
MID_SENTENCE_BREAKS_MIN = 10
# A body keeps its lines when this share of at least this many line breaks fall between blocks.
KEPT_SHARE = 0.75
KEPT_BREAKS_MIN = 20
#: A line this long is a paragraph's full line, not a heading, a cell or a signature's line.
FULL_LINE_CHARS = 80
#: How far a saved page's own opening may run before the document's header, and the
#: issuing body in capitals that ends just before the motto there.
PAGE_OPENING_CHARS = 8000
ISSUER_CHARS = 120
ISSUER_BEFORE = re.compile(r"(?<=[.;:!?\])]\s+|^|\p{Ll}\s+)(?:[^\s\p{Ll}]+\s+){1,12}$")
#: A rule of underscores or dashes with words on both sides, in a flattened copy.
RULE_RUN = re.compile(r"(?<=\S[ \t]+)[-_=–—]{5,}(?=[ \t]+\S)")
#: How far into the text the header may reach (characters).
HEADER_CHARS = 1200

# -- step 2 ------------------------------------------------------------------

#: A line that ends a sentence or a clause: its break is the document's own.
ENDS_BLOCK = re.compile(r"(?:[.;:!?…]['\"”’)\]*_]*|\|)[ \t]*$")      # (or a table row: "… |")
#: ... unless all that ends it is a heading's number ("... an toàn. II." / "YÊU CẦU").
ENDS_IN_NUMBER = re.compile(r"(?:^|\s)(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*|Điều\s+\d{1,3}|[a-zđ]\))[.:]?[ \t]*$")
#: ... or a signing mark, which heads the title it signs for ("KT." / "BỘ TRƯỞNG").
ENDS_IN_MARK = re.compile(r"(?:^|\s)(?:KT|TM|TL|TUQ|K/T|T/M|T/L)\.[ \t]*$")
#: A line that is a bare number over a line that opens with its own item mark ("3" over "2. Đề
#: nghị …") is a page's number left in the text, not a heading's number: its break stays.
BARE_NUMBER = re.compile(r"[ \t]*\d{1,3}[ \t]*")

# -- step 3 ------------------------------------------------------------------

#: A drawn rule under the issuer or the motto ("-------", "___").
RULE = re.compile(r"[-_=–—]{3,}")
#: The subject line of an official letter.
LETTER_SUBJECT = re.compile(r"(?<![\p{L}/])V/v(?![\d/])", re.I)     # (glued too: "V/vủy quyền …")
#: A letter's addressees after its subject, and how far the subject may run.
ADDRESSEES_LINE = re.compile(r"\bKính\s+gửi\s*:")
SUBJECT_CHARS = 600
#: One word of a heading in capitals: capitals, digits and the marks of a symbol
#: ("11/CT-TTG", "(ĐH)", "2021-2030,").
CAPS_WORD = re.compile(r"[^\s\p{Ll}]+|\S*[\d/]\S*")
#: A name in quotes inside a title, on one line or wrapped: “Năm An toàn giao thông - 2017”.
QUOTED_NAME = re.compile(r"[“\"«][^“”\"«»\n]{1,150}(?:\n[^“”\"«»\n]{1,150})?[”\"»][^\s]*")
#: A heading's number that ends a title run on into the first part ("... NĂM 2024 I. MỤC ĐÍCH").
PART_NUMBER = re.compile(r"(?:[IVX]{1,5}|\d{1,2})\.")
#: The authority line printed under a decision's title ("BỘ TRƯỞNG BỘ X", "CHỦ TỊCH
#: ỦY BAN NHÂN DÂN TỈNH X", "ỦY BAN NHÂN DÂN TỈNH X"); the longest form first so
#: "THỦ TƯỚNG CHÍNH PHỦ" is one name. ("TỔ CHỨC PHI CHÍNH PHỦ" is the title's.)
AUTHORITY = re.compile(
    r"(?<![\p{L}])(?:(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|BỘ\s+TRƯỞNG|CỤC\s+TRƯỞNG|TỔNG\s+CỤC\s+TRƯỞNG|"
    r"TRƯỞNG\s+BAN|THỦ\s+TƯỚNG\s+CHÍNH\s+PHỦ|THỦ\s+TƯỚNG)|Ủ?Y\s+BAN\s+NHÂN\s+DÂN|UỶ\s+BAN\s+NHÂN\s+DÂN|"
    r"HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|(?<!PHI\s+)CHÍNH\s+PHỦ|ỦY\s+BAN\s+THƯỜNG\s+VỤ\s+QUỐC\s+HỘI|QUỐC\s+HỘI)(?![\p{L}])")
#: Words after which a body's name belongs to the title ("... CỦA BỘ X", "... VÀ ỦY BAN").
#: ("ĐẠI BIỂU QUỐC HỘI", "ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN": the deputies of a body, in the title)
LINKING_WORD = re.compile(r"(?:CỦA|VÀ|VỚI|CHO|THUỘC|TẠI|GIỮA|VỀ|BỞI|DO|ĐỐI|TRỰC|CÁC|GIAO|THEO|HOẶC|BIỂU)$")
#: The first basis of the preamble after a title in sentence case, and how far it may be.
FIRST_BASIS = re.compile(r"(?<=\S\s+)(?:Căn cứ|Xét|Theo đề nghị"
                         # (or the document it carries out, after a title of its own: "… giai
                         # đoạn 2026 - 2030 Thực hiện Nghị quyết Đại hội …")
                         r"|Thực hiện\s+(?=(?:Nghị|Quyết|Chỉ|Công|Kế|Thông|Chương|Luật|Văn)\s))\b")
SENTENCE_TITLE_CHARS = 400
SPACES = re.compile(r"\s*")
#: Longest authority line (characters): longer, the words are the title's.
AUTHORITY_MAX = 90

# -- step 4 ------------------------------------------------------------------

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
#: List items run into the text: "; - Bộ Nội vụ", ": + ...".
LIST_ITEM = re.compile(r"(?<=[.;:!?])\s+(?=[-+•–]\s+\S)")
#: A point run into the title of its numbered item with no mark between, in a flattened copy,
#: when the point opens with a body or a task row: "1. Tăng cường lãnh đạo, chỉ đạo … giao
#: thông - Thủ trưởng các sở, ban, ngành …", "1. Tổ chức tuyên truyền … - Cơ quan thực hiện: …",
#: "2. Trách nhiệm thực hiện - Các cơ quan, đơn vị căn cứ Kế hoạch này …", or with the order
#: that assigns one: "2. Về công tác … biển số nhà - Giao Sở Xây dựng chủ trì …".
#: (a dash inside a name, "Sở Lao động - Thương binh và Xã hội", opens no body)
RUN_IN_POINT = re.compile(
    r"^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\))[ \t]+[^\n.;:!?]{3,300}?\p{Ll}[ \t]+(?P<dash>[-–])[ \t]+"
    r"(?:(?:Giao|Đề nghị)[ \t]+)?(?=(?:Thủ trưởng|Giám đốc|Chủ tịch|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Các sở|Các Sở|Sở\s+\p{Lu}\p{L}*|"
    r"Các (?:cơ quan|đơn vị|địa phương|ngành)|"
    r"Cơ quan (?:chủ trì|phối hợp|thực hiện)\s*:)\b)", re.M)
#: Bases and proposals of a decision, each on its own line ("...; Căn cứ ...").
#: (not an item's own grounds after its number: "1. Căn cứ Kế hoạch này, các Sở …")
BASIS = re.compile(r"(?<=[;.,])(?<!(?:^|\s)\d{1,2}(?:\.\d{1,2})*\.)\s+(?=(?:Căn cứ|Xét|Theo đề nghị|Theo Nghị quyết)\b)")
#: The enacting word after the preamble ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:").
ENACTING = re.compile(r"(?<=[.;])\s+(?=(?:QUYẾT ĐỊNH|QUYẾT NGHỊ|NGHỊ ĐỊNH|CHỈ THỊ|THÔNG TƯ)\s*:)")
#: The closing part: recipients, marks of the signature, the end mark "./.".
CLOSING_START = re.compile(
    r"\s+(?=" + RECIPIENTS_WORDS + r"\s*:)|(?<=\./\.)\s+|(?<=[.;:)\p{L}])\s+(?=(?:T/?M|K/?T|T/?L|TUQ|Q)\.\s*\p{Lu}{2,})")
#: The title after an article's number, and the words that cite an article in a sentence.
TITLE_START = re.compile(r"\s+\p{Lu}")
CITING_BEFORE = re.compile(r"(?:\b(?:tại|theo|của|và|ở|trong|khoản|điểm|với|từ|đến|hoặc|các|này|như)|[,(])\s+$")
#: Two words in capitals after a heading's number: the title of a part.
CAPS_TITLE = re.compile(r"\s+\p{Lu}{2,}[,]?\s+\p{Lu}{2,}\b")
#: ... or, after the next number of its list, a short title closed by a colon, whatever ends
#: before it (a flattened table's last cell: "… 7020 4. Quy mô dự án: Đầu tư …").
COLON_TITLE = re.compile(r"\s+\p{Lu}\p{Ll}*(?:\s+[\p{L}]+){1,7}\s*:")
#: The sentences that close a plan or letter after its last item ("… để người dân biết.
#: Trên đây là Kế hoạch …", "Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị …").
CLOSING_SENTENCE = re.compile(r"(?<=[.;!])\s+(?=(?:Trên đây là|Trong quá trình (?:tổ chức )?(?:thực hiện|triển khai)"
                              r"|(?:Ủy ban nhân dân|UBND|Uỷ ban nhân dân) (?:tỉnh|thành phố|Thành phố) "
                              r"(?:yêu cầu|đề nghị))\b)")
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
#: Where the closing part begins: the recipients or the end mark of the body.
CLOSING_ZONE = re.compile(RECIPIENTS_WORDS + r"\s*:|\./\."
                          # (or the execution clause's end, where no other mark is printed)
                          r"|\bthi\s+hành\s+(?i:quyết\s+định|kế\s+hoạch|chỉ\s+thị)\s+này\s*[.;]"
                          # (its older form: "… căn cứ quyết định thi hành.")
                          r"|\b(?i:quyết\s+định|chỉ\s+thị)\s+(?:này\s+)?thi\s+hành\s*[.;]"
                          # (or the signing mark itself, or the title over "(Đã ký)")
                          r"|\b(?:TM|KT|TL)\.[ \t]+\p{Lu}|(?:Phó\s+)?(?:Chủ\s+tịch|Giám\s+đốc)\s+\((?i:đã ký)\)"
                          # (or the recipients' filing line, where their label was lost: "… năm
                          # 2025. - Chính phủ; …; - Lưu: HC, PLTP. CHỦ TỊCH Trần Thanh Mẫn")
                          r"|(?<!\S)[-–+•][ \t]*Lưu[ \t]*:")
#: The signer's title and name run on into what follows ("PHÓ CHỦ TỊCH Ngô Văn A
#: DANH MỤC ...", "CHỦ TỊCH Nguyễn Văn B (Ban hành kèm theo ...)"): the name is
#: followed by capitals, a bracket or the end of the text.
#: (a note on the signing may stand between: "PHÓ CHỦ TỊCH (đã ký và đóng dấu) Dương Đức Tuấn";
#: an appendix or a note may follow the name as a sentence: "… Bùi Minh Thạnh Phụ lục: Danh
#: mục …", "… Nguyễn Văn Khởi Thông tư số 02/2021/TT-BYT …")
SIGNED = re.compile(SIGNER_TITLE.pattern + r"(?:[ \t\n]+(?:\([^()\n]{1,40}\)|\[[^\[\]\n]{1,40}\]|Đã ký))?"
                    # (a rank may stand before the name: "BỘ TRƯỞNG Đại tướng Tô Lâm")
                    r"(?:\s+(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá))?"
                    # (a name's middle word may be one letter: "Thào A Tráng")
                    r"[ \t\n]+(?P<name>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}*){0,3}[ \t]+\p{Lu}\p{Ll}+)"
                    # (a table's cell bar may stand between: "… Nguyễn Đức Cường | QUY CHẾ …")
                    # (or a stray mark a copy left after it, "… Trần Thành Lập ;", or the page
                    # numbers a converter left, "… Lê Trí Thanh 19 20 Phụ lục II")
                    # (or an annex's list of places, whose word no name holds: "… Hồ Thị Nguyên
                    # Thảo Xã Phú Mỡ, Phường Sông Cầu, …")
                    r"(?=\s+(?:\|\s+)?(?:\p{Lu}{2,}|\(|\p{Lu}\p{Ll}*\s+\p{Ll}|\d{1,3}\s|(?:Xã|Phường|Huyện|Quận|Tỉnh)\s)"
                    r"|\s*[;,.]?\s*\|?\s*$)")
#: The acting head's mark, which is the signer's own title: "Q. CHỦ TỊCH" stays one line.
ACTING_MARK = re.compile(r"(?<!\S)(?P<mark>Q\.)[ \t]*$")
#: The signature's words a page set in small letters, read as capitals for matching: "TM. Ủy
#: ban nhân dân tỉnh KT. CHỦ TỊCH Phó Chủ tịch (Đã ký) Lê Thanh Xuân".
SMALL_SIGNING_WORDS = re.compile(r"(?<=(?:TM|KT|TL)\.[ \t]+)(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân(?:\s+(?:tỉnh|thành\s+phố))?\b"
                                 r"|(?:Phó\s+)?(?:Chủ\s+tịch|Giám\s+đốc)(?=\s+(?:\((?i:đã ký)|(?i:đã ký)))")
#: A signing mark without its dot, before the capitals of whom it names ("TM UỶ BAN NHÂN DÂN").
UNDOTTED_MARK = re.compile(r"(?<=[ \t])(?:TM|KT|TL)(?=[ \t]+\p{Lu}{2,})")
#: A signing mark with its dot run on after the closing part, where no title and name follow
#: it to be laid out with it ("… căn cứ Quyết định thi hành. | TM. ỦY BAN NHÂN DÂN TỈNH LÀO CAI |").
DOTTED_MARK = re.compile(r"(?<=[ \t|])(?:TM|KT|TL)\.[ \t]+\p{Lu}{2,}")
#: The type of an annex right after the motto of its own header.
ANNEX_AFTER_MOTTO = re.compile(r"Hạnh\s*phúc[\s\-_=–—.]*\s(?P<type>(?:QUY CHẾ|QUY ĐỊNH|KẾ HOẠCH|CHƯƠNG TRÌNH|"
                               r"ĐỀ ÁN|PHƯƠNG ÁN|HƯỚNG DẪN)\b)")
#: An appendix's label in capitals over its title in capitals, run on after the closing
#: part ("- Lưu: VT. PHỤ LỤC CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030").
#: (not a title's mention of one: "… NỘI DUNG TẠI PHỤ LỤC BAN HÀNH KÈM THEO …")
APPENDIX_LABEL = re.compile(r"(?<=\s)(?<!\b(?:TẠI|THEO|CỦA|VÀ|CÁC|VỚI|TRONG|CÙNG|LÀ)\s)PHỤ LỤC(?:\s+[IVX\d]{1,4})?[\s.:]+\p{Lu}{2,}\s+\p{Lu}{2,}")
#: The attachment line of an appendix: "(Ban hành kèm theo Quyết định số ...)".
ATTACHED = re.compile(r"\s+(?=\(\s*(?:Ban\s+hành\s+)?[Kk]èm\s+theo)")
#: Vietnamese order of lettered points: no f, j, w, z; đ after d.
LETTERS = "abcdđeghiklmnopqrstuvxy"
#: Parts counted in words, first to seventh.
ORDINALS = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy"]
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
#: Rank of each heading kind, outermost first (the structure parser's order).
RANK = {"chapter": 0, "roman": 1, "article": 1, "arabic": 2, "decimal": 3, "letter": 4}


def relayout(text: str) -> str:
    """The text with its blocks on lines of their own; same length as ``text``."""
    chars = list(text)
    for m in SPLIT_LABEL.finditer(text):                          # 0
        chars[m.start(1)] = " "
    text = "".join(chars)
    flat = is_flattened(text)
    if flat:                                                      # 2
        unwrap(text, chars)
        text = "".join(chars)
    header_end = lay_header(text, chars) if flat or header_fused(text) else 0     # 3
    if flat:
        # (the rule drawn under the title closes it: "… trong toàn tỉnh ________ Căn cứ …")
        for m in RULE_RUN.finditer(text, 0, header_end + HEADER_CHARS):
            cut_after(text, chars, m.end())
        text = "".join(chars)
    lay_headings(text, chars, header_end)                         # 4
    if flat:
        lay_lists(text, chars, header_end)
        lay_closing(text, chars, header_end)
    text = "".join(chars)
    if flat:
        lay_closing_titles(text, chars)
    # (not only in a flattened copy: a PDF's lines may join a title to the sentence under it)
    lay_repeated_subjects(text, chars)
    return "".join(chars)


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


# -- step 1 ------------------------------------------------------------------

def is_flattened(text: str) -> bool:
    """Lines far longer than paragraphs are, a header run together, or lines broken
    inside sentences more often than not (a copy with no header of its own)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if not lines:
        return False
    return sum(map(len, lines)) / len(lines) > FLAT_MEAN_LINE or mid_sentence_breaks(lines) \
        or header_fused(text) and not body_keeps_lines(text)


def body_keeps_lines(text: str) -> bool:
    """Past the header, nearly every line ends a sentence or block, or the next opens an
    item: a PDF or Word file whose header columns ran together, its paragraphs whole."""
    lines = [ln.strip() for ln in text[HEADER_CHARS:].split("\n") if ln.strip()]
    breaks = list(zip(lines, lines[1:]))
    # (or so after the lines of full length: short lines — headings, a table's cells, the
    # signature — say nothing of how a page was wrapped)
    full = [(a, b) for a, b in breaks if len(a) >= FULL_LINE_CHARS]
    return any(len(pairs) >= KEPT_BREAKS_MIN
               and sum(1 for a, b in pairs if ENDS_BLOCK.search(a) or starts_new_item(b)) >= KEPT_SHARE * len(pairs)
               for pairs in (breaks, full))


def mid_sentence_breaks(lines: list[str]) -> bool:
    """Most line breaks fall inside a sentence: the line ends with no closing mark and
    the next goes on in lower case."""
    breaks = len(lines) - 1
    inside = sum(1 for a, b in zip(lines, lines[1:])
                 if not ENDS_BLOCK.search(a) and b.lstrip()[:1].islower())
    return breaks >= MID_SENTENCE_BREAKS_MIN and inside >= MID_SENTENCE_BREAK_SHARE * breaks


def header_fused(text: str) -> bool:
    """The header's parts run together: the motto broken across a line ("CỘNG HÒA XÃ
    HỘI" / "CHỦ NGHĨA VIỆT NAM"), the number line on the motto's line, or the type
    heading on the date's line. A document that keeps its layout has none of these
    (a PDF may put the number and the date side by side, which is not counted)."""
    head = text[:HEADER_CHARS]
    motto = list(MOTTO_TEXT.finditer(head))
    if any("\n" in m.group(0) for m in motto):
        return True
    number = NUMBER_LINE.search(head)
    if motto and number and motto[-1].end() <= number.start() \
            and "\n" not in head[motto[-1].end():number.start()]:
        return True
    date = PLACE_DATE.search(head)
    if date:
        # (the type may itself be broken across the line: "… năm 1993 QUYẾT" / "ĐỊNH Ban hành …";
        # a type on the line under the date is the layout kept)
        after = head[date.end():date.end() + 40].lstrip(" \t")
        if after.startswith(("\n", "\r")):
            return False
        after = " ".join(after.split())
        return any(fold(after[:len(f) + 1]).startswith(f) for f, _ in DOC_TYPE_FOLDED)
    return False


# -- step 2 ------------------------------------------------------------------

def unwrap(text: str, chars: list[str]) -> None:
    """A line break after a line that does not end a sentence or clause is the
    site's wrapping: it becomes a space (never before the addressees or recipients,
    which always open a line)."""
    pos = 0
    lines = text.split("\n")
    for line, nxt in zip(lines, lines[1:]):
        pos += len(line)
        if line.strip() and (not ENDS_BLOCK.search(line) or ENDS_IN_NUMBER.search(line)
                             or ENDS_IN_MARK.search(line)) and not RECIPIENTS_START.match(nxt.lstrip()) \
                and not (BARE_NUMBER.fullmatch(line) and starts_new_item(nxt)) \
                and not heading_then_point(line, nxt) and not addressees_then_preamble(line, nxt):
            chars[pos] = " "
        pos += 1


def addressees_then_preamble(line: str, nxt: str) -> bool:
    """The addressees' line over a capitalised grounds ("Kính gửi: Các tổ chức, cá nhân …"
    / "Căn cứ Luật …"): a letter's grounds open a line of their own."""
    nxt = nxt.lstrip()
    return bool(RECIPIENTS_START.match(line.lstrip()) and nxt[:1].isupper() and PREAMBLE_START.match(nxt))


#: A point opened by a dash or bullet ("- Xây dựng kế hoạch …").
DASH_POINT = re.compile(r"[ \t]*[-+•–][ \t]+\S")


def heading_then_point(line: str, nxt: str) -> bool:
    """A numbered heading with no stop, its first point on the next line ("7. UBND các xã:
    Hải Tiến, …, Kim Đông" / "- Xây dựng kế hoạch …"): a copy whose header alone ran
    together keeps its body's lines, and a heading's points are no part of the heading. (Not
    a compound the wrap cut at its dash: "3. Chủ tịch Hội đồng Thi đua" / "- Khen thưởng
    tỉnh …", "giai đoạn 2021" / "- 2025".)"""
    return bool(starts_new_item(line.lstrip()) and DASH_POINT.match(nxt)
                and not continues_range(line, nxt))


# -- step 3 ------------------------------------------------------------------

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


def join(chars: list[str], start: int, end: int) -> None:
    """One part of the header broken across lines ("Số:" / "04/VBHN-BGTVT",
    "BỘ GIAO THÔNG VẬN" / "TẢI") is put back on one line."""
    for i in range(start, end):
        if chars[i] == "\n":
            chars[i] = " "


def lay_header(text: str, chars: list[str]) -> int:
    """Step 3: cut the header into its parts; returns where the preamble starts
    (0 when no header is found). A saved web page may set its own summary first: the
    header is then sought from the first motto the page's opening holds."""
    lo = header_start(text)
    head = text[:lo + HEADER_CHARS]
    motto = list(MOTTO_TEXT.finditer(head, lo))
    number = NUMBER_LINE.search(head, lo)
    if not motto and not number:
        return 0
    first = min([m.start() for m in motto] + ([number.start()] if number else []))
    _lay_issuer(text, head, chars, lo, first, number)
    end = _lay_motto_and_number(text, head, chars, motto, number)
    letter = LETTER_SUBJECT.search(head, end)
    end = _lay_date(text, head, chars, end, motto_run_end(motto))
    # (a decision's title may open with "V/V" too: "QUYẾT ĐỊNH V/V PHÊ DUYỆT …")
    if letter and letter.start() - end < 40 and type_heading(text, end) is None:
        cut(chars, letter.start())
        addressees = ADDRESSEES_LINE.search(text, letter.end(), letter.end() + SUBJECT_CHARS)
        if addressees:                      # ("V/v …" then "Kính gửi: …", on their own lines)
            cut(chars, addressees.start())
        return letter.start()
    return lay_title(text, chars, end)


def _lay_issuer(text: str, head: str, chars: list[str], lo: int, first: int, number) -> None:
    """The issuing body on lines of its own, from the header's start to its rule or to
    the first motto or number; a letter's subject set under it, before the motto."""
    rule = RULE.search(head, lo, first)
    join(chars, lo, rule.start() if rule else first)          # the issuing body
    if not lo:
        # (a note run on before it, "[Bản trích chữ tự động …] BỘ XÂY DỰNG", is no part of it)
        issuer = ISSUER_BEFORE.search(text, max(0, first - ISSUER_CHARS), first)
        lo = issuer.start() if issuer and text[:issuer.start()].strip() else 0
    if lo:
        cut(chars, lo)
    # (a letter with no number may give its subject under the issuer, before the motto:
    # "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI ------ V/v: Bố trí … CỘNG HÒA XÃ HỘI …")
    subject = LETTER_SUBJECT.search(head, lo, first) if not number or number.start() > first else None
    if subject:
        cut(chars, subject.start())


def _lay_motto_and_number(text: str, head: str, chars: list[str], motto: list, number) -> int:
    """Each motto and the number line on lines of their own; returns where the last of
    them ends (the number's symbol, when there is one)."""
    for m in motto:
        join(chars, m.start(), m.end())
        cut(chars, m.start())
        rule = RULE.match(head, m.end() + 1) if m.end() < len(head) else None
        cut_after(text, chars, rule.end() if rule else m.end())
    end = max((m.end() for m in motto), default=0)
    if number:
        join(chars, number.start(), number.end())
        cut(chars, number.start())
        end = number.start("raw") + len(number["raw"].rstrip())
        cut_after(text, chars, end)
    return end


def _lay_date(text: str, head: str, chars: list[str], end: int, motto_end: int) -> int:
    """The place and date on a line of their own, when they follow within 200 characters
    of ``end``; returns where they end (``end`` when there are none)."""
    # (the date comes after the motto, whichever of it and the number a copy ran first: "Số:
    # 856/QĐ-UB CỘNG HOÀ … Độc lập - Tự do - Hạnh phúc Hải Phòng, ngày …" is not dated at a
    # place named "Hạnh phúc Hải Phòng")
    date = PLACE_DATE.search(head, max(end, motto_end))
    if not (date and date.start() - end < 200):
        # a date line without its comma, right after the number
        date = PLACE_DATE_BARE_AT.match(head, end + len(head[end:]) - len(head[end:].lstrip()))
    if date and date.start() - end < 200:
        join(chars, date.start(), date.end())
        cut(chars, date.start())
        cut_after(text, chars, date.end())
        return date.end()
    return end


#: Most characters between the motto's two lines (a rule of dashes may stand between).
MOTTO_GAP = 60


def motto_run_end(motto: list) -> int:
    """End of the header's motto: its first match and the line that follows it, not a
    later "Đảng Cộng sản Việt Nam" in the preamble."""
    end = 0
    for m in motto:
        if end and m.start() - end > MOTTO_GAP:
            break
        end = m.end()
    return end


def header_start(text: str) -> int:
    """Where the header starts: 0, or when the first motto comes after a page's own
    opening (a site's summary of the document), the issuing body in capitals just
    before it ("… ngày 23/11/2025. THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI …")."""
    motto = MOTTO_TEXT.search(text, 0, PAGE_OPENING_CHARS)
    if motto is None or motto.start() < HEADER_CHARS:
        return 0
    issuer = ISSUER_BEFORE.search(text, max(0, motto.start() - ISSUER_CHARS), motto.start())
    return issuer.start() if issuer else motto.start()


def lay_title(text: str, chars: list[str], pos: int) -> int:
    """The type heading in capitals after ``pos``, its title (the run of capitals
    that follows) and the authority line that may end that run. Returns where the
    preamble starts."""
    heading = type_heading(text, pos)
    if heading is None:
        return pos
    start, type_end = heading
    run_end = caps_run_end(text, type_end)
    join(chars, start, run_end)                # the title broken by the site's wrapping
    cut(chars, start)
    cut_after(text, chars, type_end)
    if run_end <= type_end:
        # a title in sentence case ends where the first basis opens ("KẾ HOẠCH Thực hiện
        # Nghị quyết số 34-NQ/TU … năm 2026 Căn cứ Nghị định …")
        # (not at the title's first word: "KẾ HOẠCH Thực hiện Nghị quyết số 34-NQ/TU …")
        first = SPACES.match(text, type_end).end() + 1
        basis = FIRST_BASIS.search(text, first, type_end + SENTENCE_TITLE_CHARS)
        if basis:
            cut(chars, basis.start())
            return basis.start()
        return type_end
    auth = authority_in(text, type_end, run_end)
    if auth is not None:
        cut(chars, auth)
    cut_after(text, chars, run_end)
    return run_end


def type_heading(text: str, pos: int) -> tuple[int, int] | None:
    """Start and end of the type heading in capitals ("QUYẾT ĐỊNH") opening the text
    at ``pos`` (after spaces), or None."""
    # (a web page's header table may leave its cell marks between: "… năm 2024 |" / "QUYẾT ĐỊNH")
    rest = text[pos:pos + 400]
    start = pos + len(rest) - len(rest.lstrip(" \t\n|"))
    folded = fold(text[start:start + 40])
    for f, t in DOC_TYPE_FOLDED:
        if folded.startswith(f) and not folded[len(f):len(f) + 1].isalpha() \
                and text[start:start + len(t)].isupper():
            return start, start + len(t)
    return None


def caps_run_end(text: str, pos: int) -> int:
    """End of the run of words in capitals starting at ``pos`` (the title). A name in
    quotes belongs to it however it is written ("KẾ HOẠCH HÀNH ĐỘNG “Năm An toàn giao
    thông - 2017”")."""
    end = pos
    stop = min(len(text), pos + 1200)
    words = re.compile(r"\S+")
    m = words.search(text, pos, stop)
    while m:
        quoted = QUOTED_NAME.match(text, m.start(), stop)
        if quoted:
            end = quoted.end()
        elif not CAPS_WORD.fullmatch(m.group(0)) or PART_NUMBER.fullmatch(m.group(0)) \
                or m.group(0) == "V/v":
            break                       # (a subject's "V/v" opens the title in small letters)
        else:
            end = m.end()
        m = words.search(text, end, stop)
    return end


def authority_in(text: str, start: int, end: int) -> int | None:
    """Start of the authority line closing a title's run of capitals, or None."""
    best = None
    for m in AUTHORITY.finditer(text, start, end):
        before = text[start:m.start()].split()
        if not before or LINKING_WORD.search(before[-1]) or end - m.start() > AUTHORITY_MAX:
            continue
        best = m.start()
        break
    return best


# -- step 4 ------------------------------------------------------------------

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


def lay_lists(text: str, chars: list[str], body_start: int) -> None:
    """Flattened text only: list items, bases, the enacting word and the closing
    part open lines of their own."""
    for pattern in (LIST_ITEM, BASIS, ENACTING, CLOSING_START, CLOSING_SENTENCE):
        for m in pattern.finditer(text, body_start):
            for i in range(m.start(), m.end()):
                if chars[i] in " \t":
                    chars[i] = "\n"
                    break
    # (on the lines as headings were laid out: the item's number opens its line by now)
    for m in RUN_IN_POINT.finditer("".join(chars), body_start):
        cut(chars, m.start("dash"))


def lay_closing(text: str, chars: list[str], body_start: int) -> None:
    """Flattened text only: the signer's title and name on a line of their own, and
    an appendix after them (its title, its "kèm theo" line) on lines of its own. An
    annex with a header of its own run on after the recipients ("- Lưu: VT. ỦY BAN NHÂN
    DÂN … Độc lập - Tự do - Hạnh phúc QUY CHẾ Quản lý …") has its type open a line."""
    zone = CLOSING_ZONE.search(text, body_start)
    if not zone:
        return
    for m in ANNEX_AFTER_MOTTO.finditer(text, zone.start()):
        cut(chars, m.start("type"))
    for m in APPENDIX_LABEL.finditer(text, zone.start()):
        cut(chars, m.start())
    # (a mark printed without its dot opens a line too: "… thi hành quyết định này. TM UỶ BAN
    # NHÂN DÂN KT CHỦ TỊCH")
    for m in UNDOTTED_MARK.finditer(text, zone.end()):
        cut(chars, m.start())
    for m in DOTTED_MARK.finditer(text, zone.start()):
        cut(chars, m.start())
    # (the signature's words matched in capitals where a page's font left a small letter: "CHỦ TịCH")
    seen = SMALL_SIGNING_WORDS.sub(in_capitals, CAPITALS_WITH_A_SMALL.sub(in_capitals, text))
    for m in SIGNED.finditer(seen, zone.start()):
        acting = ACTING_MARK.search(text, max(0, m.start() - 4), m.start())
        cut(chars, acting.start("mark") if acting else m.start())
        if m.start("name") > m.end("title") + 1:       # (after a note on the signing)
            cut(chars, m.start("name"))
        cut_after(text, chars, m.end())
        attached = ATTACHED.match(text, m.end()) or ATTACHED.search(text, m.end(), m.end() + 600)
        if attached:
            chars[attached.start()] = "\n"
