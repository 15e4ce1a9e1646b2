"""Graduate outcomes (ภาวะการมีงานทำ): the rates per programme and level, and the survey grid of one cohort."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import pick, tr
from ui.pages import Page, page_of
from ui.pages.labour.common import LEVELS, fill_table, label, percent, read_only_table
from ui.widgets.export_action import ExportAction, ListedIds
from ui.widgets.tables import set_widths
from vocdesk.domain.labour.survey import SALARY_TH, STATUS_TH, STATUSES
from vocdesk.services.core.context import Changes
from vocdesk.services.core.permissions import allowed
from vocdesk.services.labour import OUTCOMES
from vocdesk.services.labour.survey import RateLine, SurveyRow, cohort_choices, outcome_rates, survey_rows

STATUS_EN = {code: en for code, _th, en in STATUSES}


class OutcomesPage(Page):
    """Cohort and round on top; the indicator table; the graduates with their answers (Enter edits)."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.rows: list[SurveyRow] = []
        self.may_survey = allowed(env.actor, "labour.outcomes")
        self.cohort, self.round = QComboBox(self), QComboBox(self)
        for combo in (self.cohort, self.round):
            combo.activated.connect(lambda _index: self._load())
        self.cohort_label, self.round_label = QLabel(self), QLabel(self)
        self.import_button, self.edit_button = QPushButton(self), QPushButton(self)
        self.import_button.clicked.connect(self.open_import)
        self.edit_button.clicked.connect(self.edit_current)
        self.rates = read_only_table(self)
        self.grid = read_only_table(self)
        self.grid.doubleClicked.connect(lambda _index: self.edit_current())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.grid, self.edit_current)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        for widget in (self.cohort_label, self.cohort, self.round_label, self.round):
            top.addWidget(widget)
        top.addStretch(1)
        if self.may_survey:
            top.addWidget(self.edit_button)
            top.addWidget(self.import_button)
            ExportAction.install(self, top, "outcomes", ListedIds(
                lambda: [r.outcome_id for r in self.rows if r.outcome_id is not None]))
        for survey_widget in (self.grid, self.import_button, self.edit_button):  # unlaid-out: must not float at 0, 0
            survey_widget.setVisible(self.may_survey)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.rates)
        split.addWidget(self.grid)
        split.setSizes([200, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)
        self.retranslate()

    def refresh(self) -> None:
        actor = self.env.actor
        self.env.runner.read(lambda s: cohort_choices(s, actor), on_done=self._show_cohorts,
                             on_error=lambda error: show_error(self, error))

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(OUTCOMES):
            self._load()

    def _show_cohorts(self, cohorts: list[tuple[int, tuple[int, ...]]]) -> None:
        keep = self.cohort.currentData()
        self.cohort.clear()
        for year, _rounds in cohorts:
            self.cohort.addItem(str(year + 543), year)
        surveyed = next((year for year, rounds in cohorts if self.round.currentData() in rounds), None)
        index = self.cohort.findData(keep if keep is not None else surveyed)
        self.cohort.setCurrentIndex(index if index >= 0 else 0)
        self._load()

    def _load(self) -> None:
        actor, cohort, survey_round = self.env.actor, self.cohort.currentData(), self.round.currentData()
        if cohort is None:
            self._show(([], []))
            return
        may_survey = self.may_survey

        def load(session: Any) -> tuple[list[RateLine], list[SurveyRow]]:
            rows = survey_rows(session, actor, cohort, survey_round) if may_survey else []
            return outcome_rates(session, actor, cohort, survey_round), rows

        self.env.runner.read(load, on_done=self._show, on_error=lambda error: show_error(self, error))

    def _show(self, result: tuple[list[RateLine], list[SurveyRow]]) -> None:
        rates, self.rows = result
        fill_table(self.rates, (tr("Level"), tr("Programme"), tr("Graduates"), tr("Answered"), tr("Response"),
                                tr("Employed"), tr("Employment rate"), tr("In field")),
                   [[label(LEVELS, r.level) or tr("College"), r.programme or tr("All programmes"),
                     str(r.figures.graduates), str(r.figures.respondents), percent(r.figures.response_rate),
                     str(r.figures.employed), percent(r.figures.rate), percent(r.figures.in_field_rate)]
                    for r in rates], right=(2, 3, 4, 5, 6, 7))
        set_widths(self.rates, (70, 220, 80, 80, 80, 80, 110))
        self.note.setText(tr("Employment rate = employed or self-employed ÷ (answered − ordained or in military "
                             "service) × 100; in field = share of the employed working in their field."))
        fill_table(self.grid, (tr("Student code"), tr("Full name"), tr("Group"), tr("Status"), tr("In field"),
                               tr("Employer"), tr("Occupation"), tr("Salary")),
                   [[r.student_code, r.name, r.group_code,
                     pick(STATUS_TH.get(r.status, ""), STATUS_EN.get(r.status, "")) or tr("not surveyed"),
                     ("✓" if r.in_field else "") if r.status else "", r.employer,
                     " ".join(p for p in (r.occupation, r.occupation_title) if p), SALARY_TH.get(r.salary_band, "")]
                    for r in self.rows])
        set_widths(self.grid, (110, 190, 90, 150, 60, 190, 170))
        self.edit_button.setEnabled(bool(self.rows))
        self.data_shown.emit()

    def edit_current(self) -> None:
        from ui.pages.labour.outcome_dialog import OutcomeDialog

        row = max(0, self.grid.currentRow())
        if self.may_survey and row < len(self.rows):
            self.dialog = OutcomeDialog(self.env, self.rows, row, int(self.round.currentData()),
                                        lambda index: self.grid.selectRow(min(index + 1, len(self.rows) - 1)), self)
            self.dialog.open()

    def open_import(self) -> None:
        from ui.dialogs.import_wizard import ImportWizard

        ImportWizard(self.env, self, kinds=["outcomes"]).open()

    def retranslate(self) -> None:
        self.cohort_label.setText(tr("Graduated in:"))
        self.round_label.setText(tr("Survey round:"))
        keep = self.round.currentData()
        self.round.clear()
        self.round.addItem(tr("12 months"), 12)
        self.round.addItem(tr("6 months"), 6)
        self.round.setCurrentIndex(max(0, self.round.findData(keep)))
        self.import_button.setText(tr("Import answers…"))
        self.edit_button.setText(tr("Enter answers…"))
        if self.activated_once:
            self.refresh()


PAGE = page_of(__name__, OutcomesPage)  # key, title, order and permission: its line in PAGES
