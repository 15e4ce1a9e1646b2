"""A facility's bookings as an iCalendar file a calendar program reads to exactly the booked occurrences."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.io.ics import CalendarEvent, calendar_bytes, write_calendar
from vocdesk.persistence.models import Booking
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require
from vocdesk.services.training.facilities import location_by_code

EXPORTED = ("booked", "approved", "requested")  # rejected and cancelled dates are no longer occupied


@dataclass(frozen=True)
class CalendarExport:
    room: str
    events: int
    first: dt.date | None
    last: dt.date | None


def facility_events(session: Session, actor: Actor, code: str) -> tuple[str, list[CalendarEvent]]:
    require(actor, "training.view")
    location = location_by_code(session, code)
    bookings = session.scalars(select(Booking).where(Booking.location_id == location.id,
                                                     Booking.state.in_(EXPORTED))
                               .order_by(Booking.day, Booking.start_min))
    midnight = dt.time()
    events = [CalendarEvent(
        uid=f"{b.series_key}-{b.day.isoformat()}@vocdesk", summary=b.purpose,
        start=dt.datetime.combine(b.day, midnight) + dt.timedelta(minutes=b.start_min),
        end=dt.datetime.combine(b.day, midnight) + dt.timedelta(minutes=b.end_min),
        location=f"{location.code} {location.name_th}", description=b.requested_by,
        tentative=b.state == "requested") for b in bookings]
    return f"{location.code} {location.name_th}", events


def export_facility_calendar(session: Session, actor: Actor, code: str, out: Path,
                             stamp: dt.datetime) -> CalendarExport:
    name, events = facility_events(session, actor, code)
    write_calendar(out, calendar_bytes(name, events, stamp))
    days = [e.start.date() for e in events]
    return CalendarExport(code.strip().upper(), len(events), min(days, default=None), max(days, default=None))
