"""The task table of a plan's appendix gives task rows: each row's task, the body that
chairs it (lead), those that assist (support) and when it is due; not agency rows."""
from __future__ import annotations

import csv
from pathlib import Path

from pipeline.cli import main
from pipeline.extraction import agencies, structure
from pipeline.models import Document

BODY = ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\nSố: 179/KH-UBND\nĐồng Nai, ngày 18 tháng 11 năm 2025\nKẾ HOẠCH\n"
        "Phát triển kinh tế số giai đoạn 2026 - 2030\nI. MỤC TIÊU\nPhấn đấu kinh tế số chiếm 30% GRDP.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ chủ trì theo dõi, tổng hợp.\n"
        "2. Các sở, ngành thực hiện nhiệm vụ tại Phụ lục kèm theo.\n"
        "Nơi nhận:\n- Như trên;\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n")
# One cell a line, as every reader sets a table: a group's row ("I" / its title), a task of
# two paragraphs, a row with no partner, and the header said again over a new page.
APPENDIX = ("PHỤ LỤC\nDANH MỤC NHIỆM VỤ TRỌNG TÂM\n(Kèm theo Kế hoạch số 179/KH-UBND ngày 18/11/2025)\n"
            "STT\nNhiệm vụ, giải pháp\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian hoàn thành\n"
            "I\nHoàn thiện thể chế\n"
            "1\nRà soát cơ chế, chính sách về giao dịch điện tử\nSở Tư pháp\nCác sở, ban, ngành; UBND các xã, phường\n"
            "2026 - 2030\n"
            "2\nPhát triển hạ tầng số.\nƯu tiên vùng sâu, vùng xa.\nSở Xây dựng\nSở Tài chính\nQuý IV/2026\n"
            "STT\nNhiệm vụ, giải pháp\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian hoàn thành\n"
            "3\nBảo đảm an toàn thông tin\nCông an tỉnh\nHằng năm\n")


def rows(text: str):
    doc = Document(doc_id="a", source="a.txt", sha256="", format="txt", text=text)
    found, tasks = agencies.extract(doc, structure.parse(doc))
    return ([(a.agency, a.role) for a in found],
            [(t.agency, t.role, t.task, t.due) for t in tasks if t.due or t.task.startswith(("Rà", "Phát", "Bảo"))])


def test_each_row_gives_its_chair_and_partners_their_task_and_time():
    _, tasks = rows(BODY + APPENDIX)
    assert tasks == [
        ("Sở Tư pháp", "lead", "Rà soát cơ chế, chính sách về giao dịch điện tử", "2026 - 2030"),
        ("Các sở, ban, ngành", "support", "Rà soát cơ chế, chính sách về giao dịch điện tử", "2026 - 2030"),
        ("Ủy ban nhân dân các xã, phường", "support", "Rà soát cơ chế, chính sách về giao dịch điện tử", "2026 - 2030"),
        ("Sở Xây dựng", "lead", "Phát triển hạ tầng số.\nƯu tiên vùng sâu, vùng xa.", "Quý IV/2026"),
        ("Sở Tài chính", "support", "Phát triển hạ tầng số.\nƯu tiên vùng sâu, vùng xa.", "Quý IV/2026"),
        ("Công an tỉnh", "lead", "Bảo đảm an toàn thông tin", "Hằng năm"),
    ]


def test_the_appendix_bodies_get_no_agency_row():
    # (an appendix is no implementation part: the agencies are those of II alone)
    assert rows(BODY + APPENDIX)[0] == rows(BODY)[0] == [("Sở Khoa học và Công nghệ", "lead"),
                                                         ("Các sở, ngành", "implement")]


def test_a_table_inside_the_implementation_part_gives_its_bodies_their_roles():
    # the part's duties set out as a task table: each row's chair leads, the bodies that
    # assist support; a body that chairs one row and assists another keeps the lead
    table = APPENDIX.split("STT\n", 1)[1].rsplit("STT\n", 1)[0]
    text = BODY.replace("II. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ chủ trì theo dõi, tổng hợp.\n"
                        "2. Các sở, ngành thực hiện nhiệm vụ tại Phụ lục kèm theo.\n",
                        "II. TỔ CHỨC THỰC HIỆN\nSTT\n" + table + "4\nTổng hợp, báo cáo\nSở Tài chính\n"
                        "Sở Xây dựng\nHằng năm\n")
    assert rows(text)[0] == [("Sở Tư pháp", "lead"), ("Các sở, ban, ngành", "support"),
                             ("Ủy ban nhân dân các xã, phường", "support"), ("Sở Xây dựng", "lead"),
                             ("Sở Tài chính", "lead")]


def test_a_partners_cell_of_two_paragraphs_gives_both():
    # the cell's paragraphs stand on two lines; both hold names alone before the time
    table = ("STT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian\n"
             "1\nTuần tra, xử lý khai thác cát trái phép\nCông an tỉnh\nSở Nông nghiệp và Môi trường\n"
             "Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Ủy ban nhân dân các xã, phường\nThường xuyên\n")
    _, tasks = rows(BODY + "PHỤ LỤC\nDANH MỤC NHIỆM VỤ TRỌNG TÂM\n" + table)
    assert [(a, r, due) for a, r, _, due in tasks] == [
        ("Công an tỉnh", "lead", "Thường xuyên"), ("Sở Nông nghiệp và Môi trường", "support", "Thường xuyên"),
        ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "support", "Thường xuyên"),
        ("Ủy ban nhân dân các xã, phường", "support", "Thường xuyên")]


def test_a_table_without_a_column_of_chairing_bodies_gives_none():
    table = APPENDIX.replace("Cơ quan chủ trì\n", "Kinh phí\n")
    assert rows(BODY + table)[1] == []


def test_a_word_table_gives_the_same_rows(tmp_path: Path):
    import docx
    document = docx.Document()
    for line in (BODY + "PHỤ LỤC\nDANH MỤC NHIỆM VỤ TRỌNG TÂM\n").splitlines():
        document.add_paragraph(line)
    cells = [("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"),
             ("1", "Rà soát cơ chế, chính sách về giao dịch điện tử", "Sở Tư pháp", "Sở Tài chính", "2026"),
             ("2", "Bảo đảm an toàn thông tin", "Công an tỉnh", "", "Hằng năm")]
    table = document.add_table(rows=len(cells), cols=len(cells[0]))
    for i, row in enumerate(cells):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    document.save(corpus / "kh.docx")
    main(["extract", str(corpus), "--out", str(tmp_path / "out"), "--jobs", "1"])
    with open(tmp_path / "out" / "assignments.csv", encoding="utf-8-sig", newline="") as f:
        got = [(r["agency"], r["role"], r["task"], r["due"]) for r in csv.DictReader(f) if r["due"]]
    assert got == [("Sở Tư pháp", "lead", "Rà soát cơ chế, chính sách về giao dịch điện tử", "2026"),
                   ("Sở Tài chính", "support", "Rà soát cơ chế, chính sách về giao dịch điện tử", "2026"),
                   ("Công an tỉnh", "lead", "Bảo đảm an toàn thông tin", "Hằng năm")]
