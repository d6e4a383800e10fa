"""Run the pipeline over a folder: discover, read and extract in parallel, cache, account.

Steps of ``run``:
 1. discover every file under the corpus folder and give each a stable doc_id;
 2. for each file, reuse the cached result when its content hash and the
    pipeline's fingerprint are unchanged, otherwise process it in a worker
    process under a time limit (a hung or crashing reader kills only its worker);
 3. return one Outcome per input file — ok, partial, error or skipped (an entry
    not read at all: a link leaving the corpus, a pipe), never missing.
Writing the outputs is ``pipeline.publishing.output``'s job; printing is the CLI's.
"""
from __future__ import annotations

import errno
import hashlib
import multiprocessing as mp
import os
import pickle
import shutil
import resource
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass
from functools import lru_cache
from multiprocessing.connection import wait
from pathlib import Path
from typing import Callable

import regex as re

from pipeline import __version__
from pipeline.models import Document, Extraction
from pipeline.reading.base import one_line
from pipeline.text import strip_marks

PACKAGE = Path(__file__).resolve().parent

# Entries at the top of a corpus that hold project data rather than documents:
# indicator catalogs, hand annotations, a reviewer's decisions. They are not
# inputs and get no row.
PROJECT_DATA = {"catalogs", "gold", "reviews.csv"}

# doc_ids (and so output and cache file names) are cut to this length, with a
# hash of the path added where cut: file systems refuse names over 255 bytes,
# and the cache and temporary names add some 90 characters to a doc_id.
MAX_ID_CHARS = 96
ID_HASH_CHARS = 8
# What a doc_id may not hold: runs of anything else become one '-'.
NOT_NAME_SAFE = re.compile(r"[^A-Za-z0-9._-]+")

# Default wall-clock limit for one document. The 80-page scan in ../shared/real
# needs a few minutes of OCR on two cores; a document needing more than this is
# reported as an error rather than holding up the batch.
DEFAULT_TIMEOUT = 900

# Memory (heap) each worker and its children may use: the biggest real plans
# need under 400 MB; past this a document is refused, not the machine exhausted.
WORKER_MEMORY_BYTES = 1024 * 2**20
# How often a worker checks that the run's process is still there.
PARENT_POLL_SECONDS = 1.0

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
    status: str = "error"          # ok | partial | error | skipped
    error: str = ""
    document: Document | None = None
    extraction: Extraction | None = None
    cached: bool = False
    seconds: float = 0.0


# --------------------------------------------------------------------------
# 1. Discovery and doc ids
# --------------------------------------------------------------------------

def discover(root: Path) -> list[Path]:
    """Every entry under ``root`` the run accounts for, in a stable order.

    Hidden entries (a name starting with '.') and the project's own data
    (``PROJECT_DATA``) are left out; everything else is listed, including
    links, pipes and other entries that ``skip_reason`` will refuse, so each
    gets a row. Links to folders are listed but never walked into.
    """
    if not root.is_dir():
        return [root]
    found: list[Path] = []
    folders = [root]
    while folders:                 # a loop, not recursion: folders may nest deeply
        here = folders.pop()
        try:
            entries = list(os.scandir(here))
        except OSError:
            found.append(here)     # skip_reason says why it cannot be listed
            continue
        for entry in entries:
            if entry.name.startswith(".") or (here == root and entry.name in PROJECT_DATA):
                continue
            if entry.is_dir(follow_symlinks=False):
                folders.append(here / entry.name)
            else:
                found.append(here / entry.name)
    return sorted(found)


