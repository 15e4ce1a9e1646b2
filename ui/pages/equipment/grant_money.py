"""Money moves on the Grants page: a top-up, a transfer between grants, and deleting a purchase entered by mistake."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ui.context import UiEnv
from ui.i18n import pick, tr
from ui.pages.equipment.grants_dialogs import ServiceDialog
from ui.widgets.buddhist_date_edit import BuddhistDateEdit
from vocdesk.domain.grants import format_baht, parse_baht
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.errors import ValidationFailed
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.equipment.purchases import PurchaseRow


class AdjustmentDialog(ServiceDialog):
    """A top-up of the selected grant, or (with `targets`) a transfer of its unspent money to another grant."""

    def __init__(self, env: UiEnv, grant_id: int, grant_label: str, today: dt.date,
                 targets: list[tuple[int, str]] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(env, tr("Transfer between grants") if targets is not None else tr("Top up a grant"), parent)
        self.grant_id, self.transfer = grant_id, targets is not None
        self.target = QComboBox(self)
        for target_id, label in targets or []:
            self.target.addItem(label, target_id)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText("0.00")
        self.reason = QLineEdit(self)
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(tr("e.g. order no. 123/2569"))
        self.on = BuddhistDateEdit(self)
        self.on.setDate(today)
        rows: list[tuple[str, QWidget]] = [(tr("From grant") if self.transfer else tr("Grant"),
                                            QLabel(grant_label, self))]
        if self.transfer:
            rows.append((tr("To grant"), self.target))
        rows += [(tr("Amount (baht)"), self.amount), (tr("Reason"), self.reason),
                 (tr("Reference no."), self.reference), (tr("Date"), self.on)]
        for caption, widget in rows:
            self.form.addRow(caption, widget)
        self.setMinimumWidth(560)
        self.finish_layout()

    def prepare(self) -> None:
        self.satang = parse_baht(self.amount.text() or "0")
        self.day = self.on.date()
        if self.transfer and self.target.currentData() is None:
            raise ValidationFailed("required", field=tr("to grant"))

    def action(self, uow: UnitOfWork) -> object:
        from vocdesk.services.equipment.grants import record_topup, record_transfer

        if self.transfer:
            return record_transfer(uow, self.grant_id, int(self.target.currentData()), self.satang,
                                   self.reason.text(), self.reference.text(), self.day)
        return record_topup(uow, self.grant_id, self.satang, self.reason.text(), self.reference.text(), self.day)


class DeletePurchaseDialog(ServiceDialog):
    """Names the purchase and its total; deleting removes its lines and the assets nobody has used yet."""

    def __init__(self, env: UiEnv, purchase: PurchaseRow, parent: QWidget | None = None) -> None:
        super().__init__(env, tr("Delete a purchase"), parent)
        self.purchase = purchase
        self.summary = QLabel(pick(
            f"ลบการจัดซื้อ {purchase.order_no or '–'} วันที่ {format_be_short(purchase.purchase_date)} "
            f"จาก {purchase.vendor_name} รวม {format_baht(purchase.total)} บาท? เงินจะคืนสู่ยอดคงเหลือของเงินอุดหนุน",
            f"Delete purchase {purchase.order_no or '–'} of {format_be_short(purchase.purchase_date)} from "
            f"{purchase.vendor_name}, {format_baht(purchase.total)} baht? The money returns to the grant's balance."),
            self)
        self.summary.setWordWrap(True)
        self.form.addRow(self.summary)
        self.setMinimumWidth(520)
        self.finish_layout()
        self.buttons.button(self.buttons.StandardButton.Save).setText(tr("Delete"))

    def action(self, uow: UnitOfWork) -> object:
        from vocdesk.services.equipment.purchases import delete_purchase

        return delete_purchase(uow, self.purchase.id, self.purchase.version)
