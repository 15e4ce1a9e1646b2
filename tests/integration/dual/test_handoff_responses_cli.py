"""`vocdesk dual responses FILE`: a regional centre's answer per learner, from a workbook like the hand-off's list;
a file with one bad row writes nothing (exit 1, each finding with row, column and reason), a good one is recorded
and `dual handoffs` shows it."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook

from tests.integration.dual.test_dual_cli import run_cli
from tests.integration.dual.test_followup_cli import _home
from tests.integration.dual.test_handoff_cli import _college, _ok

HEADER = ["รหัสศูนย์", "รหัสนักศึกษา", "วันที่ดำเนินการ", "ผลการติดตาม", "สิ่งที่ศูนย์ดำเนินการ", "ผู้ประสานงานของศูนย์"]


def _book(path: Path, *rows: tuple[object, ...]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def test_centre_responses_from_a_file_all_or_nothing(tmp_path: Path) -> None:
    home = _home(tmp_path)  # learner 6670001 in ชลบุรี, behind on the logbook by 1 Dec
    _college(home)
    passfile = tmp_path / "pass.txt"
    passfile.write_text("ผู้อำนวยการ-keyholder\n", encoding="utf-8")
    assert run_cli(home, "package", "keygen", "--pub", str(tmp_path / "c.pub"), "--passphrase-file",
                   str(passfile)).returncode == 0
    _ok(run_cli(home, "dual", "centre", "--code", "E1", "--name", "ศูนย์ภาคตะวันออก", "--provinces", "ชลบุรี",
                "--json"))
    _ok(run_cli(home, "dual", "handoff", "--centre", "E1", "--out", str(tmp_path / "e1.zip"), "--on", "2026-12-01",
                "--passphrase-file", str(passfile), "--json"))
    bad = _book(tmp_path / "bad.xlsx", ("E1", "6670001", "02/12/2569", "ติดต่อแล้ว", "โทรหาผู้เรียน", "คุณนภา"),
                ("E1", "6670001", "02/12/2569", "Resolved", "", ""),  # the same learner and day twice
                ("X9", "6670001", "02/12/2569", "Resolved", "", ""),  # no such centre
                ("E1", "6679999", "02/12/2569", "Resolved", "", ""))  # never handed off to E1
    refused = run_cli(home, "dual", "responses", str(bad), "--json")
    assert refused.returncode == 1, refused.stderr
    report = json.loads(refused.stdout)
    assert [(f["row"], f["column"], f["code"]) for f in report["errors"]] == [
        (3, "student_code", "import_duplicate"), (4, "centre", "dual.centre_unknown"),
        (5, "student_code", "dual.response_not_handed_off")]
    assert report["committed"] is False and _handoffs(home)["E1"]["answers"] == []  # the refused file: nothing
    good = _book(tmp_path / "good.xlsx", ("E1", "6670001", "02/12/2569", "ติดต่อแล้ว", "โทรหาผู้เรียน", "คุณนภา"),
                 ("E1", "6670001", "2026-12-16", "Resolved", "กลับมาฝึกตามปกติ", "คุณนภา"))
    done = run_cli(home, "dual", "responses", str(good), "--json")
    assert done.returncode == 0, done.stderr
    assert [(a["student_code"], a["responded_on"], a["status"], a["action"], a["contact"])
            for a in _handoffs(home)["E1"]["answers"]] == [
        ("6670001", "2026-12-02", "contacted", "โทรหาผู้เรียน", "คุณนภา"),
        ("6670001", "2026-12-16", "resolved", "กลับมาฝึกตามปกติ", "คุณนภา")]
    again = json.loads(run_cli(home, "dual", "responses", str(good), "--json").stdout)
    assert (again["imported"], again["updated"]) == (0, 0)  # the same file twice records nothing new


def _handoffs(home: Path) -> dict[str, dict[str, object]]:
    done = run_cli(home, "dual", "handoffs", "--json")
    assert done.returncode == 0, done.stderr
    return {h["centre"]: h for h in json.loads(done.stdout)}
