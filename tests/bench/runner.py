"""Benchmark runner: each tests/bench/bench_*.py module runs in its own process; goals are reported, crashes fail."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "build" / "_work" / "bench-results.json"
REQUIRED = ("name", "seconds", "baseline_seconds", "ratio", "goal")
TIMEOUT_SMOKE, TIMEOUT_FULL = 15 * 60, 2 * 60 * 60


@dataclass
class Outcome:
    """What one benchmark module produced: its rows, or why it failed."""

    module: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    wall_seconds: float = 0.0


def discover(folder: Path = Path(__file__).parent, package: str = "tests.bench") -> list[str]:
    """Dotted names of every bench_*.py module in `folder`, sorted."""
    return [f"{package}.{path.stem}" for path in sorted(folder.glob("bench_*.py"))]


def short_name(module: str) -> str:
    """'tests.bench.bench_pdf' → 'pdf'."""
    return module.rsplit(".", 1)[-1].removeprefix("bench_")


def select(modules: list[str], only: list[str]) -> list[str]:
    """Keep modules named by --only ('pdf', 'bench_pdf' or the dotted name); an unknown name is an error."""
    if not only:
        return modules
    chosen: list[str] = []
    for wanted in only:
        matches = [m for m in modules if wanted in (m, m.rsplit(".", 1)[-1], short_name(m))]
        if not matches:
            short = ", ".join(short_name(m) for m in modules)
            raise SystemExit(f"no benchmark called {wanted!r}; there are: {short}")
        chosen += [m for m in matches if m not in chosen]
    return chosen


def check_rows(rows: object) -> list[dict[str, Any]]:
    """The module contract: a list of dicts with name, seconds, baseline_seconds, ratio and goal."""
    if not isinstance(rows, list) or not rows:
        raise ValueError(f"run() must return a non-empty list of dicts, got {type(rows).__name__}")
    for number, row in enumerate(rows, 1):
        if not isinstance(row, dict):
            raise ValueError(f"row {number} is a {type(row).__name__}, not a dict")
        missing = [key for key in REQUIRED if key not in row]
        if missing:
            raise ValueError(f"row {number} ({row.get('name', '?')}) lacks {', '.join(missing)}")
    return rows


def goal_met(row: dict[str, Any]) -> bool | None:
    """A row's own `met` wins (goals beyond a time ratio, e.g. memory); else ratio ≤ goal; None when no goal."""
    if isinstance(row.get("met"), bool):
        return bool(row["met"])
    if row.get("goal") is None or row.get("ratio") is None:
        return None
    return float(row["ratio"]) <= float(row["goal"])


def run_child(module: str, smoke: bool, out: Path) -> None:
    """Inside the child process: import one module, call run(smoke), write its checked rows as JSON to `out`."""
    import importlib

    rows = check_rows(importlib.import_module(module).run(smoke))
    out.write_text(json.dumps(rows, ensure_ascii=False, default=str), encoding="utf-8")


def run_module(module: str, smoke: bool, extra_path: list[str] | None = None) -> Outcome:
    """Run one benchmark module in a fresh interpreter, so that imports, fonts and memory never leak between them."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([*(extra_path or []), str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    with tempfile.TemporaryDirectory(prefix="vocdesk-bench-") as scratch:
        out = Path(scratch) / "rows.json"
        command = [sys.executable, "-m", "tests.bench.runner", "--child", module, "--out", str(out)]
        started = time.perf_counter()
        try:
            done = subprocess.run([*command, *(["--smoke"] if smoke else [])], env=env, cwd=ROOT,
                                  timeout=TIMEOUT_SMOKE if smoke else TIMEOUT_FULL)
        except subprocess.TimeoutExpired:
            return Outcome(module, error="timed out", wall_seconds=time.perf_counter() - started)
        wall = time.perf_counter() - started
        if done.returncode != 0 or not out.exists():
            return Outcome(module, error=f"crashed (exit code {done.returncode}; traceback above)", wall_seconds=wall)
        return Outcome(module, rows=json.loads(out.read_text(encoding="utf-8")), wall_seconds=wall)


def _seconds(value: Any) -> str:
    return "—" if value is None else f"{float(value):.3f}"


def _ratio(value: Any) -> str:
    return "—" if value is None else f"{float(value):.2f}×"


def table(outcomes: list[Outcome]) -> str:
    """A plain-text table: name, seconds, baseline, ratio, goal, met? and a note."""
    lines = [("benchmark", "seconds", "baseline", "ratio", "goal", "met?", "note")]
    for outcome in outcomes:
        if outcome.error:
            lines.append((outcome.module.rsplit(".", 1)[-1], "—", "—", "—", "—", "FAILED", outcome.error))
        for row in outcome.rows:
            met = goal_met(row)
            goal = "—" if row.get("goal") is None else f"≤ {float(row['goal']):.2f}×"
            lines.append((str(row["name"]), _seconds(row["seconds"]), _seconds(row["baseline_seconds"]),
                          _ratio(row["ratio"]), goal, {True: "yes", False: "NO", None: "—"}[met],
                          str(row.get("note", ""))))
    widths = [max(len(line[i]) for line in lines) for i in range(6)]
    rendered = ["  ".join(cell.ljust(width) for cell, width in zip(line[:6], widths, strict=True)).rstrip()
                + (f"  {line[6]}" if line[6] else "") for line in lines]
    return "\n".join([rendered[0], "-" * len(rendered[0]), *rendered[1:]])


def write_results(outcomes: list[Outcome], smoke: bool, path: Path = RESULTS) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "smoke": smoke,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "results": [{**row, "module": o.module, "met": goal_met(row)} for o in outcomes for row in o.rows],
        "failures": [{"module": o.module, "error": o.error} for o in outcomes if o.error],
        "wall_seconds": {o.module: round(o.wall_seconds, 1) for o in outcomes},
    }
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description="Run VocDesk's benchmarks.")
    parser.add_argument("--smoke", action="store_true", help="small sizes, a few minutes in total")
    parser.add_argument("--only", action="append", default=[], metavar="NAME", help="run only this benchmark")
    parser.add_argument("--json", type=Path, default=RESULTS, help=f"where to write results (default {RESULTS})")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        try:
            run_child(args.child, args.smoke, args.out)
        except Exception:
            traceback.print_exc()
            return 1
        return 0
    return run_all(select(discover(), args.only), args.smoke, args.json)


def run_all(modules: list[str], smoke: bool, results: Path, extra_path: list[str] | None = None) -> int:
    """Run each module, print the table, write the JSON; exit code 1 if any benchmark crashed, whatever the goals."""
    outcomes = []
    for module in modules:
        print(f"== {module} ({'smoke' if smoke else 'full'})", flush=True)
        outcomes.append(run_module(module, smoke, extra_path))
    print()
    print(table(outcomes))
    write_results(outcomes, smoke, results)
    print(f"\nresults: {results}; goals are reported, not enforced")
    failed = [o.module for o in outcomes if o.error]
    if failed:
        print(f"FAILED: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0

if __name__ == "__main__":
    sys.exit(main())
