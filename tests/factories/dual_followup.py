"""Builders for the follow-up tests: a department with supervising teachers and started placements."""

from __future__ import annotations

import datetime as dt

from tests.factories.dual import ADULT_BIRTH, TAX_IDS, partner, placement
from vocdesk.clock import BANGKOK, FixedClock
from vocdesk.persistence.models import Department, Learner, Programme, Teacher
from vocdesk.services.core.context import AppContext
from vocdesk.services.dual.placements import activate_placement, add_placement


def teacher(ctx: AppContext, first: str, national_id: str, department: str = "ช่างยนต์") -> int:
    with ctx.unit_of_work() as uow:
        found = uow.session.query(Department).filter_by(name_th=department).first()
        if found is None:
            found = Department(code=department, name_th=department)
            uow.session.add(found)
            uow.session.flush()
        row = Teacher(national_id=national_id, first_name_th=first, last_name_th="ครูนิเทศก์",
                      position_type="civil_servant", department_id=found.id)
        uow.session.add(row)
        uow.session.flush()
        return row.id


def learners(ctx: AppContext, *codes: str) -> None:
    """Dual ปวส. learners of one programme, made once however often it is called."""
    with ctx.unit_of_work() as uow:
        programme = uow.session.query(Programme).first()
        if programme is None:
            programme = Programme(level="pvs", type_name_th="อุตสาหกรรม", major_code="30101",
                                  major_name_th="เทคนิคเครื่องกล", curriculum_year=2567)
            uow.session.add(programme)
            uow.session.flush()
        for code in codes:
            uow.session.add(Learner(student_code=code, national_id=f"1{code:0>12}", first_name_th="ผู้เรียน",
                                    last_name_th=code, birth_date=ADULT_BIRTH, level="pvs", year=1,
                                    programme_id=programme.id, status="studying", is_dual=True))


def started(ctx: AppContext, *codes: str, supervisor: int | None = None, tax_id: str = TAX_IDS[0],
            **more: object) -> list[int]:
    """Active placements from Monday 2 Nov 2026 to 30 Sep 2027, Mondays and Tuesdays 08–17 with an hour's break."""
    learners(ctx, *codes)
    enterprise, trainer = partner(ctx, tax_id)
    ids = []
    for code in codes:
        saved = ctx.run(lambda uow, c=code: add_placement(uow, placement(c, enterprise, trainer,
                                                                         supervisor_id=supervisor, **more)))[0]
        ctx.run(lambda uow, i=saved.id: activate_placement(uow, i))
        ids.append(saved.id)
    return ids


def set_today(clock: FixedClock, day: dt.date) -> None:
    clock.current = dt.datetime(day.year, day.month, day.day, 9, 0, tzinfo=BANGKOK)
