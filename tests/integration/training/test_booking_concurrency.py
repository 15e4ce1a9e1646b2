"""Several PCs booking the same slot at the same moment leave exactly one booking, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import threading

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from tests.factories.training import add_place, book_once, race_to_book
from vocdesk.errors import VocDeskError
from vocdesk.persistence.models import Booking
from vocdesk.services.core.context import AppContext

SAT = dt.date(2026, 12, 12)


def _booked(ctx: AppContext) -> list[tuple[str, int, int]]:
    with ctx.db.read() as session:
        return [tuple(r) for r in session.execute(select(Booking.purpose, Booking.start_min, Booking.end_min))]  # type: ignore[misc]


def test_threads_booking_one_slot_leave_exactly_one_booking(ctx: AppContext) -> None:
    add_place(ctx, "W1", after=30)
    workers = 8
    start = threading.Barrier(workers)
    outcomes: list[str] = []
    lock = threading.Lock()

    def worker(n: int) -> None:
        start.wait()
        # Each asks for a slightly different time; every pair still overlaps once buffers are counted.
        try:
            outcome = "booked" if book_once(ctx, "W1", SAT, f"09:{n:02d}-10:00", f"คน{n}").written else "refused"
        except VocDeskError as error:
            outcome = error.code
        except Exception as error:  # any other failure must show up in the assertion
            outcome = repr(error)
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(outcomes) == ["booked"] + ["refused"] * (workers - 1)
    assert len(_booked(ctx)) == 1


def test_processes_booking_one_slot_leave_exactly_one_booking(ctx: AppContext) -> None:
    add_place(ctx, "W2")
    spawn = multiprocessing.get_context("spawn")
    processes = 4
    start, results = spawn.Barrier(processes), spawn.Queue()
    children = [spawn.Process(target=race_to_book, args=(ctx.db.url, str(ctx.paths.data_dir), "W2", SAT,
                                                         "13:00-16:00", f"pc{n}", start, results))
                for n in range(processes)]
    for child in children:
        child.start()
    outcomes = sorted(results.get(timeout=120) for _ in children)
    for child in children:
        child.join(timeout=60)
    assert outcomes == ["booked"] + ["refused"] * (processes - 1)
    assert [(start_min, end_min) for _, start_min, end_min in _booked(ctx)] == [(780, 960)]


def test_postgresql_refuses_an_overlap_that_bypasses_the_check(ctx: AppContext) -> None:
    if ctx.db.is_sqlite:
        pytest.skip("the exclusion constraint is PostgreSQL's backstop; SQLite serialises writers instead")
    add_place(ctx, "W3")
    assert book_once(ctx, "W3", SAT, "09:00-12:00").written
    with ctx.db.read() as session:
        row = session.scalars(select(Booking)).one()
        values = {c.name: getattr(row, c.name) for c in Booking.__table__.columns if c.name != "id"}
    # Same start, ends earlier — written straight into the table as a buggy client would.
    values |= {"series_key": "rogue", "end_min": 600, "block_end": values["block_start"] + dt.timedelta(hours=1)}
    with pytest.raises(IntegrityError), ctx.unit_of_work() as uow:
        uow.session.execute(insert(Booking), [values])
    values |= {"state": "cancelled"}
    with ctx.unit_of_work() as uow:  # cancelled bookings hold nothing
        uow.session.execute(insert(Booking), [values])
    assert len(_booked(ctx)) == 2
