"""The installed package holds every module and data file of the source tree."""
from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def _source_files():
    return [p for p in (ROOT / "pipeline").rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"]


def test_every_folder_of_the_package_is_found_for_installation():
    # setuptools installs only the packages its finder matches: a folder left out works in
    # the editable checkout and is missing from a built wheel
    include = SETUPTOOLS["packages"]["find"]["include"]
    for path in _source_files():
        dotted = ".".join(path.parent.relative_to(ROOT).parts)
        assert any(fnmatch.fnmatchcase(dotted, pattern) for pattern in include), path


def test_every_data_file_is_named_in_package_data():
    # a template, stylesheet or table that no glob names is left out of a built wheel
    globs = SETUPTOOLS["package-data"]["pipeline"]
    for path in _source_files():
        if path.suffix == ".py":
            continue
        relative = path.relative_to(ROOT / "pipeline").as_posix()
        assert any(fnmatch.fnmatchcase(relative, g) for g in globs), relative
