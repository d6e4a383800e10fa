"""Matching real target sentences to the 520/QĐ-TTg catalog, and the comparison tables.

Each case is a target as the targets extractor states it: the quote is the
seed's sentence or list item, ``group`` the noun phrase after the value and
``action`` the predicate from ``được`` (or ``có``) on.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.comparison import compare
from pipeline.comparison.catalog import MATCH_THRESHOLD, load_catalogs, match_target
from pipeline.comparison.families import family_label
from pipeline.models import DocMeta, Document, Extraction, Reference, Structure, Target

from tests.conftest import shared_file

CATALOGS = Path(__file__).resolve().parent.parent / "corpus" / "catalogs"
HN = "000_2171cd3a1b22aa60"     # news report on Hà Nội 303/KH-UBND
CT = "004_eb961772fc34a68b"     # Cần Thơ 2026-2030 draft

# (seed, piece of the quote, value, group, action, expected indicator or "")
CASES = [
    (HN, "tối thiểu 95% công chức được bồi dưỡng kiến thức dân số cơ bản", 95,
     "công chức", "được bồi dưỡng kiến thức dân số cơ bản", "basic_knowledge"),
    (HN, "ít nhất 95% viên chức làm công tác dân số được bồi dưỡng theo chuẩn", 95,
     "viên chức làm công tác dân số", "được bồi dưỡng theo chuẩn chức danh nghề nghiệp dân số",
     "professional_title"),
    (HN, "tối thiểu 90% cộng tác viên dân số được cập nhật", 90,
     "cộng tác viên dân số", "được cập nhật kiến thức về công tác dân số", "collaborators"),
    (HN, "Tối thiểu 70% công chức dân số tuyến Thành phố", 70,
     "công chức dân số tuyến Thành phố",
     "được đào tạo, bồi dưỡng các kiến thức, kỹ năng nghiên cứu khoa học về dân số và phát triển",
     "research_skills"),
    (HN, "Tối thiểu 70% công chức dân số tuyến Thành phố", 50,
     "viên chức dân số tại tuyến quận, huyện, thị xã",
     "được đào tạo, bồi dưỡng các kiến thức, kỹ năng nghiên cứu khoa học về dân số và phát triển",
     "research_skills"),
    (HN, "sẽ có 100% công chức được bồi dưỡng kiến thức dân số cơ bản", 100,
     "công chức", "được bồi dưỡng kiến thức dân số cơ bản", "basic_knowledge"),
    (HN, "100% viên chức làm công tác dân số được bồi dưỡng theo chuẩn chức danh", 100,
     "viên chức làm công tác dân số", "được bồi dưỡng theo chuẩn chức danh nghề nghiệp dân số",
     "professional_title"),
    (HN, "100% lãnh đạo y tế đơn vị y tế huyện và xã", 100,
     "lãnh đạo y tế đơn vị y tế huyện và xã",
     "được bồi dưỡng về quản lý dân số và phát triển để thực hiện quản lý công tác dân số được giao",
     "health_leaders"),
    (HN, "100% cộng tác viên dân số được cập nhật kiến thức về công tác dân số…", 100,
     "cộng tác viên dân số", "được cập nhật kiến thức về công tác dân số", "collaborators"),
    (CT, "95% công chức được bồi dưỡng giảng viên", 95,
     "công chức", "được bồi dưỡng giảng viên về dân số và phát triển thành phố", "trainers"),
    (CT, "95% công chức, viên chức lãnh đạo, quản lý được bồi dưỡng kiến thức", 95,
     "công chức, viên chức lãnh đạo, quản lý",
     "được bồi dưỡng kiến thức dân số và phát triển cơ bản", "leaders_basic"),
    (CT, "95% viên chức lãnh đạo, quản lý được bồi dưỡng giảng viên", 95,
     "viên chức lãnh đạo, quản lý",
     "được bồi dưỡng giảng viên về dân số và phát triển tuyến xã", "trainers"),
    (CT, "Trên 90% viên chức dân số được bồi dưỡng lớp", 90,
     "viên chức dân số",
     "được bồi dưỡng lớp bồi dưỡng nghiệp vụ dân số - kế hoạch hóa gia đình đạt chuẩn viên chức dân số (lớp 3 tháng)",
     "population_officer_standard"),
    (CT, "100% viên chức làm công tác dân số được bồi dưỡng theo chuẩn", 100,
     "viên chức làm công tác dân số", "được bồi dưỡng theo chuẩn chức danh nghề nghiệp dân số",
     "professional_title"),
    (CT, "60% thành viên Ban Chỉ đạo", 60,
     "thành viên Ban Chỉ đạo Dân số và Phát triển tuyến thành phố, xã",
     "được tham gia tập huấn, bồi dưỡng về chuyên môn, nghiệp vụ dân số và phát triển",
     "steering_board"),
    (CT, "70% công chức dân số tuyến thành phố được cập nhật", 70,
     "công chức dân số tuyến thành phố", "được cập nhật kiến thức, chuyên môn, nghiệp vụ hàng năm",
     "yearly_update"),
    (CT, "50% công chức tuyến thành phố được đào tạo", 50,
     "công chức tuyến thành phố",
     "được đào tạo, bồi dưỡng các kiến thức, kỹ năng nghiên cứu khoa học về dân số và phát triển",
     "research_skills"),
    (CT, "Tối thiểu 80% lãnh đạo y tế đơn vị y tế tuyến xã", 80,
     "lãnh đạo y tế đơn vị y tế tuyến xã",
     "được bồi dưỡng về quản lý dân số và phát triển để thực hiện quản lý công tác dân số được giao",
     "health_leaders"),
    (CT, "90% viên chức dân số được tham gia các lớp tập huấn", 90,
     "viên chức dân số",
     "được tham gia các lớp tập huấn liên quan các mô hình, đề án về công tác dân số và phát triển",
     "models_projects"),
    (CT, "Tối thiểu 90% nhân viên y tế cung cấp dịch vụ", 90,
     "nhân viên y tế cung cấp dịch vụ kế hoạch hóa gia đình/sức khỏe sinh sản ở các cơ sở y tế xã",
     "có kiến thức, kỹ năng cung cấp các dịch vụ dân số", "service_staff"),
    (CT, "Cộng tác viên dân số: 100% cộng tác viên dân số", 100,
     "cộng tác viên dân số",
     "được tập huấn kiến thức về chủ trương chính sách của Đảng và Nhà nước về dân số và phát triển, "
     "kỹ năng truyền thông vận động, quản lý đối tượng", "collaborators"),
]

# Population targets outside this scheme: they must stay unmatched.
OFF_TOPIC = [
    ("tỷ số giới tính khi sinh", "dưới 109 bé trai/100 bé gái sinh ra sống"),
    ("người cao tuổi", "được khám sức khỏe định kỳ ít nhất 1 lần/năm"),
    ("phụ nữ mang thai", "được tầm soát ít nhất 4 loại bệnh tật bẩm sinh phổ biến nhất"),
    ("trẻ sơ sinh", "được tầm soát ít nhất 5 bệnh bẩm sinh phổ biến nhất"),
    ("cặp nam, nữ thanh niên", "được tư vấn và khám sức khỏe trước khi kết hôn"),
]


def seed_line(seed: str, piece: str) -> tuple[str, int, int]:
    """The line (list item or paragraph) of the seed holding ``piece``: text, start, end."""
    text = shared_file("seeds", f"{seed}.txt").read_text(encoding="utf-8")
    at = text.index(piece)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text, start, end if end >= 0 else len(text)


def make_target(seed, piece, value, group, action, n=0) -> Target:
    text, start, end = seed_line(seed, piece)
    quote = text[start:end]
    return Target(doc_id=seed, target_id=f"{seed}:t{n:02d}", kind="target", value=value,
                  unit="%", group=group, action=action, quote=quote, start=start, end=end,
                  annual="hàng năm" in action)


@pytest.fixture(scope="module")
def catalog():
    (cat,) = load_catalogs(CATALOGS)
    return cat


@pytest.mark.parametrize("seed,piece,value,group,action,expected", CASES,
                         ids=[f"{c[0][:3]}-{c[5]}-{c[2]}" for c in CASES])
def test_seed_target_matches_its_indicator(catalog, seed, piece, value, group, action, expected):
    m = match_target(make_target(seed, piece, value, group, action), catalog)
    assert m.indicator_id == expected, (m.best_indicator_id, m.score, m.runner_up_id, m.runner_up_score)
    assert m.score >= MATCH_THRESHOLD and m.matched_words


def test_trainers_do_not_count_as_basic_knowledge(catalog):
    t = make_target(CT, "95% công chức được bồi dưỡng giảng viên", 95, "công chức",
                    "được bồi dưỡng giảng viên về dân số và phát triển thành phố")
    m = match_target(t, catalog)
    assert m.indicator_id == "trainers"
    assert "basic_knowledge" not in (m.indicator_id, m.runner_up_id) or m.runner_up_score < MATCH_THRESHOLD


@pytest.mark.parametrize("group,action", OFF_TOPIC)
def test_off_topic_targets_stay_unmatched(catalog, group, action):
    t = Target(doc_id="x", target_id="x:t1", kind="target", value=90, unit="%",
               group=group, action=action, quote=f"90% {group} {action}")
    m = match_target(t, catalog)
    assert not m.matched and m.score < MATCH_THRESHOLD


def test_threshold_gap(catalog):
    """Right matches sit well above the threshold; runners-up and off-topic well below."""
    right = [match_target(make_target(*c[:5]), catalog) for c in CASES]
    assert min(m.score for m in right) >= MATCH_THRESHOLD + 0.1
    wrong = [match_target(Target(doc_id="x", target_id="x", kind="target", value=1, group=g,
                                 action=a), catalog).score for g, a in OFF_TOPIC]
    assert max(wrong) <= MATCH_THRESHOLD - 0.1


# --------------------------------------------------------------------------
# The comparison tables, from hand-built documents
# --------------------------------------------------------------------------

def seed_items():
    """The two seeds as the pipeline would hand them over, targets built by hand."""
    hn_meta = DocMeta(source_kind="news", doc_type="Kế hoạch", symbol="303/KH-UBND",
                      doc_status="issued", province="Hà Nội", period_start=2022, period_end=2030,
                      title="Nâng cao năng lực đội ngũ làm công tác dân số các cấp")
    ct_meta = DocMeta(doc_type="Kế hoạch", symbol="", doc_status="draft",
                      issuer="Ủy ban nhân dân thành phố Cần Thơ", period_start=2026, period_end=2030,
                      title="Đào tạo, bồi dưỡng, nâng cao năng lực đội ngũ cán bộ làm công tác dân số")
    hn_refs = [Reference(doc_id=HN, symbol="21-NQ/TW")]
    ct_refs = [Reference(doc_id=CT, symbol="520/QĐ-TTg"), Reference(doc_id=CT, symbol="3904/BYT-TCDS")]
    deadlines = {HN: [2025, 2025, 2025, 2025, 2025, 2030, 2030, 2030, 2030]}
    items = []
    for seed, meta, refs in ((HN, hn_meta, hn_refs), (CT, ct_meta, ct_refs)):
        cases = [c for c in CASES if c[0] == seed]
        tgts = []
        for n, c in enumerate(cases):
            t = make_target(*c[:5], n=n)
            t.deadline = deadlines.get(seed, [2030] * 99)[n]
            t.comparator = "min" if c[1].lower().startswith(("tối thiểu", "ít nhất")) else (
                "over" if c[1].startswith("Trên") else "none")
            tgts.append(t)
        text = seed_line(seed, cases[0][1])[0]
        doc = Document(doc_id=seed, source=f"{seed}.txt", sha256="", format="txt", text=text)
        items.append((doc, Extraction(structure=Structure(), meta=meta, references=refs, targets=tgts)))
    return items


@pytest.fixture(scope="module")
def comparison():
    return compare.build(seed_items(), CATALOGS)


def test_every_target_is_matched_or_listed(comparison):
    n = sum(len(ex.targets) for _, ex in seed_items())
    assert len(comparison.long_rows) + len(comparison.unmatched_rows) == n
    assert len(comparison.matches) == n


def test_wide_table_has_national_column_and_plan_columns(comparison):
    cols = comparison.wide_columns
    assert cols[:3] == ["indicator_id", "indicator", "national"]
    assert "Hà Nội — 303/KH-UBND (2022-2030)" in cols
    assert "Cần Thơ — dự thảo (2026-2030)" in cols
    rows = {r["indicator_id"]: r for r in comparison.wide_rows}
    hn = "Hà Nội — 303/KH-UBND (2022-2030)"
    ct = "Cần Thơ — dự thảo (2026-2030)"
    assert rows["basic_knowledge"]["national"] == "≥80% (2025)"
    assert rows["basic_knowledge"][hn] == "≥95% (2025); 100% (2030)"
    assert rows["health_leaders"][ct] == "≥80% (2030)"
    assert rows["service_staff"][ct] == "≥90% (2030)"
    assert rows["population_officer_standard"][ct] == ">90% (2030)"
    assert rows["yearly_update"][ct] == "70% hằng năm (2030)"
    assert rows["steering_board"]["national"] == "" and rows["steering_board"][ct] == "60% (2030)"


def test_long_rows_compare_with_national_value(comparison):
    rows = [r for r in comparison.long_rows if r["doc_id"] == HN and r["indicator_id"] == "basic_knowledge"]
    assert [(r["value"], r["deadline"], r["difference"], r["ambition"]) for r in rows] == [
        (95, 2025, 15, "more"), (100, 2030, 20, "more")]
    hl = [r for r in comparison.long_rows if r["doc_id"] == CT and r["indicator_id"] == "health_leaders"]
    assert [(r["value"], r["difference"], r["ambition"]) for r in hl] == [(80, 0, "same")]
    assert all(set(compare.LONG_COLUMNS) <= set(r) for r in comparison.long_rows)
    pt = [r for r in comparison.long_rows if r["doc_id"] == HN and r["indicator_id"] == "professional_title"]
    assert [r["ambition"] for r in pt] == ["less", "same"]   # national: 100% by 2025
    sb = next(r for r in comparison.long_rows if r["indicator_id"] == "steering_board")
    assert sb["ambition"] == "n/a" and sb["difference"] is None


def test_national_documents_are_matched_but_get_no_column():
    """The ministry's guidance restates the national targets: rows yes, column no."""
    text = "a) Tối thiểu 80% công chức được bồi dưỡng kiến thức dân số cơ bản;"
    meta = DocMeta(symbol="3904/BYT-TCDS", issuer="Bộ Y tế", period_start=2021, period_end=2030)
    t = Target(doc_id="g", target_id="g:t1", kind="target", value=80, unit="%", comparator="min",
               deadline=2025, group="công chức", action="được bồi dưỡng kiến thức dân số cơ bản",
               quote=text, start=0, end=len(text))
    doc = Document(doc_id="g", source="g.pdf", sha256="", format="pdf", text=text)
    comp = compare.build(seed_items() + [(doc, Extraction(structure=Structure(), meta=meta, targets=[t]))],
                         CATALOGS)
    row = next(r for r in comp.long_rows if r["doc_id"] == "g")
    assert (row["indicator_id"], row["ambition"], row["province_issued"]) == ("basic_knowledge", "same", "")
    assert comp.plan("g").catalogs == {"qd-520-ttg": "is 3904/BYT-TCDS"}
    assert not any("3904" in c for c in comp.wide_columns)


