"""The printed copies ``scripts/format_copies.py --printed`` makes: a text printed to PDF by
Chromium, which breaks lines after hyphens as Word does, read back by the PDF reader."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from pipeline.reading.pdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

needs_chromium = pytest.mark.skipif(shutil.which("chromium") is None,
                                    reason="needs Debian chromium (apt-get install -y chromium) to print")

# Symbols with hyphens, repeated so that some of them fall at a line's end.
CLAUSE = ("Căn cứ Quyết định số 46/2002/QĐ-UBND, Kế hoạch số 12/KH-UBND, Chỉ thị số 41-CT/TW và "
          "Công văn số 8935/BNV-CTTN&BĐG của các cơ quan có thẩm quyền; ")


@needs_chromium
def test_a_printed_copy_reads_back_every_hyphenated_symbol_and_prints_the_same_bytes(tmp_path):
    from format_copies import printed_copy
    text = "KẾ HOẠCH\n" + "\n".join(CLAUSE * k for k in range(1, 9))
    data = printed_copy(text, "t")
    assert data == printed_copy(text, "t")         # the print's dates are fixed
    path = tmp_path / "t.pdf"
    path.write_bytes(data)
    read = " ".join(b.text for b in PdfReader().read(path).blocks)
    for symbol in ("46/2002/QĐ-UBND", "12/KH-UBND", "41-CT/TW", "8935/BNV-CTTN&BĐG"):
        assert read.count(symbol) == sum(range(1, 9))
