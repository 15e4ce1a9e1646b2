"""Booking a facility for one date or a weekly series: checked and written in one transaction, never double-booked.

The facility's row is locked first (SELECT … FOR UPDATE on PostgreSQL; SQLite's BEGIN IMMEDIATE already holds the
write lock), so a second PC booking the same place waits, then sees the first booking and reports it as a clash.
PostgreSQL's exclusion constraint on the widened spans is the backstop if anything slips past the check.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import Table, bindparam, select
from sqlalchemy.exc import IntegrityError

from vocdesk.domain.training import Window, occurrence_dates
from vocdesk.errors import Conflict, ValidationFailed
from vocdesk.persistence.models import Booking, Facility, Location
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.training import BOOKINGS
from vocdesk.services.training.calendar_ import blocked_days
from vocdesk.services.training.clashes import Clash, Place, block_of, find_clashes, fixed_of, places_query
from vocdesk.services.training.facilities import location_by_code
from vocdesk.services.training.many_rows import insert_many


@dataclass(frozen=True)
class BookingRequest:
    """One place, a date range with weekdays (a one-off is first == last), a time window and what it is for."""

    room: str
    first: dt.date
    last: dt.date
    days: tuple[int, ...]
    window: Window
    purpose: str
    people: int | None = None
    every_weeks: int = 1
    skip_conflicts: bool = False
    state: str = "booked"  # "requested" for an outside body, approved later
    requested_by: str = ""
    series_key: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def one_off(self) -> bool:
        return self.first == self.last


@dataclass(frozen=True)
class Skipped:
    day: dt.date
    reason: str


@dataclass(frozen=True)
class BookingResult:
    """`written` is False when clashes stopped it (nothing was written); `conflicts` names every one of them."""

    written: bool
    series_key: str
    room: str
    sessions: tuple[dt.date, ...]
    skipped: tuple[Skipped, ...]
    conflicts: tuple[Clash, ...]


_BOOKINGS = cast(Table, Booking.__table__)  # rows go in as one driver executemany (many_rows.py)
_LOCK_PLACE = (places_query().add_columns(Location.active, Location.is_bookable)
               .where(Location.code == bindparam("code")).with_for_update(of=Facility))


def lock_place(uow: UnitOfWork, code: str) -> Place:
    """The bookable place with that code, its facility row locked until the transaction ends."""
    rows = fixed_of(uow.session, _LOCK_PLACE, {"code": code.strip().upper()})
    row = rows[0] if rows else None
    if row is None:
        location = location_by_code(uow.session, code)  # unknown code: NotFound; known but no facility row: below
        raise ValidationFailed("facility_not_bookable", field="room", value=location.code)
    *columns, active, bookable = row
    place = Place(*columns)
    if not bookable or not active:
        raise ValidationFailed("facility_not_bookable", field="room", value=place.code)
    return place


def book(uow: UnitOfWork, request: BookingRequest) -> BookingResult:
    """Book every occurrence, skipping holidays and closures; any other clash stops it unless `skip_conflicts`."""
    require(uow.actor, "training.book")
    if not request.purpose.strip():
        raise ValidationFailed("required", field="purpose")
    if request.state not in ("booked", "requested"):
        raise ValidationFailed("invalid", field="state", value=request.state)
    place = lock_place(uow, request.room)
    dates = occurrence_dates(request.first, request.last, request.days, request.every_weeks)
    if not dates:
        raise ValidationFailed("no_occurrences", field="days")
    blocked = blocked_days(uow.session, request.first, request.last)
    skipped = tuple(Skipped(day, blocked[day]) for day in dates if day in blocked)
    if request.one_off and skipped:
        raise ValidationFailed("booking_on_closed_day", field="date", day=skipped[0].day, reason=skipped[0].reason)
    dates = [day for day in dates if day not in blocked]
    clashes = tuple(find_clashes(uow.session, [place], dates, request.window, request.people)
                    .get(place.location_id, []))
    if clashes and not request.skip_conflicts:
        return BookingResult(False, request.series_key, place.code, (), skipped, clashes)
    clashing = {clash.day for clash in clashes}
    dates = [day for day in dates if day not in clashing]
    purpose, by = request.purpose.strip(), request.requested_by.strip() or uow.actor.username
    rows = [{"location_id": place.location_id, "day": day, "start_min": request.window.start,
             "end_min": request.window.end, "block_start": start, "block_end": end, "state": request.state,
             "series_key": request.series_key, "purpose": purpose, "people": request.people or 0,
             "requested_by": by, "note": "", "version": 1}
            for day in dates for start, end in (block_of(place, day, request.window),)]
    if rows:
        try:
            insert_many(uow.session, _BOOKINGS, rows)
        except IntegrityError as error:  # the exclusion constraint caught a booking the check did not see
            raise Conflict("booking_taken", room=place.code, detail=str(error.orig)) from error
    uow.audit("training.book", "training_booking", request.series_key,
              {"room": [None, place.code], "dates": [None, dates], "window": [None, request.window],
               "skipped": [None, [s.day for s in skipped]], "conflicts_skipped": [None, sorted(clashing)]})
    uow.changed(BOOKINGS)
    return BookingResult(True, request.series_key, place.code, tuple(dates), skipped, clashes)


def decide(uow: UnitOfWork, series_key: str, decision: str, reason: str = "") -> int:
    """Approve, reject or cancel every still-open occurrence of a request; rejected and cancelled free the slot."""
    require(uow.actor, "training.approve")
    target = {"approve": "approved", "reject": "rejected", "cancel": "cancelled"}.get(decision)
    if target is None:
        raise ValidationFailed("invalid", field="decision", value=decision)
    bookings = list(uow.session.scalars(select(Booking).where(Booking.series_key == series_key,
                                                               Booking.state.in_(("booked", "requested",
                                                                                  "approved")))
                                        .with_for_update()))
    if not bookings:
        raise ValidationFailed("nothing_to_decide", field="series", value=series_key)
    facility = uow.session.scalars(select(Facility).where(Facility.location_id == bookings[0].location_id)).one()
    if target == "approved" and uow.actor.role not in (facility.approver_role, "administrator"):
        raise ValidationFailed("not_the_approver", field="decision", role=facility.approver_role)
    if decision == "reject" and not reason.strip():
        raise ValidationFailed("required", field="reason")
    before = sorted({b.state for b in bookings})
    for booking in bookings:
        booking.state, booking.note = target, reason.strip()
    uow.audit(f"training.booking.{decision}", "training_booking", series_key,
              {"state": [before, target], "reason": [None, reason.strip()]})
    uow.changed(BOOKINGS)
    return len(bookings)
