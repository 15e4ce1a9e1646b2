"""Correct a programme's Thai/English names and its OVEC code (empty while the code is not confirmed)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ui.context import UiEnv
from ui.i18n import tr
from ui.labels import level_label
from ui.widgets.service_dialog import ServiceDialog
from vocdesk.services.learners.programme_names import ProgrammeNames, programme_names, rename_programme


class ProgrammeNamesDialog(ServiceDialog):
    """Loads the programme; Save checks the code against the level (ปวช. 2xxxx, ปวส. 3xxxx) and audits the change."""

    def __init__(self, env: UiEnv, programme_id: int, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.programme_id = programme_id
        self.loaded: ProgrammeNames | None = None
        self.heading = QLabel(self)
        self.code = QLineEdit(self)
        self.code.setMaxLength(5)
        self.name_th = QLineEdit(self)
        self.name_en = QLineEdit(self)
        self.minor_th = QLineEdit(self)
        self.labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(self.labels, (self.code, self.name_th, self.name_en, self.minor_th), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.layout_.insertWidget(0, self.heading)
        self.setMinimumWidth(560)
        self.retranslate()
        actor = env.actor
        self.load(lambda session: programme_names(session, actor, programme_id), self.show_names)

    def show_names(self, names: ProgrammeNames) -> None:
        self.loaded = names
        self.heading.setText(tr("{level} · curriculum of {year}").format(level=level_label(names.level),
                                                                         year=names.curriculum_year))
        self.code.setText(names.major_code)
        self.name_th.setText(names.major_name_th)
        self.name_en.setText(names.major_name_en)
        self.minor_th.setText(names.minor_name_th)

    def save(self) -> None:
        if self.loaded is None:
            return
        pid, version = self.programme_id, self.loaded.version
        code, th, en, minor = self.code.text(), self.name_th.text(), self.name_en.text(), self.minor_th.text()
        self.submit(lambda uow: rename_programme(uow, pid, version, major_code=code, major_name_th=th,
                                                 major_name_en=en, minor_name_th=minor))

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(tr("Programme name and code"))
        self.code.setPlaceholderText(tr("empty until OVEC confirms it"))
        texts = (tr("OVEC code (5 digits)"), tr("Major (Thai)"), tr("Major (English)"), tr("Minor (Thai)"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
