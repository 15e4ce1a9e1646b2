"""Dialogs of the teachers page: record a contract period, record a development activity with an enterprise."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import pick
from ui.pages.staffing_dialogs import name_buttons
from ui.widgets.buddhist_date_edit import BuddhistDateEdit
from vocdesk.domain.teachers import DevelopmentTopic
from vocdesk.errors import ValidationFailed
from vocdesk.services.context import UnitOfWork
from vocdesk.services.teacher_records import add_contract, add_development, find_or_add_enterprise


class RecordDialog(QDialog):
    """A form with Save/Cancel; Save runs `action` in one unit of work and closes on success."""

    def __init__(self, env: UiEnv, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(title)
        self.form = QFormLayout()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        name_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def dates(self, start: BuddhistDateEdit, end: BuddhistDateEdit) -> tuple[dt.date, dt.date]:
        start.commit_text()
        end.commit_text()
        for name, box in (("start_date", start), ("end_date", end)):
            if box.date() is None or not box.is_valid():
                raise ValidationFailed("required", field=name)
        first, last = start.date(), end.date()
        assert first is not None and last is not None
        return first, last

    def action(self, uow: UnitOfWork) -> int:
        raise NotImplementedError

    def save(self) -> None:
        try:
            self.prepare()
        except ValidationFailed as error:
            show_error(self, error)
            return
        self.env.runner.action(self.action, on_done=lambda _id: self.accept(),
                               on_error=lambda error: show_error(self, error))

    def prepare(self) -> None:
        """Read the widgets on the GUI thread (the action runs on the worker)."""


class ContractDialog(RecordDialog):
    def __init__(self, env: UiEnv, teacher_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(env, pick(f"เพิ่มสัญญาจ้าง: {name}", f"Add a contract: {name}"), parent)
        self.teacher_id = teacher_id
        self.start, self.end = BuddhistDateEdit(self), BuddhistDateEdit(self)
        self.funding = QLineEdit(self)
        self.funding.setPlaceholderText("เงินรายได้สถานศึกษา")
        self.form.addRow(pick("เริ่มสัญญา", "Start"), self.start)
        self.form.addRow(pick("สิ้นสุดสัญญา", "End"), self.end)
        self.form.addRow(pick("แหล่งงบประมาณ", "Funding source"), self.funding)
        self.values: tuple[dt.date, dt.date, str] | None = None

    def prepare(self) -> None:
        start, end = self.dates(self.start, self.end)
        self.values = (start, end, self.funding.text())

    def action(self, uow: UnitOfWork) -> int:
        assert self.values is not None
        return add_contract(uow, self.teacher_id, *self.values)


class DevelopmentDialog(RecordDialog):
    def __init__(self, env: UiEnv, teacher_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(env, pick(f"เพิ่มการพัฒนา: {name}", f"Add development: {name}"), parent)
        self.teacher_id = teacher_id
        self.topic = QComboBox(self)
        for topic in DevelopmentTopic:
            self.topic.addItem(pick(topic.label_th, topic.label_en), topic.value)
        self.start, self.end = BuddhistDateEdit(self), BuddhistDateEdit(self)
        self.hours = QDoubleSpinBox(self)
        self.hours.setRange(0, 2000)
        self.hours.setDecimals(1)
        self.enterprise, self.tax_id = QLineEdit(self), QLineEdit(self)
        self.title, self.certificate = QLineEdit(self), QLineEdit(self)
        for label, widget in ((pick("หัวข้อ", "Topic"), self.topic), (pick("ตั้งแต่", "From"), self.start),
                              (pick("ถึง", "To"), self.end), (pick("จำนวนชั่วโมง", "Hours"), self.hours),
                              (pick("สถานประกอบการ", "Enterprise"), self.enterprise),
                              (pick("เลขประจำตัวผู้เสียภาษี", "Tax ID"), self.tax_id),
                              (pick("ชื่อกิจกรรม", "Activity"), self.title),
                              (pick("เลขที่วุฒิบัตร", "Certificate no."), self.certificate)):
            self.form.addRow(label, widget)
        self.values: dict[str, object] = {}

    def prepare(self) -> None:
        start, end = self.dates(self.start, self.end)
        self.values = {"topic": str(self.topic.currentData()), "start": start, "end": end,
                       "hours": self.hours.value(), "enterprise": self.enterprise.text().strip(),
                       "tax_id": self.tax_id.text(), "title": self.title.text(), "certificate": self.certificate.text()}

    def action(self, uow: UnitOfWork) -> int:
        v = self.values
        enterprise = find_or_add_enterprise(uow, str(v["enterprise"]), str(v["tax_id"])) if v["enterprise"] else None
        start, end, hours = v["start"], v["end"], v["hours"]
        assert isinstance(start, dt.date) and isinstance(end, dt.date) and isinstance(hours, float)
        return add_development(uow, self.teacher_id, str(v["topic"]), start, end, hours, enterprise,
                               str(v["title"]), str(v["certificate"]))
