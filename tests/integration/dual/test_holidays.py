"""A minor's placement at an enterprise that trains on public holidays: Thailand's calendar and the college's
closures are checked; one that keeps holidays off is not held to them."""

from __future__ import annotations

import datetime as dt

from tests.factories.dual import TAX_IDS, D, learners, partner
from vocdesk.services.core.context import AppContext
from vocdesk.services.dual.placements import PlacementInput, ShiftInput, add_placement

FRIDAY = (ShiftInput(4, dt.time(8), dt.time(16), 60),)


def _codes(ctx: AppContext, code: str, start: dt.date, end: dt.date, on_holidays: bool,
           tax: str = TAX_IDS[0]) -> list[tuple[str, object]]:
    enterprise, trainer = partner(ctx, tax)
    data = PlacementInput(code, enterprise, trainer, start, end, 2, shifts=FRIDAY, guardian_consent=True,
                          trains_on_holidays=on_holidays)
    saved = ctx.run(lambda uow: add_placement(uow, data))[0]
    return [(f.code, f.params.get("first")) for f in saved.findings if f.code == "dual.minor_hours"]


def test_new_years_day_on_a_friday_breaks_a_minors_friday_training(ctx: AppContext) -> None:
    learners(ctx, "6630601", level="pvc", birth=D(2010, 3, 1))
    assert _codes(ctx, "6630601", D(2026, 12, 4), D(2027, 1, 8), True) == [("dual.minor_hours", "2027-01-01")]


def test_the_day_before_the_holiday_just_passes_and_holidays_off_is_not_held(ctx: AppContext) -> None:
    learners(ctx, "6630602", "6630603", level="pvc", birth=D(2010, 3, 1))
    assert _codes(ctx, "6630602", D(2026, 12, 4), D(2026, 12, 31), True) == []  # 31 Dec 2569 is a Thursday
    assert _codes(ctx, "6630603", D(2026, 12, 4), D(2027, 1, 8), False, TAX_IDS[1]) == []
