"""Correct a recorded purchase: the purchase form filled with what is stored; kept asset lines keep their assets."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QWidget

from ui.context import UiEnv
from ui.i18n import tr
from ui.pages.equipment.grants_dialogs import PurchaseDialog
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.equipment.purchases import PurchaseInput


class EditPurchaseDialog(PurchaseDialog):
    """Saves through `edit_purchase` with the version it was loaded at (a concurrent change is refused)."""

    def __init__(self, env: UiEnv, purchase_id: int, stored: PurchaseInput, version: int, grant_label: str,
                 rooms: dict[str, int], parent: QWidget | None = None) -> None:
        super().__init__(env, stored.grant_id, grant_label, stored.purchase_date, rooms, parent)
        self.setWindowTitle(tr("Correct a purchase"))
        self.purchase_id, self.version = purchase_id, version
        self.vendor.setText(stored.vendor.name)
        self.tax_id.setText(stored.vendor.tax_id)
        self.order_no.setText(stored.order_no)
        self.invoice_no.setText(stored.invoice_no)
        if stored.lines:
            self.vat.setText(f"{stored.lines[0].vat_percent:g}")
            self.includes_vat.setChecked(stored.lines[0].price_includes_vat)
        if self.lines.rowCount() < len(stored.lines) + 2:
            for row in range(self.lines.rowCount(), len(stored.lines) + 2):
                self.lines.insertRow(row)
                self._kind_box(row)
        place_codes = {room_id: code for code, room_id in self.rooms.items()}
        self.line_ids: dict[int, int | None] = {}
        self.stored = {line.line_id: line for line in stored.lines}
        self.loaded_vat = (self.vat.text(), self.includes_vat.isChecked())
        for row, line in enumerate(stored.lines):
            self.set_line(row, line.kind.value, line.description, f"{line.quantity:g}", f"{line.unit_price / 100:.2f}",
                          line.category_code, place_codes.get(line.location_id or -1, ""))
            self.line_ids[row] = line.line_id

    def prepare(self) -> None:
        super().prepare()
        typed_rows = [row for row in range(self.lines.rowCount()) if self._cell(row, 1)]
        vat_untouched = (self.vat.text(), self.includes_vat.isChecked()) == self.loaded_vat
        lines = []
        for row, line in zip(typed_rows, self.data.lines, strict=True):
            line_id = self.line_ids.get(row)
            was = self.stored.get(line_id) if line_id is not None else None
            if was is not None and vat_untouched:  # the form has one VAT field: a stored line keeps its own
                line = dataclasses.replace(line, vat_percent=was.vat_percent,
                                           price_includes_vat=was.price_includes_vat)
            lines.append(dataclasses.replace(line, line_id=line_id))
        self.data = dataclasses.replace(self.data, lines=tuple(lines))

    def action(self, uow: UnitOfWork) -> object:
        from vocdesk.services.equipment.purchases import edit_purchase

        return edit_purchase(uow, self.purchase_id, self.version, self.data)
