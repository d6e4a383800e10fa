"""Steps 4 and 7: where the body ends (closing sentence, recipients, signature), then the
signature (TM./KT. marks, the signer's title and name) and the ``Nơi nhận:`` list."""
from __future__ import annotations

import regex as re

from pipeline.models import Document
from pipeline.extraction.registry import PROVINCE_NAMES, fold
from pipeline.reading.normalize import is_syllable
from pipeline.reading.lines import RECIPIENTS_WORDS
from pipeline.extraction.structure.patterns import ANNEX_LINE, APPENDIX, CELL_GAP, is_caps
from pipeline.extraction.structure.header import Line
from pipeline.extraction.structure.sections import heading_of

# Closing block: the closing sentence, the recipients, the signature.
# The closing sentence: "Trên đây là Kế hoạch ...", "Quyết định này có hiệu lực ...",
# "Nghị quyết này được Hội đồng nhân dân ... khóa X, kỳ họp thứ Y thông qua ngày ...".
CLOSING_SENTENCE = re.compile(r"^(?:Trên đây là|(?:Quyết định|Nghị quyết|Thông tư) này có hiệu lực"
                              r"|Nghị quyết này (?:đã )?được\b.{0,300}?\bthông qua)")
RECIPIENTS = re.compile(RECIPIENTS_WORDS + r"\s*:?", re.I)
# The recipients run on after the text's closing mark on its last line, as a copy of a
# page whose recipients and signature sat beside each other leaves them ("… cho phù hợp./.
# Nơi nhận: TM. ỦY BAN NHÂN DÂN"): the closing block begins there.
RECIPIENTS_AFTER_CLOSE = re.compile(r"\./\.\s*(?P<recipients>" + RECIPIENTS_WORDS + r")\s*:")
# Who executes the text, after the sentence that puts it in force ("Quyết định này có hiệu
# lực …" over "Chánh Văn phòng …, Trưởng phòng … chịu trách nhiệm thi hành Quyết định này"):
# the body goes on to that clause.
# (its line may break anywhere: "… chịu" over "trách nhiệm thi hành Quyết định này")
EXECUTING_CLAUSE = re.compile(r"\btrách\s+nhiệm\s+thi\s+hành\b|"
                              r"căn\s+cứ\s+(?:Quyết\s+định|Nghị\s+quyết)\s+(?:này\s+)?thi\s+hành")
# The marks are also written with a slash ("T/M. ĐOÀN KIỂM TRA", "K/T. GIÁM ĐỐC").
# The mark and whom it names share a line: "Lưu: VT, KT." ends with a filing code.
# (a slashed mark may go without its dot: "T/M TỈNH ỦY")
ON_BEHALF = re.compile(r"\b(?P<mark>T/?M|K/?T|T/?L|TUQ|Q)(?:\.|(?<=\b[TK]/[MTL])(?=[ \t]+\p{Lu}{2})"
                       # (or without its dot where it opens its line: "KT GIÁM ĐỐC")
                       r"|(?<=(?m:^)[ \t*_]*(?:KT|TM))(?=[ \t]+\p{Lu}{2}))[ \t]*"
                       # (one authority may hold two titles: "KT. BỘ TRƯỞNG, CHỦ NHIỆM")
                       # (whole words in capitals: not the first letter of the signer's name run on
                       # after them, "TM. ỦY BAN NHÂN DÂN TỈNH CHỦ TỊCH Phạm Thế Dũng")
                       r"(?P<whom>\p{Lu}{2,}(?:(?:[ \t]+|,[ \t]*)(?!(?:T/?M|K/?T|T/?L|TUQ|Q)\.)\p{Lu}+(?!\p{Ll}))*)")
# "TM. <collective>" is signed by the collective's head; the title under the mark,
# when the OCR lost it (a seal drawn over it), is the head's (Decree 30/2020/NĐ-CP).
HEAD_OF = (("uy ban nhan dan", "CHỦ TỊCH"), ("hoi dong", "CHỦ TỊCH"), ("doan", "TRƯỞNG ĐOÀN"),
           # (the Party's central committee is signed by its general secretary, not a "Trưởng ban")
           ("ban chap hanh", ""), ("ban", "TRƯỞNG BAN"), ("to", "TỔ TRƯỞNG"))
