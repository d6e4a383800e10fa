"""Marks of OCR'd pages mended: common phrases (tests/test_agencies.py) and
single syllables by the pairs they make with their neighbours in clean texts."""
from __future__ import annotations

import pytest

from pipeline.extraction.extract import extract
from pipeline.extraction.mend import mend_ocr_pages
from pipeline.models import Block, Document, Page
from pipeline.reading.ingest import assemble

TITLE_AS_READ = "KÊT LUẬN CÚA PHÓ THÚ TƯỚNG CHÍNH PHÚ TẠI BUỔI LÀM VIỆC VỚI TỈNH"


def ocr_doc(text: str, ocr: bool = True) -> Document:
    """A one-page PDF whose page was read by OCR (or from its text layer)."""
    return Document(doc_id="s", source="s.pdf", sha256="", format="pdf", text=text,
                    pages=[Page(number=1, start=0, end=len(text), ocr=ocr)], ocr_pages=[1] if ocr else [])


def scanned(lines: list[str]) -> Document:
    """A one-page PDF of ``lines`` whose page was read by OCR, assembled as the reader does."""
    doc = Document(doc_id="s", source="s.pdf", sha256="", format="pdf")
    assemble(doc, [Block(ln) for ln in lines], None)
    doc.pages = [Page(number=1, start=0, end=len(doc.text), ocr=True)]
    doc.ocr_pages = [1]
    return doc


