"""Bulk inserts that hand back the new ids in row order without RETURNING row by row (SQLite's slow path)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from vocdesk.persistence.base import Base

ID_QUERY_CHUNK = 2000
"""Keys per `IN (...)` query: well under every backend's limit on bound parameters."""


def insert_rows(session: Session, table_name: str, rows: Sequence[dict[str, Any]], key: str) -> list[int]:
    """executemany-insert `rows`, then read their ids back by the unique column `key`; ids follow `rows`."""
    if not rows:
        return []
    table = Base.metadata.tables[table_name]
    session.execute(insert(table), list(rows))
    keys = [row[key] for row in rows]
    found: dict[Any, int] = {}
    for start in range(0, len(keys), ID_QUERY_CHUNK):
        chunk = keys[start:start + ID_QUERY_CHUNK]
        query = select(table.c.id, table.c[key]).where(table.c[key].in_(chunk))
        found.update((k, i) for i, k in session.execute(query))
    return [found[k] for k in keys]
