"""Read-only queries for the Grants page: spending of a grant by line kind and by asset category, a purchase's lines."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.domain.programme_codes import code_and_name
from vocdesk.persistence.models import AssetCategory, FundingGrant, Location, Programme, Purchase, PurchaseLine
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require


@dataclass(frozen=True)
class GrantSpending:
    """Totals (satang, with VAT) of one grant's purchase lines: by kind, and asset lines by category."""

    by_kind: dict[str, int]
    by_category: list[tuple[str, int]]


def grant_spending(session: Session, actor: Actor, grant_id: int) -> GrantSpending:
    require(actor, "equipment.view")
    lines = (select(PurchaseLine.kind, func.sum(PurchaseLine.total_satang))
             .join(Purchase, Purchase.id == PurchaseLine.purchase_id).where(Purchase.grant_id == grant_id)
             .group_by(PurchaseLine.kind))
    by_kind = {"asset": 0, "consumable": 0, "service": 0}
    by_kind.update({kind: int(total or 0) for kind, total in session.execute(lines)})
    categories = (select(AssetCategory.name_th, func.sum(PurchaseLine.total_satang))
                  .join(Purchase, Purchase.id == PurchaseLine.purchase_id)
                  .join(AssetCategory, AssetCategory.id == PurchaseLine.category_id)
                  .where(Purchase.grant_id == grant_id, PurchaseLine.kind == "asset")
                  .group_by(AssetCategory.name_th).order_by(func.sum(PurchaseLine.total_satang).desc()))
    return GrantSpending(by_kind, [(name, int(total or 0)) for name, total in session.execute(categories)])


@dataclass(frozen=True)
class LineRow:
    """One purchase line as the detail shows it."""

    line_no: int
    kind: str
    description: str
    quantity_milli: int
    unit: str
    unit_price: int
    vat: int
    total: int
    category: str
    location: str


def purchase_lines(session: Session, actor: Actor, purchase_id: int) -> list[LineRow]:
    require(actor, "equipment.view")
    query = (select(PurchaseLine, AssetCategory.code, Location.code)
             .outerjoin(AssetCategory, AssetCategory.id == PurchaseLine.category_id)
             .outerjoin(Location, Location.id == PurchaseLine.location_id)
             .where(PurchaseLine.purchase_id == purchase_id).order_by(PurchaseLine.line_no))
    return [LineRow(line.line_no, line.kind, line.description, line.quantity_milli, line.unit,
                    line.unit_price_satang, line.vat_satang, line.total_satang, category or "", place or "")
            for line, category, place in session.execute(query)]


def programme_choices(session: Session, actor: Actor) -> list[tuple[int, str]]:
    """(id, 'code name') of every programme a grant may belong to."""
    require(actor, "equipment.view")
    return [(int(i), code_and_name(code, name)) for i, code, name in session.execute(
        select(Programme.id, Programme.major_code, Programme.major_name_th).order_by(Programme.major_code))]


def grant_count(session: Session, actor: Actor) -> int:
    require(actor, "equipment.view")
    return int(session.scalar(select(func.count()).select_from(FundingGrant)) or 0)
