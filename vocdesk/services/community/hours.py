"""Service hours per learner: every minute from repair jobs and volunteer shifts, from the one ledger."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.errors import NotFound
from vocdesk.persistence.models import Learner, ServiceMinutes, ServicePoint
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require


@dataclass(frozen=True)
class HoursLine:
    """One point (event) the learner served at."""

    point_code: str
    point_name: str
    first_day: dt.date
    last_day: dt.date
    minutes: int


@dataclass(frozen=True)
class LearnerHours:
    """The learner's ledger, one line per point, oldest first."""

    learner_id: int
    student_code: str
    name: str
    total_minutes: int
    lines: tuple[HoursLine, ...]


def learner_hours(session: Session, actor: Actor, student_code: str) -> LearnerHours:
    """Per point (event): dates and minutes; read from the learner table directly (not the learners area)."""
    require(actor, "community.view")
    learner = session.scalars(select(Learner).where(Learner.student_code == student_code.strip())).first()
    if learner is None:
        raise NotFound(what="learner", field="learner", value=student_code)
    rows = session.execute(
        select(ServicePoint.code, ServicePoint.name, func.min(ServiceMinutes.worked_on),
               func.max(ServiceMinutes.worked_on), func.sum(ServiceMinutes.minutes))
        .join(ServicePoint, ServicePoint.id == ServiceMinutes.point_id)
        .where(ServiceMinutes.learner_id == learner.id)
        .group_by(ServicePoint.code, ServicePoint.name).order_by(func.min(ServiceMinutes.worked_on)))
    lines = tuple(HoursLine(code, name, first, last, int(total)) for code, name, first, last, total in rows)
    return LearnerHours(learner.id, learner.student_code, f"{learner.first_name_th} {learner.last_name_th}",
                        sum(line.minutes for line in lines), lines)
