"""Grants: spending against the amount, by category, purchases and lines; create a grant, record a purchase."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import pick, tr
from ui.pages import Page, page_of
from ui.pages.equipment.grants_chart import CategoryChart, SpendingBar
from ui.widgets.tables import fill_table, read_only_table, set_widths
from ui.widgets.toolbar import FlowLayout
from vocdesk.domain.grants import format_baht
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.services.core.context import Changes
from vocdesk.services.core.permissions import allowed
from vocdesk.services.equipment import ASSETS, GRANTS, PURCHASES
from vocdesk.services.equipment.grant_listing import (
    GrantSpending,
    LineRow,
    grant_spending,
    programme_choices,
    purchase_lines,
)
from vocdesk.services.equipment.grants import GrantSummary, list_grants, policy_band
from vocdesk.services.equipment.purchases import PurchaseInput, PurchaseRow, list_purchases

KIND_LABELS = {"asset": ("ครุภัณฑ์", "Assets"), "consumable": ("วัสดุ", "Consumables"),
               "service": ("ค่าบริการ", "Services")}


def grant_label(grant: GrantSummary) -> str:
    return f"{grant.programme_name} · " + tr("FY") + f" {grant.fiscal_year} · {grant.source}"


class GrantsPage(Page):
    """The grant list on the left; the selected grant's spending, chart, purchases and lines on the right."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.grants: list[GrantSummary] = []
        self.purchases: list[PurchaseRow] = []
        self.band: tuple[int, int] = (0, 0)
        self.selected_id: int | None = None
        self.dialog: QDialog | None = None
        self.may_edit = allowed(env.actor, "equipment.edit")
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_grant)
        self.buy_button = QPushButton(self)
        self.buy_button.clicked.connect(self.record_purchase)
        self.may_adjust = allowed(env.actor, "grants.topup")  # what only `vocdesk grant topup|transfer` could do
        self.topup_button = QPushButton(self)
        self.topup_button.clicked.connect(self.top_up)
        self.transfer_button = QPushButton(self)
        self.transfer_button.clicked.connect(self.transfer)
        self.edit_purchase_button = QPushButton(self)
        self.edit_purchase_button.clicked.connect(self.edit_purchase)
        self.edit_purchase_button.setVisible(self.may_edit)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_purchase)
        for button in (self.topup_button, self.transfer_button):
            button.setVisible(self.may_adjust)
        self.delete_button.setVisible(self.may_edit)
        self.count_label = QLabel(self)
        self.table = read_only_table(self)
        self.table.itemSelectionChanged.connect(self._selected)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 15px;")
        self.bar = SpendingBar(self)
        self.figures = QLabel(self)
        self.figures.setWordWrap(True)
        self.band_warning = QLabel(self)
        self.band_warning.setWordWrap(True)
        self.band_warning.setStyleSheet("color: #a05a00;")
        self.chart_box = QGroupBox(self)
        self.chart = CategoryChart(self.chart_box)
        QVBoxLayout(self.chart_box).addWidget(self.chart)
        self.purchase_table = read_only_table(self)
        self.purchase_table.itemSelectionChanged.connect(self._purchase_selected)
        self.line_table = read_only_table(self)
        top = FlowLayout()  # wraps on a narrow window
        top.addWidget(self.count_label, 1)
        for button in (self.add_button, self.buy_button, self.topup_button, self.transfer_button,
                       self.edit_purchase_button, self.delete_button):
            top.addWidget(button)
        detail = QWidget(self)
        right = QVBoxLayout(detail)
        right.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.bar, self.figures, self.band_warning, self.chart_box):
            right.addWidget(widget)
        tables = QSplitter(Qt.Orientation.Vertical, detail)
        tables.addWidget(self.purchase_table)
        tables.addWidget(self.line_table)
        right.addWidget(tables, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setSizes([590, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def today(self) -> dt.date:
        return self.env.context.clock.today()

    def refresh(self) -> None:
        actor = self.env.actor

        def load(session: object) -> tuple[list[GrantSummary], tuple[int, int]]:
            band = policy_band(session)  # type: ignore[arg-type]
            return list_grants(session, actor), (band.minimum, band.maximum)  # type: ignore[arg-type]

        self.env.runner.read(load, on_done=self._show, on_error=lambda error: show_error(self, error))

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(GRANTS, PURCHASES, ASSETS):
            self.refresh()

    def _show(self, result: tuple[list[GrantSummary], tuple[int, int]]) -> None:
        self.grants, self.band = result
        headers = (tr("Programme"), tr("FY"), tr("Amount"),
                   tr("Balance"), tr("Committed"))
        fill_table(self.table, headers, [
            [g.programme_name, str(g.fiscal_year), format_baht(g.amount), format_baht(g.balance), ""]
            for g in self.grants])
        for row, grant in enumerate(self.grants):
            bar = SpendingBar(self.table)
            bar.set_values(grant.amount + grant.adjustments, grant.committed, f"{self._percent(grant)}%")
            self.table.setCellWidget(row, 4, bar)
        set_widths(self.table, (175, 44, 96, 96))
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.count_label.setText(tr("{count} grants").format(count=len(self.grants)))
        ids = [g.id for g in self.grants]
        if ids:
            self.table.selectRow(ids.index(self.selected_id) if self.selected_id in ids else 0)
        else:
            self.selected_id = None
            self._clear_detail()
        self._enable()
        self.data_shown.emit()

    @staticmethod
    def _percent(grant: GrantSummary) -> int:
        available = grant.amount + grant.adjustments
        return round(100 * grant.committed / available) if available > 0 else 0

    def selected_grant(self) -> GrantSummary | None:
        return next((g for g in self.grants if g.id == self.selected_id), None)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.grants):
            return
        grant = self.grants[rows[0].row()]
        self.selected_id, actor = grant.id, self.env.actor
        self._show_summary(grant)
        self._enable()
        self.env.runner.read(lambda s: (grant_spending(s, actor, grant.id), list_purchases(s, actor, grant.id)),
                             on_done=self._show_detail, on_error=lambda error: show_error(self, error))

    def _show_summary(self, grant: GrantSummary) -> None:
        available = grant.amount + grant.adjustments
        self.title.setText(grant_label(grant))
        self.bar.set_values(available, grant.committed, pick(
            f"ใช้ไป {format_baht(grant.committed)} จาก {format_baht(available)} บาท ({self._percent(grant)}%)",
            f"{format_baht(grant.committed)} of {format_baht(available)} baht committed ({self._percent(grant)}%)"))
        self.figures.setText(pick(
            f"วงเงิน {format_baht(grant.amount)} · ปรับเพิ่ม/โอน {format_baht(grant.adjustments)} · "
            f"ใช้ไป {format_baht(grant.committed)} · คงเหลือ {format_baht(grant.balance)} บาท",
            f"Amount {format_baht(grant.amount)} · adjustments {format_baht(grant.adjustments)} · "
            f"committed {format_baht(grant.committed)} · balance {format_baht(grant.balance)} baht"))
        low, high = self.band
        outside = grant.amount < low or grant.amount > high
        self.band_warning.setVisible(outside)
        self.band_warning.setText(pick(
            f"⚠ วงเงินอยู่นอกกรอบนโยบาย {format_baht(low)}–{format_baht(high)} บาทต่อสาขาวิชา",
            f"⚠ The amount lies outside the policy band {format_baht(low)}–{format_baht(high)} baht per programme"))

    def _show_detail(self, result: tuple[GrantSpending, list[PurchaseRow]]) -> None:
        spending, purchases = result
        bars = [(pick(*KIND_LABELS[kind]), spending.by_kind.get(kind, 0)) for kind in KIND_LABELS]
        bars += [("  " + tr("Assets") + f": {name}", total) for name, total in spending.by_category]
        self.chart.set_bars(bars)
        self.purchases = purchases
        fill_table(self.purchase_table, (tr("Date"), tr("Vendor"),
                                         tr("Order no.", "a short column"), tr("Total (baht)")),
                   [[format_be_short(p.purchase_date), p.vendor_name, p.order_no, format_baht(p.total)]
                    for p in purchases])
        self.purchase_table.setColumnWidth(1, 220)
        if purchases:
            self.purchase_table.selectRow(0)
        else:
            fill_table(self.line_table, (), [])
        self._enable()
        self.data_shown.emit()

    def _purchase_selected(self) -> None:
        rows = self.purchase_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.purchases):
            return
        purchase_id, actor = self.purchases[rows[0].row()].id, self.env.actor
        self._enable()
        self.env.runner.read(lambda s: purchase_lines(s, actor, purchase_id), on_done=self._show_lines,
                             on_error=lambda error: show_error(self, error))

    def _show_lines(self, lines: list[LineRow]) -> None:
        fill_table(self.line_table, (tr("Kind"), tr("Description"), tr("Qty"),
                                     tr("Unit price"), "VAT", tr("Total"),
                                     tr("Category")),
                   [[pick(*KIND_LABELS.get(line.kind, (line.kind, line.kind))), line.description,
                     f"{line.quantity_milli / 1000:g}", format_baht(line.unit_price), format_baht(line.vat),
                     format_baht(line.total), line.category] for line in lines])
        self.line_table.resizeColumnsToContents()
        self.line_table.setColumnWidth(1, min(260, self.line_table.columnWidth(1)))

    def _clear_detail(self) -> None:
        self.title.setText(tr("No grants yet"))
        self.bar.set_values(0, 0, "")
        self.figures.clear()
        self.band_warning.setVisible(False)
        self.chart.set_bars([])
        fill_table(self.purchase_table, (), [])
        fill_table(self.line_table, (), [])

    def selected_purchase(self) -> PurchaseRow | None:
        rows = self.purchase_table.selectionModel().selectedRows()
        return self.purchases[rows[0].row()] if rows and rows[0].row() < len(self.purchases) else None

    def top_up(self) -> None:
        from ui.pages.equipment.grant_money import AdjustmentDialog

        grant = self.selected_grant()
        if grant is not None:
            self.dialog = AdjustmentDialog(self.env, grant.id, grant_label(grant), self.today(), parent=self)
            self.dialog.open()

    def transfer(self) -> None:
        from ui.pages.equipment.grant_money import AdjustmentDialog

        grant = self.selected_grant()
        if grant is not None:
            targets = [(g.id, grant_label(g)) for g in self.grants if g.id != grant.id]
            self.dialog = AdjustmentDialog(self.env, grant.id, grant_label(grant), self.today(), targets, self)
            self.dialog.open()

    def edit_purchase(self) -> None:
        from vocdesk.services.equipment.asset_listing import asset_choices
        from vocdesk.services.equipment.purchase_edit import purchase_for_edit

        purchase, grant, actor = self.selected_purchase(), self.selected_grant(), self.env.actor
        if purchase is not None and grant is not None:
            purchase_id = purchase.id
            self.env.runner.read(lambda s: (purchase_for_edit(s, actor, purchase_id),
                                            asset_choices(s, actor).locations),
                                 on_done=lambda loaded: self._open_edit(purchase_id, grant, *loaded),
                                 on_error=lambda error: show_error(self, error))

    def _open_edit(self, purchase_id: int, grant: GrantSummary, stored: tuple[PurchaseInput, int],
                   places: list[tuple[int, str]]) -> None:
        from ui.pages.equipment.purchase_edit import EditPurchaseDialog

        rooms = {label.split(" ", 1)[0]: place_id for place_id, label in places}
        self.dialog = EditPurchaseDialog(self.env, purchase_id, *stored, grant_label(grant), rooms, self)
        self.dialog.open()

    def delete_purchase(self) -> None:
        from ui.pages.equipment.grant_money import DeletePurchaseDialog

        purchase = self.selected_purchase()
        if purchase is not None:
            self.dialog = DeletePurchaseDialog(self.env, purchase, self)
            self.dialog.open()

    def _enable(self) -> None:
        self.add_button.setEnabled(self.may_edit)
        for button in (self.topup_button, self.transfer_button):
            button.setEnabled(self.may_adjust and self.selected_grant() is not None)
        self.delete_button.setEnabled(self.may_edit and self.selected_purchase() is not None)
        self.edit_purchase_button.setEnabled(self.delete_button.isEnabled())
        self.buy_button.setEnabled(self.may_edit and self.selected_grant() is not None)

    def add_grant(self) -> None:
        actor = self.env.actor
        self.env.runner.read(lambda s: programme_choices(s, actor), on_done=self._open_grant_dialog,
                             on_error=lambda error: show_error(self, error))

    def _open_grant_dialog(self, programmes: list[tuple[int, str]]) -> None:
        from ui.pages.equipment.grants_dialogs import GrantDialog

        self.dialog = GrantDialog(self.env, programmes, self.today(), self)
        self.dialog.open()

    def record_purchase(self) -> None:
        from vocdesk.services.equipment.asset_listing import asset_choices

        actor = self.env.actor
        self.env.runner.read(lambda s: asset_choices(s, actor).locations, on_done=self._open_purchase_dialog,
                             on_error=lambda error: show_error(self, error))

    def _open_purchase_dialog(self, places: list[tuple[int, str]]) -> None:
        from ui.pages.equipment.grants_dialogs import PurchaseDialog

        grant = self.selected_grant()
        if grant is not None:
            rooms = {label.split(" ", 1)[0]: place_id for place_id, label in places}
            self.dialog = PurchaseDialog(self.env, grant.id, grant_label(grant), self.today(), rooms, self)
            self.dialog.open()

    def retranslate(self) -> None:
        self.add_button.setText(tr("New grant…"))
        self.buy_button.setText(tr("Record purchase…"))
        self.topup_button.setText(tr("Top up…"))
        self.transfer_button.setText(tr("Transfer…"))
        self.delete_button.setText(tr("Delete purchase…"))
        self.edit_purchase_button.setText(tr("Correct purchase…"))
        self.chart_box.setTitle(tr("Spending by category (baht)"))
        if self.activated_once:
            self.refresh()


PAGE = page_of(__name__, GrantsPage)  # key, title, order and permission: its line in PAGES
