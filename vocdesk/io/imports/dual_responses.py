"""Import declaration `centre_responses`: a regional centre's answer per learner of a hand-off it received."""

from __future__ import annotations

from vocdesk.io.imports import cleaners as c
from vocdesk.io.imports.declaration import Column, Declaration

STATUSES = {"contacted": ("ติดต่อแล้ว", "Contacted"), "supporting": ("กำลังช่วยเหลือ", "Supporting"),
            "resolved": ("แก้ไขแล้ว", "Resolved"), "unreachable": ("ติดต่อไม่ได้", "Unreachable")}
"""What became of the learner, as the centre says [U]: no official list was found, so these four."""
_SPELLINGS = {spelling: code for code, names in STATUSES.items() for spelling in (code, *names)}

RESPONSES = Declaration(
    kind="centre_responses",
    title_th="ผลการติดตามจากศูนย์อาชีวศึกษาทวิภาคี",
    key="student_code",
    columns=(
        Column("centre", "รหัสศูนย์", c.code(20), ("centre_code", "ศูนย์"), required=True, width=10),
        Column("student_code", "รหัสนักศึกษา", c.code(20), ("รหัสผู้เรียน",), required=True, width=14),
        Column("responded_on", "วันที่ดำเนินการ", c.date, ("date", "วันที่"), required=True, width=12),
        Column("status", "ผลการติดตาม", c.choice(_SPELLINGS, " / ".join(n[0] for n in STATUSES.values())),
               ("outcome", "ผล"), required=True, width=14),
        Column("action", "สิ่งที่ศูนย์ดำเนินการ", c.text(2000), ("what_was_done", "การดำเนินการ"), width=40),
        Column("contact", "ผู้ประสานงานของศูนย์", c.text(200), ("ผู้ติดต่อ",), width=20),
    ),
)
