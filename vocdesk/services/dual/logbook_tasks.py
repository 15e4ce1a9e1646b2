"""Logbook weeks linked to the training plan: the sub-tasks done each week, and planned against actual hours."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import DualLogbookTask, DualLogbookWeek, DualPlanTask
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.dual import LOGBOOK
from vocdesk.services.dual.logbook import SavedWeek, WeekInput, record_week
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


def task_problems(uow: UnitOfWork, placement_id: int, week_minutes: int,
                  done: Sequence[TaskDone]) -> list[tuple[str, dict[str, object]]]:
    """Why these sub-tasks cannot be the week's (code, params): a number no plan has, a task of another plan or
    of a semester the placement does not train (or named twice), negative hours, more hours than the week's."""
    plan = {t.id for t in placement_plan(uow, placement_id)}
    known = set(uow.session.scalars(select(DualPlanTask.id).where(DualPlanTask.id.in_([i.task_id for i in done]))))
    found: list[tuple[str, dict[str, object]]] = []
    seen: set[int] = set()
    for number, item in enumerate(done, start=1):
        if item.task_id not in known:
            found.append(("dual.task_unknown", {"row": number, "value": item.task_id}))
        elif item.task_id not in plan or item.task_id in seen:
            found.append(("dual.task_not_in_plan", {"row": number, "value": item.task_id,
                                                    "placement": placement_id}))
        elif item.minutes < 0:
            found.append(("invalid", {"value": item.minutes}))
        seen.add(item.task_id)
    total = sum(item.minutes for item in done)
    if total > week_minutes:
        found.append(("dual.task_hours_above_week",
                      {"hours": f"{total / 60:g}", "week_hours": f"{week_minutes / 60:g}"}))
    return found


def stored_tasks(session: Session, week_ids: Sequence[int]) -> dict[int, list[tuple[int, int]]]:
    """week id → its (task id, minutes), by task id."""
    found: dict[int, list[tuple[int, int]]] = {}
    for week, task, minutes in session.execute(
            select(DualLogbookTask.week_id, DualLogbookTask.task_id, DualLogbookTask.minutes)
            .where(DualLogbookTask.week_id.in_(week_ids)).order_by(DualLogbookTask.task_id)):
        found.setdefault(week, []).append((task, minutes))
    return found


def replace_tasks(session: Session, week_id: int, done: Sequence[TaskDone]) -> tuple[list[tuple[int, int]], ...]:
    """Store the week's sub-tasks; () when they are those already stored, else (old, new) for the audit."""
    old = stored_tasks(session, [week_id]).get(week_id, [])
    new = sorted((i.task_id, i.minutes) for i in done)
    if old == new:
        return ()
    session.execute(delete(DualLogbookTask).where(DualLogbookTask.week_id == week_id))
    session.add_all(DualLogbookTask(week_id=week_id, task_id=i.task_id, minutes=i.minutes) for i in done)
    session.flush()
    return old, new


def set_week_tasks(uow: UnitOfWork, week_id: int, done: Sequence[TaskDone]) -> None:
    """Replace the plan sub-tasks of a week; each must be in the placement's plan, hours within the week's.
    The same tasks again write, audit and announce nothing."""
    require(uow.actor, "dual.followup")
    week = uow.session.get(DualLogbookWeek, week_id)
    if week is None:
        raise NotFound(what=f"logbook week #{week_id}", field="week")
    found = task_problems(uow, week.placement_id, week.minutes, done)
    if found:
        raise ValidationFailed(found[0][0], field="task", **found[0][1])
    changed = replace_tasks(uow.session, week_id, done)
    if changed:
        uow.audit("logbook.tasks", "dual_logbook_week", week_id, {"tasks": list(changed)})
        uow.changed(LOGBOOK)


def record_week_with_tasks(uow: UnitOfWork, data: WeekInput, seen_version: int | None,
                           done: Sequence[TaskDone] | None) -> SavedWeek:
    """The week and its plan sub-tasks in one unit of work (the command line and the grid); `done` None keeps the
    week's sub-tasks as they are, [] clears them. A refused task keeps nothing of the week either."""
    saved = record_week(uow, data, seen_version)
    if done is not None:
        set_week_tasks(uow, saved.id, done)
    return saved


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
