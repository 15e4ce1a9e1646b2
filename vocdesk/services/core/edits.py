"""`apply_edit`: the tail every edit shares: diff, set, flush (the row's version moves on), audit, announce."""

from __future__ import annotations

from collections.abc import Mapping

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
