"""A plan's table of indicators gives the same goals from the Word file, from its print to
PDF and from a scan of that print."""
from __future__ import annotations

import csv
import html
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.cli import main

pytestmark = pytest.mark.skipif(shutil.which("chromium") is None or shutil.which("tesseract") is None,
                                reason="needs Debian chromium (to print) and tesseract-ocr-vie (to read the scan)")

BEFORE = ["ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "Số: 15/KH-UBND", "Lào Cai, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH",
          "Cấp nước sạch nông thôn giai đoạn 2026 - 2030", "I. MỤC TIÊU", "2. Chỉ tiêu cụ thể",
          "Các chỉ tiêu chủ yếu như sau:"]
ROWS = [("TT", "Chỉ tiêu", "Đơn vị", "Năm 2027", "Năm 2030"),
        ("1", "Tỷ lệ dân cư nông thôn sử dụng nước sạch đạt quy chuẩn", "%", "65", "80"),
        ("2", "Tỷ lệ hộ gia đình có nhà tiêu hợp vệ sinh", "%", "85", "95"),
        ("3", "Số công trình cấp nước tập trung được xây mới", "công trình", "20", "45")]
AFTER = ["II. TỔ CHỨC THỰC HIỆN", "1. Sở Nông nghiệp và Môi trường chủ trì triển khai Kế hoạch.",
         "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"]


def _word(path: Path) -> None:
    import docx
    document = docx.Document()
    for line in BEFORE:
        document.add_paragraph(line)
    table = document.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for i, row in enumerate(ROWS):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    for line in AFTER:
        document.add_paragraph(line)
    document.save(path)


def _printed(path: Path) -> None:
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in ROWS)
    page = path.with_suffix(".html")
    page.write_text('<html><head><meta charset="utf-8"><style>body{font-family:"DejaVu Serif";font-size:13pt}'
                    'table{border-collapse:collapse;width:100%}td{border:1px solid #000;padding:3px}</style>'
                    "</head><body>" + "".join(f"<p>{html.escape(x)}</p>" for x in BEFORE)
                    + f"<table>{rows}</table>" + "".join(f"<p>{html.escape(x)}</p>" for x in AFTER)
                    + "</body></html>", encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={path}", page.as_uri()], capture_output=True, timeout=120, check=True)
    page.unlink()


def _scanned(printed: Path, path: Path) -> None:
    import pypdfium2 as pdfium
    image = pdfium.PdfDocument(str(printed))[0].render(scale=200 / 72).to_pil().convert("L")
    image.save(path, "PDF", resolution=200)


def test_indicator_table_gives_the_same_goals_in_every_format(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _word(corpus / "plan.docx")
    _printed(corpus / "plan-printed.pdf")
    _scanned(corpus / "plan-printed.pdf", corpus / "plan-scanned.pdf")
    out = tmp_path / "out"
    assert main(["extract", str(corpus), "--out", str(out)]) == 0
    with (out / "targets.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    goals = {doc: sorted((r["value"], r["unit"], r["deadline"]) for r in rows if r["doc_id"] == doc)
             for doc in ("plan", "plan-printed", "plan-scanned")}
    # (the count row too, in its unit cell's words)
    expected = [("20", "công trình", "2027"), ("45", "công trình", "2030"), ("65", "%", "2027"), ("80", "%", "2030"),
                ("85", "%", "2027"), ("95", "%", "2030")]
    assert goals == {"plan": expected, "plan-printed": expected, "plan-scanned": expected}
