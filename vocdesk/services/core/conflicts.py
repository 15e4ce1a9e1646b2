"""Optimistic locking for edits: load a record and refuse the save if it changed since the user saw it."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from vocdesk.errors import Conflict, NotFound
from vocdesk.persistence.audit_raw import Unreadable, decode, raw_query
from vocdesk.persistence.models.audit import AuditEvent
from vocdesk.services.core.context import UnitOfWork

M = TypeVar("M")


def _recent_changes(uow: UnitOfWork, entity: str, entity_id: object, how_many: int) -> tuple[list[str], list[str]]:
    """Who changed the record and which fields, from the newest `how_many` audit records about it."""
    rows = uow.session.execute(
        raw_query(uow.session).where(AuditEvent.entity == entity, AuditEvent.entity_id == str(entity_id))
        .order_by(AuditEvent.id.desc()).limit(max(how_many, 1))
    ).all()
    people: list[str] = []
    fields: list[str] = []
    for event in (decode(row) for row in rows):
        if isinstance(event, Unreadable):
            continue  # a damaged record says nothing reliable about who changed it; `vocdesk check` reports it
        if event.actor not in people:
            people.append(event.actor)
        try:
            changed: dict[str, Any] = json.loads(event.changes_json)
        except ValueError:
            changed = {}
        fields.extend(name for name in changed if name not in fields)
    return people, fields


def expect_version(uow: UnitOfWork, model: type[M], record_id: object, seen_version: int) -> M:
    """Load `model` #`record_id` for editing; raise Conflict (who, which fields) if its version moved on.

    The save itself is guarded too: the version column makes a concurrent save fail at flush, which the
    unit of work turns into the same Conflict error.
    """
    record = uow.session.get(model, record_id)
    if record is None:
        raise NotFound(what=f"{getattr(model, '__tablename__', model.__name__)} #{record_id}")
    current = int(getattr(record, "version"))  # noqa: B009 - every Versioned model has it
    if current != seen_version:
        entity = str(getattr(model, "__tablename__", model.__name__))
        people, fields = _recent_changes(uow, entity, record_id, current - seen_version)
        raise Conflict(
            "conflict_changed", entity=entity, id=record_id, seen_version=seen_version, current_version=current,
            changed_by=", ".join(people) or "?", fields=", ".join(fields) or "?",
        )
    return record
