"""Reading a school timetable: Thai, English or numbered day names, hour labels with times, a period table."""

from __future__ import annotations

import re

from vocdesk.domain.training import Window

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_DAYS = {
    0: ("จันทร์", "จ", "monday", "mon", "1"),
    1: ("อังคาร", "อ", "tuesday", "tue", "tues", "2"),
    2: ("พุธ", "พ", "wednesday", "wed", "3"),
    3: ("พฤหัสบดี", "พฤหัส", "พฤ", "thursday", "thu", "thur", "thurs", "4"),
    4: ("ศุกร์", "ศ", "friday", "fri", "5"),
    5: ("เสาร์", "ส", "saturday", "sat", "6"),
    6: ("อาทิตย์", "อา", "sunday", "sun", "7"),
}
DAY_SPELLINGS = {spelling: day for day, spellings in _DAYS.items() for spelling in spellings}
_TIME_RANGE = re.compile(r"(\d{1,2})[.:](\d{2})\s*(?:-|–|—|ถึง|to)\s*(\d{1,2})[.:](\d{2})")
_PERIOD = re.compile(r"(\d{1,2})")


def parse_day(text: str) -> int | None:
    """จันทร์, วันจันทร์, จ., Monday, Mon or 1 (Monday) … 7 (Sunday) → 0..6; None when unknown."""
    key = text.strip().translate(THAI_DIGITS).casefold().rstrip(".").strip()
    if key.startswith("วัน") and len(key) > 3:
        key = key[3:]
    return DAY_SPELLINGS.get(key)


def parse_hour(label: str, periods: dict[int, Window] | None = None) -> Window | None:
    """`คาบ 3 10:00-11:00`, `08.00–09.00 น.` → the window; else `คาบ 3` / `3` through the period table."""
    text = label.translate(THAI_DIGITS)
    match = _TIME_RANGE.search(text)
    if match:
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if h1 < 24 and h2 < 24 and m1 < 60 and m2 < 60 and h2 * 60 + m2 > h1 * 60 + m1:
            return Window(h1 * 60 + m1, h2 * 60 + m2)
        return None
    number = _PERIOD.search(text)
    if number and periods:
        return periods.get(int(number.group(1)))
    return None


def parse_periods(text: str) -> dict[int, Window]:
    """The college's period table `1=08:00-09:00;2=09:00-10:00` → {1: Window, 2: Window}; ValueError if malformed."""
    from vocdesk.domain.training import parse_window

    periods: dict[int, Window] = {}
    for part in filter(None, (p.strip() for p in text.split(";"))):
        number, sep, window = part.partition("=")
        if not sep or not number.strip().isdigit():
            raise ValueError(part)
        periods[int(number)] = parse_window(window)
    return periods


def split_names(text: str) -> list[str]:
    """FET joins several rooms or teachers with `+`."""
    return [name.strip() for name in text.split("+") if name.strip()]
