"""อาชีวะอาสา shifts: learners and teachers check in and out (their minutes land in the ledger), services counted."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from vocdesk.domain.community_shifts import ShiftClock
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import ServiceMinutes, ShiftAttendance, ShiftService, VolunteerShift
from vocdesk.services.community import SERVICE_HOURS, SHIFTS
from vocdesk.services.community.jobs import check_open, lock_point
from vocdesk.services.community.workers import Worker, check_day_total, resolve_worker
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require


@dataclass(frozen=True)
class ShiftSaved:
    id: int
    point_code: str
    day: dt.date
    start: dt.time
    end: dt.time


def _clock_of(shift: VolunteerShift) -> ShiftClock:
    return ShiftClock(shift.day, shift.start_time, shift.end_time)


def _outside(shift: VolunteerShift, at: dt.time) -> ValidationFailed:
    return ValidationFailed("community.outside_shift", field="at", at=at.strftime("%H:%M"),
                            start=shift.start_time.strftime("%H:%M"), end=shift.end_time.strftime("%H:%M"))


def add_shift(uow: UnitOfWork, point_code: str, day: dt.date, start: dt.time, end: dt.time,
              note: str = "") -> ShiftSaved:
    """A shift on `day`; an end earlier than the start is on the next day (20:00–02:00), 00:00 is midnight. The point
    must be open on every calendar day the shift covers."""
    require(uow.actor, "community.volunteer")
    clock = ShiftClock(day, start, end)
    if clock.length == 0:
        raise ValidationFailed("date_order", field="end")
    point = lock_point(uow.session, point_code)
    check_open(point, day)
    if clock.overnight:
        check_open(point, clock.last_day)
    shift = VolunteerShift(point_id=point.id, day=day, start_time=start, end_time=end, note=note.strip())
    uow.session.add(shift)
    uow.session.flush()
    uow.audit("volunteer_shift.create", "volunteer_shift", shift.id,
              {"point": [None, point.code], "day": [None, day.isoformat()]})
    uow.changed(SHIFTS)
    return ShiftSaved(shift.id, point.code, day, start, end)


def _shift(uow: UnitOfWork, shift_id: int) -> VolunteerShift:
    shift = uow.session.scalars(select(VolunteerShift).where(VolunteerShift.id == shift_id).with_for_update()).first()
    if shift is None:
        raise NotFound(what="volunteer_shift", field="shift", value=shift_id)
    return shift


def _open_attendance(uow: UnitOfWork, shift_id: int, worker: Worker) -> ShiftAttendance | None:
    return uow.session.scalars(select(ShiftAttendance).where(
        ShiftAttendance.shift_id == shift_id, ShiftAttendance.learner_id.is_(None) if worker.learner_id is None
        else ShiftAttendance.learner_id == worker.learner_id,
        ShiftAttendance.teacher_id.is_(None) if worker.teacher_id is None
        else ShiftAttendance.teacher_id == worker.teacher_id,
        ShiftAttendance.checked_out.is_(None))).first()


def check_in(uow: UnitOfWork, shift_id: int, at: dt.time, *, learner: str | None = None,
             teacher_id: int | None = None) -> int:
    require(uow.actor, "community.volunteer")
    shift = _shift(uow, shift_id)
    worker = resolve_worker(uow.session, learner, teacher_id)
    if not _clock_of(shift).may_check_in(at):
        raise _outside(shift, at)
    if _open_attendance(uow, shift_id, worker) is not None:
        raise ValidationFailed("community.already_checked_in", field="worker")
    row = ShiftAttendance(shift_id=shift_id, learner_id=worker.learner_id, teacher_id=worker.teacher_id,
                          checked_in=at)
    uow.session.add(row)
    uow.session.flush()
    uow.audit("volunteer_shift.check_in", "volunteer_shift", shift_id,
              {"learner_id": [None, worker.learner_id], "teacher_id": [None, worker.teacher_id]})
    uow.changed(SHIFTS)
    return row.id


def check_out(uow: UnitOfWork, shift_id: int, at: dt.time, *, learner: str | None = None,
              teacher_id: int | None = None) -> int:
    """Close the check-in; the minutes (never beyond the shift's end) go to the ledger, one entry per calendar day they
    were served on (a night shift's minutes after midnight count on the next day). Returns all the minutes."""
    require(uow.actor, "community.volunteer")
    shift = _shift(uow, shift_id)
    worker = resolve_worker(uow.session, learner, teacher_id)
    row = _open_attendance(uow, shift_id, worker)
    if row is None:
        raise ValidationFailed("community.not_checked_in", field="worker")
    clock = _clock_of(shift)
    if not clock.may_check_out(at):
        raise _outside(shift, at)
    served = clock.served(row.checked_in, at)
    if not served:
        raise ValidationFailed("date_order", field="at")
    for day, part in served:
        check_day_total(uow.session, worker, day, part)
    minutes = sum(part for _day, part in served)
    row.checked_out = at
    uow.session.add_all([ServiceMinutes(learner_id=worker.learner_id, teacher_id=worker.teacher_id, shift_id=shift_id,
                                        point_id=shift.point_id, worked_on=day, minutes=part) for day, part in served])
    uow.audit("volunteer_shift.check_out", "volunteer_shift", shift_id,
              {"learner_id": [None, worker.learner_id], "teacher_id": [None, worker.teacher_id],
               "minutes": [None, minutes]})
    uow.changed(SHIFTS, SERVICE_HOURS)
    return minutes


def count_services(uow: UnitOfWork, shift_id: int, counts: dict[str, int]) -> None:
    """Add to the shift's counts by kind (motorcycle, pickup, car, van, other, rest_stop, tow, first_aid, ...)."""
    require(uow.actor, "community.volunteer")
    _shift(uow, shift_id)
    for kind, count in counts.items():
        if not kind.strip() or count < 0:
            raise ValidationFailed("invalid", field="services", value=f"{kind}={count}")
        row = uow.session.scalars(select(ShiftService).where(ShiftService.shift_id == shift_id,
                                                             ShiftService.kind == kind.strip())).first()
        if row is None:
            uow.session.add(ShiftService(shift_id=shift_id, kind=kind.strip(), count=count))
        else:
            row.count += count
    uow.audit("volunteer_shift.services", "volunteer_shift", shift_id, {"counts": [None, counts]})
    uow.changed(SHIFTS)
