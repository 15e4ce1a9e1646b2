"""The facts of an enterprise's tax evidence pack for one tax year, as recorded: MOUs, learners, hours, allowances."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from vocdesk.domain.dual.allowances import month_start
from vocdesk.domain.dual.supervision import overlap
from vocdesk.domain.thai_dates import BE_OFFSET
from vocdesk.errors import NotFound
from vocdesk.persistence.models import (
    DualAllowancePayment,
    DualLogbookWeek,
    DualMou,
    DualPlacement,
    DualTrainer,
    DualTrainerCertificate,
    Enterprise,
    Learner,
)
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.dual.followup_common import STARTED, last_day
from vocdesk.services.dual.followup_settings import tax_items


@dataclass(frozen=True)
class LearnerPeriod:
    student_code: str
    learner: str
    start: dt.date
    end: dt.date
    """The placement's days inside the tax year."""
    hours: float
    """Hours in the logbook weeks starting inside the period, as reported."""
    allowance_satang: int
    trainer: str
    elsewhere: list[str]
    """Other enterprises' tax IDs with a placement of the same learner overlapping this period."""


@dataclass(frozen=True)
class TaxEvidence:
    tax_id: str
    enterprise: str
    year_be: int
    mous: list[tuple[str, dt.date | None, dt.date, dt.date | None]]
    learners: list[LearnerPeriod]
    trainers: list[tuple[str, str, dt.date, dt.date]]
    items: list[str]


def tax_year(year_be: int) -> tuple[dt.date, dt.date]:
    """A company's tax year taken as the calendar year (the usual accounting period; another one is [U])."""
    year = year_be - BE_OFFSET
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def tax_evidence(uow: UnitOfWork, tax_id: str, year_be: int) -> TaxEvidence:
    session, year = uow.session, tax_year(year_be)
    enterprise = session.scalars(select(Enterprise).where(Enterprise.tax_id == tax_id.strip())).first()
    if enterprise is None:
        raise NotFound(what=f"enterprise {tax_id}", field="enterprise")
    mous = [(m.number, m.signed_on, m.start_date, m.end_date) for m in session.scalars(
        select(DualMou).where(DualMou.enterprise_id == enterprise.id).order_by(DualMou.start_date))
        if overlap((m.start_date, m.end_date or dt.date.max), year)]
    learners, trainer_ids = [], set()
    for p, learner, trainer in session.execute(
            select(DualPlacement, Learner, DualTrainer.name).join(Learner, Learner.id == DualPlacement.learner_id)
            .join(DualTrainer, DualTrainer.id == DualPlacement.trainer_id)
            .where(DualPlacement.enterprise_id == enterprise.id, DualPlacement.status.in_(STARTED))
            .order_by(Learner.student_code, DualPlacement.start_date)):
        shared = overlap((p.start_date, last_day(p)), year)
        if shared is None:
            continue
        trainer_ids.add(p.trainer_id)
        minutes = session.scalar(select(func.coalesce(func.sum(DualLogbookWeek.minutes), 0)).where(
            DualLogbookWeek.placement_id == p.id, DualLogbookWeek.week_start.between(*shared))) or 0
        paid = session.scalar(select(func.coalesce(func.sum(DualAllowancePayment.amount_satang), 0)).where(
            DualAllowancePayment.placement_id == p.id,
            DualAllowancePayment.month.between(month_start(shared[0]), shared[1]))) or 0
        others = session.execute(select(Enterprise.tax_id, DualPlacement).join(
            Enterprise, Enterprise.id == DualPlacement.enterprise_id).where(
            DualPlacement.learner_id == p.learner_id, DualPlacement.enterprise_id != enterprise.id,
            DualPlacement.status.in_(STARTED)))
        elsewhere = sorted({t or "-" for t, o in others if overlap((o.start_date, last_day(o)), shared)})
        learners.append(LearnerPeriod(learner.student_code, f"{learner.first_name_th} {learner.last_name_th}",
                                      shared[0], shared[1], round(int(minutes) / 60, 2), int(paid), trainer,
                                      elsewhere))
    trainers = [(t.name, c.number, c.issued_on, c.valid_until) for t, c in session.execute(
        select(DualTrainer, DualTrainerCertificate).join(DualTrainerCertificate,
                                                         DualTrainerCertificate.trainer_id == DualTrainer.id)
        .where(DualTrainer.id.in_(trainer_ids)).order_by(DualTrainer.name, DualTrainerCertificate.issued_on))]
    items = tax_items(session)
    return TaxEvidence(tax_id.strip(), enterprise.name_th, year_be, mous, learners, trainers, items)
