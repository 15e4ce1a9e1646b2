"""Assets: the register as a lazy table (search by code/name, filters), the selected item's tabs beside it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import pick, tr
from ui.models.table_model import CENTER, RIGHT, Column, LazyTableModel
from ui.pages import Page, page_of
from ui.pages.equipment.assets_detail import CONDITIONS, AssetDetailView, condition_label
from ui.widgets.export_action import ExportAction
from ui.widgets.search_bar import SearchBar
from ui.widgets.tables import set_widths
from ui.widgets.toolbar import FlowLayout
from vocdesk.domain.grants import format_baht
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.services.core.context import AppContext, Changes
from vocdesk.services.core.permissions import allowed
from vocdesk.services.equipment import ASSETS, GRANTS, LOCATIONS, STOCKTAKE
from vocdesk.services.equipment.asset_listing import (
    AssetChoices,
    AssetFilters,
    asset_choices,
    asset_history,
    asset_ids,
    asset_rows,
    asset_sort_texts,
)

ASSET_COLUMNS = (
    Column("code", "รหัสครุภัณฑ์", "Asset code"),
    Column("name", "รายการ", "Name", sort="thai"),
    Column("category", "ประเภท", "Category", sort="none"),
    Column("location", "สถานที่ตั้ง", "Place", sort="thai"),
    Column("acquired_on", "วันที่ได้มา", "Acquired", align=CENTER, formatter=format_be_short),
    Column("cost", "ราคาทุน", "Cost", align=RIGHT, formatter=format_baht),
    Column("book_value", "มูลค่าสุทธิ", "Book value", align=RIGHT, formatter=format_baht, sort="none"),
    Column("condition", "สภาพ", "Condition", formatter=condition_label),
)


class AssetProvider:
    """Rows for the lazy model under the page's current filters (runs on the worker thread)."""

    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.filters = AssetFilters()

    def ordered_ids(self, search: str, sort_key: str, descending: bool) -> Sequence[int]:
        with self.context.db.read() as session:
            return asset_ids(session, self.context.actor, search, self.filters, sort_key, descending)

    def sort_texts(self, search: str, sort_key: str) -> Sequence[tuple[int, str]]:
        with self.context.db.read() as session:
            return asset_sort_texts(session, self.context.actor, search, self.filters, sort_key)

    def rows(self, ids: Sequence[int]) -> Sequence[tuple[Any, ...]]:
        with self.context.db.read() as session:
            return asset_rows(session, self.context.actor, ids, self.context.today())


