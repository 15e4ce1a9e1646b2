"""The training logbook (บันทึกการฝึกอาชีพ): record a week from the paper sheet, list the weeks missing or unsigned."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from vocdesk.domain.dual.logbook import check_week, week_states
from vocdesk.errors import Conflict, ValidationFailed
from vocdesk.persistence.models import DualLogbookWeek, DualPlacement, Learner
from vocdesk.services.core.conflicts import expect_version
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.dual import LOGBOOK
from vocdesk.services.dual.followup_common import STARTED, last_day, shifts_of, started_placement
from vocdesk.services.dual.settings import closed_days


@dataclass(frozen=True)
class WeekInput:
    placement_id: int
    week_start: dt.date
    days_present: int
    minutes: int
    tasks: str = ""
    signed_by: str = ""
    signed_on: dt.date | None = None


@dataclass(frozen=True)
class SavedWeek:
    id: int
    version: int


def record_week(uow: UnitOfWork, data: WeekInput, seen_version: int | None = None) -> SavedWeek:
    """A new week (`seen_version` None) or a correction of the version the user saw; another PC's entry of the
    same week is a Conflict, never a second row or a lost update."""
    require(uow.actor, "dual.followup")
    placement = started_placement(uow.session, data.placement_id)
    found = check_week(data.week_start, placement.start_date, last_day(placement), shifts_of(uow.session, placement.id),
                       data.days_present, data.minutes, closed_days(uow.session))
    if found:
        raise ValidationFailed(found[0].code, field="week", **found[0].params)
    existing = uow.session.scalars(select(DualLogbookWeek).where(
        DualLogbookWeek.placement_id == placement.id, DualLogbookWeek.week_start == data.week_start)).first()
    if existing is None and seen_version is not None:
        raise Conflict(detail=f"logbook week {data.week_start} of placement #{placement.id} is gone")
    if existing is not None and seen_version is None:
        raise Conflict("dual.week_exists", week=data.week_start, placement=placement.id)
    row = existing if existing is not None else DualLogbookWeek(placement_id=placement.id,
                                                                 week_start=data.week_start)
    if existing is not None and seen_version is not None:
        row = expect_version(uow, DualLogbookWeek, existing.id, seen_version)
    before = {"days": row.days_present, "minutes": row.minutes, "signed_by": row.signed_by} if existing else {}
    row.days_present, row.minutes, row.tasks = data.days_present, data.minutes, data.tasks.strip()
    row.signed_by, row.signed_on = data.signed_by.strip(), data.signed_on if data.signed_by.strip() else None
    try:
        with uow.session.begin_nested():  # a savepoint: a failed insert leaves the transaction usable
            if existing is None:
                uow.session.add(row)
            uow.session.flush()
    except IntegrityError as error:  # the other PC inserted the same week between our read and our write
        raise Conflict("dual.week_exists", week=data.week_start, placement=placement.id) from error
    uow.audit("logbook.record", "dual_logbook_week", row.id,
              {"placement": [None, placement.id], "week": [None, data.week_start],
               "days": [before.get("days"), data.days_present], "minutes": [before.get("minutes"), data.minutes],
               "signed_by": [before.get("signed_by"), row.signed_by]})
    uow.changed(LOGBOOK)
    return SavedWeek(row.id, row.version)


@dataclass(frozen=True)
class MissingRow:
    placement_id: int
    student_code: str
    learner: str
    missing: list[dt.date]
    unsigned: list[dt.date]


def logbook_missing(uow: UnitOfWork, on: dt.date | None = None, placement_id: int | None = None) -> list[MissingRow]:
    """Started placements with weeks over and not entered, or entered without the trainer's signature."""
    require(uow.actor, "dual.view")
    day = on or uow.clock.today()
    query = (select(DualPlacement, Learner).join(Learner, Learner.id == DualPlacement.learner_id)
             .where(DualPlacement.status.in_(STARTED), DualPlacement.start_date <= day)
             .order_by(Learner.student_code, DualPlacement.id))
    if placement_id is not None:
        query = query.where(DualPlacement.id == placement_id)
    placements = list(uow.session.execute(query))
    entered: dict[int, dict[dt.date, bool]] = {}
    ids = [p.id for p, _ in placements]
    for week in uow.session.scalars(select(DualLogbookWeek).where(DualLogbookWeek.placement_id.in_(ids))):
        entered.setdefault(week.placement_id, {})[week.week_start] = bool(week.signed_by)
    rows = []
    for p, learner in placements:
        states = week_states(p.start_date, last_day(p), entered.get(p.id, {}), day)
        missing = [s.week for s in states if s.state == "missing"]
        unsigned = [s.week for s in states if s.state == "unsigned"]
        if missing or unsigned:
            rows.append(MissingRow(p.id, learner.student_code, f"{learner.first_name_th} {learner.last_name_th}",
                                   missing, unsigned))
    return rows
