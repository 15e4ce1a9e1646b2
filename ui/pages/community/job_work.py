"""Under the job list: a part at cost and a learner's (or teacher's) minutes on the selected job."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ui.context import UiEnv
from ui.errors import message_for
from ui.i18n import tr, wrappable
from vocdesk.domain.grants import parse_baht
from vocdesk.errors import ValidationFailed
from vocdesk.services.community.progress import PartSaved, add_minutes, add_part


class JobWorkBar(QWidget):
    """Enter in a field adds what it belongs to; the line on the right says what happened."""

    def __init__(self, env: UiEnv, selected_label: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env, self.selected_label = env, selected_label
        self.part, self.cost, self.learner, self.minutes = (QLineEdit(self) for _ in range(4))
        self.cost.setMaximumWidth(90)
        self.learner.setMaximumWidth(130)
        self.minutes.setFixedWidth(70)  # minutes: a few digits
        self.minutes.setValidator(QIntValidator(1, 24 * 60, self))
        self.part_button, self.minutes_button = QPushButton(self), QPushButton(self)
        self.said = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in ((self.part, 2), (self.cost, 0), (self.part_button, 0), (self.learner, 0),
                                (self.minutes, 0), (self.minutes_button, 0), (self.said, 3)):
            layout.addWidget(widget, stretch)
        self.part_button.clicked.connect(self.add_part)
        self.cost.returnPressed.connect(self.add_part)
        self.minutes_button.clicked.connect(self.add_minutes)
        self.minutes.returnPressed.connect(self.add_minutes)
        self.retranslate()

    def retranslate(self) -> None:
        self.part.setPlaceholderText(tr("Part used"))
        self.cost.setPlaceholderText(tr("Cost (฿)"))
        self.part_button.setText(tr("Add part"))
        self.learner.setPlaceholderText(tr("Student code"))
        self.minutes.setPlaceholderText(tr("Minutes"))
        self.minutes_button.setText(tr("Add minutes"))

    def add_part(self) -> None:
        label = self.selected_label()
        if label is None:
            return
        description = self.part.text()
        try:
            cost = parse_baht(self.cost.text().strip() or "0", "cost")
        except ValidationFailed as error:  # a typed amount that is not money: said beside the field
            self._say(message_for(error), problem=True)
            return
        self.env.runner.action(lambda uow: add_part(uow, label, description, cost), on_done=self._part_added,
                               on_error=lambda error: self._say(message_for(error), problem=True), initiator=self)

    def _part_added(self, saved: PartSaved) -> None:
        self.part.clear()
        self.cost.clear()
        spent, allowance = f"{saved.parts_satang / 100:,.2f}", f"{saved.allowance_satang / 100:,.2f}"
        self._say(tr("{label}: parts ฿{spent} of ฿{allowance}").format(label=saved.label, spent=spent,
                                                                       allowance=allowance))

    def add_minutes(self) -> None:
        label, code, typed = self.selected_label(), self.learner.text().strip(), self.minutes.text().strip()
        if label is None or not typed:
            return
        minutes, day = int(typed), self.env.context.today()
        self.env.runner.action(lambda uow: add_minutes(uow, label, minutes, learner=code, worked_on=day),
                               on_done=lambda _id: self._minutes_added(label, code, minutes),
                               on_error=lambda error: self._say(message_for(error), problem=True), initiator=self)

    def _minutes_added(self, label: str, code: str, minutes: int) -> None:
        self.minutes.clear()
        self._say(tr("{label}: {minutes} minutes for {code}").format(label=label, minutes=minutes, code=code))

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.said.setStyleSheet("color: #c0392b" if problem else "color: #1e6b3a")
        self.said.setText(wrappable(text))
