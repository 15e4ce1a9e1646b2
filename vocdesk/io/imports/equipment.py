"""The `equipment` import declaration: an asset register kept in Excel (ทะเบียนครุภัณฑ์), Thai headers and aliases."""

from __future__ import annotations

import math
from typing import Any

from vocdesk.domain.equipment import Condition, normalize_asset_code
from vocdesk.domain.grants import parse_baht
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
