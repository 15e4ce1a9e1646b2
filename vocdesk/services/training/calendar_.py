"""Closures, Thai public holidays and the college's changes to them; terms with their teaching days."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import CompoundSelect, bindparam, literal_column, select, union_all
from sqlalchemy.orm import Session

from vocdesk.domain.training_calendar import public_holidays
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import Closure, HolidayChange, Term
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.training import CALENDAR, TIMETABLE
from vocdesk.services.training.clashes import fixed_of

TERM_KEY = re.compile(r"^[123]/25\d\d$")


@dataclass(frozen=True)
class TermRow:
    id: int
    key: str
    first_day: dt.date
    last_day: dt.date


# The college's holiday changes and its closures in one statement: (change or "closure", first, last, name or reason).
_DAYS_OFF: CompoundSelect[*tuple[Any, ...]] = union_all(
    select(HolidayChange.change, HolidayChange.day, HolidayChange.day, HolidayChange.name)
    .where(HolidayChange.day.between(bindparam("first"), bindparam("last"))),
    select(literal_column("'closure'"), Closure.first_day, Closure.last_day, Closure.reason)
    .where(Closure.first_day <= bindparam("last"), Closure.last_day >= bindparam("first")))


def blocked_days(session: Session, first: dt.date, last: dt.date) -> dict[dt.date, str]:
    """Every day between two dates on which nothing may be booked, with its reason (holiday name or closure)."""
    rows = fixed_of(session, _DAYS_OFF, {"first": first, "last": last})
    blocked = public_holidays(first, last, {row[1]: row[3] for row in rows if row[0] == "add"},
                              [row[1] for row in rows if row[0] == "remove"])
    for kind, since, until, reason in rows:
        if kind != "closure":
            continue
        day = max(since, first)
        while day <= min(until, last):
            blocked[day] = reason or "closure"
            day += dt.timedelta(days=1)
    return dict(sorted(blocked.items()))


def add_closure(uow: UnitOfWork, first: dt.date, last: dt.date, reason: str) -> int:
    require(uow.actor, "training.calendar")
    if last < first:
        raise ValidationFailed("date_order", field="last_day")
    if not reason.strip():
        raise ValidationFailed("required", field="reason")
    closure = Closure(first_day=first, last_day=last, reason=reason.strip())
    uow.session.add(closure)
    uow.session.flush()
    uow.audit("training.closure.add", "training_closure", closure.id,
              {"first_day": [None, first], "last_day": [None, last], "reason": [None, reason.strip()]})
    uow.changed(CALENDAR)
    return closure.id


def change_holiday(uow: UnitOfWork, day: dt.date, change: str, name: str = "") -> None:
    """The college adds a day off (`add`) or works on a public holiday (`remove`)."""
    require(uow.actor, "training.calendar")
    if change not in ("add", "remove"):
        raise ValidationFailed("invalid", field="change", value=change)
    row = uow.session.scalars(select(HolidayChange).where(HolidayChange.day == day)).first()
    before = None if row is None else row.change
    if row is None:
        row = HolidayChange(day=day, change=change, name=name.strip())
        uow.session.add(row)
    else:
        row.change, row.name = change, name.strip()
    uow.session.flush()
    uow.audit("training.holiday.change", "training_holiday_change", row.id, {"change": [before, change]})
    uow.changed(CALENDAR)


def set_term(uow: UnitOfWork, key: str, first: dt.date, last: dt.date) -> TermRow:
    """Create or move a term (`2/2569`) with its first and last teaching days."""
    require(uow.actor, "training.timetable")
    key = key.strip()
    if not TERM_KEY.match(key):
        raise ValidationFailed("term_key", field="term", value=key)
    if last < first:
        raise ValidationFailed("date_order", field="to")
    term = uow.session.scalars(select(Term).where(Term.key == key)).first()
    before = None if term is None else [term.first_day, term.last_day]
    if term is None:
        term = Term(key=key, first_day=first, last_day=last)
        uow.session.add(term)
    else:
        term.first_day, term.last_day = first, last
    uow.session.flush()
    uow.audit("training.term.set", "training_term", term.id, {"days": [before, [first, last]]})
    uow.changed(TIMETABLE)
    return TermRow(term.id, term.key, term.first_day, term.last_day)


def list_terms(session: Session, actor: Actor) -> list[TermRow]:
    require(actor, "training.view")
    return [TermRow(t.id, t.key, t.first_day, t.last_day)
            for t in session.scalars(select(Term).order_by(Term.first_day.desc()))]
