"""A Songkran night shift, 20:00–02:00: check-in and out across midnight, minutes within the shift, each minute on the
calendar day it was served (the point's daily report and the learner's dates follow)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.factories.community import people
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import ServiceMinutes
from vocdesk.services.community.daily import point_report
from vocdesk.services.community.hours import learner_hours
from vocdesk.services.community.points import PointInput, add_point
from vocdesk.services.community.shift_listing import list_shifts
from vocdesk.services.community.volunteer import add_shift, check_in, check_out
from vocdesk.services.core.context import AppContext

EVE, NEXT = dt.date(2026, 4, 13), dt.date(2026, 4, 14)
T = dt.time


def _point(ctx: AppContext) -> int:
    teacher = people(ctx, "6620001", "6620002")
    ctx.run(lambda uow: add_point(uow, PointInput("SK1", "จุดบริการอาชีวะอาสา ถนนพหลโยธิน", "road_safety",
                                                  dt.date(2026, 4, 10), dt.date(2026, 4, 17))))
    return teacher


def _refused(ctx: AppContext, action: object) -> str:
    with pytest.raises(ValidationFailed) as refused:
        ctx.run(action)  # type: ignore[arg-type]
    return refused.value.code


def test_a_night_shift_counts_each_minute_on_its_own_day(ctx: AppContext) -> None:
    teacher = _point(ctx)
    saved = ctx.run(lambda uow: add_shift(uow, "SK1", EVE, T(20), T(2)))[0]
    assert (saved.day, saved.start, saved.end) == (EVE, T(20), T(2))
    shift = saved.id
    assert _refused(ctx, lambda uow: check_in(uow, shift, T(19, 30), learner="6620001")) == "community.outside_shift"
    assert _refused(ctx, lambda uow: check_in(uow, shift, T(2), learner="6620001")) == "community.outside_shift"
    ctx.run(lambda uow: check_in(uow, shift, T(20, 30), learner="6620001"))
    ctx.run(lambda uow: check_in(uow, shift, T(21), teacher_id=teacher))
    ctx.run(lambda uow: check_in(uow, shift, T(1, 30), learner="6620002"))  # after midnight: still this shift
    assert _refused(ctx, lambda uow: check_out(uow, shift, T(3), learner="6620001")) == "community.outside_shift"
    assert _refused(ctx, lambda uow: check_out(uow, shift, T(20), learner="6620001")) == "community.outside_shift"
    assert ctx.run(lambda uow: check_out(uow, shift, T(1, 15), learner="6620001"))[0] == 285  # 3 h 30 + 1 h 15
    assert ctx.run(lambda uow: check_out(uow, shift, T(23), teacher_id=teacher))[0] == 120
    assert ctx.run(lambda uow: check_out(uow, shift, T(2), learner="6620002"))[0] == 30
    with ctx.db.read() as session:
        ledger = sorted((m.learner_id or 0, m.teacher_id or 0, m.worked_on, m.minutes)
                        for m in session.scalars(select(ServiceMinutes)))
        report = point_report(session, ctx.actor, "SK1")
        first = learner_hours(session, ctx.actor, "6620001")
        listed = list_shifts(session, ctx.actor, "SK1")
    assert ledger == [(0, teacher, EVE, 120), (1, 0, EVE, 210), (1, 0, NEXT, 75), (2, 0, NEXT, 30)]
    assert [(d.day, d.learners, d.teachers) for d in report.days] == [(EVE, 1, 1), (NEXT, 2, 0)]
    assert [(r.served, r.minutes) for r in listed] == [(3, 435)]  # three people, though four ledger entries
    line = first.lines[0]
    assert (first.total_minutes, line.first_day, line.last_day) == (285, EVE, NEXT)


def test_no_stay_passes_the_shift_and_a_check_out_before_the_check_in_is_refused(ctx: AppContext) -> None:
    _point(ctx)
    shift = ctx.run(lambda uow: add_shift(uow, "SK1", EVE, T(20), T(2)))[0].id
    ctx.run(lambda uow: check_in(uow, shift, T(20), learner="6620001"))
    assert ctx.run(lambda uow: check_out(uow, shift, T(2), learner="6620001"))[0] == 360  # the whole shift, no more
    ctx.run(lambda uow: check_in(uow, shift, T(1), learner="6620002"))
    assert _refused(ctx, lambda uow: check_out(uow, shift, T(23, 30), learner="6620002")) == "date_order"
    with ctx.db.read() as session:
        assert sum(m.minutes for m in session.scalars(select(ServiceMinutes))) == 360


def test_the_point_must_be_open_on_both_days_and_midnight_ends_the_day(ctx: AppContext) -> None:
    _point(ctx)
    last = dt.date(2026, 4, 17)  # the point's closing day
    assert _refused(ctx, lambda uow: add_shift(uow, "SK1", last, T(20), T(2))) == "community.point_closed"
    assert _refused(ctx, lambda uow: add_shift(uow, "SK1", last, T(8), T(8))) == "date_order"
    shift = ctx.run(lambda uow: add_shift(uow, "SK1", last, T(18), T(0)))[0].id  # ends at midnight, same day
    ctx.run(lambda uow: check_in(uow, shift, T(23), learner="6620001"))
    assert ctx.run(lambda uow: check_out(uow, shift, T(0), learner="6620001"))[0] == 60
    with ctx.db.read() as session:
        assert [(m.worked_on, m.minutes) for m in session.scalars(select(ServiceMinutes))] == [(last, 60)]
