"""Spare-room finder: the facilities free on every occurrence of a weekly need first, the others with their clashes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.errors import message_for, show_error
from ui.i18n import tr
from ui.pages import Page, page_of
from ui.pages.training.common import KIND_CODES, be_date, clash_label, day_name, kind_label, span
from ui.widgets.buddhist_date_edit import BuddhistDateEdit
from ui.widgets.tables import fill_table, read_only_table, set_widths
from vocdesk.domain.training import Window
from vocdesk.errors import ValidationFailed, VocDeskError
from vocdesk.services.core.context import Changes
from vocdesk.services.core.permissions import allowed
from vocdesk.services.training import BOOKINGS, CALENDAR, FACILITIES, TIMETABLE
from vocdesk.services.training.finder import FreeAnswer, FreeQuery, RoomAnswer, find_free


def parse_equipment(text: str) -> dict[str, int]:
    """`3400-001=2, 7440-001=10` → category code → items needed."""
    needs: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in text.replace(";", ",").split(","))):
        code, sep, count = part.partition("=")
        if not sep or not code.strip() or not count.strip().isdigit() or not count.strip().isascii():
            raise ValidationFailed("invalid", field=tr("Equipment"), value=part)
        needs[code.strip()] = needs.get(code.strip(), 0) + int(count)
    return needs


class FinderPage(Page):
    """Criteria on top; results (free first) on the left, the selected facility's clashes on the right."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.answer: FreeAnswer | None = None
        self.query: FreeQuery | None = None
        self.dialog: QDialog | None = None
        today = env.context.clock.today()
        self.first = BuddhistDateEdit(self)
        self.first.setDate(today)
        self.last = BuddhistDateEdit(self)
        self.last.setDate(today + dt.timedelta(weeks=8))
        self.day_boxes = [QCheckBox(self) for _ in range(7)]
        for box in self.day_boxes[5:]:
            box.setChecked(True)
        self.start = QTimeEdit(QTime(9, 0), self)
        self.end = QTimeEdit(QTime(16, 0), self)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.seats = QSpinBox(self)
        self.seats.setRange(0, 2000)
        self.kind = QComboBox(self)
        self.equipment = QLineEdit(self)
        self.equipment.setPlaceholderText("3400-001=2")
        self.search_button = QPushButton(self)
        self.search_button.clicked.connect(self.search)
        self.book_button = QPushButton(self)
        self.book_button.clicked.connect(self.book_selected)
        self.may_book = allowed(env.actor, "training.book")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = read_only_table(self)
        self.table.itemSelectionChanged.connect(self._selected)
        self.conflicts = read_only_table(self)
        self.captions = [QLabel(self) for _ in range(7)]
        grid = QGridLayout()
        days = QHBoxLayout()
        for box in self.day_boxes:
            days.addWidget(box)
        days.addStretch(1)
        grid.addWidget(self.captions[0], 0, 0)
        grid.addWidget(self.first, 0, 1)
        grid.addWidget(self.captions[1], 0, 2)
        grid.addWidget(self.last, 0, 3)
        grid.addWidget(self.captions[2], 0, 4)
        grid.addLayout(days, 0, 5, 1, 2)
        grid.addWidget(self.captions[3], 1, 0)
        grid.addWidget(self.start, 1, 1)
        grid.addWidget(self.captions[4], 1, 2)
        grid.addWidget(self.end, 1, 3)
        grid.addWidget(self.captions[5], 1, 4)
        row = QHBoxLayout()
        for widget in (self.seats, self.captions[6], self.kind, self.equipment):
            row.addWidget(widget)
        grid.addLayout(row, 1, 5)
        grid.addWidget(self.search_button, 1, 6)
        grid.setColumnStretch(5, 1)
        top_of_results = QHBoxLayout()
        top_of_results.addWidget(self.summary, 1)
        top_of_results.addWidget(self.book_button)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.conflicts)
        splitter.setSizes([600, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(grid)
        layout.addLayout(top_of_results)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def build_query(self) -> FreeQuery:
        first, last = self.first.date(), self.last.date()
        if first is None or last is None:
            raise ValidationFailed("required", field=tr("dates"))
        days = tuple(d for d, box in enumerate(self.day_boxes) if box.isChecked())
        if not days:
            raise ValidationFailed("no_occurrences", field=tr("Weekdays"))
        start = self.start.time().hour() * 60 + self.start.time().minute()
        end = self.end.time().hour() * 60 + self.end.time().minute()
        if end <= start:
            raise ValidationFailed("date_order", field=tr("Until"))
        kind = self.kind.currentData()
        return FreeQuery(first, last, days, Window(start, end), self.seats.value() or None, kind or None,
                         parse_equipment(self.equipment.text()))

    def search(self) -> None:
        try:
            query = self.build_query()
        except VocDeskError as error:
            self.summary.setText(message_for(error))
            return
        self.query, actor = query, self.env.actor
        self.search_button.setEnabled(False)
        self.env.runner.read(lambda s: find_free(s, actor, query), on_done=self._show, on_error=self._failed)

    def refresh(self) -> None:
        self.search()  # the first time: the default need (weekends of the next eight weeks, 09:00–16:00)

    def on_changes(self, changes: Changes) -> None:
        if self.query is not None and changes.touches(BOOKINGS, TIMETABLE, CALENDAR, FACILITIES):
            self.search()

    def _failed(self, error: BaseException) -> None:
        self.search_button.setEnabled(True)
        if isinstance(error, VocDeskError):
            self.summary.setText(message_for(error))
        else:
            show_error(self, error)

    def _show(self, answer: FreeAnswer) -> None:
        self.answer = answer
        self.search_button.setEnabled(True)
        free = sum(1 for r in answer.rooms if r.free)
        text = tr("{occurrences} occurrences · {free} of {rooms} facilities free on every one").replace(
            "{occurrences}", str(len(answer.occurrences))).replace("{free}", str(free)).replace(
            "{rooms}", str(len(answer.rooms)))
        if answer.skipped:
            text += " · " + tr("left out (holidays, closures)") + ": " + ", ".join(
                be_date(s.day) for s in answer.skipped)
        self.summary.setText(text)
        self.summary.setToolTip("\n".join(f"{be_date(s.day)} {s.reason}" for s in answer.skipped))
        fill_table(self.table, (tr("Code"), tr("Place name"), tr("Kind"), tr("Seats"), tr("Answer")),
                   [[r.code, r.name_th, kind_label(r.kind), "" if r.seats is None else str(r.seats),
                     tr("Available") if r.free else tr("{count} clashes").replace("{count}", str(len(r.conflicts)))]
                    for r in answer.rooms])
        for row, room in enumerate(answer.rooms):
            answer_cell = self.table.item(row, 4)
            if answer_cell is not None:
                answer_cell.setForeground(QColor("#1b7a35") if room.free else QColor("#a33a2a"))
        set_widths(self.table, (64, 150, 100, 46))
        if answer.rooms:
            self.table.selectRow(0)
        else:
            fill_table(self.conflicts, (), [])
        self._enable()
        self.data_shown.emit()

    def selected_room(self) -> RoomAnswer | None:
        rows = self.table.selectionModel().selectedRows()
        if self.answer is None or not rows or rows[0].row() >= len(self.answer.rooms):
            return None
        return self.answer.rooms[rows[0].row()]

    def _selected(self) -> None:
        room = self.selected_room()
        clashes = room.conflicts if room is not None else ()
        fill_table(self.conflicts, (tr("Date"), tr("Day", "of the week"), tr("Time"), tr("Clash"), tr("What")),
                   [[be_date(c.day), day_name(c.day, short=True), span(c.start, c.end), clash_label(c.kind), c.what]
                    for c in clashes])
        set_widths(self.conflicts, (86, 50, 95, 130))
        self._enable()

    def _enable(self) -> None:
        self.book_button.setEnabled(self.may_book and self.selected_room() is not None)

    def book_selected(self) -> None:
        from ui.pages.training.book_dialog import BookDialog

        room, query = self.selected_room(), self.query
        if room is None or query is None or not self.may_book:
            return
        self.dialog = BookDialog(self.env, room.code, query.first, query.last, query.days, query.window,
                                 query.seats, self)
        self.dialog.open()

    def retranslate(self) -> None:
        for box, day in zip(self.day_boxes, range(7), strict=True):
            box.setText(day_name(day, short=True))
        for label, text in zip(self.captions, (tr("From"), tr("To"), tr("Weekdays"), tr("Time"), tr("Until"),
                                               tr("Seats"), tr("Kind")), strict=True):
            label.setText(text)
        current = self.kind.currentData()
        self.kind.clear()
        self.kind.addItem(tr("Any kind"), None)
        for code in KIND_CODES:
            self.kind.addItem(kind_label(code), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.equipment.setToolTip(tr("Equipment needed: asset category code = items, separated by commas"))
        self.search_button.setText(tr("Find free facilities"))
        self.book_button.setText(tr("Book…"))
        self._enable()
        if self.answer is not None:
            self._show(self.answer)


PAGE = page_of(__name__, FinderPage)  # key, title, order and permission: its line in PAGES
