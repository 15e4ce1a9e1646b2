"""A course's iCalendar file: every run's booked sessions, cancelled and moved dates as a calendar program sees them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import select

from tests.factories.training import add_place, book_once
from tests.factories.training_courses import add_course, schedule
from tests.integration.training.test_calendar_export import at, occurrences
from tests.integration.training.test_course_cli import free_course_and_room
from tests.integration.training.test_training_cli import run_cli
from vocdesk.persistence.models import CourseSession
from vocdesk.services.core.context import AppContext
from vocdesk.services.training.calendar_export import export_course_calendar
from vocdesk.services.training.runs import cancel_session, move_session


def _session_id(ctx: AppContext, day: dt.date) -> int:
    with ctx.db.read() as session:
        return session.scalars(select(CourseSession.id).where(CourseSession.day == day)).one()


def test_every_run_is_in_the_file_without_cancelled_moved_or_other_courses_dates(ctx: AppContext,
                                                                                 tmp_path: Path) -> None:
    add_place(ctx, "W1")
    add_place(ctx, "W2")
    add_course(ctx, "WELD01")
    add_course(ctx, "COOK01")
    assert schedule(ctx, "WELD01", "W1", dt.date(2026, 11, 28), dt.date(2026, 12, 19)).run == "WELD01/1"
    assert schedule(ctx, "WELD01", "W2", dt.date(2027, 1, 23), dt.date(2027, 1, 30), window="13:00-16:00").run \
        == "WELD01/2"
    assert schedule(ctx, "COOK01", "W1", dt.date(2026, 11, 29), dt.date(2026, 12, 6), days="sun").run
    book_once(ctx, "W1", dt.date(2026, 12, 26), "09:00-12:00", "ห้องเดียวกัน ไม่ใช่หลักสูตรนี้")
    ctx.run(lambda uow: cancel_session(uow, _session_id(ctx, dt.date(2026, 12, 12)), "น้ำท่วม"))
    moved = ctx.run(lambda uow: move_session(uow, _session_id(ctx, dt.date(2026, 12, 19)), dt.date(2026, 12, 20),
                                             "ห้องไม่ว่าง"))[0]
    assert moved.written
    out = tmp_path / "weld.ics"
    with ctx.db.read() as session:
        result = export_course_calendar(session, ctx.actor, " weld01 ", out, ctx.clock.now())
    # 28 Nov stays; 5 Dec (วันพ่อแห่งชาติ) was never a session; 12 Dec cancelled; 19 Dec moved to Sunday 20 Dec.
    assert (result.code, result.runs, result.events, result.first, result.last) == (
        "WELD01", ("WELD01/1", "WELD01/2"), 4, dt.date(2026, 11, 28), dt.date(2027, 1, 30))
    first, second = "WELD01/1 ช่างเชื่อม WELD01", "WELD01/2 ช่างเชื่อม WELD01"
    assert occurrences(out) == [
        (at(dt.date(2026, 11, 28), 9), at(dt.date(2026, 11, 28), 12), first, "CONFIRMED"),
        (at(dt.date(2026, 12, 20), 9), at(dt.date(2026, 12, 20), 12), first, "CONFIRMED"),
        (at(dt.date(2027, 1, 23), 13), at(dt.date(2027, 1, 23), 16), second, "CONFIRMED"),
        (at(dt.date(2027, 1, 30), 13), at(dt.date(2027, 1, 30), 16), second, "CONFIRMED"),
    ]


def test_the_command_exports_a_course_and_refuses_bad_input(tmp_path: Path) -> None:
    home = tmp_path / "h"
    free_course_and_room(home)
    assert run_cli(home, "course", "schedule", "C1", "--room", "W1", "--from", "2026-11-28", "--to", "2026-12-12",
                   "--days", "sat", "--time", "09:00-12:00").returncode == 0
    assert run_cli(home, "course", "session", "cancel", "C1/1", "--date", "2026-12-12", "--reason",
                   "น้ำท่วม").returncode == 0
    out = tmp_path / "c1.ics"
    done = run_cli(home, "calendar", "export", "--course", "c1", "--out", str(out), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"course": "C1", "runs": ["C1/1"], "events": 1, "out": str(out),
                                       "from": "2026-11-28", "to": "2026-11-28"}
    day = dt.date(2026, 11, 28)
    assert occurrences(out) == [(at(day, 9), at(day, 12), "C1/1 อบรม", "CONFIRMED")]
    unknown = run_cli(home, "calendar", "export", "--course", "NOPE", "--out", str(tmp_path / "x.ics"))
    assert unknown.returncode == 2 and "course was not found" in unknown.stderr
    both = run_cli(home, "calendar", "export", "--course", "C1", "--room", "W1", "--out", str(tmp_path / "x.ics"))
    neither = run_cli(home, "calendar", "export", "--out", str(tmp_path / "x.ics"))
    assert both.returncode == neither.returncode == 2
    assert not (tmp_path / "x.ics").exists()
