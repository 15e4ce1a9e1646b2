"""The community commands' contract: names, options, JSON keys and exit codes (0 done, 2 bad input)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.factories.community import people
from vocdesk.bootstrap import open_app

ROOT = Path(__file__).resolve().parents[3]
POINT_KEYS = {"id", "code", "name", "kind", "province", "start_date", "end_date", "parts_allowance_satang", "jobs"}
JOB_KEYS = {"id", "label", "point_code", "received_on", "owner_name", "owner_phone", "owner_national_id", "category",
            "category_name", "brand", "problem", "status", "repair_status", "barrier", "parts_satang", "version"}


def run_cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--home", str(home), "--lang", "en", *args],
                          capture_output=True, text=True, check=False, timeout=120)


def ok(home: Path, *args: str) -> object:
    done = run_cli(home, *args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_flood_point_from_intake_to_service_hours_on_the_command_line(tmp_path: Path) -> None:
    home = tmp_path / "h"
    opened = open_app(str(home))
    people(opened.context, "6620001")
    opened.context.db.dispose()

    point = ok(home, "fixit", "point", "add", "--code", "hy1", "--name", "จุดซ่อมน้ำท่วมหาดใหญ่", "--kind",
               "flood_relief", "--start", "29/11/2568", "--end", "2568-12-03", "--province", "สงขลา")
    assert isinstance(point, dict) and set(point) == POINT_KEYS
    assert (point["code"], point["start_date"], point["parts_allowance_satang"]) == ("HY1", "2025-11-29", 15_000)
    job = ok(home, "fixit", "job", "add", "--point", "HY1", "--owner", "นางมาลี ศรีสุข", "--category", "ords:7",
             "--problem", "พัดลมไม่หมุน โทร 081-234-5678", "--received", "2568-11-30", "--national-id",
             "3100100123451", "--terms")
    assert job == {"id": 1, "point_code": "HY1", "fiscal_year": 2569, "job_no": 1, "label": "HY1-2569-0001",
                   "version": 1}
    closed = run_cli(home, "fixit", "job", "add", "--point", "HY1", "--owner", "นายมา", "--category", "car",
                     "--received", "2568-12-04", "--json")
    assert closed.returncode == 2 and closed.stdout == "" and "not open on 2025-12-04" in closed.stderr
    skipped = run_cli(home, "fixit", "job", "status", "HY1-2569-0001", "returned", "--json")
    assert skipped.returncode == 2 and "cannot go from received to returned" in skipped.stderr
    moved = ok(home, "fixit", "job", "status", "HY1-2569-0001", "diagnosing")
    assert moved == {"label": "HY1-2569-0001", "status": "diagnosing", "repair_status": "Unknown", "barrier": None,
                     "version": 2}
    listed = ok(home, "fixit", "job", "list", "--point", "HY1")
    assert isinstance(listed, list) and set(listed[0]) == JOB_KEYS
    assert (listed[0]["owner_national_id"], listed[0]["category_name"]) == ("3-1001-xxxxx-xx-1", "พัดลม")

    exported = ok(home, "fixit", "export-ords", "--from", "2568-11-29", "--to", "2568-12-03", "--out",
                  str(tmp_path / "ords"))
    assert exported == {"records": 1, "unpowered": 0,
                        "files": ["ords_repairs.csv", "unpowered_summary.csv", "datapackage.json"]}
    csv_text = (tmp_path / "ords" / "ords_repairs.csv").read_text(encoding="utf-8")
    assert "พัดลมไม่หมุน" in csv_text and "081" not in csv_text

    ok(home, "fixit", "point", "add", "--code", "SK1", "--name", "จุดบริการอาชีวะอาสา", "--kind", "road_safety",
       "--start", "2569-04-10", "--end", "2569-04-17")
    shift = ok(home, "volunteer", "shift", "add", "--point", "SK1", "--day", "13/4/2569", "--start", "08:00",
               "--end", "16:00", "--service", "motorcycle=40", "--service", "rest_stop=85")
    assert shift == {"id": 1, "point_code": "SK1", "day": "2026-04-13", "start": "08:00:00", "end": "16:00:00"}
    assert ok(home, "volunteer", "shift", "checkin", "1", "--learner", "6620001", "--at", "08:30") == {
        "shift": 1, "attendance": 1, "at": "08:30:00"}
    late = run_cli(home, "volunteer", "shift", "checkout", "1", "--learner", "6620001", "--at", "17:00", "--json")
    assert late.returncode == 2 and "outside the shift, 08:00–16:00" in late.stderr
    assert ok(home, "volunteer", "shift", "checkout", "1", "--learner", "6620001", "--at", "12:00") == {
        "shift": 1, "at": "12:00:00", "minutes": 210}

    hours = ok(home, "service-hours", "6620001")
    assert isinstance(hours, dict) and set(hours) == {"learner_id", "student_code", "name", "total_minutes", "lines"}
    assert (hours["total_minutes"], hours["lines"][0]["point_code"]) == (210, "SK1")
    assert set(hours["lines"][0]) == {"point_code", "point_name", "first_day", "last_day", "minutes"}
    unknown = run_cli(home, "service-hours", "0000000", "--json")
    assert unknown.returncode == 2 and unknown.stdout == ""
