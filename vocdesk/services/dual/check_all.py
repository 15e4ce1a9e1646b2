"""Every rule for every placement at once (the findings list, benchmarks): a few set-based reads, then pure rules."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from vocdesk.domain.dual.facts import OtherPlacement, Period, PlacementFacts, Shift, Surroundings
from vocdesk.domain.dual.rules import check
from vocdesk.persistence.models import DualMou, DualPlacement, DualShift, DualTrainerCertificate, Learner
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.dual.facts import COUNTED
from vocdesk.services.dual.holidays import holidays_between
from vocdesk.services.dual.placements import FindingView, view
from vocdesk.services.dual.settings import closed_days, dual_settings


def check_all(uow: UnitOfWork, statuses: tuple[str, ...] = ("draft", "active")) -> dict[int, list[FindingView]]:
    """Findings by placement id for the placements in `statuses` (learners without a birth date are skipped)."""
    require(uow.actor, "dual.view")
    session = uow.session
    settings = dual_settings(session)
    listed = closed_days(session)
    p_, l_ = DualPlacement, Learner
    # Plain rows, not ORM objects: building 10,000 instances was most of the time (tests/bench/bench_dual.py).
    rows = list(session.execute(select(
        p_.id, p_.status, p_.trainer_id, p_.enterprise_id, p_.start_date, p_.end_date, p_.ended_on, p_.semesters,
        p_.hazard_tasks, p_.guardian_consent, p_.contract_date, p_.trains_on_holidays, l_.student_code, l_.level,
        l_.birth_date, l_.is_dual).join(l_, l_.id == p_.learner_id)))
    shifts: dict[int, list[Shift]] = defaultdict(list)
    for pid, weekday, start, end, pause in session.execute(select(
            DualShift.placement_id, DualShift.weekday, DualShift.start_time, DualShift.end_time,
            DualShift.break_minutes)):
        shifts[pid].append(Shift(weekday, start, end, pause))
    certificates: dict[int, list[Period]] = defaultdict(list)
    for c in session.scalars(select(DualTrainerCertificate)):
        certificates[c.trainer_id].append(Period(c.issued_on, c.valid_until))
    mous: dict[int, list[Period]] = defaultdict(list)
    for m in session.scalars(select(DualMou)):
        mous[m.enterprise_id].append(Period(m.start_date, m.end_date))
    by_trainer: dict[int, list[OtherPlacement]] = defaultdict(list)
    by_learner: dict[str, list[OtherPlacement]] = defaultdict(list)
    for p in rows:
        if p.status in COUNTED:
            end = p.ended_on if p.status == "ended" and p.ended_on else p.end_date
            other = OtherPlacement(p.id, p.student_code, p.trainer_id, Period(p.start_date, end),
                                   p.semesters if p.status != "ended" else 0)
            by_trainer[p.trainer_id].append(other)
            by_learner[p.student_code].append(other)
    found: dict[int, list[FindingView]] = {}
    for p in rows:
        if p.status not in statuses or p.birth_date is None:
            continue
        facts = PlacementFacts(p.student_code, p.level, p.birth_date, bool(p.is_dual),
                               p.enterprise_id, p.trainer_id, Period(p.start_date, p.end_date), p.semesters,
                               tuple(shifts.get(p.id, ())), tuple(t for t in p.hazard_tasks.split(",") if t),
                               p.guardian_consent, p.contract_date, p.id)
        others = {o.key: o for o in (*by_trainer.get(p.trainer_id, ()), *by_learner.get(p.student_code, ()))
                  if o.key != p.id}
        closed = listed | (holidays_between(session, p.start_date, p.end_date) if p.trains_on_holidays
                           else frozenset())
        around = Surroundings(tuple(certificates.get(p.trainer_id, ())), tuple(mous.get(p.enterprise_id, ())),
                              tuple(others.values()), closed)
        found[p.id] = [view(f) for f in check(facts, around, settings)]
    return found
