"""Booking facilities: every clash named and nothing written, buffers, holidays and closures skipped, approvals."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.factories.training import add_place, add_term_lessons, book_once
from vocdesk.domain.training import parse_days, parse_window
from vocdesk.errors import PermissionDenied, ValidationFailed
from vocdesk.persistence.models import AuditEvent, Booking
from vocdesk.services.core.context import Actor, AppContext
from vocdesk.services.training.booking import BookingRequest, book, decide
from vocdesk.services.training.calendar_ import add_closure

D = dt.date
SAT = D(2026, 12, 12)  # a Saturday that is no holiday


def bookings(ctx: AppContext, state: str | None = None) -> list[tuple[dt.date, int, int]]:
    with ctx.db.read() as session:
        query = select(Booking.day, Booking.start_min, Booking.end_min).order_by(Booking.day, Booking.start_min)
        if state:
            query = query.where(Booking.state == state)
        return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]


def test_same_start_ending_earlier_is_refused_and_touching_ends_are_fine(ctx: AppContext) -> None:
    add_place(ctx, "W1")
    assert book_once(ctx, "W1", SAT, "09:00-12:00").written
    refused = book_once(ctx, "W1", SAT, "09:00-10:00", "ซ่อมรถ")
    assert not refused.written
    assert [(c.kind, c.start, c.end, c.what) for c in refused.conflicts] == [("booking", 540, 720, "อบรม")]
    assert book_once(ctx, "W1", SAT, "12:00-13:00").written  # [09:00, 12:00) meets [12:00, 13:00)
    assert bookings(ctx) == [(SAT, 540, 720), (SAT, 720, 780)]


def test_buffers_widen_bookings_on_both_sides(ctx: AppContext) -> None:
    add_place(ctx, "LAB", before=15, after=30)
    assert book_once(ctx, "LAB", SAT, "09:00-10:00").written
    # The next one's set-up (15) and this one's cleaning (30) must both fit between them.
    assert not book_once(ctx, "LAB", SAT, "10:30-11:00").written
    assert not book_once(ctx, "LAB", SAT, "08:00-08:40").written  # its cleaning runs into 08:45 set-up
    assert book_once(ctx, "LAB", SAT, "10:45-11:30").written
    assert bookings(ctx) == [(SAT, 540, 600), (SAT, 645, 690)]


def test_a_series_skips_holidays_and_stops_on_a_lesson_unless_told_to_skip(ctx: AppContext) -> None:
    add_place(ctx, "W2")
    add_term_lessons(ctx, "2/2569", D(2026, 11, 2), D(2026, 12, 20),
                     [("sat", "08:00-10:00", "W2", "งานเชื่อม"), ("sat", "13:00-15:00", None, "ไม่มีห้อง")])
    # Saturdays of December 2026: the 5th is a public holiday; the term's lessons run until the 20th.
    request = BookingRequest("W2", D(2026, 12, 1), D(2026, 12, 31), parse_days("sat"), parse_window("09:00-12:00"),
                             "ช่างเชื่อมรุ่น 1")
    refused, _ = ctx.run(lambda uow: book(uow, request))
    assert not refused.written and bookings(ctx) == []
    assert [s.day for s in refused.skipped] == [D(2026, 12, 5)]
    assert [(c.day, c.kind, c.what.split()[0]) for c in refused.conflicts] == [
        (D(2026, 12, 12), "lesson", "งานเชื่อม"), (D(2026, 12, 19), "lesson", "งานเชื่อม")]
    skipping = BookingRequest(**{**request.__dict__, "skip_conflicts": True, "series_key": "run-1"})
    done, _ = ctx.run(lambda uow: book(uow, skipping))
    assert done.written and done.sessions == (D(2026, 12, 26),)
    assert bookings(ctx) == [(D(2026, 12, 26), 540, 720)]


def test_one_off_on_a_holiday_or_closure_is_refused_and_too_many_people_is_a_conflict(ctx: AppContext) -> None:
    add_place(ctx, "R1", seats=20)
    with pytest.raises(ValidationFailed) as holiday:
        book_once(ctx, "R1", D(2026, 12, 10), "09:00-10:00")
    assert holiday.value.code == "booking_on_closed_day" and "รัฐธรรมนูญ" in holiday.value.params["reason"]
    ctx.run(lambda uow: add_closure(uow, D(2026, 12, 14), D(2026, 12, 16), "ปรับปรุงไฟฟ้า"))
    with pytest.raises(ValidationFailed) as closed:
        book_once(ctx, "R1", D(2026, 12, 15), "09:00-10:00")
    assert closed.value.params["reason"] == "ปรับปรุงไฟฟ้า"
    crowded = book_once(ctx, "R1", SAT, "09:00-10:00", people=25)
    assert [(c.kind, c.what) for c in crowded.conflicts] == [("seats", "25>20")] and bookings(ctx) == []


def test_bookable_hours_are_a_conflict_outside_them(ctx: AppContext) -> None:
    add_place(ctx, "EVE", hours="mon-fri=17:00-21:00")
    assert [c.kind for c in book_once(ctx, "EVE", D(2026, 12, 14), "15:00-18:00").conflicts] == ["hours"]
    assert book_once(ctx, "EVE", D(2026, 12, 14), "17:00-20:00").written


def test_outside_request_is_approved_or_rejected_by_the_approving_role(ctx: AppContext) -> None:
    add_place(ctx, "HALL", kind="hall", approver="training_staff")
    asked = book_once(ctx, "HALL", SAT, "09:00-16:00", "อบต. ประชุม", state="requested", requested_by="อบต.บ้านนา")
    assert bookings(ctx, "requested") == [(SAT, 540, 960)]
    assert not book_once(ctx, "HALL", SAT, "10:00-11:00").written  # a pending request holds the slot
    with pytest.raises(ValidationFailed):
        ctx.run(lambda uow: decide(uow, asked.series_key, "reject"))  # a rejection needs its reason
    ctx.run(lambda uow: decide(uow, asked.series_key, "reject", "ติดงานวิทยาลัย"))
    assert bookings(ctx, "rejected") == [(SAT, 540, 960)]
    assert book_once(ctx, "HALL", SAT, "10:00-11:00").written
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)
                              .where(AuditEvent.action == "training.booking.reject")) == 1


def test_executives_view_but_cannot_book(ctx: AppContext) -> None:
    add_place(ctx, "R2")
    viewer = AppContext(paths=ctx.paths, db=ctx.db, clock=ctx.clock, actor=Actor("boss", "executive"))
    with pytest.raises(PermissionDenied):
        book_once(viewer, "R2", SAT, "09:00-10:00")
    staff = AppContext(paths=ctx.paths, db=ctx.db, clock=ctx.clock, actor=Actor("nok", "training_staff"))
    assert book_once(staff, "R2", SAT, "09:00-10:00").written
