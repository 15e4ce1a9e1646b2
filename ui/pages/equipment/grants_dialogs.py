"""Dialogs of the Grants page: create a grant (with the policy-band confirmation) and record a purchase with lines."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ui.context import UiEnv
from ui.i18n import pick, tr
from ui.widgets.buddhist_date_edit import BuddhistDateEdit
from ui.widgets.form_dialog import FormDialog
from vocdesk.domain.academic import fiscal_year_bounds, fiscal_year_of
from vocdesk.domain.grants import LineKind, parse_baht
from vocdesk.errors import ValidationFailed, VocDeskError
from vocdesk.services.core.context import UnitOfWork

KINDS = ((LineKind.ASSET.value, "ครุภัณฑ์", "Asset"), (LineKind.CONSUMABLE.value, "วัสดุ", "Consumable"),
         (LineKind.SERVICE.value, "ค่าบริการ", "Service"))
LINE_COLUMNS = (("ประเภท", "Kind"), ("รายการ", "Description"), ("จำนวน", "Qty"), ("ราคาต่อหน่วย", "Unit price"),
                ("รหัสประเภทครุภัณฑ์", "Asset category"), ("สถานที่ตั้ง", "Room"))


class ServiceDialog(FormDialog):
    """Save runs `action` on the worker; an expected error is written under the form and nothing closes."""

    def __init__(self, env: UiEnv, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent, env=env, ok_text=tr("Save"), ok_button=QDialogButtonBox.StandardButton.Save)
        self.error_label = self.message
        self.layout_ = self.body

    def finish_layout(self) -> None:
        """Kept for the dialogs that add rows under the form: the message and buttons already close the layout."""

    def action(self, uow: UnitOfWork) -> object:
        raise NotImplementedError

    def prepare(self) -> None:
        """Read and check the widgets on the GUI thread; raise ValidationFailed for a bad field."""

    def check(self) -> str:
        self.prepare()
        return ""

    def proceed(self) -> None:
        self.run(self.action)

    def save(self) -> None:
        self.submit()

    def refuse(self, error: BaseException) -> None:
        if isinstance(error, VocDeskError):
            self.refused(error)
        else:
            super().refuse(error)

    def refused(self, error: VocDeskError) -> None:
        """An expected refusal: its text under the form (a dialog may add to it, e.g. a confirmation box)."""
        super().refuse(error)


class GrantDialog(ServiceDialog):
    """Programme, fiscal year พ.ศ., source, reference, amount, dates, purpose; outside the band asks to confirm."""

    def __init__(self, env: UiEnv, programmes: list[tuple[int, str]], today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(env, tr("New grant"), parent)
        self.programme = QComboBox(self)
        for programme_id, label in programmes:
            self.programme.addItem(label, programme_id)
        self.fiscal_year = QSpinBox(self)
        self.fiscal_year.setRange(2500, 2700)
        self.fiscal_year.setValue(fiscal_year_of(today))
        self.source = QLineEdit(tr("OVEC"), self)
        self.reference = QLineEdit(self)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText("2,000,000")
        self.start = BuddhistDateEdit(self)
        self.end = BuddhistDateEdit(self)
        self.purpose = QLineEdit(self)
        self.confirm = QCheckBox(tr("Confirm an amount outside the policy band"), self)
        self.confirm.setVisible(False)
        self.warning = ""
        self.fiscal_year.valueChanged.connect(self._year_dates)
        self._year_dates(self.fiscal_year.value())
        for caption, widget in ((tr("Programme"), self.programme),
                                (tr("Fiscal year (B.E.)"), self.fiscal_year),
                                (tr("Source"), self.source),
                                (tr("Reference"), self.reference),
                                (tr("Amount (baht)"), self.amount),
                                (tr("From"), self.start), (tr("To"), self.end),
                                (tr("Purpose"), self.purpose)):
            self.form.addRow(caption, widget)
        self.layout_.addWidget(self.confirm)
        self.finish_layout()

    def _year_dates(self, year_be: int) -> None:
        start, end = fiscal_year_bounds(year_be)
        self.start.setDate(start)
        self.end.setDate(end)

    def prepare(self) -> None:
        from vocdesk.services.equipment.grants import GrantInput

        start, end = self.start.date(), self.end.date()
        if start is None or end is None:
            raise ValidationFailed("required", field=tr("dates"))
        if self.programme.currentData() is None:
            raise ValidationFailed("required", field=tr("programme"))
        self.data = GrantInput(int(self.programme.currentData()), self.fiscal_year.value(),
                               self.source.text().strip(), parse_baht(self.amount.text(), "amount"), start, end,
                               self.reference.text().strip(), self.purpose.text().strip())
        self.confirmed = tuple(self.warning.split(",")) if self.warning and self.confirm.isChecked() else ()

    def action(self, uow: UnitOfWork) -> object:
        from vocdesk.services.equipment.grants import create_grant

        return create_grant(uow, self.data, self.confirmed)

    def refused(self, error: VocDeskError) -> None:
        super().refused(error)
        if error.code == "confirm_required":
            self.warning = str(error.params.get("warnings", ""))
            self.confirm.setVisible(True)


class PurchaseDialog(ServiceDialog):
    """Date, vendor and documents, and a table of lines; an overspend is refused with the shortfall named."""

    def __init__(self, env: UiEnv, grant_id: int, grant_label: str, today: dt.date, rooms: dict[str, int],
                 parent: QWidget | None = None) -> None:
        super().__init__(env, tr("Record a purchase"), parent)
        self.grant_id = grant_id
        self.rooms = {code.upper(): room_id for code, room_id in rooms.items()}
        self.date = BuddhistDateEdit(self)
        self.date.setDate(today)
        self.vendor = QLineEdit(self)
        self.tax_id = QLineEdit(self)
        self.tax_id.setPlaceholderText(tr("13 digits"))
        self.order_no = QLineEdit(self)
        self.invoice_no = QLineEdit(self)
        self.vat = QLineEdit("7", self)
        self.includes_vat = QCheckBox(tr("Prices include VAT"), self)
        for caption, widget in ((tr("Grant"), QLabel(grant_label, self)),
                                (tr("Date", "of a purchase"), self.date), (tr("Vendor"), self.vendor),
                                (tr("Tax ID"), self.tax_id),
                                (tr("Order no."), self.order_no),
                                (tr("Invoice no."), self.invoice_no),
                                (tr("VAT (%)"), self.vat), ("", self.includes_vat)):
            self.form.addRow(caption, widget)
        self.lines = QTableWidget(5, len(LINE_COLUMNS), self)
        self.lines.setHorizontalHeaderLabels([pick(th, en) for th, en in LINE_COLUMNS])
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.lines.setColumnWidth(1, 220)
        for row in range(self.lines.rowCount()):
            self._kind_box(row)
        self.layout_.addWidget(QLabel(tr("Lines (rows without a description are skipped)"), self))
        self.layout_.addWidget(self.lines, 1)
        self.finish_layout()
        self.resize(820, 560)

    def _kind_box(self, row: int) -> QComboBox:
        box = QComboBox(self.lines)
        for value, thai, english in KINDS:
            box.addItem(pick(thai, english), value)
        self.lines.setCellWidget(row, 0, box)
        return box

    def set_line(self, row: int, kind: str, description: str, quantity: str, unit_price: str,
                 category: str = "", room: str = "") -> None:
        """Fill one line of the table (what a user types; tests use it too)."""
        box = self.lines.cellWidget(row, 0)
        if isinstance(box, QComboBox):
            box.setCurrentIndex(max(0, box.findData(kind)))
        for column, text in enumerate((description, quantity, unit_price, category, room), start=1):
            self.lines.setItem(row, column, QTableWidgetItem(text))

    def _cell(self, row: int, column: int) -> str:
        item = self.lines.item(row, column)
        return item.text().strip() if item is not None else ""

    def prepare(self) -> None:
        from vocdesk.services.equipment.purchases import LineInput, PurchaseInput, VendorInput

        day = self.date.date()
        if day is None:
            raise ValidationFailed("required", field=tr("date"))
        try:
            vat = Decimal(self.vat.text().strip() or "0")
        except InvalidOperation:
            raise ValidationFailed("invalid", field=tr("VAT")) from None
        lines: list[LineInput] = []
        for row in range(self.lines.rowCount()):
            description = self._cell(row, 1)
            if not description:
                continue
            box = self.lines.cellWidget(row, 0)
            kind = LineKind(box.currentData() if isinstance(box, QComboBox) else "asset")
            field = tr("row {row}").format(row=row + 1)
            try:
                quantity = Decimal(self._cell(row, 2).replace(",", "") or "0")
            except InvalidOperation:
                raise ValidationFailed("invalid", field=field + " " + tr("quantity")) from None
            price = parse_baht(self._cell(row, 3), field + " " + tr("unit price"))
            lines.append(LineInput(kind, description, quantity, price, vat, self.includes_vat.isChecked(),
                                   category_code=self._cell(row, 4), location_id=self._room(row)))
        if not lines:
            raise ValidationFailed("required", field=tr("lines"))
        self.data = PurchaseInput(self.grant_id, day, VendorInput(self.vendor.text().strip(),
                                                                  self.tax_id.text().strip()),
                                  tuple(lines), self.order_no.text().strip(), self.invoice_no.text().strip())

    def _room(self, row: int) -> int | None:
        code = self._cell(row, 5).upper()
        if not code:
            return None
        if code not in self.rooms:
            raise ValidationFailed("invalid", field=tr("row {value} room {code} (no such room)",
                                                       "equipment grants dialogs")
                                                    .format(value=row + 1, code=code))
        return self.rooms[code]

    def action(self, uow: UnitOfWork) -> object:
        from vocdesk.services.equipment.purchases import record_purchase

        return record_purchase(uow, self.data)
