"""The exact command line: `term set`, `room setup|free|book` with --json; exit 0, 1 (conflicts: nothing written), 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def run_cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--home", str(home), "--lang", "en", *args],
                          capture_output=True, text=True, check=False, timeout=120)


def test_term_rooms_free_and_book(tmp_path: Path) -> None:
    home = tmp_path / "h"
    term = run_cli(home, "term", "set", "2/2569", "--from", "2026-11-02", "--to", "2027-03-12", "--json")
    assert term.returncode == 0, term.stderr
    assert json.loads(term.stdout) == {"term": "2/2569", "from": "2026-11-02", "to": "2027-03-12"}
    for code in ("WELD-1", "WELD-2"):
        assert run_cli(home, "asset", "room", code, "โรงฝึกงานเชื่อม", "--kind", "workshop").returncode == 0
        assert run_cli(home, "room", "setup", code, "--seats", "20", "--buffer-after", "30").returncode == 0

    booked = run_cli(home, "room", "book", "WELD-1", "--from", "2026-12-12", "--time", "09:00-12:00",
                     "--purpose", "ช่างเชื่อมรุ่น 1", "--json")
    assert booked.returncode == 0, booked.stderr
    assert json.loads(booked.stdout)["sessions"] == [
        {"date": "2026-12-12", "start": "09:00", "end": "12:00", "room": "WELD-1"}]

    clash = run_cli(home, "room", "book", "WELD-1", "--from", "2026-12-01", "--to", "2026-12-31", "--days", "sat",
                    "--time", "12:15-13:00", "--purpose", "อบรมชุมชน", "--json")
    assert clash.returncode == 1
    refused = json.loads(clash.stdout)
    assert refused["written"] is False and refused["sessions"] == []
    assert refused["skipped"][0]["date"] == "2026-12-05"  # a public holiday is never an occurrence
    assert refused["conflicts"] == [{"date": "2026-12-12", "start": "09:00", "end": "12:00", "kind": "booking",
                                     "what": "ช่างเชื่อมรุ่น 1"}]  # cleaning until 12:30

    free = run_cli(home, "room", "free", "--from", "2026-12-01", "--to", "2026-12-31", "--days", "sat",
                   "--time", "09:00-12:00", "--seats", "15", "--json")
    assert free.returncode == 0, free.stderr
    answer = json.loads(free.stdout)
    assert answer["occurrences"] == 3
    assert [(r["code"], r["free"], len(r["conflicts"])) for r in answer["rooms"]] == [
        ("WELD-2", True, 0), ("WELD-1", False, 1)]

    bad = run_cli(home, "room", "free", "--from", "2026-12-01", "--to", "2026-12-31", "--days", "someday",
                  "--time", "09:00-12:00")
    assert bad.returncode == 2 and "--days" in bad.stderr
