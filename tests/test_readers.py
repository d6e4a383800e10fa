"""Readers on real documents from ../shared and on small files made here."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.reading import ReadError, reader_for, sniff, supported_suffixes
from pipeline.reading.docx import DocxReader
from pipeline.reading.text import MarkdownReader, TextReader
from tests.conftest import shared_file


def _texts(result):
    return [b.text for b in result.blocks]


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------

def test_supported_suffixes():
    assert supported_suffixes() == [".doc", ".docx", ".htm", ".html", ".md", ".pdf", ".rtf", ".txt"]


def test_unsupported_extension(tmp_path):
    p = tmp_path / "a.xlsx"
    p.write_bytes(b"x")
    with pytest.raises(ReadError, match="unsupported file type '.xlsx'"):
        reader_for(p)


def test_sniff_docx_named_doc(tmp_path):
    import docx
    p = tmp_path / "really-docx.doc"
    d = docx.Document()
    d.add_paragraph("Kế hoạch số 1")
    d.save(str(p))
    assert sniff(p) == ".docx"
    assert isinstance(reader_for(p), DocxReader)


# An RTF letter as Word saves it: Vietnamese letters as Unicode escapes and as bytes of the
# code page its header names, the header block in a two-column table.
RTF_LETTER = (r"{\rtf1\ansi\ansicpg1258\deff0{\fonttbl{\f0 Times New Roman;}}{\*\generator Microsoft Word;}"
              r"\f0\fs26 \trowd\cellx4500\cellx9000 \intbl \u7910?Y BAN NH\u194?N D\u194?N\par T\u7880?NH L\u192?O CAI\cell "
              r"\intbl C\u7896?NG H\u210?A X\u195? H\u7896?I CH\u7910? NGH\u296?A VI\u7878?T NAM\cell\row "
              r"\pard S\u7889?: 123/UBND-KT\par "
              r"Giao S\u7903? C\u244?ng Th\u432?\u417?ng ch\u7911? tr\u236?, \'f0\u7841?t 95% k\u7871? ho\u7841?ch.\par }")


def test_rtf_letter(tmp_path):
    p = tmp_path / "cong-van.rtf"
    p.write_bytes(RTF_LETTER.encode("ascii"))
    r = reader_for(p).read(p)
    texts = _texts(r)
    assert "ỦY BAN NHÂN DÂN" in texts and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in texts
    assert "Số: 123/UBND-KT" in texts
    assert "Giao Sở Công Thương chủ trì, đạt 95% kế hoạch." in texts   # \'f0: "đ" in cp1258
    assert r.meta["code_page"] == "cp1258"


def test_rtf_saved_as_doc_is_read_as_rtf(tmp_path):
    p = tmp_path / "cong-van.doc"
    p.write_bytes(RTF_LETTER.encode("ascii"))
    assert sniff(p) == ".rtf"
    assert "Số: 123/UBND-KT" in _texts(reader_for(p).read(p))
    assert "Số: 123/UBND-KT" in _texts(DocReader().read(p))      # (the .doc reader given it)


def test_rtf_without_text_is_an_error(tmp_path):
    p = tmp_path / "empty.rtf"
    p.write_bytes(rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}}")
    with pytest.raises(ReadError, match="holds no text"):
        reader_for(p).read(p)


# --------------------------------------------------------------------------
# plain text and Markdown
# --------------------------------------------------------------------------

def test_seed_txt_one_line_per_paragraph():
    p = shared_file("seeds", "000_2171cd3a1b22aa60.txt")
    lines = [l.strip() for l in p.read_text(encoding="utf-8").splitlines() if l.strip()]
    r = TextReader().read(p)
    assert _texts(r) == lines
    assert any("303/KH-UBND" in t for t in _texts(r))


def test_hard_wrapped_txt_rejoined(tmp_path):
    p = tmp_path / "w.txt"
    p.write_text("I. MỤC ĐÍCH\n1. Mục đích\nTriển khai nghiêm túc, chất\nlượng và hiệu quả Nghị quyết\n"
                 "số 163/2024/QH15 trên địa bàn\nthành phố.\n\n- Xác định cụ thể các nội\n"
                 "dung công việc.\n", encoding="utf-8")
    r = TextReader().read(p)
    assert _texts(r) == [
        "I. MỤC ĐÍCH", "1. Mục đích",
        "Triển khai nghiêm túc, chất lượng và hiệu quả Nghị quyết số 163/2024/QH15 trên địa bàn thành phố.",
        "- Xác định cụ thể các nội dung công việc.",
    ]


def test_a_sentence_a_printed_page_broke_goes_on(tmp_path):
    p = tmp_path / "p.txt"
    p.write_text("3. Sở Tài chính\n- Phối hợp tham mưu phương án sử dụng cơ sở vật\nchất dôi dư để bổ sung trường lớp cho\n"
                 "\n\n\n6\nngành giáo dục theo quy định.\n- Bố trí ngân sách thực hiện Kế hoạch.\n\n7\n\n"
                 "4. Sở Y tế\n- Chủ trì khám sức khỏe học sinh.\n", encoding="utf-8")
    assert _texts(TextReader().read(p)) == [
        "3. Sở Tài chính",
        "- Phối hợp tham mưu phương án sử dụng cơ sở vật chất dôi dư để bổ sung trường lớp cho ngành giáo dục theo quy định.",
        # (a page number between whole sentences stays as read)
        "- Bố trí ngân sách thực hiện Kế hoạch.", "7", "4. Sở Y tế", "- Chủ trì khám sức khỏe học sinh.",
    ]


def test_a_page_number_right_under_a_heading_is_no_part_of_it(tmp_path):
    p = tmp_path / "p.txt"
    # (a layout copy of a PDF: lines wrapped at the page's width, a page's number under its
    # last line, centred)
    p.write_text("1. Văn phòng Sở\nTheo dõi, tổng hợp kết quả thực hiện và\nbáo cáo Lãnh đạo Sở theo\nquy định của"
                 "\npháp luật hiện hành.\n         2. Phòng Quản lý công nghiệp\n                                        2\n\n"
                 "      Chủ trì, phối hợp với các đơn vị liên quan\ntham mưu triển khai\nthực hiện nhiệm vụ.\n"
                 "3. Thanh tra Sở\nKiểm tra việc thực hiện của các\n  3\nđơn vị trực thuộc.\n", encoding="utf-8")
    assert _texts(TextReader().read(p)) == [
        "1. Văn phòng Sở",
        "Theo dõi, tổng hợp kết quả thực hiện và báo cáo Lãnh đạo Sở theo quy định của pháp luật hiện hành.",
        "2. Phòng Quản lý công nghiệp", "2",
        "Chủ trì, phối hợp với các đơn vị liên quan tham mưu triển khai thực hiện nhiệm vụ.",
        # (inside a sentence the number is dropped, as before)
        "3. Thanh tra Sở", "Kiểm tra việc thực hiện của các đơn vị trực thuộc.",
    ]


def test_a_sentence_a_blank_line_broke_goes_on(tmp_path):
    # a copy of a PDF that sets blank lines at random inside paragraphs
    p = tmp_path / "p.txt"
    p.write_text("4. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng\n\ntỉnh:\n"
                 "a) Phối hợp với Sở Văn hóa, Thể thao và Du lịch trong công tác bảo vệ\ndi tích, "
                 "di vật và hiện vật thuộc di tích.\n\nb) Tổ chức phòng ngừa, đấu tranh với các hành\n"
                 "vi vi phạm về bảo vệ di tích.\n\n5. Sở Xây dựng: Cấp phép xây dựng các công trình\nliên quan đến di tích "
                 "theo đúng\nquy định của pháp luật.\n", encoding="utf-8")
    assert _texts(TextReader().read(p)) == [
        "4. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh:",
        # (a point that opens in lower case after a blank line is a point of its own)
        "a) Phối hợp với Sở Văn hóa, Thể thao và Du lịch trong công tác bảo vệ di tích, di vật và hiện vật thuộc di tích.",
        "b) Tổ chức phòng ngừa, đấu tranh với các hành vi vi phạm về bảo vệ di tích.",
        "5. Sở Xây dựng: Cấp phép xây dựng các công trình liên quan đến di tích theo đúng quy định của pháp luật.",
    ]
    # (a clause closed by ";" goes on in lower case across the blank line too)
    p.write_text("d) Phòng Kế hoạch - Tài chính\nPhối hợp tham mưu kinh phí thực hiện Kế hoạch trong phạm vi dự\n"
                 "toán ngân sách được giao và các nguồn kinh phí hợp pháp khác;\n\ntham mưu việc quản lý, sử dụng và\n"
                 "công khai kinh phí theo quy định.\nđ) Phòng Tổ chức cán bộ\nPhối hợp tham mưu các nội dung liên\n"
                 "quan đến đội ngũ; phối hợp triển khai bồi dưỡng, tập huấn.\n", encoding="utf-8")
    assert _texts(TextReader().read(p)) == [
        "d) Phòng Kế hoạch - Tài chính",
        "Phối hợp tham mưu kinh phí thực hiện Kế hoạch trong phạm vi dự toán ngân sách được giao và các nguồn kinh "
        "phí hợp pháp khác; tham mưu việc quản lý, sử dụng và công khai kinh phí theo quy định.",
        "đ) Phòng Tổ chức cán bộ",
        "Phối hợp tham mưu các nội dung liên quan đến đội ngũ; phối hợp triển khai bồi dưỡng, tập huấn.",
    ]


def test_lines_in_emphasis_and_table_rows_keep_their_breaks(tmp_path):
    # a Markdown save with a .txt name: the title in capitals, then "*Căn cứ …;*" lines
    head = "| Số: 699/QĐ-BNNMT | *Hà Nội, ngày 27 tháng 02 năm 2026* |\nQUYẾT ĐỊNH\nTHÍ ĐIỂM PHÂN BỔ HẠN NGẠCH\n"
    basis = "".join(f"*Căn cứ Nghị định số {n}/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành Luật;*\n"
                    for n in range(10, 22))
    p = tmp_path / "m.txt"
    p.write_text(head + "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n" + basis, encoding="utf-8")
    texts = _texts(TextReader().read(p))
    assert "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" in texts
    assert sum(t.startswith("*Căn cứ") for t in texts) == 12


def test_hard_wrapped_letter_whose_lines_go_on_with_names(tmp_path):
    # few wrapped lines go on in lowercase: their ends, without punctuation, show the wrap
    body = ("Sau khi xem xét Chủ tịch Ủy ban nhân dân tỉnh giao Sở Nông nghiệp và\n"
            "Môi trường chủ trì, phối hợp với Sở Xây dựng, Sở Công Thương, Ủy ban nhân dân\n"
            "Xã Văn Chấn và các cơ quan, đơn vị có liên quan tổ chức xác minh, làm rõ việc\n"
            "Doanh nghiệp tư nhân Thành Hương lấn chiếm ranh giới mỏ đá của Công ty TNHH\n"
            "Đại Đồng Tiến theo nội dung đề nghị tại Văn bản số 28/CV-ĐĐT nêu trên.\n")
    p = tmp_path / "w.txt"
    p.write_text("ỦY BAN NHÂN DÂN\nSố: 8129/UBND-KT\n" + "\n".join([body] * 3), encoding="utf-8")
    texts = _texts(TextReader().read(p))
    assert texts[2].startswith("Sau khi xem xét") and texts[2].endswith("Văn bản số 28/CV-ĐĐT nêu trên.")
    assert len(texts) == 5
    # a file of one paragraph per line keeps its lines
    p.write_text("ỦY BAN NHÂN DÂN\n" + body.replace("\n", " ").strip() + "\n" + "Giao Sở Y tế chủ trì.\n" * 12,
                 encoding="utf-8")
    assert len(_texts(TextReader().read(p))) == 14


def test_markdown_header_table_and_rejoining():
    r = MarkdownReader().read(shared_file("real", "192068354fd1ffe5.md"))
    texts = _texts(r)
    # header table cells come out as their own lines, wraps inside a cell joined
    for line in ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Số: 552/KH-UBND",
                 "Đồng Tháp, ngày 19 tháng 11 năm 2025", "KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU"]:
        assert line in texts
    assert texts.index("ỦY BAN NHÂN DÂN") < texts.index("KẾ HOẠCH") < texts.index("I. MỤC ĐÍCH, YÊU CẦU")
    heading = r.blocks[texts.index("I. MỤC ĐÍCH, YÊU CẦU")]
    assert heading.bold and heading.kind == "list_item"
    # a citation wrapped across lines is rejoined with a space
    assert any("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024" in t for t in texts)
    joined = "\n".join(texts)
    for junk in ("**", "|", "----", "[1]"):
        assert junk not in joined


def test_markdown_footnote_marks_removed():
    r = MarkdownReader().read(shared_file("real", "24c7124ec6b2bf61.md"))
    joined = "\n".join(_texts(r))
    assert "[1]" not in joined
    assert "các văn bản có liên quan;" in joined


def test_markdown_synthetic(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("# Tiêu đề\n\n**1. Mục\nđích**\n\na) Điểm một\ntiếp tục _nghiêng_.\nb) Điểm hai\n\n"
                 "| Cột 1 | Cột 2 |\n|---|---|\n| 80% | Sở Y tế |\n", encoding="utf-8")
    r = MarkdownReader().read(p)
    assert [(b.text, b.kind, b.bold) for b in r.blocks] == [
        ("Tiêu đề", "paragraph", False),
        ("1. Mục đích", "list_item", True),
        ("a) Điểm một tiếp tục nghiêng.", "list_item", False),
        ("b) Điểm hai", "list_item", False),
        ("Cột 1", "table_row", False), ("Cột 2", "table_row", False),
        ("80%", "table_row", False), ("Sở Y tế", "table_row", False),
    ]


def test_markdown_saved_as_plain_text_is_read_as_markdown(tmp_path):
    # a web page copied with its markup and saved as .txt: read as the .md it is (the
    # Markdown plans of tests/gold-md2025 saved as .txt lost a fifth of their agencies)
    page = ("| **ỦY BAN NHÂN DÂN** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n|---|---|\n"
            + "".join(f"**{i}. Mục {i}**\n\nNội dung mục {i}\ntiếp tục.\n\n" for i in range(1, 5)))
    (tmp_path / "a.md").write_text(page, encoding="utf-8")
    (tmp_path / "a.txt").write_text(page, encoding="utf-8")
    as_md, as_txt = MarkdownReader().read(tmp_path / "a.md"), TextReader().read(tmp_path / "a.txt")
    assert [b.text for b in as_txt.blocks] == [b.text for b in as_md.blocks]
    assert "**" not in " ".join(b.text for b in as_txt.blocks)
    assert as_txt.warnings == ["plain text with Markdown markup: read as Markdown"]


def test_plain_text_with_a_few_asterisks_stays_plain(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Điều 1. Ghi chú **quan trọng** cho mục này.\n| a | b |\nĐiều 2. Hiệu lực.\n", encoding="utf-8")
    r = TextReader().read(p)
    assert r.warnings == [] and "**quan trọng**" in r.blocks[0].text


def test_binary_with_txt_extension(tmp_path):
    p = tmp_path / "x.txt"
    p.write_bytes(b"\x01\x02\x00\x00\x05" * 10 + b"abc")
    with pytest.raises(ReadError, match="binary"):
        TextReader().read(p)


# --------------------------------------------------------------------------
# .docx
# --------------------------------------------------------------------------

def test_docx_header_table_and_body():
    r = DocxReader().read(shared_file("real", "KH-3898_30.6.2026_Huan-luyen-nguoi-quan-ly.docx"))
    texts = _texts(r)
    for line in ["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH",
                 "I. MỤC ĐÍCH, YÊU CẦU", "III. TỔ CHỨC THỰC HIỆN", "KT. GIÁM ĐỐC"]:
        assert line in texts
    assert r.blocks[texts.index("UBND TỈNH LÀO CAI")].kind == "table_row"
    assert r.blocks[texts.index("KẾ HOẠCH")].bold
    assert texts.index("UBND TỈNH LÀO CAI") < texts.index("KẾ HOẠCH") < texts.index("KT. GIÁM ĐỐC")


def test_docx_numbered_table_column_rebuilt():
    # the appendix table's "TT" column is Word automatic numbering: 1., 2., ...
    r = DocxReader().read(shared_file("real", "KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx"))
    texts = _texts(r)
    tt = texts.index("TT")
    numbers = [t for t in texts[tt:] if t.rstrip(".").isdigit()]
    assert numbers[:3] == ["1.", "2.", "3."]


def test_docx_long_circular_with_tables():
    r = DocxReader().read(shared_file("real", "TT-37-2020-BCT-taphuan.docx"))
    texts = _texts(r)
    assert "Số: 37/2020/TT-BCT" in texts
    assert "Điều 1. Phạm vi điều chỉnh" in texts
    assert sum(b.kind == "table_row" for b in r.blocks) > 1000


def _numbered_docx(path: Path):
    """A .docx with Word automatic numbering: I. / 1. / a) levels and a bullet."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    numbering = d.part.numbering_part.element
    levels = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "\uf0b7")]
    lvl_xml = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in enumerate(levels))
    numbering.append(parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{lvl_xml}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def para(text, ilvl, bold=False):
        p = d.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        ppr = p._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="90"/></w:numPr>'))

    para("MỤC ĐÍCH, YÊU CẦU", 0, bold=True)
    para("Mục đích", 1)
    para("Điểm thứ nhất", 2)
    para("Điểm thứ hai", 2)
    para("Ý gạch đầu dòng", 3)
    para("Yêu cầu", 1)
    para("Điểm sau khi mục đổi", 2)
    para("NHIỆM VỤ", 0, bold=True)
    para("Nhiệm vụ đầu", 1)
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nTỈNH X"
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    d.sections[0].footer.paragraphs[0].text = "3"
    d.sections[0].header.paragraphs[0].text = "DỰ THẢO"
    d.save(str(path))


def test_docx_automatic_numbering_rebuilt(tmp_path):
    p = tmp_path / "n.docx"
    _numbered_docx(p)
    r = DocxReader().read(p)
    assert [(b.text, b.kind) for b in r.blocks] == [
        ("I. MỤC ĐÍCH, YÊU CẦU", "list_item"),
        ("1. Mục đích", "list_item"),
        ("a) Điểm thứ nhất", "list_item"),
        ("b) Điểm thứ hai", "list_item"),
        ("- Ý gạch đầu dòng", "list_item"),         # Symbol-font bullet glyph -> '-'
        ("2. Yêu cầu", "list_item"),
        ("a) Điểm sau khi mục đổi", "list_item"),   # lower level restarts
        ("II. NHIỆM VỤ", "list_item"),
        ("1. Nhiệm vụ đầu", "list_item"),
        ("ỦY BAN NHÂN DÂN", "table_row"), ("TỈNH X", "table_row"),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "table_row"),
        ("DỰ THẢO", "header"),                     # the page-number footer "3" is dropped
    ]
    assert r.blocks[0].bold and not r.blocks[1].bold


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _notes_part(kind: str, notes: dict[int, str]) -> str:
    """footnotes.xml / endnotes.xml with Word's two separator notes and ``notes``."""
    seps = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
            f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
            f'</w:r></w:p></w:{kind}>')
    body = "".join(f'<w:{kind} w:id="{i}"><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> '
                   f'{text}</w:t></w:r></w:p></w:{kind}>' for i, text in notes.items())
    return f'<?xml version="1.0" encoding="UTF-8"?><w:{kind}s xmlns:w="{W_NS}">{seps}{body}</w:{kind}s>'


