"""A placement's logbook week by week, for the grid: what each week holds, can hold, and its state."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from vocdesk.domain.dual.logbook import training_days, week_states
from vocdesk.persistence.models import DualLogbookWeek, DualPlacement, Learner
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.dual.followup_common import STARTED, last_day, shifts_of, started_placement
from vocdesk.services.dual.logbook_tasks import stored_tasks
from vocdesk.services.dual.settings import closed_days


@dataclass(frozen=True)
class WeekRow:
    week: dt.date
    state: str
    """missing | unsigned | signed | open."""
    possible_days: int
    possible_minutes: int
    days_present: int | None
    minutes: int | None
    tasks: str
    signed_by: str
    version: int | None
    """The version to send back with a correction; None for a week not entered yet."""
    plan_tasks: tuple[tuple[int, int], ...] = ()
    """The training-plan sub-tasks done: (task id, minutes), by task id."""
    week_id: int | None = None
    """The entered week's record (what the logbook export takes); None for a week not entered yet."""


def logbook_weeks(uow: UnitOfWork, placement_id: int) -> list[WeekRow]:
    require(uow.actor, "dual.view")
    p = started_placement(uow.session, placement_id)
    first, last, today = p.start_date, last_day(p), uow.clock.today()
    shifts, closed = shifts_of(uow.session, p.id), closed_days(uow.session)
    rows = {w.week_start: w for w in uow.session.scalars(
        select(DualLogbookWeek).where(DualLogbookWeek.placement_id == p.id))}
    tasks = stored_tasks(uow.session, [r.id for r in rows.values()])
    found = []
    for state in week_states(first, last, {w: bool(r.signed_by) for w, r in rows.items()}, today):
        days = training_days(state.week, first, last, shifts, closed)
        row = rows.get(state.week)
        found.append(WeekRow(state.week, state.state, len(days), sum(m for _, m in days),
                             row.days_present if row else None, row.minutes if row else None,
                             row.tasks if row else "", row.signed_by if row else "", row.version if row else None,
                             tuple(tasks.get(row.id, ())) if row else (), row.id if row else None))
    return found


def started_choices(uow: UnitOfWork) -> list[tuple[int, str]]:
    """(placement id, "student code name") of every started placement, for a picker."""
    require(uow.actor, "dual.view")
    return [(p_id, f"{code} {first} {last}") for p_id, code, first, last in uow.session.execute(
        select(DualPlacement.id, Learner.student_code, Learner.first_name_th, Learner.last_name_th)
        .join(Learner, Learner.id == DualPlacement.learner_id).where(DualPlacement.status.in_(STARTED))
        .order_by(Learner.student_code, DualPlacement.id))]
