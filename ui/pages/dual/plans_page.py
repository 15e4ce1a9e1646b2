"""The training-plan editor: a programme's plan by semester, adding sub-tasks, and a learner's plan not yet covered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton, QWidget

from ui.context import UiEnv
from ui.i18n import tr
from ui.pages import page_of
from ui.pages.dual.common import ListPage, load
from ui.pages.dual.plan_dialogs import RemoveTaskDialog, TaskDialog
from ui.widgets.tables import fill_table, read_only_table
from ui.widgets.toolbar import FlowLayout
from vocdesk.domain.dual.plans import Coverage
from vocdesk.services.core.context import Changes
from vocdesk.services.core.permissions import allowed
from vocdesk.services.dual import PLACEMENTS, PLANS
from vocdesk.services.dual.plan_edits import move_plan_task
from vocdesk.services.dual.plans import PlanTaskRow, learner_coverage, plan_programmes, plan_tasks


class PlansPage(ListPage):
    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.rows: list[PlanTaskRow] = []
        self.keep_selected: int | None = None
        self.dialog: QDialog | None = None
        self.programme = QComboBox(self)
        self.programme.setMinimumWidth(320)
        self.programme.currentIndexChanged.connect(lambda _i: self._load_plan())
        self.buttons.insertWidget(1, self.programme)
        self.task_buttons = FlowLayout()  # under the programme: five buttons beside it would widen a small window
        self.body.insertLayout(1, self.task_buttons)
        self.add_button, self.edit_button, self.remove_button, self.up_button, self.down_button = (
            self.task_button(slot) for slot in (self.add, self.edit, self.remove, lambda: self.move_task(-1),
                                                lambda: self.move_task(1)))
        if allowed(env.actor, "dual.edit"):
            self.table.doubleClicked.connect(lambda _index: self.edit())
        self.learner = QLineEdit(self)
        self.learner.setMaximumWidth(160)
        self.learner.editingFinished.connect(self._load_coverage)
        self.coverage_label = QLabel(self)
        self.coverage = read_only_table(self)
        self.coverage.setMaximumHeight(180)
        self.body.addWidget(self.learner)
        self.body.addWidget(self.coverage_label)
        self.body.addWidget(self.coverage)
        self.alerts.hide()
        self.retranslate()

    def refresh(self) -> None:
        load(self, plan_programmes, self._show_programmes)

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(PLANS, PLACEMENTS):
            self.refresh()

    def _show_programmes(self, programmes: list[tuple[int, str]]) -> None:
        current = self.programme.currentData()
        self.programme.blockSignals(True)
        self.programme.clear()
        for key, name in programmes:
            self.programme.addItem(name, key)
        self.programme.setCurrentIndex(max(0, self.programme.findData(current)))
        self.programme.blockSignals(False)
        self._load_plan()

    def _load_plan(self) -> None:
        programme = self.programme.currentData()
        if programme is None:
            self._show_plan([])
            return
        load(self, lambda uow: plan_tasks(uow, int(programme)), self._show_plan)

    def _show_plan(self, rows: list[PlanTaskRow]) -> None:
        self.rows = rows
        self.fill((tr("Semester"), tr("Main task"), tr("Sub-task"), tr("Hours"), tr("Level"), tr("Course codes")),
                  [[str(r.semester), r.main_task, r.sub_task, str(r.hours), str(r.target_level),
                    r.course_codes.replace(",", ", ")] for r in rows], (70, 230, 300, 95, 50))
        kept = [n for n, r in enumerate(rows) if r.id == self.keep_selected]
        if kept:
            self.table.selectRow(kept[0])
        self.count_label.setText(tr("{count} sub-tasks, {value:,} hours", "dual plans")
                                 .format(count=len(rows), value=sum(r.hours for r in rows)))
        self.data_shown.emit()

    def _load_coverage(self) -> None:
        code = self.learner.text().strip()
        if code:
            load(self, lambda uow: learner_coverage(uow, code), self._show_coverage)

    def _show_coverage(self, found: Coverage) -> None:
        self.coverage_label.setText(tr("{covered_hours:,} of {planned_hours:,} planned hours covered · {count} sub-tasks not yet covered",  # noqa: E501 (one text for the translators)
                                       "dual plans")
                                    .format(covered_hours=found.covered_hours,
                                            planned_hours=found.planned_hours, count=len(found.uncovered)))
        fill_table(self.coverage, (tr("Semester"), tr("Main task"), tr("Sub-task"), tr("Hours")),
                   [[str(t.semester), t.main_task, t.sub_task, str(t.hours)] for t in found.uncovered])
        self.coverage.setColumnWidth(1, 230)
        self.coverage.setColumnWidth(2, 300)
        self.coverage.setColumnWidth(3, 95)

    def add(self) -> None:
        programme = self.programme.currentData()
        if programme is not None:
            self.dialog = TaskDialog(self.env, int(programme), self)
            self.dialog.open()

    def task_button(self, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.clicked.connect(slot)
        button.setEnabled(allowed(self.env.actor, "dual.edit"))
        self.task_buttons.addWidget(button)
        return button

    def selected(self) -> PlanTaskRow | None:
        chosen = self.table.selectionModel().selectedRows()
        return self.rows[chosen[0].row()] if chosen and chosen[0].row() < len(self.rows) else None

    def edit(self) -> None:
        task = self.selected()
        if task is not None:
            self.dialog = TaskDialog(self.env, task.programme_id, self, task)
            self.dialog.open()

    def remove(self) -> None:
        task = self.selected()
        if task is not None:
            self.dialog = RemoveTaskDialog(self.env, task, self)
            self.dialog.open()

    def move_task(self, step: int) -> None:
        task = self.selected()
        if task is not None:
            self.keep_selected = task.id  # pressed again, the same task goes on moving
            self.env.runner.action(lambda uow: move_plan_task(uow, task.id, step), initiator=self)

    def retranslate(self) -> None:
        self.add_button.setText(tr("Add a task…"))
        self.edit_button.setText(tr("Edit…"))
        self.remove_button.setText(tr("Remove…"))
        self.up_button.setText(tr("Move up"))
        self.down_button.setText(tr("Move down"))
        self.learner.setPlaceholderText(tr("Student code"))
        if self.activated_once:
            self.refresh()


PAGE = page_of(__name__, PlansPage)  # key, title, order and permission: its line in PAGES
