"""Reviewers' decisions: the append-only store, stable ids, applying them in a run, the app."""
from __future__ import annotations

import csv
import json
import multiprocessing
import re
import shutil
from pathlib import Path

import openpyxl
import pytest

from pipeline.cli import main
from pipeline.comparison import compare
from pipeline.models import Reference
from pipeline.review import apply as review
from pipeline.review import decisions as D
from pipeline.review.app import create_app
from pipeline.review.records import agency_ids, coerce, field_id, reference_ids
from tests.conftest import CORPUS
from tests.test_compare import CATALOGS, seed_items

# A small sample corpus: a news page with matched targets, a text plan with agencies.
SAMPLE = ["ha-noi-303-kh-ubnd-tin-bao.html", "soc-trang-81-kh-ubnd-2025-2030.txt"]
HA_NOI = "ha-noi-303-kh-ubnd-tin-bao"


def table(out: Path, name: str) -> list[dict]:
    with (out / f"{name}.csv").open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def sample_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    shutil.copytree(CORPUS / "catalogs", corpus / "catalogs")
    for name in SAMPLE:
        shutil.copy(CORPUS / name, corpus / name)
    return corpus


def extract(corpus: Path, out: Path) -> None:
    assert main(["extract", str(corpus), "--out", str(out), "--jobs", "1"]) == 0


def decision(record_id, decision="accept", changes=None, doc_id=HA_NOI, sha="x" * 64, kind="target",
             time="2026-01-01T00:00:00+00:00", reviewer="Lan"):
    return D.Decision(record_id, kind, doc_id, sha, decision, changes or {}, reviewer, time)


# --------------------------------------------------------------------------
# The store
# --------------------------------------------------------------------------

def test_decisions_round_trip_with_one_header(tmp_path):
    path = tmp_path / "reviews.csv"
    d1 = decision("a1", "correct", {"group": {"old": "công chức", "new": "viên chức, \"cấp xã\""}})
    d2 = decision("a2", "reject")
    D.append(path, d1)
    D.append(path, d2)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "\ufeff" + ",".join(D.COLUMNS) and len(lines) == 3
    assert D.load(path) == [d1, d2]


def test_latest_decision_wins_by_time_whatever_the_line_order(tmp_path):
    later = decision("a1", "reject", time="2026-02-01T00:00:00+00:00")
    earlier = decision("a1", "accept", time="2026-01-01T00:00:00+00:00")
    assert D.latest([later, earlier])["a1"].decision == "reject"
    assert D.latest([earlier, later])["a1"].decision == "reject"


def test_bad_decisions_are_refused(tmp_path):
    with pytest.raises(D.ReviewError):
        D.append(tmp_path / "r.csv", decision("a1", "maybe"))
    bad = tmp_path / "bad.csv"
    bad.write_text(",".join(D.COLUMNS) + "\na1,target,d,s,accept,{not json,x,t\n", encoding="utf-8")
    with pytest.raises(D.ReviewError, match="line 2"):
        D.load(bad)
    assert D.load(tmp_path / "absent.csv") == []


def _append_many(args):
    path, who, n = args
    for i in range(n):
        D.append(Path(path), decision(f"{who}-{i}", "correct", {"group": {"old": "a" * 50, "new": "b" * 3000}},
                                      reviewer=who))


def test_concurrent_reviewers_never_lose_a_line(tmp_path):
    path = tmp_path / "reviews.csv"
    with multiprocessing.get_context("fork").Pool(4) as pool:
        pool.map(_append_many, [(str(path), f"r{k}", 40) for k in range(4)])
    got = D.load(path)
    assert len(got) == 160 and len({d.record_id for d in got}) == 160
    assert path.read_text(encoding="utf-8").count("record_id,kind") == 1
    assert path.read_bytes().count("\ufeff".encode("utf-8")) == 1


