"""Who served: a learner by student code or a teacher by id (exactly one), read from their tables directly."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import Learner, ServiceMinutes, Teacher

MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True)
class Worker:
    learner_id: int | None
    teacher_id: int | None


def resolve_worker(session: Session, learner: str | None, teacher_id: int | None) -> Worker:
    if (not learner) == (teacher_id is None):
        raise ValidationFailed("community.one_worker", field="worker")
    if learner:
        found = session.scalar(select(Learner.id).where(Learner.student_code == learner.strip()))
        if found is None:
            raise NotFound(what="learner", field="learner", value=learner)
        return Worker(int(found), None)
    if session.get(Teacher, teacher_id) is None:
        raise NotFound(what="teacher", field="teacher", value=teacher_id)
    return Worker(None, teacher_id)


def check_day_total(session: Session, worker: Worker, day: object, minutes: int) -> None:
    """Nobody serves more than a day's minutes on one day, across jobs and shifts."""
    column = ServiceMinutes.learner_id if worker.learner_id is not None else ServiceMinutes.teacher_id
    wanted = worker.learner_id if worker.learner_id is not None else worker.teacher_id
    already = int(session.scalar(select(func.coalesce(func.sum(ServiceMinutes.minutes), 0))
                                 .where(column == wanted, ServiceMinutes.worked_on == day)) or 0)
    if minutes <= 0 or already + minutes > MINUTES_PER_DAY:
        raise ValidationFailed("community.minutes_over_day", field="minutes", minutes=minutes, already=already)
