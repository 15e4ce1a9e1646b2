"""The teachers' share of an OVEC package: national ID, position type and department per teacher."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.io.package import std2018
from vocdesk.persistence.models import Department, Teacher
from vocdesk.services.kinds.package_tables import PackageTable, Row, counter


def _teacher_rows(session: Session, period: str) -> Iterator[Row]:
    query = (
        select(Teacher.national_id, Teacher.position_type, Department.code, Department.name_th)
        .outerjoin(Department, Teacher.department_id == Department.id)
        .order_by(Teacher.national_id)
    )
    for national_id, position, department_code, department_name in session.execute(query):
        yield (national_id, position, department_code or "", department_name or "")


def package_tables() -> tuple[PackageTable, ...]:
    return (PackageTable("teachers", std2018.TEACHER, _teacher_rows, counter(Teacher), ("teacherIdcard",), order=20),)
