"""Week grid per facility: this week's timetable lessons, bookings and outside requests, previous and next week."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import tr
from ui.pages import Page, page_of
from ui.pages.training.common import be_date
from ui.pages.training.week_grid import COLOURS, EDGES, WeekGrid, WeekLabels, labelled
from vocdesk.services.core.context import Changes
from vocdesk.services.core.permissions import allowed
from vocdesk.services.training import BOOKINGS, CALENDAR, FACILITIES, TIMETABLE
from vocdesk.services.training.calendar_ import TermRow
from vocdesk.services.training.calendar_export import CalendarExport
from vocdesk.services.training.facility_listing import PlaceRow, list_places
from vocdesk.services.training.views import FacilityWeek, facility_week


class WeekPage(Page):
    """Pick a facility and a week; the grid shows what occupies it, in colours the legend explains."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.day = env.context.clock.today()
        self.places: list[PlaceRow] = []
        self.room = QComboBox(self)
        self.room.setMinimumWidth(220)
        self.room.currentIndexChanged.connect(lambda _index: self.load_week())
        self.previous_button = QPushButton(self)
        self.previous_button.clicked.connect(lambda: self.shift_week(-7))
        self.today_button = QPushButton(self)
        self.today_button.clicked.connect(self.this_week)
        self.next_button = QPushButton(self)
        self.next_button.clicked.connect(lambda: self.shift_week(7))
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.import_timetable)
        self.import_button.setVisible(allowed(env.actor, "training.timetable"))
        self.dialog: QDialog | None = None
        self.ics_button = QPushButton(self)
        self.ics_button.clicked.connect(self.export_calendar)
        self.choose_ics: Callable[[str], Path | None] = self._ask_ics_path
        self.exported: CalendarExport | None = None
        self.week_label = QLabel(self)
        self.week_label.setStyleSheet("font-weight: bold;")
        self.legend = {kind: QLabel(self) for kind in COLOURS}
        for kind, label in self.legend.items():
            label.setStyleSheet(f"background: {COLOURS[kind].name()}; border: 1px solid {EDGES[kind].name()};"
                                " padding: 2px 8px;")
        self.grid = WeekGrid(self)
        top = QHBoxLayout()
        for widget in (self.room, self.previous_button, self.today_button, self.next_button, self.week_label):
            top.addWidget(widget)
        top.addStretch(1)
        bottom = QHBoxLayout()
        for label in self.legend.values():
            bottom.addWidget(label)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #666;")
        self.hint.setWordWrap(True)  # gives way to the buttons in a narrow window
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.ics_button)
        bottom.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def refresh(self) -> None:
        actor = self.env.actor
        self.env.runner.read(lambda s: [p for p in list_places(s, actor) if p.set_up], on_done=self._show_places,
                             on_error=lambda error: show_error(self, error))

    def on_changes(self, changes: Changes) -> None:
        if not self.activated_once:
            return
        if changes.touches(FACILITIES):
            self.refresh()
        elif changes.touches(BOOKINGS, TIMETABLE, CALENDAR):
            self.load_week()

    def _show_places(self, places: list[PlaceRow]) -> None:
        current = self.room.currentData()
        self.places = places
        self.room.blockSignals(True)
        self.room.clear()
        for place in places:
            self.room.addItem(f"{place.code} {place.name_th}", place.code)
        self.room.setCurrentIndex(max(0, self.room.findData(current)))
        self.room.blockSignals(False)
        if places:
            self.load_week()
        else:
            self.data_shown.emit()  # nothing set up for booking yet: the empty grid is the answer

    def show_room(self, code: str) -> None:
        self.room.setCurrentIndex(self.room.findData(code))

    def shift_week(self, days: int) -> None:
        self.day += dt.timedelta(days=days)
        self.load_week()

    def this_week(self) -> None:
        self.day = self.env.context.clock.today()
        self.load_week()

    def load_week(self) -> None:
        code, day, actor = self.room.currentData(), self.day, self.env.actor
        if code is None:
            return
        self.env.runner.read(lambda s: labelled(facility_week(s, actor, str(code), day)), on_done=self._show_week,
                             on_error=lambda error: show_error(self, error))

    def _show_week(self, answer: tuple[FacilityWeek, WeekLabels]) -> None:
        week, labels = answer
        if week.code != self.room.currentData():
            return  # an answer for a room the user has already left
        self.grid.set_week(week, labels)
        self.week_label.setText(f"{be_date(week.monday)} – {be_date(week.monday + dt.timedelta(days=6))}")
        self.data_shown.emit()

    def import_timetable(self) -> None:
        from vocdesk.services.training.calendar_ import list_terms

        actor = self.env.actor
        self.env.runner.read(lambda s: list_terms(s, actor), on_done=self._open_import,
                             on_error=lambda error: show_error(self, error))

    def _open_import(self, terms: list[TermRow]) -> None:
        from ui.pages.training.timetable_dialog import TimetableDialog

        self.dialog = TimetableDialog(self.env, terms, self)
        self.dialog.open()

    def _ask_ics_path(self, suggested: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(self, tr("Export calendar"), suggested,
                                                      tr("iCalendar file (*.ics)"))
        return Path(chosen) if chosen else None

    def export_calendar(self) -> None:
        """The facility's bookings as an .ics file a calendar program reads (as `vocdesk calendar export`)."""
        from vocdesk.services.training.calendar_export import export_facility_calendar

        code = self.room.currentData()
        path = self.choose_ics(f"{code}.ics") if code is not None else None
        if path is None:
            return
        context = self.env.context
        self.env.runner.read(lambda s: export_facility_calendar(s, context.actor, str(code), path, context.clock.now()),
                             on_done=self._exported, on_error=lambda error: show_error(self, error))

    def _exported(self, result: CalendarExport) -> None:
        self.exported = result
        self.week_label.setToolTip(tr("{count} bookings written to the calendar file").replace(
            "{count}", str(result.events)))

    def retranslate(self) -> None:
        self.ics_button.setText(tr("Export calendar…"))
        self.import_button.setText(tr("Import timetable…"))
        self.previous_button.setText(tr("◀ Previous week"))
        self.today_button.setText(tr("This week"))
        self.next_button.setText(tr("Next week ▶"))
        self.legend["lesson"].setText(tr("Timetable"))
        self.legend["booking"].setText(tr("Booked"))
        self.legend["requested"].setText(tr("Awaiting approval"))
        self.hint.setText(tr("Grey days are holidays or closures; point at a block for its group and teacher."))
        self.grid.update()


PAGE = page_of(__name__, WeekPage)  # key, title, order and permission: its line in PAGES
