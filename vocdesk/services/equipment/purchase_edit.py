"""A recorded purchase as the edit form shows it: its header and lines exactly as stored, with their line ids."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.grants import LineKind
from vocdesk.errors import NotFound
from vocdesk.persistence.models import AssetCategory, Purchase, PurchaseLine, Vendor
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require
from vocdesk.services.equipment.purchases import LineInput, PurchaseInput, VendorInput


def purchase_for_edit(session: Session, actor: Actor, purchase_id: int) -> tuple[PurchaseInput, int]:
    """The purchase as `edit_purchase` takes it, and the version the save must still find (editors only)."""
    require(actor, "equipment.edit")
    purchase = session.get(Purchase, purchase_id)
    if purchase is None:
        raise NotFound(what="purchase", field="purchase_id", id=purchase_id)
    vendor = session.get(Vendor, purchase.vendor_id)
    query = (select(PurchaseLine, AssetCategory.code).outerjoin(AssetCategory,
                                                                AssetCategory.id == PurchaseLine.category_id)
             .where(PurchaseLine.purchase_id == purchase_id).order_by(PurchaseLine.line_no))
    lines = tuple(LineInput(LineKind(line.kind), line.description, Decimal(line.quantity_milli) / 1000,
                            line.unit_price_satang, Decimal(line.vat_basis_points) / 100, line.price_includes_vat,
                            line.unit, category or "", line.location_id, line.id)
                  for line, category in session.execute(query))
    return PurchaseInput(purchase.grant_id, purchase.purchase_date,
                         VendorInput(vendor.name if vendor else "", vendor.tax_id if vendor else "",
                                     vendor.address if vendor else ""),
                         lines, purchase.order_no, purchase.invoice_no, purchase.receipt_no,
                         purchase.note), purchase.version
