"""The follow-up commands' contract: `visit`, `logbook`, `allowance` — JSON keys, exit 0 done, 1 rows had errors and
nothing was saved, 2 refused input."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.factories.dual_followup import started, teacher
from tests.integration.dual.test_dual_cli import run_cli
from tests.qr_scan import qr_on_first_page
from vocdesk.bootstrap import open_app


def _json(done: subprocess.CompletedProcess[str]) -> object:
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _home(tmp_path: Path) -> Path:
    """One active placement (#1) from Monday 2 Nov 2026, Mondays and Tuesdays, 300 baht a day, supervised by #1."""
    home = tmp_path / "h"
    opened = open_app(str(home))
    started(opened.context, "6670001", supervisor=teacher(opened.context, "สมชาย", "3100000000011"),
            allowance=300.0)
    opened.context.db.dispose()
    return home


def _sheet(path: Path, *rows: tuple[object, ...]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["รหัสการฝึก", "สัปดาห์เริ่ม", "วันที่มาฝึก", "ชั่วโมงฝึก", "งานที่ฝึก", "ครูฝึกผู้ลงนาม"])
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def test_visits_from_the_command_line(tmp_path: Path) -> None:
    home = _home(tmp_path)
    early = run_cli(home, "visit", "add", "--placement", "1", "--date", "2026-11-01", "--json")
    assert early.returncode == 2 and "2026-11-02" in early.stderr and early.stdout == ""
    wrong = run_cli(home, "visit", "add", "--placement", "1", "--date", "2026-11-16", "--semester", "1/2570")
    assert wrong.returncode == 2 and "2/2569" in wrong.stderr
    added = _json(run_cli(home, "visit", "add", "--placement", "1", "--date", "16/11/2569", "--minutes", "90",
                          "--semester", "2/2569", "--state", "follow", "--travel", "120.50", "--json"))
    assert added == {"id": 1, "placement": 1, "visited_on": "2026-11-16"}
    (visit,) = _json(run_cli(home, "visit", "list", "--semester", "2/2569", "--json"))  # type: ignore[misc]
    assert set(visit) == {"id", "placement_id", "student_code", "learner", "enterprise", "semester", "visited_on",
                          "teacher_id", "teacher", "mode", "minutes", "state", "observed", "follow_up", "travel_satang"}
    assert (visit["state"], visit["travel_satang"], visit["teacher"]) == ("follow", 12050, "สมชาย ครูนิเทศก์")
    due = _json(run_cli(home, "visit", "due", "--semester", "2/2569", "--on", "2027-02-10", "--json"))
    assert set(due) == {"semester", "placements", "by_teacher", "by_department"}  # type: ignore[arg-type]
    (row,) = due["placements"]  # type: ignore[index]
    assert (row["state"], row["done"], row["required"], row["expected_by_now"]) == ("overdue", 1, 3, 2)
    assert due["by_department"] == [{"key": "ช่างยนต์", "placements": 1, "behind": 1}]  # type: ignore[index]


def test_logbook_weeks_typed_imported_and_missing(tmp_path: Path) -> None:
    home = _home(tmp_path)
    week = ["logbook", "add", "--placement", "1", "--week", "2026-11-02", "--days", "2", "--hours", "16", "--json"]
    assert _json(run_cli(home, *week)) == {"id": 1, "version": 1, "week": "2026-11-02"}
    again = run_cli(home, *week)
    assert again.returncode == 2 and "2026-11-02" in again.stderr  # already recorded: correct it with --version
    bad = _sheet(tmp_path / "bad.xlsx", (1, "2569-11-09", 2, 16, "ถอดเกียร์", "นายครูฝึก"),
                 (1, "2569-11-16", 2, 17, "เปลี่ยนน้ำมัน", "นายครูฝึก"))  # 17 h: the week holds 16
    refused = run_cli(home, "logbook", "import", str(bad), "--json")
    assert refused.returncode == 1 and json.loads(refused.stdout)["committed"] is False
    assert [(f["row"], f["code"]) for f in json.loads(refused.stdout)["errors"]] == [(3, "dual.hours_above")]
    good = _sheet(tmp_path / "good.xlsx", (1, "2569-11-09", 2, 16, "ถอดเกียร์", "นายครูฝึก"))
    assert _json(run_cli(home, "logbook", "import", str(good), "--json"))["imported"] == 1  # type: ignore[index]
    (gaps,) = _json(run_cli(home, "logbook", "missing", "--on", "2026-12-01", "--json"))  # type: ignore[misc]
    assert gaps["missing"] == ["2026-11-16", "2026-11-23"] and gaps["unsigned"] == ["2026-11-02"]


def test_allowances_from_the_command_line(tmp_path: Path) -> None:
    home = _home(tmp_path)
    outside = run_cli(home, "allowance", "add", "--placement", "1", "--month", "2569-10", "--amount", "2700",
                      "--paid-on", "2026-11-05", "--json")
    assert outside.returncode == 2 and "2026-10" in outside.stderr
    paid = _json(run_cli(home, "allowance", "add", "--placement", "1", "--month", "2569-11", "--amount", "2,700",
                         "--paid-on", "5/12/2569", "--reported-by", "ผู้เรียน", "--json"))
    assert paid == {"id": 1, "month": "2026-11", "amount_satang": 270_000}
    (late,) = _json(run_cli(home, "allowance", "late", "--on", "2027-02-16", "--json"))  # type: ignore[misc]
    assert set(late) == {"placement_id", "student_code", "learner", "late_months", "short_months", "owed_satang",
                         "stopped"}
    assert (late["late_months"], late["stopped"]) == (["2026-12", "2027-01"], True)


def test_dual_risk_and_the_regional_centres(tmp_path: Path) -> None:
    home = _home(tmp_path)
    assert _json(run_cli(home, "dual", "centres", "--json")) == []
    saved = _json(run_cli(home, "dual", "centre", "--code", "E1", "--name", "ศูนย์อาชีวศึกษาทวิภาคีภาคตะวันออก",
                          "--host", "วิทยาลัยเทคนิคชลบุรี", "--provinces", "ชลบุรี, ระยอง", "--json"))
    assert saved == {"code": "E1", "name": "ศูนย์อาชีวศึกษาทวิภาคีภาคตะวันออก", "host_college": "วิทยาลัยเทคนิคชลบุรี",
                     "provinces": ["ชลบุรี", "ระยอง"]}
    assert _json(run_cli(home, "dual", "centres", "--json")) == [saved]
    (row,) = _json(run_cli(home, "dual", "risk", "--on", "2026-12-01", "--json"))  # type: ignore[misc]
    assert set(row) == {"placement_id", "student_code", "learner", "level", "score", "signals", "actions"}
    # By 1 December four weeks are over with no log and no visit is due yet (the first is due 21 December).
    assert [(s["code"], s["value"], s["weight"]) for s in row["signals"]] == [("logbook_missing", "4", 1)]
    assert run_cli(home, "dual", "risk", "--on", "31/02/2570").returncode == 2


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_travel_claim_lists_the_teachers_visits_of_the_month_with_the_total(tmp_path: Path) -> None:
    home = _home(tmp_path)
    for day, travel in (("2026-11-16", "120.50"), ("2026-11-30", "80"), ("2026-12-01", "999")):
        assert run_cli(home, "visit", "add", "--placement", "1", "--date", day, "--travel", travel).returncode == 0
    out = tmp_path / "claim.pdf"
    done = run_cli(home, "report", "dual-travel-claim", "--param", "teacher=1", "--param", "month=2569-11",
                   "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "2 ครั้ง" in text and "200.50" in text and "16/11/2569" in text and "30/11/2569" in text
    assert "999" not in text and "01/12/2569" not in text  # December's visit is on December's claim


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_weekly_sheet_lists_the_weeks_training_days_and_carries_its_code(tmp_path: Path) -> None:
    home = _home(tmp_path)
    out = tmp_path / "sheet.pdf"
    done = run_cli(home, "report", "dual-logbook-sheet", "--param", "placement=1", "--param", "week=2569-11-18",
                   "--out", str(out))  # a Wednesday: the sheet is for its week, from Monday 16 November
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "vocdesk-logbook:1:2026-11-16" in text and "16 พ.ย. 2569" in text and "17 พ.ย. 2569" in text
    assert "18 พ.ย. 2569" not in text  # Wednesday is not a training day of this placement
    if shutil.which("zbarimg") and shutil.which("pdftoppm"):  # the QR a phone or scanner reads back
        assert qr_on_first_page(out, tmp_path) == "vocdesk-logbook:1:2026-11-16"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_enterprise_form_carries_the_competences_and_refuses_a_placement_without_any(tmp_path: Path) -> None:
    home = _home(tmp_path)
    out = tmp_path / "form.pdf"
    args = ["report", "dual-assessment-form", "--param", "placement=1", "--param", "semester=2/2569", "--out",
            str(out)]
    refused = run_cli(home, *args)
    assert refused.returncode == 2 and "Name the competence" in refused.stderr and not out.exists()
    from vocdesk.domain.dual.assessment import Score
    from vocdesk.services.dual.assessment import record_scores

    opened = open_app(str(home))
    opened.context.run(lambda uow: record_scores(uow, 1, "2/2569", [Score("งานเครื่องยนต์", 4, None),
                                                                      Score("งานบริการ", None, None)]))
    opened.context.db.dispose()
    done = run_cli(home, *args)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "งานเครื่องยนต์" in text and "งานบริการ" in text and "2/2569" in text and "6670001" in text
