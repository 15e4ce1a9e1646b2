"""Reading a volunteer point's shifts: who is on duty now, minutes served, services given."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.persistence.models import ServiceMinutes, ShiftAttendance, ShiftService, VolunteerShift
from vocdesk.services.community.points import point_by_code
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require


@dataclass(frozen=True)
class ShiftRow:
    id: int
    day: dt.date
    start: dt.time
    end: dt.time
    note: str
    on_duty: int
    """Checked in and not yet out."""
    served: int
    """People who checked out (once each, though a night shift gives them an entry per day), minutes in the ledger."""
    minutes: int
    services: int


def list_shifts(session: Session, actor: Actor, point: str) -> list[ShiftRow]:
    require(actor, "community.view")
    found = point_by_code(session, point)
    shifts = list(session.scalars(select(VolunteerShift).where(VolunteerShift.point_id == found.id)
                                  .order_by(VolunteerShift.day, VolunteerShift.start_time)))
    ids = [s.id for s in shifts]
    open_now = {sid: int(n) for sid, n in session.execute(
        select(ShiftAttendance.shift_id, func.count()).where(ShiftAttendance.shift_id.in_(ids),
                                                             ShiftAttendance.checked_out.is_(None))
        .group_by(ShiftAttendance.shift_id))}
    ledger = {sid: (int(learners) + int(teachers), int(total)) for sid, learners, teachers, total in session.execute(
        select(ServiceMinutes.shift_id, func.count(func.distinct(ServiceMinutes.learner_id)),
               func.count(func.distinct(ServiceMinutes.teacher_id)), func.sum(ServiceMinutes.minutes))
        .where(ServiceMinutes.shift_id.in_(ids)).group_by(ServiceMinutes.shift_id))}
    given = {sid: int(total) for sid, total in session.execute(
        select(ShiftService.shift_id, func.sum(ShiftService.count)).where(ShiftService.shift_id.in_(ids))
        .group_by(ShiftService.shift_id))}
    return [ShiftRow(s.id, s.day, s.start_time, s.end_time, s.note, open_now.get(s.id, 0),
                     ledger.get(s.id, (0, 0))[0], ledger.get(s.id, (0, 0))[1], given.get(s.id, 0)) for s in shifts]
