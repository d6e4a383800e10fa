"""Words a web copy glued together, split by the syllable pairs of clean texts."""
from __future__ import annotations

import pytest

from pipeline.reading.syllables import split_glued_words


@pytest.mark.parametrize("glued, apart", [
    # the clean texts hold the pair
    ("Chủtịch UBND các huyện", "Chủ tịch UBND các huyện"),
    ("chịutrách nhiệm thi hành", "chịu trách nhiệm thi hành"),
    ("Chánh Văn phòng Uỷ ban nhân dântỉnh", "Chánh Văn phòng Uỷ ban nhân dân tỉnh"),
    ("Giám đốcSở Y tế", "Giám đốc Sở Y tế"),
    # the pair decides between splits the letters allow
    ("VỀ VIỆC THỰCHIỆN", "VỀ VIỆC THỰC HIỆN"),
    ("Banhành kèm theo", "Ban hành kèm theo"),
    ("có hiệu lực từngày ký", "có hiệu lực từ ngày ký"),
    # two common syllables the texts happen not to hold side by side
    ("Sở Giáo dục và Đào tạochủ trì", "Sở Giáo dục và Đào tạo chủ trì"),
    # three syllables
    ("Ủybannhân dân", "Ủy ban nhân dân"),
    # letters without a mark, into a pair the texts hold often
    ("Điều 2. Giaocho Sở Xây dựng chủ trì", "Điều 2. Giao cho Sở Xây dựng chủ trì"),
    # a short form in capitals glued to the common word after it
    ("Chánh Văn phòng UBNDtỉnh, Giám đốc Sở Tài chính", "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính"),
])
def test_glued_syllables_are_split(glued, apart):
    assert split_glued_words(glued) == apart


@pytest.mark.parametrize("text", [
    "Chương trình OCOP, dịch vụ công trực tuyến online",     # no Vietnamese mark: codes, loanwords
    "huyện Krông Pắc, tỉnh Đắk Lắk",                       # one syllable each, though not Vietnamese
    "Quyết định số 1168/QĐ-UBND của HĐND tỉnh",            # acronyms
    "xe côngtenơ chạy điêzen",                              # loanwords with marks: no attested split
    "Tờ trình số 311/TTr-SNV của Sở Nội vụ, dịch COVID",    # capitals with a lone letter, or none after
])
def test_words_that_are_not_glued_stay(text):
    assert split_glued_words(text) == text


def test_a_document_is_read_with_its_glued_words_apart(tmp_path):
    from pipeline.reading.ingest import read_document
    path = tmp_path / "qd.txt"
    path.write_text("Điều 3. Chánh Văn phòng UBND tỉnh, Chủtịch UBND các huyện chịutrách nhiệm thi hành.\n",
                    encoding="utf-8")
    doc = read_document(path, "qd", "qd.txt")
    assert "Chủ tịch UBND các huyện chịu trách nhiệm thi hành" in doc.text
