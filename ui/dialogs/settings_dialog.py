"""Settings: the college profile (saved through the settings service) and where the database lives."""

from __future__ import annotations

import csv
import logging

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.errors import message_for, report_crash
from ui.i18n import tr
from vocdesk.errors import VocDeskError
from vocdesk.services.core.permissions import allowed
from vocdesk.services.core.settings import CollegeProfile, college_profile, save_college_profile

log = logging.getLogger(__name__)
ERROR_STYLE = "QLineEdit { border: 1px solid #c0392b; background: #fdecea; }"



def province_completer(env: UiEnv, parent: QWidget) -> QCompleter:
    """The 77 provinces from resources/reference/provinces.csv, matched anywhere in the name."""
    path = env.context.paths.resources_dir / "reference" / "provinces.csv"
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            names = [row["name_th"] for row in csv.DictReader(handle)]
    except (OSError, KeyError) as error:  # typing the province still works, only the suggestions are missing
        log.warning("province list unreadable (%s): %s", path, error)
        names = []
    completer = QCompleter(names, parent)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class SettingsDialog(QDialog):
    """Loads the profile on open, saves it on OK; a refused value is named next to the field."""

    saved = Signal(object)

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.code = QLineEdit(self)
        self.code.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9๐-๙]{0,10}"), self))
        self.code.setMaxLength(10)
        self.name_th = QLineEdit(self)
        self.name_en = QLineEdit(self)
        self.province = QLineEdit(self)
        self.province.setCompleter(province_completer(env, self))
        self.database = QLineEdit(env.context.db.masked_url, self)
        self.database.setReadOnly(True)
        self.database_note = QLabel(self)
        self.database_note.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c0392b")
        self.error_label.hide()
        self.college_box = QGroupBox(self)
        self.form = QFormLayout(self.college_box)
        self.field_labels = [QLabel(self) for _ in range(4)]
        for label, widget in zip(self.field_labels, (self.code, self.name_th, self.name_en, self.province),
                                 strict=True):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.database_box = QGroupBox(self)
        db_layout = QVBoxLayout(self.database_box)
        db_layout.addWidget(self.database)
        db_layout.addWidget(self.database_note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.college_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.database_box)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.may_edit = allowed(env.actor, "settings.edit")
        for edit in (self.code, self.name_th, self.name_en, self.province):
            edit.setReadOnly(not self.may_edit)
        self.retranslate()
        self.set_busy(True)
        env.runner.read(college_profile, on_done=self.show_profile, on_error=self.show_failure)

    def show_profile(self, profile: CollegeProfile) -> None:
        self.code.setText(profile.code)
        self.name_th.setText(profile.name_th)
        self.name_en.setText(profile.name_en)
        self.province.setText(profile.province)
        self.set_busy(False)

    def profile(self) -> CollegeProfile:
        digits = self.code.text().translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
        return CollegeProfile(digits, self.name_th.text(), self.name_en.text(), self.province.text())

    def save(self) -> None:
        profile = self.profile()
        self.set_busy(True)
        self.env.runner.action(lambda uow: save_college_profile(uow, profile), on_done=self._saved,
                               on_error=self.show_failure)

    def show_failure(self, error: BaseException) -> None:
        self.set_busy(False)
        if not isinstance(error, VocDeskError):
            report_crash(error, self)
            return
        field = str(error.params.get("field", ""))
        fields = {"college.code": self.code, "college.name_th": self.name_th}
        for key, widget in fields.items():
            widget.setStyleSheet(ERROR_STYLE if key == field else "")
        if field in fields:
            fields[field].setFocus()
        self.error_label.setText(message_for(error))
        self.error_label.show()

    def set_busy(self, busy: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not busy and self.may_edit)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Settings"))
        self.college_box.setTitle(tr("College"))
        labels = (tr("College code (10 digits)"), tr("Name (Thai)"), tr("Name (English)"), tr("Province"))
        for label, text in zip(self.field_labels, labels, strict=True):
            label.setText(text)
        self.code.setPlaceholderText(tr("e.g. 1310100001"))
        if not self.may_edit:
            self.error_label.setText(tr("Only an administrator may change the college profile."))
            self.error_label.show()
        self.database_box.setTitle(tr("Database (this PC)"))
        self.database_note.setText(tr(
            "Read-only here. One PC keeps its data in this SQLite file. For several PCs sharing one database, "
            "install PostgreSQL on a server and start VocDesk with --db postgresql://user@server/vocdesk "
            "(or put that address in the database_url of vocdesk.json in the configuration folder)."))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _saved(self, profile: CollegeProfile) -> None:
        self.set_busy(False)
        self.saved.emit(profile)
        self.accept()
