"""Benchmark: spawn → painted main window (shell, then first page with data) and peak memory, against a bare window."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
HOMES = ROOT / "build" / "_work" / "bench-homes"
BARE = Path(__file__).with_name("bare_window.py")
LEARNERS, SMOKE_LEARNERS = 100_000, 2_000
RUNS, SMOKE_RUNS = 5, 3
GOAL_RATIO = 2.0  # first paint may take at most twice as long as an empty QMainWindow
GOAL_EXTRA_MB = 80.0  # and use at most this much more peak memory
TIMEOUT = 300
BENCH_USER = "bench-user.json"
"""The demo administrator's name and password, kept in the cached home so that each start signs in for real."""


def _clean_env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("VOCDESK_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def demo_key(learners: int) -> str:
    """Cache key: size, schema head and a digest of the demo generator, so a changed demo is regenerated."""
    from vocdesk.persistence.migrate import head_revision

    digest = hashlib.sha256()
    for source in sorted((ROOT / "vocdesk" / "demo").rglob("*.py")):
        digest.update(source.read_bytes())
    return f"{learners}-{head_revision(ROOT / 'db')}-{digest.hexdigest()[:10]}"


def demo_home(learners: int) -> Path:
    """A home holding a demo college of `learners`, made once by `main.py demo` and reused while the key matches."""
    home = HOMES / demo_key(learners)
    if (home / "ready").exists() and (home / BENCH_USER).exists():
        return home
    HOMES.mkdir(parents=True, exist_ok=True)
    partial = Path(tempfile.mkdtemp(prefix="making-", dir=HOMES))
    print(f"making a demo home with {learners} learners (cached in {home.name})", flush=True)
    started = time.perf_counter()
    made = subprocess.run([sys.executable, str(ROOT / "main.py"), "--home", str(partial), "demo", "--learners",
                           str(learners)], env=_clean_env(), cwd=ROOT, check=True, stdout=subprocess.PIPE, text=True,
                          stderr=subprocess.DEVNULL, timeout=60 * 60)
    admin = next(user for user in json.loads(made.stdout)["demo_users"] if user["role"] == "administrator")
    (partial / BENCH_USER).write_text(json.dumps(admin), encoding="utf-8")  # the start signs in as this user
    (partial / "ready").write_text(f"{time.perf_counter() - started:.1f} s to make\n", encoding="utf-8")
    for stale in HOMES.glob(f"{learners}-*"):  # the same size made by an older schema or demo generator
        shutil.rmtree(stale, ignore_errors=True)
    partial.rename(home)
    return home


@dataclass
class Start:
    """One start: seconds from spawn to each reported line and the peak memory (MB) that line reported."""

    seconds: dict[str, float] = field(default_factory=dict)
    peak_mb: dict[str, float] = field(default_factory=dict)


def time_to_first_paint(command: list[str], env: dict[str, str]) -> Start:
    """Seconds from spawn to each `<what> rss_peak_kb=N` line (VocDesk prints `shell_paint` when the window first
    paints, then `first_paint` when the first page's data is on screen; the bare window prints only `first_paint`).
    The process must then exit 0."""
    final = "page_paint" if env.get("VOCDESK_BENCH_PAGE") else "first_paint"
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    watchdog = threading.Timer(TIMEOUT, process.kill)  # a hung start must not hang the whole benchmark run
    watchdog.start()
    assert process.stdout is not None
    start = Start()
    try:
        for line in process.stdout:
            what, _, peak = line.strip().partition(" rss_peak_kb=")
            if what in ("shell_paint", "first_paint", "page_paint") and peak.isdigit():
                start.seconds[what] = time.perf_counter() - started
                start.peak_mb[what] = int(peak) / 1024
                if what == final:
                    break
        process.stdout.read()
        code = process.wait()
    finally:
        watchdog.cancel()
    if final not in start.seconds or code != 0:
        seen = "seen" if start.seconds else "missing"
        raise RuntimeError(f"{' '.join(command)}: exit code {code}, {final} line {seen}")
    return start


def _start_once(command: list[str], env: dict[str, str], home: Path | None) -> Start:
    """One start; an app start gets a fresh copy of the demo home.

    A copy per run keeps runs alike: the app saves window geometry and logs into its home on the way out.
    """
    with tempfile.TemporaryDirectory(prefix="vocdesk-startup-") as scratch:
        args = list(command)
        if home is not None:
            copy = Path(scratch) / "home"
            shutil.copytree(home, copy)
            args[2:2] = ["--home", str(copy)]
        return time_to_first_paint(args, env)


def _row(name: str, app: list[Start], bare: list[Start], what: str, note: str) -> dict[str, Any]:
    """Median of VocDesk's `what` line against the bare window's first paint, with the peak memory at that line."""
    app_seconds = statistics.median(s.seconds[what] for s in app)
    bare_seconds = statistics.median(s.seconds["first_paint"] for s in bare)
    app_mb = statistics.median(s.peak_mb[what] for s in app)
    bare_mb = statistics.median(s.peak_mb["first_paint"] for s in bare)
    ratio, extra_mb = app_seconds / bare_seconds, app_mb - bare_mb
    return {
        "name": name,
        "seconds": round(app_seconds, 3),
        "baseline_seconds": round(bare_seconds, 3),
        "ratio": round(ratio, 3),
        "goal": GOAL_RATIO,
        "met": ratio <= GOAL_RATIO and extra_mb <= GOAL_EXTRA_MB,
        "peak_mb": round(app_mb, 1),
        "baseline_peak_mb": round(bare_mb, 1),
        "extra_mb": round(extra_mb, 1),
        "goal_extra_mb": GOAL_EXTRA_MB,
        "runs_seconds": [round(s.seconds[what], 3) for s in app],
        "baseline_runs_seconds": [round(s.seconds["first_paint"], 3) for s in bare],
        "note": f"{note}; peak {app_mb:.0f} MB vs bare {bare_mb:.0f} MB: {extra_mb:+.0f} MB "
                f"(goal ≤ +{GOAL_EXTRA_MB:.0f})",
    }


def run(smoke: bool) -> list[dict[str, Any]]:
    """Alternate bare and app starts (one unmeasured pair first) so that both see the same machine load."""
    learners = SMOKE_LEARNERS if smoke else LEARNERS
    runs = SMOKE_RUNS if smoke else RUNS
    home = demo_home(learners)
    env = _clean_env()
    user = json.loads((home / BENCH_USER).read_text(encoding="utf-8"))
    app_env = {**env, "VOCDESK_BENCH_FIRST_PAINT": "1", "VOCDESK_BENCH_USER": user["username"],
               "VOCDESK_BENCH_PASSWORD": user["password"], "VOCDESK_BENCH_PAGE": "learners"}
    bare: list[Start] = []
    app: list[Start] = []
    for number in range(runs + 1):
        bare_run = _start_once([sys.executable, str(BARE)], env, None)
        app_run = _start_once([sys.executable, str(ROOT / "main.py")], app_env, home)
        if number:
            bare.append(bare_run)
            app.append(app_run)
    if not all("shell_paint" in s.seconds for s in app):
        raise RuntimeError("main.py did not print its shell_paint line under VOCDESK_BENCH_FIRST_PAINT=1")
    return [
        _row(f"startup_shell_paint_{learners}_learners", app, bare, "shell_paint", "window shown, data loading"),
        _row(f"startup_first_paint_{learners}_learners", app, bare, "first_paint",
             "signed in (argon2 check included), first page with its data"),
        _row(f"learners_page_open_{learners}_learners", app, bare, "page_paint",
             "then the learners page opened from the sidebar, its first rows painted"),
    ]


if __name__ == "__main__":
    for result in run(smoke="--smoke" in sys.argv):
        print(result)
