"""อาชีวะอาสา shifts: a point's shifts, a new shift, and learners checking in and out by student code."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.context import UiEnv
from ui.errors import message_for, show_error
from ui.i18n import tr, wrappable
from ui.pages import Page, page_of
from ui.widgets.buddhist_date_edit import BuddhistDateEdit
from ui.widgets.tables import fill_table, read_only_table
from vocdesk.domain.community_shifts import ShiftClock
from vocdesk.domain.thai_dates import format_be_short
from vocdesk.services.community import POINTS, SHIFTS
from vocdesk.services.community.points import PointRow, list_points
from vocdesk.services.community.shift_listing import ShiftRow, list_shifts
from vocdesk.services.community.volunteer import add_shift, check_in, check_out
from vocdesk.services.core.context import Changes
from vocdesk.services.core.permissions import allowed


def _time(text: str) -> dt.time | None:
    try:
        return dt.time.fromisoformat(text.strip().replace(".", ":"))
    except ValueError:
        return None


def _end_text(row: ShiftRow) -> str:
    """A night shift's end is on the next day: said so beside the time."""
    end = f"{row.end:%H:%M}"
    if ShiftClock(row.day, row.start, row.end).overnight:
        return tr("{time} (next day)", "a shift's end").format(time=end)
    return end


class ShiftsPage(Page):
    """Point on top with a new-shift row, the shifts, and the check-in row for the selected shift."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.point = QComboBox(self)
        self.day = BuddhistDateEdit(self)
        self.day.setDate(env.context.today())
        self.start, self.end, self.learner, self.at = (QLineEdit(self) for _ in range(4))
        for edit in (self.start, self.end, self.at):
            edit.setFixedWidth(80)  # HH:MM: sized for its content
        self.add_button, self.in_button, self.out_button = QPushButton(self), QPushButton(self), QPushButton(self)
        self.table = read_only_table(self)
        self.said = QLabel(self)
        self.rows: list[ShiftRow] = []
        may = allowed(env.actor, "community.volunteer")
        top, below = QHBoxLayout(), QHBoxLayout()
        for widget in (self.point, self.day, self.start, self.end, self.add_button):
            top.addWidget(widget, 2 if widget is self.point else 0)
        for widget in (self.learner, self.at, self.in_button, self.out_button):
            below.addWidget(widget)
        below.addWidget(self.said, 1)
        for widget in (self.day, self.start, self.end, self.add_button, self.learner, self.at, self.in_button,
                       self.out_button):
            widget.setEnabled(may)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        self.point.currentIndexChanged.connect(lambda _i: self.load())
        self.add_button.clicked.connect(self.add)
        self.in_button.clicked.connect(lambda: self.attend(check_in))
        self.out_button.clicked.connect(lambda: self.attend(check_out))
        self.learner.returnPressed.connect(lambda: self.attend(check_in))
        self.retranslate()

    def refresh(self) -> None:
        actor = self.env.actor
        self.env.runner.read(lambda s: list_points(s, actor), on_done=self._fill_points,
                             on_error=lambda error: show_error(self, error))

    def _fill_points(self, points: list[PointRow]) -> None:
        current = self.point.currentData()
        self.point.blockSignals(True)
        self.point.clear()
        for row in points:
            self.point.addItem(f"{row.code} · {row.name}", row.code)
        self.point.setCurrentIndex(max(0, self.point.findData(current)))
        self.point.blockSignals(False)
        self.load()

    def load(self) -> None:
        point, actor = self.point.currentData(), self.env.actor
        if point is None:
            self.data_shown.emit()
            return
        self.env.runner.read(lambda s: list_shifts(s, actor, point), on_done=self._show,
                             on_error=lambda error: show_error(self, error))

    def _show(self, rows: list[ShiftRow]) -> None:
        selected = self.table.currentRow()
        self.rows = rows
        fill_table(self.table, (tr("Day"), tr("From"), tr("To"), tr("On duty now"), tr("Served"), tr("Hours"),
                                tr("Services given")),
                   [[format_be_short(r.day), f"{r.start:%H:%M}", _end_text(r), str(r.on_duty), str(r.served),
                     f"{r.minutes / 60:,.1f}", str(r.services)] for r in rows])
        self.table.resizeColumnsToContents()
        if 0 <= selected < len(rows):
            self.table.selectRow(selected)
        self.data_shown.emit()

    def add(self) -> None:
        point, day, start, end = self.point.currentData(), self.day.date(), _time(self.start.text()), _time(
            self.end.text())
        if point is None or day is None or start is None or end is None:
            self._say(tr("Give the day and the times as HH:MM."), problem=True)
            return
        self.env.runner.action(lambda uow: add_shift(uow, point, day, start, end),
                               on_error=lambda error: self._say(message_for(error), problem=True), initiator=self)

    def attend(self, action: Callable[..., int]) -> None:
        row, code = self.table.currentRow(), self.learner.text().strip()
        at = _time(self.at.text()) if self.at.text().strip() else self.env.context.clock.now().time().replace(
            second=0, microsecond=0, tzinfo=None)
        if not (0 <= row < len(self.rows)) or not code or at is None:
            self._say(tr("Pick a shift, type a student code and the time as HH:MM."), problem=True)
            return
        shift = self.rows[row].id
        self.env.runner.action(lambda uow: action(uow, shift, at, learner=code),
                               on_done=lambda _r: self._attended(code, at),
                               on_error=lambda error: self._say(message_for(error), problem=True), initiator=self)

    def _attended(self, code: str, at: dt.time) -> None:
        self.learner.clear()
        self._say(tr("{code} recorded at {at}").format(code=code, at=f"{at:%H:%M}"))

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.said.setStyleSheet("color: #c0392b" if problem else "color: #1e6b3a")
        self.said.setText(wrappable(text))

    def on_changes(self, changes: Changes) -> None:
        if not self.activated_once:
            return
        if changes.touches(POINTS):
            self.refresh()
        elif changes.touches(SHIFTS):
            self.load()

    def retranslate(self) -> None:
        self.start.setPlaceholderText(tr("From HH:MM"))
        self.end.setPlaceholderText(tr("To HH:MM"))
        self.add_button.setText(tr("Add shift"))
        self.learner.setPlaceholderText(tr("Student code"))
        self.at.setPlaceholderText(tr("HH:MM"))
        for edit in (self.start, self.end, self.at):  # a time field, as wide as its hint in this language
            edit.setFixedWidth(max(80, edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 16))
        self.in_button.setText(tr("Check in to the shift"))
        self.out_button.setText(tr("Check out of the shift"))
        if self.activated_once:
            self._show(self.rows)


PAGE = page_of(__name__, ShiftsPage)  # key, title, order and permission: its line in PAGES
