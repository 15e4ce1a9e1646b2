"""Dialogs of the facilities page: a facility's booking settings, a closure, a day the college adds off."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from ui.context import UiEnv
from ui.i18n import tr
from ui.pages.equipment.grants_dialogs import ServiceDialog
from ui.pages.training.common import KIND_CODES, kind_label, role_label
from ui.widgets.buddhist_date_edit import BuddhistDateEdit
from vocdesk.errors import ValidationFailed
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.training.facility_listing import PlaceRow

APPROVERS = ("training_staff", "administrator")  # the roles that may approve (training.approve)


class FacilityDialog(ServiceDialog):
    """Kind, seats, buffers, bookable hours and approver of one place; saving makes it a bookable facility."""

    def __init__(self, env: UiEnv, place: PlaceRow, parent: QWidget | None = None) -> None:
        super().__init__(env, tr("Facility {code}").replace("{code}", place.code), parent)
        self.place = place
        self.kind = QComboBox(self)
        for code in KIND_CODES:
            self.kind.addItem(kind_label(code), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(place.kind)))
        self.seats = QSpinBox(self)
        self.seats.setRange(0, 2000)
        self.seats.setValue(place.seats or 0)
        self.before = QSpinBox(self)
        self.after = QSpinBox(self)
        for box, value in ((self.before, place.buffer_before_min), (self.after, place.buffer_after_min)):
            box.setRange(0, 240)
            box.setSingleStep(5)
            box.setSuffix(" " + tr("min"))
            box.setValue(value)
        self.hours = QLineEdit(place.bookable_hours, self)
        self.hours.setPlaceholderText("mon-fri=17:00-21:00;sat=08:00-16:00")
        self.hours.setMinimumWidth(330)
        self.approver = QComboBox(self)
        for code in APPROVERS:
            self.approver.addItem(role_label(code), code)
        self.approver.setCurrentIndex(max(0, self.approver.findData(place.approver_role)))
        self.bookable = QCheckBox(tr("Open for booking"), self)
        self.bookable.setChecked(place.bookable or not place.set_up)
        hint = QLabel(tr("Empty hours = bookable at any time. Days: mon tue wed thu fri sat sun."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        self.form.addRow(tr("Place"), QLabel(f"{place.code} {place.name_th}", self))
        for caption, widget in ((tr("Kind"), self.kind), (tr("Seats"), self.seats),
                                (tr("Set-up before"), self.before), (tr("Cleaning after"), self.after),
                                (tr("Bookable hours"), self.hours), ("", hint),
                                (tr("Approves outside requests"), self.approver), ("", self.bookable)):
            self.form.addRow(caption, widget)
        self.finish_layout()

    def action(self, uow: UnitOfWork) -> object:
        from vocdesk.services.training.facilities import FacilityInput, set_facility

        data = FacilityInput(self.place.code, self.seats.value() or None, self.before.value(), self.after.value(),
                             self.hours.text().strip(), str(self.approver.currentData()), self.bookable.isChecked(),
                             str(self.kind.currentData()))
        return set_facility(uow, data)


class ClosureDialog(ServiceDialog):
    """Days the college is closed to bookings, with the reason."""

    def __init__(self, env: UiEnv, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(env, tr("Add closure"), parent)
        self.first = BuddhistDateEdit(self)
        self.last = BuddhistDateEdit(self)
        self.first.setDate(today)
        self.last.setDate(today)
        self.reason = QLineEdit(self)
        for caption, widget in ((tr("From"), self.first), (tr("To"), self.last), (tr("Reason"), self.reason)):
            self.form.addRow(caption, widget)
        self.finish_layout()
        self.days: tuple[dt.date, dt.date] | None = None

    def prepare(self) -> None:
        first, last = self.first.date(), self.last.date()
        if first is None or last is None:
            raise ValidationFailed("required", field=tr("dates"))
        self.days = (first, last)

    def action(self, uow: UnitOfWork) -> object:
        from vocdesk.services.training.calendar_ import add_closure

        assert self.days is not None
        return add_closure(uow, self.days[0], self.days[1], self.reason.text())


class DayOffDialog(ServiceDialog):
    """A day the college adds to the public-holiday list (its own holiday)."""

    def __init__(self, env: UiEnv, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(env, tr("Add a day off"), parent)
        self.day = BuddhistDateEdit(self)
        self.day.setDate(today)
        self.name = QLineEdit(self)
        self.form.addRow(tr("Date"), self.day)
        self.form.addRow(tr("Holiday"), self.name)
        self.finish_layout()
        self.chosen: dt.date | None = None

    def prepare(self) -> None:
        self.chosen = self.day.date()
        if self.chosen is None:
            raise ValidationFailed("required", field=tr("Date"))
        if not self.name.text().strip():
            raise ValidationFailed("required", field=tr("Holiday"))

    def action(self, uow: UnitOfWork) -> object:
        from vocdesk.services.training.calendar_ import change_holiday

        assert self.chosen is not None
        change_holiday(uow, self.chosen, "add", self.name.text())
        return self.chosen
