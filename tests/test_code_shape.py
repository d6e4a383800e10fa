"""The shape of the code: every module says what step it is, and none grows past the
size the style guide warns of (a stage of many steps is a package, a module per step)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "pipeline"
# ../shared/STYLE.md: "Its 900-line modules are not the example."
MAX_MODULE_LINES = 900
MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_module_says_what_it_is_and_stays_small(path):
    source = path.read_text(encoding="utf-8")
    if path.name == "__init__.py" and not source.strip():
        return                              # an empty package marker says nothing
    assert ast.get_docstring(ast.parse(source)), f"{path} has no docstring"
    assert source.count("\n") < MAX_MODULE_LINES, f"{path} has grown past {MAX_MODULE_LINES} lines: split it by step"
