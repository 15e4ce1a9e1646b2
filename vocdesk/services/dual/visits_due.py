"""Visits due: each started placement's supervision in a semester on a day, and who is behind per teacher/department."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased

from vocdesk.domain.dual.supervision import counted_modes, overlap, plan_status, required_visits
from vocdesk.persistence.models import (
    Department,
    DualPlacement,
    DualSupervisionPlan,
    DualVisit,
    Enterprise,
    Learner,
    Teacher,
)
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.dual.followup_common import STARTED, last_day, semester_key, semester_period
from vocdesk.services.dual.followup_settings import supervision_settings


@dataclass(frozen=True)
class DueRow:
    placement_id: int
    student_code: str
    learner: str
    enterprise: str
    supervisor_id: int | None
    supervisor: str
    department: str
    abroad: bool
    required: int
    done: int
    expected_by_now: int
    state: str
    """done | due | overdue | none (the placement does not train in this semester)."""
    next_due: dt.date | None


@dataclass(frozen=True)
class BehindCount:
    key: str
    """The teacher's or the department's name ("-" when none is set)."""
    placements: int
    behind: int


def visits_due(uow: UnitOfWork, semester: str, on: dt.date | None = None) -> list[DueRow]:
    """Every started placement sharing days with the semester, behind ones first."""
    require(uow.actor, "dual.view")
    session, day = uow.session, on or uow.clock.today()
    key = semester_key(semester)
    period = semester_period(session, key)
    settings = supervision_settings(session)
    abroad = {p.placement_id: p.abroad for p in session.scalars(
        select(DualSupervisionPlan).where(DualSupervisionPlan.semester == str(key)))}
    visits: dict[int, list[tuple[dt.date, str]]] = defaultdict(list)
    for v in session.scalars(select(DualVisit).where(DualVisit.semester == str(key))):
        visits[v.placement_id].append((v.visited_on, v.mode))
    teacher = aliased(Teacher)
    query = (select(DualPlacement, Learner, Enterprise.name_th, teacher, Department.name_th)
             .join(Learner, Learner.id == DualPlacement.learner_id)
             .join(Enterprise, Enterprise.id == DualPlacement.enterprise_id)
             .outerjoin(teacher, teacher.id == DualPlacement.supervisor_id)
             .outerjoin(Department, Department.id == teacher.department_id)
             .where(DualPlacement.status.in_(STARTED), DualPlacement.start_date <= period[1],
                    DualPlacement.end_date >= period[0])
             .order_by(Learner.student_code, DualPlacement.id))
    rows = []
    for p, learner, enterprise, t, department in session.execute(query):
        away = abroad.get(p.id, False)
        shared = overlap((p.start_date, last_day(p)), period)
        modes = counted_modes(away, settings)
        status = plan_status(shared, required_visits(away, settings),
                             [d for d, mode in visits[p.id] if mode in modes], day)
        rows.append(DueRow(p.id, learner.student_code, f"{learner.first_name_th} {learner.last_name_th}", enterprise,
                           p.supervisor_id, f"{t.first_name_th} {t.last_name_th}" if t else "", department or "",
                           away, status.required, status.done, status.expected_by_now, status.state,
                           status.next_due))
    order = {"overdue": 0, "due": 1, "done": 2, "none": 3}
    return sorted(rows, key=lambda r: order[r.state])


def behind_by(rows: list[DueRow], by: str) -> list[BehindCount]:
    """Placements and how many are behind, per supervising teacher (`by="teacher"`) or department."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        if row.state == "none":
            continue
        name = (row.supervisor if by == "teacher" else row.department) or "-"
        totals[name][0] += 1
        totals[name][1] += row.state == "overdue"
    return [BehindCount(k, n, b) for k, (n, b) in sorted(totals.items(), key=lambda kv: (-kv[1][1], kv[0]))]