def test_rows_are_deterministic():
    a, b = compare.build(seed_items(), CATALOGS), compare.build(list(seed_items()), CATALOGS)
    assert a.long_rows == b.long_rows and a.wide_rows == b.wide_rows


def test_document_no_catalog_fits_lists_its_targets_as_unmatched():
    meta = DocMeta(symbol="1050/QĐ-UBND", province="Đồng Tháp", title="Kiểm tra vật liệu nổ công nghiệp")
    t = Target(doc_id="x", target_id="x:t1", kind="target", value=100, unit="%",
               group="công chức", action="được bồi dưỡng kiến thức dân số cơ bản", quote="…")
    need = Target(doc_id="x", target_id="x:n1", kind="need", value=3, unit="công chức")
    doc = Document(doc_id="x", source="x", sha256="", format="txt", text="…")
    comp = compare.build([(doc, Extraction(structure=Structure(), meta=meta, targets=[t, need]))], CATALOGS)
    assert comp.long_rows == [] and [r["target_id"] for r in comp.unmatched_rows] == ["x:t1"]
    assert "no indicator catalog" in comp.unmatched_rows[0]["reason"]
    assert comp.wide_columns == compare.WIDE_LEAD + compare.WIDE_TAIL


def test_merged_province_header():
    meta = DocMeta(symbol="95/KH-UBND", issuer="Ủy ban nhân dân tỉnh Hậu Giang",
                   period_start=2022, period_end=2030)
    assert compare.plan_header(*compare.provinces_of(meta), meta.symbol, "2022-2030") == \
        "Hậu Giang (nay Cần Thơ) — 95/KH-UBND (2022-2030)"


