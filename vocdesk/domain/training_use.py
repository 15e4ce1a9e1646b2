"""Facility use: minutes of a day's open hours, the part the timetable leaves free, and what bookings took of it."""

from __future__ import annotations

from collections.abc import Iterable

from vocdesk.domain.training import Window

DEFAULT_OPEN = Window(8 * 60, 20 * 60)
"""The hours a facility without a bookable-hours limit is counted as open (08:00–20:00)."""


def union_minutes(windows: Iterable[Window]) -> int:
    """Minutes covered by at least one window (overlaps counted once)."""
    total, end = 0, -1
    for window in sorted(windows, key=lambda w: w.start):
        if window.end <= end:
            continue
        total += window.end - max(window.start, end)
        end = window.end
    return total


def clipped(windows: Iterable[Window], within: Iterable[Window]) -> list[Window]:
    """The parts of `windows` that fall inside any of `within`."""
    found = []
    for window in windows:
        for frame in within:
            start, end = max(window.start, frame.start), min(window.end, frame.end)
            if start < end:
                found.append(Window(start, end))
    return found


def day_use(open_hours: tuple[Window, ...], lessons: Iterable[Window],
            bookings: Iterable[Window]) -> tuple[int, int, int]:
    """(timetable minutes, minutes open and free of the timetable, booked minutes of those free minutes)."""
    lessons = list(lessons)
    busy = union_minutes(lessons)
    open_total = union_minutes(open_hours)
    taught_in_open = union_minutes(clipped(lessons, open_hours))
    free_windows = _subtract(list(open_hours), lessons)
    booked = union_minutes(clipped(bookings, free_windows))
    return busy, open_total - taught_in_open, booked


def _subtract(frames: list[Window], cuts: list[Window]) -> list[Window]:
    pieces = frames
    for cut in cuts:
        next_pieces = []
        for piece in pieces:
            if cut.end <= piece.start or piece.end <= cut.start:
                next_pieces.append(piece)
                continue
            if piece.start < cut.start:
                next_pieces.append(Window(piece.start, cut.start))
            if cut.end < piece.end:
                next_pieces.append(Window(cut.end, piece.end))
        pieces = next_pieces
    return pieces
