#!/usr/bin/env python3
"""Benchmark: speed and memory of reading, and the cost of an unchanged re-run.

Each file is read in a fresh child process so its wall time and peak memory
(max RSS of the child and the OCR processes it waited for) are its own. Then
the whole pipeline runs twice on each folder: cold (empty cache) and again
with nothing changed. Prints one table; nothing here is asserted — numbers
are for people to compare between versions.
"""
from __future__ import annotations

import argparse
import json
import os
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
            ".md": "md", ".txt": "txt"}.get(ext, ext)


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
    widths = [max(len(r[i]) for r in table + [("folder", "measure", "speed", "peak memory")]) for i in range(4)]
    head = ("folder", "measure", "speed", "peak memory")
    print(" | ".join(h.ljust(w) for h, w in zip(head, widths)))
    print("-|-".join("-" * w for w in widths))
    for r in table:
        print(" | ".join(c.ljust(w) for c, w in zip(r, widths)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
