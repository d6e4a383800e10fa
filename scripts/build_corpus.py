#!/usr/bin/env python3
"""Build the sample corpus in corpus/ from the composed texts in corpus_texts.py.

Usage:
    .venv/bin/python scripts/build_corpus.py [--out DIR] [--only NAME ...]

One sample per format users bring (see SAMPLES below). The build is
deterministic: fixed timestamps in the docx archive and core properties and in
the PDF dates, no randomness, so rebuilding gives identical bytes (checked by
tests/test_corpus.py; the scanned PDF is compared too, which holds as long as
pypdfium2 and Pillow stay at the same versions).

Build dependencies beyond the pipeline's own: fpdf2 (text PDFs). python-docx,
pypdfium2 and Pillow are already pipeline dependencies.
"""
from __future__ import annotations

import argparse
import html
import io
import sys
import textwrap
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus_texts as T  # noqa: E402
import corpus_texts_duties as D  # noqa: E402
from build_helpers import (Numbering, build_encode_tcvn3, remove_table_borders,  # noqa: E402
                           reproducible_zip, rtf_escaped, set_num)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
ICT = timezone(timedelta(hours=7))
# One fixed instant per document, close to when such a file would be saved.
WHEN = {
    "docx": datetime(2026, 1, 5, 8, 0, 0, tzinfo=ICT),
    "byt": datetime(2021, 5, 12, 16, 30, 0, tzinfo=ICT),
    "scan": datetime(2023, 1, 9, 9, 15, 0, tzinfo=ICT),
}


# ---------------------------------------------------------------------------
# 1. Word: Cần Thơ 2026-2030 draft
# ---------------------------------------------------------------------------