class AssetsPage(Page):
    """Search and four filters on top; the register on the left, the selected item's record and history right."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.provider = AssetProvider(env.context)
        self.model = LazyTableModel(ASSET_COLUMNS, self.provider, env.runner)
        self.search = SearchBar(self)
        self.location = QComboBox(self)
        self.category = QComboBox(self)
        self.grant = QComboBox(self)
        self.condition = QComboBox(self)
        for box in (self.location, self.category, self.grant):
            box.setMinimumContentsLength(12)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choices: AssetChoices | None = None
        self.count_label = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(lambda column, order: self.model.sort(column, order))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        set_widths(self.table, (140, 220, 110, 150, 90, 100, 100))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.detail = AssetDetailView(self)
        self.selected_id: int | None = None
        self.may_edit = allowed(env.actor, "equipment.edit")
        self.dialog: QDialog | None = None
        self.out_button = QPushButton(self)
        self.out_button.clicked.connect(self.check_out)
        self.in_button = QPushButton(self)
        self.in_button.clicked.connect(self.check_in)
        self.repair_button = QPushButton(self)  # what only `vocdesk asset maintenance|dispose` could do
        self.repair_button.clicked.connect(self.log_repair)
        self.dispose_button = QPushButton(self)
        self.dispose_button.clicked.connect(self.dispose)
        self.may_dispose = allowed(env.actor, "equipment.dispose")
        self.dispose_button.setVisible(self.may_dispose)
        self.detail.history_shown.connect(self._enable)
        top = FlowLayout()  # wraps on a narrow window instead of widening it
        top.addWidget(self.search, 2)
        for box in (self.location, self.category, self.grant, self.condition):
            top.addWidget(box, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.out_button)
        top.addWidget(self.in_button)
        top.addWidget(self.repair_button)
        top.addWidget(self.dispose_button)
        ExportAction.install(self, top, "equipment", self.model)  # exports what the table shows
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.search.search_changed.connect(self.model.set_search)
        for box in (self.location, self.category, self.grant, self.condition):
            box.currentIndexChanged.connect(lambda _index: self._filter())
        self.model.reloaded.connect(self._reloaded)
        self.model.refreshed.connect(self._refreshed)
        self.model.page_loaded.connect(lambda page: self.data_shown.emit() if page == 0 else None)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._select(current.row()))
        self.retranslate()

    def refresh(self) -> None:
        self._read_choices()
        self.model.reload()

    def _read_choices(self) -> None:
        actor = self.env.actor
        self.env.runner.read(lambda s: asset_choices(s, actor), on_done=self._fill_choices,
                             on_error=lambda error: show_error(self, error))

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(ASSETS, GRANTS, LOCATIONS, STOCKTAKE):
            self._read_choices()
            self.model.refresh()  # in place: the selected asset and the scroll position stay

    def _fill_choices(self, choices: AssetChoices) -> None:
        self.choices = choices
        for box, items, everything in ((self.location, choices.locations, tr("All places")),
                                       (self.category, choices.categories, tr("All categories")),
                                       (self.grant, choices.grants, tr("All grants"))):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for item_id, label in items:
                box.addItem(label, item_id)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)

    def _fill_conditions(self) -> None:
        current = self.condition.currentData()
        self.condition.blockSignals(True)
        self.condition.clear()
        self.condition.addItem(tr("Any condition"), "")
        self.condition.addItem(tr("Including disposed"), "*disposed")
        for code, thai, english in CONDITIONS:
            self.condition.addItem(pick(thai, english), code)
        self.condition.setCurrentIndex(max(0, self.condition.findData(current)))
        self.condition.blockSignals(False)

    def _filter(self) -> None:
        condition = self.condition.currentData() or ""
        self.provider.filters = replace(AssetFilters(), location_id=self.location.currentData(),
                                        category_id=self.category.currentData(), grant_id=self.grant.currentData(),
                                        condition="" if condition == "*disposed" else condition,
                                        include_disposed=condition == "*disposed")
        self.model.reload()

    def _reloaded(self, count: int) -> None:
        self.count_label.setText(tr("{count} items").format(count=f"{count:,}"))
        if count:
            rows = (row for row in range(count) if self.model.row_id(row) == self.selected_id)
            row = next(rows, 0)  # keep the item the user was working on (a reload follows every change)
            self.table.selectRow(row)
            self._select(row)
        else:
            self.data_shown.emit()

    def _refreshed(self, count: int) -> None:
        """After a change the model kept the selection in place: show the selected asset's history again."""
        self.count_label.setText(tr("{count} items").format(count=f"{count:,}"))
        current = self.table.selectionModel().currentIndex()
        if current.isValid():
            self._select(current.row())

    def _select(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            return
        asset_id, actor, today = self.model.row_id(row), self.env.actor, self.env.context.today()
        self.selected_id = asset_id
        self.env.runner.read(lambda s: asset_history(s, actor, asset_id, today), on_done=self.detail.show_history,
                             on_error=lambda error: show_error(self, error))

    def _enable(self) -> None:
        history = self.detail.history
        out = history is not None and any(loan[2] is None for loan in history.loans)
        live = history is not None and not dict(history.record).get("disposed")
        self.out_button.setEnabled(self.may_edit and live and not out)
        self.in_button.setEnabled(self.may_edit and out)
        self.repair_button.setEnabled(self.may_edit and live)
        self.dispose_button.setEnabled(self.may_dispose and live and not out)

    def _selected_item(self) -> tuple[str, str] | None:
        history = self.detail.history
        if history is None:
            return None
        record = dict(history.record)
        return record["code"], record["name"]

    def check_out(self) -> None:
        from ui.pages.equipment.assets_dialogs import CheckOutDialog

        item = self._selected_item()
        if item is not None:
            self.dialog = CheckOutDialog(self.env, *item, self.env.context.today(), self)
            self.dialog.open()

    def check_in(self) -> None:
        from ui.pages.equipment.assets_dialogs import CheckInDialog

        item = self._selected_item()
        if item is not None:
            self.dialog = CheckInDialog(self.env, *item, self.env.context.today(), self)
            self.dialog.open()

    def log_repair(self) -> None:
        from ui.pages.equipment.assets_care import RepairDialog

        item = self._selected_item()
        if item is not None:
            self.dialog = RepairDialog(self.env, *item, self.env.context.today(), self)
            self.dialog.open()

    def dispose(self) -> None:
        from ui.pages.equipment.assets_care import DisposeDialog

        item = self._selected_item()
        if item is not None:
            self.dialog = DisposeDialog(self.env, *item, self.env.context.today(), self)
            self.dialog.open()

    def retranslate(self) -> None:
        self.repair_button.setText(tr("Log repair…"))
        self.dispose_button.setText(tr("Dispose…"))
        self.out_button.setText(tr("Check out…"))
        self.in_button.setText(tr("Check in…"))
        self.search.setPlaceholderText(tr("Search by asset code, name or serial…"))
        self._fill_conditions()
        if self.choices is not None:
            self._fill_choices(self.choices)
        self.model.retranslate()
        self.detail.retranslate()
        if self.activated_once:
            self.count_label.setText(tr("{count} items").format(count=f"{self.model.rowCount():,}"))


PAGE = page_of(__name__, AssetsPage)  # key, title, order and permission: its line in PAGES
