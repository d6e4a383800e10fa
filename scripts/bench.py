#!/usr/bin/env python3
"""Benchmark: speed and memory of reading, and the cost of an unchanged re-run.

Each file is read in a fresh child process so its wall time and peak memory
(max RSS of the child and the OCR processes it waited for) are its own. Then
the whole pipeline runs twice on each folder: cold (empty cache) and again
with nothing changed. Two more lines:

- extraction speed: the crawled texts of ../shared/web-crawl are read once,
  then ``extract`` alone is timed on them in this process (CPU time, so the
  figure is per core), in MB of UTF-8 text per second;
- end to end against a reader: one cold ``kehoach extract --jobs 1`` on the
  Word files and text-layer PDFs of ../shared/real, against a child that only
  reads the same files with pdfplumber (``extract_text`` of every page) and
  python-docx (paragraphs and table cells). Both sides are whole processes,
  interpreter start and imports included. PDFs whose layer is unusable (OCR'd
  by kehoach) are left out of both sides: the baseline would read garbage.
  The e-signed PDF stays in: kehoach OCRs the signature stamps of its first
  page (its number and date exist nowhere else), which is part of reading it.

Prints one table; nothing here is asserted — numbers are for people to
compare between versions.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

# The child times the reading itself, so interpreter start-up and imports
# (about half a second) do not swamp the figures of small files.
READ_ONE = """
import json, sys, time
from pathlib import Path
from pipeline.reading.ingest import read_document
import docx, pypdfium2, trafilatura  # library imports stay outside the timing
t0 = time.perf_counter()
d = read_document(Path(sys.argv[1]), "bench", sys.argv[1])
print(json.dumps({"pages": len(d.pages), "ocr_pages": len(d.ocr_pages), "status": d.status,
                  "read_seconds": time.perf_counter() - t0}))
"""


def measure(cmd: list[str]) -> tuple[float, float, str]:
    """(seconds, peak MB, stdout) of one child process."""
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
    out = proc.stdout.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return time.monotonic() - t0, usage.ru_maxrss / 1024, out


def kind_of(path: Path, info: dict) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        return "pdf (OCR)" if info.get("ocr_pages") else "pdf (text layer)"
    return {".docx": "docx", ".doc": "doc", ".html": "html", ".htm": "html",
            ".md": "md", ".txt": "txt", ".rtf": "rtf"}.get(ext, ext)


def read_files(folder: Path) -> list[dict]:
    rows = []
    for p in sorted(folder.iterdir()):
        if not p.is_file() or p.name == "README.md":
            continue
        secs, mb, out = measure([PY, "-c", READ_ONE, str(p)])
        try:
            info = json.loads(out.strip().splitlines()[-1])
        except (ValueError, IndexError):
            info = {"pages": 0, "ocr_pages": 0, "status": "error"}
        info.setdefault("read_seconds", secs)
        rows.append({"file": p.name, "kind": kind_of(p, info), "seconds": info["read_seconds"],
                     "mb": mb, **info})
    return rows


def summarise(rows: list[dict]) -> list[tuple[str, str, str]]:
    by_kind: dict[str, list[dict]] = {}
    for r in rows:
        by_kind.setdefault(r["kind"], []).append(r)
    lines = []
    for kind, rs in sorted(by_kind.items()):
        secs = sum(r["seconds"] for r in rs)
        pages = sum(r["pages"] for r in rs)
        ocr = sum(r["ocr_pages"] for r in rs)
        peak = max(r["mb"] for r in rs)
        if kind == "pdf (OCR)":
            speed = f"{secs / max(ocr, 1):.2f} s per OCR page ({ocr} pages)"
        elif kind.startswith("pdf"):
            speed = f"{pages / secs:.1f} pages/s ({pages} pages)"
        else:
            speed = f"{len(rs) / secs:.2f} docs/s ({len(rs)} files)"
        lines.append((kind, speed, f"{peak:.0f} MB"))
    return lines


def pipeline_runs(folder: Path, jobs: int) -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [str(ROOT / ".venv/bin/kehoach"), "extract", str(folder), "--out", f"{tmp}/out",
               "--cache", f"{tmp}/cache", "--jobs", str(jobs), "--timeout", "3600"]
        cold, peak, _ = measure(cmd)
        warm, _, _ = measure(cmd)
    return cold, warm, peak


# Reads the files given with only pdfplumber and python-docx: the baseline.
BASELINE = """
import sys
import docx, pdfplumber
n = 0
for f in sys.argv[1:]:
    if f.endswith(".pdf"):
        with pdfplumber.open(f) as pdf:
            n += sum(len(page.extract_text() or "") for page in pdf.pages)
    else:
        d = docx.Document(f)
        n += sum(len(p.text) for p in d.paragraphs)
        n += sum(len(c.text) for t in d.tables for row in t.rows for c in row.cells)
