"""The quicker date and timestamp binds write exactly SQLite's stored text, and step aside where they would not."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Date, DateTime, Enum, Integer, String
from sqlalchemy.dialects import postgresql, sqlite

from vocdesk.persistence.quick_binds import quicker

SQLITE = sqlite.dialect()
EAST = dt.timezone(dt.timedelta(hours=7))


def _dialect_bind(kind: object, dialect: object = SQLITE) -> object:
    return kind.dialect_impl(dialect).bind_processor(dialect)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("value", "stored"), [
    (dt.datetime(2026, 11, 24, 18, 5, tzinfo=EAST), "2026-11-24 18:05:00.000000"),  # the wall clock, no offset
    (dt.datetime(2026, 1, 2, 3, 4, 5, 60), "2026-01-02 03:04:05.000060"),
    (dt.datetime(1, 1, 1), "0001-01-01 00:00:00.000000"),
    (dt.datetime(9999, 12, 31, 23, 59, 59, 999999), "9999-12-31 23:59:59.999999"),
])
def test_a_timestamp_is_stored_as_the_dialect_stores_it(value: dt.datetime, stored: str) -> None:
    original = _dialect_bind(DateTime())
    convert = quicker(original)  # type: ignore[arg-type]
    assert convert is not original  # the quicker one was adopted
    assert convert(value) == stored  # type: ignore[misc]
    assert original(value) == stored  # type: ignore[operator]


@pytest.mark.parametrize(("value", "stored"), [(dt.date(2026, 2, 28), "2026-02-28"), (dt.date(5, 6, 7), "0005-06-07"),
                                                (None, None)])
def test_a_date_is_stored_as_the_dialect_stores_it(value: dt.date | None, stored: str | None) -> None:
    original = _dialect_bind(Date())
    convert = quicker(original)  # type: ignore[arg-type]
    assert convert is not original  # the quicker one was adopted
    assert convert(value) == stored  # type: ignore[misc]


def test_a_timestamp_given_for_a_date_column_keeps_the_dialects_text() -> None:
    """A datetime is a date too: the dialect writes only its day, and so must the quicker bind."""
    convert = quicker(_dialect_bind(Date()))  # type: ignore[arg-type]
    assert convert(dt.datetime(2026, 3, 4, 5, 6)) == "2026-03-04"  # type: ignore[misc]


def test_a_wrong_value_still_gets_the_dialects_error() -> None:
    convert = quicker(_dialect_bind(Date()))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="SQLite Date type only accepts"):
        convert("2026-03-04")  # type: ignore[misc]


def test_a_changed_storage_format_keeps_the_dialects_own_bind() -> None:
    seconds_only = sqlite.DATETIME(truncate_microseconds=True)
    original = seconds_only.bind_processor(SQLITE)
    assert quicker(original) is original
    assert original(dt.datetime(2026, 1, 2, 3, 4, 5, 6)) == "2026-01-02 03:04:05"  # type: ignore[misc]


def test_other_columns_and_drivers_keep_theirs() -> None:
    assert quicker(None) is None
    for kind, dialect in ((String(20), SQLITE), (Integer(), SQLITE), (DateTime(), postgresql.dialect()),
                          (Date(), postgresql.dialect())):
        original = _dialect_bind(kind, dialect)
        assert quicker(original) is original  # type: ignore[arg-type]


def test_a_column_whose_bind_refuses_dates_in_its_own_way_keeps_it() -> None:
    """An enum's bind raises LookupError for a date: that column is simply not a date column."""
    states = Enum("booked", "cancelled", name="state", validate_strings=True)
    original = _dialect_bind(states)
    assert original is not None
    assert quicker(original) is original  # type: ignore[arg-type]
