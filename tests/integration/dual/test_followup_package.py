"""The follow-up's share of the OVEC package on both backends: counts per placement and semester, no free text."""

from __future__ import annotations

import datetime as dt

from tests.factories.dual_followup import set_today, started, teacher
from vocdesk.clock import FixedClock
from vocdesk.services.core.context import AppContext
from vocdesk.services.dual.logbook import WeekInput, record_week
from vocdesk.services.dual.package_tables import package_tables
from vocdesk.services.dual.visits import VisitInput, add_visit

D = dt.date


def test_visits_and_logbook_completion_per_placement_and_semester(ctx: AppContext, clock: FixedClock) -> None:
    set_today(clock, D(2027, 2, 10))
    (placement,) = started(ctx, "6695001", supervisor=teacher(ctx, "สมชาย", "3100000000011"))
    for day, mode in ((D(2026, 11, 16), "onsite"), (D(2027, 1, 11), "onsite"), (D(2027, 2, 1), "online")):
        ctx.run(lambda uow, d=day, m=mode: add_visit(uow, VisitInput(placement, d, mode=m,
                                                                     observed="ข้อความอิสระที่ไม่ส่ง")))
    ctx.run(lambda uow: record_week(uow, WeekInput(placement, D(2026, 11, 2), 2, 16 * 60, "งาน", "นายครูฝึก",
                                                   D(2026, 11, 6))))
    ctx.run(lambda uow: record_week(uow, WeekInput(placement, D(2026, 11, 9), 2, 16 * 60, "งาน")))
    (table,) = package_tables()
    with ctx.db.read() as session:
        rows = list(table.rows(session, "2/2569"))
        assert list(table.rows(session, "FY2570")) == []
    assert table.schema.names == ("studentCode", "idcard", "semester", "abroad", "visitsRequired", "visitsDone",
                                  "logbookWeeks", "logbookEntered", "logbookSigned")
    # 2 Nov – 31 Mar: 22 weeks; two visits on site count, the online one does not in Thailand.
    assert rows == [("6695001", "1000006695001", "2/2569", "false", "3", "2", "22", "2", "1")]
    assert table.id_columns == ("idcard",)  # pseudonymised or sealed by the package step, never in clear