def _docx_with_notes(path: Path) -> None:
    """A plan whose body cites one document and whose footnotes and endnote cite
    three more; python-docx cannot write notes, so their parts go into the zip here."""
    import zipfile

    import docx

    d = docx.Document()
    d.add_paragraph("Căn cứ Nghị quyết số 19/2026/NQ-CP của Chính phủ;")
    p = d.add_paragraph("Thực hiện các văn bản của Trung ương")
    for note_id in (1, 2):
        p.add_run()._r.append(docx.oxml.parse_xml(
            f'<w:footnoteReference xmlns:w="{W_NS}" w:id="{note_id}"/>'))
    p.add_run(", Ủy ban nhân dân tỉnh ban hành Kế hoạch")
    p.add_run()._r.append(docx.oxml.parse_xml(f'<w:endnoteReference xmlns:w="{W_NS}" w:id="1"/>'))
    d.add_paragraph("I. MỤC ĐÍCH")
    tmp = path.with_suffix(".tmp.docx")
    d.save(tmp)
    parts = {"word/footnotes.xml": _notes_part("footnote", {
                 1: "Nghị quyết số 10-NQ/TW ngày 03/6/2017 của Ban Chấp hành Trung ương.",
                 2: "Nghị quyết số 88/NQ-CP ngày 25/5/2024 của Chính phủ."}),
             "word/endnotes.xml": _notes_part("endnote", {1: "Chỉ thị số 38-CT/TTg của Thủ tướng."})}
    with zipfile.ZipFile(tmp) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b"".join(
                    f'<Override PartName="/word/{k}s.xml" ContentType="application/vnd.openxmlformats-'
                    f'officedocument.wordprocessingml.{k}s+xml"/>'.encode() for k in ("footnote", "endnote"))
                    + b"</Types>")
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b"".join(
                    f'<Relationship Id="rIdNote{k}" Type="{NOTES_REL}{k}s" Target="{k}s.xml"/>'.encode()
                    for k in ("footnote", "endnote")) + b"</Relationships>")
            dst.writestr(item, data)
        for name, xml in parts.items():
            dst.writestr(name, xml)
    tmp.unlink()


