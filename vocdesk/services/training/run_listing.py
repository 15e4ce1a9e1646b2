"""What the course screens read: a course's runs with seat counts, a run's sessions, runs open for walk-ins."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from vocdesk.persistence.models import Course, CourseRun, CourseSession, Enrolment, Location, Trainee
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require
from vocdesk.services.training.runs import run_by_key, run_key


@dataclass(frozen=True)
class RunRow:
    key: str
    course_code: str
    course_name: str
    room: str
    first_day: dt.date
    last_day: dt.date
    days: str
    start_min: int
    end_min: int
    capacity: int
    sessions: int
    enrolled: int
    waitlist: int
    fee_satang: int


@dataclass(frozen=True)
class SessionRow:
    id: int
    day: dt.date
    start_min: int
    end_min: int
    room: str
    state: str
    reason: str


@dataclass(frozen=True)
class HistoryRow:
    run: str
    course_name: str
    first_day: dt.date
    last_day: dt.date
    state: str


def _runs(session: Session, *where: ColumnElement[bool]) -> list[RunRow]:
    sessions = (select(CourseSession.run_id, func.count().label("n")).where(CourseSession.state == "planned")
                .group_by(CourseSession.run_id).subquery())
    seats = (select(Enrolment.run_id, Enrolment.state, func.count().label("n"))
             .group_by(Enrolment.run_id, Enrolment.state))
    counts: dict[tuple[int, str], int] = {(r, s): n for r, s, n in session.execute(seats)}
    query = (select(CourseRun, Course, Location.code, func.coalesce(sessions.c.n, 0))
             .join(Course, Course.id == CourseRun.course_id).join(Location, Location.id == CourseRun.location_id)
             .outerjoin(sessions, sessions.c.run_id == CourseRun.id).where(*where)
             .order_by(CourseRun.first_day, Course.code, CourseRun.run_no))
    return [RunRow(run_key(c.code, r.run_no), c.code, c.name_th, room, r.first_day, r.last_day, r.days, r.start_min,
                   r.end_min, r.capacity, int(n), counts.get((r.id, "enrolled"), 0),
                   counts.get((r.id, "waitlist"), 0), c.fee_satang)
            for r, c, room, n in session.execute(query)]


def course_runs(session: Session, actor: Actor, course_code: str) -> list[RunRow]:
    require(actor, "training.view")
    return _runs(session, Course.code == course_code.strip().upper())


def open_runs(session: Session, actor: Actor, today: dt.date) -> list[RunRow]:
    """Runs a walk-in may still join: not finished yet, soonest first."""
    require(actor, "training.view")
    return _runs(session, CourseRun.last_day >= today)


def run_sessions(session: Session, actor: Actor, key: str) -> list[SessionRow]:
    require(actor, "training.view")
    run, _ = run_by_key(session, key)
    rows = session.execute(select(CourseSession, Location.code).join(Location, Location.id == CourseSession.location_id)
                           .where(CourseSession.run_id == run.id).order_by(CourseSession.day, CourseSession.start_min))
    return [SessionRow(s.id, s.day, s.start_min, s.end_min, code, s.state, s.reason) for s, code in rows]


def trainee_history(session: Session, actor: Actor, trainee_id: int) -> list[HistoryRow]:
    """Every run a trainee joined, latest first, with the enrolment's state."""
    require(actor, "training.trainees")
    rows = session.execute(select(CourseRun, Course, Enrolment.state)
                           .join(Enrolment, Enrolment.run_id == CourseRun.id)
                           .join(Course, Course.id == CourseRun.course_id)
                           .join(Trainee, Trainee.id == Enrolment.trainee_id)
                           .where(Enrolment.trainee_id == trainee_id).order_by(CourseRun.first_day.desc()))
    return [HistoryRow(run_key(c.code, r.run_no), c.name_th, r.first_day, r.last_day, state) for r, c, state in rows]
