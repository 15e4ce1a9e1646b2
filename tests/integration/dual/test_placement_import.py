"""Importing placements: a messy workbook reports exactly its seeded breaches and writes nothing; the clean part
imports, and importing it again changes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import func, select

from tests.factories.dual import TAX_IDS, D, learners, partner
from vocdesk.persistence.models import DualPlacement
from vocdesk.services.core.context import AppContext
from vocdesk.services.dual.trainers import add_trainer
from vocdesk.services.kinds.imports import import_file

HEADERS = ["รหัสนักศึกษา", "เลขประจำตัวผู้เสียภาษี", "ชื่อสถานประกอบการ", "ครูฝึก", "ครูนิเทศก์", "วันเริ่มฝึก",
           "วันสิ้นสุดการฝึก", "วันฝึก", "เวลาเริ่ม", "เวลาเลิก", "งานที่ฝึก", "เบี้ยเลี้ยงต่อวัน", "พัก (นาที)"]
CERTIFIED, UNCERTIFIED = "นายครูฝึก ทดสอบ", "นางสาวไม่มี ใบรับรอง"
CLEAN = [
    ["6630401", TAX_IDS[0], "บริษัท ทดสอบ จำกัด", CERTIFIED, "", "2/11/2569", "30/9/2570", "จ-ศ", "08:00", "17:00",
     "งานซ่อมบำรุง", 300, 60],
    ["6630404", TAX_IDS[0], "บริษัท ทดสอบ จำกัด", CERTIFIED, "", dt.date(2026, 11, 2), dt.date(2027, 9, 30),
     "อ,พ,พฤ", "8.30", "16.30", "งานบริการ", 250, 60],
]
MESSY = [
    CLEAN[0],
    ["6630402", TAX_IDS[0], "บริษัท ทดสอบ จำกัด", UNCERTIFIED, "", "2/11/2569", "30/9/2570", "จ-ศ", "08:00",
     "17:00", "งานซ่อมบำรุง", 300, 60],
    ["6630403", TAX_IDS[0], "บริษัท ทดสอบ จำกัด", CERTIFIED, "", "2/11/2569", "30/9/2570", "ส", "14:00", "22:30",
     "งานบริการ", 300, 60],
    ["6630401", TAX_IDS[0], "บริษัท ทดสอบ จำกัด", CERTIFIED, "", "1/3/2570", "30/9/2570", "จ-ศ", "08:00", "17:00",
     "งานซ่อมบำรุง", 300, 60],
    CLEAN[1],
    ["6630404", "0105536112015", "บริษัท อื่น จำกัด", CERTIFIED, "", "2/11/2569", "30/9/2570", "จ-ศ", "08:00",
     "17:00", "", 0, 60],
]


def _book(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "การฝึกอาชีพ"
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _setup(ctx: AppContext) -> None:
    learners(ctx, "6630401", "6630402", "6630404")
    learners(ctx, "6630403", level="pvc", birth=D(2010, 3, 1))  # 16 on 2 November 2569
    enterprise, _trainer = partner(ctx)
    ctx.run(lambda uow: add_trainer(uow, enterprise, UNCERTIFIED))


def _placements(ctx: AppContext) -> int:
    with ctx.db.read() as session:
        return session.scalar(select(func.count()).select_from(DualPlacement)) or 0


def test_the_messy_workbook_reports_its_breaches_by_row_and_code_and_writes_nothing(ctx: AppContext,
                                                                                   tmp_path: Path) -> None:
    _setup(ctx)
    report = import_file(ctx, "placements", _book(tmp_path / "messy.xlsx", MESSY), commit=True).report
    assert [(f.row, f.code) for f in report.errors] == [
        (3, "dual.trainer_uncertified"), (4, "dual.minor_night"), (5, "dual.overlap"), (7, "dual.tax_id_invalid")]
    assert [(f.row, f.code) for f in report.warnings] == [(4, "dual.guardian_consent")]
    assert not report.committed and report.imported == 0 and _placements(ctx) == 0
    overlap = report.errors[2].as_dict("en")
    assert overlap["column"] == "startDate" and "row 2" in overlap["message"]


def test_the_clean_part_imports_as_drafts_and_again_changes_nothing(ctx: AppContext, tmp_path: Path) -> None:
    _setup(ctx)
    path = _book(tmp_path / "clean.xlsx", CLEAN)
    first = import_file(ctx, "placements", path, commit=True).report
    assert (first.committed, first.imported, first.errors) == (True, 2, [])
    with ctx.db.read() as session:
        stored = list(session.execute(select(DualPlacement.status, DualPlacement.start_date, DualPlacement.semesters)))
    assert stored == [("draft", D(2026, 11, 2), 2), ("draft", D(2026, 11, 2), 2)]
    again = import_file(ctx, "placements", path, commit=True).report
    assert (again.imported, again.unchanged, again.errors) == (0, 2, []) and _placements(ctx) == 2


def test_an_eleventh_learner_in_one_file_breaks_the_trainers_ratio(ctx: AppContext, tmp_path: Path) -> None:
    codes = [f"66305{n:02d}" for n in range(11)]
    learners(ctx, *codes)
    partner(ctx)
    rows: list[list[object]] = [[code, *CLEAN[0][1:]] for code in codes]
    report = import_file(ctx, "placements", _book(tmp_path / "load.xlsx", rows), commit=False).report
    assert [(f.row, f.code, f.params["count"]) for f in report.errors] == [(12, "dual.trainer_ratio", 11)]


def test_an_export_of_the_placements_imports_back_unchanged(ctx: AppContext, tmp_path: Path) -> None:
    from vocdesk.services.kinds.exports import run_export

    _setup(ctx)
    import_file(ctx, "placements", _book(tmp_path / "clean.xlsx", CLEAN), commit=True)
    result = run_export(ctx, "placements", tmp_path / "out.xlsx")
    assert result.rows == 2
    again = import_file(ctx, "placements", tmp_path / "out.xlsx", commit=True).report
    assert (again.sheet, again.imported, again.unchanged, again.errors) == ("การฝึกอาชีพ", 0, 2, [])
    assert _placements(ctx) == 2
