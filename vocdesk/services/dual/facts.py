"""Reads what the placement rules need from the database (learners through the models, never their services)."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from vocdesk.domain.dual.facts import OtherPlacement, Period, PlacementFacts, Shift, Surroundings
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import DualMou, DualPlacement, DualShift, DualTrainerCertificate, Learner
from vocdesk.services.dual.holidays import holidays_between
from vocdesk.services.dual.settings import closed_days

COUNTED = ("active", "completed", "ended")
"""Placements that occupy the learner and the trainer (drafts are plans and occupy no one); an ended placement
counts up to the day it ended."""


def _period(p: DualPlacement) -> Period:
    end = p.ended_on if p.status == "ended" and p.ended_on else p.end_date
    return Period(p.start_date, end)


def placement_facts(session: Session, placement: DualPlacement) -> PlacementFacts:
    learner = session.get(Learner, placement.learner_id)
    if learner is None:
        raise NotFound(what=f"learner #{placement.learner_id}", field="learner_id")
    if learner.birth_date is None:
        raise ValidationFailed("dual.birth_date_required", field="birth_date", learner=learner.student_code)
    shifts = list(session.scalars(select(DualShift).where(DualShift.placement_id == placement.id)))
    return PlacementFacts(
        learner_code=learner.student_code, level=learner.level, birth_date=learner.birth_date,
        is_dual=bool(learner.is_dual), enterprise_id=placement.enterprise_id, trainer_id=placement.trainer_id,
        period=Period(placement.start_date, placement.end_date), semesters=placement.semesters,
        shifts=tuple(Shift(s.weekday, s.start_time, s.end_time, s.break_minutes) for s in shifts),
        hazard_tasks=tuple(t for t in placement.hazard_tasks.split(",") if t),
        guardian_consent=placement.guardian_consent, contract_date=placement.contract_date, key=placement.id)


def surroundings(session: Session, placement: DualPlacement) -> Surroundings:
    certs = session.scalars(select(DualTrainerCertificate).where(
        DualTrainerCertificate.trainer_id == placement.trainer_id))
    mous = session.scalars(select(DualMou).where(DualMou.enterprise_id == placement.enterprise_id))
    others = session.execute(
        select(DualPlacement, Learner.student_code).join(Learner, Learner.id == DualPlacement.learner_id)
        .where(DualPlacement.status.in_(COUNTED),
               or_(DualPlacement.trainer_id == placement.trainer_id,
                   DualPlacement.learner_id == placement.learner_id)))
    return Surroundings(
        certificates=tuple(Period(c.issued_on, c.valid_until) for c in certs),
        mous=tuple(Period(m.start_date, m.end_date) for m in mous),
        others=tuple(OtherPlacement(p.id, code, p.trainer_id, _period(p), p.semesters if p.status != "ended" else 0)
                     for p, code in others if p.id != placement.id),
        closed_days=closed_days(session) | (holidays_between(session, placement.start_date, placement.end_date)
                                            if placement.trains_on_holidays else frozenset()))

