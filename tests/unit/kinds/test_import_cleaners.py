"""Cell cleaning as a registrar's spreadsheet needs it: spaces, Thai digits, Excel number forms, พ.ศ. dates."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from vocdesk.io.imports import CellProblem
from vocdesk.io.imports import cleaners as c
from vocdesk.io.imports.learners import grade, split_full_name


def clean(cleaner: c.Cleaner, value: Any) -> tuple[Any, list[str]]:
    warnings: c.Warnings = []
    result = cleaner(value, warnings)
    return result, [code for code, _ in warnings]


def problem(cleaner: c.Cleaner, value: Any) -> str:
    with pytest.raises(CellProblem) as raised:
        cleaner(value, [])
    return raised.value.code


@pytest.mark.parametrize(("value", "expected"), [
    ("\u00a0 สมชาย\u200b  ใจดี \u00a0", "สมชาย ใจดี"),
    (66201010001.0, "66201010001"),
    (12.5, "12.5"),
])
def test_text_trims_every_kind_of_space_and_drops_excel_point_zero(value: Any, expected: str) -> None:
    assert clean(c.text(100), value) == (expected, [])


@pytest.mark.parametrize(("value", "expected"), [
    ("๖๖๒๐๑๐๑๐๐๐๑", "66201010001"), (66201010001.0, "66201010001"), ("6.6201010001E+10", "66201010001"),
    (" 6620 101 ", "6620101"),
])
def test_codes_come_back_as_text(value: Any, expected: str) -> None:
    assert clean(c.code(20), value) == (expected, [])


def test_code_in_rounded_scientific_notation_is_refused() -> None:
    assert problem(c.code(20), "6.6201E+10") == "import_number_digits_lost"


@pytest.mark.parametrize("value", [1101700203450, 1101700203450.0, "1-1017-00203-45-0", "๑๑๐๑๗๐๐๒๐๓๔๕๐"])
def test_national_id_in_every_excel_form(value: Any) -> None:
    assert clean(c.national_id, value) == ("1101700203450", [])


def test_national_id_in_scientific_text_only_when_every_digit_is_written() -> None:
    assert clean(c.national_id, "1.000000000017E+12") == ("1000000000017", [])
    # the last 0 of 1101700203450 is not written: it may have been rounded away, so it is not guessed
    assert problem(c.national_id, "1.10170020345E+12") == "import_number_digits_lost"


@pytest.mark.parametrize(("value", "code"), [
    ("1101700203451", "import_national_id_checksum"), ("1.1017E+12", "import_number_digits_lost"),
    ("110170020345", "import_national_id_format"), ("AB1234567", "import_national_id_format"),
])
def test_bad_national_ids(value: Any, code: str) -> None:
    assert problem(c.national_id, value) == code


@pytest.mark.parametrize(("value", "expected", "warnings"), [
    ("15/03/2551", dt.date(2008, 3, 15), []),
    ("๑๕ มี.ค. ๒๕๕๑", dt.date(2008, 3, 15), []),
    (dt.datetime(2551, 3, 15), dt.date(2008, 3, 15), ["import_be_year_in_date_cell"]),
    (dt.date(2008, 3, 15), dt.date(2008, 3, 15), []),
    ("15/03/2008", dt.date(2008, 3, 15), ["import_ce_year_assumed"]),
])
def test_dates_in_be_or_ce_as_text_or_cells(value: Any, expected: dt.date, warnings: list[str]) -> None:
    assert clean(c.date, value) == (expected, warnings)


@pytest.mark.parametrize("value", ["31/02/2551", "เมื่อวาน", 39522.0])
def test_impossible_dates_are_errors(value: Any) -> None:
    assert problem(c.date, value) == "import_date_invalid"


def test_gpax_range_rounding_and_thai_digits() -> None:
    gpax = c.decimal(0.0, 4.0)
    assert clean(gpax, "๓.๒๕") == (3.25, [])
    assert clean(gpax, 3.256) == (3.26, [])
    assert problem(gpax, 4.01) == "import_number_range"
    assert problem(gpax, "ดี") == "import_number_invalid"


def test_phone_gets_back_its_leading_zero_and_odd_forms_warn() -> None:
    assert clean(c.phone, 812345678) == ("0812345678", [])
    assert clean(c.phone, "+66 81 234 5678") == ("0812345678", [])
    assert clean(c.phone, "02-123-4567 ต่อ 12") == ("02-123-4567 ต่อ 12", ["import_phone_unusual"])


def test_email_and_choices() -> None:
    assert problem(c.email, "someone@") == "import_email_invalid"
    gender = c.choice({"ชาย": "male", "หญิง": "female"}, "ชาย, หญิง")
    assert clean(gender, " หญิง ") == ("female", [])
    assert problem(gender, "อื่น ๆ") == "import_choice_invalid"


@pytest.mark.parametrize(("value", "expected"), [
    ("นายสมชาย ใจดี", {"prefixName": "นาย", "firstName": "สมชาย", "lastName": "ใจดี"}),
    ("นางสาว มาลี  ศรี สุข", {"prefixName": "นางสาว", "firstName": "มาลี", "lastName": "ศรี สุข"}),
    ("ด.ช.ก้อง ภพ", {"prefixName": "ด.ช.", "firstName": "ก้อง", "lastName": "ภพ"}),
    ("สมศักดิ์ รักไทย", {"prefixName": "", "firstName": "สมศักดิ์", "lastName": "รักไทย"}),
])
def test_full_name_split(value: str, expected: dict[str, str]) -> None:
    assert clean(split_full_name, value) == (expected, [])


def test_grade_gives_level_and_year() -> None:
    assert clean(grade, "ปวช.2") == (("pvc", 2), [])
    assert clean(grade, "ปวส. ๑") == (("pvs", 1), [])
    assert problem(grade, "ปวช.4") == "import_grade_invalid"
