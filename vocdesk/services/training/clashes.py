"""Set-based clash finding for many facilities × many dates: one query per kind of clash, never one per room or date.

Overlap is half-open everywhere. A booking blocks its own time widened by its facility's buffers (set-up before,
cleaning after); two bookings clash when their widened spans overlap, a booking and a lesson when the widened
booking overlaps the lesson.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.training import Window, overlaps, parse_hours, widened, within_hours
from vocdesk.persistence.models import Asset, AssetCategory, AssetCheckout, Booking, Facility, Lesson, Location, Term
from vocdesk.services.training.facilities import seats_of

TZ = dt.timezone(dt.timedelta(hours=7))  # the college's wall clock; Thailand keeps no daylight saving
ACTIVE = ("booked", "requested", "approved")


@dataclass(frozen=True)
class Clash:
    """Why one facility cannot take one occurrence; `start`/`end` are the other thing's minutes of the day."""

    location_id: int
    day: dt.date
    start: int
    end: int
    kind: str  # lesson | booking | hours | seats | equipment
    what: str


def moment(day: dt.date, minutes: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=TZ) + dt.timedelta(minutes=minutes)


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=TZ)  # SQLite keeps the wall clock only


def block_of(facility: Facility, day: dt.date, window: Window) -> tuple[dt.datetime, dt.datetime]:
    start, end = widened(window.start, window.end, facility.buffer_before_min, facility.buffer_after_min)
    return moment(day, start), moment(day, end)


def find_clashes(session: Session, places: list[tuple[Facility, Location]], days: list[dt.date], window: Window,
                 people: int | None = None, equipment: Mapping[str, int] | None = None,
                 ignore_series: str | None = None) -> dict[int, list[Clash]]:
    """Every clash of every place on every day; places without clashes are absent from the answer."""
    found: dict[int, list[Clash]] = defaultdict(list)
    if not places or not days:
        return found
    ids = [location.id for _, location in places]
    by_id = {location.id: facility for facility, location in places}
    first, last = min(days), max(days)
    for facility, location in places:
        hours, seats = parse_hours(facility.bookable_hours), seats_of(facility, location)
        for day in days:
            if not within_hours(hours, day.weekday(), window):
                found[location.id].append(Clash(location.id, day, window.start, window.end, "hours",
                                                facility.bookable_hours))
            if people is not None and seats is not None and people > seats:
                found[location.id].append(Clash(location.id, day, window.start, window.end, "seats",
                                                f"{people}>{seats}"))
    _booking_clashes(session, ids, by_id, days, window, ignore_series, found)
    _lesson_clashes(session, ids, by_id, days, window, first, last, found)
    if equipment:
        _equipment_clashes(session, ids, days, window, equipment, found)
    for clashes in found.values():
        clashes.sort(key=lambda c: (c.day, c.start, c.kind))
    return found


def _booking_clashes(session: Session, ids: list[int], by_id: Mapping[int, Facility], days: list[dt.date],
                     window: Window, ignore_series: str | None, found: dict[int, list[Clash]]) -> None:
    low, high = min(days) - dt.timedelta(days=1), max(days) + dt.timedelta(days=1)
    query = select(Booking).where(Booking.location_id.in_(ids), Booking.state.in_(ACTIVE),
                                  Booking.day.between(low, high))
    if ignore_series is not None:
        query = query.where(Booking.series_key != ignore_series)
    near: dict[tuple[int, dt.date], list[Booking]] = defaultdict(list)
    for booking in session.scalars(query):
        for offset in (-1, 0, 1):  # a buffer may reach over midnight
            near[(booking.location_id, booking.day + dt.timedelta(days=offset))].append(booking)
    wanted = set(days)
    for (location_id, day), bookings in near.items():
        if day not in wanted:
            continue
        start, end = block_of(by_id[location_id], day, window)
        for booking in bookings:
            if _aware(booking.block_start) < end and start < _aware(booking.block_end):
                found[location_id].append(Clash(location_id, booking.day, booking.start_min, booking.end_min,
                                                "booking", booking.purpose))


def _lesson_clashes(session: Session, ids: list[int], by_id: Mapping[int, Facility], days: list[dt.date],
                    window: Window, first: dt.date, last: dt.date, found: dict[int, list[Clash]]) -> None:
    # Only lessons that can overlap the window widened by the largest buffers, on the weekdays asked, as plain rows:
    # loading a whole term's timetable as objects was most of a search's time.
    low = window.start - max(f.buffer_before_min for f in by_id.values())
    high = window.end + max(f.buffer_after_min for f in by_id.values())
    rows = session.execute(select(Lesson.location_id, Lesson.weekday, Lesson.start_min, Lesson.end_min,
                                  Lesson.subject, Lesson.students, Lesson.teachers, Term.first_day, Term.last_day)
                           .join(Term, Term.id == Lesson.term_id)
                           .where(Lesson.location_id.in_(ids), Term.first_day <= last, Term.last_day >= first,
                                  Lesson.weekday.in_(sorted({day.weekday() for day in days})),
                                  Lesson.start_min < high, Lesson.end_min > low))
    on_weekday: dict[int, list[dt.date]] = defaultdict(list)
    for day in days:
        on_weekday[day.weekday()].append(day)
    spans = {location_id: widened(window.start, window.end, f.buffer_before_min, f.buffer_after_min)
             for location_id, f in by_id.items()}
    for row in rows:
        start, end = spans[row.location_id]
        if not overlaps(start, end, row.start_min, row.end_min):
            continue
        what = " ".join(filter(None, (row.subject, row.students, row.teachers)))
        found[row.location_id].extend(Clash(row.location_id, day, row.start_min, row.end_min, "lesson", what)
                                      for day in on_weekday[row.weekday] if row.first_day <= day <= row.last_day)


def _out_on(checkouts: Iterable[AssetCheckout], day: dt.date) -> bool:
    for c in checkouts:
        back = c.returned_on if c.returned_on is not None else c.due_on
        if c.out_on <= day and (back is None or day < back or (c.returned_on is None and day == back)):
            return True
    return False


def _equipment_clashes(session: Session, ids: list[int], days: list[dt.date], window: Window,
                       needs: Mapping[str, int], found: dict[int, list[Clash]]) -> None:
    """Asset-register items in the place (read from the register), less those checked out on the day."""
    assets = session.execute(select(Asset.id, Asset.location_id, AssetCategory.code)
                             .join(AssetCategory, AssetCategory.id == Asset.category_id)
                             .where(Asset.location_id.in_(ids), Asset.disposed_on.is_(None),
                                    AssetCategory.code.in_(list(needs)))).all()
    checkouts: dict[int, list[AssetCheckout]] = defaultdict(list)
    if assets:
        for checkout in session.scalars(select(AssetCheckout)
                                        .where(AssetCheckout.asset_id.in_([a.id for a in assets]))):
            checkouts[checkout.asset_id].append(checkout)
    for location_id in ids:
        here = [a for a in assets if a.location_id == location_id]
        for day in days:
            for code, need in sorted(needs.items()):
                have = sum(1 for a in here if a.code == code and not _out_on(checkouts[a.id], day))
                if have < need:
                    found[location_id].append(Clash(location_id, day, window.start, window.end, "equipment",
                                                    f"{code} {have}/{need}"))
