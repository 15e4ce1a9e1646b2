"""The academic calendar as a form reads it: each term of a year with its stored days, or the usual ones."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.academic import SemesterKey, semester_bounds
from vocdesk.persistence.models import Term
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require

TERMS = (1, 2, 3)
"""Semester 1, semester 2 and the summer term."""


@dataclass(frozen=True)
class YearTerm:
    """One term of the year: its key (`2/2569`), first and last teaching day, and whether they are stored."""

    key: str
    first_day: dt.date
    last_day: dt.date
    stored: bool


def terms_of_year(session: Session, actor: Actor, academic_year: int) -> list[YearTerm]:
    """The year's three terms; a term not yet set shows the usual vocational calendar's days (not stored)."""
    require(actor, "training.view")
    keys = [f"{number}/{academic_year}" for number in TERMS]
    stored = {t.key: t for t in session.scalars(select(Term).where(Term.key.in_(keys)))}
    rows = []
    for number, key in zip(TERMS, keys, strict=True):
        term = stored.get(key)
        if term is not None:
            rows.append(YearTerm(key, term.first_day, term.last_day, True))
        else:
            first, last = semester_bounds(SemesterKey(academic_year, number))
            rows.append(YearTerm(key, first, last, False))
    return rows
