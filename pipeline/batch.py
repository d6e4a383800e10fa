"""Run the pipeline over a folder: discover, read and extract in parallel, cache, account.

Steps of ``run``:
 1. discover every file under the corpus folder and give each a stable doc_id;
 2. for each file, reuse the cached result when its content hash and the
    pipeline's fingerprint are unchanged, otherwise process it in a worker
    process under a time limit (a hung or crashing reader kills only its worker);
 3. return one Outcome per input file — ok, partial or error, never missing.
Writing the outputs is ``pipeline.publishing.output``'s job; printing is the CLI's.
"""
from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
import pickle
import shutil
import signal
import subprocess
import time
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from multiprocessing.connection import wait
from pathlib import Path
from typing import Callable

import regex as re

from pipeline import __version__
from pipeline.models import Document, Extraction

PACKAGE = Path(__file__).resolve().parent

# Folders and files at the top of a corpus that hold project data rather than
# documents: indicator catalogs, gold annotations, reviewers' decisions.
NOT_DOCUMENTS = {"catalogs", "gold", "reviews.csv"}

# Default wall-clock limit for one document. The 80-page scan in ../shared/real
# needs a few minutes of OCR on two cores; a document needing more than this is
# reported as an error rather than holding up the batch.
DEFAULT_TIMEOUT = 900

# Modules whose code decides what ingestion produces: a change to any of them
# (or to the OCR engine) invalidates cached readings; any other change only
# invalidates the cheaper extraction results.
INGEST_MODULES = ("reading", "models.py")


@dataclass
class Job:
    path: Path
    doc_id: str
    source: str


@dataclass
class Outcome:
    doc_id: str
    source: str
    sha256: str = ""
    format: str = ""
    status: str = "error"          # ok | partial | error
    error: str = ""
    document: Document | None = None
    extraction: Extraction | None = None
    cached: bool = False
    seconds: float = 0.0


# --------------------------------------------------------------------------
# 1. Discovery and doc ids
# --------------------------------------------------------------------------

def discover(root: Path) -> list[Path]:
    """Every file under ``root`` that is meant as a document, in a stable order."""
    if root.is_file():
        return [root]
    found = []
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).parts
        if any(part.startswith(".") for part in rel) or rel[0] in NOT_DOCUMENTS:
            continue
        if p.is_file():
            found.append(p)
    return found


def slug(name: str) -> str:
    """ASCII file-name-safe form of a name: 'Kế hoạch 303.docx' -> 'ke-hoach-303-docx'."""
    s = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^A-Za-z0-9._-]+", "-", s).strip("-._")
    return s or "document"


def assign_ids(paths: list[Path], root: Path) -> list[Job]:
    """doc_id from the file name; the extension, then the folder, is added only to tell clashes apart."""
    base = root if root.is_dir() else root.parent
    def ident(p: Path, depth: int) -> str:
        rel = p.relative_to(base)
        if depth == 0:
            return slug(p.stem)
        if depth == 1:
            return slug(f"{p.stem}-{p.suffix.lstrip('.')}")
        return slug("-".join(rel.parts[:-1]) + f"-{p.stem}-{p.suffix.lstrip('.')}")
    depth = {p: 0 for p in paths}
    while True:
        ids: dict[str, list[Path]] = {}
        for p in paths:
            ids.setdefault(ident(p, depth[p]), []).append(p)
        clashes = [ps for ps in ids.values() if len(ps) > 1]
        if not clashes or all(depth[p] >= 2 for ps in clashes for p in ps):
            break
        for ps in clashes:
            for p in ps:
                depth[p] = min(depth[p] + 1, 2)
    return [Job(path=p, doc_id=ident(p, depth[p]), source=str(p)) for p in paths]


# --------------------------------------------------------------------------
# 2. Cache keys
# --------------------------------------------------------------------------

def _hash_files(paths) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(str(p.relative_to(PACKAGE)).encode())
        h.update(p.read_bytes())
    return h.hexdigest()


@lru_cache(maxsize=1)
def ocr_engine() -> str:
    """Version of the OCR engine and its languages; part of the reading fingerprint."""
    if not shutil.which("tesseract"):
        return "no-tesseract"
    try:
        v = subprocess.run(["tesseract", "--version"], capture_output=True, text=True, timeout=20)
        langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=20)
        return (v.stdout + v.stderr).splitlines()[0] + " " + " ".join(sorted(langs.stdout.split()[4:]))
    except (OSError, subprocess.SubprocessError, IndexError):
        return "tesseract-unusable"


