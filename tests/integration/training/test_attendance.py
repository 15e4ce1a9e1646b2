"""Attendance: hours per trainee, completion at the course's threshold, the hours a trainee still misses."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories.training_courses import add_trainee, course_with_run, enrolled
from vocdesk.errors import ValidationFailed
from vocdesk.services.core.context import AppContext
from vocdesk.services.training.attendance import grid, mark, progress

FIRST, SECOND = dt.date(2026, 12, 12), dt.date(2026, 12, 19)


def test_completion_needs_eighty_percent_of_the_course_hours(ctx: AppContext) -> None:
    key = course_with_run(ctx)  # 6 hours: two sessions of 3 hours; 80 % = 4 h 48 min
    full, half, late = enrolled(ctx, key, 3)
    ctx.run(lambda uow: mark(uow, key, FIRST, [full, half, late]))
    ctx.run(lambda uow: mark(uow, key, SECOND, [full]))
    ctx.run(lambda uow: mark(uow, key, SECOND, [late], minutes=120))  # came an hour late
    with ctx.db.read() as session:
        rows = {p.trainee_id: p for p in progress(session, ctx.actor, key)}
    assert (rows[full].attended_min, rows[full].completed) == (360, True)
    assert (rows[late].attended_min, rows[late].completed, rows[late].missing_hours) == (300, True, 0)
    assert (rows[half].attended_min, rows[half].completed) == (180, False)
    assert rows[half].missing_hours == pytest.approx(1.8)


def test_checking_out_again_removes_the_hours_and_strangers_are_refused(ctx: AppContext) -> None:
    key = course_with_run(ctx)
    [one] = enrolled(ctx, key, 1)
    ctx.run(lambda uow: mark(uow, key, FIRST, [one]))
    ctx.run(lambda uow: mark(uow, key, FIRST, [one], present=False))
    with ctx.db.read() as session:
        sheet = grid(session, ctx.actor, key)
    assert [s[1] for s in sheet.sessions] == [FIRST, SECOND] and sheet.present == {}
    stranger = add_trainee(ctx, 99)
    with pytest.raises(ValidationFailed) as refused:
        ctx.run(lambda uow: mark(uow, key, FIRST, [stranger]))
    assert refused.value.code == "not_enrolled"
    with pytest.raises(Exception) as no_session:
        ctx.run(lambda uow: mark(uow, key, dt.date(2026, 12, 13), [one]))
    assert getattr(no_session.value, "code", "") == "not_found"
