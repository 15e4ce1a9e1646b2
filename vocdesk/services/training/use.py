"""Facility use per month: timetable hours, hours open and free of the timetable, and the hours booked of those."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.training import Window, parse_hours
from vocdesk.domain.training_use import DEFAULT_OPEN, day_use
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import Booking, Facility, Lesson, Location, Term
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require
from vocdesk.services.training.calendar_ import blocked_days

USED = ("booked", "approved")  # requests still awaiting approval are not use yet


@dataclass(frozen=True)
class UseRow:
    code: str
    name_th: str
    month: dt.date  # the first of the month
    timetable_min: int
    free_min: int
    booked_min: int

    @property
    def percent(self) -> float:
        return 100 * self.booked_min / self.free_min if self.free_min else 0.0


def facility_use(session: Session, actor: Actor, first: dt.date, last: dt.date) -> list[UseRow]:
    """One row per facility and month between two dates; holidays and closures count as neither open nor taught."""
    require(actor, "training.view")
    if last < first or (last - first).days > 400:
        raise ValidationFailed("date_order", field="to")
    places = list(session.execute(select(Facility, Location).join(Location, Location.id == Facility.location_id)
                                  .where(Location.active.is_(True)).order_by(Location.code)))
    lessons: dict[tuple[int, int], list[tuple[Window, dt.date, dt.date]]] = defaultdict(list)
    for lesson, term_first, term_last in session.execute(
            select(Lesson, Term.first_day, Term.last_day).join(Term, Term.id == Lesson.term_id)
            .where(Lesson.location_id.is_not(None), Term.first_day <= last, Term.last_day >= first)):
        assert lesson.location_id is not None
        lessons[(lesson.location_id, lesson.weekday)].append(
            (Window(lesson.start_min, lesson.end_min), term_first, term_last))
    bookings: dict[tuple[int, dt.date], list[Window]] = defaultdict(list)
    for location_id, day, start, end in session.execute(
            select(Booking.location_id, Booking.day, Booking.start_min, Booking.end_min)
            .where(Booking.state.in_(USED), Booking.day.between(first, last))):
        bookings[(location_id, day)].append(Window(start, end))
    blocked = blocked_days(session, first, last)
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    rows: list[UseRow] = []
    for facility, location in places:
        hours = parse_hours(facility.bookable_hours)
        totals: dict[dt.date, list[int]] = {}
        for day in days:
            month = totals.setdefault(day.replace(day=1), [0, 0, 0])
            if day in blocked:
                continue
            opened = hours.get(day.weekday(), ()) if hours else (DEFAULT_OPEN,)
            taught = [w for w, a, b in lessons.get((location.id, day.weekday()), ()) if a <= day <= b]
            for index, value in enumerate(day_use(opened, taught, bookings.get((location.id, day), ()))):
                month[index] += value
        rows += [UseRow(location.code, location.name_th, month, *values) for month, values in totals.items()]
    return rows