def test_docx_footnotes_and_endnotes_read_after_the_body(tmp_path):
    p = tmp_path / "notes.docx"
    _docx_with_notes(p)
    r = DocxReader().read(p)
    assert [(b.text, b.kind) for b in r.blocks] == [
        ("Căn cứ Nghị quyết số 19/2026/NQ-CP của Chính phủ;", "paragraph"),
        # the marks stay in the body as Word shows them, in the order of reference
        ("Thực hiện các văn bản của Trung ương[1][2], Ủy ban nhân dân tỉnh ban hành Kế hoạch[i]",
         "paragraph"),
        ("I. MỤC ĐÍCH", "list_item"),
        ("Chú thích", "footnote"),
        ("[1] Nghị quyết số 10-NQ/TW ngày 03/6/2017 của Ban Chấp hành Trung ương.", "footnote"),
        ("[2] Nghị quyết số 88/NQ-CP ngày 25/5/2024 của Chính phủ.", "footnote"),
        ("[i] Chỉ thị số 38-CT/TTg của Thủ tướng.", "endnote"),
    ]


def test_docx_references_in_notes_found_with_spans(tmp_path):
    from pipeline.extraction.extract import extract
    from pipeline.reading.ingest import read_document

    p = tmp_path / "notes.docx"
    _docx_with_notes(p)
    doc = read_document(p, "notes", "notes.docx")
    refs = {r.symbol: r for r in extract(doc).references}
    assert set(refs) == {"19/2026/NQ-CP", "10-NQ/TW", "88/NQ-CP", "38-CT/TTg"}
    for r in refs.values():
        assert r.quote == doc.text[r.start:r.end] and r.symbol in r.quote
    notes_at = doc.text.index("Chú thích")
    assert all(refs[s].start > notes_at for s in ("10-NQ/TW", "88/NQ-CP", "38-CT/TTg"))


