"""Training reports as PDFs: income per course in a fiscal year (voids left out), trainees by sex and age band."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.factories.training_courses import course_with_run, enrolled
from vocdesk.io.pdf import ReportOptions
from vocdesk.services.core.context import Actor, AppContext
from vocdesk.services.kinds.reports import ReportRequest, all_reports
from vocdesk.services.training.receipts import add_payment, void_receipt

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def _text(ctx: AppContext, name: str, out: Path, **params: str) -> str:
    options = ReportOptions(resources_dir=ctx.paths.resources_dir, college_name="วิทยาลัยเทคนิคตัวอย่าง")
    all_reports().get(name).build(ReportRequest(ctx, params), out, options, lambda _d, _t: None, lambda: False)
    return subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True, text=True).stdout


def test_income_counts_valid_receipts_of_the_year_and_the_executive_may_print_it(ctx: AppContext,
                                                                                  tmp_path: Path) -> None:
    key = course_with_run(ctx)
    people = enrolled(ctx, key, 3)
    for person in people:
        ctx.run(lambda uow, p=person: add_payment(uow, key, p, 150_050))  # type: ignore[misc]
    ctx.run(lambda uow: void_receipt(uow, "2570/000002", "ชำระซ้ำ"))
    ctx.actor = Actor("boss", "executive")
    text = _text(ctx, "training-income", tmp_path / "income.pdf", fiscal_year="2570")
    assert "ปีงบประมาณ 2570" in text and "3,001.00" in text and "4,501.50" not in text
    assert "3,001.00" not in _text(ctx, "training-income", tmp_path / "other.pdf", fiscal_year="2569")


def test_trainees_by_sex_and_age(ctx: AppContext, tmp_path: Path) -> None:
    key = course_with_run(ctx)
    enrolled(ctx, key, 2)  # unemployed women without a birth date
    line = next(row for row in _text(ctx, "training-trainees", tmp_path / "t.pdf").splitlines() if "WELD01" in row)
    # all, men, women; five age bands (no birth date: none); employed, unemployed, self-employed, student
    assert line.split()[-12:] == ["2", "0", "2", "0", "0", "0", "0", "0", "0", "2", "0", "0"]


def test_the_public_catalogue_lists_runs_still_to_come_with_seats_left(ctx: AppContext, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from vocdesk.services.training.catalogue import write_catalogue_xlsx

    key = course_with_run(ctx, capacity=5)
    enrolled(ctx, key, 2)
    text = _text(ctx, "training-catalogue", tmp_path / "c.pdf")
    assert "WELD01/1" in text and "12/12/2569–19/12/2569" in text and "09:00–12:00" in text
    with ctx.db.read() as session:
        assert write_catalogue_xlsx(session, ctx.actor, ctx.today(), tmp_path / "c.xlsx") == 1
    sheet = load_workbook(tmp_path / "c.xlsx").active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "รหัส" and rows[1][4] == "WELD01/1" and rows[1][9] == "3"  # 5 seats, 2 taken
