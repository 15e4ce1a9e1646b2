"""A form dialog for one service action: Save runs it on the worker, a refused value is named in the dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.context import UiEnv
from ui.errors import message_for, report_crash
from ui.i18n import tr
from vocdesk.errors import VocDeskError
from vocdesk.services.core.context import UnitOfWork


class ServiceDialog(QDialog):
    """Subclasses add rows to `form`, set texts in `retranslate`, and call `submit(action)` from `save`.

    `saved(result)` is emitted and the dialog closes when the action succeeded; an expected error stays in the
    dialog (the user corrects the value); anything else goes to the crash dialog.
    """

    saved = Signal(object)

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.result_value: Any = None
        self.form = QFormLayout()
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c0392b")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error_label)
        self.layout_.addWidget(self.buttons)

    @property
    def save_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def save(self) -> None:
        """Collect the fields and `submit` the action."""

    def load(self, read: Callable[[Any], Any], show: Callable[[Any], None]) -> None:
        """Read what the form shows on the worker; Save waits until it is there."""
        self.save_button.setEnabled(False)

        def shown(value: Any) -> None:
            show(value)
            self.save_button.setEnabled(True)

        self.env.runner.read(read, on_done=shown, on_error=self.show_failure)

    def submit(self, action: Callable[[UnitOfWork], Any]) -> None:
        self.save_button.setEnabled(False)
        self.error_label.hide()
        self.env.runner.action(action, on_done=self._done, on_error=self.show_failure, initiator=self)

    def show_failure(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(error, VocDeskError):
            report_crash(error, self)
            return
        self.error_label.setText(message_for(error))
        self.error_label.show()

    def _done(self, result: Any) -> None:
        self.result_value = result
        self.saved.emit(result)
        self.accept()

    def retranslate(self) -> None:
        self.save_button.setText(tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
