"""Importing a teachers workbook with Thai (or English) headers: correct findings by row and column, all or nothing."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from tests.factories.teachers import IDS, departments, workbook
from vocdesk.persistence.models import Department, Teacher
from vocdesk.services.core.context import AppContext
from vocdesk.services.kinds.imports import import_file
from vocdesk.services.teachers.export import export_teacher_list

THAI = ["ที่", "เลขประจำตัวประชาชน", "ชื่อ-นามสกุล", "ตำแหน่ง", "แผนกวิชา", "วิทยฐานะ", "เบอร์โทร", "อีเมล"]


def test_thai_headers_give_findings_by_row_and_nothing_saved(ctx: AppContext, tmp_path: Path) -> None:
    departments(ctx)
    path = workbook(tmp_path / "ครู.xlsx", THAI, [
        [1, "1-1017-00230-70-8", "นายสมชาย ใจดี", "ข้าราชการครู", "ช่างยนต์", "ครูชำนาญการ", "081-234-5678",
         "somchai@example.ac.th"],
        [2, IDS[1], "นางสาวกนกวรรณ แก้วมณี", "ครูจ้างสอน", "แผนกวิชาการบัญชี", "", "", ""],
        [3, "1101700230709", "นายผิด เลขบัตร", "ข้าราชการครู", "ช่างยนต์", "", "", ""],  # wrong check digit
        [4, IDS[2], "นายปิยะ รักงาน", "ครูใหญ่", "ช่างยนต์", "", "", ""],  # not a position type
        [5, IDS[3], "นางมาลี ศรีสุข", "พนักงานราชการ", "ช่างทอง", "", "", "malee@"],  # no such department, bad email
    ])
    run = import_file(ctx, "teachers", path, commit=True)
    report = run.report
    assert (report.header_row, report.rows, report.valid, report.committed) == (3, 5, 2, False)
    found = {(f.row, f.column, f.code) for f in report.errors}
    assert found == {(6, "idcard", "import_national_id_checksum"), (7, "positionType", "import_choice_invalid"),
                     (8, "departmentName", "import_department_unknown"), (8, "email", "import_email_invalid")}
    assert "ครูใหญ่" in next(f for f in report.errors if f.row == 7).message("th")
    assert any(f.column == "ที่" or f.code == "import_unknown_column" for f in report.warnings)
    with ctx.db.read() as session:
        assert session.scalars(select(Teacher)).all() == []  # errors: nothing saved

    run = import_file(ctx, "teachers", path, commit=True, skip_invalid=True)
    assert (run.report.imported, run.report.updated) == (2, 0)
    with ctx.db.read() as session:
        saved = {t.national_id: (t.prefix, t.first_name_th, t.last_name_th, t.position_type, t.department_id,
                                 t.academic_title, t.phone) for t in session.scalars(select(Teacher))}
        dept = dict(session.execute(select(Department.id, Department.code)).all())
    prefix, first, last, position, department, title, phone = saved[IDS[0]]
    assert (prefix, first, last, position, dept[department], title) == (
        "นาย", "สมชาย", "ใจดี", "civil_servant", "01", "ครูชำนาญการ")
    assert phone == "0812345678"
    assert saved[IDS[1]][3] == "contract_teacher" and dept[saved[IDS[1]][4]] == "08"


def test_english_headers_update_and_round_trip(ctx: AppContext, tmp_path: Path) -> None:
    departments(ctx)
    first = workbook(tmp_path / "staff.xlsx", ["National ID", "First name", "Last name", "Position type",
                                               "Department code"], [
        [IDS[0], "Somchai", "Jaidee", "civil servant", "01"],
        [IDS[1], "Kanok", "Kaew", "contract teacher", "08"]])
    assert import_file(ctx, "teachers", first, commit=True).report.imported == 2
    moved = workbook(tmp_path / "moved.xlsx", ["National ID", "Position type", "Department code"], [
        [IDS[1], "พนักงานราชการ", "01"]])
    report = import_file(ctx, "teachers", moved, commit=True).report
    assert report.updated == 1
    assert report.changes[0].fields["positionType"] == ("ครูอัตราจ้าง", "พนักงานราชการ")
    assert report.changes[0].fields["departmentName"] == ("แผนกวิชาการบัญชี", "แผนกวิชาช่างยนต์")
    exported = tmp_path / "export.xlsx"
    export_teacher_list(ctx, "teachers", exported)
    again = import_file(ctx, "teachers", exported, commit=False).report
    assert (again.errors, again.unchanged, again.would_update, again.would_import) == ([], 2, 0, 0)
