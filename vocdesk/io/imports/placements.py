"""The `placements` import declaration (sheet การฝึกอาชีพ): learner, enterprise by tax ID, trainer, days and times."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from vocdesk.domain.dual.weekdays import parse_weekdays
from vocdesk.domain.thai_ids import to_ascii_digits
from vocdesk.errors import ValidationFailed
from vocdesk.io.imports import cleaners as c
from vocdesk.io.imports.declaration import Column, Declaration
from vocdesk.io.imports.findings import CellProblem

_TIME = re.compile(r"([0-9]{1,2})\s*[:.]\s*([0-9]{2})(?:\s*(?:น\.?|นาฬิกา))?")


def tax_id(value: Any, warnings: c.Warnings) -> str:
    """A juristic tax ID: 13 digits whose check digit is right; a number cell lost the leading 0 (recovered)."""
    from stdnum.th import tin

    digits = re.sub(r"[\s\-]", "", to_ascii_digits(c.text_of(value)))
    if isinstance(value, int | float) and not isinstance(value, bool) and len(digits) == 12:
        digits = digits.zfill(13)  # juristic IDs start with 0, which a number cell drops
    if not (len(digits) == 13 and digits.isdigit() and tin.is_valid(digits)):
        raise CellProblem("dual.tax_id_invalid", value=c.text_of(value))
    return digits


def clock_time(value: Any, warnings: c.Warnings) -> dt.time:
    """`08:00`, `8.30`, `08:00 น.`, a time cell, or Excel's fraction of a day."""
    if isinstance(value, dt.datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, float) and 0 <= value < 1:
        minutes = round(value * 1440)
        return dt.time(minutes // 60 % 24, minutes % 60)
    match = _TIME.fullmatch(to_ascii_digits(c.text_of(value)))
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise CellProblem("dual.time_invalid", value=c.text_of(value))
    return dt.time(int(match[1]), int(match[2]))


def weekdays(value: Any, warnings: c.Warnings) -> tuple[int, ...]:
    try:
        return parse_weekdays(c.text_of(value))
    except ValidationFailed:
        raise CellProblem("dual.weekdays_invalid", value=c.text_of(value)) from None


PLACEMENTS = Declaration(
    kind="placements",
    title_th="การฝึกอาชีพ",
    key="studentCode",
    columns=(
        Column("studentCode", "รหัสนักศึกษา", c.code(20), ("รหัสประจำตัว", "รหัสนักเรียน", "student code"),
               required=True, width=13),
        Column("taxId", "เลขประจำตัวผู้เสียภาษี", tax_id, ("เลขผู้เสียภาษี", "tax id", "taxid"), required=True,
               width=16),
        Column("enterpriseName", "ชื่อสถานประกอบการ", c.text(300), ("สถานประกอบการ", "enterprise"), width=30),
        Column("trainer", "ครูฝึก", c.text(200), ("ชื่อครูฝึก", "trainer"), required=True, width=22),
        Column("supervisor", "ครูนิเทศก์", c.text(200), ("ครูนิเทศ", "supervisor", "supervising teacher"), width=22),
        Column("startDate", "วันเริ่มฝึก", c.date, ("วันที่เริ่มฝึก", "start date", "first day"), required=True,
               width=12),
        Column("endDate", "วันสิ้นสุดการฝึก", c.date, ("วันสิ้นสุด", "end date", "last day"), required=True, width=12),
        Column("days", "วันฝึก", weekdays, ("วันที่ฝึก", "training days"), required=True, width=10),
        Column("shiftStart", "เวลาเริ่ม", clock_time, ("เวลาเข้า", "shift start"), required=True, width=9),
        Column("shiftEnd", "เวลาเลิก", clock_time, ("เวลาออก", "shift end"), required=True, width=9),
        Column("tasks", "งานที่ฝึก", c.text(2000), ("งาน", "tasks"), width=30),
        Column("allowance", "เบี้ยเลี้ยงต่อวัน", c.decimal(0, 100_000), ("เบี้ยเลี้ยง", "allowance"), width=12),
        Column("contractDate", "วันทำสัญญา", c.date, ("วันที่ทำสัญญา", "contract date"), width=12),
        Column("breakMinutes", "พัก (นาที)", c.decimal(0, 240, 0), ("พัก", "break minutes", "break"), width=9),
        Column("semesters", "จำนวนภาคเรียน", c.decimal(1, 6, 0), ("ภาคเรียน", "semesters"), width=9),
    ),
)


def tsic(value: Any, warnings: c.Warnings) -> str:
    text = c.text_of(value).upper()
    if not re.fullmatch(r"[A-U]|[0-9]{2,5}", text):
        raise CellProblem("dual.tsic_invalid", value=text)
    return text


def branch(value: Any, warnings: c.Warnings) -> str:
    text = to_ascii_digits(c.text_of(value))
    if not re.fullmatch(r"[0-9]{1,5}", text):
        raise CellProblem("dual.branch_invalid", value=text)
    return text.zfill(5)


SIZES = {"micro": "micro", "รายย่อย": "micro", "วิสาหกิจรายย่อย": "micro", "small": "small", "เล็ก": "small",
         "ขนาดเล็ก": "small", "medium": "medium", "กลาง": "medium", "ขนาดกลาง": "medium", "large": "large",
         "ใหญ่": "large", "ขนาดใหญ่": "large"}

ENTERPRISES = Declaration(
    kind="enterprises",
    title_th="สถานประกอบการ",
    key="taxId",
    columns=(
        Column("taxId", "เลขประจำตัวผู้เสียภาษี", tax_id, ("เลขผู้เสียภาษี", "tax id", "taxid"), required=True,
               unique=True, width=16),
        Column("nameTh", "ชื่อสถานประกอบการ", c.text(300), ("ชื่อ", "สถานประกอบการ", "name"), required=True,
               width=34),
        Column("branch", "สาขา", branch, ("เลขสาขา", "branch"), width=8),
        Column("tsicCode", "รหัส TSIC", tsic, ("tsic", "รหัสประเภทกิจการ"), width=9),
        Column("tsicName", "ประเภทกิจการ", c.text(200), ("industry",), width=26),
        Column("province", "จังหวัด", c.text(60), ("province",), width=14),
        Column("address", "ที่อยู่", c.text(1000), ("address",), width=30),
        Column("contactName", "ผู้ประสานงาน", c.text(200), ("ผู้ติดต่อ", "contact"), width=20),
        Column("contactPhone", "โทรศัพท์", c.phone, ("เบอร์โทร", "phone"), width=13),
        Column("contactEmail", "อีเมล", c.email, ("e-mail", "email"), width=22),
        Column("sizeBand", "ขนาดกิจการ", c.choice(SIZES, "micro, small, medium, large / รายย่อย เล็ก กลาง ใหญ่"),
               ("ขนาด", "size"), width=10),
    ),
)

TRAINERS = Declaration(
    kind="trainers",
    title_th="ครูฝึก",
    key="trainer",
    columns=(
        Column("taxId", "เลขประจำตัวผู้เสียภาษี", tax_id, ("เลขผู้เสียภาษี", "tax id"), required=True, width=16),
        Column("trainer", "ครูฝึก", c.text(200), ("ชื่อครูฝึก", "ชื่อ-นามสกุล", "trainer", "name"), required=True,
               width=24),
        Column("position", "ตำแหน่ง", c.text(120), ("position",), width=20),
        Column("phone", "โทรศัพท์", c.phone, ("เบอร์โทร", "phone"), width=13),
        Column("email", "อีเมล", c.email, ("e-mail", "email"), width=22),
        Column("qualification", "คุณวุฒิ", c.text(200), ("วุฒิการศึกษา", "qualification"), width=20),
        Column("certifiedOn", "วันที่ได้รับใบรับรอง", c.date, ("วันที่ผ่านการอบรม", "certified on"), width=13),
        Column("certificate", "เลขที่ใบรับรอง", c.text(60), ("เลขใบรับรอง", "certificate"), width=14),
        Column("certificateKind", "ประเภทใบรับรอง", c.choice({"course": "course", "อบรม": "course", "test": "test",
                                                              "ทดสอบ": "test"}, "อบรม, ทดสอบ"),
               ("วิธีรับรอง", "certificate kind"), width=10),
    ),
)
