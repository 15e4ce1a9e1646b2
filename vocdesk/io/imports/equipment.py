"""Import declarations: `equipment` (an asset register kept in Excel) and `purchases` (procurement lines)."""

from __future__ import annotations

import math
from typing import Any

from vocdesk.domain.equipment import Condition, normalize_asset_code
from vocdesk.domain.grants import parse_baht, parse_quantity
from vocdesk.domain.thai_ids import to_ascii_digits
from vocdesk.errors import ValidationFailed
from vocdesk.io.imports import cleaners as c
from vocdesk.io.imports.declaration import Column, Declaration
from vocdesk.io.imports.findings import CellProblem

CONDITION_NAMES: dict[str, str] = {Condition.GOOD.value: "ดี", Condition.FAIR.value: "พอใช้",
                                   Condition.DAMAGED.value: "ชำรุด", Condition.IN_REPAIR.value: "ส่งซ่อม",
                                   Condition.UNUSABLE.value: "ใช้การไม่ได้"}
_CONDITION_SPELLINGS = {**{name: code for code, name in CONDITION_NAMES.items()},
                        **{code: code for code in CONDITION_NAMES},
                        "ใช้งานได้": "good", "ปกติ": "good", "ชำรุดรอซ่อม": "in_repair", "รอซ่อม": "in_repair",
                        "เสีย": "damaged", "ใช้ไม่ได้": "unusable", "รอจำหน่าย": "unusable"}
MAX_COST_BAHT = 1_000_000_000


def asset_code(value: Any, warnings: c.Warnings) -> str:
    """A code as labelled on the item: Thai digits to ASCII, trimmed, upper case; refused when Excel ate digits."""
    text = normalize_asset_code(c.text_of(value))
    if len(text) > 60:
        raise CellProblem("import_too_long", value=text[:40], max=60)
    return text


def baht(value: Any, warnings: c.Warnings) -> int:
    """Baht as typed or as a number cell → integer satang; more than two decimals is an error, not rounded away."""
    if isinstance(value, bool):
        raise CellProblem("import_number_invalid", value=c.text_of(value))
    if isinstance(value, float):
        satang = value * 100
        if not math.isfinite(satang) or abs(satang - round(satang)) > 1e-6:
            raise CellProblem("import_number_invalid", value=c.text_of(value))
        result = round(satang)
    else:
        try:
            result = parse_baht(c.text_of(value))
        except ValidationFailed:
            raise CellProblem("import_number_invalid", value=c.text_of(value)) from None
    if not 0 <= result <= MAX_COST_BAHT * 100:
        raise CellProblem("import_number_range", value=c.text_of(value), minimum=0, maximum=MAX_COST_BAHT)
    return result


EQUIPMENT = Declaration(
    kind="equipment",
    title_th="ทะเบียนครุภัณฑ์",
    key="assetCode",
    columns=(
        Column("assetCode", "รหัสครุภัณฑ์", asset_code, ("หมายเลขครุภัณฑ์", "เลขครุภัณฑ์", "รหัสทรัพย์สิน", "asset code"),
               required=True, unique=True, width=20),
        Column("assetName", "รายการ", c.text(300), ("ชื่อครุภัณฑ์", "รายการครุภัณฑ์", "ชื่อทรัพย์สิน", "name"),
               required=True, width=30),
        Column("categoryCode", "ประเภท", c.code(30), ("รหัสประเภท", "ประเภทครุภัณฑ์", "หมวด", "category"),
               required=True, width=11),
        Column("model", "ยี่ห้อ/รุ่น", c.text(120), ("ยี่ห้อ", "รุ่น", "model"), width=16),
        Column("serialNo", "หมายเลขเครื่อง", c.text(120), ("เลขเครื่อง", "serial", "serial no"), width=16),
        Column("acquiredOn", "วันที่ได้มา", c.date, ("วันที่ซื้อ", "วันที่รับ", "วันที่ได้รับ", "acquired"),
               required=True, width=12),
        Column("cost", "ราคาทุน", baht, ("ราคา", "ราคาต่อหน่วย", "มูลค่า", "cost"), required=True, width=13),
        Column("fundingSource", "แหล่งเงิน", c.text(200), ("แหล่งงบประมาณ", "ประเภทเงิน", "funding"), width=18),
        Column("locationCode", "สถานที่ตั้ง", c.code(30), ("รหัสห้อง", "ห้อง", "ที่ตั้ง", "location"), width=12),
        Column("custodian", "ผู้รับผิดชอบ", c.text(200), ("ผู้ดูแล", "custodian"), width=18),
        Column("condition", "สภาพ", c.choice(_CONDITION_SPELLINGS, ", ".join(CONDITION_NAMES.values())),
               ("สภาพครุภัณฑ์", "condition"), width=10),
        Column("warrantyUntil", "สิ้นสุดประกัน", c.date, ("วันหมดประกัน", "warranty"), width=12),
    ),
)


