"""A facility's or a course's bookings as an iCalendar file a calendar program reads to exactly the booked occurrences.

A course's file holds every run (รุ่น) of it, each event naming its run (`WELD01/2 …`): a clerk sending the course's
dates to instructors or partners wants all of them, and a cancelled or moved date is gone because its booking is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from vocdesk.io.ics import CalendarEvent, calendar_bytes, write_calendar
from vocdesk.persistence.models import Booking, CourseRun, Location
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require
from vocdesk.services.training.courses import course_by_code
from vocdesk.services.training.facilities import location_by_code
from vocdesk.services.training.runs import run_key

EXPORTED = ("booked", "approved", "requested")  # rejected and cancelled dates are no longer occupied


@dataclass(frozen=True)
class CalendarExport:
    """What was written: `code` is the room's or the course's code; `runs` the course's runs (`CODE/N`)."""

    code: str
    events: int
    first: dt.date | None
    last: dt.date | None
    runs: tuple[str, ...] = ()


def _booked(query: Select[Booking, Location]) -> Select[Booking, Location]:
    return (query.join(Location, Location.id == Booking.location_id).where(Booking.state.in_(EXPORTED))
            .order_by(Booking.day, Booking.start_min, Booking.id))


def _events(rows: Iterable[Row[Booking, Location]]) -> list[CalendarEvent]:
    midnight = dt.time()
    return [CalendarEvent(
        uid=f"{b.series_key}-{b.day.isoformat()}@vocdesk", summary=b.purpose,
        start=dt.datetime.combine(b.day, midnight) + dt.timedelta(minutes=b.start_min),
        end=dt.datetime.combine(b.day, midnight) + dt.timedelta(minutes=b.end_min),
        location=f"{place.code} {place.name_th}", description=b.requested_by,
        tentative=b.state == "requested") for b, place in rows]


@dataclass(frozen=True)
class CalendarEvents:
    code: str
    name: str
    events: list[CalendarEvent]
    runs: tuple[str, ...] = ()


def facility_events(session: Session, actor: Actor, code: str) -> CalendarEvents:
    require(actor, "training.view")
    location = location_by_code(session, code)
    rows = session.execute(_booked(select(Booking, Location).where(Booking.location_id == location.id)))
    return CalendarEvents(location.code, f"{location.code} {location.name_th}", _events(rows))


def course_events(session: Session, actor: Actor, code: str) -> CalendarEvents:
    """Every run's booked sessions (each run books under its own series key), wherever the run was held."""
    require(actor, "training.view")
    course = course_by_code(session, code)
    runs = list(session.scalars(select(CourseRun).where(CourseRun.course_id == course.id)
                                .order_by(CourseRun.run_no)))
    rows = session.execute(_booked(select(Booking, Location).where(
        Booking.series_key.in_([run.series_key for run in runs]))))
    return CalendarEvents(course.code, f"{course.code} {course.name_th}", _events(rows),
                          tuple(run_key(course.code, run.run_no) for run in runs))


def _write(out: Path, found: CalendarEvents, stamp: dt.datetime) -> CalendarExport:
    write_calendar(out, calendar_bytes(found.name, found.events, stamp))
    days = [e.start.date() for e in found.events]
    return CalendarExport(found.code, len(found.events), min(days, default=None), max(days, default=None),
                          found.runs)


def export_facility_calendar(session: Session, actor: Actor, code: str, out: Path,
                             stamp: dt.datetime) -> CalendarExport:
    return _write(out, facility_events(session, actor, code), stamp)


def export_course_calendar(session: Session, actor: Actor, code: str, out: Path,
                           stamp: dt.datetime) -> CalendarExport:
    return _write(out, course_events(session, actor, code), stamp)
