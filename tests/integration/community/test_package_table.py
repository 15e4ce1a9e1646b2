"""The OVEC package's community table: per point and month, aggregates only."""

from __future__ import annotations

import datetime as dt

from tests.factories.community import FLOOD_END, FLOOD_START, flood_point, job, people
from vocdesk.services.community.package_tables import community_rows
from vocdesk.services.community.points import PointInput, add_point
from vocdesk.services.community.progress import add_minutes, add_part, set_status
from vocdesk.services.community.volunteer import add_shift, check_in, check_out, count_services
from vocdesk.services.core.context import AppContext
from vocdesk.services.packages.tables import all_package_tables


def test_points_and_months_add_up_without_names(ctx: AppContext) -> None:
    teacher = people(ctx, "6620001", "6620002")
    flood_point(ctx)
    first, second = job(ctx), job(ctx, day=FLOOD_END)
    for step in ("diagnosing", "repairing", "checking"):
        ctx.run(lambda uow, step=step: set_status(uow, first, step))  # type: ignore[misc]
    ctx.run(lambda uow: set_status(uow, first, "returned", repair_status="Fixed"))
    ctx.run(lambda uow: add_part(uow, first, "หัวเทียน", 8_050))
    ctx.run(lambda uow: add_part(uow, second, "สายพาน", 12_000))
    ctx.run(lambda uow: add_minutes(uow, first, 90, learner="6620001", worked_on=FLOOD_START))
    ctx.run(lambda uow: add_minutes(uow, second, 30, learner="6620002", worked_on=FLOOD_END))
    ctx.run(lambda uow: add_minutes(uow, second, 45, teacher_id=teacher, worked_on=FLOOD_END))
    ctx.run(lambda uow: add_point(uow, PointInput("SK1", "อาชีวะอาสา", "road_safety", dt.date(2026, 4, 10),
                                                  dt.date(2026, 4, 17), province="สงขลา")))
    shift = ctx.run(lambda uow: add_shift(uow, "SK1", dt.date(2026, 4, 13), dt.time(8), dt.time(16)))[0].id
    ctx.run(lambda uow: count_services(uow, shift, {"motorcycle": 40, "tow": 2}))
    ctx.run(lambda uow: check_in(uow, shift, dt.time(8), learner="6620001"))
    ctx.run(lambda uow: check_out(uow, shift, dt.time(11), learner="6620001"))
    with ctx.db.read() as session:
        rows = list(community_rows(session, "2569/1"))
    assert rows == [
        ("HY1", "จุดซ่อมน้ำท่วมหาดใหญ่", "flood_relief", "สงขลา", "2025-11", "1", "1", "1", "0", "0", "80.50",
         "150.00", "1", "1.5", "0", "0.0", "0", "0"),
        ("HY1", "จุดซ่อมน้ำท่วมหาดใหญ่", "flood_relief", "สงขลา", "2025-12", "1", "0", "0", "0", "0", "120.00",
         "150.00", "1", "0.5", "1", "0.8", "0", "0"),
        ("SK1", "อาชีวะอาสา", "road_safety", "สงขลา", "2026-04", "0", "0", "0", "0", "0", "0.00", "150.00", "1",
         "3.0", "0", "0.0", "1", "42")]
    assert "community_monthly" in {table.name for table in all_package_tables()}
