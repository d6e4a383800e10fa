"""The report's page per family of plans: linked cells, national value, source, review marks."""
from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

import pytest

from pipeline.comparison import compare, discover
from pipeline.models import DocMeta, Document, Extraction, Reference, Structure, Target
from pipeline.publishing import report
from tests.test_discover import CATALOGS, OTHER, PUPILS, REDUCE
from tests.test_report import parse


def plan(doc_id: str, symbol: str, quotes: list[tuple[str, float, float | None]], basis=("31/CT-TTg",),
         province: str = "Lai Châu") -> tuple[Document, Extraction]:
    """A document whose text holds its goals, one a line, each target pointing into it."""
    text = "\n".join(q for q, _, _ in quotes) + "\n<b>đóng</b>"
    targets = []
    for n, (q, value, high) in enumerate(quotes):
        start = text.index(q)
        targets.append(Target(doc_id=doc_id, target_id=f"{doc_id}-{n}", kind="target", value=value,
                              value_high=high, unit="%", quote=q, start=start, end=start + len(q)))
    meta = DocMeta(symbol=symbol, issuer=f"Ủy ban nhân dân tỉnh {province}", doc_status="issued")
    ex = Extraction(structure=Structure(), meta=meta, targets=targets,
                    references=[Reference(doc_id=doc_id, symbol=s, relation="basis") for s in basis])
    return Document(doc_id=doc_id, source=f"{doc_id}.txt", sha256="", format="txt", text=text), ex


def corpus():
    """Three provinces under 31/CT-TTg, the directive itself, and a plan under 23/CT-TTg alone."""
    return [
        plan("a", "10/KH-UBND", [(REDUCE[0][1], 5, 10), (PUPILS[0][1], 100, None)], province="Lai Châu"),
        plan("b", "11/KH-UBND", [(REDUCE[1][1], 5, 10), (PUPILS[1][1], 100, None)], province="Sơn La"),
        plan("c", "12/KH-UBND", [(REDUCE[2][1], 5, 10), (OTHER[1], 100, None)], province="Yên Bái"),
        plan("n", "31/CT-TTg", [("Hằng năm 100% cán bộ, giáo viên, nhân viên, học sinh được tham gia các "
                                 "hoạt động giáo dục pháp luật về an toàn giao thông.", 100, None)], basis=()),
        plan("z", "9/KH-UBND", [(OTHER[1], 100, None)], basis=("23/CT-TTg",), province="Cao Bằng"),
    ]


def build(tmp_path):
    items = corpus()
    comp = compare.build(items, CATALOGS)
    index = report.write(tmp_path, items, comp)
    return items, comp, index


@pytest.fixture()
def built(tmp_path):
    return (tmp_path,) + build(tmp_path)


def family_pages(out):
    return sorted(p.name for p in out.glob("family-*.html"))


def test_a_page_per_family_with_a_shared_indicator_and_the_corpus(built):
    out, items, comp, index = built
    assert family_pages(out) == ["family-31_CTTTG.html", "family-all.html"]   # 23/CT-TTg: one plan only
    html = index.read_text(encoding="utf-8")
    for name in family_pages(out):
        assert f'href="{name}"' in html                                     # linked from the index
    page = (out / "family-31_CTTTG.html").read_text(encoding="utf-8")
    assert "Chỉ thị 31/CT-TTg" in page
    assert 'href="doc-n.html"' in page                                      # the national document


def test_every_link_of_the_family_pages_resolves(built):
    out = built[0]
    pages = {p.name: parse(p) for p in out.glob("*.html")}
    checked = 0
    for name in family_pages(out):
        for link in pages[name].links:
            parts = urlsplit(link)
            assert not parts.scheme and not parts.netloc
            target = unquote(parts.path) or name
            assert target in pages, f"{name}: {link}"
            if parts.fragment:
                assert parts.fragment in pages[target].ids, f"{name}: {link}"
            checked += 1
    assert checked >= 10


