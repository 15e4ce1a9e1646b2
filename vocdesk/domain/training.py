"""Training-centre rules: half-open intervals with buffers, day and time specs, session dates from a weekly rule."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class Window:
    """A time of day as minutes since midnight, half-open: [start, end)."""

    start: int
    end: int

    @property
    def minutes(self) -> int:
        return self.end - self.start


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Half-open overlap: [a, b) meets [b, c) without conflict; equal starts always overlap."""
    return a_start < b_end and b_start < a_end


def widened(start: int, end: int, before: int, after: int) -> tuple[int, int]:
    """The span a booking blocks: its own time plus set-up before and cleaning after."""
    return start - before, end + after


def parse_time(text: str) -> int:
    """`HH:MM` → minutes since midnight; ValueError otherwise."""
    match = _TIME.match(text.strip())
    if not match:
        raise ValueError(text)
    return int(match.group(1)) * 60 + int(match.group(2))


def parse_window(text: str) -> Window:
    """`HH:MM-HH:MM` with the end after the start."""
    start_text, sep, end_text = text.partition("-")
    if not sep:
        raise ValueError(text)
    window = Window(parse_time(start_text), parse_time(end_text))
    if window.end <= window.start:
        raise ValueError(text)
    return window


def format_minutes(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_days(text: str) -> tuple[int, ...]:
    """`sat,sun`, `mon-fri`, `mon,wed-fri` → sorted weekday numbers (Monday 0)."""
    days: set[int] = set()
    for part in text.lower().replace(" ", "").split(","):
        first, sep, last = part.partition("-")
        if first not in DAY_NAMES or (sep and last not in DAY_NAMES):
            raise ValueError(part)
        low, high = DAY_NAMES.index(first), DAY_NAMES.index(last) if sep else DAY_NAMES.index(first)
        if high < low:
            raise ValueError(part)
        days.update(range(low, high + 1))
    return tuple(sorted(days))


def occurrence_dates(first: dt.date, last: dt.date, days: tuple[int, ...], every_weeks: int = 1) -> list[dt.date]:
    """Every chosen weekday between two dates (inclusive), every n weeks counted from the first date's week.

    Week by week from the Monday of the first date's week (the weekly rule with weeks starting on Monday, as
    dateutil's rrule gave it; counted here directly, a tenth of what building the rule cost for a month)."""
    if last < first or not days or every_weeks < 1:
        return []
    offsets = [dt.timedelta(days=d) for d in sorted(set(days)) if 0 <= d <= 6]
    week, step = first - dt.timedelta(days=first.weekday()), dt.timedelta(weeks=every_weeks)
    found: list[dt.date] = []
    while week <= last:
        found += [day for day in (week + offset for offset in offsets) if first <= day <= last]
        week += step
    return found


def parse_hours(text: str) -> dict[int, tuple[Window, ...]]:
    """Bookable hours `mon-fri=17:00-21:00;sat=08:00-16:00` → weekday → windows; empty text = no limit ({})."""
    hours: dict[int, list[Window]] = {}
    for part in filter(None, (p.strip() for p in text.split(";"))):
        days, sep, window = part.partition("=")
        if not sep:
            raise ValueError(part)
        for day in parse_days(days):
            hours.setdefault(day, []).append(parse_window(window))
    return {day: tuple(windows) for day, windows in hours.items()}


def within_hours(hours: dict[int, tuple[Window, ...]], day: int, window: Window) -> bool:
    """True when there is no limit or the window lies inside one bookable window of that weekday."""
    if not hours:
        return True
    return any(w.start <= window.start and window.end <= w.end for w in hours.get(day, ()))


def passport_number(text: str) -> str:
    """A passport number as stored and looked up: capitals, no spaces (`ab 123 4567` → `AB1234567`)."""
    return "".join(text.split()).upper()
