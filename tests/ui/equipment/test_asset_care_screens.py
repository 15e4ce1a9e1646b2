"""Repairs, disposal and closing the stock-take, once only on the command line, are done from the pages."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.factories.ui import codes, register, settle
from tests.ui.conftest import visible
from tests.ui.equipment.test_stocktake_page import counted_rooms, opened, scan
from ui.context import UiEnv
from ui.pages.equipment.assets_care import DisposeDialog, RepairDialog
from ui.pages.equipment.assets_page import AssetsPage
from ui.pages.equipment.stocktake_close import CloseStocktakeDialog
from vocdesk.persistence.models import Asset, AssetMaintenance, AuditEvent, Stocktake, StocktakeEntry


def _audits(env: UiEnv) -> int:
    with env.context.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def _page_on(qtbot: QtBot, env: UiEnv, code: str) -> AssetsPage:
    page = AssetsPage(env)
    qtbot.addWidget(page)
    env.runner.changed.connect(page.on_changes)
    page.show()
    page.activate()
    settle(qtbot, page, 6)
    page.table.selectRow(codes(page).index(code))
    qtbot.waitUntil(lambda: page.detail.fields["code"].text() == code and page.repair_button.isEnabled(),
                    timeout=10_000)
    return page


def test_a_repair_is_logged_costed_and_sets_the_condition(qtbot: QtBot, env: UiEnv) -> None:
    made = register(env)
    code = made["computers"][0]  # the damaged one
    page = _page_on(qtbot, env, code)
    before, repairs = _audits(env), page.detail.maintenance.rowCount()
    assert visible(page.repair_button.text()) == "บันทึกการซ่อม…"
    qtbot.mouseClick(page.repair_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, RepairDialog)
    dialog.description.setText("เปลี่ยนเมนบอร์ด")
    dialog.cost.setValue(3250.50)
    dialog.performed_by.setText("ร้านคอมพ์ราชบุรี")
    dialog.condition.setCurrentIndex(dialog.condition.findData("good"))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: page.detail.maintenance.rowCount() == repairs + 1, timeout=10_000)
    with env.context.db.read() as s:
        entry = s.execute(select(AssetMaintenance.kind, AssetMaintenance.cost_satang, AssetMaintenance.performed_by)
                          .join(Asset, Asset.id == AssetMaintenance.asset_id).where(Asset.code == code)).one()
        condition = s.scalar(select(Asset.condition).where(Asset.code == code))
    assert tuple(entry) == ("repair", 325_050, "ร้านคอมพ์ราชบุรี") and condition == "good"
    assert _audits(env) == before + 1


def test_disposal_needs_its_approval_and_takes_the_item_off(qtbot: QtBot, env: UiEnv) -> None:
    made = register(env)
    code = made["lathes"][1]
    page = _page_on(qtbot, env, code)
    before = _audits(env)
    qtbot.mouseClick(page.dispose_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, DisposeDialog)
    dialog.reason.setText("ชำรุดเกินคุ้มค่าซ่อม")
    dialog.buttons.accepted.emit()  # no approving authority yet: refused, the dialog stays
    qtbot.waitUntil(lambda: bool(dialog.error_label.text()), timeout=10_000)
    assert dialog.isVisible() and _audits(env) == before
    dialog.approved_by.setText("ผู้อำนวยการวิทยาลัย")
    dialog.reference.setText("คำสั่งที่ 45/2569")
    dialog.disposed_on.setDate(dt.date(2026, 11, 20))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5 and code not in codes(page), timeout=10_000)  # off the list
    with env.context.db.read() as s:
        stored = s.execute(select(Asset.disposed_on, Asset.disposal_approved_by, Asset.disposal_reference)
                           .where(Asset.code == code)).one()
    assert tuple(stored) == (dt.date(2026, 11, 20), "ผู้อำนวยการวิทยาลัย", "คำสั่งที่ 45/2569")
    assert _audits(env) == before + 1


def test_closing_the_count_marks_the_unseen_missing_and_shows_the_report(qtbot: QtBot, env: UiEnv) -> None:
    pcs, tools = counted_rooms(env.context)
    page = opened(qtbot, env)
    scan(qtbot, page, pcs[0])
    scan(qtbot, page, tools[0])  # a drill found in the computer room
    before = _audits(env)
    assert page.close_button.isVisible() and visible(page.close_button.text()) == "ปิดการตรวจนับ…"
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.dialog, CloseStocktakeDialog), timeout=10_000)
    dialog = page.dialog
    assert isinstance(dialog, CloseStocktakeDialog)
    assert "ยังไม่พบ 3 รายการ" in dialog.summary.text() and "พบต่างสถานที่ 1 รายการ" in dialog.summary.text()
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not page.close_button.isVisible(), timeout=10_000)
    assert page.tabs.currentIndex() == 1 and visible(page.tabs.tabText(1)) == "รายงานความคลาดเคลื่อน (4)"
    listed = {page.discrepancies.item(r, 0).text(): page.discrepancies.item(r, 3).text()
              for r in range(page.discrepancies.rowCount())}
    assert listed == {pcs[1]: "ไม่พบ", pcs[2]: "ไม่พบ", tools[1]: "ไม่พบ", tools[0]: "LAB-1"}
    with env.context.db.read() as s:
        assert s.scalar(select(Stocktake.closed_on)) is not None
        assert s.scalar(select(func.count()).select_from(StocktakeEntry).where(StocktakeEntry.status == "missing")) == 3
        moved = s.scalar(select(Asset.location_id).where(Asset.code == tools[0]))
        lab = s.scalar(select(Asset.location_id).where(Asset.code == pcs[0]))
    assert moved == lab and _audits(env) == before + 1
