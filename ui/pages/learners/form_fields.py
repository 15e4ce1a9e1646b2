"""The learner form's input widgets: filled from and read into a LearnerInput, prefix kept consistent with gender."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from ui.i18n import current_language, pick, tr, wrappable
from ui.widgets.buddhist_date_edit import BuddhistDateEdit
from ui.widgets.national_id_edit import NationalIdEdit
from vocdesk.domain.academic import Level, default_semester_of
from vocdesk.domain.thai_ids import to_ascii_digits
from vocdesk.errors import ValidationFailed, VocDeskError
from vocdesk.messages import render
from vocdesk.services.learners.choices import PREFIXES, LearnerChoices
from vocdesk.services.learners.register import LearnerInput

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "student_code": ("รหัสนักศึกษา", "Student code"), "national_id": ("เลขประจำตัวประชาชน", "National ID"),
    "prefix": ("คำนำหน้า", "Prefix"), "gender": ("เพศ", "Gender"),
    "first_name_th": ("ชื่อ (ไทย)", "First name (Thai)"), "last_name_th": ("นามสกุล (ไทย)", "Last name (Thai)"),
    "first_name_en": ("ชื่อ (อังกฤษ)", "First name (English)"),
    "last_name_en": ("นามสกุล (อังกฤษ)", "Last name (English)"), "birth_date": ("วันเกิด", "Birth date"),
    "phone": ("โทรศัพท์", "Phone"), "email": ("อีเมล", "E-mail"), "address": ("ที่อยู่", "Address"),
    "province": ("จังหวัด", "Province"), "level": ("ระดับ", "Level"), "year": ("ชั้นปี", "Year"),
    "programme_id": ("สาขาวิชา/สาขางาน", "Programme"), "group_id": ("กลุ่มเรียน", "Learning group"),
    "entry_semester": ("ภาคเรียนที่เข้า", "Entry semester"), "is_dual": ("ทวิภาคี", "Dual system"),
    "gpax": ("เกรดเฉลี่ยสะสม", "GPAX"), "guardian_name": ("ชื่อผู้ปกครอง", "Guardian's name"),
    "guardian_relation": ("ความเกี่ยวข้อง", "Relation"), "guardian_phone": ("โทรศัพท์ผู้ปกครอง", "Guardian's phone"),
}
TEXT_FIELDS = ("student_code", "first_name_th", "last_name_th", "first_name_en", "last_name_en", "phone", "email",
               "address", "guardian_name", "guardian_relation", "guardian_phone")


def field_message(error: VocDeskError) -> str:
    """The catalogue text with the field's own label in place of its code name (`ต้องกรอก ชื่อ (ไทย)`)."""
    language = current_language()
    params = dict(error.params)
    name = str(params.get("field", ""))
    if name in FIELD_LABELS:
        params["field"] = FIELD_LABELS[name][0 if language == "th" else 1]
    return wrappable(render(error.code, language, **params))


