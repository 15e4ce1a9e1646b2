"""Teacher development with enterprises: the share of a programme's teachers with at least 80 hours a year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vocdesk.domain.thai_dates import BE_OFFSET


@dataclass(frozen=True)
class DevelopmentSettings:
    """Standard 2563 [C]: at least 30 % of a programme's vocational teachers, at least 80 hours a year each."""

    hours: float = 80.0
    share_percent: float = 30.0


@dataclass(frozen=True)
class Indicator:
    teachers: int
    qualified: int
    percent: float
    met: bool


def academic_year_days(be_year: int) -> tuple[dt.date, dt.date]:
    """1 May to 30 April, as the teachers' development view counts it."""
    year = be_year - BE_OFFSET
    return dt.date(year, 5, 1), dt.date(year + 1, 4, 30)


def indicator(hours_by_teacher: list[float], s: DevelopmentSettings) -> Indicator:
    """No teacher in the programme means the indicator is not met (nothing to show)."""
    qualified = sum(1 for h in hours_by_teacher if h >= s.hours)
    percent = round(100 * qualified / len(hours_by_teacher), 1) if hours_by_teacher else 0.0
    return Indicator(len(hours_by_teacher), qualified, percent, bool(hours_by_teacher) and percent >= s.share_percent)
