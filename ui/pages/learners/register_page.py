"""Learners: the whole list (100,000 rows stay fast), filtered in SQL, sorted in Thai order, ID masked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.i18n import tr
from ui.labels import status_label
from ui.models.table_model import CENTER, Column, LazyTableModel
from ui.pages import Page, page_of
from ui.pages.learners.panel import LearnerFilterBar, LearnerPanel, SearchProvider
from ui.widgets.export_action import ExportAction
from ui.widgets.search_bar import SearchBar
from ui.widgets.tables import set_widths
from vocdesk.services.core.context import AppContext, Changes
from vocdesk.services.learners import FOLLOWUP, GROUPS, LEARNERS, PROGRAMMES, RISK, SKILLS, SUPPORT
from vocdesk.services.learners.listing import learner_ids, learner_rows, learner_sort_texts
from vocdesk.services.pdpa import SUBJECTS

LEARNER_COLUMNS = (
    Column("student_code", "รหัสนักศึกษา", "Student code"),
    Column("name", "ชื่อ–สกุล", "Name", sort="thai"),
    Column("level_year", "ระดับชั้น", "Level/year", align=CENTER),
    Column("programme", "สาขาวิชา", "Programme", sort="thai"),
    Column("group", "กลุ่มเรียน", "Group"),
    Column("status", "สถานะ", "Status", formatter=status_label),
    Column("national_id", "เลขประจำตัวประชาชน", "National ID", sort="none"),
)


class LearnerProvider:
    """Rows for the lazy model, read through the learner-list services (runs on the worker thread)."""

    def __init__(self, context: AppContext) -> None:
        self.context = context

    def ordered_ids(self, search: str, sort_key: str, descending: bool) -> Sequence[int]:
        with self.context.db.read() as session:
            return learner_ids(session, self.context.actor, search, sort_key, descending)

    def sort_texts(self, search: str, sort_key: str) -> Sequence[tuple[int, str]]:
        with self.context.db.read() as session:
            return learner_sort_texts(session, self.context.actor, search, sort_key)

    def rows(self, ids: Sequence[int]) -> Sequence[tuple[Any, ...]]:
        with self.context.db.read() as session:
            return learner_rows(session, self.context.actor, ids)


class LearnersPage(Page):
    """Search bar, count and the lazy table."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        # Search (FTS5 / pg_trgm), filters and whole IDs for roles allowed: ui/pages/learner_panel.py.
        self.provider = SearchProvider(env.context)
        self.model = LazyTableModel(LEARNER_COLUMNS, self.provider, env.runner)
        self.filters = LearnerFilterBar(self)
        self.panel = LearnerPanel(env, self)
        self.search = SearchBar(self)
        self.count_label = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_requested)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        set_widths(self.table, (115, 230, 75, 170, 80, 110))
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        ExportAction.install(self, top, "learners", self.model)  # exports what the table shows
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.filters.changed.connect(self._filter)
        self.filters.watch_search_mode(env)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._select(current.row()))
        self.search.search_changed.connect(self.model.set_search)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self._focus_search)
        self.model.reloaded.connect(self._reloaded)
        self.model.refreshed.connect(lambda _count: self._show_count())
        self.model.busy_changed.connect(lambda _busy: self._show_count())
        self.model.page_loaded.connect(lambda page: self.data_shown.emit() if page == 0 else None)
        self.retranslate()

    def refresh(self) -> None:
        self.model.reload()

    def _filter(self, filters: object) -> None:
        from vocdesk.services.learners.search import LearnerFilters

        assert isinstance(filters, LearnerFilters)
        self.provider.filters = filters
        self.model.reload()

    def _select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.panel.show_learner(self.model.row_id(row))

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(LEARNERS, GROUPS, PROGRAMMES, SUBJECTS):
            self.model.refresh()
        if changes.started_by(self.panel):
            return  # the panel reloads the learner itself after its own edit
        if self.activated_once and self.panel.learner_id is not None and changes.touches(
                LEARNERS, SUPPORT, FOLLOWUP, SKILLS, RISK):
            self.panel.show_learner(self.panel.learner_id)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(tr("Search by student code or name (Thai or English)…"))
        self.model.retranslate()
        self._show_count()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        """Sort by a sortable column; a click on the ID column puts the indicator back where the order is."""
        if self.model.columns[column].sort == "none":
            _key, descending = self.model.sort_state
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(),
                                    Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        self.model.sort(column, order)

    def _reloaded(self, count: int) -> None:
        self._show_count()
        self.table.scrollToTop()
        if count == 0:
            self.data_shown.emit()

    def _show_count(self) -> None:
        if self.model.loading:
            self.count_label.setText(tr("Searching…"))
        elif self.model.search_text:
            self.count_label.setText(tr("{n} found").format(n=f"{self.model.rowCount():,}"))
        else:
            self.count_label.setText(tr("{n} learners").format(n=f"{self.model.rowCount():,}"))


PAGE = page_of(__name__, LearnersPage)  # key, title, order and permission: its line in PAGES
