"""Learner rows for an Excel export, in the list's order, with the same columns the learner import reads."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.academic import level_year_label
from vocdesk.io.excel_export import SheetColumn
from vocdesk.io.imports.learners import GENDERS, LEARNER_STATUSES, LEARNERS
from vocdesk.persistence.models import Learner, LearningGroup, Programme
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import allowed

WINDOW = 1000


def learner_export_columns(actor: Actor) -> list[str]:
    """Exported column names; the national ID only for roles that may see it (a masked ID could not re-import)."""
    names = [column.name for column in LEARNERS.exported_columns()]
    if not allowed(actor, "learners.view_national_id"):
        names.remove("idcard")
    return names


def sheet_columns(names: Sequence[str]) -> list[SheetColumn]:
    return [SheetColumn(LEARNERS.column(name).header_th, LEARNERS.column(name).width, decimal=name == "gpax")
            for name in names]


def learner_export_rows(session: Session, ids: Sequence[int], names: Sequence[str]) -> Iterator[list[Any]]:
    """One list of cell values per id, in the order of `ids`; ids that no longer exist are skipped."""
    query = (select(Learner.id, Learner.student_code, Learner.national_id, Learner.prefix, Learner.first_name_th,
                    Learner.last_name_th, Learner.gender, Learner.birth_date, Learner.level, Learner.year,
                    Programme.major_name_th, Programme.minor_name_th, LearningGroup.group_code, Learner.status,
                    Learner.gpax, Learner.phone, Learner.email)
             .join(Programme, Learner.programme_id == Programme.id)
             .outerjoin(LearningGroup, Learner.group_id == LearningGroup.id))
    for start in range(0, len(ids), WINDOW):
        window = list(ids[start:start + WINDOW])
        found: dict[int, dict[str, Any]] = {}
        for row in session.execute(query.where(Learner.id.in_(window))):
            found[row.id] = {
                "studentCode": row.student_code, "idcard": row.national_id, "prefixName": row.prefix,
                "firstName": row.first_name_th, "lastName": row.last_name_th,
                "gender": GENDERS.get(row.gender, row.gender), "birthDate": row.birth_date,
                "gradeNameTh": level_year_label(row.level, row.year), "majorNameTh": row.major_name_th,
                "minorNameTh": row.minor_name_th, "groupCode": row.group_code,
                "studentStatusName": LEARNER_STATUSES.get(row.status, row.status), "gpax": row.gpax,
                "tel": row.phone, "email": row.email,
            }
        for learner_id in window:
            values = found.get(learner_id)
            if values is not None:
                yield [values[name] for name in names]
