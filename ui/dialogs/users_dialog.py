"""Administrators' user management: the account list with role and status, and add / role / password / lock / unlock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.dialogs.login import ERROR_STYLE, role_label
from ui.dialogs.users_forms import AddUserDialog, ChangeRoleDialog, ResetPasswordDialog
from ui.errors import message_for
from ui.i18n import pick, tr
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import allowed
from vocdesk.services.core.users import UserInfo, list_users, lock_user, unlock_user

COLUMNS = (("ชื่อผู้ใช้", "User name"), ("ชื่อ-นามสกุล", "Full name"), ("บทบาท", "Role"), ("สถานะ", "Status"),
           ("เข้าระบบล่าสุด", "Last sign-in"))


def local_time(utc_naive: dt.datetime) -> str:
    """A stored UTC time as the clock on the wall shows it."""
    return utc_naive.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def status_text(user: UserInfo, now_utc: dt.datetime) -> str:
    """Disabled by an administrator, locked for a while after wrong passwords, or active."""
    if user.disabled:
        return tr("Disabled (locked by an administrator)")
    if user.locked_until is not None and user.locked_until > now_utc:
        return tr("Locked until {time}").format(time=local_time(user.locked_until))
    return tr("Active")


class UsersDialog(QDialog):
    """The list of accounts; every change goes to the users service through the task runner."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.users: list[UserInfo] = []
        self.form: QDialog | None = None
        self.setWindowTitle(tr("Users"))
        self.resize(900, 480)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([pick(th, en) for th, en in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setStyleSheet("QTableWidget::item { padding: 4px 8px; }")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._enable_actions)
        self.message = QLabel(self)
        self.message.setObjectName("usersMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.add_button = QPushButton(tr("Add user…"), self)
        self.role_button = QPushButton(tr("Change role…"), self)
        self.password_button = QPushButton(tr("Reset password…"), self)
        self.lock_button = QPushButton(tr("Lock"), self)
        self.unlock_button = QPushButton(tr("Unlock"), self)
        self.add_button.clicked.connect(self.open_add)
        self.role_button.clicked.connect(self.open_change_role)
        self.password_button.clicked.connect(self.open_reset_password)
        self.lock_button.clicked.connect(lambda: self.change(lock_user))
        self.unlock_button.clicked.connect(lambda: self.change(unlock_user))
        actions = QHBoxLayout()
        self.action_buttons = (self.role_button, self.password_button, self.lock_button, self.unlock_button)
        for button in (self.add_button, *self.action_buttons):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        may_manage = allowed(env.actor, "users.manage")
        self.add_button.setEnabled(may_manage)
        self._enable_actions()
        self.reload()

    # -- the list ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.env.runner.action(list_users, on_done=self.show_users, on_error=self.show_error)

    def show_users(self, users: list[UserInfo]) -> None:
        selected = self.selected()
        self.users = users
        now = self.env.context.clock.now().astimezone(dt.UTC).replace(tzinfo=None)
        self.table.setRowCount(len(users))
        for row, user in enumerate(users):
            cells = (user.username, user.display_name, role_label(user.role), status_text(user, now),
                     local_time(user.last_login_at) if user.last_login_at else "—")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.username)
                self.table.setItem(row, column, item)
            if selected is not None and user.username == selected.username:
                self.table.selectRow(row)
        self._enable_actions()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.users):
            return None
        return self.users[rows[0].row()]

    def select(self, username: str) -> None:
        for row, user in enumerate(self.users):
            if user.username == username:
                self.table.selectRow(row)

    def _enable_actions(self) -> None:
        user = self.selected()
        may_manage = allowed(self.env.actor, "users.manage")
        for button in self.action_buttons:
            button.setEnabled(may_manage and user is not None)
        if user is not None and may_manage:
            self.lock_button.setEnabled(not user.disabled)
            self.unlock_button.setEnabled(user.disabled or user.locked_until is not None or user.failed_attempts > 0)

    # -- actions -------------------------------------------------------------------------------
    def change(self, service: Callable[[UnitOfWork, str], Any]) -> None:
        """Lock or unlock the selected account; the service's refusal (e.g. the last administrator) shows below."""
        user = self.selected()
        if user is None:
            return
        username = user.username
        self.message.clear()
        self.env.runner.action(lambda uow: service(uow, username), on_done=lambda _r: self.reload(),
                               on_error=self.show_error)

    def show_error(self, error: BaseException) -> None:
        self.message.setText(message_for(error))

    def _open_form(self, form: QDialog) -> QDialog:
        self.message.clear()
        self.form = form
        form.accepted.connect(self.reload)
        form.open()
        return form

    def open_add(self) -> QDialog:
        return self._open_form(AddUserDialog(self.env, self))

    def open_change_role(self) -> QDialog | None:
        user = self.selected()
        return None if user is None else self._open_form(ChangeRoleDialog(self.env, user.username, user.role, self))

    def open_reset_password(self) -> QDialog | None:
        user = self.selected()
        return None if user is None else self._open_form(ResetPasswordDialog(self.env, user.username, self))
