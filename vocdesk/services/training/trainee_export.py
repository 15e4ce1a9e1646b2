"""The trainee register as an export kind, with the import's Thai headers so the file imports back unchanged.

Everyone is exported, foreigners known only by a passport number too: the import matches those by passport.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.io.excel_export import SheetColumn
from vocdesk.io.imports.training_trainees import CONSENT_TH, EMPLOYMENT_TH, SEX_TH, TRAINEES
from vocdesk.persistence.models import Trainee
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require
from vocdesk.services.kinds.exports import ExportKind, ExportRequest

COLUMNS = TRAINEES.exported_columns()
NAMES = [column.name for column in COLUMNS]


def _ids(session: Session, actor: Actor, request: ExportRequest) -> list[int]:
    require(actor, "training.trainees")
    query = select(Trainee.id)
    if request.text.strip():
        like = f"%{request.text.strip()}%"
        query = query.where(Trainee.first_name.like(like) | Trainee.last_name.like(like))
    return list(session.scalars(query.order_by(Trainee.first_name, Trainee.last_name, Trainee.id)))


def _columns(actor: Actor) -> list[str]:
    return list(NAMES)


def _sheet(names: Sequence[str]) -> list[SheetColumn]:
    return [SheetColumn(COLUMNS[NAMES.index(n)].header_th, COLUMNS[NAMES.index(n)].width) for n in names]


def _cells(t: Trainee) -> list[Any]:
    return [t.national_id, t.passport_no, t.prefix, t.first_name, t.last_name, t.birth_date, SEX_TH.get(t.sex, ""),
            t.phone, t.province, t.education, EMPLOYMENT_TH.get(t.employment, ""), CONSENT_TH[t.pdpa_consent]]


def _rows(session: Session, actor: Actor, ids: Sequence[int], names: Sequence[str]) -> Iterable[Sequence[Any]]:
    require(actor, "training.trainees")
    picked = [NAMES.index(name) for name in names]

    def lines() -> Iterator[Sequence[Any]]:
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found = {t.id: t for t in session.scalars(select(Trainee).where(Trainee.id.in_(chunk)))}
            for tid in chunk:
                if tid in found:
                    cells = _cells(found[tid])
                    yield [cells[i] for i in picked]
    return lines()


EXPORT_KIND = ExportKind("trainees", "training.trainees", "ผู้เข้ารับการอบรม", _columns, _sheet, _rows, _ids)
