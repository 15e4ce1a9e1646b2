"""Graduate outcomes as an export kind: the answers in the `outcomes` import's columns, so the file re-imports."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from vocdesk.domain.labour.survey import SALARY_TH, STATUS_TH, WORKING
from vocdesk.io.excel_export import SheetColumn
from vocdesk.io.imports.labour_outcomes import OUTCOMES
from vocdesk.persistence.models import GraduateOutcome, Learner, LearningGroup
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require
from vocdesk.services.kinds.exports import ExportKind, ExportRequest

COLUMNS = [c for c in OUTCOMES.columns if c.name != "idcard"]
"""Every import column but the national ID: the student code identifies the graduate (PDPA: send no more)."""
SORTS = {"student_code": (Learner.student_code,), "group": (LearningGroup.group_code, Learner.student_code),
         "status": (GraduateOutcome.status, Learner.student_code)}


def _ids(session: Session, actor: Actor, request: ExportRequest) -> list[int]:
    require(actor, "labour.outcomes")
    order = SORTS.get(request.sort, SORTS["student_code"])
    query = (select(GraduateOutcome.id).join(Learner, Learner.id == GraduateOutcome.learner_id)
             .outerjoin(LearningGroup, LearningGroup.id == Learner.group_id)
             .order_by(*(c.desc() if request.descending else c for c in order), GraduateOutcome.round_months))
    text = request.text.strip()
    if text:
        like = f"%{text}%"
        query = query.where(or_(Learner.student_code.like(like), Learner.first_name_th.like(like),
                                Learner.last_name_th.like(like), LearningGroup.group_code.like(like)))
    return list(session.scalars(query))


def _sheet(_names: Sequence[str]) -> list[SheetColumn]:
    return [SheetColumn(c.header_th, c.width) for c in COLUMNS]


def _rows(session: Session, actor: Actor, ids: Sequence[int], _names: Sequence[str]) -> Iterable[Sequence[Any]]:
    require(actor, "labour.outcomes")
    found: dict[int, Sequence[Any]] = {}
    for start in range(0, len(ids), 500):
        query = (select(GraduateOutcome, Learner.student_code, Learner.prefix, Learner.first_name_th,
                        Learner.last_name_th).join(Learner, Learner.id == GraduateOutcome.learner_id)
                 .where(GraduateOutcome.id.in_(ids[start:start + 500])))
        for o, code, prefix, first, last in session.execute(query):
            working = o.status in WORKING
            occupation = " ".join(part for part in (o.occupation, o.occupation_title) if part)
            found[o.id] = (code, f"{prefix or ''}{first} {last}".strip(), o.cohort_year + 543, o.round_months,
                           STATUS_TH[o.status], ("ใช่" if o.in_field else "ไม่ใช่") if working else None,
                           o.employer, o.industry, occupation, SALARY_TH.get(o.salary_band), o.province, o.evidence,
                           o.verified_by, o.surveyed_on)
    return [found[i] for i in ids if i in found]


EXPORT_KIND = ExportKind("outcomes", "labour.outcomes", OUTCOMES.title_th, lambda _actor: [c.name for c in COLUMNS],
                         _sheet, _rows, _ids, tuple(SORTS))
