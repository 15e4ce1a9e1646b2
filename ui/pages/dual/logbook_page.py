"""Logbook grid (บันทึกการฝึกอาชีพ): a placement's weeks with their state; type a paper week and press Enter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import tr
from ui.pages import Page, page_of
from ui.pages.dual.plan_progress import PlanProgressView
from ui.pages.dual.plan_task_picker import PlanTaskPicker
from ui.widgets.export_action import ExportAction, ListedIds
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.domain.dual.sheet_code import parse_sheet_code
from vocdesk.domain.dual.task_cells import TaskCellInvalid, parse_task_cell, task_cell
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.services.core.context import Changes
from vocdesk.services.core.permissions import allowed
from vocdesk.services.dual import LOGBOOK, PLACEMENTS
from vocdesk.services.dual.logbook import WeekInput
from vocdesk.services.dual.logbook_grid import WeekRow, logbook_weeks, started_choices
from vocdesk.services.dual.logbook_tasks import TaskDone, plan_progress, record_week_with_tasks

COLOURS = {"missing": QColor("#c62828"), "unsigned": QColor("#ef6c00"), "signed": QColor("#2e7d32"),
           "open": QColor("#757575")}


def week_state(state: str) -> str:
    return {"missing": tr("Missing"), "unsigned": tr("Not signed"), "signed": tr("Signed"),
            "open": tr("Not over yet")}[state]


class LogbookPage(Page):
    """Placement on top; the weeks; one entry line (days, hours, tasks, trainer) that saves on Enter."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.placement = QComboBox(self)
        self.placement.setMinimumContentsLength(28)
        self.placement.currentIndexChanged.connect(lambda _i: self.load())
        self.summary = QLabel(self)
        self.scan = QLineEdit(self)
        self.scan.setMinimumWidth(230)
        self.scan.setMaximumWidth(300)
        self.scan.returnPressed.connect(self.scanned)
        self.wanted_week: dt.date | None = None
        self.grid = read_only_table(self)
        self.grid.currentCellChanged.connect(lambda row, *_: self._pick(row))
        self.days, self.hours = QSpinBox(self), QDoubleSpinBox(self)
        self.days.setRange(0, 7)
        self.hours.setRange(0, 168)
        self.hours.setDecimals(1)
        self.tasks, self.signed_by, self.plan_tasks = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.choose = QPushButton(self)
        self.choose.clicked.connect(self.choose_tasks)
        QShortcut(QKeySequence(Qt.Key.Key_F4), self, self.choose_tasks)
        self.picker: PlanTaskPicker | None = None
        self.save = QPushButton(self)
        self.save.clicked.connect(self.submit)
        for field in (self.tasks, self.signed_by, self.plan_tasks):
            field.returnPressed.connect(self.submit)
        self.save.setEnabled(allowed(env.actor, "dual.followup"))
        self.week_label, self.message = QLabel(self), QLabel(self)
        self.weeks: list[WeekRow] = []
        self.labels = [QLabel(self) for _ in range(5)]
        entry, second = QHBoxLayout(), QHBoxLayout()
        entry.addWidget(self.week_label)
        entries: tuple[QWidget, ...] = (self.days, self.hours, self.signed_by, self.tasks, self.plan_tasks)
        for label, entry_field, stretch, line in zip(self.labels, entries, (0, 0, 2, 3, 3),
                                                     (entry, entry, entry, second, second), strict=True):
            line.addWidget(label)
            line.addWidget(entry_field, stretch)
        entry.addWidget(self.save)
        second.addWidget(self.choose)
        top = QHBoxLayout()
        top.addWidget(self.placement)
        top.addWidget(self.summary, 1)
        top.addWidget(self.scan)
        ExportAction.install(self, top, "logbook",  # this placement's entered weeks, in the grid's order
                             ListedIds(lambda: [w.week_id for w in self.weeks if w.week_id is not None]))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.grid, 2)
        layout.addLayout(entry)
        layout.addLayout(second)
        layout.addWidget(self.message)
        self.plan = PlanProgressView(self)
        layout.addWidget(self.plan, 1)
        self.retranslate()

    def refresh(self) -> None:
        self.env.runner.action(started_choices, on_done=self._choices, on_error=lambda e: show_error(self, e))

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(PLACEMENTS, LOGBOOK) and not changes.started_by(self):
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
        self.env.runner.action(lambda uow: plan_progress(uow, int(placement)), on_done=self.plan.show_rows,
                               on_error=lambda e: show_error(self, e))
        self.env.runner.action(lambda uow: logbook_weeks(uow, int(placement)), on_done=self._show,
                               on_error=lambda e: show_error(self, e))

    def _show(self, weeks: list[WeekRow]) -> None:
        keep = self.grid.currentRow()
        self.weeks = weeks
        fill_table(self.grid, (tr("Week from"), tr("State"), tr("Days"), tr("Hours"), tr("Tasks"),
                               tr("Plan sub-tasks"), tr("Signed by")),
                   [[format_be_short(w.week), week_state(w.state),
                     "" if w.days_present is None else f"{w.days_present}/{w.possible_days}",
                     "" if w.minutes is None else f"{w.minutes / 60:g}/{w.possible_minutes / 60:g}", w.tasks,
                     task_cell(w.plan_tasks), w.signed_by] for w in weeks])
        for row, week in enumerate(weeks):
            cell = self.grid.item(row, 1)
            if cell is not None:
                cell.setForeground(QBrush(COLOURS[week.state]))
        for column, width in enumerate((96, 110, 80, 100, 180, 130)):
            self.grid.setColumnWidth(column, width)
        missing = sum(1 for w in weeks if w.state == "missing")
        unsigned = sum(1 for w in weeks if w.state == "unsigned")
        self.summary.setText(tr("{count} weeks · missing {missing} · not signed {unsigned}", "dual logbook")
                             .format(count=len(weeks), missing=missing, unsigned=unsigned))
        first_gap = next((i for i, w in enumerate(weeks) if w.state == "missing"), 0)
        wanted = next((i for i, w in enumerate(weeks) if w.week == self.wanted_week), None)
        self.wanted_week = None
        self.grid.setCurrentCell(wanted if wanted is not None else keep if 0 <= keep < len(weeks) else first_gap, 0)
        self.data_shown.emit()

    def scanned(self) -> None:
        """A sheet's QR read by a scanner (it types the code and Enter): open that placement and week."""
        found = parse_sheet_code(self.scan.text())
        self.scan.clear()
        index = self.placement.findData(found[0]) if found else -1
        if found is None or index < 0:
            self.message.setText(tr("That code is not a weekly sheet of a placement here"))
            return
        self.wanted_week = found[1]
        if index == self.placement.currentIndex():
            self.load()
        else:
            self.placement.setCurrentIndex(index)
        self.days.setFocus()

    def _pick(self, row: int) -> None:
        if not 0 <= row < len(self.weeks):
            return
        week = self.weeks[row]
        self.week_label.setText(format_be_short(week.week))
        self.days.setValue(week.possible_days if week.days_present is None else week.days_present)
        self.hours.setValue((week.possible_minutes if week.minutes is None else week.minutes) / 60)
        self.tasks.setText(week.tasks)
        self.plan_tasks.setText(task_cell(week.plan_tasks))
        self.signed_by.setText(week.signed_by)

    def submit(self) -> None:
        row = self.grid.currentRow()
        placement = self.placement.currentData()
        if placement is None or not 0 <= row < len(self.weeks):
            return
        week = self.weeks[row]
        try:  # the field shows the week's sub-tasks, so an empty one clears them
            done = [TaskDone(task, minutes) for task, minutes in parse_task_cell(self.plan_tasks.text())]
        except TaskCellInvalid as bad:
            self.message.setText(tr("Plan sub-tasks: cannot read \"{value}\"; type number=hours, e.g. #12=8; "
                                    "#14=4:30 (F4 chooses them)").format(value=bad.piece))
            self.plan_tasks.setFocus()
            return
        signed_on = self.env.context.today() if self.signed_by.text().strip() else None  # the sheet has no date
        data = WeekInput(int(placement), week.week, self.days.value(), round(self.hours.value() * 60),
                         self.tasks.text(), self.signed_by.text(), signed_on)
        self.env.runner.action(lambda uow: record_week_with_tasks(uow, data, week.version, done), initiator=self,
                               on_done=lambda _s: self._saved(row), on_error=lambda e: show_error(self, e))

    def choose_tasks(self) -> None:
        """The plan's sub-tasks with an hours box each (F4 or the button); OK writes them into the entry field."""
        if not self.plan.rows or not 0 <= self.grid.currentRow() < len(self.weeks):
            self.message.setText(tr("The placement trains no semester of its programme's plan yet"))
            return
        self.picker = PlanTaskPicker(self.plan.rows, self.plan_tasks.text(), round(self.hours.value() * 60), self)
        self.picker.accepted.connect(self._chosen)
        self.picker.open()

    def _chosen(self) -> None:
        if self.picker is not None:
            self.plan_tasks.setText(self.picker.text())
            self.plan_tasks.setFocus()

    def _saved(self, row: int) -> None:
        self.message.setText(tr("Week of {value} saved", "dual logbook").format(value=self.week_label.text()))
        following = next((i for i in range(row + 1, len(self.weeks)) if self.weeks[i].state == "missing"), row)
        self.grid.setCurrentCell(following, 0)
        self.load()
        self.days.setFocus()

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (tr("Days"), tr("Hours"), tr("Signed by"), tr("Tasks"),
                                             tr("Plan sub-tasks")), strict=True):
            label.setText(text)
        self.plan_tasks.setPlaceholderText(tr("#12=8; #14=4:30 (task number = hours)"))
        self.choose.setText(tr("Choose sub-tasks… (F4)"))
        self.save.setText(tr("Save week"))
        self.scan.setPlaceholderText(tr("Scan the sheet's QR code"))
        self.plan.retranslate()
        if self.activated_once and self.weeks:
            self._show(self.weeks)


PAGE = page_of(__name__, LogbookPage)  # key, title, order and permission: its line in PAGES
