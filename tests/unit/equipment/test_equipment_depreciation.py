"""Straight-line depreciation checked against numbers worked by hand, for each first-year convention."""

from __future__ import annotations

import datetime as dt

import pytest

from vocdesk.domain.equipment import (
    DepreciationConvention,
    DepreciationRule,
    DepreciationYear,
    accumulated_depreciation,
    book_value,
    depreciation_schedule,
)
from vocdesk.errors import ValidationFailed

D = dt.date


def test_one_full_year_by_days_is_one_fifth_of_cost_less_salvage() -> None:
    # 45,000 baht, 5 years, salvage 1 baht: 44,999 / 5 = 8,999.80 baht a year; 365 days held = one year.
    rule = DepreciationRule(life_years=5)
    assert accumulated_depreciation(4_500_000, D(2025, 10, 1), D(2026, 9, 30), rule) == 899_980
    assert book_value(4_500_000, D(2025, 10, 1), D(2026, 9, 30), rule) == 3_600_020


def test_part_month_by_days_counts_the_acquisition_day() -> None:
    # 8,999.80 / 365 = 24.657 baht a day; 31 days (1–31 Oct) = 764.367 → 764.37 baht.
    rule = DepreciationRule(life_years=5)
    assert accumulated_depreciation(4_500_000, D(2025, 10, 1), D(2025, 10, 31), rule) == 76_437
    assert accumulated_depreciation(4_500_000, D(2025, 10, 1), D(2025, 10, 1), rule) == 2_466  # 24.657 → 24.66
    assert accumulated_depreciation(4_500_000, D(2025, 10, 1), D(2025, 9, 30), rule) == 0  # before purchase


def test_never_below_salvage_value_of_one_baht() -> None:
    rule = DepreciationRule(life_years=5)
    assert book_value(4_500_000, D(2025, 10, 1), D(2031, 1, 1), rule) == 100
    assert book_value(4_500_000, D(2025, 10, 1), D(2045, 1, 1), rule) == 100
    # An item that cost less than the salvage value is never depreciated.
    assert book_value(50, D(2025, 10, 1), D(2031, 1, 1), rule) == 50


def test_months_convention_counts_the_acquisition_month_in_full() -> None:
    # 30,000 baht over 5 years = 29,999 / 60 = 499.983 a month; Dec + Jan = 999.97 baht.
    rule = DepreciationRule(life_years=5, convention=DepreciationConvention.MONTHS)
    assert accumulated_depreciation(3_000_000, D(2025, 12, 15), D(2026, 1, 31), rule) == 99_997


def test_fiscal_years_convention_counts_the_acquisition_year_in_full() -> None:
    # Bought on the last day of FY 2569: 9,999 / 3 = 3,333.00 baht charged for the whole year.
    rule = DepreciationRule(life_years=3, convention=DepreciationConvention.FISCAL_YEARS)
    assert book_value(1_000_000, D(2026, 9, 30), D(2026, 9, 30), rule) == 666_700
    assert book_value(1_000_000, D(2026, 9, 30), D(2026, 10, 1), rule) == 333_400


def test_land_and_other_zero_life_items_keep_their_cost() -> None:
    assert book_value(5_000_000, D(2020, 1, 1), D(2026, 1, 1), DepreciationRule(life_years=0)) == 5_000_000


def test_schedule_by_fiscal_year_ends_at_salvage() -> None:
    # 7,301 baht over 2 years: 7,300 / 730 days = exactly 10 baht a day.
    # FY2569: 1 Apr–30 Sep 2026 = 183 days = 1,830; FY2570: 365 days = 3,650; FY2571: the last 182 days = 1,820.
    schedule = depreciation_schedule(730_100, D(2026, 4, 1), DepreciationRule(life_years=2), until_fiscal_year=2575)
    assert schedule == [
        DepreciationYear(2569, 183_000, 183_000, 547_100),
        DepreciationYear(2570, 365_000, 548_000, 182_100),
        DepreciationYear(2571, 182_000, 730_000, 100),
    ]
    assert sum(row.charge for row in schedule) == 730_100 - 100


def test_negative_life_refused() -> None:
    with pytest.raises(ValidationFailed) as caught:
        DepreciationRule(life_years=-1)
    assert caught.value.params["field"] == "useful_life_years"
