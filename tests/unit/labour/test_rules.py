"""Hand-worked checks of the labour rules: unit multipliers, periods, values, totals, employment rate, score."""

from __future__ import annotations

from decimal import Decimal

import pytest

from vocdesk.domain.labour.facts import is_total, parse_quarter, parse_value, parse_year, unit_multiplier
from vocdesk.domain.labour.occupations import code_of_label, schemes_of_label, valid_code
from vocdesk.domain.labour.outcomes import Thresholds, composite, employment_rate


@pytest.mark.parametrize(("unit", "factor"), [("พันคน", 1000), ("คน", 1), ("ล้านคน", 1_000_000),
                                              ("Thousand persons", 1000), ("ตำแหน่ง", 1), ("'000 persons", 1000)])
def test_unit_multipliers(unit: str, factor: int) -> None:
    assert unit_multiplier(unit) == factor


@pytest.mark.parametrize("unit", ["", "ร้อยละ", "%", "บาท/เดือน"])
def test_units_that_are_not_counts_are_refused(unit: str) -> None:
    assert unit_multiplier(unit) is None


def test_years_quarters_and_values_as_published() -> None:
    assert parse_year("2566") == 2023 and parse_year("๒๕๖๖") == 2023 and parse_year("2023") == 2023
    assert parse_quarter("Q3") == 3 and parse_quarter("ไตรมาสที่ 2") == 2 and parse_quarter("รวม") == 0
    assert parse_value("1,234.5") == Decimal("1234.5") and parse_value("๑,๒๐๐") == Decimal(1200)
    assert parse_value("-") == 0
    for bad in ("25x6", "1800"):
        with pytest.raises(ValueError):
            parse_year(bad)
    with pytest.raises(ValueError):
        parse_quarter("5")
    with pytest.raises(ValueError):
        parse_value("12 คน")


def test_totals_and_occupation_schemes() -> None:
    assert is_total("รวม") and is_total(" Total ") and is_total("ทั่วราชอาณาจักร") and not is_total("ชาย")
    assert code_of_label("isco88", "Clerks") == "4" and code_of_label("isco08", "Clerks") is None
    assert code_of_label("isco08", "Clerical support workers") == "4"
    assert schemes_of_label("Professionals") == ["isco08", "isco88"]
    assert valid_code("isco08", "7231") and not valid_code("isco08", "72311") and not valid_code("tsco", "A1")


def test_employment_rate_by_hand() -> None:
    # 12 graduates; 10 answered (2 unreachable); 1 ordained and 1 conscripted leave the base of 8;
    # employed: 3 private (2 in field) + 1 government (in field) + 1 self-employed (not) = 5 → 5/8 = 62.5 %.
    answers = [("employed_private", True), ("employed_private", True), ("employed_private", False),
               ("employed_government", True), ("self_employed", False), ("further_study", False),
               ("unemployed", False), ("not_seeking", False), ("ordained", False), ("military_service", False),
               ("unreachable", False), ("unreachable", False)]
    rate = employment_rate(12, answers)
    assert (rate.respondents, rate.base, rate.employed, rate.in_field) == (10, 8, 5, 3)
    assert rate.rate == 62.5 and rate.in_field_rate == 60.0 and rate.response_rate == 83.3


def test_composite_score_by_hand() -> None:
    ratio = Thresholds((0.5, 1.0, 2.0))  # vacancies per graduate
    assert [ratio.score(v) for v in (0.2, 0.5, 1.5, 3.0)] == [0, 1, 2, 3]
    assert composite([3, 2, 1]) == (2.0, "shortage")
    assert composite([2, 1, 2, 1]) == (1.5, "watch")
    assert composite([1, 0, 2]) == (1.0, "no_shortage")
    assert composite([]) == (None, "unknown")
