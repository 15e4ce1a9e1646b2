"""The signed-in session: first administrator or sign-in, sign-out, the idle lock, auto-backup and start checks."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from ui.backup_watch import BackupWatch
from ui.context import UiEnv
from ui.dialogs.login import LoginDialog, ReauthDialog
from ui.i18n import tr, with_word_breaks
from vocdesk.security.idle import IdlePolicy
from vocdesk.services.core.context import Actor

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from vocdesk.backup.checks import CheckResult
    from vocdesk.services.core.login import ReauthProof

AUTO_BACKUP_MS = 5 * 60 * 1000
"""How often the worker is asked whether an automatic backup is due (the service decides: 30 min and changes)."""
SIGNED_OUT = Actor(username="", role="none")
"""Nobody: every permission check refuses this actor."""
ACTIVITY_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                             QEvent.Type.Wheel, QEvent.Type.TouchBegin})


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def ask_reauthentication(parent: QWidget | None, env: UiEnv, purpose: str) -> ReauthProof | None:
    """Ask the signed-in user for the password again before a risky action (restore, erase, export, keys).

    Returns the single-use proof the service asks for, or None when the person cancelled.
    """
    dialog = ReauthDialog(env, purpose, parent)
    dialog.exec()
    return dialog.proof


class LockCover(QWidget):
    """Covers the whole window while it is locked, so nothing personal stays readable."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setStyleSheet("QWidget#lockCover { background: #2c3e50; } QLabel { color: white; }")
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        window.installEventFilter(self)

    def cover(self, text: str) -> None:
        self.label.setText(text)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible() and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class SessionController(QObject):
    """Drives who is signed in: the window shows pages only for the signed-in actor; nobody means no pages."""

    signed_in = Signal(object)
    sign_in_shown = Signal(object)
    """A sign-in (or first-administrator) dialog is now open: the dialog."""
    locked = Signal()

    def __init__(self, window: MainWindow, env: UiEnv, *, idle: IdlePolicy | None = None,
                 now: Callable[[], dt.datetime] = utc_now, on_first_administrator: Callable[[], None] | None = None,
                 check_interval_ms: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.env = env
        self.idle = idle or IdlePolicy()
        self.now = now
        self.on_first_administrator = on_first_administrator
        self.dialog: LoginDialog | None = None
        self.current: Actor | None = None
        self.cover = LockCover(window)
        self.cover.hide()
        self.is_locked = False
        self.idle_timer = QTimer(self)
        seconds = self.idle.timeout.total_seconds()
        self.idle_timer.setInterval(check_interval_ms or int(max(1.0, min(15.0, seconds / 4)) * 1000))
        self.idle_timer.timeout.connect(self.check_idle)
        self.backup_watch = BackupWatch(env, window, lambda text: window.statusBar().showMessage(text))
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(AUTO_BACKUP_MS)
        self.backup_timer.timeout.connect(self.auto_backup)
        window.sign_out_requested.connect(self.sign_out)
        env.context.actor = SIGNED_OUT

    # -- signing in ----------------------------------------------------------------------------
    def start(self, early: LoginDialog | None = None) -> None:
        """The database is open: ask who is there (first administrator if none), then run the start-up check.

        `early` is the sign-in dialog the program showed before the database was open (perhaps already filled in):
        it takes over as this session's dialog, or gives way to the first-administrator dialog when there is none.
        """
        from vocdesk.services.core.backups import start_session_checks
        from vocdesk.services.core.users import has_administrator

        context = self.env.context

        def ask(has: bool) -> None:
            self._ask(has, early)  # a sign-in already sent is queued now, before the check
            self.env.runner.submit(lambda _control: start_session_checks(context), on_done=self._show_check)

        self.env.runner.read(has_administrator, on_done=ask)

    def _ask(self, has_administrator: bool, early: LoginDialog | None) -> None:
        if early is None or not has_administrator:
            if early is not None:
                early.withdraw()
            self.show_sign_in(first_start=not has_administrator)
            return
        early.signed_in.connect(lambda actor: self._signed_in(actor, False))
        early.rejected.connect(self._sign_in_cancelled)
        self.dialog = early
        early.attach_env(self.env)

    def show_sign_in(self, *, first_start: bool = False, username: str = "") -> LoginDialog:
        dialog = LoginDialog(self.env, self.window, first_start=first_start, username=username,
                             allow_other_user=bool(username))
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.signed_in.connect(lambda actor: self._signed_in(actor, first_start))
        dialog.rejected.connect(self._sign_in_cancelled)
        self.dialog = dialog
        dialog.open()
        self.sign_in_shown.emit(dialog)
        return dialog

    def _sign_in_cancelled(self) -> None:
        if self.is_locked or not self.window.attached:
            self.window.close()  # nobody signed in: the program ends rather than show anything

    def _signed_in(self, actor: Actor, first_start: bool) -> None:
        previous = self.current  # the dialog has already made `actor` the context's actor
        if self.window.attached and (previous is None or (previous.username, previous.role) != (
                actor.username, actor.role)):
            self.window.detach()  # another user takes over: none of the previous user's pages stay
        self.current = actor
        self.env.context.actor = actor
        self.cover.hide()
        self.window.menuBar().setEnabled(True)
        self.is_locked = False
        self.idle.unlock(self.now())
        if not self.window.attached:
            self.window.attach(self.env)
        self.window.show_user(actor)
        self.idle_timer.start()
        self.backup_timer.start()
        self.signed_in.emit(actor)
        if sys.platform == "win32":
            # Qt there has no libthai, so wrapped Thai messages get hints from newmm: load it now on the worker,
            # not on the GUI thread at the first hinted message (about a second's wait)
            self.env.runner.submit(lambda _control: with_word_breaks("ภาษาไทย"), background=True)
        if first_start and self.on_first_administrator is not None:
            QTimer.singleShot(0, self.on_first_administrator)

    def sign_out(self) -> None:
        """File → Sign out: the pages go, the sign-in dialog comes (the same or another user)."""
        self.idle_timer.stop()
        self.backup_timer.stop()
        if self.window.attached:
            self.window.detach()
        self.current = None
        self.env.context.actor = SIGNED_OUT
        self.show_sign_in()

    # -- idle lock -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS and not self.is_locked:
            self.idle.touch(self.now())
        return False

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)

    def check_idle(self) -> None:
        if not self.is_locked and self.window.attached and self.idle.is_locked(self.now()):
            self.lock()

    def lock(self) -> None:
        """Cover the window and ask for the password again; another user may sign in instead."""
        actor = self.env.context.actor
        self.is_locked = True
        self.idle.lock()
        self.idle_timer.stop()
        self.window.menuBar().setEnabled(False)
        for child in self.window.findChildren(QDialog):  # open dialogs would show data over the cover
            if child is not self.dialog and child.isVisible():
                child.reject()
        self.cover.cover(tr("VocDesk is locked after a quiet spell. {name}, enter your password to go on.")
                         .format(name=actor.display_name or actor.username))
        self.locked.emit()
        self.show_sign_in(username=actor.username)

    # -- data safety ---------------------------------------------------------------------------
    def auto_backup(self) -> None:
        self.backup_watch.run()

    def _show_check(self, result: CheckResult | None) -> None:
        if result is None or result.ok:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, "VocDesk", tr(
            "The start-up check of the database found a problem ({verdict}). Keep working only if you must: ask "
            "the administrator to run “vocdesk check” and, if it confirms the damage, restore the newest good "
            "backup.").format(verdict=result.verdict), QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("startCheckWarning")
        box.open()

    def end(self) -> None:
        """A clean exit: stop the timers and tell the next start this one ended well."""
        from vocdesk.services.core.backups import end_session

        self.idle_timer.stop()
        self.backup_timer.stop()
        end_session(self.env.context)
