"""พ.ศ. dates: parsing what Thai users type or Excel hands over, and printing it back without drift."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vocdesk.domain.thai import (
    BE_OFFSET,
    WARN_BE_YEAR_IN_DATE_CELL,
    WARN_BE_YEAR_IN_ISO_DATE,
    WARN_CE_YEAR_ASSUMED,
    WARN_WEEKDAY_MISMATCH,
    ParsedDate,
    format_be_long,
    format_be_official,
    format_be_short,
    parse_thai_date,
    thai_weekday_name,
)

JAN31 = dt.date(2020, 1, 31)  # 31 มกราคม 2563, a Friday


@pytest.mark.parametrize(
    "typed",
    [
        "31/01/2563",
        "31/1/2563",
        "31-01-2563",
        "31.01.2563",
        " 31 / 01 / 2563 ",
        "31/01/63",
        "31 ม.ค. 2563",
        "31 ม.ค. 63",
        "31 มค 2563",
        "31 ม.ค.2563",
        "31 มกราคม 2563",
        "31 มกราคม พ.ศ. 2563",
        "วันที่ 31 มกราคม พ.ศ. 2563",
        "วันศุกร์ที่ 31 มกราคม พ.ศ. 2563",
        "๓๑/๐๑/๒๕๖๓",
        "๓๑ มกราคม ๒๕๖๓",
        "วันที่ ๓๑ ม.ค. ๖๓",
        "31\u00a0มกราคม\u00a02563",
        "2020-01-31",
        "2020-01-31 00:00:00",
        "31 ม.ค. ค.ศ. 2020",  # the era is stated, so nothing was assumed
        "31 Jan 2563",
    ],
)
def test_accepted_forms_give_the_iso_date_without_warnings(typed: str) -> None:
    assert parse_thai_date(typed) == ParsedDate(JAN31, ())


@pytest.mark.parametrize("typed", ["31/01/2020", "31 January 2020", "31-Jan-2020", "31 มกราคม 2020"])
def test_a_christian_era_year_is_accepted_with_a_warning(typed: str) -> None:
    assert parse_thai_date(typed) == ParsedDate(JAN31, (WARN_CE_YEAR_ASSUMED,))


def test_iso_with_a_buddhist_year_is_shifted_and_flagged() -> None:
    assert parse_thai_date("2563-01-31") == ParsedDate(JAN31, (WARN_BE_YEAR_IN_ISO_DATE,))


def test_excel_date_cell_typed_in_be_is_converted_once_with_a_warning() -> None:
    assert parse_thai_date(dt.date(2563, 1, 31)) == ParsedDate(JAN31, (WARN_BE_YEAR_IN_DATE_CELL,))
    assert parse_thai_date(dt.datetime(2563, 1, 31, 0, 0)) == ParsedDate(JAN31, (WARN_BE_YEAR_IN_DATE_CELL,))
    assert parse_thai_date(dt.date(2400, 1, 1)) == ParsedDate(dt.date(1857, 1, 1), (WARN_BE_YEAR_IN_DATE_CELL,))


def test_excel_date_cell_with_a_real_date_is_left_alone() -> None:
    assert parse_thai_date(JAN31) == ParsedDate(JAN31, ())
    assert parse_thai_date(dt.datetime(2020, 1, 31, 13, 45)) == ParsedDate(JAN31, ())


def test_543_is_never_added_twice() -> None:
    parsed = parse_thai_date("31/01/2563")
    assert parsed is not None and parsed.date.year == 2020  # not 2563, not 3106
    again = parse_thai_date(format_be_short(parsed.date))
    assert again is not None and again.date == parsed.date
    assert format_be_short(again.date) == "31/01/2563"
    cell = parse_thai_date(dt.date(2563, 1, 31))
    assert cell is not None and format_be_long(cell.date) == "31 มกราคม 2563"


def test_leap_days_follow_the_gregorian_year_not_the_be_number() -> None:
    # 2563 BE is 2020 CE (leap) although 2563 is not divisible by 4; 2564 BE is 2021 CE (common).
    assert parse_thai_date("29/02/2563") == ParsedDate(dt.date(2020, 2, 29), ())
    assert parse_thai_date("29 ก.พ. 2567") == ParsedDate(dt.date(2024, 2, 29), ())
    assert parse_thai_date("29/02/2564") is None
    assert parse_thai_date(dt.date(2564, 2, 29)) is None  # a BE date cell naming a day that never was


@pytest.mark.parametrize(
    "bad",
    [
        "31/02/2563",
        "31/04/2563",
        "32/01/2563",
        "00/01/2563",
        "31/13/2563",
        "31/01/256",
        "31/01-2563",
        "31 มกรา 2563",
        "31 Jan 63",  # English month with a two-digit year: 1963, 2020 or 2563? refuse
        "31 มกราคม ค.ศ. 2563",
        "31 มกราคม พ.ศ. 2020",
        "01/31/2020",
        "2020-02-30",
        "hello",
        "",
    ],
)
def test_impossible_or_ambiguous_text_is_rejected(bad: str) -> None:
    assert parse_thai_date(bad) is None


@pytest.mark.parametrize("bad", [None, 20200131, 43861.0, ["31/01/2563"]])
def test_values_that_are_not_dates_are_rejected(bad: object) -> None:
    assert parse_thai_date(bad) is None


def test_a_stated_weekday_that_does_not_match_is_flagged() -> None:
    assert parse_thai_date("วันเสาร์ที่ 31 มกราคม 2563") == ParsedDate(JAN31, (WARN_WEEKDAY_MISMATCH,))


def test_formats() -> None:
    assert format_be_short(JAN31) == "31/01/2563"
    assert format_be_short(dt.date(2024, 5, 1)) == "01/05/2567"
    assert format_be_short(JAN31, thai_digits=True) == "๓๑/๐๑/๒๕๖๓"
    assert format_be_long(JAN31) == "31 มกราคม 2563"
    assert format_be_long(dt.date(2024, 5, 1)) == "1 พฤษภาคม 2567"
    assert format_be_long(JAN31, abbreviated=True) == "31 ม.ค. 2563"
    assert format_be_long(JAN31, thai_digits=True, abbreviated=True) == "๓๑ ม.ค. ๒๕๖๓"
    assert format_be_official(JAN31) == "๓๑ มกราคม ๒๕๖๓"
    assert format_be_official(JAN31, thai_digits=False) == "31 มกราคม 2563"
    assert format_be_short(dt.datetime(2020, 1, 31, 23, 59)) == "31/01/2563"


def test_weekday_is_taken_from_the_real_date_after_the_shift() -> None:
    parsed = parse_thai_date("31/01/2563")
    assert parsed is not None
    assert thai_weekday_name(parsed.date) == "วันศุกร์"
    # the naive bug: the same day/month in CE year 2563 is a Monday
    assert thai_weekday_name(dt.date(2563, 1, 31)) == "วันจันทร์"
    assert thai_weekday_name(dt.date(2024, 1, 1)) == "วันจันทร์"  # 1 ม.ค. 2567
    assert thai_weekday_name(dt.date(2024, 1, 4)) == "วันพฤหัสบดี"
    assert thai_weekday_name(dt.date(2024, 1, 7), abbreviated=True) == "อา."


def test_every_day_from_2400_to_2700_be_round_trips() -> None:
    # Short (ASCII), official (Thai digits, full month) and abbreviated month: between them every
    # code path of the formatter and parser, on every day of 301 BE years (~110k days).
    first, last = dt.date(2400 - BE_OFFSET, 1, 1), dt.date(2700 - BE_OFFSET, 12, 31)
    one_day = dt.timedelta(days=1)
    failures: list[str] = []
    day, checked = first, 0
    while day <= last:
        for text in (format_be_short(day), format_be_official(day), format_be_long(day, abbreviated=True)):
            parsed = parse_thai_date(text)
            if parsed is None or parsed.date != day or parsed.warnings:
                failures.append(f"{day} -> {text!r} -> {parsed}")
        checked += 1
        day += one_day
    assert checked == (last - first).days + 1 > 109_000
    assert failures[:5] == []


@given(
    st.dates(min_value=dt.date(2400 - BE_OFFSET, 1, 1), max_value=dt.date(2700 - BE_OFFSET, 12, 31)),
    st.booleans(),
    st.booleans(),
)
def test_every_format_option_parses_back(day: dt.date, thai_digits: bool, abbreviated: bool) -> None:
    for text in (format_be_short(day, thai_digits), format_be_long(day, thai_digits, abbreviated)):
        assert parse_thai_date(text) == ParsedDate(day, ())


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_excel_cell_typed_in_be_lands_on_the_same_day_as_the_typed_text(day: dt.date) -> None:
    try:
        cell = dt.date(day.year + BE_OFFSET, day.month, day.day)
    except ValueError:  # 29 Feb of a CE leap year whose BE number is not one
        return
    from_cell = parse_thai_date(cell)
    from_text = parse_thai_date(format_be_short(day))
    assert from_cell is not None and from_text is not None
    assert from_cell.date == from_text.date == day
