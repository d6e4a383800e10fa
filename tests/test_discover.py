"""Families of plans and indicators discovered without a catalog."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import yaml

from pipeline.cli import main
from pipeline.comparison import compare, discover
from pipeline.comparison.families import build_families, is_national_symbol, themes_of
from pipeline.models import DocMeta, Document, Extraction, Reference, Structure, Target

CATALOGS = Path(__file__).resolve().parent.parent / "corpus" / "catalogs"

# Goals as provinces write them (short pieces in the style of real plans).
REDUCE = [
    ("a", "Giảm tai nạn giao thông từ 5-10% số vụ, số người chết, số người bị thương so với năm 2023."),
    ("b", "Phấn đấu kéo giảm tai nạn giao thông (TNGT) từ 5-10% cả về số vụ, số người chết và số người bị thương."),
    ("c", "Tiếp tục giảm từ 5%-10% số vụ, số người chết, số người bị thương do tai nạn giao thông so với năm 2023."),
]
PUPILS = [
    ("a", "100% cán bộ, giáo viên, nhân viên và học sinh được tham gia các hoạt động giáo dục pháp luật về an toàn giao thông."),
    ("b", "Bảo đảm 100% cán bộ, giáo viên, nhân viên, học sinh được tham gia hoạt động giáo dục pháp luật về ATGT."),
]
OTHER = ("c", "100% xe ô tô chở học sinh được kiểm định an toàn kỹ thuật trước năm học.")


def target(doc_id: str, quote: str, value: float, high: float | None = None, n: int = 0) -> Target:
    return Target(doc_id=doc_id, target_id=f"{doc_id}-{n}", kind="target", value=value,
                  value_high=high, unit="%", quote=quote, start=n * 1000, end=n * 1000 + len(quote))


def corpus_targets() -> list[Target]:
    out = [target(d, q, 5, 10, n=0) for d, q in REDUCE]
    out += [target(d, q, 100, n=1) for d, q in PUPILS]
    out.append(target(OTHER[0], OTHER[1], 100, n=2))
    return out


def members(found: discover.Discovery) -> dict[str, set[str]]:
    return {d.id: {m.target.target_id for m in d.members} for d in found.indicators}


# --------------------------------------------------------------------------
# Discovery
# --------------------------------------------------------------------------

def test_same_goal_in_different_words_is_one_indicator():
    found = discover.discover(corpus_targets())
    groups = sorted(members(found).values(), key=len)
    assert groups == [{"a-1", "b-1"}, {"a-0", "b-0", "c-0"}]
    reduce = next(d for d in found.indicators if len(d.members) == 3)
    assert reduce.kind == "reduce" and reduce.unit == "%"
    assert "tai nạn" in reduce.label or "tai_nạn" in reduce.core
    assert all(m.matched and m.score > 0 for m in reduce.members)


def test_unmatched_target_keeps_its_nearest_candidate():
    found = discover.discover(corpus_targets())
    near = found.nearest["c-2"]                       # the vehicles goal shares only a level of 100%
    assert near.target_id in {"a-1", "b-1"}
    assert 0 < near.score < discover.MERGE_THRESHOLD
    assert near.indicator_id in members(found)


def test_adding_a_document_does_not_rename_indicators():
    before = discover.discover(corpus_targets())
    extra = [target("d", "Hằng năm giảm tai nạn giao thông từ 5-10% cả về số vụ, số người chết và "
                         "số người bị thương.", 5, 10, n=0),
             target("d", "Tổ chức cho 100% trường học ký cam kết không vi phạm về nồng độ cồn.", 100, n=1)]
    after = discover.discover(corpus_targets() + extra)
    assert set(members(before)) <= set(members(after))
    for ind_id, ids in members(before).items():
        assert ids <= members(after)[ind_id]
    assert "d-0" in members(after)[next(i for i, ids in members(before).items() if "a-0" in ids)]


def test_ids_follow_the_words_not_the_order():
    targets = corpus_targets()
    assert members(discover.discover(targets)) == members(discover.discover(list(reversed(targets))))


def test_range_reduction_and_level_are_told_apart():
    reduce = discover.wording(target("x", REDUCE[0][1], 5, 10), (27, 28))
    assert REDUCE[0][1][27] == "5" and reduce.kind == "reduce"
    level = discover.goal_kind("Phấn đấu tỷ lệ tai nạn giảm xuống còn ")
    assert level == "level"
    assert discover.goal_kind("tăng tối thiểu ") == "increase"
    assert discover.goal_kind("Nâng tỷ lệ hộ gia đình có mũ bảo hiểm đạt chuẩn lên ") == "level"
    assert discover.goal_kind("tăng tỷ lệ hồ sơ giải quyết trực tuyến đạt tối thiểu ") == "level"
    assert discover.goal_kind("tăng thêm ít nhất ") == "increase"
    # the verb heads a long measured thing; 'tăng cường' (strengthen) raises no figure
    assert discover.goal_kind("Kiềm chế, kéo giảm tai nạn giao thông liên quan đến học sinh "
                              "trên cả 3 tiêu chí từ ") == "reduce"
    assert discover.goal_kind("Tăng cường công tác tuyên truyền, bảo đảm ") == "level"
    assert discover.goal_kind("Nhằm giảm thiểu tai nạn giao thông, phấn đấu ") == "level"


def test_a_range_takes_both_of_its_numbers():
    quote = ("Giảm tai nạn giao thông từ 5 - 10% cả 3 tiêu chí; giảm thương vong do tai nạn "
             "giao thông đối với trẻ em 10% so với năm 2017.")
    rng, child = target("x", quote, 5, 10, n=0), target("x", quote, 10, n=1)
    child.start = rng.start
    w = discover.wordings([rng, child])
    assert "trẻ em" in w[child.target_id].clause
    assert "trẻ em" not in w[rng.target_id].clause
    assert w[rng.target_id].kind == w[child.target_id].kind == "reduce"


def test_abbreviations_are_spelled_out():
    assert discover.key_words("giảm TNGT") == discover.key_words("giảm tai nạn giao thông")
    assert "học_sinh" in discover.key_words("HS") or "học" in discover.key_words("HS")


def test_same_wording_for_phrases_written_several_ways():
    triple = discover.key_words("giảm tai nạn giao thông số vụ, số người chết, số người bị thương")
    assert discover.key_words("giảm tai nạn giao thông trên cả 3 tiêu chí") == triple
    assert discover.key_words("kiềm chế tai nạn giao thông cả ba tiêu chí") == triple
    assert discover.goal_kind("Kiềm chế tai nạn giao thông từ ") == "reduce"
    assert "tiêu_chí" not in discover.key_words("giảm 5-10% cả 03 tiêu chí về số vụ, số người chết")


def weights(quote: str, value: float, high: float | None = None) -> dict[str, float]:
    t = target("x", quote, value, high)
    return discover.wordings([t])[t.target_id].near


def test_preamble_and_tail_weigh_little():
    near = weights("Để khắc phục những tồn tại hạn chế nêu trên, phấn đấu giảm 5-10% số vụ, "
                   "số người chết so với năm 2023 theo Quyết định số 12/QĐ-UBND của tỉnh", 5, 10)
    assert near["vụ"] == near["chết"] == 1.0
    assert near["khắc_phục"] <= discover.FAR_WEIGHT and near["hạn_chế"] <= discover.FAR_WEIGHT
    assert all(near.get(w, 0) <= discover.FAR_WEIGHT for w in ("quyết_định", "qđ", "ủy_ban"))
    # the base of a comparison is no end: the measured thing may follow it
    near = weights("Giảm từ 5-10% so với năm 2025 về số vụ, số người chết do tai nạn giao thông", 5, 10)
    assert near["vụ"] == near["tai_nạn"] == 1.0
    # a goal that names nothing after its opener: the words before say what is measured
    near = weights("Các địa phương có tai nạn giao thông tăng, phấn đấu giảm tối thiểu 10% trong năm 2026", 10)
    assert near["tai_nạn"] == 1.0


def test_wordings_of_the_same_goal_group_across_plans():
    """The reduction written with the three criteria named, as 'cả 3 tiêu chí', after a
    preamble and with a base year and a source; one unrelated goal stays out."""
    quotes = [
        ("a", "Kiềm chế, kéo giảm tai nạn giao thông từ 5-10% trên cả 3 tiêu chí.", 5, 10),
        ("b", "Giảm từ 5% đến 10% số vụ, số người chết và số người bị thương do tai nạn giao thông.", 5, 10),
        ("c", "Nhằm bảo đảm trật tự an toàn giao thông trên các tuyến đường, phấn đấu giảm 5-10% số vụ, "
              "số người chết, số người bị thương vì TNGT so với năm 2024 theo Kế hoạch số 7/KH-BCĐ.", 5, 10),
        ("d", "Giảm tối thiểu 20% vụ ùn tắc giao thông kéo dài trên các tuyến quốc lộ.", 20, None),
    ]
    found = discover.discover([target(d, q, v, h) for d, q, v, h in quotes])
    assert sorted(members(found).values(), key=len) == [{"a-0", "b-0", "c-0"}]
    assert found.nearest["d-0"].score < discover.MERGE_THRESHOLD


def test_a_narrower_subject_is_another_indicator():
    quotes = [
        ("a", "Giảm tỷ lệ thương vong do TNGT đối với trẻ em 10% so với năm 2024."),
        ("b", "Giảm 10% số trẻ em bị thương vong do tai nạn giao thông so với năm trước."),
        ("c", "Giảm 10% số nạn nhân thương vong do TNGT liên quan đến xe ô tô vận tải hành khách và "
              "xe mô tô, xe gắn máy."),
    ]
    found = discover.discover([target(d, q, 10) for d, q in quotes])
    assert list(members(found).values()) == [{"a-0", "b-0"}]


def test_levels_of_one_group_with_different_actions_stay_apart():
    quotes = [
        ("a", "100% cán bộ, giáo viên, nhân viên và học sinh các trường học được tham gia các hoạt động "
              "giáo dục pháp luật về an toàn giao thông."),
        ("b", "100% cán bộ, giáo viên, nhân viên và học sinh các trường học ký cam kết chấp hành nghiêm "
              "quy định về đội mũ bảo hiểm."),
        ("c", "100% CB, GV, NV, HS được tham gia hoạt động giáo dục pháp luật về ATGT."),
        ("d", "Phấn đấu 100% cán bộ, giáo viên, nhân viên, học sinh ký cam kết đội mũ bảo hiểm khi tham gia "
              "giao thông."),
    ]
    found = discover.discover([target(d, q, 100) for d, q in quotes])
    assert sorted(members(found).values(), key=sorted) == [{"a-0", "c-0"}, {"b-0", "d-0"}]


# --------------------------------------------------------------------------
# Families
# --------------------------------------------------------------------------

def item(doc_id: str, symbol: str = "", refs=(), title: str = "", targets=()):
    meta = DocMeta(symbol=symbol, title=title, issuer="Ủy ban nhân dân tỉnh Lai Châu")
    ex = Extraction(structure=Structure(), meta=meta, targets=list(targets),
                    references=[Reference(doc_id=doc_id, symbol=s, relation=r) for s, r in refs])
    return Document(doc_id=doc_id, source=f"{doc_id}.txt", sha256="", format="txt", text=title), ex


def test_families_from_basis_citations_and_themes():
    items = [
        item("p1", "12/KH-UBND", [("31/CT-TTg", "basis"), ("18-CT/TW", "basis"), ("05/KH-UBND", "basis")]),
        item("p2", "40/KH-UBND", [("31/CT-TTg", "basis"), ("48/NQ-CP", "mention")],
             title="Kế hoạch Năm An toàn giao thông 2024"),
        item("p3", "7/KH-UBND", [("36/KH-UBATGTQG", "basis")], title="KẾ HOẠCH NĂM AN TOÀN GI AO THÔNG 2024"),
        item("n", "31/CT-TTg"),
        item("alone", "9/KH-UBND"),
    ]
    fams = build_families(items)
    by_label = {f.label: f for f in fams.values()}
    assert by_label["Chỉ thị 31/CT-TTg"].doc_ids == ["p1", "p2", "n"]
    assert by_label["Chỉ thị 31/CT-TTg"].national_doc == "n"
    assert by_label["Năm An toàn giao thông 2024"].doc_ids == ["p2", "p3"]
    assert "Nghị quyết 48/NQ-CP" not in by_label                   # a mention is not a basis
    assert not any("05/KH-UBND" in f.label for f in fams.values())   # a province's plan is no family
    assert not any("alone" in f.doc_ids for f in fams.values())


def test_national_issuers():
    assert is_national_symbol("31/CT-TTg") and is_national_symbol("18-CT/TƯ")
    assert is_national_symbol("45/2019/QH14") and is_national_symbol("36/KH-UBATGTQG")
    assert not is_national_symbol("303/KH-UBND") and not is_national_symbol("05/KH-BATGT")
    assert themes_of("Năm An toàn giao thông năm 2022") == ["Năm An toàn giao thông 2022"]


# --------------------------------------------------------------------------
# In the comparison
# --------------------------------------------------------------------------

def plan_items():
    """Three provinces' plans under 31/CT-TTg and the directive itself."""
    quotes = {"a": [REDUCE[0][1], PUPILS[0][1]], "b": [REDUCE[1][1], PUPILS[1][1]], "c": [REDUCE[2][1], OTHER[1]]}
    items = []
    for d, qs in quotes.items():
        ts = [target(d, qs[0], 5, 10, n=0), target(d, qs[1], 100, n=1)]
        items.append(item(d, f"1{len(items)}/KH-UBND", [("31/CT-TTg", "basis")], targets=ts))
    nat = target("n", "Hằng năm 100% cán bộ, giáo viên, nhân viên, học sinh được tham gia các hoạt "
                      "động giáo dục pháp luật về an toàn giao thông.", 100, n=0)
    items.append(item("n", "31/CT-TTg", targets=[nat]))
    return items


