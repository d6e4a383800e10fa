"""What can be reviewed: record kinds, their stable ids and editable fields.

Targets carry ``target_id`` from extraction. References, agencies and the
document's own fields get ids the same way — a hash of the document and the
record's content (never its row number), with an occurrence count among equal
records — so an id survives re-runs and other records coming or going, and
changes only when the record's own evidence does.

Functions take records as dataclasses (the pipeline) or dicts (the app reads
the per-document JSON), so both compute the same ids.
"""
from __future__ import annotations

import hashlib
from collections import Counter

from pipeline.review.decisions import ReviewError
from pipeline.text import value_text

# Fields a reviewer may correct, per kind (``indicator`` is the comparison's match;
# needs are counts, never compared, so they have none).
TARGET_FIELDS = ["value", "value_high", "comparator", "deadline", "annual", "group", "indicator"]
EDITABLE = {
    "target": TARGET_FIELDS,
    "need": TARGET_FIELDS[:-1],
    "agency": ["agency", "role"],
    "reference": ["symbol", "doc_type", "date", "issuer", "relation"],
    "field": ["value"],
}
# Document fields offered for review (DocMeta names).
META_FIELDS = ["doc_type", "symbol", "doc_status", "province", "issuer", "issue_date",
               "period_start", "period_end", "title", "signer", "signer_title"]
COMPARATORS = ("min", "over", "max", "under", "about", "none")
ROLES = ("lead", "support", "implement", "mentioned")
RELATIONS = ("basis", "mention")
CHOICES = {"comparator": COMPARATORS, "role": ROLES, "relation": RELATIONS}
FLOATS = {"value", "value_high"}
INTS = {"deadline", "period_start", "period_end", "year"}
BOOLS = {"annual"}
ID_LENGTH = 12


def get(record, name, default=None):
    return record.get(name, default) if isinstance(record, dict) else getattr(record, name, default)


def _digest(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:ID_LENGTH]


def _flat(text: str) -> str:
    return " ".join((text or "").split()).casefold()


def _ids(doc_id: str, kind: str, keys: list[tuple[str, ...]]) -> list[str]:
    seen: Counter = Counter()
    out = []
    for key in keys:
        seen[key] += 1
        out.append(_digest(doc_id, kind, *key, str(seen[key])))
    return out


def reference_ids(doc_id: str, references) -> list[str]:
    """One id per reference: the cited symbol and the sentence citing it."""
    return _ids(doc_id, "reference", [(_flat(get(r, "symbol")), _flat(get(r, "quote"))) for r in references])


def agency_ids(doc_id: str, agencies) -> list[str]:
    """One id per agency: the name as written and the sentence naming it."""
    return _ids(doc_id, "agency", [(_flat(get(a, "agency_raw")), _flat(get(a, "quote"))) for a in agencies])


def field_id(doc_id: str, name: str) -> str:
    return _digest(doc_id, "field", name)


def target_kind(target) -> str:
    return "need" if get(target, "kind") == "need" else "target"


def coerce(name: str, raw):
    """A field's value from a form or a decision, typed as the record holds it."""
    if raw is None:
        return None
    if name in BOOLS:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("true", "1", "yes", "on", "có"):
            return True
        if text in ("false", "0", "no", "off", "", "không"):
            return False
        raise ReviewError(f"{name}: not yes/no: {raw!r}")
    text = str(raw).strip()
    if name in FLOATS or name in INTS:
        if text == "":
            return None
        try:
            number = float(text.replace(",", ".")) if isinstance(raw, str) else float(raw)
        except ValueError:
            raise ReviewError(f"{name}: not a number: {raw!r}") from None
        if name in INTS:
            if not number.is_integer():
                raise ReviewError(f"{name}: not a whole number: {raw!r}")
            return int(number)
        return number
    if name in CHOICES and text not in CHOICES[name]:
        raise ReviewError(f"{name}: one of {', '.join(CHOICES[name])}, not {raw!r}")
    return text


def same(name: str, a, b) -> bool:
    """Equal once typed (a form's '95' is the record's 95.0)."""
    try:
        return coerce(name, a) == coerce(name, b)
    except ReviewError:
        return False


def show(value) -> str:
    """A value as a reviewer reads it in a table cell."""
    if value == "":
        return "—"
    return value_text(value, empty="—", yes="có", no="không")


def changes_text(changes: dict) -> str:
    """'deadline: 2025 → 2030; value: 95 → 90' for a spreadsheet cell."""
    return "; ".join(f"{k}: {show(v.get('old'))} → {show(v.get('new'))}" for k, v in sorted(changes.items()))
