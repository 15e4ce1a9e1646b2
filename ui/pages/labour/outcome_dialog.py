"""One graduate's survey answer, keyboard first: Enter saves and moves to the next graduate of the list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import pick, tr
from ui.widgets.buddhist_date_edit import BuddhistDateEdit
from vocdesk.domain.labour.survey import SALARY_BANDS, STATUSES, WORKING
from vocdesk.services.labour.outcomes import OutcomeInput, save_outcome
from vocdesk.services.labour.survey import SurveyRow


class OutcomeDialog(QDialog):
    """Edits the answer of `rows[index]` in `round_months`; `Save and next` walks down the list."""

    def __init__(self, env: UiEnv, rows: list[SurveyRow], index: int, round_months: int,
                 on_saved: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env, self.rows, self.index, self.round_months, self.on_saved = env, rows, index, round_months, on_saved
        self.setWindowTitle(tr("Survey answer"))
        self.who = QLabel(self)
        self.who.setWordWrap(True)
        self.who.setStyleSheet("font-weight: bold;")
        self.status = QComboBox(self)
        for code, thai, english in STATUSES:
            self.status.addItem(pick(thai, english), code)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.in_field = QCheckBox(tr("Works in the field studied"), self)
        self.employer, self.industry, self.occupation, self.title = (QLineEdit(self) for _ in range(4))
        self.occupation.setPlaceholderText("7231")
        self.industry.setPlaceholderText("TSIC")
        self.salary = QComboBox(self)
        self.salary.addItem("—", "")
        for code, thai in SALARY_BANDS:
            self.salary.addItem(thai, code)
        self.province, self.evidence, self.verified_by = (QLineEdit(self) for _ in range(3))
        self.surveyed_on = BuddhistDateEdit(self)
        form = QFormLayout()
        for text, widget in ((tr("Status:"), self.status), ("", self.in_field), (tr("Employer:"), self.employer),
                             (tr("Industry (TSIC):"), self.industry), (tr("Occupation (ISCO-08):"), self.occupation),
                             (tr("Job title:"), self.title), (tr("Monthly salary (baht):"), self.salary),
                             (tr("Province of work:"), self.province), (tr("Evidence:"), self.evidence),
                             (tr("Verified by:"), self.verified_by), (tr("Surveyed on:"), self.surveyed_on)):
            form.addRow(text, widget)
        buttons = QDialogButtonBox(self)
        self.next_button = QPushButton(tr("Save and next"), self)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(lambda: self.save(advance=True))
        save = QPushButton(tr("Save"), self)
        save.clicked.connect(lambda: self.save(advance=False))
        buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self.show_row()

    def show_row(self) -> None:
        row = self.rows[self.index]
        group = f" · {row.group_code}" if row.group_code else ""
        self.who.setText(f"{row.student_code} {row.name}{group} ({self.index + 1}/{len(self.rows)})")
        self.status.setCurrentIndex(max(0, self.status.findData(row.status or "employed_private")))
        self.in_field.setChecked(row.in_field)
        for edit, value in ((self.employer, row.employer), (self.industry, row.industry),
                            (self.occupation, row.occupation), (self.title, row.occupation_title),
                            (self.province, row.province), (self.evidence, row.evidence),
                            (self.verified_by, row.verified_by)):
            edit.setText(value)
        self.salary.setCurrentIndex(max(0, self.salary.findData(row.salary_band)))
        self.surveyed_on.setDate(row.surveyed_on)
        self._status_changed()
        self.status.setFocus()

    def _status_changed(self) -> None:
        working = self.status.currentData() in WORKING
        for widget in (self.in_field, self.employer, self.industry, self.occupation, self.title, self.salary):
            widget.setEnabled(working)

    def entry(self) -> OutcomeInput:
        working = self.status.currentData() in WORKING
        return OutcomeInput(
            self.rows[self.index].learner_id, self.round_months, str(self.status.currentData()),
            in_field=working and self.in_field.isChecked(), employer=self.employer.text().strip() if working else "",
            industry=self.industry.text().strip() if working else "",
            occupation=self.occupation.text().strip() if working else "",
            occupation_title=self.title.text().strip() if working else "",
            salary_band=str(self.salary.currentData()) if working else "", province=self.province.text().strip(),
            evidence=self.evidence.text().strip(), verified_by=self.verified_by.text().strip(),
            surveyed_on=self.surveyed_on.date())

    def save(self, advance: bool) -> None:
        entry, index = self.entry(), self.index

        def done(_changed: object) -> None:
            self.on_saved(index)
            if advance and index + 1 < len(self.rows):
                self.index = index + 1
                self.show_row()
            else:
                self.accept()

        self.env.runner.action(lambda uow: save_outcome(uow, entry), initiator=self.parent(), on_done=done,
                               on_error=lambda error: show_error(self, error))
