"""Trainees: the register with each person's course history, and the walk-in enrolment form beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QTableWidget, QTabWidget, QVBoxLayout, QWidget

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import pick, tr
from ui.pages import Page, page_of
from ui.pages.training.tables import fill_table, fit_columns, read_only_table
from ui.pages.training.walkin_form import WalkInForm
from ui.widgets.export_action import ExportAction, ListedIds
from ui.widgets.search_bar import SearchBar
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.domain.thai_ids import mask_national_id
from vocdesk.services.core.context import Changes
from vocdesk.services.training import COURSES, TRAINEES
from vocdesk.services.training.run_listing import HistoryRow, RunRow, open_runs, trainee_history
from vocdesk.services.training.trainees import TraineeRow, list_trainees

STATES = {"enrolled": ("ลงทะเบียน", "Enrolled"), "waitlist": ("รอที่ว่าง", "Waitlist"),
          "withdrawn": ("ถอนตัว", "Withdrawn")}


class TraineesPage(Page):
    """Search on top, the register on the left; walk-in enrolment and the selected person's history on the right."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.rows: list[TraineeRow] = []
        self.search = SearchBar(self)
        self.count_label = QLabel(self)
        self.table: QTableWidget = read_only_table(self)
        self.table.itemSelectionChanged.connect(self._selected)
        self.walk_in = WalkInForm(env, self)
        self.history = read_only_table(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.walk_in, "")
        self.tabs.addTab(self.history, "")
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.count_label)
        ExportAction.install(self, top, "trainees", ListedIds(lambda: [r.id for r in self.rows]))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setSizes([520, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.search.search_changed.connect(lambda _text: self.refresh())
        self.retranslate()

    def refresh(self) -> None:
        actor, text, today = self.env.actor, self.search.text().strip(), self.env.context.today()
        self.env.runner.read(lambda s: (list_trainees(s, actor, text), open_runs(s, actor, today)),
                             on_done=self._show, on_error=lambda error: show_error(self, error))

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(TRAINEES, COURSES):
            self.refresh()

    def _show(self, result: tuple[list[TraineeRow], list[RunRow]]) -> None:
        self.rows, runs = result
        self.walk_in.set_runs(runs)
        fill_table(self.table, (tr("Name", "training trainees"), tr("National ID"), tr("Phone"), tr("Province")),
                   [[r.name, mask_national_id(r.national_id or r.passport_no), r.phone, r.province]
                    for r in self.rows])
        fit_columns(self.table, stretch=0)
        self.count_label.setText(tr("{count:,} people", "training trainees").format(count=len(self.rows)))
        self.data_shown.emit()

    def _selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected or selected[0].row() >= len(self.rows):
            return
        trainee_id, actor = self.rows[selected[0].row()].id, self.env.actor
        self.env.runner.read(lambda s: trainee_history(s, actor, trainee_id), on_done=self._show_history,
                             on_error=lambda error: show_error(self, error))

    def _show_history(self, rows: list[HistoryRow]) -> None:
        fill_table(self.history, (tr("Run"), tr("Course"), tr("Dates"), tr("Status")),
                   [[h.run, h.course_name, f"{format_be_short(h.first_day)}–{format_be_short(h.last_day)}",
                     pick(*STATES.get(h.state, (h.state, h.state)))] for h in rows])
        self.history.resizeColumnsToContents()
        self.tabs.setCurrentWidget(self.history)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(tr("Search by name, phone or national ID…"))
        self.tabs.setTabText(0, tr("Walk-in enrolment"))
        self.tabs.setTabText(1, tr("Course history"))
        self.walk_in.retranslate()
        if self.activated_once:
            self.refresh()


PAGE = page_of(__name__, TraineesPage)  # key, title, order and permission: its line in PAGES
