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
