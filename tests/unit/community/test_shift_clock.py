"""The night-shift clock: any stay inside a shift is at most its length and splits at midnight without a lost minute."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from vocdesk.domain.community_shifts import ShiftClock

DAY = dt.date(2026, 4, 13)
times = st.times().map(lambda t: t.replace(second=0, microsecond=0))


def test_songkrans_night_shift_by_hand() -> None:
    night = ShiftClock(DAY, dt.time(20), dt.time(2))
    assert (night.length, night.overnight, night.last_day) == (360, True, dt.date(2026, 4, 14))
    assert night.served(dt.time(20, 30), dt.time(1, 15)) == [(DAY, 210), (dt.date(2026, 4, 14), 75)]
    assert night.served(dt.time(0, 30), dt.time(1)) == [(dt.date(2026, 4, 14), 30)]
    to_midnight = ShiftClock(DAY, dt.time(18), dt.time(0))
    assert (to_midnight.length, to_midnight.overnight, to_midnight.served(dt.time(23), dt.time(0))) == (
        360, False, [(DAY, 60)])


@given(times, times, times, times)
def test_a_stay_never_passes_the_shift_and_loses_no_minute(start: dt.time, end: dt.time, came: dt.time,
                                                           left: dt.time) -> None:
    shift = ShiftClock(DAY, start, end)
    if shift.length == 0 or not shift.may_check_in(came) or not shift.may_check_out(left):
        return
    parts = shift.served(came, left)
    total = sum(minutes for _day, minutes in parts)
    assert total <= shift.length
    assert {day for day, _m in parts} <= {DAY, shift.last_day}
    if parts:
        assert total == (left.hour * 60 + left.minute - came.hour * 60 - came.minute) % (24 * 60)
