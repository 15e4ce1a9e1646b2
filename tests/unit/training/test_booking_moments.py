"""A booking's block edges: minutes after midnight become Thai wall-clock moments, across either midnight too."""

from __future__ import annotations

import datetime as dt

import pytest

from vocdesk.services.training.clashes import moment

BANGKOK = dt.timezone(dt.timedelta(hours=7))
DAY = dt.date(2027, 1, 11)


@pytest.mark.parametrize(("minutes", "expected"), [
    (0, dt.datetime(2027, 1, 11, 0, 0, tzinfo=BANGKOK)),
    (18 * 60 + 5, dt.datetime(2027, 1, 11, 18, 5, tzinfo=BANGKOK)),
    (1439, dt.datetime(2027, 1, 11, 23, 59, tzinfo=BANGKOK)),
    (1440, dt.datetime(2027, 1, 12, 0, 0, tzinfo=BANGKOK)),  # an evening's cleaning buffer runs to midnight
    (1470, dt.datetime(2027, 1, 12, 0, 30, tzinfo=BANGKOK)),
    (-15, dt.datetime(2027, 1, 10, 23, 45, tzinfo=BANGKOK)),  # a set-up buffer before a 00:00 start
])
def test_minutes_after_midnight_are_thai_wall_clock(minutes: int, expected: dt.datetime) -> None:
    got = moment(DAY, minutes)
    assert got == expected
    assert got.utcoffset() == dt.timedelta(hours=7)
    assert (got.year, got.month, got.day, got.hour, got.minute) == (expected.year, expected.month, expected.day,
                                                                     expected.hour, expected.minute)
