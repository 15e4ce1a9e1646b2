"""Graduate outcomes: entry by hand, the Excel import matched to the register, re-imports, bad rows, the rates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from tests.integration.labour.builders import add_graduates, add_programme
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.services.core.context import AppContext
from vocdesk.services.kinds.exports import run_export
from vocdesk.services.kinds.imports import import_file
from vocdesk.services.labour.outcomes import OutcomeInput, save_outcome
from vocdesk.services.labour.survey import outcome_rates, survey_rows

HEADER = ["รหัสนักศึกษา", "ชื่อ-นามสกุล", "ปีที่สำเร็จการศึกษา", "รอบการสำรวจ (เดือน)", "สถานะ", "ตรงสาขา",
          "สถานประกอบการ", "อาชีพ", "เงินเดือน"]


def _sheet(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def cohort(ctx: AppContext) -> list[int]:
    """Five graduates of March 2567 (2024): student codes 66xxx0000 … 0004, names ทดสอบ คนที่0 … คนที่4."""
    return add_graduates(ctx, add_programme(ctx), 5, dt.date(2024, 3, 20))


def test_an_answer_typed_in_is_saved_once_and_checked(ctx: AppContext, cohort: list[int]) -> None:
    entry = OutcomeInput(cohort[0], 12, "employed_private", in_field=True, employer="บริษัท ยนต์ดี จำกัด",
                         occupation="7231", salary_band="10-15k", province="ราชบุรี")
    assert ctx.run(lambda uow: save_outcome(uow, entry))[0] is True
    assert ctx.run(lambda uow: save_outcome(uow, entry))[0] is False  # the same answer again changes nothing
    with ctx.db.read() as session:
        rows = survey_rows(session, ctx.actor, 2024, 12)
    assert [(r.student_code[-4:], r.status, r.employer) for r in rows][:2] == [
        ("0000", "employed_private", "บริษัท ยนต์ดี จำกัด"), ("0001", "", "")]
    with pytest.raises(ValidationFailed) as not_working:
        ctx.run(lambda uow: save_outcome(uow, OutcomeInput(cohort[1], 12, "ordained", in_field=True)))
    assert not_working.value.code == "labour_outcome_not_working"
    with pytest.raises(ValidationFailed) as bad_round:
        ctx.run(lambda uow: save_outcome(uow, OutcomeInput(cohort[1], 3, "unemployed")))
    assert bad_round.value.code == "labour_outcome_round"
    studying = add_graduates(ctx, add_programme(ctx, "20104", "ไฟฟ้ากำลัง"), 0, dt.date(2024, 3, 20))
    assert studying == []
    with pytest.raises(NotFound) as nobody:
        ctx.run(lambda uow: save_outcome(uow, OutcomeInput(999_999, 12, "unemployed")))
    assert nobody.value.code == "labour_outcome_not_graduate"


def test_an_excel_sheet_matches_by_code_or_name_and_reimports_unchanged(ctx: AppContext, cohort: list[int],
                                                                      tmp_path: Path) -> None:
    with ctx.db.read() as session:
        codes = [r.student_code for r in survey_rows(session, ctx.actor, 2024, 12)]
    path = _sheet(tmp_path / "survey.xlsx", [
        [codes[0], None, 2567, 12, "ทำงานภาคเอกชน", "ใช่", "บริษัท ยนต์ดี จำกัด", "7231", "10,000–15,000"],
        [None, "ทดสอบ คนที่1", 2567, "12 เดือน", "ประกอบอาชีพอิสระ", "ไม่ใช่", None, "ค้าขาย", None],
        [None, "นาย ทดสอบ คนทีั2", 2567, 12, "ศึกษาต่อ", None, None, None, None],     # a typo in the name
        [codes[3], None, 2567, 12, "อุปสมบท", None, None, None, None],
        [codes[4], None, 2567, 12, "ติดต่อไม่ได้", None, None, None, None],
        [codes[0], None, 2567, 6, "ว่างงาน", None, None, None, None],                  # the 6-month round
    ])
    run = import_file(ctx, "outcomes", path, commit=True)
    assert run.report.errors == []
    assert [(f.row, f.code) for f in run.report.warnings] == [
        (3, "labour_occupation_no_code"), (4, "labour_outcome_name_similar")]
    assert (run.report.imported, run.report.updated) == (6, 0)
    with ctx.db.read() as session:
        rows = {r.student_code: r for r in survey_rows(session, ctx.actor, 2024, 12)}
        rates = outcome_rates(session, ctx.actor, 2024, 12)
    assert rows[codes[2]].status == "further_study" and rows[codes[1]].occupation_title == "ค้าขาย"
    # 5 graduates, 4 respond (1 unreachable), 1 ordained leaves a base of 3; employed 2 (1 in field) → 66.7 %.
    college = rates[-1].figures
    assert (college.graduates, college.respondents, college.base, college.employed, college.in_field) == (
        5, 4, 3, 2, 1)
    assert (college.rate, college.in_field_rate, college.response_rate) == (66.7, 50.0, 80.0)
    again = import_file(ctx, "outcomes", path, commit=True)
    assert (again.report.imported, again.report.updated, again.report.unchanged) == (0, 0, 6)


def test_rows_that_match_nobody_or_contradict_themselves_stop_the_import(ctx: AppContext, cohort: list[int],
                                                                         tmp_path: Path) -> None:
    with ctx.db.read() as session:
        codes = [r.student_code for r in survey_rows(session, ctx.actor, 2024, 12)]
    path = _sheet(tmp_path / "bad.xlsx", [
        [codes[0], None, 2567, 12, "ทำงานภาคเอกชน", "ใช่", None, "7231", None],
        ["9999999", None, 2567, 12, "ว่างงาน", None, None, None, None],            # 3: not a graduate of 2567
        [codes[1], None, 2566, 12, "ว่างงาน", None, None, None, None],             # 4: graduated 2567, not 2566
        [None, "สมศักดิ์ ไม่มีชื่อ", 2567, 12, "ว่างงาน", None, None, None, None],   # 5: no such name
        [codes[2], None, 2567, 12, "อุปสมบท", "ใช่", None, None, None],              # 6: ordained but "in field"
        [codes[0], None, 2567, 12, "ว่างงาน", None, None, None, None],              # 7: row 2 again
        [codes[3], None, 2567, 9, "ว่างงาน", None, None, None, None],               # 8: no 9-month round
        [codes[4], None, 2567, 12, "ทำงานภาคเอกชน", None, None, "72311", None],     # 9: five digits: no ISCO-08 code
    ])
    run = import_file(ctx, "outcomes", path, commit=True)
    assert {(f.row, f.column, f.code) for f in run.report.errors} == {
        (3, "studentCode", "labour_outcome_no_graduate"), (4, "studentCode", "labour_outcome_no_graduate"),
        (5, "fullName", "labour_outcome_no_graduate"), (6, "status", "labour_outcome_not_working"),
        (7, "studentCode", "labour_outcome_repeated"), (8, "round", "import_choice_invalid"),
        (9, "occupation", "labour_occupation_not_in_scheme")}
    assert not run.report.committed
    with ctx.db.read() as session:
        assert all(r.status == "" for r in survey_rows(session, ctx.actor, 2024, 12))


def test_the_export_reimports_without_a_change(ctx: AppContext, cohort: list[int], tmp_path: Path) -> None:
    answers = [OutcomeInput(cohort[0], 12, "employed_private", in_field=True, employer="บริษัท ยนต์ดี จำกัด",
                            industry="45201", occupation="7231", occupation_title="ช่างซ่อมรถยนต์",
                            salary_band="15-20k", province="ราชบุรี", evidence="โทรศัพท์", verified_by="ครูแนะแนว",
                            surveyed_on=dt.date(2025, 3, 1)),
               OutcomeInput(cohort[1], 12, "self_employed", occupation_title="ค้าขาย"),
               OutcomeInput(cohort[2], 6, "military_service"),
               OutcomeInput(cohort[2], 12, "employed_government", occupation="3")]
    for entry in answers:
        ctx.run(lambda uow, entry=entry: save_outcome(uow, entry))
    out = tmp_path / "outcomes.xlsx"
    result = run_export(ctx, "outcomes", out)
    assert result.rows == 4
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("รหัสนักศึกษา", "ชื่อ-นามสกุล", "ปีที่สำเร็จการศึกษา", "รอบการสำรวจ (เดือน)", "สถานะ")
    assert rows[1][2:10] == (2567, 12, "ทำงานภาคเอกชน", "ใช่", "บริษัท ยนต์ดี จำกัด", "45201",
                             "7231 ช่างซ่อมรถยนต์", "15,001–20,000")
    again = import_file(ctx, "outcomes", out, commit=True)
    assert again.report.errors == []
    assert (again.report.imported, again.report.updated, again.report.unchanged) == (0, 0, 4)
