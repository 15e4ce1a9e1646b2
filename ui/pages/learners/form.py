"""The registrar's add/edit learner form: service errors show beside the field they name; edits are version-checked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.errors import message_for, show_error
from ui.i18n import pick, tr
from ui.pages.learners.form_card import LearnerCardFill
from ui.pages.learners.form_fields import FIELD_LABELS, LearnerFields, field_message
from vocdesk.errors import Conflict, VocDeskError
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.learners.choices import LearnerChoices, LearnerForEdit, learner_for_edit
from vocdesk.services.learners.photos import PhotoConsent, store_photo
from vocdesk.services.learners.register import create_learner, edit_learner

PERSONAL = ("student_code", "national_id", "prefix", "gender", "first_name_th", "last_name_th", "first_name_en",
            "last_name_en", "birth_date", "phone", "email", "address", "province")
STUDY = ("level", "year", "programme_id", "group_id", "entry_semester", "is_dual", "gpax")
GUARDIAN = ("guardian_name", "guardian_relation", "guardian_phone")


class LearnerForm(QDialog):
    """Add a learner (`existing` None) or edit one; `saved` carries the learner's id after a successful save."""

    saved = Signal(int)

    def __init__(self, env: UiEnv, choices: LearnerChoices, existing: LearnerForEdit | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.initiator: object | None = None
        """Who the saved change is reported as started by (the learner panel, which shows the result itself)."""
        self.env = env
        self.existing = existing
        self.setWindowTitle(tr("Edit learner") if existing
                            else tr("Add a learner"))
        self.fields = LearnerFields(choices, env.context.today(), self)
        self.errors: dict[str, QLabel] = {}
        columns = QHBoxLayout()
        columns.addWidget(self._section(tr("Personal"), PERSONAL), 1)
        right = QVBoxLayout()
        right.addWidget(self._section(tr("Study"), STUDY))
        right.addWidget(self._section(tr("Guardian"), GUARDIAN))
        right.addStretch(1)
        columns.addLayout(right, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b")
        self.message.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.card = LearnerCardFill(self)  # fill from the Thai ID card (the learner's or the guardian's)
        layout.addWidget(self.card)
        layout.addLayout(columns)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if existing is not None:
            self.fields.load(existing.values)

    def _section(self, title: str, names: tuple[str, ...]) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        for name in names:
            holder = QWidget(box)
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(1)
            column.addWidget(self.fields.widgets[name])
            error = QLabel(holder)
            error.setWordWrap(True)
            error.setStyleSheet("color: #c0392b")
            error.setVisible(False)
            column.addWidget(error)
            self.errors[name] = error
            form.addRow(pick(*FIELD_LABELS[name]), holder)
        return box

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.setVisible(False)
        self.message.setStyleSheet("color: #c0392b")
        self.message.setVisible(False)

    def error_text(self, name: str) -> str:
        """What the form says beside field `name` (empty when it is fine)."""
        label = self.errors.get(name)
        return label.text() if label is not None and label.isVisible() else ""

    def show_field_error(self, error: VocDeskError) -> None:
        """Beside the field the error names; errors about no field of the form go under the fields."""
        name = str(error.params.get("field", ""))
        label = self.errors.get(name)
        if label is None:
            self.message.setText(message_for(error))
            self.message.setVisible(True)
            return
        label.setText(field_message(error))
        label.setVisible(True)
        widget: Any = self.fields.widgets[name]
        getattr(widget, "edit", widget).setFocus()

    def save(self) -> None:
        """Check what the form can itself, then create or edit on the task runner; the dialog stays open on errors."""
        self.clear_errors()
        try:
            data = self.fields.values()
        except VocDeskError as error:
            self.show_field_error(error)
            return
        existing = self.existing
        photo = self.card.photo.to_store()  # written in the same unit of work: the learner and photo, or neither
        self.buttons.setEnabled(False)
        if existing is None:
            self.env.runner.action(lambda uow: _with_photo(uow, create_learner(uow, data), photo),
                                   on_done=self._created, on_error=self._refused, initiator=self.initiator)
        else:
            self.env.runner.action(lambda uow: _with_photo(uow, existing.id, photo,
                                                           edit_learner(uow, existing.id, existing.version, data)),
                                   on_done=lambda _id: self._finish(existing.id), on_error=self._refused,
                                   initiator=self.initiator)

    def _created(self, learner_id: int) -> None:
        self._finish(learner_id)

    def _finish(self, learner_id: int) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(learner_id)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, Conflict):
            self.offer_reload(error)
        elif isinstance(error, VocDeskError):
            self.show_field_error(error)
        else:
            show_error(self, error)

    def offer_reload(self, error: Conflict) -> None:
        """Say who changed the learner; on Yes load the current values (the user's unsaved typing is dropped)."""
        self.message.setText(message_for(error))
        self.message.setVisible(True)
        answer = QMessageBox.question(
            self, tr("Changed by someone else"),
            message_for(error) + "\n\n" + tr("Load the current values instead of what you typed?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.reload()

    def reload(self) -> None:
        existing = self.existing
        if existing is None:
            return
        actor = self.env.actor
        self.env.runner.read(lambda session: learner_for_edit(session, actor, existing.id),
                             on_done=self._reloaded, on_error=lambda error: show_error(self, error))

    def _reloaded(self, fresh: LearnerForEdit) -> None:
        self.existing = fresh
        self.clear_errors()
        self.fields.load(fresh.values)
        self.message.setText(tr("The current values are loaded; edit and save again"))
        self.message.setStyleSheet("color: #1b7f3a")
        self.message.setVisible(True)


def _with_photo(uow: UnitOfWork, learner_id: int, photo: tuple[bytes, PhotoConsent] | None, *_saved: object) -> int:
    """After the learner is saved in this unit of work, keep the consented card photo beside it."""
    if photo is not None:
        store_photo(uow, learner_id, *photo)
    return learner_id
