"""Matching rows update only the fields the file fills, the preview names each change, CSV encodings are read,
and cancelling writes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.data.import_catalogue import GROUP_CODE, seed_catalogue
from tests.data.import_files import national_id, write_csv, write_workbook
from vocdesk.io.imports import ImportCancelled
from vocdesk.persistence.models import AuditEvent, Learner, LearnerStatusChange
from vocdesk.services.core.context import AppContext
from vocdesk.services.kinds.imports import import_file

FULL = ["studentCode", "idcard", "prefixName", "firstName", "lastName", "gender", "birthDate", "gradeNameTh",
        "majorNameTh", "minorNameTh", "groupCode", "studentStatusName", "gpax", "tel", "email"]


def _first_import(ctx: AppContext, folder: Path) -> None:
    rows = [["65201010001", national_id(11), "นาย", "ก้องภพ", "ทองดี", "ชาย", "2550-01-31", "ปวช.2", "ช่างยนต์", "",
             GROUP_CODE, "กำลังศึกษา", 2.75, "0812345678", "kong@example.ac.th"],
            ["65201010002", national_id(12), "นางสาว", "ขวัญใจ", "ดีงาม", "หญิง", "", "ปวช.2", "ช่างยนต์", "",
             GROUP_CODE, "กำลังศึกษา", "", "", ""]]
    path = write_workbook(folder / "first.xlsx", FULL, rows)
    assert import_file(ctx, "learners", path, commit=True).report.imported == 2


def test_update_touches_only_filled_fields_and_preview_names_them(ctx: AppContext, tmp_path: Path) -> None:
    seed_catalogue(ctx)
    _first_import(ctx, tmp_path)
    # A phone list: no email column at all, one blank phone cell, one status change.
    path = write_workbook(tmp_path / "phones.xlsx", ["รหัสนักศึกษา", "โทรศัพท์", "สถานะ", "อีเมล"],
                          [["65201010001", "", "พักการเรียน", ""], ["65201010002", 891112222, None, None]])
    preview = import_file(ctx, "learners", path, commit=False).report
    changes = {change.key: change.fields for change in preview.changes}
    assert changes == {
        "65201010001": {"studentStatusName": ("กำลังศึกษา", "พักการเรียน")},
        "65201010002": {"tel": ("", "0891112222")},
    }
    done = import_file(ctx, "learners", path, commit=True).report
    assert (done.imported, done.updated) == (0, 2)
    with ctx.db.read() as session:
        kong = session.scalars(select(Learner).where(Learner.student_code == "65201010001")).one()
        assert (kong.phone, kong.email, kong.status, kong.gpax, kong.version) == (
            "0812345678", "kong@example.ac.th", "suspended", 2.75, 2)
        assert kong.birth_date == dt.date(2007, 1, 31)  # 2550-01-31 is a พ.ศ. year in ISO form
        history = session.scalars(select(LearnerStatusChange.status)
                                  .where(LearnerStatusChange.learner_id == kong.id)
                                  .order_by(LearnerStatusChange.id)).all()
        assert history == ["studying", "suspended"]
        audit = session.scalars(select(AuditEvent.changes_json).where(AuditEvent.action == "learners.import")
                                .order_by(AuditEvent.id.desc())).first()
        assert audit is not None and "65201010002.tel" in audit


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp874"])
def test_csv_in_utf8_bom_and_tis620(ctx: AppContext, tmp_path: Path, encoding: str) -> None:
    seed_catalogue(ctx)
    header = ["รหัสนักศึกษา", "เลขประจำตัวประชาชน", "คำนำหน้าชื่อ", "ชื่อ", "นามสกุล", "วันเกิด", "ระดับชั้น", "สาขาวิชา"]
    rows = [["66201010001", national_id(21), "นาย", "ภูมิใจ", "ไทยแท้", "๑๕/๐๓/๒๕๕๑", "ปวช.1", "ช่างยนต์"]]
    path = write_csv(tmp_path / "รายชื่อ.csv", header, rows, encoding)
    report = import_file(ctx, "learners", path, commit=True).report
    assert (report.imported, report.errors) == (1, [])
    with ctx.db.read() as session:
        learner = session.scalars(select(Learner)).one()
        assert (learner.first_name_th, learner.last_name_th, learner.birth_date) == (
            "ภูมิใจ", "ไทยแท้", dt.date(2008, 3, 15))


def test_cancel_writes_nothing(ctx: AppContext, tmp_path: Path) -> None:
    seed_catalogue(ctx)
    rows = [[f"662010{i:05d}", national_id(100 + i), "นาย", "ชื่อ", f"สกุล{i}", "", "", "ปวช.1", "ช่างยนต์", "",
             GROUP_CODE, "", "", "", ""] for i in range(3000)]
    path = write_workbook(tmp_path / "many.xlsx", FULL, rows)
    calls: list[int] = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3  # the user presses cancel after reading has started

    with pytest.raises(ImportCancelled):
        import_file(ctx, "learners", path, commit=True, cancel=cancel)
    with ctx.db.read() as session:
        assert session.scalars(select(Learner.id)).first() is None


def test_progress_reaches_the_total(ctx: AppContext, tmp_path: Path) -> None:
    seed_catalogue(ctx)
    rows = [[f"662010{i:05d}", national_id(100 + i), "นาย", "ชื่อ", f"สกุล{i}", "", "", "ปวช.1", "ช่างยนต์", "",
             GROUP_CODE, "", "", "", ""] for i in range(1200)]
    path = write_workbook(tmp_path / "many.xlsx", FULL, rows)
    seen: list[tuple[int, int]] = []
    import_file(ctx, "learners", path, commit=True, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 1200) and seen[-1] == (1200, 1200)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_a_graduate_cannot_be_made_studying_again_by_import(ctx: AppContext, tmp_path: Path) -> None:
    seed_catalogue(ctx)
    _first_import(ctx, tmp_path)
    graduate = write_workbook(tmp_path / "grad.xlsx", ["รหัสนักศึกษา", "สถานะ"], [["65201010001", "สำเร็จการศึกษา"]])
    assert import_file(ctx, "learners", graduate, commit=True).report.updated == 1
    back = write_workbook(tmp_path / "back.xlsx", ["รหัสนักศึกษา", "สถานะ"], [["65201010001", "กำลังศึกษา"]])
    report = import_file(ctx, "learners", back, commit=True).report
    assert [(f.row, f.column, f.code) for f in report.errors] == [(2, "studentStatusName", "import_status_move")]
    assert report.updated == 0
