"""Supervision visits as teachers' workload: per teacher and semester, per department; read by the teachers' screens."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.domain.academic import SemesterKey
from vocdesk.persistence.models import Department, DualVisit, Teacher
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require
from vocdesk.services.dual.followup_common import semester_of


@dataclass(frozen=True)
class VisitWorkload:
    semester: str
    visits: int
    minutes: int

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 2)


def _order(semester: str) -> tuple[int, int]:
    key = SemesterKey.parse(semester)
    return (key.academic_year, key.semester) if key else (0, 0)


def teacher_visit_workload(session: Session, actor: Actor, teacher_id: int) -> list[VisitWorkload]:
    """The teacher's recorded visits (any mode) and their time, per semester, oldest first."""
    require(actor, "dual.view")
    rows = session.execute(select(DualVisit.semester, func.count(), func.coalesce(func.sum(DualVisit.minutes), 0))
                           .where(DualVisit.teacher_id == teacher_id).group_by(DualVisit.semester))
    return sorted((VisitWorkload(semester, int(count), int(minutes)) for semester, count, minutes in rows),
                  key=lambda w: _order(w.semester))


@dataclass(frozen=True)
class DepartmentVisits:
    semester: str
    by_department: dict[str, VisitWorkload]
    """Department code → the visits its teachers made in the semester (any mode); "" for a teacher without one."""

    @property
    def college(self) -> VisitWorkload:
        lines = self.by_department.values()
        return VisitWorkload(self.semester, sum(v.visits for v in lines), sum(v.minutes for v in lines))


def department_visit_workload(session: Session, actor: Actor, on: dt.date) -> DepartmentVisits:
    """The visits of the semester holding `on`, by the visiting teacher's department."""
    require(actor, "dual.view")
    semester = str(semester_of(session, on))
    rows = session.execute(
        select(func.coalesce(Department.code, ""), func.count(), func.coalesce(func.sum(DualVisit.minutes), 0))
        .select_from(DualVisit).join(Teacher, Teacher.id == DualVisit.teacher_id)
        .outerjoin(Department, Department.id == Teacher.department_id)
        .where(DualVisit.semester == semester).group_by(Department.code))
    return DepartmentVisits(semester, {code: VisitWorkload(semester, int(count), int(minutes))
                                       for code, count, minutes in rows})
