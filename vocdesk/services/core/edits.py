"""`apply_edit` and `apply_create`: the tails edits and creations share: set, flush, audit old/new, announce."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vocdesk.services.core.changes import Change
from vocdesk.services.core.context import UnitOfWork


def apply_edit(uow: UnitOfWork, record: object, values: Mapping[str, object], *, action: str, entity: str,
               entity_id: object, changes: tuple[Change, ...]) -> dict[str, list[object]]:
    """Set each of `values` that differs from `record`; when any did, flush (a Versioned row's version goes up and a
    concurrent save fails as a Conflict), audit `action` with {field: [old, new]} and announce `changes`.

    An edit that changes nothing writes nothing, audits nothing and announces nothing. Returns the diff."""
    diff: dict[str, list[object]] = {
        name: [getattr(record, name), value] for name, value in values.items() if getattr(record, name) != value}
    for name, (_old, new) in diff.items():
        setattr(record, name, new)
    if diff:
        uow.session.flush()
        uow.audit(action, entity, entity_id, diff)
        uow.changed(*changes)
    return diff


def apply_create(uow: UnitOfWork, record: Any, values: Mapping[str, object], *, action: str, entity: str,
                 changes: tuple[Change, ...]) -> None:
    """Add the new `record` (built from `values`), flush so that it has its id, audit `action` with {field: [None,
    value]} under that id, and announce `changes`."""
    uow.session.add(record)
    uow.session.flush()
    uow.audit(action, entity, record.id, {name: [None, value] for name, value in values.items()})
    uow.changed(*changes)
