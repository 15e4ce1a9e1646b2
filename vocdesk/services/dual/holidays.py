"""The days a placement that trains on holidays would train on: Thailand's public holidays and college closures."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session


def holidays_between(session: Session, first: dt.date, last: dt.date) -> frozenset[dt.date]:
    """Thailand's public holidays (the `holidays` package, with the college's holiday changes) and the training
    centre's closures, between two dates inclusive: what a placement that trains on holidays would train on."""
    from sqlalchemy import select

    from vocdesk.domain.training_calendar import public_holidays
    from vocdesk.persistence.models import Closure, HolidayChange

    changes = list(session.scalars(select(HolidayChange).where(HolidayChange.day.between(first, last))))
    days = set(public_holidays(first, last, {c.day: c.name for c in changes if c.change == "add"},
                               [c.day for c in changes if c.change == "remove"]))
    for closure in session.scalars(select(Closure).where(Closure.first_day <= last, Closure.last_day >= first)):
        day = max(closure.first_day, first)
        while day <= min(closure.last_day, last):
            days.add(day)
            day += dt.timedelta(days=1)
    return frozenset(days)
