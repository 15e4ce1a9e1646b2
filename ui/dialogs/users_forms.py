"""The small forms of the user-management dialog: add a user, reset a password, change a role (services decide)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.dialogs.login import ERROR_STYLE, role_label
from ui.errors import message_for
from ui.i18n import tr
from vocdesk.errors import ValidationFailed
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import ROLES
from vocdesk.services.core.users import add_user, set_password, set_role


def role_box(parent: QWidget, current: str = "registrar") -> QComboBox:
    """A drop-down of every role, named in the interface language; the item data is the role code."""
    box = QComboBox(parent)
    for role in ROLES:
        box.addItem(role_label(role), role)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def rule_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


class _ServiceForm(QDialog):
    """A form whose OK runs one service action on the worker; a refusal shows beside the field it names."""

    def __init__(self, env: UiEnv, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.form = QFormLayout()
        self.field_messages: dict[str, QLabel] = {}
        self.message = rule_label(self)
        self.message.setObjectName("formMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def password_field(self) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def add_field(self, label: str, widget: QWidget, name: str = "") -> None:
        self.form.addRow(label, widget)
        if name:
            note = rule_label(self)
            note.hide()
            self.form.addRow("", note)
            self.field_messages[name] = note

    def clear_messages(self) -> None:
        self.message.clear()
        for note in self.field_messages.values():
            note.clear()
            note.hide()

    def submit(self) -> None:
        raise NotImplementedError

    def run(self, work: Callable[[UnitOfWork], Any]) -> None:
        self.clear_messages()
        self.buttons.setEnabled(False)
        self.env.runner.action(work, on_done=lambda _result: self.accept(), on_error=self.refuse)

    def refuse(self, error: BaseException) -> None:
        """The service's message, next to the field it names (e.g. the password rule), else under the form."""
        self.buttons.setEnabled(True)
        field = error.params.get("field") if isinstance(error, ValidationFailed) else None
        note = self.field_messages.get(str(field)) if field else None
        if field == "repeat":
            note = self.field_messages.get("password")
        if note is None:
            self.message.setText(message_for(error))
            return
        note.setText(message_for(error))
        note.show()


class AddUserDialog(_ServiceForm):
    """User name, full name, role and the first password (typed twice); `add_user` checks the rules."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, tr("Add a user"), parent)
        self.username = QLineEdit(self)
        self.username.setPlaceholderText("somchai.k")
        self.display_name = QLineEdit(self)
        self.role = role_box(self)
        self.password = self.password_field()
        self.repeat = self.password_field()
        self.add_field(tr("User name"), self.username, "username")
        self.add_field(tr("Full name"), self.display_name)
        self.add_field(tr("Role"), self.role, "role")
        self.add_field(tr("Initial password"), self.password, "password")
        self.add_field(tr("Password again"), self.repeat)

    def submit(self) -> None:
        name, display = self.username.text().strip(), self.display_name.text().strip()
        role, password = str(self.role.currentData()), self.password.text()
        if password != self.repeat.text():
            self.clear_messages()
            self.refuse(ValidationFailed("password_mismatch", field="repeat"))
            return
        self.run(lambda uow: add_user(uow, name, role, password, display))


class ResetPasswordDialog(_ServiceForm):
    """An administrator sets a new password for someone (which also clears that account's lockout delay)."""

    def __init__(self, env: UiEnv, username: str, parent: QWidget | None = None) -> None:
        super().__init__(env, tr("Reset the password"), parent)
        self.username = username
        self.password = self.password_field()
        self.repeat = self.password_field()
        self.form.addRow(tr("User"), QLabel(username, self))
        self.add_field(tr("New password"), self.password, "password")
        self.add_field(tr("Password again"), self.repeat)

    def submit(self) -> None:
        username, password = self.username, self.password.text()
        if password != self.repeat.text():
            self.clear_messages()
            self.refuse(ValidationFailed("password_mismatch", field="repeat"))
            return
        self.run(lambda uow: set_password(uow, username, password))


class ChangeRoleDialog(_ServiceForm):
    """Choose another role; the service refuses to demote the last administrator."""

    def __init__(self, env: UiEnv, username: str, role: str, parent: QWidget | None = None) -> None:
        super().__init__(env, tr("Change the role"), parent)
        self.username = username
        self.role = role_box(self, role)
        self.form.addRow(tr("User"), QLabel(username, self))
        self.add_field(tr("New role"), self.role)

    def submit(self) -> None:
        username, role = self.username, str(self.role.currentData())
        self.run(lambda uow: set_role(uow, username, role))
