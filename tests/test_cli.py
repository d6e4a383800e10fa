"""The command line: help for every command and flag, documented in the README."""
from __future__ import annotations

import argparse

import pytest

from pipeline import cli
from tests.conftest import ROOT


def parser_actions():
    """(command, option strings, help) for every subcommand flag of the real parser."""
    sub = next(a for a in cli.build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    for name, p in sub.choices.items():
        for a in p._actions:
            if a.option_strings and "--help" not in a.option_strings:
                yield name, a.option_strings, a.help


def test_every_flag_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    flags = list(parser_actions())
    assert flags
    for command, options, text in flags:
        assert text, f"{command} {options} has no help"
        assert any(o in readme for o in options), f"{options} of '{command}' is not in README.md"


@pytest.mark.parametrize("argv", [["--help"], ["extract", "--help"]])
def test_help_is_printed(argv, capsys):
    with pytest.raises(SystemExit) as e:
        cli.main(argv)
    assert e.value.code == 0
    out = capsys.readouterr().out
    assert "extract" in out


def test_missing_corpus_is_a_clear_error(tmp_path, capsys):
    assert cli.main(["extract", str(tmp_path / "nowhere"), "--out", str(tmp_path / "o")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


# The program (argv from the command line) freezes its objects as it ends, to
# skip the interpreter's last collections; a caller passing argv keeps its own.
FREEZE_CHECK = """
import gc, sys
from pipeline import cli
argv = sys.argv[1:]
sys.argv = ["kehoach", *argv]
code = cli.main(None if argv[0] == "extract" else argv[1:])
print(gc.get_freeze_count() > 0)
"""


@pytest.mark.parametrize("how, frozen", [("extract", True), ("argv", False)])
def test_only_the_program_itself_freezes_its_objects_at_the_end(tmp_path, how, frozen):
    import subprocess
    import sys
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "plan.txt").write_text("KẾ HOẠCH\nPhấn đấu đến năm 2030 đạt 90%.\n", encoding="utf-8")
    args = ["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--jobs", "1"]
    run = subprocess.run([sys.executable, "-c", FREEZE_CHECK, *([] if how == "extract" else ["argv"]), *args],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.stdout.strip().splitlines()[-1] == str(frozen), run.stderr
