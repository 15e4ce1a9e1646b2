"""The dual learners' early warning: each started placement's signals on a day, at-risk ones first, explained."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from vocdesk.domain.dual.logbook import training_days
from vocdesk.domain.dual.risk import DualRiskFacts, DualRiskSettings, assess_dual
from vocdesk.domain.risk import FiredRule
from vocdesk.errors import VocDeskError
from vocdesk.persistence.models import DualLogbookWeek, DualPlacement, DualVisit, Learner
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.dual.allowances import late_allowances
from vocdesk.services.dual.followup_common import STARTED, last_day, semester_of, shifts_of
from vocdesk.services.dual.followup_settings import risk_settings as settings_of
from vocdesk.services.dual.logbook import logbook_missing
from vocdesk.services.dual.placements import findings_of
from vocdesk.services.dual.settings import closed_days
from vocdesk.services.dual.visits_due import visits_due


@dataclass(frozen=True)
class RiskRow:
    placement_id: int
    student_code: str
    learner: str
    level: str
    """none | watch | high."""
    score: int
    signals: list[FiredRule]
    actions: list[str]
    """What the college has done: the follow-up actions of the semester's visits, newest first."""


def risk_settings(uow: UnitOfWork) -> DualRiskSettings:
    """The weights and thresholds of setting `dual.risk` over their defaults."""
    return settings_of(uow.session)


def _absences(uow: UnitOfWork, placement: DualPlacement) -> int:
    shifts, closed = shifts_of(uow.session, placement.id), closed_days(uow.session)
    weeks = uow.session.scalars(select(DualLogbookWeek).where(DualLogbookWeek.placement_id == placement.id))
    return sum(max(len(training_days(w.week_start, placement.start_date, last_day(placement), shifts, closed))
                   - w.days_present, 0) for w in weeks)


def _minor_findings(uow: UnitOfWork, placement: DualPlacement) -> tuple[str, ...]:
    try:
        return tuple(sorted({f.code for f in findings_of(uow, placement) if f.code.startswith("dual.minor")}))
    except VocDeskError:  # e.g. no birth date: the placement rules say so on the placement itself
        return ()


def dual_risk(uow: UnitOfWork, on: dt.date | None = None, include_calm: bool = False) -> list[RiskRow]:
    require(uow.actor, "dual.view")
    day = on or uow.clock.today()
    semester = str(semester_of(uow.session, day))
    due = {r.placement_id: r for r in visits_due(uow, semester, day)}
    missing = {r.placement_id: len(r.missing) for r in logbook_missing(uow, day)}
    stopped = {r.placement_id for r in late_allowances(uow, day) if r.stopped}
    visits: dict[int, list[DualVisit]] = defaultdict(list)
    for v in uow.session.scalars(select(DualVisit).order_by(DualVisit.visited_on.desc(), DualVisit.id.desc())):
        if v.visited_on <= day:
            visits[v.placement_id].append(v)
    settings, rows = risk_settings(uow), []
    for p, learner in uow.session.execute(
            select(DualPlacement, Learner).join(Learner, Learner.id == DualPlacement.learner_id)
            .where(DualPlacement.status.in_(STARTED), DualPlacement.start_date <= day)
            .order_by(Learner.student_code, DualPlacement.id)):
        if last_day(p) < day and p.status != "active":
            continue
        plan = due.get(p.id)
        facts = DualRiskFacts(plan.done if plan else 0, plan.expected_by_now if plan else 0, missing.get(p.id, 0),
                              _absences(uow, p), p.id in stopped, visits[p.id][0].state if visits[p.id] else None,
                              _minor_findings(uow, p), learner.gpax)
        risk = assess_dual(facts, settings)
        if risk.score or include_calm:
            rows.append(RiskRow(p.id, learner.student_code, f"{learner.first_name_th} {learner.last_name_th}",
                                risk.level.name.lower(), risk.score, list(risk.rules),
                                [v.follow_up for v in visits[p.id] if v.follow_up and v.semester == semester]))
    return sorted(rows, key=lambda r: (-r.score, r.student_code))