def skip_reason(path: Path, root: Path) -> str:
    """Why ``path`` is not read at all ('' when it is a file to read).

    A link is followed only when its target is a file inside the corpus
    folder, so a link can never bring outside files into the outputs (a link
    named on the command line as the one file to read is the user's choice).
    """
    base = (root if root.is_dir() else root.parent).resolve()
    if path.is_symlink() and path != root:
        try:
            target = path.resolve(strict=True)
        except RuntimeError:               # Python before 3.13 on a loop of links
            return "broken link: the links loop"
        except OSError as e:
            return ("broken link: the links loop" if e.errno == errno.ELOOP
                    else "broken link: its target does not exist")
        if not target.is_relative_to(base):
            return "link leading outside the corpus folder: not followed"
        if target.is_dir():
            return "link to a folder: not followed (its files are read where they are)"
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            os.scandir(path).close()
    except OSError as e:
        return f"cannot open: {e.strerror or e}"
    if stat.S_ISREG(mode):
        return ""
    kind = ("a named pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a folder"
            if stat.S_ISDIR(mode) else "not a regular file")
    return f"not a document file: {kind}"


def slug(name: str) -> str:
    """ASCII file-name-safe form of a name: 'Kế hoạch 303.docx' -> 'ke-hoach-303-docx'."""
    s = NOT_NAME_SAFE.sub("-", strip_marks(name)).strip("-._")
    return s or "document"


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogateescape")).hexdigest()[:ID_HASH_CHARS]


def _hashed(ident: str, rel: str) -> str:
    """``ident`` ended by a short hash of the path ``rel``, within MAX_ID_CHARS."""
    return ident[:MAX_ID_CHARS - ID_HASH_CHARS - 1].rstrip("-._") + "-" + _short_hash(rel)


def _bounded(ident: str, rel: str) -> str:
    """``ident`` cut to MAX_ID_CHARS, with a hash of the path where it was cut."""
    return ident if len(ident) <= MAX_ID_CHARS else _hashed(ident, rel)


def assign_ids(paths: list[Path], root: Path) -> list[Job]:
    """doc_id from the file name; the extension, then the folder, is added only
    to tell clashes apart, and a short hash of the path where names still clash
    ('a b.txt' and 'a-b.txt'). Ids that differ only in case count as clashing
    (they would share files on a case-insensitive disk). The ids depend only on
    the set of paths, so they are the same on every run over the same corpus."""
    base = root if root.is_dir() else root.parent
    def rel(p: Path) -> str:
        return p.relative_to(base).as_posix()
    def ident(p: Path, depth: int) -> str:
        r = p.relative_to(base)
        if depth == 0:
            s = slug(p.stem)
        elif depth == 1:
            s = slug(f"{p.stem}-{p.suffix.lstrip('.')}")
        else:
            s = slug("-".join(r.parts[:-1]) + f"-{p.stem}-{p.suffix.lstrip('.')}")
        return _hashed(s, rel(p)) if depth == 3 else _bounded(s, rel(p))
    depth = {p: 0 for p in paths}
    while True:
        ids: dict[str, list[Path]] = {}
        for p in paths:
            ids.setdefault(ident(p, depth[p]).lower(), []).append(p)
        clashes = [ps for ps in ids.values() if len(ps) > 1]
        if not clashes or all(depth[p] >= 3 for ps in clashes for p in ps):
            break
        for ps in clashes:
            for p in ps:
                depth[p] = min(depth[p] + 1, 3)
    return [Job(path=p, doc_id=ident(p, depth[p]), source=shown_path(p)) for p in paths]


def shown_path(p: Path) -> str:
    """``p`` as text for tables and messages: bytes of a file name that are not
    UTF-8 (Python keeps them as lone surrogates, which no UTF-8 file can hold)
    become U+FFFD."""
    return str(p).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


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


def cache_problem(root: Path) -> str:
    """Why ``root`` cannot serve as a cache folder ('' when it can): the CLI
    then warns and reads every document without caching."""
    try:
        root.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=root, prefix=".probe-"):
            pass
    except OSError as e:
        return e.strerror or str(e)
    return ""


