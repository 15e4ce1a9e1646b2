"""Builders for labour tests: a programme, graduates in the register, survey answers, a filled demand template."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from sqlalchemy import insert, select

from vocdesk.persistence.models import GraduateOutcome, Learner, LearnerStatusChange, Programme
from vocdesk.services.core.context import AppContext
from vocdesk.services.labour.template import write_template


def add_programme(ctx: AppContext, major_code: str = "20101", name: str = "ช่างยนต์") -> int:
    with ctx.unit_of_work() as uow:
        uow.session.execute(insert(Programme), [{
            "level": "pvc", "type_name_th": "อุตสาหกรรม", "major_code": major_code, "major_name_th": name,
            "curriculum_year": 2567, "version": 1}])
        return int(uow.session.scalar(select(Programme.id).where(Programme.major_code == major_code)) or 0)


def add_graduates(ctx: AppContext, programme_id: int, count: int, on: dt.date, start: int = 0) -> list[int]:
    """`count` learners of the programme who graduated on `on` (status history included)."""
    ids: list[int] = []
    with ctx.unit_of_work() as uow:
        for n in range(start, start + count):
            learner = Learner(student_code=f"66{programme_id:03d}{n:04d}", national_id=f"x{n}", first_name_th="ทดสอบ",
                              last_name_th=f"คนที่{n}", level="pvc", year=3, programme_id=programme_id,
                              status="graduated")
            uow.session.add(learner)
            uow.session.flush()
            uow.session.add(LearnerStatusChange(learner_id=learner.id, status="graduated", effective_date=on))
            ids.append(learner.id)
    return ids


def add_outcomes(ctx: AppContext, learner_ids: list[int], cohort_year: int, answers: list[tuple[str, bool]]) -> None:
    with ctx.unit_of_work() as uow:
        for learner_id, (status, in_field) in zip(learner_ids, answers, strict=True):
            uow.session.add(GraduateOutcome(learner_id=learner_id, cohort_year=cohort_year, round_months=12,
                                            status=status, in_field=in_field))


def filled_template(ctx: AppContext, path: Path, rows: list[list[object]]) -> Path:
    """The demand template as `vocdesk labour template` writes it, with `rows` typed under its Thai headers."""
    write_template(ctx.actor, path)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path
