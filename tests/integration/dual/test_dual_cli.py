"""The dual commands' contract: JSON keys, drafts with findings, exit 1 when findings stop it, 2 on bad input."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from vocdesk.bootstrap import open_app
from vocdesk.persistence.models import Learner, Programme

ROOT = Path(__file__).resolve().parents[3]


def run_cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--home", str(home), "--lang", "en", *args],
                          capture_output=True, text=True, check=False, timeout=120)


def _json(done: subprocess.CompletedProcess[str]) -> object:
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def test_enterprise_to_activated_placement_through_the_command_line(tmp_path: Path) -> None:
    home = tmp_path / "h"
    opened = open_app(str(home))
    with opened.context.unit_of_work() as uow:
        programme = Programme(level="pvs", type_name_th="อุตสาหกรรม", major_code="30127",
                              major_name_th="เมคคาทรอนิกส์", curriculum_year=2567)
        uow.session.add(programme)
        uow.session.flush()
        for code, birth in (("6730001", dt.date(2005, 2, 1)), ("6730002", dt.date(2009, 6, 1))):
            uow.session.add(Learner(student_code=code, national_id="1" + code.zfill(12), first_name_th="ผู้เรียน",
                                    last_name_th=code, birth_date=birth, level="pvs", year=1,
                                    programme_id=programme.id, status="studying", is_dual=True))
    opened.context.db.dispose()

    bad = run_cli(home, "enterprise", "add", "--tax-id", "0105536112015", "--name", "บริษัท ผิด จำกัด", "--json")
    assert bad.returncode == 2 and "0105536112015" in bad.stderr and bad.stdout == ""
    added = _json(run_cli(home, "enterprise", "add", "--tax-id", "0105536112014", "--name", "บริษัท ออโต้ จำกัด",
                          "--province", "ระยอง", "--json"))
    assert added == {"id": 1, "tax_id": "0105536112014", "name_th": "บริษัท ออโต้ จำกัด"}
    assert _json(run_cli(home, "mou", "add", "--enterprise", "1", "--start", "1/6/2569", "--end", "31/5/2572",
                         "--number", "12/2569", "--json")) == {"id": 1, "scan_sha256": ""}
    trainer = _json(run_cli(home, "trainer", "add", "--enterprise", "1", "--name", "นายช่าง ฝึกดี",
                            "--certified", "2569-01-15", "--json"))
    assert trainer == {"id": 1, "certificate_until": "2031-01-14"}

    common = ["--enterprise", "1", "--trainer", "1", "--start", "2/11/2569", "--end", "30/9/2570",
              "--semesters", "2", "--days", "จ-ศ", "--guardian-consent", "--json"]
    adult = _json(run_cli(home, "placement", "add", "--learner", "6730001", *common))
    assert adult == {"id": 1, "status": "draft", "findings": []}
    night = _json(run_cli(home, "placement", "add", "--learner", "6730002", *common,
                          "--shift-start", "14:00", "--shift-end", "22:30", "--break-minutes", "60"))
    assert [f["code"] for f in night["findings"]] == ["dual.minor_night"]  # type: ignore[index]
    assert set(night["findings"][0]) == {"code", "severity", "learner", "message_th", "message_en", "params"}  # type: ignore[index]

    refused = run_cli(home, "placement", "activate", "2", "--json")
    assert refused.returncode == 1
    assert json.loads(refused.stdout)["refused"] == "dual.findings_block"
    checked = run_cli(home, "placement", "check", "2", "--json")
    assert checked.returncode == 1 and json.loads(checked.stdout)["findings"][0]["severity"] == "error"
    assert run_cli(home, "placement", "activate", "1", "--json").returncode == 0

    listed = _json(run_cli(home, "placement", "list", "--json"))
    assert [(p["id"], p["status"]) for p in listed] == [(1, "active"), (2, "draft")]  # type: ignore[union-attr,index]
    assert [p["id"] for p in _json(run_cli(home, "placement", "list", "--status", "draft", "--json"))] == [2]  # type: ignore[union-attr,index]
    trainers = _json(run_cli(home, "trainer", "list", "--json"))
    assert set(trainers[0]) == {"id", "enterprise_id", "enterprise", "name", "position", "certificate_until",  # type: ignore[index]
                                "learners_now"}
