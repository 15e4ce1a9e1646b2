"""Supervision visits as a teacher's workload: visits and hours per semester, read by the teachers' screens."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.domain.academic import SemesterKey
from vocdesk.persistence.models import DualVisit
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require


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
