"""Turn the batch's outcomes into the files in ``extracted/``.

Per document: ``text/<doc_id>.txt`` (the normalised text every offset points
into) and ``<doc_id>.json`` (the document record with its extracted records).
Corpus tables: documents, references, citations, cited_documents, targets,
quantities, agencies, assignments; then the cross-province comparison, the
Excel workbook and the HTML report. Files whose bytes would not change are not
rewritten, and files left by documents no longer in the corpus are removed.

Reviewers' decisions (``corpus/reviews.csv``, see ``pipeline.review``) are
applied to the tables and the comparison: every reviewable table gains the
``review, review_changes, reviewer`` columns, and decisions that no longer fit
a record are listed in ``review_orphans.csv``. The per-document JSON stays
what was extracted.
"""
from __future__ import annotations

import fcntl
import json
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

import yaml

from pipeline import __version__
from pipeline.comparison import compare, discover, provinces
from pipeline.publishing import excel, report
from pipeline.batch import Outcome
from pipeline.reading.ingest import sha256_of
from pipeline.models import RECORD_LISTS, Agency, Assignment, DocMeta, Quantity, Reference, Target, columns
from pipeline.comparison.provinces import current_province
from pipeline.extraction.references import citation_graph
from pipeline.publishing.writers import as_row, csv_bytes, json_bytes, write_bytes
from pipeline.review import apply as review
from pipeline.review.decisions import load as load_decisions

INGEST_COLUMNS = ["doc_id", "source", "sha256", "format", "status", "error", "pages",
                  "ocr_pages", "warnings"]
DOCUMENT_COLUMNS = INGEST_COLUMNS + columns(DocMeta) + ["province_now"]
CITATION_COLUMNS = ["citing_doc_id", "citing_symbol", "cited_symbol", "relation", "cited_doc_id"]
CITED_COLUMNS = ["symbol", "doc_type", "issuer", "date", "cited_by", "provinces", "doc_ids"]
REVIEWED = review.REVIEW_COLUMNS
REFERENCE_COLUMNS = ["doc_id", "reference_id"] + columns(Reference)[1:] + REVIEWED
AGENCY_COLUMNS = ["doc_id", "agency_id"] + columns(Agency)[1:] + REVIEWED


def province_now(meta: DocMeta | None) -> str:
    """The province a document belongs to since the 1 July 2025 mergers."""
    if meta is None or not meta.province:
        return ""
    return current_province(meta.province) or ""


def document_row(o: Outcome) -> dict:
    doc, ex = o.document, o.extraction
    # a skipped entry is never opened (a pipe would block, a link leads outside)
    sha = o.sha256 or ("" if o.status == "skipped" else _sha(o.source))
    row = {"doc_id": o.doc_id, "source": o.source, "sha256": sha,
           "format": o.format, "status": o.status, "error": o.error,
           "pages": len(doc.pages) if doc and doc.pages else "",
           "ocr_pages": " ".join(map(str, doc.ocr_pages)) if doc else "",
           "warnings": "; ".join(doc.warnings) if doc else ""}
    if ex:
        row.update(asdict(ex.meta))
        row["province_now"] = province_now(ex.meta)
    return row


def _sha(source: str) -> str:
    try:
        return sha256_of(Path(source))
    except OSError:
        return ""


def document_record(o: Outcome) -> dict:
    """The per-document JSON: where the text came from and everything found in it."""
    doc, ex = o.document, o.extraction
    rec = {"doc_id": o.doc_id, "source": o.source, "sha256": o.sha256, "format": o.format,
           "status": o.status, "error": o.error, "pipeline_version": __version__,
           "text_file": f"text/{o.doc_id}.txt"}
    if doc is None:
        return rec
    rec.update({"characters": len(doc.text),
                "pages": [asdict(p) for p in doc.pages],
                "ocr_pages": doc.ocr_pages, "warnings": doc.warnings,
                "source_meta": doc.meta})
    if ex is not None:
        rec["metadata"] = asdict(ex.meta)
        rec["structure"] = {
            "header": ex.structure.header, "signature": ex.structure.signature,
            "recipients": ex.structure.recipients,
            "sections": [asdict(s) for s in ex.structure.sections]}
        for name in RECORD_LISTS:
            rec[name] = [asdict(r) for r in getattr(ex, name)]
    return rec


def _records(outcomes, name):
    return [r for o in outcomes if o.extraction for r in getattr(o.extraction, name)]


def prepare() -> None:
    """Load now what ``write_all`` would load on its way: the province
    converter, the comparison's word segmenter and the report's templates
    (together about 0.7 s, and this module's own imports 0.25 s more). The CLI
    calls it in a thread while the documents are still being read; the
    outputs are the same whether it ran or not."""
    provinces.load_converter()
    discover.load_segmenter()
    report.prepare()


#: Lock file in the output folder: runs writing into one folder take turns.
LOCK_NAME = ".kehoach.lock"


@contextmanager
def locked(out: Path):
    """Hold an exclusive lock on the output folder (waits for another run to finish writing)."""
    out.mkdir(parents=True, exist_ok=True)
    with (out / LOCK_NAME).open("a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def write_all(outcomes: list[Outcome], out: Path, catalogs: Path | None = None,
              reviews: Path | None = None) -> None:
    """Every output of a run; ``reviews`` is the reviewers' decisions file, if
    any. A second run into the same folder waits its turn, so the files always
    come from one run."""
    with locked(out):
        _write_all(outcomes, out, catalogs, reviews)