def test_discovered_rows_with_family_and_national_value():
    comp = compare.build(plan_items(), CATALOGS)
    rows = [r for r in comp.long_rows if r["indicator_source"] == "discovered"]
    assert {r["doc_id"] for r in rows} == {"a", "b", "c", "n"}
    assert all("Chỉ thị 31/CT-TTg" in r["family"] for r in rows)
    pupils = [r for r in rows if r["target_id"] in ("a-1", "b-1", "n-0")]
    assert len({r["indicator_id"] for r in pupils}) == 1
    assert all(r["national_value"] == 100 for r in pupils)            # stated by the directive itself
    assert [r["target_id"] for r in comp.unmatched_rows] == ["c-1"]
    assert comp.unmatched_rows[0]["nearest_target"]
    wide = {r["indicator_id"]: r for r in comp.wide_rows}
    assert all(wide[r["indicator_id"]]["indicator_source"] == "discovered" for r in rows)


def test_discovered_rows_name_their_member_targets():
    """A pairwise scorer reads which targets are grouped: every discovered row carries its
    member's target_id, document and quote, one row per member."""
    items = plan_items()
    comp = compare.build(items, CATALOGS)
    targets = {t.target_id: t for _, ex in items for t in ex.targets}
    rows = [r for r in comp.long_rows if r["indicator_source"] == "discovered"]
    for r in rows:
        t = targets[r["target_id"]]
        assert (r["doc_id"], r["quote"], r["value"]) == (t.doc_id, t.quote, t.value)
    members = [m for d in comp.discovered.indicators for m in d.targets]
    assert sorted(r["target_id"] for r in rows) == sorted(members)
    assert {"target_id", "doc_id", "quote"} <= set(compare.LONG_COLUMNS)


