"""A point's daily aggregate for OVEC: items by type, completed, parts against the allowance, people on duty."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from openpyxl import load_workbook

from tests.factories.community import FLOOD_START, flood_point, job, people
from tests.factories.kinds import need_poppler
from vocdesk.io.pdf import ReportOptions
from vocdesk.services.community.daily import point_report, write_point_report_xlsx
from vocdesk.services.community.progress import add_minutes, add_part, set_status
from vocdesk.services.core.context import AppContext
from vocdesk.services.kinds.reports import ReportRequest, all_reports

NEXT = FLOOD_START + dt.timedelta(days=1)


def _burst(ctx: AppContext) -> None:
    teacher = people(ctx, "6620001", "6620002")
    flood_point(ctx)
    first, _second, _fan = job(ctx), job(ctx), job(ctx, category="ords:7")
    pump = job(ctx, day=NEXT, category="water_pump")
    ctx.run(lambda uow: add_part(uow, first, "หัวเทียน", 12_000))
    ctx.run(lambda uow: add_part(uow, pump, "ซีลปั๊ม", 5_050))
    for step in ("diagnosing", "repairing", "checking"):
        ctx.run(lambda uow, step=step: set_status(uow, first, step))  # type: ignore[misc]
    ctx.run(lambda uow: set_status(uow, first, "returned", repair_status="End of life", barrier="Too worn out"))
    ctx.run(lambda uow: add_minutes(uow, first, 60, learner="6620001", worked_on=FLOOD_START))
    ctx.run(lambda uow: add_minutes(uow, first, 30, learner="6620002", worked_on=FLOOD_START))
    ctx.run(lambda uow: add_minutes(uow, pump, 30, teacher_id=teacher, worked_on=NEXT))


def test_the_days_add_up_and_print(ctx: AppContext, tmp_path: Path) -> None:
    need_poppler()
    _burst(ctx)  # the clock's today (24 Nov 2569) is the day the first job came back
    with ctx.db.read() as session:
        report = point_report(session, ctx.actor, "hy1")
        written = write_point_report_xlsx(session, ctx.actor, "HY1", tmp_path / "daily.xlsx")
    days = [(d.day, d.received, d.completed, d.parts_satang, d.budget_satang, d.learners, d.teachers)
            for d in report.days]
    assert days == [
        (FLOOD_START, {"รถจักรยานยนต์": 2, "เครื่องใช้ไฟฟ้า": 1}, 0, 12_000, 45_000, 2, 0),
        (NEXT, {"เครื่องจักรกลการเกษตร/เครื่องสูบน้ำ": 1}, 0, 5_050, 15_000, 0, 1),
        (dt.date(2026, 11, 24), {}, 1, 0, 0, 0, 0)]
    assert dict(report.by_barrier) == {"Too worn out": 1} and dict(report.by_outcome)["ซ่อมไม่ได้"] == 1
    assert written == 3 + 6  # three days; three categories, two outcomes and one barrier summarised
    book = load_workbook(tmp_path / "daily.xlsx", read_only=True)
    cells = [list(row) for row in book.worksheets[0].iter_rows(min_row=2, max_row=2, values_only=True)]
    book.close()
    assert cells[0][1:] == [2, 0, 0, 1, 0, 0, 120, 450, 2, 0]
    options = ReportOptions(ctx.paths.resources_dir, printed=FLOOD_START)
    pdf = all_reports().get("fixit-point-daily").build(ReportRequest(ctx, {"point": "HY1"}), tmp_path / "d.pdf",
                                                       options, lambda d, t: None, lambda: False)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in text.splitlines()]
    assert ["29/11/2568", "2", "0", "0", "1", "0", "0", "120.00", "450.00", "2", "0"] in rows
    assert ["รวม", "2", "0", "1", "1", "0", "1", "170.50", "600.00"] in rows
