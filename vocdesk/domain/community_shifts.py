"""A volunteer shift's clock: shifts may run past midnight (20:00–02:00 at Songkran); minutes split by calendar day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DAY_MINUTES = 24 * 60


def _clock(at: dt.time) -> int:
    return at.hour * 60 + at.minute


@dataclass(frozen=True)
class ShiftClock:
    """A shift starting on `day` at `start` and ending at `end`: on the same day when `end` is later, else on the next
    day (an end of 00:00 is midnight). A start equal to the end is no shift (0 or 24 hours: enter two shifts)."""

    day: dt.date
    start: dt.time
    end: dt.time

    @property
    def length(self) -> int:
        return (_clock(self.end) - _clock(self.start)) % DAY_MINUTES

    @property
    def overnight(self) -> bool:
        """Ends on the next calendar day (a shift ending exactly at midnight does not)."""
        return _clock(self.end) != 0 and _clock(self.end) < _clock(self.start)

    @property
    def last_day(self) -> dt.date:
        return self.day + dt.timedelta(days=1) if self.overnight else self.day

    def offset(self, at: dt.time) -> int:
        """Minutes from the shift's start to the clock time `at` (a time before the start is on the next day)."""
        return (_clock(at) - _clock(self.start)) % DAY_MINUTES

    def may_check_in(self, at: dt.time) -> bool:
        return self.offset(at) < self.length

    def may_check_out(self, at: dt.time) -> bool:
        """Within the shift, its end included (its start is the end of a 24-hour stay: refused)."""
        return 0 < self.offset(at) <= self.length

    def served(self, checked_in: dt.time, checked_out: dt.time) -> list[tuple[dt.date, int]]:
        """The minutes from check-in to check-out per calendar day, days without minutes left out; empty when the
        check-out is not after the check-in."""
        first, last = self.offset(checked_in), self.offset(checked_out)
        if last <= first:
            return []
        midnight = DAY_MINUTES - _clock(self.start)
        after = self.day + dt.timedelta(days=1)
        parts = [(self.day, min(last, midnight) - first), (after, last - max(first, midnight))]
        return [(day, minutes) for day, minutes in parts if minutes > 0]
