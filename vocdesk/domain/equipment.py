"""Pure asset-register rules: asset codes, conditions, straight-line depreciation and stock-take reconciling."""

from __future__ import annotations

import datetime as dt
import enum
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from vocdesk.domain.academic import fiscal_year_bounds, fiscal_year_of
from vocdesk.domain.thai_ids import to_ascii_digits
from vocdesk.errors import ValidationFailed

# Thai government practice numbers an item "class-type-running/year", e.g. 7440-001-0001/69: the category
# code carries the supply class and type (7440-001 = computer), the running number restarts each fiscal year.
DEFAULT_ASSET_CODE_PATTERN = "{category}-{running:04d}/{fy_short}"
CODE_FIELDS = frozenset({"category", "running", "fiscal_year", "fy_short"})
DEFAULT_SALVAGE_SATANG = 100  # the register keeps a fully depreciated item at 1 baht


class Condition(enum.Enum):
    """สภาพ of an item as the register and the stock-take record it."""

    GOOD = "good"  # ดี
    FAIR = "fair"  # พอใช้
    DAMAGED = "damaged"  # ชำรุด
    IN_REPAIR = "in_repair"  # ส่งซ่อม
    UNUSABLE = "unusable"  # ใช้การไม่ได้ (รอจำหน่าย)


class DepreciationConvention(enum.Enum):
    """How the first (partial) period counts; a college setting."""

    DAYS = "days"  # pro rata by days held, the acquisition day included (government default)
    MONTHS = "months"  # the acquisition month counts in full
    FISCAL_YEARS = "fiscal_years"  # the acquisition fiscal year counts in full


def check_code_pattern(pattern: str) -> str:
    """Refuse a pattern with unknown fields or without the running number (codes would repeat)."""
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
        if not names <= CODE_FIELDS or "running" not in names:
            raise ValueError(pattern)
        format_asset_code(pattern, "0000-000", 2569, 1, _checked=True)
    except (ValueError, IndexError, KeyError):
        raise ValidationFailed("asset_code_pattern", field="asset_code_pattern", value=pattern) from None
    return pattern


def format_asset_code(pattern: str, category: str, fiscal_year: int, running: int, *, _checked: bool = False) -> str:
    """Fill the code pattern: category code, พ.ศ. fiscal year (and its last two digits), running number."""
    if not _checked:
        check_code_pattern(pattern)
    return pattern.format(category=category, fiscal_year=fiscal_year, fy_short=f"{fiscal_year % 100:02d}",
                          running=running)


def normalize_asset_code(text: str) -> str:
    """A scanned or typed code: Thai digits to ASCII, surrounding blanks and a scanner's stray newline dropped."""
    return to_ascii_digits(text).strip().upper()


@dataclass(frozen=True)
class DepreciationRule:
    """Straight line from cost down to the salvage value over `life_years`."""

    life_years: int
    convention: DepreciationConvention = DepreciationConvention.DAYS
    salvage: int = DEFAULT_SALVAGE_SATANG

    def __post_init__(self) -> None:
        if self.life_years < 0:
            raise ValidationFailed("useful_life", field="useful_life_years", value=self.life_years)
        if self.salvage < 0:
            raise ValidationFailed("money_negative", field="salvage")


def _elapsed_fraction(rule: DepreciationRule, acquired: dt.date, as_of: dt.date) -> Decimal:
    """Share of the useful life used up by the end of `as_of` (0 before acquisition; may exceed 1)."""
    if as_of < acquired:
        return Decimal(0)
    if rule.convention is DepreciationConvention.DAYS:
        return Decimal((as_of - acquired).days + 1) / (365 * rule.life_years)
    if rule.convention is DepreciationConvention.MONTHS:
        months = (as_of.year - acquired.year) * 12 + as_of.month - acquired.month + 1
        return Decimal(months) / (12 * rule.life_years)
    return Decimal(fiscal_year_of(as_of) - fiscal_year_of(acquired) + 1) / rule.life_years


def accumulated_depreciation(cost: int, acquired: dt.date, as_of: dt.date, rule: DepreciationRule) -> int:
    """ค่าเสื่อมราคาสะสม at the end of `as_of`, in satang, rounded half-up and never below the salvage value."""
    depreciable = cost - rule.salvage
    if depreciable <= 0 or as_of < acquired:
        return 0
    if rule.life_years == 0:  # land and other non-depreciating items
        return 0
    share = min(Decimal(1), _elapsed_fraction(rule, acquired, as_of))
    return int((depreciable * share).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def book_value(cost: int, acquired: dt.date, as_of: dt.date, rule: DepreciationRule) -> int:
    """มูลค่าสุทธิ: cost less accumulated depreciation at `as_of`."""
    return cost - accumulated_depreciation(cost, acquired, as_of, rule)


@dataclass(frozen=True)
class DepreciationYear:
    """One fiscal year of the schedule printed on the register."""

    fiscal_year: int
    charge: int
    accumulated: int
    book_value: int


def depreciation_schedule(cost: int, acquired: dt.date, rule: DepreciationRule,
                          until_fiscal_year: int) -> list[DepreciationYear]:
    """Charge per fiscal year from acquisition until `until_fiscal_year` (or until fully depreciated)."""
    rows: list[DepreciationYear] = []
    previous = 0
    for year in range(fiscal_year_of(acquired), until_fiscal_year + 1):
        year_end = fiscal_year_bounds(year)[1]
        accumulated = accumulated_depreciation(cost, acquired, year_end, rule)
        rows.append(DepreciationYear(year, accumulated - previous, accumulated, cost - accumulated))
        previous = accumulated
        if rule.life_years and accumulated >= cost - rule.salvage:
            break  # fully depreciated: the register carries it at the salvage value from here on
    return rows


@dataclass(frozen=True)
class ReconcileResult:
    """What one batch of scans at one location tells: matched, misplaced, unknown and still unseen."""

    found_here: list[str] = field(default_factory=list)
    found_elsewhere: dict[str, int | None] = field(default_factory=dict)  # code -> where the register says
    unknown: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    not_seen: list[str] = field(default_factory=list)


def reconcile_scans(location_id: int, scanned: Iterable[str], register: Mapping[str, int | None],
                    already_seen: Iterable[str] = ()) -> ReconcileResult:
    """Compare codes scanned at `location_id` with the register (code → expected location id)."""
    result = ReconcileResult()
    seen: set[str] = set()
    for raw in scanned:
        code = normalize_asset_code(raw)
        if not code:
            continue
        if code in seen:
            result.duplicates.append(code)
            continue
        seen.add(code)
        if code not in register:
            result.unknown.append(code)
        elif register[code] == location_id:
            result.found_here.append(code)
        else:
            result.found_elsewhere[code] = register[code]
    seen.update(already_seen)
    result.not_seen.extend(sorted(code for code, where in register.items()
                                  if where == location_id and code not in seen))
    return result
