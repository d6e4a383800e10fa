"""Evidence spans: sentence and list-item bounds."""
from __future__ import annotations

import pytest

from pipeline.extraction.spans import sentence_bounds

TEXT = ("b) Công tác đào tạo\n"
        "- 95% công chức được bồi dưỡng giảng viên về dân số và phát triển thành phố;\n"
        "+ Bồi dưỡng báo cáo viên tuyến xã: 85 viên chức;\n"
        "Kế hoạch nhằm cụ thể hóa Kế hoạch số 94/KH-UBND. Theo đó, Thành phố phấn đấu đạt 95%.")


@pytest.mark.parametrize("inside, expected", [
    ("95%", "95% công chức được bồi dưỡng giảng viên về dân số và phát triển thành phố;"),
    ("85 viên", "Bồi dưỡng báo cáo viên tuyến xã: 85 viên chức;"),
    ("phấn đấu", "Theo đó, Thành phố phấn đấu đạt 95%."),
    ("94/KH", "Kế hoạch nhằm cụ thể hóa Kế hoạch số 94/KH-UBND."),
])
def test_sentence_bounds_give_the_item_without_its_list_mark(inside, expected):
    s, e = sentence_bounds(TEXT, TEXT.index(inside))
    assert TEXT[s:e] == expected