# A word in capitals with one small letter a web page's font left in it ("CHỦ TịCH"): the
# signature's words are read in capitals (one letter for one, so offsets stay).
CAPITALS_WITH_A_SMALL = re.compile(r"(?<![\p{L}])\p{Lu}{2,}\p{Ll}\p{Lu}*(?![\p{L}])|(?<![\p{L}])\p{Lu}\p{Ll}\p{Lu}{2,}(?![\p{L}])")
# The marks and the title a web page set in small letters, each on a line of its own ("TM. Ủy
# ban nhân dân tỉnh" / "KT. CHỦ TỊCH" / "Phó Chủ tịch"): read as the capitals they stand for.
SIGNATURE_LINE_IN_SMALL = re.compile(r"(?m)^[ \t]*(?:(?:TM|KT|TL)\.[ \t]+(?i:(?:ủy|uỷ)\s+ban\s+nhân\s+dân(?:\s+tỉnh|\s+thành\s+phố)?)|"
                                     r"(?:Phó\s+)?(?:Chủ\s+tịch|Giám\s+đốc|Bộ\s+trưởng|Chánh\s+Văn\s+phòng|"
                                     r"Trưởng\s+ban)(?:\s+[Tt]hường\s+trực)?)(?=[ \t]*(?:\((?i:đã ký)[^)\n]*\))?[ \t]*$)")


def in_capitals(m) -> str:
    """The match in capitals, where that keeps its length (offsets stay)."""
    up = m.group(0).upper()
    return up if len(up) == len(m.group(0)) else m.group(0)


# Titles printed above the signer's name.
SIGNER_TITLE = re.compile(
    r"(?<![\p{L}.])(?P<title>(?:PHÓ\s+|TỔNG\s+)?(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|BỘ\s+TRƯỞNG|THỨ\s+TRƯỞNG|"
    r"THỦ\s+TƯỚNG|TRƯỞNG\s+BAN|TRƯỞNG\s+PHÒNG|CHÁNH\s+VĂN\s+PHÒNG|CHÁNH\s+THANH\s+TRA|"
    r"CỤC\s+TRƯỞNG|CHI\s+CỤC\s+TRƯỞNG|VỤ\s+TRƯỞNG|BÍ\s+THƯ|HIỆU\s+TRƯỞNG|CHỦ\s+NHIỆM|"
    r"TRƯỞNG\s+ĐOÀN|GIÁM\s+ĐỐC\s+SỞ|"
    # (a deputy of the office may sign as "PHÓ VĂN PHÒNG")
    r"(?<=PHÓ[ \t])VĂN\s+PHÒNG)(?:[ \t]+THƯỜNG[ \t]+TRỰC)?)(?![\p{L}])")
# A second title of the same authority after a comma.
SECOND_TITLE = re.compile(r",[ \t]*" + SIGNER_TITLE.pattern)
# The title a mark is given, which may follow its dot with no space: "KT.CHỦ TỊCH PHÓ CHỦ TỊCH".
MARKS_TITLE = re.compile(SIGNER_TITLE.pattern.removeprefix(r"(?<![\p{L}.])"))
# Words before a name that are not part of it ("Ông Trần Văn An").
HONORIFICS = {"Ông", "Bà", "Anh", "Chị", "Đồng"}
# The last line of the recipients: "- Lưu: VT, ATMT." (an OCR that drops the horn
# reads "- Luu: VT, KT.")
FILING_LINE = re.compile(r"(?m)^[\s\-–•+]*L[ưu]u(?:\s*:|\s+(?=\p{Lu}))[^\n]*$")
# A military or police rank printed before the signer's name ("Đại tá Hà Nghĩa Lộ",
# "THIẾU TƯỚNG" on a line of its own): not part of the name.
RANK = re.compile(r"(?:(?:Đại|Thượng|Trung|Thiếu)[ \t]+(?:tá|tướng|úy|uý)|"
                  r"(?:ĐẠI|THƯỢNG|TRUNG|THIẾU)[ \t]+(?:TÁ|TƯỚNG|ÚY|UÝ))[ \t]+$")