def test_form_values_are_typed():
    assert coerce("value", "2,5") == 2.5 and coerce("deadline", "2030") == 2030
    assert coerce("deadline", "") is None and coerce("annual", "on") is True
    for name, raw in (("deadline", "2030.5"), ("value", "x"), ("comparator", "more"), ("role", "boss")):
        with pytest.raises(D.ReviewError):
            coerce(name, raw)


# --------------------------------------------------------------------------
# Stable ids
# --------------------------------------------------------------------------

def test_ids_come_from_content_not_row_order():
    a = Reference(doc_id="d", symbol="520/QĐ-TTg", quote="Quyết định số 520/QĐ-TTg")
    b = Reference(doc_id="d", symbol="21-NQ/TW", quote="Nghị quyết số 21-NQ/TW")
    same = Reference(doc_id="d", symbol="520/QĐ-TTg", quote="Quyết định số 520/QĐ-TTg")
    ids = reference_ids("d", [a, b])
    assert reference_ids("d", [b, a]) == ids[::-1]            # order does not matter
    assert reference_ids("d", [a, same])[0] == ids[0]         # a repeat gets its own id
    assert len(set(reference_ids("d", [a, same]))) == 2
    assert reference_ids("other", [a]) != ids[:1]
    assert agency_ids("d", [{"agency_raw": "Sở Y tế", "quote": "Sở Y tế chủ trì"}]) == \
        agency_ids("d", [{"agency_raw": "Sở Y tế", "quote": "Sở  Y tế chủ trì"}])   # spacing aside
    assert field_id("d", "province") != field_id("d", "symbol")


# --------------------------------------------------------------------------
# Applying decisions (in memory)
# --------------------------------------------------------------------------

def _seed():
    items = seed_items()
    doc, ex = next((d, e) for d, e in items if len(e.targets) >= 3)
    doc.sha256 = "h" * 64
    return items, doc, ex


def test_apply_accept_correct_reject_and_orphans():
    items, doc, ex = _seed()
    t1, t2, t3 = ex.targets[:3]
    before = [(t.value, t.deadline) for t in ex.targets]
    ds = [decision(t1.target_id, "accept", doc_id=doc.doc_id, sha=doc.sha256),
          decision(t2.target_id, "correct", {"deadline": {"old": t2.deadline, "new": 2031}},
                   doc_id=doc.doc_id, sha=doc.sha256),
          decision(t3.target_id, "reject", doc_id=doc.doc_id, sha=doc.sha256),
          decision("gone00000000", "accept", doc_id=doc.doc_id, sha=doc.sha256),
          decision(t1.target_id + "x", "accept", doc_id=doc.doc_id, sha="old" * 10),
          decision("elsewhere000", "reject", doc_id="no-such-doc")]
    r = review.apply(items, ds)
    rows = {row["target_id"]: row for row in r.targets}
    assert rows[t1.target_id]["review"] == "accepted"
    assert rows[t2.target_id]["deadline"] == 2031 and rows[t2.target_id]["review"] == "corrected"
    assert rows[t2.target_id]["review_changes"] == f"deadline: {t2.deadline} → 2031"
    assert rows[t3.target_id]["review"] == "rejected"                       # stays in its table
    compared = next(e for d, e in r.compared if d.doc_id == doc.doc_id)
    assert t3.target_id not in {t.target_id for t in compared.targets}     # leaves the comparison
    assert {o["reason"] for o in r.orphans} == {"record gone", "document changed", "document gone"}
    assert [(t.value, t.deadline) for t in ex.targets] == before            # extraction untouched


def test_document_fields_are_corrected_and_rejected_fields_leave_the_comparison():
    items, doc, ex = _seed()
    old_province, old_symbol = ex.meta.province, ex.meta.symbol
    ds = [decision(field_id(doc.doc_id, "province"), "correct",
                   {"value": {"old": old_province, "new": "Cần Thơ"}}, doc_id=doc.doc_id, sha=doc.sha256,
                   kind="field"),
          decision(field_id(doc.doc_id, "symbol"), "reject", doc_id=doc.doc_id, sha=doc.sha256, kind="field")]
    r = review.apply(items, ds)
    assert r.metas[doc.doc_id].province == "Cần Thơ" and r.metas[doc.doc_id].symbol == old_symbol
    compared = next(e for d, e in r.compared if d.doc_id == doc.doc_id)
    assert compared.meta.province == "Cần Thơ" and compared.meta.symbol == ""
    assert r.documents[doc.doc_id]["review"] == "symbol rejected; province corrected"   # META_FIELDS order
    assert r.documents[doc.doc_id]["review_changes"] == f"province: {old_province} → Cần Thơ"
    assert ex.meta.province == old_province and ex.meta.symbol == old_symbol


