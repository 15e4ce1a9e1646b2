"""Money is exact: baht typed by people become satang, VAT per line adds up, the policy band only warns."""

from __future__ import annotations

from decimal import Decimal

import pytest

from vocdesk.domain.grants import (
    WARN_ABOVE_BAND,
    WARN_BELOW_BAND,
    LineAmounts,
    PolicyBand,
    format_baht,
    line_amounts,
    parse_baht,
    parse_quantity,
    shortfall,
    split_cost,
)
from vocdesk.errors import ValidationFailed


@pytest.mark.parametrize(("typed", "satang"), [
    ("1,250.50", 125_050), ("๑๒๕๐", 125_000), ("3000000", 300_000_000), (Decimal("0.07"), 7), (15, 1_500),
    ("  2,000 บาท ", 200_000),
])
def test_baht_as_typed_becomes_satang(typed: object, satang: int) -> None:
    assert parse_baht(typed) == satang


@pytest.mark.parametrize("bad", ["12.345", "abc", "", 1.5, "NaN"])
def test_fractions_of_satang_floats_and_text_refused(bad: object) -> None:
    with pytest.raises(ValidationFailed) as caught:
        parse_baht(bad, field="unit_price")
    assert caught.value.code == "money_format" and caught.value.params["field"] == "unit_price"


def test_format_baht() -> None:
    assert format_baht(123_456_789) == "1,234,567.89"
    assert format_baht(-5) == "-0.05"


def test_vat_added_to_net_prices() -> None:
    assert line_amounts(Decimal(3), 100_000, Decimal(7), False) == LineAmounts(300_000, 21_000, 321_000)
    # 2.5 kg × 45.50 = 113.75; VAT 7.9625 → 7.96; total 121.71
    assert line_amounts(Decimal("2.5"), 4_550, Decimal(7), False) == LineAmounts(11_375, 796, 12_171)


def test_vat_extracted_from_inclusive_prices() -> None:
    assert line_amounts(Decimal(1), 10_700, Decimal(7), True) == LineAmounts(10_000, 700, 10_700)
    # 99.99 including VAT: net 93.4486 → 93.45, VAT is the rest so the total stays what the invoice says.
    assert line_amounts(Decimal(1), 9_999, Decimal(7), True) == LineAmounts(9_345, 654, 9_999)


def test_vat_exempt_line() -> None:
    assert line_amounts(Decimal(4), 2_500, Decimal(0), False) == LineAmounts(10_000, 0, 10_000)


def test_quantities() -> None:
    assert parse_quantity("2.5") == Decimal("2.5")
    for bad in ("0", "-1", "1.0001", "x"):
        with pytest.raises(ValidationFailed):
            parse_quantity(bad)


def test_line_cost_shared_among_assets_adds_up() -> None:
    assert split_cost(100_001, 3) == [33_334, 33_334, 33_333]
    assert sum(split_cost(321_000, 7)) == 321_000


def test_policy_band_warns_outside_one_to_three_million() -> None:
    band = PolicyBand()
    assert band.warning_for(100_000_000) is None and band.warning_for(300_000_000) is None
    assert band.warning_for(99_999_999) == WARN_BELOW_BAND
    assert band.warning_for(300_000_001) == WARN_ABOVE_BAND


def test_shortfall() -> None:
    assert shortfall(balance=50_000, needed=80_000) == 30_000
    assert shortfall(balance=80_000, needed=80_000) == 0
