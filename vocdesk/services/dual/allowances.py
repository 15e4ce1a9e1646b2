"""Allowances (เบี้ยเลี้ยง) as reported month by month, against the contract; the months late and who has stopped."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from vocdesk.domain.dual.allowances import expected_satang, month_start, month_states, months_of, stopped
from vocdesk.errors import Conflict, ValidationFailed
from vocdesk.persistence.models import DualAllowancePayment, DualPlacement, Learner
from vocdesk.services.core.conflicts import expect_version
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.dual import ALLOWANCES
from vocdesk.services.dual.followup_common import STARTED, last_day, shifts_of, started_placement
from vocdesk.services.dual.followup_settings import allowance_settings
from vocdesk.services.dual.settings import closed_days


@dataclass(frozen=True)
class PaymentInput:
    placement_id: int
    month: dt.date
    """Any day of the month paid for."""
    amount_satang: int
    paid_on: dt.date
    reported_by: str = ""


def record_payment(uow: UnitOfWork, data: PaymentInput, seen_version: int | None = None) -> int:
    """One month's payment as reported; a month already recorded by another PC is a Conflict, never a second row."""
    require(uow.actor, "dual.followup")
    placement = started_placement(uow.session, data.placement_id)
    month = month_start(data.month)
    if month not in months_of(placement.start_date, last_day(placement)):
        raise ValidationFailed("dual.month_outside", field="month", month=month.strftime("%Y-%m"),
                               start=placement.start_date, end=last_day(placement))
    if data.amount_satang < 0:
        raise ValidationFailed("dual.amount_invalid", field="amount", value=data.amount_satang / 100)
    existing = uow.session.scalars(select(DualAllowancePayment).where(
        DualAllowancePayment.placement_id == placement.id, DualAllowancePayment.month == month)).first()
    if existing is not None and seen_version is None:
        raise Conflict("dual.payment_exists", month=month.strftime("%Y-%m"), placement=placement.id)
    if existing is None and seen_version is not None:
        raise Conflict(detail=f"allowance {month} of placement #{placement.id} is gone")
    row = (expect_version(uow, DualAllowancePayment, existing.id, seen_version) if existing is not None
           and seen_version is not None else DualAllowancePayment(placement_id=placement.id, month=month))
    old = row.amount_satang if existing is not None else None
    row.amount_satang, row.paid_on, row.reported_by = data.amount_satang, data.paid_on, data.reported_by.strip()
    try:
        with uow.session.begin_nested():  # a savepoint: a failed insert leaves the transaction usable
            if existing is None:
                uow.session.add(row)
            uow.session.flush()
    except IntegrityError as error:  # another PC inserted the same month between our read and our write
        raise Conflict("dual.payment_exists", month=month.strftime("%Y-%m"), placement=placement.id) from error
    uow.audit("allowance.record", "dual_allowance_payment", row.id,
              {"placement": [None, placement.id], "month": [None, month], "amount_satang": [old, data.amount_satang],
               "paid_on": [None, data.paid_on], "reported_by": [None, row.reported_by]})
    uow.changed(ALLOWANCES)
    return row.id


@dataclass(frozen=True)
class LateRow:
    placement_id: int
    student_code: str
    learner: str
    late_months: list[str]
    """`2027-01` for each month due and not reported paid."""
    short_months: list[str]
    owed_satang: int
    stopped: bool


def late_allowances(uow: UnitOfWork, on: dt.date | None = None) -> list[LateRow]:
    """Started placements with an agreed allowance and months late or short; stopped ones first."""
    require(uow.actor, "dual.view")
    day, session = on or uow.clock.today(), uow.session
    settings, closed = allowance_settings(session), closed_days(session)
    placements = list(session.execute(
        select(DualPlacement, Learner).join(Learner, Learner.id == DualPlacement.learner_id)
        .where(DualPlacement.status.in_(STARTED), DualPlacement.allowance > 0, DualPlacement.start_date <= day)
        .order_by(Learner.student_code, DualPlacement.id)))
    paid: dict[int, dict[dt.date, int]] = {}
    for pay in session.scalars(select(DualAllowancePayment).where(
            DualAllowancePayment.placement_id.in_([p.id for p, _ in placements]))):
        paid.setdefault(pay.placement_id, {})[pay.month] = pay.amount_satang
    rows = []
    for p, learner in placements:
        first, last, shifts = p.start_date, last_day(p), shifts_of(session, p.id)
        rate = round(float(p.allowance) * 100)
        expected = {m: expected_satang(m, first, last, rate, p.allowance_per, shifts, closed)
                    for m in months_of(first, last)}
        states = month_states(first, last, expected, paid.get(p.id, {}), day, settings)
        late = [s for s in states if s.state in ("late", "short")]
        if late:
            rows.append(LateRow(p.id, learner.student_code, f"{learner.first_name_th} {learner.last_name_th}",
                                [s.month.strftime("%Y-%m") for s in late if s.state == "late"],
                                [s.month.strftime("%Y-%m") for s in late if s.state == "short"],
                                sum(s.expected - (s.paid or 0) for s in late), stopped(states, settings)))
    return sorted(rows, key=lambda r: not r.stopped)
