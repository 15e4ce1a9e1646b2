"""Assets page: the register list filters by search, place, category, grant and condition; the tabs show history."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.factories.ui import codes, register, settle
from ui.context import UiEnv
from ui.pages.equipment.assets_page import AssetsPage


def test_register_list_filters(qtbot: QtBot, env: UiEnv) -> None:
    made = register(env)
    page = AssetsPage(env)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.show()
        page.activate()
    settle(qtbot, page, 6)
    assert page.count_label.text() == "6 รายการ"
    qtbot.waitUntil(lambda: page.location.count() == 3, timeout=10_000)
    page.location.setCurrentIndex(page.location.findText("W-1 โรงฝึกงาน"))
    settle(qtbot, page, 2)
    assert codes(page) == sorted(made["lathes"])
    page.location.setCurrentIndex(0)
    page.condition.setCurrentIndex(page.condition.findData("damaged"))
    settle(qtbot, page, 1)
    assert codes(page) == [made["computers"][0]]
    assert page.model.data(page.model.index(0, 7)) == "ชำรุด"
    page.condition.setCurrentIndex(0)
    page.category.setCurrentIndex(page.category.findData(page.category.itemData(
        next(i for i in range(page.category.count()) if page.category.itemText(i).startswith("7440-001")))))
    settle(qtbot, page, 4)
    assert codes(page) == sorted(made["computers"])
    page.category.setCurrentIndex(0)
    page.search.setText("LT-2024")
    page.search.flush()
    settle(qtbot, page, 2)
    page.search.setText(made["computers"][2])
    page.search.flush()
    settle(qtbot, page, 1)
    assert codes(page) == [made["computers"][2]]


def test_detail_tabs_show_loans_repairs_and_book_values(qtbot: QtBot, env: UiEnv) -> None:
    made = register(env)
    page = AssetsPage(env)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(qtbot, page, 6)
    row = codes(page).index(made["lathes"][0])
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.detail.fields["code"].text() == made["lathes"][0], timeout=10_000)
    assert page.detail.fields["cost"].text() == "450,000.00"
    assert page.detail.fields["life"].text() == "10 ปี"
    assert page.detail.maintenance.rowCount() == 1
    assert page.detail.maintenance.item(0, 2).text() == "เปลี่ยนสายพาน"
    years = [page.detail.depreciation.item(r, 0).text() for r in range(page.detail.depreciation.rowCount())]
    assert years == ["2567", "2568", "2569", "2570"]  # bought in FY 2567, shown up to today's (24 Nov 2026)
    row = codes(page).index(made["computers"][1])
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.detail.fields["code"].text() == made["computers"][1], timeout=10_000)
    assert page.detail.loans.rowCount() == 1
    assert page.detail.loans.item(0, 3).text() == "ครูสมศรี"
    assert page.detail.loans.item(0, 4).text() == "พอใช้"


def test_check_out_and_back_in_from_the_page(qtbot: QtBot, env: UiEnv) -> None:
    from ui.pages.equipment.assets_dialogs import CheckInDialog, CheckOutDialog

    made = register(env)
    page = AssetsPage(env)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    env.runner.changed.connect(page.on_changes)
    settle(qtbot, page, 6)
    code = made["lathes"][1]
    page.table.selectRow(codes(page).index(code))
    qtbot.waitUntil(lambda: page.detail.fields["code"].text() == code, timeout=10_000)
    assert page.out_button.isEnabled() and not page.in_button.isEnabled()
    page.check_out()
    dialog = page.dialog
    assert isinstance(dialog, CheckOutDialog)
    dialog.save()  # no borrower: refused under the form, nothing written
    assert "ผู้ยืม" in dialog.error_label.text() and dialog.isVisible()
    dialog.holder.setText("ครูวิชัย")
    dialog.save()
    qtbot.waitUntil(lambda: page.detail.loans.rowCount() == 1 and page.in_button.isEnabled(), timeout=10_000)
    assert page.detail.fields["code"].text() == code  # the reload kept the item selected
    assert page.detail.loans.item(0, 2).text() == "ยังไม่คืน" and not page.out_button.isEnabled()
    page.check_in()
    back = page.dialog
    assert isinstance(back, CheckInDialog)
    back.condition.setCurrentIndex(back.condition.findData("damaged"))
    back.save()
    qtbot.waitUntil(lambda: page.detail.fields["condition"].text() == "ชำรุด", timeout=10_000)
    assert page.detail.loans.item(0, 4).text() == "ชำรุด" and page.out_button.isEnabled()