@pytest.mark.parametrize("args,text", [
    ((95, None, "min", "%", False, 2025), "≥95% (2025)"),
    ((90, None, "over", "%", False, 2030), ">90% (2030)"),
    ((70, None, "none", "%", True, 2030), "70% hằng năm (2030)"),
    ((80, 90, "none", "%", False, None), "80–90%"),
    ((2.5, None, "about", "%", False, 2030), "~2,5% (2030)"),
])
def test_format_value(args, text):
    assert compare.format_value(*args) == text


def test_a_goal_stated_twice_shows_once_in_its_cell():
    """The body's goal and the appendix row that restates it: two long rows, one cell value."""
    row = {"value": 45, "value_high": None, "comparator": "none", "unit": "%", "annual": False,
           "deadline": 2030}
    later = row | {"value": 60}
    assert compare.cell_text([row, dict(row), later]) == "45% (2030); 60% (2030)"


@pytest.mark.parametrize("meta,national", [
    (DocMeta(symbol="3904/BYT-TCDS"), True),
    (DocMeta(symbol="520/QĐ-TTg"), True),
    (DocMeta(issuer="Bộ Y tế"), True),
    (DocMeta(symbol="303/KH-UBND"), False),
    (DocMeta(symbol="", province="Cần Thơ"), False),
    (DocMeta(), False),      # unidentified: shown as its own column rather than hidden
])
def test_national_documents(meta, national):
    assert compare.is_national(meta, {}) is national


