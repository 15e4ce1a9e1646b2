"""Read models for the training screens: a facility's week, the open outside requests, closures and holidays."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from vocdesk.domain.training_calendar import public_holidays
from vocdesk.errors import NotFound
from vocdesk.persistence.models import Booking, Closure, Facility, HolidayChange, Lesson, Location, Term
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.training import CALENDAR
from vocdesk.services.training.calendar_ import blocked_days
from vocdesk.services.training.facilities import location_by_code

SHOWN_STATES = ("booked", "requested", "approved")


@dataclass(frozen=True)
class WeekItem:
    """One block on the week grid: a timetable lesson, a booking, or an outside request still awaiting approval."""

    day: dt.date
    start: int
    end: int
    kind: str  # lesson | booking | requested
    title: str
    detail: str


@dataclass(frozen=True)
class FacilityWeek:
    code: str
    name_th: str
    monday: dt.date
    items: tuple[WeekItem, ...]
    blocked: dict[dt.date, str]


def facility_week(session: Session, actor: Actor, code: str, day: dt.date) -> FacilityWeek:
    """The Monday-to-Sunday week holding `day`: lessons of the terms running then, bookings, closed days."""
    require(actor, "training.view")
    location = location_by_code(session, code)
    monday = day - dt.timedelta(days=day.weekday())
    sunday = monday + dt.timedelta(days=6)
    items: list[WeekItem] = []
    lessons = session.execute(select(Lesson, Term.first_day, Term.last_day).join(Term, Term.id == Lesson.term_id)
                              .where(Lesson.location_id == location.id, Term.first_day <= sunday,
                                     Term.last_day >= monday))
    blocked = blocked_days(session, monday, sunday)
    for lesson, first, last in lessons:
        when = monday + dt.timedelta(days=lesson.weekday)
        if first <= when <= last and when not in blocked:
            items.append(WeekItem(when, lesson.start_min, lesson.end_min, "lesson", lesson.subject,
                                  " ".join(filter(None, (lesson.students, lesson.teachers)))))
    bookings = session.scalars(select(Booking).where(Booking.location_id == location.id,
                                                     Booking.day.between(monday, sunday),
                                                     Booking.state.in_(SHOWN_STATES)))
    for booking in bookings:
        kind = "requested" if booking.state == "requested" else "booking"
        items.append(WeekItem(booking.day, booking.start_min, booking.end_min, kind, booking.purpose,
                              booking.requested_by))
    items.sort(key=lambda i: (i.day, i.start, i.kind))
    return FacilityWeek(location.code, location.name_th, monday, tuple(items), blocked)


@dataclass(frozen=True)
class RequestRow:
    """An outside body's request: every still-requested occurrence of one series."""

    series_key: str
    room: str
    purpose: str
    requested_by: str
    people: int
    first: dt.date
    last: dt.date
    count: int
    start: int
    end: int
    approver_role: str


def open_requests(session: Session, actor: Actor) -> list[RequestRow]:
    require(actor, "training.view")
    rows = session.execute(
        select(Booking.series_key, Location.code, Booking.purpose, Booking.requested_by, Booking.people,
               func.min(Booking.day), func.max(Booking.day), func.count(), Booking.start_min, Booking.end_min,
               Facility.approver_role)
        .join(Location, Location.id == Booking.location_id).join(Facility, Facility.location_id == Location.id)
        .where(Booking.state == "requested")
        .group_by(Booking.series_key, Location.code, Booking.purpose, Booking.requested_by, Booking.people,
                  Booking.start_min, Booking.end_min, Facility.approver_role)
        .order_by(func.min(Booking.day), Location.code))
    return [RequestRow(*row) for row in rows]


@dataclass(frozen=True)
class ClosureRow:
    id: int
    first: dt.date
    last: dt.date
    reason: str


@dataclass(frozen=True)
class HolidayRow:
    day: dt.date
    name: str
    source: str  # public | added | removed (a public holiday the college works on)


def list_closures(session: Session, actor: Actor) -> list[ClosureRow]:
    require(actor, "training.view")
    return [ClosureRow(c.id, c.first_day, c.last_day, c.reason)
            for c in session.scalars(select(Closure).order_by(Closure.first_day, Closure.id))]


def holiday_list(session: Session, actor: Actor, year: int) -> list[HolidayRow]:
    """The year's public holidays with the college's additions, and the ones it works on marked `removed`."""
    require(actor, "training.view")
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    changes = {c.day: c for c in session.scalars(select(HolidayChange).where(HolidayChange.day.between(first, last)))}
    public = public_holidays(first, last)
    rows = [HolidayRow(day, name, "removed" if day in changes and changes[day].change == "remove" else "public")
            for day, name in public.items()]
    rows += [HolidayRow(day, c.name, "added") for day, c in changes.items() if c.change == "add" and day not in public]
    return sorted(rows, key=lambda r: r.day)


def remove_closure(uow: UnitOfWork, closure_id: int) -> None:
    """Reopen the days of a closure entered by mistake (the audit keeps what it was)."""
    require(uow.actor, "training.calendar")
    closure = uow.session.get(Closure, closure_id)
    if closure is None:
        raise NotFound(what="closure", field="closure", value=closure_id)
    uow.audit("training.closure.remove", "training_closure", closure.id,
              {"first_day": [closure.first_day, None], "last_day": [closure.last_day, None],
               "reason": [closure.reason, None]})
    uow.session.execute(delete(Closure).where(Closure.id == closure_id))
    uow.changed(CALENDAR)


def undo_holiday_change(uow: UnitOfWork, day: dt.date) -> None:
    """Back to the public calendar for that day (drop the college's addition or its working day)."""
    require(uow.actor, "training.calendar")
    row = uow.session.scalars(select(HolidayChange).where(HolidayChange.day == day)).first()
    if row is None:
        raise NotFound(what="holiday_change", field="day", value=day)
    uow.audit("training.holiday.undo", "training_holiday_change", row.id, {"change": [row.change, None]})
    uow.session.delete(row)
    uow.changed(CALENDAR)
