"""Teacher development indicator per programme: teachers of its department with 80 hours with enterprises a year."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from vocdesk.domain.dual.development import academic_year_days, indicator
from vocdesk.domain.programme_codes import national_code
from vocdesk.domain.teachers import PositionType
from vocdesk.persistence.models import Department, Programme, Teacher, TeacherDevelopment
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.dual.followup_settings import development_settings


@dataclass(frozen=True)
class ProgrammeIndicator:
    level: str
    major_code: str
    major: str
    department: str
    teachers: int
    qualified: int
    percent: float
    met: bool


def development_by_programme(uow: UnitOfWork, academic_year: int) -> list[ProgrammeIndicator]:
    """Teachers in post who teach, in the programme's department; hours of activities with an enterprise that
    started in the academic year (the records the teachers' register holds)."""
    require(uow.actor, "dual.view")
    s = development_settings(uow.session)
    first, last = academic_year_days(academic_year)
    hours = {tid: float(total or 0) for tid, total in uow.session.execute(
        select(TeacherDevelopment.teacher_id, func.sum(TeacherDevelopment.hours))
        .where(TeacherDevelopment.enterprise_id.is_not(None), TeacherDevelopment.start_date.between(first, last))
        .group_by(TeacherDevelopment.teacher_id))}
    teachers: dict[int, list[int]] = defaultdict(list)
    for tid, department, position in uow.session.execute(
            select(Teacher.id, Teacher.department_id, Teacher.position_type).where(Teacher.left_on.is_(None))):
        if department is not None and position in {p.value for p in PositionType} and PositionType(position).teaches:
            teachers[department].append(tid)
    rows = []
    for programme, department_name in uow.session.execute(
            select(Programme, Department.name_th).join(Department, Department.id == Programme.department_id)
            .order_by(Programme.level, Programme.major_code)):
        found = indicator([hours.get(t, 0.0) for t in teachers[programme.department_id or 0]], s)
        rows.append(ProgrammeIndicator(programme.level, national_code(programme.major_code), programme.major_name_th,
                                       department_name,
                                       found.teachers, found.qualified, found.percent, found.met))
    return rows
