"""Which backups to keep: the newest few, then one per day, per ISO week and per month (about a year)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class RotationPolicy:
    """Counts of periods to keep; each period keeps its newest backup. Defaults cover roughly a year."""

    keep_last: int = 8
    keep_daily: int = 12
    keep_weekly: int = 10
    keep_monthly: int = 9


def _day(at: dt.datetime) -> tuple[int, ...]:
    return (at.year, at.month, at.day)


def _week(at: dt.datetime) -> tuple[int, ...]:
    iso = at.isocalendar()
    return (iso.year, iso.week)


def _month(at: dt.datetime) -> tuple[int, ...]:
    return (at.year, at.month)


def backups_to_keep(items: Sequence[tuple[T, dt.datetime]], policy: RotationPolicy) -> set[T]:
    """Walk newest first. Each rule keeps the newest backup of each new period until its count is reached, and
    starts where the previous rule stopped: 12 days, then 10 weeks before those, then 9 months before those."""
    ordered = sorted(items, key=lambda item: item[1], reverse=True)
    keep: set[T] = {item for item, _ in ordered[: max(policy.keep_last, 0)]}
    rules: list[tuple[int, Callable[[dt.datetime], tuple[int, ...]]]] = [
        (policy.keep_daily, _day), (policy.keep_weekly, _week), (policy.keep_monthly, _month)]
    boundary: dt.datetime | None = None
    for count, period_of in rules:
        seen: set[tuple[int, ...]] = set()
        oldest_kept = boundary
        for item, at in ordered:
            if len(seen) >= count:
                break
            if boundary is not None and (at >= boundary or period_of(at) == period_of(boundary)):
                continue  # this period is already represented by the finer rule before
            period = period_of(at)
            if period not in seen:
                seen.add(period)
                keep.add(item)
                oldest_kept = at
        boundary = oldest_kept
    return keep
