"""Builders for training-centre tests: places set up for booking, terms with lessons, bookings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select

from vocdesk.domain.training import parse_days, parse_window
from vocdesk.persistence.models import Lesson, Location, Term
from vocdesk.services.core.context import AppContext
from vocdesk.services.training.booking import BookingRequest, BookingResult, book
from vocdesk.services.training.facilities import FacilityInput, set_facility


def add_place(ctx: AppContext, code: str, *, kind: str = "workshop", seats: int | None = 20, before: int = 0,
              after: int = 0, hours: str = "", approver: str = "training_staff") -> int:
    """A location as the equipment officer would have it, then set up for booking by training staff."""
    with ctx.unit_of_work() as uow:
        uow.session.execute(insert(Location), [{"code": code, "name_th": f"ห้อง {code}", "kind": kind,
                                                "is_bookable": True, "active": True, "version": 1}])
        location_id = uow.session.scalars(select(Location.id).where(Location.code == code)).one()
    ctx.run(lambda uow: set_facility(uow, FacilityInput(code, seats, before, after, hours, approver)))
    return int(location_id)


def add_term_lessons(ctx: AppContext, key: str, first: dt.date, last: dt.date,
                     lessons: list[tuple[str, str, str | None, str]]) -> None:
    """lessons: (day, "HH:MM-HH:MM", room code or None, subject)."""
    with ctx.unit_of_work() as uow:
        term = Term(key=key, first_day=first, last_day=last)
        uow.session.add(term)
        uow.session.flush()
        for day, window_text, room, subject in lessons:
            window = parse_window(window_text)
            location_id = None if room is None else uow.session.scalars(
                select(Location.id).where(Location.code == room)).one()
            uow.session.add(Lesson(term_id=term.id, weekday=parse_days(day)[0], start_min=window.start,
                                   end_min=window.end, location_id=location_id, subject=subject,
                                   students="ชส.1/1", teachers="ครูสมชาย"))


def book_once(ctx: AppContext, room: str, day: dt.date, window: str, purpose: str = "อบรม",
              people: int | None = None, **options: object) -> BookingResult:
    request = BookingRequest(room, day, day, (day.weekday(),), parse_window(window), purpose, people,
                             **options)  # type: ignore[arg-type]
    result, _ = ctx.run(lambda uow: book(uow, request))
    return result


def race_to_book(db_url: str, home: str, room: str, day: dt.date, window: str, purpose: str, start: object,
                 results: object) -> None:
    """One PC in a separate process: wait for the others, then book the same slot; report what happened."""
    from vocdesk.clock import FixedClock
    from vocdesk.errors import VocDeskError
    from vocdesk.paths import AppPaths
    from vocdesk.persistence.database import Database
    from vocdesk.services.core.context import Actor

    db = Database(db_url)
    ctx = AppContext(paths=AppPaths.resolve(home), db=db, clock=FixedClock(), actor=Actor(purpose, "training_staff"))
    start.wait()  # type: ignore[attr-defined]
    try:
        outcome = "booked" if book_once(ctx, room, day, window, purpose).written else "refused"
    except VocDeskError as error:
        outcome = error.code
    except Exception as error:  # any other failure must show up in the test's assertion
        outcome = repr(error)
    results.put(outcome)  # type: ignore[attr-defined]
    db.dispose()
