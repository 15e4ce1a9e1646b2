"""The small forms of the user-management dialog: add a user, reset a password, change a role (services decide)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from ui.context import UiEnv
from ui.dialogs.login import role_label
from ui.i18n import tr
from ui.widgets.form_dialog import FormDialog
from vocdesk.errors import ValidationFailed
from vocdesk.services.core.permissions import ROLES
from vocdesk.services.core.users import add_user, set_password, set_role


def role_box(parent: QWidget, current: str = "registrar") -> QComboBox:
    """A drop-down of every role, named in the interface language; the item data is the role code."""
    box = QComboBox(parent)
    for role in ROLES:
        box.addItem(role_label(role), role)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class _ServiceForm(FormDialog):
    """A form whose OK runs one service action on the worker; a refusal shows beside the field it names."""

    password: QLineEdit

    def __init__(self, env: UiEnv, title: str, parent: QWidget | None) -> None:
        super().__init__(title, parent, env=env, ok_text=tr("Save"))
        self.setMinimumWidth(440)
        self.repeat: QLineEdit | None = None

    def password_field(self) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def add_passwords(self, label: str) -> None:
        """The password typed twice; a mismatch is said beside the password, like the password rules."""
        self.password = self.password_field()
        self.repeat = self.password_field()
        self.add_field(label, self.password, "password")
        self.add_field(tr("Password again"), self.repeat)
        self.field_messages["repeat"] = self.field_messages["password"]

    def check(self) -> str:
        if self.repeat is not None and self.password.text() != self.repeat.text():
            raise ValidationFailed("password_mismatch", field="repeat")
        return ""


class AddUserDialog(_ServiceForm):
    """User name, full name, role and the first password (typed twice); `add_user` checks the rules."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, tr("Add a user"), parent)
        self.username = QLineEdit(self)
        self.username.setPlaceholderText("somchai.k")
        self.display_name = QLineEdit(self)
        self.role = role_box(self)
        self.add_field(tr("User name"), self.username, "username")
        self.add_field(tr("Full name"), self.display_name)
        self.add_field(tr("Role"), self.role, "role")
        self.add_passwords(tr("Initial password"))

    def proceed(self) -> None:
        name, display = self.username.text().strip(), self.display_name.text().strip()
        role, password = str(self.role.currentData()), self.password.text()
        self.run(lambda uow: add_user(uow, name, role, password, display))


class ResetPasswordDialog(_ServiceForm):
    """An administrator sets a new password for someone (which also clears that account's lockout delay)."""

    def __init__(self, env: UiEnv, username: str, parent: QWidget | None = None) -> None:
        super().__init__(env, tr("Reset the password"), parent)
        self.username = username
        self.form.addRow(tr("User"), QLabel(username, self))
        self.add_passwords(tr("New password"))

    def proceed(self) -> None:
        username, password = self.username, self.password.text()
        self.run(lambda uow: set_password(uow, username, password))


class ChangeRoleDialog(_ServiceForm):
    """Choose another role; the service refuses to demote the last administrator."""

    def __init__(self, env: UiEnv, username: str, role: str, parent: QWidget | None = None) -> None:
        super().__init__(env, tr("Change the role"), parent)
        self.username = username
        self.role = role_box(self, role)
        self.form.addRow(tr("User"), QLabel(username, self))
        self.add_field(tr("New role"), self.role)

    def proceed(self) -> None:
        username, role = self.username, str(self.role.currentData())
        self.run(lambda uow: set_role(uow, username, role))
