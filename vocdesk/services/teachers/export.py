"""Excel exports of the teacher lists: the register, staffing need, contracts and development hours."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.staffing import TEACHING_POSITIONS
from vocdesk.domain.teachers import PositionType
from vocdesk.errors import VocDeskError
from vocdesk.io.excel_export import SheetColumn, SheetSpec, write_xlsx
from vocdesk.io.imports.teachers import TEACHERS
from vocdesk.persistence.models import Department, Teacher, TeacherContract
from vocdesk.services.core.context import Actor, AppContext
from vocdesk.services.core.permissions import national_id_for, require
from vocdesk.services.teachers.listing import development_lines, teacher_rows
from vocdesk.services.teachers.staffing import staffing_overview

TEACHER_EXPORTS = ("teachers", "staffing", "contracts", "development")
# The register's headers are the Thai headers the teacher import reads, so an exported file imports back unchanged.
REGISTER_COLUMNS = TEACHERS.exported_columns()
REGISTER_HEADERS = tuple(column.header_th for column in REGISTER_COLUMNS)


def register_sheet_columns() -> list[SheetColumn]:
    return [SheetColumn(column.header_th, column.width) for column in REGISTER_COLUMNS]


def register_rows(session: Session, actor: Actor, ids: Sequence[int]) -> Iterator[list[Any]]:
    """One register line per teacher id, in the order of `ids` (ids no longer there are skipped)."""
    require(actor, "teachers.view")
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found = {t.id: (t, code, name) for t, code, name in session.execute(
            select(Teacher, Department.code, Department.name_th)
            .outerjoin(Department, Teacher.department_id == Department.id).where(Teacher.id.in_(chunk)))}
        for tid in chunk:
            if tid not in found:
                continue
            t, code, name = found[tid]
            yield [national_id_for(actor, t.national_id), t.prefix, t.first_name_th, t.last_name_th,
                   t.first_name_en, t.last_name_en, PositionType(t.position_type).label_th, code or "", name or "",
                   t.academic_title, t.phone, t.email, t.industry_experience_years]


def _register(session: Session, actor: Actor) -> SheetSpec:
    ids = [row.id for row in teacher_rows(session, actor)]
    return SheetSpec("ครู", register_sheet_columns(), list(register_rows(session, actor, ids)))


def _staffing(session: Session, actor: Actor) -> SheetSpec:
    result = staffing_overview(session, actor)
    headers = ["รหัสแผนก", "แผนกวิชา", "แผนกช่าง", "กลุ่มเรียน", "ชั่วโมงต่อสัปดาห์", "T", "ต้องการ",
               *(PositionType(p).label_th for p in TEACHING_POSITIONS), "มีอยู่", "ขาด(−)/เกิน(+)"]
    rows = [[line.code, line.name_th, "ช่าง" if line.is_technical else "", line.groups, line.weekly_hours,
             round(line.need_exact, 2), line.need, *(line.in_post[p] for p in TEACHING_POSITIONS), line.actual,
             line.balance] for line in (*result.lines, result.college)]
    return SheetSpec("อัตรากำลัง", [SheetColumn(h, 14, decimal=h == "T") for h in headers], rows)


def _contracts(session: Session, actor: Actor) -> SheetSpec:
    require(actor, "teachers.view")
    query = (select(Teacher.prefix, Teacher.first_name_th, Teacher.last_name_th, Teacher.position_type,
                    Department.name_th, TeacherContract.start_date, TeacherContract.end_date,
                    TeacherContract.funding_source, TeacherContract.renews_contract_id)
             .join(Teacher, TeacherContract.teacher_id == Teacher.id)
             .outerjoin(Department, Teacher.department_id == Department.id)
             .where(Teacher.left_on.is_(None))
             .order_by(Department.code, Teacher.first_name_th, TeacherContract.start_date))
    rows: list[list[Any]] = [[f"{p}{f} {last}", PositionType(pos).label_th, dept or "", start, end, funding,
                              "ต่อสัญญา" if renews else "สัญญาแรก"]
                             for p, f, last, pos, dept, start, end, funding, renews in session.execute(query)]
    headers = ("ชื่อ - นามสกุล", "ตำแหน่ง", "แผนกวิชา", "เริ่มสัญญา", "สิ้นสุดสัญญา", "แหล่งงบประมาณ", "ประเภท")
    return SheetSpec("สัญญาจ้าง", [SheetColumn(h, 18) for h in headers], rows)


def _development(session: Session, actor: Actor, academic_year: int) -> SheetSpec:
    lines = development_lines(session, actor, academic_year)
    rows = [[line.row.name, line.row.department_th, line.row.position_th, line.standing.hours,
             line.standing.short_by, "ครบ" if line.standing.met else "ยังไม่ครบ"] for line in lines]
    headers = ("ชื่อ - นามสกุล", "แผนกวิชา", "ตำแหน่ง", f"ชั่วโมง ปีการศึกษา {academic_year}", "ขาดอีก", "ผล")
    return SheetSpec("การพัฒนาครู", [SheetColumn(h, 18, decimal=i in (3, 4)) for i, h in enumerate(headers)], rows)


def export_teacher_list(ctx: AppContext, kind: str, path: Path, academic_year: int | None = None) -> int:
    """Write one teacher list to `path` (.xlsx, replaced only when complete); returns the rows written."""
    if kind not in TEACHER_EXPORTS:
        raise VocDeskError("export_kind_unknown", kind=kind, kinds=", ".join(TEACHER_EXPORTS))
    require(ctx.actor, "export.data")
    from vocdesk.domain.academic import academic_year_of

    with ctx.db.read() as session:
        if kind == "teachers":
            spec = _register(session, ctx.actor)
        elif kind == "staffing":
            spec = _staffing(session, ctx.actor)
        elif kind == "contracts":
            spec = _contracts(session, ctx.actor)
        else:
            spec = _development(session, ctx.actor, academic_year or academic_year_of(ctx.today()))
        try:
            rows = write_xlsx(path, [spec])
        except OSError as exc:
            raise VocDeskError("export_target", path=str(path), detail=exc.strerror or str(exc)) from None
    ctx.run(lambda uow: uow.audit(f"teachers.export.{kind}", "teacher", path.name, {"rows": rows}))
    return rows
