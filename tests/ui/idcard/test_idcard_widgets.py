"""The ID-card button against the virtual card through pcscd, and the accept-differences dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from tests.idcard_virtual.fixtures import InsertCard
from tests.ui.conftest import visible
from ui.tasks import TaskRunner
from ui.widgets.idcard_button import IdCardButton
from ui.widgets.idcard_diff import IdCardDiffDialog, diff_dialog
from vocdesk.io.idcard import Address, CardDate, IdCardData, PersonName

OFFSCREEN_LIMITS = "This plugin does not support"
CARD = IdCardData(
    national_id="1103700012346", name_th=PersonName("นางสาว", "สมหญิง", "", "ใจดี"),
    name_en=PersonName("Miss", "Somying", "", "Jaidee"), birth=CardDate(2005, 2, 15), sex="female",
    address=Address("99/1", "หมู่ที่ 4", "", "", "", "ตำบลบางพูด", "อำเภอปากเกร็ด", "จังหวัดนนทบุรี"),
    issuer="ท้องถิ่นเขตบางรัก/กรุงเทพมหานคร", issued=CardDate(2022, 3, 10), expires=CardDate(2031, 2, 14))


def make_button(qtbot: QtBot, runner: TaskRunner, **options: object) -> tuple[IdCardButton, bool]:
    button = IdCardButton(runner, None, **options)  # type: ignore[arg-type]
    qtbot.addWidget(button)
    with qtbot.waitSignal(button.availability_changed, timeout=5000) as ready:
        pass
    return button, bool(ready.args[0])


def test_enabled_with_a_reader_and_reads_the_card_on_click(qtbot: QtBot, runner: TaskRunner, thai: None,
                                                           insert_card: InsertCard) -> None:
    button, available = make_button(qtbot, runner)
    assert available and button.isEnabled()
    assert visible(button.text()) == "อ่านบัตรประชาชน"
    insert_card()
    with qtbot.waitSignal(button.card_read, timeout=10000) as read:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    card = read.args[0]
    assert (card.national_id, card.name_th.first, card.birth.date) == ("1103700012346", "สมหญิง", dt.date(2005, 2, 15))
    assert button.isEnabled()


def test_disabled_with_the_reason_when_the_reader_is_missing(qtbot: QtBot, runner: TaskRunner, thai: None,
                                                             pcsc_stack: str, idcard_messages: dict) -> None:
    button, available = make_button(qtbot, runner, reader="เครื่องอ่านที่ไม่มีอยู่")
    assert not available and not button.isEnabled()
    assert "ไม่พบเครื่องอ่านบัตรชื่อ เครื่องอ่านที่ไม่มีอยู่" in button.toolTip()


def test_a_refused_card_is_reported_and_the_button_stays_usable(qtbot: QtBot, runner: TaskRunner, thai: None,
                                                                insert_card: InsertCard) -> None:
    from tests.idcard_virtual.card import CardBehaviour

    button, _ = make_button(qtbot, runner)
    insert_card(behaviour=CardBehaviour(thai_applet=False))
    with qtbot.waitSignal(button.read_failed, timeout=10000) as failed:
        button.click()
    assert failed.args[0].code == "idcard_not_thai"
    assert button.isEnabled()


def test_polling_reads_a_card_inserted_while_visible(qtbot: QtBot, runner: TaskRunner, thai: None,
                                                     insert_card: InsertCard) -> None:
    button, _ = make_button(qtbot, runner, poll_ms=200)
    button.show()
    qtbot.wait(500)  # the first polls see an empty reader
    with qtbot.waitSignal(button.card_read, timeout=10000) as read:
        insert_card(wait=False)
    assert read.args[0].name_th.last == "ใจดี"


@pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)
def test_diff_dialog_returns_only_the_ticked_fields(qtbot: QtBot, thai: None) -> None:
    current: dict[str, object] = {"national_id": "1103700012346", "first_name_th": "สมหญีง",
                                  "last_name_th": "ใจดี", "birth_date": dt.date(2005, 2, 16), "gender": "female",
                                  "province": "นนทบุรี", "address": "99 หมู่ 4 บางพูด ปากเกร็ด นนทบุรี"}
    dialog = IdCardDiffDialog(current, CARD)
    qtbot.addWidget(dialog)
    assert set(dialog.checks) == {"first_name_th", "birth_date", "address"}
    texts = [visible(label.text()) for label in dialog.findChildren(QLabel)]
    assert "16/02/2548" in texts and "15/02/2548" in texts  # dates in พ.ศ. as the registrar reads them
    dialog.show()
    dialog.adjustSize()
    dialog.grab().save("/tmp/idcard_diff_th.png")
    dialog.checks["birth_date"].setChecked(False)
    dialog.checks["address"].setChecked(False)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.accepted_fields() == {"first_name_th": "สมหญิง"}


@pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)
def test_diff_dialog_function_cancel_gives_nothing(qtbot: QtBot, thai: None) -> None:
    def cancel() -> None:
        from PySide6.QtWidgets import QApplication

        for top in QApplication.topLevelWidgets():
            if isinstance(top, IdCardDiffDialog) and top.isVisible():
                top.reject()

    QTimer.singleShot(300, cancel)
    assert diff_dialog({"first_name_th": "อื่น"}, CARD) == {}
    assert diff_dialog({"first_name_th": "สมหญิง"}, CARD) == {}  # nothing differs: no dialog at all
