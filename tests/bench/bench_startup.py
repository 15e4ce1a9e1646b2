"""Benchmark: the three start-up moments a person feels (window, sign-in dialog, first page after the password)."""

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
ARGON2 = Path(__file__).with_name("argon2_verify.py")
LEARNERS, SMOKE_LEARNERS = 100_000, 2_000
RUNS, SMOKE_RUNS = 5, 3
GOAL_RATIO = 2.0  # the window and the sign-in dialog may take at most twice as long as an empty QMainWindow
GOAL_EXTRA_MB = 80.0  # and use at most this much more peak memory (Argon2id's working memory left out)
GOAL_AFTER_PASSWORD_S = 0.3  # OK pressed → first page with its data: at most one Argon2id verify + this
TYPING_MS = 3000
"""How long the benchmark's "person" takes to type the user name and password once the dialog is ready (about 20
keys at 150 ms each); the database keeps opening meanwhile, and any wait left for it counts after OK."""
LINES = ("shell_paint", "signin_ready", "password_sent", "database_ready", "first_paint", "page_paint")
TIMEOUT = 300
BENCH_USER = "bench-user.json"
"""The demo administrator's name and password, kept in the cached home so that each start signs in for real."""


def _clean_env() -> dict[str, str]:
    """No VOCDESK_* settings, offscreen, and bytecode caching on: a person's start runs compiled bytecode (the
    bundle ships it; a source checkout writes __pycache__ on its first start, here the unmeasured first round), so a
    shell's PYTHONDONTWRITEBYTECODE=1 would make every measured start compile the whole app from source."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("VOCDESK_") and key != "PYTHONDONTWRITEBYTECODE"}
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
    """Seconds from spawn to each `<what> rss_peak_kb=N` line (VocDesk: `shell_paint` window painted,
    `signin_ready` sign-in dialog painted, `password_sent` OK pressed, `database_ready` the worker has opened the
    database, `first_paint` first page painted with its data, `page_paint` the learners page after that; the bare
    window prints only `first_paint`). The process must then exit 0."""
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
            if what in LINES and peak.isdigit():
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


@dataclass
class Verify:
    """One Argon2id verify of the bench user's stored hash in a fresh process: seconds and working memory (MB)."""

    seconds: float
    added_mb: float


def stored_hash(home: Path, username: str) -> str:
    """The bench user's Argon2id hash as the app stored it (read with the standard library's sqlite3)."""
    import sqlite3

    with sqlite3.connect(home / "data" / "vocdesk.sqlite3") as db:
        row = db.execute("SELECT password_hash FROM user_account WHERE username = ?", (username,)).fetchone()
    if row is None:
        raise RuntimeError(f"the demo home has no user {username!r}")
    return str(row[0])


def verify_once(stored: str, password: str, env: dict[str, str]) -> Verify:
    done = subprocess.run([sys.executable, str(ARGON2)], input=f"{stored}\n{password}\n", env=env, cwd=ROOT,
                          capture_output=True, text=True, check=True, timeout=TIMEOUT)
    fields = dict(part.split("=") for part in done.stdout.split())
    return Verify(float(fields["verify_seconds"]), int(fields["rss_added_kb"]) / 1024)


def _median(values: list[float]) -> float:
    return float(statistics.median(values))


def _spawn_row(name: str, app: list[Start], bare: list[Start], what: str, note: str) -> dict[str, Any]:
    """Median spawn → VocDesk's `what` line against the bare window's first paint, with the peak memory then."""
    app_seconds = _median([s.seconds[what] for s in app])
    bare_seconds = _median([s.seconds["first_paint"] for s in bare])
    app_mb = _median([s.peak_mb[what] for s in app])
    bare_mb = _median([s.peak_mb["first_paint"] for s in bare])
    ratio, extra_mb = app_seconds / bare_seconds, app_mb - bare_mb
    return {
        "name": name, "seconds": round(app_seconds, 3), "baseline_seconds": round(bare_seconds, 3),
        "ratio": round(ratio, 3), "goal": GOAL_RATIO, "met": ratio <= GOAL_RATIO and extra_mb <= GOAL_EXTRA_MB,
        "peak_mb": round(app_mb, 1), "baseline_peak_mb": round(bare_mb, 1), "extra_mb": round(extra_mb, 1),
        "goal_extra_mb": GOAL_EXTRA_MB, "runs_seconds": [round(s.seconds[what], 3) for s in app],
        "baseline_runs_seconds": [round(s.seconds["first_paint"], 3) for s in bare],
        "note": f"{note}; peak {app_mb:.0f} MB vs bare {bare_mb:.0f} MB: {extra_mb:+.0f} MB "
                f"(goal ≤ +{GOAL_EXTRA_MB:.0f})",
    }


def argon2_memory_mb(stored: str) -> float:
    """Argon2id's working memory: the hash's own m parameter (KiB), e.g. `$argon2id$v=19$m=65536,t=3,p=4$…`."""
    parameters = dict(part.split("=") for part in stored.split("$")[3].split(","))
    return int(parameters["m"]) / 1024


