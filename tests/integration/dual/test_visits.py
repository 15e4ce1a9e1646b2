"""Supervision visits on both backends: bad dates are refused with nothing written, and a semester's plan shows who
is behind, per teacher and per department."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.factories.dual import TAX_IDS
from tests.factories.dual_followup import set_today, started, teacher
from vocdesk.clock import FixedClock
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import DualVisit
from vocdesk.services.core.context import AppContext
from vocdesk.services.dual.visits import VisitInput, add_visit, list_visits, set_supervision_site
from vocdesk.services.dual.visits_due import behind_by, visits_due

D = dt.date


def _visits(ctx: AppContext) -> int:
    with ctx.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(DualVisit)) or 0)


def test_a_visit_before_the_placement_or_in_the_future_is_refused_and_nothing_is_written(
        ctx: AppContext, clock: FixedClock) -> None:
    set_today(clock, D(2026, 12, 1))
    supervisor = teacher(ctx, "สมชาย", "3100000000011")
    (placement,) = started(ctx, "6650001", supervisor=supervisor)
    for day, code in ((D(2026, 11, 1), "dual.visit_outside"), (D(2026, 12, 2), "dual.visit_in_future")):
        with pytest.raises(ValidationFailed) as refused:
            ctx.run(lambda uow, d=day: add_visit(uow, VisitInput(placement, d)))
        assert refused.value.code == code
    assert _visits(ctx) == 0
    ctx.run(lambda uow: add_visit(uow, VisitInput(placement, D(2026, 11, 2), state="follow", minutes=120,
                                                  observed="ฝึกงานซ่อมเบรก")))
    (row,) = ctx.run(lambda uow: list_visits(uow, "2/2569"))[0]
    assert (row.semester, row.teacher, row.state, row.minutes) == ("2/2569", "สมชาย ครูนิเทศก์", "follow", 120)
    assert ctx.run(lambda uow: list_visits(uow, "1/2570"))[0] == []


def test_on_10_february_two_visits_are_on_plan_an_online_one_does_not_count_at_home_but_does_abroad(
        ctx: AppContext, clock: FixedClock) -> None:
    set_today(clock, D(2027, 2, 10))  # deadlines 21 Dec, 9 Feb, 31 Mar: two visits expected by now
    somchai = teacher(ctx, "สมชาย", "3100000000011")
    suda = teacher(ctx, "สุดา", "3100000000029", department="ไฟฟ้า")
    on_plan, behind, abroad = started(ctx, "6650011", "6650012", "6650013", supervisor=somchai)
    started(ctx, "6650014", supervisor=suda, tax_id=TAX_IDS[1])
    for placement, mode, day in ((on_plan, "onsite", D(2026, 12, 1)), (on_plan, "onsite", D(2027, 2, 1)),
                                 (behind, "onsite", D(2026, 12, 1)), (behind, "online", D(2027, 2, 1)),
                                 (abroad, "online", D(2027, 1, 5))):
        ctx.run(lambda uow, p=placement, m=mode, d=day: add_visit(uow, VisitInput(p, d, mode=m)))
    ctx.run(lambda uow: set_supervision_site(uow, abroad, "2/2569", True, "ญี่ปุ่น"))
    rows = {r.student_code: r for r in ctx.run(lambda uow: visits_due(uow, "2/2569"))[0]}
    assert (rows["6650011"].state, rows["6650011"].done, rows["6650011"].next_due) == ("due", 2, D(2027, 3, 31))
    assert (rows["6650012"].state, rows["6650012"].done, rows["6650012"].expected_by_now) == ("overdue", 1, 2)
    assert (rows["6650013"].state, rows["6650013"].required, rows["6650013"].abroad) == ("done", 1, True)
    assert (rows["6650014"].state, rows["6650014"].done) == ("overdue", 0)
    assert [r.student_code for r in ctx.run(lambda uow: visits_due(uow, "2/2569"))[0]][:2] == ["6650012", "6650014"]
    by_teacher = {c.key: (c.placements, c.behind) for c in behind_by(list(rows.values()), "teacher")}
    assert by_teacher == {"สมชาย ครูนิเทศก์": (3, 1), "สุดา ครูนิเทศก์": (1, 1)}
    by_department = {c.key: (c.placements, c.behind) for c in behind_by(list(rows.values()), "department")}
    assert by_department == {"ช่างยนต์": (3, 1), "ไฟฟ้า": (1, 1)}


def test_on_the_first_day_of_semester_one_2570_the_placement_needs_three_visits_none_late(
        ctx: AppContext, clock: FixedClock) -> None:
    set_today(clock, D(2027, 5, 16))
    (placement,) = started(ctx, "6650021", supervisor=teacher(ctx, "สมชาย", "3100000000011"))
    (row,) = ctx.run(lambda uow: visits_due(uow, "1/2570"))[0]
    # 1/2570 runs 16 May – 30 Sep 2027, the placement to 30 Sep: 137 days, deadlines +45, +91, +137.
    assert (row.placement_id, row.state, row.required, row.next_due) == (placement, "due", 3, D(2027, 6, 30))
