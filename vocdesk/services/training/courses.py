"""The short-course catalogue: add or change a course, list it, find one by its code."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import Course, CourseRun, Department
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.training import COURSES

KINDS = ("upskill", "reskill", "short", "fixit")


@dataclass(frozen=True)
class CourseInput:
    """What staff type for a course; `fee_satang` 0 makes it free and then `funding_source` is required."""

    code: str
    name_th: str
    kind: str
    hours: int
    capacity: int
    fee_satang: int = 0
    funding_source: str = ""
    name_en: str = ""
    min_attendance_pct: int = 80
    instructors: str = ""
    department_code: str = ""
    skill_standard: str = ""


@dataclass(frozen=True)
class CourseRow:
    id: int
    code: str
    name_th: str
    name_en: str
    kind: str
    hours: int
    fee_satang: int
    funding_source: str
    capacity: int
    min_attendance_pct: int
    instructors: str
    skill_standard: str
    runs: int
    version: int


def _clean(uow: UnitOfWork, data: CourseInput) -> dict[str, object]:
    values = {k: (v.strip() if isinstance(v, str) else v) for k, v in asdict(data).items()}
    values["code"] = str(values["code"]).upper()
    for name in ("code", "name_th"):
        if not values[name]:
            raise ValidationFailed("required", field=name)
    if data.kind not in KINDS:
        raise ValidationFailed("invalid", field="kind", value=data.kind)
    if not 1 <= data.hours <= 2000:
        raise ValidationFailed("invalid", field="hours", value=data.hours)
    if not 1 <= data.capacity <= 1000:
        raise ValidationFailed("invalid", field="capacity", value=data.capacity)
    if data.fee_satang < 0:
        raise ValidationFailed("invalid", field="fee", value=data.fee_satang)
    if data.fee_satang == 0 and not values["funding_source"]:
        raise ValidationFailed("course_free_needs_funding", field="funding_source")
    if not 1 <= data.min_attendance_pct <= 100:
        raise ValidationFailed("invalid", field="min_attendance_pct", value=data.min_attendance_pct)
    department = values.pop("department_code")
    values["department_id"] = None
    if department:
        found = uow.session.scalars(select(Department.id).where(Department.code == department)).first()
        if found is None:
            raise NotFound(what="department", field="department", value=department)
        values["department_id"] = found
    return values


def save_course(uow: UnitOfWork, data: CourseInput) -> CourseRow:
    """Add a course, or change the one with this code (its runs keep their own capacity)."""
    require(uow.actor, "training.courses")
    values = _clean(uow, data)
    course = uow.session.scalars(select(Course).where(Course.code == values["code"])).first()
    before = None if course is None else {k: getattr(course, k) for k in values}
    if course is None:
        course = Course()
        uow.session.add(course)
    for key, value in values.items():
        setattr(course, key, value)
    uow.session.flush()
    uow.audit("training.course.save", "training_course", course.id,
              {k: [None if before is None else before[k], v] for k, v in values.items()
               if before is None or before[k] != v})
    uow.changed(COURSES)
    return _row(course, _run_count(uow.session, course.id))


def course_by_code(session: Session, code: str) -> Course:
    course = session.scalars(select(Course).where(Course.code == code.strip().upper())).first()
    if course is None:
        raise NotFound(what="course", field="course", value=code)
    return course


def _run_count(session: Session, course_id: int) -> int:
    return session.scalar(select(func.count()).select_from(CourseRun).where(CourseRun.course_id == course_id)) or 0


def _row(course: Course, runs: int) -> CourseRow:
    return CourseRow(course.id, course.code, course.name_th, course.name_en, course.kind, course.hours,
                     course.fee_satang, course.funding_source, course.capacity, course.min_attendance_pct,
                     course.instructors, course.skill_standard, runs, course.version)


def list_courses(session: Session, actor: Actor, text: str = "") -> list[CourseRow]:
    """The catalogue by code; `text` filters code and names."""
    require(actor, "training.view")
    runs = (select(CourseRun.course_id, func.count().label("n")).group_by(CourseRun.course_id).subquery())
    query = select(Course, func.coalesce(runs.c.n, 0)).outerjoin(runs, runs.c.course_id == Course.id)
    if text.strip():
        like = f"%{text.strip()}%"
        query = query.where(Course.code.ilike(like) | Course.name_th.like(like) | Course.name_en.ilike(like))
    return [_row(course, count) for course, count in session.execute(query.order_by(Course.code))]
