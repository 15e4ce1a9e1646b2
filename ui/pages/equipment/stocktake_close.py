"""Closing the year's count: what will become missing, what was found elsewhere, and whether the register follows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from ui.context import UiEnv
from ui.i18n import pick, tr
from ui.pages.equipment.grants_dialogs import ServiceDialog
from ui.widgets.buddhist_date_edit import BuddhistDateEdit
from vocdesk.errors import ValidationFailed
from vocdesk.services.core.context import UnitOfWork


class CloseStocktakeDialog(ServiceDialog):
    """Says how many items are still unseen (they become missing) and how many were found elsewhere."""

    def __init__(self, env: UiEnv, stocktake_id: int, title: str, unseen: int, elsewhere: int, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(env, tr("Close the stock-take"), parent)
        self.stocktake_id = stocktake_id
        self.summary = QLabel(pick(
            f"{title}: ยังไม่พบ {unseen:,} รายการ จะบันทึกเป็น \"ไม่พบ\" · พบต่างสถานที่ {elsewhere:,} รายการ",
            f"{title}: {unseen:,} items not yet seen will be recorded as missing · {elsewhere:,} found elsewhere"),
            self)
        self.summary.setWordWrap(True)
        self.closed_on = BuddhistDateEdit(self)
        self.closed_on.setDate(today)
        self.move_found = QCheckBox(tr("Move items found elsewhere to where they were found on the register"), self)
        self.move_found.setChecked(True)
        self.form.addRow(self.summary)
        self.form.addRow(tr("Closed on"), self.closed_on)
        self.form.addRow(self.move_found)
        self.setMinimumWidth(560)
        self.finish_layout()
        self.buttons.button(self.buttons.StandardButton.Save).setText(tr("Close the count"))

    def prepare(self) -> None:
        self.day = self.closed_on.date()
        if self.day is None:
            raise ValidationFailed("required", field=tr("closed on"))

    def action(self, uow: UnitOfWork) -> object:
        from vocdesk.services.equipment.stocktake import close_stocktake

        assert self.day is not None
        return close_stocktake(uow, self.stocktake_id, self.day, self.move_found.isChecked())
