"""`vocdesk fixit point-report POINT --out FILE.xlsx`: the daily aggregate OVEC asks of a point, as a user checks it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from tests.factories.community import FLOOD_START, flood_point, job, people
from tests.integration.community.test_fixit_cli import ok, run_cli
from vocdesk.bootstrap import open_app
from vocdesk.clock import BANGKOK, FixedClock
from vocdesk.services.community.progress import add_minutes, add_part, set_status
from vocdesk.services.core.context import AppContext

DAY2 = FLOOD_START + dt.timedelta(days=1)
HEADER = ["วันที่", "รับ รถจักรยานยนต์", "รับ รถยนต์/รถกระบะ/รถตู้", "รับ เครื่องจักรกลการเกษตร/เครื่องสูบน้ำ",
          "รับ เครื่องใช้ไฟฟ้า", "รับ อื่น ๆ", "ซ่อมเสร็จส่งคืน", "ค่าอะไหล่ (บาท)", "วงเงินอะไหล่ (บาท)",
          "ผู้เรียนปฏิบัติงาน", "ครูปฏิบัติงาน"]


def _two_days(ctx: AppContext) -> None:
    """29 Nov: two motorcycles, a pickup and a fan; 30 Nov (the clock's day, when two come back): a pump and a car."""
    teacher = people(ctx, "6620001", "6620002", "6620003")
    flood_point(ctx)  # ฿150 a job
    bike, _bike2, pickup, fan = (job(ctx, category=c) for c in ("motorcycle", "motorcycle", "pickup", "ords:7"))
    pump, car = job(ctx, day=DAY2, category="water_pump"), job(ctx, day=DAY2, category="car")
    for label, baht in ((bike, 12_000), (pickup, 8_050), (pump, 4_525)):
        ctx.run(lambda uow, label=label, baht=baht: add_part(uow, label, "อะไหล่", baht))  # type: ignore[misc]
    for label, outcome, barrier in ((bike, "Fixed", None), (fan, "End of life", "Too worn out")):
        for step in ("diagnosing", "repairing", "checking"):
            ctx.run(lambda uow, step=step, label=label: set_status(uow, label, step))  # type: ignore[misc]
        ctx.run(lambda uow, label=label, outcome=outcome, barrier=barrier: set_status(  # type: ignore[misc]
            uow, label, "returned", repair_status=outcome, barrier=barrier))
    for label, minutes, who, day in ((bike, 60, "6620001", FLOOD_START), (pickup, 30, "6620002", FLOOD_START),
                                     (pump, 45, "6620001", DAY2), (car, 30, "6620003", DAY2)):
        ctx.run(lambda uow, label=label, minutes=minutes, who=who, day=day: add_minutes(  # type: ignore[misc]
            uow, label, minutes, learner=who, worked_on=day))
    ctx.run(lambda uow: add_minutes(uow, pickup, 20, teacher_id=teacher, worked_on=FLOOD_START))


def test_the_workbook_has_the_days_a_user_checks(tmp_path: Path) -> None:
    home = tmp_path / "h"
    opened = open_app(str(home), clock=FixedClock(dt.datetime(2025, 11, 30, 17, 0, tzinfo=BANGKOK)))
    _two_days(opened.context)
    opened.context.db.dispose()

    done = ok(home, "fixit", "point-report", "hy1", "--out", str(tmp_path / "daily"))
    # two days; five categories, three outcomes (Unknown for the four still in the shop) and one barrier summarised
    assert done == {"point": "HY1", "rows": 2 + 5 + 3 + 1, "file": str(tmp_path / "daily.xlsx")}
    book = load_workbook(tmp_path / "daily.xlsx", read_only=True)
    days = [list(row) for row in book["รายวัน HY1"].iter_rows(values_only=True)]
    summary = [list(row) for row in book["สรุป"].iter_rows(min_row=2, values_only=True)]
    book.close()
    assert days == [HEADER,
                    [dt.datetime(2025, 11, 29), 2, 1, 0, 1, 0, 0, 200.5, 600, 2, 1],
                    [dt.datetime(2025, 11, 30), 0, 1, 1, 0, 0, 2, 45.25, 300, 2, 0],
                    ["รวม", 2, 2, 1, 1, 0, 2, 245.75, 900]]  # people are not summed: cells left empty
    assert ["อุปสรรค", "Too worn out", 1] in summary and ["ผลการซ่อม", "ซ่อมได้", 1] in summary

    unknown = run_cli(home, "fixit", "point-report", "XX9", "--out", str(tmp_path / "x.xlsx"), "--json")
    assert unknown.returncode == 2 and not (tmp_path / "x.xlsx").exists()
