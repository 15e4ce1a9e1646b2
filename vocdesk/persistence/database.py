"""A database handle: engine plus session factory, with write transactions that lock early on SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.orm import Session, sessionmaker

from vocdesk.persistence.driver import run_on_driver
from vocdesk.persistence.engine import make_engine, mask_url

WRITE_OPTION = "vocdesk_write"


def _begin_sqlite(conn: Connection) -> None:
    # The driver runs in autocommit mode; we issue BEGIN ourselves so that a writing unit of work takes
    # the write lock at its start (BEGIN IMMEDIATE) and never fails later on a lock upgrade. It goes to the driver
    # directly (a busy database still raises SQLAlchemy's OperationalError): it runs once for every action.
    run_on_driver(conn, "BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN").close()


class Database:
    """Owns one engine; hands out read sessions and write sessions."""

    def __init__(self, url: str, *, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine if engine is not None else make_engine(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        if self.is_sqlite:
            event.listen(self.engine, "connect", _disable_driver_transactions)
            event.listen(self.engine, "begin", _begin_sqlite)
        self._read = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            bind=self.engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )

    @property
    def masked_url(self) -> str:
        return mask_url(self.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; whatever it holds is rolled back at the end."""
        session = self._read()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def write_session(self) -> Session:
        return self._write()

    def dispose(self) -> None:
        self.engine.dispose()


def _disable_driver_transactions(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