# A document type in words ("Quyết định"), and a legal website's label of the document run
# on after the signer's name in a copied page ("… Nguyễn Hữu Tháp Quyết định 435/QĐ-UBND").
DOC_TYPE_WORDS = r"(?:Quyết định|Kế hoạch|Nghị quyết|Chỉ thị|Thông báo|Công văn|Công điện|Chương trình|Thông tư|Nghị định)\b"
SITE_LABEL = re.compile(r"[ \t]+" + DOC_TYPE_WORDS + r"[ \t]+\d{1,5}/")
# A person's name: 2-6 capitalised words ("Nguyễn Văn Khởi").
# (never a document type run on after it: "Nguyễn Hữu Tháp Quyết định 435/QĐ-UBND …",
# nor an annex's heading: "Nguyễn Tuấn Anh Phụ lục BẢNG TỌA ĐỘ …")
# (a word of one letter stands in the names of the Hmong and the Ê Đê: "Thào A Tráng",
# "Y Biêr Niê", before another word of the name)
_NAME_WORD = r"(?:\p{Lu}\p{Ll}+|[AY](?=[ \t]+\p{Lu}\p{Ll}))"
PERSON_NAME = re.compile(r"(?<![\p{L}])(?P<name>" + _NAME_WORD + r"(?:[ \t]+(?!" + DOC_TYPE_WORDS + r"|Phụ[ \t]+lục\b)" + _NAME_WORD + r"){1,5})"
                         r"(?![\p{L}])")
# "KT. X" is signed by X's deputy; the deputy of a minister is a vice-minister.
DEPUTY_OF = {"BỘ TRƯỞNG": "THỨ TRƯỞNG"}
# A name line missing its first letters: "guyến Thành Sinh".
NAME_FRAGMENT = re.compile(r"(?m)^[^\p{L}\n]{0,3}(?P<frag>\p{Ll}{2,}(?:[ \t]+\p{Lu}\p{Ll}+){1,4})[ \t]*$")

# End of a news article's body.
NEWS_TAIL = re.compile(r"^(?:Bình luận bài viết|Xem thêm trên|Tin liên quan|Bài viết liên quan)")


# --------------------------------------------------------------------------
# Closing block, signature, recipients
# --------------------------------------------------------------------------

def is_signature_line(text: str) -> bool:
    """A line of the signature block: "TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", or the
    title run together with the signer's name ("CHỦ TỊCH Trần Thanh Mẫn")."""
    if ON_BEHALF.match(text):
        return True
    # (a title a page set in small letters on a line of its own: "Phó Chủ tịch" / "(Đã ký)")
    text = SIGNATURE_LINE_IN_SMALL.sub(in_capitals, text)
    t = SIGNER_TITLE.match(text.strip())
    if not t or not is_caps(t.group(0)):
        return False
    # (a note on the signing may follow the title: "CHỦ TỊCH (Đã ký)")
    rest = SIGNING_NOTE.sub("", text.strip()[t.end():]).strip()
    return not rest or bool(PERSON_NAME.fullmatch(rest))


SIGNING_NOTE = re.compile(r"^\s*\((?i:đã ký)[^()\n]{0,30}\)")


# The recipients' first item, which sends the text to those it addresses ("- Như trên;",
# "- Như khoản 2 Điều 8;"): the list has begun even where a scan lost its "Nơi nhận:".
AS_ABOVE = re.compile(r"^[\s\-–•+_~]*Như\s+(?:trên|(?:khoản\s+\d+\s+)?Điều\s+\d+)\s*[;.,:]*\s*$")