def test_same_plan_in_two_files_gets_one_column():
    """A .docx and its web copy give the same cells: one column, both kept in the long table."""
    items = seed_items()
    doc, ex = items[1]
    copy = Document(doc_id=CT + "-web", source=f"{CT}.md", sha256="", format="md", text=doc.text)
    targets = [Target(**{**t.__dict__, "doc_id": copy.doc_id, "target_id": t.target_id + "w"})
               for t in ex.targets]
    comp = compare.build(items + [(copy, Extraction(structure=Structure(), meta=ex.meta, targets=targets))],
                         CATALOGS)
    ct_columns = [c for c in comp.wide_columns if c.startswith("Cần Thơ")]
    assert ct_columns == ["Cần Thơ — dự thảo (2026-2030)"]
    assert comp.plan(copy.doc_id).copy_of == CT
    assert {r["doc_id"] for r in comp.long_rows} >= {CT, copy.doc_id}
    # a copy that differs in one value is a different reading: it keeps its own column
    targets[0].value = 85
    comp = compare.build(items + [(copy, Extraction(structure=Structure(), meta=ex.meta, targets=targets))],
                         CATALOGS)
    assert len([c for c in comp.wide_columns if c.startswith("Cần Thơ")]) == 2


def test_a_national_body_plan_is_no_province_and_one_year_reads_as_one():
    meta = DocMeta(symbol="455/KH-UBATGTQG", issuer="Ủy ban An toàn giao thông Quốc gia",
                   province="Hà Nội", period_start=2012, period_end=2012)
    plan = compare._plan(None, Extraction(structure=Structure(), meta=meta), [])
    assert plan.national and plan.province_issued == ""
    assert plan.header == "Trung ương — 455/KH-UBATGTQG (2012)"


@pytest.mark.parametrize("symbol, label", [
    ("520/QĐ-TTg", "Quyết định 520/QĐ-TTg"),
    ("57-NQ/TW", "Nghị quyết 57-NQ/TW"),
    ("143/2025/QH15", "Luật 143/2025/QH15"),
    ("3904/BYT-TCDS", "3904/BYT-TCDS"),        # a letter: no type code to name
])
def test_family_label_names_the_national_documents_type(symbol, label):
    assert family_label(symbol) == label
