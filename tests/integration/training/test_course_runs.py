"""Courses and runs: sessions materialised from a weekly rule and booked, holidays skipped, clashes write nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.factories.training import add_place, book_once
from tests.factories.training_courses import add_course, schedule
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import Booking, CourseRun, CourseSession
from vocdesk.services.core.context import AppContext
from vocdesk.services.training.calendar_ import add_closure
from vocdesk.services.training.courses import CourseInput, list_courses, save_course
from vocdesk.services.training.runs import add_session, cancel_session, move_session

D = dt.date


def _sessions(ctx: AppContext) -> list[tuple[dt.date, str]]:
    with ctx.db.read() as session:
        return [(d, s) for d, s in session.execute(select(CourseSession.day, CourseSession.state)
                                                   .order_by(CourseSession.day))]


def _active_bookings(ctx: AppContext) -> list[dt.date]:
    with ctx.db.read() as session:
        return list(session.scalars(select(Booking.day).where(Booking.state == "booked").order_by(Booking.day)))


def test_a_free_course_needs_its_funding_source(ctx: AppContext) -> None:
    with pytest.raises(ValidationFailed) as refused:
        ctx.run(lambda uow: save_course(uow, CourseInput("FREE1", "ซ่อมมือถือ", "fixit", 75, 20, 0)))
    assert refused.value.code == "course_free_needs_funding"
    add_course(ctx, "FREE1", fee_satang=0, funding="กองทุนพัฒนาฝีมือแรงงาน")
    with ctx.db.read() as session:
        [row] = list_courses(session, ctx.actor)
    assert (row.code, row.fee_satang, row.funding_source, row.min_attendance_pct) == (
        "FREE1", 0, "กองทุนพัฒนาฝีมือแรงงาน", 80)


def test_schedule_skips_the_holiday_and_books_every_other_saturday(ctx: AppContext) -> None:
    add_place(ctx, "W1")
    add_course(ctx)
    # Saturdays 28 Nov – 19 Dec 2026; 5 Dec is a public holiday (วันพ่อแห่งชาติ).
    result = schedule(ctx, "WELD01", "W1", D(2026, 11, 28), D(2026, 12, 19))
    assert result.run == "WELD01/1"
    assert list(result.booking.sessions) == [D(2026, 11, 28), D(2026, 12, 12), D(2026, 12, 19)]
    assert [s.day for s in result.booking.skipped] == [D(2026, 12, 5)]
    assert _sessions(ctx) == [(D(2026, 11, 28), "planned"), (D(2026, 12, 12), "planned"),
                              (D(2026, 12, 19), "planned")]
    assert _active_bookings(ctx) == [D(2026, 11, 28), D(2026, 12, 12), D(2026, 12, 19)]
    second = schedule(ctx, "WELD01", "W1", D(2026, 11, 28), D(2026, 12, 19), window="10:00-11:00")
    assert second.run == "" and len(second.booking.conflicts) == 3  # every date clashes with run 1
    with ctx.db.read() as session:
        assert session.scalars(select(CourseRun.run_no)).all() == [1]


def test_skip_conflicts_books_the_rest_and_a_date_can_be_added_back(ctx: AppContext) -> None:
    add_place(ctx, "W1")
    add_course(ctx)
    assert book_once(ctx, "W1", D(2026, 12, 12), "08:00-10:00", "อบรมภายนอก").written
    result = schedule(ctx, "WELD01", "W1", D(2026, 12, 12), D(2026, 12, 26), skip_conflicts=True)
    assert list(result.booking.sessions) == [D(2026, 12, 19), D(2026, 12, 26)]
    assert [(c.day, c.what) for c in result.booking.conflicts] == [(D(2026, 12, 12), "อบรมภายนอก")]
    with ctx.db.read() as session:
        first = session.scalars(select(CourseSession.id).where(CourseSession.day == D(2026, 12, 19))).one()
    ctx.run(lambda uow: cancel_session(uow, first, "วิทยากรป่วย"))
    assert _sessions(ctx) == [(D(2026, 12, 19), "cancelled"), (D(2026, 12, 26), "planned")]
    assert _active_bookings(ctx) == [D(2026, 12, 12), D(2026, 12, 26)]  # the room is free on the 19th again
    added, _ = ctx.run(lambda uow: add_session(uow, "WELD01/1", D(2027, 1, 23)))
    assert added.written and _sessions(ctx)[-1] == (D(2027, 1, 23), "planned")
    ctx.run(lambda uow: add_closure(uow, D(2027, 1, 30), D(2027, 1, 31), "ปิดปรับปรุงโรงฝึก"))
    with pytest.raises(ValidationFailed) as closed:
        ctx.run(lambda uow: add_session(uow, "WELD01/1", D(2027, 1, 30)))
    assert (closed.value.code, closed.value.params["reason"]) == ("booking_on_closed_day", "ปิดปรับปรุงโรงฝึก")
    with pytest.raises(ValidationFailed) as twice:
        ctx.run(lambda uow: add_session(uow, "WELD01/1", D(2027, 1, 23)))
    assert twice.value.code == "session_exists"


def test_moving_a_session_books_the_new_date_and_frees_the_old(ctx: AppContext) -> None:
    add_place(ctx, "W1")
    add_course(ctx)
    schedule(ctx, "WELD01", "W1", D(2026, 12, 12), D(2026, 12, 19))
    assert book_once(ctx, "W1", D(2026, 12, 26), "10:00-11:00", "งานเลี้ยง").written
    with ctx.db.read() as session:
        first = session.scalars(select(CourseSession.id).where(CourseSession.day == D(2026, 12, 12))).one()
    refused, _ = ctx.run(lambda uow: move_session(uow, first, D(2026, 12, 26), "วิทยากรติดภารกิจ"))
    assert not refused.written and _sessions(ctx)[0] == (D(2026, 12, 12), "planned")  # the clash wrote nothing
    moved, _ = ctx.run(lambda uow: move_session(uow, first, D(2026, 12, 27), "วิทยากรติดภารกิจ"))
    assert moved.written
    assert _sessions(ctx) == [(D(2026, 12, 12), "moved"), (D(2026, 12, 19), "planned"), (D(2026, 12, 27), "planned")]
    assert _active_bookings(ctx) == [D(2026, 12, 19), D(2026, 12, 26), D(2026, 12, 27)]