def find_body_end(lines: list[Line], body_start: int, text_len: int) -> int:
    """Step 4: first character of the closing block — the closing sentence, the
    recipients (``Nơi nhận:``), the signature, or the end of a news article,
    whichever comes first after the last section.

    A closing sentence counts only when no numbered heading follows it before the
    recipients or signature: "Trên đây là kết quả ..." may close one part of a report
    with the next part still to come."""
    hard = text_len                    # recipients, signature, news tail
    body = [ln for ln in lines if ln.start >= body_start]
    for ln in body:
        if NEWS_TAIL.match(ln.text) or RECIPIENTS.match(ln.text) or is_signature_line(ln.text) \
                or AS_ABOVE.match(ln.text):
            hard = ln.start
            break
        if run_on := RECIPIENTS_AFTER_CLOSE.search(ln.text):
            hard = ln.start + run_on.start("recipients")
            break
    closing = None
    for ln in body:
        if ln.start >= hard or (closing is not None and APPENDIX.match(ln.text)):
            break                      # an appendix's headings are not the body's
        if CLOSING_SENTENCE.match(ln.text):
            # (not where the clause of who executes it follows on the same line: "Quyết định này
            # có hiệu lực kể từ ngày ký. Chánh Văn phòng …, Trưởng phòng … chịu trách nhiệm thi hành")
            if closing is None and not EXECUTING_CLAUSE.search(ln.text):
                closing = ln.start
        elif closing is not None and (heading_of(ln.text) or EXECUTING_CLAUSE.search(ln.text)):
            closing = None             # the body goes on: that sentence closed a part only
    return closing if closing is not None else hard


def title_case(title: str) -> str:
    """'PHÓ CHỦ TỊCH' -> 'Phó Chủ tịch', 'GIÁM ĐỐC' -> 'Giám đốc'."""
    words = title.split()
    if words and words[0] in ("PHÓ", "TỔNG", "Q."):     # ("Q. CHỦ TỊCH": the acting chairman)
        return words[0].capitalize() + " " + title_case(" ".join(words[1:]))
    out = " ".join(words).capitalize()
    return out.replace("văn phòng", "Văn phòng").replace("thanh tra", "Thanh tra") \
        .replace("thường trực", "Thường trực")


INLINE_TAG = re.compile(r"</?[a-zA-Z][^<>\n]*>")


def closing_region(text: str, body_end: int) -> str:
    """The text from the body's end up to an appendix (or the end)."""
    rest = text[body_end:]
    for m in re.finditer(r"(?m)^.*$", rest):
        # (a copy may keep the page's markup: "<p align="center"><b>Phụ lục I</b><br>")
        if m.start() > 0 and APPENDIX.match(INLINE_TAG.sub("", m.group(0)).strip(" *|")):
            return rest[: m.start()]
    return rest


# The rest of a title in capitals between the title and the name in a flattened copy, and
# the word in capitals the copy runs on into after the name.
FLAT_TITLE_RUN = re.compile(r"[ \t]+[\p{Lu}][\p{Lu} \t,\-–]{2,80}[ \t]+")
CAPITALS_AFTER = re.compile(r"[ \t]+\p{Lu}{2,}(?![\p{Ll}])")
# ... or before the footnotes a flattened copy runs on after the name: "… PHÓ CHỦ TỊCH Nguyễn Thị
# Bích Trâm [1] Luật Người cao tuổi …"
FOOTNOTE_AFTER = re.compile(r"[ \t]+\[\d{1,3}\][ \t]")


def stands_alone(region: str, after: int, m) -> bool:
    """A name candidate sits on its own line or cell, or right after the title. A
    province's name is a place, not a person (a table cell "Yên Bái" an OCR read into the
    signature column's lines)."""
    if m["name"] in PROVINCE_NAMES:
        return False
    before = region[after:m.start()]
    if (rank := RANK.search(before)) and (not before[:rank.start()].strip()
                                          or before[:rank.start()].endswith("\n")):
        before = before[:rank.start()]
    tail = region[m.end():m.end() + 4]
    # (or at the end of a recipient's line, the signature column read into it:
    # "- Lãnh đạo VPUBND tỉnh; Nguyễn Thế Phước"; or, in a flattened copy, after a second
    # title in capitals and before the capitals of the text run on after it: "BỘ TRƯỞNG
    # CHỦ TỊCH HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG Nguyễn Văn Thắng QUY CHẾ …")
    flat = FLAT_TITLE_RUN.fullmatch(before)
    # (or after a speck a worn copy left at the line's start, the name alone on the rest of
    # the line: "- Nguyễn Hoàng Giang", not a recipient "- Bộ Công Thương (b/c);")
    specked = re.search(r"\n[-_`'|~^.\"][ \t]*$", before) and (re.match(r"[ \t]*(?:\n|$)", tail)
                                                                  or NON_STOP_SPECK_AFTER.match(region, m.end()))
    own_start = not before.strip() or re.search(r"(?:\n|\s{3}|\n[-–•+][^\n]*[;.]\s)\s*$", before) or flat or specked
    # (or a table cell's end, or a website's label after it)
    own_end = not tail.strip() or re.match(r"\s*\n|\s{3}|\s*\(|\s*\|", tail) \
        or SITE_LABEL.match(region, m.end()) \
        or (flat and CAPITALS_AFTER.match(region, m.end())) or FOOTNOTE_AFTER.match(region, m.end()) \
        or _speck_after(region, m.end()) \
        or specked or (before.endswith("\n") or not before) and PUNCT_SPECK_AFTER.match(region, m.end()) \
        or (before.endswith("\n") or not before) and RECIPIENT_AFTER.match(region, m.end())
    return bool(own_start and own_end)


