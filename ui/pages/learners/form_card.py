"""Filling the learner form from the Thai ID card: the learner's own card, or the guardian's for the guardian fields.

The national ID is looked up first: a card whose ID is already registered to another learner fills nothing and says
who holds it. Values already in the form are replaced only field by field, as the user ticks them. The audit trail
records that a card was read, never what it holds; the photo is read only when asked and kept only with consent.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.i18n import tr, wrappable
from ui.pages.learners.form_photo import CardPhoto
from ui.widgets.idcard_button import IdCardButton
from ui.widgets.idcard_diff import diff_dialog
from vocdesk.io.idcard import IdCardData
from vocdesk.messages import describe
from vocdesk.services.learners.identity import RegisteredLearner, learners_with_national_id

if TYPE_CHECKING:
    from ui.pages.learners.form import LearnerForm

PERSON_FIELDS = ("national_id", "prefix", "first_name_th", "last_name_th", "first_name_en", "last_name_en",
                 "gender", "birth_date", "address", "province")
POLL_MS = 1000
"""How often the form looks for a card being inserted while it is open."""


class LearnerCardFill(QWidget):
    """The two card buttons above the form and a line that says what the last read did."""

    def __init__(self, form: LearnerForm) -> None:
        super().__init__(form)
        self.form = form
        runner = form.env.runner
        self.learner_button = IdCardButton(runner, self, poll_ms=POLL_MS)
        self.guardian_button = IdCardButton(runner, self)
        self.guardian_button.setText(tr("Read the guardian's ID card"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.photo = CardPhoto(form.env.context.today(), self)
        self.photo.ask.toggled.connect(lambda wanted: setattr(self.learner_button, "with_photo", wanted))
        buttons = QHBoxLayout()
        buttons.addWidget(self.learner_button)
        buttons.addWidget(self.guardian_button)
        buttons.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.photo)
        self.learner_button.card_read.connect(self.learner_card)
        self.guardian_button.card_read.connect(self.guardian_card)
        self.learner_button.read_failed.connect(self._failed)
        self.guardian_button.read_failed.connect(self._failed)

    # -- the learner's own card ------------------------------------------------------------------
    def learner_card(self, card: IdCardData) -> None:
        self._audit(card, "learner_form")
        guardian = self.form.fields.texts["guardian_name"].text().strip()
        self.photo.take(card.photo, guardian or f"{card.name_th.prefix}{card.name_th.first} {card.name_th.last}")
        actor = self.form.env.actor
        self.form.env.runner.read(lambda session: learners_with_national_id(session, actor, card.national_id),
                                  on_done=lambda found: self._fill_learner(card, found),
                                  on_error=self._failed)

    def _fill_learner(self, card: IdCardData, registered: list[RegisteredLearner]) -> None:
        editing = self.form.existing.id if self.form.existing is not None else None
        others = [learner for learner in registered if learner.id != editing]
        if others:
            holder = others[0]
            self._say(tr("This card belongs to a learner already registered: {code} {name}. Open that record "
                         "instead of adding the person again.").format(code=holder.student_code, name=holder.name),
                      problem=True)
            return
        card_values = card.form_fields()
        current = self.person_values()
        if all(value in (None, "") for value in current.values()):
            chosen = card_values
        else:
            chosen = diff_dialog(current, card, self.form)
        self.apply(chosen)
        self._say(tr("Filled {count} fields from the ID card.").format(count=len(chosen)) if chosen
                  else tr("Nothing was changed: the form already matches the card or you kept its values."))

    def person_values(self) -> dict[str, object]:
        """The form's current values under the card's field names."""
        fields = self.form.fields
        values: dict[str, object] = {name: fields.texts[name].text().strip()
                                     for name in PERSON_FIELDS if name in fields.texts}
        values["national_id"] = fields.national_id.digits()
        values["prefix"] = str(fields.prefix.currentData() or "")
        values["gender"] = str(fields.gender.currentData() or "")
        values["birth_date"] = fields.birth_date.date()
        values["province"] = str(fields.province.currentData() or "")
        return values

    def apply(self, values: dict[str, object]) -> None:
        """Put card values into the form's widgets (the gender first: it decides which prefixes are offered)."""
        fields = self.form.fields
        if "gender" in values:
            fields.gender.setCurrentIndex(max(fields.gender.findData(values["gender"]), 0))
        for name, value in values.items():
            if name in fields.texts:
                fields.texts[name].setText(str(value or ""))
            elif name == "national_id":
                fields.national_id.set_digits(str(value))
            elif name == "prefix":
                _choose(fields.prefix, str(value or ""))
            elif name == "province":
                _choose(fields.province, str(value or ""))
            elif name == "birth_date":
                fields.birth_date.setDate(value if isinstance(value, dt.date) else None)

    # -- the guardian's card ---------------------------------------------------------------------
    def guardian_card(self, card: IdCardData) -> None:
        self._audit(card, "learner_form_guardian")
        name = f"{card.name_th.prefix}{card.name_th.first} {card.name_th.last}".strip()
        self.form.fields.texts["guardian_name"].setText(name)
        self._say(tr("The guardian's name was filled from the ID card."))

    # -- shared ----------------------------------------------------------------------------------
    def _audit(self, card: IdCardData, purpose: str) -> None:
        from vocdesk.services.core.idcard import record_card_read

        photo = card.photo is not None
        self.form.env.runner.action(lambda uow: record_card_read(uow, card.reader, photo=photo,
                                                                 whole_id_shown=True, purpose=purpose),
                                    on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        from vocdesk.errors import VocDeskError

        if isinstance(error, VocDeskError):
            from ui.i18n import current_language

            self._say(describe(error, current_language()), problem=True)
        else:
            from ui.errors import show_error

            show_error(self.form, error)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.note.setStyleSheet("color: #c0392b" if problem else "color: #1e6b3a")
        self.note.setText(wrappable(text))


def _choose(box: object, value: str) -> None:
    from PySide6.QtWidgets import QComboBox

    assert isinstance(box, QComboBox)
    index = box.findData(value)
    if index < 0 and value:
        box.addItem(value, value)  # a prefix or province spelled as the card has it
        index = box.count() - 1
    box.setCurrentIndex(max(index, 0))
