"""Academic and fiscal calendars (semester keys like 1/2567, พ.ศ. years) and programme levels ปวช./ปวส./ป.ตรี."""

from __future__ import annotations

import datetime as dt
import enum
import re
from calendar import monthrange
from dataclasses import dataclass
from itertools import pairwise

from vocdesk.domain.thai_dates import BE_OFFSET, BE_YEAR_MIN
from vocdesk.domain.thai_ids import to_ascii_digits
from vocdesk.errors import ValidationFailed

SEMESTER_SUMMER = 3
MonthDay = tuple[int, int]
"""(month, day) of a recurring calendar boundary."""

_SEMESTER_KEY = re.compile(r"(?:ภาคเรียนที่)? ?([1-3]) ?/ ?([0-9]{4})")


def _require_be_year(year: int, field: str) -> None:
    if not BE_YEAR_MIN <= year <= dt.MAXYEAR:
        raise ValidationFailed(field=field, value=year)


@dataclass(frozen=True, order=True, slots=True)
class SemesterKey:
    """A term as OVEC systems write it, `1/2567`; semester 3 is the summer term. Sorts by year, then term."""

    academic_year: int
    semester: int

    def __post_init__(self) -> None:
        if self.semester not in (1, 2, SEMESTER_SUMMER):
            raise ValidationFailed(field="semester", value=self.semester)
        _require_be_year(self.academic_year, "academic_year")

    @classmethod
    def parse(cls, text: str) -> SemesterKey | None:
        """`1/2567`, `๑/๒๕๖๗`, `ภาคเรียนที่ 2/2567`; None for anything else (e.g. `4/2567`, `1/2024`)."""
        match = _SEMESTER_KEY.fullmatch(to_ascii_digits(text).strip())
        if match is None or int(match.group(2)) < BE_YEAR_MIN:
            return None
        return cls(academic_year=int(match.group(2)), semester=int(match.group(1)))

    def __str__(self) -> str:
        return f"{self.semester}/{self.academic_year}"


def academic_year_of(day: dt.date) -> int:
    """พ.ศ. academic year of a date; it runs May–April, so 2025-04-30 → 2567 and 2025-05-01 → 2568."""
    return day.year + BE_OFFSET - (1 if day.month < 5 else 0)


def _month_day_ok(value: MonthDay) -> bool:
    """A real day in every year (29 February is refused: it would move from year to year)."""
    month, day = value
    return 1 <= month <= 12 and 1 <= day <= monthrange(2001, month)[1]


@dataclass(frozen=True, slots=True)
class SemesterCalendar:
    """A college's recurring term dates as (month, day) pairs, first to last day inclusive.

    The academic year starts with semester 1; the other terms follow within twelve months.
    Defaults follow the usual vocational calendar; `summer=None` for colleges without a summer term.
    """

    semester1: tuple[MonthDay, MonthDay] = ((5, 16), (9, 30))
    semester2: tuple[MonthDay, MonthDay] = ((11, 1), (3, 31))
    summer: tuple[MonthDay, MonthDay] | None = ((4, 1), (5, 15))

    def __post_init__(self) -> None:
        terms = [self.semester1, self.semester2] + ([self.summer] if self.summer else [])
        points = [md for term in terms for md in term]
        if not all(_month_day_ok(md) for md in points):
            raise ValidationFailed(field="semester_calendar", value=str(points))
        offsets = [self._offset(md) for md in points]
        # first <= last inside a term; each term starts after the previous one ended.
        if not all(a <= b if i % 2 == 0 else a < b for i, (a, b) in enumerate(pairwise(offsets))):
            raise ValidationFailed(field="semester_calendar", value=str(points))

    def _offset(self, value: MonthDay) -> int:
        """Days from the start of semester 1 to `value`, in a common year."""
        start = dt.date(2001, *self.semester1[0])
        return (dt.date(2001, *value) - start).days % 365

    def terms(self) -> tuple[tuple[int, tuple[MonthDay, MonthDay]], ...]:
        """(semester number, (first, last)) for every term in the year, in order."""
        base = ((1, self.semester1), (2, self.semester2))
        return base + (((SEMESTER_SUMMER, self.summer),) if self.summer else ())


def _place(calendar: SemesterCalendar, value: MonthDay, start_year: int) -> dt.date:
    """The date of `value` in the academic year whose semester 1 starts in CE `start_year`."""
    year = start_year if value >= calendar.semester1[0] else start_year + 1
    return dt.date(year, *value)


