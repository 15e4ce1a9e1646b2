"""Placements as an export kind: the import's own Thai headers, so the file imports back unchanged."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from vocdesk.domain.dual.weekdays import format_weekdays
from vocdesk.io.excel_export import SheetColumn
from vocdesk.io.imports.declaration import Column
from vocdesk.io.imports.placements import PLACEMENTS
from vocdesk.persistence.models import DualPlacement, DualShift, DualTrainer, Enterprise, Learner, Teacher
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require
from vocdesk.services.kinds.exports import ExportKind, ExportRequest

COLUMNS = PLACEMENTS.exported_columns()
NAMES = [column.name for column in COLUMNS]


def _ids(session: Session, actor: Actor, request: ExportRequest) -> list[int]:
    require(actor, "dual.view")
    query = select(DualPlacement.id).join(Learner, Learner.id == DualPlacement.learner_id)
    if request.text:
        query = query.where(Learner.student_code.contains(request.text.strip()))
    return list(session.scalars(query.order_by(DualPlacement.start_date, Learner.student_code, DualPlacement.id)))


def sheet_of(columns: Sequence[Column]) -> Callable[[Sequence[str]], list[SheetColumn]]:
    """The sheet columns of a dual export kind: the import declaration's headers and widths for the names asked."""
    by_name = {column.name: column for column in columns}

    def sheet(names: Sequence[str]) -> list[SheetColumn]:
        return [SheetColumn(by_name[n].header_th, by_name[n].width) for n in names]
    return sheet


def _rows(session: Session, actor: Actor, ids: Sequence[int], names: Sequence[str]) -> Iterable[Sequence[Any]]:
    require(actor, "dual.view")
    teacher = aliased(Teacher)
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        shifts: dict[int, list[DualShift]] = {}
        for s in session.scalars(select(DualShift).where(DualShift.placement_id.in_(chunk))
                                 .order_by(DualShift.weekday)):
            shifts.setdefault(s.placement_id, []).append(s)
        found = {p.id: (p, code, tax, name, trainer, t) for p, code, tax, name, trainer, t in session.execute(
            select(DualPlacement, Learner.student_code, Enterprise.tax_id, Enterprise.name_th, DualTrainer.name,
                   teacher)
            .join(Learner, Learner.id == DualPlacement.learner_id)
            .join(Enterprise, Enterprise.id == DualPlacement.enterprise_id)
            .join(DualTrainer, DualTrainer.id == DualPlacement.trainer_id)
            .outerjoin(teacher, teacher.id == DualPlacement.supervisor_id).where(DualPlacement.id.in_(chunk)))}
        for pid in chunk:
            if pid not in found:
                continue
            p, code, tax, name, trainer, t = found[pid]
            days = shifts.get(pid, [])
            first = days[0] if days else None
            cells = {"studentCode": code, "taxId": tax or "", "enterpriseName": name, "trainer": trainer,
                     "supervisor": f"{t.first_name_th} {t.last_name_th}" if t else "", "startDate": p.start_date,
                     "endDate": p.end_date, "days": format_weekdays(tuple(s.weekday for s in days)),
                     "shiftStart": first.start_time.strftime("%H:%M") if first else "",
                     "shiftEnd": first.end_time.strftime("%H:%M") if first else "", "tasks": p.tasks,
                     "allowance": p.allowance, "contractDate": p.contract_date,
                     "breakMinutes": first.break_minutes if first else 0, "semesters": p.semesters}
            yield [cells[n] for n in names]


EXPORT_KIND = ExportKind("placements", "dual.view", "การฝึกอาชีพ", lambda actor: list(NAMES), sheet_of(COLUMNS), _rows,
                         _ids)
