"""Facilities page: the places with their booking settings; editing, closures and holidays write what the CLI would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.factories.training import add_place
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.pages.training.facilities_dialogs import ClosureDialog, FacilityDialog
from ui.pages.training.facilities_page import FacilitiesPage
from ui.widgets.export_action import ExportAction
from vocdesk.persistence.models import AuditEvent, Closure, Facility, HolidayChange, Location
from vocdesk.services.kinds.imports import import_file


def audit_count(env: UiEnv) -> int:
    with env.context.db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def shown(qtbot: QtBot, env: UiEnv) -> FacilitiesPage:
    page = FacilitiesPage(env)
    qtbot.addWidget(page)
    env.runner.changed.connect(page.on_changes)  # as the main window wires every page
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.show()
        page.activate()
    return page


def column(page: FacilitiesPage, header: str) -> int:
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    return headers.index(header)


def test_the_list_shows_each_place_with_its_settings(qtbot: QtBot, env: UiEnv) -> None:
    add_place(env.context, "W1", seats=18, before=15, after=30, hours="sat-sun=08:00-16:00")
    add_place(env.context, "LAB2", kind="lab", seats=None)
    page = shown(qtbot, env)
    assert page.table.rowCount() == 2
    assert [page.table.item(r, 0).text() for r in range(2)] == ["LAB2", "W1"]
    assert page.table.item(1, column(page, "จำนวนที่นั่ง")).text() == "18"
    assert page.table.item(1, column(page, "กันเวลา (นาที)")).text() == "15/30"
    assert page.table.item(1, column(page, "เวลาที่จองได้")).text() == "sat-sun=08:00-16:00"
    assert page.table.item(0, column(page, "ประเภท")).text() == "ห้องปฏิบัติการ"
    assert page.table.item(0, column(page, "เวลาที่จองได้")).text() == "ทุกเวลา"
    assert "2 แห่ง" in visible(page.count_label.text())


def test_editing_a_facility_saves_kind_seats_and_hours_with_an_audit_record(qtbot: QtBot, env: UiEnv) -> None:
    add_place(env.context, "W1", seats=18)
    page = shown(qtbot, env)
    before = audit_count(env)
    page.table.selectRow(0)
    page.edit_facility()
    dialog = page.dialog
    assert isinstance(dialog, FacilityDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("hall"))
    dialog.seats.setValue(120)
    dialog.after.setValue(30)
    dialog.hours.setText("mon-fri=17:00-21:00")
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        dialog.save()
    assert page.table.item(0, column(page, "ประเภท")).text() == "ห้องประชุม"
    assert page.table.item(0, column(page, "จำนวนที่นั่ง")).text() == "120"
    with env.context.db.read() as session:
        saved = session.execute(select(Location.kind, Facility.seats, Facility.buffer_after_min,
                                       Facility.bookable_hours).join(Location)).one()
    assert tuple(saved) == (
        "hall", 120, 30, "mon-fri=17:00-21:00")
    assert audit_count(env) == before + 1


def test_bad_bookable_hours_are_refused_in_the_dialog_and_nothing_changes(qtbot: QtBot, env: UiEnv) -> None:
    add_place(env.context, "W1", hours="")
    page = shown(qtbot, env)
    page.table.selectRow(0)
    page.edit_facility()
    dialog = page.dialog
    assert isinstance(dialog, FacilityDialog)
    dialog.hours.setText("weekends 8-4")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error_label.text() != "", timeout=10_000)
    assert dialog.isVisible()
    with env.context.db.read() as session:
        assert session.scalars(select(Facility.bookable_hours)).one() == ""


def test_a_closure_added_and_removed_and_a_public_holiday_worked(qtbot: QtBot, env: UiEnv) -> None:
    page = shown(qtbot, env)
    page.add_closure()
    dialog = page.dialog
    assert isinstance(dialog, ClosureDialog)
    dialog.first.setDate(dt.date(2026, 12, 28))
    dialog.last.setDate(dt.date(2026, 12, 30))
    dialog.reason.setText("ปิดปรับปรุงอาคาร")
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        dialog.save()
    assert page.closure_table.rowCount() == 1
    assert page.closure_table.item(0, 0).text() == "28/12/2569"
    assert page.closure_table.item(0, 2).text() == "ปิดปรับปรุงอาคาร"
    page.closure_table.selectRow(0)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.remove_closure()
    assert page.closure_table.rowCount() == 0
    with env.context.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Closure)) == 0
    page.year.setValue(2569)
    qtbot.waitUntil(lambda: page.holiday_table.rowCount() > 10, timeout=10_000)
    days = [page.holiday_table.item(r, 0).text() for r in range(page.holiday_table.rowCount())]
    row = days.index("05/12/2569")  # วันพ่อแห่งชาติ, a Saturday in 2026
    assert page.holiday_table.item(row, 1).text() == "วันเสาร์"
    assert [page.holiday_table.horizontalHeaderItem(c).text() for c in range(2)] == ["วันที่", "วัน"]
    page.holiday_table.selectRow(row)
    assert visible(page.toggle_day_button.text()) == "เปิดทำการวันนี้"
    page.toggle_day()
    qtbot.waitUntil(lambda: page.holiday_table.item(row, 3).text() == "วิทยาลัยเปิดทำการ", timeout=10_000)
    with env.context.db.read() as session:
        assert session.execute(select(HolidayChange.day, HolidayChange.change)).all() == [
            (dt.date(2026, 12, 5), "remove")]


def test_export_to_excel_writes_the_set_up_facilities_and_the_file_reimports_unchanged(
        qtbot: QtBot, env: UiEnv, tmp_path: Path) -> None:
    add_place(env.context, "W1", seats=18, hours="sat=08:00-16:00")
    add_place(env.context, "LAB2", kind="lab")
    page = shown(qtbot, env)
    button = page.export_action  # type: ignore[attr-defined]
    assert isinstance(button, ExportAction)
    target = tmp_path / "facilities.xlsx"
    button.choose_path = lambda _suggested: target
    button.click()
    qtbot.waitUntil(lambda: button.last_result is not None and target.exists(), timeout=20_000)
    sheet = openpyxl.load_workbook(target).worksheets[0]
    assert [row[0] for row in sheet.iter_rows(values_only=True)] == ["รหัสสถานที่", "LAB2", "W1"]
    again = import_file(env.context, "facilities", target, commit=False).report
    assert (again.errors, again.would_import, again.would_update, again.unchanged) == ([], 0, 0, 2)
