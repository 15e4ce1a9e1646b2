"""Supervision plan rules: how many visits a semester asks for, when each falls due, and who is behind."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

STATES = ("normal", "follow", "lost")
"""ปกติ / ต้องติดตาม / ขาดการติดต่อ, the states OVEC's prototypes record."""
MODES = ("onsite", "online", "partner")


@dataclass(frozen=True)
class SupervisionSettings:
    """The standard's numbers (DOMAIN.md "Dual system", [C]); the counting modes are the college's choice."""

    visits_in_thailand: int = 3
    visits_abroad: int = 1
    modes_in_thailand: tuple[str, ...] = ("onsite",)
    """Online supervision comes on top of the three visits in Thailand, so only visits on site count."""
    modes_abroad: tuple[str, ...] = ("onsite", "online", "partner")
    """Abroad one visit, or the foreign partner's supervision, or online supervision."""


@dataclass(frozen=True)
class PlanStatus:
    """A placement's supervision in one semester on one day."""

    required: int
    done: int
    expected_by_now: int
    deadlines: tuple[dt.date, ...] = field(default=())
    next_due: dt.date | None = None

    @property
    def behind(self) -> bool:
        return self.done < self.expected_by_now

    @property
    def state(self) -> str:
        """done | overdue | due (a visit is still ahead) | none (nothing required)."""
        if self.required == 0 or self.done >= self.required:
            return "done" if self.required else "none"
        return "overdue" if self.behind else "due"


def required_visits(abroad: bool, settings: SupervisionSettings) -> int:
    return settings.visits_abroad if abroad else settings.visits_in_thailand


def counted_modes(abroad: bool, settings: SupervisionSettings) -> tuple[str, ...]:
    return settings.modes_abroad if abroad else settings.modes_in_thailand


def overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date] | None:
    """The days two inclusive periods share, or None."""
    first, last = max(a[0], b[0]), min(a[1], b[1])
    return (first, last) if first <= last else None


def deadlines(first: dt.date, last: dt.date, required: int) -> tuple[dt.date, ...]:
    """Visit k of n is due by first + floor(k·span/n) days, so visits spread evenly; the last is due on `last`."""
    span = (last - first).days
    return tuple(first + dt.timedelta(days=k * span // required) for k in range(1, required + 1))


def plan_status(period: tuple[dt.date, dt.date] | None, required: int, visit_days: list[dt.date],
                on: dt.date) -> PlanStatus:
    """Visits done by `on` against the deadlines already passed (a deadline falling on `on` is not yet missed)."""
    if period is None or required <= 0:
        return PlanStatus(0, len(visit_days), 0)
    due = deadlines(period[0], period[1], required)
    done = sum(1 for day in visit_days if day <= on)
    expected = sum(1 for day in due if day < on)
    upcoming = due[done] if done < required else None
    return PlanStatus(required, done, expected, due, upcoming)
