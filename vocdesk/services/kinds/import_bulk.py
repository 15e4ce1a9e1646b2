"""Bulk INSERT for imports: the statement is compiled by SQLAlchemy Core once, the parameters are built column by
column and go to the driver's executemany on SQLite (Core's per-row parameter assembly was a third of the insert)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, Date, Table, insert
from sqlalchemy.orm import Session

from vocdesk.persistence.search_index import FTS_TABLE

SEARCH_TRIGGER = "learner_fts_ai"
"""Migration 0007's AFTER INSERT trigger that feeds each new learner to the FTS5 trigram index."""

_NO_VALUE: Any = object()
DEFERRED_SEARCH_MIN_ROWS = 200
"""From this many new learners on, the search index is filled by one INSERT ... SELECT after the bulk insert."""


def bulk_insert(session: Session, table: Table, rows: Sequence[dict[str, Any]],
                defaults: dict[str, Any] | None = None) -> None:
    """Insert `rows` in the session's transaction; a key a row leaves out takes `defaults` or else the column's
    constant default. The parameters are gathered column by column (see `bulk_insert_columns`)."""
    if not rows:
        return
    fallback = {**_scalar_defaults(table), **(defaults or {})}
    first = rows[0].keys()
    if all(row.keys() == first for row in rows):  # the usual batch: every row has the same fields
        present = list(first)
        columns = dict(zip(present, map(list, zip(*map(itemgetter(*present), rows), strict=True)), strict=True)) \
            if len(present) > 1 else {present[0]: [row[present[0]] for row in rows]}
        for name, default in fallback.items():
            columns.setdefault(name, [default] * len(rows))
        bulk_insert_columns(session, table, columns)
        return
    names = list(dict.fromkeys([*set().union(*rows), *fallback]))
    columns = {}
    for name in names:
        default = fallback.get(name, _NO_VALUE)
        values = [row.get(name, default) for row in rows]
        if default is _NO_VALUE and _NO_VALUE in values:  # a programming error, never the user's data
            raise ValueError(f"a row lacks {name!r} and the column has no constant default")
        columns[name] = values
    bulk_insert_columns(session, table, columns)


def bulk_insert_columns(session: Session, table: Table, columns: dict[str, list[Any]]) -> None:
    """Insert one row per position of the equally long `columns` ({column key: values}); columns left out take
    their constant default. On SQLite the INSERT is compiled once and each column is converted by its type's own
    bind processor in one pass, then zipped into the driver's executemany; other databases take Core's path."""
    count = len(next(iter(columns.values()), []))
    if not count:
        return
    for name, default in _scalar_defaults(table).items():
        columns.setdefault(name, [default] * count)
    connection = session.connection()
    dialect = connection.dialect
    if dialect.name != "sqlite":
        names = list(columns)
        session.execute(insert(table), [dict(zip(names, values, strict=True))
                                        for values in zip(*columns.values(), strict=True)])
        return
    compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
    ordered = []
    for name in compiled.positiontup or list(columns):
        column_type = table.c[name].type
        convert = column_type.dialect_impl(dialect).bind_processor(dialect)
        values = columns[name]
        if convert is None:
            ordered.append(values)
        elif isinstance(column_type, _EQUAL_CONVERTS_ALIKE):
            ordered.append(_each_distinct_once(values, convert))
        else:
            ordered.append(list(map(convert, values)))
    connection.exec_driver_sql(compiled.string, list(zip(*ordered, strict=True)))


_EQUAL_CONVERTS_ALIKE = (Date, Boolean)
"""Column types whose equal values bind alike (not DateTime: equal aware times in two zones print differently;
not Numeric: Decimal('1.0') == Decimal('1.00'))."""


def _each_distinct_once(values: list[Any], convert: Callable[[Any], Any]) -> list[Any]:
    """`convert` applied to every value, called once per distinct value when they repeat (birth dates, a status
    change's day, a flag's default: 50,000 calls became a few hundred in a learner import)."""
    table = {value: convert(value) for value in dict.fromkeys(values)}
    return list(map(table.__getitem__, values))


@contextmanager
def bulk_cache(session: Session, kib: int = 65536) -> Iterator[None]:
    """On SQLite, a larger page cache while a bulk write runs (the learner table has seven indexes whose pages
    otherwise spill mid-transaction: about a quarter faster); the connection's setting is restored after."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{int(kib)}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(before or -2000)}")


@contextmanager
def learner_search_deferred(session: Session, new_rows: int, above_id: int) -> Iterator[None]:
    """On SQLite with the FTS5 search trigger and at least `DEFERRED_SEARCH_MIN_ROWS` new learners: the trigger is
    dropped for the bulk insert, then the learners with ids above `above_id` (this transaction's inserts) are
    indexed by one INSERT ... SELECT and the trigger is recreated from its own stored SQL. Row by row the trigger
    made a 50,000-row insert about 3 s slower; the set-based fill takes about 0.3 s and costs only the new rows
    (a `'rebuild'` would re-index the whole table). All of it runs in the caller's transaction: an exception rolls
    the DDL back with the rows, so the trigger is never lost."""
    connection = session.connection()
    trigger_sql = None
    if connection.dialect.name == "sqlite" and new_rows >= DEFERRED_SEARCH_MIN_ROWS:
        trigger_sql = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (SEARCH_TRIGGER,)).scalar()
    if trigger_sql is None:
        yield
        return
    columns = ", ".join(row[1] for row in connection.exec_driver_sql(f"PRAGMA table_info({FTS_TABLE})"))
    connection.exec_driver_sql(f"DROP TRIGGER {SEARCH_TRIGGER}")
    yield
    connection.exec_driver_sql(f"INSERT INTO {FTS_TABLE}(rowid, {columns}) SELECT id, {columns} FROM learner "
                               "WHERE id > ?", (above_id,))
    connection.exec_driver_sql(str(trigger_sql))


def _scalar_defaults(table: Table) -> dict[str, Any]:
    """Python-side constant defaults (e.g. `default=""`), used for the columns a row leaves out."""
    found: dict[str, Any] = {}
    for column in table.columns:
        default: Any = column.default
        if default is not None and default.is_scalar:
            found[column.key] = default.arg
    return found


@contextmanager
def indexes_deferred(session: Session, table: str, new_rows: int) -> Iterator[None]:
    """On SQLite, when a bulk insert at least doubles `table` (and brings `DEFERRED_SEARCH_MIN_ROWS` rows or more):
    its plain (non-unique) indexes are dropped for the insert and rebuilt from their own stored SQL after it; one
    sorted build is cheaper than maintaining each index row by row. Unique indexes stay, so every uniqueness rule
    is still enforced per row. It runs in the caller's transaction: an exception rolls the DDL back with the rows."""
    connection = session.connection()
    kept: list[tuple[str, str]] = []
    if connection.dialect.name == "sqlite" and new_rows >= DEFERRED_SEARCH_MIN_ROWS:
        existing = int(connection.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar() or 0)
        if new_rows >= existing:
            plain = {row[1] for row in connection.exec_driver_sql(f'PRAGMA index_list("{table}")')
                     if not row[2] and row[3] == "c"}
            kept = [(str(name), str(sql)) for name, sql in connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                (table,)) if name in plain]
    for name, _sql in kept:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in kept:
        connection.exec_driver_sql(sql)
