"""Dialogs of the course page: a course for the catalogue, and a new run scheduled from a weekly rule."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.i18n import current_language, tr, wrappable
from ui.widgets.buddhist_date_edit import BuddhistDateEdit
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.domain.training import format_minutes
from vocdesk.errors import VocDeskError
from vocdesk.messages import describe
from vocdesk.services.training.courses import KINDS, CourseInput, save_course
from vocdesk.services.training.runs import RunRequest, ScheduleResult, schedule_run


def kind_name(kind: str) -> str:
    return {"upskill": tr("Upskill"), "reskill": tr("Reskill"), "short": tr("Short vocational course"),
            "fixit": tr("Fix it course")}.get(kind, kind)


def clash_kind(kind: str) -> str:
    return {"lesson": tr("lesson"), "booking": tr("booking"), "hours": tr("outside bookable hours"),
            "seats": tr("too few seats"), "equipment": tr("equipment short")}.get(kind, kind)


class _Dialog(QDialog):
    def __init__(self, env: UiEnv, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.env = env
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        """Overridden."""

    def failed(self, error: BaseException) -> None:
        if not isinstance(error, VocDeskError):
            from ui.errors import show_error

            show_error(self, error)
            return
        self.note.setStyleSheet("color: #c0392b")
        self.note.setText(wrappable(describe(error, current_language())))


class CourseDialog(_Dialog):
    """Code, names, kind, hours, seats, fee (baht) or funding source, attendance threshold, instructors."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.setWindowTitle(tr("Add course"))
        self.code, self.name_th, self.name_en = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.kind = QComboBox(self)
        for kind in KINDS:
            self.kind.addItem(kind_name(kind), kind)
        self.hours, self.capacity, self.pct = QSpinBox(self), QSpinBox(self), QSpinBox(self)
        self.hours.setRange(1, 2000)
        self.hours.setValue(30)
        self.capacity.setRange(1, 1000)
        self.capacity.setValue(20)
        self.pct.setRange(1, 100)
        self.pct.setValue(80)
        self.pct.setSuffix(" %")
        self.fee, self.funding, self.instructors = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.fee.setPlaceholderText("1,500.00")
        for caption, widget in ((tr("Code"), self.code), (tr("Thai name"), self.name_th),
                                (tr("English name"), self.name_en), (tr("Kind"), self.kind),
                                (tr("Hours"), self.hours), (tr("Seats"), self.capacity),
                                (tr("Fee (baht, 0 = free)"), self.fee),
                                (tr("Funding source (free course)"), self.funding),
                                (tr("Attendance for a certificate"), self.pct), (tr("Instructors"), self.instructors)):
            self.form.addRow(caption, widget)

    def save(self) -> None:
        from vocdesk.domain.training_money import parse_baht

        try:
            fee = parse_baht(self.fee.text() or "0")
        except ValueError:
            self.note.setText(tr("The fee is a number of baht, e.g. 1500 or 1,500.50."))
            return
        data = CourseInput(self.code.text(), self.name_th.text(), str(self.kind.currentData()), self.hours.value(),
                           self.capacity.value(), fee, self.funding.text(), self.name_en.text(), self.pct.value(),
                           self.instructors.text())
        self.env.runner.action(lambda uow: save_course(uow, data), on_done=lambda _row: self.accept(),
                               on_error=self.failed, initiator=self)


class ScheduleDialog(_Dialog):
    """Room, first and last date, weekdays, time window: every clash is listed and nothing is written."""

    def __init__(self, env: UiEnv, course_code: str, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.course_code = course_code
        self.setWindowTitle(tr("Schedule a run of {code}").format(code=course_code))
        self.room, self.days, self.time = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.days.setText("sat")
        self.time.setText("09:00-12:00")
        self.first, self.last = BuddhistDateEdit(self), BuddhistDateEdit(self)
        for caption, widget in ((tr("Room code"), self.room), (tr("From"), self.first), (tr("To"), self.last),
                                (tr("Days (e.g. sat,sun or mon-fri)"), self.days),
                                (tr("Time (HH:MM-HH:MM)"), self.time)):
            self.form.addRow(caption, widget)

    def save(self) -> None:
        from vocdesk.domain.training import parse_days, parse_window

        first, last = self.first.date(), self.last.date()
        try:
            days, window = parse_days(self.days.text()), parse_window(self.time.text())
        except ValueError:
            days = window = None  # type: ignore[assignment]
        if first is None or last is None or days is None or window is None:
            self.note.setText(tr("Fill in the room, both dates, the days and the time."))
            return
        request = RunRequest(self.course_code, self.room.text(), first, last, days, window)
        self.env.runner.action(lambda uow: schedule_run(uow, request), on_done=self._done, on_error=self.failed,
                               initiator=self)

    def _done(self, result: ScheduleResult) -> None:
        if result.run:
            self.accept()
            return
        lines = [f"{format_be_short(c.day)} {format_minutes(c.start)}–{format_minutes(c.end)} "
                 f"{clash_kind(c.kind)}: {c.what}" for c in result.booking.conflicts]
        self.note.setStyleSheet("color: #c0392b")
        self.note.setText(tr("Not scheduled: {count} clashes (nothing was written)").format(count=len(lines))
                          + "\n" + "\n".join(lines[:8]))
