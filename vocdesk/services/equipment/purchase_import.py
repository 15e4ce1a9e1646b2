"""The `purchases` import kind: procurement lines from Excel, grouped by order number, bought through the service."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.domain.grants import DEFAULT_VAT_PERCENT, LineKind, format_baht, line_amounts
from vocdesk.domain.thai_ids import is_valid_tax_id
from vocdesk.io.imports import CancelCheck, ParsedFile, ParsedRow
from vocdesk.io.imports.equipment import PURCHASES
from vocdesk.io.imports.findings import Finding, error
from vocdesk.persistence.models import AssetCategory, FundingGrant, Location, Purchase
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.equipment import ASSETS, GRANTS
from vocdesk.services.equipment import PURCHASES as PURCHASES_CHANGED
from vocdesk.services.equipment.grants import balance_of
from vocdesk.services.equipment.purchases import LineInput, PurchaseInput, VendorInput, record_purchase
from vocdesk.services.equipment.settings import ensure_default_categories
from vocdesk.services.kinds.imports import ImportPlan, RowChange


@dataclass
class _Order:
    """The rows of one order number against one grant: one purchase."""

    grant_id: int
    rows: list[ParsedRow] = field(default_factory=list)
    lines: list[LineInput] = field(default_factory=list)


class PurchaseImport:
    """The ImportKind for procurement lines; a file may hold several orders, each becomes one purchase."""

    declaration = PURCHASES
    permission = "equipment.edit"
    changes = (GRANTS, PURCHASES_CHANGED, ASSETS)

    def plan(self, session: Session, parsed: ParsedFile, uow: UnitOfWork) -> ImportPlan:
        ensure_default_categories(session)
        plan = ImportPlan()
        bad = {f.row for f in parsed.findings if f.is_error}
        orders = _orders(session, parsed, plan.findings, bad)
        available: dict[int, int] = {}
        for order_no, order in orders.items():
            rows = [row.row for row in order.rows]
            if bad.intersection(rows):
                plan.findings += [error(r, "orderNo", "import_order_incomplete", order=order_no)
                                  for r in rows if r not in bad]
                bad.update(rows)
                continue
            if order.grant_id not in available:
                available[order.grant_id] = balance_of(session, order.grant_id)[2]
            total = sum(line_amounts(x.quantity, x.unit_price, x.vat_percent, x.price_includes_vat).total
                        for x in order.lines)
            if total > available[order.grant_id]:
                plan.findings += [error(r, "unitPrice", "import_grant_overspent", order=order_no,
                                        balance=format_baht(available[order.grant_id]), needed=format_baht(total),
                                        shortfall=format_baht(total - available[order.grant_id])) for r in rows]
                bad.update(rows)
                continue
            available[order.grant_id] -= total
            first = order.rows[0]
            for row in order.rows:  # every line is shown; the order's first row carries the purchase
                plan.changes[row.row] = RowChange(row.row, order_no, "insert",
                                                  {"order_total": ("", format_baht(total))})
            plan.payload[first.row] = _purchase(order_no, order, first)
        return plan

    def write(self, uow: UnitOfWork, parsed: ParsedFile, plan: ImportPlan, rows: list[int],
              cancel: CancelCheck | None) -> tuple[int, int]:
        purchases = 0
        for row in rows:
            if cancel is not None and cancel():
                break
            if row in plan.payload:
                record_purchase(uow, plan.payload[row])  # locks the grant and re-checks the balance
                purchases += 1
        uow.audit("purchase.import", "purchase", parsed.path.name, {"purchases": purchases, "lines": len(rows)})
        uow.changed(GRANTS, ASSETS)
        return len(rows), 0


def _purchase(order_no: str, order: _Order, first: ParsedRow) -> PurchaseInput:
    values = first.values
    return PurchaseInput(order.grant_id, values["purchaseDate"],
                         VendorInput(values["vendorName"], values["vendorTaxId"]), tuple(order.lines),
                         order_no, values.get("invoiceNo", ""), values.get("receiptNo", ""))


def _orders(session: Session, parsed: ParsedFile, findings: list[Finding], bad: set[int]) -> dict[str, _Order]:
    grants = {str(g.id): g.id for g in session.scalars(select(FundingGrant))}
    grants.update({g.reference_no: g.id for g in session.scalars(select(FundingGrant)) if g.reference_no})
    categories = dict(session.execute(select(AssetCategory.code, AssetCategory.id)).all())
    locations = dict(session.execute(select(Location.code, Location.id)).all())
    recorded = {(p.grant_id, p.order_no) for p in session.scalars(select(Purchase).where(Purchase.order_no != ""))}
    orders: dict[str, _Order] = {}
    headers: dict[str, tuple[object, ...]] = {}
    problems: defaultdict[int, list[Finding]] = defaultdict(list)
    for row in parsed.rows:
        values, number = row.values, row.row
        if "orderNo" not in values or "grant" not in values:
            continue
        grant_id = grants.get(values["grant"])
        if grant_id is None:
            problems[number].append(error(number, "grant", "import_grant_unknown", value=values["grant"]))
            continue
        order_no = values["orderNo"]
        if (grant_id, order_no) in recorded:
            problems[number].append(error(number, "orderNo", "import_order_recorded", order=order_no))
        header = tuple(values.get(k) for k in ("grant", "purchaseDate", "vendorName", "vendorTaxId"))
        if headers.setdefault(order_no, header) != header:
            problems[number].append(error(number, "orderNo", "import_order_mixed", order=order_no))
        if "vendorTaxId" in values and not is_valid_tax_id(values["vendorTaxId"]):
            problems[number].append(error(number, "vendorTaxId", "tax_id_invalid", value=values["vendorTaxId"]))
        kind = LineKind(values.get("lineKind", "consumable"))
        category = values.get("categoryCode", "")
        if kind is LineKind.ASSET:
            quantity = Decimal(values.get("quantity", "1"))
            if quantity != quantity.to_integral_value():
                problems[number].append(error(number, "quantity", "asset_quantity_whole", row=number,
                                              value=values.get("quantity")))
            if category not in categories:
                problems[number].append(error(number, "categoryCode", "import_category_unknown", value=category))
        location = values.get("locationCode", "").upper()
        if location and location not in locations:
            problems[number].append(error(number, "locationCode", "import_location_unknown", value=location))
        order = orders.setdefault(order_no, _Order(grant_id))
        order.rows.append(row)
        if "quantity" in values and "unitPrice" in values and "description" in values:
            order.lines.append(LineInput(
                kind, values["description"], Decimal(values["quantity"]), values["unitPrice"],
                Decimal(values.get("vatPercent", DEFAULT_VAT_PERCENT)), values.get("priceIncludesVat") == "yes",
                category_code=category if kind is LineKind.ASSET else "", location_id=locations.get(location)))
    for number, found in problems.items():
        findings += found
        bad.add(number)
    return orders
