#!/usr/bin/env python3
"""Typography copies of annotated documents: the same plan in the other ways provinces write it.

Usage:
  typography_copies.py write --extracted OUTDIR --gold DIR [DIR ...] --out COPYDIR
  typography_copies.py score --copies COPYDIR --extracted COPYOUT --scorer SCORE_PY

Plans say the same things with other marks: points lettered "a." rather than "a)", parts
numbered "1.", "1.1." with no Roman numerals, or counted "Phần I.", a Party document's
"IV - TỔ CHỨC THỰC HIỆN", a header date in figures ("ngày 19/11/2025"), a horizon "đến
hết năm 2030", items numbered "1)", bullets "•". A rule written while looking at one way
fails on the others. ``write`` takes the normalised texts a run saved (``OUTDIR/text``)
for the documents the gold folders annotate and writes, for each way that changes a text,
its copy to ``COPYDIR/texts`` and the annotation renamed to it to ``COPYDIR/gold/<way>``
(the text as saved goes to ``COPYDIR/gold/as-saved``). ``score`` scores each way against
the same documents as saved, so a line says what that way of writing costs.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

import regex as re

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.site_copies import annotated_texts  # noqa: E402

ROMAN_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
# (a part's number with its title: a table's cell "IV." is no part)
ROMAN_LINE = re.compile(r"^(?P<r>I|II|III|IV|V|VI|VII|VIII|IX|X)\.(?=\s+\S)")
ARABIC_LINE = re.compile(r"^(?P<n>\d{1,2})\.(?=\s+\S)")


def dotted_points(text: str) -> str:
    """"a) Chủ trì …" as "a. Chủ trì …"."""
    return re.sub(r"(?m)^([a-zđ])\)(?=\s)", r"\1.", text)


def decimal_numbers(text: str) -> str:
    """No Roman parts: "II." becomes "2." and its "1." becomes "2.1."."""
    out, part = [], None
    for line in text.split("\n"):
        if m := ROMAN_LINE.match(line):
            part = ROMAN_VALUES[m["r"]]
            line = f"{part}." + line[m.end():]
        elif part is not None and (m := ARABIC_LINE.match(line)):
            line = f"{part}.{m['n']}." + line[m.end():]
        out.append(line)
    return "\n".join(out)


def counted_parts(text: str) -> str:
    """"II. NHIỆM VỤ" as "Phần II. NHIỆM VỤ"."""
    return re.sub(r"(?m)^(?=(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.[ \t]+\S)", "Phần ", text)


def dashed_parts(text: str) -> str:
    """"IV. TỔ CHỨC THỰC HIỆN" as a Party document marks it, "IV - TỔ CHỨC THỰC HIỆN"."""
    return re.sub(r"(?m)^(I|II|III|IV|V|VI|VII|VIII|IX|X)\.(?=[ \t]+\S)", r"\1 -", text)


def date_in_figures(text: str) -> str:
    """The header's "ngày 19 tháng 11 năm 2025" as "ngày 19/11/2025"."""
    lines = text.split("\n")
    for k, line in enumerate(lines[:15]):
        lines[k] = re.sub(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})",
                          lambda m: f"ngày {int(m[1]):02d}/{int(m[2]):02d}/{m[3]}", line)
    return "\n".join(lines)


def horizon_to_its_end(text: str) -> str:
    """A heading's "đến năm 2030" as "đến hết năm 2030" ("2. Mục tiêu cụ thể đến hết năm 2030")."""
    return re.sub(r"(?m)^(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*)\.\s[^\n]*", lambda m: re.sub(
        r"\b([Đđ]ến) năm (20\d\d)\b", r"\1 hết năm \2", m[0]), text)


def bracketed_numbers(text: str) -> str:
    """"1. Sở Y tế" as "1) Sở Y tế"."""
    return re.sub(r"(?m)^(\d{1,2})\.(?=\s+\S)", r"\1)", text)


def bullets(text: str) -> str:
    """"- Rà soát …" as "• Rà soát …"."""
    return re.sub(r"(?m)^-(?=\s)", "•", text)


WAYS = {"dotted-points": dotted_points, "decimal-numbers": decimal_numbers, "counted-parts": counted_parts,
        "dashed-parts": dashed_parts, "date-in-figures": date_in_figures, "horizon-to-its-end": horizon_to_its_end,
        "bracketed-numbers": bracketed_numbers, "bullets": bullets}
AS_SAVED = "as-saved"


def write(extracted: Path, folders: list[Path], out: Path) -> int:
    (out / "texts").mkdir(parents=True, exist_ok=True)
    written = 0
    for label, path, gold, doc_id, text in annotated_texts(extracted, folders):
        for way, rewrite in [(AS_SAVED, lambda t: t), *WAYS.items()]:
            copy = rewrite(text)
            if way != AS_SAVED and copy == text:
                continue
            name = f"{label}__{doc_id}__{way}.txt"
            (out / "texts" / name).write_text(copy, encoding="utf-8")
            target = out / "gold" / way
            target.mkdir(parents=True, exist_ok=True)
            (target / f"{label}__{path.name}").write_text(
                json.dumps({**gold, "file": name}, ensure_ascii=False, indent=1), encoding="utf-8")
            written += 1
    return written


FIELDS = ("references", "targets", "targets_full", "agencies", "agencies_role", "document")


def score(copies: Path, extracted: Path, scorer: Path) -> list[str]:
    """A line per way: its F1 on each field, then the same documents' as saved."""
    spec = importlib.util.spec_from_file_location("score", scorer)
    scoring = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scoring)
    lines = []
    for folder in sorted(p for p in (copies / "gold").iterdir() if p.name != AS_SAVED):
        files = sorted(folder.glob("*.json"))
        saved = [copies / "gold" / AS_SAVED / f.name for f in files]
        way, base = (scoring.score(fs, extracted)["summary"] for fs in (files, saved))
        cells = " ".join(f"{k}={way[k]['f1']:.3f}/{base[k]['f1']:.3f}" for k in FIELDS)
        lines.append(f"{folder.name} ({len(files)} documents), copy/as saved: {cells}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write")
    w.add_argument("--extracted", type=Path, required=True)
    w.add_argument("--gold", type=Path, nargs="+", required=True)
    w.add_argument("--out", type=Path, required=True)
    s = sub.add_parser("score")
    s.add_argument("--copies", type=Path, required=True)
    s.add_argument("--extracted", type=Path, required=True)
    s.add_argument("--scorer", type=Path, required=True)
    args = ap.parse_args(argv)
    if args.command == "write":
        print(f"{write(args.extracted, args.gold, args.out)} typography copies in {args.out / 'texts'}")
    else:
        print("\n".join(score(args.copies, args.extracted, args.scorer)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