# What a scan may leave after the name on its line: a speck of the seal or signature read
# as letters no syllable holds ("Hoàng Chí Hiền wư"); or, the two columns read as one line,
# the recipients' next entry ("Trần Huy Tuấn - Cổng thông tin điện tử tỉnh;").
SPECK_AFTER = re.compile(r"[ \t]+(?P<speck>\p{L}{1,3})[ \t]*(?:\n|$)")
# ... or a mark of the seal or the ink, alone at the name's line's end ("Bùi Thanh An.",
# "Trần Thị Diệu Thúy :", "Phùng Thành Vinh -"); not a recipient's ";" nor a bracket.
_INK_MARKS = r":_`'\"~^\-"
PUNCT_SPECK_AFTER = re.compile(rf"[ \t]*[.{_INK_MARKS}]{{1,2}}[ \t]*(?:\n|$)")
# (after a speck at the line's start too, but not a stop: "- Sở Y Tế." is a recipient)
NON_STOP_SPECK_AFTER = re.compile(rf"[ \t]*[{_INK_MARKS}]{{1,2}}[ \t]*(?:\n|$)")
RECIPIENT_AFTER = re.compile(r"[ \t]+[-–][ \t]+\p{Lu}[^\n]*[;.][ \t]*(?:\n|$)")


def _speck_after(region: str, end: int) -> bool:
    speck = SPECK_AFTER.match(region, end)
    return bool(speck) and not is_syllable(speck["speck"])


def _marks(region: str) -> tuple[dict, int]:
    """The TM./KT. marks of a signature block ({"on_behalf": …, "for": …}) and where the
    last of them ends, past the title a KT. mark prints after its own."""
    sig: dict = {}
    pos = 0
    for m in ON_BEHALF.finditer(region):
        mark = m["mark"].replace("/", "")
        whom = re.sub(r"\s+", " ", m["whom"]).strip()
        # the title printed after "KT. CHỦ TỊCH" starts after the mark's own title
        t = MARKS_TITLE.match(region, m.start("whom"))
        if t and (second := SECOND_TITLE.match(region, t.end())):
            t = second                  # "KT. BỘ TRƯỞNG, CHỦ NHIỆM": both titles are the mark's
        if mark != "TM" and t:
            whom = re.sub(r"\s+", " ", region[m.start("whom"):t.end()])
        key = "on_behalf" if mark == "TM" else "for"
        sig[key] = f"{mark}. {whom}"
        pos = t.end() if t and mark != "TM" else m.end("whom")
    return sig, pos


# The first word of a body's name, which no person's name opens with ("Bộ Công Thương").
BODY_WORD = re.compile(r"(?:Bộ|Sở|Ban|Cục|Chi|Ủy|Uỷ|Công|Phòng|Trung|Văn|Hội|Viện|Tổng|Đài|Báo|Kho|Thanh|Ngân|"
                       r"Tỉnh|Thành|Đảng|Mặt|Liên|Học|Trường|Bệnh|Cổng|Lãnh|Các|Như)\b")
# A speck a worn copy left before the name that opens the line after the filing line.
SPECK_OPENING = re.compile(r"[ \t]*(?:[-_`'|~^.\"“”][ \t]*)?")