def semester_bounds(key: SemesterKey, calendar: SemesterCalendar | None = None) -> tuple[dt.date, dt.date]:
    """First and last day of a term under a calendar (default: `SemesterCalendar()`)."""
    calendar = calendar or SemesterCalendar()
    start_year = key.academic_year - BE_OFFSET
    for number, (first, last) in calendar.terms():
        if number == key.semester:
            return _place(calendar, first, start_year), _place(calendar, last, start_year)
    raise ValidationFailed(field="semester", value=str(key))


def default_semester_of(day: dt.date, calendar: SemesterCalendar | None = None) -> SemesterKey:
    """The term in progress on `day`; in a break (e.g. October), the next term to start.

    A summer term belongs to the academic year it ends, so with the default calendar 10 May 2025
    is in 3/2567 although `academic_year_of` already names that day 2568.
    """
    calendar = calendar or SemesterCalendar()
    for start_year in (day.year - 1, day.year, day.year + 1):
        for number, _ in calendar.terms():
            key = SemesterKey(academic_year=start_year + BE_OFFSET, semester=number)
            if day <= semester_bounds(key, calendar)[1]:
                return key
    raise AssertionError("unreachable: a later term always exists")


def fiscal_year_of(day: dt.date) -> int:
    """Thai government fiscal year (1 Oct – 30 Sep), named by the พ.ศ. year in which it ends."""
    return day.year + BE_OFFSET + (1 if day.month >= 10 else 0)


def fiscal_year_bounds(be_year: int) -> tuple[dt.date, dt.date]:
    """First and last day of fiscal year `be_year` (พ.ศ.): 2568 → 2024-10-01 … 2025-09-30."""
    _require_be_year(be_year, "fiscal_year")
    return dt.date(be_year - BE_OFFSET - 1, 10, 1), dt.date(be_year - BE_OFFSET, 9, 30)


class Level(enum.Enum):
    """Programme levels; values are stable codes for storage."""

    CERTIFICATE = "pvc"
    HIGHER_CERTIFICATE = "pvs"
    BACHELOR_TECH = "btech"

    @property
    def label_th(self) -> str:
        """`ปวช.`, `ปวส.`, `ป.ตรี`."""
        return _LEVEL_TEXT[self][0]

    @property
    def name_th(self) -> str:
        return _LEVEL_TEXT[self][1]

    @property
    def label_en(self) -> str:
        return _LEVEL_TEXT[self][2]

    @property
    def nominal_years(self) -> int:
        return 3 if self is Level.CERTIFICATE else 2


_LEVEL_TEXT = {
    Level.CERTIFICATE: ("ปวช.", "ประกาศนียบัตรวิชาชีพ", "Certificate in Vocational Education"),
    Level.HIGHER_CERTIFICATE: ("ปวส.", "ประกาศนียบัตรวิชาชีพชั้นสูง", "Higher Certificate in Vocational Education"),
    Level.BACHELOR_TECH: ("ป.ตรี", "ปริญญาตรีสายเทคโนโลยีหรือสายปฏิบัติการ", "Bachelor of Technology"),
}
_LEVEL_KEYS = {"ปวช": Level.CERTIFICATE, "ปวส": Level.HIGHER_CERTIFICATE, "ปตรี": Level.BACHELOR_TECH}
_LEVEL_YEAR = re.compile(r"(ปวช|ปวส|ปตรี)(?:ชั้นปีที่|ปีที่|ปี)?([0-9])?")


def _level_match(text: str) -> re.Match[str] | None:
    return _LEVEL_YEAR.fullmatch(re.sub(r"[\s.\-]", "", to_ascii_digits(text)))


def parse_level(text: str) -> Level | None:
    """`ปวช.`, `ปวส`, `ป.ตรี` (a year after it is allowed) → Level, else None."""
    match = _level_match(text)
    return _LEVEL_KEYS[match.group(1)] if match else None


def parse_level_year(text: str) -> tuple[Level, int] | None:
    """`ปวช.2`, `ปวช. 2`, `ปวส.1`, `ปว ช 3`, Thai digits → (level, year); None if the year is missing
    or beyond the level's nominal length."""
    match = _level_match(text)
    if match is None or match.group(2) is None:
        return None
    level, year = _LEVEL_KEYS[match.group(1)], int(match.group(2))
    return (level, year) if 1 <= year <= level.nominal_years else None


def level_year_label(level: str, year: int) -> str:
    """`ปวช.2` for a stored level code and year; unknown codes are shown as stored."""
    try:
        return f"{Level(level).label_th}{year}"
    except ValueError:
        return f"{level}{year}"
