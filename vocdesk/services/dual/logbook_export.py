"""Logbook weeks as an export kind: the logbook import's own headers, so an exported file imports back unchanged."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.dual.task_cells import hours_text, task_cell
from vocdesk.io.imports.dual_logbook import LOGBOOK
from vocdesk.persistence.models import DualLogbookWeek, DualPlacement, Learner
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require
from vocdesk.services.dual.export_kind import sheet_of
from vocdesk.services.dual.logbook_tasks import stored_tasks
from vocdesk.services.kinds.exports import ExportKind, ExportRequest

COLUMNS = LOGBOOK.exported_columns()
NAMES = [column.name for column in COLUMNS]


def _ids(session: Session, actor: Actor, request: ExportRequest) -> list[int]:
    """Every entered week, by learner, placement and week; `text` narrows to a student code."""
    require(actor, "dual.view")
    query = (select(DualLogbookWeek.id).join(DualPlacement, DualPlacement.id == DualLogbookWeek.placement_id)
             .join(Learner, Learner.id == DualPlacement.learner_id))
    if request.text:
        query = query.where(Learner.student_code.contains(request.text.strip()))
    return list(session.scalars(query.order_by(Learner.student_code, DualPlacement.id, DualLogbookWeek.week_start)))


def _rows(session: Session, actor: Actor, ids: Sequence[int], names: Sequence[str]) -> Iterable[Sequence[Any]]:
    """Hours as h:mm text and sub-tasks as `#12=8; #14=4:30`, both read back exactly by the import."""
    require(actor, "dual.view")
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        weeks = {w.id: w for w in session.scalars(select(DualLogbookWeek).where(DualLogbookWeek.id.in_(chunk)))}
        tasks = stored_tasks(session, chunk)
        for key in chunk:
            week = weeks.get(key)
            if week is None:
                continue
            cells = {"placement": week.placement_id, "week": week.week_start, "days": week.days_present,
                     "hours": hours_text(week.minutes), "tasks": week.tasks,
                     "plan_tasks": task_cell(tasks.get(key, [])), "signed_by": week.signed_by,
                     "signed_on": week.signed_on if week.signed_by and week.signed_on else ""}
            yield [cells[n] for n in names]


EXPORT_KIND = ExportKind("logbook", "dual.view", LOGBOOK.title_th, lambda actor: list(NAMES), sheet_of(COLUMNS),
                         _rows, _ids)
