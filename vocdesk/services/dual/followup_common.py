"""What the follow-up services share: a started placement, its shifts and a semester's dates."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.academic import SemesterKey, default_semester_of, semester_bounds
from vocdesk.domain.dual.facts import Shift
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import DualPlacement, DualShift, Term

STARTED = ("active", "completed", "ended")


def started_placement(session: Session, placement_id: int) -> DualPlacement:
    """A placement follow-up can be recorded for: it exists and is no longer a draft."""
    placement = session.get(DualPlacement, placement_id)
    if placement is None:
        raise NotFound(what=f"placement #{placement_id}", field="placement")
    if placement.status not in STARTED:
        raise ValidationFailed("dual.placement_not_active", field="placement", id=placement_id,
                               status=placement.status)
    return placement


def last_day(placement: DualPlacement) -> dt.date:
    """The contract's last day, or the day an ended placement ended."""
    if placement.status == "ended" and placement.ended_on is not None:
        return placement.ended_on
    return placement.end_date


def shifts_of(session: Session, placement_id: int) -> list[Shift]:
    rows = session.scalars(select(DualShift).where(DualShift.placement_id == placement_id))
    return [Shift(s.weekday, s.start_time, s.end_time, s.break_minutes) for s in rows]


def semester_key(text: str) -> SemesterKey:
    key = SemesterKey.parse(text)
    if key is None:
        raise ValidationFailed("dual.semester_invalid", field="semester", value=text)
    return key


def semester_period(session: Session, key: SemesterKey) -> tuple[dt.date, dt.date]:
    """The college's term dates when entered (training → terms), else the usual calendar's."""
    term = session.scalars(select(Term).where(Term.key == str(key))).first()
    return (term.first_day, term.last_day) if term else semester_bounds(key)


def semester_of(session: Session, day: dt.date) -> SemesterKey:
    """The entered term holding `day`, else the usual calendar's term in progress (or next, in a break)."""
    term = session.scalars(select(Term).where(Term.first_day <= day, Term.last_day >= day)).first()
    parsed = SemesterKey.parse(term.key) if term else None
    return parsed or default_semester_of(day)
