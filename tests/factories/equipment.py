"""Builders for equipment tests: rooms, grants, purchases and their lines, import files."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
from sqlalchemy import insert, select

from vocdesk.domain.grants import LineKind
from vocdesk.persistence.models import Programme
from vocdesk.services.core.context import AppContext
from vocdesk.services.equipment.grants import (
    GrantInput,
    create_grant,
    grant_summary,
)
from vocdesk.services.equipment.locations import LocationInput, save_location
from vocdesk.services.equipment.purchases import (
    LineInput,
    PurchaseInput,
    VendorInput,
)

VENDOR = VendorInput("บริษัท เครื่องมือช่าง จำกัด", "0105536000313")  # a juristic tax ID with a correct check digit


def add_programme(ctx: AppContext, major_code: str = "20101", name: str = "ช่างยนต์") -> int:
    with ctx.unit_of_work() as uow:
        uow.session.execute(insert(Programme), [{
            "level": "pvc", "type_name_th": "อุตสาหกรรม", "major_code": major_code, "major_name_th": name,
            "curriculum_year": 2567, "version": 1}])
        return int(uow.session.scalar(select(Programme.id).where(Programme.major_code == major_code)) or 0)


def add_grant(ctx: AppContext, amount: int = 150_000_000, programme_id: int | None = None) -> int:
    programme = programme_id if programme_id is not None else add_programme(ctx)
    data = GrantInput(programme, 2569, "สอศ. งบพัฒนาสาขาขาดแคลน", amount, dt.date(2025, 10, 1),
                      dt.date(2026, 9, 30), "ขส-2569/014", "เครื่องมือช่างยนต์ไฟฟ้า")
    confirmed = ("grant_below_band", "grant_above_band")
    summary, _ = ctx.run(lambda uow: create_grant(uow, data, confirmed))
    return summary.id


def consumable(total_baht: int, description: str = "ลวดเชื่อม") -> LineInput:
    return LineInput(LineKind.CONSUMABLE, description, Decimal(1), total_baht * 100, Decimal(0))


def asset_line(quantity: int, unit_baht: int, description: str = "เครื่องวิเคราะห์แบตเตอรี่") -> LineInput:
    return LineInput(LineKind.ASSET, description, Decimal(quantity), unit_baht * 100, Decimal(7),
                     category_code="3400-001")


def purchase(grant_id: int, *lines: LineInput, day: dt.date = dt.date(2026, 1, 15)) -> PurchaseInput:
    return PurchaseInput(grant_id, day, VENDOR, tuple(lines), order_no="PO-001", invoice_no="IV-77")


def balance(ctx: AppContext, grant_id: int) -> int:
    with ctx.db.read() as session:
        return grant_summary(session, ctx.actor, grant_id).balance


def add_room(ctx: AppContext, code: str, name: str = "ห้องปฏิบัติการ") -> int:
    return ctx.run(lambda uow: save_location(uow, LocationInput(code, name, kind="workshop")))[0]


HEADER = ["ใบสั่งซื้อ", "เงินอุดหนุน", "วันที่", "ผู้ขาย", "เลขประจำตัวผู้เสียภาษี", "ประเภท", "รายการ", "จำนวน",
          "ราคาต่อหน่วย", "VAT %", "รหัสประเภทครุภัณฑ์"]


TAX_ID = "0105536000313"


def write_csv(path: Path, rows: list[list[object]], extra: list[str] | None = None) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER + (extra or []))
        writer.writerows(rows)
    return path


def line(order: str, grant: object, kind: str, text: str, qty: object, price: object, vat: object = 7,
         category: str = "") -> list[object]:
    return [order, grant, "15/01/2569", "หจก. ช่างดี", TAX_ID, kind, text, qty, price, vat, category]


HEADERS = ["รหัสครุภัณฑ์", "ชื่อครุภัณฑ์", "ประเภท", "วันที่ได้มา", "ราคา", "แหล่งเงิน", "ห้อง", "สภาพ"]


def assets_workbook(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ทะเบียนครุภัณฑ์ วิทยาลัยเทคนิคตัวอย่าง"])  # a title row above the header, as offices do
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path
