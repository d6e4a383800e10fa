#!/usr/bin/env python3
"""Count the syllable pairs of clean, digitally born texts for mending OCR'd marks.

Usage: build_syllable_pairs.py DIR [DIR ...] [--out pipeline/data/syllable_pairs.tsv.gz]

Reads every .txt and .md file in the given folders, not their subfolders (the shipped
table was built from ../shared/web-crawl/texts, ../shared/seeds, ../shared/real and
corpus/: digitally born texts, no OCR), puts each text in NFC with one tone placement, lower-cases it, and
counts each pair of syllables that stand side by side (only spaces between them).
Pairs seen at least MIN_COUNT times are written, one per line, "first second<TAB>count",
sorted, gzip'd with no timestamp, so the same texts give the same bytes.

The table holds counts only, no sentences. ``pipeline/extraction/mend.py`` reads it.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.extraction.mend import adjacent_pairs          # noqa: E402
from pipeline.reading.normalize import normalize_tone_placement  # noqa: E402

MIN_COUNT = 2


def count_pairs(folders: list[Path]) -> collections.Counter:
    counts: collections.Counter = collections.Counter()
    for folder in folders:
        for path in sorted(p for p in folder.glob("*") if p.suffix in (".txt", ".md")):
            text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8", errors="replace"))
            counts.update(adjacent_pairs(normalize_tone_placement(text).lower()))
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, default=Path("pipeline/data/syllable_pairs.tsv.gz"))
    args = ap.parse_args()
    counts = count_pairs(args.folders)
    lines = sorted(f"{a} {b}\t{n}\n" for (a, b), n in counts.items() if n >= MIN_COUNT)
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write("".join(lines).encode("utf-8"))
    print(f"{len(lines)} pairs from {sum(counts.values())} -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
