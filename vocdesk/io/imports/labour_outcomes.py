"""Import declaration `outcomes`: graduate-employment survey answers (ภาวะการมีงานทำ), one row per graduate and round."""

from __future__ import annotations

from typing import Any

from vocdesk.domain.labour import facts
from vocdesk.domain.labour.survey import ROUND_WORDS, SALARY_WORDS, STATUS_WORDS, YES_WORDS
from vocdesk.domain.thai_ids import to_ascii_digits
from vocdesk.io.imports import cleaners as c
from vocdesk.io.imports.declaration import Column, Declaration
from vocdesk.io.imports.findings import CellProblem


def cohort(value: Any, warnings: c.Warnings) -> int:
    """The graduation year (พ.ศ. or ค.ศ.) as CE."""
    try:
        return facts.parse_year(c.text_of(value))
    except ValueError:
        raise CellProblem("labour_period_invalid", value=c.text_of(value)) from None


def survey_round(value: Any, warnings: c.Warnings) -> int:
    """6 or 12 (months after graduation), as "6", "12 เดือน" or "1 ปี"."""
    text = to_ascii_digits(c.text_of(value)).strip().removesuffix(".0")
    found = ROUND_WORDS.get(text) or ROUND_WORDS.get(text.replace(" ", ""))
    if found is None:
        raise CellProblem("import_choice_invalid", value=c.text_of(value), choices="6, 12")
    return found


def yes_no(value: Any, warnings: c.Warnings) -> bool:
    if isinstance(value, bool):
        return value
    found = YES_WORDS.get(c.text_of(value).strip().casefold())
    if found is None:
        raise CellProblem("import_choice_invalid", value=c.text_of(value), choices="ใช่, ไม่ใช่")
    return found


OUTCOMES = Declaration(
    kind="outcomes",
    title_th="ภาวะการมีงานทำของผู้สำเร็จการศึกษา",
    key="status",
    columns=(
        Column("studentCode", "รหัสนักศึกษา", c.code(20), ("รหัสนักเรียน", "รหัสประจำตัว", "student code"), width=14),
        Column("idcard", "เลขประจำตัวประชาชน", c.national_id, ("เลขบัตรประชาชน", "national id"), width=16),
        Column("fullName", "ชื่อ-นามสกุล", c.text(200), ("ชื่อ-สกุล", "ชื่อ สกุล", "full name", "name"), width=24),
        Column("cohortYear", "ปีที่สำเร็จการศึกษา", cohort, ("ปีที่จบ", "รุ่น", "cohort"), required=True, width=10),
        Column("round", "รอบการสำรวจ (เดือน)", survey_round, ("รอบ", "รอบการสำรวจ", "round"), required=True, width=10),
        Column("status", "สถานะ", c.choice(STATUS_WORDS, "ทำงานภาคเอกชน, รับราชการ/รัฐวิสาหกิจ, ประกอบอาชีพอิสระ, "
                                                  "ศึกษาต่อ, อุปสมบท, เกณฑ์ทหาร, ว่างงาน, ไม่ประสงค์ทำงาน, ติดต่อไม่ได้"),
               ("สถานภาพ", "ภาวะการมีงานทำ", "status"), required=True, width=20),
        Column("inField", "ตรงสาขา", yes_no, ("ทำงานตรงสาขา", "in field"), width=8),
        Column("employer", "สถานประกอบการ", c.text(200), ("ชื่อสถานประกอบการ", "employer"), width=24),
        Column("industry", "อุตสาหกรรม (TSIC)", c.code(10), ("อุตสาหกรรม", "TSIC", "industry"), width=10),
        Column("occupation", "อาชีพ", c.text(200), ("ตำแหน่งงาน", "ตำแหน่ง", "occupation", "ISCO"), width=24),
        Column("salaryBand", "เงินเดือน", c.choice(SALARY_WORDS, "ต่ำกว่า 10,000, 10,000–15,000, 15,001–20,000, "
                                                        "20,001–30,000, มากกว่า 30,000"),
               ("ช่วงเงินเดือน", "รายได้", "salary"), width=14),
        Column("province", "จังหวัดที่ทำงาน", c.text(60), ("จังหวัด", "province"), width=12),
        Column("evidence", "หลักฐาน", c.text(300), ("evidence",), width=20),
        Column("verifiedBy", "ผู้ตรวจสอบ", c.text(100), ("ผู้ยืนยัน", "verified by"), width=16),
        Column("surveyedOn", "วันที่สำรวจ", c.date, ("วันที่ตอบ", "surveyed on"), width=12),
    ),
)
