"""The training-plan editor's services: a programme's plan template, a placement's plan and what is not covered."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from vocdesk.domain.dual.plans import Coverage, PlanItem, clean_course_codes, clean_semesters, coverage, parse_semesters
from vocdesk.domain.programme_codes import code_and_name
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import DualPlacement, DualPlanTask, Learner, Programme
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.dual import PLACEMENTS, PLANS

COUNTED = ("draft", "active", "completed")
"""Placements whose plan semesters count toward coverage (an ended placement did not finish its semesters)."""


@dataclass(frozen=True)
class PlanTaskInput:
    programme_id: int
    semester: int
    main_task: str
    sub_task: str = ""
    hours: int = 0
    target_level: int = 3
    course_codes: str = ""


@dataclass(frozen=True)
class PlanTaskRow(PlanTaskInput):
    id: int = 0
    position: int = 0
    version: int = 0


def task_values(data: PlanTaskInput) -> dict[str, object]:
    """The stored fields of a task as entered, checked (a bad one names its field and nothing is written)."""
    if not data.main_task.strip():
        raise ValidationFailed("required", field="main_task")
    clean_semesters([data.semester])
    if data.hours < 0:
        raise ValidationFailed("invalid", field="hours", value=data.hours)
    if not 1 <= data.target_level <= 5:
        raise ValidationFailed("dual.target_level_invalid", field="target_level", value=data.target_level)
    return {"semester": data.semester, "main_task": data.main_task.strip(), "sub_task": data.sub_task.strip(),
            "hours": data.hours, "target_level": data.target_level,
            "course_codes": clean_course_codes(data.course_codes)}


def add_plan_task(uow: UnitOfWork, data: PlanTaskInput) -> int:
    """Append a sub-task to the programme's plan in its semester."""
    require(uow.actor, "dual.edit")
    if uow.session.get(Programme, data.programme_id) is None:
        raise NotFound(what=f"programme #{data.programme_id}", field="programme_id")
    values = task_values(data)
    last = uow.session.scalars(select(DualPlanTask.position).where(DualPlanTask.programme_id == data.programme_id)
                               .order_by(DualPlanTask.position.desc())).first()
    task = DualPlanTask(programme_id=data.programme_id, position=(last or 0) + 1, **values)
    uow.session.add(task)
    uow.session.flush()
    uow.audit("plan.create", "dual_plan_task", task.id, {"programme": [None, data.programme_id],
                                                          "semester": [None, data.semester],
                                                          "main_task": [None, task.main_task]})
    uow.changed(PLANS)
    return task.id


def task_rows(tasks: list[DualPlanTask]) -> list[PlanTaskRow]:
    return [PlanTaskRow(t.programme_id, t.semester, t.main_task, t.sub_task, t.hours, t.target_level,
                        t.course_codes, t.id, t.position, t.version) for t in tasks]


def plan_tasks(uow: UnitOfWork, programme_id: int, semesters: tuple[int, ...] | None = None) -> list[PlanTaskRow]:
    """The programme's plan by semester and position; only the given semesters when asked."""
    require(uow.actor, "dual.view")
    query = select(DualPlanTask).where(DualPlanTask.programme_id == programme_id)
    if semesters is not None:
        query = query.where(DualPlanTask.semester.in_(semesters))
    return task_rows(list(uow.session.scalars(query.order_by(DualPlanTask.semester, DualPlanTask.position))))


def placement_plan(uow: UnitOfWork, placement_id: int) -> list[PlanTaskRow]:
    """The plan items of the semesters the placement trains."""
    require(uow.actor, "dual.view")
    placement = uow.session.get(DualPlacement, placement_id)
    if placement is None:
        raise NotFound(what=f"placement #{placement_id}")
    learner = uow.session.get(Learner, placement.learner_id)
    assert learner is not None
    return plan_tasks(uow, learner.programme_id, parse_semesters(placement.plan_semesters))


def set_plan_semesters(uow: UnitOfWork, placement_id: int, semesters: tuple[int, ...]) -> None:
    require(uow.actor, "dual.edit")
    placement = uow.session.get(DualPlacement, placement_id)
    if placement is None:
        raise NotFound(what=f"placement #{placement_id}")
    text = ",".join(str(s) for s in clean_semesters(semesters))
    uow.audit("placement.plan", "dual_placement", placement_id, {"plan_semesters": [placement.plan_semesters, text]})
    placement.plan_semesters = text
    uow.changed(PLACEMENTS, PLANS)


def learner_coverage(uow: UnitOfWork, student_code: str) -> Coverage:
    """The learner's programme plan against the plan semesters of their placements (ended ones not counted)."""
    require(uow.actor, "dual.view")
    learner = uow.session.scalars(select(Learner).where(Learner.student_code == student_code.strip())).first()
    if learner is None:
        raise NotFound(what=f"learner {student_code}", field="student_code")
    trained = [s for text in uow.session.scalars(
        select(DualPlacement.plan_semesters).where(DualPlacement.learner_id == learner.id,
                                                   DualPlacement.status.in_(COUNTED)))
        for s in parse_semesters(text)]
    tasks = uow.session.scalars(select(DualPlanTask).where(DualPlanTask.programme_id == learner.programme_id)
                                .order_by(DualPlanTask.semester, DualPlanTask.position))
    return coverage([PlanItem(t.id, t.semester, t.main_task, t.sub_task, t.hours) for t in tasks], trained)


def plan_programmes(uow: UnitOfWork) -> list[tuple[int, str]]:
    """Programmes with dual learners or a plan, for the plan editor's chooser: (id, `ปวช. 20101 ช่างยนต์`)."""
    require(uow.actor, "dual.view")
    with_plan = select(DualPlanTask.programme_id)
    with_dual = select(Learner.programme_id).where(Learner.is_dual.is_(True))
    rows = uow.session.execute(select(Programme.id, Programme.level, Programme.major_code, Programme.major_name_th)
                               .where(Programme.id.in_(with_plan) | Programme.id.in_(with_dual))
                               .order_by(Programme.level, Programme.major_code))
    levels = {"pvc": "ปวช.", "pvs": "ปวส.", "btech": "ทล.บ."}
    return [(pid, f"{levels.get(level, level)} {code_and_name(code, name)}") for pid, level, code, name in rows]
