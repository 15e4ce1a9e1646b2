"""Facility-use arithmetic: lessons, open hours and bookings, with overlaps counted once."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vocdesk.domain.training import Window
from vocdesk.domain.training_use import day_use, union_minutes

W = Window


def test_an_evening_booking_beside_a_morning_lesson() -> None:
    # open 08-20; lesson 08-12 (240); free 480 minutes; booked 17-19 = 120 of them
    assert day_use((W(480, 1200),), [W(480, 720)], [W(1020, 1140)]) == (240, 480, 120)


def test_overlaps_count_once_and_a_lesson_outside_the_open_hours_frees_nothing() -> None:
    assert union_minutes([W(480, 600), W(540, 660), W(660, 700)]) == 220
    # open 17-21 only; a lesson 13-16 lies outside; two bookings overlapping 17-19 and 18-20 → 180 booked
    assert day_use((W(1020, 1260),), [W(780, 960)], [W(1020, 1140), W(1080, 1200)]) == (180, 240, 180)


minutes = st.integers(min_value=0, max_value=24 * 60)
windows = st.lists(st.tuples(minutes, minutes).filter(lambda t: t[0] < t[1]).map(lambda t: W(*t)), max_size=5)


@given(windows, windows, windows)
def test_agrees_with_a_minute_by_minute_count(opens: list[Window], lessons: list[Window],
                                             bookings: list[Window]) -> None:
    def covered(ws: list[Window]) -> set[int]:
        return {m for w in ws for m in range(w.start, w.end)}

    open_set, lesson_set, booking_set = covered(opens), covered(lessons), covered(bookings)
    free = open_set - lesson_set
    assert day_use(tuple(opens), lessons, bookings) == (len(lesson_set), len(free), len(free & booking_set))
