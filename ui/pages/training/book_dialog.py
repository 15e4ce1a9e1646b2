"""Book a facility from a finder result: purpose, people, an outside body's request, skipping clashing dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QSpinBox, QWidget

from ui.context import UiEnv
from ui.errors import message_for
from ui.i18n import tr
from ui.pages.equipment.grants_dialogs import ServiceDialog
from ui.pages.training.common import be_date, clash_label, day_name, span
from vocdesk.domain.training import Window
from vocdesk.errors import ValidationFailed
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.training.booking import BookingResult


class BookDialog(ServiceDialog):
    """Writes every occurrence in one transaction; a refusal lists each clash under the form and writes nothing."""

    def __init__(self, env: UiEnv, room: str, first: dt.date, last: dt.date, days: tuple[int, ...], window: Window,
                 people: int | None, parent: QWidget | None = None) -> None:
        super().__init__(env, tr("Book {room}").replace("{room}", room), parent)
        self.room, self.first, self.last, self.days, self.span = room, first, last, days, window
        when = QLabel(f"{be_date(first)} – {be_date(last)} · {', '.join(day_name(d, short=True) for d in days)}"
                      f" · {span(window.start, window.end)}", self)
        self.purpose = QLineEdit(self)
        self.purpose.setMinimumWidth(320)
        self.people = QSpinBox(self)
        self.people.setRange(0, 2000)
        self.people.setValue(people or 0)
        self.outside = QCheckBox(tr("Request from an outside body (needs approval)"), self)
        self.requested_by = QLineEdit(self)
        self.requested_by.setEnabled(False)
        self.outside.toggled.connect(self.requested_by.setEnabled)
        self.skip = QCheckBox(tr("Skip the clashing dates and book the rest"), self)
        for caption, widget in ((tr("Facility"), QLabel(room, self)), (tr("When"), when),
                                (tr("Purpose"), self.purpose), (tr("People"), self.people), ("", self.outside),
                                (tr("Requested by"), self.requested_by), ("", self.skip)):
            self.form.addRow(caption, widget)
        self.finish_layout()
        self.booking: BookingResult | None = None

    def prepare(self) -> None:
        if self.outside.isChecked() and not self.requested_by.text().strip():
            raise ValidationFailed("required", field=tr("Requested by"))

    def action(self, uow: UnitOfWork) -> object:
        from vocdesk.services.training.booking import BookingRequest, book

        request = BookingRequest(self.room, self.first, self.last, self.days, self.span, self.purpose.text(),
                                 self.people.value() or None, skip_conflicts=self.skip.isChecked(),
                                 state="requested" if self.outside.isChecked() else "booked",
                                 requested_by=self.requested_by.text())
        return book(uow, request)

    def _done(self, result: object) -> None:
        assert isinstance(result, BookingResult)
        self.booking = result
        if result.written:
            super()._done(result)
            return
        self.buttons.setEnabled(True)
        lines = [message_for(ValidationFailed("booking_conflicts", count=len(result.conflicts)))]
        lines += [f"{be_date(c.day)} {span(c.start, c.end)} {clash_label(c.kind)}: {c.what}"
                  for c in result.conflicts[:8]]
        if len(result.conflicts) > 8:
            lines.append("…")
        self.error_label.setText("\n".join(lines))
