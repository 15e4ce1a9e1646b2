"""The `trainees` import declaration: the training centre's trainee register, Thai headers first."""

from __future__ import annotations

from typing import Any

from vocdesk.domain.training import passport_number
from vocdesk.io.imports import cleaners as c
from vocdesk.io.imports.declaration import Column, Declaration
from vocdesk.io.imports.findings import CellProblem

SEX_TH = {"M": "ชาย", "F": "หญิง"}
EMPLOYMENT_TH = {"employed": "มีงานทำ", "unemployed": "ว่างงาน", "self_employed": "ประกอบอาชีพอิสระ",
                 "student": "นักเรียน/นักศึกษา"}
CONSENT_TH = {True: "ยินยอม", False: "ไม่ยินยอม"}

SEXES = {"ชาย": "M", "หญิง": "F", "male": "M", "female": "F", "m": "M", "f": "F", "1": "M", "2": "F"}
EMPLOYMENTS = {label: code for code, label in EMPLOYMENT_TH.items()} | {code: code for code in EMPLOYMENT_TH} | {
    "self-employed": "self_employed", "อาชีพอิสระ": "self_employed", "นักศึกษา": "student", "นักเรียน": "student"}
CONSENTS = {"ยินยอม": "1", "ไม่ยินยอม": "0", "yes": "1", "no": "0", "1": "1", "0": "0", "ใช่": "1", "ไม่ใช่": "0"}

def passport(value: Any, warnings: list[tuple[str, dict[str, Any]]]) -> str:
    """A passport number as the trainee form stores it (`passport_number`); Latin letters and digits only."""
    number = passport_number(c.text_of(value))
    if len(number) > 30:
        raise CellProblem("import_too_long", value=number[:40], max=30)
    if not (number.isascii() and number.isalnum()):
        raise CellProblem("import_passport_invalid", value=number)
    return number


TRAINEES = Declaration(
    kind="trainees",
    title_th="ผู้เข้ารับการอบรม",
    key="idcard",
    alternate_key="passportNo",  # foreigners without a Thai national ID
    columns=(
        Column("idcard", "เลขประจำตัวประชาชน", c.national_id, ("เลขบัตรประชาชน", "national id", "citizen id"),
               unique=True, width=17),
        Column("passportNo", "เลขหนังสือเดินทาง", passport, ("หนังสือเดินทาง", "passport", "passport number"),
               unique=True, width=14),
        Column("prefixName", "คำนำหน้า", c.text(30), ("คำนำหน้าชื่อ", "prefix"), width=9),
        Column("firstName", "ชื่อ", c.text(100), ("first name",), required=True, width=16),
        Column("lastName", "นามสกุล", c.text(100), ("สกุล", "last name"), required=True, width=18),
        Column("birthDate", "วันเกิด", c.date, ("วันเดือนปีเกิด", "birth date", "birthday"), width=12),
        Column("gender", "เพศ", c.choice(SEXES, "ชาย, หญิง"), ("sex", "gender"), width=7),
        Column("tel", "โทรศัพท์", c.phone, ("เบอร์โทร", "เบอร์โทรศัพท์", "มือถือ", "phone", "mobile"), width=13),
        Column("province", "จังหวัด", c.text(60), ("province",), width=14),
        Column("education", "วุฒิการศึกษา", c.text(60), ("การศึกษา", "education"), width=14),
        Column("employment", "สถานะการทำงาน", c.choice(EMPLOYMENTS, ", ".join(EMPLOYMENT_TH.values())),
               ("การทำงาน", "employment", "employment status"), width=16),
        Column("pdpaConsent", "ความยินยอม (PDPA)", c.choice(CONSENTS, "ยินยอม, ไม่ยินยอม"),
               ("ความยินยอม", "pdpa consent", "consent"), width=12),
    ),
)
