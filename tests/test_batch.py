"""The batch runner: every input accounted for, cache, time limit, determinism."""
from __future__ import annotations

import csv
import os
import sys
import threading
from pathlib import Path

import pytest

from pipeline import batch
from pipeline.cli import main
from tests.conftest import shared_file

SEED_NEWS = ("seeds", "000_2171cd3a1b22aa60.txt")
SEED_PLAN = ("seeds", "004_eb961772fc34a68b.txt")


def tree(files: dict[str, bytes], root: Path) -> Path:
    for name, data in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return root


def all_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and ".cache" not in p.parts}


@pytest.mark.parametrize("names, expected", [
    (["a/Kế hoạch 303.docx"], ["Ke-hoach-303"]),
    (["plan.docx", "plan.pdf"], ["plan-docx", "plan-pdf"]),
    (["x/plan.docx", "y/plan.docx", "note.txt"], ["x-plan-docx", "y-plan-docx", "note"]),
])
def test_doc_ids_are_stable_and_unique(tmp_path, names, expected):
    root = tree({n: b"x" for n in names}, tmp_path)
    jobs = batch.assign_ids(batch.discover(root), root)
    assert sorted(j.doc_id for j in jobs) == sorted(expected)
    assert batch.assign_ids(batch.discover(root), root) == jobs


def test_discover_skips_project_folders_and_hidden_files(tmp_path):
    root = tree({"plan.txt": b"x", "catalogs/qd.yaml": b"x", "gold/plan.json": b"{}",
                 ".cache/x.pkl": b"x", "sub/other.md": b"x"}, tmp_path)
    assert [p.relative_to(root).as_posix() for p in batch.discover(root)] == ["plan.txt", "sub/other.md"]


def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path, capsys):
    plan = shared_file(*SEED_PLAN)
    corpus = tree({"empty.txt": b"", "notes.xyz": b"hello", "plan.txt": plan.read_bytes()},
                  tmp_path / "in")
    rc = main(["extract", str(corpus), "--out", str(tmp_path / "out"), "--jobs", "2"])
    captured = capsys.readouterr()
    assert rc == 1
    assert "1 read, 0 with OCR, 2 errors" in captured.out
    assert "empty.txt" in captured.err and "notes.xyz" in captured.err
    with (tmp_path / "out" / "documents.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 3                       # every input has a row, none lost
    assert {r["source"].split("/")[-1]: r["status"] for r in rows} == {
        "empty.txt": "error", "notes.xyz": "error", "plan.txt": "ok"}
    assert all(r["error"] for r in rows if r["status"] == "error")
    assert (tmp_path / "out" / "text" / "plan.txt").read_text(encoding="utf-8").startswith("Số:")


def test_second_run_reuses_cache_and_gives_identical_files(tmp_path, capsys):
    corpus = tree({"news.txt": shared_file(*SEED_NEWS).read_bytes(),
                   "plan.txt": shared_file(*SEED_PLAN).read_bytes()}, tmp_path / "in")
    out = tmp_path / "out"
    assert main(["extract", str(corpus), "--out", str(out)]) == 0
    first = all_bytes(out)
    capsys.readouterr()
    assert main(["extract", str(corpus), "--out", str(out)]) == 0
    assert "2 unchanged" in capsys.readouterr().out
    assert all_bytes(out) == first
    # and a fresh run without any cache writes the very same bytes
    out2 = tmp_path / "out2"
    assert main(["extract", str(corpus), "--out", str(out2), "--no-cache"]) == 0
    assert all_bytes(out2) == first


def test_a_changed_document_is_processed_again(tmp_path):
    corpus = tree({"plan.txt": shared_file(*SEED_PLAN).read_bytes()}, tmp_path / "in")
    cache = tmp_path / "cache"
    first = batch.run(corpus, cache_dir=cache)
    assert not first[0].cached
    assert batch.run(corpus, cache_dir=cache)[0].cached
    (corpus / "plan.txt").write_bytes((corpus / "plan.txt").read_bytes() + "\nThêm một dòng.".encode())
    assert not batch.run(corpus, cache_dir=cache)[0].cached


def test_time_limit_reports_each_document(tmp_path, monkeypatch):
    # OCR that never ends: each scan runs into the limit, however fast a worker starts
    from pipeline.reading import ocr
    from tests.test_hostile import fake_tesseract, scan_pdf
    tools = fake_tesseract(tmp_path / "bin", "exec sleep 300\n")
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}{os.environ['PATH']}")
    ocr.tesseract_status.cache_clear()      # a forked worker would inherit the answer
    corpus = tree({"a.pdf": scan_pdf(), "b.pdf": scan_pdf()}, tmp_path / "in")
    outcomes = batch.run(corpus, jobs=1, timeout=1)
    assert [o.doc_id for o in outcomes] == ["a", "b"]
    assert all(o.status == "error" and "time limit" in o.error for o in outcomes)


def test_documents_that_left_the_corpus_leave_the_outputs(tmp_path):
    plan = shared_file(*SEED_PLAN).read_bytes()
    corpus = tree({"a.txt": plan, "b.txt": plan}, tmp_path / "in")
    out = tmp_path / "out"
    main(["extract", str(corpus), "--out", str(out)])
    (corpus / "b.txt").unlink()
    main(["extract", str(corpus), "--out", str(out)])
    assert not (out / "b.json").exists() and not (out / "text" / "b.txt").exists()
    assert (out / "a.json").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers fork on Linux only")
def test_workers_fork_only_while_the_run_has_one_thread():
    # a fork copies only the calling thread: what another thread holds (an
    # import under way, a lock) would stay held in the worker
    alone = threading.active_count() == 1
    assert batch.worker_context().get_start_method() == ("fork" if alone else "spawn")
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert batch.worker_context().get_start_method() == "spawn"
    finally:
        release.set()
        other.join()
