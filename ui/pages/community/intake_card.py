"""The "อ่านบัตรประชาชน" button for the repair job's owner: name, national ID and address from the Thai ID card."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui.context import UiEnv
from ui.i18n import current_language, tr, wrappable
from ui.pages.community.intake_form import IntakeForm
from ui.widgets.idcard_button import IdCardButton
from vocdesk.io.idcard import IdCardData
from vocdesk.messages import describe

POLL_MS = 1000
"""How often the page looks for a card being inserted while it is shown: inserting the card fills the owner."""


class OwnerCardFill(QWidget):
    """The card button and a line saying what the last read did; the audit trail records the read, not the card."""

    def __init__(self, form: IntakeForm, env: UiEnv) -> None:
        super().__init__(form.parentWidget())
        self.form, self.env = form, env
        self.button = IdCardButton(env.runner, self, poll_ms=POLL_MS)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.note, 1)
        self.button.card_read.connect(self.fill)
        self.button.read_failed.connect(self._failed)

    def retranslate(self) -> None:
        self.button.retranslate()

    def fill(self, card: IdCardData) -> None:
        """The owner's name, ID and address replace what the row holds (a new owner stands at the counter)."""
        from vocdesk.services.core.idcard import record_card_read

        self.env.runner.action(lambda uow: record_card_read(uow, card.reader, photo=False, whole_id_shown=True,
                                                            purpose="fixit_intake"), on_error=self._failed)
        name = card.name_th
        self.form.texts["owner_name"].setText(f"{name.prefix}{name.first} {name.last}".strip())
        self.form.national_id.set_digits(card.national_id)
        self.form.texts["owner_address"].setText(card.address.text())
        self.form.category.setFocus()
        self._say(tr("The owner's name, national ID and address were filled from the ID card."))

    def _failed(self, error: BaseException) -> None:
        from vocdesk.errors import VocDeskError

        if isinstance(error, VocDeskError):
            self._say(describe(error, current_language()), problem=True)
        else:
            from ui.errors import show_error

            show_error(self, error)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.note.setStyleSheet("color: #c0392b" if problem else "color: #1e6b3a")
        self.note.setText(wrappable(text))
