"""Repair jobs: filter by point and status, move the selected job on, record its ORDS outcome, print its slip."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import tr
from ui.pages import Page, page_of
from ui.pages.community.job_lookup import JobLookup
from ui.pages.community.job_work import JobWorkBar
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.domain.community import BARRIERS, REPAIR_STATUS_TH, REPAIR_STATUSES, STATUS_TH, STATUSES
from vocdesk.domain.grants import format_baht
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.services.community import JOBS, POINTS
from vocdesk.services.community.listing import JobRow, list_jobs
from vocdesk.services.community.points import PointRow, list_points
from vocdesk.services.community.progress import set_status
from vocdesk.services.core.context import Changes
from vocdesk.services.core.permissions import allowed


class JobsPage(Page):
    """Filters on top, the jobs (national IDs masked), and the selected job's next step below."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.point, self.status = QComboBox(self), QComboBox(self)
        self.table = read_only_table(self)
        self.step, self.outcome, self.barrier = QComboBox(self), QComboBox(self), QComboBox(self)
        for status in STATUSES[1:]:
            self.step.addItem(STATUS_TH[status], status)
        for outcome in REPAIR_STATUSES:
            self.outcome.addItem(f"{REPAIR_STATUS_TH[outcome]} ({outcome})", outcome)
        self.barrier.addItem("–", None)
        for barrier in BARRIERS:
            self.barrier.addItem(barrier, barrier)
        self.save_button, self.slip_button = QPushButton(self), QPushButton(self)
        self.step_label, self.outcome_label, self.barrier_label = QLabel(self), QLabel(self), QLabel(self)
        self.rows: list[JobRow] = []
        may = allowed(env.actor, "community.intake")
        for widget in (self.step, self.outcome, self.barrier, self.save_button):
            widget.setEnabled(may)
        filters = QHBoxLayout()
        filters.addWidget(self.point, 2)
        filters.addWidget(self.status, 1)
        self.lookup = JobLookup(env, self)
        filters.addWidget(self.lookup, 3)
        below = QHBoxLayout()
        parts: tuple[tuple[QWidget, int], ...] = (
            (self.step_label, 0), (self.step, 1), (self.outcome_label, 0), (self.outcome, 1), (self.barrier_label, 0),
            (self.barrier, 2), (self.save_button, 0), (self.slip_button, 0))
        for part, stretch in parts:
            below.addWidget(part, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        self.work = JobWorkBar(env, lambda: job.label if (job := self.selected()) else None, self)
        self.work.setEnabled(may)
        layout.addWidget(self.work)
        self.point.currentIndexChanged.connect(lambda _i: self.load())
        self.status.currentIndexChanged.connect(lambda _i: self.load())
        self.save_button.clicked.connect(self.move_on)
        self.slip_button.clicked.connect(self.print_slip)
        self.retranslate()

    def refresh(self) -> None:
        actor = self.env.actor
        self.env.runner.read(lambda s: list_points(s, actor), on_done=self._fill_points,
                             on_error=lambda error: show_error(self, error))

    def _fill_points(self, points: list[PointRow]) -> None:
        current = self.point.currentData()
        self.point.blockSignals(True)
        self.point.clear()
        self.point.addItem(tr("Every service point"), None)
        for row in points:
            self.point.addItem(f"{row.code} · {row.name}", row.code)
        self.point.setCurrentIndex(max(0, self.point.findData(current)))
        self.point.blockSignals(False)
        self.load()

    def load(self) -> None:
        point, status, actor = self.point.currentData(), self.status.currentData(), self.env.actor
        self.env.runner.read(lambda s: list_jobs(s, actor, point=point, status=status), on_done=self._show,
                             on_error=lambda error: show_error(self, error))

    def _show(self, rows: list[JobRow]) -> None:
        selected = self.selected()
        self.rows = rows
        fill_table(self.table, (tr("Job number"), tr("Received"), tr("Owner"), tr("National ID"), tr("Item brought in"),
                                tr("Problem told"), tr("Repair step"), tr("Outcome (ORDS)"), tr("Parts (฿)")),
                   [[r.label, format_be_short(r.received_on), r.owner_name, r.owner_national_id, r.category_name,
                     r.problem, STATUS_TH[r.status], REPAIR_STATUS_TH[r.repair_status], format_baht(r.parts_satang)]
                    for r in rows])
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(5, min(self.table.columnWidth(5), 240))  # a long problem wraps off, not the rest
        labels = [r.label for r in rows]
        if selected is not None and selected.label in labels:
            self.table.selectRow(labels.index(selected.label))
        self.data_shown.emit()

    def selected(self) -> JobRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def move_on(self) -> None:
        job = self.selected()
        if job is None:
            return
        step, outcome, barrier = self.step.currentData(), self.outcome.currentData(), self.barrier.currentData()
        self.env.runner.action(lambda uow: set_status(uow, job.label, step, expected_version=job.version,
                                                      repair_status=outcome, barrier=barrier),
                               on_error=lambda error: show_error(self, error), initiator=self)

    def print_slip(self) -> None:
        from ui.dialogs.report_dialog import ReportDialog

        dialog = ReportDialog(self.env, self)
        dialog.select("fixit-claim-slip")
        job = self.selected()
        if job is not None:
            dialog.option_fields["job"].setText(job.label)
        dialog.open()

    def on_changes(self, changes: Changes) -> None:
        if not self.activated_once:
            return
        if changes.touches(POINTS):
            self.refresh()
        elif changes.touches(JOBS):
            self.load()

    def retranslate(self) -> None:
        self.status.blockSignals(True)
        current = self.status.currentData()
        self.status.clear()
        self.status.addItem(tr("Every status"), None)
        for status in STATUSES:
            self.status.addItem(STATUS_TH[status], status)
        self.status.setCurrentIndex(max(0, self.status.findData(current)))
        self.status.blockSignals(False)
        self.step_label.setText(tr("Next step"))
        self.outcome_label.setText(tr("Outcome"))
        self.barrier_label.setText(tr("Barrier"))
        self.save_button.setText(tr("Save step"))
        self.slip_button.setText(tr("Claim slip…"))
        self.work.retranslate()
        self.lookup.retranslate()
        if self.activated_once:
            self.refresh()


PAGE = page_of(__name__, JobsPage)  # key, title, order and permission: its line in PAGES
