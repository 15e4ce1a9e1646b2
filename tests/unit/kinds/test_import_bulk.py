"""Bulk inserts write every row's own values, fill what a row leaves out from its defaults, and refuse a row that
lacks a field nothing can fill — whether the batch's rows all have the same fields or not."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Boolean, Column, Date, DateTime, Integer, MetaData, String, Table, create_engine, select, text
from sqlalchemy.orm import Session

from vocdesk.services.kinds.import_bulk import bulk_insert

META = MetaData()
PEOPLE = Table("people", META, Column("id", Integer, primary_key=True), Column("code", String, nullable=False),
               Column("born", Date), Column("note", String, default="—"))
STAMPS = Table("stamps", META, Column("id", Integer, primary_key=True), Column("day", Date), Column("flag", Boolean),
               Column("at", DateTime(timezone=True)))


@pytest.fixture
def session() -> Session:
    engine = create_engine("sqlite://")
    META.create_all(engine)
    return Session(engine)


def _stored(session: Session) -> list[tuple[object, ...]]:
    return [tuple(row) for row in session.execute(select(PEOPLE.c.code, PEOPLE.c.born, PEOPLE.c.note)
                                                  .order_by(PEOPLE.c.id))]


def test_rows_with_the_same_fields_keep_their_values_and_the_rest_take_defaults(session: Session) -> None:
    bulk_insert(session, PEOPLE, [{"code": "A", "born": dt.date(2008, 5, 1)}, {"code": "B", "born": None}])
    assert _stored(session) == [("A", dt.date(2008, 5, 1), "—"), ("B", None, "—")]


def test_one_field_rows_and_mixed_rows(session: Session) -> None:
    bulk_insert(session, PEOPLE, [{"code": "C"}], {"born": None})
    bulk_insert(session, PEOPLE, [{"code": "D", "note": "ย้ายเข้า"}, {"code": "E"}], {"born": dt.date(2009, 1, 2)})
    assert _stored(session) == [("C", None, "—"), ("D", dt.date(2009, 1, 2), "ย้ายเข้า"),
                                ("E", dt.date(2009, 1, 2), "—")]


def test_a_row_missing_a_field_without_a_default_is_refused(session: Session) -> None:
    with pytest.raises(ValueError, match="code"):
        bulk_insert(session, PEOPLE, [{"code": "F", "born": None}, {"born": None}])


def test_repeated_and_equal_values_are_stored_as_each_row_typed_them(session: Session) -> None:
    """Dates and flags are converted once per distinct value; equal values of other kinds (the same instant in two
    time zones) still keep each row's own text."""
    bangkok = dt.timezone(dt.timedelta(hours=7))
    noon_utc = dt.datetime(2026, 12, 3, 5, 0, tzinfo=dt.UTC)
    noon_bangkok = dt.datetime(2026, 12, 3, 12, 0, tzinfo=bangkok)
    assert noon_utc == noon_bangkok
    rows = [{"day": dt.date(2026, 12, 3), "flag": True, "at": noon_utc},
            {"day": dt.date(2026, 12, 3), "flag": 1, "at": noon_bangkok},
            {"day": None, "flag": False, "at": noon_utc},
            {"day": dt.date(2025, 1, 31), "flag": 0, "at": None}] * 3
    bulk_insert(session, STAMPS, rows)
    raw = session.execute(text("SELECT day, flag, at FROM stamps ORDER BY id")).all()
    assert [tuple(row) for row in raw[:4]] == [
        ("2026-12-03", 1, "2026-12-03 05:00:00.000000"), ("2026-12-03", 1, "2026-12-03 12:00:00.000000"),
        (None, 0, "2026-12-03 05:00:00.000000"), ("2025-01-31", 0, None)]
    assert raw[4:8] == raw[:4] and raw[8:] == raw[:4]