def test_decisions_on_another_version_of_the_document_are_orphans():
    items, doc, ex = _seed()
    t = ex.targets[0]
    r = review.apply(items, [decision(t.target_id, "reject", doc_id=doc.doc_id, sha="old" * 10)])
    assert r.orphans[0]["reason"] == "document changed"
    assert next(row for row in r.targets if row["target_id"] == t.target_id)["review"] == ""


def test_comparison_marks_reviewed_values_and_takes_the_reviewers_indicator():
    items, doc, ex = _seed()
    base = compare.build(items, CATALOGS)
    row = next(x for x in base.long_rows if x["doc_id"] == doc.doc_id)
    other = next(i.id for c in base.catalogs for i in c.indicators if i.id != row["indicator_id"])
    tid = row["target_id"]
    marked = compare.build(items, CATALOGS, reviews={tid: "accepted"})
    cells = [c for w in marked.wide_rows for c in w.values()]
    assert any("✓" in str(c) for c in cells) and not any("✓" in str(c) for w in base.wide_rows for c in w.values())
    moved = compare.build(items, CATALOGS, reviews={tid: "corrected"}, indicators={tid: other})
    assert next(x for x in moved.long_rows if x["target_id"] == tid)["indicator_id"] == other
    none = compare.build(items, CATALOGS, indicators={tid: ""})
    assert tid not in {x["target_id"] for x in none.long_rows}
    assert next(x for x in none.unmatched_rows if x["target_id"] == tid)["reason"] == "a reviewer set no indicator"


# --------------------------------------------------------------------------
# A whole run: a correction in reviews.csv reaches comparison.csv
# --------------------------------------------------------------------------

def test_a_correction_reaches_the_comparison_and_survives_deleting_the_output(tmp_path):
    corpus = sample_corpus(tmp_path)
    out = tmp_path / "extracted"
    extract(corpus, out)
    plain = {p.name: p.read_bytes() for p in out.glob("*.csv")}
    assert table(out, "review_orphans") == []
    row = next(r for r in table(out, "comparison_long") if r["doc_id"] == HA_NOI and r["deadline"] == "2025")
    sha = next(r["sha256"] for r in table(out, "documents") if r["doc_id"] == HA_NOI)
    D.append(corpus / "reviews.csv", decision(row["target_id"], "correct",
                                              {"deadline": {"old": 2025, "new": 2029}}, sha=sha))
    extract(corpus, out)
    assert "reviews.csv" not in {r["source"] for r in table(out, "documents")}   # not a document
    corrected = next(r for r in table(out, "comparison_long") if r["target_id"] == row["target_id"])
    assert corrected["deadline"] == "2029" and corrected["review"] == "corrected"
    header = next(c for c in table(out, "comparison")[0] if c.startswith("Hà Nội"))
    cell = next(r[header] for r in table(out, "comparison") if r["indicator_id"] == row["indicator_id"])
    assert "(2029) ✎" in cell
    target = next(r for r in table(out, "targets") if r["target_id"] == row["target_id"])
    assert target["deadline"] == "2029" and target["review_changes"] == "deadline: 2025 → 2029"
    assert plain["quantities.csv"] == (out / "quantities.csv").read_bytes()
    sheet = openpyxl.load_workbook(out / "comparison.xlsx")["comparison"]
    head = [c.value for c in sheet[1]]
    xlsx_cell = next(r[head.index(header)] for r in sheet.iter_rows(min_row=2)
                     if r[0].value == row["indicator_id"])
    assert "✎" in xlsx_cell.value and xlsx_cell.fill.fgColor.rgb.endswith("F9D9B5")
    report = (out / "report" / "index.html").read_text(encoding="utf-8")
    assert "rv-corrected" in report and "(2029) ✎</a>" in report

    shutil.rmtree(out)                                   # decisions live beside the corpus
    extract(corpus, out)
    assert next(r for r in table(out, "targets") if r["target_id"] == row["target_id"])["deadline"] == "2029"


