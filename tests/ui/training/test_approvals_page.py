"""Approval queue: outside requests listed; approving or rejecting (with a reason) changes every open date."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.factories.training import add_place, book_once
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.pages.training.approvals_page import ApprovalsPage
from vocdesk.domain.training import parse_window
from vocdesk.persistence.models import AuditEvent, Booking
from vocdesk.services.core.context import Actor
from vocdesk.services.training.booking import BookingRequest, book

SAT = dt.date(2026, 11, 28)


def states(env: UiEnv) -> list[tuple[str, str, str]]:
    with env.context.db.read() as session:
        rows = session.execute(select(Booking.purpose, Booking.state, Booking.note).order_by(Booking.day))
        return [tuple(row) for row in rows]  # type: ignore[misc]


def audit_count(env: UiEnv) -> int:
    with env.context.db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def shown(qtbot: QtBot, env: UiEnv) -> ApprovalsPage:
    add_place(env.context, "W1")
    add_place(env.context, "HALL", kind="hall", seats=200, approver="administrator")
    series = BookingRequest("W1", SAT, dt.date(2026, 12, 12), (5,), parse_window("09:00-12:00"), "ซ่อมรถ", 12,
                            state="requested", requested_by="อบต.ท่าช้าง")
    env.context.run(lambda uow: book(uow, series))  # 5 Dec is a holiday: two dates
    book_once(env.context, "HALL", SAT, "13:00-16:00", "ทดสอบฝีมือ", 80, state="requested",
              requested_by="บริษัท สยามออโต้")
    book_once(env.context, "W1", SAT, "13:00-15:00", "อบรมของวิทยาลัยเอง")  # booked, not a request
    page = ApprovalsPage(env)
    qtbot.addWidget(page)
    env.runner.changed.connect(page.on_changes)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.show()
        page.activate()
    return page


def test_requests_are_listed_one_row_per_series(qtbot: QtBot, env: UiEnv) -> None:
    page = shown(qtbot, env)
    assert page.table.rowCount() == 2
    rows = {page.table.item(r, 0).text(): [page.table.item(r, c).text() for c in range(8)] for r in range(2)}
    assert rows["อบต.ท่าช้าง"][1:7] == ["ซ่อมรถ", "W1", "ส. 28/11/2569 – 12/12/2569", "2", "09:00–12:00", "12"]
    assert rows["บริษัท สยามออโต้"][7] == "ผู้ดูแลระบบ"
    assert visible(page.count_label.text()) == "คำขอรอพิจารณา 2 รายการ"


def test_approve_then_reject_with_a_reason(qtbot: QtBot, env: UiEnv) -> None:
    page = shown(qtbot, env)
    before = audit_count(env)
    page.table.selectRow([page.table.item(r, 0).text() for r in range(2)].index("อบต.ท่าช้าง"))
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.approve_button.click()
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == "บริษัท สยามออโต้"
    assert visible(page.status.text()) == "อนุมัติแล้ว: ซ่อมรถ (2)"
    assert not page.reject_button.isEnabled()  # no reason yet
    page.table.selectRow(0)
    page.reason.setText("ห้องประชุมปิดซ่อม")
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.reject_button.click()
    assert page.table.rowCount() == 0
    assert sorted(states(env)) == [("ซ่อมรถ", "approved", ""), ("ซ่อมรถ", "approved", ""),
                                   ("ทดสอบฝีมือ", "rejected", "ห้องประชุมปิดซ่อม"),
                                   ("อบรมของวิทยาลัยเอง", "booked", "")]
    assert audit_count(env) == before + 2


def test_training_staff_cannot_approve_a_facility_the_administrator_approves(qtbot: QtBot, env: UiEnv) -> None:
    env.context.actor = Actor("staff1", "training_staff")
    page = shown(qtbot, env)
    row = [page.table.item(r, 2).text() for r in range(2)].index("HALL")
    page.table.selectRow(row)
    page.approve_button.click()
    qtbot.waitUntil(lambda: page.status.text() != "", timeout=10_000)
    assert visible(page.status.text()) == "ผู้อนุมัติการจองสถานที่นี้คือ ผู้ดูแลระบบ"
    assert ("ทดสอบฝีมือ", "requested", "") in states(env)