def quantity(value: Any, warnings: c.Warnings) -> str:
    """A positive quantity with at most three decimals, kept as exact text (never a float)."""
    text = repr(value) if isinstance(value, float) else to_ascii_digits(c.text_of(value)).replace(",", "")
    try:
        return str(parse_quantity(text))
    except ValidationFailed:
        raise CellProblem("import_number_invalid", value=c.text_of(value)) from None


def vat_percent(value: Any, warnings: c.Warnings) -> str:
    text = to_ascii_digits(c.text_of(value)).replace("%", "").strip()
    try:
        number = float(text)
    except ValueError:
        raise CellProblem("import_number_invalid", value=c.text_of(value)) from None
    if not 0 <= number < 100:
        raise CellProblem("import_number_range", value=c.text_of(value), minimum=0, maximum=99)
    return text


LINE_KINDS = {"asset": "ครุภัณฑ์", "consumable": "วัสดุ", "service": "ค่าบริการ"}
_KIND_SPELLINGS = {**{name: code for code, name in LINE_KINDS.items()}, **{code: code for code in LINE_KINDS},
                   "วัสดุสิ้นเปลือง": "consumable", "บริการ": "service", "ค่าจ้าง": "service", "จ้างเหมา": "service"}
_YES = {"ใช่": "yes", "รวม": "yes", "yes": "yes", "y": "yes", "1": "yes", "true": "yes",
        "ไม่": "no", "ไม่รวม": "no", "no": "no", "n": "no", "0": "no", "false": "no"}

PURCHASES = Declaration(
    kind="purchases",
    title_th="รายการจัดซื้อ",
    key="orderNo",
    columns=(
        Column("orderNo", "ใบสั่งซื้อ", c.text(60), ("เลขที่ใบสั่งซื้อ", "เลขที่สัญญา", "order no", "po"), required=True,
               width=14),
        Column("grant", "เงินอุดหนุน", c.code(60), ("เลขที่เงินอุดหนุน", "grant"), required=True, width=10),
        Column("purchaseDate", "วันที่", c.date, ("วันที่จัดซื้อ", "วันที่ซื้อ", "date"), required=True, width=12),
        Column("vendorName", "ผู้ขาย", c.text(200), ("ชื่อผู้ขาย", "ร้านค้า", "vendor"), required=True, width=26),
        Column("vendorTaxId", "เลขประจำตัวผู้เสียภาษี", c.code(20), ("เลขผู้เสียภาษี", "tax id"), required=True, width=16),
        Column("invoiceNo", "ใบกำกับภาษี", c.text(60), ("เลขที่ใบกำกับภาษี", "invoice"), width=14),
        Column("receiptNo", "ใบเสร็จ", c.text(60), ("เลขที่ใบเสร็จ", "receipt"), width=14),
        Column("lineKind", "ประเภท", c.choice(_KIND_SPELLINGS, ", ".join(LINE_KINDS.values())), ("kind",),
               required=True, width=11),
        Column("description", "รายการ", c.text(300), ("รายละเอียด", "description"), required=True, width=30),
        Column("quantity", "จำนวน", quantity, ("qty",), required=True, width=9),
        Column("unitPrice", "ราคาต่อหน่วย", baht, ("ราคา/หน่วย", "unit price"), required=True, width=13),
        Column("vatPercent", "VAT %", vat_percent, ("ภาษีมูลค่าเพิ่ม %", "vat"), width=7),
        Column("priceIncludesVat", "ราคารวมภาษีแล้ว", c.choice(_YES, "ใช่, ไม่"), ("รวม vat",), width=10),
        Column("categoryCode", "รหัสประเภทครุภัณฑ์", c.code(30), ("ประเภทครุภัณฑ์", "category"), width=14),
        Column("locationCode", "สถานที่ตั้ง", c.code(30), ("ห้อง", "location"), width=12),
    ),
)
