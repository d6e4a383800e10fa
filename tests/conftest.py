"""Shared test fixtures: where the real documents are, and skipping without them."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
# ../shared sits beside the checkout on developer machines and in CI; elsewhere
# the tests that need it skip with this message rather than fail.
SHARED = Path(os.environ.get("KEHOACH_SHARED", ROOT.parent / "shared"))
SHARED_MISSING = f"needs the real documents in {SHARED} (set KEHOACH_SHARED to their folder)"


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(SHARED_MISSING)
    return SHARED


def shared_file(*parts: str) -> Path:
    """Path of a file under ../shared, skipping the calling test when it is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(SHARED_MISSING if not SHARED.is_dir() else f"{p} is missing")
    return p


def saved_run(tmp_path: Path, doc_id: str, text: str, gold_dir: Path) -> Path:
    """A run folder as `kehoach extract` leaves it, holding one saved text (``corpus/<doc_id>.docx``),
    and its annotation in ``gold_dir``: what the copy scripts read."""
    import json
    run = tmp_path / "out"
    (run / "text").mkdir(parents=True)
    (run / "text" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (run / "documents.csv").write_text(f"doc_id,source\n{doc_id},corpus/{doc_id}.docx\n", encoding="utf-8")
    gold_dir.mkdir(parents=True)
    (gold_dir / f"{doc_id}.json").write_text(json.dumps({"file": f"{doc_id}.docx", "targets": []}),
                                             encoding="utf-8")
    return run
