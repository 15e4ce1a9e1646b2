"""Read-only teacher queries: the filtered list, one teacher's detail, and development hours per year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from vocdesk.domain.teachers import DevelopmentStanding, PositionType, development_standings
from vocdesk.domain.thai_dates import BE_OFFSET
from vocdesk.persistence.models import (
    Department,
    Enterprise,
    Teacher,
    TeacherContract,
    TeacherDevelopment,
    TeacherQualification,
    TeachingAssignment,
)
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import national_id_for, require
from vocdesk.services.teachers.staffing import workload_constants


class TeacherRow(NamedTuple):
    """One line of the teacher list; the national ID is masked unless the role may see it whole."""

    id: int
    name: str
    position_type: str
    position_th: str
    department_code: str
    department_th: str
    national_id: str
    phone: str
    email: str
    in_post: bool


def full_name(prefix: str, first: str, last: str) -> str:
    return f"{prefix}{first} {last}".strip()


def teacher_rows(session: Session, actor: Actor, text: str = "", department_code: str = "",
                 position_type: str = "", include_left: bool = False) -> list[TeacherRow]:
    """Teachers matching every word of `text` (names, ID), a department and a position type; by department, name."""
    require(actor, "teachers.view")
    query = (select(Teacher, Department.code, Department.name_th)
             .outerjoin(Department, Teacher.department_id == Department.id))
    for term in text.split()[:6]:
        pattern = f"%{term.replace('%', '').replace('_', '')}%"
        query = query.where(or_(*(column.ilike(pattern) for column in (
            Teacher.first_name_th, Teacher.last_name_th, Teacher.first_name_en, Teacher.last_name_en,
            Teacher.national_id))))
    if department_code:
        query = query.where(Department.code == department_code)
    if position_type:
        query = query.where(Teacher.position_type == position_type)
    if not include_left:
        query = query.where(Teacher.left_on.is_(None))
    query = query.order_by(Department.code, Teacher.first_name_th, Teacher.last_name_th, Teacher.id)
    return [TeacherRow(t.id, full_name(t.prefix, t.first_name_th, t.last_name_th), t.position_type,
                       PositionType(t.position_type).label_th, code or "", name_th or "",
                       national_id_for(actor, t.national_id), t.phone, t.email, t.left_on is None)
            for t, code, name_th in session.execute(query)]


@dataclass(frozen=True)
class TeacherDetail:
    """Everything the detail tabs show: profile, qualifications, contracts, development, teaching."""

    row: TeacherRow
    version: int
    academic_title: str
    name_en: str
    industry_experience_years: int
    industry_experience: str
    left_on: dt.date | None
    qualifications: list[tuple[str, str, int | None, str, dt.date | None]]
    contracts: list[tuple[int, dt.date, dt.date, str, int | None]]
    development: list[tuple[dt.date, dt.date, str, str, str, float, str]]
    teaching: list[tuple[int, str, str, str, float]]


def teacher_detail(session: Session, actor: Actor, teacher_id: int) -> TeacherDetail:
    rows = [r for r in teacher_rows(session, actor, include_left=True) if r.id == teacher_id]
    if not rows:
        from vocdesk.errors import NotFound

        raise NotFound(what=f"teacher #{teacher_id}")
    teacher = session.get(Teacher, teacher_id)
    assert teacher is not None
    return TeacherDetail(
        rows[0], teacher.version, teacher.academic_title, f"{teacher.first_name_en} {teacher.last_name_en}".strip(),
        teacher.industry_experience_years, teacher.industry_experience, teacher.left_on,
        [tuple(r) for r in session.execute(  # type: ignore[misc]
            select(TeacherQualification.kind, TeacherQualification.title, TeacherQualification.level,
                   TeacherQualification.issuer, TeacherQualification.issued_on)
            .where(TeacherQualification.teacher_id == teacher_id).order_by(TeacherQualification.id))],
        [tuple(r) for r in session.execute(  # type: ignore[misc]
            select(TeacherContract.id, TeacherContract.start_date, TeacherContract.end_date,
                   TeacherContract.funding_source, TeacherContract.renews_contract_id)
            .where(TeacherContract.teacher_id == teacher_id).order_by(TeacherContract.start_date))],
        [tuple(r) for r in session.execute(  # type: ignore[misc]
            select(TeacherDevelopment.start_date, TeacherDevelopment.end_date, TeacherDevelopment.topic,
                   TeacherDevelopment.title, func.coalesce(Enterprise.name_th, ""), TeacherDevelopment.hours,
                   TeacherDevelopment.certificate_no)
            .outerjoin(Enterprise, TeacherDevelopment.enterprise_id == Enterprise.id)
            .where(TeacherDevelopment.teacher_id == teacher_id).order_by(TeacherDevelopment.start_date))],
        [tuple(r) for r in session.execute(  # type: ignore[misc]
            select(TeachingAssignment.academic_year, TeachingAssignment.semester, TeachingAssignment.subject_code,
                   TeachingAssignment.subject_name, TeachingAssignment.hours_per_week)
            .where(TeachingAssignment.teacher_id == teacher_id)
            .order_by(TeachingAssignment.academic_year, TeachingAssignment.semester))])


def academic_year_bounds(be_year: int) -> tuple[dt.date, dt.date]:
    """An academic year (พ.ศ.) runs from 1 May to 30 April."""
    start = dt.date(be_year - BE_OFFSET, 5, 1)
    return start, dt.date(start.year + 1, 4, 30)


@dataclass(frozen=True)
class DevelopmentLine:
    row: TeacherRow
    standing: DevelopmentStanding


def development_lines(session: Session, actor: Actor, academic_year: int, department_code: str = ""
                      ) -> list[DevelopmentLine]:
    """Every teaching teacher in post with hours of activities started in `academic_year`, against the target."""
    start, end = academic_year_bounds(academic_year)
    rows = [r for r in teacher_rows(session, actor, department_code=department_code)
            if PositionType(r.position_type).teaches]
    hours = {tid: float(total) for tid, total in session.execute(
        select(TeacherDevelopment.teacher_id, func.sum(TeacherDevelopment.hours))
        .where(and_(TeacherDevelopment.start_date >= start, TeacherDevelopment.start_date <= end))
        .group_by(TeacherDevelopment.teacher_id))}
    target = workload_constants(session).development_target_hours
    standings = development_standings([r.id for r in rows], hours, target)
    return [DevelopmentLine(r, s) for r, s in zip(rows, standings, strict=True)]


def department_choices(session: Session, actor: Actor) -> list[tuple[str, str, bool]]:
    """(code, Thai name, is technical) of every department, by code, for filters and plans."""
    require(actor, "teachers.view")
    return [(code, name, bool(technical)) for code, name, technical in session.execute(
        select(Department.code, Department.name_th, Department.is_technical).order_by(Department.code))]
