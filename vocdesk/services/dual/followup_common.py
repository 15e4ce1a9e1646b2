"""What the follow-up services share: the settings, a started placement, its shifts and a semester's dates."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.academic import SemesterKey, default_semester_of, semester_bounds
from vocdesk.domain.dual.allowances import AllowanceSettings
from vocdesk.domain.dual.facts import Shift
from vocdesk.domain.dual.supervision import SupervisionSettings
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import DualPlacement, DualShift, Term
from vocdesk.services.core.settings import read_setting

VISITS_KEY = "dual.visits_per_semester"
"""{"thailand": 3, "abroad": 1} (standard 2563)."""
MODES_KEY = "dual.visit_modes_counted"
"""{"thailand": ["onsite"], "abroad": ["onsite", "online", "partner"]}."""
GRACE_KEY = "dual.allowance_grace_days"
STOPPED_KEY = "dual.allowance_stopped_after_months"
STARTED = ("active", "completed", "ended")


def supervision_settings(session: Session) -> SupervisionSettings:
    d = SupervisionSettings()
    visits = read_setting(session, VISITS_KEY, {"thailand": d.visits_in_thailand, "abroad": d.visits_abroad})
    modes = read_setting(session, MODES_KEY, {"thailand": list(d.modes_in_thailand),
                                             "abroad": list(d.modes_abroad)})
    return SupervisionSettings(int(visits["thailand"]), int(visits["abroad"]),
                               tuple(modes["thailand"]), tuple(modes["abroad"]))


def allowance_settings(session: Session) -> AllowanceSettings:
    d = AllowanceSettings()
    return AllowanceSettings(int(read_setting(session, GRACE_KEY, d.grace_days)),
                             int(read_setting(session, STOPPED_KEY, d.stopped_after)))


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
