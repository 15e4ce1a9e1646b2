"""The community pages on the demo college: points, the job list with its next step, a learner's hours."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.pages import Page
from ui.pages.community.hours_page import HoursPage
from ui.pages.community.jobs_page import JobsPage
from ui.pages.community.points_page import PointsPage
from ui.pages.community.shifts_page import ShiftsPage
from vocdesk.persistence.models import Learner, RepairJob, RepairPart, ServiceMinutes, ServicePoint

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
SHOTS = os.environ.get("VOCDESK_SCREENSHOTS")


def shown(qtbot: QtBot, page: Page, name: str) -> None:
    qtbot.addWidget(page)
    page.env.runner.changed.connect(page.on_changes)  # as the main window wires every page
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.data_shown, timeout=20_000):
        page.activate()
    qtbot.waitUntil(lambda: page.env.runner.pending() == 0, timeout=20_000)


def shots(page: Page, name: str) -> None:
    if SHOTS:
        for width, height in ((1366, 768), (1100, 650)):
            page.resize(width, height)
            QApplication.processEvents()
            page.grab().save(os.path.join(SHOTS, f"{name}_{width}_th.png"))


def test_points_page_lists_the_demo_points_with_their_jobs(qtbot: QtBot, demo_env: UiEnv) -> None:
    page = PointsPage(demo_env)
    shown(qtbot, page, "points")
    codes = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]  # type: ignore[union-attr]
    assert codes == ["FIX", "HY1", "SK1"]
    assert page.table.item(1, 7).text() == "1,500"  # type: ignore[union-attr]
    assert "1,820" in visible(page.summary.text())
    shots(page, "fixit-points")


def test_the_selected_points_daily_report_goes_to_excel(qtbot: QtBot, demo_env: UiEnv, tmp_path: Path) -> None:
    page = PointsPage(demo_env)
    shown(qtbot, page, "points")
    assert not page.report_button.isEnabled()  # nothing selected yet
    page.table.selectRow(1)  # HY1, the five-day flood burst
    assert page.report_button.isEnabled() and visible(page.report_button.text()) == "รายงานรายวัน (Excel)…"
    asked: list[str] = []
    page.choose_path = lambda suggested: asked.append(suggested) or tmp_path / "hy1.xlsx"  # type: ignore[func-returns-value]
    page.report_button.click()
    qtbot.waitUntil(lambda: page.env.runner.pending() == 0 and (tmp_path / "hy1.xlsx").exists(), timeout=20_000)
    assert asked == ["รายงานรายวัน_HY1.xlsx"]
    book = load_workbook(tmp_path / "hy1.xlsx", read_only=True)
    days = [list(row) for row in book.worksheets[0].iter_rows(min_row=2, values_only=True)]
    book.close()
    assert [row[0].date() for row in days[:5]] == [dt.date(2025, 11, 29) + dt.timedelta(days=n) for n in range(5)]
    *days, total = days  # the sheet ends with its total line
    assert sum(sum(row[1:6]) for row in days) == 1_500  # the demo's 1,500 jobs, each received on one of the days
    assert total[0] == "รวม" and sum(total[1:6]) == 1_500


def test_the_job_list_moves_the_selected_job_on(qtbot: QtBot, demo_env: UiEnv) -> None:
    page = JobsPage(demo_env)
    shown(qtbot, page, "jobs")
    page.status.setCurrentIndex(page.status.findData("checking"))
    qtbot.waitUntil(lambda: page.rows and all(r.status == "checking" for r in page.rows), timeout=20_000)
    label = page.rows[0].label
    assert "xxxxx" in page.rows[0].owner_national_id or page.rows[0].owner_national_id == ""
    page.table.selectRow(0)
    page.step.setCurrentIndex(page.step.findData("returned"))
    page.outcome.setCurrentIndex(page.outcome.findData("Fixed"))
    page.save_button.click()
    qtbot.waitUntil(lambda: bool(page.rows) and label not in [r.label for r in page.rows], timeout=20_000)
    with demo_env.context.db.read() as session:
        point, year, number = label.split("-")
        status = session.scalar(select(RepairJob.status).join(ServicePoint).where(
            ServicePoint.code == point, RepairJob.fiscal_year == int(year), RepairJob.job_no == int(number)))
    assert status == "returned"
    page.status.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(page.rows) == 500, timeout=20_000)
    shots(page, "fixit-jobs")


def test_a_learners_hours_match_the_ledger(qtbot: QtBot, demo_env: UiEnv) -> None:
    with demo_env.context.db.read() as session:
        learner_id, minutes = session.execute(select(ServiceMinutes.learner_id, func.sum(ServiceMinutes.minutes))
                                              .where(ServiceMinutes.learner_id.is_not(None))
                                              .group_by(ServiceMinutes.learner_id).limit(1)).one()
        code = session.scalar(select(Learner.student_code).where(Learner.id == learner_id))
    page = HoursPage(demo_env)
    shown(qtbot, page, "hours")
    with demo_env.context.db.read() as session:
        programmes = session.scalar(select(func.count(func.distinct(Learner.programme_id))).join(
            ServiceMinutes, ServiceMinutes.learner_id == Learner.id))
    assert page.table.rowCount() == programmes and programmes
    shots(page, "fixit-hours-programmes")
    assert code is not None
    page.code.setFocus()
    QTest.keyClicks(page.code, code)
    with qtbot.waitSignal(page.data_shown, timeout=20_000):
        QTest.keyClick(page.code, Qt.Key.Key_Return)
    assert f"{minutes / 60:,.1f}" in visible(page.who.text()) and code in page.who.text()
    assert page.table.rowCount() >= 1 and page.print_button.isEnabled()
    shots(page, "fixit-hours")


def test_parts_and_minutes_go_on_the_selected_job(qtbot: QtBot, demo_env: UiEnv) -> None:
    with demo_env.context.db.read() as session:
        code = session.scalar(select(Learner.student_code).where(Learner.status == "studying").order_by(Learner.id))
    assert code is not None
    page = JobsPage(demo_env)
    shown(qtbot, page, "jobs")
    page.status.setCurrentIndex(page.status.findData("repairing"))
    qtbot.waitUntil(lambda: bool(page.rows) and all(r.status == "repairing" for r in page.rows), timeout=20_000)
    job = next(r for r in page.rows if r.parts_satang == 0)
    page.table.selectRow(page.rows.index(job))
    work = page.work
    work.part.setText("หัวเทียน")
    QTest.keyClicks(work.cost, "95.50")
    QTest.keyClick(work.cost, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "95.50" in visible(work.said.text()), timeout=20_000)
    QTest.keyClicks(work.cost, "60")
    work.part.setText("สายไฟ")
    QTest.keyClick(work.cost, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "150" in visible(work.said.text()) and "#c0392b" in work.said.styleSheet(),
                    timeout=20_000)  # 95.50 + 60 would pass the ฿150 allowance
    QTest.keyClicks(work.learner, code)
    QTest.keyClicks(work.minutes, "45")
    QTest.keyClick(work.minutes, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "45" in visible(work.said.text()) and "#1e6b3a" in work.said.styleSheet(),
                    timeout=20_000)
    with demo_env.context.db.read() as session:
        spent = session.scalar(select(func.sum(RepairPart.cost_satang)).where(RepairPart.job_id == job.id))
        minutes = session.scalars(select(ServiceMinutes.minutes).where(ServiceMinutes.job_id == job.id)
                                  .order_by(ServiceMinutes.id.desc())).first()
    assert (spent, minutes) == (9_550, 45)
    shots(page, "fixit-jobs-work")


def test_scanning_a_claim_slip_shows_the_status_without_the_owner(qtbot: QtBot, demo_env: UiEnv) -> None:
    page = JobsPage(demo_env)
    shown(qtbot, page, "jobs")
    job = next(r for r in page.rows if r.status == "returned")
    QTest.keyClicks(page.lookup.scan, f"VOCDESK-FIXIT:{job.label}")
    QTest.keyClick(page.lookup.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: job.label in page.lookup.answer.text(), timeout=20_000)
    answer = visible(page.lookup.answer.text())
    assert "ส่งคืนแล้ว" in answer and job.category_name in answer and job.owner_name not in answer
    assert page.lookup.scan.text() == ""


@pytest.mark.parametrize(("first_day", "start", "end", "came", "left", "minutes", "hours", "end_shown"), [
    (False, "22:00", "23:30", "22:10", "23:25", 75, "1.2", "23:30"),
    # a night shift on the point's first shift day (the next day is open too): its end is said to be the next day
    (True, "22:00", "01:30", "22:10", "00:40", 150, "2.5", "01:30 (วันถัดไป)"),
])
def test_a_learner_checks_in_and_out_of_a_new_shift(qtbot: QtBot, demo_env: UiEnv, first_day: bool, start: str,
                                                    end: str, came: str, left: str, minutes: int, hours: str,
                                                    end_shown: str) -> None:
    with demo_env.context.db.read() as session:
        code = session.scalar(select(Learner.student_code).where(Learner.status == "studying").order_by(Learner.id))
    assert code is not None
    page = ShiftsPage(demo_env)
    shown(qtbot, page, "shifts")
    page.point.setCurrentIndex(page.point.findData("SK1"))
    qtbot.waitUntil(lambda: len(page.rows) == 16, timeout=20_000)
    page.day.setDate(page.rows[0 if first_day else -1].day)
    QTest.keyClicks(page.start, start)
    QTest.keyClicks(page.end, end)
    page.add_button.click()
    qtbot.waitUntil(lambda: len(page.rows) == 17, timeout=20_000)
    new = next(n for n, r in enumerate(page.rows) if (f"{r.start:%H:%M}", f"{r.end:%H:%M}") == (start, end))
    assert visible(page.table.item(new, 2).text()) == end_shown  # type: ignore[union-attr]
    page.table.selectRow(new)
    for action, at in ((page.in_button, came), (page.out_button, left)):
        QTest.keyClicks(page.learner, code)
        page.at.setText(at)
        action.click()
        qtbot.waitUntil(lambda at=at: at in visible(page.said.text()), timeout=20_000)  # type: ignore[misc]
    qtbot.waitUntil(lambda: page.rows[new].served == 1 and page.rows[new].minutes == minutes, timeout=20_000)
    assert page.table.item(new, 5).text() == hours  # type: ignore[union-attr]
    if not first_day:
        shots(page, "volunteer-shifts")
