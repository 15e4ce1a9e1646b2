"""Registry of tables a package can carry; each entry minimises its rows to what OVEC needs (std2018 names)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from vocdesk.domain.academic import level_year_label
from vocdesk.io.package import std2018
from vocdesk.io.package.manifest import TableSchema
from vocdesk.persistence.models import Department, Learner, LearningGroup, Programme, Teacher
from vocdesk.services.packages.equipment_tables import equipment_count, equipment_rows

Row = tuple[str, ...]

STATUS_NAMES = {
    "studying": "กำลังศึกษา",
    "suspended": "พักการเรียน",
    "graduated": "สำเร็จการศึกษา",
    "dismissed": "พ้นสภาพ",
    "withdrawn": "ลาออก",
    "transferred": "ย้ายสถานศึกษา",
}
"""Stored learner status (the codes the demo and the learner import write) → std2018 studentStatusName."""
GENDER_NAMES = {"male": "ชาย", "female": "หญิง"}


@dataclass(frozen=True)
class ExportTable:
    """One table a package may carry.

    `rows(session, period)` yields rows in schema order with national IDs in clear; the package step replaces
    the `id_columns` with pseudonyms or seals the whole file to OVEC. `available(session)` is False when the
    module that owns the data has no tables in this database yet.
    """

    name: str
    schema: TableSchema
    rows: Callable[[Session, str], Iterator[Row]]
    count: Callable[[Session], int]
    id_columns: tuple[str, ...] = ()
    available: Callable[[Session], bool] = lambda session: True

    @property
    def path(self) -> str:
        return f"{self.name}.csv"

    @property
    def personal(self) -> bool:
        return bool(self.id_columns)


EXPORT_TABLES: dict[str, ExportTable] = {}


def register_export_table(table: ExportTable) -> None:
    """Add a table to every future package (e.g. equipment, once its module exists); names are unique."""
    if table.name in EXPORT_TABLES:
        raise ValueError(f"export table {table.name!r} registered twice")
    EXPORT_TABLES[table.name] = table


def has_tables(*names: str) -> Callable[[Session], bool]:
    """An `available` check: true when every named database table exists."""
    def check(session: Session) -> bool:
        inspector = inspect(session.connection())
        return all(inspector.has_table(name) for name in names)
    return check


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


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
               labels.get((level, year)) or labels.setdefault((level, year), level_year_label(level, year)), major_code,
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
        yield (_text(entry_year), period, code, level_year_label(level, year), name, major_code, advisor or "")


def _teacher_rows(session: Session, period: str) -> Iterator[Row]:
    query = (
        select(Teacher.national_id, Teacher.position_type, Department.code, Department.name_th)
        .outerjoin(Department, Teacher.department_id == Department.id)
        .order_by(Teacher.national_id)
    )
    for national_id, position, department_code, department_name in session.execute(query):
        yield (national_id, position, department_code or "", department_name or "")


def _counter(model: type) -> Callable[[Session], int]:
    def count(session: Session) -> int:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)
    return count


def builtin_tables() -> tuple[ExportTable, ...]:
    return (
        ExportTable("std2018_student", std2018.STUDENT, _student_rows, _counter(Learner), ("idcard",)),
        ExportTable("std2018_studentgroup", std2018.STUDENT_GROUP, _group_rows, _counter(LearningGroup),
                    ("teacherIdcard",)),
        ExportTable("teachers", std2018.TEACHER, _teacher_rows, _counter(Teacher), ("teacherIdcard",)),
        ExportTable("equipment", std2018.EQUIPMENT, equipment_rows, equipment_count,
                    available=has_tables("asset", "asset_category")),
    )


for _table in builtin_tables():
    register_export_table(_table)


def export_tables(session: Session) -> list[ExportTable]:
    """The registered tables whose data exists in this database, in registration order."""
    return [table for table in EXPORT_TABLES.values() if table.available(session)]