class LearnerFields:
    """Every input of the form by field name (`widgets`), with the drop-downs filtered by level/programme/year."""

    def __init__(self, choices: LearnerChoices, today: dt.date, parent: QWidget) -> None:
        self.choices = choices
        self._kept: LearnerInput | None = None
        self.texts = {name: QLineEdit(parent) for name in TEXT_FIELDS}
        self.texts["email"].setPlaceholderText("name@example.com")
        self.texts["student_code"].setPlaceholderText("66201010001")
        self.national_id = NationalIdEdit(parent)
        self.prefix = QComboBox(parent)
        self.gender = QComboBox(parent)
        self.gender.addItem(tr("— not given —"), "")
        self.gender.addItem(tr("Male"), "male")
        self.gender.addItem(tr("Female"), "female")
        self.birth_date = BuddhistDateEdit(parent)
        self.birth_date.setDate(None)
        self.province = QComboBox(parent)
        self.province.addItem("", "")
        for name in choices.provinces:
            self.province.addItem(name, name)
        self.level = QComboBox(parent)
        for level in Level:
            self.level.addItem(pick(level.label_th, level.label_en), level.value)
        self.year = QSpinBox(parent)
        self.programme = QComboBox(parent)
        self.group = QComboBox(parent)
        self.entry_semester = QLineEdit(str(default_semester_of(today)), parent)
        self.entry_semester.setPlaceholderText("1/2569")
        self.is_dual = QCheckBox(tr("Dual-system learner"), parent)
        self.gpax = QLineEdit(parent)
        self.gpax.setPlaceholderText("0.00–4.00")
        self.widgets: dict[str, QWidget] = {
            **self.texts, "national_id": self.national_id, "prefix": self.prefix, "gender": self.gender,
            "birth_date": self.birth_date, "province": self.province, "level": self.level, "year": self.year,
            "programme_id": self.programme, "group_id": self.group, "entry_semester": self.entry_semester,
            "is_dual": self.is_dual, "gpax": self.gpax}
        self._fill_prefixes()
        self.gender.currentIndexChanged.connect(lambda _i: self._fill_prefixes())
        self.level.currentIndexChanged.connect(lambda _i: self._level_changed())
        self.programme.currentIndexChanged.connect(lambda _i: self._fill_groups())
        self.year.valueChanged.connect(lambda _v: self._fill_groups())
        self._level_changed()

    def _fill_prefixes(self) -> None:
        """Only the prefixes that fit the chosen gender (all when none is chosen); the choice is kept if it fits."""
        gender, kept = str(self.gender.currentData()), str(self.prefix.currentData() or "")
        self.prefix.blockSignals(True)
        self.prefix.clear()
        self.prefix.addItem("", "")
        for prefix, implies in PREFIXES:
            if not gender or implies == gender:
                self.prefix.addItem(prefix, prefix)
        self.prefix.setCurrentIndex(max(self.prefix.findData(kept), 0))
        self.prefix.blockSignals(False)

    def _level_changed(self) -> None:
        level = Level(str(self.level.currentData()))
        self.year.setRange(1, level.nominal_years)
        kept = self.programme.currentData()
        self.programme.blockSignals(True)
        self.programme.clear()
        for programme in self.choices.programmes:
            if programme.level == level.value:
                self.programme.addItem(programme.text, programme.id)
        self.programme.setCurrentIndex(max(self.programme.findData(kept), 0))
        self.programme.blockSignals(False)
        self._fill_groups()

    def _fill_groups(self) -> None:
        kept = self.group.currentData()
        self.group.clear()
        self.group.addItem(tr("— no group yet —"), None)
        for group in self.choices.groups_for(self.programme.currentData(), str(self.level.currentData()),
                                             self.year.value()):
            self.group.addItem(group.text, group.id)
        self.group.setCurrentIndex(max(self.group.findData(kept), 0))

    def load(self, values: LearnerInput) -> None:
        """Show a stored learner; a number kept by override shows its reason."""
        for name, edit in self.texts.items():
            edit.setText(str(getattr(values, name)))
        self.national_id.set_digits(values.national_id)
        if values.national_id_override:
            self.national_id.set_override_reason(values.national_id_override)
        self.gender.setCurrentIndex(max(self.gender.findData(values.gender), 0))
        if self.prefix.findData(values.prefix) < 0 and values.prefix:
            self.prefix.addItem(values.prefix, values.prefix)  # a prefix from an import outside the list
        self.prefix.setCurrentIndex(max(self.prefix.findData(values.prefix), 0))
        self.birth_date.setDate(values.birth_date)
        self.province.setCurrentIndex(max(self.province.findData(values.province), 0))
        self.level.setCurrentIndex(max(self.level.findData(values.level), 0))
        self.year.setValue(values.year)
        self.programme.setCurrentIndex(max(self.programme.findData(values.programme_id), 0))
        self.group.setCurrentIndex(max(self.group.findData(values.group_id), 0))
        self.entry_semester.setText(values.entry_semester)
        self.is_dual.setChecked(values.is_dual)
        self.gpax.setText("" if values.gpax is None else f"{values.gpax:.2f}")
        self._kept = values

    def values(self) -> LearnerInput:
        """What the form holds; text the form cannot read (a date, a GPAX) raises ValidationFailed for that field."""
        self.birth_date.commit_text()
        if not self.birth_date.is_valid():
            raise ValidationFailed("invalid", field="birth_date", value=self.birth_date.edit.text())
        gpax_text = to_ascii_digits(self.gpax.text()).strip()
        try:
            gpax = float(gpax_text) if gpax_text else None
        except ValueError:
            raise ValidationFailed("invalid", field="gpax", value=self.gpax.text()) from None
        programme = self.programme.currentData()
        if programme is None:
            raise ValidationFailed("required", field="programme_id")
        before, text = self._kept, {name: edit.text() for name, edit in self.texts.items()}
        return LearnerInput(
            student_code=text["student_code"], first_name_th=text["first_name_th"], last_name_th=text["last_name_th"],
            first_name_en=text["first_name_en"], last_name_en=text["last_name_en"], phone=text["phone"],
            email=text["email"], address=text["address"], guardian_name=text["guardian_name"],
            guardian_relation=text["guardian_relation"], guardian_phone=text["guardian_phone"],
            national_id=self.national_id.digits() or self.national_id.edit.text(),
            national_id_override=self.national_id.override_reason(), prefix=str(self.prefix.currentData() or ""),
            gender=str(self.gender.currentData()), birth_date=self.birth_date.date(),
            province=str(self.province.currentData() or ""), level=str(self.level.currentData()),
            year=self.year.value(), programme_id=int(programme), group_id=self.group.currentData(),
            entry_semester=self.entry_semester.text(), is_dual=self.is_dual.isChecked(), gpax=gpax,
            # Fields the form does not show are carried over unchanged when editing.
            attendance_pct=before.attendance_pct if before else None,
            household_income=before.household_income if before else None)
