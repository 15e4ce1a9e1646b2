"""Repair jobs to Excel and back: an exported sheet re-imports unchanged; paper forms come in once, then never again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from tests.factories.community import FLOOD_START, flood_point, job
from vocdesk.services.community.listing import list_jobs
from vocdesk.services.community.progress import set_status
from vocdesk.services.core.context import AppContext
from vocdesk.services.kinds.exports import run_export
from vocdesk.services.kinds.imports import import_file

HEADERS = ["เลขที่งาน", "วันที่รับ", "ชื่อเจ้าของ", "เบอร์โทร", "ประเภท", "อาการ", "ผลการซ่อม", "อุปสรรค"]


def _paper_forms(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ทะเบียนรับงานซ่อม ศูนย์ซ่อมหาดใหญ่"])
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_an_exported_sheet_reimports_unchanged(ctx: AppContext, tmp_path: Path) -> None:
    flood_point(ctx)
    fan = job(ctx, category="ords:7", brand="ฮาตาริ", age_years=4, owner_phone="0812345678",
              owner_national_id="3100100123451")
    job(ctx, category="water_pump", problem="ปั๊มน้ำจมโคลน\nมอเตอร์ไม่หมุน")
    ctx.run(lambda uow: set_status(uow, fan, "diagnosing"))
    result = run_export(ctx, "fixit_jobs", tmp_path / "jobs.xlsx")
    assert result.rows == 2 and "ownerNationalId" in result.columns
    again = import_file(ctx, "fixit_jobs", tmp_path / "jobs.xlsx", commit=True).report
    assert (again.rows, again.unchanged, again.imported, again.updated, again.errors) == (2, 2, 0, 0, [])


def test_paper_forms_come_in_with_their_numbers_once(ctx: AppContext, tmp_path: Path) -> None:
    flood_point(ctx)
    forms = _paper_forms(tmp_path / "forms.xlsx", [
        ["HY1-2569-0017", "30/11/2568", "นายสมหมาย ขยันดี", "081-111-2222", "รถจักรยานยนต์", "น้ำเข้าเครื่อง", "", ""],
        ["HY1-2569-0018", "30/11/2568", "นางสาวใจดี", "", "ตู้เย็น", "คอมเพรสเซอร์เสีย", "ซ่อมไม่ได้",
         "Spare parts not available"],
        ["HY1-2569-0019", "30/11/2568", "นายผิด", "", "Fan", "", "ซ่อมได้", "Too worn out"],
        ["XX9-2569-0001", "30/11/2568", "นายไกล", "", "Fan", "", "", ""],
        ["HY1-2569-0020", "30/11/2569", "นายปีผิด", "", "Fan", "", "", ""],
    ])
    first = import_file(ctx, "fixit_jobs", forms, commit=True, skip_invalid=True).report
    assert (first.imported, sorted((f.row, f.code) for f in first.errors)) == (2, [
        (5, "community.barrier_not_eol"), (6, "community.import_point_unknown"),
        (7, "community.import_year_mismatch")])
    second = import_file(ctx, "fixit_jobs", forms, commit=True, skip_invalid=True).report
    assert (second.imported, second.updated, second.unchanged) == (0, 0, 2)
    assert job(ctx, day=FLOOD_START + dt.timedelta(days=2)) == "HY1-2569-0019"  # intake goes on after the forms
    with ctx.db.read() as session:
        rows = {r.label: (r.owner_phone, r.category, r.repair_status, r.barrier) for r in list_jobs(session, ctx.actor)}
    assert rows == {"HY1-2569-0017": ("0811112222", "motorcycle", "Unknown", None),
                    "HY1-2569-0018": ("", "refrigerator", "End of life", "Spare parts not available"),
                    "HY1-2569-0019": ("", "motorcycle", "Unknown", None)}
