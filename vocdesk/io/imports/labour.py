"""Import declaration `demand`: NSO Labour Force Survey long CSV (English headers) or the VocDesk template (Thai)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from vocdesk.domain.labour import facts
from vocdesk.domain.labour.occupations import SCHEME_WORDS
from vocdesk.domain.thai_ids import to_ascii_digits
from vocdesk.io.imports import cleaners as c
from vocdesk.io.imports.declaration import Cleaner, Column, Declaration
from vocdesk.io.imports.findings import CellProblem

_GARBLED = re.compile(r"[\u00c0-\u00ff][\u0080-\u00ff]")
"""Thai TIS-620 bytes decoded as Latin-1 and saved again as UTF-8 ("à¸£à¸§à¸¡" for รวม)."""


def label(max_length: int) -> Cleaner:
    """Text of a dimension; refused when it is TIS-620 bytes read as another encoding and saved again."""
    plain = c.text(max_length)

    def clean(value: Any, warnings: c.Warnings) -> str:
        result: str = plain(value, warnings)
        if _GARBLED.search(result):
            raise CellProblem("labour_text_garbled", value=result[:40])
        return result
    return clean


def year(value: Any, warnings: c.Warnings) -> int:
    try:
        return facts.parse_year(c.text_of(value))
    except ValueError:
        raise CellProblem("labour_period_invalid", value=c.text_of(value)) from None


def quarter(value: Any, warnings: c.Warnings) -> int:
    try:
        return facts.parse_quarter(c.text_of(value))
    except ValueError:
        raise CellProblem("labour_period_invalid", value=c.text_of(value)) from None


def month(value: Any, warnings: c.Warnings) -> int:
    text = c.text_of(value)
    if facts.is_total(text):
        return 0
    digits = to_ascii_digits(text).removesuffix(".0")
    if not digits.isdigit() or not 1 <= int(digits) <= 12:
        raise CellProblem("labour_period_invalid", value=text)
    return int(digits)


def value(cell: Any, warnings: c.Warnings) -> Decimal:
    if isinstance(cell, bool):
        raise CellProblem("import_number_invalid", value=c.text_of(cell))
    try:
        return facts.parse_value(c.text_of(cell) if not isinstance(cell, float) else repr(cell))
    except ValueError:
        raise CellProblem("import_number_invalid", value=c.text_of(cell)) from None


def unit(cell: Any, warnings: c.Warnings) -> tuple[str, int]:
    """The unit as written and the multiplier it implies ("พันคน" → 1000); a unit that is no count is refused."""
    text = c.text_of(cell)
    multiplier = facts.unit_multiplier(text)
    if multiplier is None:
        raise CellProblem("labour_unit_unknown", value=text)
    return text, multiplier


DEMAND = Declaration(
    kind="demand",
    title_th="ข้อมูลความต้องการแรงงาน",
    key="value",
    columns=(
        Column("year", "ปี", year, ("YEAR", "ปี พ.ศ.", "ปีพ.ศ.", "พ.ศ."), required=True, width=8),
        Column("quarter", "ไตรมาส", quarter, ("QUARTER", "QTR"), width=8),
        Column("month", "เดือน", month, ("MONTH",), width=8),
        Column("region", "ภาค", label(100), ("REGION", "ภูมิภาค"), width=14),
        Column("province", "จังหวัด", label(100), ("PROVINCE", "CHANGWAT", "PROV"), width=14),
        Column("sex", "เพศ", label(20), ("SEX", "GENDER"), width=8),
        Column("ageGroup", "กลุ่มอายุ", label(30), ("AGE_GROUP", "AGE", "อายุ"), width=10),
        Column("scheme", "ระบบรหัสอาชีพ", c.choice(SCHEME_WORDS, "ISCO-08, ISCO-88, TSCO"), ("SCHEME",), width=12),
        Column("occupation", "อาชีพ", label(300), ("OCCUPATION", "OCC", "รหัสอาชีพ", "OCCUPATION_CODE", "ISCO",
                                                     "กลุ่มอาชีพ"), width=30),
        Column("industry", "อุตสาหกรรม", label(60), ("INDUSTRY", "TSIC", "อุตสาหกรรม (TSIC)"), width=12),
        Column("education", "ระดับการศึกษา", label(60), ("EDUCATION", "EDUCATION_LEVEL", "LEVEL_OF_EDUCATION"),
               width=14),
        Column("measure", "ตัวชี้วัด", c.choice(facts.MEASURE_WORDS, ", ".join(facts.MEASURES)),
               ("MEASURE", "INDICATOR", "ประเภทข้อมูล"), width=16),
        Column("value", "จำนวน", value, ("VALUE", "ค่า", "OBS_VALUE"), required=True, width=12),
        Column("unit", "หน่วย", unit, ("UNIT", "หน่วยนับ", "UNIT_MULT"), required=True, width=10),
        Column("source", "แหล่งข้อมูล", label(200), ("SOURCE", "ที่มา"), required=True, width=30),
    ),
)
