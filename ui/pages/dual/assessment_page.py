"""Joint assessment: per placement and semester, the college's and the enterprise's score per competence."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import tr
from ui.pages import Page, page_of
from vocdesk.domain.dual.assessment import Score
from vocdesk.errors import ValidationFailed
from vocdesk.services.core.context import Changes
from vocdesk.services.core.permissions import allowed
from vocdesk.services.dual import ASSESSMENT, PLACEMENTS
from vocdesk.services.dual.assessment import Assessment, get_assessment, record_scores
from vocdesk.services.dual.logbook_grid import started_choices

BLANK_ROWS = 3
"""Empty lines under the recorded competences, to type new ones."""


def _score(text: str, competence: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if not text.isascii() or not text.isdigit():
        raise ValidationFailed("dual.score_range", field="score", competence=competence, top="?")
    return int(text)


class AssessmentPage(Page):
    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        from vocdesk.domain.academic import default_semester_of

        self.placement = QComboBox(self)
        self.placement.setMinimumContentsLength(28)
        self.placement.currentIndexChanged.connect(lambda _i: self.load())
        self.semester = QLineEdit(str(default_semester_of(env.context.today())), self)
        self.semester.setMaximumWidth(90)
        self.semester.editingFinished.connect(self.load)
        self.result = QLabel(self)
        self.scores = QTableWidget(self)
        self.scores.setColumnCount(3)
        self.scores.verticalHeader().setVisible(False)
        self.scores.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.scores.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.save = QPushButton(self)
        self.save.clicked.connect(self.submit)
        self.save.setEnabled(allowed(env.actor, "dual.followup"))
        self.semester_label = QLabel(self)
        top = QHBoxLayout()
        for widget in (self.placement, self.semester_label, self.semester):
            top.addWidget(widget)
        top.addWidget(self.result, 1)
        top.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.scores, 1)
        self.retranslate()

    def refresh(self) -> None:
        self.env.runner.action(started_choices, on_done=self._choices, on_error=lambda e: show_error(self, e))

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(PLACEMENTS, ASSESSMENT) and not changes.started_by(self):
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
        placement, semester = self.placement.currentData(), self.semester.text().strip()
        if placement is None:
            self.data_shown.emit()
            return
        self.env.runner.action(lambda uow: get_assessment(uow, int(placement), semester), on_done=self._show,
                               on_error=lambda e: show_error(self, e))

    def _show(self, assessment: Assessment) -> None:
        rows = [(s.competence, s.college, s.enterprise) for s in assessment.scores] + [("", None, None)] * BLANK_ROWS
        self.scores.setRowCount(len(rows))
        for r, (competence, college, enterprise) in enumerate(rows):
            for c, value in enumerate((competence, "" if college is None else str(college),
                                       "" if enterprise is None else str(enterprise))):
                self.scores.setItem(r, c, QTableWidgetItem(value))
        self.scores.setColumnWidth(1, 190)
        self.scores.setColumnWidth(2, 200)
        outcome = assessment.result
        if outcome.percent is None:
            self.result.setText(tr("Waiting for {count} competence(s)", "dual assessment")
                                .format(count=len(outcome.missing)))
        else:
            passed = (tr("pass", "a joint assessment result") if outcome.passed
                      else tr("not passed", "a joint assessment result"))
            self.result.setText(tr("Joint result {percent:g}% ({passed})", "dual assessment")
                                .format(percent=outcome.percent, passed=passed))
        self.data_shown.emit()

    def submit(self) -> None:
        placement, semester = self.placement.currentData(), self.semester.text().strip()
        if placement is None:
            return
        try:
            scores = []
            for r in range(self.scores.rowCount()):
                cells = [self.scores.item(r, c) for c in range(3)]
                texts = [cell.text() if cell is not None else "" for cell in cells]
                if texts[0].strip():
                    scores.append(Score(texts[0].strip(), _score(texts[1], texts[0]), _score(texts[2], texts[0])))
        except ValidationFailed as error:
            show_error(self, error)
            return
        self.env.runner.action(lambda uow: record_scores(uow, int(placement), semester, scores), initiator=self,
                               on_done=self._show, on_error=lambda e: show_error(self, e))

    def retranslate(self) -> None:
        self.semester_label.setText(tr("Semester"))
        self.save.setText(tr("Save scores"))
        self.scores.setHorizontalHeaderLabels([tr("Competence"), tr("College's score"), tr("Enterprise's score")])


PAGE = page_of(__name__, AssessmentPage)  # key, title, order and permission: its line in PAGES