@pytest.mark.parametrize("read, mended", [
    (TITLE_AS_READ, "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ TẠI BUỔI LÀM VIỆC VỚI TỈNH"),
    ("SỬ DỤNG VẬT LIỆU NÓ CÔNG NGHIỆP", "SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP"),
    # a common syllable read for another common one: both neighbours call for the other
    ("PHÁT ĐỘNG PHONG TRÀO THỊ ĐUA", "PHÁT ĐỘNG PHONG TRÀO THI ĐUA"),
    ("TRÊN ĐỊA BÀN THÀNH PHỐ CÂN THƠ", "TRÊN ĐỊA BÀN THÀNH PHỐ CẦN THƠ"),
    ("NÂNG CAO NĂNG LỤC CHO CÁN BỘ", "NÂNG CAO NĂNG LỰC CHO CÁN BỘ"),
    # ... but not where one neighbour alone does ("THỊ XÃ" is a word)
    ("PHONG TRÀO THỊ XÃ", "PHONG TRÀO THỊ XÃ"),
    # a run misread side by side is read as a whole, each syllable by the others as mended
    ("CHƯƠNG TRÌNH PHONG CHONG BẸNH LƠ MOM LONG MONG GIA SÚC",
     "CHƯƠNG TRÌNH PHÒNG CHỐNG BỆNH LỞ MỒM LONG MÓNG GIA SÚC"),
    ("HỘI ĐỒNG THỊ ĐUA KHEN THƯƠNG TINH VINH LONG", "HỘI ĐỒNG THI ĐUA KHEN THƯỞNG TỈNH VĨNH LONG"),
    ("TRẠM CAN ĐÔI CHƯNG TREN ĐỊA BẢN TĨNH", "TRẠM CÂN ĐỐI CHỨNG TRÊN ĐỊA BÀN TỈNH"),
    # ... across a line break too, where a title wraps
    ("CHƯƠNG TRÌNH PHONG CHONG\nBẸNH LƠ MOM LONG MONG", "CHƯƠNG TRÌNH PHÒNG CHỐNG\nBỆNH LỞ MỒM LONG MÓNG"),
    ("thủ tục cấp\nGiây phép vận chuyển", "thủ tục cấp\nGiấy phép vận chuyển"),
    # ... and with one neighbour only, where a column's other line came between ("… năm
    # 2026" over "Giây phép"), when that one pair is common; a single sentence-opening
    # neighbour that could go either way leaves the word as read
    ("ngày tháng năm 2026\nGiây phép vận chuyển", "ngày tháng năm 2026\nGiấy phép vận chuyển"),
    ("Nghị định 82/2022/NĐ-CP sửa đối, bồ sung", "Nghị định 82/2022/NĐ-CP sửa đổi, bổ sung"),
    ("ngày 5/3/2026\nGiây lát", "ngày 5/3/2026\nGiây lát"),
    # ... never drawing a stroke the scan did not: "AN TOÀN ĐIỆN" is no "toàn diện"
    ("QUY ĐỊNH QUẢN LÝ AN TOÀN ĐIỆN TRÊN ĐỊA BÀN TỈNH", "QUY ĐỊNH QUẢN LÝ AN TOÀN ĐIỆN TRÊN ĐỊA BÀN TỈNH"),
    # ... and a word the dictionary knows stays, however seldom plans use it
    ("KẾ HOẠCH QUỐC GIA VỀ DINH DƯỠNG", "KẾ HOẠCH QUỐC GIA VỀ DINH DƯỠNG"),
    # small letters: only where both neighbours outweigh the reading by far
    ("văn bản quy định chỉ tiết thi hành Luật", "văn bản quy định chi tiết thi hành Luật"),
    ("bảo đảm kinh phí chỉ trả trợ cấp", "bảo đảm kinh phí chi trả trợ cấp"),
    ("dựa vào cộng đồng", "dựa vào cộng đồng"),
    ("chợ truyền thống trong khu vực", "chợ truyền thống trong khu vực"),
    ("Ủy ban nhân dân tỉnh chỉ đạo các sở", "Ủy ban nhân dân tỉnh chỉ đạo các sở"),
    # ... and so with a name's words, whose first letter only is a capital
    ("Giám đốc Sở Tự pháp chủ trì", "Giám đốc Sở Tư pháp chủ trì"),
    ("phê duyệt Để án phát triển", "phê duyệt Đề án phát triển"),
    # a marked word whose capitals look like its small letters, read too big in a sentence
    ("các SỞ, ngành và Ủy ban nhân dân", "các sở, ngành và Ủy ban nhân dân"),
    # before a name's next word it opens the name, after a heading in capitals too
    ("VI. TỔ CHỨC THỰC HIỆN\n1. SỞ Giáo dục và Đào tạo: Chủ trì", "VI. TỔ CHỨC THỰC HIỆN\n1. Sở Giáo dục và Đào tạo: Chủ trì"),
    ("Đài VOV và các sở", "Đài VOV và các sở"),
    ("KẾ HOẠCH SỐ 12", "KẾ HOẠCH SỐ 12"),
    # lower case is read well by the OCR and left as it is; so is a code ("KH/TU")
    ("các xã, phường Tân Phong", "các xã, phường Tân Phong"),
    ("Kế hoạch số 13-KH/TU ngày 5/3/2026", "Kế hoạch số 13-KH/TU ngày 5/3/2026"),
    # a syllable no word can be (p, t, c, ch at its end without the rising or heavy tone) takes
    # the marks of the likeliest that can, wherever it stands (NQ-19's scan: "câp" 41 times)
    ("bảo đảm chât lượng sản xuât; an ninh quôc gia", "bảo đảm chất lượng sản xuất; an ninh quốc gia"),
    ("câp tỉnh", "cấp tỉnh"),
    # ... but not a code or a word of another language, which has no such syllable to be
    ("CNTT và Internet", "CNTT và Internet"),
    # specks read as marks: alone between words, or as a stop inside a common pair
    ("Giám đốc Sở Tư # pháp chịu trách nhiệm", "Giám đốc Sở Tư   pháp chịu trách nhiệm"),
    ("Liên Sở Tài chính - Giao thông ‹ công chính", "Liên Sở Tài chính - Giao thông   công chính"),
    ("Chánh Văn phòng, 'Giám đốc Sở Tài chính", "Chánh Văn phòng,  Giám đốc Sở Tài chính"),
    ("THỰC HIỆN QUYẾT. ĐỊNH SỐ 12", "THỰC HIỆN QUYẾT  ĐỊNH SỐ 12"),
    ("tại Tờ. trình số 5", "tại Tờ  trình số 5"),
    # (at a line's end inside a wrapped title too, but not a sentence's end before a capital)
    ("TRONG CÁC KHU CÔNG.\nNGHỆ CAO", "TRONG CÁC KHU CÔNG \nNGHỆ CAO"),
    ("nước ngọt.\nhs\n- Kết quả", "nước ngọt.\nhs\n- Kết quả"),
    ("đã thành công.\nAn ninh được giữ vững", "đã thành công.\nAn ninh được giữ vững"),
    ("các cá nhân liên quan có trách . _ nhiệm thi hành", "các cá nhân liên quan có trách     nhiệm thi hành"),
    # ... or inside a phrase the rules read, which is never written with one (a phrase of
    # three words or more in title case too; two words after a stop may open a sentence)
    ("Chánh văn phòng Ủy ban: Nhân dân thành phố", "Chánh văn phòng Ủy ban  Nhân dân thành phố"),
    ("Chủ tịch Ủy ban nhân - dân các xã", "Chủ tịch Ủy ban nhân   dân các xã"),
    ("Chủ tịch UBND các xã, - phường", "Chủ tịch UBND các xã,   phường"),
    ("Trong quá trình tổ chức: thực hiện nếu có", "Trong quá trình tổ chức  thực hiện nếu có"),
    ("Giám đốc Sở Công: Thương chủ trì", "Giám đốc Sở Công  Thương chủ trì"),
    ("đã thành công. An ninh được giữ vững", "đã thành công. An ninh được giữ vững"),
    # ... glued before a document's number; a code's last small letter set apart (a code's
    # syllables keep their letters: "CAT" is no word to mend)
    ("Nghị định số -142/2005/NĐ-CP", "Nghị định số  142/2005/NĐ-CP"),
    ("tại Tờ trình số 817/TT r-SXD-KTKH ngày 5", "tại Tờ trình số 817/TTr -SXD-KTKH ngày 5"),
    ("Tờ trình số 2975/TTIr-CAT-QLXNC", "Tờ trình số 2975/TTr -CAT-QLXNC"),
    # ... not a sentence's end, nor the comma of a pair written with one
    ("kể từ ngày ký. Chánh Văn phòng", "kể từ ngày ký. Chánh Văn phòng"),
    ("CHƯƠNG TRÌNH PHÒNG, CHỐNG MA TÚY", "CHƯƠNG TRÌNH PHÒNG, CHỐNG MA TÚY"),
])
def test_a_syllable_takes_the_marks_its_neighbours_call_for(read, mended):
    assert mend_ocr_pages(ocr_doc(read), read) == mended
    assert mend_ocr_pages(ocr_doc(read, ocr=False), read) == read      # a text layer: as it is


