"""Export writes what the list shows (search and sort) with Thai headers, a frozen header row and real dates,
and the file re-imports through the learner import without a single change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from tests.data.import_catalogue import GROUP_CODE, seed_catalogue
from tests.data.import_files import national_id, write_workbook
from vocdesk.errors import PermissionDenied
from vocdesk.io.excel_export import ExportCancelled
from vocdesk.services.core.context import Actor, AppContext
from vocdesk.services.kinds.exports import ExportRequest, run_export
from vocdesk.services.kinds.imports import import_file

HEADER = ["studentCode", "idcard", "prefixName", "firstName", "lastName", "gender", "birthDate", "gradeNameTh",
          "majorNameTh", "minorNameTh", "groupCode", "studentStatusName", "gpax", "tel", "email"]
ROWS = [
    ["66201010001", national_id(31), "นาย", "อนันต์", "มีสุข", "ชาย", "15/03/2551", "ปวช.1", "ช่างยนต์", "",
     GROUP_CODE, "กำลังศึกษา", 3.5, "0812345678", "a@example.ac.th"],
    ["66201010002", national_id(32), "นางสาว", "บุษบา", "ใจงาม", "หญิง", dt.date(2008, 5, 2), "ปวช.1", "ช่างยนต์", "",
     GROUP_CODE, "พักการเรียน", None, "", ""],
    ["65301010003", national_id(33), "นาย", "ชาญ", "ชำนาญ", "ชาย", "", "ปวส.2", "เทคนิคเครื่องกล", "เทคนิคยานยนต์",
     "6530101", "กำลังศึกษา", 2.0, "", ""],
]


@pytest.fixture
def college(ctx: AppContext, tmp_path: Path) -> AppContext:
    seed_catalogue(ctx)
    report = import_file(ctx, "learners", write_workbook(tmp_path / "in.xlsx", HEADER, ROWS), commit=True).report
    assert report.imported == 3, report.findings
    return ctx


def test_export_reimports_without_changes(college: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "ผู้เรียน.xlsx"
    result = run_export(college, "learners", out)
    assert result.rows == 3
    again = import_file(college, "learners", out, commit=True).report
    assert (again.rows, again.imported, again.updated, again.unchanged) == (3, 0, 0, 3)
    assert again.findings == ()


def test_export_has_thai_headers_frozen_row_widths_and_real_dates(college: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "export.xlsx"
    run_export(college, "learners", out)
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    headers = [cell.value for cell in sheet[1]]
    assert headers[:5] == ["รหัสนักศึกษา", "เลขประจำตัวประชาชน", "คำนำหน้า", "ชื่อ", "นามสกุล"]
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["B"].width == 17
    assert [sheet.cell(row, 1).value for row in (2, 3, 4)] == ["65301010003", "66201010001", "66201010002"]
    birth = sheet.cell(3, headers.index("วันเกิด") + 1)
    assert birth.value == dt.datetime(2008, 3, 15) and birth.is_date
    assert sheet.cell(3, 2).value == national_id(31)  # text, so Excel never shows 1.1E+12
    assert sheet.cell(2, headers.index("เกรดเฉลี่ย") + 1).number_format == "0.00"
    assert sheet.auto_filter.ref == "A1:O4"


def test_export_applies_search_and_sort(college: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "filtered.xlsx"
    run_export(college, "learners", out, ExportRequest(text="662010", sort="student_code", descending=True))
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["66201010002", "66201010001"]


def test_roles_without_id_access_export_no_national_id(college: AppContext, tmp_path: Path) -> None:
    college.actor = Actor("boss", "executive")
    out = tmp_path / "exec.xlsx"
    result = run_export(college, "learners", out)
    assert "idcard" not in result.columns
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None and "เลขประจำตัวประชาชน" not in [cell.value for cell in sheet[1]]
    college.actor = Actor("clerk", "training_staff")
    with pytest.raises(PermissionDenied):
        run_export(college, "learners", tmp_path / "no.xlsx")


def test_cancelled_export_leaves_the_old_file(college: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "keep.xlsx"
    out.write_bytes(b"previous export")
    with pytest.raises(ExportCancelled):
        run_export(college, "learners", out, ExportRequest(ids=list(range(1, 4)) * 400), cancel=lambda: True)
    assert out.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
