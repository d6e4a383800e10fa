"""Fuzz suite for hostile inputs (issue 11): corpora made on the fly from a seed.

Each corpus mixes bombs (zip, XML entities, deep XML), damaged and oversized
PDFs, truncated and bit-flipped copies of real samples, text in odd encodings,
odd file names, links in and out of the corpus, a pipe, hidden and project
files. One run of the command line over it must:

- lose nothing: every entry has exactly one row in documents.csv (hidden
  entries and the project's data excepted, as the README says), every table
  stays rectangular and every quote equals text[start:end];
- leak nothing: the file outside the corpus that a link points to is never
  read (its access time stays put, its contents appear in no output) and the
  run's temporary folder is empty afterwards;
- leave nothing running: no process of the run survives it;
- stay under 1 GB: the summed resident memory of the run's process tree,
  sampled every 20 ms, and the largest single process (ru_maxrss).

A second test interrupts runs with signals at random moments while OCR runs.
"""
from __future__ import annotations

import csv
import os
import random
import signal
import subprocess
import sys
import threading
import time
import unicodedata
from pathlib import Path

import pytest

from tests import hostile
from tests.conftest import CORPUS
from tests.test_hostile import (SECRET, cli_env, fake_tesseract, processes_tagged, rows, scan_pdf,
                                wait_gone)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs Linux /proc")

GB = 1024**3
PLAN = hostile.plan_text()
PAGE = os.sysconf("SC_PAGE_SIZE")


# --------------------------------------------------------------------------
# making a corpus
# --------------------------------------------------------------------------

