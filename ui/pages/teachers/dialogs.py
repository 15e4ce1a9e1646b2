"""Dialogs of the teachers page: add or edit a teacher, record a contract period or a development activity."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ui.context import UiEnv
from ui.i18n import pick, tr
from ui.widgets.buddhist_date_edit import BuddhistDateEdit
from ui.widgets.form_dialog import FormDialog
from ui.widgets.national_id_edit import NationalIdEdit
from vocdesk.domain.teachers import ACADEMIC_TITLES, DevelopmentTopic, PositionType
from vocdesk.errors import ValidationFailed
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.teachers.records import add_contract, add_development, find_or_add_enterprise
from vocdesk.services.teachers.register import TeacherInput, save_teacher


class RecordDialog(FormDialog):
    """A form with Save/Cancel; Save runs `action` in one unit of work and closes on success."""

    def __init__(self, env: UiEnv, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent, env=env, ok_text=tr("Save"), ok_button=QDialogButtonBox.StandardButton.Save)

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
        self.submit()

    def prepare(self) -> None:
        """Read the widgets on the GUI thread (the action runs on the worker)."""

    def check(self) -> str:
        self.prepare()
        return ""

    def proceed(self) -> None:
        self.run(self.action)


class ContractDialog(RecordDialog):
    def __init__(self, env: UiEnv, teacher_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(env, tr("Add a contract: {name}").format(name=name), parent)
        self.teacher_id = teacher_id
        self.start, self.end = BuddhistDateEdit(self), BuddhistDateEdit(self)
        self.funding = QLineEdit(self)
        self.funding.setPlaceholderText("เงินรายได้สถานศึกษา")
        self.form.addRow(tr("Start"), self.start)
        self.form.addRow(tr("End"), self.end)
        self.form.addRow(tr("Funding source"), self.funding)
        self.values: tuple[dt.date, dt.date, str] | None = None

    def prepare(self) -> None:
        start, end = self.dates(self.start, self.end)
        self.values = (start, end, self.funding.text())

    def action(self, uow: UnitOfWork) -> int:
        assert self.values is not None
        return add_contract(uow, self.teacher_id, *self.values)


class DevelopmentDialog(RecordDialog):
    def __init__(self, env: UiEnv, teacher_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(env, tr("Add development: {name}").format(name=name), parent)
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
        for label, widget in ((tr("Topic"), self.topic), (tr("From", "the first day of a course"), self.start),
                              (tr("To"), self.end), (tr("Hours"), self.hours),
                              (tr("Enterprise"), self.enterprise),
                              (tr("Tax ID"), self.tax_id),
                              (tr("Activity"), self.title),
                              (tr("Certificate no."), self.certificate)):
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


class TeacherDialog(RecordDialog):
    """Add a teacher, or edit one (the save is refused if someone else saved the record meanwhile)."""

    def __init__(self, env: UiEnv, departments: list[tuple[str, str, bool]], current: TeacherInput | None = None,
                 teacher_id: int | None = None, version: int | None = None, parent: QWidget | None = None) -> None:
        title = tr("Edit teacher") if teacher_id else tr("Add a teacher")
        super().__init__(env, title, parent)
        self.teacher_id, self.version = teacher_id, version
        self.national_id = NationalIdEdit(self)
        self.national_id.override_button.hide()  # a teacher's ID must pass its check digit; no override
        self.prefix, self.first, self.last = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.first_en, self.last_en = QLineEdit(self), QLineEdit(self)
        self.position, self.department, self.title = QComboBox(self), QComboBox(self), QComboBox(self)
        for kind in PositionType:
            self.position.addItem(pick(kind.label_th, kind.label_en), kind.value)
        self.department.addItem("–", "")
        for code, name, _technical in departments:
            self.department.addItem(name, code)
        for academic_title in ACADEMIC_TITLES:
            self.title.addItem(academic_title or "–", academic_title)
        self.phone, self.email = QLineEdit(self), QLineEdit(self)
        self.years = QSpinBox(self)
        self.years.setRange(0, 60)
        self.experience = QLineEdit(self)
        for label, widget in ((tr("National ID"), self.national_id),
                              (tr("Prefix"), self.prefix), (tr("First name"), self.first),
                              (tr("Last name"), self.last),
                              (tr("First name (English)"), self.first_en),
                              (tr("Last name (English)"), self.last_en),
                              (tr("Position type"), self.position),
                              (tr("Department"), self.department),
                              (tr("Academic standing"), self.title),
                              (tr("Phone"), self.phone), (tr("E-mail"), self.email),
                              (tr("Industry experience (years)"), self.years),
                              (tr("Industry work"), self.experience)):
            self.form.addRow(label, widget)
        if current is not None:
            self.national_id.set_digits(current.national_id)
            for box, value in ((self.prefix, current.prefix), (self.first, current.first_name_th),
                               (self.last, current.last_name_th), (self.first_en, current.first_name_en),
                               (self.last_en, current.last_name_en), (self.phone, current.phone),
                               (self.email, current.email), (self.experience, current.industry_experience)):
                box.setText(value)
            for combo, data in ((self.position, current.position_type), (self.department, current.department_code),
                                (self.title, current.academic_title)):
                combo.setCurrentIndex(max(0, combo.findData(data)))
            self.years.setValue(current.industry_experience_years)
        self.data: TeacherInput | None = None

    def prepare(self) -> None:
        self.data = TeacherInput(
            self.national_id.digits(), self.first.text(), self.last.text(), str(self.position.currentData()),
            str(self.department.currentData() or ""), self.prefix.text(), str(self.title.currentData() or ""),
            self.first_en.text(), self.last_en.text(), self.phone.text(), self.email.text(), self.years.value(),
            self.experience.text())

    def action(self, uow: UnitOfWork) -> int:
        assert self.data is not None
        return save_teacher(uow, self.data, self.teacher_id, self.version)
