"""Check an item out (to a named person) or back in (with the condition seen) from the Assets page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ui.context import UiEnv
from ui.i18n import pick, tr
from ui.pages.equipment.assets_detail import CONDITIONS
from ui.pages.equipment.grants_dialogs import ServiceDialog
from ui.widgets.buddhist_date_edit import BuddhistDateEdit
from vocdesk.errors import ValidationFailed
from vocdesk.services.core.context import UnitOfWork


class CheckOutDialog(ServiceDialog):
    """Who borrows the item, from when, due back when; `check_out` refuses an item already out."""

    def __init__(self, env: UiEnv, code: str, name: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(env, tr("Check out"), parent)
        self.code = code
        self.holder = QLineEdit(self)
        self.out_on = BuddhistDateEdit(self)
        self.out_on.setDate(today)
        self.due_on = BuddhistDateEdit(self)
        self.due_on.setDate(today + dt.timedelta(days=7))
        self.note = QLineEdit(self)
        for caption, widget in ((tr("Item"), QLabel(f"{code} {name}", self)),
                                (tr("Borrower"), self.holder), (tr("Out on"), self.out_on),
                                (tr("Due back"), self.due_on), (tr("Note"), self.note)):
            self.form.addRow(caption, widget)
        self.finish_layout()

    def prepare(self) -> None:
        self.out, self.due = self.out_on.date(), self.due_on.date()
        if not self.holder.text().strip():
            raise ValidationFailed("required", field=tr("borrower"))
        if self.out is None:
            raise ValidationFailed("required", field=tr("out on"))

    def action(self, uow: UnitOfWork) -> object:
        from vocdesk.services.equipment.asset_activity import Holder, check_out

        assert self.out is not None
        return check_out(uow, self.code, Holder("person", name=self.holder.text().strip()), self.out, self.due,
                         self.note.text())


class CheckInDialog(ServiceDialog):
    """The return date and the condition seen; the register takes that condition."""

    def __init__(self, env: UiEnv, code: str, name: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(env, tr("Check in"), parent)
        self.code = code
        self.back_on = BuddhistDateEdit(self)
        self.back_on.setDate(today)
        self.condition = QComboBox(self)
        for value, thai, english in CONDITIONS:
            self.condition.addItem(pick(thai, english), value)
        for caption, widget in ((tr("Item"), QLabel(f"{code} {name}", self)),
                                (tr("Returned on"), self.back_on),
                                (tr("Condition on return"), self.condition)):
            self.form.addRow(caption, widget)
        self.finish_layout()

    def prepare(self) -> None:
        self.back = self.back_on.date()
        if self.back is None:
            raise ValidationFailed("required", field=tr("returned on"))

    def action(self, uow: UnitOfWork) -> object:
        from vocdesk.services.equipment.asset_activity import check_in

        assert self.back is not None
        check_in(uow, self.code, self.back, str(self.condition.currentData()))
        return None
