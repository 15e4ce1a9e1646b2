"""Teacher register actions: add or edit a teacher, record a leaving date, qualifications and teaching."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.teachers import (
    ACADEMIC_TITLES,
    FieldProblem,
    PositionType,
    check_email,
    check_national_id,
    check_tpqi_level,
)
from vocdesk.errors import Conflict, NotFound, ValidationFailed
from vocdesk.persistence.models import Department, Teacher, TeacherQualification, TeachingAssignment
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.edits import apply_create, apply_edit
from vocdesk.services.core.permissions import require
from vocdesk.services.teachers import STAFFING, TEACHERS


@dataclass(frozen=True)
class TeacherInput:
    """What a form or an import row gives for one teacher; `department_code` names the department."""

    national_id: str
    first_name_th: str
    last_name_th: str
    position_type: str
    department_code: str = ""
    prefix: str = ""
    academic_title: str = ""
    first_name_en: str = ""
    last_name_en: str = ""
    phone: str = ""
    email: str = ""
    industry_experience_years: int = 0
    industry_experience: str = ""


EDITABLE = ("national_id", "prefix", "academic_title", "first_name_th", "last_name_th", "first_name_en",
            "last_name_en", "position_type", "department_id", "phone", "email", "industry_experience_years",
            "industry_experience")


def raise_problem(problem: FieldProblem | None, row: int | None = None) -> None:
    if problem is not None:
        raise ValidationFailed(problem.code, field=problem.field, value=problem.value, row=row)


def department_ids(session: Session) -> dict[str, int]:
    return {code: did for did, code in session.execute(select(Department.id, Department.code))}


def clean_teacher(session: Session, data: TeacherInput) -> dict[str, object]:
    """Checked, trimmed column values for a teacher, or ValidationFailed naming the field."""
    national_id, problem = check_national_id(data.national_id)
    raise_problem(problem)
    for name in ("first_name_th", "last_name_th"):
        if not getattr(data, name).strip():
            raise ValidationFailed("required", field=name)
    try:
        position = PositionType(data.position_type)
    except ValueError:
        raise ValidationFailed("teacher_position_unknown", field="position_type", value=data.position_type) from None
    if data.academic_title not in ACADEMIC_TITLES:
        raise ValidationFailed("teacher_title_unknown", field="academic_title", value=data.academic_title)
    raise_problem(check_email(data.email))
    if not 0 <= data.industry_experience_years <= 60:
        raise ValidationFailed("invalid", field="industry_experience_years", value=data.industry_experience_years)
    department_id = None
    if data.department_code.strip():
        department_id = department_ids(session).get(data.department_code.strip())
        if department_id is None:
            raise NotFound(what=f"department {data.department_code}", field="department_code")
    values: dict[str, object] = {name: getattr(data, name).strip() if isinstance(getattr(data, name), str)
                                 else getattr(data, name) for name in (f.name for f in fields(data))}
    del values["department_code"]
    values.update(national_id=national_id, position_type=position.value, department_id=department_id)
    return values


def save_teacher(uow: UnitOfWork, data: TeacherInput, teacher_id: int | None = None,
                 expected_version: int | None = None) -> int:
    """Add a teacher, or edit one (refused if someone saved it since `expected_version` was read)."""
    require(uow.actor, "teachers.edit")
    values = clean_teacher(uow.session, data)
    clash = uow.session.scalars(select(Teacher.id).where(Teacher.national_id == values["national_id"])).first()
    if clash is not None and clash != teacher_id:
        raise ValidationFailed("duplicate", field="national_id", value=values["national_id"])
    if teacher_id is None:
        teacher = Teacher(**values)
        apply_create(uow, teacher, values, action="teacher.create", entity="teacher", changes=(TEACHERS,))
        return teacher.id
    teacher = get_teacher(uow.session, teacher_id)
    if expected_version is not None and teacher.version != expected_version:
        raise Conflict(detail=f"teacher #{teacher_id} version {teacher.version}, expected {expected_version}")
    apply_edit(uow, teacher, values, action="teacher.edit", entity="teacher", entity_id=teacher.id,
               changes=(TEACHERS,))
    return teacher.id


def get_teacher(session: Session, teacher_id: int) -> Teacher:
    teacher = session.get(Teacher, teacher_id)
    if teacher is None:
        raise NotFound(what=f"teacher #{teacher_id}")
    return teacher


def record_leaving(uow: UnitOfWork, teacher_id: int, day: dt.date | None) -> None:
    """Mark a teacher as having left on `day` (None: back in post); they stop counting as in post."""
    require(uow.actor, "teachers.edit")
    teacher = get_teacher(uow.session, teacher_id)
    old = teacher.left_on
    teacher.left_on = day
    uow.audit("teacher.leave", "teacher", teacher_id, {"left_on": [old, day]})
    uow.changed(TEACHERS, STAFFING)


def add_qualification(uow: UnitOfWork, teacher_id: int, kind: str, title: str, level: int | None = None,
                      issuer: str = "", issued_on: dt.date | None = None) -> int:
    """A degree, or an occupational certificate with its TPQI level 1–8."""
    require(uow.actor, "teachers.edit")
    get_teacher(uow.session, teacher_id)
    raise_problem(check_tpqi_level(kind, level))
    if not title.strip():
        raise ValidationFailed("required", field="title")
    row = TeacherQualification(teacher_id=teacher_id, kind=kind, title=title.strip(),
                               level=level if kind == "occupational" else None, issuer=issuer.strip(),
                               issued_on=issued_on)
    uow.session.add(row)
    uow.session.flush()
    uow.audit("teacher.qualification", "teacher", teacher_id, {"title": [None, row.title], "level": [None, level]})
    uow.changed(TEACHERS)
    return row.id


def add_assignment(uow: UnitOfWork, teacher_id: int, academic_year: int, semester: str, subject_code: str,
                   subject_name: str, hours_per_week: float, programme_id: int | None = None) -> int:
    """Record that a teacher teaches a subject in a semester, for so many hours a week."""
    require(uow.actor, "teachers.edit")
    get_teacher(uow.session, teacher_id)
    if not subject_code.strip() or not subject_name.strip():
        raise ValidationFailed("required", field="subject_code" if not subject_code.strip() else "subject_name")
    if not 0 < hours_per_week <= 60:
        raise ValidationFailed("invalid", field="hours_per_week", value=hours_per_week)
    if academic_year < 2500:
        raise ValidationFailed("invalid", field="academic_year", value=academic_year)
    row = TeachingAssignment(teacher_id=teacher_id, academic_year=academic_year, semester=semester.strip(),
                             subject_code=subject_code.strip(), subject_name=subject_name.strip(),
                             programme_id=programme_id, hours_per_week=hours_per_week)
    uow.session.add(row)
    uow.session.flush()
    uow.audit("teacher.assignment", "teacher", teacher_id, {"subject": [None, row.subject_code]})
    uow.changed(TEACHERS)
    return row.id


def teacher_input(session: Session, actor: Actor, teacher_id: int) -> tuple[TeacherInput, int]:
    """A teacher as the edit form shows it, with the version the save must still find (editors only)."""
    require(actor, "teachers.edit")
    teacher = get_teacher(session, teacher_id)
    code = session.scalar(select(Department.code).where(Department.id == teacher.department_id)) or ""
    return TeacherInput(teacher.national_id, teacher.first_name_th, teacher.last_name_th, teacher.position_type, code,
                        teacher.prefix, teacher.academic_title, teacher.first_name_en, teacher.last_name_en,
                        teacher.phone, teacher.email, teacher.industry_experience_years,
                        teacher.industry_experience), teacher.version
