"""Training screens: walk-in enrolment from the ID card (a registered ID takes that record), the keyboard
attendance grid, and screenshots in Thai at 1366×768 and 1100×650."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.factories.training_courses import course_with_run, enrolled
from tests.idcard_virtual.data import GOOD_CID
from tests.idcard_virtual.fixtures import InsertCard
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.pages.training.courses_page import CoursesPage
from ui.pages.training.trainees_page import TraineesPage
from vocdesk.persistence.models import Attendance, Enrolment, Trainee
from vocdesk.services.training.trainees import TraineeInput, save_trainee

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
SHOTS = os.environ.get("VOCDESK_SCREENSHOTS")


def _shoot(widget: QWidget, name: str) -> None:
    if not SHOTS:
        return
    for width, height in ((1366, 768), (1100, 650)):
        widget.resize(width, height)
        widget.show()
        QApplication.processEvents()
        widget.grab().save(str(Path(SHOTS) / f"{name}-{width}_th.png"))


def _open(qtbot: QtBot, page: TraineesPage | CoursesPage) -> None:
    qtbot.addWidget(page)
    page.env.runner.changed.connect(page.on_changes)  # as the main window broadcasts what changed
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.activate()


def _trainees(env: UiEnv) -> list[tuple[str | None, str]]:
    with env.context.db.read() as session:
        return [(n, f) for n, f in session.execute(select(Trainee.national_id, Trainee.first_name))]


def _read_card(qtbot: QtBot, env: UiEnv, page: TraineesPage) -> None:
    button = page.walk_in.card_button
    qtbot.waitUntil(button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(button.card_read, timeout=10_000):
        button.click()
    qtbot.waitUntil(lambda: env.runner.pending() == 0, timeout=10_000)


def test_a_walk_in_from_the_id_card_is_registered_and_enrolled(qtbot: QtBot, env: UiEnv,
                                                                insert_card: InsertCard) -> None:
    course_with_run(env.context)
    page = TraineesPage(env)
    _open(qtbot, page)
    insert_card()
    _read_card(qtbot, env, page)
    form = page.walk_in
    assert (form.national_id.digits(), form.prefix.currentText(), form.first_name.text(), form.last_name.text()) == (
        GOOD_CID, "นางสาว", "สมหญิง", "ใจดี")
    assert form.sex.currentData() == "F" and form.birth_date.date() is not None
    form.consent.setChecked(True)
    _shoot(page, "training-walk-in")
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        form.save_button.click()
    assert "WELD01/1" in visible(form.note.text())
    assert _trainees(env) == [(GOOD_CID, "สมหญิง")]
    with env.context.db.read() as session:
        assert session.scalars(select(Enrolment.state)).all() == ["enrolled"]


def test_a_card_already_registered_enrols_that_record_without_a_second_one(qtbot: QtBot, env: UiEnv,
                                                                            insert_card: InsertCard) -> None:
    course_with_run(env.context)
    env.context.run(lambda uow: save_trainee(uow, TraineeInput("สมหญิง", "ใจดี", GOOD_CID, phone="0891112222")))
    page = TraineesPage(env)
    _open(qtbot, page)
    insert_card()
    _read_card(qtbot, env, page)
    assert page.walk_in.phone.text() == "0891112222"  # the record's own data, not only the card's
    assert "ลงทะเบียนไว้แล้ว" in visible(page.walk_in.note.text())
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.walk_in.save_button.click()
    assert _trainees(env) == [(GOOD_CID, "สมหญิง")]
    with env.context.db.read() as session:
        assert session.scalars(select(Enrolment.state)).all() == ["enrolled"]


def test_space_in_the_attendance_grid_checks_a_trainee_in(qtbot: QtBot, env: UiEnv) -> None:
    key = course_with_run(env.context)
    people = enrolled(env.context, key, 3)
    page = CoursesPage(env)
    _open(qtbot, page)
    grid = page.run_view.grid
    qtbot.waitUntil(lambda: grid.rowCount() == 3 and grid.columnCount() == 4, timeout=10_000)
    page.run_view.setCurrentWidget(grid)
    grid.setFocus()
    grid.setCurrentCell(1, 0)
    QTest.keyClick(grid.viewport() if grid.viewport().hasFocus() else grid, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: env.runner.pending() == 0, timeout=10_000)
    with env.context.db.read() as session:
        assert session.execute(select(Attendance.trainee_id, Attendance.minutes)).all() == [(people[1], 180)]
    qtbot.waitUntil(lambda: grid.item(1, 2) is not None and grid.item(1, 2).text() == "3.0", timeout=10_000)
    _shoot(page, "training-courses")


def _pdf_text(path: Path) -> str:
    import subprocess

    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_fees_and_certificates_from_the_run_page(qtbot: QtBot, env: UiEnv, tmp_path: Path) -> None:
    from vocdesk.services.training.attendance import mark

    key = course_with_run(env.context)
    people = enrolled(env.context, key, 2)
    for day in (dt.date(2026, 12, 12), dt.date(2026, 12, 19)):
        env.context.run(lambda uow, day=day: mark(uow, key, day, people[:1]))  # type: ignore[misc]
    page = CoursesPage(env)
    _open(qtbot, page)
    view = page.run_view
    qtbot.waitUntil(lambda: view.trainees.rowCount() == 2, timeout=10_000)
    view.trainees.selectRow(0)
    view.pay_button.click()
    qtbot.waitUntil(lambda: view.payments.rowCount() == 1, timeout=10_000)
    assert view.payments.item(0, 0).text() == "2570/000001" and view.payments.item(0, 3).text() == "1,500.00"
    first, second = tmp_path / "r1.pdf", tmp_path / "r2.pdf"
    for path in (first, second):
        view.write_receipt(view.data.receipts[0].id, path)  # type: ignore[union-attr]
        qtbot.waitUntil(lambda path=path: path.exists() and env.runner.pending() == 0, timeout=20_000)
    assert "หนึ่งพันห้าร้อยบาทถ้วน" in _pdf_text(first) and "สำเนา" not in _pdf_text(first)
    assert "สำเนา" in _pdf_text(second)
    view.signer.setText("นายวิชัย ใจกล้า")
    view.signer_title.setText("ผู้อำนวยการวิทยาลัย")
    view.issue_button.click()
    qtbot.waitUntil(lambda: view.certs.rowCount() == 1, timeout=10_000)
    assert view.certs.item(0, 1).text() == "สมหญิง1 ใจดี"  # the one who attended both sessions
    view.setCurrentIndex(3)
    _shoot(page, "training-payments")
    view.setCurrentIndex(4)
    _shoot(page, "training-certificates")


def test_the_schedule_dialog_lists_clashes_and_writes_nothing(qtbot: QtBot, env: UiEnv) -> None:
    from tests.factories.training import book_once
    from ui.pages.training.course_dialogs import ScheduleDialog

    course_with_run(env.context)  # run 1 on Saturdays 12 and 19 Dec, 09:00–12:00 in W1
    assert book_once(env.context, "W1", dt.date(2027, 1, 16), "13:00-14:00", "ประชุมผู้ปกครอง").written
    dialog = ScheduleDialog(env, "WELD01")
    qtbot.addWidget(dialog)
    dialog.room.setText("W1")
    dialog.first.setDate(dt.date(2026, 12, 19))
    dialog.last.setDate(dt.date(2027, 1, 16))
    dialog.time.setText("11:00-14:00")
    dialog.save()
    qtbot.waitUntil(lambda: "19/12/2569" in dialog.note.text(), timeout=10_000)
    note = visible(dialog.note.text())
    assert "2 รายการ" in note and "16/01/2570 13:00–14:00 การจอง: ประชุมผู้ปกครอง" in note
    _shoot(dialog, "training-schedule-dialog")
    from vocdesk.services.training.run_listing import course_runs

    with env.context.db.read() as session:
        assert [r.key for r in course_runs(session, env.actor, "WELD01")] == ["WELD01/1"]
    dialog.first.setDate(dt.date(2027, 1, 23))
    dialog.last.setDate(dt.date(2027, 2, 6))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    with env.context.db.read() as session:
        runs = course_runs(session, env.actor, "WELD01")
    assert [(r.key, r.sessions) for r in runs] == [("WELD01/1", 2), ("WELD01/2", 3)]


def test_withdraw_void_and_cancel_from_the_run_page(qtbot: QtBot, env: UiEnv) -> None:
    from vocdesk.services.training.receipts import add_payment

    key = course_with_run(env.context, capacity=1)
    first, waiting = enrolled(env.context, key, 2)
    env.context.run(lambda uow: add_payment(uow, key, first, 150_000))
    page = CoursesPage(env)
    _open(qtbot, page)
    view = page.run_view
    qtbot.waitUntil(lambda: view.trainees.rowCount() == 2 and view.payments.rowCount() == 1, timeout=10_000)
    assert [view.trainees.item(r, 2).text() for r in range(2)] == ["ลงทะเบียน", "รอที่ว่าง"]
    view.trainees.selectRow(0)
    view.withdraw()
    qtbot.waitUntil(lambda: view.trainees.item(0, 2).text() == "ลงทะเบียน" and view.trainees.item(0, 0).text()
                    == "สมหญิง2 ใจดี", timeout=10_000)  # the waiting trainee took the seat
    view.payments.selectRow(0)
    view.void("ถอนตัวก่อนเริ่ม")
    qtbot.waitUntil(lambda: view.payments.item(0, 4).text() == "ยกเลิก", timeout=10_000)
    view.trainees.selectRow(0)
    view.waive("ผู้พิการ ยกเว้นตามระเบียบ")
    qtbot.waitUntil(lambda: view.payments.rowCount() == 2, timeout=10_000)
    assert [view.payments.item(1, c).text() for c in (0, 2, 3)] == ["ยกเว้นค่าธรรมเนียม", "สมหญิง2 ใจดี", "0.00"]
    view.sessions.selectRow(1)
    view.cancel_session("วิทยากรป่วย")
    qtbot.waitUntil(lambda: view.sessions.item(1, 3).text() == "ยกเลิก"
                    and view.sessions.item(1, 4).text() == "วิทยากรป่วย", timeout=10_000)
    assert view.data is not None and view.data.trainees[0].trainee_id == waiting and page.runs[0].sessions == 1


def test_the_course_dialog_asks_a_free_course_for_its_funding(qtbot: QtBot, env: UiEnv) -> None:
    from ui.pages.training.course_dialogs import CourseDialog
    from vocdesk.services.training.courses import list_courses

    dialog = CourseDialog(env)
    qtbot.addWidget(dialog)
    dialog.code.setText("sew01")
    dialog.name_th.setText("ตัดเย็บเสื้อผ้า")
    dialog.fee.setText("0")
    dialog.save()
    qtbot.waitUntil(lambda: "แหล่งงบประมาณ" in visible(dialog.note.text()), timeout=10_000)
    dialog.funding.setText("งบ อบจ.")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    with env.context.db.read() as session:
        [course] = list_courses(session, env.actor)
    assert (course.code, course.fee_satang, course.funding_source, course.hours) == ("SEW01", 0, "งบ อบจ.", 30)


def test_the_executive_sees_courses_and_sessions_but_no_trainees(qtbot: QtBot, env: UiEnv) -> None:
    from vocdesk.services.core.context import Actor

    key = course_with_run(env.context)
    enrolled(env.context, key, 2)
    env.context.actor = Actor("boss", "executive")
    page = CoursesPage(env)
    _open(qtbot, page)
    view = page.run_view
    qtbot.waitUntil(lambda: view.sessions.rowCount() == 2, timeout=10_000)  # no error dialog on the way
    assert view.trainees.rowCount() == 0 and view.grid.rowCount() == 0 and view.payments.rowCount() == 0
    assert not view.pay_button.isEnabled() and not page.add_button.isEnabled()


def test_a_date_is_added_and_a_session_moved_from_the_run_page(qtbot: QtBot, env: UiEnv) -> None:
    key = course_with_run(env.context)
    assert key == "WELD01/1"
    page = CoursesPage(env)
    _open(qtbot, page)
    view = page.run_view
    qtbot.waitUntil(lambda: view.sessions.rowCount() == 2, timeout=10_000)
    view.add_date(dt.date(2027, 1, 23))
    qtbot.waitUntil(lambda: view.sessions.rowCount() == 3, timeout=10_000)
    view.sessions.selectRow(0)
    view.move_selected(dt.date(2026, 12, 13), "ห้องไม่ว่าง")
    qtbot.waitUntil(lambda: view.sessions.rowCount() == 4, timeout=10_000)
    shown = [(view.sessions.item(r, 0).text(), view.sessions.item(r, 3).text()) for r in range(4)]
    assert shown == [("12/12/2569", "ย้าย"), ("13/12/2569", "ตามแผน"), ("19/12/2569", "ตามแผน"),
                     ("23/01/2570", "ตามแผน")]
