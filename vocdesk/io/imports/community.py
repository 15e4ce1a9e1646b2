"""The `fixit_jobs` import declaration: repair jobs from an exported sheet or from paper intake forms."""

from __future__ import annotations

from typing import Any

from vocdesk.domain.community import BARRIERS, REPAIR_STATUS_TH, REPAIR_STATUSES, STATUS_TH, all_categories
from vocdesk.domain.thai_ids import normalize_national_id
from vocdesk.io.imports import cleaners as c
from vocdesk.io.imports.declaration import Column, Declaration
from vocdesk.io.imports.findings import CellProblem

CATEGORY_SPELLINGS = {spelling: item.code for item in all_categories()
                      for spelling in (item.code, item.name, *((item.ords_name,) if item.code.startswith("ords:")
                                                               else ()))}
STATUS_SPELLINGS = {**{code: code for code in STATUS_TH}, **{name: code for code, name in STATUS_TH.items()}}
OUTCOME_SPELLINGS = {**{code: code for code in REPAIR_STATUSES},
                     **{name: code for code, name in REPAIR_STATUS_TH.items()}}


def job_label(value: Any, warnings: c.Warnings) -> str:
    """`HY1-2569-0042`: point code, fiscal year (พ.ศ.) and number, as printed on the claim slip."""
    text = c.code(40)(value, warnings).upper()
    point, _, rest = text.rpartition("-")
    code, _, year = point.rpartition("-")
    if not (code and year.isdigit() and len(year) == 4 and rest.isdigit() and 0 < int(rest) < 100_000):
        raise CellProblem("import_choice_invalid", value=text, choices="HY1-2569-0042")
    return f"{code}-{year}-{int(rest):04d}"


def owner_id(value: Any, warnings: c.Warnings) -> str:
    """13 digits; the check digit is checked by the planner, which keeps a bad one only with a reason."""
    digits = normalize_national_id(value)
    if digits is None:
        raise CellProblem("import_national_id_format", value=c.text_of(value))
    return digits


FIXIT_JOBS = Declaration(
    kind="fixit_jobs",
    title_th="งานซ่อม Fix it",
    key="jobNo",
    columns=(
        Column("jobNo", "เลขที่งาน", job_label, ("เลขที่ใบรับงาน", "job no", "job number"), required=True,
               unique=True, width=16),
        Column("receivedOn", "วันที่รับ", c.date, ("วันที่รับงาน", "received"), required=True, width=12),
        Column("ownerName", "ชื่อเจ้าของ", c.text(200), ("เจ้าของ", "ชื่อ-สกุลเจ้าของ", "owner"), required=True,
               width=22),
        Column("ownerPhone", "โทรศัพท์", c.phone, ("เบอร์โทร", "phone"), width=13),
        Column("ownerNationalId", "เลขประจำตัวประชาชนเจ้าของ", owner_id, ("เลขบัตรประชาชน", "national id"),
               width=17),
        Column("ownerIdReason", "เหตุผลเลขบัตร", c.text(200), ("id reason",), width=14),
        Column("ownerAddress", "ที่อยู่/หมู่บ้าน", c.text(500), ("ที่อยู่", "หมู่บ้าน", "address"), width=24),
        Column("category", "ประเภทสิ่งของ", c.choice(CATEGORY_SPELLINGS, "ORDS 1–40, รถจักรยานยนต์, รถกระบะ, …"),
               ("ประเภท", "สิ่งของ", "category"), required=True, width=18),
        Column("brand", "ยี่ห้อ", c.text(100), ("brand",), width=12),
        Column("model", "รุ่น", c.text(100), ("model",), width=12),
        Column("ageYears", "อายุ (ปี)", c.decimal(0, 100, 0), ("อายุการใช้งาน", "age"), width=8),
        Column("problem", "อาการเสีย", c.text(2000), ("อาการ", "ปัญหา", "problem"), width=30),
        Column("status", "สถานะ", c.choice(STATUS_SPELLINGS, ", ".join(STATUS_TH.values())), ("status",),
               width=12),
        Column("repairStatus", "ผลการซ่อม (ORDS)", c.choice(OUTCOME_SPELLINGS, ", ".join(REPAIR_STATUSES)),
               ("ผลการซ่อม", "repair status"), width=14),
        Column("barrier", "อุปสรรค (ORDS)", c.choice({b: b for b in BARRIERS}, ", ".join(BARRIERS)),
               ("อุปสรรค", "barrier"), width=22),
    ),
)
