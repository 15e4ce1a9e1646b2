"""The learner and rollover commands as a registrar runs them: JSON out, one-line Thai errors, exit 2 on refusal."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


SIGN_IN: dict[str, list[str]] = {}
"""`--user` for the registrar when the demo created accounts (the password goes in VOCDESK_PASSWORD)."""
PASSWORD: dict[str, str] = {}


def run_cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **({"VOCDESK_PASSWORD": PASSWORD[str(home)]} if str(home) in PASSWORD else {})}
    user = SIGN_IN.get(str(home), [])
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--home", str(home), *user, *args],
                          capture_output=True, text=True, encoding="utf-8", timeout=300, check=False, env=env)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-home")
    filled = run_cli(folder, "demo", "--learners", "400", "--graduate-cohorts", "0")
    assert filled.returncode == 0, filled.stderr
    registrars = [u for u in json.loads(filled.stdout).get("demo_users", []) if u["role"] == "registrar"]
    if registrars:  # the demo creates one account per role: act as the registrar, as a college would
        SIGN_IN[str(folder)] = ["--user", registrars[0]["username"]]
        PASSWORD[str(folder)] = registrars[0]["password"]
    return folder


def test_search_show_and_status(home: Path) -> None:
    found = json.loads(run_cli(home, "learner", "search", "สม", "--limit", "3").stdout)
    assert found["mode"] == "fts5" and found["found"] >= 3
    code = found["learners"][0]["student_code"]
    shown = json.loads(run_cli(home, "learner", "show", code).stdout)
    assert shown["student_code"] == code and shown["history"][0][1] == "studying"
    refused = run_cli(home, "learner", "status", code, "--to", "withdrawn", "--date", "2026-11-01")
    assert refused.returncode == 2 and "ต้องกรอก reason" in refused.stderr and "Traceback" not in refused.stderr
    done = run_cli(home, "learner", "status", code, "--to", "withdrawn", "--date", "01/11/2569", "--reason", "ย้ายบ้าน")
    assert done.returncode == 0, done.stderr
    assert json.loads(run_cli(home, "learner", "show", code).stdout)["status"] == "withdrawn"


def test_at_risk_csv(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "risk.csv"
    result = json.loads(run_cli(home, "learner", "at-risk", "--out", str(out)).stdout)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert result["learners"] == len(rows) > 0 and all(r["rules"] for r in rows)
    book = tmp_path / "risk.xlsx"
    assert json.loads(run_cli(home, "learner", "at-risk", "--out", str(book)).stdout)["learners"] == len(rows)
    from python_calamine import CalamineWorkbook

    sheet = CalamineWorkbook.from_path(str(book)).get_sheet_by_index(0).to_python()
    assert sheet[0][0] == "รหัสนักศึกษา" and [r[0] for r in sheet[1:]] == [r["studentCode"] for r in rows]
    assert [r[9] for r in sheet[1:]] == [r["rules"] for r in rows]


def test_rollover_preview_then_apply_once(home: Path) -> None:
    preview = json.loads(run_cli(home, "rollover", "preview", "--on", "2026-11-20").stdout)
    assert preview["counts"]["promote"] > 0 and preview["groups"]
    stale = run_cli(home, "rollover", "apply", "--on", "2026-11-20", "--fingerprint", "0" * 64)
    assert stale.returncode == 2 and "ดูตัวอย่างใหม่" in stale.stderr
    applied = run_cli(home, "rollover", "apply", "--on", "2026-11-20", "--fingerprint", preview["fingerprint"])
    assert applied.returncode == 0, applied.stderr
    result = json.loads(applied.stdout)
    assert result["promoted"] == preview["counts"]["promote"] and "before-rollover" in result["backup"]
    again = run_cli(home, "rollover", "apply", "--on", "2026-11-20", "--fingerprint", preview["fingerprint"])
    assert again.returncode == 2 and "เลื่อนชั้นปีการศึกษา 2569 ไปแล้ว" in again.stderr