def build_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)

    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    normal.paragraph_format.space_after = Pt(6)

    cp = doc.core_properties
    cp.author = "Sở Y tế"
    cp.last_modified_by = "Sở Y tế"
    cp.title = "Dự thảo Kế hoạch đào tạo, bồi dưỡng cán bộ dân số 2026 - 2030"
    cp.comments = ""
    cp.keywords = ""
    cp.revision = 3
    cp.created = WHEN["docx"].replace(tzinfo=None)
    cp.modified = WHEN["docx"].replace(tzinfo=None)

    def para(text="", *, bold=False, italic=False, align=None, size=None, indent=True):
        p = doc.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold or None, italic or None
            if size:
                r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        elif indent:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.27)
        return p

    def cell_lines(cell, lines):
        """lines: (text, bold, italic, size); the first reuses the cell's paragraph."""
        for i, (text, bold, italic, size) in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run(text)
            r.bold, r.italic = bold or None, italic or None
            r.font.size = Pt(size)

    para("DỰ THẢO", bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, size=12)

    # Header: the borderless 2x2 table of the state format (Decree 30/2020/NĐ-CP).
    head = doc.add_table(rows=2, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    remove_table_borders(head)
    widths = (Cm(6.0), Cm(10.0))
    for row in head.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    cell_lines(head.cell(0, 0), [("ỦY BAN NHÂN DÂN", False, False, 13),
                                 ("THÀNH PHỐ CẦN THƠ", True, False, 13)])
    cell_lines(head.cell(0, 1), [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, 13),
                                 ("Độc lập - Tự do - Hạnh phúc", True, False, 14)])
    cell_lines(head.cell(1, 0), [("Số:        /KH-UBND", False, False, 13)])
    cell_lines(head.cell(1, 1), [("Cần Thơ, ngày      tháng      năm 2026", False, True, 14)])

    para()
    para("KẾ HOẠCH", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(T.CT_TITLE, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for text in T.CT_BASIS:
        para(text)

    # Automatic numbering: one two-level outline definition shared by two
    # lists (each restarts at 1), and a "-" bullet list.
    numbering = Numbering(doc)
    outline, bullet = numbering.outline(), numbering.bullet()
    lists: dict[str, int] = {}
    dash_list = numbering.new_list(bullet, 1)

    for block in T.CT_BODY:
        kind = block[0]
        if kind == "part":
            para(block[1], bold=True, indent=False)
        elif kind in ("p", "pt", "plus"):
            text = ("+ " + block[1]) if kind == "plus" else block[1]
            para(text)
        elif kind == "dash":
            p = para(block[1])
            p.paragraph_format.first_line_indent = None
            set_num(p, dash_list, 0)
        elif kind == "num":
            _, list_id, level, text = block
            if list_id not in lists:
                lists[list_id] = numbering.new_list(outline, 2)
            p = para(text, bold=(level == 0))
            p.paragraph_format.first_line_indent = None
            set_num(p, lists[list_id], level)
        else:
            raise ValueError(kind)

    # Recipients and signature: a second borderless table.
    foot = doc.add_table(rows=1, cols=2)
    remove_table_borders(foot)
    left, right = foot.cell(0, 0), foot.cell(0, 1)
    left.width, right.width = Cm(8.0), Cm(8.0)
    p = left.paragraphs[0]
    r = p.add_run("Nơi nhận:")
    r.bold, r.italic, r.font.size = True, True, Pt(12)
    for line in T.CT_RECIPIENTS:
        q = left.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        q.add_run("- " + line).font.size = Pt(11)
    cell_lines(right, [(t, bool(t), False, 14) for t in T.CT_SIGNATURE])

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(reproducible_zip(buf.getvalue()))


# ---------------------------------------------------------------------------
# 2. HTML news page: Hà Nội 303/KH-UBND
# ---------------------------------------------------------------------------

def build_html(path: Path) -> None:
    e = html.escape
    body = []
    for kind, text in T.HN_ARTICLE:
        if kind == "h2":
            body.append(f"        <h2>{e(text)}</h2>")
        else:
            body.append(f"        <p>{e(text)}</p>")
    comments = []
    for name, when, text in T.HN_COMMENTS:
        comments.append(
            '      <div class="comment">\n'
            f'        <span class="comment-author">{e(name)}</span>'
            f' <time class="comment-time">{e(when)}</time>\n'
            f'        <p class="comment-text">{e(text)}</p>\n'
            '        <a href="#" class="reply">Trả lời</a> · <a href="#" class="like">Thích</a>\n'
            '      </div>')
    related = "\n".join(f'        <li><a href="/tin/{i + 1:03d}.html">{e(t)}</a></li>'
                        for i, t in enumerate(T.HN_RELATED))
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(T.HN_HEADLINE)} | Tin Dân số</title>
  <meta name="description" content="{e(T.HN_SAPO)}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{e(T.HN_HEADLINE)}">
  <meta property="article:published_time" content="2022-12-05T10:40:00+07:00">
  <meta property="article:section" content="Dân số - Phát triển">
  <link rel="stylesheet" href="/static/site.css">
  <script type="application/ld+json">
  {{"@context": "https://schema.org", "@type": "NewsArticle",
    "headline": "{e(T.HN_HEADLINE)}",
    "datePublished": "2022-12-05T10:40:00+07:00",
    "author": {{"@type": "Organization", "name": "Tin Dân số"}}}}
  </script>
</head>
<body>
  <div class="topbar">Thứ Tư, 08/02/2023 &nbsp;|&nbsp; <a href="/dang-nhap">Đăng nhập</a> &nbsp;|&nbsp; <a href="/dat-bao">Đặt mua báo in</a></div>
  <header class="site-header">
    <a class="logo" href="/">Tin Dân số</a>
    <nav class="main-nav">
      <ul>
        <li><a href="/">Trang chủ</a></li>
        <li><a href="/thoi-su">Thời sự</a></li>
        <li class="active"><a href="/dan-so">Dân số - Phát triển</a></li>
        <li><a href="/suc-khoe">Sức khỏe</a></li>
        <li><a href="/gia-dinh">Gia đình - Trẻ em</a></li>
        <li><a href="/video">Video</a></li>
      </ul>
    </nav>
  </header>
  <main class="container">
    <div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/dan-so">Dân số - Phát triển</a></div>
    <article class="article-detail">
      <h1 class="article-title">{e(T.HN_HEADLINE)}</h1>
      <div class="article-meta">
        <span class="author">PV</span> - <time datetime="2022-12-05T10:40:00+07:00">05/12/2022 10:40</time>
      </div>
      <p class="sapo"><strong>{e(T.HN_SAPO)}</strong></p>
      <div class="article-body">
{chr(10).join(body)}
      </div>
      <div class="article-tags">Từ khóa: <a href="/tag/dan-so">dân số</a>, <a href="/tag/ha-noi">Hà Nội</a>, <a href="/tag/dao-tao">đào tạo cán bộ</a></div>
      <div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>
    </article>
    <aside class="related">
      <h3>Tin liên quan</h3>
      <ul>
{related}
      </ul>
    </aside>
    <section class="comments" id="binh-luan">
      <h3>Bình luận ({len(T.HN_COMMENTS)})</h3>
{chr(10).join(comments)}
      <form class="comment-form"><textarea placeholder="Nhập bình luận của bạn"></textarea><button type="submit">Gửi bình luận</button></form>
    </section>
  </main>
  <footer class="site-footer">
    <p>&copy; Tin Dân số. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>
    <p><a href="/gioi-thieu">Giới thiệu</a> · <a href="/lien-he">Liên hệ</a> · <a href="/quang-cao">Quảng cáo</a></p>
  </footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


# ---------------------------------------------------------------------------
# 3 and 4. PDFs
# ---------------------------------------------------------------------------

def _fpdf(running_header: str | None, footer_pages: bool):
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            if running_header:
                self.set_font("Serif", "I", 9)
                self.set_y(9)
                self.cell(0, 5, running_header, align="C")
                self.line(self.l_margin, 15, self.w - self.r_margin, 15)
                self.set_y(20)

        def footer(self):
            if footer_pages:
                self.set_y(-14)
                self.set_font("Serif", "", 9)
                self.cell(0, 5, f"Trang {self.page_no()}/{{nb}}", align="C")

    pdf = Doc(format="A4", unit="mm")
    for style, fname in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"),
                         ("I", "DejaVuSerif-Italic.ttf"), ("BI", "DejaVuSerif-BoldItalic.ttf")):
        pdf.add_font("Serif", style, str(FONT_DIR / fname))
    pdf.set_margins(25, 20, 18)
    pdf.set_auto_page_break(True, margin=22)
    return pdf


