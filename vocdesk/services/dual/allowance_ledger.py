"""One placement's allowance month by month: what the contract says, what was reported paid, and the state."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from vocdesk.domain.dual.allowances import expected_satang, month_states, months_of
from vocdesk.persistence.models import DualAllowancePayment
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.dual.followup_common import last_day, shifts_of, started_placement
from vocdesk.services.dual.followup_settings import allowance_settings
from vocdesk.services.dual.settings import closed_days


@dataclass(frozen=True)
class LedgerRow:
    month: dt.date
    expected_satang: int
    paid_satang: int | None
    paid_on: dt.date | None
    reported_by: str
    state: str
    """paid | short | late | waiting."""
    version: int | None


def allowance_ledger(uow: UnitOfWork, placement_id: int) -> list[LedgerRow]:
    require(uow.actor, "dual.view")
    p = started_placement(uow.session, placement_id)
    first, last, shifts = p.start_date, last_day(p), shifts_of(uow.session, p.id)
    rate, closed = round(float(p.allowance) * 100), closed_days(uow.session)
    expected = {m: expected_satang(m, first, last, rate, p.allowance_per, shifts, closed)
                for m in months_of(first, last)}
    payments = {r.month: r for r in uow.session.scalars(
        select(DualAllowancePayment).where(DualAllowancePayment.placement_id == p.id))}
    states = month_states(first, last, expected, {m: r.amount_satang for m, r in payments.items()},
                          uow.clock.today(), allowance_settings(uow.session))
    rows = []
    for s in states:
        pay = payments.get(s.month)
        rows.append(LedgerRow(s.month, s.expected, s.paid, pay.paid_on if pay else None,
                              pay.reported_by if pay else "", s.state, pay.version if pay else None))
    return rows
