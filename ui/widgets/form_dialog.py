"""FormDialog: a form, a message under it and beside named fields, OK/Cancel; submit checks, runs, or refuses."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.errors import message_for, report_crash
from ui.i18n import tr
from vocdesk.errors import VocDeskError

if TYPE_CHECKING:
    from ui.context import UiEnv
    from vocdesk.services.core.context import UnitOfWork

ERROR_STYLE = "color: #b00020;"
Button = QDialogButtonBox.StandardButton


def message_label(parent: QWidget) -> QLabel:
    """The red, wrapping line a form uses to say what is wrong."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


class FormDialog(QDialog):
    """The shape every entry dialog shares. `form` takes the rows (`add_field(label, widget, name)` also gives the
    field a message line of its own); `body` takes what goes under the form; `message` says what is wrong.

    OK runs `submit`: `check()` on the GUI thread (return a message, or raise a VocDeskError naming a field), then
    `proceed()` — by default `accept()`; a dialog that saves calls `run(work)` there, which runs one service action on
    the worker and closes on success. A refusal (`refuse(error)`) shows the catalogue text beside the field the error
    names, else under the form, and leaves the dialog open; anything unexpected opens the crash dialog."""

    def __init__(self, title: str, parent: QWidget | None = None, *, env: UiEnv | None = None,
                 ok_text: str | None = None, ok_button: QDialogButtonBox.StandardButton = Button.Ok) -> None:
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.body = QVBoxLayout()
        self.field_messages: dict[str, QLabel] = {}
        self.message = message_label(self)
        self.message.setObjectName("formMessage")
        self.buttons = QDialogButtonBox(ok_button | Button.Cancel, self)
        self.ok_button = self.buttons.button(ok_button)
        self.ok_button.setText(ok_text or tr("OK"))
        self.buttons.button(Button.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(self.body)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.saved: object = None
        """What the service action returned, once it succeeded."""

    def add_field(self, label: str, widget: QWidget, name: str = "") -> None:
        """A row; with `name` (the `field` a service's error names) also a message line under it."""
        self.form.addRow(label, widget)
        if name:
            note = message_label(self)
            note.hide()
            self.form.addRow("", note)
            self.field_messages[name] = note

    def clear_messages(self) -> None:
        self.message.clear()
        for note in self.field_messages.values():
            note.clear()
            note.hide()

    def check(self) -> str:
        """Read and check the widgets on the GUI thread: a message to show, or "" to go on."""
        return ""

    def proceed(self) -> None:
        """The input passed `check`: close, or (a saving dialog) `run` the service action."""
        self.accept()

    def submit(self) -> None:
        self.clear_messages()
        try:
            problem = self.check()
        except VocDeskError as error:
            self.refuse(error)
            return
        if problem:
            self.message.setText(problem)
            return
        self.proceed()

    def run(self, work: Callable[[UnitOfWork], object]) -> None:
        """Run one service action on the worker; close when it succeeds, `refuse` when it says no."""
        if self.env is None:
            raise RuntimeError("a FormDialog that runs a service action needs env")
        self.clear_messages()
        self.buttons.setEnabled(False)
        self.env.runner.action(work, on_done=self._done, on_error=self._failed)

    def _done(self, result: object) -> None:
        self.saved = result
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, VocDeskError):
            self.refuse(error)
        else:
            report_crash(error, self)

    def refuse(self, error: BaseException) -> None:
        """The error's text beside the field it names, else under the form; the dialog stays open."""
        self.buttons.setEnabled(True)
        field = error.params.get("field") if isinstance(error, VocDeskError) else None
        note = self.field_messages.get(str(field)) if field else None
        if note is None:
            self.message.setText(message_for(error))
            return
        note.setText(message_for(error))
        note.show()
