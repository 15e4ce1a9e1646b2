"""The learners' share of an OVEC package: std2018 student and student-group tables."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.academic import level_year_label
from vocdesk.domain.learners import LearnerStatus
from vocdesk.domain.programme_codes import national_code
from vocdesk.io.package import std2018
from vocdesk.persistence.models import Learner, LearningGroup, Programme, Teacher
from vocdesk.services.kinds.package_tables import PackageTable, Row, cell_text, counter

STATUS_NAMES = {status.value: status.label_th for status in LearnerStatus}
"""Stored learner status → std2018 studentStatusName (the one vocabulary in vocdesk.domain.learners)."""
GENDER_NAMES = {"male": "ชาย", "female": "หญิง"}


def _student_rows(session: Session, period: str) -> Iterator[Row]:
    query = (
        select(Learner.student_code, Learner.national_id, Learner.gender, Learner.level, Learner.year,
               Programme.major_code, Programme.major_name_th, Programme.minor_code, Programme.minor_name_th,
               LearningGroup.group_code, Learner.status, Learner.is_dual, Learner.gpax)
        .join(Programme, Learner.programme_id == Programme.id)
        .outerjoin(LearningGroup, Learner.group_id == LearningGroup.id)
        .order_by(Learner.student_code)
    )
    labels: dict[tuple[str, int], str] = {}
    for (code, national_id, gender, level, year, major_code, major_name, minor_code, minor_name, group, status,
         is_dual, gpax) in session.execute(query.execution_options(yield_per=5000)):
        yield (code, national_id, GENDER_NAMES.get(gender, gender or ""), level,
               labels.get((level, year)) or labels.setdefault((level, year), level_year_label(level, year)),
               national_code(major_code),
               major_name, minor_code or "", minor_name or "", group or "", STATUS_NAMES.get(status, status or ""),
               "true" if is_dual else "false", "" if gpax is None else f"{gpax:.2f}")


def _group_rows(session: Session, period: str) -> Iterator[Row]:
    query = (
        select(LearningGroup.entry_year_be, LearningGroup.group_code, LearningGroup.level, LearningGroup.year,
               LearningGroup.name, Programme.major_code, Teacher.national_id)
        .join(Programme, LearningGroup.programme_id == Programme.id)
        .outerjoin(Teacher, LearningGroup.advisor_teacher_id == Teacher.id)
        .order_by(LearningGroup.group_code)
    )
    for entry_year, code, level, year, name, major_code, advisor in session.execute(query):
        yield (cell_text(entry_year), period, code, level_year_label(level, year), name, national_code(major_code),
               advisor or "")


def package_tables() -> tuple[PackageTable, ...]:
    return (
        PackageTable("std2018_student", std2018.STUDENT, _student_rows, counter(Learner), ("idcard",), order=10),
        PackageTable("std2018_studentgroup", std2018.STUDENT_GROUP, _group_rows, counter(LearningGroup),
                     ("teacherIdcard",), order=11),
    )
