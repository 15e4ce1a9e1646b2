"""Allowance ledger (เบี้ยเลี้ยง): a placement's months against the contract, late ones in red; record a payment."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import tr
from ui.pages import Page, page_of
from ui.widgets.buddhist_date_edit import BuddhistDateEdit
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.domain.dual.allowances import baht_to_satang
from vocdesk.domain.grants import format_baht
from vocdesk.domain.thai_dates import BE_OFFSET, MONTHS_TH_ABBR, format_be_short
from vocdesk.errors import VocDeskError
from vocdesk.services.core.context import Changes
from vocdesk.services.core.permissions import allowed
from vocdesk.services.dual import ALLOWANCES, PLACEMENTS
from vocdesk.services.dual.allowance_ledger import LedgerRow, allowance_ledger
from vocdesk.services.dual.allowances import PaymentInput, record_payment
from vocdesk.services.dual.logbook_grid import started_choices

COLOURS = {"late": QColor("#c62828"), "short": QColor("#ef6c00"), "paid": QColor("#2e7d32"),
           "waiting": QColor("#757575")}


def month_state(state: str) -> str:
    return {"late": tr("Late"), "short": tr("Paid short"), "paid": tr("Paid"), "waiting": tr("Not due yet")}[state]


class AllowancesPage(Page):
    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.placement = QComboBox(self)
        self.placement.setMinimumContentsLength(28)
        self.placement.currentIndexChanged.connect(lambda _i: self.load())
        self.summary = QLabel(self)
        self.ledger = read_only_table(self)
        self.ledger.currentCellChanged.connect(lambda row, *_: self._pick(row))
        self.amount, self.reported_by = QLineEdit(self), QLineEdit(self)
        self.paid_on = BuddhistDateEdit(self)
        self.paid_on.setDate(env.context.today())
        self.save = QPushButton(self)
        self.save.clicked.connect(self.submit)
        self.amount.returnPressed.connect(self.submit)
        self.reported_by.returnPressed.connect(self.submit)
        self.save.setEnabled(allowed(env.actor, "dual.followup"))
        self.month_label, self.message = QLabel(self), QLabel(self)
        self.labels = [QLabel(self) for _ in range(3)]
        self.rows: list[LedgerRow] = []
        entry = QHBoxLayout()
        entry.addWidget(self.month_label)
        for label, field, stretch in zip(self.labels, (self.amount, self.paid_on, self.reported_by), (1, 1, 2),
                                         strict=True):
            entry.addWidget(label)
            entry.addWidget(field, stretch)
        entry.addWidget(self.save)
        top = QHBoxLayout()
        top.addWidget(self.placement)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.ledger, 1)
        layout.addLayout(entry)
        layout.addWidget(self.message)
        self.retranslate()

    def refresh(self) -> None:
        self.env.runner.action(started_choices, on_done=self._choices, on_error=lambda e: show_error(self, e))

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(PLACEMENTS, ALLOWANCES) and not changes.started_by(self):
            self.refresh()

    def _choices(self, choices: list[tuple[int, str]]) -> None:
        current = self.placement.currentData()
        self.placement.blockSignals(True)
        self.placement.clear()
        for placement_id, label in choices:
            self.placement.addItem(label, placement_id)
        self.placement.setCurrentIndex(max(0, self.placement.findData(current)))
        self.placement.blockSignals(False)
        self.load()

    def load(self) -> None:
        placement = self.placement.currentData()
        if placement is None:
            self.data_shown.emit()
            return
        self.env.runner.action(lambda uow: allowance_ledger(uow, int(placement)), on_done=self._show,
                               on_error=lambda e: show_error(self, e))

    def _show(self, rows: list[LedgerRow]) -> None:
        keep = self.ledger.currentRow()
        self.rows = rows
        fill_table(self.ledger, (tr("Month"), tr("State"), tr("As agreed (baht)"), tr("Paid (baht)"), tr("Paid on"),
                                 tr("Reported by")),
                   [[_month(r.month), month_state(r.state), format_baht(r.expected_satang),
                     "" if r.paid_satang is None else format_baht(r.paid_satang),
                     format_be_short(r.paid_on) if r.paid_on else "", r.reported_by] for r in rows])
        for row, line in enumerate(rows):
            cell = self.ledger.item(row, 1)
            if cell is not None:
                cell.setForeground(QBrush(COLOURS[line.state]))
        for column, width in enumerate((110, 110, 140, 130, 110)):
            self.ledger.setColumnWidth(column, width)
        late = [r for r in rows if r.state in ("late", "short")]
        owed = sum(r.expected_satang - (r.paid_satang or 0) for r in late)
        self.summary.setText(tr("{count} month(s) outstanding, {value} baht", "dual allowances")
                             .format(count=len(late), value=format_baht(owed)))
        first_late = next((i for i, r in enumerate(rows) if r.state == "late"), 0)
        self.ledger.setCurrentCell(keep if 0 <= keep < len(rows) else first_late, 0)
        self.data_shown.emit()

    def _pick(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            line = self.rows[row]
            self.month_label.setText(_month(line.month))
            self.amount.setText(format_baht(line.expected_satang if line.paid_satang is None else line.paid_satang))
            self.reported_by.setText(line.reported_by)

    def submit(self) -> None:
        row, placement, paid_on = self.ledger.currentRow(), self.placement.currentData(), self.paid_on.date()
        if placement is None or not 0 <= row < len(self.rows) or paid_on is None:
            return
        line = self.rows[row]
        try:
            data = PaymentInput(int(placement), line.month, baht_to_satang(self.amount.text()), paid_on,
                                self.reported_by.text())
        except VocDeskError as error:
            show_error(self, error)
            return
        self.env.runner.action(lambda uow: record_payment(uow, data, line.version), initiator=self,
                               on_done=lambda _id: self._saved(line), on_error=lambda e: show_error(self, e))

    def _saved(self, line: LedgerRow) -> None:
        self.message.setText(tr("Allowance for {value} saved", "dual allowances").format(value=_month(line.month)))
        self.load()

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (tr("Amount paid (baht)"), tr("Paid on"), tr("Reported by")), strict=True):
            label.setText(text)
        self.save.setText(tr("Save payment"))
        if self.activated_once and self.rows:
            self._show(self.rows)


def _month(month: dt.date) -> str:
    return f"{MONTHS_TH_ABBR[month.month - 1]} {month.year + BE_OFFSET}"


PAGE = page_of(__name__, AllowancesPage)  # key, title, order and permission: its line in PAGES