def test_catalog_takes_precedence(tmp_path):
    cats = tmp_path / "catalogs"
    cats.mkdir()
    (cats / "atgt.yaml").write_text(yaml.safe_dump({
        "id": "atgt", "title": "t", "implements": "31/CT-TTg", "fit": {"cites": ["31/CT-TTg"]},
        "indicators": [{"id": "accidents", "label": "Giảm tai nạn giao thông",
                        "group_words": ["số vụ số người chết"], "action_words": ["tai nạn giao thông"]}]},
        allow_unicode=True), encoding="utf-8")
    comp = compare.build(plan_items(), cats)
    by_target: dict[str, set] = {}
    for r in comp.long_rows:
        by_target.setdefault(r["target_id"], set()).add((r["indicator_source"], r["indicator_id"]))
    assert all(len(v) == 1 for v in by_target.values())              # never under two indicators
    assert by_target["a-0"] == {("catalog", "accidents")}
    assert {v.pop()[0] for k, v in by_target.items() if k.endswith("-1")} == {"discovered"}


# --------------------------------------------------------------------------
# discovered.yaml: copy it into the corpus, rename, run again
# --------------------------------------------------------------------------

PLAN = """ỦY BAN NHÂN DÂN TỈNH {province}
Số: {n}/KH-UBND
KẾ HOẠCH
Bảo đảm trật tự, an toàn giao thông năm 2024

Thực hiện Chỉ thị số 23/CT-TTg ngày 26/7/2024 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành kế hoạch như sau:

I. MỤC TIÊU
1. {goal}
2. Nâng cao ý thức chấp hành pháp luật của người tham gia giao thông.
"""


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_discovered_yaml_round_trip_with_rename(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n, (province, (_, goal)) in enumerate(zip(["Lai Châu", "Sơn La", "Yên Bái"], REDUCE), start=10):
        (corpus / f"plan{n}.txt").write_text(PLAN.format(province=province.upper(), n=n, goal=goal),
                                             encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(corpus), "--out", str(out), "--jobs", "1"]) == 0
    rows = [r for r in read(out / "comparison_long.csv") if r["indicator_source"] == "discovered"]
    assert len({r["doc_id"] for r in rows}) == 3 and len({r["indicator_id"] for r in rows}) == 1
    draft = yaml.safe_load((out / "catalogs" / "discovered.yaml").read_text(encoding="utf-8"))
    assert draft["indicators"][0]["id"] == rows[0]["indicator_id"]

    (corpus / "catalogs").mkdir()
    shutil.copy(out / "catalogs" / "discovered.yaml", corpus / "catalogs" / "atgt.yaml")
    edited = yaml.safe_load((corpus / "catalogs" / "atgt.yaml").read_text(encoding="utf-8"))
    edited["id"] = "atgt"
    edited["indicators"][0]["label"] = "Giảm tai nạn giao thông (số vụ, chết, bị thương)"
    (corpus / "catalogs" / "atgt.yaml").write_text(yaml.safe_dump(edited, allow_unicode=True),
                                                   encoding="utf-8")
    assert main(["extract", str(corpus), "--out", str(out), "--jobs", "1"]) == 0
    again = read(out / "comparison_long.csv")
    assert {r["indicator"] for r in again} == {"Giảm tai nạn giao thông (số vụ, chết, bị thương)"}
    assert {r["indicator_source"] for r in again} == {"catalog"}
    assert {r["target_id"] for r in again} == {r["target_id"] for r in rows}
    assert yaml.safe_load((out / "catalogs" / "discovered.yaml").read_text(encoding="utf-8"))["indicators"] == []
