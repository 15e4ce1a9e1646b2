"""Grants page: shows the service's balance; an overspending purchase names the shortfall and saves nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.factories.equipment import VENDOR, add_programme
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.pages.equipment.grants_chart import SpendingBar
from ui.pages.equipment.grants_dialogs import PurchaseDialog
from ui.pages.equipment.grants_page import GrantsPage
from vocdesk.domain.grants import LineKind
from vocdesk.persistence.models import Purchase
from vocdesk.services.core.context import Actor
from vocdesk.services.equipment.grants import GrantInput, create_grant, grant_summary
from vocdesk.services.equipment.purchases import LineInput, PurchaseInput, record_purchase


def grant_with_purchase(env: UiEnv) -> int:
    """A 1,200,000-baht grant of FY 2570 with one purchase: 2 assets and welding wire."""
    ctx = env.context
    programme = add_programme(ctx)
    data = GrantInput(programme, 2570, "สอศ.", 120_000_000, dt.date(2026, 10, 1), dt.date(2027, 9, 30), "ขส-70/1")
    grant = ctx.run(lambda uow: create_grant(uow, data))[0].id
    lines = (LineInput(LineKind.ASSET, "เครื่องวิเคราะห์แบตเตอรี่", Decimal(2), 35_000_000, Decimal(7),
                       category_code="3400-001"),
             LineInput(LineKind.CONSUMABLE, "ลวดเชื่อม", Decimal(10), 150_000, Decimal(0)))
    ctx.run(lambda uow: record_purchase(uow, PurchaseInput(grant, dt.date(2026, 11, 2), VENDOR, lines, "PO-1")))
    return grant


def shown(qtbot: QtBot, page: GrantsPage) -> None:
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.show()
        page.activate()
    qtbot.waitUntil(lambda: page.purchase_table.rowCount() == 1, timeout=10_000)


def test_page_shows_the_balance_the_service_computes(qtbot: QtBot, env: UiEnv) -> None:
    grant_id = grant_with_purchase(env)
    page = GrantsPage(env)
    shown(qtbot, page)
    with env.context.db.read() as session:
        summary = grant_summary(session, env.context.actor, grant_id)
    assert summary.committed == 2 * 35_000_000 * 107 // 100 + 1_500_000  # 749,000 + 15,000 baht
    assert page.table.rowCount() == 1
    assert page.table.item(0, 3).text() == "436,000.00" == f"{summary.balance / 100:,.2f}"
    assert "คงเหลือ 436,000.00 บาท" in page.figures.text()
    assert round(page.bar.fraction(), 3) == round(764_000 / 1_200_000, 3)
    row_bar = page.table.cellWidget(0, 4)
    assert isinstance(row_bar, SpendingBar) and row_bar.caption == "64%"  # 764,000 of 1,200,000
    assert page.band_warning.isHidden()
    assert page.chart.bars[:3] == [("ครุภัณฑ์", 74_900_000), ("วัสดุ", 1_500_000), ("ค่าบริการ", 0)]
    qtbot.waitUntil(lambda: page.line_table.rowCount() == 2, timeout=10_000)
    assert page.line_table.item(0, 1).text() == "เครื่องวิเคราะห์แบตเตอรี่"


def test_overspending_purchase_shows_the_shortfall_and_writes_nothing(qtbot: QtBot, env: UiEnv) -> None:
    grant_id = grant_with_purchase(env)
    page = GrantsPage(env)
    shown(qtbot, page)
    page.record_purchase()
    qtbot.waitUntil(lambda: isinstance(page.dialog, PurchaseDialog), timeout=10_000)
    dialog = page.dialog
    assert isinstance(dialog, PurchaseDialog)
    dialog.vendor.setText(VENDOR.name)
    dialog.tax_id.setText(VENDOR.tax_id)
    dialog.order_no.setText("PO-2")
    dialog.set_line(0, "asset", "เครื่องกลึง CNC", "1", "400,000", "3400-001")
    dialog.set_line(1, "service", "ค่าติดตั้ง", "1", "50,000")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error_label.text() != "", timeout=10_000)
    message = visible(dialog.error_label.text())
    # 400,000 × 1.07 + 50,000 × 1.07 = 481,500 needed against 436,000 left
    assert "คงเหลือ 436,000.00 บาท" in message and "ต้องการ 481,500.00 บาท" in message
    assert "ขาดอีก 45,500.00 บาท" in message
    assert dialog.isVisible()
    with env.context.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Purchase)) == 1
        assert grant_summary(session, env.context.actor, grant_id).balance == 43_600_000


def test_a_purchase_that_fits_is_saved_and_the_balance_moves(qtbot: QtBot, env: UiEnv) -> None:
    grant_with_purchase(env)
    page = GrantsPage(env)
    shown(qtbot, page)
    page.record_purchase()
    qtbot.waitUntil(lambda: isinstance(page.dialog, PurchaseDialog), timeout=10_000)
    dialog = page.dialog
    assert isinstance(dialog, PurchaseDialog)
    dialog.vendor.setText(VENDOR.name)
    dialog.tax_id.setText(VENDOR.tax_id)
    dialog.set_line(0, "consumable", "น้ำมันหล่อลื่น", "4", "2,500")
    env.runner.changed.connect(lambda _changes: page.on_changes(_changes))
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        dialog.save()
    qtbot.waitUntil(lambda: page.table.item(0, 3).text() == "425,300.00", timeout=10_000)  # 436,000 − 10,700
    assert not dialog.isVisible()


def test_roles_without_equipment_view_do_not_get_the_page() -> None:
    """What `pages_for` decides from: the page's permission, and the roles that hold it."""
    from ui.pages.equipment.grants_page import PAGE as GRANTS
    from vocdesk.services.core.permissions import allowed

    assert GRANTS.permission == "equipment.view"
    assert not allowed(Actor("reg", "registrar"), "equipment.view")
    assert allowed(Actor("eq", "equipment_officer"), "equipment.view")


def test_new_grant_outside_the_band_asks_for_confirmation_then_saves(qtbot: QtBot, env: UiEnv) -> None:
    from ui.pages.equipment.grants_dialogs import GrantDialog

    grant_with_purchase(env)
    page = GrantsPage(env)
    shown(qtbot, page)
    page.add_grant()
    qtbot.waitUntil(lambda: isinstance(page.dialog, GrantDialog), timeout=10_000)
    dialog = page.dialog
    assert isinstance(dialog, GrantDialog)
    assert dialog.fiscal_year.value() == 2570 and dialog.start.date() == dt.date(2026, 10, 1)
    dialog.amount.setText("500,000")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error_label.text() != "", timeout=10_000)
    assert "อยู่นอกกรอบนโยบาย" in visible(dialog.error_label.text()) and not dialog.confirm.isHidden()
    assert page.table.rowCount() == 1
    dialog.confirm.setChecked(True)
    env.runner.changed.connect(page.on_changes)
    dialog.save()
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=10_000)
    assert not dialog.isVisible()
    assert "500,000.00" in [page.table.item(r, 2).text() for r in range(2)]
