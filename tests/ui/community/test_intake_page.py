"""Repair intake by keyboard only, one job after another, and the owner filled from the Thai ID card."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.idcard_virtual.data import GOOD_CID
from tests.idcard_virtual.fixtures import InsertCard
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.pages.community.intake_page import IntakePage
from vocdesk.persistence.models import AuditEvent, RepairJob
from vocdesk.services.community.points import PointInput, add_point

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
SHOTS = os.environ.get("VOCDESK_SCREENSHOTS")


def type_text(widget: QWidget, text: str) -> None:
    """Thai one character at a time (keyClicks with Thai aborts Qt 6.12), then Enter."""
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def open_page(qtbot: QtBot, env: UiEnv) -> IntakePage:
    env.context.run(lambda uow: add_point(uow, PointInput("FIX", "ศูนย์ซ่อมสร้างเพื่อชุมชน", "fixit_centre",
                                                          dt.date(2026, 1, 1))))
    page = IntakePage(env)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.activate()
    return page


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_two_jobs_typed_with_enter_only(qtbot: QtBot, env: UiEnv) -> None:
    page = open_page(qtbot, env)
    form = page.form
    form.texts["owner_name"].setFocus()
    for text in ("นายสมหมาย ขยันดี", "0812345678", "", "หมู่ 3 บ้านคลองแห", "รถจักร", "ฮอนด้า", "เวฟ", "7",
                 "น้ำท่วม สตาร์ทไม่ติด"):
        widget = focused()
        assert widget is not None
        type_text(widget, text)
    assert focused() is form.terms
    QTest.keyClick(form.terms, Qt.Key.Key_Space)
    QTest.keyClick(form.terms, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.recent.rowCount() == 1, timeout=10_000)
    assert focused() is form.texts["owner_name"] and form.texts["owner_name"].text() == ""
    assert "FIX-2570-0001" in visible(page.said.text())
    type_text(form.texts["owner_name"], "นางมาลี ศรีสุข")
    for text in ("", "", "", "พัดลม"):
        widget = focused()
        assert widget is not None
        type_text(widget, text)
    for _ in range(4):
        widget = focused()
        assert widget is not None
        QTest.keyClick(widget, Qt.Key.Key_Return)
    QTest.keyClick(form.terms, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.recent.rowCount() == 2, timeout=10_000)
    with env.context.db.read() as session:
        jobs = [(j.job_no, j.owner_name, j.category, j.brand, j.age_years, j.problem, j.terms_acknowledged)
                for j in session.scalars(select(RepairJob).order_by(RepairJob.job_no))]
    assert jobs == [(1, "นายสมหมาย ขยันดี", "motorcycle", "ฮอนด้า", 7, "น้ำท่วม สตาร์ทไม่ติด", True),
                    (2, "นางมาลี ศรีสุข", "ords:7", "", None, "", False)]
    assert [page.recent.item(r, 0).text() for r in range(2)] == ["FIX-2570-0002", "FIX-2570-0001"]  # type: ignore[union-attr]
    if SHOTS:
        for width, height in ((1366, 768), (1100, 650)):
            page.resize(width, height)
            QApplication.processEvents()
            page.grab().save(os.path.join(SHOTS, f"fixit-intake_{width}_th.png"))


def test_a_refused_job_comes_back_into_the_row(qtbot: QtBot, env: UiEnv) -> None:
    page = open_page(qtbot, env)
    page.day.setDate(dt.date(2025, 12, 31))  # before the centre opened
    page.form.texts["owner_name"].setText("นายมา")
    page.form.category.setCurrentIndex(page.form.category.findData("car"))
    page.save()
    qtbot.waitUntil(lambda: env.runner.pending() == 0 and page.form.texts["owner_name"].text() == "นายมา",
                    timeout=10_000)
    assert page.form.category.currentData() == "car"
    assert "ไม่เปิด" in visible(page.said.text())


def test_the_owners_id_card_fills_name_id_and_address(qtbot: QtBot, env: UiEnv, insert_card: InsertCard) -> None:
    page = open_page(qtbot, env)
    qtbot.waitUntil(lambda: page.card.button.isEnabled(), timeout=10_000)
    insert_card()
    with qtbot.waitSignal(page.card.button.card_read, timeout=10_000):
        page.card.button.click()
    qtbot.waitUntil(lambda: env.runner.pending() == 0, timeout=10_000)
    form = page.form
    assert form.texts["owner_name"].text() == "นางสาวสมหญิง ใจดี"
    assert form.national_id.digits() == GOOD_CID and form.national_id.state() == "valid"
    assert form.texts["owner_address"].text().startswith("99/1 หมู่ที่ 4")
    assert focused() is form.category
    with env.context.db.read() as session:
        audit = session.scalars(select(AuditEvent.changes_json).where(AuditEvent.action == "idcard.read")).all()
    assert len(audit) == 1 and GOOD_CID not in audit[0] and "fixit_intake" in audit[0]
    if SHOTS:
        page.resize(1100, 650)
        QApplication.processEvents()
        page.grab().save(os.path.join(SHOTS, "fixit-intake-card_1100_th.png"))
