"""อาชีวะอาสา shifts: check-in and out inside the shift, minutes into the ledger, services counted by kind."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.factories.community import people
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import ShiftService
from vocdesk.services.community.hours import learner_hours
from vocdesk.services.community.points import PointInput, add_point
from vocdesk.services.community.volunteer import add_shift, check_in, check_out, count_services
from vocdesk.services.core.context import AppContext

SONGKRAN = dt.date(2026, 4, 13)
T = dt.time


def test_a_songkran_shift_counts_minutes_and_services(ctx: AppContext) -> None:
    people(ctx, "6620001")
    ctx.run(lambda uow: add_point(uow, PointInput("SK1", "จุดบริการอาชีวะอาสา ถนนพหลโยธิน", "road_safety",
                                                  dt.date(2026, 4, 10), dt.date(2026, 4, 17))))
    shift = ctx.run(lambda uow: add_shift(uow, "SK1", SONGKRAN, T(8), T(16)))[0].id
    with pytest.raises(ValidationFailed) as early:
        ctx.run(lambda uow: check_in(uow, shift, T(7, 30), learner="6620001"))
    assert early.value.code == "community.outside_shift"
    ctx.run(lambda uow: check_in(uow, shift, T(8, 15), learner="6620001"))
    with pytest.raises(ValidationFailed) as twice:
        ctx.run(lambda uow: check_in(uow, shift, T(9), learner="6620001"))
    assert twice.value.code == "community.already_checked_in"
    with pytest.raises(ValidationFailed) as late:
        ctx.run(lambda uow: check_out(uow, shift, T(17), learner="6620001"))
    assert late.value.code == "community.outside_shift"
    assert ctx.run(lambda uow: check_out(uow, shift, T(12, 45), learner="6620001"))[0] == 270
    with pytest.raises(ValidationFailed) as again:
        ctx.run(lambda uow: check_out(uow, shift, T(13), learner="6620001"))
    assert again.value.code == "community.not_checked_in"
    ctx.run(lambda uow: count_services(uow, shift, {"motorcycle": 40, "pickup": 12, "rest_stop": 85}))
    ctx.run(lambda uow: count_services(uow, shift, {"motorcycle": 5}))
    with ctx.db.read() as session:
        counts = {row.kind: row.count for row in session.scalars(select(ShiftService))}
        hours = learner_hours(session, ctx.actor, "6620001")
    assert counts == {"motorcycle": 45, "pickup": 12, "rest_stop": 85}
    assert (hours.total_minutes, [line.point_code for line in hours.lines]) == (270, ["SK1"])


def test_a_shift_outside_the_points_dates_is_refused(ctx: AppContext) -> None:
    ctx.run(lambda uow: add_point(uow, PointInput("SK1", "จุดบริการ", "road_safety", dt.date(2026, 4, 10),
                                                  dt.date(2026, 4, 17))))
    with pytest.raises(ValidationFailed) as closed:
        ctx.run(lambda uow: add_shift(uow, "SK1", dt.date(2026, 4, 18), T(8), T(16)))
    assert closed.value.code == "community.point_closed"
