"""A new plan dropped into the corpus appears in every output on the next run."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

from pipeline.cli import main
from tests.conftest import CORPUS

NEW_PLAN = "ha-noi-303-kh-ubnd-tin-bao.html"
EXISTING = ["can-tho-2026-2030-du-thao.docx", "soc-trang-81-kh-ubnd-2025-2030.txt"]


def table(out: Path, name: str) -> list[dict]:
    with (out / f"{name}.csv").open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_new_plan_appears_everywhere(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS / "catalogs", corpus / "catalogs")
    for name in EXISTING:
        shutil.copy(CORPUS / name, corpus / name)
    out = tmp_path / "extracted"
    assert main(["extract", str(corpus), "--out", str(out)]) == 0
    assert not any("Hà Nội" in c for c in table(out, "comparison")[0])

    shutil.copy(CORPUS / NEW_PLAN, corpus / NEW_PLAN)
    assert main(["extract", str(corpus), "--out", str(out)]) == 0
    doc_id = Path(NEW_PLAN).stem
    assert doc_id in {r["doc_id"] for r in table(out, "documents")}
    assert doc_id in {r["doc_id"] for r in table(out, "targets")}
    assert doc_id in {r["doc_id"] for r in table(out, "references")}
    assert doc_id in {r["doc_id"] for r in table(out, "comparison_long")}
    assert any(c.startswith("Hà Nội") for c in table(out, "comparison")[0])
    assert (out / "text" / f"{doc_id}.txt").exists() and (out / f"{doc_id}.json").exists()
    report = (out / "report" / "index.html").read_text(encoding="utf-8")
    assert f"doc-{doc_id}.html" in report and (out / "report" / f"doc-{doc_id}.html").exists()


def test_every_quote_is_its_span_in_the_saved_text(tmp_path):
    """The promise to reviewers, checked on every table of a whole corpus run."""
    out = tmp_path / "extracted"
    main(["extract", str(CORPUS), "--out", str(out)])
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (out / "text").glob("*.txt")}
    checked = 0
    for name in ("references", "targets", "quantities", "rates", "agencies"):
        for r in table(out, name):
            assert texts[r["doc_id"]][int(r["start"]):int(r["end"])] == r["quote"], (name, r)
            checked += 1
    assert checked > 50