@lru_cache(maxsize=1)
def fingerprints() -> tuple[str, str]:
    """(reading, extraction) fingerprints: the package version plus a hash of the code and data."""
    code = [p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    ingest = [p for p in code if p.relative_to(PACKAGE).parts[0] in INGEST_MODULES]
    tools = f"{ocr_engine()}|{bool(shutil.which('catdoc'))}|{bool(shutil.which('antiword'))}"
    reading = hashlib.sha256(f"{__version__}|{tools}|{_hash_files(ingest)}".encode()).hexdigest()[:16]
    extraction = hashlib.sha256(f"{reading}|{_hash_files(code)}".encode()).hexdigest()[:16]
    return reading, extraction


class Cache:
    """Pickled results under ``root``, keyed by content hash and pipeline fingerprint.

    The fingerprints are taken once, in the process that starts the run, and
    travel with the cache to the workers: every worker then agrees on them even
    if the code on disk changes during a run.
    """

    def __init__(self, root: Path | None, prints: tuple[str, str] | None = None):
        self.root = root
        self.prints = prints or fingerprints()

    def _path(self, kind: str, key: str) -> Path | None:
        if self.root is None:
            return None
        reading, extraction = self.prints
        fp = reading if kind == "read" else extraction
        return self.root / f"{kind}-{fp}" / f"{key}.pkl"

    def get(self, kind: str, key: str):
        p = self._path(kind, key)
        if p is None or not p.exists():
            return None
        try:
            return pickle.loads(p.read_bytes())
        except Exception:          # a damaged cache entry is simply recomputed
            return None

    def put(self, kind: str, key: str, value) -> None:
        p = self._path(kind, key)
        if p is None:
            return
        from pipeline.publishing.writers import write_bytes
        write_bytes(p, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def prune(self) -> None:
        """Drop entries made by other versions of the pipeline."""
        if self.root is None or not self.root.is_dir():
            return
        keep = {f"read-{self.prints[0]}", f"extract-{self.prints[1]}"}
        for d in self.root.iterdir():
            if d.is_dir() and d.name.split("-")[0] in ("read", "extract") and d.name not in keep:
                shutil.rmtree(d, ignore_errors=True)


# --------------------------------------------------------------------------
# 3. Processing one document (inside a worker)
# --------------------------------------------------------------------------

def process(job: Job, cache: Cache) -> Outcome:
    from pipeline.extraction.extract import extract
    from pipeline.reading.ingest import IngestError, read_document, sha256_of
    from pipeline.reading import ReadError

    t0 = time.monotonic()
    out = Outcome(doc_id=job.doc_id, source=job.source,
                  format=job.path.suffix.lstrip(".").lower())
    try:
        out.sha256 = sha256_of(job.path)
    except OSError as e:
        out.error = f"cannot open file: {e.strerror or e}"
        return out
    key = f"{out.sha256}-{slug(job.doc_id)}-{hashlib.sha1(job.source.encode()).hexdigest()[:8]}"
    hit = cache.get("extract", key)
    if hit is not None:
        doc, extraction = hit
        return _finish(out, doc, extraction, cached=True, t0=t0)
    doc = cache.get("read", out.sha256)
    if doc is None:
        try:
            doc = read_document(job.path, job.doc_id, job.source, sha256=out.sha256)
        except (IngestError, ReadError) as e:
            out.error = str(e)
            out.seconds = time.monotonic() - t0
            return out
        cache.put("read", out.sha256, doc)
    doc.doc_id, doc.source = job.doc_id, job.source
    extraction = extract(doc)
    cache.put("extract", key, (doc, extraction))
    return _finish(out, doc, extraction, cached=False, t0=t0)


def _finish(out: Outcome, doc: Document, extraction: Extraction, cached: bool, t0: float) -> Outcome:
    out.document, out.extraction, out.cached = doc, extraction, cached
    out.format, out.status, out.error = doc.format, doc.status, doc.error
    out.seconds = time.monotonic() - t0
    return out


def _worker(conn, cache: Cache) -> None:
    """Worker loop: own process group (so OCR children die with it), one job at a time."""
    os.setpgrp()
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # the parent decides when to stop
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        try:
            result = process(job, cache)
        except Exception as e:     # a bug or an unexpected library error: report, don't die
            result = Outcome(doc_id=job.doc_id, source=job.source,
                             error=f"internal error while processing: {type(e).__name__}: {e}")
        conn.send(result)


class _Slot:
    """One worker process and the job it is running."""

    def __init__(self, ctx, cache: Cache):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child, cache), daemon=True)
        self.proc.start()
        child.close()
        self.job: Job | None = None
        self.deadline = 0.0
        self.started = 0.0

    def give(self, job: Job, timeout: float) -> None:
        self.job, self.started = job, time.monotonic()
        self.deadline = self.started + timeout
        self.conn.send(job)

    def kill(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        self.proc.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (BrokenPipeError, OSError):
            pass
        self.proc.join(5)
        if self.proc.is_alive():
            self.kill()


def run(root: Path, jobs: int = 1, timeout: float = DEFAULT_TIMEOUT, cache_dir: Path | None = None,
        on_done: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """Process every document under ``root``; one Outcome per file, sorted by doc_id."""
    todo = assign_ids(discover(root), root)
    cache = Cache(cache_dir)
    cache.prune()
    ctx = mp.get_context("spawn")
    outcomes: list[Outcome] = []
    queue = list(todo)
    slots = [_Slot(ctx, cache) for _ in range(max(1, min(jobs, len(todo))))] if todo else []

    def done(o: Outcome) -> None:
        outcomes.append(o)
        if on_done:
            on_done(o)

    try:
        while queue or any(s.job for s in slots):
            for s in slots:
                if s.job is None and queue:
                    s.give(queue.pop(0), timeout)
            busy = [s for s in slots if s.job]
            next_deadline = min(s.deadline for s in busy)
            ready = wait([s.conn for s in busy], timeout=max(0.05, next_deadline - time.monotonic()))
            for i, s in enumerate(slots):
                if s.job is None:
                    continue
                if s.conn in ready:
                    try:
                        done(s.conn.recv())
                        s.job = None
                        continue
                    except EOFError:
                        reason = f"the reader crashed (worker exit code {s.proc.exitcode})"
                elif time.monotonic() >= s.deadline:
                    reason = f"took longer than the time limit of {timeout:g} s"
                else:
                    continue
                done(Outcome(doc_id=s.job.doc_id, source=s.job.source, error=reason,
                             format=s.job.path.suffix.lstrip(".").lower(),
                             seconds=time.monotonic() - s.started))
                s.kill()
                slots[i] = _Slot(ctx, cache)
    finally:
        for s in slots:
            if s.job:
                s.kill()
            else:
                s.stop()
    return sorted(outcomes, key=lambda o: o.doc_id)