class Cache:
    """Pickled results under ``root``, keyed by content hash and pipeline fingerprint.

    The fingerprints are taken once, in the process that starts the run, and
    travel with the cache to the workers: every worker then agrees on them even
    if the code on disk changes during a run.
    """

    def __init__(self, root: Path | None, prints: tuple[str, str] | None = None):
        self.root = root
        # without a folder nothing is looked up: no need to hash the code and
        # ask Tesseract its version (some 50 ms)
        self.prints = prints or (fingerprints() if root is not None else ("", ""))

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
        """Store ``value``; a cache that cannot be written (disk full, gone
        read-only mid-run) only costs the time of reading again next run."""
        p = self._path(kind, key)
        if p is None:
            return
        from pipeline.publishing.writers import write_bytes
        try:
            write_bytes(p, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:
            pass

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
    from pipeline.reading import ReadError, how_read

    t0 = time.monotonic()
    out = Outcome(doc_id=job.doc_id, source=job.source,
                  format=job.path.suffix.lstrip(".").lower())
    try:
        out.sha256 = sha256_of(job.path)
        how = how_read(job.path)
    except OSError as e:
        out.error = f"cannot open file: {e.strerror or e}"
        return out
    except ReadError as e:
        out.error = str(e)
        return out
    # Readings are shared by files with the same bytes read the same way (the
    # same bytes as .txt and .md are read differently); extractions belong to
    # one file of the corpus.
    read_key = f"{out.sha256}-{how}"
    key = f"{read_key}-{_short_hash(job.doc_id + chr(0) + job.source)}"
    hit = cache.get("extract", key)
    if hit is not None:
        doc, extraction = hit
        return _finish(out, doc, extraction, cached=True, t0=t0)
    doc = cache.get("read", read_key)
    if doc is None:
        try:
            doc = read_document(job.path, job.doc_id, job.source, sha256=out.sha256)
        except (IngestError, ReadError) as e:
            out.error = str(e)
            out.seconds = time.monotonic() - t0
            return out
        except MemoryError:
            out.error = _memory_reason()
            out.seconds = time.monotonic() - t0
            return out
        cache.put("read", read_key, doc)
    doc.doc_id, doc.source = job.doc_id, job.source
    extraction = extract(doc)
    cache.put("extract", key, (doc, extraction))
    return _finish(out, doc, extraction, cached=False, t0=t0)


def _finish(out: Outcome, doc: Document, extraction: Extraction, cached: bool, t0: float) -> Outcome:
    out.document, out.extraction, out.cached = doc, extraction, cached
    out.format, out.status, out.error = doc.format, doc.status, doc.error
    out.seconds = time.monotonic() - t0
    return out


def _limit_memory() -> None:
    """Cap this worker's heap (and its children's) at WORKER_MEMORY_BYTES.

    RLIMIT_DATA counts the memory a process writes to (heap, anonymous maps),
    not address space it merely reserves, which pdfium reserves by the
    gigabyte; past the limit an allocation fails (MemoryError in Python) and
    the document is reported, instead of the machine running out of memory.
    """
    try:
        _, hard = resource.getrlimit(resource.RLIMIT_DATA)
        limit = WORKER_MEMORY_BYTES if hard == resource.RLIM_INFINITY else min(hard, WORKER_MEMORY_BYTES)
        resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
    except (ValueError, OSError):
        pass


#: This worker's temporary folder, once it has one (never the system's own).
_worker_tmp: str | None = None


def _end_worker(*_args) -> None:
    """Remove this worker's temporary files, then kill its process group (its
    OCR and converter children, and itself)."""
    if _worker_tmp:
        shutil.rmtree(_worker_tmp, ignore_errors=True)
    os.killpg(0, signal.SIGKILL)


def _watch_parent(parent: int) -> None:
    """Backstop for the parent-death signal (and for systems without one)."""
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    _end_worker()


def _worker(conn, cache: Cache, parent: int, tmp: str) -> None:
    """Worker loop, one job at a time. The worker leads its own process group
    (so OCR children die with it), dies with the run's process, keeps its
    temporary files in ``tmp`` (removed by whoever ends it) and has a memory cap."""
    global _worker_tmp
    from pipeline.reading.base import die_with_parent
    os.setpgrp()
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # the parent decides when to stop
    signal.signal(signal.SIGTERM, _end_worker)
    _worker_tmp = tmp                  # before it exists: a signal from here on removes it
    if not die_with_parent(parent, signal.SIGTERM):
        _end_worker()
    os.makedirs(tmp, exist_ok=True)
    tempfile.tempdir = os.environ["TMPDIR"] = tmp   # ours and our children's
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    _limit_memory()
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        try:
            result = process(job, cache)
        except MemoryError:
            result = Outcome(doc_id=job.doc_id, source=job.source, error=_memory_reason())
        except Exception as e:     # a bug or an unexpected library error: report, don't die
            result = Outcome(doc_id=job.doc_id, source=job.source,
                             error=f"internal error while processing: {type(e).__name__}: {one_line(str(e))}")
        conn.send(result)


def _memory_reason() -> str:
    return f"too large to read within the memory limit of {WORKER_MEMORY_BYTES // 2**20} MB"


class _Slot:
    """One worker process, its temporary folder and the job it is running."""

    def __init__(self, ctx, cache: Cache):
        # the worker makes this folder once it is sure to remove it if the run
        # dies: a run killed while starting its workers leaves nothing behind
        self.tmp = os.path.join(tempfile.gettempdir(), f"kehoach-worker-{uuid.uuid4().hex[:12]}")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child, cache, os.getpid(), self.tmp), daemon=True)
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
        shutil.rmtree(self.tmp, ignore_errors=True)

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (BrokenPipeError, OSError):
            pass
        self.proc.join(5)
        if self.proc.is_alive():
            self.kill()
        shutil.rmtree(self.tmp, ignore_errors=True)


