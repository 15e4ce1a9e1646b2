"""The training-plan editor's dialogs: add or edit a task of a programme's plan, and remove one."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from ui.context import UiEnv
from ui.i18n import tr
from ui.pages.teachers.dialogs import RecordDialog
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.dual.plan_edits import delete_plan_task, edit_plan_task
from vocdesk.services.dual.plans import PlanTaskInput, PlanTaskRow, add_plan_task


class TaskDialog(RecordDialog):
    """A new task of the programme's plan, or `existing` changed (saved against the version it was read at)."""

    def __init__(self, env: UiEnv, programme_id: int, parent: QWidget | None = None,
                 existing: PlanTaskRow | None = None) -> None:
        super().__init__(env, tr("Edit a plan task") if existing else tr("Add a plan task"), parent)
        self.programme_id, self.existing = programme_id, existing
        self.semester, self.hours, self.level = QSpinBox(self), QSpinBox(self), QSpinBox(self)
        self.semester.setRange(1, 6)
        self.hours.setRange(0, 2000)
        self.level.setRange(1, 5)
        self.level.setValue(3)
        self.main, self.sub, self.courses = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.courses.setPlaceholderText("20100-1001, 20100-1002")
        for edit in (self.main, self.sub, self.courses):
            edit.setMinimumWidth(380)  # a main task and its sub-task are a line of Thai each
        for label, widget in ((tr("Semester"), self.semester), (tr("Main task"), self.main),
                              (tr("Sub-task"), self.sub), (tr("Hours"), self.hours),
                              (tr("Target level (1-5)"), self.level), (tr("Course codes"), self.courses)):
            self.form.addRow(label, widget)
        if existing is not None:
            self.semester.setValue(existing.semester)
            self.main.setText(existing.main_task)
            self.sub.setText(existing.sub_task)
            self.hours.setValue(existing.hours)
            self.level.setValue(existing.target_level)
            self.courses.setText(existing.course_codes.replace(",", ", "))
        self.data: PlanTaskInput | None = None

    def prepare(self) -> None:
        self.data = PlanTaskInput(self.programme_id, self.semester.value(), self.main.text(), self.sub.text(),
                                  self.hours.value(), self.level.value(), self.courses.text())

    def action(self, uow: UnitOfWork) -> int:
        assert self.data is not None
        if self.existing is None:
            return add_plan_task(uow, self.data)
        return edit_plan_task(uow, self.existing.id, self.data, self.existing.version)


class RemoveTaskDialog(RecordDialog):
    """Asks before a task leaves the plan; the audit keeps what it said."""

    def __init__(self, env: UiEnv, task: PlanTaskRow, parent: QWidget | None = None) -> None:
        super().__init__(env, tr("Remove a plan task"), parent)
        self.task = task
        self.ok_button.setText(tr("Remove"))
        text = tr("Remove “{main_task} – {sub_task}” (semester {semester}, {hours} hours) from the plan?", "dual plans")
        self.question = QLabel(text.format(main_task=task.main_task, sub_task=task.sub_task or "-",
                                           semester=task.semester, hours=task.hours), self)
        self.question.setWordWrap(True)
        self.body.addWidget(self.question)

    def action(self, uow: UnitOfWork) -> int:
        delete_plan_task(uow, self.task.id, self.task.version)
        return self.task.id
