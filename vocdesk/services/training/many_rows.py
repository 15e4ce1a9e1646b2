"""Many rows into one table as a single driver executemany, the INSERT compiled once per table, columns and dialect.

For the 20 rows of a booked run, SQLAlchemy's per-row parameter handling in a Core executemany (a params dict built,
then each value converted, row by row) cost more than SQLite took to insert them. Here the statement is compiled once,
the dialect's own bind processors are looked up once, and the rows go to the driver as plain tuples (or dicts, for a
driver with named parameters), on the session's connection inside its transaction. Driver errors still arrive as
SQLAlchemy's (an IntegrityError stays an IntegrityError).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Dialect, Table, insert
from sqlalchemy.orm import Session

Convert = Callable[[Any], Any] | None


@lru_cache(maxsize=32)
def _compiled(table: Table, columns: tuple[str, ...], dialect: Dialect) -> tuple[str, tuple[str, ...] | None,
                                                                                 tuple[Convert, ...]]:
    compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
    order = tuple(compiled.positiontup or ()) if compiled.positional else None
    names = order if order is not None else columns
    if order is not None and set(order) != set(columns):
        raise ValueError(f"{table.name}: compiled parameters {order} are not the columns {columns}")
    converts = tuple(table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names)
    return compiled.string, order, converts


def insert_many(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert `rows` (all with the same keys, the table's column names) after flushing what the session holds."""
    if not rows:
        return
    session.flush()
    connection = session.connection()
    columns = tuple(rows[0])
    sql, order, converts = _compiled(table, columns, connection.dialect)
    names = order if order is not None else columns
    by_column = [[row[name] for row in rows] if convert is None else [convert(row[name]) for row in rows]
                 for name, convert in zip(names, converts, strict=True)]
    converted = list(zip(*by_column, strict=True))
    if order is not None:
        connection.exec_driver_sql(sql, converted)
    else:
        connection.exec_driver_sql(sql, [dict(zip(names, values, strict=True)) for values in converted])
