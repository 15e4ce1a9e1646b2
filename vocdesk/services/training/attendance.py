"""Check-in per session and trainee, hours attended, and completion against the course's attendance threshold."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import Attendance, Course, CourseRun, CourseSession, Enrolment, Trainee
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.training import ATTENDANCE
from vocdesk.services.training.runs import run_by_key


@dataclass(frozen=True)
class Progress:
    """One enrolled trainee's attended minutes against the minutes a certificate needs."""

    trainee_id: int
    name: str
    attended_min: int
    required_min: int

    @property
    def completed(self) -> bool:
        return self.attended_min >= self.required_min

    @property
    def missing_hours(self) -> float:
        return max(0, self.required_min - self.attended_min) / 60


@dataclass(frozen=True)
class Grid:
    """Sessions × trainees: `present[(session_id, trainee_id)]` = minutes attended."""

    sessions: tuple[tuple[int, dt.date, int, int, str], ...]  # id, day, start, end, state
    trainees: tuple[tuple[int, str], ...]
    present: dict[tuple[int, int], int]


def required_minutes(course: Course) -> int:
    """The course's hours × its minimum attendance (80 % unless set), rounded up to a whole minute."""
    return math.ceil(course.hours * 60 * course.min_attendance_pct / 100)


def mark(uow: UnitOfWork, key: str, day: dt.date, trainee_ids: Sequence[int], present: bool = True,
         minutes: int | None = None) -> int:
    """Check trainees in (or out) for the run's session on `day`; `minutes` for a late arrival, else all of it."""
    require(uow.actor, "training.attendance")
    run, _ = run_by_key(uow.session, key)
    session_row = uow.session.scalars(select(CourseSession).where(CourseSession.run_id == run.id,
                                                                  CourseSession.day == day,
                                                                  CourseSession.state == "planned")).first()
    if session_row is None:
        raise NotFound(what="session", field="date", value=day.isoformat())
    length = session_row.end_min - session_row.start_min
    if minutes is not None and not 0 < minutes <= length:
        raise ValidationFailed("invalid", field="minutes", value=minutes)
    enrolled = set(uow.session.scalars(select(Enrolment.trainee_id).where(Enrolment.run_id == run.id,
                                                                          Enrolment.state == "enrolled")))
    stranger = next((t for t in trainee_ids if t not in enrolled), None)
    if stranger is not None:
        raise ValidationFailed("not_enrolled", field="trainee", value=stranger)
    ids = sorted(set(trainee_ids))
    uow.session.execute(delete(Attendance).where(Attendance.session_id == session_row.id,
                                                 Attendance.trainee_id.in_(ids)))
    if present and ids:
        uow.session.add_all(Attendance(session_id=session_row.id, trainee_id=t, minutes=minutes or length)
                            for t in ids)
    uow.audit("training.attendance.mark", "training_session", session_row.id,
              {"present" if present else "absent": [None, ids], "minutes": [None, minutes or length]})
    uow.changed(ATTENDANCE)
    return len(ids)


def _enrolled(session: Session, run: CourseRun) -> list[tuple[int, str]]:
    rows = session.execute(select(Trainee.id, Trainee.prefix, Trainee.first_name, Trainee.last_name)
                           .join(Enrolment, Enrolment.trainee_id == Trainee.id)
                           .where(Enrolment.run_id == run.id, Enrolment.state == "enrolled")
                           .order_by(Enrolment.enrolled_on, Enrolment.id))
    return [(tid, f"{p}{f} {la}".strip()) for tid, p, f, la in rows]


def grid(session: Session, actor: Actor, key: str) -> Grid:
    require(actor, "training.trainees")
    run, _ = run_by_key(session, key)
    sessions = tuple((i, d, s, e, st) for i, d, s, e, st in session.execute(
        select(CourseSession.id, CourseSession.day, CourseSession.start_min, CourseSession.end_min,
               CourseSession.state).where(CourseSession.run_id == run.id)
        .order_by(CourseSession.day, CourseSession.start_min)))
    present = {(s, t): m for s, t, m in session.execute(
        select(Attendance.session_id, Attendance.trainee_id, Attendance.minutes)
        .join(CourseSession, CourseSession.id == Attendance.session_id).where(CourseSession.run_id == run.id))}
    return Grid(sessions, tuple(_enrolled(session, run)), present)


def progress(session: Session, actor: Actor, key: str) -> list[Progress]:
    """Every enrolled trainee's hours; those short of the threshold say how many hours they miss."""
    require(actor, "training.trainees")
    _, course = run_by_key(session, key)
    sheet = grid(session, actor, key)
    need = required_minutes(course)
    return [Progress(tid, name, sum(m for (_, t), m in sheet.present.items() if t == tid), need)
            for tid, name in sheet.trainees]
