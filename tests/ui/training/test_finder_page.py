"""Spare-room finder: free facilities first, the clashes of the others, holidays left out; booking from a result."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.factories.training import add_place, add_term_lessons
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.pages.training.book_dialog import BookDialog
from ui.pages.training.finder_page import FinderPage
from vocdesk.persistence.models import AuditEvent, Booking

SAT = dt.date(2026, 11, 28)


def audit_count(env: UiEnv) -> int:
    with env.context.db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def searched(qtbot: QtBot, env: UiEnv) -> FinderPage:
    """Saturdays 28 Nov – 12 Dec 2026, 09:00–12:00, 10 seats (5 Dec is วันพ่อแห่งชาติ)."""
    add_place(env.context, "W1", seats=20)
    add_place(env.context, "W2", seats=20)
    add_place(env.context, "SMALL", seats=6)
    add_term_lessons(env.context, "2/2569", dt.date(2026, 11, 2), dt.date(2027, 3, 12),
                     [("sat", "10:00-11:00", "W1", "งานเชื่อม")])
    page = FinderPage(env)
    qtbot.addWidget(page)
    env.runner.changed.connect(page.on_changes)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):  # the default need is searched on opening
        page.show()
        page.activate()
    page.first.setDate(SAT)
    page.last.setDate(dt.date(2026, 12, 12))
    for day, box in enumerate(page.day_boxes):
        box.setChecked(day == 5)
    page.start.setTime(QTime(9, 0))
    page.end.setTime(QTime(12, 0))
    page.seats.setValue(10)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.search()
    return page


def test_free_rooms_come_first_and_a_busy_one_names_its_lessons(qtbot: QtBot, env: UiEnv) -> None:
    page = searched(qtbot, env)
    summary = visible(page.summary.text())
    assert summary.startswith("2 ครั้ง")
    assert summary.endswith("ไม่นับ (วันหยุด วันปิดทำการ): 05/12/2569")
    assert "05/12/2569 วันคล้ายวันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระบรมชนกาธิเบศร" in page.summary.toolTip()
    assert [page.table.item(r, 0).text() for r in range(page.table.rowCount())] == ["W2", "W1"]  # SMALL: 6 seats
    seats = page.table.horizontalHeaderItem(3).text()
    assert seats == "จำนวนที่นั่ง"
    assert page.table.fontMetrics().horizontalAdvance(seats) < page.table.columnWidth(3)  # the header is not cut
    assert page.table.item(0, 4).text() == "ว่าง"
    assert page.table.item(1, 4).text() == "ชน 2 รายการ"
    page.table.selectRow(1)
    assert page.conflicts.rowCount() == 2
    assert [page.conflicts.item(0, c).text() for c in range(5)] == [
        "28/11/2569", "ส.", "10:00–11:00", "คาบเรียนตามตาราง", "งานเชื่อม ชส.1/1 ครูสมชาย"]
    headers = [page.conflicts.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers[:3] == ["วันที่", "วัน", "เวลา"]  # the date, then its weekday (not วันที่ twice)


def test_booking_a_free_result_writes_every_occurrence_and_the_search_then_shows_it(qtbot: QtBot,
                                                                                   env: UiEnv) -> None:
    page = searched(qtbot, env)
    before = audit_count(env)
    page.table.selectRow(0)
    page.book_selected()
    dialog = page.dialog
    assert isinstance(dialog, BookDialog)
    dialog.purpose.setText("อบรมช่างเชื่อม")
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        dialog.save()
    with env.context.db.read() as session:
        days = list(session.scalars(select(Booking.day).order_by(Booking.day)))
    assert days == [SAT, dt.date(2026, 12, 12)]
    assert audit_count(env) == before + 1
    assert [page.table.item(r, 4).text() for r in range(page.table.rowCount())] == ["ชน 2 รายการ"] * 2


def test_booking_a_busy_result_is_refused_with_its_clashes_and_writes_nothing(qtbot: QtBot, env: UiEnv) -> None:
    page = searched(qtbot, env)
    page.table.selectRow(1)
    page.book_selected()
    dialog = page.dialog
    assert isinstance(dialog, BookDialog)
    dialog.purpose.setText("ซ่อมรถ")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error_label.text() != "", timeout=10_000)
    text = visible(dialog.error_label.text())
    assert "ชนกับรายการอื่น 2 รายการ" in text and "12/12/2569 10:00–11:00 คาบเรียนตามตาราง" in text
    assert dialog.isVisible()
    with env.context.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Booking)) == 0