def worker_context():
    """How a worker process is started.

    Forking copies the run's process, so a worker is ready at once; a spawned
    one first starts an interpreter and imports the pipeline again (a few
    tenths of a second each). But a fork copies only the calling thread: a
    lock or a half-done import another thread held at that moment would stay
    held in the worker for ever. So fork on Linux when this process runs only
    one thread (the CLI starts its second one after the workers), spawn
    otherwise. Either way the worker sets up its own process group, signals
    and memory limit (``_worker``).
    """
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return mp.get_context("fork")
    return mp.get_context("spawn")


def _crash_reason(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        if -code == signal.SIGKILL:
            return f"the reader was killed ({name}; out of memory?)"
        return f"the reader crashed ({name})"
    return f"the reader crashed (exit code {code})"


def run(root: Path, jobs: int = 1, timeout: float = DEFAULT_TIMEOUT, cache_dir: Path | None = None,
        on_done: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """Process every document under ``root``; one Outcome per file, sorted by doc_id."""
    todo = assign_ids(discover(root), root)
    cache = Cache(cache_dir)
    try:
        cache.prune()
    except OSError:
        pass
    outcomes: list[Outcome] = []

    def done(o: Outcome) -> None:
        outcomes.append(o)
        if on_done:
            on_done(o)

    queue = []
    for job in todo:
        why = skip_reason(job.path, root)
        if why:
            done(Outcome(doc_id=job.doc_id, source=job.source, status="skipped", error=why,
                         format=job.path.suffix.lstrip(".").lower()))
        else:
            queue.append(job)
    slots: list[_Slot] = []
    try:
        slots = [_Slot(worker_context(), cache) for _ in range(max(1, min(jobs, len(queue))))] if queue else []
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
                        s.proc.join(1)
                        reason = _crash_reason(s.proc.exitcode)
                elif time.monotonic() >= s.deadline:
                    reason = f"took longer than the time limit of {timeout:g} s"
                else:
                    continue
                done(Outcome(doc_id=s.job.doc_id, source=s.job.source, error=reason,
                             format=s.job.path.suffix.lstrip(".").lower(),
                             seconds=time.monotonic() - s.started))
                s.kill()
                slots[i] = _Slot(worker_context(), cache)
    finally:
        for s in slots:
            if s.job:
                s.kill()
            else:
                s.stop()
    return sorted(outcomes, key=lambda o: o.doc_id)
