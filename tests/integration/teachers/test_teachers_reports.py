"""The teacher PDF reports and Excel exports on the demo college: what a reader checks is printed right."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.factories.kinds import need_poppler, page_texts
from vocdesk.cli import main
from vocdesk.demo import DemoOptions, fill_demo_college
from vocdesk.io.pdf import ReportOptions
from vocdesk.services.core.context import AppContext
from vocdesk.services.kinds.reports import ReportRequest, all_reports
from vocdesk.services.teachers.export import export_teacher_list
from vocdesk.services.teachers.listing import development_lines
from vocdesk.services.teachers.staffing import alerts, staffing_overview


@pytest.fixture
def demo(ctx: AppContext) -> AppContext:
    ctx.run(lambda uow: fill_demo_college(uow, DemoOptions(learners=400)))
    return ctx


def build(ctx: AppContext, name: str, out: Path, **params: str) -> list[str]:
    need_poppler()
    options = ReportOptions(ctx.paths.resources_dir, college_name="วิทยาลัยเทคนิคบ้านโป่งสาธิต", printed=ctx.today())
    all_reports().get(name).build(ReportRequest(ctx, dict(params)), out, options, lambda d, t: None, lambda: False)
    return [" ".join(page.split()) for page in page_texts(out)]


def test_staffing_report_prints_every_department_with_its_balance(demo: AppContext, tmp_path: Path) -> None:
    with demo.db.read() as session:
        result = staffing_overview(session, demo.actor)
    text = " ".join(build(demo, "staffing-need", tmp_path / "staffing.pdf"))
    assert "T = G × C ÷ L" in text and "L = 18" in text
    for line in result.lines:
        balance = f"+{line.balance}" if line.balance > 0 else ("0" if not line.balance else f"−{-line.balance}")
        assert f"{line.name_th} " in text
        assert f"{line.need_exact:.2f} {line.need} " in text and f"{line.actual} {balance}" in text
    college = result.college
    assert f"รวมทั้งวิทยาลัย {college.groups} " in text and f"{college.actual} −{-college.balance}" in text


def test_contracts_report_lists_each_alerted_teacher(demo: AppContext, tmp_path: Path) -> None:
    with demo.db.read() as session:
        found = alerts(session, demo.actor, demo.today(), 90)
    names = [a.teacher_name for a in found if a.kind in ("ending", "expired")]
    assert names, "the demo college has contracts ending soon"
    text = " ".join(build(demo, "contracts-ending", tmp_path / "contracts.pdf", window_days="90"))
    assert "ภายใน 90 วัน" in text
    for name in names:
        assert name in text


def test_development_report_counts_teachers_short_of_the_target(demo: AppContext, tmp_path: Path) -> None:
    with demo.db.read() as session:
        lines = development_lines(session, demo.actor, 2569)
    short = sum(1 for line in lines if not line.standing.met)
    assert 0 < short < len(lines), "the demo has teachers on both sides of 80 hours"
    text = " ".join(build(demo, "teacher-development", tmp_path / "dev.pdf", academic_year="2569"))
    assert f"ครูทั้งหมด {len(lines)} คน ยังไม่ครบ {short} คน" in text
    assert text.count("ยังไม่ครบ") >= short


def test_cli_lists_reports_and_exports_lists(demo: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                             ) -> None:
    assert main(["--home", str(demo.paths.data_dir.parent), "report", "--list"]) == 0
    listed = capsys.readouterr().out
    assert {"staffing-need", "contracts-ending", "teacher-development"} <= {
        line.split("\t")[0] for line in listed.splitlines()}
    out = tmp_path / "teachers.xlsx"
    rows = export_teacher_list(demo, "teachers", out)
    book = load_workbook(out, read_only=True)
    sheet = book.active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    book.close()
    assert values[0][:4] == ("เลขประจำตัวประชาชน", "คำนำหน้า", "ชื่อ", "นามสกุล")
    assert len(values) - 1 == rows > 0
    staffing = tmp_path / "staffing.xlsx"
    export_teacher_list(demo, "staffing", staffing)
    book = load_workbook(staffing, read_only=True)
    table = list(book.active.iter_rows(values_only=True))  # type: ignore[union-attr]
    book.close()
    assert table[-1][1] == "รวมทั้งวิทยาลัย"
