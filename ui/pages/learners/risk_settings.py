"""The dropout-risk thresholds (attendance, GPAX, household income, suspensions, the HIGH score) as a form."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QSpinBox, QWidget

from ui.context import UiEnv
from ui.i18n import tr
from ui.widgets.service_dialog import ServiceDialog
from vocdesk.domain.risk import RiskThresholds
from vocdesk.services.learners.risk import risk_thresholds, save_risk_thresholds


class RiskSettingsDialog(ServiceDialog):
    """Loads the stored thresholds; Save stores them as audited settings and every risk view recomputes."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.attendance = QDoubleSpinBox(self)
        self.attendance.setRange(0, 100)
        self.attendance.setDecimals(1)
        self.attendance.setSuffix(" %")
        self.gpax = QDoubleSpinBox(self)
        self.gpax.setRange(0, 4)
        self.gpax.setDecimals(2)
        self.gpax.setSingleStep(0.1)
        self.income = QSpinBox(self)
        self.income.setRange(0, 10_000_000)
        self.income.setSingleStep(500)
        self.income.setGroupSeparatorShown(True)
        self.suspensions = QSpinBox(self)
        self.suspensions.setRange(0, 50)
        self.high_score = QSpinBox(self)
        self.high_score.setRange(1, 10)
        self.labels = [QLabel(self) for _ in range(5)]
        for label, field in zip(self.labels, (self.attendance, self.gpax, self.income, self.suspensions,
                                              self.high_score), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.layout_.insertWidget(0, self.note)
        self.setMinimumWidth(520)
        self.retranslate()
        self.load(risk_thresholds, self.show_thresholds)

    def show_thresholds(self, limits: RiskThresholds) -> None:
        self.attendance.setValue(limits.attendance_min_pct)
        self.gpax.setValue(limits.gpax_min)
        self.income.setValue(limits.household_income_max)
        self.suspensions.setValue(limits.suspensions_max)
        self.high_score.setValue(limits.high_score)

    def save(self) -> None:
        values = dict(attendance_min_pct=round(self.attendance.value(), 1), gpax_min=round(self.gpax.value(), 2),
                      household_income_max=self.income.value(), suspensions_max=self.suspensions.value(),
                      high_score=self.high_score.value())
        self.submit(lambda uow: save_risk_thresholds(uow, RiskThresholds(**values)))  # type: ignore[arg-type]

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(tr("Dropout-risk thresholds"))
        self.note.setText(tr("A learner is flagged when a rule below fires (missing data never fires a rule). "
                             "The defaults are starting points for the college to review."))
        texts = (tr("Attendance below"), tr("GPAX below"), tr("Household income below (baht a month, no support)"),
                 tr("Suspensions more than"), tr("High risk from a score of"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
