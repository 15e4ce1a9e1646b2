"""Service hours per learner: every minute from repair jobs and volunteer shifts, from the one ledger."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.domain.programme_codes import national_code
from vocdesk.errors import NotFound
from vocdesk.persistence.models import Learner, Programme, ServiceMinutes, ServicePoint
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


@dataclass(frozen=True)
class ProgrammeHours:
    """One programme's learners who served, and their hours together."""

    level: str
    major_code: str
    major_name: str
    learners: int
    total_minutes: int


def programme_hours(session: Session, actor: Actor) -> list[ProgrammeHours]:
    """Per programme (level and major), the most hours first."""
    require(actor, "community.view")
    rows = session.execute(
        select(Programme.level, Programme.major_code, Programme.major_name_th,
               func.count(func.distinct(ServiceMinutes.learner_id)), func.sum(ServiceMinutes.minutes))
        .join(Learner, Learner.id == ServiceMinutes.learner_id).join(Programme, Programme.id == Learner.programme_id)
        .group_by(Programme.level, Programme.major_code, Programme.major_name_th))
    found = [ProgrammeHours(level, national_code(code), name, int(learners), int(total))
             for level, code, name, learners, total in rows]
    return sorted(found, key=lambda line: (-line.total_minutes, line.level, line.major_code))
