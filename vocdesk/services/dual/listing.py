"""Placements listed by enterprise, learner, supervising teacher or status (every status unless one is asked)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased

from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import DualPlacement, DualTrainer, Enterprise, Learner, Teacher
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require

STATUSES = ("draft", "active", "completed", "ended")


@dataclass(frozen=True)
class PlacementRow:
    id: int
    student_code: str
    learner: str
    enterprise: str
    tax_id: str
    trainer: str
    supervisor: str
    start_date: dt.date
    end_date: dt.date
    semesters: int
    status: str


def list_placements(uow: UnitOfWork, status: str | None = None, enterprise_id: int | None = None,
                    student_code: str | None = None, supervisor_id: int | None = None) -> list[PlacementRow]:
    require(uow.actor, "dual.view")
    if status is not None and status not in STATUSES:
        raise ValidationFailed("invalid", field="status", value=status)
    teacher = aliased(Teacher)
    query = (select(DualPlacement, Learner, Enterprise, DualTrainer.name, teacher)
             .join(Learner, Learner.id == DualPlacement.learner_id)
             .join(Enterprise, Enterprise.id == DualPlacement.enterprise_id)
             .join(DualTrainer, DualTrainer.id == DualPlacement.trainer_id)
             .outerjoin(teacher, teacher.id == DualPlacement.supervisor_id)
             .order_by(DualPlacement.start_date, Learner.student_code, DualPlacement.id))
    if status is not None:
        query = query.where(DualPlacement.status == status)
    if enterprise_id is not None:
        query = query.where(DualPlacement.enterprise_id == enterprise_id)
    if student_code:
        query = query.where(Learner.student_code == student_code)
    if supervisor_id is not None:
        query = query.where(DualPlacement.supervisor_id == supervisor_id)
    return [PlacementRow(p.id, learner.student_code, f"{learner.first_name_th} {learner.last_name_th}",
                         enterprise.name_th, enterprise.tax_id or "", trainer,
                         f"{t.first_name_th} {t.last_name_th}" if t else "", p.start_date, p.end_date, p.semesters,
                         p.status) for p, learner, enterprise, trainer, t in uow.session.execute(query)]
