"""The automatic backup on its timer: a failure is said once in the status bar and the log; a dialog if it lasts."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.context import UiEnv
from ui.errors import message_for, show_error
from ui.i18n import tr
from vocdesk.errors import VocDeskError

log = logging.getLogger(__name__)

WARN_AFTER = 3
"""Consecutive failed attempts (5 minutes apart) before a warning dialog asks the user to act."""


class BackupWatch(QObject):
    """Asks the worker for an automatic backup and keeps count of failures until one succeeds again."""

    def __init__(self, env: UiEnv, parent: QWidget, status: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.env = env
        self.parent_widget = parent
        self.status = status
        self.failures = 0
        self.box: QMessageBox | None = None

    def run(self) -> None:
        from vocdesk.services.core.backups import maybe_auto_backup

        context = self.env.context
        self.env.runner.submit(lambda _control: maybe_auto_backup(context), on_done=self._done,
                               on_error=self._failed)

    def _done(self, made: object) -> None:
        if self.failures:
            log.info("automatic backup works again after %d failed attempts", self.failures)
            self.status(tr("The automatic backup works again."))
        self.failures = 0

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, VocDeskError | OSError):
            show_error(self.parent_widget, error)  # a bug, not a drive: the crash dialog with the log file
            return
        self.failures += 1
        reason = message_for(error) if isinstance(error, VocDeskError) else (error.strerror or str(error))
        text = tr("The automatic backup failed: {reason}. Reconnect the backup drive or choose another backup "
                  "folder in the settings; VocDesk tries again in 5 minutes.").format(reason=reason)
        if self.failures == 1:
            log.warning("automatic backup failed: %s", error)
            self.status(text)
        else:
            log.debug("automatic backup failed again (%d): %s", self.failures, error)
        if self.failures == WARN_AFTER and self.box is None:
            self._warn(text)

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("VocDesk"), text, QMessageBox.StandardButton.Ok,
                          self.parent_widget)
        box.setObjectName("backupWarning")
        box.finished.connect(lambda _result: setattr(self, "box", None))
        self.box = box
        box.open()  # not modal to the whole app: the user can keep working
