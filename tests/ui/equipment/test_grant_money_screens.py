"""Top-ups, transfers and deleting a purchase, once only on the command line, are done from the Grants page."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.factories.equipment import add_grant, add_programme
from tests.ui.equipment.test_grants_page import grant_with_purchase, shown
from ui.context import UiEnv
from ui.pages.equipment.grant_money import AdjustmentDialog, DeletePurchaseDialog
from ui.pages.equipment.grants_page import GrantsPage
from vocdesk.persistence.models import AuditEvent, GrantAdjustment, Purchase


def _audits(env: UiEnv) -> int:
    with env.context.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def _page(qtbot: QtBot, env: UiEnv) -> GrantsPage:
    page = GrantsPage(env)
    env.runner.changed.connect(page.on_changes)
    shown(qtbot, page)
    return page


def _balance(page: GrantsPage, row: int) -> str:
    return page.table.item(row, 3).text()


def test_a_top_up_raises_the_balance_and_is_audited(qtbot: QtBot, env: UiEnv) -> None:
    grant_with_purchase(env)
    page = _page(qtbot, env)
    before = _audits(env)
    assert page.topup_button.isEnabled() and page.topup_button.text() == "รับเงินเพิ่ม…"
    page.topup_button.click()
    dialog = page.dialog
    assert isinstance(dialog, AdjustmentDialog)
    dialog.amount.setText("50,000")
    dialog.reason.setText("ได้รับจัดสรรเพิ่ม")
    dialog.reference.setText("ศธ 0606/123")
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: _balance(page, 0) == "486,000.00", timeout=10_000)  # 436,000 + 50,000
    with env.context.db.read() as s:
        stored = s.execute(select(GrantAdjustment.kind, GrantAdjustment.amount_satang,
                                  GrantAdjustment.reference_no)).one()
    assert tuple(stored) == ("topup", 5_000_000, "ศธ 0606/123") and _audits(env) == before + 1


def test_a_transfer_moves_money_and_an_overdraft_is_refused(qtbot: QtBot, env: UiEnv) -> None:
    source = grant_with_purchase(env)
    target = add_grant(env.context, 150_000_000, add_programme(env.context, "20102", "ช่างกลโรงงาน"))
    page = _page(qtbot, env)
    page.table.selectRow([g.id for g in page.grants].index(source))
    before = _audits(env)
    page.transfer_button.click()
    dialog = page.dialog
    assert isinstance(dialog, AdjustmentDialog) and dialog.target.count() == 1
    dialog.amount.setText("500,000")  # more than the 436,000 left
    dialog.reason.setText("ปรับแผน")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: bool(dialog.error_label.text()), timeout=10_000)
    assert dialog.isVisible() and "436,000.00" in dialog.error_label.text() and _audits(env) == before
    dialog.amount.setText("36,000")
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        dialog.buttons.accepted.emit()
    rows = {g.id: row for row, g in enumerate(page.grants)}
    qtbot.waitUntil(lambda: _balance(page, rows[source]) == "400,000.00", timeout=10_000)
    assert _balance(page, rows[target]) == "1,536,000.00" and _audits(env) == before + 1


def test_deleting_a_purchase_returns_its_money(qtbot: QtBot, env: UiEnv) -> None:
    grant_with_purchase(env)
    page = _page(qtbot, env)
    qtbot.waitUntil(lambda: page.delete_button.isEnabled(), timeout=10_000)
    before = _audits(env)
    page.delete_button.click()
    dialog = page.dialog
    assert isinstance(dialog, DeletePurchaseDialog) and "764,000.00" in dialog.summary.text()
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: _balance(page, 0) == "1,200,000.00" and page.purchase_table.rowCount() == 0,
                    timeout=10_000)
    with env.context.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Purchase)) == 0
    assert _audits(env) == before + 1


def test_correcting_a_purchase_keeps_its_assets_and_changes_the_balance(qtbot: QtBot, env: UiEnv) -> None:
    from ui.pages.equipment.purchase_edit import EditPurchaseDialog
    from vocdesk.persistence.models import Asset

    grant_with_purchase(env)
    page = _page(qtbot, env)
    qtbot.waitUntil(lambda: page.edit_purchase_button.isEnabled(), timeout=10_000)
    with env.context.db.read() as s:
        assets = sorted(s.scalars(select(Asset.code)))
    before = _audits(env)
    page.edit_purchase_button.click()
    qtbot.waitUntil(lambda: isinstance(page.dialog, EditPurchaseDialog), timeout=10_000)
    dialog = page.dialog
    assert isinstance(dialog, EditPurchaseDialog) and dialog.order_no.text() == "PO-1"
    assert [dialog._cell(0, c) for c in range(1, 5)] == ["เครื่องวิเคราะห์แบตเตอรี่", "2", "350000.00", "3400-001"]
    dialog.set_line(1, "consumable", "ลวดเชื่อม", "20", "1500.00")  # twice the wire: +15,000 baht
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        dialog.buttons.accepted.emit()
    assert not dialog.isVisible(), dialog.error_label.text()
    # 436,000 − 15,000: the wire keeps its own 0 % VAT although the form shows the analysers' 7 %
    qtbot.waitUntil(lambda: _balance(page, 0) == "421,000.00", timeout=10_000)
    with env.context.db.read() as s:
        assert sorted(s.scalars(select(Asset.code))) == assets  # the two analysers keep their codes
    assert _audits(env) == before + 1