def mutate(data: bytes, rng: random.Random) -> bytes:
    """Truncate, flip bytes in, or splice a real file."""
    how = rng.choice(["truncate", "flip", "splice"])
    if how == "truncate":
        return data[:rng.randrange(1, len(data))]
    b = bytearray(data)
    if how == "flip":
        for _ in range(rng.randrange(1, 40)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        return bytes(b)
    i = rng.randrange(len(b))
    return bytes(b[:i] + hostile.random_bytes(rng.randrange(1, 4096), rng.randrange(10**6)) + b[i:])


def contents(rng: random.Random) -> list[tuple[str, bytes]]:
    """(extension, bytes) of small hostile documents."""
    samples: dict[str, bytes] = {}     # the first sample of each format (the PDF has a text layer)
    for p in sorted(CORPUS.iterdir()):
        if p.suffix in (".docx", ".pdf", ".html") and p.is_file():
            samples.setdefault(p.suffix, p.read_bytes())
    out = [
        (".txt", PLAN.encode("utf-16")),
        (".txt", PLAN.encode("utf-16-le")),
        (".txt", PLAN.encode("cp1258", "replace")),
        (".txt", PLAN.encode()[:-30] + b"\xc3" + PLAN.encode()[-30:]),
        (".txt", b"\xef\xbb\xbf" + hostile.random_bytes(2000, rng.randrange(10**6))),
        (".md", ("=HYPERLINK(\"http://x\")\n@SUM(A1)\n+1\n-2\n" + PLAN).encode()),
        (".txt", b"\x00" * 5000),
        (".txt", b""),
        (".txt", hostile.pdf([b"<< /Type /Catalog >>"])),       # a PDF under a text name
        (".pdf", PLAN.encode()),                                # text under a PDF name
        (".doc", hostile.random_bytes(3000, rng.randrange(10**6))),
        (".doc", hostile.ole_header_then_noise(3000, rng.randrange(10**6))),
        (".docx", hostile.billion_laughs_docx()),
        (".docx", deep_xml_docx(rng.choice([300, 5000, 100_000]))),
        (".html", b"<html><body>" + b"<div>" * 50_000 + PLAN.encode() + b"</body></html>"),
        (".htm", b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                 b"<html><body><p>&b;&b;</p>" + PLAN.encode() + b"</body></html>"),
        (".pdf", hostile.deep_page_tree(rng.choice([300, 20_000]))),
        (".xyz", b"not a document"),
    ]
    for suffix, data in samples.items():
        out.append((suffix, mutate(data, rng)))
        out.append((suffix, mutate(data, rng)))
    return out


def deep_xml_docx(depth: int) -> bytes:
    """A .docx whose body nests ``depth`` elements."""
    import io
    import zipfile
    xml = (b'<?xml version="1.0"?><w:document xmlns:w="' + hostile.W_NS + b'"><w:body>'
           + b"<w:p>" * depth + b"<w:r><w:t>x</w:t></w:r>" + b"</w:p>" * depth + b"</w:body></w:document>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", hostile.CONTENT_TYPES)
        z.writestr("_rels/.rels", hostile.RELS)
        z.writestr("word/document.xml", xml)
    return buf.getvalue()


ODD_NAMES = [
    "Kế hoạch 303", unicodedata.normalize("NFD", "Kế hoạch 303"), "KẾ HOẠCH 303", "kế-hoạch-303",
    "-rf --help", "=cmd|' /C calc'!A0", "@SUM(1+1)", "a\tb", "a\rb", "a\nb", "a\x1bb", "‮txt.exe",
    "quote\"and'apostrophe", "space ", " lead", "đ" * 80, "x" * 200, "con", "nul", "a..b", "ủy ban",
]


def build(root: Path, seed: int, bombs: bool) -> tuple[Path, Path, set[str]]:
    """A corpus under ``root`` from ``seed``; (corpus, outside secret file,
    expected sources: every entry that must have a row)."""
    rng = random.Random(seed)
    corpus = root / "in"
    outside = root / "outside"
    hostile.tree({"secret.txt": hostile.plan_text(SECRET + "\n").encode()}, outside)
    secret = outside / "secret.txt"
    files: dict[str, bytes] = {}
    items = contents(rng)
    rng.shuffle(items)
    names = list(ODD_NAMES)
    rng.shuffle(names)
    for i, (suffix, data) in enumerate(items):
        folder = rng.choice(["", "", "sub/", "a/b/c/", "/".join(["d"] * 30) + "/"])
        stem = names[i % len(names)] if i < 2 * len(names) else f"doc{i}"
        name = stem + (suffix.upper() if rng.random() < 0.2 else suffix)
        if name.startswith(".") or (folder + name) in files:      # hidden names are ignored
            name = f"{i}-{name}"
        files[folder + name] = data
    files[(b"bad-\xff\xfe-name.txt").decode("utf-8", "surrogateescape")] = PLAN.encode()
    files["plan.txt"] = PLAN.encode()
    if bombs:
        files["bomb.docx"] = hostile.zip_bomb_docx()
        files["huge-image.pdf"] = hostile.huge_image_page()
        files["small-scan.pdf"] = scan_pdf()
    ignored = {".hidden.txt": PLAN.encode(), ".git/config": b"x", "catalogs/c.yaml": b"x: 1\n",
               "gold/g.json": b"{}", "reviews.csv": b"a,b\n"}
    hostile.tree({**files, **ignored}, corpus)
    links = {"link-out.txt": secret, "link-out-dir": outside, "link-in.txt": corpus / "plan.txt",
             "link-dangling.txt": root / "missing.txt", "sub/link-up.txt": corpus / "plan.txt",
             "link-loop-a.txt": corpus / "link-loop-b.txt", "link-loop-b.txt": corpus / "link-loop-a.txt"}
    for name, target in links.items():
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).symlink_to(target)
    os.mkfifo(corpus / "pipe.txt")
    expected = {str(corpus / n).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
                for n in list(files) + list(links) + ["pipe.txt"]}
    past = time.time() - 3 * 86400
    os.utime(secret, (past, past))          # a read would move the access time on
    return corpus, secret, expected


# --------------------------------------------------------------------------
# running it
# --------------------------------------------------------------------------

class TreeMemory(threading.Thread):
    """Samples the summed RSS of every live process carrying the run's marker."""

    def __init__(self, marker: str):
        super().__init__(daemon=True)
        self.marker, self.peak, self.stop = marker, 0, threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            total = 0
            for pid in processes_tagged(self.marker):
                try:
                    total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
                except (OSError, IndexError, ValueError):
                    pass
            self.peak = max(self.peak, total)
            self.stop.wait(0.02)


PROBE = ("import resource, subprocess, sys\n"
         "rc = subprocess.call(sys.argv[1:])\n"
         "print('PEAK', rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)\n")


def run_cli(args: list[str], env: dict) -> tuple[int, int, int, str]:
    """(exit code, peak summed RSS of the tree, largest process's RSS, stderr)."""
    sampler = TreeMemory(env["KEHOACH_TEST_RUN"])
    sampler.start()
    try:
        done = subprocess.run([sys.executable, "-c", PROBE, sys.executable, "-m", "pipeline.cli", *args],
                              env=env, capture_output=True, text=True, timeout=240)
    finally:
        sampler.stop.set()
        sampler.join()
    _, rc, maxrss = next(l for l in done.stdout.splitlines() if l.startswith("PEAK")).split()
    return int(rc), sampler.peak, int(maxrss), done.stderr


