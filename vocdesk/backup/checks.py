"""Start-up checks: a quick check every start, a full one weekly and after an unclean exit (marker file)."""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from vocdesk.backup.engine import connect_readonly, integrity_verdict
from vocdesk.io.atomic import write_text_atomic

MARKER_NAME = "vocdesk.running"
STATE_NAME = "checks.json"
FULL_CHECK_EVERY = dt.timedelta(days=7)


@dataclass(frozen=True)
class CheckResult:
    """What a database check found; `ok` is true only when SQLite answered 'ok'."""

    kind: str  # "quick" or "full"
    verdict: str
    reason: str  # why this kind ran: "start", "weekly", "unclean_exit", "requested"

    @property
    def ok(self) -> bool:
        return self.verdict == "ok"


def check_file(path: Path, full: bool, reason: str = "requested") -> CheckResult:
    conn = connect_readonly(path)
    try:
        verdict = integrity_verdict(conn, quick=not full)
    finally:
        conn.close()
    return CheckResult("full" if full else "quick", verdict, reason)


class RunMarker:
    """A file in the data folder that exists while VocDesk runs; finding it at start means an unclean exit."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / MARKER_NAME
        self.state_path = data_dir / STATE_NAME

    def previous_exit_unclean(self) -> bool:
        return self.path.exists()

    def start(self, now: dt.datetime) -> None:
        write_text_atomic(self.path, json.dumps({"pid": os.getpid(), "started": now.isoformat()}))

    def stop(self) -> None:
        self.path.unlink(missing_ok=True)

    def last_full_check(self) -> dt.datetime | None:
        try:
            raw = json.loads(self.state_path.read_text(encoding="utf-8"))
            return dt.datetime.fromisoformat(raw["last_full_check"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def record_full_check(self, now: dt.datetime) -> None:
        write_text_atomic(self.state_path, json.dumps({"last_full_check": now.isoformat()}))


def startup_check(db_path: Path, data_dir: Path, now: dt.datetime) -> CheckResult:
    """Run at every start (before the marker is written): full check if due or after a crash, else quick."""
    marker = RunMarker(data_dir)
    last_full = marker.last_full_check()
    if marker.previous_exit_unclean():
        full, reason = True, "unclean_exit"
    elif last_full is None or now - last_full >= FULL_CHECK_EVERY:
        full, reason = True, "weekly"
    else:
        full, reason = False, "start"
    result = check_file(db_path, full, reason)
    if full and result.ok:
        marker.record_full_check(now)
    return result
