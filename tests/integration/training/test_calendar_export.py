"""iCalendar export: a calendar library reads the file back to exactly the booked occurrences, no more, no less."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

from tests.factories.training import add_place, book_once
from tests.integration.training.test_training_cli import run_cli
from vocdesk.domain.training import parse_window
from vocdesk.services.core.context import AppContext
from vocdesk.services.training.booking import BookingRequest, book, decide
from vocdesk.services.training.calendar_export import export_facility_calendar

BANGKOK = ZoneInfo("Asia/Bangkok")


def occurrences(path: Path) -> list[tuple[dt.datetime, dt.datetime, str, str]]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = recurring_ical_events.of(calendar).between(dt.date(2026, 1, 1), dt.date(2028, 1, 1))
    return sorted((e["DTSTART"].dt, e["DTEND"].dt, str(e["SUMMARY"]), str(e["STATUS"])) for e in events)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=BANGKOK)


def test_the_file_holds_the_booked_dates_without_holidays_rejections_or_other_rooms(ctx: AppContext,
                                                                                    tmp_path: Path) -> None:
    add_place(ctx, "W1", after=30)
    add_place(ctx, "W2")
    series = BookingRequest("W1", dt.date(2026, 11, 28), dt.date(2026, 12, 19), (5,), parse_window("09:00-12:00"),
                            "ช่างเชื่อมรุ่น 1")
    ctx.run(lambda uow: book(uow, series))  # 5 Dec (วันพ่อแห่งชาติ) is skipped
    book_once(ctx, "W1", dt.date(2026, 12, 13), "13:30-16:00", "ซ่อมรถ", state="requested", requested_by="อบต.")
    rejected = book_once(ctx, "W1", dt.date(2026, 12, 14), "17:00-19:00", "ไม่ผ่าน", state="requested")
    ctx.run(lambda uow: decide(uow, rejected.series_key, "reject", "ห้องไม่ว่าง"))
    book_once(ctx, "W2", dt.date(2026, 12, 12), "09:00-12:00", "ห้องอื่น")
    out = tmp_path / "w1.ics"
    with ctx.db.read() as session:
        result = export_facility_calendar(session, ctx.actor, "w1", out, ctx.clock.now())
    assert (result.events, result.first, result.last) == (4, dt.date(2026, 11, 28), dt.date(2026, 12, 19))
    saturdays = [dt.date(2026, 11, 28), dt.date(2026, 12, 12), dt.date(2026, 12, 19)]
    sunday = dt.date(2026, 12, 13)
    assert occurrences(out) == sorted([(at(d, 9), at(d, 12), "ช่างเชื่อมรุ่น 1", "CONFIRMED") for d in saturdays]
                                      + [(at(sunday, 13, 30), at(sunday, 16), "ซ่อมรถ", "TENTATIVE")])


def test_the_command_writes_the_file_and_refuses_an_unknown_room(tmp_path: Path) -> None:
    home = tmp_path / "h"
    assert run_cli(home, "asset", "room", "W1", "โรงฝึกงาน", "--kind", "workshop").returncode == 0
    assert run_cli(home, "room", "setup", "W1", "--seats", "20").returncode == 0
    assert run_cli(home, "room", "book", "W1", "--from", "2026-12-12", "--time", "09:00-12:00",
                   "--purpose", "อบรม").returncode == 0
    out = tmp_path / "w1.ics"
    done = run_cli(home, "calendar", "export", "--room", "W1", "--out", str(out), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"room": "W1", "events": 1, "out": str(out), "from": "2026-12-12",
                                       "to": "2026-12-12"}
    day = dt.date(2026, 12, 12)
    assert occurrences(out) == [(at(day, 9), at(day, 12), "อบรม", "CONFIRMED")]
    unknown = run_cli(home, "calendar", "export", "--room", "NOPE", "--out", str(tmp_path / "x.ics"))
    assert unknown.returncode == 2 and "location was not found" in unknown.stderr
    assert not (tmp_path / "x.ics").exists()
