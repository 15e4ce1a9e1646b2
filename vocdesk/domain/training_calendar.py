"""Days a college is closed: Thai public holidays (the `holidays` package) with the college's own changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping


def public_holidays(first: dt.date, last: dt.date, added: Mapping[dt.date, str] | None = None,
                    removed: Iterable[dt.date] = ()) -> dict[dt.date, str]:
    """Thailand's public holidays between two dates (inclusive), plus days the college added, minus those it removed."""
    import holidays  # imported when first needed: it loads every country's calendar module lazily anyway

    years = range(first.year, last.year + 1)
    calendar = holidays.country_holidays("TH", years=years, language="th")
    found = {day: str(name) for day, name in calendar.items() if first <= day <= last}
    for day, name in (added or {}).items():
        if first <= day <= last:
            found[day] = name
    for day in removed:
        found.pop(day, None)
    return dict(sorted(found.items()))
