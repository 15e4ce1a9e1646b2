"""Small dialogs of the Packages screen: explain a warning, key passphrase, and the password re-entry for a proof."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui.context import UiEnv
from ui.dialogs.login import ReauthDialog
from ui.i18n import tr
from ui.widgets.form_dialog import FormDialog
from vocdesk.services.core.context import Actor
from vocdesk.services.core.login import ReauthProof

MIN_PASSPHRASE = 8


class _FormDialog(FormDialog):
    """A FormDialog whose input may also be checked on the worker (`verify`) before it closes."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(title, parent)
        self.verify: Callable[[], None] | None = None
        """Set to check the input on the worker first; it calls `accept()` or `refuse(error)` when done."""

    def proceed(self) -> None:
        if self.verify is None:
            self.accept()
            return
        self.setEnabled(False)
        self.verify()

    def refuse(self, error: BaseException) -> None:
        self.setEnabled(True)
        super().refuse(error)


class ExplainDialog(_FormDialog):
    """Why a warning is acceptable (at least 5 characters), recorded with `explain_finding`."""

    def __init__(self, finding_text: str, current: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Explain the warning"), parent)
        shown = QLabel(finding_text, self)
        shown.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setPlainText(current)
        self.form.addRow(shown)
        self.form.addRow(tr("Reason"), self.text)
        self.resize(480, 260)

    def check(self) -> str:
        if len(self.text.toPlainText().strip()) < 5:
            return tr("Write at least 5 characters")
        return ""


class PassphraseDialog(_FormDialog):
    """The signing key's passphrase; with `confirm`, a new passphrase typed twice (at least 8 characters)."""

    def __init__(self, title: str, confirm: bool, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.confirm = confirm
        self.passphrase = self._field()
        self.again = self._field()
        self.form.addRow(tr("Key passphrase"), self.passphrase)
        if confirm:
            self.form.addRow(tr("Again"), self.again)
        else:
            self.again.hide()

    def _field(self) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def check(self) -> str:
        phrase = self.passphrase.text()
        if not phrase:
            return tr("Enter the key passphrase")
        if self.confirm and len(phrase) < MIN_PASSPHRASE:
            return tr("The passphrase needs at least {count} characters", "packages dialogs").format(
                count=MIN_PASSPHRASE)
        if self.confirm and self.again.text() != phrase:
            return tr("The two passphrases differ")
        return ""


def ask_proof(env: UiEnv, parent: QWidget, purpose: str,
              then: Callable[[ReauthProof | None], None]) -> QDialog | None:
    """The one place the Packages screen gets a re-authentication proof: the password dialog, not blocking.

    `then(proof)` runs once the password was accepted. The setup actor of a new installation (no administrator
    yet) needs no proof: `then(None)` runs at once and None is returned. Otherwise the open dialog is returned.
    """
    if env.actor == Actor.setup():
        then(None)
        return None
    dialog = ReauthDialog(env, purpose, parent)
    dialog.accepted.connect(lambda: then(dialog.proof))
    dialog.open()
    return dialog
