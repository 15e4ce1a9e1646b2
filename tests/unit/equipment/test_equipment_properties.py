"""Properties over random inputs: VAT lines add up exactly; book values only fall, and never below salvage."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vocdesk.domain.equipment import DepreciationConvention, DepreciationRule, accumulated_depreciation, book_value
from vocdesk.domain.grants import line_amounts, split_cost

quantities = st.integers(1, 100_000).map(lambda milli: Decimal(milli) / 1000)
prices = st.integers(0, 10_000_000)
rates = st.sampled_from([Decimal(0), Decimal(7), Decimal("10"), Decimal("1.5")])
days = st.dates(dt.date(2015, 1, 1), dt.date(2035, 12, 31))
rules = st.builds(DepreciationRule, life_years=st.integers(1, 20), convention=st.sampled_from(DepreciationConvention),
                  salvage=st.integers(0, 500))


@given(quantities, prices, rates, st.booleans())
def test_line_total_is_net_plus_vat(quantity: Decimal, price: int, rate: Decimal, inclusive: bool) -> None:
    amounts = line_amounts(quantity, price, rate, inclusive)
    assert amounts.total == amounts.net + amounts.vat
    assert amounts.vat >= 0 and amounts.net >= 0
    assert abs(amounts.vat - amounts.net * rate / 100) <= 1  # VAT is the rate on the net, to within one satang
    if inclusive:  # the invoice's figure is kept: quantity × price, to the satang
        assert amounts.total == int((quantity * price).quantize(Decimal(1), rounding="ROUND_HALF_UP"))


@pytest.mark.parametrize(("quantity", "price", "rate", "inclusive", "net", "vat", "total"), [
    ("1", 10_000, "7", False, 10_000, 700, 10_700),  # 100.00 baht + 7 % = 107.00
    ("3", 3_333, "7", False, 9_999, 700, 10_699),  # 99.99 × 7 % = 6.9993 → 7.00
    ("1", 10_700, "7", True, 10_000, 700, 10_700),  # 107.00 incl. VAT = 100.00 + 7.00
    ("1", 100, "7", True, 93, 7, 100),  # 1.00 incl.: net 0.934579… → 0.93, VAT 0.07
    ("2.5", 1_999, "10", False, 4_998, 500, 5_498),  # 2.5 × 19.99 = 49.975 → 49.98; VAT 4.998 → 5.00
    ("1", 15, "7", False, 15, 1, 16),  # 0.15 × 7 % = 0.0105 → 0.01
    ("1", 50_000, "0", False, 50_000, 0, 50_000),
])
def test_line_amounts_hand_worked(quantity: str, price: int, rate: str, inclusive: bool, net: int, vat: int,
                                  total: int) -> None:
    amounts = line_amounts(Decimal(quantity), price, Decimal(rate), inclusive)
    assert (amounts.net, amounts.vat, amounts.total) == (net, vat, total)


@given(st.integers(0, 10**12), st.integers(1, 5000))
def test_split_cost_adds_up_and_differs_by_at_most_one_satang(total: int, count: int) -> None:
    parts = split_cost(total, count)
    assert sum(parts) == total and max(parts) - min(parts) <= 1


@given(st.integers(0, 10**10), days, days, days, rules)
def test_book_value_only_falls_and_stops_at_salvage(cost: int, acquired: dt.date, first: dt.date, second: dt.date,
                                                    rule: DepreciationRule) -> None:
    early, late = sorted((first, second))
    assert book_value(cost, acquired, early, rule) >= book_value(cost, acquired, late, rule)
    assert book_value(cost, acquired, late, rule) >= min(cost, rule.salvage)
    assert 0 <= accumulated_depreciation(cost, acquired, late, rule) <= max(0, cost - rule.salvage)