def test_the_title_is_mended_and_the_saved_text_keeps_what_the_page_says():
    lines = ["THỦ TƯỚNG CHÍNH PHỦ", "Số: 648/TB-VPCP", "Hà Nội, ngày 12 tháng 11 năm 2025", "THÔNG BÁO",
             TITLE_AS_READ, "Ngày 5 tháng 11 năm 2025, Phó Thủ tướng làm việc với tỉnh.",
             "1. Bộ Tài chính chủ trì, phối hợp với tỉnh rà soát các dự án."]
    doc = scanned(lines)
    meta = extract(doc).meta
    assert meta.title == "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ TẠI BUỔI LÀM VIỆC VỚI TỈNH"
    assert TITLE_AS_READ in doc.text


def test_a_title_loses_the_stray_stops_a_scan_put_in_it():
    title = "BAN HÀNH KẾ HOẠCH THỰC. HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC. GIA PHÒNG, CHỐNG MA TÚY"
    lines = ["ỦY BAN NHÂN DÂN TỈNH VĨNH LONG", "Số: 12/QĐ-UBND", "Vĩnh Long, ngày 3 tháng 4 năm 2013",
             "QUYẾT ĐỊNH", title, "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.",
             "Điều 2. Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này./."]
    doc = scanned(lines)
    meta = extract(doc).meta
    assert "KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA PHÒNG, CHỐNG MA TÚY" in meta.title
    assert title in doc.text                # the saved text keeps what the page says


