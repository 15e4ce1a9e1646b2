"""The `learners` import declaration: std2018_student column names, Thai headers and aliases, cell rules."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from vocdesk.domain.learners import LearnerStatus
from vocdesk.domain.thai import parse_level_year
from vocdesk.io.imports import cleaners as c
from vocdesk.io.imports.declaration import Column, Declaration
from vocdesk.io.imports.findings import CellProblem

LEARNER_STATUSES: dict[str, str] = {status.value: status.label_th for status in LearnerStatus}
"""Stored status code → the Thai name std2018 writes in studentStatusName (vocdesk.domain.learners)."""
DEFAULT_STATUS = LearnerStatus.STUDYING.value
"""A new learner imported without a status is กำลังศึกษา."""

GENDERS: dict[str, str] = {"male": "ชาย", "female": "หญิง"}
_GENDER_SPELLINGS = {"ชาย": "male", "ช": "male", "m": "male", "male": "male", "1": "male",
                     "หญิง": "female", "ญ": "female", "f": "female", "female": "female", "2": "female"}
_STATUS_SPELLINGS = {**{name: code for code, name in LEARNER_STATUSES.items()},
                     **{code: code for code in LEARNER_STATUSES},
                     "ปกติ": "studying", "กำลังเรียน": "studying", "จบการศึกษา": "graduated", "พักการศึกษา": "suspended",
                     "ลาออกจากสถานศึกษา": "withdrawn", "พ้นสภาพนักศึกษา": "dismissed"}

NAME_PREFIXES = ("เด็กชาย", "เด็กหญิง", "นางสาว", "ด.ช.", "ด.ญ.", "น.ส.", "นาย", "นาง", "Mrs.", "Miss", "Mr.", "Ms.")


def split_full_name(value: Any, warnings: c.Warnings) -> dict[str, str]:
    """`นายสมชาย ใจดี` → prefix นาย, first สมชาย, last ใจดี; the last name may hold spaces."""
    text = c.text_of(value)
    prefix = next((p for p in NAME_PREFIXES if text.startswith(p)), "")
    rest = text[len(prefix):].strip()
    first, _, last = rest.partition(" ")
    if not first or not last.strip():
        raise CellProblem("import_full_name_split", value=text)
    return {"prefixName": prefix, "firstName": first, "lastName": last.strip()}


@lru_cache(maxsize=256)
def _level_year(text: str) -> tuple[str, int] | None:
    """A file repeats a handful of grades thousands of times: parse each spelling once."""
    found = parse_level_year(text)
    return None if found is None else (found[0].value, found[1])


def grade(value: Any, warnings: c.Warnings) -> tuple[str, int]:
    """`ปวช.2` → ("pvc", 2): the level code and the year within it."""
    text = c.text_of(value)
    found = _level_year(text)
    if found is None:
        raise CellProblem("import_grade_invalid", value=text)
    return found


LEARNERS = Declaration(
    kind="learners",
    title_th="ผู้เรียน",
    key="studentCode",
    columns=(
        Column("studentCode", "รหัสนักศึกษา", c.code(20), ("รหัสนักเรียน", "รหัสประจำตัว", "เลขประจำตัวนักเรียน",
                                                            "student code", "student id"),
               required=True, unique=True, width=14),
        Column("idcard", "เลขประจำตัวประชาชน", c.national_id, ("เลขบัตรประชาชน", "เลขบัตรประจำตัวประชาชน",
                                                              "national id", "citizen id"),
               required=True, unique=True, width=17),
        Column("prefixName", "คำนำหน้า", c.text(40), ("คำนำหน้าชื่อ", "prefix"), width=9),
        Column("firstName", "ชื่อ", c.text(100), ("first name", "firstNameTh"), required=True, width=16),
        Column("lastName", "นามสกุล", c.text(100), ("สกุล", "last name", "lastNameTh"), required=True, width=18),
        Column("fullName", "ชื่อ-นามสกุล", split_full_name, ("ชื่อ-สกุล", "ชื่อ สกุล", "full name"),
               fills=("prefixName", "firstName", "lastName"), exported=False),
        Column("gender", "เพศ", c.choice(_GENDER_SPELLINGS, "ชาย, หญิง"), width=6),
        Column("birthDate", "วันเกิด", c.date, ("วันเดือนปีเกิด", "วันที่เกิด", "birth date", "date of birth"), width=12),
        Column("gradeNameTh", "ระดับชั้น", grade, ("ชั้นปี", "ระดับชั้นปี", "ชั้น"), required=True, width=9),
        Column("majorNameTh", "สาขาวิชา", c.text(200), ("สาขา", "major"), required=True, width=22),
        Column("minorNameTh", "สาขางาน", c.text(200), ("minor",), width=22),
        Column("groupCode", "กลุ่มเรียน", c.code(20), ("รหัสกลุ่ม", "รหัสกลุ่มเรียน", "กลุ่ม", "group"), width=12),
        Column("studentStatusName", "สถานะ", c.choice(_STATUS_SPELLINGS, ", ".join(LEARNER_STATUSES.values())),
               ("สถานะนักศึกษา", "สถานะนักเรียน", "status"), width=14),
        Column("gpax", "เกรดเฉลี่ย", c.decimal(0.0, 4.0), ("เกรดเฉลี่ยสะสม", "gpa"), width=9),
        Column("tel", "โทรศัพท์", c.phone, ("เบอร์โทร", "เบอร์โทรศัพท์", "มือถือ", "phone", "mobile"), width=13),
        Column("email", "อีเมล", c.email, ("อีเมล์", "e-mail"), width=24),
    ),
)
