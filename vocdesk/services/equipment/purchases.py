"""Purchases against a grant: record, edit, delete; the grant row is locked and overspending refused."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.grants import DEFAULT_VAT_PERCENT, LineKind, format_baht, line_amounts, shortfall
from vocdesk.domain.thai_ids import is_valid_tax_id, normalize_tax_id
from vocdesk.errors import Conflict, NotFound, ValidationFailed
from vocdesk.persistence.models import FundingGrant, Location, Purchase, PurchaseLine, Vendor
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.equipment import ASSETS, GRANTS, PURCHASES
from vocdesk.services.equipment.assets import issue_assets, remove_line_assets, reprice_line_assets
from vocdesk.services.equipment.grants import balance_of, lock_grant, record_topup
from vocdesk.services.equipment.settings import category_by_code

MAX_ASSETS_PER_LINE = 5000


@dataclass(frozen=True)
class VendorInput:
    name: str
    tax_id: str
    address: str = ""


@dataclass(frozen=True)
class LineInput:
    """One line as typed; asset lines need a category code and a whole quantity. `line_id` keeps a line on edit."""

    kind: LineKind
    description: str
    quantity: Decimal
    unit_price: int
    vat_percent: Decimal = DEFAULT_VAT_PERCENT
    price_includes_vat: bool = False
    unit: str = ""
    category_code: str = ""
    location_id: int | None = None
    line_id: int | None = None


@dataclass(frozen=True)
class TopUp:
    """An explicit top-up recorded with the purchase by a user allowed to (`grants.topup`)."""

    amount: int
    reason: str
    reference_no: str = ""


@dataclass(frozen=True)
class PurchaseInput:
    grant_id: int
    purchase_date: dt.date
    vendor: VendorInput
    lines: tuple[LineInput, ...]
    order_no: str = ""
    invoice_no: str = ""
    receipt_no: str = ""
    note: str = ""


@dataclass(frozen=True)
class PurchaseResult:
    id: int
    grant_id: int
    total: int
    balance_after: int
    version: int
    asset_codes: list[str] = field(default_factory=list)


def _vendor(uow: UnitOfWork, data: VendorInput) -> int:
    if not data.name.strip():
        raise ValidationFailed("required", field="vendor.name")
    tax_id = normalize_tax_id(data.tax_id)
    if tax_id is None or not is_valid_tax_id(tax_id):
        raise ValidationFailed("tax_id_invalid", field="vendor.tax_id", value=data.tax_id)
    vendor = uow.session.scalars(select(Vendor).where(Vendor.tax_id == tax_id)).first()
    if vendor is None:
        vendor = Vendor(tax_id=tax_id, name=data.name.strip(), address=data.address.strip())
        uow.session.add(vendor)
        uow.session.flush()
        uow.audit("vendor.create", "vendor", vendor.id, {"tax_id": [None, tax_id], "name": [None, vendor.name]})
    elif vendor.name != data.name.strip():
        uow.audit("vendor.edit", "vendor", vendor.id, {"name": [vendor.name, data.name.strip()]})
        vendor.name = data.name.strip()
    return vendor.id


def _line_rows(session: Session, data: PurchaseInput) -> list[dict[str, object]]:
    """Validate every line (errors name the line number and field) and compute its amounts."""
    if not data.lines:
        raise ValidationFailed("purchase_no_lines", field="lines")
    rows: list[dict[str, object]] = []
    for number, line in enumerate(data.lines, start=1):
        if not line.description.strip():
            raise ValidationFailed("required", field="description", row=number)
        if line.quantity <= 0 or line.quantity != line.quantity.quantize(Decimal("0.001")):
            raise ValidationFailed("quantity_format", field="quantity", row=number, value=str(line.quantity))
        category_id = None
        if line.kind is LineKind.ASSET:
            if line.quantity != line.quantity.to_integral_value() or line.quantity > MAX_ASSETS_PER_LINE:
                raise ValidationFailed("asset_quantity_whole", field="quantity", row=number, value=str(line.quantity))
            if not line.category_code.strip():
                raise ValidationFailed("required", field="category", row=number)
            category_id = category_by_code(session, line.category_code).id
        if line.location_id is not None and session.get(Location, line.location_id) is None:
            raise NotFound(what="location", field="location_id", row=number)
        try:
            amounts = line_amounts(line.quantity, line.unit_price, line.vat_percent, line.price_includes_vat)
        except ValidationFailed as error:
            raise ValidationFailed(error.code, **(error.params | {"row": number})) from None
        rows.append({"line_no": number, "kind": line.kind.value, "description": line.description.strip(),
                     "category_id": category_id, "location_id": line.location_id,
                     "quantity_milli": int(line.quantity * 1000), "unit": line.unit.strip(),
                     "unit_price_satang": line.unit_price, "vat_basis_points": int(line.vat_percent * 100),
                     "price_includes_vat": line.price_includes_vat, "net_satang": amounts.net,
                     "vat_satang": amounts.vat, "total_satang": amounts.total, "line_id": line.line_id})
    return rows


def _check_header(session: Session, data: PurchaseInput) -> FundingGrant:
    grant = session.get(FundingGrant, data.grant_id)
    if grant is None:
        raise NotFound(what="grant", field="grant_id")
    if not grant.start_date <= data.purchase_date <= grant.end_date:
        raise ValidationFailed("purchase_outside_grant_period", field="purchase_date",
                               start=grant.start_date.isoformat(), end=grant.end_date.isoformat())
    return grant


def _ensure_fits(session: Session, grant_id: int, needed: int, released: int = 0) -> int:
    """Refuse when `needed` exceeds what the grant has left (plus `released`, this purchase's old total)."""
    _, _, balance = balance_of(session, grant_id)
    available = balance + released
    missing = shortfall(available, needed)
    if missing:
        raise ValidationFailed("grant_overspent", field="total", grant_id=grant_id, balance=format_baht(available),
                               needed=format_baht(needed), shortfall=format_baht(missing))
    return available - needed


def _header_values(data: PurchaseInput, vendor_id: int, total: int) -> dict[str, object]:
    return {"grant_id": data.grant_id, "vendor_id": vendor_id, "purchase_date": data.purchase_date,
            "order_no": data.order_no.strip(), "invoice_no": data.invoice_no.strip(),
            "receipt_no": data.receipt_no.strip(), "note": data.note.strip(), "total_satang": total}


def _insert_lines(uow: UnitOfWork, purchase: Purchase, rows: list[dict[str, object]]) -> list[str]:
    codes: list[str] = []
    for row in rows:
        values = {k: v for k, v in row.items() if k != "line_id"}
        line = PurchaseLine(purchase_id=purchase.id, **values)
        uow.session.add(line)
        uow.session.flush()
        if line.kind == LineKind.ASSET.value:
            codes += issue_assets(uow.session, purchase, line)
    return codes


def record_purchase(uow: UnitOfWork, data: PurchaseInput, topup: TopUp | None = None) -> PurchaseResult:
    """Record a purchase; refused with the shortfall named if it would overspend the grant."""
    require(uow.actor, "equipment.edit")
    _check_header(uow.session, data)
    rows = _line_rows(uow.session, data)
    total = sum(int(str(row["total_satang"])) for row in rows)
    lock_grant(uow.session, data.grant_id)
    if topup is not None:
        record_topup(uow, data.grant_id, topup.amount, topup.reason, topup.reference_no, data.purchase_date)
    balance_after = _ensure_fits(uow.session, data.grant_id, total)
    purchase = Purchase(**_header_values(data, _vendor(uow, data.vendor), total))
    uow.session.add(purchase)
    uow.session.flush()
    codes = _insert_lines(uow, purchase, rows)
    uow.audit("purchase.create", "purchase", purchase.id, {"grant_id": [None, data.grant_id], "total": [None, total],
                                                           "lines": [None, len(rows)], "assets": [None, len(codes)]})
    uow.changed(GRANTS, PURCHASES, *((ASSETS,) if codes else ()))
    return PurchaseResult(purchase.id, data.grant_id, total, balance_after, purchase.version, codes)


def _load(session: Session, purchase_id: int, expected_version: int) -> Purchase:
    purchase = session.get(Purchase, purchase_id)
    if purchase is None:
        raise NotFound(what="purchase", field="purchase_id", id=purchase_id)
    if purchase.version != expected_version:
        raise Conflict(detail=f"purchase {purchase_id} version {purchase.version} != {expected_version}")
    return purchase


def edit_purchase(uow: UnitOfWork, purchase_id: int, expected_version: int, data: PurchaseInput) -> PurchaseResult:
    """Replace a purchase's header and lines; kept asset lines keep their assets (repriced)."""
    require(uow.actor, "equipment.edit")
    purchase = _load(uow.session, purchase_id, expected_version)
    _check_header(uow.session, data)
    rows = _line_rows(uow.session, data)
    total = sum(int(str(row["total_satang"])) for row in rows)
    for grant_id in sorted({purchase.grant_id, data.grant_id}):
        lock_grant(uow.session, grant_id)
    released = purchase.total_satang if purchase.grant_id == data.grant_id else 0
    balance_after = _ensure_fits(uow.session, data.grant_id, total, released)
    old_lines = {line.id: line for line in uow.session.scalars(
        select(PurchaseLine).where(PurchaseLine.purchase_id == purchase_id))}
    kept: dict[int, dict[str, object]] = {}
    for row in rows:
        old = old_lines.get(int(str(row["line_id"]))) if row["line_id"] is not None else None
        if (old is not None and old.kind == row["kind"] == LineKind.ASSET.value
                and (old.quantity_milli, old.category_id) == (row["quantity_milli"], row["category_id"])):
            kept[old.id] = row
    remove_line_assets(uow.session, [line_id for line_id, line in old_lines.items()
                                     if line.kind == LineKind.ASSET.value and line_id not in kept])
    before = {"grant_id": purchase.grant_id, "total": purchase.total_satang}
    for key, value in _header_values(data, _vendor(uow, data.vendor), total).items():
        setattr(purchase, key, value)
    codes: list[str] = []
    for line_id, line in old_lines.items():
        if line_id in kept:
            for key, value in kept[line_id].items():
                if key != "line_id":
                    setattr(line, key, value)
            reprice_line_assets(uow.session, purchase, line)
        else:
            uow.session.delete(line)
    uow.session.flush()
    codes = _insert_lines(uow, purchase, [row for row in rows if row["line_id"] is None
                                          or int(str(row["line_id"])) not in kept])
    uow.session.flush()
    uow.audit("purchase.edit", "purchase", purchase_id, {"grant_id": [before["grant_id"], data.grant_id],
                                                         "total": [before["total"], total]})
    uow.changed(GRANTS, PURCHASES, ASSETS)
    return PurchaseResult(purchase.id, data.grant_id, total, balance_after, purchase.version, codes)


def delete_purchase(uow: UnitOfWork, purchase_id: int, expected_version: int) -> int:
    """Delete a purchase entered by mistake, with its untouched assets; returns the grant's new balance."""
    require(uow.actor, "equipment.edit")
    purchase = _load(uow.session, purchase_id, expected_version)
    lock_grant(uow.session, purchase.grant_id)
    lines = list(uow.session.scalars(select(PurchaseLine).where(PurchaseLine.purchase_id == purchase_id)))
    remove_line_assets(uow.session, [line.id for line in lines if line.kind == LineKind.ASSET.value])
    for line in lines:
        uow.session.delete(line)
    uow.session.flush()
    uow.session.delete(purchase)
    uow.session.flush()
    uow.audit("purchase.delete", "purchase", purchase_id, {"grant_id": [purchase.grant_id, None],
                                                           "total": [purchase.total_satang, None]})
    uow.changed(GRANTS, PURCHASES, ASSETS)
    return balance_of(uow.session, purchase.grant_id)[2]


@dataclass(frozen=True)
class PurchaseRow:
    id: int
    purchase_date: dt.date
    vendor_name: str
    vendor_tax_id: str
    order_no: str
    invoice_no: str
    total: int
    version: int


def list_purchases(session: Session, actor: Actor, grant_id: int) -> list[PurchaseRow]:
    require(actor, "equipment.view")
    query = (select(Purchase, Vendor).join(Vendor, Vendor.id == Purchase.vendor_id)
             .where(Purchase.grant_id == grant_id).order_by(Purchase.purchase_date, Purchase.id))
    return [PurchaseRow(p.id, p.purchase_date, v.name, v.tax_id, p.order_no, p.invoice_no, p.total_satang, p.version)
            for p, v in session.execute(query)]
