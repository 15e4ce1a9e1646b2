"""Changing a training plan once written: edit a task, remove it, or move it up or down within its semester."""

from __future__ import annotations

from sqlalchemy import select

from vocdesk.errors import Conflict, NotFound, ValidationFailed
from vocdesk.persistence.models import DualPlanTask
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.edits import apply_edit
from vocdesk.services.core.permissions import require
from vocdesk.services.dual import PLANS
from vocdesk.services.dual.plans import PlanTaskInput, PlanTaskRow, task_rows, task_values


def _task(uow: UnitOfWork, task_id: int, version: int | None) -> DualPlanTask:
    task = uow.session.get(DualPlanTask, task_id)
    if task is None:
        raise NotFound(what=f"plan task #{task_id}", field="task_id")
    if version is not None and task.version != version:
        raise Conflict(detail=f"plan task #{task_id} is at version {task.version}, not {version}")
    return task


def edit_plan_task(uow: UnitOfWork, task_id: int, data: PlanTaskInput, version: int | None = None) -> int:
    """Change a task read at `version` (someone else's save in between is a conflict); it stays in its programme.
    A task moved to another semester goes last there. Returns the number of fields changed (0 writes nothing)."""
    require(uow.actor, "dual.edit")
    task = _task(uow, task_id, version)
    values = task_values(data)
    if values["semester"] != task.semester:
        values["position"] = _last_position(uow, task.programme_id) + 1
    return len(apply_edit(uow, task, values, action="plan.edit", entity="dual_plan_task", entity_id=task_id,
                          changes=(PLANS,)))


def delete_plan_task(uow: UnitOfWork, task_id: int, version: int | None = None) -> None:
    """Remove a task from the plan; the audit keeps what it said. Placements keep their plan semesters."""
    require(uow.actor, "dual.edit")
    task = _task(uow, task_id, version)
    uow.audit("plan.delete", "dual_plan_task", task_id, {
        "programme": [task.programme_id, None], "semester": [task.semester, None],
        "main_task": [task.main_task, None], "sub_task": [task.sub_task, None], "hours": [task.hours, None]})
    uow.session.delete(task)
    uow.session.flush()
    uow.changed(PLANS)


def move_plan_task(uow: UnitOfWork, task_id: int, step: int) -> bool:
    """Swap a task with its neighbour above (`step` -1) or below (+1) in the same semester; False at either end."""
    require(uow.actor, "dual.edit")
    if step not in (-1, 1):
        raise ValidationFailed("invalid", field="step", value=step)
    task = _task(uow, task_id, None)
    order = DualPlanTask.position.desc() if step < 0 else DualPlanTask.position
    beyond = DualPlanTask.position < task.position if step < 0 else DualPlanTask.position > task.position
    neighbour = uow.session.scalars(select(DualPlanTask).where(
        DualPlanTask.programme_id == task.programme_id, DualPlanTask.semester == task.semester, beyond)
        .order_by(order, DualPlanTask.id)).first()
    if neighbour is None:
        return False
    mine, theirs = task.position, neighbour.position
    for record, position in ((task, theirs), (neighbour, mine)):
        apply_edit(uow, record, {"position": position}, action="plan.move", entity="dual_plan_task",
                   entity_id=record.id, changes=(PLANS,))
    return True


def _last_position(uow: UnitOfWork, programme_id: int) -> int:
    found = uow.session.scalars(select(DualPlanTask.position).where(DualPlanTask.programme_id == programme_id)
                                .order_by(DualPlanTask.position.desc())).first()
    return found or 0


def plan_task(uow: UnitOfWork, task_id: int) -> PlanTaskRow:
    """One task as the editor shows it (with its version for the edit)."""
    require(uow.actor, "dual.view")
    return task_rows([_task(uow, task_id, None)])[0]
