"""Training logbook rules: a placement's weeks, what one week can hold, and the weeks missing or unsigned."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vocdesk.domain.dual.facts import Shift


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def weeks_of(first: dt.date, last: dt.date) -> list[dt.date]:
    """The Monday of every week that has at least one day of the placement."""
    week, end = monday_of(first), monday_of(last)
    found = []
    while week <= end:
        found.append(week)
        week += dt.timedelta(days=7)
    return found


def training_days(week: dt.date, first: dt.date, last: dt.date, shifts: list[Shift],
                  closed: frozenset[dt.date] = frozenset()) -> list[tuple[dt.date, int]]:
    """(day, training minutes) of the week's shift days inside the placement, closures left out."""
    by_day = {s.weekday: s for s in shifts}
    days = []
    for offset in range(7):
        day = week + dt.timedelta(days=offset)
        shift = by_day.get(day.weekday())
        if shift is not None and first <= day <= last and day not in closed:
            days.append((day, max(shift.minutes - shift.break_minutes, 0)))
    return days


@dataclass(frozen=True)
class WeekFinding:
    code: str
    params: dict[str, object]


def check_week(week: dt.date, first: dt.date, last: dt.date, shifts: list[Shift], days_present: int, minutes: int,
               closed: frozenset[dt.date] = frozenset()) -> list[WeekFinding]:
    """Why an entry cannot be saved: a week outside the placement, more days or hours than the week allows."""
    if week.weekday() != 0 or week not in weeks_of(first, last):
        return [WeekFinding("dual.week_outside", {"week": week, "start": first, "end": last})]
    possible = training_days(week, first, last, shifts, closed)
    found = []
    if days_present < 0 or days_present > len(possible):
        found.append(WeekFinding("dual.days_above", {"days": days_present, "possible": len(possible)}))
    limit = sum(m for _, m in possible)
    if minutes < 0 or minutes > limit:
        found.append(WeekFinding("dual.hours_above", {"hours": _hours(minutes), "possible": _hours(limit)}))
    return found


def _hours(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


@dataclass(frozen=True)
class WeekState:
    week: dt.date
    state: str
    """missing | unsigned | signed | open (the week is not over yet and nothing is entered)."""


def week_states(first: dt.date, last: dt.date, entered: dict[dt.date, bool], today: dt.date) -> list[WeekState]:
    """Every week of the placement: entered weeks signed or not; a week with no entry is missing once it is over."""
    states = []
    for week in weeks_of(first, last):
        if week in entered:
            states.append(WeekState(week, "signed" if entered[week] else "unsigned"))
        else:
            over = min(week + dt.timedelta(days=6), last) < today
            states.append(WeekState(week, "missing" if over else "open"))
    return states
