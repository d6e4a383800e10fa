"""Ruled tables on scanned pages: found in the pixels, OCR's words read one cell a line."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.reading.ocr import words_to_text
from pipeline.reading.scan_tables import find_tables, into_cells

# a table 1,800 pixels wide: rules at these heights, sides at these places (300 dpi)
RULES = (400, 500, 640, 760)
SIDES = (200, 400, 1300, 2000)


def _page(path: Path, rules=RULES, sides=SIDES, extra=()) -> Path:
    from PIL import Image, ImageDraw
    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    for y in rules:
        draw.rectangle((sides[0], y - 1, sides[-1], y + 1), fill=0)
    for x in sides:
        draw.rectangle((x - 1, rules[0], x + 1, rules[-1]), fill=0)
    for box in extra:
        draw.rectangle(box, fill=0)
    # letters: short strokes no taller than a line, which make no cell's side
    for y in range(rules[0] + 20, rules[-1] - 40, 60):
        for x in range(sides[0] + 30, sides[-1] - 30, 45):
            draw.rectangle((x, y, x + 4, y + 35), fill=0)
    page.save(path)
    return path


def _word(text, left, top, line, width=60, conf=95.0):
    return {"text": text, "left": left, "top": top, "width": width, "height": 30, "conf": conf, "line": line}


def test_a_grid_of_rules_is_a_table_of_rows_and_cells(tmp_path):
    tables = find_tables(_page(tmp_path / "p.png"))
    assert len(tables) == 1
    table = tables[0]
    assert [(row.top, row.bottom) for row in table.rows] == list(zip(RULES, RULES[1:]))
    assert all(len(row.cells) == 3 for row in table.rows)
    assert table.cell_at(1000, 700) == (2, 1) and table.cell_at(100, 700) is None


def test_rules_without_sides_are_no_table(tmp_path):
    # a header's rules under the issuer and the motto, a line under a title: no cell sides
    page = _page(tmp_path / "p.png", rules=(400, 500, 640), sides=(200, 2000))
    assert find_tables(page) == []


def test_words_go_to_their_cells_and_the_rules_are_no_words(tmp_path):
    table = find_tables(_page(tmp_path / "p.png"))
    words = [_word("Sở", 450, 530, (1, 1, 1)), _word("|", 1290, 530, (1, 1, 1), width=10),
             # read across a side: "chống" left of x=1300, "Báo" right of it
             _word("chống|Báo", 1200, 660, (1, 1, 2), width=180), _word("Căn", 300, 200, (0, 1, 1))]
    got = into_cells(words, table)
    assert [(w["text"], w.get("cell")) for w in got] == [
        ("Sở", (0, 1, 1)), ("chống", (0, 2, 1)), ("Báo", (0, 2, 2)), ("Căn", None)]


def test_a_table_s_cells_stand_in_its_place_one_a_line(tmp_path):
    table = find_tables(_page(tmp_path / "p.png"))
    words = [_word("II.", 200, 300, (1, 1, 1)), _word("NHIỆM", 260, 300, (1, 1, 1)), _word("VỤ", 330, 300, (1, 1, 1)),
             _word("Kiểm", 420, 650, (2, 1, 1)), _word("tra", 490, 650, (2, 1, 1)),
             _word("100%", 420, 700, (2, 1, 2)), _word("cơ", 490, 700, (2, 1, 2)), _word("sở", 540, 700, (2, 1, 2)),
             _word("Sở", 1320, 650, (2, 1, 1)), _word("Y", 1380, 650, (2, 1, 1)), _word("tế", 1420, 650, (2, 1, 1)),
             _word("1", 250, 650, (2, 1, 1)),
             _word("III.", 200, 900, (3, 1, 1)), _word("TỔ", 270, 900, (3, 1, 1))]
    text = words_to_text(into_cells(words, table))
    assert [line for line in text.split("\n") if line] == ["II. NHIỆM VỤ", "1", "Kiểm tra 100% cơ sở", "Sở Y tế", "III. TỔ"]


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract-ocr and tesseract-ocr-vie")
def test_a_scanned_table_reads_one_cell_a_line(tmp_path):
    # OCR alone runs a long cell's wrapped lines between its neighbours ("… trên địa bàn|
    # Sở Y tế" / "Quý II/2026" / "tỉnh") and a row's cells together
    pdfium = pytest.importorskip("pypdfium2")
    from pipeline.reading.pdf import PdfReader
    from tests.test_readers import TASKS, _pdf_with_table
    printed = tmp_path / "tasks.pdf"
    _pdf_with_table(printed, TASKS)
    image = pdfium.PdfDocument(str(printed))[0].render(scale=200 / 72).to_pil().convert("L")
    scan = tmp_path / "scan.pdf"
    image.save(scan, "PDF", resolution=200)
    texts = [b.text for b in PdfReader().read(scan).blocks]
    for cell in ("Tổ chức 10 lớp tập huấn về phòng, chống dịch bệnh cho 500 cán bộ y tế cơ sở trên địa bàn tỉnh",
                 "Báo và Phát thanh, Truyền hình Lào Cai", "Kiểm tra 100% cơ sở khám bệnh, chữa bệnh tư nhân"):
        assert cell in texts


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract-ocr and tesseract-ocr-vie")
def test_tables_of_pages_read_at_once_keep_their_own_cells(tmp_path):
    # pages are OCR'd in parallel: each page's cells are read from its own list of crops
    pdfium = pytest.importorskip("pypdfium2")
    from pipeline.reading.ocr import ocr_pages
    from tests.test_readers import TASKS, _pdf_with_table
    images = []
    for n, rows in enumerate((TASKS[:2], [TASKS[0], TASKS[3]])):
        printed = tmp_path / f"p{n}.pdf"
        _pdf_with_table(printed, rows)
        images.append(pdfium.PdfDocument(str(printed))[0].render(scale=200 / 72).to_pil().convert("L"))
    scan = tmp_path / "scan.pdf"
    images[0].save(scan, "PDF", resolution=200, save_all=True, append_images=images[1:])
    texts, errors = ocr_pages(pdfium.PdfDocument(str(scan)), [1, 2], workers=2)
    assert not errors
    assert TASKS[1][1] in texts[1].split("\n") and TASKS[3][1] not in texts[1]
    assert TASKS[3][1] in texts[2].split("\n") and TASKS[1][1] not in texts[2]
