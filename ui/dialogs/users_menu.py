"""The File-menu entry "Users…": shown only while someone with `users.manage` is signed in (light to import)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from ui.i18n import tr

if TYPE_CHECKING:
    from ui.dialogs.users_dialog import UsersDialog
    from ui.main_window import MainWindow


def update_users_action(window: MainWindow, action: QAction) -> None:
    """Name the entry in the current language; show it only to a signed-in user who may manage accounts."""
    from vocdesk.services.core.permissions import allowed

    action.setText(tr("Users…"))
    action.setVisible(window.attached and allowed(window.env.actor, "users.manage"))


def open_users(window: MainWindow) -> UsersDialog:
    from ui.dialogs.users_dialog import UsersDialog

    dialog = UsersDialog(window.env, window)
    dialog.open()
    return dialog


def install_users_action(window: MainWindow) -> QAction:
    """Add the entry before Settings; it re-checks the signed-in user each time the File menu opens."""
    action = QAction(window, visible=False)
    action.setObjectName("usersAction")
    action.triggered.connect(lambda: open_users(window))
    window.file_menu.insertAction(window.settings_action, action)
    window.file_menu.aboutToShow.connect(lambda: update_users_action(window, action))
    return action