def _write_all(outcomes: list[Outcome], out: Path, catalogs: Path | None, reviews: Path | None) -> None:
    ids = {o.doc_id for o in outcomes}
    for o in outcomes:
        if o.document is not None:
            write_bytes(out / "text" / f"{o.doc_id}.txt", o.document.text.encode("utf-8"))
        write_bytes(out / f"{o.doc_id}.json", json_bytes(document_record(o)))
    _remove_stale(out, ids)

    items = [(o.document, o.extraction) for o in outcomes if o.extraction is not None]
    reviewed = review.apply(items, load_decisions(reviews) if reviews else [],
                            unread={o.doc_id for o in outcomes if o.extraction is None})
    tables = {
        "documents": ([_reviewed_document(o, reviewed) for o in outcomes], DOCUMENT_COLUMNS + REVIEWED),
        "references": (reviewed.references, REFERENCE_COLUMNS),
        "targets": (reviewed.targets, columns(Target) + REVIEWED),
        "quantities": (_records(outcomes, "quantities"), columns(Quantity)),
        "rates": (_records(outcomes, "rates"), columns(Quantity)),
        "agencies": (reviewed.agencies, AGENCY_COLUMNS),
        "assignments": (_records(outcomes, "assignments"), columns(Assignment)),
    }
    write_bytes(out / "review_orphans.csv", csv_bytes(reviewed.orphans, review.ORPHAN_COLUMNS))
    citations, cited = citation_graph(reviewed.compared)
    tables["citations"] = (citations, CITATION_COLUMNS)
    tables["cited_documents"] = (cited, CITED_COLUMNS)
    for name, (rows, cols) in tables.items():
        write_bytes(out / f"{name}.csv", csv_bytes(rows, cols))
    _comparison(reviewed, tables, out, catalogs)


def _reviewed_document(o: Outcome, reviewed: review.Reviewed) -> dict:
    """A documents.csv row with the reviewers' corrections of its fields."""
    row = document_row(o)
    if o.doc_id in reviewed.metas:
        row.update(asdict(reviewed.metas[o.doc_id]))
        row["province_now"] = province_now(reviewed.metas[o.doc_id])
    return row | reviewed.documents.get(o.doc_id, dict.fromkeys(REVIEWED, ""))


def _comparison(reviewed: review.Reviewed, tables, out: Path, catalogs: Path | None) -> None:
    """Comparison tables, the Excel workbook and the HTML report."""
    comparison = compare.build(reviewed.compared, catalogs, reviews=reviewed.compared_states(),
                               indicators=reviewed.indicators)
    write_bytes(out / "comparison_long.csv", csv_bytes(comparison.long_rows, compare.LONG_COLUMNS))
    write_bytes(out / "comparison.csv", csv_bytes(comparison.wide_rows, comparison.wide_columns))
    write_bytes(out / "unmatched_targets.csv", csv_bytes(comparison.unmatched_rows, compare.UNMATCHED_COLUMNS))
    write_bytes(out / "catalogs" / "discovered.yaml", discovered_yaml(comparison))
    sheets = {name: [as_row(r) for r in rows] for name, (rows, _) in tables.items()}
    excel.write(out / "comparison.xlsx", comparison, sheets)
    report.write(out / "report", reviewed.shown, comparison, reviews=reviewed.states)


def _remove_stale(out: Path, ids: set[str]) -> None:
    """Drop per-document files of documents that have left the corpus."""
    for p in (out / "text").glob("*.txt") if (out / "text").is_dir() else []:
        if p.stem not in ids:
            p.unlink(missing_ok=True)
    for p in out.glob("*.json"):
        if p.stem in ids:
            continue
        try:
            if "sha256" in json.loads(p.read_text(encoding="utf-8")):
                p.unlink(missing_ok=True)
        except (ValueError, OSError):
            pass


DISCOVERED_HEAD = """\
# Draft indicator catalog: indicators discovered across the plans of this
# corpus, without a hand-written catalog. Written by every run; edit a copy.
#
# To make it authoritative: copy this file into corpus/catalogs/ (keep or
# change its `id`), then edit it:
# - rename an indicator: change its `label` (and add `label_en`);
# - merge two: move the `targets` of one into the other and delete it;
# - split one: make a new entry and move some of its `targets` there;
# - add the national value: `national: {value: 100, comparator: min, deadline: 2025, unit: "%"}`.
# `targets` lists the target_id (targets.csv) of each member; the next
# `make extract` places these targets under the indicator as written here, and
# they are no longer discovered. `kind` is the kind of goal (reduce, increase,
# level); `action_words` name the indicator for targets of new plans.
"""


def discovered_yaml(comparison) -> bytes:
    """extracted/catalogs/discovered.yaml: the discovered indicators in catalog format."""
    cat = comparison.discovered
    inds = []
    for ind in cat.indicators if cat else []:
        entry = {"id": ind.id, "label": ind.label, "kind": ind.kind}
        if ind.national_value is not None:
            entry["national"] = {"value": ind.national_value, "comparator": ind.national_comparator or "none",
                                 "deadline": ind.national_deadline, "unit": ind.national_unit}
        entry["families"] = ind.families
        entry["action_words"] = ind.action_words
        entry["group_words"] = ind.action_words
        entry["targets"] = ind.targets
        inds.append(entry)
    body = {"id": compare.DISCOVERED_ID, "title": compare.DISCOVERED_TITLE,
            "title_en": compare.DISCOVERED_TITLE_EN, "fit": {"all": True}, "indicators": inds}
    text = yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=100)
    return (DISCOVERED_HEAD + text).encode("utf-8")
