"""Builders for the dual tests: learners inserted through the models, an enterprise with an MOU and a trainer."""

from __future__ import annotations

import datetime as dt

from vocdesk.persistence.models import Learner, Programme
from vocdesk.services.core.context import AppContext
from vocdesk.services.dual.enterprises import EnterpriseInput, add_enterprise
from vocdesk.services.dual.mous import MouInput, add_mou
from vocdesk.services.dual.placements import PlacementInput, ShiftInput
from vocdesk.services.dual.trainers import add_certificate, add_trainer

D = dt.date
ADULT_BIRTH = D(2005, 5, 1)
MOU_END = D(2028, 5, 31)
FIRST_DAY, LAST_DAY = D(2026, 11, 2), D(2027, 9, 30)
TAX_IDS = ("0105536112014", "0105540085581", "0107537000882")
"""Juristic tax IDs whose check digits are valid (mod-11 rule)."""


def learners(ctx: AppContext, *codes: str, level: str = "pvs", birth: dt.date = ADULT_BIRTH,
             dual: bool = True) -> None:
    with ctx.unit_of_work() as uow:
        programme = Programme(level=level, type_name_th="อุตสาหกรรม", major_code="30101",
                              major_name_th="เทคนิคเครื่องกล", curriculum_year=2567)
        uow.session.add(programme)
        uow.session.flush()
        for index, code in enumerate(codes):
            uow.session.add(Learner(student_code=code, national_id=f"1{index:012d}", first_name_th="ผู้เรียน",
                                    last_name_th=code, birth_date=birth, level=level, year=1,
                                    programme_id=programme.id, status="studying", is_dual=dual))


def partner(ctx: AppContext, tax_id: str = TAX_IDS[0], mou_end: dt.date | None = MOU_END) -> tuple[int, int]:
    """An enterprise with an MOU from 1 June 2569 and a trainer certified on 1 January 2569; (enterprise, trainer)."""
    enterprise = ctx.run(lambda uow: add_enterprise(uow, EnterpriseInput(tax_id, "บริษัท ทดสอบ จำกัด",
                                                                         province="ชลบุรี")))[0]
    ctx.run(lambda uow: add_mou(uow, MouInput(enterprise, D(2026, 6, 1), mou_end, number="1/2569")))
    trainer = ctx.run(lambda uow: add_trainer(uow, enterprise, "นายครูฝึก ทดสอบ"))[0]
    ctx.run(lambda uow: add_certificate(uow, trainer, D(2026, 1, 1)))
    return enterprise, trainer


def placement(code: str, enterprise: int, trainer: int, start: dt.date = FIRST_DAY,
              end: dt.date = LAST_DAY, semesters: int = 2, **more: object) -> PlacementInput:
    shifts = (ShiftInput(0, dt.time(8), dt.time(17), 60), ShiftInput(1, dt.time(8), dt.time(17), 60))
    values: dict[str, object] = {"shifts": shifts, "guardian_consent": True} | more
    return PlacementInput(code, enterprise, trainer, start, end, semesters, **values)  # type: ignore[arg-type]
