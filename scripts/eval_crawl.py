#!/usr/bin/env python3
"""Agreement of the document's own symbol and issue date with the publisher's record.

Usage: eval_crawl.py --records publisher-records.csv --extracted OUTDIR [--list N]

``publisher-records.csv`` (../shared/web-crawl) is the legal-document website's
own record of each crawled text: ``file, symbol, issue_date (dd/mm/yyyy),
issuer, complete, url``. ``OUTDIR/documents.csv`` is what ``kehoach extract``
wrote for those texts. Symbols are compared after the scorer's folding (case,
Đ/D, TƯ/TW, dash variants, spaces; a leading "Số:"), dates as ISO days.

Prints the share of documents whose symbol, date, and both agree, then the
disagreements (up to ``--list``), one line each: file, what the publisher
says, what was extracted.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from pathlib import Path


def canon_symbol(s: str) -> str:
    """The scorer's folding (../shared/tools/score.py ``canon_symbol``)."""
    s = unicodedata.normalize("NFC", s or "").upper().replace("TƯ", "TW").replace("Đ", "D")
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = re.sub(r"^SỐ[:\s]*", "", s)
    return re.sub(r"\s+", "", s)


def iso_of(day_month_year: str) -> str:
    """'30/01/2024' -> '2024-01-30'; anything else unchanged."""
    m = re.fullmatch(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*", day_month_year or "")
    return f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}" if m else (day_month_year or "").strip()


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def compare(records: list[dict], documents: list[dict]) -> tuple[dict, list[str]]:
    """Counts of agreement and one line per disagreeing document."""
    by_file = {Path(row.get("source", "")).name: row for row in documents}
    counts = dict(total=0, symbol=0, date=0, both=0, missing=0)
    lines = []
    for rec in records:
        counts["total"] += 1
        row = by_file.get(rec["file"])
        if row is None:
            counts["missing"] += 1
            lines.append(f"{rec['file']}: not in documents.csv")
            continue
        sym_ok = canon_symbol(row.get("symbol", "")) == canon_symbol(rec["symbol"])
        date_ok = row.get("issue_date", "") == iso_of(rec["issue_date"])
        counts["symbol"] += sym_ok
        counts["date"] += date_ok
        counts["both"] += sym_ok and date_ok
        if not (sym_ok and date_ok):
            what = []
            if not sym_ok:
                what.append(f"symbol {rec['symbol']!r} got {row.get('symbol', '')!r}")
            if not date_ok:
                what.append(f"date {iso_of(rec['issue_date'])} got {row.get('issue_date', '') or '-'}")
            lines.append(f"{rec['file']}: " + "; ".join(what))
    return counts, lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=Path, required=True, help="publisher-records.csv")
    ap.add_argument("--extracted", type=Path, required=True, help="output folder of kehoach extract")
    ap.add_argument("--list", type=int, default=40, help="disagreements to print (default 40; 0 = none)")
    args = ap.parse_args(argv)
    docs = args.extracted / "documents.csv"
    if not docs.exists():
        print(f"no documents.csv in {args.extracted}", file=sys.stderr)
        return 2
    counts, lines = compare(read_csv(args.records), read_csv(docs))
    n = counts["total"] or 1
    for line in lines[: args.list]:
        print("  " + line)
    if len(lines) > args.list:
        print(f"  ... and {len(lines) - args.list} more")
    print(f"publisher agreement on {counts['total']} documents: "
          f"symbol {counts['symbol'] / n:.3f}, date {counts['date'] / n:.3f}, "
          f"both {counts['both'] / n:.3f} ({counts['both']}/{counts['total']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