def _header_block(pdf, left: list[tuple[str, str]], right: list[tuple[str, str]], size=11.5):
    """Two centred columns at the top of page 1 (issuer left, motto right)."""
    y0 = pdf.get_y()
    colw_l, colw_r = 62, pdf.w - pdf.l_margin - pdf.r_margin - 62
    for col_x, col_w, lines in ((pdf.l_margin, colw_l, left), (pdf.l_margin + colw_l, colw_r, right)):
        pdf.set_xy(col_x, y0)
        for text, style in lines:
            pdf.set_x(col_x)
            pdf.set_font("Serif", style, size)
            pdf.multi_cell(col_w, 5.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
            if style == "B" and text.startswith(("TỈNH", "BỘ", "Độc lập")):
                # the short rule printed under the issuer and under the motto
                half = pdf.get_string_width(text) * (0.3 if text.startswith("Độc") else 0.25)
                mid = col_x + col_w / 2
                pdf.line(mid - half, pdf.get_y() + 0.5, mid + half, pdf.get_y() + 0.5)
                pdf.ln(1.5)
    pdf.set_y(max(pdf.get_y(), y0 + 30))


def build_pdf_letter(path: Path) -> None:
    """Ministry of Health guidance letter 3904/BYT-TCDS, text layer, 2+ pages."""
    pdf = _fpdf(T.BYT_RUNNING_HEADER, footer_pages=True)
    pdf.set_creation_date(WHEN["byt"])
    pdf.set_title("Công văn 3904/BYT-TCDS")
    pdf.set_author("Bộ Y tế")
    pdf.set_lang("vi")
    pdf.add_page()
    _header_block(
        pdf,
        [("BỘ Y TẾ", "B"), ("Số: 3904/BYT-TCDS", ""), (T.BYT_SUBJECT, "")],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B"), ("Độc lập - Tự do - Hạnh phúc", "B"),
         ("", ""), ("Hà Nội, ngày 12 tháng 5 năm 2021", "I")])
    pdf.set_font("Serif", "", 12.5)
    pdf.ln(2)
    pdf.multi_cell(0, 7, T.BYT_TO, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for kind, text in T.BYT_BODY:
        pdf.set_font("Serif", "B" if kind == "h" else "", 12.5)
        pdf.set_x(pdf.l_margin + (8 if kind == "li" else 0))
        w = 0 if kind != "li" else pdf.w - pdf.r_margin - pdf.l_margin - 8
        pdf.multi_cell(w, 7, ("      " if kind == "p" else "") + text, align="J",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_font("Serif", "BI", 11)
    pdf.cell(70, 6, "Nơi nhận:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    for line in T.BYT_RECIPIENTS:
        pdf.cell(70, 5, "- " + line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0)
    for line in T.BYT_SIGNATURE:
        pdf.set_x(pdf.w - pdf.r_margin - 80)
        pdf.set_font("Serif", "B" if line.isupper() else "I", 12)
        pdf.cell(80, 6.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def _hau_giang_text_pdf() -> bytes:
    pdf = _fpdf(None, footer_pages=False)
    pdf.set_creation_date(WHEN["scan"])
    pdf.add_page()
    _header_block(pdf,
                  [("ỦY BAN NHÂN DÂN", ""), ("TỈNH HẬU GIANG", "B"), ("", ""), ("Số: 95/KH-UBND", "")],
                  [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B"), ("Độc lập - Tự do - Hạnh phúc", "B"),
                   ("", ""), ("Hậu Giang, ngày 15 tháng 12 năm 2022", "I")], size=11.5)
    pdf.ln(6)
    pdf.set_font("Serif", "B", 14)
    pdf.cell(0, 8, "KẾ HOẠCH", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "B", 13)
    for line in T.HG_TITLE_LINES:
        pdf.cell(0, 7, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for kind, text in T.HG_BODY:
        pdf.set_font("Serif", "B" if kind == "h" else "", 13)
        pdf.multi_cell(0, 7.5, ("      " if kind == "p" else "") + text, align="J",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    return bytes(pdf.output())


def build_scan(path: Path, dpi: int = 200) -> None:
    """Hậu Giang 95/KH-UBND page 1 as a scan: rendered to grey pixels, slightly
    skewed, saved as an image-only PDF (no text layer)."""
    import pypdfium2 as pdfium
    from PIL import Image

    src = pdfium.PdfDocument(_hau_giang_text_pdf())
    images = []
    for i in range(len(src)):
        img = src[i].render(scale=dpi / 72).to_pil().convert("L")
        # a scanner bed never holds the sheet quite straight
        img = img.rotate(0.6 if i % 2 == 0 else -0.4, resample=Image.BICUBIC,
                         expand=False, fillcolor=255)
        images.append(img)
    src.close()
    first, rest = images[0], images[1:]
    first.save(path, "PDF", resolution=dpi, save_all=True, append_images=rest, quality=80,
               title="scan", producer="Scanner", creator="Scanner",
               creationDate=WHEN["scan"].utctimetuple(), modDate=WHEN["scan"].utctimetuple())


# ---------------------------------------------------------------------------
# 5, 6, 7. Text formats
# ---------------------------------------------------------------------------

def build_txt_nfd(path: Path) -> None:
    """Sóc Trăng 81/KH-UBND as a plain-text copy saved on a Mac (NFD, LF)."""
    path.write_bytes(unicodedata.normalize("NFD", T.ST_TEXT).encode("utf-8"))


def encode_tcvn3(text: str) -> bytes:
    """The pipeline's encoder when it exists (so sample and reader agree), else ours."""
    try:
        from pipeline.reading.normalize import encode_tcvn3 as pipeline_encode  # type: ignore
    except ImportError:
        return build_encode_tcvn3(text)
    return pipeline_encode(text)


def build_tcvn3(path: Path) -> None:
    """Note on the national targets of 520/QĐ-TTg in TCVN3 bytes, CRLF (a DOS-era file)."""
    path.write_bytes(encode_tcvn3(T.TCVN3_TEXT).replace(b"\n", b"\r\n"))


def _wrap(text: str, first: int = 28, width: int = 80) -> list[str]:
    """Hard-wrap like the legal-database Markdown saves: a short first line."""
    words = text.split(" ")
    head: list[str] = []
    while words and len(" ".join(head + [words[0]])) <= first:
        head.append(words.pop(0))
    lines = [" ".join(head)] if head else []
    if words:
        lines += textwrap.wrap(" ".join(words), width=width, break_long_words=False,
                               break_on_hyphens=False)
    return lines


def build_markdown(path: Path) -> None:
    """Cần Thơ draft as saved from a web page: pipe header table, **bold**,
    hard-wrapped lines, a [1] footnote mark."""
    out = [
        "|", "**ỦY BAN NHÂN", "DÂN**", "**THÀNH PHỐ CẦN THƠ**", "--------", "|",
        "**CỘNG HÒA XÃ", "HỘI CHỦ NGHĨA VIỆT NAM**", "Độc lập - Tự do - Hạnh phúc",
        "---------------", "|", "|", "Số: /KH-UBND", "|", "*Cần Thơ,", "ngày tháng năm 2026*", "|",
        "", "", "**KẾ HOẠCH**", "",
    ]
    out += [line.upper() for line in _wrap(T.CT_TITLE, first=60, width=70)]
    out.append("")
    for text in T.CT_BASIS:
        out += _wrap(text) + [""]
    tt = ("trình độ đáp ứng Thông tư số 02/2021/TT-BYT ngày 25 tháng 01 năm 2021 của Bộ "
          "trưởng Bộ Y tế quy định tiêu chuẩn, nhiệm vụ của cộng tác viên dân số.")
    footnote_mark = "trình độ đáp ứng quy định về tiêu chuẩn, nhiệm vụ của cộng tác viên dân số[1]."
    counters: dict[tuple[str, int], int] = {}
    replaced = False
    for block in T.CT_BODY:
        kind = block[0]
        if kind == "part":
            words = block[1].split(" ")
            out += ["**" + " ".join(words[:2]), " ".join(words[2:]) + "**", ""]
            continue
        if kind == "num":
            _, list_id, level, text = block
            n = counters[(list_id, level)] = counters.get((list_id, level), 0) + 1
            if level == 0:
                counters[(list_id, 1)] = 0
                out += [f"**{n}. {text}**", ""]
                continue
            text = f"{'abcdđeghik'[n - 1]}) {text}"
        elif kind == "dash":
            text = "- " + block[1]
        elif kind == "plus":
            text = "+ " + block[1]
        else:
            text = block[1]
        if tt in text:
            text, replaced = text.replace(tt, footnote_mark), True
        out += _wrap(text) + [""]
    assert replaced, "footnote sentence not found in CT_BODY"
    out += ["", "|", "*Nơi nhận:*"] + ["- " + r for r in T.CT_RECIPIENTS]
    out += ["|", "**TM. ỦY BAN", "NHÂN DÂN**", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "",
            "**Nguyễn Văn Khởi**", "|", "", "", "", ""]
    out += _wrap("[1] Thông tư số 02/2021/TT-BYT ngày 25/01/2021 của Bộ trưởng Bộ Y tế quy "
                 "định tiêu chuẩn, nhiệm vụ của cộng tác viên dân số.")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------

def _plain_text(text: str):
    """A builder writing a composed text as a UTF-8 .txt file, LF line ends."""
    def build(path: Path) -> None:
        path.write_bytes(text.encode("utf-8"))
    return build


def _rtf_letter(text: str):
    """A builder writing a composed letter as Word saves it in Rich Text Format: the lines
    whose halves a tab run separates (the header: issuer | motto) as rows of a borderless
    two-column table, every other line a paragraph."""
    def build(path: Path) -> None:
        parts = ["{\\rtf1\\ansi\\ansicpg1258\\deff0{\\fonttbl{\\f0 Times New Roman;}}"
                 "{\\*\\generator Microsoft Word 16;}\\f0\\fs26\n"]
        for line in text.split("\n"):
            cells = [c.strip() for c in line.split("\t") if c.strip()]
            if "\t" in line and len(cells) == 2:
                parts.append("\\trowd\\cellx4300\\cellx9300\n"
                             + "".join(f"\\pard\\intbl\\qc {rtf_escaped(c)}\\cell\n" for c in cells) + "\\row\n")
            elif line.strip():
                parts.append(f"\\pard\\qj {rtf_escaped(line.strip())}\\par\n")
        parts.append("}\n")
        path.write_bytes("".join(parts).encode("ascii"))
    return build


# name -> (builder, byte-identical on rebuild)
SAMPLES = {
    "can-tho-2026-2030-du-thao.docx": (build_docx, True),
    "can-tho-2026-2030-du-thao-ban-web.md": (build_markdown, True),
    "ha-noi-303-kh-ubnd-tin-bao.html": (build_html, True),
    "bo-y-te-3904-byt-tcds-huong-dan-520.pdf": (build_pdf_letter, True),
    "hau-giang-95-kh-ubnd-ban-scan.pdf": (build_scan, True),
    "soc-trang-81-kh-ubnd-2025-2030.txt": (build_txt_nfd, True),
    "de-an-520-qd-ttg-muc-tieu-tcvn3.txt": (build_tcvn3, True),
    # duties given body by body outside "Tổ chức thực hiện" (corpus_texts_duties.py)
    "quang-tri-236-kh-ubnd-dan-so-phan-cong.txt": (_plain_text(D.QT_TEXT), True),
    # (a Sở's letter as Word saves it in Rich Text Format)
    "lao-cai-1823-ubnd-kt-cau-treo.rtf": (_rtf_letter(D.LC_LETTER), True),
    "nghe-an-812-kh-ubnd-attgt-2026.txt": (_plain_text(D.NA_TEXT), True),
}


def build(out: Path, only: list[str] | None = None) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for name, (fn, _) in SAMPLES.items():
        if only and name not in only:
            continue
        fn(out / name)
        made.append(out / name)
    return made


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "corpus")
    ap.add_argument("--only", nargs="*", help="file names to build (default: all)")
    args = ap.parse_args(argv)
    unknown = set(args.only or []) - set(SAMPLES)
    if unknown:
        ap.error(f"unknown sample(s): {', '.join(sorted(unknown))}")
    for p in build(args.out, args.only):
        print(f"{p.stat().st_size:>8}  {p}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
