"""The demo college's training centre: facilities, a term timetable, bookings and open requests, on any date."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from vocdesk.clock import BANGKOK, FixedClock
from vocdesk.demo import DemoOptions, fill_demo_college
from vocdesk.persistence.models import Booking, Facility, Lesson, Location, Term
from vocdesk.services.core.context import AppContext
from vocdesk.services.training.views import open_requests


@pytest.mark.parametrize("today", [dt.date(2026, 12, 1), dt.date(2027, 4, 9)])  # holidays ahead: 5 Dec, Songkran
def test_the_demo_fills_the_training_centre_whatever_the_date(ctx: AppContext, today: dt.date) -> None:
    ctx.clock = FixedClock(dt.datetime.combine(today, dt.time(9), tzinfo=BANGKOK))
    ctx.run(lambda uow: fill_demo_college(uow, DemoOptions(learners=30)))
    with ctx.db.read() as session:
        bookable = session.scalar(select(func.count()).select_from(Location).where(Location.is_bookable)) or 0
        facilities = session.scalar(select(func.count()).select_from(Facility)) or 0
        first_day, last_day = session.execute(select(Term.first_day, Term.last_day)).one()
        lessons = session.scalar(select(func.count()).select_from(Lesson)) or 0
        booked = session.scalar(select(func.count()).select_from(Booking).where(Booking.state == "booked")) or 0
        requests = open_requests(session, ctx.actor)
    assert facilities == bookable > 20 and lessons > 300 and booked > 5
    assert first_day <= today + dt.timedelta(days=120) and last_day > first_day
    assert {r.requested_by for r in requests} == {"อบต.ท่าช้าง", "บริษัท สยามออโต้พาร์ท จำกัด",
                                                  "ชมรมผู้สูงอายุตำบลท่าช้าง"}
