"""Alembic environment: runs migrations on the connection VocDesk hands over (or a URL for developers)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

import vocdesk.persistence.models  # noqa: F401  (registers every table)
from vocdesk.persistence.base import Base
from vocdesk.persistence.engine import make_engine
from vocdesk.persistence.search_index import is_search_artifact

config = context.config
target_metadata = Base.metadata


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Autogenerate compares past the search index's tables and index, which migration 0007 owns."""
    return not is_search_artifact(name)


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url") or ""
    engine = make_engine(url)
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("VocDesk migrations run online only")
run_online()
