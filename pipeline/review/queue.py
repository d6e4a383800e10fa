"""The review queue: every reviewable record of ``extracted/`` and its decision.

``load(extracted, reviews_file, catalogs_dir)`` reads what the last run wrote:
 1. each per-document JSON (records as extracted, the content hash, pages)
    and its text file;
 2. ``comparison_long.csv`` for the indicator each target was matched to;
 3. the decisions in ``reviews.csv``: a record's state is its latest
    decision made on this version of the document; decisions that fit no
    current record are orphans, listed with the reason.
Nothing here writes; the app appends decisions with ``decisions.append``.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field, fields
from pathlib import Path

from pipeline.comparison.catalog import load_catalogs
from pipeline.comparison.compare import format_value
from pipeline.comparison.provinces import provinces_of
from pipeline.models import DocMeta, Page, page_at
from pipeline.publishing.report import anchor, doc_page_names, record_context, target_anchor
from pipeline.review.decisions import Decision, latest
from pipeline.review.decisions import load as load_decisions
from pipeline.review.records import (EDITABLE, META_FIELDS, agency_ids, field_id, get, reference_ids,
                                     target_kind)

# Queue order within a document: goals and needs first (DOMAIN.md: the figures
# researchers compare), then who must act, what is cited, and the header.
KIND_ORDER = {"target": 0, "need": 1, "agency": 2, "reference": 3, "field": 4}
KIND_LABEL = {"target": "chỉ tiêu / target", "need": "nhu cầu đào tạo / need",
              "agency": "cơ quan / agency", "reference": "văn bản trích dẫn / reference",
              "field": "thông tin văn bản / document field"}
STATES = ("to review", "accepted", "corrected", "rejected")
# A record without a confidence of its own is as sure as the extractor gets.
DEFAULT_CONFIDENCE = 1.0


@dataclass
class Record:
    record_id: str
    kind: str
    doc_id: str
    sha256: str
    position: int                  # order within its document and kind
    extracted: dict                # editable field -> value as extracted
    quote: str = ""
    start: int = 0
    end: int = 0
    page: int | None = None
    section: str = ""
    confidence: float = DEFAULT_CONFIDENCE
    indicator: str = ""            # targets: the indicator the comparison gave it
    field: str = ""                # document fields: which one
    unit: str = ""                 # targets: shown with the value, not editable
    action: str = ""
    anchor: str = ""               # its highlight in the report page
    decision: Decision | None = None

    @property
    def state(self) -> str:
        return self.decision.state if self.decision else "to review"

    @property
    def summary(self) -> str:
        """One line for the queue, with the reviewer's values where corrected."""
        v = self.current()
        if self.kind in ("target", "need"):
            return (format_value(v["value"], v.get("value_high"), v.get("comparator"), self.unit,
                                 v.get("annual"), v.get("deadline")) + f" — {v.get('group') or self.action}")
        if self.kind == "agency":
            return f"{v['agency']} ({v.get('role')})"
        if self.kind == "reference":
            return f"{v['symbol']} ({v.get('relation')})"
        return f"{self.field}: {v['value']}"

    def current(self) -> dict:
        """Field values as they stand: extracted, with a correction on top."""
        values = dict(self.extracted)
        if self.decision and self.decision.decision == "correct":
            values.update({k: v.get("new") for k, v in self.decision.changes.items() if k in values})
        return values


@dataclass
class DocInfo:
    doc_id: str
    source: str
    sha256: str
    title: str
    province: str
    province_now: str
    page: str                      # report page name
    text_file: Path


@dataclass
class Queue:
    records: dict[str, Record] = field(default_factory=dict)      # in queue order
    documents: dict[str, DocInfo] = field(default_factory=dict)
    orphans: list[dict] = field(default_factory=list)
    indicators: list[tuple[str, str]] = field(default_factory=list)   # (id, label) of every catalog

    def text(self, doc_id: str) -> str:
        return self.documents[doc_id].text_file.read_text(encoding="utf-8")

    def context(self, r: Record) -> dict:
        """The record view of ``r``: quote in its paragraph, page, link into the report."""
        doc = self.documents[r.doc_id]
        text = self.text(r.doc_id)
        link = f"/report/{doc.page}" + (f"#{r.anchor}" if r.anchor else "")
        return record_context(text, r.start, r.end, r.quote, r.page, r.section, link,
                              kind=r.kind[0])


