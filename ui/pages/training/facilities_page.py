"""Facilities: every bookable place with its seats, buffers, hours, approver and equipment; closures and holidays."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiEnv
from ui.errors import show_error
from ui.i18n import tr
from ui.pages import Page, page_of
from ui.pages.training.common import be_date, day_name, kind_label, role_label
from ui.widgets.export_action import ExportAction, ListedIds
from ui.widgets.tables import fill_table, read_only_table, set_widths
from vocdesk.domain.thai_dates import BE_OFFSET
from vocdesk.services.core.context import Changes
from vocdesk.services.core.permissions import allowed
from vocdesk.services.training import CALENDAR, FACILITIES
from vocdesk.services.training.facility_listing import PlaceRow, list_places
from vocdesk.services.training.views import ClosureRow, HolidayRow, holiday_list, list_closures


def _selected_row(table: object) -> int | None:
    rows = table.selectionModel().selectedRows()  # type: ignore[attr-defined]
    return rows[0].row() if rows else None


class FacilitiesPage(Page):
    """The places on top; below, the college's closures and the year's holidays with the college's changes."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.places: list[PlaceRow] = []
        self.closures: list[ClosureRow] = []
        self.holidays: list[HolidayRow] = []
        self.dialog: QDialog | None = None
        self.may_edit = allowed(env.actor, "training.facilities")
        self.may_calendar = allowed(env.actor, "training.calendar")
        self.count_label = QLabel(self)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_facility)
        self.table = read_only_table(self)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda _index: self.edit_facility())
        self.closure_box = QGroupBox(self)
        self.closure_table = read_only_table(self.closure_box)
        self.closure_table.itemSelectionChanged.connect(self._enable)
        self.add_closure_button = QPushButton(self.closure_box)
        self.add_closure_button.clicked.connect(self.add_closure)
        self.remove_closure_button = QPushButton(self.closure_box)
        self.remove_closure_button.clicked.connect(self.remove_closure)
        self.holiday_box = QGroupBox(self)
        self.year = QSpinBox(self.holiday_box)
        self.year.setRange(2500, 2700)
        self.year.setValue(env.context.clock.today().year + BE_OFFSET)
        self.year.valueChanged.connect(lambda _value: self._load_holidays())
        self.holiday_table = read_only_table(self.holiday_box)
        self.holiday_table.itemSelectionChanged.connect(self._enable)
        self.add_day_button = QPushButton(self.holiday_box)
        self.add_day_button.clicked.connect(self.add_day_off)
        self.toggle_day_button = QPushButton(self.holiday_box)
        self.toggle_day_button.clicked.connect(self.toggle_day)
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.edit_button)
        ExportAction.install(self, top, "facilities",  # the set-up facilities, in the table's order
                             ListedIds(lambda: [p.location_id for p in self.places if p.set_up]))
        closure_layout = QVBoxLayout(self.closure_box)
        closure_layout.addWidget(self.closure_table, 1)
        closure_buttons = QHBoxLayout()
        closure_buttons.addWidget(self.add_closure_button)
        closure_buttons.addWidget(self.remove_closure_button)
        closure_buttons.addStretch(1)
        closure_layout.addLayout(closure_buttons)
        holiday_layout = QVBoxLayout(self.holiday_box)
        holiday_top = QHBoxLayout()
        self.year_label = QLabel(self.holiday_box)
        holiday_top.addWidget(self.year_label)
        holiday_top.addWidget(self.year)
        holiday_top.addStretch(1)
        holiday_top.addWidget(self.add_day_button)
        holiday_top.addWidget(self.toggle_day_button)
        holiday_layout.addLayout(holiday_top)
        holiday_layout.addWidget(self.holiday_table, 1)
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(self.closure_box)
        bottom.addWidget(self.holiday_box)
        bottom.setSizes([420, 600])
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(bottom)
        splitter.setSizes([330, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def refresh(self) -> None:
        actor = self.env.actor
        self.env.runner.read(lambda s: (list_places(s, actor), list_closures(s, actor)), on_done=self._show,
                             on_error=lambda error: show_error(self, error))
        self._load_holidays()

    def _load_holidays(self) -> None:
        actor, year = self.env.actor, self.year.value() - BE_OFFSET
        self.env.runner.read(lambda s: holiday_list(s, actor, year), on_done=self._show_holidays,
                             on_error=lambda error: show_error(self, error))

    def on_changes(self, changes: Changes) -> None:
        if self.activated_once and changes.touches(FACILITIES, CALENDAR):
            self.refresh()

    def _show(self, result: tuple[list[PlaceRow], list[ClosureRow]]) -> None:
        self.places, self.closures = result
        selected = _selected_row(self.table)
        code = self.places[selected].code if selected is not None and selected < len(self.places) else None
        fill_table(self.table, (tr("Code"), tr("Place name"), tr("Kind"), tr("Seats"), tr("Bookable"),
                                tr("Buffer (min)"), tr("Bookable hours"), tr("Approver"), tr("Equipment")),
                   [[p.code, p.name_th, kind_label(p.kind), "" if p.seats is None else str(p.seats),
                     tr("Yes") if p.bookable else tr("No"),
                     f"{p.buffer_before_min}/{p.buffer_after_min}" if p.set_up else "",
                     p.bookable_hours or (tr("Any time") if p.set_up else ""),
                     role_label(p.approver_role) if p.set_up else "",
                     ", ".join(f"{name} ×{count}" for _code, name, count in p.equipment)] for p in self.places])
        set_widths(self.table, (70, 165, 105, 50, 55, 95, 250, 150))
        for row in range(self.table.rowCount()):  # the full texts where a column cuts them
            for col in (6, 8):
                item = self.table.item(row, col)
                if item is not None:
                    item.setToolTip(item.text())
        codes = [p.code for p in self.places]
        if self.places:
            self.table.selectRow(codes.index(code) if code in codes else 0)
        bookable = sum(1 for p in self.places if p.bookable)
        self.count_label.setText(tr("{count} places, {bookable} open for booking")
                                 .replace("{count}", str(len(self.places))).replace("{bookable}", str(bookable)))
        fill_table(self.closure_table, (tr("From"), tr("To"), tr("Reason")),
                   [[be_date(c.first), be_date(c.last), c.reason] for c in self.closures])
        self._enable()
        self.data_shown.emit()

    def _show_holidays(self, rows: list[HolidayRow]) -> None:
        self.holidays = rows
        status = {"public": tr("Public holiday"), "added": tr("College day off"),
                  "removed": tr("College works this day")}
        fill_table(self.holiday_table, (tr("Date"), tr("Day", "of the week"), tr("Holiday"), tr("Status")),
                   [[be_date(h.day), day_name(h.day), h.name, status[h.source]] for h in rows])
        set_widths(self.holiday_table, (86, 92, 190))
        self._enable()

    def selected_place(self) -> PlaceRow | None:
        row = _selected_row(self.table)
        return self.places[row] if row is not None and row < len(self.places) else None

    def selected_holiday(self) -> HolidayRow | None:
        row = _selected_row(self.holiday_table)
        return self.holidays[row] if row is not None and row < len(self.holidays) else None

    def _enable(self) -> None:
        self.edit_button.setEnabled(self.may_edit and self.selected_place() is not None)
        self.add_closure_button.setEnabled(self.may_calendar)
        self.remove_closure_button.setEnabled(self.may_calendar and _selected_row(self.closure_table) is not None)
        self.add_day_button.setEnabled(self.may_calendar)
        holiday = self.selected_holiday()
        self.toggle_day_button.setEnabled(self.may_calendar and holiday is not None)
        self.toggle_day_button.setText(tr("Work on this day") if holiday is None or holiday.source == "public"
                                       else tr("Undo the college's change"))

    def edit_facility(self) -> None:
        from ui.pages.training.facilities_dialogs import FacilityDialog

        place = self.selected_place()
        if place is not None and self.may_edit:
            self.dialog = FacilityDialog(self.env, place, self)
            self.dialog.open()

    def add_closure(self) -> None:
        from ui.pages.training.facilities_dialogs import ClosureDialog

        self.dialog = ClosureDialog(self.env, self.env.context.clock.today(), self)
        self.dialog.open()

    def remove_closure(self) -> None:
        from vocdesk.services.training.views import remove_closure

        row = _selected_row(self.closure_table)
        if row is not None and row < len(self.closures):
            closure_id = self.closures[row].id
            self.env.runner.action(lambda uow: remove_closure(uow, closure_id), initiator=self,
                                   on_error=lambda error: show_error(self, error))

    def add_day_off(self) -> None:
        from ui.pages.training.facilities_dialogs import DayOffDialog

        self.dialog = DayOffDialog(self.env, self.env.context.clock.today(), self)
        self.dialog.open()

    def toggle_day(self) -> None:
        from vocdesk.services.training.calendar_ import change_holiday
        from vocdesk.services.training.views import undo_holiday_change

        holiday = self.selected_holiday()
        if holiday is None:
            return
        day, name = holiday.day, holiday.name
        if holiday.source == "public":
            self.env.runner.action(lambda uow: change_holiday(uow, day, "remove", name), initiator=self,
                                   on_error=lambda error: show_error(self, error))
        else:
            self.env.runner.action(lambda uow: undo_holiday_change(uow, day), initiator=self,
                                   on_error=lambda error: show_error(self, error))

    def retranslate(self) -> None:
        self.edit_button.setText(tr("Edit facility…"))
        self.closure_box.setTitle(tr("College closures"))
        self.add_closure_button.setText(tr("Add closure…"))
        self.remove_closure_button.setText(tr("Remove closure"))
        self.holiday_box.setTitle(tr("Holidays"))
        self.year_label.setText(tr("Year (B.E.)"))
        self.add_day_button.setText(tr("Add a day off…"))
        self._enable()
        if self.activated_once:
            self.refresh()


PAGE = page_of(__name__, FacilitiesPage)  # key, title, order and permission: its line in PAGES
