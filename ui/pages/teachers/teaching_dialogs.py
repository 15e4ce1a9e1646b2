"""A teacher's qualification (degree or TPQI certificate) and teaching assignment, added from the register page."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QLineEdit, QSpinBox, QWidget

from ui.context import UiEnv
from ui.i18n import tr
from ui.widgets.service_dialog import ServiceDialog
from vocdesk.domain.academic import SemesterKey
from vocdesk.errors import ValidationFailed
from vocdesk.services.teachers.register import add_assignment, add_qualification


def _labelled(dialog: ServiceDialog, fields: tuple[QWidget, ...]) -> list[QLabel]:
    labels = [QLabel(dialog) for _ in fields]
    for label, field in zip(labels, fields, strict=True):
        label.setBuddy(field)
        dialog.form.addRow(label, field)
    return labels


class QualificationDialog(ServiceDialog):
    """A degree, or an occupational certificate with its TPQI level 1–8 (the level is asked only for those)."""

    def __init__(self, env: UiEnv, teacher_id: int, teacher_name: str, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.teacher_id, self.teacher_name = teacher_id, teacher_name
        self.kind = QComboBox(self)
        self.title_edit = QLineEdit(self)
        self.level = QSpinBox(self)
        self.level.setRange(1, 8)
        self.issuer = QLineEdit(self)
        self.labels = _labelled(self, (self.kind, self.title_edit, self.level, self.issuer))
        self.kind.currentIndexChanged.connect(lambda _i: self._level_shown())
        self.setMinimumWidth(520)
        self.retranslate()
        self._level_shown()

    def _level_shown(self) -> None:
        occupational = self.kind.currentData() == "occupational"
        self.level.setEnabled(occupational)

    def save(self) -> None:
        teacher, kind, title = self.teacher_id, str(self.kind.currentData()), self.title_edit.text()
        level = self.level.value() if kind == "occupational" else None
        issuer = self.issuer.text()
        self.submit(lambda uow: add_qualification(uow, teacher, kind, title, level, issuer))

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(tr("Qualification of {name}").format(name=self.teacher_name))
        current = self.kind.currentData()
        self.kind.clear()
        self.kind.addItem(tr("Degree"), "degree")
        self.kind.addItem(tr("Occupational certificate (TPQI)"), "occupational")
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.title_edit.setPlaceholderText(tr("e.g. ครุศาสตร์อุตสาหกรรมบัณฑิต (ไฟฟ้า)"))
        texts = (tr("Kind"), tr("Title"), tr("TPQI level"), tr("Issued by"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)


class AssignmentDialog(ServiceDialog):
    """A subject the teacher teaches in a semester (`1/2569`), with its hours a week."""

    def __init__(self, env: UiEnv, teacher_id: int, teacher_name: str, semester: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.teacher_id, self.teacher_name = teacher_id, teacher_name
        self.semester = QLineEdit(semester, self)
        self.subject_code = QLineEdit(self)
        self.subject_name = QLineEdit(self)
        self.hours = QDoubleSpinBox(self)
        self.hours.setRange(0.5, 60)
        self.hours.setDecimals(1)
        self.hours.setValue(4)
        self.labels = _labelled(self, (self.semester, self.subject_code, self.subject_name, self.hours))
        self.setMinimumWidth(520)
        self.retranslate()

    def save(self) -> None:
        key = SemesterKey.parse(self.semester.text().strip())
        if key is None:
            self.show_failure(ValidationFailed("invalid", field=tr("Semester"), value=self.semester.text()))
            return
        teacher, code, name, hours = self.teacher_id, self.subject_code.text(), self.subject_name.text(), \
            self.hours.value()
        self.submit(lambda uow: add_assignment(uow, teacher, key.academic_year, str(key.semester), code, name, hours))

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(tr("Teaching of {name}").format(name=self.teacher_name))
        self.subject_code.setPlaceholderText("20100-1001")
        texts = (tr("Semester (e.g. 1/2569)"), tr("Subject code"), tr("Subject name"), tr("Hours a week"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
