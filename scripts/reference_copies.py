#!/usr/bin/env python3
"""Layout copies of annotated PDFs: the text their repository published beside them.

Usage: reference_copies.py --texts DIR --gold DIR [DIR ...] --out COPYDIR

``../shared/real/reference-text`` holds, for some PDFs, the text their publisher made
of them: page layout kept with runs of spaces, a two-column header on shared lines,
its own OCR errors. A user may bring that text instead of the PDF. This script copies
each such text whose PDF is annotated to ``COPYDIR/texts`` (``<name>-ref.txt``) and
writes the annotations, renamed to the copies, to ``COPYDIR/gold``. Extracting the
texts and scoring them against that gold says how the pipeline reads layout text.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=Path, required=True)
    ap.add_argument("--gold", type=Path, nargs="+", required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    stems = {p.stem: p for p in sorted(args.texts.glob("*.txt"))}
    (args.out / "texts").mkdir(parents=True, exist_ok=True)
    (args.out / "gold").mkdir(parents=True, exist_ok=True)
    written = 0
    for folder in args.gold:
        for path in sorted(folder.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            text = stems.get(Path(gold.get("file", "")).stem)
            if text is None or not gold["file"].lower().endswith(".pdf"):
                continue
            copy = f"{text.stem}-ref.txt"
            shutil.copyfile(text, args.out / "texts" / copy)
            gold["file"] = copy
            (args.out / "gold" / f"{text.stem}-ref.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
            written += 1
    print(f"{written} layout copies in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
