"""The receipt register: numbers per fiscal year that never skip or repeat, with PCs racing and a PC killed."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import signal
import threading

import pytest

from tests.factories.training_courses import add_trainee, course_with_run, enrolled, pay_and_hang
from vocdesk.errors import ValidationFailed, VocDeskError
from vocdesk.services.core.context import AppContext
from vocdesk.services.training.receipts import add_payment, income, receipts, void_receipt


def _numbers(ctx: AppContext) -> list[tuple[str, str]]:
    with ctx.db.read() as session:
        return [(r.number, r.state) for r in receipts(session, ctx.actor)]


def test_numbers_run_per_fiscal_year_and_a_void_keeps_its_number(ctx: AppContext, clock: object) -> None:
    key = course_with_run(ctx)
    a, b, c = enrolled(ctx, key, 3)
    first, _ = ctx.run(lambda uow: add_payment(uow, key, a, 150_000))
    assert (first.number, first.fiscal_year) == ("2570/000001", 2570)  # 24 Nov 2026 is in fiscal year 2570
    ctx.run(lambda uow: void_receipt(uow, "2570/000001", "พิมพ์ชื่อผิด"))
    ctx.run(lambda uow: add_payment(uow, key, a, 150_000))
    waived, _ = ctx.run(lambda uow: add_payment(uow, key, b, 0, "ผู้พิการ ยกเว้นตามระเบียบ"))
    assert waived.number == ""
    clock.current = dt.datetime(2027, 10, 1, 9, 0, tzinfo=clock.current.tzinfo)  # type: ignore[attr-defined]
    ctx.run(lambda uow: add_payment(uow, key, c, 150_000))
    assert _numbers(ctx) == [("2570/000001", "void"), ("2570/000002", "valid"), ("", "valid"),
                             ("2571/000001", "valid")]
    with ctx.db.read() as session:
        assert income(session, ctx.actor, 2570) == [("WELD01", "ช่างเชื่อม WELD01", 1, 150_000)]
    with pytest.raises(ValidationFailed) as twice:
        ctx.run(lambda uow: void_receipt(uow, "2570/000001", "อีกครั้ง"))
    assert twice.value.code == "receipt_void"


def test_a_free_course_takes_no_money_and_a_waiver_no_amount(ctx: AppContext) -> None:
    key = course_with_run(ctx, "FREE1", fee_satang=0, funding="งบ สอศ.")
    [one] = enrolled(ctx, key, 1)
    with pytest.raises(ValidationFailed) as free:
        ctx.run(lambda uow: add_payment(uow, key, one, 10_000))
    assert (free.value.code, free.value.params["source"]) == ("course_free", "งบ สอศ.")
    assert _numbers(ctx) == []


def test_pcs_paying_at_once_get_consecutive_numbers(ctx: AppContext) -> None:
    key = course_with_run(ctx)
    people = enrolled(ctx, key, 8)
    start = threading.Barrier(len(people))
    errors: list[str] = []

    def worker(trainee: int) -> None:
        start.wait()
        try:
            ctx.run(lambda uow: add_payment(uow, key, trainee, 150_000))
        except VocDeskError as error:
            errors.append(error.code)
        except Exception as error:  # any other failure shows in the assertion
            errors.append(repr(error))

    threads = [threading.Thread(target=worker, args=(p,)) for p in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert _numbers(ctx) == [(f"2570/{n:06d}", "valid") for n in range(1, 9)]


def test_a_pc_killed_in_the_middle_of_a_payment_leaves_no_gap(ctx: AppContext) -> None:
    key = course_with_run(ctx)
    first, second = enrolled(ctx, key, 2)
    ctx.run(lambda uow: add_payment(uow, key, first, 150_000))
    spawn = multiprocessing.get_context("spawn")
    ready = spawn.Event()
    child = spawn.Process(target=pay_and_hang, args=(ctx.db.url, str(ctx.paths.data_dir), key, second, ready))
    child.start()
    assert ready.wait(timeout=120), "the other PC never took its number"
    assert child.pid is not None
    os.kill(child.pid, signal.SIGKILL)
    child.join(timeout=60)
    third = add_trainee(ctx, 50)
    from vocdesk.services.training.enrolment import enrol
    ctx.run(lambda uow: enrol(uow, key, third))
    after, _ = ctx.run(lambda uow: add_payment(uow, key, third, 150_000))
    assert after.number == "2570/000002"
    assert _numbers(ctx) == [("2570/000001", "valid"), ("2570/000002", "valid")]