def _name_after_filing(region: str, body_end: int, min_words: int = 3, worn: bool = False) -> dict:
    """A full name (``min_words`` words or more, so no place name) alone on the very next
    line after the recipients' filing line "Lưu: VT, ..."; {} if there is none. With
    ``worn``, the name opens that line, after a speck perhaps, whatever a worn copy ran on
    after it ("" Phan Trung Bá tụ", "- Nguyễn Tuấn Anh PHỤ LỤC:", "Phạm Năng Chung 4 Ưu
    tiên …"). A body's name is never one."""
    filed = FILING_LINE.search(region)
    nxt = filed and re.match(r"\s*\n[ \t]*", region[filed.end():])
    if not nxt:
        return {}
    at = filed.end() + nxt.end()
    line_end = region.find("\n", at) if "\n" in region[at:] else len(region)
    if worn:
        name = PERSON_NAME.match(region, SPECK_OPENING.match(region, at).end())
    else:
        name = PERSON_NAME.fullmatch(region, at, at + len(region[at:line_end].rstrip()))
    if not name or len(name["name"].split()) < min_words or name["name"] in PROVINCE_NAMES \
            or BODY_WORD.match(name["name"]):
        return {}
    return {"signer": name["name"], "signer_start": body_end + name.start(), "signer_end": body_end + name.end()}


def parse_signature(text: str, body_end: int) -> dict:
    """Step 7: TM./KT. marks, the signer's title and name, with offsets."""
    region = SIGNATURE_LINE_IN_SMALL.sub(in_capitals, CAPITALS_WITH_A_SMALL.sub(in_capitals, closing_region(text, body_end)))
    sig, pos = _marks(region)
    titles = [t for t in SIGNER_TITLE.finditer(region, pos)]
    if titles and title_of_mark(sig) and _name_before(region, pos, titles[0].start()):
        titles = []     # a post printed under the name ("Hoàng Văn Thuân / PHÓ GIÁM ĐỐC"): the mark's head signs
    if len(titles) > 1 and _deputy_below(titles[0], titles[1]):
        titles = titles[1:]             # "ÁP CHỦ TỊCH" / "PHÓ CHỦ TỊCH": a "KT." the OCR lost
    if titles:
        title = titles[0]
        read, after = re.sub(r"\s+", " ", title["title"]), title.end()
        sig["title_start"] = body_end + title.start()
    elif (read := title_of_mark(sig)):
        after = pos                    # no title read under the marks: the mark's own
    else:
        # no title at all (a seal over the whole block)
        # (a block with no title: 2 words under a mark, "T/M TỈNH ỦY" … "Hoàng Giang")
        return {**sig, **_name_after_filing(region, body_end, 2 if sig else 3)}
    name = next((n for n in PERSON_NAME.finditer(region, after) if stands_alone(region, after, n)), None) \
        or SIGNED_THEN_NAME.match(region, after)
    if "for" in sig and sig["for"].split(". ", 1)[-1] == read:
        # "KT. CHỦ TỊCH" is signed by a deputy: a title equal to the mark's lost its
        # "PHÓ" to the OCR (the seal or signature drawn over it)
        read = DEPUTY_OF.get(read, "PHÓ " + read)
    sig["signer_title"] = title_case(read)
    if name:
        sig["signer"] = name["name"]
        sig["signer_start"] = body_end + name.start("name")
        sig["signer_end"] = body_end + name.end("name")
    elif (full := completed_name(region, after, text)):
        sig["signer"] = full[0]
        sig["signer_start"] = body_end + full[1]
        sig["signer_end"] = body_end + full[2]
    elif (filed := _name_after_filing(region, body_end, worn=True)):
        # no name stands alone under the title
        sig.update(filed)
    elif not titles and not re.search(r"\p{Ll}", _before_annex(text[body_end + pos:])) \
            and not re.search(r"\s+".join(map(re.escape, read.split())), _before_annex(region), re.I):
        # the mark alone at the end of a copy, nothing written under it but capitals (a copy
        # cut after "TM. ỦY BAN NHÂN DÂN", the annexed plan's title begun): who signs is not
        # printed, so no title is given for them (a seal over the title leaves a name below)
        del sig["signer_title"]
    return sig


def _deputy_below(first, second) -> bool:
    """The second title read is the first's deputy ("CHỦ TỊCH" over "PHÓ CHỦ TỊCH"): the first
    is the head a "KT." mark names, its mark lost."""
    head, deputy = (" ".join(t["title"].upper().split()) for t in (first, second))
    return deputy in (f"PHÓ {head}", DEPUTY_OF.get(head, ""))


