"""Allowance rules: what the contract says a month is worth, and the months late, short or stopped."""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from dataclasses import dataclass
from decimal import Decimal

from vocdesk.domain.dual.facts import Shift
from vocdesk.domain.thai_ids import to_ascii_digits
from vocdesk.errors import ValidationFailed


@dataclass(frozen=True)
class AllowanceSettings:
    """Unconfirmed numbers [U]: a setting each (docs/dual-followup.md)."""

    grace_days: int = 15
    """A month's allowance counts as late this many days after the month ends."""
    stopped_after: int = 2
    """This many late months in a row, the newest included, mean the allowance has stopped."""


def baht_to_satang(text: str) -> int:
    """`2,700.50` or `๒๗๐๐` baht → satang; a negative amount or more than two decimals is refused."""
    plain = to_ascii_digits(text).replace(",", "").strip()
    if not re.fullmatch(r"[0-9]{1,10}(\.[0-9]{1,2})?", plain):
        raise ValidationFailed("dual.amount_invalid", field="amount", value=text)
    return int(Decimal(plain) * 100)


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def month_end(month: dt.date) -> dt.date:
    return month.replace(day=monthrange(month.year, month.month)[1])


def months_of(first: dt.date, last: dt.date) -> list[dt.date]:
    months, month = [], month_start(first)
    while month <= last:
        months.append(month)
        month = month_end(month) + dt.timedelta(days=1)
    return months


def expected_satang(month: dt.date, first: dt.date, last: dt.date, rate_satang: int, per: str,
                    shifts: list[Shift], closed: frozenset[dt.date] = frozenset()) -> int:
    """A monthly rate as agreed (also for a part month); a daily rate times the month's training days."""
    if per == "month":
        return rate_satang
    weekdays = {s.weekday for s in shifts}
    day, end, count = max(month, first), min(month_end(month), last), 0
    while day <= end:
        count += day.weekday() in weekdays and day not in closed
        day += dt.timedelta(days=1)
    return rate_satang * count


@dataclass(frozen=True)
class MonthState:
    month: dt.date
    expected: int
    paid: int | None
    state: str
    """paid | short | late | waiting (not due yet)."""


def month_states(first: dt.date, last: dt.date, expected: dict[dt.date, int], paid: dict[dt.date, int],
                 today: dt.date, settings: AllowanceSettings) -> list[MonthState]:
    states = []
    for month in months_of(first, last):
        want, got = expected.get(month, 0), paid.get(month)
        if got is not None:
            state = "paid" if got >= want else "short"
        elif want > 0 and today > month_end(month) + dt.timedelta(days=settings.grace_days):
            state = "late"
        else:
            state = "waiting"
        states.append(MonthState(month, want, got, state))
    return states


def stopped(states: list[MonthState], settings: AllowanceSettings) -> bool:
    """The newest months that are due (paid, short or late) end in `stopped_after` late months."""
    due = [s for s in states if s.state != "waiting"]
    tail = due[-settings.stopped_after:]
    return len(tail) == settings.stopped_after and all(s.state == "late" for s in tail)
