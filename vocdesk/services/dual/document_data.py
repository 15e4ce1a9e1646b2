"""What the dual documents print, read once from the database: the college, the MOU, the placement and its people."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.dual.facts import age_on
from vocdesk.domain.dual.plans import parse_semesters
from vocdesk.errors import NotFound
from vocdesk.persistence.models import (
    DualMou,
    DualPlacement,
    DualPlanTask,
    DualShift,
    DualTrainer,
    Enterprise,
    Learner,
    Programme,
    Teacher,
)
from vocdesk.services.core.settings import college_profile

LEVELS_TH = {"pvc": "ประกาศนียบัตรวิชาชีพ (ปวช.)", "pvs": "ประกาศนียบัตรวิชาชีพชั้นสูง (ปวส.)",
             "btech": "ปริญญาตรีสายเทคโนโลยีหรือสายปฏิบัติการ (ทล.บ.)"}
MODES_TH = {"dual": "ทวิภาคี", "internship": "ฝึกงาน", "short": "หลักสูตรระยะสั้น", "dve": "ทวิศึกษา"}


@dataclass(frozen=True)
class MouData:
    college: str
    college_province: str
    mou: DualMou
    enterprise: Enterprise


@dataclass(frozen=True)
class PlacementData:
    base: MouData | None
    college: str
    college_province: str
    placement: DualPlacement
    learner: Learner
    programme: Programme
    enterprise: Enterprise
    trainer: DualTrainer
    supervisor: Teacher | None
    shifts: list[DualShift]
    plan: list[DualPlanTask]
    today: dt.date

    @property
    def learner_name(self) -> str:
        return f"{self.learner.prefix}{self.learner.first_name_th} {self.learner.last_name_th}".strip()

    @property
    def age(self) -> int | None:
        signed = self.placement.contract_date or self.placement.start_date
        return age_on(self.learner.birth_date, signed) if self.learner.birth_date else None


def mou_data(session: Session, mou_id: int) -> MouData:
    mou = session.get(DualMou, mou_id)
    if mou is None:
        raise NotFound(what=f"MOU #{mou_id}")
    enterprise = session.get(Enterprise, mou.enterprise_id)
    assert enterprise is not None
    college = college_profile(session)
    return MouData(college.name_th or "วิทยาลัย", college.province, mou, enterprise)


def placement_data(session: Session, placement_id: int, today: dt.date) -> PlacementData:
    placement = session.get(DualPlacement, placement_id)
    if placement is None:
        raise NotFound(what=f"placement #{placement_id}")
    learner = session.get(Learner, placement.learner_id)
    enterprise = session.get(Enterprise, placement.enterprise_id)
    trainer = session.get(DualTrainer, placement.trainer_id)
    assert learner is not None and enterprise is not None and trainer is not None
    programme = session.get(Programme, learner.programme_id)
    assert programme is not None
    supervisor = session.get(Teacher, placement.supervisor_id) if placement.supervisor_id else None
    shifts = list(session.scalars(select(DualShift).where(DualShift.placement_id == placement.id)
                                  .order_by(DualShift.weekday)))
    plan = list(session.scalars(select(DualPlanTask).where(
        DualPlanTask.programme_id == learner.programme_id,
        DualPlanTask.semester.in_(parse_semesters(placement.plan_semesters)))
        .order_by(DualPlanTask.semester, DualPlanTask.position)))
    base = mou_data(session, placement.mou_id) if placement.mou_id else None
    college = college_profile(session)
    return PlacementData(base, college.name_th or "วิทยาลัย", college.province, placement, learner, programme,
                         enterprise, trainer, supervisor, shifts, plan, today)
