#!/usr/bin/env python3
"""Site copies of annotated documents: how well a text pasted from a legal website reads.

Usage: site_copies.py --extracted OUTDIR --gold DIR [DIR ...] --out COPYDIR

A legal website shows a document with its own line wrapping: every line break of
the document is lost and the words run on at the site's widths. This script takes
the normalised texts a run saved (``OUTDIR/text``) for the documents the gold
folders annotate, writes each as a site would show it to ``COPYDIR/texts`` (same
words, the document's line breaks gone, lines wrapped at 60-110 characters with
some far longer, the same for the same file), and writes the annotations, renamed
to the copies, to ``COPYDIR/gold/<parent-folder>`` (``shared-gold``, ``tests-gold``). Extracting ``COPYDIR/texts`` and
scoring it against ``COPYDIR/gold`` says what is lost when a user pastes the text
instead of giving the file.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

# The site's widths: most lines 60-110 characters, one in five 150-400.
NARROW = (60, 110)
WIDE = (150, 400)
WIDE_SHARE = 5


def site_copy(text: str, seed: str) -> str:
    """``text`` as a legal website's copy shows it; the same for the same seed."""
    words = " ".join(ln.strip() for ln in text.split("\n") if ln.strip()).split(" ")
    rnd = random.Random(seed)
    lines, line, width = [], "", rnd.randint(*NARROW)
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
            width = rnd.randint(*WIDE) if rnd.randrange(WIDE_SHARE) == 0 else rnd.randint(*NARROW)
        else:
            line = f"{line} {word}" if line else word
    return "\n".join(lines + [line])


def annotated_texts(extracted: Path, folders: list[Path]):
    """(label, annotation file, annotation, doc_id, saved text) of each annotated document
    the run in ``extracted`` saved; the label names the folder ("shared-gold", "g1-tune")."""
    with open(extracted / "documents.csv", encoding="utf-8-sig") as f:
        doc_ids = {Path(r["source"]).name: r["doc_id"] for r in csv.DictReader(f)}
    for folder in folders:
        label = "-".join(folder.resolve().parts[-2:])
        for path in sorted(folder.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            doc_id = doc_ids.get(gold["file"])
            saved = extracted / "text" / f"{doc_id}.txt"
            if doc_id is None or not saved.exists():
                print(f"skipped {label}/{path.name}: {gold['file']} not in {extracted}", file=sys.stderr)
                continue
            yield label, path, gold, doc_id, saved.read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--extracted", type=Path, required=True)
    ap.add_argument("--gold", type=Path, nargs="+", required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    (args.out / "texts").mkdir(parents=True, exist_ok=True)
    written = 0
    for label, path, gold, doc_id, text in annotated_texts(args.extracted, args.gold):
        target = args.out / "gold" / label
        target.mkdir(parents=True, exist_ok=True)
        name = f"{label}__{doc_id}.txt"
        (args.out / "texts" / name).write_text(site_copy(text, name), encoding="utf-8")
        gold["file"] = name
        (target / path.name).write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        written += 1
    print(f"{written} site copies in {args.out / 'texts'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
