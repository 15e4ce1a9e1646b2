"""The benchmark runner finds bench_*.py modules, reports missed goals without failing, and fails on a crash."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from tests.bench.runner import check_rows, discover, goal_met, run_all, select

GOOD = """
def run(smoke):
    return [{"name": "slow_but_fine", "seconds": 3.0 if smoke else 30.0, "baseline_seconds": 1.0,
             "ratio": 3.0, "goal": 2.0, "note": "smoke" if smoke else "full"}]
"""
CRASH = """
def run(smoke):
    raise RuntimeError("the demo database could not be made")
"""
NO_GOAL = """
def run(smoke):
    return [{"name": "no_goal", "seconds": 1.0, "baseline_seconds": 1.0, "ratio": 1.0}]
"""


@pytest.fixture
def fake_bench(tmp_path: Path) -> Path:
    package = tmp_path / "fakebench"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for name, source in {"bench_good": GOOD, "bench_crash": CRASH, "bench_no_goal": NO_GOAL}.items():
        (package / f"{name}.py").write_text(textwrap.dedent(source))
    (package / "helpers.py").write_text("def run(smoke):\n    raise AssertionError('not a benchmark')\n")
    return package


def test_discovers_only_bench_modules_in_order(fake_bench: Path) -> None:
    found = discover(fake_bench, "fakebench")
    assert found == ["fakebench.bench_crash", "fakebench.bench_good", "fakebench.bench_no_goal"]


def test_only_accepts_short_names_and_rejects_unknown_ones(fake_bench: Path) -> None:
    modules = discover(fake_bench, "fakebench")
    assert select(modules, ["good", "bench_crash"]) == ["fakebench.bench_good", "fakebench.bench_crash"]
    with pytest.raises(SystemExit, match=r"no benchmark called 'pfd'.*crash, good, no_goal"):
        select(modules, ["pfd"])


def test_a_missed_goal_is_reported_but_does_not_fail(fake_bench: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    results = tmp_path / "results.json"
    code = run_all(["fakebench.bench_good"], smoke=True, results=results, extra_path=[str(fake_bench.parent)])
    assert code == 0
    table = capsys.readouterr().out
    assert "slow_but_fine" in table and "3.00×" in table and "≤ 2.00×" in table and " NO " in table
    saved = json.loads(results.read_text(encoding="utf-8"))
    assert saved["smoke"] is True and saved["failures"] == []
    assert [(r["name"], r["seconds"], r["met"], r["note"]) for r in saved["results"]] == [
        ("slow_but_fine", 3.0, False, "smoke")
    ]


def test_a_crash_or_a_broken_contract_fails_the_run_and_the_others_still_run(
    fake_bench: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results = tmp_path / "results.json"
    code = run_all(discover(fake_bench, "fakebench"), smoke=False, results=results,
                   extra_path=[str(fake_bench.parent)])
    assert code == 1
    captured = capsys.readouterr()
    assert "FAILED: fakebench.bench_crash, fakebench.bench_no_goal" in captured.err
    saved = json.loads(results.read_text(encoding="utf-8"))
    assert [f["module"] for f in saved["failures"]] == ["fakebench.bench_crash", "fakebench.bench_no_goal"]
    assert [r["name"] for r in saved["results"]] == ["slow_but_fine"]
    assert saved["results"][0]["seconds"] == 30.0  # the full size ran, not the smoke size


def test_row_contract_and_goal_verdicts() -> None:
    with pytest.raises(ValueError, match="lacks goal"):
        check_rows([{"name": "x", "seconds": 1, "baseline_seconds": 1, "ratio": 1}])
    with pytest.raises(ValueError, match="non-empty list"):
        check_rows([])
    assert goal_met({"ratio": 1.5, "goal": 1.5}) is True
    assert goal_met({"ratio": 1.51, "goal": 1.5}) is False
    assert goal_met({"ratio": 1.0, "goal": None}) is None
    assert goal_met({"ratio": 1.0, "goal": 2.0, "met": False}) is False  # e.g. fast enough but over its memory goal
