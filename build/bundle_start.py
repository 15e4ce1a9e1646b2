"""Start-up of the bundle against a start from the source tree, measured in the same run with alternating starts."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

TIMEOUT = 300
MOMENTS = ("shell_paint", "first_paint")  # printed by ui/bench_hooks.py under VOCDESK_BENCH_FIRST_PAINT=1


class StartFailed(Exception):
    """A measured start did not print what it should; the message has its output."""


def _moments(command: list[str], env: dict[str, str], cwd: Path) -> dict[str, float]:
    """Seconds from spawn to each line of MOMENTS that `command` prints (offscreen), then waits for its exit."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               encoding="utf-8")
    seen: dict[str, float] = {}
    assert process.stdout is not None
    for line in process.stdout:
        word = line.split(" ", 1)[0].strip()
        if word in MOMENTS and word not in seen:
            seen[word] = time.perf_counter() - started
    _out, errors = process.communicate(timeout=TIMEOUT)
    if set(seen) != set(MOMENTS) or process.returncode != 0:
        raise StartFailed(f"{command[0]}: exit {process.returncode}, saw {sorted(seen)}\n{errors}")
    return seen


def _version(command: list[str], env: dict[str, str], cwd: Path) -> float:
    started = time.perf_counter()
    done = subprocess.run([*command, "--version"], env=env, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT)
    if done.returncode != 0 or "VocDesk" not in done.stdout:
        raise StartFailed(f"{command[0]} --version: exit {done.returncode}: {done.stdout} {done.stderr}")
    return time.perf_counter() - started


def compare_starts(bundle_cli: Path, root: Path, home: Path, user: tuple[str, str], runs: int = 5) -> list[str]:
    """Lines comparing bundle and source: `--version`, and spawn → window painted / first page with data (signing in
    as `user` through the real dialog, offscreen, on the demo `home`). One unmeasured pair first, then `runs` pairs,
    bundle and source alternating so both see the same machine load; medians, with the first pair's times."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("VOCDESK_", "PYTHON"))}
    env.update(QT_QPA_PLATFORM="offscreen", VOCDESK_HOME=str(home), VOCDESK_BENCH_FIRST_PAINT="1",
               VOCDESK_BENCH_USER=user[0], VOCDESK_BENCH_PASSWORD=user[1])
    commands = {"bundle": [str(bundle_cli)], "source": [sys.executable, str(root / "main.py")]}
    times: dict[str, dict[str, list[float]]] = {name: {"version": [], **{m: [] for m in MOMENTS}} for name in commands}
    for _run in range(runs + 1):
        for name, command in commands.items():
            times[name]["version"].append(_version(command, env, home))
            for moment, seconds in _moments(command, env, home).items():
                times[name][moment].append(seconds)
    lines = []
    for what in ("version", *MOMENTS):
        bundle, source = (times[name][what] for name in commands)
        median_bundle, median_source = statistics.median(bundle[1:]), statistics.median(source[1:])
        lines.append(f"{what:12} bundle {median_bundle:.2f} s, source {median_source:.2f} s "
                     f"(ratio {median_bundle / median_source:.2f}; first pair {bundle[0]:.2f} s / {source[0]:.2f} s)")
    return lines
