"""Hostile and awkward inputs (issue 11): nothing lost, nothing leaked, nothing left running.

One test (or a few) per case of the issue, numbered as there. External tools
that a case needs to hang or fail (Tesseract, antiword) are replaced by small
shell scripts put first on PATH, so the tests run in seconds and without OCR.
"""
from __future__ import annotations

import csv
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

from pipeline import batch
from pipeline.cli import main
from pipeline.publishing import output, writers
from tests import hostile
from tests.conftest import ROOT

PLAN = hostile.plan_text().encode()


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def rows(out: Path, table: str = "documents") -> list[dict]:
    with (out / f"{table}.csv").open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def by_name(out: Path) -> dict[str, dict]:
    return {Path(r["source"]).name: r for r in rows(out)}


def files_under(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and ".cache" not in p.parts and p.name != output.LOCK_NAME}


def cli_env(tmp: Path, fake_bin: Path | None = None, **extra: str) -> dict[str, str]:
    """Environment for a CLI subprocess: this checkout's code, a private TMPDIR,
    a marker that tags every process of the run, fake tools first on PATH."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), TMPDIR=str(tmp), CI="1",
               KEHOACH_TEST_RUN=uuid.uuid4().hex, **extra)
    if fake_bin:
        env["PATH"] = f"{fake_bin}{os.pathsep}{env['PATH']}"
    return env


def kehoach(*args: str, env: dict, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], env=env,
                          capture_output=True, text=True, timeout=timeout)


def processes_tagged(marker: str) -> list[int]:
    """Live (not zombie) processes whose environment carries ``marker``."""
    found = []
    for d in Path("/proc").iterdir():
        if not d.name.isdigit() or int(d.name) == os.getpid():
            continue
        try:
            if f"KEHOACH_TEST_RUN={marker}".encode() not in (d / "environ").read_bytes():
                continue
            state = (d / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            found.append(int(d.name))
    return found


def wait_gone(marker: str, seconds: float = 10) -> list[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        left = processes_tagged(marker)
        if not left:
            return []
        time.sleep(0.1)
    return processes_tagged(marker)


def fake_tool(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text("#!/bin/sh\n" + body)
    p.chmod(0o755)
    return folder


def fake_tesseract(folder: Path, then: str) -> Path:
    """A 'tesseract' that has the Vietnamese model and then runs ``then``."""
    return fake_tool(folder, "tesseract", (
        'case "$1" in\n'
        '  --version) echo "tesseract 5.3.0 (test double)"; exit 0;;\n'
        '  --list-langs) printf "List of available languages (2):\\neng\\nvie\\n"; exit 0;;\n'
        'esac\n' + then))


def scan_pdf() -> bytes:
    """A one-page PDF with a drawing and no text layer: it goes to OCR."""
    return hostile.giant_page(points=600)


linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs Linux /proc")


# --------------------------------------------------------------------------
# 1. the same bytes under two extensions
# --------------------------------------------------------------------------

def test_1_cache_key_includes_how_a_file_is_read(tmp_path):
    md = ("# KẾ HOẠCH\n\n| Chỉ tiêu | **Giá trị** |\n|---|---|\n| Tỷ lệ | 70% [1] |\n\n"
          "**Phấn đấu** đến năm 2030 tỷ lệ lao động qua đào tạo đạt 70%.\n").encode()
    corpus = tmp_path / "in"
    hostile.tree({"a.md": md, "a.txt": md, "b.csv": md}, corpus)
    cached, uncached = tmp_path / "cached", tmp_path / "uncached"
    main(["extract", str(corpus), "--out", str(cached), "--jobs", "1"])
    first = files_under(cached)
    main(["extract", str(corpus), "--out", str(cached), "--jobs", "1"])   # from the cache
    main(["extract", str(corpus), "--out", str(uncached), "--jobs", "1", "--no-cache"])
    assert files_under(cached) == first == files_under(uncached)
    text = cached / "text"
    assert (text / "a-md.txt").read_text() != (text / "a-txt.txt").read_text()
    assert "**" in (text / "a-txt.txt").read_text()        # .txt keeps its asterisks
    assert by_name(cached)["b.csv"]["status"] == "error"


# --------------------------------------------------------------------------
# 2, 3. doc_ids: unique, stable, bounded
# --------------------------------------------------------------------------

def test_2_doc_ids_unique_and_stable_when_names_slug_alike(tmp_path):
    names = ["a b.txt", "a-b.txt", "a_b.txt", "A-B.txt", "x/a b.txt", "x/a-b.txt"]
    hostile.tree({n: n.encode() for n in names}, tmp_path)
    jobs = batch.assign_ids(batch.discover(tmp_path), tmp_path)
    ids = [j.doc_id for j in jobs]
    assert len({i.lower() for i in ids}) == len(names)
    again = batch.assign_ids(list(reversed(batch.discover(tmp_path))), tmp_path)
    assert {j.source: j.doc_id for j in again} == {j.source: j.doc_id for j in jobs}


def test_2_colliding_names_keep_their_own_outputs(tmp_path):
    corpus = tmp_path / "in"
    hostile.tree({"a b.txt": PLAN, "a-b.txt": hostile.plan_text("Phụ lục riêng.\n").encode()}, corpus)
    out = tmp_path / "out"
    main(["extract", str(corpus), "--out", str(out), "--jobs", "1"])
    docs = rows(out)
    assert len({r["doc_id"] for r in docs}) == 2
    for r in docs:
        text = (out / "text" / f"{r['doc_id']}.txt").read_text(encoding="utf-8")
        assert ("Phụ lục riêng." in text) == (r["source"].endswith("a-b.txt"))
        record = json.loads((out / f"{r['doc_id']}.json").read_text(encoding="utf-8"))
        assert record["source"] == r["source"]


@pytest.mark.parametrize("length", [177, 245])
def test_3_long_file_names_are_read_and_outputs_bounded(tmp_path, length):
    corpus = tmp_path / "in"
    long_name = "k" * (length - 4) + ".txt"
    hostile.tree({long_name: PLAN, "plan.txt": PLAN}, corpus)
    out = tmp_path / "out"
    cache = tmp_path / "cache"
    assert main(["extract", str(corpus), "--out", str(out), "--jobs", "1", "--cache", str(cache)]) == 0
    assert {r["status"] for r in rows(out)} == {"ok"}
    assert len(rows(out, "agencies")) >= 2            # the tables are written
    for p in list(out.rglob("*")) + list(cache.rglob("*")):
        assert len(p.name.encode()) <= 160, p.name


# --------------------------------------------------------------------------
# 4, 5, 6, 13, 14, 16: one corpus of awkward entries
# --------------------------------------------------------------------------

SECRET = "MẬT-ngoài-corpus-7f3a"


@pytest.fixture(scope="module")
def awkward(tmp_path_factory):
    """One run over a corpus of awkward entries; (corpus, out, exit code)."""
    tmp = tmp_path_factory.mktemp("awkward")
    corpus, out = tmp / "in", tmp / "out"
    outside = tmp / "outside"
    hostile.tree({"secret.txt": hostile.plan_text(SECRET + "\n").encode()}, outside)
    bad = PLAN.replace("lao động nông thôn".encode(), "lao động nông thôn".encode() + b"\xff", 1)
    hostile.tree({
        "plan.txt": PLAN,
        "cr\rin name.txt": PLAN,
        "newline\nin name.txt": PLAN,
        "one bad byte.txt": bad,
        "noise.doc": hostile.random_bytes(4096, seed=6),
        ".hidden.txt": PLAN,
        "catalogs/x.yaml": b"indicators: []\n",
        "gold/plan.json": b"{}",
        "reviews.csv": b"doc_id,decision\n",
    }, corpus)
    (corpus / "outside.txt").symlink_to(outside / "secret.txt")
    (corpus / "outside-dir").symlink_to(outside, target_is_directory=True)
    (corpus / "inside.txt").symlink_to(corpus / "plan.txt")
    (corpus / "dangling.txt").symlink_to(tmp / "nowhere.txt")
    os.mkfifo(corpus / "pipe.txt")
    code = main(["extract", str(corpus), "--out", str(out), "--jobs", "1", "--timeout", "60"])
    return corpus, out, code


def test_4_csv_stays_rectangular_with_line_breaks_in_names(awkward):
    corpus, out, _ = awkward
    with (out / "documents.csv").open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    assert len({len(r) for r in table}) == 1
    sources = {r[1] for r in table[1:]}
    assert str(corpus / "cr\rin name.txt") in sources
    assert str(corpus / "newline\nin name.txt") in sources


def test_5_one_invalid_byte_is_replaced_with_a_warning(awkward):
    _, out, _ = awkward
    row = by_name(out)["one bad byte.txt"]
    assert row["status"] == "ok"
    assert "invalid UTF-8" in row["warnings"]
    text = (out / "text" / f"{row['doc_id']}.txt").read_text(encoding="utf-8")
    assert "lao động nông thôn\ufffd" in text and "Sở Tài chính" in text


def test_6_random_bytes_named_doc_are_an_error(awkward):
    _, out, _ = awkward
    row = by_name(out)["noise.doc"]
    assert row["status"] == "error"
    assert row["error"].startswith("not a Word document")


def test_13_links_leaving_the_corpus_are_not_followed(awkward):
    corpus, out, _ = awkward
    docs = by_name(out)
    for name in ("outside.txt", "outside-dir"):
        assert docs[name]["status"] == "skipped"
        assert "outside the corpus" in docs[name]["error"]
        assert docs[name]["sha256"] == ""
    assert docs["inside.txt"]["status"] == "ok"            # a link inside the corpus is read
    for p in out.rglob("*"):
        if p.is_file():
            assert SECRET.encode() not in p.read_bytes(), p


def test_14_every_entry_has_a_row_or_is_documented_as_ignored(awkward):
    corpus, out, code = awkward
    docs = by_name(out)
    assert docs["dangling.txt"]["status"] == "skipped" and "broken link" in docs["dangling.txt"]["error"]
    assert docs["pipe.txt"]["status"] == "skipped" and "named pipe" in docs["pipe.txt"]["error"]
    # hidden entries and the project's own data are ignored, as the README says
    assert not {".hidden.txt", "x.yaml", "plan.json", "reviews.csv"} & set(docs)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "hidden" in readme and "reviews.csv" in readme and "skipped" in readme
    listed = {p.name for p in corpus.iterdir()} - {".hidden.txt", "catalogs", "gold", "reviews.csv"}
    assert set(docs) == listed
    assert code == 1                                       # noise.doc is an error


def test_16_quotes_never_start_with_a_list_mark(awkward):
    _, out, _ = awkward
    checked = 0
    for table in ("agencies", "assignments", "targets", "quantities", "references"):
        for r in rows(out, table):
            quote = r.get("quote", r.get("task"))
            text = (out / "text" / f"{r['doc_id']}.txt").read_text(encoding="utf-8")
            assert quote == text[int(r["start"]):int(r["end"])], (table, quote)
            assert not quote.lstrip().startswith(("-", "+", "•")), (table, quote)
            checked += 1
    assert any(r["agency"] == "Sở Công Thương" for r in rows(out, "agencies"))
    assert checked


# --------------------------------------------------------------------------
# 7, 15: signals and time limits while a child process runs
# --------------------------------------------------------------------------

def start_hung_run(tmp_path, corpus_files: dict[str, bytes], tool: str, *args: str):
    """Start a run whose ``tool`` hangs; return (process, env, marker file) once the tool runs."""
    marker = tmp_path / "started"
    body = f'echo $$ >> "{marker}"\nexec sleep 300\n'
    fake = (fake_tesseract(tmp_path / "bin", body) if tool == "tesseract"
            else fake_tool(tmp_path / "bin", tool, body))
    corpus = tmp_path / "in"
    hostile.tree(corpus_files, corpus)
    (tmp_path / "tmp").mkdir()
    env = cli_env(tmp_path / "tmp", fake)
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "extract", str(corpus),
                             "--out", str(tmp_path / "out"), "--jobs", "1", "--no-cache", *args],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not marker.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert marker.exists(), proc.communicate()
    return proc, env, marker


@linux_only
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_7_workers_and_their_children_die_with_the_run(tmp_path, sig):
    proc, env, marker = start_hung_run(tmp_path, {"scan.pdf": scan_pdf()}, "tesseract")
    assert len(processes_tagged(env["KEHOACH_TEST_RUN"])) >= 3     # cli, worker, tesseract
    proc.send_signal(sig)
    proc.communicate(timeout=30)
    assert wait_gone(env["KEHOACH_TEST_RUN"]) == []
    assert list((tmp_path / "tmp").iterdir()) == []                 # temporary files too


@linux_only
def test_7_converter_children_die_with_the_run(tmp_path):
    doc = hostile.ole_header_then_noise()
    proc, env, _ = start_hung_run(tmp_path, {"old.doc": doc}, "antiword")
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert wait_gone(env["KEHOACH_TEST_RUN"]) == []


@linux_only
def test_15_time_limit_during_ocr_leaves_no_temporary_files(tmp_path):
    proc, env, _ = start_hung_run(tmp_path, {"scan.pdf": scan_pdf(), "plan.txt": PLAN},
                                  "tesseract", "--timeout", "5")
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert "time limit" in err.decode()
    assert list((tmp_path / "tmp").iterdir()) == []
    assert wait_gone(env["KEHOACH_TEST_RUN"]) == []
    assert by_name(tmp_path / "out")["plan.txt"]["status"] == "ok"


# --------------------------------------------------------------------------
# 8, 9, 10: cache, output folder, concurrent runs
# --------------------------------------------------------------------------

def test_8_an_unusable_cache_is_a_warning(tmp_path, capsys):
    corpus = tmp_path / "in"
    hostile.tree({"plan.txt": PLAN}, corpus)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    out = tmp_path / "out"
    assert main(["extract", str(corpus), "--out", str(out), "--cache", str(blocker / "cache")]) == 0
    assert "warning: cache folder" in capsys.readouterr().err
    assert by_name(out)["plan.txt"]["status"] == "ok"


@pytest.mark.parametrize("where", [".", "out", "sub/out"])
def test_9_output_folder_inside_the_corpus_is_refused(tmp_path, capsys, where):
    corpus = tmp_path / "in"
    hostile.tree({"plan.txt": PLAN}, corpus)
    assert main(["extract", str(corpus), "--out", str(corpus / where)]) == 2
    assert "inside the corpus folder" in capsys.readouterr().err
    assert not list(corpus.rglob("documents.csv"))


def test_an_impossible_output_folder_is_a_clear_error(tmp_path, capsys):
    corpus = tmp_path / "in"
    hostile.tree({"plan.txt": PLAN}, corpus)
    (tmp_path / "a-file").write_text("x")
    assert main(["extract", str(corpus), "--out", str(tmp_path / "a-file" / "out")]) == 2
    assert "cannot write to the output folder" in capsys.readouterr().err


def test_10_writers_take_turns_on_one_output_folder(tmp_path):
    import fcntl
    corpus = tmp_path / "in"
    hostile.tree({"plan.txt": PLAN}, corpus)
    outcomes = batch.run(corpus)
    out = tmp_path / "out"
    out.mkdir()
    with (out / output.LOCK_NAME).open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)             # another run is writing
        writer = threading.Thread(target=output.write_all, args=(outcomes, out))
        writer.start()
        time.sleep(0.5)
        assert not (out / "documents.csv").exists()
        fcntl.flock(lock, fcntl.LOCK_UN)
    writer.join(30)
    assert (out / "documents.csv").exists()


def test_10_two_runs_into_a_folder_with_stale_files_both_finish(tmp_path):
    corpus, out = tmp_path / "in", tmp_path / "out"
    hostile.tree({"plan.txt": PLAN}, corpus)
    (out / "text").mkdir(parents=True)
    for i in range(100):                             # files of documents gone from the corpus
        (out / f"gone-{i}.json").write_text('{"sha256": ""}')
        (out / "text" / f"gone-{i}.txt").write_text("x")
    env = cli_env(tmp_path)
    runs = [subprocess.Popen([sys.executable, "-m", "pipeline.cli", "extract", str(corpus),
                              "--out", str(out), "--jobs", "1", "--cache", str(tmp_path / f"c{i}")],
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for i in range(2)]
    results = [r.communicate(timeout=120) for r in runs]
    assert [r.returncode for r in runs] == [0, 0], results
    assert [p.name for p in out.glob("*.json")] == ["plan.json"]
    assert [r["doc_id"] for r in rows(out)] == ["plan"]


# --------------------------------------------------------------------------
# 11, 12: damaged and oversized PDFs and zips
# --------------------------------------------------------------------------

def test_11_a_page_that_cannot_be_loaded_is_a_plain_reason(tmp_path):
    corpus = tmp_path / "in"
    hostile.tree({"deep.pdf": hostile.deep_page_tree()}, corpus)
    main(["extract", str(corpus), "--out", str(tmp_path / "out"), "--no-cache"])
    assert by_name(tmp_path / "out")["deep.pdf"]["error"] == "damaged PDF: page 1 cannot be loaded"


def test_11_ocr_failures_are_one_line(tmp_path):
    fake = fake_tesseract(tmp_path / "bin", (
        'echo "Error in pixReadStream: Unknown format" >&2\n'
        'echo "Error in pixRead: pix not read" >&2\n'
        'echo "Image file $1 cannot be read!" >&2\nexit 1\n'))
    corpus = tmp_path / "in"
    hostile.tree({"scan.pdf": scan_pdf()}, corpus)
    result = kehoach("extract", str(corpus), "--out", str(tmp_path / "out"), "--no-cache",
                     env=cli_env(tmp_path, fake))
    row = by_name(tmp_path / "out")["scan.pdf"]
    assert row["status"] == "error"
    assert "\n" not in row["error"] and "cannot be read" in row["error"]
    assert len([l for l in result.stderr.splitlines() if l.startswith("error:")]) == 1


# 12: the bombs themselves (a 1 GB zip bomb, a 20000² image) are in the fuzz
# suite, which measures the run's memory: tests/test_fuzz_hostile.py.

@linux_only
def test_12_workers_run_under_a_memory_limit(tmp_path):
    proc, env, marker = start_hung_run(tmp_path, {"scan.pdf": scan_pdf()}, "tesseract")
    try:
        tool = int(marker.read_text().split()[0])
        worker = int(Path(f"/proc/{tool}/stat").read_text().rsplit(")", 1)[1].split()[1])
        limits = Path(f"/proc/{worker}/limits").read_text()
        line = next(l for l in limits.splitlines() if l.startswith("Max data size"))
        assert int(line.split()[3]) == batch.WORKER_MEMORY_BYTES
    finally:
        proc.kill()
        proc.communicate()


# --------------------------------------------------------------------------
# also: numbers stay numbers; files follow the umask
# --------------------------------------------------------------------------

def test_negative_numbers_stay_numbers_and_formulas_are_neutralised():
    data = writers.csv_bytes([{"difference": -20, "x": "-20", "y": "-1.5e3", "z": "-20%",
                               "f": "=1+1", "l": "- Sở Y tế"}], ["difference", "x", "y", "z", "f", "l"])
    assert data.decode("utf-8-sig").splitlines()[1] == "-20,-20,-1.5e3,'-20%,'=1+1,'- Sở Y tế"


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_output_files_follow_the_umask(tmp_path, mask, mode):
    old = os.umask(mask)
    try:
        writers.write_text(tmp_path / "t.txt", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "t.txt").stat().st_mode) == mode
