"""Opening the window parses only global options; any command gets the full parser."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from vocdesk.cli import build_parser, parse_window_start

ROOT = Path(__file__).resolve().parents[3]


WINDOW_ARGS = [[], ["--home", "/tmp/x"], ["--lang", "en", "--db", "sqlite:///a.db"], ["--self-test"]]


@pytest.mark.parametrize("argv", WINDOW_ARGS)
def test_window_start_options(argv: list[str]) -> None:
    light = parse_window_start(argv)
    assert light is not None
    full = build_parser().parse_args(argv)
    assert vars(light) == {k: v for k, v in vars(full).items() if k not in ("command", "handler")}


@pytest.mark.parametrize("argv", [["info"], ["--home", "/tmp/x", "demo", "--learners", "5"], ["--help"], ["--version"],
                                  ["--bogus"]])
def test_commands_and_help_take_the_full_parser(argv: list[str]) -> None:
    assert parse_window_start(argv) is None


def test_window_start_imports_no_command_module() -> None:
    probe = ("import sys; from vocdesk.cli import parse_window_start; parse_window_start([]);"
             "print(sorted(m for m in sys.modules if m.endswith('_cmd') or m.startswith('sqlalchemy')))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == "[]"
