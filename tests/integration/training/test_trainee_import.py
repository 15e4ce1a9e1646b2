"""Trainees through the standard import pipeline: findings with row and reason; an export re-imports unchanged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from tests.factories.training_courses import national_id
from vocdesk.services.core.context import AppContext
from vocdesk.services.kinds.exports import run_export
from vocdesk.services.kinds.imports import import_file
from vocdesk.services.training.trainees import list_trainees

HEADERS = ["เลขประจำตัวประชาชน", "คำนำหน้า", "ชื่อ", "นามสกุล", "วันเกิด", "เพศ", "โทรศัพท์", "จังหวัด",
           "สถานะการทำงาน", "ความยินยอม"]


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_bad_rows_are_findings_and_nothing_is_written(ctx: AppContext, tmp_path: Path) -> None:
    wrong = national_id(2)[:12] + str((int(national_id(2)[12]) + 1) % 10)
    path = _workbook(tmp_path / "t.xlsx", [
        [national_id(1), "นาง", "สมศรี", "มีสุข", "12/03/2520", "หญิง", "0812345678", "ขอนแก่น", "ว่างงาน", "ยินยอม"],
        [wrong, "นาย", "สมปอง", "ดีใจ", None, "ชาย", None, None, "มีงานทำ", "ยินยอม"],
        [national_id(3), "นาย", "สมบัติ", "รวย", None, "ชาย", None, None, "เกษียณ", "ยินยอม"],
    ])
    run = import_file(ctx, "trainees", path, commit=True)
    assert not run.report.committed
    assert sorted((f.row, f.column, f.code) for f in run.report.errors) == [
        (3, "idcard", "import_national_id_checksum"), (4, "employment", "import_choice_invalid")]
    with ctx.db.read() as session:
        assert list_trainees(session, ctx.actor) == []


def test_an_exported_register_imports_back_unchanged(ctx: AppContext, tmp_path: Path) -> None:
    path = _workbook(tmp_path / "t.xlsx", [
        [national_id(1), "นาง", "สมศรี", "มีสุข", "12/03/2520", "หญิง", "081-234-5678", "ขอนแก่น", "ว่างงาน",
         "ยินยอม"],
        [national_id(4), "นาย", "สมปอง", "ดีใจ", None, "ชาย", None, "ชลบุรี", "อาชีพอิสระ", "ไม่ยินยอม"],
    ])
    first = import_file(ctx, "trainees", path, commit=True)
    assert first.report.committed and first.report.imported == 2, first.report.findings
    with ctx.db.read() as session:
        rows = {r.first_name: r for r in list_trainees(session, ctx.actor)}
    assert rows["สมศรี"].birth_date == dt.date(1977, 3, 12) and rows["สมศรี"].phone == "0812345678"
    assert (rows["สมปอง"].employment, rows["สมปอง"].pdpa_consent, rows["สมศรี"].pdpa_consent) == (
        "self_employed", False, True)
    exported = run_export(ctx, "trainees", tmp_path / "out.xlsx")
    assert exported.rows == 2
    again = import_file(ctx, "trainees", tmp_path / "out.xlsx", commit=True)
    assert (again.report.errors, again.report.would_import, again.report.would_update, again.report.unchanged) == (
        [], 0, 0, 2)


def _column(path: Path, header: str) -> list[object]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True) if any(cell is not None for cell in r)]
    book.close()
    header_row = next(i for i, r in enumerate(rows) if header in r)
    at = rows[header_row].index(header)
    return [r[at] for r in rows[header_row + 1:]]


def test_a_passport_only_trainee_is_exported_and_imports_back_unchanged(ctx: AppContext, tmp_path: Path) -> None:
    from vocdesk.services.training.trainees import TraineeInput, save_trainee

    for data in (TraineeInput("John", "Smith", passport_no="ab 1234567", prefix="Mr.", sex="M", province="ภูเก็ต",
                              employment="employed", pdpa_consent=True),
                 TraineeInput("สมศรี", "มีสุข", national_id(1), passport_no="AA7654321", sex="F",
                              employment="unemployed"),
                 TraineeInput("Mya", "Win", passport_no="MD998877", birth_date=dt.date(1990, 5, 1), sex="F")):
        ctx.run(lambda uow, data=data: save_trainee(uow, data))  # type: ignore[misc]
    out = tmp_path / "out.xlsx"
    assert run_export(ctx, "trainees", out).rows == 3
    assert sorted(str(v) for v in _column(out, "เลขหนังสือเดินทาง")) == ["AA7654321", "AB1234567", "MD998877"]
    assert _column(out, "เลขประจำตัวประชาชน").count(None) == 2
    again = import_file(ctx, "trainees", out, commit=True)
    assert (again.report.errors, again.report.would_import, again.report.would_update, again.report.unchanged) == (
        [], 0, 0, 3)
    with ctx.db.read() as session:
        assert len(list_trainees(session, ctx.actor)) == 3


def test_passport_rows_update_their_trainee_insert_new_ones_and_refuse_a_taken_number(ctx: AppContext,
                                                                                    tmp_path: Path) -> None:
    from vocdesk.services.training.trainees import TraineeInput, save_trainee

    ctx.run(lambda uow: save_trainee(uow, TraineeInput("John", "Smith", passport_no="AB 1234567")))
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["เลขประจำตัวประชาชน", "เลขหนังสือเดินทาง", "ชื่อ", "นามสกุล", "จังหวัด"])
    sheet.append([None, "ab1234567", "John", "Smith", "ภูเก็ต"])
    sheet.append([None, "X 99 88 77", "Anna", "Berg", "กระบี่"])
    book.save(tmp_path / "p.xlsx")
    done = import_file(ctx, "trainees", tmp_path / "p.xlsx", commit=True)
    assert (done.report.errors, done.report.imported, done.report.updated) == ([], 1, 1)
    with ctx.db.read() as session:
        rows = {r.passport_no: (r.first_name, r.province, r.national_id) for r in list_trainees(session, ctx.actor)}
    assert rows == {"AB1234567": ("John", "ภูเก็ต", ""), "X998877": ("Anna", "กระบี่", "")}

    bad = Workbook()
    sheet = bad.active
    assert sheet is not None
    sheet.append(["เลขประจำตัวประชาชน", "เลขหนังสือเดินทาง", "ชื่อ", "นามสกุล"])
    sheet.append([national_id(5), "x998877", "Somchai", "Dee"])  # a Thai ID row claiming Anna's passport
    sheet.append([None, None, "No", "Number"])
    sheet.append([None, "P-12/3", "Bad", "Passport"])
    sheet.append([None, "NEW123", "Fine", "Row"])
    bad.save(tmp_path / "bad.xlsx")
    refused = import_file(ctx, "trainees", tmp_path / "bad.xlsx", commit=True)
    assert not refused.report.committed
    errors = sorted(refused.report.errors, key=lambda f: f.row)
    assert [(f.row, f.column, f.code) for f in errors] == [
        (2, "passportNo", "import_passport_in_use"), (3, "idcard", "import_required"),
        (4, "passportNo", "import_passport_invalid")]
    assert "Anna Berg" in str(errors[0].as_dict("th")["message"])
    assert "เลขประจำตัวประชาชน / เลขหนังสือเดินทาง" in str(errors[1].as_dict("th")["message"])
    with ctx.db.read() as session:
        assert len(list_trainees(session, ctx.actor)) == 2  # nothing written, not even the good row
