"""Fixed statements compiled once per dialect and run on the driver cursor, inside the session's own transaction.

Every user action runs the same few statements of its own (BEGIN, the audit chain's lock, head read and insert). Going
through SQLAlchemy's execution path (cache key, execution context, result wrapper, events) cost several times what the
database took to run them; here each statement is compiled once per dialect, its bind processors are looked up once,
and the values go straight to the driver. Driver errors still arrive as SQLAlchemy's (an IntegrityError stays one);
these statements do not show in SQLAlchemy's echo log nor fire its cursor events.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import CompoundSelect, Connection, Dialect, Select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

from vocdesk.persistence.quick_binds import quicker

Convert = Callable[[Any], Any] | None


@dataclass(frozen=True)
class Compiled:
    """The SQL text for one dialect; `names` in the driver's order; each value's bind processor (None: as is)."""

    sql: str
    names: tuple[str, ...]
    positional: bool
    converts: tuple[Convert, ...]
    defaults: tuple[tuple[str, Any], ...]


@lru_cache(maxsize=64)
def compiled(statement: ClauseElement, dialect: Dialect, columns: tuple[str, ...] | None = None) -> Compiled:
    """`statement` for `dialect`; an INSERT takes `columns` (its parameters), other statements their bound values."""
    done = cast(SQLCompiler, statement.compile(dialect=dialect,
                                               column_keys=list(columns) if columns is not None else None))
    if done.post_compile_params or done.literal_execute_params:  # e.g. an expanding IN: rendered anew per call
        raise ValueError("a statement with parameters rendered at execution cannot be compiled once")
    by_name = {name: bind for bind, name in done.bind_names.items()}
    names = tuple(done.positiontup or ()) if done.positional else tuple(by_name)
    if columns is not None and set(names) != set(columns):
        raise ValueError(f"compiled parameters {names} are not the columns {columns}")
    converts = tuple(quicker(by_name[name].type.dialect_impl(dialect).bind_processor(dialect)) for name in names)
    defaults = tuple((name, by_name[name].value) for name in names if not by_name[name].required)
    return Compiled(done.string, names, bool(done.positional), converts, defaults)


def driver_values(form: Compiled, params: Mapping[str, Any]) -> Sequence[Any] | dict[str, Any]:
    """The parameters as the driver takes them: a tuple in order, or a dict for a driver with named parameters."""
    merged = {**dict(form.defaults), **params}
    values = [merged[name] if convert is None else convert(merged[name])
              for name, convert in zip(form.names, form.converts, strict=True)]
    return tuple(values) if form.positional else dict(zip(form.names, values, strict=True))


def run_on_driver(connection: Connection, sql: str, values: Sequence[Any] | Mapping[str, Any] = (), *,
                  many: bool = False) -> Any:
    """Execute (`many`: executemany over a list of rows) on a fresh driver cursor of `connection`, already in its
    transaction; the cursor is returned."""
    dialect = connection.dialect
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        if many:
            cursor.executemany(sql, values)
        else:
            cursor.execute(sql, values)
    except dialect.loaded_dbapi.Error as error:
        cursor.close()
        raise DBAPIError.instance(sql, values, error, dialect.loaded_dbapi.Error, dialect=dialect,
                                  ismulti=many) from error
    return cursor


_READERS: dict[tuple[ClauseElement, str], tuple[Convert, ...]] = {}


def fixed_rows(connection: Connection, statement: Select[*tuple[Any, ...]] | CompoundSelect[*tuple[Any, ...]],
               params: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
    """Every row of a select built once, as plain tuples, each value as SQLAlchemy would give it (the column type's
    own result processor: e.g. SQLite's text dates become dates), found on the first run of that statement."""
    form = compiled(statement, connection.dialect)
    cursor = run_on_driver(connection, form.sql, driver_values(form, params or {}))
    try:
        rows = cursor.fetchall()
        key = (statement, connection.dialect.name)
        readers = _READERS.get(key)
        if readers is None:
            dialect = connection.dialect
            readers = _READERS[key] = tuple(
                column.type.dialect_impl(dialect).result_processor(dialect, description[1])
                for column, description in zip(statement.selected_columns, cursor.description, strict=True))
    finally:
        cursor.close()
    if not any(readers):
        return [tuple(row) for row in rows]
    return [tuple(value if read is None else read(value) for value, read in zip(row, readers, strict=True))
            for row in rows]


def execute_fixed(connection: Connection, statement: ClauseElement, params: Mapping[str, Any] | None = None,
                  columns: tuple[str, ...] | None = None) -> Any:
    """Run a statement built once (module level) with `params`; returns the driver cursor for fetching."""
    form = compiled(statement, connection.dialect, columns)
    return run_on_driver(connection, form.sql, driver_values(form, params or {}))