def test_truncated_docx(tmp_path):
    src = shared_file("real", "KH-3898_30.6.2026_Huan-luyen-nguoi-quan-ly.docx").read_bytes()
    p = tmp_path / "cut.docx"
    p.write_bytes(src[: len(src) // 2])
    with pytest.raises(ReadError, match="damaged"):
        DocxReader().read(p)


# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------

from pipeline.reading import ocr  # noqa: E402
from pipeline.reading.pdf import PdfReader  # noqa: E402

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


def _new_pdf():
    """An empty fpdf2 document with the DejaVu font (Vietnamese) as "dv"."""
    fpdf = pytest.importorskip("fpdf")
    if not DEJAVU.exists():
        pytest.skip("DejaVu font not installed")
    pdf = fpdf.FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_font("dv", fname=str(DEJAVU))
    return pdf


def _make_pdf(path: Path, pages: list[list[str]], password: str | None = None,
              header: str | None = None):
    """A text PDF (fpdf2, DejaVu font for Vietnamese) with optional running
    header, page numbers at the foot, and optional user password."""
    pdf = _new_pdf()
    if password:
        pdf.set_encryption(owner_password="owner", user_password=password)
    for i, lines in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_font("dv", size=12)
        if header:
            pdf.cell(0, 8, header, new_x="LMARGIN", new_y="NEXT")
        for line in lines:
            pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(-20)
        pdf.cell(0, 8, f"- {i} -", align="C")
    pdf.output(str(path))


BODY = [
    "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá",
    "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:",
    "1. Mục đích",
    "- Nâng cao năng lực đội ngũ làm công tác dân số các cấp trên địa bàn tỉnh.",
]


def test_pdf_text_layer_pages_and_running_lines(tmp_path):
    p = tmp_path / "t.pdf"
    _make_pdf(p, [BODY, BODY[2:], BODY[:3]], header="KẾ HOẠCH SỐ 12/KH-UBND NĂM 2025")
    r = PdfReader().read(p)
    assert r.page_count == 3 and r.ocr_pages == []
    texts = _texts(r)
    # wrapped basis rejoined; running header and "- n -" page numbers gone
    assert texts[0] == BODY[0] + " " + BODY[1]
    assert not any("KẾ HOẠCH SỐ 12" in t or t.startswith("- 1") for t in texts)
    assert [b.page for b in r.blocks if b.text == BODY[2]] == [1, 2, 3]
    assert ("1. Mục đích", "list_item") in [(b.text, b.kind) for b in r.blocks]


def test_pdf_short_last_page_of_text_keeps_its_layer(tmp_path):
    # a last page holding only the signature block is text, not a scan: no OCR
    p = tmp_path / "t.pdf"
    _make_pdf(p, [BODY, ["KT. CHỦ TỊCH", "Bùi Văn An"]])
    r = PdfReader().read(p)
    assert r.ocr_pages == []
    assert [b.page for b in r.blocks if "Bùi Văn An" in b.text] == [2]


def test_pdf_hyphen_at_a_line_end_is_kept_unless_it_cuts_a_syllable(tmp_path):
    # pdfium takes every hyphen that ends a line for a word cut in two; Vietnamese is not
    # hyphenated, so a symbol's hyphen stays ("QĐ-" / "UBND") and only a cut syllable
    # ("tri-" / "ệt") is joined whole
    p = tmp_path / "t.pdf"
    _make_pdf(p, [["Căn cứ Quyết định số 46/2002/QĐ-",
                   "UBND ngày 12/9/2022 của Ủy ban nhân dân tỉnh về quán tri-",
                   "ệt công tác bảo vệ bí mật nhà nước;", "1. Mục đích"]])
    assert _texts(PdfReader().read(p))[0] == ("Căn cứ Quyết định số 46/2002/QĐ-UBND ngày 12/9/2022 của Ủy ban "
                                              "nhân dân tỉnh về quán triệt công tác bảo vệ bí mật nhà nước;")


def test_pdf_a_sentence_a_page_break_cut_before_its_figure_goes_on(tmp_path):
    # "… các cấp ít nhất vào năm" ends page 1 and "2025 đạt 40%." opens page 2
    p = tmp_path / "t.pdf"
    goal = ["- Chỉ tiêu 2: Tỷ lệ nữ trong diện quy hoạch lãnh đạo các cấp ít nhất vào năm", "2025 đạt 40%."]
    _make_pdf(p, [BODY[:3] + goal[:1], goal[1:] + BODY[3:]])
    texts = _texts(PdfReader().read(p))
    assert " ".join(goal) in texts
    assert "1. Mục đích" in texts


def _pdf_of_pages(path: Path, pages: list[list[str]]) -> None:
    pdf = _new_pdf()
    for lines in pages:
        pdf.add_page()
        pdf.set_font("dv", size=12)
        for line in lines:
            pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def test_pdf_table_figures_at_a_page_break_are_no_page_numbers(tmp_path):
    # an indicator table cut by the page break leaves its figures at the page's foot and
    # head; bare numbers that follow the pages' count are their numbers
    p = tmp_path / "table.pdf"
    _pdf_of_pages(p, [BODY[:3] + ["Tỷ lệ người khuyết tật tiếp cận dịch vụ y tế.", "%", "80"],
                      ["90", "Tỷ lệ trẻ sơ sinh được sàng lọc."] + BODY[3:]])
    texts = " ".join(_texts(PdfReader().read(p)))
    assert "80" in texts.split() and "90" in texts.split()
    numbered = tmp_path / "numbered.pdf"
    _pdf_of_pages(numbered, [BODY[:3], ["2"] + BODY[3:], ["3"] + BODY[:2]])
    assert not any(t in ("2", "3") or t.startswith(("2 ", "3 ")) for t in _texts(PdfReader().read(numbered)))


def test_pdf_short_layer_over_an_image_still_goes_to_ocr(tmp_path, monkeypatch):
    # a scanned page whose only text is a stamp's few words is read by OCR
    pytest.importorskip("PIL")
    from PIL import Image
    picture = tmp_path / "scan.png"
    Image.new("L", (200, 280), 255).save(picture)
    pdf = _new_pdf()
    pdf.add_page()
    pdf.image(str(picture), x=0, y=0, w=210)
    pdf.set_font("dv", size=12)
    pdf.cell(0, 8, "Ký bởi: Văn phòng", new_x="LMARGIN", new_y="NEXT")
    p = tmp_path / "scan.pdf"
    pdf.output(str(p))
    asked = []
    monkeypatch.setattr(ocr, "tesseract_status", lambda: "")
    monkeypatch.setattr(ocr, "ocr_pages", lambda doc, wanted, **options: (asked.extend(wanted), ({}, {}))[1])
    PdfReader().read(p)
    assert asked == [1]


def test_pdf_full_line_ending_on_a_colon_wraps_inside_its_paragraph(tmp_path):
    # "... Giám đốc các sở:" fills the measure and "Tài chính, ..." goes on below it at the
    # usual pitch, while the page spaces its paragraphs apart: one paragraph, not two
    from fpdf.enums import MethodReturnValue
    pdf = _new_pdf()
    pdf.add_page()
    pdf.set_font("dv", size=12)
    width, head = 150, "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các"
    tail = "Tài chính, Xây dựng, Y tế và Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này./."
    pad = "ban, ngành tỉnh gồm có các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh là".split()
    article = next(t for k in range(len(pad) + 1)
                   if (t := " ".join([head, *pad[:k], "sở:", tail]))
                   and pdf.multi_cell(width, 7, t, dry_run=True, output=MethodReturnValue.LINES)[0].endswith("sở:"))
    for para in (BODY[0] + " " + BODY[1], BODY[2], article):
        pdf.multi_cell(width, 7, para, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    p = tmp_path / "t.pdf"
    pdf.output(str(p))
    texts = _texts(PdfReader().read(p))
    assert article in texts
    assert BODY[2] in texts          # a paragraph that ends on its colon still ends there


def test_pdf_bold_title_wrapped_before_a_name_is_one_line(tmp_path):
    # a bold article title fills the measure and wraps before a capital ("… cơ quan" /
    # "Thi hành án, …"): bold letters are wide, so by its count of letters the first line
    # looks short; by the page's geometry it is full
    from fpdf.enums import MethodReturnValue
    bold = DEJAVU.with_name("DejaVuSerif-Bold.ttf")
    if not bold.exists():
        pytest.skip("DejaVu bold font not installed")
    pdf = _new_pdf()
    pdf.add_font("dvb", fname=str(bold))
    pdf.add_page()
    width, tail = 150, "Thi hành án, người có thẩm quyền tố tụng"
    pad = "Điều 14. Trách nhiệm phối hợp của cơ quan Tòa án nhân dân, cơ quan".split()
    pdf.set_font("dvb", size=14)
    title = next(t for k in range(len(pad), 0, -1)
                 if (t := " ".join(pad[:2] + pad[len(pad) - k + 2:] + [tail]))
                 and pdf.multi_cell(width, 7, t, dry_run=True, output=MethodReturnValue.LINES)[0].endswith("cơ quan"))
    prose = BODY[0] + " " + BODY[1]
    for para, font in ((prose, "dv"), (prose, "dv"), (title, "dvb"), (prose, "dv"), (BODY[4], "dv")):
        pdf.set_font(font, size=14 if font == "dvb" else 11)
        pdf.multi_cell(width, 7, para, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    p = tmp_path / "t.pdf"
    pdf.output(str(p))
    assert title in _texts(PdfReader().read(p))


TASKS = [("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian"),
         ("1", "Tổ chức 10 lớp tập huấn về phòng, chống dịch bệnh cho 500 cán bộ y tế cơ sở trên địa bàn tỉnh",
          "Sở Y tế", "Quý II/2026"),
         ("2", "Tuyên truyền trên 20 số báo về phòng, chống dịch bệnh", "Báo và Phát thanh, Truyền hình Lào Cai",
          "Năm 2026"),
         ("3", "Kiểm tra 100% cơ sở khám bệnh, chữa bệnh tư nhân", "Sở Y tế", "Năm 2026")]


def _pdf_with_table(path: Path, rows, borders: bool = True) -> None:
    """A page of text, a table of ``rows`` (ruled, or set without borders as a header
    block is), and text after it."""
    pdf = _new_pdf()
    pdf.add_font("dv", style="B", fname=str(DEJAVU.with_name("DejaVuSerif-Bold.ttf")))
    pdf.add_page()
    pdf.set_font("dv", size=11)
    for line in ("Phấn đấu đến năm 2026 đạt 95% trẻ em được tiêm chủng đầy đủ.", "II. NHIỆM VỤ CỤ THỂ"):
        pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(12, 90, 50, 30), borders_layout="ALL" if borders else "NONE",
                   first_row_as_headings=False) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.multi_cell(0, 7, "III. TỔ CHỨC THỰC HIỆN", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def test_pdf_ruled_table_reads_one_cell_a_line(tmp_path):
    # the text layer gives a ruled table's rows with their cells run together and each
    # row run into the next ("… Năm 2026 3 Kiểm tra 100% …"); its grid gives one cell a
    # line, as a Word table reads, so a task's goal is quoted from its own cell
    p = tmp_path / "tasks.pdf"
    _pdf_with_table(p, TASKS)
    r = PdfReader().read(p)
    cells = [b.text for b in r.blocks if b.kind == "table_row"]
    assert cells == [cell for row in TASKS for cell in row]
    texts = _texts(r)
    assert texts[0].startswith("Phấn đấu") and texts[-1] == "III. TỔ CHỨC THỰC HIỆN"
    assert texts.index("II. NHIỆM VỤ CỤ THỂ") + 1 == texts.index("STT")


def test_pdf_ruled_table_of_one_row_reads_one_cell_a_line(tmp_path):
    # the last row of a table that a page break carried over stands alone on its page
    p = tmp_path / "last-row.pdf"
    _pdf_with_table(p, TASKS[-1:])
    assert [b.text for b in PdfReader().read(p).blocks if b.kind == "table_row"] == list(TASKS[-1])


def test_pdf_table_without_borders_is_read_as_lines(tmp_path):
    # a grid of whitespace alone (a header block of two columns) is no ruled table
    p = tmp_path / "header.pdf"
    _pdf_with_table(p, [("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", ""),
                        ("TỈNH LÀO CAI", "Độc lập - Tự do - Hạnh phúc", "", "")], borders=False)
    assert not [b for b in PdfReader().read(p).blocks if b.kind == "table_row"]


def test_pdf_table_finder_failure_loses_no_text(tmp_path, monkeypatch):
    # tables are a better reading of a page, never a condition of reading it
    import pdfplumber

    def broken(*args, **kwargs):
        raise ValueError("unparsable content stream")
    monkeypatch.setattr(pdfplumber, "open", broken)
    p = tmp_path / "tasks.pdf"
    _pdf_with_table(p, TASKS)
    text = " ".join(_texts(PdfReader().read(p)))
    assert all(cell in text for row in TASKS for cell in row)


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Debian chromium (apt-get install -y chromium)")
def test_pdf_table_printed_by_a_browser_reads_as_the_word_table(tmp_path):
    # a browser (as Word) draws the borders as rectangles and wraps long cells: the cells
    # read from the print are the Word file's cells
    import html
    import subprocess

    import docx
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in TASKS)
    page = tmp_path / "plan.html"
    page.write_text('<html><head><meta charset="utf-8"><style>table{border-collapse:collapse;width:100%}'
                    'td{border:1px solid #000;padding:3px;vertical-align:top}</style></head><body>'
                    f'<p>II. NHIỆM VỤ CỤ THỂ</p><table>{rows}</table><p>III. TỔ CHỨC THỰC HIỆN</p></body></html>',
                    encoding="utf-8")
    printed = tmp_path / "plan.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={printed}", page.as_uri()], capture_output=True, timeout=120, check=True)
    word = docx.Document()
    table = word.add_table(rows=len(TASKS), cols=len(TASKS[0]))
    for i, row in enumerate(TASKS):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    word.save(tmp_path / "plan.docx")
    cells = [[b.text for b in reader.read(path).blocks if b.kind == "table_row"]
             for reader, path in ((PdfReader(), printed), (DocxReader(), tmp_path / "plan.docx"))]
    assert cells[0] == cells[1] == [cell for row in TASKS for cell in row]


def test_pdf_good_layer_not_flagged():
    r = PdfReader().read(shared_file("real", "QD-2170-2026-CTDT-KCN-Ban-Qua.pdf"))
    assert r.page_count == 9 and r.ocr_pages == []
    texts = _texts(r)
    assert "Căn cứ Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm 2025;" in texts
    # bold from the font names; a weight change splits the title from its note
    by_text = {b.text: b for b in r.blocks}
    assert by_text["QUYẾT ĐỊNH:"].bold and by_text["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"].bold
    assert not by_text["Căn cứ Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm 2025;"].bold
    assert "ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ" in texts and "(Cấp lần đầu: Ngày tháng năm 2026)" in texts
    assert all(b.page is not None for b in r.blocks)
    assert {b.page for b in r.blocks} == set(range(1, 10))
    for s in r.meta["layer_scores"].values():
        assert s["odd"] <= ocr.MAX_ODD_SHARE and s["syllables"] >= ocr.MIN_SYLLABLE_SHARE


@pytest.mark.parametrize("name", ["KH-1105-DKT-ke-hoach-kiem-tra.pdf", "QD-1050-kiem-tra-VLNCN-2026.pdf"])
def test_broken_legacy_font_layer_detected(name):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(shared_file("real", name)))
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            text = tp.get_text_range()
            tp.close()
            page.close()
            usable, why = ocr.layer_usable(text)
            assert not usable and why.startswith("unreadable text layer")
    finally:
        pdf.close()


needs_ocr = pytest.mark.skipif(bool(ocr.tesseract_status()), reason="tesseract with vie not installed")


@needs_ocr
def test_ocr_one_page_of_broken_layer_matches_reference():
    import re
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(shared_file("real", "KH-1105-DKT-ke-hoach-kiem-tra.pdf")))
    try:
        texts, errors = ocr.ocr_pages(pdf, [1])
    finally:
        pdf.close()
    assert not errors
    ref = shared_file("real", "reference-text", "KH-1105-DKT-ke-hoach-kiem-tra.txt").read_text(encoding="utf-8")
    ref_words = set(re.findall(r"\w+", ref.lower()))
    words = re.findall(r"\w+", texts[1].lower())
    assert len(words) > 200
    assert sum(w in ref_words for w in words) / len(words) > 0.8
    assert "1105" in texts[1] and "Lào Cai" in texts[1]


def test_scan_without_tesseract_is_partial(monkeypatch):
    monkeypatch.setattr(ocr, "tesseract_status", lambda: "tesseract is not installed")
    r = PdfReader().read(shared_file("real", "CV-2265-BCT-ATMT-trien-khai.pdf"))
    assert r.blocks == [] and r.ocr_pages == []
    assert r.meta["unread_pages"] == [1, 2, 3]
    assert "OCR unavailable" in r.warnings[0] and "pages 1-3" in r.warnings[0]


def test_password_protected_pdf(tmp_path):
    p = tmp_path / "locked.pdf"
    _make_pdf(p, [BODY], password="secret")
    with pytest.raises(ReadError, match="password-protected PDF"):
        PdfReader().read(p)


