"""The teacher-development indicator on both backends: 80 hours with enterprises in the year, 30 % of the teachers."""

from __future__ import annotations

import datetime as dt

from tests.factories.dual_followup import teacher
from vocdesk.persistence.models import Department, Enterprise, Programme, TeacherDevelopment
from vocdesk.services.core.context import AppContext
from vocdesk.services.dual.development import development_by_programme

D = dt.date


def test_two_of_four_teachers_with_80_hours_with_an_enterprise_meet_the_30_percent(ctx: AppContext) -> None:
    a, b, c, d = (teacher(ctx, name, f"31000000000{i}1") for i, name in enumerate(("ก", "ข", "ค", "ง")))
    teacher(ctx, "จ", "3100000000991", department="ไฟฟ้ากำลัง")  # alone in the other department
    with ctx.unit_of_work() as uow:
        s = uow.session
        company = Enterprise(name_th="บริษัท ฝึก จำกัด", tax_id="0105536112014")
        s.add(company)
        s.flush()
        for name, code in (("ช่างยนต์", "20101"), ("ไฟฟ้ากำลัง", "20104")):
            department = s.query(Department).filter_by(name_th=name).one()
            s.add(Programme(level="pvc", type_name_th="อุตสาหกรรม", major_code=code, major_name_th=name,
                            curriculum_year=2567, department_id=department.id))
        for tid, start, hours, with_company in (
                (a, D(2026, 10, 1), 80, True), (b, D(2026, 10, 1), 79.5, True), (c, D(2026, 10, 1), 100, False),
                (d, D(2026, 6, 1), 40, True), (d, D(2027, 3, 1), 40, True),
                (b, D(2026, 4, 30), 10, True)):  # 30 April 2026 belongs to academic year 2568
            s.add(TeacherDevelopment(teacher_id=tid, enterprise_id=company.id if with_company else None,
                                     topic="training", start_date=start, end_date=start, hours=hours))
    rows = {r.major_code: r for r in ctx.run(lambda uow: development_by_programme(uow, 2569))[0]}
    assert (rows["20101"].teachers, rows["20101"].qualified, rows["20101"].percent, rows["20101"].met) == (
        4, 2, 50.0, True)
    assert (rows["20104"].teachers, rows["20104"].qualified, rows["20104"].met) == (1, 0, False)
