"""The visit entry form under the visit planner: date, mode, the learner's state, time, travel and notes."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from ui.i18n import tr
from ui.widgets.buddhist_date_edit import BuddhistDateEdit
from vocdesk.domain.dual.allowances import baht_to_satang
from vocdesk.services.dual.visits import VisitInput

MODES = ("onsite", "online", "partner")
STATES = ("normal", "follow", "lost")


def mode_text(mode: str) -> str:
    return {"onsite": tr("On site"), "online": tr("Online"), "partner": tr("Foreign partner")}.get(mode, mode)


def state_text(state: str) -> str:
    return {"normal": tr("Normal"), "follow": tr("Needs follow-up"), "lost": tr("Out of contact")}.get(state, state)


class VisitForm(QGroupBox):
    """Fields of one visit; `value(placement_id)` builds the service input (the service checks the rules)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = BuddhistDateEdit(self)
        self.mode = QComboBox(self)
        self.state = QComboBox(self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSingleStep(30)
        self.travel = QLineEdit(self)
        self.observed = QLineEdit(self)
        self.follow_up = QLineEdit(self)
        self.save = QPushButton(self)
        form = QFormLayout(self)
        fields = (self.day, self.mode, self.state, self.minutes, self.travel, self.observed, self.follow_up)
        self.labels = [QLabel(self) for _ in fields]
        for label, widget in zip(self.labels, fields, strict=True):
            form.addRow(label, widget)
        form.addRow(self.save)
        self.retranslate()

    def value(self, placement_id: int) -> VisitInput | None:
        day = self.day.date()
        if day is None:
            return None
        return VisitInput(placement_id, day, None, str(self.mode.currentData()), self.minutes.value(),
                          str(self.state.currentData()), self.observed.text(), self.follow_up.text(),
                          baht_to_satang(self.travel.text() or "0"))

    def clear_notes(self) -> None:
        self.observed.clear()
        self.follow_up.clear()
        self.travel.clear()

    def retranslate(self) -> None:
        self.setTitle(tr("Record a visit for the selected placement"))
        labels = (tr("Date"), tr("How"), tr("Learner's state"), tr("Minutes spent"), tr("Travel (baht)"),
                  tr("What was seen"), tr("Follow-up"))
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        for box, codes, label_of in ((self.mode, MODES, mode_text), (self.state, STATES, state_text)):
            current = box.currentData()
            box.clear()
            for code in codes:
                box.addItem(label_of(code), code)
            box.setCurrentIndex(max(0, box.findData(current)))
        self.save.setText(tr("Save visit"))
