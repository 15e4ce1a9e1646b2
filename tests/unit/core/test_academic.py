"""Semester keys, academic and fiscal years, term calendars and programme levels."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vocdesk.domain.thai import (
    Level,
    MonthDay,
    SemesterCalendar,
    SemesterKey,
    academic_year_of,
    default_semester_of,
    fiscal_year_bounds,
    fiscal_year_of,
    parse_level,
    parse_level_year,
    semester_bounds,
)
from vocdesk.errors import ValidationFailed


@pytest.mark.parametrize(
    ("text", "semester", "year"),
    [("1/2567", 1, 2567), ("2/2567", 2, 2567), ("3/2566", 3, 2566), ("๑/๒๕๖๗", 1, 2567), (" 2 / 2567 ", 2, 2567),
     ("ภาคเรียนที่ 1/2567", 1, 2567)],
)
def test_semester_key_parses_the_ovec_form(text: str, semester: int, year: int) -> None:
    key = SemesterKey.parse(text)
    assert key == SemesterKey(academic_year=year, semester=semester)
    assert str(key) == f"{semester}/{year}"


@pytest.mark.parametrize("text", ["4/2567", "0/2567", "1/67", "1/2024", "12567", "1/2567/1", "", "1-2567", "๔/๒๕๖๗"])
def test_semester_key_rejects_other_text(text: str) -> None:
    assert SemesterKey.parse(text) is None


@pytest.mark.parametrize(("year", "semester"), [(2567, 0), (2567, 4), (2024, 1)])
def test_semester_key_refuses_impossible_values(year: int, semester: int) -> None:
    with pytest.raises(ValidationFailed):
        SemesterKey(academic_year=year, semester=semester)


def test_semester_keys_sort_by_year_then_term() -> None:
    keys = [SemesterKey.parse(t) for t in ("1/2567", "3/2566", "2/2566", "1/2566", "2/2567")]
    assert [str(k) for k in sorted(k for k in keys if k)] == ["1/2566", "2/2566", "3/2566", "1/2567", "2/2567"]
    assert SemesterKey(2566, 3) < SemesterKey(2567, 1)
    assert len({SemesterKey(2567, 1), SemesterKey.parse("1/2567")}) == 1


@given(st.integers(min_value=2400, max_value=9999), st.sampled_from([1, 2, 3]))
def test_semester_key_round_trips(year: int, semester: int) -> None:
    key = SemesterKey(academic_year=year, semester=semester)
    assert SemesterKey.parse(str(key)) == key


@pytest.mark.parametrize(
    ("day", "year"),
    [(dt.date(2024, 5, 16), 2567), (dt.date(2025, 3, 1), 2567), (dt.date(2025, 4, 30), 2567),
     (dt.date(2025, 5, 1), 2568), (dt.date(2024, 4, 30), 2566), (dt.date(2024, 12, 31), 2567)],
)
def test_academic_year_runs_may_to_april(day: dt.date, year: int) -> None:
    assert academic_year_of(day) == year


@pytest.mark.parametrize(
    ("day", "year"),
    [(dt.date(2024, 10, 1), 2568), (dt.date(2024, 9, 30), 2567), (dt.date(2025, 9, 30), 2568),
     (dt.date(2025, 1, 1), 2568), (dt.date(2025, 10, 1), 2569)],
)
def test_fiscal_year_is_named_by_the_year_it_ends(day: dt.date, year: int) -> None:
    assert fiscal_year_of(day) == year


def test_fiscal_year_bounds() -> None:
    assert fiscal_year_bounds(2568) == (dt.date(2024, 10, 1), dt.date(2025, 9, 30))
    with pytest.raises(ValidationFailed):
        fiscal_year_bounds(2025)  # a CE year passed by mistake


def test_fiscal_year_bounds_cover_every_day_exactly_once() -> None:
    day = dt.date(2019, 1, 1)
    while day < dt.date(2031, 1, 1):
        first, last = fiscal_year_bounds(fiscal_year_of(day))
        assert first <= day <= last and (last - first).days in (364, 365)
        day += dt.timedelta(days=1)


def test_default_term_dates() -> None:
    assert semester_bounds(SemesterKey(2567, 1)) == (dt.date(2024, 5, 16), dt.date(2024, 9, 30))
    assert semester_bounds(SemesterKey(2567, 2)) == (dt.date(2024, 11, 1), dt.date(2025, 3, 31))
    assert semester_bounds(SemesterKey(2567, 3)) == (dt.date(2025, 4, 1), dt.date(2025, 5, 15))
    with pytest.raises(ValidationFailed):
        semester_bounds(SemesterKey(2567, 3), SemesterCalendar(summer=None))


@pytest.mark.parametrize(
    ("day", "key"),
    [
        (dt.date(2024, 5, 16), "1/2567"),
        (dt.date(2024, 9, 30), "1/2567"),
        (dt.date(2024, 10, 15), "2/2567"),  # October break: the coming term
        (dt.date(2024, 11, 1), "2/2567"),
        (dt.date(2025, 1, 15), "2/2567"),  # the CE year changed, the academic year did not
        (dt.date(2025, 3, 31), "2/2567"),
        (dt.date(2025, 4, 1), "3/2567"),
        (dt.date(2025, 5, 15), "3/2567"),
        (dt.date(2025, 5, 16), "1/2568"),
    ],
)
def test_default_semester_of(day: dt.date, key: str) -> None:
    assert str(default_semester_of(day)) == key
    assert str(default_semester_of(day, SemesterCalendar())) == key


def test_college_without_a_summer_term() -> None:
    calendar = SemesterCalendar(summer=None)
    assert str(default_semester_of(dt.date(2025, 4, 10), calendar)) == "1/2568"
    assert str(default_semester_of(dt.date(2025, 3, 10), calendar)) == "2/2567"


def test_college_with_its_own_dates() -> None:
    calendar = SemesterCalendar(semester1=((6, 1), (10, 15)), semester2=((11, 1), (3, 15)), summer=((3, 25), (5, 10)))
    assert semester_bounds(SemesterKey(2567, 1), calendar) == (dt.date(2024, 6, 1), dt.date(2024, 10, 15))
    assert str(default_semester_of(dt.date(2024, 5, 20), calendar)) == "1/2567"
    assert str(default_semester_of(dt.date(2025, 3, 20), calendar)) == "3/2567"
    assert str(default_semester_of(dt.date(2024, 10, 10), calendar)) == "1/2567"


@pytest.mark.parametrize(
    ("semester1", "semester2", "summer"),
    [
        (((5, 16), (9, 30)), ((9, 1), (3, 31)), ((4, 1), (5, 15))),  # semester 2 starts inside semester 1
        (((5, 16), (9, 30)), ((11, 1), (3, 31)), ((4, 1), (5, 16))),  # summer runs into next semester 1
        (((5, 16), (4, 30)), ((11, 1), (3, 31)), None),
        (((5, 16), (9, 31)), ((11, 1), (3, 31)), None),  # 31 September
        (((5, 16), (9, 30)), ((11, 1), (2, 29)), None),  # not every year has 29 February
        (((13, 1), (9, 30)), ((11, 1), (3, 31)), None),
    ],
)
def test_inconsistent_calendars_are_refused(
    semester1: tuple[MonthDay, MonthDay], semester2: tuple[MonthDay, MonthDay], summer: tuple[MonthDay, MonthDay] | None
) -> None:
    with pytest.raises(ValidationFailed):
        SemesterCalendar(semester1=semester1, semester2=semester2, summer=summer)


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)), st.booleans())
def test_default_semester_is_the_current_term_or_the_next_one(day: dt.date, summer: bool) -> None:
    calendar = SemesterCalendar() if summer else SemesterCalendar(summer=None)
    key = default_semester_of(day, calendar)
    first, last = semester_bounds(key, calendar)
    assert day <= last
    if day < first:  # a break: no term may contain the day
        for year in (key.academic_year - 1, key.academic_year):
            for semester in (1, 2, 3) if summer else (1, 2):
                start, end = semester_bounds(SemesterKey(year, semester), calendar)
                assert not start <= day <= end


@pytest.mark.parametrize(
    ("text", "level", "year"),
    [
        ("ปวช.2", Level.CERTIFICATE, 2),
        ("ปวช. 2", Level.CERTIFICATE, 2),
        ("ปวส.1", Level.HIGHER_CERTIFICATE, 1),
        ("ปว ช 3", Level.CERTIFICATE, 3),
        ("ปวช.๓", Level.CERTIFICATE, 3),
        ("ปวส. ปีที่ 2", Level.HIGHER_CERTIFICATE, 2),
        ("ป.ตรี 1", Level.BACHELOR_TECH, 1),
        ("ปวช.\u00a01", Level.CERTIFICATE, 1),
    ],
)
def test_level_and_year_parse(text: str, level: Level, year: int) -> None:
    assert parse_level_year(text) == (level, year)


@pytest.mark.parametrize("text", ["ปวช.4", "ปวส.3", "ปวช.0", "ปวช.", "ม.6", "", "ปวช.12", "ปวท.1", "ปวช.1/2"])
def test_level_and_year_rejects(text: str) -> None:
    assert parse_level_year(text) is None


def test_levels() -> None:
    assert parse_level("ปวช.") is Level.CERTIFICATE
    assert parse_level("ป.ตรี") is Level.BACHELOR_TECH
    assert parse_level("ปวส.2") is Level.HIGHER_CERTIFICATE
    assert parse_level("มัธยม") is None
    assert [level.nominal_years for level in Level] == [3, 2, 2]
    assert [level.label_th for level in Level] == ["ปวช.", "ปวส.", "ป.ตรี"]
    assert Level.HIGHER_CERTIFICATE.label_en == "Higher Certificate in Vocational Education"
    assert Level.CERTIFICATE.name_th == "ประกาศนียบัตรวิชาชีพ"
    assert Level("pvs") is Level.HIGHER_CERTIFICATE
