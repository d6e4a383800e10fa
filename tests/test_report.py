"""The HTML report: links resolve, highlights hold their quotes, text is escaped."""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from pipeline.comparison import compare
from pipeline.publishing import report
from pipeline.models import (Agency, DocMeta, Document, Extraction, Quantity, Reference, Structure,
                             Target)
from tests.test_compare import CATALOGS, seed_items

CHROMIUM = Path("/usr/bin/chromium")


class Page(HTMLParser):
    """Ids, links and the text inside each <mark id> of one HTML page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.marks: dict[str, str] = {}
        self.open_marks: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            assert a["id"] not in self.ids, f"duplicate id {a['id']}"
            self.ids.add(a["id"])
        for key in ("href", "src"):
            if a.get(key):
                self.links.append(a[key])
        if tag == "mark":
            self.open_marks.append(a.get("id", ""))
            self.marks.setdefault(a.get("id", ""), "")

    def handle_endtag(self, tag):
        if tag == "mark":
            self.open_marks.pop()

    def handle_data(self, data):
        for m in self.open_marks:
            self.marks[m] += data


def parse(path: Path) -> Page:
    p = Page()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def extra_item():
    """A Hậu Giang plan with every kind of record, overlapping spans and HTML-like text."""
    text = ("Kế hoạch số 95/KH-UBND thực hiện Quyết định số 520/QĐ-TTg <script>alert(1)</script>.\n"
            "- Tối thiểu 85% công chức được bồi dưỡng kiến thức dân số cơ bản;\n"
            "Chi cục Dân số có 20/27 biên chế công chức & 5 người.\n"
            "Sở Y tế chủ trì, phối hợp Sở Nội vụ.")
    def at(s):
        i = text.index(s)
        return i, i + len(s)
    t0, t1 = at("Tối thiểu 85% công chức được bồi dưỡng kiến thức dân số cơ bản")
    r0, r1 = at("Quyết định số 520/QĐ-TTg")
    q0, q1 = at("20/27 biên chế công chức")
    a0, a1 = at("Sở Y tế chủ trì")
    x0, x1 = at("số 520/QĐ-TTg <script>")          # crosses the reference span
    hg = "hg_95"
    meta = DocMeta(symbol="95/KH-UBND", doc_status="issued", issuer="Ủy ban nhân dân tỉnh Hậu Giang",
                   period_start=2022, period_end=2030, title="Đào tạo, bồi dưỡng cán bộ làm công tác dân số")
    ex = Extraction(
        structure=Structure(), meta=meta,
        references=[Reference(doc_id=hg, symbol="520/QĐ-TTg", quote=text[r0:r1], start=r0, end=r1),
                    Reference(doc_id=hg, symbol="<b>x</b>", quote=text[x0:x1], start=x0, end=x1)],
        targets=[Target(doc_id=hg, target_id=f"{hg}:t1", kind="target", value=85, unit="%",
                        comparator="min", deadline=2025, group="công chức",
                        action="được bồi dưỡng kiến thức dân số cơ bản",
                        quote=text[t0:t1], start=t0, end=t1),
                 Target(doc_id=hg, target_id=f"{hg}:t2", kind="target", value=85, unit="%",
                        group="công chức", action="được bồi dưỡng kiến thức dân số cơ bản",
                        quote="not in the text", start=0, end=3)],
        quantities=[Quantity(doc_id=hg, value=20, of=27, unit="biên chế công chức",
                             quote=text[q0:q1], start=q0, end=q1)],
        agencies=[Agency(doc_id=hg, agency="Sở Y tế", agency_raw="Sở Y tế", role="lead",
                         quote=text[a0:a1], start=a0, end=a1)])
    return Document(doc_id=hg, source="hg 95.docx", sha256="", format="docx", text=text), ex


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    items = sorted(seed_items() + [extra_item()], key=lambda i: i[0].doc_id)
    comp = compare.build(items, CATALOGS)
    out = tmp_path_factory.mktemp("report")
    index = report.write(out, items, comp)
    return out, index, items, comp


def test_every_link_points_to_an_existing_file_and_anchor(built):
    out, index, _, _ = built
    pages = {p.name: parse(p) for p in out.glob("*.html")}
    assert "index.html" in pages and sum(n.startswith("doc-") for n in pages) == 3
    checked = 0
    for name, pg in pages.items():
        for link in pg.links:
            parts = urlsplit(link)
            assert not parts.scheme and not parts.netloc, f"{name}: non-relative link {link}"
            target = unquote(parts.path) or name
            assert target in pages, f"{name}: {link} → missing file"
            if parts.fragment:
                assert parts.fragment in pages[target].ids, f"{name}: {link} → missing anchor"
            checked += 1
    assert checked > 50


def test_highlights_hold_their_quotes(built):
    out, _, items, comp = built
    names = report.page_names(items)
    for doc, ex in items:
        pg = parse(out / names[doc.doc_id])
        records = [("t-", r.target_id, r) for r in ex.targets] + \
                  [("r-", str(i), r) for i, r in enumerate(ex.references)] + \
                  [("q-", str(i), r) for i, r in enumerate(ex.quantities)] + \
                  [("a-", str(i), r) for i, r in enumerate(ex.agencies)]
        for prefix, key, r in records:
            anchor = prefix + report.FILE_SAFE.sub("_", key)
            if r.quote and r.quote in doc.text:
                assert pg.marks.get(anchor) == r.quote, (doc.doc_id, anchor)
            else:
                assert anchor not in pg.marks       # nothing is highlighted for a quote not in the text
        assert all(m in pg.ids for m in pg.marks)


def test_comparison_cells_link_to_their_target(built):
    out, index, items, comp = built
    html = index.read_text(encoding="utf-8")
    names = report.page_names(items)
    for r in comp.long_rows:
        assert f'href="{report.href(names[r["doc_id"]], report.target_anchor(r["target_id"]))}"' in html
    assert "Hậu Giang (nay Cần Thơ) — 95/KH-UBND (2022-2030)" in html
    assert html.count("<svg") >= 5 and "Quốc gia ≥80% (2025)" in html


def test_text_is_escaped(built):
    out, _, items, _ = built
    html = (out / report.page_names(items)["hg_95"]).read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>x</b>" not in html and "&amp; 5 người" in html
    assert "script" not in html.split("<body>")[0].replace("<style>", "")


def test_no_network_references(built):
    out, _, _, _ = built
    for p in out.glob("*.html"):
        html = p.read_text(encoding="utf-8")
        assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
        assert "https://" not in html and "<script" not in html


def test_rewrite_is_stable_and_removes_stale_pages(built):
    out, index, items, comp = built
    before = {p.name: p.read_bytes() for p in out.glob("*.html")}
    (out / "doc-gone.html").write_text("old", encoding="utf-8")
    report.write(out, items, comp)
    assert {p.name: p.read_bytes() for p in out.glob("*.html")} == before


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium "
                    "(apt-get install -y chromium) to render the report headless")
def test_report_in_browser(built, tmp_path):
    out, index, items, comp = built
    profile = tempfile.mkdtemp(prefix="kehoach-chromium-")
    flags = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", f"--user-data-dir={profile}"]
    try:
        shot = tmp_path / "index.png"
        subprocess.run(flags + [f"--screenshot={shot}", "--window-size=1400,1000", index.as_uri()],
                       capture_output=True, timeout=120, check=False)
        assert shot.exists() and shot.stat().st_size > 10_000
        dom = subprocess.run(flags + ["--dump-dom", index.as_uri()], capture_output=True, text=True,
                             timeout=120, check=False).stdout
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert '<table class="cmp">' in dom and dom.count("<tr>") >= 12
    assert "≥95% (2025)" in dom
    for link in set(re.findall(r'href="([^"#]+)', dom)):
        assert (out / unquote(link)).exists(), link


def test_record_view_shows_the_quote_in_its_paragraph_escaped():
    text = ("Phần I.\nMục tiêu chung.\nĐến 2025, <b>95%</b> công chức được bồi dưỡng; 100% vào 2030.\n"
            "Sở Y tế chủ trì.\nPhần II.")
    start = text.index("<b>95%</b> công chức")
    end = start + len("<b>95%</b> công chức")
    ctx = report.record_context(text, start, end, text[start:end], page=3, section="II.1",
                                doc_href="report/doc-x.html#t-1")
    # its paragraph and a line either side
    assert ctx["before"] == "Mục tiêu chung.\nĐến 2025, " and ctx["after"].endswith("vào 2030.\nSở Y tế chủ trì.")
    macro = report.TEMPLATES.get_template("macros.html").module.record_view
    html = str(macro(ctx))
    assert "&lt;b&gt;95%&lt;/b&gt; công chức</mark>" in html and "<b>" not in html
    assert "page 3" in html and 'href="report/doc-x.html#t-1"' in html
    assert "Phần I." not in html and "Phần II" not in html


def test_record_view_of_a_quote_not_in_the_text_has_no_link():
    ctx = report.record_context("abc", 0, 2, "không có", page=None, doc_href="report/doc-x.html")
    html = str(report.TEMPLATES.get_template("macros.html").module.record_view(ctx))
    assert "không có" in html and "href" not in html and "quote not found" in html


def test_long_paragraphs_are_cut_around_the_quote():
    text = "x" * 5000 + "QUOTE" + "y" * 5000
    ctx = report.record_context(text, 5000, 5005, "QUOTE")
    assert len(ctx["before"]) == report.PARAGRAPH_CONTEXT == len(ctx["after"])
    assert ctx["lead"] == ctx["tail"] == "…"
