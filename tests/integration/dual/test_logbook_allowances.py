"""Logbook weeks and allowance payments on both backends: bad input is refused with nothing written, missing and
late months are listed, and two PCs recording the same week or month never duplicate it nor lose an update."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

import pytest
from sqlalchemy import select

from tests.factories.dual_followup import set_today, started
from vocdesk.clock import FixedClock
from vocdesk.errors import Conflict, ValidationFailed
from vocdesk.persistence.models import DualAllowancePayment, DualLogbookWeek
from vocdesk.services.core.context import AppContext
from vocdesk.services.dual.allowances import PaymentInput, late_allowances, record_payment
from vocdesk.services.dual.logbook import WeekInput, logbook_missing, record_week

D = dt.date
H = 60


def test_a_week_outside_the_placement_or_with_too_many_hours_is_refused_and_nothing_is_written(
        ctx: AppContext) -> None:
    (placement,) = started(ctx, "6660001")  # Mondays and Tuesdays, 8 hours a day, from 2 Nov 2026
    for week, minutes, code in ((D(2026, 10, 26), 8 * H, "dual.week_outside"),
                                (D(2026, 11, 9), 16 * H + 30, "dual.hours_above")):
        with pytest.raises(ValidationFailed) as refused:
            ctx.run(lambda uow, w=week, m=minutes: record_week(uow, WeekInput(placement, w, 2, m)))
        assert refused.value.code == code
    with ctx.unit_of_work() as uow:
        assert uow.session.scalars(select(DualLogbookWeek)).all() == []


def test_missing_and_unsigned_weeks_are_listed_once_the_week_is_over(ctx: AppContext, clock: FixedClock) -> None:
    set_today(clock, D(2026, 11, 24))  # a Tuesday: the week of the 23rd is not over yet
    (placement,) = started(ctx, "6660002")
    ctx.run(lambda uow: record_week(uow, WeekInput(placement, D(2026, 11, 2), 2, 16 * H, "ถอดล้อ",
                                                   "นายครูฝึก ทดสอบ", D(2026, 11, 6))))
    ctx.run(lambda uow: record_week(uow, WeekInput(placement, D(2026, 11, 16), 1, 8 * H)))
    (row,) = ctx.run(lambda uow: logbook_missing(uow))[0]
    assert (row.student_code, row.missing, row.unsigned) == ("6660002", [D(2026, 11, 9)], [D(2026, 11, 16)])


def _race(ctx: AppContext, calls: list[Callable[[], object]]) -> list[str]:
    """Run the calls at once, as two PCs would; each outcome is `ok`, an error code, or the unexpected error."""
    start, outcomes, lock = threading.Barrier(len(calls)), [], threading.Lock()

    def worker(call: Callable[[], object]) -> None:
        start.wait()
        try:
            call()
            outcome = "ok"
        except Conflict as error:
            outcome = "conflict"
            del error
        except Exception as error:  # anything else must show in the assertion
            outcome = repr(error)
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=worker, args=(c,)) for c in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return sorted(outcomes)


def test_two_pcs_entering_the_same_week_make_one_row_and_a_stale_correction_is_refused(ctx: AppContext) -> None:
    (placement,) = started(ctx, "6660003")
    week = D(2026, 11, 9)
    entries = [WeekInput(placement, week, 2, 16 * H, "ครั้งที่ 1"), WeekInput(placement, week, 1, 8 * H, "ครั้งที่ 2")]
    outcomes = _race(ctx, [lambda e=e: ctx.run(lambda uow: record_week(uow, e)) for e in entries])
    assert outcomes == ["conflict", "ok"]
    with ctx.unit_of_work() as uow:
        (row,) = uow.session.scalars(select(DualLogbookWeek)).all()
        seen = row.version
    fixed = WeekInput(placement, week, 2, 15 * H, "แก้แล้ว", "นายครูฝึก ทดสอบ", D(2026, 11, 13))
    ctx.run(lambda uow: record_week(uow, fixed, seen))
    with pytest.raises(Conflict):  # the other PC still holds the version it read before the correction
        ctx.run(lambda uow: record_week(uow, WeekInput(placement, week, 0, 0), seen))
    with ctx.unit_of_work() as uow:
        (row,) = uow.session.scalars(select(DualLogbookWeek)).all()
        assert (row.minutes, row.tasks, row.signed_by) == (15 * H, "แก้แล้ว", "นายครูฝึก ทดสอบ")


def test_a_payment_for_a_month_without_the_placement_is_refused(ctx: AppContext) -> None:
    (placement,) = started(ctx, "6660004", allowance=300.0)
    with pytest.raises(ValidationFailed) as refused:
        ctx.run(lambda uow: record_payment(uow, PaymentInput(placement, D(2026, 10, 15), 270_000, D(2026, 11, 5))))
    assert (refused.value.code, refused.value.params["month"]) == ("dual.month_outside", "2026-10")
    with ctx.unit_of_work() as uow:
        assert uow.session.scalars(select(DualAllowancePayment)).all() == []


def test_late_and_short_months_are_listed_and_two_late_in_a_row_mean_stopped(ctx: AppContext,
                                                                             clock: FixedClock) -> None:
    set_today(clock, D(2027, 2, 20))  # January is due since 15 February (15 days' grace), February not yet
    paid, stopping = started(ctx, "6660005", "6660006", allowance=300.0)  # 300 baht a day, Mondays and Tuesdays
    # November 2026 has 9 training days (2,3,9,10,16,17,23,24,30) = 2,700 baht; December 9 (1,7,8,14,15,21,22,28,29).
    ctx.run(lambda uow: record_payment(uow, PaymentInput(paid, D(2026, 11, 1), 270_000, D(2026, 12, 5), "ครูฝึก")))
    ctx.run(lambda uow: record_payment(uow, PaymentInput(paid, D(2026, 12, 1), 200_000, D(2027, 1, 5))))
    ctx.run(lambda uow: record_payment(uow, PaymentInput(paid, D(2027, 1, 1), 240_000, D(2027, 2, 5))))
    ctx.run(lambda uow: record_payment(uow, PaymentInput(stopping, D(2026, 11, 1), 270_000, D(2026, 12, 5))))
    rows = {r.student_code: r for r in ctx.run(lambda uow: late_allowances(uow))[0]}
    assert (rows["6660005"].short_months, rows["6660005"].late_months, rows["6660005"].stopped) == (
        ["2026-12"], [], False)
    assert rows["6660005"].owed_satang == 70_000
    # January 2027 has 8 training days (4,5,11,12,18,19,25,26): owed 2,700 + 2,400 baht.
    assert (rows["6660006"].late_months, rows["6660006"].stopped, rows["6660006"].owed_satang) == (
        ["2026-12", "2027-01"], True, 510_000)


def test_two_pcs_recording_the_same_months_payment_make_one_row(ctx: AppContext) -> None:
    (placement,) = started(ctx, "6660007", allowance=300.0)
    calls = [lambda a=a: ctx.run(lambda uow: record_payment(uow, PaymentInput(placement, D(2026, 11, 1), a,
                                                                             D(2026, 12, 5))))
             for a in (270_000, 260_000)]
    assert _race(ctx, calls) == ["conflict", "ok"]
    with ctx.unit_of_work() as uow:
        assert len(uow.session.scalars(select(DualAllowancePayment)).all()) == 1