def test_cells_link_to_highlights_that_hold_their_quotes(built):
    out, items, comp, _ = built
    names = report.page_names(items)
    quotes = {t.target_id: t.quote for _, ex in items for t in ex.targets}
    page = (out / "family-31_CTTTG.html").read_text(encoding="utf-8")
    cells = re.findall(r'<a class="v [^"]*" href="([^"#]+)#([^"]+)"', page)
    family_rows = [r for r in comp.long_rows if r["doc_id"] in ("a", "b", "c")]
    assert len(cells) == len(family_rows) >= 4
    for r in family_rows:
        assert (names[r["doc_id"]], report.target_anchor(r["target_id"])) in cells
    for doc_page, anchor in cells:
        marks = parse(out / doc_page).marks
        assert marks[anchor] == quotes[anchor[len("t-"):]]


def test_national_value_source_and_escaping(built):
    out = built[0]
    page = (out / "family-31_CTTTG.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr id="ind-(d-[0-9a-f]+)">(.*?)</tr>', page, re.S)
    assert rows and all('<span class="src discovered">discovered</span>' in r for _, r in rows)
    pupils = next(r for _, r in rows if "100%" in r)
    assert 'href="doc-n.html#t-n-0"' in pupils                                 # national value, linked
    assert '<span class="muted">31/CT-TTg</span>' in pupils                    # and its document named
    assert "<b>" not in page and "<script" not in page


def test_borderline_members_are_marked_for_review(tmp_path, monkeypatch):
    _, comp, _ = build(tmp_path)
    assert not any(r["borderline"] for r in comp.long_rows)
    assert 'class="v na borderline"' not in (tmp_path / "family-31_CTTTG.html").read_text(encoding="utf-8")
    monkeypatch.setattr(discover, "REVIEW_MEMBER", 1.01)                      # every member borderline
    out = tmp_path / "again"
    _, comp, index = build(out)
    page = (out / "family-31_CTTTG.html").read_text(encoding="utf-8")
    flagged = [r for r in comp.long_rows if r["borderline"] == "yes" and r["doc_id"] in ("a", "b", "c")]
    assert flagged and page.count("borderline\" href=") == len(flagged)
    assert page.count(report.BORDERLINE_MARK + "</a>") == len(flagged)


def test_stale_family_pages_are_removed(built):
    out, items, comp, _ = built
    (out / "family-gone.html").write_text("old", encoding="utf-8")
    report.write(out, items, comp)
    assert "family-gone.html" not in family_pages(out)


def test_reviewers_decisions_show_in_family_cells(tmp_path):
    items = corpus()
    comp = compare.build(items, CATALOGS, reviews={"a-1": "accepted"})
    report.write(tmp_path, items, comp)
    page = (tmp_path / "family-31_CTTTG.html").read_text(encoding="utf-8")
    assert page.count(" rv-accepted") == 1 and "href=\"doc-a.html#t-a-1\"" in page
    assert compare.REVIEW_MARKS["accepted"] + "</a>" in page and "đã duyệt / accepted" in page


def test_family_sheet_and_family_page_give_one_national_value(tmp_path):
    items = corpus() + [
        plan("m", "23/CT-TTg", [("Hằng năm 90% cán bộ, giáo viên, nhân viên, học sinh được tham gia các "
                                 "hoạt động giáo dục pháp luật về an toàn giao thông.", 90, None)], basis=()),
        plan("y", "8/KH-UBND", [(PUPILS[0][1], 100, None)], basis=("23/CT-TTg",), province="Hà Giang")]
    comp = compare.build(items, CATALOGS)
    names = {d.doc_id: f"doc-{d.doc_id}.html" for d, _ in items}
    seen = set()
    for fam in comp.families.values():
        rows, _ = compare.family_table(comp, fam)
        for row in rows:
            ind = next(i for c in comp.catalogs for i in c.indicators if i.id == row["indicator_id"])
            assert row["national"] == report._national_cell(comp, ind, names, fam)["text"]
            seen.add(row["national"][:3])
    assert {"100", "90%"} <= seen           # each directive's own value on its family's sheet
