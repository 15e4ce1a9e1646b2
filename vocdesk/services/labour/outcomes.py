"""Graduate outcomes by hand: one graduate's answer in one survey round, saved, replaced or removed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from vocdesk.domain.labour.occupations import valid_code
from vocdesk.domain.labour.survey import ROUNDS, SALARY_TH, STATUS_CODES, WORKING
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import GraduateOutcome
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.labour import OUTCOMES
from vocdesk.services.labour.graduates import graduation_year

FIELDS = ("status", "in_field", "employer", "industry", "occupation", "occupation_title", "salary_band", "province",
          "evidence", "verified_by", "surveyed_on")


@dataclass(frozen=True)
class OutcomeInput:
    """What the survey records for one graduate and round; job details only for the working statuses."""

    learner_id: int
    round_months: int
    status: str
    in_field: bool = False
    employer: str = ""
    industry: str = ""
    occupation: str = ""
    occupation_title: str = ""
    salary_band: str = ""
    province: str = ""
    evidence: str = ""
    verified_by: str = ""
    surveyed_on: dt.date | None = None


def check_outcome(entry: OutcomeInput) -> None:
    """Domain checks shared by the entry grid and the import; raises ValidationFailed."""
    if entry.round_months not in ROUNDS:
        raise ValidationFailed("labour_outcome_round", value=entry.round_months)
    if entry.status not in STATUS_CODES:
        raise ValidationFailed("labour_outcome_status", value=entry.status)
    if entry.occupation and not valid_code("isco08", entry.occupation):
        raise ValidationFailed("labour_occupation_not_in_scheme", value=entry.occupation, scheme="ISCO-08")
    if entry.salary_band and entry.salary_band not in SALARY_TH:
        raise ValidationFailed("labour_outcome_salary", value=entry.salary_band)
    if entry.status not in WORKING and (entry.in_field or entry.employer or entry.salary_band):
        raise ValidationFailed("labour_outcome_not_working", status=entry.status)


def save_outcome(uow: UnitOfWork, entry: OutcomeInput, matched_by: str = "") -> bool:
    """Insert or replace the answer; returns True when something changed (the same answer again changes nothing)."""
    require(uow.actor, "labour.outcomes")
    check_outcome(entry)
    cohort = graduation_year(uow.session, entry.learner_id)
    if cohort is None:
        raise NotFound("labour_outcome_not_graduate", id=entry.learner_id)
    values = {name: getattr(entry, name) for name in FIELDS}
    old = uow.session.scalar(select(GraduateOutcome).where(GraduateOutcome.learner_id == entry.learner_id,
                                                           GraduateOutcome.round_months == entry.round_months))
    if old is None:
        uow.session.add(GraduateOutcome(learner_id=entry.learner_id, round_months=entry.round_months,
                                        cohort_year=cohort, matched_by=matched_by, **values))
        before: dict[str, object] = {}
    else:
        before = {name: getattr(old, name) for name in FIELDS if getattr(old, name) != values[name]}
        if not before:
            return False
        for name in before:
            setattr(old, name, values[name])
        old.cohort_year = cohort
    uow.audit("outcome.save", "learner", entry.learner_id,
              {"round": entry.round_months, **{k: [before.get(k), values[k]] for k in (before or values)}})
    uow.changed(OUTCOMES)
    return True


def delete_outcome(uow: UnitOfWork, learner_id: int, round_months: int) -> None:
    require(uow.actor, "labour.outcomes")
    old = uow.session.scalar(select(GraduateOutcome).where(GraduateOutcome.learner_id == learner_id,
                                                           GraduateOutcome.round_months == round_months))
    if old is None:
        raise NotFound("labour_outcome_not_found", id=learner_id, round=round_months)
    uow.audit("outcome.delete", "learner", learner_id,
              {"round": round_months, "status": [old.status, None]})
    uow.session.delete(old)
    uow.changed(OUTCOMES)


