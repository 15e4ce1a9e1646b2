"""Logbook weeks linked to the training plan: the sub-tasks done each week, and planned against actual hours."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select

from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import DualLogbookTask, DualLogbookWeek
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.dual import LOGBOOK
from vocdesk.services.dual.plans import placement_plan


@dataclass(frozen=True)
class TaskDone:
    task_id: int
    minutes: int


@dataclass(frozen=True)
class TaskProgress:
    task_id: int
    semester: int
    main_task: str
    sub_task: str
    planned_hours: int
    actual_hours: float
    weeks: int
    status: str
    """not_started | in_progress | done (actual hours reached the planned ones; a task planned with 0 hours is done
    once logged)."""


def set_week_tasks(uow: UnitOfWork, week_id: int, done: Sequence[TaskDone]) -> None:
    """Replace the plan sub-tasks of a week; each must be in the placement's plan, hours within the week's."""
    require(uow.actor, "dual.followup")
    week = uow.session.get(DualLogbookWeek, week_id)
    if week is None:
        raise NotFound(what=f"logbook week #{week_id}", field="week")
    plan = {t.id for t in placement_plan(uow, week.placement_id)}
    seen: set[int] = set()
    for number, item in enumerate(done, start=1):
        if item.task_id not in plan or item.task_id in seen:
            raise ValidationFailed("dual.task_not_in_plan", field="task", row=number, value=item.task_id,
                                   placement=week.placement_id)
        if item.minutes < 0:
            raise ValidationFailed("invalid", field="task", value=item.minutes)
        seen.add(item.task_id)
    total = sum(item.minutes for item in done)
    if total > week.minutes:
        raise ValidationFailed("dual.task_hours_above_week", field="task", hours=f"{total / 60:g}",
                               week_hours=f"{week.minutes / 60:g}")
    old = sorted((t, m) for t, m in uow.session.execute(
        select(DualLogbookTask.task_id, DualLogbookTask.minutes).where(DualLogbookTask.week_id == week_id)))
    uow.session.execute(delete(DualLogbookTask).where(DualLogbookTask.week_id == week_id))
    uow.session.add_all(DualLogbookTask(week_id=week_id, task_id=i.task_id, minutes=i.minutes) for i in done)
    uow.session.flush()
    uow.audit("logbook.tasks", "dual_logbook_week", week_id,
              {"tasks": [old, sorted((i.task_id, i.minutes) for i in done)]})
    uow.changed(LOGBOOK)


def plan_progress(uow: UnitOfWork, placement_id: int) -> list[TaskProgress]:
    """Each sub-task of the placement's plan with the hours the logbook gives it so far."""
    require(uow.actor, "dual.view")
    logged = {task: (int(minutes or 0), int(weeks)) for task, minutes, weeks in uow.session.execute(
        select(DualLogbookTask.task_id, func.sum(DualLogbookTask.minutes), func.count())
        .join(DualLogbookWeek, DualLogbookWeek.id == DualLogbookTask.week_id)
        .where(DualLogbookWeek.placement_id == placement_id).group_by(DualLogbookTask.task_id))}
    rows = []
    for task in placement_plan(uow, placement_id):
        minutes, weeks = logged.get(task.id, (0, 0))
        status = "not_started" if weeks == 0 else "done" if minutes >= task.hours * 60 else "in_progress"
        rows.append(TaskProgress(task.id, task.semester, task.main_task, task.sub_task, task.hours,
                                 round(minutes / 60, 2), weeks, status))
    return rows
