"""A new placement: the form, and the rule check shown before the draft is saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import pick, tr
from ui.pages.dual.findings import FindingsPanel
from ui.pages.teachers.dialogs import RecordDialog
from ui.widgets.buddhist_date_edit import BuddhistDateEdit
from vocdesk.domain.dual.hazards import HAZARDS
from vocdesk.domain.dual.plans import parse_semesters
from vocdesk.domain.dual.weekdays import parse_weekdays
from vocdesk.errors import ValidationFailed
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.dual.placements import FindingView, PlacementInput, Saved, ShiftInput, add_placement
from vocdesk.services.dual.preview import Choices, preview_placement


def _time(edit: QTimeEdit) -> dt.time:
    value = edit.time()
    return dt.time(value.hour(), value.minute())


class PlacementDialog(RecordDialog):
    def __init__(self, env: UiEnv, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(env, tr("New placement"), parent)
        self.choices = choices
        self.learner = QLineEdit(self)
        self.enterprise, self.trainer, self.mou, self.supervisor = (QComboBox(self) for _ in range(4))
        for key, name in choices.enterprises:
            self.enterprise.addItem(name, key)
        self.supervisor.addItem("-", None)
        for key, name in choices.supervisors:
            self.supervisor.addItem(name, key)
        self.enterprise.currentIndexChanged.connect(lambda _i: self._enterprise_changed())
        self.start, self.end = BuddhistDateEdit(self), BuddhistDateEdit(self)
        self.semesters = QSpinBox(self)
        self.semesters.setRange(1, 6)
        self.semesters.setValue(2)
        self.days = QLineEdit("จ-ศ", self)
        self.shift_start, self.shift_end = QTimeEdit(QTime(8, 0), self), QTimeEdit(QTime(17, 0), self)
        self.break_minutes = QSpinBox(self)
        self.break_minutes.setRange(0, 240)
        self.break_minutes.setValue(60)
        self.allowance = QDoubleSpinBox(self)
        self.allowance.setRange(0, 100_000)
        self.tasks, self.plan = QLineEdit(self), QLineEdit(self)
        self.plan.setPlaceholderText("3,4")
        self.consent = QCheckBox(tr("Guardian consent recorded"), self)
        self.holidays = QCheckBox(tr("Trains on public holidays too"), self)
        self.hazard = QComboBox(self)
        self.hazard.addItem("-", None)
        for code, (thai, english) in HAZARDS.items():
            self.hazard.addItem(pick(thai, english), code)
        for label, widget in ((tr("Student code"), self.learner), (tr("Enterprise"), self.enterprise),
                              (tr("Trainer"), self.trainer), (tr("MOU"), self.mou),
                              (tr("Supervising teacher"), self.supervisor), (tr("First day"), self.start),
                              (tr("Last day"), self.end), (tr("Semesters"), self.semesters)):
            self.form.addRow(label, widget)
        self.right = QFormLayout()
        right_rows: tuple[tuple[str, QWidget], ...] = (
            (tr("Training days"), self.days), (tr("Shift starts"), self.shift_start),
            (tr("Shift ends"), self.shift_end), (tr("Break (minutes)"), self.break_minutes),
            (tr("Allowance a day"), self.allowance), (tr("Tasks"), self.tasks), (tr("Plan semesters"), self.plan),
            (tr("Prohibited work (§49)"), self.hazard), ("", self.consent), ("", self.holidays))
        for label, right_widget in right_rows:
            self.right.addRow(label, right_widget)
        self.check_button = QPushButton(tr("Check the rules"), self)
        self.check_button.clicked.connect(self.check_rules)
        self.right.addRow("", self.check_button)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.removeItem(self.form)
        columns = QHBoxLayout()
        columns.addLayout(self.form)
        columns.addSpacing(16)
        columns.addLayout(self.right)
        outer.insertLayout(0, columns)
        self.findings = FindingsPanel(self)
        self.findings.setMinimumHeight(130)
        outer.insertWidget(1, self.findings, 1)
        self.data: PlacementInput | None = None
        self.saved: Saved | None = None
        self._enterprise_changed()

    def _enterprise_changed(self) -> None:
        chosen = self.enterprise.currentData()
        self.trainer.clear()
        self.mou.clear()
        for key, enterprise, name in self.choices.trainers:
            if enterprise == chosen:
                self.trainer.addItem(name, key)
        self.mou.addItem("-", None)
        for key, enterprise, name in self.choices.mous:
            if enterprise == chosen:
                self.mou.addItem(name, key)
        self.mou.setCurrentIndex(self.mou.count() - 1)

    def prepare(self) -> None:
        start, end = self.dates(self.start, self.end)
        if self.enterprise.currentData() is None or self.trainer.currentData() is None:
            raise ValidationFailed("required", field="trainer_id")
        shifts = tuple(ShiftInput(day, _time(self.shift_start), _time(self.shift_end), self.break_minutes.value())
                       for day in parse_weekdays(self.days.text()))
        self.data = PlacementInput(
            self.learner.text().strip(), int(self.enterprise.currentData()), int(self.trainer.currentData()), start,
            end, self.semesters.value(), self.mou.currentData(), self.supervisor.currentData(), None, shifts,
            self.allowance.value(), "day", self.tasks.text().strip(),
            (self.hazard.currentData(),) if self.hazard.currentData() else (), self.consent.isChecked(),
            parse_semesters(self.plan.text()), self.holidays.isChecked())

    def check_rules(self) -> None:
        """Show what saving would find, writing nothing (FormDialog's own `check` runs before a save)."""
        try:
            self.prepare()
        except ValidationFailed as error:
            show_error(self, error)
            return
        data, env = self.data, self.env
        assert data is not None and env is not None
        env.runner.action(lambda uow: preview_placement(uow, data), on_done=self._checked,
                               on_error=lambda error: show_error(self, error))

    def _checked(self, findings: list[FindingView]) -> None:
        self.findings.show_findings(findings)

    def action(self, uow: UnitOfWork) -> int:
        assert self.data is not None
        self.saved = add_placement(uow, self.data)
        return self.saved.id
