"""Training-centre rules: half-open overlap against a brute-force minute count, day specs, session dates, holidays."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vocdesk.domain.training import (
    Window,
    occurrence_dates,
    overlaps,
    parse_days,
    parse_hours,
    parse_window,
    widened,
    within_hours,
)
from vocdesk.domain.training_calendar import public_holidays

D = dt.date
minutes = st.integers(min_value=0, max_value=60)


@given(minutes, st.integers(1, 30), minutes, st.integers(1, 30))
def test_overlap_agrees_with_brute_force_over_minutes(a: int, a_len: int, b: int, b_len: int) -> None:
    shared = set(range(a, a + a_len)) & set(range(b, b + b_len))
    assert overlaps(a, a + a_len, b, b + b_len) is bool(shared)


def test_same_start_ending_earlier_clashes_and_touching_ends_do_not() -> None:
    assert overlaps(540, 720, 540, 600)  # 09:00-12:00 against 09:00-10:00
    assert not overlaps(540, 600, 600, 660)  # 09:00-10:00 meets 10:00-11:00
    assert widened(600, 660, 15, 30) == (585, 690)
    assert overlaps(*widened(540, 600, 0, 30), 620, 660)  # cleaning until 10:30 blocks a 10:20 start


def test_day_specs_and_windows() -> None:
    assert parse_days("sat,sun") == (5, 6)
    assert parse_days("mon-fri") == (0, 1, 2, 3, 4)
    assert parse_days("mon,wed-thu") == (0, 2, 3)
    assert parse_window("17:00-20:30") == Window(1020, 1230)
    for bad in ("fri-mon", "saturday", ""):
        with pytest.raises(ValueError):
            parse_days(bad)
    for bad in ("17:00-17:00", "25:00-26:00", "9-10"):
        with pytest.raises(ValueError):
            parse_window(bad)


def test_bookable_hours_limit_the_window_per_weekday() -> None:
    hours = parse_hours("mon-fri=17:00-21:00;sat=08:00-16:00")
    assert within_hours(hours, 0, parse_window("18:00-21:00"))
    assert not within_hours(hours, 0, parse_window("16:30-18:00"))
    assert not within_hours(hours, 6, parse_window("09:00-10:00"))  # Sunday is not bookable at all
    assert within_hours({}, 6, parse_window("09:00-10:00"))


def test_session_dates_weekly_and_every_other_week() -> None:
    # 1 Dec 2026 is a Tuesday.
    assert occurrence_dates(D(2026, 12, 1), D(2026, 12, 14), parse_days("sat,sun")) == [
        D(2026, 12, 5), D(2026, 12, 6), D(2026, 12, 12), D(2026, 12, 13)]
    assert occurrence_dates(D(2026, 12, 1), D(2026, 12, 31), (1,), every_weeks=2) == [
        D(2026, 12, 1), D(2026, 12, 15), D(2026, 12, 29)]
    assert occurrence_dates(D(2026, 12, 5), D(2026, 12, 4), (5,)) == []


@given(st.dates(min_value=D(2024, 1, 1), max_value=D(2030, 12, 31)), st.integers(min_value=-3, max_value=120),
       st.sets(st.integers(min_value=0, max_value=6), max_size=7), st.integers(min_value=1, max_value=4))
def test_session_dates_match_the_weekly_rule(first: dt.date, length: int, days: set[int], every: int) -> None:
    """The same dates as dateutil's weekly rule (weeks from Monday), which the dates were first worked out with."""
    from dateutil.rrule import WEEKLY, rrule, weekday

    last = first + dt.timedelta(days=length)
    expected = [] if last < first or not days else [moment.date() for moment in rrule(
        WEEKLY, interval=every, byweekday=[weekday(d) for d in sorted(days)], wkst=0,
        dtstart=dt.datetime.combine(first, dt.time()), until=dt.datetime.combine(last, dt.time()))]
    assert occurrence_dates(first, last, tuple(sorted(days)), every) == expected


def test_thai_public_holidays_with_the_colleges_changes() -> None:
    found = public_holidays(D(2026, 12, 1), D(2026, 12, 31), added={D(2026, 12, 30): "ปิดซ่อมอาคาร"},
                            removed=[D(2026, 12, 31)])
    assert "วันรัฐธรรมนูญ" in found[D(2026, 12, 10)]
    assert D(2026, 12, 5) in found  # King Bhumibol's birthday, Father's Day
    assert found[D(2026, 12, 30)] == "ปิดซ่อมอาคาร"
    assert D(2026, 12, 31) not in found
