"""Audit records read as stored, value by value, so that a damaged value is a finding and never an exception."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import LargeBinary, Select, Text, cast, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from vocdesk.persistence.models.audit import AuditEvent

TEXT_COLUMNS = ("actor", "action", "entity", "entity_id", "changes_json", "prev_hash", "hash")


@dataclass(frozen=True)
class RawEvent:
    """One record with every value readable; `at` is the stored time as the hash covers it (naive UTC, ISO)."""

    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    changes_json: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class Unreadable:
    """A stored value that cannot be what its column holds: a disk fault or an edit outside VocDesk."""

    event_id: int
    column: str
    detail: str


def _as_stored(session: Session, column: ColumnElement[Any]) -> ColumnElement[Any]:
    # SQLite keeps whatever was written (any type, any bytes): read its bytes and decode here. PostgreSQL enforces
    # the column types, so its text form is the value as stored.
    if session.get_bind().dialect.name == "sqlite":
        return cast(column, LargeBinary)
    return cast(column, Text)


def raw_query(session: Session) -> Select[Any]:
    """`SELECT id, at, actor, …` with every value but the id in its stored form; add filters and order."""
    table = AuditEvent.__table__
    return select(table.c.id, *(_as_stored(session, table.c[name]) for name in ("at", *TEXT_COLUMNS)))


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes | bytearray | memoryview):
        try:
            return bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            return None
    return str(value)


def _when(text: str) -> dt.datetime | None:
    try:
        at = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if at.tzinfo is not None:
        at = at.astimezone(dt.UTC).replace(tzinfo=None)
    return at.replace(microsecond=0)


def decode(row: Any) -> RawEvent | Unreadable:
    """The record, or the first of its values that cannot be read (column order)."""
    event_id = int(row[0])
    texts: dict[str, str] = {}
    for name, value in zip(("at", *TEXT_COLUMNS), row[1:], strict=True):
        text = _text(value)
        if text is None:
            why = "empty (NULL)" if value is None else "not UTF-8 text"
            return Unreadable(event_id, name, why)
        texts[name] = text
    at = _when(texts.pop("at"))
    if at is None:
        return Unreadable(event_id, "at", "not a date and time")
    return RawEvent(event_id, at, **texts)


def raw_events(session: Session) -> Iterator[RawEvent | Unreadable]:
    """Every record by id, each decoded on its own so one damaged value does not hide the rest."""
    for row in session.execute(raw_query(session).order_by(AuditEvent.__table__.c.id)):
        yield decode(row)


def raw_head(session: Session) -> str | None:
    """The newest record's stored hash as text (undecodable bytes replaced), None when there is no record."""
    row = session.execute(select(_as_stored(session, AuditEvent.__table__.c.hash))
                          .order_by(AuditEvent.__table__.c.id.desc()).limit(1)).first()
    if row is None:
        return None
    value = row[0]
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode("utf-8", errors="replace")
    return "" if value is None else str(value)
