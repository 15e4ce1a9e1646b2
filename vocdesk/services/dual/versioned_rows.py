"""What the follow-up imports share: a row planned as insert, update or unchanged, and the plan written."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vocdesk.errors import Conflict
from vocdesk.persistence.base import Base
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.kinds.imports import ImportPlan, RowChange


def plan_row(plan: ImportPlan, row: int, key: str, old: Any, new: dict[str, Any], fields: Sequence[str],
             insert: dict[str, Any]) -> None:
    """No stored record: insert `insert | new`; else update the fields that differ (keeping the version seen)."""
    if old is None:
        plan.changes[row] = RowChange(row, key, "insert")
        plan.payload[row] = {**insert, **new}
        return
    diff = {f: (getattr(old, f), new[f]) for f in fields if getattr(old, f) != new[f]}
    if not diff:
        plan.unchanged.add(row)
        return
    plan.changes[row] = RowChange(row, key, "update", diff)
    plan.payload[row] = {"id": old.id, "version": old.version, **new}


def write_rows(uow: UnitOfWork, model: type[Base], plan: ImportPlan, rows: list[int], what: str) -> tuple[int, int]:
    """Insert and update the planned rows; a record changed since the plan is a Conflict (nothing is kept)."""
    inserted = updated = 0
    for row in rows:
        values: dict[str, Any] = dict(plan.payload[row])
        if plan.changes[row].action == "insert":
            uow.session.add(model(**values))
            inserted += 1
            continue
        record = uow.session.get(model, values.pop("id"))
        if record is None or getattr(record, "version", None) != values.pop("version"):
            raise Conflict(detail=f"{what} row {row} changed meanwhile")
        for name, value in values.items():
            setattr(record, name, value)
        updated += 1
    uow.session.flush()
    return inserted, updated
