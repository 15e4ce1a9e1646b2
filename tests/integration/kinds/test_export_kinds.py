"""Each export kind writes the rows it is given, in their order, and the file re-imports through the import of
the same kind without a single change; a role that may not view the kind is refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from tests.factories.equipment import add_room
from tests.factories.equipment import assets_workbook as equipment_workbook
from tests.factories.teachers import IDS, departments, workbook
from vocdesk.errors import PermissionDenied, VocDeskError
from vocdesk.persistence.models import Asset, Teacher
from vocdesk.services.core.context import Actor, AppContext
from vocdesk.services.kinds.exports import ExportRequest, export_kinds, run_export
from vocdesk.services.kinds.imports import import_file


def _teachers(ctx: AppContext, tmp_path: Path) -> dict[str, int]:
    departments(ctx)
    source = workbook(tmp_path / "staff.xlsx", ["เลขประจำตัวประชาชน", "คำนำหน้า", "ชื่อ", "นามสกุล",
                                               "ประเภทตำแหน่ง", "รหัสแผนก", "วิทยฐานะ", "อีเมล"], [
        [IDS[0], "นาย", "สมชาย", "ใจดี", "ข้าราชการครู", "01", "ครูชำนาญการ", "somchai@example.ac.th"],
        [IDS[1], "นาง", "กนก", "แก้ว", "ครูอัตราจ้าง", "08", "", ""],
        [IDS[2], "นางสาว", "ดวงใจ", "ดีงาม", "พนักงานราชการ", "01", "", ""]])
    report = import_file(ctx, "teachers", source, commit=True).report
    assert report.imported == 3, report.findings
    with ctx.db.read() as session:
        return {t.national_id: t.id for t in session.scalars(select(Teacher))}


def _equipment(ctx: AppContext, tmp_path: Path) -> dict[str, int]:
    add_room(ctx, "W-101")
    source = equipment_workbook(tmp_path / "assets.xlsx", [
        ["7110-001-0001/60", "โต๊ะทำงาน", "7110-001", "12/03/2560", "6,500", "เงินงบประมาณ", "W-101", "ดี"],
        ["7440-001-0001/65", "คอมพิวเตอร์", "7440-001", dt.date(2022, 1, 5), 18500.5, "เงินบริจาค", "W-101", "ชำรุด"],
        ["7440-001-0002/65", "คอมพิวเตอร์", "7440-001", dt.date(2022, 1, 5), 18500.5, "เงินบริจาค", "W-101", "ดี"]])
    report = import_file(ctx, "equipment", source, commit=True).report
    assert report.imported == 3, report.findings
    with ctx.db.read() as session:
        return {a.code: a.id for a in session.scalars(select(Asset))}


def _first_column(path: Path) -> list[object]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert sheet.freeze_panes == "A2"
    return [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_the_registry_lists_every_kind() -> None:
    assert {"learners", "teachers", "equipment"} <= set(export_kinds())


def test_unknown_kind_names_the_known_ones(ctx: AppContext, tmp_path: Path) -> None:
    with pytest.raises(VocDeskError) as raised:
        run_export(ctx, "cars", tmp_path / "x.xlsx")
    assert "teachers" in str(raised.value.params.get("kinds", ""))


def test_teachers_export_reimports_unchanged_in_the_given_order(ctx: AppContext, tmp_path: Path) -> None:
    ids = _teachers(ctx, tmp_path)
    out = tmp_path / "ครู.xlsx"
    order = [IDS[2], IDS[0], IDS[1]]
    result = run_export(ctx, "teachers", out, ExportRequest(ids=[ids[n] for n in order]))
    assert result.rows == 3
    assert _first_column(out) == order
    again = import_file(ctx, "teachers", out, commit=False).report
    assert (again.errors, again.would_import, again.would_update, again.unchanged) == ([], 0, 0, 3)


def test_teachers_export_follows_the_search(ctx: AppContext, tmp_path: Path) -> None:
    _teachers(ctx, tmp_path)
    out = tmp_path / "search.xlsx"
    assert run_export(ctx, "teachers", out, ExportRequest(text="กนก")).rows == 1
    assert _first_column(out) == [IDS[1]]


def test_equipment_export_reimports_unchanged_in_the_given_order(ctx: AppContext, tmp_path: Path) -> None:
    ids = _equipment(ctx, tmp_path)
    out = tmp_path / "ครุภัณฑ์.xlsx"
    order = ["7440-001-0002/65", "7110-001-0001/60", "7440-001-0001/65"]
    result = run_export(ctx, "equipment", out, ExportRequest(ids=[ids[c] for c in order]))
    assert result.rows == 3
    assert _first_column(out) == order
    again = import_file(ctx, "equipment", out, commit=False).report
    assert (again.errors, again.would_import, again.would_update, again.unchanged) == ([], 0, 0, 3)


def test_equipment_export_follows_search_and_sort(ctx: AppContext, tmp_path: Path) -> None:
    _equipment(ctx, tmp_path)
    out = tmp_path / "sorted.xlsx"
    assert run_export(ctx, "equipment", out, ExportRequest(text="คอมพิวเตอร์", sort="code", descending=True)).rows == 2
    assert _first_column(out) == ["7440-001-0002/65", "7440-001-0001/65"]


@pytest.mark.parametrize(("kind", "role"), [("teachers", "equipment_officer"), ("equipment", "registrar")])
def test_a_role_without_the_view_permission_is_refused(ctx: AppContext, tmp_path: Path, kind: str,
                                                      role: str) -> None:
    ids = _teachers(ctx, tmp_path) if kind == "teachers" else _equipment(ctx, tmp_path)
    ctx.actor = Actor("someone", role)
    out = tmp_path / "refused.xlsx"
    with pytest.raises(PermissionDenied):
        run_export(ctx, kind, out, ExportRequest(ids=list(ids.values())))
    assert not out.exists()


def test_a_role_that_sees_ids_masked_exports_teachers_without_the_id_column(ctx: AppContext, tmp_path: Path) -> None:
    _teachers(ctx, tmp_path)
    ctx.actor = Actor("boss", "executive")
    out = tmp_path / "exec.xlsx"
    result = run_export(ctx, "teachers", out)
    assert result.rows == 3 and "idcard" not in result.columns
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    assert "เลขประจำตัวประชาชน" not in header and header[:3] == ["คำนำหน้า", "ชื่อ", "นามสกุล"]
    assert not any(IDS[0] in str(cell) for row in sheet.iter_rows(values_only=True) for cell in row)
