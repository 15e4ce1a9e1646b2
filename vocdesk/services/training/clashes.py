"""Set-based clash finding for many facilities × many dates: one query per kind of clash, never one per room or date.

Overlap is half-open everywhere. A booking blocks its own time widened by its facility's buffers (set-up before,
cleaning after); two bookings clash when their widened spans overlap, a booking and a lesson when the widened
booking overlaps the lesson. Places and rows are read as plain columns, not ORM objects: building thousands of
objects was most of a search's time.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from operator import attrgetter
from typing import Any, NamedTuple, TypeAlias

from sqlalchemy import CompoundSelect, CursorResult, Executable, Select, bindparam, func, or_, select
from sqlalchemy.orm import Session

from vocdesk.domain.training import Window, overlaps, parse_hours, widened, within_hours
from vocdesk.persistence.driver import fixed_rows
from vocdesk.persistence.models import Asset, AssetCategory, AssetCheckout, Booking, Facility, Lesson, Location, Term

TZ = dt.timezone(dt.timedelta(hours=7))  # the college's wall clock; Thailand keeps no daylight saving
ACTIVE = ("booked", "requested", "approved")
_DAY = dt.timedelta(days=1)
_ORDER = attrgetter("day", "start", "kind")
Rows: TypeAlias = Select[*tuple[Any, ...]]  # a select of plain columns, whatever they are


class Place(NamedTuple):
    """What a clash check needs of one bookable location and its facility row."""

    location_id: int
    code: str
    name_th: str
    kind: str
    seats: int | None  # the facility's own seat count, else the location's capacity
    bookable_hours: str
    buffer_before_min: int
    buffer_after_min: int


class Clash(NamedTuple):
    """Why one facility cannot take one occurrence; `start`/`end` are the other thing's minutes of the day."""

    location_id: int
    day: dt.date
    start: int
    end: int
    kind: str  # lesson | booking | hours | seats | equipment
    what: str


def places_query() -> Rows:
    """Every location with a facility row, as `Place` columns; callers add their own conditions."""
    return (select(Location.id, Location.code, Location.name_th, Location.kind,
                   func.coalesce(Facility.seats, Location.capacity), Facility.bookable_hours,
                   Facility.buffer_before_min, Facility.buffer_after_min)
            .join(Facility, Facility.location_id == Location.id))


def rows_of(session: Session, statement: Executable, values: Mapping[str, Any] | Sequence[Mapping[str, Any]]
            ) -> CursorResult[*tuple[Any, ...]]:
    """Run a Core statement on the session's connection, inside its transaction, after flushing what the session
    holds (as its autoflush would): plain rows without the ORM's result layer, half the overhead per statement."""
    session.flush()
    return session.connection().execute(statement, values)


def fixed_of(session: Session, statement: Select[Any] | CompoundSelect[Any], values: Mapping[str, Any]
             ) -> list[tuple[Any, ...]]:
    """`rows_of` for a statement built once with no list parameters: compiled once and run on the driver (driver.py),
    rows as plain tuples; what a booking's checks run every time."""
    session.flush()
    return fixed_rows(session.connection(), statement, values)


def moment(day: dt.date, minutes: int) -> dt.datetime:
    """`minutes` after midnight of `day`, Thai time; a buffer may take it past either midnight (then the next or the
    previous day). Within the day, one constructor: a booked run makes 40 of these (0.4 µs against 1 µs with the
    timedelta added)."""
    if 0 <= minutes < 1440:
        return dt.datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=TZ)
    return dt.datetime(day.year, day.month, day.day, tzinfo=TZ) + dt.timedelta(minutes=minutes)


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=TZ)  # SQLite keeps the wall clock only


def block_of(place: Place, day: dt.date, window: Window) -> tuple[dt.datetime, dt.datetime]:
    start, end = widened(window.start, window.end, place.buffer_before_min, place.buffer_after_min)
    return moment(day, start), moment(day, end)


def find_clashes(session: Session, places: Sequence[Place], days: list[dt.date], window: Window,
                 people: int | None = None, equipment: Mapping[str, int] | None = None,
                 ignore_series: str | None = None, scope: Rows | None = None,
                 scope_values: Mapping[str, object] | None = None) -> dict[int, list[Clash]]:
    """Every clash of every place on every day; places without clashes are absent from the answer.

    `scope` is a select of the places' location ids (with `scope_values` for its parameters), used in SQL instead
    of a long list of ids; pass the same object each time so that the statements built on it are built once."""
    found: dict[int, list[Clash]] = defaultdict(list)
    if not places or not days:
        return found
    by_id = {place.location_id: place for place in places}
    for place in places:
        hours = parse_hours(place.bookable_hours) if place.bookable_hours else {}
        too_many = people is not None and place.seats is not None and people > place.seats
        if hours or too_many:
            _limits(place, hours, people if too_many else None, days, window, found[place.location_id])
    if scope is not None:
        (bookings, lessons), values = _scoped(scope), dict(scope_values or {})
    elif len(by_id) == 1:
        (bookings, lessons), values = _ONE, {"id": next(iter(by_id))}
    else:
        (bookings, lessons), values = _MANY, {"ids": list(by_id)}
    run = fixed_of if bookings is _ONE[0] else rows_of  # one place: its statements have no list of ids to expand
    _booking_clashes(run, session, bookings[ignore_series is not None], values, by_id, days, window, ignore_series,
                     found)
    _lesson_clashes(run, session, lessons, values, by_id, days, window, found)
    if equipment:
        _equipment_clashes(session, list(by_id), days, window, equipment, found)
    for clashes in found.values():
        clashes.sort(key=_ORDER)
    return {location_id: clashes for location_id, clashes in found.items() if clashes}