print(n)
"""

# Extraction alone on already-read documents, in CPU seconds of this one process.
EXTRACT_ONLY = """
import json, sys, time
from pathlib import Path
from pipeline.reading.ingest import read_document
from pipeline.extraction.extract import extract
docs = [read_document(p, p.stem, p.name) for p in sorted(Path(sys.argv[1]).iterdir()) if p.is_file()]
size = sum(len(d.text.encode()) for d in docs)
t0 = time.process_time()
for d in docs:
    extract(d)
print(json.dumps({"docs": len(docs), "mb": size / 1e6, "cpu": time.process_time() - t0}))
"""


def extraction_speed(texts: Path) -> tuple[str, str, str, str]:
    _, peak, out = measure([PY, "-c", EXTRACT_ONLY, str(texts)])
    r = json.loads(out.strip().splitlines()[-1])
    return ("shared/web-crawl", "extraction only (reading excluded), 1 process",
            f"{r['mb'] / r['cpu']:.2f} MB/s per core ({r['docs']} texts, {r['mb']:.1f} MB)", f"{peak:.0f} MB")


def text_layer_files(real: Path) -> tuple[list[Path], list[str]]:
    """The .docx files and the PDFs kehoach reads from their text layer (no page OCR'd)."""
    keep, skipped = [], []
    for p in sorted(real.iterdir()):
        if p.suffix.lower() == ".docx":
            keep.append(p)
        elif p.suffix.lower() == ".pdf":
            import pypdfium2 as pdfium
            pdf = pdfium.PdfDocument(str(p))
            try:
                usable = all(ocr_layer_ok(pdf, i) for i in range(len(pdf)))
            finally:
                pdf.close()
            (keep if usable else skipped).append(p if usable else p.name)
    return keep, skipped


def ocr_layer_ok(pdf, index: int) -> bool:
    from pipeline.reading import ocr
    from pipeline.reading.pdf import _page_text
    return ocr.layer_usable(_page_text(pdf, index)[0])[0]


def end_to_end(real: Path) -> list[tuple[str, str, str, str]]:
    files, skipped = text_layer_files(real)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for f in files:          # copies: links leading out of the corpus are not followed
            shutil.copy2(f, folder / f.name)
        base, base_peak, _ = measure([PY, "-c", BASELINE, *map(str, files)])
        ours, our_peak, _ = measure([str(ROOT / ".venv/bin/kehoach"), "extract", str(folder), "--out",
                                     f"{tmp}/out", "--no-cache", "--jobs", "1"])
        records = len(list(Path(tmp, "out").glob("*.json")))
    if records < len(files):     # a run that skipped files would look fast
        ours = float("nan")
    n_pdf = sum(f.suffix.lower() == ".pdf" for f in files)
    what = f"{len(files) - n_pdf} docx + {n_pdf} text-layer pdf"
    return [("shared/real", f"end to end, {what}: kehoach extract --jobs 1", f"{ours:.1f} s", f"{our_peak:.0f} MB"),
            ("shared/real", "  same files read by pdfplumber + python-docx", f"{base:.1f} s", f"{base_peak:.0f} MB"),
            ("shared/real", "  kehoach speed-up over merely reading", f"{base / ours:.2f}x", ""),
            ("shared/real", "  left out of both sides (layer unusable, OCR'd)", ", ".join(skipped) or "none", ""),
            ("shared/real", "  kept in: e-signed PDFs, their stamps OCR'd by kehoach", "", "")]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    a = ap.parse_args()
    folders = [("corpus", ROOT / "corpus")]
    real = Path(a.shared) / "real"
    if real.is_dir():
        folders.append(("shared/real", real))
    else:
        print(f"(no {real}: benchmarking corpus/ only)")
    table = []
    for name, folder in folders:
        rows = read_files(folder)
        for kind, speed, peak in summarise(rows):
            table.append((name, f"read {kind}", speed, peak))
        big = max(rows, key=lambda r: r["ocr_pages"], default=None)
        if big and big["ocr_pages"]:
            table.append((name, f"largest scan {big['file']}",
                          f"{big['seconds']:.0f} s for {big['ocr_pages']} OCR pages", f"{big['mb']:.0f} MB"))
        cold, warm, peak = pipeline_runs(folder, a.jobs)
        table.append((name, f"full run, cold (--jobs {a.jobs})", f"{cold:.1f} s", f"{peak:.0f} MB"))
        table.append((name, "full run, nothing changed", f"{warm:.1f} s", ""))
    crawl = Path(a.shared) / "web-crawl" / "texts"
    if crawl.is_dir():
        table.append(extraction_speed(crawl))
    else:
        print(f"(no {crawl}: no extraction speed)")
    if real.is_dir():
        table.extend(end_to_end(real))
    widths = [max(len(r[i]) for r in table + [("folder", "measure", "speed", "peak memory")]) for i in range(4)]
    head = ("folder", "measure", "speed", "peak memory")
    print(" | ".join(h.ljust(w) for h, w in zip(head, widths)))
    print("-|-".join("-" * w for w in widths))
    for r in table:
        print(" | ".join(c.ljust(w) for c, w in zip(r, widths)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
