"""Read models for reports: a grant's statement (every baht in and out) and how its equipment was used."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from vocdesk.persistence.models import Asset, EquipmentUsage, GrantAdjustment, Purchase, PurchaseLine, Vendor
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require
from vocdesk.services.equipment.grants import GrantSummary, grant_summary


@dataclass(frozen=True)
class StatementLine:
    """One purchase line (or a top-up/transfer, with `kind` saying which), amounts in satang."""

    day: dt.date
    kind: str  # asset | consumable | service | topup | transfer_in | transfer_out
    description: str
    vendor: str
    documents: str
    quantity: Decimal
    unit_price: int
    net: int
    vat: int
    total: int  # drawn (+) for purchases; money in (+) or out (−) for adjustments
    balance_after: int


@dataclass(frozen=True)
class GrantStatement:
    summary: GrantSummary
    lines: list[StatementLine]


def grant_statement(session: Session, actor: Actor, grant_id: int) -> GrantStatement:
    """Every movement of one grant in date order, with the balance after each: the base of the printed statement."""
    summary = grant_summary(session, actor, grant_id)
    events: list[tuple[dt.date, int, StatementLine]] = []
    for adj in session.scalars(select(GrantAdjustment).where(GrantAdjustment.grant_id == grant_id)):
        text = f"{adj.reason} {adj.reference_no}".strip()
        events.append((adj.recorded_on, 0, StatementLine(adj.recorded_on, adj.kind, text, "", adj.reference_no,
                                                         Decimal(1), adj.amount_satang, adj.amount_satang, 0,
                                                         adj.amount_satang, 0)))
    query = (select(Purchase, PurchaseLine, Vendor.name).join(PurchaseLine, PurchaseLine.purchase_id == Purchase.id)
             .join(Vendor, Vendor.id == Purchase.vendor_id).where(Purchase.grant_id == grant_id)
             .order_by(Purchase.purchase_date, Purchase.id, PurchaseLine.line_no))
    for purchase, line, vendor in session.execute(query):
        documents = " / ".join(n for n in (purchase.order_no, purchase.invoice_no, purchase.receipt_no) if n)
        events.append((purchase.purchase_date, 1, StatementLine(
            purchase.purchase_date, line.kind, line.description, vendor, documents,
            Decimal(line.quantity_milli) / 1000, line.unit_price_satang, line.net_satang, line.vat_satang,
            line.total_satang, 0)))
    balance = summary.amount
    lines: list[StatementLine] = []
    for _, _, event in sorted(events, key=lambda item: (item[0], item[1])):
        is_purchase = event.kind in ("asset", "consumable", "service")
        balance += -event.total if is_purchase else event.total
        lines.append(StatementLine(**{**event.__dict__, "balance_after": balance}))
    return GrantStatement(summary, lines)


@dataclass(frozen=True)
class UsageRow:
    """Hours one grant-funded item was used in a period, by purpose."""

    code: str
    name: str
    cost: int
    teaching_hours: Decimal
    short_course_hours: Decimal
    other_hours: Decimal
    last_used: dt.date | None


def grant_usage(session: Session, actor: Actor, grant_id: int, first: dt.date, last: dt.date) -> list[UsageRow]:
    """For every item bought from the grant: hours of teaching, short courses and other use between two dates."""
    require(actor, "equipment.view")

    def minutes(purpose: str) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((EquipmentUsage.purpose == purpose, EquipmentUsage.minutes), else_=0)), 0)

    usage = (select(EquipmentUsage.asset_id, minutes("teaching").label("teach"),
                    minutes("short_course").label("short"), minutes("other").label("other"),
                    func.max(EquipmentUsage.used_on).label("last"))
             .where(EquipmentUsage.used_on.between(first, last)).group_by(EquipmentUsage.asset_id).subquery())
    query = (select(Asset.code, Asset.name, Asset.cost_satang, usage.c.teach, usage.c.short, usage.c.other,
                    usage.c.last)
             .outerjoin(usage, usage.c.asset_id == Asset.id).where(Asset.grant_id == grant_id).order_by(Asset.code))
    return [UsageRow(code, name, cost, Decimal(teach or 0) / 60, Decimal(short or 0) / 60, Decimal(other or 0) / 60,
                     last_used)
            for code, name, cost, teach, short, other, last_used in session.execute(query)]
