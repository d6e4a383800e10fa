"""Reviewers' decisions applied to a run's records.

``apply(items, decisions)`` matches each record's latest decision by its
stable id and the document's content hash:
 1. accepted records are marked;
 2. corrected ones carry the reviewer's values, the extracted ones kept in
    ``review_changes`` ('deadline: 2025 → 2030');
 3. rejected ones stay in their table, marked, and leave the comparison;
 4. a decision whose document changed (another hash), left the corpus or no
    longer has the record is an orphan: listed, never applied, never dropped.
The extraction objects are not modified; corrected records are copies.
"""
from __future__ import annotations

import dataclasses
from dataclasses import asdict, dataclass, field

from pipeline.models import DocMeta, Document, Extraction
from pipeline.review.decisions import COLUMNS, Decision, ReviewError, changes_json, latest
from pipeline.review.records import (META_FIELDS, agency_ids, changes_text, coerce, field_id,
                                     reference_ids)

REVIEW_COLUMNS = ["review", "review_changes", "reviewer"]
ID_COLUMN = {"targets": "target_id", "references": "reference_id", "agencies": "agency_id"}
ORPHAN_COLUMNS = COLUMNS + ["reason"]


@dataclass
class Reviewed:
    """The records of a run with the decisions applied, and what could not be applied."""
    targets: list[dict] = field(default_factory=list)
    references: list[dict] = field(default_factory=list)
    agencies: list[dict] = field(default_factory=list)
    documents: dict[str, dict] = field(default_factory=dict)   # doc_id -> review columns
    metas: dict[str, DocMeta] = field(default_factory=dict)    # doc_id -> corrected metadata
    shown: list[tuple] = field(default_factory=list)           # items corrected, rejected kept
    compared: list[tuple] = field(default_factory=list)        # items corrected, rejected left out
    states: dict[str, str] = field(default_factory=dict)       # record id -> accepted | corrected | rejected
    indicators: dict[str, str] = field(default_factory=dict)   # target_id -> reviewer's indicator
    orphans: list[dict] = field(default_factory=list)

    def compared_states(self) -> dict[str, str]:
        """Accepted and corrected records: the marks the comparison shows."""
        return {k: v for k, v in self.states.items() if v != "rejected"}


def _columns(d: Decision | None) -> dict:
    if d is None:
        return dict.fromkeys(REVIEW_COLUMNS, "")
    return {"review": d.state, "review_changes": changes_text(d.changes), "reviewer": d.reviewer}


def _corrected(record, d: Decision | None, skip=("indicator",)):
    """A copy of ``record`` with the reviewer's values (the record itself when uncorrected).
    Raises ReviewError for a value that does not fit its field (a hand-edited file)."""
    if d is None or d.decision != "correct":
        return record
    names = {f.name for f in dataclasses.fields(record)}
    values = {k: coerce(k, v.get("new")) for k, v in d.changes.items() if k not in skip and k in names}
    return dataclasses.replace(record, **values)


def _ids(doc_id: str, name: str, records) -> list[str]:
    if name == "targets":
        return [t.target_id for t in records]
    return (reference_ids if name == "references" else agency_ids)(doc_id, records)


def _record_list(doc_id: str, name: str, records, found: dict[str, Decision], out: Reviewed):
    """One record list with its decisions: (records to show, records to compare)."""
    shown, kept = [], []
    for r, rid in zip(records, _ids(doc_id, name, records)):
        d = found.pop(rid, None)
        try:
            fixed = _corrected(r, d)
        except ReviewError as e:
            out.orphans.append(_orphan(d, f"unusable correction: {e}"))
            d, fixed = None, r
        shown.append(fixed)
        row = asdict(fixed)
        if name != "targets":
            row = {"doc_id": row.pop("doc_id"), ID_COLUMN[name]: rid} | row
        getattr(out, name).append(row | _columns(d))
        if d is not None:
            out.states[rid] = d.state
            if name == "targets" and d.decision == "correct" and "indicator" in d.changes:
                out.indicators[rid] = str(d.changes["indicator"].get("new") or "")
        if d is None or d.decision != "reject":
            kept.append(fixed)
    return shown, kept


def _fields(doc_id: str, meta: DocMeta, found: dict[str, Decision], out: Reviewed) -> DocMeta:
    """The document's own fields with their decisions: corrected metadata, and the
    same with rejected fields emptied (what the comparison sees)."""
    notes, changes, reviewers = [], {}, set()
    meta, compared = dataclasses.replace(meta), dataclasses.replace(meta)
    for name in META_FIELDS:
        d = found.pop(field_id(doc_id, name), None)
        if d is None:
            continue
        try:
            value = coerce(name, d.changes["value"].get("new")) if d.decision == "correct" else None
        except (ReviewError, KeyError, AttributeError) as e:
            out.orphans.append(_orphan(d, f"unusable correction: {e}"))
            continue
        notes.append(f"{name} {d.state}")
        reviewers.add(d.reviewer)
        out.states[field_id(doc_id, name)] = d.state
        if d.decision == "correct":
            changes[name] = d.changes["value"]
            setattr(meta, name, value)
            setattr(compared, name, value)
        elif d.decision == "reject":
            setattr(compared, name, None if isinstance(getattr(meta, name), int) else "")
    out.documents[doc_id] = {"review": "; ".join(notes), "review_changes": changes_text(changes),
                             "reviewer": "; ".join(sorted(reviewers))}
    out.metas[doc_id] = meta
    return compared


def _document(doc: Document, ex: Extraction, found: dict[str, Decision], out: Reviewed) -> None:
    """Apply the decisions ``found`` for one document (each one used is removed from it)."""
    shown, kept = {}, {}
    for name in ("targets", "references", "agencies"):
        shown[name], kept[name] = _record_list(doc.doc_id, name, getattr(ex, name), found, out)
    compared_meta = _fields(doc.doc_id, ex.meta, found, out)
    out.shown.append((doc, dataclasses.replace(ex, meta=out.metas[doc.doc_id], **shown)))
    out.compared.append((doc, dataclasses.replace(ex, meta=compared_meta, **kept)))


def apply(items: list[tuple[Document, Extraction]], decisions: list[Decision],
          unread: set[str] | None = None) -> Reviewed:
    """The records of ``items`` with ``decisions`` applied; ``unread`` holds the
    doc_ids of the documents that could not be read this run."""
    out = Reviewed()
    by_doc: dict[str, dict[str, Decision]] = {}
    for d in latest(decisions).values():
        by_doc.setdefault(d.doc_id, {})[d.record_id] = d
    for doc, ex in items:
        if doc is None:               # nothing to match decisions against
            out.shown.append((doc, ex))
            out.compared.append((doc, ex))
            continue
        mine = by_doc.pop(doc.doc_id, {})
        current = {k: d for k, d in mine.items() if d.sha256 == doc.sha256}
        out.orphans += [_orphan(d, "document changed") for d in mine.values() if d.sha256 != doc.sha256]
        _document(doc, ex, current, out)
        out.orphans += [_orphan(d, "record gone") for d in current.values()]
    for doc_id, mine in by_doc.items():
        reason = "document not read" if doc_id in (unread or {}) else "document gone"
        out.orphans += [_orphan(d, reason) for d in mine.values()]
    out.orphans.sort(key=lambda r: (r["doc_id"], r["time"], r["record_id"]))
    return out


def _orphan(d: Decision, reason: str) -> dict:
    return asdict(d) | {"changes": changes_json(d.changes), "reason": reason}
