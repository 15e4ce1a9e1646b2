"""The `logbook` import kind: weeks checked like a typed entry; a week already recorded differently is an update."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.dual.logbook import check_week
from vocdesk.domain.dual.task_cells import task_cell
from vocdesk.errors import VocDeskError
from vocdesk.io.imports import CancelCheck, ParsedFile
from vocdesk.io.imports.dual_logbook import LOGBOOK as DECLARATION
from vocdesk.io.imports.findings import error
from vocdesk.persistence.models import DualLogbookWeek
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.dual import LOGBOOK
from vocdesk.services.dual.followup_common import last_day, shifts_of, started_placement
from vocdesk.services.dual.logbook_tasks import TaskDone, replace_tasks, stored_tasks, task_problems
from vocdesk.services.dual.settings import closed_days
from vocdesk.services.dual.versioned_rows import plan_row, write_rows
from vocdesk.services.kinds.imports import ImportPlan, RowChange

FIELDS = ("days_present", "minutes", "tasks", "signed_by", "signed_on")
TASKS = "plan_tasks"
"""The payload entry with the week's sub-tasks (written after the week, into `dual_logbook_task`)."""


def plan_tasks(session: Session, plan: ImportPlan, row: int, key: str, old: DualLogbookWeek | None,
               done: list[TaskDone]) -> None:
    """Add the week's sub-tasks to its planned change; a week equal but for its sub-tasks becomes an update."""
    new = task_cell((d.task_id, d.minutes) for d in done)
    before = task_cell(stored_tasks(session, [old.id]).get(old.id, [])) if old is not None else ""
    if row in plan.unchanged:
        if new == before:
            return
        assert old is not None
        plan.unchanged.discard(row)
        plan.changes[row] = RowChange(row, key, "update", {})
        plan.payload[row] = {"id": old.id, "version": old.version}
    if new != before and old is not None:
        plan.changes[row].fields[TASKS] = (before, new)
    plan.payload[row][TASKS] = done


class LogbookImport:
    declaration = DECLARATION
    permission = "dual.followup"
    changes = (LOGBOOK,)

    def plan(self, session: Session, parsed: ParsedFile, uow: UnitOfWork) -> ImportPlan:
        plan, bad, closed = ImportPlan(), parsed.error_rows(), closed_days(session)
        seen: dict[str, int] = {}
        for row in parsed.rows:
            if row.row in bad:
                continue
            v = row.values
            try:
                placement = started_placement(session, int(v["placement"]))
            except VocDeskError as refused:
                plan.findings.append(error(row.row, "placement", refused.code, **refused.params))
                continue
            week: dt.date = v["week"]
            found = check_week(week, placement.start_date, last_day(placement), shifts_of(session, placement.id),
                               int(v["days"]), int(v["hours"]), closed)
            if found:
                plan.findings += [error(row.row, "week", f.code, **f.params) for f in found]
                continue
            key = f"{placement.id}/{week.isoformat()}"
            if key in seen:
                plan.findings.append(error(row.row, "week", "import_duplicate", value=key,
                                           first_row=seen[key]))
                continue
            seen[key] = row.row
            signer = str(v.get("signed_by") or "")
            new = {"days_present": int(v["days"]), "minutes": int(v["hours"]), "tasks": str(v.get("tasks") or ""),
                   "signed_by": signer, "signed_on": v.get("signed_on") if signer else None}
            done = None
            if "plan_tasks" in parsed.present:  # the column lists the week's sub-tasks: an empty cell clears them
                done = [TaskDone(task, minutes) for task, minutes in v.get("plan_tasks") or []]
                problems = task_problems(uow, placement.id, int(v["hours"]), done)
                if problems:
                    plan.findings += [error(row.row, "plan_tasks", code, **params) for code, params in problems]
                    continue
            old = session.scalars(select(DualLogbookWeek).where(DualLogbookWeek.placement_id == placement.id,
                                                                DualLogbookWeek.week_start == week)).first()
            plan_row(plan, row.row, key, old, new, FIELDS, {"placement_id": placement.id, "week_start": week})
            if done is not None:
                plan_tasks(session, plan, row.row, key, old, done)
        return plan

    def write(self, uow: UnitOfWork, parsed: ParsedFile, plan: ImportPlan, rows: list[int],
              cancel: CancelCheck | None) -> tuple[int, int]:
        tasks = {row: plan.payload[row].get(TASKS) for row in rows}
        weeks = ImportPlan(changes=plan.changes, payload={
            row: {k: v for k, v in plan.payload[row].items() if k != TASKS} for row in rows})
        inserted, updated = write_rows(uow, DualLogbookWeek, weeks, rows, "logbook")
        for row in rows:
            done = tasks[row]
            if done is not None:
                values = plan.payload[row]
                week_id = values.get("id") or uow.session.scalars(select(DualLogbookWeek.id).where(
                    DualLogbookWeek.placement_id == values["placement_id"],
                    DualLogbookWeek.week_start == values["week_start"])).one()
                replace_tasks(uow.session, int(week_id), done)
        uow.audit("logbook.import", "dual_logbook_week", parsed.path.name,
                  {"inserted": inserted, "updated": updated, "with_plan_tasks": sum(1 for t in tasks.values() if t),
                   "weeks": [plan.changes[row].key for row in rows][:200]})
        uow.changed(LOGBOOK)
        return inserted, updated
