"""Trainees through the standard import pipeline: findings with row and reason; an export re-imports unchanged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from tests.factories.training_courses import national_id
from vocdesk.services.core.context import AppContext
from vocdesk.services.kinds.exports import run_export
from vocdesk.services.kinds.imports import import_file
from vocdesk.services.training.trainees import list_trainees

HEADERS = ["เลขประจำตัวประชาชน", "คำนำหน้า", "ชื่อ", "นามสกุล", "วันเกิด", "เพศ", "โทรศัพท์", "จังหวัด",
           "สถานะการทำงาน", "ความยินยอม"]


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_bad_rows_are_findings_and_nothing_is_written(ctx: AppContext, tmp_path: Path) -> None:
    wrong = national_id(2)[:12] + str((int(national_id(2)[12]) + 1) % 10)
    path = _workbook(tmp_path / "t.xlsx", [
        [national_id(1), "นาง", "สมศรี", "มีสุข", "12/03/2520", "หญิง", "0812345678", "ขอนแก่น", "ว่างงาน", "ยินยอม"],
        [wrong, "นาย", "สมปอง", "ดีใจ", None, "ชาย", None, None, "มีงานทำ", "ยินยอม"],
        [national_id(3), "นาย", "สมบัติ", "รวย", None, "ชาย", None, None, "เกษียณ", "ยินยอม"],
    ])
    run = import_file(ctx, "trainees", path, commit=True)
    assert not run.report.committed
    assert sorted((f.row, f.column, f.code) for f in run.report.errors) == [
        (3, "idcard", "import_national_id_checksum"), (4, "employment", "import_choice_invalid")]
    with ctx.db.read() as session:
        assert list_trainees(session, ctx.actor) == []


def test_an_exported_register_imports_back_unchanged(ctx: AppContext, tmp_path: Path) -> None:
    path = _workbook(tmp_path / "t.xlsx", [
        [national_id(1), "นาง", "สมศรี", "มีสุข", "12/03/2520", "หญิง", "081-234-5678", "ขอนแก่น", "ว่างงาน",
         "ยินยอม"],
        [national_id(4), "นาย", "สมปอง", "ดีใจ", None, "ชาย", None, "ชลบุรี", "อาชีพอิสระ", "ไม่ยินยอม"],
    ])
    first = import_file(ctx, "trainees", path, commit=True)
    assert first.report.committed and first.report.imported == 2, first.report.findings
    with ctx.db.read() as session:
        rows = {r.first_name: r for r in list_trainees(session, ctx.actor)}
    assert rows["สมศรี"].birth_date == dt.date(1977, 3, 12) and rows["สมศรี"].phone == "0812345678"
    assert (rows["สมปอง"].employment, rows["สมปอง"].pdpa_consent, rows["สมศรี"].pdpa_consent) == (
        "self_employed", False, True)
    exported = run_export(ctx, "trainees", tmp_path / "out.xlsx")
    assert exported.rows == 2
    again = import_file(ctx, "trainees", tmp_path / "out.xlsx", commit=True)
    assert (again.report.errors, again.report.would_import, again.report.would_update, again.report.unchanged) == (
        [], 0, 0, 2)
