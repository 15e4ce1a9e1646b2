"""Excel exports of equipment lists: the asset register (re-imports as kind `equipment`), grants and purchases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.errors import VocDeskError
from vocdesk.io.excel_export import SheetColumn, SheetSpec, write_xlsx
from vocdesk.io.imports.equipment import CONDITION_NAMES, EQUIPMENT
from vocdesk.persistence.models import Purchase, PurchaseLine, Vendor
from vocdesk.services.core.context import Actor, AppContext, UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.equipment.assets import AssetRow, list_assets
from vocdesk.services.equipment.grants import list_grants

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class EquipmentExport:
    kind: str
    path: Path
    rows: int


def _baht(satang: int) -> float:
    """A number cell in baht; satang → float is exact to the two printed decimals for any realistic amount."""
    return float(Decimal(satang) / 100)


def _cells(row: AssetRow) -> list[Any]:
    return [row.code, row.name, row.category_code, row.model, row.serial_no, row.acquired_on, _baht(row.cost),
            row.funding_source, row.location_code, row.custodian, CONDITION_NAMES.get(row.condition, row.condition),
            row.warranty_until, _baht(row.cost - row.book_value), _baht(row.book_value)]


def _register_rows(session: Session, actor: Actor, as_of: dt.date, location_id: int | None,
                   grant_id: int | None, include_disposed: bool = False) -> Iterator[AssetRow]:
    after = ""
    while True:
        page: list[AssetRow] = list_assets(session, actor, as_of=as_of, location_id=location_id, grant_id=grant_id,
                                           include_disposed=include_disposed, after_code=after)
        if not page:
            return
        yield from page
        after = page[-1].code


def register_columns(as_of: dt.date) -> list[SheetColumn]:
    """The import's Thai headers (so the sheet re-imports) plus depreciation and book value at `as_of`."""
    columns = [SheetColumn(c.header_th, c.width, decimal=c.name == "cost") for c in EQUIPMENT.columns]
    return [*columns, SheetColumn(f"ค่าเสื่อมสะสม ณ {as_of.isoformat()}", 16, True),
            SheetColumn("มูลค่าสุทธิ", 14, True)]


def register_rows_for(session: Session, actor: Actor, ids: Sequence[int], as_of: dt.date) -> list[list[Any]]:
    """Register lines (disposed items too) for `ids`, in the order of `ids`; ids no longer there are skipped."""
    wanted = set(ids)
    found = {row.id: _cells(row) for row in _register_rows(session, actor, as_of, None, None, True)
             if row.id in wanted}
    return [found[asset_id] for asset_id in ids if asset_id in found]


def export_register(session: Session, actor: Actor, path: Path, as_of: dt.date, location_id: int | None = None,
                    grant_id: int | None = None, cancel: Callable[[], bool] | None = None) -> EquipmentExport:
    """The register with the import's Thai headers (so it re-imports) plus depreciation and book value at `as_of`."""
    require(actor, "export.data")
    require(actor, "equipment.view")
    rows = (_cells(row) for row in _register_rows(session, actor, as_of, location_id, grant_id))
    spec = SheetSpec(EQUIPMENT.title_th, register_columns(as_of), rows)
    return EquipmentExport("equipment", path, _write(path, [spec], cancel))


def export_grants(session: Session, actor: Actor, path: Path, fiscal_year: int | None = None,
                  cancel: Callable[[], bool] | None = None) -> EquipmentExport:
    """Two sheets: grants with amount, adjustments, committed and balance; every purchase line against them."""
    require(actor, "export.data")
    grants = list_grants(session, actor, fiscal_year)
    grant_sheet = SheetSpec("เงินอุดหนุน", [
        SheetColumn("เลขที่", 8), SheetColumn("สาขาวิชา", 28), SheetColumn("ปีงบประมาณ", 11),
        SheetColumn("แหล่งเงิน", 24), SheetColumn("เลขที่หนังสือ", 16), SheetColumn("วงเงิน", 15, True),
        SheetColumn("ปรับเพิ่ม/โอน", 15, True), SheetColumn("จัดซื้อแล้ว", 15, True),
        SheetColumn("คงเหลือ", 15, True)],
        [[g.id, g.programme_name, g.fiscal_year, g.source, g.reference_no, _baht(g.amount), _baht(g.adjustments),
          _baht(g.committed), _baht(g.balance)] for g in grants])
    ids = [g.id for g in grants]
    query = (select(Purchase, PurchaseLine, Vendor).join(PurchaseLine, PurchaseLine.purchase_id == Purchase.id)
             .join(Vendor, Vendor.id == Purchase.vendor_id).where(Purchase.grant_id.in_(ids))
             .order_by(Purchase.grant_id, Purchase.purchase_date, Purchase.id, PurchaseLine.line_no))
    line_sheet = SheetSpec("รายการจัดซื้อ", [
        SheetColumn("เงินอุดหนุน", 10), SheetColumn("วันที่", 12), SheetColumn("ผู้ขาย", 26),
        SheetColumn("เลขประจำตัวผู้เสียภาษี", 16), SheetColumn("ใบสั่งซื้อ", 14), SheetColumn("ใบกำกับภาษี", 14),
        SheetColumn("ประเภท", 11), SheetColumn("รายการ", 30), SheetColumn("จำนวน", 9, True),
        SheetColumn("ราคาต่อหน่วย", 13, True), SheetColumn("VAT %", 7, True), SheetColumn("ก่อนภาษี", 14, True),
        SheetColumn("ภาษี", 12, True), SheetColumn("รวม", 14, True)],
        ([p.grant_id, p.purchase_date, v.name, v.tax_id, p.order_no, p.invoice_no, line.kind, line.description,
          float(Decimal(line.quantity_milli) / 1000), _baht(line.unit_price_satang), line.vat_basis_points / 100,
          _baht(line.net_satang), _baht(line.vat_satang), _baht(line.total_satang)]
         for p, line, v in session.execute(query)))
    return EquipmentExport("grants", path, _write(path, [grant_sheet, line_sheet], cancel))


def _write(path: Path, sheets: list[SheetSpec], cancel: Callable[[], bool] | None) -> int:
    try:
        return write_xlsx(path, sheets, None, cancel)
    except OSError as exc:
        raise VocDeskError("export_target", path=str(path), detail=exc.strerror or str(exc)) from None


def record_equipment_export(uow: UnitOfWork, result: EquipmentExport) -> None:
    require(uow.actor, "export.data")
    uow.audit(f"{result.kind}.export", result.kind, result.path.name, {"rows": result.rows})


def run_equipment_export(ctx: AppContext, export: Callable[[Session], EquipmentExport]) -> EquipmentExport:
    """Write outside the write lock, then record who exported what in its own unit of work."""
    with ctx.db.read() as session:
        result = export(session)
    ctx.run(lambda uow: record_equipment_export(uow, result))
    return result