def _confidence(rec: dict) -> float:
    try:
        c = rec.get("confidence")
        return DEFAULT_CONFIDENCE if c in (None, "") else float(c)
    except (TypeError, ValueError):
        return DEFAULT_CONFIDENCE


def _comparison_rows(extracted: Path) -> list[dict]:
    path = extracted / "comparison_long.csv"
    if not path.is_file():
        return []
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _document_json(extracted: Path) -> list[dict]:
    """The per-document JSON files of a run (other JSON files are not ours)."""
    out = []
    for p in sorted(extracted.glob("*.json")):
        try:
            rec = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(rec, dict) and "sha256" in rec and "doc_id" in rec and rec.get("metadata"):
            out.append(rec)
    return out


# Where the header block is assumed to end when a field's value is not found verbatim.
HEADER_CHARS = 600


def _field_evidence(text: str, value) -> dict:
    """A document field's evidence: its value where the text has it, else the header block."""
    at = text.find(str(value))
    if at >= 0:
        return {"quote": str(value), "start": at, "end": at + len(str(value))}
    return {"quote": "", "start": 0, "end": min(len(text), HEADER_CHARS)}


def _records(rec: dict, matched: dict[str, str], text: str) -> list[Record]:
    doc_id, sha = rec["doc_id"], rec["sha256"]
    pages = [Page(p["number"], p["start"], p["end"]) for p in rec.get("pages") or []]
    out = []

    def add(rid, kind, i, r, editable, **extra):
        out.append(Record(record_id=rid, kind=kind, doc_id=doc_id, sha256=sha, position=i, extracted=editable, quote=get(r, "quote", "") or "",
                          start=get(r, "start", 0) or 0, end=get(r, "end", 0) or 0,
                          page=get(r, "page") if "page" in r else page_at(pages, get(r, "start", 0) or 0),
                          section=get(r, "section", "") or "", confidence=_confidence(r), **extra))

    for i, t in enumerate(rec.get("targets", [])):
        kind = target_kind(t)
        values = {k: t.get(k) for k in EDITABLE[kind] if k != "indicator"}
        if "indicator" in EDITABLE[kind]:
            values["indicator"] = matched.get(t["target_id"], "")
        add(t["target_id"], kind, i, t, values, indicator=values.get("indicator", ""),
            anchor=target_anchor(t["target_id"]), unit=t.get("unit") or "", action=t.get("action") or "")
    for i, (a, aid) in enumerate(zip(rec.get("agencies", []), agency_ids(doc_id, rec.get("agencies", [])))):
        add(aid, "agency", i, a, {k: a.get(k) for k in EDITABLE["agency"]}, anchor=anchor("a-", str(i)))
    refs = rec.get("references", [])
    for i, (r, rid) in enumerate(zip(refs, reference_ids(doc_id, refs))):
        add(rid, "reference", i, r, {k: r.get(k) for k in EDITABLE["reference"]}, anchor=anchor("r-", str(i)))
    meta = rec["metadata"]
    for i, name in enumerate(META_FIELDS):
        value = meta.get(name)
        if value in (None, ""):
            continue
        add(field_id(doc_id, name), "field", i, _field_evidence(text, value), {"value": value}, field=name)
    return out