def test_truncated_and_random_pdf(tmp_path):
    src = shared_file("real", "QD-1050-kiem-tra-VLNCN-2026.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(src[:2000])
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(bytes(range(256)) * 20)
    for p in (cut, junk):
        with pytest.raises(ReadError, match="damaged or not a PDF"):
            PdfReader().read(p)


# --------------------------------------------------------------------------
# .doc and HTML
# --------------------------------------------------------------------------

from pipeline.reading.doc import DocReader  # noqa: E402
from pipeline.reading.html import HtmlReader  # noqa: E402


def test_doc_letter_header_and_body():
    r = DocReader().read(shared_file("real", "CV-tu-choi-TKBVTC-da-hoa-LangLanhII.doc"))
    texts = _texts(r)
    for line in ["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Kính gửi: Công ty TNHH Sản xuất và Thương mại Chân Thiện Mỹ", "KT. GIÁM ĐỐC"]:
        assert line in texts
    # the subject line wraps inside its cell and is rejoined
    assert any(t.startswith("V/v thẩm định thiết kế bản vẽ thi công điều chỉnh \"Dự án") for t in texts)


def test_doc_circular():
    r = DocReader().read(shared_file("real", "TT-15-2026-BCT-text.doc"))
    texts = _texts(r)
    assert "Số: 15/2026/TT-BCT" in texts and "BỘ CÔNG THƯƠNG" in texts
    assert "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;" in texts


def test_doc_that_is_not_word(tmp_path):
    p = tmp_path / "x.doc"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(ReadError, match="cannot read this Word .doc file"):
        DocReader().read(p)


def test_pdf_named_doc_routed_to_pdf(tmp_path):
    p = tmp_path / "x.doc"
    p.write_bytes(shared_file("real", "QD-2170-2026-CTDT-KCN-Ban-Qua.pdf").read_bytes())
    assert isinstance(reader_for(p), PdfReader)


NEWS = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Hà Nội: Nâng cao năng lực đội ngũ làm công tác dân số - Báo Sức khỏe</title>
<meta property="og:site_name" content="Báo Sức khỏe">
<meta property="article:published_time" content="2022-12-05T10:40:00+07:00"></head><body>
<nav><a href="/">Trang chủ</a> | Đặt mua báo in</nav><article>
<h1>Hà Nội: Nâng cao năng lực đội ngũ làm công tác dân số</h1>
<p>UBND Thành phố Hà Nội ban hành Kế hoạch số 303/KH-UBND về đào tạo, bồi dưỡng, nâng cao năng lực
đội ngũ làm công tác dân số các cấp giai đoạn 2022-2030 trên địa bàn Thành phố Hà Nội.</p>
<ul><li>Bảo đảm tối thiểu 95% công chức được bồi dưỡng kiến thức dân số cơ bản đến năm 2025.</li></ul>
<table><tr><td>Chỉ tiêu</td><td>95%</td></tr></table></article>
<div class="comments"><p>Bình luận: bài viết rất hay, cảm ơn tác giả đã chia sẻ.</p></div>
</body></html>"""


def test_html_news_page(tmp_path):
    p = tmp_path / "news.htm"
    p.write_text(NEWS, encoding="utf-8")
    r = reader_for(p).read(p)
    assert r.meta["source_kind"] == "news"
    assert r.meta["published"] == "2022-12-05"
    assert r.meta["title"].startswith("Hà Nội: Nâng cao năng lực")
    texts = _texts(r)
    assert any(t.startswith("UBND Thành phố Hà Nội ban hành Kế hoạch số 303/KH-UBND") for t in texts)
    assert ("Bảo đảm tối thiểu 95% công chức được bồi dưỡng kiến thức dân số cơ bản đến năm 2025.",
            "list_item") in [(b.text, b.kind) for b in r.blocks]
    assert "95%" in texts
    assert not any("Trang chủ" in t or "Bình luận" in t for t in texts)


SAPO = """<html lang="vi"><head><meta charset="utf-8"><title>Hà Nội bồi dưỡng đội ngũ dân số</title>
<meta name="description" content="UBND thành phố Hà Nội vừa ban hành Kế hoạch số 303/KH-UBND về bồi dưỡng đội ngũ làm công tác dân số giai đoạn 2022 - 2030."></head>
<body><div class="header"><p class="sapo">UBND thành phố Hà Nội vừa ban hành Kế hoạch số 303/KH-UBND về bồi
dưỡng đội ngũ làm công tác dân số giai đoạn 2022 - 2030.</p></div>
<article><div class="body"><p>Theo kế hoạch, đến năm 2025 tối thiểu 95% công chức được bồi dưỡng kiến thức dân số
cơ bản; đến năm 2030 con số này là 100%. Các lớp học được mở ở cả ba cấp thành phố, huyện và xã.</p>
<p>Thành phố cũng bảo đảm tối thiểu 90% cộng tác viên dân số được cập nhật kiến thức về công tác dân số.</p></div></article>
</body></html>"""


@pytest.mark.parametrize("html, expected_first", [
    (SAPO, "UBND thành phố Hà Nội vừa ban hành Kế hoạch số 303/KH-UBND"),
    (NEWS, "UBND Thành phố Hà Nội ban hành Kế hoạch số 303/KH-UBND"),   # no description: nothing added
])
def test_html_lead_paragraph_kept_once(tmp_path, html, expected_first):
    p = tmp_path / "news.html"
    p.write_text(html, encoding="utf-8")
    texts = _texts(reader_for(p).read(p))
    assert texts[0].startswith(expected_first) or texts[1].startswith(expected_first)
    assert sum("303/KH-UBND" in t for t in texts) == 1


@needs_ocr
def test_esigned_pdf_stamps_read():
    r = PdfReader().read(shared_file("real", "QD-2170-2026-CTDT-KCN-Ban-Qua.pdf"))
    # the text layer has blanks where the signing system drew number and date
    assert "Số: /QĐ - UBND" in _texts(r)
    header = r.meta["stamps"][0]
    assert header["page"] == 1
    assert header["values"] == ["2170", "23", "6"]
    assert "2170" in header["line"] and "23 tháng 6 năm 2026" in header["line"]


@needs_ocr
def test_a_scanned_letters_signature_block_is_read():
    # a scan e-signed afterwards: its page is a picture, the signing system's block (who
    # signed, when) a form drawing that the page's OCR does not see
    r = PdfReader().read(shared_file("real", "CV-2265-BCT-ATMT-trien-khai.pdf"))
    assert 1 in r.ocr_pages and "stamps" not in r.meta
    assert any("Thời gian ký: 02.04.2026" in line for line in r.meta["signature_lines"])
    assert not any("Thời gian ký" in t for t in _texts(r))          # beside the text, not in it


def _tsv(rows):
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    return "\n".join([head] + ["\t".join(map(str, (5, 1, b, p, l, i, x, 0, w, 40, c, t)))
                               for i, (b, p, l, x, w, c, t) in enumerate(rows)])


def _line_rows(block, lines):
    """TSV rows of one paragraph whose lines are given as strings, words 100 px apart."""
    return [(block, 1, n, 100 + 110 * k, 100, 90, w) for n, line in enumerate(lines, 1)
            for k, w in enumerate(line.split())]


def test_a_worn_copys_specks_at_a_lines_edges_are_left_out_so_its_mark_opens_it():
    # a worn copy's specks read as marks at a line's start hide the heading or item it
    # opens ("__ V. TỔ CHỨC …" ran into the paragraph above), and an item's stop read as
    # a comma or a colon is no mark at all
    lines = ["kế hoạch tài chính trung hạn của Nhà nước.", "__ V. TỔ CHỨC THỰC HIỆN _",
             "__1, Sở Giáo dục và Đào tạo _", "__-b) Nguồn xã hội hóa", "___ 2: Đề nghị Ủy ban",
             "— VI, TỔ CHỨC THỰC HIỆN", "~ Chuẩn hóa dữ liệu", "__ = Phối hợp triển khai",
             "-_ bảo các dự án", "- Xây dựng kế hoạch", "Sở Lao động -"]
    assert ocr.tsv_to_text(_tsv(_line_rows(1, lines))).split("\n") == [
        "kế hoạch tài chính trung hạn của Nhà nước.", "V. TỔ CHỨC THỰC HIỆN", "1. Sở Giáo dục và Đào tạo",
        "b) Nguồn xã hội hóa", "2. Đề nghị Ủy ban", "VI. TỔ CHỨC THỰC HIỆN", "- Chuẩn hóa dữ liệu",
        "- Phối hợp triển khai", "bảo các dự án", "- Xây dựng kế hoạch", "Sở Lao động -"]


def test_a_speck_before_an_items_dash_or_plus_is_left_out():
    lines = ["Trong đó:", "_+ Sở Xây dựng: hướng dẫn", "_- Căn cứ kết quả", "'+ Sở Tài chính"]
    assert ocr.tsv_to_text(_tsv(_line_rows(1, lines))).split("\n") == [
        "Trong đó:", "+ Sở Xây dựng: hướng dẫn", "- Căn cứ kết quả", "+ Sở Tài chính"]


def test_a_line_tesseract_set_in_a_paragraph_of_its_own_goes_on_the_sentence_it_continues():
    # in one block, "Thể" / "thao" is a wrap (no blank line between); a stop before, or an
    # item or a capital after, opens a paragraph; so does another block
    def text(first, second, block=1):
        rows = _line_rows(1, [first]) + [(block, 2, ln, x, w, c, t) for (_, _, ln, x, w, c, t) in _line_rows(1, [second])]
        return ocr.tsv_to_text(_tsv(rows)).split("\n")
    assert text("9. Báo và Phát thanh, Sở Văn hóa, Thể", "thao và Du lịch:") == [
        "9. Báo và Phát thanh, Sở Văn hóa, Thể", "thao và Du lịch:"]
    for first, second in (("Sở Tài chính.", "phối hợp"), ("Sở Tài chính", "a) Phối hợp"), ("Sở Tài chính", "Phối hợp")):
        assert text(first, second) == [first, "", second]
    assert text("Sở Văn hóa, Thể", "thao", block=2) == ["Sở Văn hóa, Thể", "", "thao"]


def test_a_speck_read_as_a_stop_inside_a_sentence_is_left_out():
    lines = ["bảo vệ môi trường. biển và hải đảo", "trình HĐND. tỉnh ban hành", "các loại v.v. các bên",
             "đạt mục tiêu. Tiếp theo", "Điều 2. Giao", "Giám đốc các Sở,. ngành: Tài chính", "xoài, nhãn,..."]
    assert ocr.tsv_to_text(_tsv(_line_rows(1, lines))).split("\n") == [
        "bảo vệ môi trường biển và hải đảo", "trình HĐND tỉnh ban hành", "các loại v.v. các bên",
        "đạt mục tiêu. Tiếp theo", "Điều 2. Giao", "Giám đốc các Sở, ngành: Tài chính", "xoài, nhãn,..."]
    # ... at a line's end, before a line going on in small letters, but not before a speck's
    # short line or a new item
    lines = ["bạo lực trên cơ sở.", "giới được phát hiện sớm", "nước ngọt.", "hs", "theo quy định.", "- Kết quả"]
    assert ocr.tsv_to_text(_tsv(_line_rows(1, lines))).split("\n") == [
        "bạo lực trên cơ sở", "giới được phát hiện sớm", "nước ngọt.", "hs", "theo quy định.", "- Kết quả"]


def test_a_dash_a_worn_copy_left_before_a_line_that_goes_on_in_small_letters_is_dropped():
    # the line above left its sentence open: a dash there is a speck, no item
    lines = ["báo cáo gửi Sở Nông nghiệp và Môi", "- trường tổng hợp", "cân đối ngân sách, phối hợp",
             "- với Sở Y tế tham mưu", "tổ chức chính trị", "- xã hội tham gia", "theo quy định;", "- tổ chức tập huấn",
             "Sở Y tế", "- Chủ trì triển khai"]
    assert ocr.tsv_to_text(_tsv(_line_rows(1, lines))).split("\n") == [
        "báo cáo gửi Sở Nông nghiệp và Môi", "trường tổng hợp", "cân đối ngân sách, phối hợp",
        "với Sở Y tế tham mưu", "tổ chức chính trị", "- xã hội tham gia", "theo quy định;", "- tổ chức tập huấn",
        "Sở Y tế", "- Chủ trì triển khai"]
    # (Tesseract often sets such a line as a paragraph of its own: in the same block it then
    # goes on the sentence; after a line that ends its sentence, a dash opens an item)
    open_then_dash = [(1, 1, 1, 100, 100, 90, "phối"), (1, 1, 1, 210, 100, 90, "hợp"),
                      (1, 2, 1, 100, 200, 90, "-"), (1, 2, 1, 210, 200, 90, "với"), (1, 2, 1, 320, 200, 90, "Sở")]
    assert ocr.tsv_to_text(_tsv(open_then_dash)).split("\n") == ["phối hợp", "với Sở"]
    assert ocr.tsv_to_text(_tsv(_line_rows(1, ["Sở Y tế:"]) + _line_rows(2, ["- tổ chức tập huấn"]))).split("\n") == [
        "Sở Y tế:", "", "- tổ chức tập huấn"]


def test_a_dash_a_worn_copy_left_at_a_lines_end_is_dropped_where_nothing_goes_on_from_it():
    # after a sentence's stop, or before a new item or paragraph, a dash at a line's end is a
    # speck ("Sở Nội vụ - ¬" kept the body's name from matching its task's words)
    first = ["2. Sở Khoa học và Công nghệ, Sở Nội vụ - ¬", "- Chủ trì tổ chức đào tạo", "bảo đảm an ninh. -",
             "tiếp theo câu", "3. Bộ Chỉ huy Quân sự tỉnh —"]
    second = ["Chủ trì phối hợp"]
    text = ocr.tsv_to_text(_tsv(_line_rows(1, first) + _line_rows(2, second)))
    assert text.split("\n") == ["2. Sở Khoa học và Công nghệ, Sở Nội vụ", "- Chủ trì tổ chức đào tạo",
                                "bảo đảm an ninh.", "tiếp theo câu", "3. Bộ Chỉ huy Quân sự tỉnh", "",
                                "Chủ trì phối hợp"]


def test_a_dash_at_a_lines_end_that_may_go_on_on_the_next_line_stays():
    # a compound cut at its dash, in small letters or named; a range cut after its first year
    first = ["các tổ chức chính trị -", "xã hội tham gia", "3. Sở Lao động -", "giai đoạn 2021 -"]
    second = ["2025 của tỉnh"]
    text = ocr.tsv_to_text(_tsv(_line_rows(1, first) + _line_rows(2, second)))
    assert text.split("\n") == first + ["", "2025 của tỉnh"]
    # nor a table's cell: a row split into columns sets each piece before a blank line
    row = [(1, 1, 1, 100, 100, 90, "cao"), (1, 1, 1, 210, 100, 90, "tốc"), (1, 1, 1, 320, 100, 90, "Nội"),
           (1, 1, 1, 430, 100, 90, "Bài"), (1, 1, 1, 540, 100, 90, "-"), (1, 1, 1, 1400, 100, 90, "Công"),
           (1, 1, 1, 1510, 100, 90, "ty")]
    assert ocr.tsv_to_text(_tsv(row + _line_rows(2, ["Lào Cai (IC14) đoạn thi công"]))).split("\n")[0] == \
        "cao tốc Nội Bài -"


def test_a_parts_roman_number_misread_is_mended_before_a_heading_in_capitals():
    lines = ["1V. KINH PHÍ THỰC HIỆN", "H. NỘI DUNG", "IH. NHIỆM VỤ", "1. MỤC ĐÍCH", "H. Nội dung"]
    assert ocr.tsv_to_text(_tsv(_line_rows(1, lines))).split("\n") == [
        "IV. KINH PHÍ THỰC HIỆN", "II. NỘI DUNG", "III. NHIỆM VỤ", "1. MỤC ĐÍCH", "H. Nội dung"]


def test_a_lettered_points_mark_misread_is_mended_where_its_list_shows_it():
    lines = ["—a) Chủ trì xây dựng", "8) Phối hợp kiểm tra", "b) Tổng hợp báo cáo", "—_©) Hướng dẫn", "7) Bảy", "8) Tám"]
    assert ocr.tsv_to_text(_tsv(_line_rows(1, lines))).split("\n") == [
        "a) Chủ trì xây dựng", "a) Phối hợp kiểm tra", "b) Tổng hợp báo cáo", "c) Hướng dẫn", "7) Bảy", "8) Tám"]


def test_edge_specks_leave_a_tables_rules_lists_of_numerals_and_numbers_alone():
    lines = ["| TT | Nội dung |", "Phụ lục I,", "I, II, III và IV", "1, 2 và 3 Điều 5", "1,5 triệu đồng",
             "nghiệp- vụ chuyên môn", "Họ và tên: ..........."]
    assert ocr.tsv_to_text(_tsv(_line_rows(1, lines))).split("\n") == lines


def test_a_pages_speck_count_is_taken_before_the_edges_are_trimmed():
    # the count that sends a page to be read again despeckled sees every speck the OCR read
    line = "` Căn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017 được sửa đổi, bổ sung một số điều `"
    words = ocr.tsv_words(_tsv(_line_rows(1, [line] * 4)))
    assert ocr.speckled(ocr.words_to_text(words, trim=False)) and not ocr.speckled(ocr.words_to_text(words))


SPECKLED_PAGE = ("- Căn cứ: Luật. Quy. hoạch . ngày 24 tháng 11 năm 2017 _ được sửa : đổi, bổ sung "
                 "một số điều tại Luật ˆ sửa đổi. bổ sung một số điều của = Luật Đất đai. số 31/2024/QH15; ") * 4
CLEAN_PAGE = ("- Căn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017 được sửa đổi, bổ sung một số điều "
              "tại Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15;\n"
              "| TT | Nội dung | Thời gian |\n+ Sở Tài chính: tổng hợp – báo cáo. ") * 4


def test_a_speckled_page_is_told_from_a_clean_one():
    assert ocr.speckled(SPECKLED_PAGE)
    assert not ocr.speckled(CLEAN_PAGE)          # list marks, dashes and table rules are not specks
    assert not ocr.speckled(SPECKLED_PAGE[:120])  # too few words to tell


def test_a_speckled_page_is_read_again_despeckled_with_a_local_threshold(tmp_path, monkeypatch):
    # a worn copy's page is read again after the median filter, with Sauvola's threshold
    # (set by each pixel's neighbourhood); a clean page is read once, with Otsu's
    Image = pytest.importorskip("PIL.Image")
    calls = []

    def read(text):
        def run(image, psm, options=()):
            calls.append(options)
            return _tsv(_line_rows(1, [text]))
        return run

    for text, expected in ((SPECKLED_PAGE, [(), ocr.WORN_PAGE_OPTIONS]), (CLEAN_PAGE.replace("\n", " "), [()])):
        page = tmp_path / "p.png"
        Image.new("L", (200, 200), 255).save(page)
        calls.clear()
        monkeypatch.setattr(ocr, "_run_tesseract", read(text))
        ocr._tesseract(page)
        assert calls == expected


def test_despeckle_wipes_specks_and_keeps_strokes(tmp_path):
    pytest.importorskip("PIL")
    from PIL import Image, ImageDraw
    page = Image.new("L", (200, 200), 255)
    draw = ImageDraw.Draw(page)
    draw.rectangle((50, 50, 150, 56), fill=0)                 # a stroke 7 pixels thick
    for x, y in ((10, 10), (30, 170), (180, 20), (100, 120)):
        draw.rectangle((x, y, x + 1, y + 1), fill=0)          # specks of 2 x 2 pixels
    path = tmp_path / "p.png"
    page.save(path)
    ocr._despeckle(path)
    with Image.open(path) as cleaned:
        assert all(cleaned.getpixel((x, y)) == 255 for x, y in ((10, 10), (30, 170), (180, 20), (100, 120)))
        assert cleaned.getpixel((100, 53)) == 0


def test_tsv_columns_split_paragraphs_kept_noise_dropped():
    tsv = _tsv([
        # one scanned line holding both header columns, 600 px apart
        (1, 1, 1, 100, 60, 91, "SỞ"), (1, 1, 1, 170, 120, 92, "CÔNG"), (1, 1, 1, 300, 150, 90, "THƯƠNG"),
        (1, 1, 1, 1050, 120, 93, "CỘNG"), (1, 1, 1, 1180, 80, 95, "HÒA"),
        # a speck with low confidence
        (1, 2, 1, 100, 50, 12, "L/0)"),
        # a body paragraph over two lines
        (2, 1, 1, 100, 100, 88, "Căn"), (2, 1, 1, 210, 60, 90, "cứ"),
        (2, 1, 2, 100, 90, 91, "Luật"), (2, 1, 2, 200, 60, 89, "số"),
        (2, 2, 1, 100, 60, 90, "1."), (2, 2, 1, 170, 100, 90, "Mục"),
    ])
    assert ocr.tsv_to_text(tsv) == "SỞ CÔNG THƯƠNG\n\nCỘNG HÒA\n\nCăn cứ\nLuật số\n\n1. Mục"


from pipeline.reading.lines import join_wrapped, starts_new_item  # noqa: E402


@pytest.mark.parametrize("line, expected", [
    ("I. MỤC ĐÍCH", True), ("IV. TỔ CHỨC", True), ("1. Mục đích", True), ("2.3. Nội dung", True),
    ("a) Điểm", True), ("đ) Điểm", True), ("- Ý", True), ("+ Ý", True), ("Điều 5. Hiệu lực", True),
    ("12 tháng 6 năm 2025", False), ("5.190 người", False), ("2025 của Bộ", False),
    ("Căn cứ", False), ("-5%", False),
    # a Roman part marked with a dash, as Party documents mark it
    ("IV- TỔ CHỨC THỰC HIỆN", True), ("V - TỔ CHỨC THỰC HIỆN", True), ("VI – KINH PHÍ", True),
    ("Về việc", False), ("V-TỔ", False),
])
def test_list_markers(line, expected):
    assert starts_new_item(line) is expected


def test_join_wrapped_rules():
    lines = ["Căn cứ Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm",
             "2025;", "Căn cứ Nghị định số 96/2026/NĐ-CP của Chính phủ quy định chi tiết",
             "ngày 31 tháng 3 năm 2026;", "", "1. Mục đích", "Triển khai nghiêm túc, chất lượng và hiệu quả các",
             "nội dung."]
    assert join_wrapped(lines, wrap_width=64) == [
        "Căn cứ Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm 2025;",
        "Căn cứ Nghị định số 96/2026/NĐ-CP của Chính phủ quy định chi tiết ngày 31 tháng 3 năm 2026;",
        "1. Mục đích",
        "Triển khai nghiêm túc, chất lượng và hiệu quả các nội dung.",
    ]


@pytest.mark.parametrize("md, paragraphs", [
    # a dash the wrap put first on a line of running text goes on with it
    ("Thành viên Hội đồng Thi đua\n- Khen thưởng tỉnh, Giám đốc Sở Nội vụ có trách nhiệm thi hành.\n",
     ["Thành viên Hội đồng Thi đua - Khen thưởng tỉnh, Giám đốc Sở Nội vụ có trách nhiệm thi hành."]),
    # after a stop, or under a list item, a dash opens an item
    ("Các nhiệm vụ như sau:\n- Rà soát hồ sơ;\n- Báo cáo kết quả.\n",
     ["Các nhiệm vụ như sau:", "- Rà soát hồ sơ;", "- Báo cáo kết quả."]),
    ("1. Sở Y tế\n- Chủ trì tầm soát.\n", ["1. Sở Y tế", "- Chủ trì tầm soát."]),
    # ... unless the item's line ends with the left part of a named compound and the dash
    # goes on with its right part: the wrap cut "Thi đua - Khen thưởng" at its dash
    ("3. Chủ tịch Hội đồng Thi đua\n- Khen thưởng tỉnh quyết định thành phần Hội đồng.\n",
     ["3. Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh quyết định thành phần Hội đồng."]),
    ("a) Khen thưởng\n- Khen thưởng đột xuất.\n", ["a) Khen thưởng", "- Khen thưởng đột xuất."]),
])
def test_markdown_dash_wrapped_into_running_text(md, paragraphs):
    from pipeline.reading.text import markdown_blocks
    assert [b.text for b in markdown_blocks(md)] == paragraphs


def test_a_line_that_stops_on_a_compounds_spaced_dash_goes_on():
    # "… Sở Lao động -" / "Thương binh và Xã hội; …": short or not, the name goes on
    lines = ["Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Lao động -",
             "Thương binh và Xã hội; Thủ trưởng các sở, ban, ngành tỉnh chịu trách nhiệm thi hành./."]
    assert join_wrapped(lines, wrap_width=99) == [" ".join(lines)]


def test_a_line_joined_from_wraps_ends_its_paragraph_by_its_last_wrap():
    # a PDF page's geometry joined "… cung cấp thông" and "tin": the joined line is longer
    # than a full one, but its last wrap is short, so the capital under it opens a paragraph
    from pipeline.reading.lines import group_wrapped
    title = "Điều 18. Trách nhiệm của các cơ quan đề nghị cung cấp thông tin"
    lines = [title, "Thực hiện kê khai đầy đủ nội dung liên quan đến cung cấp thông tin."]
    assert group_wrapped(lines, 61, {title: 3}) == [[lines[0]], [lines[1]]]
    assert group_wrapped(lines, 61) == [lines]


def test_the_signatures_lines_stand_alone_over_a_footnote_or_an_appendix():
    # a page's table sets the signature on short lines, so no line looks short: the
    # signer's title is never wrapped into the name, nor the name into what follows
    assert join_wrapped(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hồ Thị Nguyên Thảo", "[1] Xã Phú Mỡ, Phường Sông Cầu,",
                         "Xã Ô Loan"]) == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hồ Thị Nguyên Thảo",
                                           "[1] Xã Phú Mỡ, Phường Sông Cầu, Xã Ô Loan"]
    assert join_wrapped(["PHÓ CHỦ TỊCH", "Đinh Công Sứ", "PHỤ LỤC", "TỔNG HỢP CÁC TUYẾN ĐÊ"]) == [
        "PHÓ CHỦ TỊCH", "Đinh Công Sứ", "PHỤ LỤC TỔNG HỢP CÁC TUYẾN ĐÊ"]


def test_a_wrapped_line_that_cuts_a_named_compound_at_its_dash_goes_on():
    # a text file or a PDF page wrapped "Sở Lao động - Thương binh và Xã hội" at its dash
    lines = ["2. Sở Lao động", "- Thương binh và Xã hội chủ trì hướng dẫn.", "3. Sở Y tế", "- Khen thưởng kịp thời."]
    assert join_wrapped(lines) == ["2. Sở Lao động - Thương binh và Xã hội chủ trì hướng dẫn.", "3. Sở Y tế",
                                   "- Khen thưởng kịp thời."]


def test_markdown_table_keeps_a_unit_cell():
    # the "%" cell signs its row's figures; a cell of marks alone ("---", "*") is dropped
    from pipeline.reading.text import markdown_blocks
    md = "| Chỉ tiêu | ĐVT | 2025 |\n|---|---|---|\n| Tỷ lệ hộ nghèo | % | 1,5 |\n| * | (‰) | 2 |\n"
    assert [b.text for b in markdown_blocks(md)] == ["Chỉ tiêu", "ĐVT", "2025", "Tỷ lệ hộ nghèo", "%", "1,5",
                                                      "(‰)", "2"]


def test_a_paragraph_cut_by_a_page_break_is_one_block():
    from pipeline.models import Block
    from pipeline.reading.pdf import _join_across_pages
    blocks = [Block("tốc độ tăng bình quân 03", page=3), Block("- 04%/năm. Thị trường: Đài Loan.", page=4),
              Block("Sở Công Thương chủ trì, phối hợp với", page=4), Block("Sở Tài chính bố trí kinh phí.", page=5),
              Block("Sở Y tế thực hiện", page=5), Block("theo dõi, báo cáo.", page=6),
              Block("2. Sở Nội vụ", page=6), Block("3. Sở Tư pháp", page=7),
              Block("Phối hợp tham mưu kinh phí trong phạm vi dự toán được giao;", page=7),
              Block("tham mưu việc quản lý, sử dụng kinh phí.", page=8),
              Block("- Rà soát hồ sơ;", page=8), Block("- báo cáo kết quả.", page=9)]
    assert [(b.text, b.page) for b in _join_across_pages(blocks)] == [
        ("tốc độ tăng bình quân 03 - 04%/năm. Thị trường: Đài Loan.", 3),
        ("Sở Công Thương chủ trì, phối hợp với Sở Tài chính bố trí kinh phí.", 4),
        ("Sở Y tế thực hiện theo dõi, báo cáo.", 5),
        ("2. Sở Nội vụ", 6), ("3. Sở Tư pháp", 7),
        # (a clause closed by ";" goes on in lower case; a list's next point does not)
        ("Phối hợp tham mưu kinh phí trong phạm vi dự toán được giao; tham mưu việc quản lý, sử dụng kinh phí.", 7),
        ("- Rà soát hồ sơ;", 8), ("- báo cáo kết quả.", 9)]


def test_pdf_paragraphs_from_spacing_and_first_line_indent(tmp_path):
    # full-width lines that close a sentence: only the page's geometry shows where a
    # paragraph ends (a wider gap, or the next line's first-line indent)
    pdf = _new_pdf()
    pdf.add_page()
    pdf.set_font("dv", size=12)
    rows = [(0, 0, "4. Các cơ sở nuôi trồng thủy sản: Theo dõi môi trường tại cơ sở nuôi, ghi chép"),
            (0, 0, "đầy đủ số liệu thu thập và báo cáo kết quả về Chi cục Thủy sản."),
            (0, 6, "Yêu cầu các sở, ban, ngành, đơn vị, địa phương nghiêm túc triển khai thực hiện."),
            (0, 0, "Sở Nông nghiệp và Môi trường theo dõi, đôn đốc việc thực hiện Kế hoạch này."),
            (10, 0, "Ủy ban nhân dân các xã báo cáo kết quả thực hiện trước ngày 15 tháng 12."),
            (0, 0, "Trong quá trình thực hiện, nếu có vướng mắc các đơn vị báo cáo kịp thời.")]
    for indent, space, text in rows:
        pdf.ln(space)
        pdf.set_x(pdf.l_margin + indent)
        pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    p = tmp_path / "g.pdf"
    pdf.output(str(p))
    texts = _texts(PdfReader().read(p))
    assert texts == [rows[0][2] + " " + rows[1][2], rows[2][2] + " " + rows[3][2], rows[4][2] + " " + rows[5][2]]


def test_a_list_item_on_the_next_page_is_not_joined():
    from pipeline.models import Block
    from pipeline.reading.pdf import _join_across_pages
    blocks = [Block("2. Các cơ quan tổng hợp các trường hợp vi phạm gửi về Sở Nội vụ như sau", page=1),
              Block("a) Công an tỉnh: tổng hợp danh sách.", page=2)]
    assert [b.text for b in _join_across_pages(blocks)] == [b.text for b in blocks]


def test_html_plan_page_keeps_its_header_cells_whole(tmp_path):
    # a header table whose cells break a line: each cell's first line is kept, and the
    # page, which carries the plan's own header, is read as the plan
    from pipeline.extraction import metadata, structure
    from pipeline.reading.ingest import read_document
    rows = "".join(f"<p>{t}</p>" for t in ["KẾ HOẠCH", "Thực hiện Chương trình trợ giúp người khuyết tật giai đoạn 2021 - 2030",
                                           "Thực hiện Quyết định số 1190/QĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ, Ủy ban "
                                           "nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện Chương trình như sau:",
                                           "I. MỤC TIÊU", "Cải thiện chất lượng cuộc sống của người khuyết tật trên địa bàn tỉnh."])
    p = tmp_path / "plan.html"
    p.write_text("<html><head><meta charset='utf-8'></head><body><table><tr><td>ỦY BAN NHÂN DÂN<br>TỈNH NGHỆ AN</td>"
                 "<td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</td></tr><tr>"
                 "<td>Số: 151/KH-UBND</td><td>Nghệ An, ngày 25 tháng 3 năm 2021</td></tr></table>" + rows
                 + "</body></html>", encoding="utf-8")
    texts = _texts(HtmlReader().read(p))
    assert texts[:4] == ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    d = read_document(p, "p", str(p))
    m = metadata.extract(d, structure.parse(d))
    assert (m.source_kind, m.issuer, m.period_start, m.period_end) == ("official", "Ủy ban nhân dân tỉnh Nghệ An", 2021, 2030)


def test_html_page_without_a_container_keeps_a_repeated_paragraph(tmp_path):
    # paragraphs right in <body>: the same words under two bodies are two paragraphs
    lead = "a) Chủ trì, phối hợp với các sở, ban, ngành, UBND các xã, phường và cơ quan, đơn vị có liên quan"
    body = "".join(f"<p>{i}. {name}</p><p>{lead}</p><p>- {task}</p>" for i, (name, task) in enumerate([
        ("Sở Công Thương", "Tổ chức tập huấn kiến thức về hội nhập kinh tế quốc tế và xây dựng thương hiệu."),
        ("Sở Nông nghiệp và Môi trường", "Hướng dẫn hợp tác xã áp dụng quy trình sản xuất nông nghiệp tốt."),
        ("Sở Khoa học và Công nghệ", "Hỗ trợ doanh nghiệp đăng ký bảo hộ nhãn hiệu cho sản phẩm chủ lực.")], 1))
    p = tmp_path / "plan.html"
    p.write_text(f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>", encoding="utf-8")
    assert _texts(HtmlReader().read(p)).count(lead) == 3


def test_html_quotation_around_a_paragraph_is_read_once(tmp_path):
    quote = "Chúng tôi đặt mục tiêu trong năm nay 100% xã, phường có ít nhất một chủ thể OCOP bán hàng trực tuyến."
    p = tmp_path / "news.html"
    p.write_text("<html><head><meta charset='utf-8'><title>Hưng Yên phát triển thương mại điện tử</title></head>"
                 "<body><article><h1>Hưng Yên phát triển thương mại điện tử</h1>"
                 "<p>Sở Công Thương vừa ban hành Kế hoạch số 86/KH-SCT về thương mại điện tử năm 2026.</p>"
                 f"<blockquote><p>{quote}</p></blockquote><p>Theo bà Mai, khó khăn lớn nhất là khâu đóng gói.</p>"
                 "</article></body></html>", encoding="utf-8")
    assert sum(t.count("100% xã, phường") for t in _texts(HtmlReader().read(p))) == 1


@pytest.mark.parametrize("md, paragraphs", [
    # a hard-wrapped page sets no blank line between a title in capitals and the text under it
    ("**THÔNG BÁO**\nKẾT\nLUẬN CỦA PHÓ THỦ TƯỚNG VỀ CHƯƠNG TRÌNH\nGIAI ĐOẠN 2026-2035\n"
     "Ngày 18 tháng 11 năm 2025, tại trụ sở Chính phủ,\nPhó Thủ tướng chủ trì cuộc họp.",
     ["THÔNG BÁO", "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG VỀ CHƯƠNG TRÌNH GIAI ĐOẠN 2026-2035",
      "Ngày 18 tháng 11 năm 2025, tại trụ sở Chính phủ, Phó Thủ tướng chủ trì cuộc họp."]),
    # a number line and a heading's number alone are no titles: what follows goes on
    ("Số: 5155/SGDĐT-GDTX\nVề hướng dẫn đánh giá", ["Số: 5155/SGDĐT-GDTX Về hướng dẫn đánh giá"]),
    ("II.\nLĩnh vực ưu tiên tổ chức hội chợ", ["II. Lĩnh vực ưu tiên tổ chức hội chợ"]),
])
def test_markdown_title_in_capitals_then_its_text(md, paragraphs):
    from pipeline.reading.text import markdown_blocks
    assert [b.text for b in markdown_blocks(md)] == paragraphs


@pytest.mark.parametrize("line, stray", [
    ("Ế Ậ Ủ Ủ Ủ", True), ("Ề Ể Ổ", True),     # a printer's tall capitals laid once more above
    ("ỦY BAN NHÂN DÂN", False), ("A B C", False), ("Ủy ban", False), ("Ở", True),
])
def test_pdf_line_of_lone_capitals_with_marks_is_dropped(line, stray):
    from pipeline.reading.pdf import STRAY_MARKS_RE
    assert bool(STRAY_MARKS_RE.fullmatch(line)) == stray


def _tsv_boxes(rows):
    """A Tesseract TSV of (block, paragraph, line, left, top, confidence, word) rows."""
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    return "\n".join([head] + ["\t".join(map(str, (5, 1, b, p, l, i, x, y, 80, 40, c, t)))
                               for i, (b, p, l, x, y, c, t) in enumerate(rows)])


def test_a_signature_column_the_page_reading_dropped_is_read_again(tmp_path, monkeypatch):
    # Tesseract may drop the signature column beside "Nơi nhận:" whole where the seal
    # covers it: that half of the page is read again on its own, as one block
    Image = pytest.importorskip("PIL.Image")
    page = tmp_path / "p.png"
    Image.new("L", (2000, 3000), 255).save(page)
    recipients = [(1, 1, 1, 100, 1800, 0, "Nơi"), (1, 1, 1, 190, 1800, 0, "nhận:"),
                  (1, 1, 2, 100, 1850, 92, "-"), (1, 1, 2, 130, 1850, 92, "Lưu:")]
    calls = []

    def reread(image, psm, options=()):
        calls.append((psm, Image.open(image).size))
        return _tsv_boxes([(1, 1, 1, 10, 10, 92, "GIÁM"), (1, 1, 1, 120, 10, 90, "ĐỐC")])

    monkeypatch.setattr(ocr, "_run_tesseract", reread)
    column = ocr._signature_column(page, _tsv_boxes(recipients))
    assert ocr.words_to_text(column) == "GIÁM ĐỐC"
    assert [(w["left"], w["top"]) for w in column] == [(1010, 1770), (1120, 1770)]   # boxed on the page (crop at 1760)
    assert calls == [("6", (1000, 700))]
    # a column read with the page is not read again
    calls.clear()
    read = recipients + [(2, 1, 1, 1300, 1800, 93, "GIÁM"), (2, 1, 1, 1450, 1800, 91, "ĐỐC")]
    assert ocr._signature_column(page, _tsv_boxes(read)) == [] and calls == []


def test_markdown_cell_lines_broken_by_html_tags():
    # a table cell can hold no newline, so a Markdown copy writes its lines as "<br>"
    from pipeline.reading.text import markdown_blocks
    md = ("| **ỦY BAN NHÂN DÂN**<br>**TỈNH NINH BÌNH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br/>Độc lập |\n|---|---|\n\n"
          "| Nơi nhận:<br>- Như trên; | TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br>Nguyễn Cao Sơn |\n")
    assert [b.text for b in markdown_blocks(md)] == [
        "ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập",
        "Nơi nhận:", "- Như trên;", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Cao Sơn"]


# a lead set apart by its class that the main-text extraction drops, and a description
# that shortens it, leaving out the plan's number and date
SAPO_SHORTENED = """<html lang="vi"><head><meta charset="utf-8"><title>Lâm Đồng giảm nghèo</title>
<meta name="description" content="UBND tỉnh Lâm Đồng ban hành kế hoạch giảm nghèo bền vững giai đoạn 2026 - 2030."></head>
<body><main><article><h1>Lâm Đồng đặt mục tiêu giảm nghèo bền vững</h1>
<p class="sapo"><strong>Ủy ban nhân dân tỉnh Lâm Đồng vừa ban hành Kế hoạch số 35/KH-UBND ngày 14/1/2026 về
giảm nghèo bền vững giai đoạn 2026 - 2030.</strong></p>
<div class="article-body"><p>Theo kế hoạch, tỷ lệ hộ nghèo giảm bình quân từ 1% trở lên mỗi năm; tỷ lệ hộ nghèo là
đồng bào dân tộc thiểu số giảm trên 3% mỗi năm.</p>
<p>Đến năm 2030, tỉnh phấn đấu 100% hộ nghèo được hỗ trợ tiếp cận đầy đủ các dịch vụ xã hội cơ bản.</p></div>
</article></main></body></html>"""


def test_html_lead_marked_by_class_is_read_whole(tmp_path):
    p = tmp_path / "news.html"
    p.write_text(SAPO_SHORTENED, encoding="utf-8")
    texts = _texts(reader_for(p).read(p))
    assert sum("Kế hoạch số 35/KH-UBND ngày 14/1/2026" in t for t in texts) == 1
    assert not any(t.startswith("UBND tỉnh Lâm Đồng ban hành kế hoạch") for t in texts)
