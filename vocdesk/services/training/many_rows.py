"""Many rows into one table as a single driver executemany, the INSERT compiled once per table, columns and dialect.

For the 20 rows of a booked run, SQLAlchemy's per-row parameter handling in a Core executemany (a params dict built,
then each value converted, row by row) cost more than SQLite took to insert them. Here the statement is compiled once,
the dialect's own bind processors are looked up once, and the rows go to the driver as plain tuples (or dicts, for a
driver with named parameters), on the session's connection inside its transaction (driver.py). Driver errors still
arrive as SQLAlchemy's (an IntegrityError stays an IntegrityError).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Insert, Table, insert
from sqlalchemy.orm import Session

from vocdesk.persistence.driver import compiled, run_on_driver


@lru_cache(maxsize=32)
def _insert(table: Table) -> Insert:
    return insert(table)  # one statement object per table, so that its compiled form is cached (driver.py)


def insert_many(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert `rows` (all with the same keys, the table's column names) after flushing what the session holds."""
    if not rows:
        return
    session.flush()
    connection = session.connection()
    columns = tuple(rows[0])
    form = compiled(_insert(table), connection.dialect, columns)
    by_column = [[row[name] for row in rows] if convert is None else [convert(row[name]) for row in rows]
                 for name, convert in zip(form.names, form.converts, strict=True)]
    converted = list(zip(*by_column, strict=True))
    if not form.positional:
        converted = [dict(zip(form.names, values, strict=True)) for values in converted]  # type: ignore[misc]
    run_on_driver(connection, form.sql, converted, many=True).close()
