"""Builders for the community tests: learners and a teacher inserted through the models, service points."""

from __future__ import annotations

import datetime as dt

from vocdesk.persistence.models import Learner, Programme, Teacher
from vocdesk.services.community.jobs import JobInput, add_job
from vocdesk.services.community.points import PointInput, add_point
from vocdesk.services.core.context import AppContext

D = dt.date
FLOOD_START, FLOOD_END = D(2025, 11, 29), D(2025, 12, 3)  # Hat Yai, 29 Nov – 3 Dec 2568


def people(ctx: AppContext, *codes: str) -> int:
    """Learners with these student codes (Thai names) and one teacher; returns the teacher's id."""
    with ctx.unit_of_work() as uow:
        programme = Programme(level="pvc", type_name_th="อุตสาหกรรม", major_code="20101",
                              major_name_th="ช่างยนต์", curriculum_year=2567)
        uow.session.add(programme)
        uow.session.flush()
        for index, code in enumerate(codes):
            uow.session.add(Learner(student_code=code, national_id=f"1{index:012d}", first_name_th="สมชาย",
                                    last_name_th=f"ใจดี{index}", level="pvc", year=2, programme_id=programme.id,
                                    status="studying"))
        teacher = Teacher(national_id="3100100000001", first_name_th="ครูสมศรี", last_name_th="ช่างซ่อม",
                          position_type="government_teacher")
        uow.session.add(teacher)
        uow.session.flush()
        return teacher.id


def flood_point(ctx: AppContext, code: str = "HY1", allowance: int | None = None) -> None:
    ctx.run(lambda uow: add_point(uow, PointInput(code, "จุดซ่อมน้ำท่วมหาดใหญ่", "flood_relief", FLOOD_START,
                                                  FLOOD_END, place="วิทยาลัยเทคนิคหาดใหญ่", province="สงขลา",
                                                  parts_allowance_satang=allowance)))


def job(ctx: AppContext, point: str = "HY1", day: dt.date = FLOOD_START, category: str = "motorcycle",
        problem: str = "น้ำท่วมเครื่อง สตาร์ทไม่ติด", **more: object) -> str:
    data = JobInput(point, day, "นางสาวมาลี ศรีสุข", category, problem, **more)  # type: ignore[arg-type]
    return ctx.run(lambda uow: add_job(uow, data))[0].label
