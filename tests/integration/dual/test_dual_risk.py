"""The dual early warning on both backends: a neglected placement shows every signal with its reason, a placement
that is on track shows none."""

from __future__ import annotations

import datetime as dt

from tests.factories.dual import TAX_IDS
from tests.factories.dual_followup import set_today, started, teacher
from vocdesk.clock import FixedClock
from vocdesk.persistence.models import Learner
from vocdesk.services.core.context import AppContext
from vocdesk.services.dual.logbook import WeekInput, record_week
from vocdesk.services.dual.risk import dual_risk
from vocdesk.services.dual.visits import VisitInput, add_visit

D = dt.date


def test_a_neglected_placement_shows_every_signal_and_one_on_track_none(ctx: AppContext, clock: FixedClock) -> None:
    set_today(clock, D(2027, 2, 10))
    somchai = teacher(ctx, "สมชาย", "3100000000011")
    (neglected,) = started(ctx, "6690001", supervisor=somchai, allowance=300.0)
    (on_track,) = started(ctx, "6690002", supervisor=somchai, tax_id=TAX_IDS[1], start=D(2027, 2, 1))
    with ctx.unit_of_work() as uow:
        uow.session.query(Learner).filter_by(student_code="6690001").update({"gpax": 1.80})
    ctx.run(lambda uow: add_visit(uow, VisitInput(neglected, D(2026, 11, 16), state="lost",
                                                  follow_up="โทรหาผู้ปกครอง")))
    ctx.run(lambda uow: record_week(uow, WeekInput(on_track, D(2027, 2, 1), 2, 16 * 60)))
    (row,) = ctx.run(lambda uow: dual_risk(uow))[0]
    # One visit of the two due by 9 Feb; 14 weeks (2 Nov – 1 Feb) with no log; December and January unpaid
    # (each late 15 days after the month); "lost" at the last visit; GPAX 1.80.
    assert (row.placement_id, row.level, row.score) == (neglected, "high", 7)
    assert [(s.code, s.value) for s in row.signals] == [
        ("visits_behind", "1"), ("logbook_missing", "14"), ("allowance_late", "stopped"),
        ("lost_contact", "lost"), ("gpax", "1.80")]
    assert row.actions == ["โทรหาผู้ปกครอง"]
    calm = {r.placement_id: r for r in ctx.run(lambda uow: dual_risk(uow, include_calm=True))[0]}
    assert (calm[on_track].level, calm[on_track].signals) == ("none", [])


def test_absences_reported_in_the_logbook_raise_a_signal(ctx: AppContext, clock: FixedClock) -> None:
    set_today(clock, D(2026, 11, 17))
    (placement,) = started(ctx, "6690003", supervisor=teacher(ctx, "สุดา", "3100000000029"))
    for week, days in ((D(2026, 11, 2), 1), (D(2026, 11, 9), 0)):  # 4 training days, 1 present: 3 absent
        ctx.run(lambda uow, w=week, n=days: record_week(uow, WeekInput(placement, w, n, n * 8 * 60)))
    (row,) = ctx.run(lambda uow: dual_risk(uow))[0]
    assert [(s.code, s.value) for s in row.signals] == [("absences", "3")]
    assert row.level == "watch"