def check_tables(out: Path) -> None:
    """Every CSV is rectangular; every quote is its text slice and no list mark."""
    for table in out.glob("*.csv"):
        with table.open(encoding="utf-8-sig", newline="") as f:
            lines = list(csv.reader(f))
        assert len({len(r) for r in lines}) == 1, table.name
    texts: dict[str, str] = {}
    for table in ("agencies", "assignments", "targets", "quantities", "references"):
        for r in rows(out, table):
            if r["doc_id"] not in texts:
                texts[r["doc_id"]] = (out / "text" / f"{r['doc_id']}.txt").read_text(encoding="utf-8")
            quote = r.get("quote", r.get("task"))
            assert quote == texts[r["doc_id"]][int(r["start"]):int(r["end"])], (table, quote)


@pytest.mark.parametrize("seed, bombs", [(11, True), (12, False)])
def test_fuzzed_corpus_loses_leaks_and_leaves_nothing(tmp_path, seed, bombs):
    corpus, secret, expected = build(tmp_path, seed, bombs)
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    out = tmp_path / "out"
    env = cli_env(tmp)
    secret_atime = secret.stat().st_atime
    rc, tree_peak, process_peak, err = run_cli(
        ["extract", str(corpus), "--out", str(out), "--jobs", "2", "--timeout", "60"], env)

    # nothing lost
    assert rc == 1, err                                       # some inputs are errors
    docs = rows(out)
    assert sorted(r["source"] for r in docs) == sorted(expected)
    assert len({r["doc_id"].lower() for r in docs}) == len(docs)
    for r in docs:
        assert r["status"] in ("ok", "partial", "error", "skipped")
        if r["status"] in ("error", "skipped"):
            assert r["error"] and "\n" not in r["error"] and "internal error" not in r["error"], r
        else:
            assert (out / "text" / f"{r['doc_id']}.txt").is_file()
    by_source = {Path(r["source"]).name: r for r in docs}
    assert by_source["link-out.txt"]["status"] == by_source["link-out-dir"]["status"] == "skipped"
    assert by_source["pipe.txt"]["status"] == "skipped"
    if bombs:
        assert "unpacks to" in by_source["bomb.docx"]["error"]
        assert "image too large" in by_source["huge-image.pdf"]["error"]
    check_tables(out)

    # nothing leaked
    assert secret.stat().st_atime == secret_atime
    for p in out.rglob("*"):
        if p.is_file():
            assert SECRET.encode() not in p.read_bytes(), p
    assert list(tmp.iterdir()) == []

    # nothing left running, and within memory
    assert wait_gone(env["KEHOACH_TEST_RUN"], 5) == []
    assert tree_peak < GB, f"process tree peaked at {tree_peak / 2**20:.0f} MB"
    assert process_peak < GB, f"one process peaked at {process_peak / 2**20:.0f} MB"
    print(f"seed {seed}: {len(docs)} rows, tree peak {tree_peak / 2**20:.0f} MB, "
          f"largest process {process_peak / 2**20:.0f} MB")


@pytest.mark.parametrize("seed", [21, 22, 23])
def test_signals_at_random_moments_leave_nothing(tmp_path, seed):
    """Interrupt a run (TERM, INT or KILL, at a random moment while OCR hangs or
    documents are being read): no process survives, no temporary file stays,
    and every output file that exists is complete."""
    rng = random.Random(seed)
    fake = fake_tesseract(tmp_path / "bin", "exec sleep 300\n")
    corpus = tmp_path / "in"
    hostile.tree({f"scan{i}.pdf": scan_pdf() for i in range(2)} | {"plan.txt": PLAN.encode()}, corpus)
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = cli_env(tmp, fake)
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "extract", str(corpus), "--out", str(out),
                             "--jobs", "2", "--timeout", "30"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(rng.uniform(0.3, 3.0))
    sig = rng.choice([signal.SIGTERM, signal.SIGINT, signal.SIGKILL])
    proc.send_signal(sig)
    proc.wait(30)
    assert wait_gone(env["KEHOACH_TEST_RUN"]) == [], f"after {sig.name}"
    assert list(tmp.iterdir()) == [], f"after {sig.name}"
    for p in out.rglob("*.tmp") if out.exists() else []:
        pytest.fail(f"half-written file {p} after {sig.name}")
