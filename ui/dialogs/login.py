"""Sign-in, first-administrator and password re-entry dialogs over the login services (no checks of their own)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.errors import message_for
from ui.i18n import tr
from vocdesk.errors import PermissionDenied, ValidationFailed

if TYPE_CHECKING:  # the sign-in dialog shows while the worker still imports the database stack (docs/ui.md)
    from vocdesk.services.core.context import UnitOfWork
    from vocdesk.services.core.login import LoginOutcome, ReauthProof

ERROR_STYLE = "color: #c0392b;"


def role_label(role: str) -> str:
    """The role as the status bar names it."""
    names = {"administrator": tr("Administrator"), "registrar": tr("Registrar"),
             "equipment_officer": tr("Equipment officer"), "training_staff": tr("Training staff"),
             "executive": tr("Executive"), "auditor": tr("Auditor")}
    return names.get(role, role)


class _PasswordDialog(QDialog):
    """Shared layout: a form, a red message line, OK/Cancel; OK runs one service action on the worker."""

    def __init__(self, env: UiEnv | None, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._env = env
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @property
    def env(self) -> UiEnv:
        if self._env is None:
            raise RuntimeError("the database is not open yet")
        return self._env

    def password_field(self) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def submit(self) -> None:
        raise NotImplementedError

    def busy(self, on: bool) -> None:
        self.buttons.setEnabled(not on)

    def refuse(self, error: BaseException) -> None:
        self.busy(False)
        self.message.setText(message_for(error))

    def refuse_outcome(self, outcome: LoginOutcome) -> None:
        """A refused sign-in: the service's reason, and while the account is locked, how long to wait."""
        until = outcome.locked_until
        if until is None:
            self.refuse(PermissionDenied(outcome.reason or "login_failed"))
            return
        self.refuse(PermissionDenied("account_locked", until=until.strftime("%Y-%m-%d %H:%M")))
        now = self.env.context.clock.now()
        wait = until - (now.astimezone(dt.UTC).replace(tzinfo=None) if now.tzinfo is not None else now)
        minutes = max(1, -(-int(wait.total_seconds()) // 60)) if wait > dt.timedelta(0) else 1
        self.message.setText(self.message.text() + "\n" + tr("Try again in {minutes} min.").format(minutes=minutes))


class LoginDialog(_PasswordDialog):
    """Sign in; on a database without an administrator, create one first with the password the person chooses.

    Made with `env=None` at start-up, it can be typed into while the worker opens the database; OK pressed before
    that waits ("opening the database…") and goes on by itself once `attach_env` hands it the open database.
    """

    signed_in = Signal(object)
    painted = Signal()
    """The dialog has painted for the first time: the person can type (the start-up benchmark's moment)."""

    def __init__(self, env: UiEnv | None, parent: QWidget | None = None, *, first_start: bool = False,
                 username: str = "", allow_other_user: bool = False) -> None:
        super().__init__(env, tr("Create the administrator") if first_start else tr("Sign in"), parent)
        self.first_start = first_start
        self.waiting_for_database = False
        self._painted = False
        self.username = QLineEdit(username, self)
        self.username.setReadOnly(bool(username))  # unlocking after the idle lock: the same user only
        self.display_name = QLineEdit(self)
        self.password = self.password_field()
        self.repeat = self.password_field()
        self.form.addRow(tr("User name"), self.username)
        if first_start:
            self.form.addRow(tr("Full name"), self.display_name)
        else:
            self.display_name.hide()  # not in the form: they would sit over the user name
            self.repeat.hide()
        self.setMinimumWidth(380)
        self.form.addRow(tr("Password"), self.password)
        if first_start:
            self.form.addRow(tr("Password again"), self.repeat)
        self.other_user = QPushButton(tr("Sign in as another user"), self)
        self.other_user.setVisible(allow_other_user)
        self.other_user.clicked.connect(self.switch_to_other_user)
        self.form.addRow(self.other_user)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def attach_env(self, env: UiEnv) -> None:
        """The database is open: a sign-in already asked for goes on now."""
        self._env = env
        if self.waiting_for_database:
            self.waiting_for_database = False
            self.submit()

    def withdraw(self) -> None:
        """Close without a `rejected` signal (the start-up dialog gives way to the first-administrator one)."""
        self.blockSignals(True)
        self.reject()
        self.deleteLater()

    def switch_to_other_user(self) -> None:
        """From the idle lock: free the user name so that someone else signs in (the window is then theirs)."""
        self.username.setReadOnly(False)
        self.username.clear()
        self.password.clear()
        self.other_user.hide()
        self.username.setFocus()

    def submit(self) -> None:
        name, password = self.username.text().strip(), self.password.text()
        if self.first_start and password != self.repeat.text():
            self.refuse(ValidationFailed("password_mismatch", field="repeat"))
            return
        if self._env is None:
            self.waiting_for_database = True
            self.busy(True)
            self.message.setText(tr("Opening the database…"))
            return
        display, first = self.display_name.text(), self.first_start

        def work(uow: UnitOfWork) -> LoginOutcome:
            from vocdesk.services.core.login import login
            from vocdesk.services.core.users import create_first_administrator

            if first:
                create_first_administrator(uow, name, password, display)
            return login(uow, name, password)

        self.busy(True)
        self.env.runner.action(work, on_done=self._done, on_error=self.refuse)

    def _done(self, outcome: LoginOutcome) -> None:
        self.password.clear()
        if not outcome.ok or outcome.actor is None:
            self.refuse_outcome(outcome)
            return
        self.env.context.actor = outcome.actor
        self.signed_in.emit(outcome.actor)
        self.accept()


class ReauthDialog(_PasswordDialog):
    """Asks the signed-in user for the password again before a risky action; `proof` holds the result."""

    def __init__(self, env: UiEnv, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(env, tr("Confirm with your password"), parent)
        self.purpose = purpose
        self.proof: ReauthProof | None = None
        self.password = self.password_field()
        self.form.addRow(QLabel(env.actor.display_name or env.actor.username, self))
        self.form.addRow(tr("Password"), self.password)

    def submit(self) -> None:
        from vocdesk.services.core.login import reauthenticate

        password, purpose = self.password.text(), self.purpose
        self.busy(True)
        self.env.runner.action(lambda uow: reauthenticate(uow, password, purpose), on_done=self._done,
                               on_error=self.refuse)

    def _done(self, result: ReauthProof | LoginOutcome) -> None:
        from vocdesk.services.core.login import ReauthProof

        self.password.clear()
        if isinstance(result, ReauthProof):
            self.proof = result
            self.accept()
            return
        self.refuse_outcome(result)
