"""Week grid: lessons, bookings and requests painted in their own colours under Thai day names and พ.ศ. dates."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from tests.factories.training import add_place, add_term_lessons, book_once
from tests.ui.conftest import visible
from ui.context import UiEnv
from ui.pages.training.week_grid import CLOSED, COLOURS
from ui.pages.training.week_page import WeekPage
from vocdesk.domain.training import parse_window
from vocdesk.services.training.booking import BookingRequest, book

FRIDAY = dt.date(2026, 11, 27)


def colour_inside(page: WeekPage, day: dt.date, minute: int) -> QColor:
    """The colour the user sees in that day's column at that time (a corner of the block, away from its text)."""
    grid = page.grid
    image = grid.grab().toImage()
    column = (day - page.grid.week.monday).days  # type: ignore[union-attr]
    x = 52 + (column + 1) * grid.column_width() - 8
    return image.pixelColor(int(x), int(grid.y_of(minute)))


def shown(qtbot: QtBot, env: UiEnv) -> WeekPage:
    add_place(env.context, "W1")
    add_place(env.context, "W2")
    add_term_lessons(env.context, "2/2569", dt.date(2026, 11, 2), dt.date(2027, 3, 12),
                     [("mon", "08:00-10:00", "W1", "งานเชื่อม"), ("mon", "13:00-15:00", "W2", "ไม่ใช่ห้องนี้")])
    assert book_once(env.context, "W1", dt.date(2026, 11, 28), "09:00-12:00", "อบรมช่างเชื่อม").written
    assert book_once(env.context, "W1", dt.date(2026, 11, 29), "13:00-16:00", "ซ่อมรถ", state="requested",
                     requested_by="อบต.ท่าช้าง").written
    page = WeekPage(env)
    qtbot.addWidget(page)
    env.runner.changed.connect(page.on_changes)
    page.resize(1000, 640)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.show()
        page.activate()
    return page


def test_the_week_of_today_shows_each_kind_in_its_colour(qtbot: QtBot, env: UiEnv) -> None:
    page = shown(qtbot, env)  # the clock stands on Tuesday 24 Nov 2026
    assert page.room.currentData() == "W1"
    assert page.week_label.text() == "23/11/2569 – 29/11/2569"
    assert page.grid.header_text(0) == "วันจันทร์\n23/11/2569"
    assert page.grid.header_text(6) == "วันอาทิตย์\n29/11/2569"
    assert colour_inside(page, dt.date(2026, 11, 23), 9 * 60) == COLOURS["lesson"]
    assert colour_inside(page, dt.date(2026, 11, 23), 14 * 60) != COLOURS["lesson"]  # W2's lesson is not here
    assert colour_inside(page, dt.date(2026, 11, 28), 11 * 60) == COLOURS["booking"]
    assert colour_inside(page, dt.date(2026, 11, 29), 15 * 60) == COLOURS["requested"]
    assert colour_inside(page, dt.date(2026, 11, 28), 15 * 60) != COLOURS["booking"]  # it ends at 12:00


def test_next_week_greys_the_holiday_and_another_room_shows_its_own_lessons(qtbot: QtBot, env: UiEnv) -> None:
    page = shown(qtbot, env)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.next_button.click()
    assert page.week_label.text() == "30/11/2569 – 06/12/2569"
    assert colour_inside(page, dt.date(2026, 12, 5), 11 * 60 + 20) == CLOSED  # วันพ่อแห่งชาติ
    assert colour_inside(page, dt.date(2026, 11, 30), 9 * 60) == COLOURS["lesson"]
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.show_room("W2")
    assert colour_inside(page, dt.date(2026, 11, 30), 9 * 60) != COLOURS["lesson"]
    assert colour_inside(page, dt.date(2026, 11, 30), 14 * 60) == COLOURS["lesson"]


def test_a_booking_made_elsewhere_appears_without_reopening_the_page(qtbot: QtBot, env: UiEnv) -> None:
    page = shown(qtbot, env)
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        env.runner.action(lambda uow: book(uow, BookingRequest("W1", FRIDAY, FRIDAY, (4,),
                                                               parse_window("17:00-19:00"), "คอมพิวเตอร์", 10)))
    assert colour_inside(page, FRIDAY, 18 * 60) == COLOURS["booking"]


def test_export_calendar_writes_the_rooms_bookings(qtbot: QtBot, env: UiEnv, tmp_path: Path) -> None:
    page = shown(qtbot, env)
    target = tmp_path / "w1.ics"
    page.choose_ics = lambda _suggested: target
    page.ics_button.click()
    qtbot.waitUntil(lambda: page.exported is not None, timeout=10_000)
    events = recurring_ical_events.of(icalendar.Calendar.from_ical(target.read_bytes())).between(
        dt.date(2026, 11, 1), dt.date(2026, 12, 31))
    assert sorted((str(e["SUMMARY"]), e["DTSTART"].dt.date()) for e in events) == [
        ("ซ่อมรถ", dt.date(2026, 11, 29)), ("อบรมช่างเชื่อม", dt.date(2026, 11, 28))]
    assert visible(page.week_label.toolTip()) == "เขียนการจอง 2 รายการลงแฟ้มปฏิทินแล้ว"


def test_on_windows_block_titles_and_holiday_names_wrap_between_thai_words(
        qtbot: QtBot, env: UiEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    page = shown(qtbot, env)
    assert "09:00–12:00 อบรมช่างเชื่อม" in page.grid.labels.blocks  # Linux: Qt's libthai finds the words itself
    monkeypatch.setattr(sys, "platform", "win32")  # Qt on Windows has no libthai: the text must carry the breaks
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.this_week()
    assert "09:00–12:00 อบรม\u200bช่างเชื่อม" in page.grid.labels.blocks
    assert "13:00–16:00 ซ่อม\u200bรถ" in page.grid.labels.blocks
    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.next_button.click()
    father = page.grid.labels.closed[dt.date(2026, 12, 5)]
    assert "บรมชนกาธิเบศร" in father and "ชน\u200bกา" not in father  # never inside the King's name
    assert "วัน\u200bพ่อ\u200bแห่งชาติ" in father
    assert visible(father) == page.grid.week.blocked[dt.date(2026, 12, 5)]  # type: ignore[union-attr]
