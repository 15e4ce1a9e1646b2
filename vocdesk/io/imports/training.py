"""The `timetable` import declaration: FET's CSV export columns and a plain Excel layout (day, start, end, …)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from vocdesk.io.imports import cleaners as c
from vocdesk.io.imports.declaration import Column, Declaration


def time_text(value: Any, warnings: c.Warnings) -> str:
    """A time cell (Excel time, datetime or text) as text the timetable reader parses."""
    if isinstance(value, dt.datetime):
        return value.strftime("%H:%M")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and 0 <= value < 1:  # Excel's fraction of a day
        minutes = round(value * 24 * 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    return str(c.text(40)(value, warnings))


TIMETABLE = Declaration(
    kind="timetable",
    title_th="ตารางสอน",
    key="day",
    columns=(
        Column("activity", "รหัสกิจกรรม", c.text(40), ("Activity Id", "activity id"), width=10),
        Column("day", "วัน", c.text(40), ("Day", "weekday"), required=True, width=10),
        Column("hour", "คาบ", c.text(80), ("Hour", "period", "ชั่วโมง"), width=18),
        Column("start", "เวลาเริ่ม", time_text, ("start", "เริ่ม"), width=8),
        Column("end", "เวลาสิ้นสุด", time_text, ("end", "สิ้นสุด", "ถึง"), width=8),
        Column("students", "กลุ่มเรียน", c.text(200), ("Students Sets", "group", "กลุ่ม"), width=14),
        Column("subject", "วิชา", c.text(200), ("Subject", "รายวิชา"), width=24),
        Column("teachers", "ครูผู้สอน", c.text(300), ("Teachers", "teacher", "ครู"), width=20),
        Column("tags", "แท็กกิจกรรม", c.text(200), ("Activity Tags",), width=10),
        Column("room", "ห้อง", c.text(200), ("Room", "ห้องเรียน"), width=12),
        Column("comments", "หมายเหตุ", c.text(500), ("Comments",), width=16),
    ),
)


FACILITY_KINDS = {"room": "ห้องเรียน", "workshop": "โรงฝึกงาน", "lab": "ห้องปฏิบัติการ", "hall": "ห้องประชุม",
                  "outdoor": "ลานกลางแจ้ง"}
OTHER_KINDS = {"store": "ห้องพัสดุ", "office": "สำนักงาน"}  # the register's own kinds, kept as they are
APPROVER_ROLES = {"training_staff": "เจ้าหน้าที่ศูนย์ฝึกอบรม", "administrator": "ผู้ดูแลระบบ"}
YES_NO = {"yes": "ใช่", "no": "ไม่"}


def _spellings(names: dict[str, str]) -> dict[str, str]:
    return {**{name: code for code, name in names.items()}, **{code: code for code in names}}


FACILITIES = Declaration(
    kind="facilities",
    title_th="สถานที่ฝึกอบรม",
    key="locationCode",
    columns=(
        Column("locationCode", "รหัสสถานที่", c.text(30), ("รหัสห้อง", "ห้อง", "room", "code"), required=True,
               unique=True, width=12),
        Column("locationName", "ชื่อสถานที่", c.text(200), ("ชื่อห้อง", "name"), width=26),
        Column("kind", "ประเภทสถานที่", c.choice(_spellings({**FACILITY_KINDS, **OTHER_KINDS}),
                                                  ", ".join(FACILITY_KINDS.values())),
               ("ประเภท", "kind"), width=14),
        Column("seats", "ที่นั่ง", c.decimal(0, 2000, 0), ("จำนวนที่นั่ง", "seats", "capacity"), width=8),
        Column("bufferBefore", "เวลาเตรียมก่อนใช้ (นาที)", c.decimal(0, 240, 0), ("buffer before",), width=10),
        Column("bufferAfter", "เวลาเก็บกวาดหลังใช้ (นาที)", c.decimal(0, 240, 0), ("buffer after",), width=10),
        Column("bookableHours", "เวลาที่จองได้", c.text(200), ("bookable hours", "hours"), width=34),
        Column("approver", "ผู้อนุมัติคำขอจากภายนอก", c.choice(_spellings(APPROVER_ROLES),
                                                             ", ".join(APPROVER_ROLES.values())),
               ("ผู้อนุมัติ", "approver"), width=18),
        Column("bookable", "เปิดให้จอง", c.choice({**_spellings(YES_NO), "ได้": "yes", "ไม่ได้": "no"},
                                                 "ใช่, ไม่"), ("จองได้", "bookable"), width=10),
    ),
)
