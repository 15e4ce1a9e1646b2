"""Days a college is closed: Thai public holidays (the `holidays` package) with the college's own changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from functools import lru_cache


@lru_cache(maxsize=32)
def _thai_year(year: int) -> tuple[tuple[dt.date, str], ...]:
    """One year's calendar, built once per process: every booking and search asks for it."""
    import holidays  # imported when first needed: its package loads every country's module (about 0.1 s, 8 MB)

    return tuple(sorted((day, str(name)) for day, name in
                        holidays.country_holidays("TH", years=year, language="th").items()))


def public_holidays(first: dt.date, last: dt.date, added: Mapping[dt.date, str] | None = None,
                    removed: Iterable[dt.date] = ()) -> dict[dt.date, str]:
    """Thailand's public holidays between two dates (inclusive), plus days the college added, minus those it removed."""
    found = {day: name for year in range(first.year, last.year + 1) for day, name in _thai_year(year)
             if first <= day <= last}
    for day, name in (added or {}).items():
        if first <= day <= last:
            found[day] = name
    for day in removed:
        found.pop(day, None)
    return dict(sorted(found.items()))
