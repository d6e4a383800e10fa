"""Step 4, flattened text only: blocks with no number open lines too: list items, bases,
the enacting word, the closing sentences and recipients, the signer's title and name,
and an appendix run on after them."""
from __future__ import annotations

import regex as re

from pipeline.reading.lines import RECIPIENTS_WORDS
from pipeline.extraction.structure import CAPITALS_WITH_A_SMALL, SIGNER_TITLE, in_capitals
from pipeline.extraction.layout.cuts import cut, cut_after

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
#: The sentences that close a plan or letter after its last item ("… để người dân biết.
#: Trên đây là Kế hoạch …", "Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị …").
CLOSING_SENTENCE = re.compile(r"(?<=[.;!])\s+(?=(?:Trên đây là|Trong quá trình (?:tổ chức )?(?:thực hiện|triển khai)"
                              r"|(?:Ủy ban nhân dân|UBND|Uỷ ban nhân dân) (?:tỉnh|thành phố|Thành phố) "
                              r"(?:yêu cầu|đề nghị))\b)")
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
