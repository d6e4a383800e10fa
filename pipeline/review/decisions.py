"""The reviewers' decisions: an append-only CSV file beside the corpus.

``corpus/reviews.csv`` is the reviewers' own data, not a cache: it survives
deleting ``extracted/`` and merges with git (lines are only ever added). One
line per decision::

    record_id, kind, doc_id, sha256, decision, changes, reviewer, time

The file is UTF-8 with a byte-order mark, like every CSV of the project, so a
spreadsheet shows Vietnamese names correctly. ``changes`` is a JSON object ``{"field": {"old": extracted, "new": corrected}}``
(empty for accept and reject); ``sha256`` is the content hash of the document
the reviewer saw. The latest line on a record wins.

Appends are safe under concurrent reviewers: the file is locked (``flock``)
and each line goes out in one ``write`` on a descriptor opened with
``O_APPEND``, so two writers never interleave or lose a line, and a crash
leaves at most nothing of the line being written.
"""
from __future__ import annotations

import csv
import fcntl
import io
import json
import os
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timezone
from pathlib import Path

FILE_NAME = "reviews.csv"
DECISIONS = ("accept", "correct", "reject")
# What a decision makes of a record, as the outputs' ``review`` column says it.
STATE = {"accept": "accepted", "correct": "corrected", "reject": "rejected"}
KINDS = ("target", "need", "agency", "reference", "field")


class ReviewError(ValueError):
    """A decision that cannot be recorded, or a reviews file that cannot be read."""


@dataclass
class Decision:
    record_id: str
    kind: str
    doc_id: str
    sha256: str
    decision: str
    changes: dict = field(default_factory=dict)     # field -> {"old": …, "new": …}
    reviewer: str = ""
    time: str = ""

    @property
    def state(self) -> str:
        return STATE[self.decision]


COLUMNS = [f.name for f in fields(Decision)]


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def changes_json(changes: dict) -> str:
    """The ``changes`` cell: a JSON object with sorted keys, empty when there are none."""
    return json.dumps(changes, ensure_ascii=False, sort_keys=True) if changes else ""


def line(d: Decision) -> bytes:
    """One CSV line: git merges such files line by line."""
    if d.decision not in DECISIONS:
        raise ReviewError(f"unknown decision {d.decision!r}")
    if d.kind not in KINDS:
        raise ReviewError(f"unknown record kind {d.kind!r}")
    row = asdict(d)
    row["changes"] = changes_json(d.changes)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow([row[c] for c in COLUMNS])
    return buf.getvalue().encode("utf-8")


def append(path: Path, d: Decision) -> None:
    """Add one decision to ``path``, creating it with its header line if needed."""
    data = line(d)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        if os.fstat(fd).st_size == 0:     # a new file: byte-order mark (Excel) and header
            data = ("\ufeff" + ",".join(COLUMNS) + "\n").encode("utf-8") + data
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)        # closing releases the lock


def load(path: Path) -> list[Decision]:
    """Every decision in file order; a missing file is no decisions."""
    path = Path(path)
    if not path.is_file():
        return []
    with open(path, encoding="utf-8-sig", newline="") as f:
        fcntl.flock(f.fileno(), fcntl.LOCK_SH)
        text = f.read()
    out = []
    for n, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        try:
            changes = json.loads(row["changes"]) if row.get("changes") else {}
            d = Decision(**{c: row.get(c) or "" for c in COLUMNS if c != "changes"}, changes=changes)
        except (ValueError, TypeError) as e:
            raise ReviewError(f"{path}: line {n}: {e}") from e
        if d.decision not in DECISIONS or not d.record_id:
            raise ReviewError(f"{path}: line {n}: not a decision ({d.decision!r} on {d.record_id!r})")
        out.append(d)
    return out


def latest(decisions: list[Decision]) -> dict[str, Decision]:
    """The decision that counts for each record: the latest by time, then by line
    (after a git merge, lines of two reviewers may be in any order)."""
    out: dict[str, Decision] = {}
    for d in sorted(decisions, key=lambda d: d.time):
        out[d.record_id] = d
    return out