def _after_password_row(name: str, app: list[Start], bare: list[Start], verifies: list[Verify],
                        argon2_mb: float) -> dict[str, Any]:
    """OK pressed → first page painted with its data, against one Argon2id verify (+ 0.3 s) timed in the same run;
    peak memory at that moment against the bare window, with and without the verify's working memory."""
    after = [s.seconds["first_paint"] - s.seconds["password_sent"] for s in app]
    waited = [max(0.0, s.seconds["database_ready"] - s.seconds["password_sent"]) for s in app]
    seconds, verify_s = _median(after), _median([v.seconds for v in verifies])
    peak_mb = _median([s.peak_mb["first_paint"] for s in app])
    bare_mb = _median([s.peak_mb["first_paint"] for s in bare])
    extra_mb = peak_mb - bare_mb
    extra_without = extra_mb - argon2_mb
    limit = verify_s + GOAL_AFTER_PASSWORD_S
    return {
        "name": name, "seconds": round(seconds, 3), "baseline_seconds": round(verify_s, 3),
        "ratio": round(seconds / verify_s, 3), "goal": round(limit / verify_s, 3),
        "met": seconds <= limit and extra_without <= GOAL_EXTRA_MB,
        "over_verify_seconds": round(seconds - verify_s, 3), "goal_over_verify_seconds": GOAL_AFTER_PASSWORD_S,
        "runs_seconds": [round(value, 3) for value in after],
        "baseline_runs_seconds": [round(v.seconds, 3) for v in verifies],
        "waited_for_database_seconds": [round(value, 3) for value in waited],
        "database_ready_seconds": [round(s.seconds["database_ready"], 3) for s in app],
        "spawn_to_first_page_seconds": [round(s.seconds["first_paint"], 3) for s in app],
        "typing_ms": TYPING_MS, "peak_mb": round(peak_mb, 1), "baseline_peak_mb": round(bare_mb, 1),
        "argon2_mb": round(argon2_mb, 1), "argon2_measured_mb": [round(v.added_mb, 1) for v in verifies],
        "extra_mb": round(extra_mb, 1),
        "extra_mb_without_argon2": round(extra_without, 1), "goal_extra_mb": GOAL_EXTRA_MB,
        "note": f"OK → first page with data {seconds - verify_s:+.3f} s over one Argon2id verify (goal ≤ "
                f"+{GOAL_AFTER_PASSWORD_S:.1f}); peak {peak_mb:.0f} MB vs bare {bare_mb:.0f} MB: {extra_mb:+.0f} MB, "
                f"{extra_without:+.0f} MB without Argon2id's {argon2_mb:.0f} MB (goal ≤ +{GOAL_EXTRA_MB:.0f})",
    }


def _page_row(name: str, app: list[Start], bare: list[Start]) -> dict[str, Any]:
    """First page shown → the learners page opened from the sidebar with its first rows, against the bare window."""
    opened = [s.seconds["page_paint"] - s.seconds["first_paint"] for s in app]
    seconds, bare_seconds = _median(opened), _median([s.seconds["first_paint"] for s in bare])
    ratio = seconds / bare_seconds
    return {"name": name, "seconds": round(seconds, 3), "baseline_seconds": round(bare_seconds, 3),
            "ratio": round(ratio, 3), "goal": GOAL_RATIO, "runs_seconds": [round(value, 3) for value in opened],
            "peak_mb": round(_median([s.peak_mb["page_paint"] for s in app]), 1),
            "note": "after the first page, the learners page opened from the sidebar until its first rows painted"}


def run(smoke: bool) -> list[dict[str, Any]]:
    """Alternate bare window, Argon2id verify and app starts (one unmeasured round first) so all see the same load."""
    learners = SMOKE_LEARNERS if smoke else LEARNERS
    runs = SMOKE_RUNS if smoke else RUNS
    home = demo_home(learners)
    env = _clean_env()
    user = json.loads((home / BENCH_USER).read_text(encoding="utf-8"))
    stored = stored_hash(home, user["username"])
    app_env = {**env, "VOCDESK_BENCH_FIRST_PAINT": "1", "VOCDESK_BENCH_USER": user["username"],
               "VOCDESK_BENCH_PASSWORD": user["password"], "VOCDESK_BENCH_PAGE": "learners",
               "VOCDESK_BENCH_TYPING_MS": str(TYPING_MS)}
    bare: list[Start] = []
    app: list[Start] = []
    verifies: list[Verify] = []
    for number in range(runs + 1):
        bare_run = _start_once([sys.executable, str(BARE)], env, None)
        verify_run = verify_once(stored, user["password"], env)
        app_run = _start_once([sys.executable, str(ROOT / "main.py")], app_env, home)
        if number:
            bare.append(bare_run)
            verifies.append(verify_run)
            app.append(app_run)
    missing = [what for what in LINES if not all(what in s.seconds for s in app)]
    if missing:
        raise RuntimeError(f"main.py did not print {', '.join(missing)} under VOCDESK_BENCH_FIRST_PAINT=1")
    return [
        _spawn_row(f"startup_shell_paint_{learners}_learners", app, bare, "shell_paint", "spawn → window painted"),
        _spawn_row(f"startup_sign_in_ready_{learners}_learners", app, bare, "signin_ready",
                   "spawn → sign-in dialog painted, ready to type"),
        _after_password_row(f"startup_first_page_after_password_{learners}_learners", app, bare, verifies,
                            argon2_memory_mb(stored)),
        _page_row(f"learners_page_open_{learners}_learners", app, bare),
    ]


if __name__ == "__main__":
    for result in run(smoke="--smoke" in sys.argv):
        print(result)
