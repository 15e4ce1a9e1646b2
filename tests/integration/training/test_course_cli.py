"""The exact command line for courses: add, schedule (sessions/skipped/conflicts; exit 0/1/2), trainees, enrolment,
attendance, payments (the receipt number printed) and certificates issued and verified."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.factories.training_courses import national_id
from tests.integration.training.test_training_cli import run_cli


def test_a_course_from_catalogue_to_verified_certificate(tmp_path: Path) -> None:
    home = tmp_path / "h"
    assert run_cli(home, "asset", "room", "WELD-1", "โรงฝึกงานเชื่อม", "--kind", "workshop").returncode == 0
    assert run_cli(home, "room", "setup", "WELD-1", "--seats", "20").returncode == 0
    added = run_cli(home, "course", "add", "weld01", "--name-th", "ช่างเชื่อมไฟฟ้าเบื้องต้น", "--kind", "upskill",
                    "--hours", "6", "--capacity", "1", "--fee", "1,500", "--json")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["code"] == "WELD01" and json.loads(added.stdout)["fee_satang"] == 150_000

    scheduled = run_cli(home, "course", "schedule", "WELD01", "--room", "WELD-1", "--from", "2026-11-28",
                        "--to", "2026-12-12", "--days", "sat", "--time", "09:00-12:00", "--json")
    assert scheduled.returncode == 0, scheduled.stderr
    answer = json.loads(scheduled.stdout)
    assert list(answer) == ["sessions", "skipped", "conflicts"]
    assert answer["sessions"] == [{"date": "2026-11-28", "start": "09:00", "end": "12:00", "room": "WELD-1"},
                                  {"date": "2026-12-12", "start": "09:00", "end": "12:00", "room": "WELD-1"}]
    assert [s["date"] for s in answer["skipped"]] == ["2026-12-05"] and "วันพ่อแห่งชาติ" in answer["skipped"][0]["reason"]
    assert answer["conflicts"] == []
    clash = run_cli(home, "course", "schedule", "WELD01", "--room", "WELD-1", "--from", "2026-11-28",
                    "--to", "2026-11-28", "--days", "sat", "--time", "11:00-13:00", "--json")
    assert clash.returncode == 1
    assert json.loads(clash.stdout) == {"sessions": [], "skipped": [], "conflicts": [
        {"date": "2026-11-28", "start": "09:00", "end": "12:00", "kind": "booking",
         "what": "WELD01/1 ช่างเชื่อมไฟฟ้าเบื้องต้น"}]}
    bad = run_cli(home, "course", "schedule", "WELD01", "--room", "WELD-1", "--from", "2026-11-28",
                  "--to", "2026-12-12", "--days", "sat", "--time", "9-12", "--json")
    assert bad.returncode == 2 and "--time" in bad.stderr

    first, second = national_id(1), national_id(2)
    for nid, name in ((first, "สมหญิง"), (second, "สมชาย")):
        made = run_cli(home, "trainee", "add", "--first-name", name, "--last-name", "ใจดี", "--national-id", nid,
                       "--consent", "--json")
        assert made.returncode == 0, made.stderr
    assert run_cli(home, "trainee", "add", "--first-name", "ซ้ำ", "--last-name", "คน", "--national-id",
                   first).returncode == 2
    states = [json.loads(run_cli(home, "course", "enrol", "WELD01/1", "--trainee", nid, "--json").stdout)["state"]
              for nid in (first, second)]
    assert states == ["enrolled", "waitlist"]  # one seat

    for day in ("2026-11-28", "2026-12-12"):
        marked = run_cli(home, "attendance", "mark", "WELD01/1", "--date", day, "--all", "--json")
        assert marked.returncode == 0 and json.loads(marked.stdout)["trainees"] == 1
    paid = run_cli(home, "payment", "add", "WELD01/1", "--trainee", first, "--amount", "1500",
                   "--pdf", str(tmp_path / "receipt.pdf"))
    assert paid.returncode == 0, paid.stderr
    assert re.fullmatch(r"25\d\d/000001", paid.stdout.strip()) and (tmp_path / "receipt.pdf").stat().st_size > 1000
    again = run_cli(home, "payment", "add", "WELD01/1", "--trainee", second, "--amount", "1500")
    assert again.stdout.strip().endswith("/000002")
    year = paid.stdout.strip().split("/")[0]  # the fiscal year the receipt register numbered it in
    income = json.loads(run_cli(home, "payment", "income", year, "--json").stdout)
    assert (income["courses"][0]["receipts"], income["total_satang"]) == (2, 300_000)

    issued = run_cli(home, "certificate", "issue", "WELD01/1", "--signer", "นายวิชัย ใจกล้า", "--title",
                     "ผู้อำนวยการ", "--out", str(tmp_path / "certs"), "--json")
    assert issued.returncode == 0, issued.stderr
    [cert] = json.loads(issued.stdout)["issued"]
    assert cert["name"] == "สมหญิง ใจดี" and (tmp_path / "certs" / f"{cert['number']}.pdf").exists()
    text = _payload(home, cert["number"])
    verified = run_cli(home, "certificate", "verify", text, "--json")
    assert verified.returncode == 0, verified.stderr
    assert json.loads(verified.stdout)["name"] == "สมหญิง ใจดี"
    altered = text[:-5] + ("A" if text[-5] != "A" else "B") + text[-4:]
    refused = run_cli(home, "certificate", "verify", altered, "--json")
    assert refused.returncode == 1 and json.loads(refused.stdout) == {"valid": False, "code": "certificate_invalid"}


def _payload(home: Path, number: str) -> str:
    import sqlite3

    [path] = list(home.rglob("*.sqlite3"))
    with sqlite3.connect(path) as db:
        return str(db.execute("select payload from training_certificate where number = ?", (number,)).fetchone()[0])


def test_trainee_import_goes_through_the_import_pipeline(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["เลขประจำตัวประชาชน", "ชื่อ", "นามสกุล", "เพศ"])
    sheet.append([national_id(1), "สมศรี", "มีสุข", "หญิง"])
    sheet.append([national_id(2)[:12] + "0" if national_id(2)[12] != "0" else national_id(2)[:12] + "1", "ก", "ข",
                  "หญิง"])
    book.save(tmp_path / "t.xlsx")
    home = tmp_path / "h"
    refused = run_cli(home, "trainee", "import", str(tmp_path / "t.xlsx"), "--json")
    assert refused.returncode == 1
    answer = json.loads(refused.stdout)
    assert (answer["committed"], [(e["row"], e["column"]) for e in answer["errors"]]) == (False, [(3, "idcard")])
    sheet.delete_rows(3)
    book.save(tmp_path / "t.xlsx")
    saved = run_cli(home, "trainee", "import", str(tmp_path / "t.xlsx"), "--json")
    assert saved.returncode == 0 and json.loads(saved.stdout)["imported"] == 1
    listed = json.loads(run_cli(home, "trainee", "list", "--json").stdout)
    assert [(t["name"], t["national_id"][-1]) for t in listed] == [("สมศรี มีสุข", national_id(1)[-1])]


def free_course_and_room(home: Path) -> None:
    """Workshop W1 (20 seats) and the free 6-hour course C1 (อบรม, 10 seats, funded by งบ สอศ.) by the command line."""
    assert run_cli(home, "asset", "room", "W1", "โรงฝึก", "--kind", "workshop").returncode == 0
    assert run_cli(home, "room", "setup", "W1", "--seats", "20").returncode == 0
    assert run_cli(home, "course", "add", "C1", "--name-th", "อบรม", "--kind", "short", "--hours", "6",
                   "--capacity", "10", "--fee", "0", "--funding", "งบ สอศ.").returncode == 0


def test_sessions_are_added_moved_and_cancelled_from_the_command_line(tmp_path: Path) -> None:
    home = tmp_path / "h"
    free_course_and_room(home)
    scheduled = run_cli(home, "course", "schedule", "C1", "--room", "W1", "--from", "2026-11-28", "--to",
                        "2026-12-12", "--days", "sat", "--time", "09:00-12:00", "--json")
    assert [s["date"] for s in json.loads(scheduled.stdout)["skipped"]] == ["2026-12-05"]
    holiday = run_cli(home, "course", "session", "add", "C1/1", "--date", "2026-12-05")
    assert holiday.returncode == 2  # a public holiday is never a session: refused with its reason
    assert run_cli(home, "course", "session", "add", "C1/1", "--date", "2026-12-19").returncode == 0
    moved = run_cli(home, "course", "session", "move", "C1/1", "--date", "2026-11-28", "--to", "2026-11-29",
                    "--reason", "ห้องไม่ว่าง", "--json")
    assert moved.returncode == 0 and json.loads(moved.stdout)["written"] is True
    assert run_cli(home, "course", "session", "cancel", "C1/1", "--date", "2026-12-12", "--reason",
                   "น้ำท่วม").returncode == 0
    free = json.loads(run_cli(home, "room", "free", "--from", "2026-11-28", "--to", "2026-12-19", "--days",
                              "sat,sun", "--time", "09:00-12:00", "--json").stdout)
    conflicts = sorted(c["date"] for c in free["rooms"][0]["conflicts"])
    assert conflicts == ["2026-11-29", "2026-12-19"]  # the moved and the added date hold the room; the rest are free
