"""The "อ่านบัตรประชาชน" button: reads the Thai ID card on the worker, disabled with the reason when it cannot."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QPushButton, QWidget

from ui.i18n import tr
from ui.tasks import TaskRunner
from vocdesk.io.idcard import IdCardData, IdCardError, ReaderUnavailable, availability, card_waiting, read_card
from vocdesk.messages import describe


class IdCardButton(QPushButton):
    """`card_read(IdCardData)` after a whole card was read; `read_failed(IdCardError)` otherwise (the form shows it).

    The PC/SC calls run on the runner's worker thread, never on the GUI thread. With `poll_ms` the button watches
    for a card being inserted while it is visible and reads it at once.
    """

    card_read = Signal(object)
    read_failed = Signal(object)
    availability_changed = Signal(bool)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None, *, reader: str | None = None,
                 poll_ms: int = 0, with_photo: bool = False) -> None:
        super().__init__(parent)
        self.runner = runner
        self.reader = reader
        self.with_photo = with_photo
        self.reason = ""
        """Why the button is disabled (the tooltip shows it); empty when a reader is ready."""
        self._busy = False
        self._card_was_in: bool | None = None
        """None until the first poll: a card already in the reader when the form opens is not read by itself."""
        self._poll = QTimer(self)
        self._poll.setInterval(max(poll_ms, 200))
        self._poll.timeout.connect(self._check_insertion)
        self._polling = poll_ms > 0
        self.clicked.connect(self.read)
        self.retranslate()
        self.setEnabled(False)
        self.setToolTip(tr("Looking for a card reader…"))
        self.check_reader()

    def retranslate(self) -> None:
        self.setText(tr("Read ID card"))

    # --- is there a reader? ---
    def check_reader(self) -> None:
        """Ask PC/SC (on the worker) whether a reader is there; enables or disables the button with the reason."""
        self.runner.submit(lambda _control: self._probe(), on_done=self._set_available)

    def _probe(self) -> IdCardError | None:
        problem = availability()
        if problem is None and self.reader is not None:
            try:
                card_waiting(self.reader)
            except IdCardError as error:
                return error
        return problem

    def _set_available(self, problem: IdCardError | None) -> None:
        self.reason = "" if problem is None else describe(problem, _language())
        self.setEnabled(problem is None and not self._busy)
        self.setToolTip(tr("Insert the Thai ID card, then click to fill the form from it")
                        if problem is None else self.reason)
        self.availability_changed.emit(problem is None)
        if problem is None and self._polling and self.isVisible():
            self._poll.start()

    # --- reading ---
    def read(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.setEnabled(False)
        reader, photo = self.reader, self.with_photo
        self.runner.submit(lambda _control: read_card(reader, photo=photo), on_done=self._done,
                           on_error=self._failed)

    def _done(self, card: IdCardData) -> None:
        self._busy = False
        self.setEnabled(True)
        self.card_read.emit(card)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        if not isinstance(error, IdCardError):
            self.setEnabled(True)
            raise error  # a bug: the runner's crash handler reports it
        self.setEnabled(not isinstance(error, ReaderUnavailable))
        if isinstance(error, ReaderUnavailable):
            self._set_available(error)
        self.read_failed.emit(error)

    # --- automatic read when a card goes in while the form is open ---
    def _check_insertion(self) -> None:
        if self._busy or not self.isEnabled():
            return
        self.runner.submit(lambda _control: card_waiting(self.reader), on_done=self._seen,
                           on_error=lambda error: self._set_available(error if isinstance(error, IdCardError)
                                                                      else None))

    def _seen(self, present: bool) -> None:
        inserted = present and self._card_was_in is False
        self._card_was_in = present
        if inserted:
            self.read()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._polling and not self.reason and self.isEnabled():
            self._poll.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._poll.stop()
        super().hideEvent(event)


def _language() -> str:
    from ui.i18n import current_language

    return current_language()
