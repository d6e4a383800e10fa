"""Readers on real documents from ../shared and on small files made here."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.readers import ReadError, reader_for, sniff, supported_suffixes
from pipeline.readers.docx import DocxReader
from pipeline.readers.text import MarkdownReader, TextReader
from tests.conftest import shared_file


def _texts(result):
    return [b.text for b in result.blocks]


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------

def test_supported_suffixes():
    assert supported_suffixes() == [".doc", ".docx", ".htm", ".html", ".md", ".pdf", ".txt"]


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
        ("\uf0b7 Ý gạch đầu dòng", "paragraph"),   # bullet glyph; normalize turns it into '-'
        ("2. Yêu cầu", "list_item"),
        ("a) Điểm sau khi mục đổi", "list_item"),   # lower level restarts
        ("II. NHIỆM VỤ", "list_item"),
        ("1. Nhiệm vụ đầu", "list_item"),
        ("ỦY BAN NHÂN DÂN", "table_row"), ("TỈNH X", "table_row"),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "table_row"),
        ("DỰ THẢO", "header"),                     # the page-number footer "3" is dropped
    ]
    assert r.blocks[0].bold and not r.blocks[1].bold


def test_truncated_docx(tmp_path):
    src = shared_file("real", "KH-3898_30.6.2026_Huan-luyen-nguoi-quan-ly.docx").read_bytes()
    p = tmp_path / "cut.docx"
    p.write_bytes(src[: len(src) // 2])
    with pytest.raises(ReadError, match="damaged"):
        DocxReader().read(p)
