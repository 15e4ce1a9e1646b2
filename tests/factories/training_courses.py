"""Builders for training-course tests: courses, scheduled runs, trainees with valid national IDs, enrolments."""

from __future__ import annotations

import datetime as dt

from tests.factories.training import add_place
from vocdesk.domain.thai_ids import national_id_check_digit
from vocdesk.domain.training import parse_days, parse_window
from vocdesk.services.core.context import AppContext
from vocdesk.services.training.courses import CourseInput, save_course
from vocdesk.services.training.enrolment import enrol
from vocdesk.services.training.runs import RunRequest, ScheduleResult, schedule_run
from vocdesk.services.training.trainees import TraineeInput, save_trainee


def national_id(serial: int) -> str:
    """A 13-digit ID with a correct check digit, different for every serial."""
    first12 = f"3{serial:011d}"
    return first12 + str(national_id_check_digit(first12))


def add_course(ctx: AppContext, code: str = "WELD01", *, hours: int = 6, capacity: int = 20,
               fee_satang: int = 150_000, funding: str = "", pct: int = 80) -> None:
    ctx.run(lambda uow: save_course(uow, CourseInput(code, f"ช่างเชื่อม {code}", "upskill", hours, capacity,
                                                     fee_satang, funding, min_attendance_pct=pct)))


def schedule(ctx: AppContext, code: str, room: str, first: dt.date, last: dt.date, days: str = "sat",
             window: str = "09:00-12:00", **options: object) -> ScheduleResult:
    request = RunRequest(code, room, first, last, parse_days(days), parse_window(window),
                         **options)  # type: ignore[arg-type]
    result, _ = ctx.run(lambda uow: schedule_run(uow, request))
    return result


def course_with_run(ctx: AppContext, code: str = "WELD01", room: str = "W1", **course: object) -> str:
    """A course with one run of two Saturday sessions (12 and 19 Dec 2026, 09:00–12:00): returns `CODE/1`."""
    add_place(ctx, room)
    add_course(ctx, code, **course)  # type: ignore[arg-type]
    result = schedule(ctx, code, room, dt.date(2026, 12, 12), dt.date(2026, 12, 19))
    assert result.run, result
    return result.run


def add_trainee(ctx: AppContext, serial: int, first: str = "สมหญิง", last: str = "ใจดี") -> int:
    row, _ = ctx.run(lambda uow: save_trainee(uow, TraineeInput(f"{first}{serial}", last, national_id(serial),
                                                                sex="F", employment="unemployed",
                                                                pdpa_consent=True)))
    return row.id


def enrolled(ctx: AppContext, key: str, count: int, start: int = 1) -> list[int]:
    ids = [add_trainee(ctx, serial) for serial in range(start, start + count)]
    for tid in ids:
        ctx.run(lambda uow, tid=tid: enrol(uow, key, tid))  # type: ignore[misc]
    return ids


def pay_and_hang(db_url: str, home: str, key: str, trainee_id: int, ready: object) -> None:
    """A PC that takes a receipt number, then dies (kill -9) before its transaction commits."""
    import time

    from vocdesk.clock import FixedClock
    from vocdesk.paths import AppPaths
    from vocdesk.persistence.database import Database
    from vocdesk.services.core.context import Actor
    from vocdesk.services.training.receipts import add_payment

    db = Database(db_url)
    ctx = AppContext(paths=AppPaths.resolve(home), db=db, clock=FixedClock(), actor=Actor("pc2", "training_staff"))

    def hang(uow: object) -> None:
        add_payment(uow, key, trainee_id, 150_000)  # type: ignore[arg-type]
        ready.set()  # type: ignore[attr-defined]
        time.sleep(600)

    ctx.run(hang)  # type: ignore[arg-type]


def race_to_enrol(db_url: str, home: str, key: str, trainee_id: int, start: object, results: object) -> None:
    """One PC in its own process: wait for the others, then enrol one trainee in the same run; report the state."""
    from vocdesk.clock import FixedClock
    from vocdesk.errors import VocDeskError
    from vocdesk.paths import AppPaths
    from vocdesk.persistence.database import Database
    from vocdesk.services.core.context import Actor

    db = Database(db_url)
    ctx = AppContext(paths=AppPaths.resolve(home), db=db, clock=FixedClock(), actor=Actor("pc", "training_staff"))
    start.wait()  # type: ignore[attr-defined]
    try:
        outcome = ctx.run(lambda uow: enrol(uow, key, trainee_id))[0].state
    except VocDeskError as error:
        outcome = error.code
    except Exception as error:  # any other failure must show up in the test's assertion
        outcome = repr(error)
    results.put(outcome)  # type: ignore[attr-defined]
    db.dispose()
