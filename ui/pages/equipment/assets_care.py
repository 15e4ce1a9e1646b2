"""An item's repair or service log entry, and its disposal (จำหน่าย) with the approving authority and reference."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QLineEdit, QWidget

from ui.context import UiEnv
from ui.i18n import pick, tr
from ui.pages.equipment.assets_detail import CONDITIONS
from ui.pages.equipment.grants_dialogs import ServiceDialog
from ui.widgets.buddhist_date_edit import BuddhistDateEdit
from vocdesk.errors import ValidationFailed
from vocdesk.services.core.context import UnitOfWork

KINDS = (("repair", "ซ่อม", "Repair"), ("service", "บำรุงรักษา", "Service"), ("inspection", "ตรวจสภาพ", "Inspection"))
METHODS = ("ขาย", "แลกเปลี่ยน", "โอน", "แปรสภาพหรือทำลาย")
"""The ways of disposal the government procurement rules name; the officer may type another."""


class RepairDialog(ServiceDialog):
    """Date, kind, what was done, cost in baht, by whom, and the condition afterwards (the register takes it)."""

    def __init__(self, env: UiEnv, code: str, name: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(env, tr("Repair or service"), parent)
        self.code = code
        self.done_on = BuddhistDateEdit(self)
        self.done_on.setDate(today)
        self.kind = QComboBox(self)
        for value, thai, english in KINDS:
            self.kind.addItem(pick(thai, english), value)
        self.description = QLineEdit(self)
        self.cost = QDoubleSpinBox(self)
        self.cost.setRange(0, 100_000_000)
        self.cost.setDecimals(2)
        self.cost.setGroupSeparatorShown(True)
        self.performed_by = QLineEdit(self)
        self.condition = QComboBox(self)
        self.condition.addItem(tr("unchanged"), "")
        for value, thai, english in CONDITIONS:
            self.condition.addItem(pick(thai, english), value)
        for caption, widget in ((tr("Item"), QLabel(f"{code} {name}", self)), (tr("Done on"), self.done_on),
                                (tr("Kind"), self.kind), (tr("What was done"), self.description),
                                (tr("Cost (baht)"), self.cost), (tr("Done by"), self.performed_by),
                                (tr("Condition afterwards"), self.condition)):
            self.form.addRow(caption, widget)
        self.setMinimumWidth(520)
        self.finish_layout()

    def prepare(self) -> None:
        self.day = self.done_on.date()
        if self.day is None:
            raise ValidationFailed("required", field=tr("done on"))

    def action(self, uow: UnitOfWork) -> object:
        from vocdesk.services.equipment.asset_activity import log_maintenance

        assert self.day is not None
        return log_maintenance(uow, self.code, self.day, str(self.kind.currentData()), self.description.text(),
                               round(self.cost.value() * 100), self.performed_by.text(),
                               str(self.condition.currentData()))


class DisposeDialog(ServiceDialog):
    """Takes the item off the register: date, reason, method, who approved it and the approval's reference."""

    def __init__(self, env: UiEnv, code: str, name: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(env, tr("Dispose of an item"), parent)
        self.code = code
        self.disposed_on = BuddhistDateEdit(self)
        self.disposed_on.setDate(today)
        self.reason = QLineEdit(self)
        self.method = QComboBox(self)
        self.method.setEditable(True)
        self.method.addItems(METHODS)
        self.approved_by = QLineEdit(self)
        self.approved_by.setPlaceholderText(tr("e.g. the director"))
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(tr("e.g. order no. 123/2569"))
        for caption, widget in ((tr("Item"), QLabel(f"{code} {name}", self)), (tr("Disposed on"), self.disposed_on),
                                (tr("Reason"), self.reason), (tr("Method"), self.method),
                                (tr("Approved by"), self.approved_by), (tr("Approval reference"), self.reference)):
            self.form.addRow(caption, widget)
        self.setMinimumWidth(520)
        self.finish_layout()

    def prepare(self) -> None:
        self.day = self.disposed_on.date()
        if self.day is None:
            raise ValidationFailed("required", field=tr("disposed on"))

    def action(self, uow: UnitOfWork) -> object:
        from vocdesk.services.equipment.asset_activity import dispose_asset

        assert self.day is not None
        dispose_asset(uow, self.code, self.day, self.reason.text(), self.method.currentText(),
                      self.approved_by.text(), self.reference.text())
        return None
