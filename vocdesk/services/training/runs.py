"""Runs (รุ่น) of a course: sessions from a weekly rule, materialised one row per date and booked in one transaction."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from vocdesk.domain.training import DAY_NAMES, Window
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import Booking, Course, CourseRun, CourseSession, Location
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.training import BOOKINGS, COURSES
from vocdesk.services.training.booking import BookingRequest, BookingResult, book
from vocdesk.services.training.courses import course_by_code

RUN_KEY = re.compile(r"^\s*([^/\s]+)\s*/\s*(\d{1,4})\s*$")


@dataclass(frozen=True)
class RunRequest:
    """A new run of `course`: in `room`, on `days` every `every_weeks` weeks between two dates, in `window`."""

    course: str
    room: str
    first: dt.date
    last: dt.date
    days: tuple[int, ...]
    window: Window
    every_weeks: int = 1
    skip_conflicts: bool = False
    capacity: int | None = None


@dataclass(frozen=True)
class ScheduleResult:
    """`run` is the new run's key (`WELD01/2`), or empty when clashes stopped it and nothing was written."""

    run: str
    booking: BookingResult


def run_key(course_code: str, run_no: int) -> str:
    return f"{course_code}/{run_no}"


def run_by_key(session: Session, key: str) -> tuple[CourseRun, Course]:
    """`CODE/N` → the run and its course; `CODE` alone → the course's latest run."""
    match = RUN_KEY.match(key)
    course = course_by_code(session, match.group(1) if match else key)
    query = select(CourseRun).where(CourseRun.course_id == course.id)
    query = query.where(CourseRun.run_no == int(match.group(2))) if match else query.order_by(CourseRun.run_no.desc())
    run = session.scalars(query).first()
    if run is None:
        raise NotFound(what="run", field="run", value=key)
    return run, course


def schedule_run(uow: UnitOfWork, request: RunRequest) -> ScheduleResult:
    """Create the next run and book every session through the booking service; holidays and closures are skipped
    and listed, any other clash writes nothing unless the user chose to skip those dates too."""
    require(uow.actor, "training.courses")
    course = course_by_code(uow.session, request.course)
    if not course.active:
        raise ValidationFailed("course_inactive", field="course", value=course.code)
    capacity = course.capacity if request.capacity is None else request.capacity
    if not 1 <= capacity <= 1000:
        raise ValidationFailed("invalid", field="capacity", value=capacity)
    run_no = (uow.session.scalar(select(func.max(CourseRun.run_no)).where(CourseRun.course_id == course.id)) or 0) + 1
    series = uuid.uuid4().hex
    result = book(uow, BookingRequest(request.room, request.first, request.last, request.days, request.window,
                                      f"{run_key(course.code, run_no)} {course.name_th}", capacity,
                                      request.every_weeks, request.skip_conflicts, series_key=series))
    if not result.written:
        return ScheduleResult("", result)
    if not result.sessions:
        raise ValidationFailed("no_occurrences", field="days")
    location = uow.session.scalars(select(Location).where(Location.code == result.room)).one()
    run = CourseRun(course_id=course.id, run_no=run_no, location_id=location.id, first_day=request.first,
                    last_day=request.last, days=",".join(DAY_NAMES[d] for d in request.days),
                    every_weeks=request.every_weeks, start_min=request.window.start, end_min=request.window.end,
                    capacity=capacity, series_key=series)
    uow.session.add(run)
    uow.session.flush()
    uow.session.add_all(CourseSession(run_id=run.id, day=day, start_min=request.window.start,
                                      end_min=request.window.end, location_id=location.id, state="planned")
                        for day in result.sessions)
    uow.audit("training.run.schedule", "training_run", run.id,
              {"run": [None, run_key(course.code, run_no)], "sessions": [None, len(result.sessions)]})
    uow.changed(COURSES)
    return ScheduleResult(run_key(course.code, run_no), result)


def cancel_session(uow: UnitOfWork, session_id: int, reason: str) -> None:
    """Cancel one date of a run with its reason; its booking is cancelled too, so the room is free again."""
    require(uow.actor, "training.courses")
    row = uow.session.get(CourseSession, session_id)
    if row is None:
        raise NotFound(what="session", field="session", value=session_id)
    if not reason.strip():
        raise ValidationFailed("required", field="reason")
    if row.state != "planned":
        raise ValidationFailed("session_not_planned", field="session", value=row.day.isoformat())
    run = uow.session.get(CourseRun, row.run_id)
    assert run is not None
    row.state, row.reason = "cancelled", reason.strip()
    uow.session.execute(update(Booking).where(Booking.series_key == run.series_key, Booking.day == row.day)
                        .values(state="cancelled", note=reason.strip(), version=Booking.version + 1))
    uow.audit("training.session.cancel", "training_session", row.id, {"state": ["planned", "cancelled"],
                                                                      "reason": [None, reason.strip()]})
    uow.changed(COURSES, BOOKINGS)


def add_session(uow: UnitOfWork, key: str, day: dt.date) -> BookingResult:
    """Add a date to a run (a skipped date added back, or an extra one), booked like the others."""
    require(uow.actor, "training.courses")
    run, course = run_by_key(uow.session, key)
    taken = uow.session.scalars(select(CourseSession).where(CourseSession.run_id == run.id, CourseSession.day == day))
    if taken.first() is not None:
        raise ValidationFailed("session_exists", field="date", value=day.isoformat())
    location = uow.session.get(Location, run.location_id)
    assert location is not None
    result = book(uow, BookingRequest(location.code, day, day, (day.weekday(),), Window(run.start_min, run.end_min),
                                      f"{run_key(course.code, run.run_no)} {course.name_th}", run.capacity,
                                      series_key=run.series_key))
    if result.written:
        uow.session.add(CourseSession(run_id=run.id, day=day, start_min=run.start_min, end_min=run.end_min,
                                      location_id=run.location_id, state="planned"))
        uow.audit("training.session.add", "training_run", run.id, {"day": [None, day]})
        uow.changed(COURSES)
    return result


def move_session(uow: UnitOfWork, session_id: int, day: dt.date, reason: str) -> BookingResult:
    """Move one date: the new date is booked first; only then is the old one marked moved and its room freed."""
    require(uow.actor, "training.courses")
    row = uow.session.get(CourseSession, session_id)
    if row is None:
        raise NotFound(what="session", field="session", value=session_id)
    if not reason.strip():
        raise ValidationFailed("required", field="reason")
    if row.state != "planned":
        raise ValidationFailed("session_not_planned", field="session", value=row.day.isoformat())
    run = uow.session.get(CourseRun, row.run_id)
    course = uow.session.get(Course, run.course_id) if run is not None else None
    assert run is not None and course is not None
    result = add_session(uow, run_key(course.code, run.run_no), day)
    if result.written:
        old_day, row.state, row.reason = row.day, "moved", f"{reason.strip()} → {day.isoformat()}"
        uow.session.execute(update(Booking).where(Booking.series_key == run.series_key, Booking.day == old_day)
                            .values(state="cancelled", note=row.reason, version=Booking.version + 1))
        uow.audit("training.session.move", "training_session", row.id, {"day": [old_day, day],
                                                                        "reason": [None, reason.strip()]})
        uow.changed(COURSES, BOOKINGS)
    return result