def _name_before(region: str, start: int, end: int) -> bool:
    """Whether a name line (or one whose first word the seal garbled) stands between
    the marks and the first title, which then is the post printed under the name."""
    return bool(any(stands_alone(region, start, n) for n in PERSON_NAME.finditer(region, start, end))
                or NAME_FRAGMENT.search(region, start, end))


# A legal website's mark of the signature it does not reproduce, after the signer's name:
# "… thi hành Quyết định này. Đào Đình Bình (Đã ký) QUY ĐỊNH …" (the name may be wrapped).
SIGNED_ON_SITE = re.compile(r"(?<![\p{L}])(?P<name>" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,4})\s*\(\s*Đã\s+ký\s*\)")


# ... or before it, the block run into one line: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH
# (Đã ký) Trần Thanh Lộc".
SIGNED_THEN_NAME = re.compile(r"[\s*_]*\(\s*Đã\s+ký\s*\)[\s*_]*(?P<name>" + _NAME_WORD + r"(?:\s+" + _NAME_WORD
                              + r"){1,4})(?=[\s*_|]*(?:\n|$))")


def _signed_on_site(text: str, body_start: int) -> dict:
    """The signer a website's copy marks "(Đã ký)" after the name, where no signature block
    was read; {} when there is no such mark."""
    m = SIGNED_ON_SITE.search(text, body_start)
    if not m or BODY_WORD.match(m["name"]):
        return {}
    return {"signer": " ".join(m["name"].split()), "signer_start": m.start("name"), "signer_end": m.end("name")}


def _before_annex(rest: str) -> str:
    """What a copy prints after the signature mark, up to an annexed plan's own lines."""
    m = ANNEX_LINE.search(rest)
    return rest[:m.start()] if m else rest


def _drop_misread_signer(doc: Document, sig: dict) -> None:
    """A name read off a scan under the seal, with a word no Vietnamese syllable
    ("Hơấñg Chí Hiên"), is no name to report; the title above it stands. A family name
    read with a wrong mark ("Đỉnh Công Sứ") is the one family name of those letters."""
    if "signer" not in sig or doc.page_at(sig["signer_start"]) not in doc.ocr_pages:
        return
    if not all(is_syllable(w) for w in sig["signer"].split()):
        for key in ("signer", "signer_start", "signer_end"):
            del sig[key]
        return
    first, _, rest = sig["signer"].partition(" ")
    if rest and first not in FAMILY_NAMES and len(named := FAMILY_NAMES_BY_LETTERS.get(fold(first), ())) == 1:
        sig["signer"] = f"{named[0]} {rest}"


# Vietnamese family names, the common ones; by their letters without marks, where the OCR
# may misread a mark ("Đỉnh" for "Đinh"). Letters two names share ("La", "Lã") tell neither.
FAMILY_NAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Đoàn Trịnh Trương "
    "Lương Lưu Mạc Tạ Tô Tống Nông Lâm Quách Cao Mai Diệp Thái Chu Kiều Hứa Vương Triệu Thân Phùng Lục "
    "Khuất Tiêu Hầu Giang Tăng Đàm Châu Văn Hà Lò Vi Hoàng Kim Doãn Cù Khổng Lại Nghiêm Ninh Âu Bạch "
    "Biện Cấn Chử Đồng Hàn La Lã Ma Mẫn Ông Quan Quản Sầm Thạch Trình Từ Viên Vy Yên "
    # (and rarer ones whose letters are a common one's: "Lường" is no misread "Lương")
    "Lường Đường Lữ Phí Giáp Khương Ngụy Mông Thiều Tào Tôn Ứng Ưng Hạ Đăng".split())
FAMILY_NAMES_BY_LETTERS: dict[str, tuple[str, ...]] = {}
for _name in sorted(FAMILY_NAMES):
    FAMILY_NAMES_BY_LETTERS[fold(_name)] = FAMILY_NAMES_BY_LETTERS.get(fold(_name), ()) + (_name,)