def _limits(place: Place, hours: dict[int, tuple[Window, ...]], people: int | None, days: list[dt.date],
            window: Window, into: list[Clash]) -> None:
    for day in days:
        if not within_hours(hours, day.weekday(), window):
            into.append(Clash(place.location_id, day, window.start, window.end, "hours", place.bookable_hours))
        if people is not None:
            into.append(Clash(place.location_id, day, window.start, window.end, "seats", f"{people}>{place.seats}"))


# No expanding IN (…) parameters in these statements: SQLAlchemy re-renders those on every call, which cost three
# times what SQLite took to run a one-room check. States are OR-ed literals, weekdays a range (Python keeps only the
# weekdays asked), terms a join on their dates.
_ACTIVE = or_(*(Booking.state == state for state in ACTIVE))


def _bookings_select(where: Any, ignoring: bool) -> Rows:
    query = select(Booking.location_id, Booking.day, Booking.start_min, Booking.end_min, Booking.block_start,
                   Booking.block_end, Booking.purpose).where(where, _ACTIVE,
                                                             Booking.day.between(bindparam("low"), bindparam("high")))
    return query.where(Booking.series_key != bindparam("series")) if ignoring else query


def _lessons_select(where: Any) -> Rows:
    return (select(Lesson.location_id, Lesson.term_id, Lesson.weekday, Lesson.start_min, Lesson.end_min,
                   Lesson.subject, Lesson.students, Lesson.teachers)
            .join(Term, Term.id == Lesson.term_id)
            .where(where, Term.first_day <= bindparam("last"), Term.last_day >= bindparam("first"),
                   Lesson.weekday.between(bindparam("first_weekday"), bindparam("last_weekday")),
                   Lesson.start_min < bindparam("high"), Lesson.end_min > bindparam("low")))


def _statements(where_booking: Any, where_lesson: Any) -> tuple[dict[bool, Rows], Rows]:
    return ({ignoring: _bookings_select(where_booking, ignoring) for ignoring in (False, True)},
            _lessons_select(where_lesson))


_ONE = _statements(Booking.location_id == bindparam("id"), Lesson.location_id == bindparam("id"))
_MANY = _statements(Booking.location_id.in_(bindparam("ids", expanding=True)),
                    Lesson.location_id.in_(bindparam("ids", expanding=True)))
_TERMS = select(Term.id, Term.first_day, Term.last_day).where(Term.first_day <= bindparam("last"),
                                                              Term.last_day >= bindparam("first"))


@lru_cache(maxsize=16)
def _scoped(scope: Rows) -> tuple[dict[bool, Rows], Rows]:
    return _statements(Booking.location_id.in_(scope), Lesson.location_id.in_(scope))


Run: TypeAlias = Callable[[Session, Rows, Mapping[str, Any]], Iterable[Sequence[Any]]]


def _booking_clashes(run: Run, session: Session, query: Rows, values: Mapping[str, object], by_id: Mapping[int, Place],
                     days: list[dt.date], window: Window, ignore_series: str | None,
                     found: dict[int, list[Clash]]) -> None:
    values = dict(values, low=min(days) - _DAY, high=max(days) + _DAY, series=ignore_series)
    wanted = set(days)
    spans: dict[tuple[int, dt.date], tuple[dt.datetime, dt.datetime]] = {}
    for location_id, day, start_min, end_min, block_start, block_end, purpose in run(session, query, values):
        place = by_id.get(location_id)
        if place is None:
            continue
        taken_from, taken_to = _aware(block_start), _aware(block_end)
        for near in (day - _DAY, day, day + _DAY):  # a buffer may reach over midnight
            if near not in wanted:
                continue
            span = spans.get((location_id, near))
            if span is None:
                span = spans[(location_id, near)] = block_of(place, near, window)
            if taken_from < span[1] and span[0] < taken_to:
                found[location_id].append(Clash(location_id, day, start_min, end_min, "booking", purpose))


def _lesson_clashes(run: Run, session: Session, query: Rows, values: Mapping[str, object],
                    by_id: Mapping[int, Place], days: list[dt.date], window: Window,
                    found: dict[int, list[Clash]]) -> None:
    # Only lessons that can overlap the window widened by the largest buffers, on the weekdays asked, in the terms
    # the dates fall in; each lesson then blocks its weekday's dates inside its own term. The terms' days are read
    # only when some lesson came back (an evening or weekend booking usually meets none).
    weekdays = {day.weekday() for day in days}
    rows = list(run(session, query, dict(values, first=min(days), last=max(days), first_weekday=min(weekdays),
                                         last_weekday=max(weekdays),
                                         low=window.start - max(p.buffer_before_min for p in by_id.values()),
                                         high=window.end + max(p.buffer_after_min for p in by_id.values()))))
    if not rows:
        return
    dates_of: dict[tuple[int, int], list[dt.date]] = defaultdict(list)
    for term in rows_of(session, _TERMS, {"first": min(days), "last": max(days)}):
        for day in days:
            if term.first_day <= day <= term.last_day:
                dates_of[(term.id, day.weekday())].append(day)
    spans = {location_id: widened(window.start, window.end, p.buffer_before_min, p.buffer_after_min)
             for location_id, p in by_id.items()}
    for location_id, term_id, weekday, start_min, end_min, subject, students, teachers in rows:
        span = spans.get(location_id)
        if span is None or not overlaps(span[0], span[1], start_min, end_min):
            continue
        what = " ".join(filter(None, (subject, students, teachers)))
        found[location_id] += [Clash(location_id, day, start_min, end_min, "lesson", what)
                                for day in dates_of[(term_id, weekday)]]


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
