"""Walk-in enrolment by keyboard in seconds, or from the Thai ID card; an ID already registered takes that record.

As in the learner form, the national ID is looked up first: a card (or a typed ID) that belongs to a registered
trainee fills the form from that record and enrols it — never a second record for one person.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.i18n import current_language, tr, wrappable
from ui.widgets.buddhist_date_edit import BuddhistDateEdit
from ui.widgets.idcard_button import IdCardButton
from ui.widgets.national_id_edit import NationalIdEdit
from vocdesk.io.idcard import IdCardData
from vocdesk.messages import describe
from vocdesk.services.training.run_listing import RunRow
from vocdesk.services.training.trainees import TraineeInput, TraineeRow, trainee_by_id_number
from vocdesk.services.training.walk_in import WalkIn, walk_in

PREFIXES = ("", "นาย", "นาง", "นางสาว")
SEX_OF_CARD = {"male": "M", "female": "F"}


class WalkInForm(QWidget):
    """Run, person and consent; `enrolled(WalkIn)` after a save."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.existing: TraineeRow | None = None
        self.looked_up = ""
        self.run = QComboBox(self)
        self.card_button = IdCardButton(env.runner, self, poll_ms=1000)
        self.national_id = NationalIdEdit(self)
        self.passport = QLineEdit(self)
        self.prefix = QComboBox(self)
        self.prefix.setEditable(True)
        self.prefix.addItems(PREFIXES)
        self.first_name, self.last_name = QLineEdit(self), QLineEdit(self)
        self.birth_date = BuddhistDateEdit(self)
        self.sex, self.employment = QComboBox(self), QComboBox(self)
        self.phone, self.province, self.education = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.consent = QCheckBox(self)
        self.save_button = QPushButton(self)
        self.clear_button = QPushButton(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.form = QFormLayout()
        for widget in (self.run, self.national_id, self.passport, self.prefix, self.first_name, self.last_name,
                       self.birth_date, self.sex, self.phone, self.province, self.education, self.employment,
                       self.consent):
            self.form.addRow(QLabel(self), widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.card_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.card_button.card_read.connect(self.card)
        self.card_button.read_failed.connect(self._failed)
        self.national_id.state_changed.connect(self._id_typed)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear)
        self.retranslate()

    def retranslate(self) -> None:
        captions = (tr("Run"), tr("National ID"), tr("Passport (foreigners)"), tr("Prefix"), tr("First name"),
                    tr("Last name"), tr("Birth date"), tr("Sex"), tr("Phone"), tr("Province"), tr("Education"),
                    tr("Employment"), tr("PDPA"))
        for row, caption in enumerate(captions):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                item.widget().setText(caption)  # type: ignore[union-attr]
        for box, items in ((self.sex, (("", ""), (tr("Male"), "M"), (tr("Female"), "F"))),
                           (self.employment, (("", ""), (tr("Employed"), "employed"), (tr("Unemployed"), "unemployed"),
                                              (tr("Self-employed"), "self_employed"), (tr("Student"), "student")))):
            current = box.currentData()
            box.clear()
            for text, data in items:
                box.addItem(text, data)
            box.setCurrentIndex(max(0, box.findData(current)))
        self.consent.setText(tr("Consents to the college keeping this data for training"))
        self.save_button.setText(tr("Register and enrol"))
        self.clear_button.setText(tr("Clear"))
        self.card_button.retranslate()  # "อ่านบัตรประชาชน" in Thai

    def set_runs(self, runs: list[RunRow]) -> None:
        current = self.run.currentData()
        self.run.clear()
        for run in runs:
            left = tr("{free} seats left").format(free=max(run.capacity - run.enrolled, 0))
            self.run.addItem(f"{run.key} {run.course_name} ({left})", run.key)
        self.run.setCurrentIndex(max(0, self.run.findData(current)))

    # -- looking the person up first -------------------------------------------------------------
    def card(self, card: IdCardData) -> None:
        from vocdesk.services.core.idcard import record_card_read

        self.env.runner.action(lambda uow: record_card_read(uow, card.reader, photo=False, whole_id_shown=True,
                                                            purpose="training_walk_in"), on_error=self._failed)
        self._look_up(card.national_id, card)

    def _id_typed(self, state: str) -> None:
        if state == "valid" and self.national_id.digits() != self.looked_up:  # a card fill was looked up already
            self._look_up(self.national_id.digits(), None)

    def _look_up(self, number: str, card: IdCardData | None) -> None:
        actor, self.looked_up = self.env.actor, number
        self.env.runner.read(lambda session: trainee_by_id_number(session, actor, number),
                             on_done=lambda found: self._found(found, card), on_error=self._failed)

    def _found(self, found: TraineeRow | None, card: IdCardData | None) -> None:
        self.existing = found
        if found is not None:
            self._fill(found.national_id, found.prefix, found.first_name, found.last_name, found.birth_date,
                       found.sex, found.province, found.phone, found.employment, found.pdpa_consent)
            self._say(tr("Already registered: {name} (#{id}). Saving enrols this record.").format(
                name=found.name, id=found.id))
        elif card is not None:
            self._fill(card.national_id, card.name_th.prefix, card.name_th.first, card.name_th.last, card.birth.date,
                       SEX_OF_CARD.get(card.sex, ""), card.address.province_name, None, None, None)
            self._say(tr("Filled from the ID card: a new trainee."))
        else:
            self._say("")

    def _fill(self, national_id: str, prefix: str, first: str, last: str, birth: object, sex: str,
              province: str, phone: str | None, employment: str | None, consent: bool | None) -> None:
        import datetime as dt

        self.national_id.set_digits(national_id)
        self.prefix.setCurrentText(prefix)
        self.first_name.setText(first)
        self.last_name.setText(last)
        self.birth_date.setDate(birth if isinstance(birth, dt.date) else None)
        self.sex.setCurrentIndex(max(0, self.sex.findData(sex)))
        self.province.setText(province)
        if phone is not None:
            self.phone.setText(phone)
        if employment is not None:
            self.employment.setCurrentIndex(max(0, self.employment.findData(employment)))
        if consent is not None:
            self.consent.setChecked(consent)

    # -- saving ----------------------------------------------------------------------------------
    def data(self) -> TraineeInput:
        return TraineeInput(self.first_name.text(), self.last_name.text(), self.national_id.digits(),
                            self.passport.text(), self.national_id.override_reason(), self.prefix.currentText(),
                            self.birth_date.date(), str(self.sex.currentData() or ""), self.phone.text(),
                            self.province.text(), self.education.text(), str(self.employment.currentData() or ""),
                            self.consent.isChecked())

    def save(self) -> None:
        key = self.run.currentData()
        if not key:
            self._say(tr("Choose a run first."), problem=True)
            return
        data, existing = self.data(), self.existing.id if self.existing is not None else None
        self.env.runner.action(lambda uow: walk_in(uow, key, data, existing), on_done=self._saved,
                               on_error=self._failed, initiator=self)

    def _saved(self, result: WalkIn) -> None:
        name = f"{self.first_name.text()} {self.last_name.text()}".strip()
        if result.enrolment.state == "enrolled":
            text = tr("{name} enrolled in {run}, seat {n}.")
        else:
            text = tr("{name} is number {n} on the waitlist of {run}.")
        self.clear()
        self._say(text.format(name=name, run=result.enrolment.run, n=result.enrolment.position))

    def clear(self) -> None:
        self.existing, self.looked_up = None, ""
        self._fill("", "", "", "", None, "", "", "", "", False)
        self.passport.clear()
        self.education.clear()
        self.national_id.edit.setFocus()

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
