"""The college's own days off, public holidays it works on and closures, as a booking meets them together."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories.training import add_place, book_once
from vocdesk.domain.training import parse_days, parse_window
from vocdesk.errors import ValidationFailed
from vocdesk.services.core.context import AppContext
from vocdesk.services.training.booking import BookingRequest, book
from vocdesk.services.training.calendar_ import add_closure, change_holiday

D = dt.date
CONSTITUTION_DAY = D(2026, 12, 10)  # a Thursday, a public holiday


def test_a_worked_public_holiday_is_bookable_and_an_added_day_off_is_not(ctx: AppContext) -> None:
    add_place(ctx, "R1")
    ctx.run(lambda uow: change_holiday(uow, CONSTITUTION_DAY, "remove"))
    ctx.run(lambda uow: change_holiday(uow, D(2026, 12, 17), "add", "วันกีฬาสี"))
    assert book_once(ctx, "R1", CONSTITUTION_DAY, "09:00-10:00").written
    with pytest.raises(ValidationFailed) as refused:
        book_once(ctx, "R1", D(2026, 12, 17), "09:00-10:00")
    assert refused.value.params["reason"] == "วันกีฬาสี"


def test_a_series_skips_a_day_off_a_closure_and_a_holiday_with_their_reasons(ctx: AppContext) -> None:
    add_place(ctx, "R2")
    ctx.run(lambda uow: change_holiday(uow, D(2026, 12, 3), "add", "วันกีฬาสี"))
    ctx.run(lambda uow: add_closure(uow, D(2026, 12, 16), D(2026, 12, 18), "ปรับปรุงไฟฟ้า"))
    request = BookingRequest("R2", D(2026, 12, 1), D(2026, 12, 24), parse_days("thu"), parse_window("17:00-19:00"),
                             "อบรมภาคค่ำ")
    done, _ = ctx.run(lambda uow: book(uow, request))
    assert done.written and done.sessions == (D(2026, 12, 24),)
    assert [s.day for s in done.skipped] == [D(2026, 12, 3), CONSTITUTION_DAY, D(2026, 12, 17)]
    assert (done.skipped[0].reason, done.skipped[2].reason) == ("วันกีฬาสี", "ปรับปรุงไฟฟ้า")
    assert "รัฐธรรมนูญ" in done.skipped[1].reason