def title_of_mark(sig: dict) -> str:
    """The signer's title when the OCR read the marks but lost the title under them:
    "KT. CHỦ TỊCH" is signed by a deputy ("PHÓ CHỦ TỊCH"), "TM. ĐOÀN KIỂM TRA" by the
    collective's head ("TRƯỞNG ĐOÀN"). Empty when the marks say nothing of it."""
    if "for" in sig:
        # an acting head signs as such ("Q. CHỦ TỊCH"); "KT. X" is signed by X's deputy,
        # whom the caller names from X (one title: "KT. BỘ TRƯỞNG, CHỦ NHIỆM" has no one
        # deputy); whoever signs "TL."/"TUQ." is not told by the mark
        if sig["for"].startswith("Q. "):
            return sig["for"]
        mark, _, whom = sig["for"].partition(". ")
        return whom if mark == "KT" and "," not in whom else ""
    whom = fold(sig.get("on_behalf", "").split(". ", 1)[-1]).lower()
    whom = re.sub(r"^ban ch\w*p hanh\b", "ban chap hanh", whom)      # (OCR: "BAN CHẮÁP HÀNH")
    for start, head in HEAD_OF:
        if whom == start or whom.startswith(start + " "):
            return head
    return ""


def completed_name(region: str, after: int, text: str = "") -> tuple[str, int, int] | None:
    """A signer's name whose first letters the OCR lost ("guyến Thành Sinh") completed
    from a full name of the closing block that ends the same way once accents are
    folded ("- PCT UBND tỉnh Nguyễn Thành Sinh;"). A first word the seal garbled whole
    ("lowfg Văn Thuân") is completed from the one full name of the document (``text``)
    whose other words are the fragment's ("Ông. Hoàng Văn Thuân - Trưởng đoàn").
    Returns the full name and the fragment's span; None when no full name fits (a
    fragment is never kept as is)."""
    for frag in NAME_FRAGMENT.finditer(region, after):
        tail = fold(frag["frag"])
        for n in PERSON_NAME.finditer(region):
            full = n["name"]
            if len(full.split()) == len(frag["frag"].split()) and fold(full).endswith(tail) \
                    and len(tail) >= len(fold(full)) - 3:
                return full, frag.start("frag"), frag.end("frag")
        words = frag["frag"].split()
        if len(words) < 3:
            continue                   # a given name alone is too weak a key
        rest = fold(" ".join(words[1:]))
        names = (" ".join(n["name"].split()[1:]) if n["name"].split()[0] in HONORIFICS else n["name"]
                 for n in PERSON_NAME.finditer(text or region))
        fits = {n for n in names if len(n.split()) == len(words) and fold(n).endswith(" " + rest)}
        if len(fits) == 1:
            return fits.pop(), frag.start("frag"), frag.end("frag")
    return None


def parse_recipients(text: str, body_end: int, signature: dict | None = None) -> list[str]:
    """The ``Nơi nhận:`` list, one entry per recipient (items split at ';'); it ends
    where the signature's marks or the signer's name begin."""
    region = closing_region(text, body_end)
    if signature and signature.get("signer_start", -1) > body_end:
        region = region[: signature["signer_start"] - body_end]
    m = RECIPIENTS.search(region)
    if not m:
        return []
    stop = len(region)
    first_nl = region.find("\n", m.end())
    first_nl = len(region) if first_nl < 0 else first_nl
    for marker in (ON_BEHALF, SIGNER_TITLE):
        for s in marker.finditer(region, m.end()):
            # a title on the line of "Nơi nhận:" sits in another column: skip it
            if s.start() > first_nl or region[m.end():s.start()].strip(" -–•+"):
                stop = min(stop, s.start())
                break
    chunk = region[m.end():stop]
    head = region[m.end():min(first_nl, stop)]
    if is_caps(head) and SIGNER_TITLE.search(head):
        chunk = region[min(first_nl, stop):stop]
    chunk = "\n".join(CELL_GAP.split(line)[0] for line in chunk.split("\n"))
    out = []
    for item in re.split(r"(?:^|\n|(?<=[;:.])\s)\s*[-–•+]\s*", chunk):
        for part in item.split(";"):
            part = re.sub(r"\s+", " ", part).strip(" .;,")
            if part:
                out.append(part)
    return out
