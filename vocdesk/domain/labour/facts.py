"""Demand facts: unit multipliers, periods, totals and values as the NSO and the demand template write them."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from vocdesk.domain.thai_ids import to_ascii_digits

TOTAL = "*"
"""Stored in a dimension (sex, age group, area, occupation …) when the row is the total over it."""
TOTAL_WORDS = frozenset({"รวม", "ทั้งหมด", "ยอดรวม", "ทั่วราชอาณาจักร", "ทั้งประเทศ", "total", "all", "grand total",
                         "whole kingdom", "รวมทั้งสิ้น", "*"})
_MULTIPLIER_WORDS = (("ล้าน", 1_000_000), ("million", 1_000_000), ("แสน", 100_000), ("หมื่น", 10_000),
                     ("พัน", 1_000), ("thousand", 1_000), ("'000", 1_000), ("ร้อย", 100), ("hundred", 100))
_ONES = frozenset({"คน", "ราย", "อัตรา", "ตำแหน่ง", "persons", "person", "people", "number", "jobs", "vacancies",
                   "positions", "หน่วย", "1"})
_QUARTER = re.compile(r"(?:ไตรมาส(?:ที่)?|q|quarter)?\s*([1-4])", re.IGNORECASE)
BE_OFFSET = 543
MEASURES = ("employed", "unemployed", "vacancies", "job_seekers", "placements", "projected_demand", "labour_force")
MEASURE_WORDS = {"ผู้มีงานทำ": "employed", "ผู้ว่างงาน": "unemployed", "ตำแหน่งงานว่าง": "vacancies",
                 "ผู้สมัครงาน": "job_seekers", "การบรรจุงาน": "placements", "บรรจุงาน": "placements",
                 "ความต้องการแรงงาน": "projected_demand", "กำลังแรงงาน": "labour_force",
                 **{m: m for m in MEASURES}, "job seekers": "job_seekers", "projected demand": "projected_demand",
                 "labour force": "labour_force"}


def is_total(text: str) -> bool:
    """True for the labels NSO and survey tables give a total row or column (รวม, Total, ทั่วราชอาณาจักร …)."""
    return text.strip().casefold() in TOTAL_WORDS


def unit_multiplier(unit: str) -> int | None:
    """The number one unit stands for: "พันคน" → 1000, "คน" → 1, "ล้านคน" → 1,000,000; None when unknown.

    Percentages and rates are not counts and are refused (None) — they cannot be summed or divided by graduates.
    """
    text = to_ascii_digits(unit).strip().casefold().replace(" ", "")
    if not text or "%" in text or "ร้อยละ" in text or "percent" in text:
        return None
    for word, factor in _MULTIPLIER_WORDS:
        if text.startswith(word):
            return factor
    if text in _ONES:
        return 1
    number = text.replace(",", "")
    return int(number) if number.isdigit() and int(number) in (1, 10, 100, 1000, 1_000_000) else None


def parse_year(text: str) -> int:
    """A year as CE: 2566 (พ.ศ.) → 2023, 2023 → 2023; ValueError when it is neither."""
    digits = to_ascii_digits(text).strip().removesuffix(".0")
    if not digits.isdigit():
        raise ValueError(text)
    year = int(digits)
    if 2450 <= year <= 2700:
        return year - BE_OFFSET
    if 1950 <= year <= 2150:
        return year
    raise ValueError(text)


def parse_quarter(text: str) -> int:
    """1–4 from "1", "Q1", "ไตรมาส 1"; 0 for a whole-year figure written as a total; ValueError otherwise."""
    cleaned = to_ascii_digits(text).strip().removesuffix(".0")
    if is_total(cleaned) or cleaned in ("0", "ทั้งปี", "annual", "year"):
        return 0
    match = _QUARTER.fullmatch(cleaned)
    if match is None:
        raise ValueError(text)
    return int(match.group(1))


def parse_value(text: str) -> Decimal:
    """A count as published: Thai digits, thousands separators and spaces accepted; "-" means zero (NSO tables)."""
    cleaned = to_ascii_digits(text).strip().replace(",", "").replace(" ", "").replace("\u00a0", "")
    if cleaned in ("-", "–"):
        return Decimal(0)
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite() or value < 0:
        raise ValueError(text)
    return value


@dataclass(frozen=True)
class FactKey:
    """What makes two rows the same fact: a newer release of the same fact replaces its value."""

    source: str
    measure: str
    year: int
    quarter: int
    month: int
    area: str
    sex: str
    age_group: str
    scheme: str
    occupation: str
    industry: str
    education: str

    def digest(self) -> str:
        text = "\x1f".join(str(part) for part in self.__dict__.values())
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:40]

    def label(self) -> str:
        """Short text naming the fact in a preview: period, area, occupation, measure."""
        period = f"{self.year + BE_OFFSET}" + (f"/Q{self.quarter}" if self.quarter else "") + (
            f"/{self.month:02d}" if self.month else "")
        return f"{period} {self.area} {self.scheme}:{self.occupation} {self.measure} {self.sex}/{self.age_group}"
