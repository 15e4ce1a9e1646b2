"""The `teachers` import declaration: Thai and English headers, position types, departments and contact."""

from __future__ import annotations

from typing import Any

from vocdesk.domain.teachers import ACADEMIC_TITLES, POSITION_ALIASES, PositionType
from vocdesk.io.imports import cleaners as c
from vocdesk.io.imports.declaration import Column, Declaration
from vocdesk.io.imports.learners import split_full_name

POSITION_SPELLINGS = {alias: kind.value for kind, aliases in POSITION_ALIASES.items() for alias in aliases}
POSITIONS_SHOWN = ", ".join(kind.label_th for kind in PositionType)
TITLE_SPELLINGS = {title: title for title in ACADEMIC_TITLES if title} | {"คศ1": "ครูชำนาญการ", "คศ.1": "ครูชำนาญการ",
                                                                          "คศ2": "ครูชำนาญการพิเศษ",
                                                                          "คศ.2": "ครูชำนาญการพิเศษ",
                                                                          "คศ3": "ครูเชี่ยวชาญ", "คศ.3": "ครูเชี่ยวชาญ",
                                                                          "คศ4": "ครูเชี่ยวชาญพิเศษ",
                                                                          "คศ.4": "ครูเชี่ยวชาญพิเศษ"}


def whole_years(value: Any, warnings: c.Warnings) -> int:
    """Years of industry experience: a whole number from 0 to 60."""
    return int(c.decimal(0, 60, 0)(value, warnings))


TEACHERS = Declaration(
    kind="teachers",
    title_th="ครูและบุคลากร",
    key="idcard",
    columns=(
        Column("idcard", "เลขประจำตัวประชาชน", c.national_id, ("เลขบัตรประชาชน", "เลขบัตรประจำตัวประชาชน",
                                                              "national id", "citizen id"),
               required=True, unique=True, width=17),
        Column("prefixName", "คำนำหน้า", c.text(40), ("คำนำหน้าชื่อ", "prefix"), width=9),
        Column("firstName", "ชื่อ", c.text(100), ("first name", "firstNameTh"), required=True, width=16),
        Column("lastName", "นามสกุล", c.text(100), ("สกุล", "last name", "lastNameTh"), required=True, width=18),
        Column("fullName", "ชื่อ-นามสกุล", split_full_name, ("ชื่อ-สกุล", "ชื่อ สกุล", "full name"),
               fills=("prefixName", "firstName", "lastName"), exported=False),
        Column("firstNameEn", "ชื่อ (อังกฤษ)", c.text(100), ("ชื่อภาษาอังกฤษ", "first name (english)",
                                                           "english first name"), width=16),
        Column("lastNameEn", "นามสกุล (อังกฤษ)", c.text(100), ("นามสกุลภาษาอังกฤษ", "last name (english)",
                                                              "english last name"), width=18),
        Column("positionType", "ประเภทตำแหน่ง", c.choice(POSITION_SPELLINGS, POSITIONS_SHOWN),
               ("ตำแหน่ง", "ประเภทบุคลากร", "position", "position type"), required=True, width=16),
        Column("departmentCode", "รหัสแผนก", c.code(20), ("รหัสแผนกวิชา", "department code"), width=10),
        Column("departmentName", "แผนกวิชา", c.text(200), ("แผนก", "department"), width=24),
        Column("academicTitle", "วิทยฐานะ", c.choice(TITLE_SPELLINGS, ", ".join(t for t in ACADEMIC_TITLES if t)),
               ("academic standing", "academic title"), width=16),
        Column("tel", "โทรศัพท์", c.phone, ("เบอร์โทร", "เบอร์โทรศัพท์", "มือถือ", "phone", "mobile"), width=13),
        Column("email", "อีเมล", c.email, ("อีเมล์", "e-mail"), width=24),
        Column("industryYears", "ประสบการณ์ในสถานประกอบการ (ปี)", whole_years,
               ("ประสบการณ์ทำงานในสถานประกอบการ (ปี)", "industry experience (years)", "industry years"), width=12),
    ),
)
