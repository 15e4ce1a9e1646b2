"""A messy registrar workbook gives exactly the findings a registrar expects; errors write nothing unless skipped;
a second import changes nothing; updates touch only the fields the file fills."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.data.import_catalogue import seed_catalogue
from tests.data.import_files import national_id, write_workbook
from tests.factories.learners import HEADER, TITLES, messy_rows
from vocdesk.persistence.models import AuditEvent, Learner, LearnerStatusChange, LearningGroup
from vocdesk.services.core.context import AppContext
from vocdesk.services.kinds.imports import import_file

EXPECTED = {
    (3, "", "import_unknown_column", "warning"),
    (5, "birthDate", "import_be_year_in_date_cell", "warning"),
    (7, "studentCode", "import_duplicate", "error"),
    (8, "idcard", "import_national_id_checksum", "error"),
    (9, "majorNameTh", "import_major_unknown", "error"),
    (10, "idcard", "import_number_digits_lost", "error"),
    (11, "groupCode", "import_group_new", "warning"),
    (12, "gpax", "import_number_range", "error"),
    (13, "fullName", "import_full_name_split", "error"),
    (13, "idcard", "import_required", "error"),
}


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    return write_workbook(tmp_path / "รายชื่อ ปวช.1.xlsx", HEADER, messy_rows(), titles=TITLES,
                          extra_sheets=["คำอธิบาย"])


def _count(ctx: AppContext, model: type) -> int:
    with ctx.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_messy_workbook_gives_exactly_the_expected_findings(ctx: AppContext, messy: Path) -> None:
    seed_catalogue(ctx)
    report = import_file(ctx, "learners", messy, commit=False).report
    found = {(f.row, f.column, f.code, f.severity.value) for f in report.findings}
    assert found == EXPECTED
    assert sum(f.code == "import_unknown_column" for f in report.findings) == 2  # ลำดับ and หมายเหตุ
    assert (report.sheet, report.header_row, report.rows, report.valid) == ("รายชื่อ", 3, 9, 3)
    by_code = {f.code: f for f in report.findings}
    assert "ช่างยนต์" in by_code["import_major_unknown"].message("en")  # the nearest name is suggested
    assert "row 4" in by_code["import_duplicate"].message("en")
    assert _count(ctx, Learner) == 0  # a dry run writes nothing


def test_errors_without_skip_write_nothing(ctx: AppContext, messy: Path) -> None:
    seed_catalogue(ctx)
    report = import_file(ctx, "learners", messy, commit=True).report
    assert not report.committed and report.imported == 0 and report.would_import == 3
    assert _count(ctx, Learner) == 0 and _count(ctx, LearningGroup) == 1
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).where(AuditEvent.action == "learners.import")) == 0


def test_skip_invalid_imports_only_valid_rows_and_second_import_changes_nothing(
        ctx: AppContext, messy: Path) -> None:
    ids = seed_catalogue(ctx)
    report = import_file(ctx, "learners", messy, commit=True, skip_invalid=True).report
    assert report.committed and (report.imported, report.updated) == (3, 0)
    with ctx.db.read() as session:
        learners = {row.student_code: row for row in session.scalars(select(Learner))}
        new_group = session.execute(select(LearningGroup).where(LearningGroup.group_code == "6620401")).scalar_one()
        history = session.scalar(select(func.count()).select_from(LearnerStatusChange))
        assert sorted(learners) == ["66201010001", "66201010002", "66201010007"]
        first = learners["66201010001"]
        assert (first.national_id, first.prefix, first.first_name_th, first.last_name_th) == (
            national_id(1), "นาย", "สมชาย", "ใจดี")
        assert (first.birth_date, first.gender, first.level, first.year, first.phone, first.gpax) == (
            dt.date(2008, 3, 15), "male", "pvc", 1, "0812345678", 3.25)
        assert learners["66201010002"].birth_date == dt.date(2008, 7, 1)
        assert learners["66201010002"].national_id == national_id(2)
        malee = learners["66201010007"]
        assert (malee.first_name_th, malee.last_name_th, malee.programme_id) == ("มาลี", "ศรีสุข", ids["ช่างไฟฟ้ากำลัง"])
        assert malee.group_id == new_group.id and (new_group.level, new_group.year) == ("pvc", 1)
        assert history == 3

    again = import_file(ctx, "learners", messy, commit=True, skip_invalid=True).report
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 3)
    with ctx.db.read() as session:
        versions = sorted(session.scalars(select(Learner.version)))
        imports = session.scalar(select(func.count()).where(AuditEvent.action == "learners.import"))
    assert versions == [1, 1, 1] and imports == 1
