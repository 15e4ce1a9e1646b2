"""Thai national and tax IDs: what registrars type or import from Excel, checked against python-stdnum."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.th import pin, tin

from vocdesk.domain.thai import (
    IdValue,
    format_national_id,
    is_valid_national_id,
    is_valid_tax_id,
    mask_national_id,
    national_id_check_digit,
    normalize_national_id,
    normalize_tax_id,
    to_ascii_digits,
    to_thai_digits,
)
from vocdesk.errors import ValidationFailed

VALID_ID = "3100600445635"  # checksum-valid (python-stdnum's own example)
thirteen_digits = st.text(alphabet="0123456789", min_size=13, max_size=13)


@pytest.mark.parametrize(
    "typed",
    [
        "3100600445635",
        " 3100600445635 ",
        "3-1006-00445-63-5",
        "3 1006 00445 63 5",
        "3\u00a01006\u00a000445\u00a063\u00a05",  # non-breaking spaces pasted from a web page
        "3–1006–00445–63–5",  # en dashes from a word processor
        "๓๑๐๐๖๐๐๔๔๕๖๓๕",
        "๓-๑๐๐๖-๐๐๔๔๕-๖๓-๕",
        "3100600445635.0",  # Excel number cell saved to CSV
        "3.100600445635E+12",  # Excel scientific notation, every digit kept
        "3.100600445635e12",
        "31006004456.35E+2",
        3100600445635,
        3100600445635.0,
        Decimal("3100600445635"),
        Decimal("3100600445635.000"),
    ],
)
def test_common_forms_normalise_to_the_13_ascii_digits(typed: IdValue) -> None:
    assert normalize_national_id(typed) == VALID_ID
    assert is_valid_national_id(typed)


def test_thai_digits_come_back_as_ascii_even_though_python_calls_them_digits() -> None:
    thai = to_thai_digits(VALID_ID)
    assert thai.isdigit() and int(thai) == int(VALID_ID)  # the trap: Python accepts them as numbers
    result = normalize_national_id(thai)
    assert result == VALID_ID and result.isascii()


@pytest.mark.parametrize(
    "bad",
    [
        "3.1006004E+12",  # Excel rounded the ID away: must not become 3100600400000
        "3.10060044563E+12",  # one digit lost; padding with 0 would make up a different person
        "3.100600445635E+13",  # 14 digits
        "310060044563",  # 12 digits
        "31006004456350",  # 14 digits
        "3100600445635.5",
        "3100600445635,0",
        "3.100600445635E-12",
        3100600445635.5,
        float("nan"),
        float("inf"),
        -3100600445635,
        True,
        Decimal("NaN"),
        "",
        "   ",
        "310060044563x",
        "३१००६००४४५६३५",  # Devanagari digits: regex \d accepts them, we must not
        "３１００６００４４５６３５",  # fullwidth digits
        "3/1006/00445/63/5",
    ],
)
def test_malformed_or_truncated_ids_are_rejected_not_guessed(bad: IdValue) -> None:
    assert normalize_national_id(bad) is None
    assert not is_valid_national_id(bad)


def test_other_python_values_are_rejected() -> None:
    assert normalize_national_id(None) is None  # type: ignore[arg-type]
    assert normalize_national_id([VALID_ID]) is None  # type: ignore[arg-type]


def test_wrong_check_digit_normalises_but_is_not_valid() -> None:
    wrong = VALID_ID[:12] + "6"
    assert normalize_national_id(wrong) == wrong
    assert not is_valid_national_id(wrong)


def test_check_digit_matches_the_documented_formula() -> None:
    first12 = "110370001234"
    weighted = sum(int(d) * (14 - i) for i, d in enumerate(first12, start=1))
    assert national_id_check_digit(first12) == (11 - weighted % 11) % 10 == 6
    assert national_id_check_digit(to_thai_digits(first12)) == 6


@pytest.mark.parametrize("bad", ["", "11037000123", "1103700012345", "11037000123x", "११०३७०००१२३४"])
def test_check_digit_refuses_anything_but_12_digits(bad: str) -> None:
    with pytest.raises(ValidationFailed):
        national_id_check_digit(bad)


@given(thirteen_digits)
def test_checksum_agrees_with_stdnum(number: str) -> None:
    assert national_id_check_digit(number[:12]) == int(pin.calc_check_digit(number))
    if number[0] != "9":  # stdnum refuses a leading 9 (no such ID type); we only check the checksum
        assert is_valid_national_id(number) == tin.is_valid(number)
        assert is_valid_tax_id(number) == tin.is_valid(number)


@given(thirteen_digits)
def test_formatted_and_excel_forms_round_trip(number: str) -> None:
    assert normalize_national_id(format_national_id(number)) == number
    assert format_national_id(number) == pin.format(number)
    if number[0] != "0":  # a number cell cannot keep a leading zero
        assert normalize_national_id(float(number)) == number
        assert normalize_national_id(f"{int(number):.12E}") == number


@given(thirteen_digits, st.integers(min_value=0, max_value=16))
def test_scientific_notation_never_yields_a_different_id(number: str, precision: int) -> None:
    text = f"{int(number):.{precision}E}"
    assert normalize_national_id(text) in (None, number)


def test_format_and_mask() -> None:
    assert format_national_id("1103700012345") == "1-1037-00012-34-5"
    assert format_national_id(1103700012345.0) == "1-1037-00012-34-5"
    assert mask_national_id("1103700012345") == "1-1037-xxxxx-xx-5"
    assert mask_national_id("๑-๑๐๓๗-๐๐๐๑๒-๓๔-๕") == "1-1037-xxxxx-xx-5"


def test_values_that_are_not_ids_still_display_but_never_leak_when_masked() -> None:
    assert format_national_id("AA1234567") == "AA1234567"  # a passport number is legitimate data
    assert mask_national_id("AA1234567") == "xxxxxxxx7"
    assert mask_national_id("7") == "x"
    assert mask_national_id("") == ""


@given(thirteen_digits)
def test_mask_hides_the_middle_digits(number: str) -> None:
    masked = mask_national_id(number)
    assert masked == f"{number[0]}-{number[1:5]}-xxxxx-xx-{number[12]}"


def test_tax_id_gets_back_the_leading_zero_a_number_cell_dropped() -> None:
    company = "0994000617721"
    assert is_valid_tax_id(company) and is_valid_tax_id("0-99-4-000-61772-1")
    for cell in (994000617721, 994000617721.0, "994000617721", "994000617721.0", "9.94000617721E+11"):
        assert normalize_tax_id(cell) == company
        assert is_valid_tax_id(cell)
    assert normalize_national_id(994000617721) is None  # personal IDs are not padded
    assert normalize_tax_id("99-4-000-61772-1") is None  # typed with separators: a digit is really missing
    assert normalize_tax_id(VALID_ID) == VALID_ID
    assert not is_valid_tax_id("0994000617722")


@given(st.text())
def test_digit_conversion_round_trips_and_touches_only_digits(text: str) -> None:
    ascii_text = to_ascii_digits(text)
    assert to_ascii_digits(to_thai_digits(ascii_text)) == ascii_text
    assert not any(ch in "๐๑๒๓๔๕๖๗๘๙" for ch in ascii_text)
    assert len(ascii_text) == len(text)


def test_digit_conversion_examples() -> None:
    assert to_thai_digits("31/01/2563 ก") == "๓๑/๐๑/๒๕๖๓ ก"
    assert to_ascii_digits("๓๑/๐๑/๒๕๖๓ ก") == "31/01/2563 ก"
