"""Input widgets as a registrar uses them: typed พ.ศ. dates, Thai digits, national IDs, debounced search."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.buddhist_date_edit import BuddhistDateEdit
from ui.widgets.national_id_edit import NationalIdEdit
from ui.widgets.search_bar import SearchBar


def type_thai(widget: QWidget, text: str) -> None:
    """keyClicks() with Thai text aborts Qt 6.12: send characters one by one."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def date_edit(qtbot: QtBot) -> BuddhistDateEdit:
    edit = BuddhistDateEdit()
    qtbot.addWidget(edit)
    return edit


def test_typed_buddhist_date_is_stored_in_ce_and_never_shifted_twice(qtbot: QtBot, thai: None) -> None:
    edit = date_edit(qtbot)
    with qtbot.waitSignal(edit.dateChanged) as changed:
        qtbot.keyClicks(edit.edit, "31/01/2563")
        qtbot.keyClick(edit.edit, Qt.Key.Key_Return)
    assert changed.args == [dt.date(2020, 1, 31)]
    assert edit.edit.text() == "31/01/2563"
    for _ in range(3):  # leaving and re-entering the field re-reads the text: it must stay 2563, not 3106
        edit.commit_text()
    assert edit.date() == dt.date(2020, 1, 31) and edit.edit.text() == "31/01/2563"
    edit.setDate(dt.date(2024, 2, 29))
    assert edit.edit.text() == "29/02/2567"
    edit.commit_text()
    assert edit.date() == dt.date(2024, 2, 29)


def test_thai_digits_and_month_names_are_accepted(qtbot: QtBot, thai: None) -> None:
    edit = date_edit(qtbot)
    type_thai(edit.edit, "๓๑/๐๑/๒๕๖๓")
    edit.commit_text()
    assert edit.date() == dt.date(2020, 1, 31) and edit.edit.text() == "31/01/2563"
    edit.edit.clear()
    type_thai(edit.edit, "5 ธ.ค. 2566")
    edit.commit_text()
    assert edit.date() == dt.date(2023, 12, 5)


def test_an_impossible_date_is_flagged_and_keeps_the_last_good_value(qtbot: QtBot, thai: None) -> None:
    edit = date_edit(qtbot)
    edit.setDate(dt.date(2020, 1, 31))
    edit.edit.setText("31/02/2563")
    edit.commit_text()
    assert not edit.is_valid() and edit.date() == dt.date(2020, 1, 31)
    assert "31/01/2563" in edit.edit.toolTip()  # the hint shows the expected form
    edit.edit.setText("")
    edit.commit_text()
    assert edit.is_valid() and edit.date() is None


def test_popup_shows_the_buddhist_year_and_agrees_with_the_field(qtbot: QtBot, thai: None) -> None:
    edit = date_edit(qtbot)
    edit.setDate(dt.date(2020, 1, 31))
    edit.open_popup()
    popup = edit.popup
    assert popup.isVisible()
    assert popup.shown_year_be() == 2563 and popup.year_be.text() == "พ.ศ. 2563"
    assert popup.month.currentText() == "มกราคม"
    assert popup.calendar.selectedDate() == QDate(2020, 1, 31)
    assert popup.calendar.selectedDate().dayOfWeek() == 5  # 31 Jan 2020 was a Friday (วันศุกร์)
    popup.year_be.setValue(2564)  # the user moves one year on in the popup
    assert (popup.calendar.yearShown(), popup.calendar.monthShown()) == (2021, 1)
    with qtbot.waitSignal(edit.dateChanged) as changed:
        popup.calendar.clicked.emit(QDate(2021, 1, 15))
    assert changed.args == [dt.date(2021, 1, 15)]
    assert edit.edit.text() == "15/01/2564" and not popup.isVisible()
    edit.open_popup()  # reopening shows the field's date, not a shifted one
    assert popup.shown_year_be() == 2564 and popup.calendar.selectedDate() == QDate(2021, 1, 15)
    popup.hide()


def national_id(qtbot: QtBot) -> NationalIdEdit:
    edit = NationalIdEdit()
    qtbot.addWidget(edit)
    return edit


def test_national_id_is_grouped_while_typing(qtbot: QtBot, thai: None) -> None:
    edit = national_id(qtbot)
    qtbot.keyClicks(edit.edit, "11037")
    assert edit.edit.text() == "1-1037"
    assert edit.state() == "incomplete" and edit.state_label.text() == "5/13 หลัก"
    qtbot.keyClicks(edit.edit, "00012346")
    assert edit.edit.text() == "1-1037-00012-34-6"
    assert edit.digits() == "1103700012346"
    assert edit.state() == "valid" and edit.is_acceptable()
    assert "ถูกต้อง" in edit.state_label.text() and edit.override_button.isHidden()


def test_national_id_accepts_thai_digits(qtbot: QtBot, thai: None) -> None:
    edit = national_id(qtbot)
    type_thai(edit.edit, "๑๑๐๓๗๐๐๐๑๒๓๔๖")
    assert edit.edit.text() == "1-1037-00012-34-6" and edit.state() == "valid"


def test_failed_checksum_is_a_warning_the_user_may_override_with_a_reason(qtbot: QtBot, thai: None) -> None:
    edit = national_id(qtbot)
    qtbot.keyClicks(edit.edit, "1103700012345")
    assert edit.state() == "checksum_failed" and not edit.is_acceptable()
    assert "ไม่ถูกต้อง" in edit.state_label.text() and not edit.override_button.isHidden()
    edit.ask_reason = lambda: "   "  # an empty reason is not an override
    qtbot.mouseClick(edit.override_button, Qt.MouseButton.LeftButton)
    assert edit.state() == "checksum_failed"
    edit.ask_reason = lambda: "เลขประจำตัวผู้เรียนต่างชาติ"
    qtbot.mouseClick(edit.override_button, Qt.MouseButton.LeftButton)
    assert edit.state() == "overridden" and edit.is_acceptable()
    assert edit.override_reason() == "เลขประจำตัวผู้เรียนต่างชาติ"
    qtbot.keyClick(edit.edit, Qt.Key.Key_Backspace)  # editing the number drops the override
    assert edit.state() == "incomplete" and edit.override_reason() == ""


def test_editing_in_the_middle_keeps_the_cursor_on_the_same_digit(qtbot: QtBot, thai: None) -> None:
    edit = national_id(qtbot)
    edit.set_digits("110370001234")
    edit.edit.setCursorPosition(2)  # after "1-"
    qtbot.keyClicks(edit.edit, "9")
    assert edit.edit.text() == "1-9103-70001-23-4"
    assert edit.edit.cursorPosition() == 3


def test_search_bar_waits_for_a_pause(qtbot: QtBot) -> None:
    bar = SearchBar(delay_ms=100)
    qtbot.addWidget(bar)
    seen: list[str] = []
    bar.search_changed.connect(seen.append)
    qtbot.keyClicks(bar, "6620")
    assert seen == [] and bar.pending()
    qtbot.waitUntil(lambda: seen == ["6620"], timeout=2000)
    type_thai(bar, "ก")
    qtbot.keyClick(bar, Qt.Key.Key_Return)  # Enter searches at once
    assert seen == ["6620", "6620ก"]
    qtbot.wait(200)
    assert seen == ["6620", "6620ก"]  # the timer does not repeat the same search