def test_without_decisions_only_columns_are_added(tmp_path):
    corpus = sample_corpus(tmp_path)
    out = tmp_path / "extracted"
    extract(corpus, out)
    for name, column in (("targets", "review"), ("agencies", "review"), ("references", "review"),
                         ("documents", "review"), ("comparison_long", "review")):
        rows = table(out, name)
        assert rows and all(r[column] == "" for r in rows), name
    assert all(r["agency_id"] for r in table(out, "agencies"))
    assert not any("✓" in v or "✎" in v for r in table(out, "comparison") for v in r.values())


# --------------------------------------------------------------------------
# The app, without a browser
# --------------------------------------------------------------------------

@pytest.fixture
def app_env(tmp_path):
    corpus = sample_corpus(tmp_path)
    out = tmp_path / "extracted"
    extract(corpus, out)
    app = create_app(out, corpus, "Lan")
    return corpus, out, app.test_client()


def _token(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def test_app_records_a_decision_with_its_token_only(app_env):
    corpus, out, client = app_env
    page = client.get("/").get_data(as_text=True)
    first = re.search(r'href="(/record/[0-9a-f]+)"', page).group(1)
    html = client.get(first).get_data(as_text=True)
    assert "<mark" in html and "/report/doc-" in html
    assert client.post(first, data={"decision": "accept"}).status_code == 403
    assert client.post(first, data={"decision": "accept", "csrf": "forged"}).status_code == 403
    token = _token(html)
    assert client.post(first, data={"decision": "accept", "csrf": token},
                       headers={"Origin": "http://evil.example"}).status_code == 403
    assert client.post(first, data={"decision": "accept", "csrf": token},
                       headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert not (corpus / "reviews.csv").exists()
    resp = client.post(first, data={"decision": "reject", "csrf": token})
    assert resp.status_code == 303 and resp.headers["Location"].startswith("/record/")
    (d,) = D.load(corpus / "reviews.csv")
    assert (d.decision, d.reviewer, "/record/" + d.record_id) == ("reject", "Lan", first)


def test_app_correction_keeps_only_changed_fields(app_env):
    corpus, out, client = app_env
    tid = next(r["target_id"] for r in table(out, "comparison_long") if r["doc_id"] == HA_NOI)
    html = client.get(f"/record/{tid}").get_data(as_text=True)
    form = dict(re.findall(r'<input type="text" id="f-\w+" name="(\w+)" value="([^"]*)"', html))
    selected = {name: re.search(rf'name="{name}">.*?<option value="(\w+)" selected', html, re.S).group(1)
                for name in ("comparator", "indicator")}
    form.update(selected,
                deadline="2028", csrf=_token(html), decision="correct")
    assert client.post(f"/record/{tid}", data=form).status_code == 303
    (d,) = D.load(corpus / "reviews.csv")
    assert d.decision == "correct" and set(d.changes) == {"deadline"} and d.changes["deadline"]["new"] == 2028
    row = re.search(rf'data-id="{tid}">.*?</tr>', client.get("/").get_data(as_text=True)).group(0)
    assert "(2028)" in row and "corrected" in row                # the queue shows the reviewer's value
    bad = client.post(f"/record/{tid}", data=form | {"deadline": "soon"})
    assert bad.status_code == 400 and "deadline" in bad.get_data(as_text=True)


def test_app_escapes_quotes_and_serves_only_the_report(app_env):
    corpus, out, client = app_env
    path = out / f"{HA_NOI}.json"
    rec = json.loads(path.read_text(encoding="utf-8"))
    rec["targets"][0]["quote"] = '<script>alert("x")</script>'
    rec["targets"][0]["group"] = '"><img src=x onerror=alert(1)>'
    path.write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    tid = rec["targets"][0]["target_id"]
    for url in ("/", f"/record/{tid}"):
        html = client.get(url).get_data(as_text=True)
        assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in client.get(f"/record/{tid}").get_data(as_text=True)
    assert client.get("/report/index.html").status_code == 200
    for bad in ("/report/../documents.csv", "/report/%2e%2e/reviews.csv", "/report/..%2f..%2fcorpus/reviews.csv",
                "/report//etc/passwd", "/text/../../etc/passwd"):
        assert client.get(bad, follow_redirects=True).status_code == 404, bad
    assert client.get("/", headers={"Host": "evil.example:80"}).status_code == 403
    assert "script-src 'self'" in client.get("/").headers["Content-Security-Policy"]


def test_app_filters_and_progress(app_env):
    corpus, out, client = app_env
    page = client.get("/?kind=target&province=Hà Nội").get_data(as_text=True)
    kinds = re.findall(r'<tr class="st-[\w-]+" data-id="\w+"><td>(\w+)</td>', page)
    assert kinds and set(kinds) == {"target"}
    assert "soc-trang" not in page.split('id="total"')[1]
    ind = next(r["indicator_id"] for r in table(out, "comparison_long"))
    only = client.get(f"/?indicator={ind}").get_data(as_text=True)
    n = sum(1 for r in table(out, "comparison_long") if r["indicator_id"] == ind)
    assert len(re.findall(r'data-id="', only)) == n
    assert re.search(rf"{n} chưa duyệt", only)


def test_app_explains_an_unreadable_reviews_file(app_env):
    corpus, out, client = app_env
    (corpus / "reviews.csv").write_text(",".join(D.COLUMNS) + "\nx1,target,d,s,approve,,Lan,t\n",
                                        encoding="utf-8")
    resp = client.get("/")
    assert resp.status_code == 500 and "reviews.csv: line 2" in resp.get_data(as_text=True)


def test_app_lists_orphans(app_env):
    corpus, out, client = app_env
    D.append(corpus / "reviews.csv", decision("feedfacecafe", "accept", doc_id=HA_NOI, sha="0" * 64))
    assert "1 quyết định mồ côi" in client.get("/").get_data(as_text=True)
    assert "feedfacecafe" in client.get("/orphans").get_data(as_text=True)


def test_review_command_has_help_and_refuses_an_empty_output(tmp_path, capsys):
    with pytest.raises(SystemExit) as e:
        main(["review", "--help"])
    assert e.value.code == 0 and "--reviewer" in capsys.readouterr().out
    corpus = sample_corpus(tmp_path)
    assert main(["review", str(corpus), "--out", str(tmp_path / "nothing")]) == 2
    assert "run `kehoach extract" in capsys.readouterr().err


def test_a_hand_edited_value_that_does_not_fit_is_an_orphan_not_a_crash():
    items, doc, ex = _seed()
    t = ex.targets[0]
    r = review.apply(items, [decision(t.target_id, "correct", {"deadline": {"old": 2025, "new": "soon"}},
                                      doc_id=doc.doc_id, sha=doc.sha256)])
    assert r.orphans[0]["reason"].startswith("unusable correction: deadline")
    assert next(row for row in r.targets if row["target_id"] == t.target_id)["review"] == ""


def test_a_broken_reviews_file_stops_the_run_with_its_line(tmp_path, capsys):
    corpus = sample_corpus(tmp_path)
    (corpus / "reviews.csv").write_text(",".join(D.COLUMNS) + "\nx1,target,d,s,approve,,Lan,t\n",
                                        encoding="utf-8")
    assert main(["extract", str(corpus), "--out", str(tmp_path / "out"), "--jobs", "1"]) == 2
    assert "reviews.csv: line 2" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()                       # nothing half-done