def test_symbols_a_scan_split_are_cited_whole():
    lines = ["ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", "Số: 12/QĐ-UBND", "Hà Giang, ngày 3 tháng 4 năm 2013",
             "QUYẾT ĐỊNH", "Về việc ban hành quy chế",
             "Căn cứ Nghị định số ` -142/2005/NĐ-CP ngày 14/11/2005 của Chính phủ;",
             "Xét đề nghị tại Tờ trình số 2975/TTIr-CAT-QLXNC ngày 15/8/2013 và Tờ trình số 817/TT r-SXD ngày 5/8/2013,",
             "Điều 1. Ban hành kèm theo Quyết định này Quy chế."]
    doc = scanned(lines)
    cited = {r.symbol for r in extract(doc).references}
    assert cited == {"142/2005/NĐ-CP", "2975/TTr-CAT-QLXNC", "817/TTr-SXD"}


def test_an_execution_clause_read_with_specks_names_its_bodies():
    # a colon speck inside the name, and the clause's closing stop read as a colon
    clause = ("Điều 3. Các Ông (bà) Chánh văn phòng Ủy ban: Nhân dân thành phố, Giám đốc các Sở Tài Chính, "
              "Giao thông công chính cùng các đơn vị có liên quan căn cứ quyết định thi hành:")
    lines = ["ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "Số: 1693/QĐ-UB", "Hải Phòng, ngày 5 tháng 10 năm 1998",
             "QUYẾT ĐỊNH", "Điều chỉnh mức thu cước qua phà", "Điều 1. Nay điều chỉnh mức thu cước qua phà.",
             "Điều 2. Quyết định này có hiệu lực từ ngày 15 tháng 10 năm 1998.", clause, "Phó Chủ tịch", "Đỗ Gia Phách"]
    found = {(a.agency, a.role) for a in extract(scanned(lines)).agencies}
    assert found == {("Chánh văn phòng Ủy ban Nhân dân thành phố", "implement"), ("Sở Tài chính", "implement"),
                     ("Sở Giao thông công chính", "implement")}


def test_a_first_part_read_as_one_is_part_i_where_part_ii_follows_without_it():
    body = ("1. CÔNG TÁC QUẢN LÝ NHÀ NƯỚC VỀ KHOÁNG SẢN\n1. Công tác ban hành văn bản\nNội dung.\n"
            "II. TÌNH HÌNH HOẠT ĐỘNG KHOÁNG SẢN\n1. Công tác thăm dò\nNội dung.\n")
    assert mend_ocr_pages(ocr_doc(body), body).startswith("I. CÔNG TÁC QUẢN LÝ")
    # not where part I is printed, nor without a part II, nor on a text layer
    printed = "I. MỤC ĐÍCH\n1. MỤC ĐÍCH CHUNG\nNội dung.\nII. NHIỆM VỤ\n"
    assert mend_ocr_pages(ocr_doc(printed), printed) == printed
    alone = "1. CÔNG TÁC QUẢN LÝ\nNội dung.\n2. TÌNH HÌNH\n"
    assert mend_ocr_pages(ocr_doc(alone), alone) == alone
    assert mend_ocr_pages(ocr_doc(body, ocr=False), body) == body


