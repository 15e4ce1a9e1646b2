"""Benchmarks of the training centre: the spare-room finder and booking a 20-session run, against raw sqlite3."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

FULL, SMOKE = (120, 18), (20, 4)  # facilities, term weeks; ~2,760 weekly lessons × 18 weeks ≈ 50,000 occurrences
FIRST_DAY = dt.date(2027, 1, 11)  # a Monday; no Thai public holiday in the weeks the requests use
REPEATS = 15  # medians of 15: the 2-core machine is shared, and the first run of each side is a cold one
SLOTS = [(day, hour) for day in range(5) for hour in (8, 9, 10, 11, 13, 14, 15, 16, 17)]
LESSON_NOT_EXISTS = ("SELECT l.code FROM location l JOIN training_facility f ON f.location_id = l.id "
                     "WHERE l.active AND l.is_bookable AND NOT EXISTS (SELECT 1 FROM training_lesson s "
                     "JOIN training_term t ON t.id = s.term_id WHERE s.location_id = l.id AND s.weekday = ? "
                     "AND t.first_day <= ? AND t.last_day >= ? AND s.start_min < ? AND ? < s.end_min) "
                     "AND NOT EXISTS (SELECT 1 FROM training_booking b WHERE b.location_id = l.id "
                     "AND b.state IN ('booked', 'requested', 'approved') AND b.block_start < ? AND ? < b.block_end)")


def _college(folder: Path, facilities: int, weeks: int) -> Any:
    from sqlalchemy import insert, select

    from vocdesk.clock import FixedClock
    from vocdesk.paths import AppPaths
    from vocdesk.persistence.database import Database
    from vocdesk.persistence.migrate import upgrade
    from vocdesk.persistence.models import Facility, Lesson, Location, Term
    from vocdesk.services.core.context import Actor, AppContext

    paths = AppPaths.resolve(folder).ensure()
    db = Database(f"sqlite:///{paths.data_dir / 'vocdesk.sqlite3'}")
    upgrade(db, paths.migrations_dir)
    ctx = AppContext(paths=paths, db=db, clock=FixedClock(), actor=Actor("staff", "training_staff"))
    with ctx.unit_of_work() as uow:
        s = uow.session
        s.execute(insert(Location), [{"code": f"R{n:03d}", "name_th": f"ห้อง {n}", "kind": "workshop",
                                      "capacity": 30, "is_bookable": True, "active": True, "version": 1}
                                     for n in range(facilities)])
        ids = list(s.scalars(select(Location.id).order_by(Location.code)))
        s.execute(insert(Facility), [{"location_id": i, "bookable_hours": "", "buffer_before_min": 0,
                                      "buffer_after_min": 0, "approver_role": "training_staff", "version": 1}
                                     for i in ids])
        term = Term(key="2/2569", first_day=FIRST_DAY, last_day=FIRST_DAY + dt.timedelta(weeks=weeks) -
                    dt.timedelta(days=1))
        s.add(term)
        s.flush()
        lessons = [{"term_id": term.id, "weekday": day, "start_min": hour * 60, "end_min": hour * 60 + 60,
                    "location_id": location, "subject": "วิชา", "students": "กลุ่ม", "teachers": "ครู"}
                   for n, location in enumerate(ids) for k, (day, hour) in enumerate(SLOTS)
                   if (k * 7 + n * 3) % 45 < 23]  # 23 of 45 weekly slots in every room, spread differently
        s.execute(insert(Lesson), lessons)
    return ctx, len(lessons) * weeks


def _finder(ctx: Any, weeks: int) -> tuple[float, float, int, int]:
    from vocdesk.domain.training import Window
    from vocdesk.services.training.finder import FreeQuery, find_free

    query = FreeQuery(FIRST_DAY, FIRST_DAY + dt.timedelta(days=25), (0, 1, 2, 3, 4), Window(16 * 60, 18 * 60))
    conn = sqlite3.connect(ctx.paths.data_dir / "vocdesk.sqlite3")
    ours_runs, base_runs, free, listed = [], [], 0, 0
    try:
        for _ in range(REPEATS):
            started = time.perf_counter()
            with ctx.db.read() as session:
                answer = find_free(session, ctx.actor, query)
            ours_runs.append(time.perf_counter() - started)
            started = time.perf_counter()
            free_every: set[str] | None = None
            for day in answer.occurrences:  # one hand-written NOT EXISTS query per occurrence
                start, end = f"{day} 16:00:00.000000", f"{day} 18:00:00.000000"
                found = {r[0] for r in conn.execute(LESSON_NOT_EXISTS, (day.weekday(), day.isoformat(),
                                                                        day.isoformat(), 18 * 60, 16 * 60, end,
                                                                        start))}
                free_every = found if free_every is None else free_every & found
            base_runs.append(time.perf_counter() - started)
            ours_free = {r.code for r in answer.rooms if r.free}
            if ours_free != (free_every or set()) or len(answer.occurrences) != 20:
                raise AssertionError("the finder and the NOT EXISTS queries disagree")
            free, listed = len(ours_free), sum(len(r.conflicts) for r in answer.rooms)
    finally:
        conn.close()
    return statistics.median(ours_runs), statistics.median(base_runs), free, listed


def _booking(ctx: Any, facilities: int) -> tuple[float, float, float]:
    """Book 20 weekday evenings in one room through the service, then the same in another room by hand (without and
    with the audit record the service writes)."""
    from vocdesk.domain.training import Window
    from vocdesk.services.training.booking import BookingRequest, book

    last = FIRST_DAY + dt.timedelta(days=25)
    conn = sqlite3.connect(ctx.paths.data_dir / "vocdesk.sqlite3", isolation_level=None)
    ours_runs, base_runs, audited_runs = [], [], []
    try:
        for run in range(REPEATS):
            room = f"R{(2 * run) % facilities:03d}"
            started = time.perf_counter()
            window = Window(18 * 60 + run * 10, 18 * 60 + run * 10 + 5)
            result, _ = ctx.run(lambda uow, room=room, window=window: book(uow, BookingRequest(
                room, FIRST_DAY, last, (0, 1, 2, 3, 4), window, "อบรม")))
            ours_runs.append(time.perf_counter() - started)
            if len(result.sessions) != 20:
                raise AssertionError(f"booked {len(result.sessions)} sessions, not 20")
            started = time.perf_counter()
            _raw_book(conn, f"R{(2 * run + 1) % facilities:03d}", last, 18 * 60 + run * 10)
            base_runs.append(time.perf_counter() - started)
            started = time.perf_counter()  # for the notes only: the same, plus the one audit record the service adds
            _raw_book(conn, f"R{(2 * run + 1) % facilities:03d}", last, 18 * 60 + run * 10 + 5, audited=True)
            audited_runs.append(time.perf_counter() - started)
    finally:
        conn.close()
    return statistics.median(ours_runs), statistics.median(base_runs), statistics.median(audited_runs)


def _raw_book(conn: sqlite3.Connection, room: str, last: dt.date, start: int, audited: bool = False) -> None:
    conn.execute("BEGIN IMMEDIATE")
    location = conn.execute("SELECT id FROM location WHERE code = ?", (room,)).fetchone()[0]
    rows, day = [], FIRST_DAY
    while day <= last:
        if day.weekday() < 5:
            block = (f"{day} {start // 60:02d}:{start % 60:02d}:00.000000",
                     f"{day} {(start + 5) // 60:02d}:{(start + 5) % 60:02d}:00.000000")
            clash = conn.execute(
                "SELECT EXISTS (SELECT 1 FROM training_lesson s JOIN training_term t ON t.id = s.term_id "
                "WHERE s.location_id = ? AND s.weekday = ? AND t.first_day <= ? AND t.last_day >= ? "
                "AND s.start_min < ? AND ? < s.end_min) OR EXISTS (SELECT 1 FROM training_booking b "
                "WHERE b.location_id = ? AND b.state IN ('booked', 'requested', 'approved') "
                "AND b.block_start < ? AND ? < b.block_end)",
                (location, day.weekday(), day.isoformat(), day.isoformat(), start + 5, start, location, block[1],
                 block[0])).fetchone()[0]
            if clash:
                raise AssertionError("the raw booking met a clash")
            rows.append((location, day.isoformat(), start, start + 5, *block, "booked", f"raw-{room}-{start}",
                         "อบรม", 0, "staff", "", 1))
        day += dt.timedelta(days=1)
    conn.executemany("INSERT INTO training_booking (location_id, day, start_min, end_min, block_start, block_end, "
                     "state, series_key, purpose, people, requested_by, note, version) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    if audited:
        _raw_audit(conn, json.dumps({"room": room, "dates": [r[1] for r in rows]}))
    conn.execute("COMMIT")


def _raw_audit(conn: sqlite3.Connection, changes: str) -> None:
    """One hash-chained audit record, as the service writes for each booking, by hand."""
    from vocdesk.persistence.audit_chain import GENESIS, event_hash

    last = conn.execute("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
    position, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = dt.datetime(2026, 12, 2, 10, 0).isoformat()
    digest = event_hash(prev, at, "staff", "training.book", "training_booking", "raw", changes, position)
    conn.execute("INSERT INTO audit_event (id, at, actor, action, entity, entity_id, changes_json, prev_hash, hash) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (position, at.replace("T", " ") + ".000000", "staff", "training.book", "training_booking", "raw",
                  changes, prev, digest))


def run(smoke: bool) -> list[dict[str, Any]]:
    facilities, weeks = SMOKE if smoke else FULL
    with tempfile.TemporaryDirectory(prefix="vocdesk-bench-training-") as temp:
        ctx, occurrences = _college(Path(temp) / "home", facilities, weeks)
        try:
            ours, base, free, listed = _finder(ctx, weeks)
            book_ours, book_base, book_audited = _booking(ctx, facilities)
        finally:
            ctx.db.dispose()
    return [{"name": f"spare_room_search_{facilities}_facilities_{occurrences}_lesson_occurrences",
             "seconds": round(ours, 4), "baseline_seconds": round(base, 4), "ratio": round(ours / base, 2),
             "goal": 1.5, "met": ours / base <= 1.5 and (smoke or ours < 0.2), "free_rooms": free,
             "conflicts_listed": listed,
             "note": f"20 weekday evenings 16-18; ours lists all {listed} conflicts, raw = one NOT EXISTS query "
                     "per occurrence answering free/not; also <200 ms at full size"},
            {"name": "book_20_session_run", "seconds": round(book_ours, 4), "baseline_seconds": round(book_base, 4),
             "ratio": round(book_ours / book_base, 2), "goal": 2.0,
             "raw_with_audit_seconds": round(book_audited, 4),
             "ratio_to_raw_with_audit": round(book_ours / book_audited, 2),
             "note": "ours: check (also holidays, closures, hours, seats) + write + audit record in one transaction; "
                     f"raw = sqlite3 BEGIN IMMEDIATE, 20 lesson/booking checks, executemany, no audit "
                     f"(with one audit record by hand: {book_ours / book_audited:.2f}x)"}]


if __name__ == "__main__":
    print(json.dumps(run(smoke=True), ensure_ascii=False, indent=1))
