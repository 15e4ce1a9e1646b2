"""Bulk INSERT for imports: the statement is compiled by SQLAlchemy Core once, then the rows go to the driver's
executemany on SQLite (skipping Core's per-row parameter assembly, about a third of a 50,000-row insert)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from vocdesk.persistence.search_index import FTS_TABLE

SEARCH_TRIGGER = "learner_fts_ai"
"""Migration 0007's AFTER INSERT trigger that feeds each new learner to the FTS5 trigram index."""

DEFERRED_SEARCH_MIN_ROWS = 200
"""From this many new learners on, the search index is filled by one INSERT ... SELECT after the bulk insert."""


def bulk_insert(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` in the session's transaction; a key a row leaves out takes the column's constant default.
    Column types still convert the values (their own bind processors); other databases take Core's path."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    defaults = _scalar_defaults(table)
    given: dict[str, None] = {}
    for row in rows:
        given.update(dict.fromkeys(row))
    keys = list(dict.fromkeys([*given, *defaults]))
    full = [{**defaults, **row} for row in rows]
    if dialect.name != "sqlite":
        session.execute(insert(table), full)
        return
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    order = list(compiled.positiontup or keys)
    for name in order:
        column_type = table.c[name].type
        convert = column_type.dialect_impl(dialect).bind_processor(dialect)
        if convert is not None:
            for row in full:
                if name in row:
                    row[name] = convert(row[name])
    getter = itemgetter(*order)
    try:
        parameters = [getter(row) for row in full] if len(order) > 1 else [(getter(row),) for row in full]
    except KeyError as missing:  # a programming error: a column without a value or a constant default
        raise ValueError(f"a row lacks {missing} and the column has no constant default") from None
    connection.exec_driver_sql(compiled.string, parameters)


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