@pytest.mark.parametrize("title, passage, mended", [
    # marks lost in capitals, restated in small letters: the two readings of the page settle it
    ("BAN HÀNH KẾ HOẠCH PHONG, CHONG BỆNH LỞ MỒM LONG MÓNG GIA SÚC",
     "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống bệnh lở mồm long móng gia súc.",
     "BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG BỆNH LỞ MỒM LONG MÓNG GIA SÚC"),
    # ... and where they agree, the pair model does not overrule them ("tăng" follows
    # "việc" more often than "tang", "chở" follows "các" more often than "chợ")
    ("QUY ĐỊNH NẾP SỐNG VĂN MINH TRONG VIỆC CƯỚI, VIỆC TANG TRÊN ĐỊA BÀN",
     "Điều 1. Ban hành kèm theo Quyết định này Quy định nếp sống văn minh trong việc cưới, việc tang trên địa bàn.",
     "QUY ĐỊNH NẾP SỐNG VĂN MINH TRONG VIỆC CƯỚI, VIỆC TANG TRÊN ĐỊA BÀN"),
    # a passage misread in its turn does not undo a title read right ("của hàng" for "cửa hàng")
    ("QUY ĐỊNH GIỜ BÁN HÀNG TẠI CÁC CỬA HÀNG BÁN LẺ XĂNG DẦU",
     "Điều 1. Ban hành kèm theo Quyết định này Quy định giờ bán hàng tại các của hàng bán lẻ xăng dầu.",
     "QUY ĐỊNH GIỜ BÁN HÀNG TẠI CÁC CỬA HÀNG BÁN LẺ XĂNG DẦU"),
    # a scan never draws a stroke: ĐIỆN stays, though "toàn diện" is the commoner pair
    ("BAN HÀNH QUY ĐỊNH QUẢN LÝ AN TOÀN ĐIỆN TRÊN ĐỊA BÀN TỈNH",
     "Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý an toàn diện trên địa bàn tỉnh.",
     "BAN HÀNH QUY ĐỊNH QUẢN LÝ AN TOÀN ĐIỆN TRÊN ĐỊA BÀN TỈNH"),
])
def test_a_scanned_title_and_its_restatement_are_two_readings(title, passage, mended):
    text = f"QUYẾT ĐỊNH\n{title}\n{passage}\n"
    assert mend_ocr_pages(ocr_doc(text), text).split("\n")[1] == mended


@pytest.mark.parametrize("title, passage, mended", [
    # a syllable no word can be (two tones), and a speck between two syllables: the title
    # field takes the passage's
    ("BAN HÀNH QUY CHẾ CỦA CÁN BỘ ĐẦU MỐI THỰỤC HIỆN NHIỆM VỤ KIỂM SOÁT . THỦ TỤC",
     "Điều 1. Ban hành kèm theo Quyết định này Quy chế của cán bộ đầu mối thực hiện nhiệm vụ kiểm soát thủ tục.",
     "BAN HÀNH QUY CHẾ CỦA CÁN BỘ ĐẦU MỐI THỰC HIỆN NHIỆM VỤ KIỂM SOÁT THỦ TỤC"),
    # ... and a syllable whose letters the scan lost ("CA" for "CỦA")
    ("BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ VÀ CƠ CẤU TỔ CHỨC CA SỞ TƯ PHÁP",
     "Điều 1. Ban hành kèm theo Quyết định này Quy định chức năng, nhiệm vụ và cơ cấu tổ chức của Sở Tư pháp.",
     "BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ VÀ CƠ CẤU TỔ CHỨC CỦA SỞ TƯ PHÁP"),
    # no passage restates it: as read
    ("BAN HÀNH KẾ HOẠCH PHONG, CHONG BỆNH LỞ MỒM LONG MÓNG", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.",
     "BAN HÀNH KẾ HOẠCH PHONG, CHONG BỆNH LỞ MỒM LONG MÓNG"),
])
def test_a_scanned_title_takes_the_spelling_of_its_restatement(title, passage, mended):
    from pipeline.extraction.mend import mend_title
    text = f"QUYẾT ĐỊNH\n{title}\n{passage}\n"
    assert mend_title(title, text, text.index(passage)) == mended