def load(extracted: Path, reviews_file: Path, catalogs_dir: Path | None = None) -> Queue:
    extracted = Path(extracted)
    q = Queue()
    docs = _document_json(extracted)
    names = doc_page_names(d["doc_id"] for d in docs)
    compared = _comparison_rows(extracted)
    matched = {r["target_id"]: r["indicator_id"] for r in compared}
    records: list[Record] = []
    for rec in docs:
        doc_id = rec["doc_id"]
        meta = DocMeta(**{f.name: rec["metadata"].get(f.name) for f in fields(DocMeta)
                          if f.name in rec["metadata"]})
        issued, now = provinces_of(meta)
        q.documents[doc_id] = DocInfo(doc_id, rec.get("source", ""), rec["sha256"],
                                      " — ".join(x for x in (meta.symbol, meta.title) if x) or doc_id,
                                      issued, now, names[doc_id], extracted / "text" / f"{doc_id}.txt")
        records += _records(rec, matched, q.text(doc_id))
    decided = latest(load_decisions(reviews_file))
    for r in records:
        d = decided.pop(r.record_id, None)
        if d is not None and d.sha256 == r.sha256:
            r.decision = d
            if d.decision == "correct" and "indicator" in d.changes and "indicator" in r.extracted:
                r.extracted["indicator"] = d.changes["indicator"].get("old") or ""
        elif d is not None:
            q.orphans.append(_orphan(d, "document changed"))
    for d in decided.values():          # the same reasons as review_orphans.csv gives
        doc = q.documents.get(d.doc_id)
        reason = ("document gone" if doc is None else
                  "document changed" if doc.sha256 != d.sha256 else "record gone")
        q.orphans.append(_orphan(d, reason))
    records.sort(key=lambda r: (r.doc_id, KIND_ORDER[r.kind], r.position))
    q.records = {r.record_id: r for r in records}
    # The catalogs' indicators, then those the last run discovered among the plans.
    known = {i.id: i.label for c in (load_catalogs(catalogs_dir) if catalogs_dir else []) for i in c.indicators}
    for r in compared:
        known.setdefault(r["indicator_id"], r["indicator"])
    q.indicators = list(known.items())
    return q


def _orphan(d: Decision, reason: str) -> dict:
    return {"record_id": d.record_id, "kind": d.kind, "doc_id": d.doc_id, "decision": d.decision,
            "changes": d.changes, "reviewer": d.reviewer, "time": d.time, "reason": reason}


# --------------------------------------------------------------------------
# Filtering and progress
# --------------------------------------------------------------------------

@dataclass
class Filters:
    kind: str = ""
    state: str = ""
    indicator: str = ""
    province: str = ""
    sort: str = "document"         # document | confidence (lowest first)

    def query(self) -> dict[str, str]:
        return {k: v for k, v in vars(self).items() if v and not (k == "sort" and v == "document")}


def select(q: Queue, f: Filters) -> list[Record]:
    """The records the filters keep, in queue order: by document, or lowest confidence first
    (documents then come in the order of their least sure record)."""
    out = []
    for r in q.records.values():
        doc = q.documents[r.doc_id]
        if f.kind and r.kind != f.kind:
            continue
        if f.state and r.state != f.state:
            continue
        if f.indicator and r.indicator != f.indicator:
            continue
        if f.province and f.province not in (doc.province, doc.province_now):
            continue
        out.append(r)
    if f.sort == "confidence":
        lowest: dict[str, float] = {}
        for r in out:
            lowest[r.doc_id] = min(lowest.get(r.doc_id, r.confidence), r.confidence)
        out.sort(key=lambda r: (lowest[r.doc_id], r.doc_id, r.confidence, KIND_ORDER[r.kind], r.position))
    return out


def counts(records) -> dict[str, int]:
    c = dict.fromkeys(STATES, 0)
    for r in records:
        c[r.state] += 1
    return c


def grouped(q: Queue, records: list[Record]) -> list[tuple[DocInfo, list[Record], dict[str, int]]]:
    """Consecutive records of one document as one group, with its progress."""
    out: list[tuple[DocInfo, list[Record], dict[str, int]]] = []
    for r in records:
        if not out or out[-1][0].doc_id != r.doc_id:
            out.append((q.documents[r.doc_id], [], {}))
        out[-1][1].append(r)
    return [(d, rs, counts(rs)) for d, rs, _ in out]
